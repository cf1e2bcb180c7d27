package annotate

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAnnotate runs the Norce rule set and DocText on arbitrary description
// text: no panic, the same result twice, every span within bounds and on rune
// boundaries, enum values inside their annotation, and valid doc text.
func FuzzAnnotate(f *testing.F) {
	for _, s := range seedDescriptions {
		f.Add(s.text)
	}
	for _, s := range []string{
		"0 is default. Other values are application specific.",
		"1 = A (x (y)), 2 = B<br>3 = C (<br>)",
		"MaxLength: 99999999999999999999 MaxLength: max",
		"Default is &quot;x&quot;. Read&nbsp;only. Obsolete",
		"<a href='x'>x</a><a href=\"&amp;\">&#0;</a><!-- <br> -->",
		"é<br>\xff\x80 = A, 2 = B",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, desc string) {
		set := Norce()
		as := set.Annotate(desc)
		if again := set.Annotate(desc); !reflect.DeepEqual(as, again) {
			t.Fatalf("Annotate(%q) differs between two runs:\n%v\n%v", desc, as, again)
		}
		for i, a := range as {
			if err := checkSpan(desc, a.Span); err != nil {
				t.Fatalf("annotation %v: %v", a, err)
			}
			if i > 0 && as[i-1].Span.Start > a.Span.Start {
				t.Fatalf("annotations not sorted: %v", as)
			}
			if a.Kind == Enum && len(a.Values) == 0 {
				t.Fatalf("enum without values: %v", a)
			}
			for _, v := range a.Values {
				if err := checkSpan(desc, v.Span); err != nil {
					t.Fatalf("enum value %+v: %v", v, err)
				}
				if v.Span.Start < a.Span.Start || v.Span.End > a.Span.End {
					t.Fatalf("enum value %+v outside its annotation %v", v, a.Span)
				}
				if v.Name == "" || strings.TrimSpace(v.Name) != v.Name {
					t.Fatalf("bad enum name %q", v.Name)
				}
			}
		}
		doc := DocText(desc)
		if doc != DocText(desc) {
			t.Fatalf("DocText(%q) differs between two runs", desc)
		}
		if !utf8.ValidString(doc) || strings.ContainsAny(doc, "\x00\r\t\ufeff") ||
			strings.HasSuffix(doc, "\n") || strings.HasPrefix(doc, "\n") {
			t.Fatalf("DocText(%q) = %q", desc, doc)
		}
		d := Parse(desc)
		if d.Original() != desc || d.Span(0, len(d.Text())).End > len(desc) {
			t.Fatalf("Parse(%q): bad description", desc)
		}
	})
}
