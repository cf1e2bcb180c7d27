// Package templates holds the runtime helpers that norcegen copies into the
// packages it generates, so that generated code depends on nothing but the
// standard library.
//
// Each helper is one Go file in this package, embedded into the generator and
// tested in place: decimal.go (Decimal, for format "decimal"), enum.go (the
// decoding support and errors of generated enums), uuid.go (UUID,
// for format "uuid" or "guid"), date.go (Date, for format "date") and
// validate.go (ValidationError and Violation, the error of the generated
// Validate methods, with the path, rule and format checks they use), and
// datacontract.go (the XML writer and reader behind the generated
// MarshalDataContract and UnmarshalDataContract, with DataContractError).
// Source
// returns a helper with its package clause rewritten; the generator adds the
// "Code generated" header itself.
//
// Every helper file keeps to these rules, which the tests check:
//
//   - It compiles alone in a package that holds only it and generated code,
//     so it never uses another helper's identifiers, and it imports only the
//     standard library.
//   - It carries no "Code generated" header.
//   - Every unexported identifier it declares at package level starts with
//     "ng" followed by the name of its exported type (ngDecimalScan,
//     ngUUIDParse, ngDateDaysIn, ...), so that it is unlikely to clash with
//     a name the generator makes from a spec.
//
// Declared lists a helper's package-level identifiers so that the generator
// can keep them out of its own names. A helper's imports (such as fmt, bytes,
// time and encoding/json) live in the file block and also must not be
// redeclared at package level by generated code.
package templates

import (
	"embed"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"slices"
	"strings"
)

// helperFiles holds the helper files, and only them: not the tests and not
// this file.
//
//go:embed datacontract.go date.go decimal.go enum.go uuid.go validate.go
var helperFiles embed.FS

// Source returns the helper file name ("decimal", "uuid", "date", ...) with its
// package clause replaced by "package pkg"; every other byte is unchanged.
// It fails if name is not a helper or pkg is not a valid package name.
func Source(name, pkg string) ([]byte, error) {
	if !token.IsIdentifier(pkg) || pkg == "_" {
		return nil, fmt.Errorf("templates: invalid package name %q", pkg)
	}
	src, err := readHelper(name)
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, name+".go", src, parser.PackageClauseOnly)
	if err != nil {
		return nil, fmt.Errorf("templates: helper %q: %w", name, err)
	}
	start := fset.Position(f.Name.Pos()).Offset
	end := start + len(f.Name.Name)
	out := make([]byte, 0, len(src)-(end-start)+len(pkg))
	out = append(out, src[:start]...)
	out = append(out, pkg...)
	return append(out, src[end:]...), nil
}

// Names lists the helper names in sorted order.
func Names() []string {
	entries, err := fs.ReadDir(helperFiles, ".")
	if err != nil {
		// The root of an embedded file system can always be read.
		panic(fmt.Sprintf("templates: list helpers: %v", err))
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, strings.TrimSuffix(e.Name(), ".go"))
	}
	slices.Sort(names)
	return names
}

// Declared returns the sorted package-level identifiers that the helper name
// declares: its types, functions, variables and constants, exported or not.
// Methods, init functions, the blank identifier and imports are not
// included.
func Declared(name string) ([]string, error) {
	src, err := readHelper(name)
	if err != nil {
		return nil, err
	}
	f, err := parser.ParseFile(token.NewFileSet(), name+".go", src, parser.SkipObjectResolution)
	if err != nil {
		return nil, fmt.Errorf("templates: helper %q: %w", name, err)
	}
	var names []string
	add := func(id *ast.Ident) {
		if id.Name != "_" && id.Name != "init" {
			names = append(names, id.Name)
		}
	}
	for _, decl := range f.Decls {
		switch d := decl.(type) {
		case *ast.FuncDecl:
			if d.Recv == nil {
				add(d.Name)
			}
		case *ast.GenDecl:
			for _, spec := range d.Specs {
				switch s := spec.(type) {
				case *ast.TypeSpec:
					add(s.Name)
				case *ast.ValueSpec:
					for _, id := range s.Names {
						add(id)
					}
				}
			}
		}
	}
	slices.Sort(names)
	return slices.Compact(names), nil
}

// readHelper returns the embedded text of the helper name, or an error
// naming it and the known helpers.
func readHelper(name string) ([]byte, error) {
	names := Names()
	if !slices.Contains(names, name) {
		return nil, fmt.Errorf("templates: unknown helper %q (known: %s)", name, strings.Join(names, ", "))
	}
	src, err := helperFiles.ReadFile(name + ".go")
	if err != nil {
		return nil, fmt.Errorf("templates: read helper %q: %w", name, err)
	}
	return src, nil
}
