package source

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// yamlLine finds the line in a go-yaml error message ("yaml: line 8: ...").
var yamlLine = regexp.MustCompile(`^yaml: (?:line (\d+): )?(.*)$`)

func walkYAML(path string, data []byte, opts walkOptions, visit visitFunc) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return yamlError(path, err)
	}
	if len(root.Content) == 0 {
		return nil
	}
	w := yamlWalker{opts: opts, visit: visit}
	w.node(root.Content[0], Pos{Line: root.Content[0].Line, Col: root.Content[0].Column})
	return nil
}

func yamlError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) {
		return &Error{File: path, Msg: strings.Join(te.Errors, "; ")}
	}
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{File: path, Pos: Pos{Line: line}, Msg: "invalid YAML: " + m[2]}
	}
	return &Error{File: path, Msg: "invalid YAML: " + msg}
}

// yamlWalker visits a go-yaml node tree, building pointers in one buffer.
type yamlWalker struct {
	opts  walkOptions
	visit visitFunc
	ptr   []byte
}

func (w *yamlWalker) node(n *yaml.Node, at Pos) {
	base := len(w.ptr)
	switch n.Kind {
	case yaml.MappingNode:
		var keys []string
		if w.opts.keys == nil || w.opts.keys(w.ptr) {
			keys = make([]string, 0, len(n.Content)/2)
			for i := 0; i+1 < len(n.Content); i += 2 {
				keys = append(keys, n.Content[i].Value)
			}
		}
		w.visit(w.ptr, at, keys, "")
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			w.ptr = append(append(w.ptr[:base], '/'), EscapeToken(k.Value)...)
			w.node(n.Content[i+1], Pos{Line: k.Line, Col: k.Column})
			w.ptr = w.ptr[:base]
		}
	case yaml.SequenceNode:
		w.visit(w.ptr, at, nil, "")
		for i, c := range n.Content {
			w.ptr = strconv.AppendInt(append(w.ptr[:base], '/'), int64(i), 10)
			w.node(c, Pos{Line: c.Line, Col: c.Column})
			w.ptr = w.ptr[:base]
		}
	case yaml.AliasNode:
		w.visit(w.ptr, at, nil, "")
		if n.Alias != nil {
			w.node(n.Alias, at)
		}
	default:
		w.visit(w.ptr, at, nil, n.Value)
	}
}

// YAMLError turns an error of the go-yaml decoder for the file at path into
// an Error with the line go-yaml reports.
func YAMLError(path string, err error) error {
	return yamlError(path, err)
}
