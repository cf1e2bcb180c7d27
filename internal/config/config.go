// Package config reads norcegen's YAML configuration file. Every key is
// documented in the README; an unknown key is an error naming its line.
// Paths in the file are relative to the file's directory.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/emit"
	"github.com/norcegen/norcegen/internal/lower"
	"github.com/norcegen/norcegen/internal/source"
)

// File is the configuration file.
type File struct {
	// Specs lists the generations; each spec goes to its own package.
	Specs []Spec `yaml:"specs"`
}

// Spec is one spec and the package generated from it.
type Spec struct {
	// Spec is the OpenAPI document, relative to the config file.
	Spec string `yaml:"spec"`
	// Output is the output directory, relative to the config file.
	Output string `yaml:"output"`
	// Package is the Go package name.
	Package string `yaml:"package"`
	// Names maps JSON pointers of schemas to Go type names.
	Names map[string]string `yaml:"names"`
	// Types maps schema formats to Go types (see generator.Config.Types).
	Types map[string]string `yaml:"types"`
	// Emit names the parts to generate; empty means all.
	Emit []string `yaml:"emit"`
	// KeepUnknownEnums keeps unknown enum values when decoding.
	KeepUnknownEnums bool `yaml:"keepUnknownEnums"`
	// Strict makes warnings errors.
	Strict bool `yaml:"strict"`
	// Rules switches annotation rules off and adds patterns.
	Rules Rules `yaml:"rules"`
	// DataContract adds the DataContract XML form (see
	// generator.Config.DataContract).
	DataContract bool `yaml:"dataContract"`
	// DataContractNamespace is the contract namespace of schemas without
	// xml.namespace; it needs dataContract.
	DataContractNamespace string `yaml:"dataContractNamespace"`
}

// Rules switches annotation rules off and adds the user's patterns.
type Rules struct {
	// Disable names the rules to switch off.
	Disable []string `yaml:"disable"`
	// Patterns are rules to add.
	Patterns []Pattern `yaml:"patterns"`
}

// Pattern is a user annotation rule.
type Pattern struct {
	// Name names the rule in reports.
	Name string `yaml:"name"`
	// Kind is what the rule yields: maxLength, enum, default, deprecated or
	// readOnly.
	Kind string `yaml:"kind"`
	// Regexp is a Go regular expression over the description's plain text.
	Regexp string `yaml:"regexp"`
}

var typeErrorLine = regexp.MustCompile(`^line (\d+): (?:field (\S+) not found in type \S+|(.*))$`)

// Load reads the configuration at path and returns one generator.Config
// per spec, with paths resolved relative to the file. Every error names
// the file and, where it can, the line and column.
func Load(path string) ([]generator.Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err // the path is already the message's
		}
		return nil, &source.Error{File: path, Msg: fmt.Sprintf("cannot read the config: %v", err)}
	}
	return Parse(path, data)
}

// Parse reads a configuration from data; path names it in errors and
// anchors relative paths.
func Parse(path string, data []byte) ([]generator.Config, error) {
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, configError(path, data, err)
	}
	src := source.NewFile(path, data)
	at := func(ptr, msg string) error {
		return &source.Error{File: path, Pos: src.Nearest(ptr), Msg: msg}
	}
	if len(f.Specs) == 0 {
		return nil, at("/specs", "no specs: the config needs a specs list")
	}
	dir := filepath.Dir(path)
	out := make([]generator.Config, 0, len(f.Specs))
	seen := map[string]string{}
	for i, s := range f.Specs {
		ptr := "/specs/" + strconv.Itoa(i)
		where := fmt.Sprintf("specs[%d]", i)
		switch {
		case s.Spec == "":
			return nil, at(ptr, where+": spec is missing")
		case s.Output == "":
			return nil, at(ptr, where+": output is missing")
		case s.Package == "":
			return nil, at(ptr, where+": package is missing")
		}
		c := generator.Config{
			Spec:             filepath.Join(dir, s.Spec),
			Output:           filepath.Join(dir, s.Output),
			Package:          s.Package,
			Names:            s.Names,
			Types:            s.Types,
			Emit:             s.Emit,
			KeepUnknownEnums: s.KeepUnknownEnums,
			Strict:           s.Strict,
			Rules:            generator.Rules{Disable: s.Rules.Disable},

			DataContract:          s.DataContract,
			DataContractNamespace: s.DataContractNamespace,
		}
		if s.DataContractNamespace != "" && !s.DataContract {
			return nil, at(ptr+"/dataContractNamespace", where+": dataContractNamespace needs dataContract: true")
		}
		if prev, ok := seen[c.Output]; ok {
			return nil, at(ptr+"/output", fmt.Sprintf("%s: output %s is also the output of %s; each spec needs its own package directory", where, s.Output, prev))
		}
		seen[c.Output] = where
		for _, ptrKey := range slices.Sorted(maps.Keys(s.Names)) {
			if !strings.HasPrefix(ptrKey, "/") {
				return nil, at(ptr+"/names/"+source.EscapeToken(ptrKey), fmt.Sprintf("%s: names: %q is not a JSON pointer (it starts with /, as in /components/schemas/Account)", where, ptrKey))
			}
		}
		for _, format := range slices.Sorted(maps.Keys(s.Types)) {
			if _, err := lower.ParseGoType(s.Types[format]); err != nil {
				return nil, at(ptr+"/types/"+source.EscapeToken(format), fmt.Sprintf("%s: types: %s: %v", where, format, err))
			}
		}
		for j, part := range s.Emit {
			if err := emit.CheckParts([]string{part}); err != nil {
				return nil, at(ptr+"/emit/"+strconv.Itoa(j), fmt.Sprintf("%s: emit: %v", where, err))
			}
		}
		for _, p := range s.Rules.Patterns {
			c.Rules.Patterns = append(c.Rules.Patterns, generator.Pattern(p))
		}
		if _, err := c.Rules.RuleSet(); err != nil {
			return nil, at(ptr+"/rules", fmt.Sprintf("%s: rules: %v", where, err))
		}
		out = append(out, c)
	}
	return out, nil
}

// configError turns a YAML decoding error into positioned errors, one per
// problem.
func configError(path string, data []byte, err error) error {
	var te *yaml.TypeError
	if !errors.As(err, &te) || len(te.Errors) == 0 {
		return source.YAMLError(path, err)
	}
	var root yaml.Node
	_ = yaml.Unmarshal(data, &root) // it decoded above; only the positions are wanted
	errs := make([]error, 0, len(te.Errors))
	for _, e := range te.Errors {
		m := typeErrorLine.FindStringSubmatch(e)
		if m == nil {
			errs = append(errs, &source.Error{File: path, Msg: e})
			continue
		}
		line, _ := strconv.Atoi(m[1])
		pos := source.Pos{Line: line}
		msg := m[3]
		if key := m[2]; key != "" {
			msg = fmt.Sprintf("unknown key %q", key)
			if k := findKey(&root, key, line); k != nil {
				pos.Col = k.Column
			}
		}
		errs = append(errs, &source.Error{File: path, Pos: pos, Msg: msg})
	}
	return errors.Join(errs...)
}

// findKey returns the mapping key named name on the given line.
func findKey(n *yaml.Node, name string, line int) *yaml.Node {
	if n.Kind == yaml.MappingNode {
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; k.Value == name && k.Line == line {
				return k
			}
		}
	}
	for _, c := range n.Content {
		if k := findKey(c, name, line); k != nil {
			return k
		}
	}
	return nil
}
