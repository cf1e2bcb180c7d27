// Package xmlinfoset compares XML documents as infosets, for tests: the
// same elements in the same order, with the same expanded names (namespace
// and local name), attributes and text. Prefixes, namespace declarations,
// attribute order, indentation and the white space between elements do not
// count; the text of an element without child elements counts exactly.
package xmlinfoset

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"testing"
)

// Node is an element of an infoset: its expanded name, its attributes other
// than namespace declarations, its child elements and, when it has none,
// its text.
type Node struct {
	Name     xml.Name
	Attrs    map[xml.Name]string
	Children []*Node
	Text     string
}

// Parse parses data, one root element or several one after another,
// into its infoset.
func Parse(data []byte) ([]*Node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var roots, stack []*Node
	var text strings.Builder
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			n := &Node{Name: tok.Name, Attrs: map[xml.Name]string{}}
			for _, a := range tok.Attr {
				if a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns" {
					continue
				}
				n.Attrs[a.Name] = a.Value
			}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.Children = append(p.Children, n)
			} else {
				roots = append(roots, n)
			}
			stack = append(stack, n)
			text.Reset()
		case xml.CharData:
			text.Write(tok)
		case xml.EndElement:
			n := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if len(n.Children) == 0 {
				n.Text = text.String()
			}
			text.Reset()
		}
	}
	return roots, nil
}

// Diff reports the first difference between two infosets, or "".
func Diff(got, want []*Node) string {
	return diff(got, want, "")
}

func diff(got, want []*Node, path string) string {
	for i := 0; i < len(got) || i < len(want); i++ {
		switch {
		case i >= len(got):
			return fmt.Sprintf("%s: missing element %d, want {%s}%s", path, i, want[i].Name.Space, want[i].Name.Local)
		case i >= len(want):
			return fmt.Sprintf("%s: extra element %d, {%s}%s", path, i, got[i].Name.Space, got[i].Name.Local)
		}
		g, w := got[i], want[i]
		p := fmt.Sprintf("%s/%s[%d]", path, w.Name.Local, i)
		if g.Name != w.Name {
			return fmt.Sprintf("%s: element {%s}%s, want {%s}%s", p, g.Name.Space, g.Name.Local, w.Name.Space, w.Name.Local)
		}
		if len(g.Attrs) != len(w.Attrs) {
			return fmt.Sprintf("%s: attributes %v, want %v", p, g.Attrs, w.Attrs)
		}
		for k, v := range w.Attrs {
			if g.Attrs[k] != v {
				return fmt.Sprintf("%s: attributes %v, want %v", p, g.Attrs, w.Attrs)
			}
		}
		if g.Text != w.Text {
			return fmt.Sprintf("%s: text %q, want %q", p, g.Text, w.Text)
		}
		if d := diff(g.Children, w.Children, p); d != "" {
			return d
		}
	}
	return ""
}

// AssertSame fails the test unless got and want hold the same infoset.
func AssertSame(t testing.TB, got, want []byte) {
	t.Helper()
	g, err := Parse(got)
	if err != nil {
		t.Fatalf("output is not XML: %v\n%s", err, got)
	}
	w, err := Parse(want)
	if err != nil {
		t.Fatalf("expected XML does not parse: %v", err)
	}
	if d := Diff(g, w); d != "" {
		t.Errorf("XML infosets differ at %s\n got: %s\nwant: %s", d, got, want)
	}
}
