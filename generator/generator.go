// Package generator is norcegen's public Go API: it turns an OpenAPI
// document into the files of a Go package. The pipeline is
//
//	spec file --load--> openapi3.T --annotate/lower--> IR --emit--> files --write--> disk
//
// Generate runs everything but the write, so callers (the CLI, a
// downstream golden test) decide whether to write, check or compare.
package generator

import (
	"errors"
	"fmt"
	"runtime/debug"

	"github.com/norcegen/norcegen/internal/annotate"
	"github.com/norcegen/norcegen/internal/emit"
	"github.com/norcegen/norcegen/internal/load"
	"github.com/norcegen/norcegen/internal/lower"
	"github.com/norcegen/norcegen/internal/names"
	"github.com/norcegen/norcegen/internal/write"
)

// Config is one generation: a spec, the package it becomes and how.
type Config struct {
	// Spec is the path of the OpenAPI document (YAML or JSON; 3.0, 3.1 or
	// Swagger 2.0).
	Spec string
	// Output is the directory the package is written to.
	Output string
	// Package is the Go package name.
	Package string
	// Names maps JSON pointers of schemas in the spec to Go type names, for
	// example "/components/schemas/Account/properties/Status": "AccountStatus".
	Names map[string]string
	// KeepUnknownEnums makes generated enums keep values outside their
	// declared set when decoding (IsValid reports them) instead of failing.
	KeepUnknownEnums bool
	// Strict turns warnings into errors.
	Strict bool
	// Rules configures the doc-derived annotation rules.
	Rules Rules
	// Version is the norcegen version written in file headers; empty means
	// the version of the running binary (see Version).
	Version string
}

// Rules configures the annotation rule set: the Norce set, minus the rules
// named in Disable, plus the user's Patterns.
type Rules struct {
	Disable  []string
	Patterns []Pattern
}

// Pattern is a user rule: a Go regexp over the description's plain text.
// Kind is maxLength (needs a group named max), enum (groups value and
// name), default (group value), deprecated or readOnly.
type Pattern struct {
	Name   string
	Kind   string
	Regexp string
}

// Warning is a problem in the spec that does not stop generation; it prints
// as "file:line:col: warning: message".
type Warning = lower.Warning

// File is one generated file.
type File = write.File

// Result is the output of Generate.
type Result struct {
	// Files are the generated files, sorted by name.
	Files []File
	// Warnings are sorted by position.
	Warnings []Warning
}

// ErrStrict is returned (wrapped) when Strict is set and there are
// warnings.
var ErrStrict = errors.New("warnings are errors in strict mode")

// RuleSet builds the annotation rule set the rules describe.
func (r Rules) RuleSet() (*annotate.RuleSet, error) {
	set, err := annotate.Norce().Without(r.Disable...)
	if err != nil {
		return nil, err
	}
	for _, p := range r.Patterns {
		rule, err := annotate.Pattern(p.Name, annotate.Kind(p.Kind), p.Regexp)
		if err != nil {
			return nil, fmt.Errorf("pattern %q: %w", p.Name, err)
		}
		set = set.With(rule)
	}
	return set, nil
}

// Generate loads cfg.Spec and returns the files of the package.
func Generate(cfg Config) (*Result, error) {
	if !names.IsPackageName(cfg.Package) {
		return nil, fmt.Errorf("package name %q is not a valid Go package name", cfg.Package)
	}
	rules, err := cfg.Rules.RuleSet()
	if err != nil {
		return nil, err
	}
	doc, err := load.Load(cfg.Spec)
	if err != nil {
		return nil, err
	}
	pkg, warnings, err := lower.Lower(doc, lower.Options{
		Package:          cfg.Package,
		Rules:            rules,
		Names:            cfg.Names,
		KeepUnknownEnums: cfg.KeepUnknownEnums,
	})
	if err != nil {
		return nil, err
	}
	if cfg.Strict && len(warnings) > 0 {
		errs := make([]error, 0, len(warnings)+1)
		for _, w := range warnings {
			errs = append(errs, errors.New(w.String()))
		}
		return nil, fmt.Errorf("%w: %w", ErrStrict, errors.Join(errs...))
	}
	version := cfg.Version
	if version == "" {
		version = Version()
	}
	files, err := emit.Files(pkg, emit.Options{Version: version})
	if err != nil {
		return nil, err
	}
	return &Result{Files: files, Warnings: warnings}, nil
}


// Version returns the version written in file headers: the module version
// when norcegen runs as a downloaded module (go run module@version, a tool
// dependency), "(devel)" when it is built from a checkout, whose
// VCS-stamped version would change the header on every commit.
func Version() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Sum == "" || bi.Main.Version == "" {
		return "(devel)"
	}
	return bi.Main.Version
}

// BuildVersion returns the module version from the build information, as
// `norcegen -version` prints it.
func BuildVersion() string {
	bi, ok := debug.ReadBuildInfo()
	if !ok || bi.Main.Version == "" {
		return "(devel)"
	}
	return bi.Main.Version
}

// Write makes dir hold the result's files: changed files are replaced
// atomically, files norcegen generated earlier that the result no longer
// has are removed, and no other file is touched.
func (r *Result) Write(dir string) error {
	_, err := write.Write(dir, r.Files)
	return err
}

// Check compares dir with the result without writing; it returns a unified
// diff of what Write would change, or "" when dir is up to date.
func (r *Result) Check(dir string) (string, error) {
	return write.Check(dir, r.Files)
}
