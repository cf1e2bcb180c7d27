package templates

import (
	"bytes"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"
)

// helperPrefix maps each helper to the prefix of its unexported identifiers.
func helperPrefix(name string) string {
	return map[string]string{"date": "ngDate", "decimal": "ngDecimal", "uuid": "ngUUID", "validate": "ngValidate", "datacontract": "ngDataContract"}[name]
}

func TestNames(t *testing.T) {
	want := []string{"datacontract", "date", "decimal", "enum", "uuid", "validate"}
	if got := Names(); !slices.Equal(got, want) {
		t.Fatalf("Names() = %q, want %q", got, want)
	}
}

func TestSourceUnknownHelper(t *testing.T) {
	for _, name := range []string{"money", "templates", "decimal_test", "decimal.go", "", "../go.mod"} {
		_, err := Source(name, "api")
		if err == nil {
			t.Errorf("Source(%q) succeeded, want an error", name)
			continue
		}
		msg := err.Error()
		if !strings.Contains(msg, strconv.Quote(name)) || !strings.Contains(msg, "datacontract, date, decimal, enum, uuid, validate") {
			t.Errorf("Source(%q) error %q does not name the helper and the known helpers", name, msg)
		}
		if _, err := Declared(name); err == nil {
			t.Errorf("Declared(%q) succeeded, want an error", name)
		}
	}
}

func TestSourceInvalidPackage(t *testing.T) {
	for _, pkg := range []string{"", "_", "type", "my-pkg", "1api", "a b"} {
		if _, err := Source("uuid", pkg); err == nil {
			t.Errorf("Source(uuid, %q) succeeded, want an error", pkg)
		}
	}
}

// TestSourceRewritesOnlyPackageClause checks that Source changes the package
// clause and nothing else, and that the helpers keep the file conventions.
func TestSourceRewritesOnlyPackageClause(t *testing.T) {
	generated := regexp.MustCompile(`(?m)^// Code generated .* DO NOT EDIT\.$`)
	for _, name := range Names() {
		orig, err := helperFiles.ReadFile(name + ".go")
		if err != nil {
			t.Fatal(err)
		}
		got, err := Source(name, "somepkg")
		if err != nil {
			t.Fatalf("Source(%q): %v", name, err)
		}
		want := bytes.Replace(orig, []byte("package templates\n"), []byte("package somepkg\n"), 1)
		if !bytes.Equal(got, want) {
			t.Errorf("Source(%q) differs from the embedded file by more than the package clause", name)
		}
		if generated.Match(got) || bytes.Contains(got, []byte("Code generated")) {
			t.Errorf("helper %q carries a Code generated header", name)
		}
	}
}

// TestHelpersCompileAlone type-checks every helper alone in a package, then
// all of them together, and checks Declared and the naming convention against
// what the type checker sees.
func TestHelpersCompileAlone(t *testing.T) {
	imp := importer.Default()
	var all []*ast.File
	fset := token.NewFileSet()
	for _, name := range Names() {
		src, err := Source(name, "somepkg")
		if err != nil {
			t.Fatal(err)
		}
		f, err := parser.ParseFile(fset, name+".go", src, parser.ParseComments)
		if err != nil {
			t.Fatalf("parse %s: %v", name, err)
		}
		all = append(all, f)
		for _, spec := range f.Imports {
			path, _ := strconv.Unquote(spec.Path.Value)
			if first, _, _ := strings.Cut(path, "/"); strings.Contains(first, ".") {
				t.Errorf("helper %q imports %q, which is not in the standard library", name, path)
			}
		}

		conf := types.Config{Importer: imp}
		pkg, err := conf.Check("example.com/somepkg", fset, []*ast.File{f}, nil)
		if err != nil {
			t.Fatalf("helper %q does not type-check alone: %v", name, err)
		}
		if pkg.Name() != "somepkg" {
			t.Errorf("helper %q: package name %q, want somepkg", name, pkg.Name())
		}

		scope := pkg.Scope().Names() // Sorted.
		declared, err := Declared(name)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(declared, scope) {
			t.Errorf("Declared(%q) = %q, type checker sees %q", name, declared, scope)
		}
		for _, id := range scope {
			if !unicode.IsUpper([]rune(id)[0]) && !strings.HasPrefix(id, helperPrefix(name)) {
				t.Errorf("helper %q declares unexported %q without the prefix %q", name, id, helperPrefix(name))
			}
		}
	}
	conf := types.Config{Importer: imp}
	if _, err := conf.Check("example.com/somepkg", fset, all, nil); err != nil {
		t.Fatalf("helpers do not type-check together: %v", err)
	}
}

func TestDeclared(t *testing.T) {
	got, err := Declared("uuid")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MustParseUUID", "ParseUUID", "UUID", "ngUUIDParse"} {
		if !slices.Contains(got, want) {
			t.Errorf("Declared(uuid) = %q, missing %q", got, want)
		}
	}
	for _, unwanted := range []string{"String", "MarshalJSON", "_", "fmt"} {
		if slices.Contains(got, unwanted) {
			t.Errorf("Declared(uuid) = %q, should not hold %q", got, unwanted)
		}
	}
	if !slices.IsSorted(got) {
		t.Errorf("Declared(uuid) = %q, not sorted", got)
	}
}
