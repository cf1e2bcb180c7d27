// Package config reads norcegen's YAML configuration file. Every key is
// documented in the README; an unknown key is an error naming its line.
// Paths in the file are relative to the file's directory.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/source"
)

// File is the configuration file.
type File struct {
	// Specs lists the generations; each spec goes to its own package.
	Specs []Spec `yaml:"specs"`
}

// Spec is one spec and the package generated from it.
type Spec struct {
	Spec             string            `yaml:"spec"`
	Output           string            `yaml:"output"`
	Package          string            `yaml:"package"`
	Names            map[string]string `yaml:"names"`
	KeepUnknownEnums bool              `yaml:"keepUnknownEnums"`
	Strict           bool              `yaml:"strict"`
	Rules            Rules             `yaml:"rules"`
}

// Rules switches annotation rules off and adds the user's patterns.
type Rules struct {
	Disable  []string  `yaml:"disable"`
	Patterns []Pattern `yaml:"patterns"`
}

// Pattern is a user annotation rule.
type Pattern struct {
	Name   string `yaml:"name"`
	Kind   string `yaml:"kind"`
	Regexp string `yaml:"regexp"`
}

var typeErrorLine = regexp.MustCompile(`^line (\d+): (?:field (\S+) not found in type \S+|(.*))$`)

// Load reads the configuration at path and returns one generator.Config
// per spec, with paths resolved relative to the file.
func Load(path string) ([]generator.Config, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &source.Error{File: path, Msg: fmt.Sprintf("cannot read the config: %v", err)}
	}
	var f File
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&f); err != nil && !errors.Is(err, io.EOF) {
		return nil, configError(path, err)
	}
	if len(f.Specs) == 0 {
		return nil, &source.Error{File: path, Msg: "no specs: the config needs a specs list"}
	}
	dir := filepath.Dir(path)
	out := make([]generator.Config, 0, len(f.Specs))
	seen := map[string]bool{}
	for i, s := range f.Specs {
		where := fmt.Sprintf("specs[%d]", i)
		switch {
		case s.Spec == "":
			return nil, &source.Error{File: path, Msg: where + ": spec is missing"}
		case s.Output == "":
			return nil, &source.Error{File: path, Msg: where + ": output is missing"}
		case s.Package == "":
			return nil, &source.Error{File: path, Msg: where + ": package is missing"}
		}
		c := generator.Config{
			Spec:             filepath.Join(dir, s.Spec),
			Output:           filepath.Join(dir, s.Output),
			Package:          s.Package,
			Names:            s.Names,
			KeepUnknownEnums: s.KeepUnknownEnums,
			Strict:           s.Strict,
			Rules:            generator.Rules{Disable: s.Rules.Disable},
		}
		if seen[c.Output] {
			return nil, &source.Error{File: path, Msg: fmt.Sprintf("%s: output %s is used by two specs", where, s.Output)}
		}
		seen[c.Output] = true
		for _, p := range s.Rules.Patterns {
			c.Rules.Patterns = append(c.Rules.Patterns, generator.Pattern(p))
		}
		out = append(out, c)
	}
	return out, nil
}

// configError turns a YAML decoding error into one positioned error.
func configError(path string, err error) error {
	var te *yaml.TypeError
	if errors.As(err, &te) && len(te.Errors) > 0 {
		m := typeErrorLine.FindStringSubmatch(te.Errors[0])
		if m != nil {
			line, _ := strconv.Atoi(m[1])
			msg := m[3]
			if m[2] != "" {
				msg = fmt.Sprintf("unknown key %q", m[2])
			}
			return &source.Error{File: path, Pos: source.Pos{Line: line}, Msg: msg}
		}
		return &source.Error{File: path, Msg: strings.Join(te.Errors, "; ")}
	}
	return source.YAMLError(path, err)
}
