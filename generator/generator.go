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
	"github.com/norcegen/norcegen/internal/ir"
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
	// Types maps schema formats to Go types, replacing norcegen's own
	// choice for every scalar schema with that format: a predeclared type
	// ("string") or IMPORTPATH.Name ("github.com/shopspring/decimal.Decimal").
	// Keys are formats as the spec writes them ("decimal", "uuid",
	// "date-time").
	Types map[string]string
	// Emit names the parts to generate, after their files: "types",
	// "enums", "validate"; empty means all of them. A part without a part
	// it needs (types need the enums they use) is an error.
	Emit []string
	// DataContract adds the DataContract XML form to the package:
	// MarshalDataContract and UnmarshalDataContract, the XML that .NET's
	// DataContractSerializer writes and reads (WCF services, Norce
	// Connect). A schema's contract namespace is its xml.namespace, else
	// DataContractNamespace.
	DataContract bool
	// DataContractNamespace is the contract namespace of schemas whose XML
	// object names none; empty means
	// http://schemas.datacontract.org/2004/07/ followed by the package
	// name, the namespace .NET gives a class of that CLR namespace.
	DataContractNamespace string
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

// recoverInternal turns a panic (a defect of norcegen, never of the input)
// into an error naming the spec, so that none reaches a user.
func recoverInternal(spec string, err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%s: internal error in norcegen, please report it with this spec: %v", spec, r)
	}
}

// strictError returns, in strict mode, the warnings as one error (one line
// each) wrapping ErrStrict; otherwise nil.
func strictError(cfg Config, warnings []Warning) error {
	if !cfg.Strict || len(warnings) == 0 {
		return nil
	}
	errs := make([]error, 0, len(warnings))
	for _, w := range warnings {
		errs = append(errs, errors.New(w.String()))
	}
	return fmt.Errorf("%w: %w", ErrStrict, errors.Join(errs...))
}

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
func Generate(cfg Config) (res *Result, err error) {
	defer recoverInternal(cfg.Spec, &err)
	if !names.IsPackageName(cfg.Package) {
		return nil, fmt.Errorf("package name %q is not a valid Go package name", cfg.Package)
	}
	rules, err := cfg.Rules.RuleSet()
	if err != nil {
		return nil, err
	}
	types, err := lower.ParseTypes(cfg.Types)
	if err != nil {
		return nil, err
	}
	if err := emit.CheckParts(cfg.Emit); err != nil {
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
		Types:            types,
		DataContract:     dataContract(cfg),
	})
	if err != nil {
		return nil, err
	}
	if err := strictError(cfg, warnings); err != nil {
		return nil, err
	}
	version := cfg.Version
	if version == "" {
		version = Version()
	}
	files, err := emit.Files(pkg, emit.Options{Version: version, Parts: cfg.Emit})
	if err != nil {
		return nil, err
	}
	return &Result{Files: files, Warnings: warnings}, nil
}

// dataContract returns the DataContract options of cfg, nil when it is
// off.
func dataContract(cfg Config) *ir.DataContract {
	if !cfg.DataContract {
		return nil
	}
	return &ir.DataContract{Namespace: cfg.DataContractNamespace}
}

// ModulePath is norcegen's module path.
const ModulePath = "github.com/norcegen/norcegen"

// module returns the build information of norcegen's module: the main
// module when norcegen itself is built (go install module@version), or the
// dependency when another module's build links it (go tool, go run in a
// module that requires it, a downstream test). It returns nil when there is
// no build information.
func module() *debug.Module {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	if bi.Main.Path == ModulePath {
		if bi.Main.Replace != nil {
			return bi.Main.Replace
		}
		return &bi.Main
	}
	for _, d := range bi.Deps {
		if d.Path == ModulePath {
			if d.Replace != nil {
				return d.Replace
			}
			return d
		}
	}
	return nil
}

// Version returns the version written in file headers: the module version
// when norcegen runs as a downloaded module (go run module@version, a tool
// or other dependency of the running program), "(devel)" when it is built
// from a checkout or a directory replacement, whose VCS-stamped version
// would change the header on every commit. The CLI and a downstream test
// linking generator/gentest read the same go.mod, so they agree.
func Version() string {
	m := module()
	if m == nil || m.Sum == "" || m.Version == "" {
		return "(devel)"
	}
	return m.Version
}

// BuildVersion returns the module version from the build information, as
// `norcegen -version` prints it: like Version, but a checkout's
// VCS-stamped version is shown too.
func BuildVersion() string {
	m := module()
	if m == nil || m.Version == "" {
		return "(devel)"
	}
	return m.Version
}

// Write makes dir hold the result's files: changed files are replaced
// atomically, files norcegen generated earlier that the result no longer
// has are removed, and no other file is touched.
func (r *Result) Write(dir string) error {
	_, err := write.Write(dir, r.Files)
	return err
}

// Writable reports the error Write(dir) would fail with before writing
// anything, or nil; it reads dir and writes nothing.
func (r *Result) Writable(dir string) error {
	return write.Writable(dir, r.Files)
}

// Check compares dir with the result without writing; it returns a unified
// diff of what Write would change, or "" when dir is up to date.
func (r *Result) Check(dir string) (string, error) {
	return write.Check(dir, r.Files)
}
