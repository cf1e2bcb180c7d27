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

func walkYAML(path string, data []byte, visit visitFunc) error {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return yamlError(path, err)
	}
	if len(root.Content) == 0 {
		return nil
	}
	walkNode(root.Content[0], "", Pos{Line: root.Content[0].Line, Col: root.Content[0].Column}, visit)
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

func walkNode(n *yaml.Node, ptr string, at Pos, visit visitFunc) {
	switch n.Kind {
	case yaml.MappingNode:
		keys := make([]string, 0, len(n.Content)/2)
		for i := 0; i+1 < len(n.Content); i += 2 {
			keys = append(keys, n.Content[i].Value)
		}
		visit(ptr, at, keys, "")
		for i := 0; i+1 < len(n.Content); i += 2 {
			k := n.Content[i]
			walkNode(n.Content[i+1], ptr+"/"+EscapeToken(k.Value), Pos{Line: k.Line, Col: k.Column}, visit)
		}
	case yaml.SequenceNode:
		visit(ptr, at, nil, "")
		for i, c := range n.Content {
			walkNode(c, ptr+"/"+strconv.Itoa(i), Pos{Line: c.Line, Col: c.Column}, visit)
		}
	case yaml.AliasNode:
		visit(ptr, at, nil, "")
		if n.Alias != nil {
			walkNode(n.Alias, ptr, at, visit)
		}
	default:
		visit(ptr, at, nil, n.Value)
	}
}

// YAMLError turns an error of the go-yaml decoder for the file at path into
// an Error with the line go-yaml reports.
func YAMLError(path string, err error) error {
	return yamlError(path, err)
}
