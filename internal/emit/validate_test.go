package emit

import (
	"regexp"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/internal/ir"
)

func intp(n int) *int           { return &n }
func floatp(f float64) *float64 { return &f }

func TestHasValidate(t *testing.T) {
	for _, c := range []struct {
		t    ir.Type
		want bool
	}{
		{&ir.Struct{Name: "S"}, true},
		{&ir.Enum{Name: "E"}, true},
		{&ir.Named{Name: "N", Underlying: ir.String}, true},
		{&ir.Named{Name: "L", Underlying: ir.SliceOf(ir.String)}, true},
		{&ir.Named{Name: "A", Alias: true, Underlying: ir.String}, false},
		{&ir.Named{Name: "I", Underlying: ir.Any}, false},
	} {
		if got := HasValidate(c.t); got != c.want {
			t.Errorf("HasValidate(%s) = %v, want %v", c.t.GoName(), got, c.want)
		}
	}
}

func TestTranslatePattern(t *testing.T) {
	for in, want := range map[string]string{
		`^[A-Z]+$`:        `^[A-Z]+$`,
		`^\u00e5+$`:       `^\x{00e5}+$`,
		`\u00C5\u00e4`:    `\x{00C5}\x{00e4}`,
		`\\u00e5`:         `\\u00e5`, // an escaped backslash, then "u00e5"
		`a\d\u12`:         `a\d\u12`, // not an escape: left for RE2 to reject
		`[\u0041-\u005A]`: `[\x{0041}-\x{005A}]`,
	} {
		got := translatePattern(in)
		if got != want {
			t.Errorf("translatePattern(%q) = %q, want %q", in, got, want)
		}
	}
	if _, err := regexp.Compile(translatePattern(`^\u00e5$`)); err != nil {
		t.Error(err)
	}
}

func TestNumbers(t *testing.T) {
	for f, want := range map[float64]string{0: "0", 50: "50", -1.5: "-1.5", 0.01: "0.01", 1e20: "100000000000000000000", 1e21: "1e+21", 1e-7: "1e-07"} {
		if got := numText(f); got != want {
			t.Errorf("numText(%v) = %q, want %q", f, got, want)
		}
	}
	for _, c := range []struct {
		f  float64
		n  int64
		ok bool
	}{{5, 5, true}, {-9.223372036854775808e18, -1 << 63, true}, {9.223372036854775808e18, 0, false}, {1.5, 0, false}, {1e30, 0, false}} {
		if n, ok := asInt64(c.f); n != c.n || ok != c.ok {
			t.Errorf("asInt64(%v) = %d, %v; want %d, %v", c.f, n, ok, c.n, c.ok)
		}
	}
}

func TestWrapComment(t *testing.T) {
	text := strings.Repeat("word ", 30) + "\n\nNot checked:\n\n  - " + strings.Repeat("long ", 20)
	for _, line := range strings.Split(wrapComment(text), "\n") {
		if len(line) > 77 {
			t.Errorf("line of %d columns: %q", len(line), line)
		}
	}
	if !strings.Contains(wrapComment(text), "\n    long") {
		t.Errorf("list item not indented:\n%s", wrapComment(text))
	}
}

// structRef returns a reference to s as the lower stage makes it.
func structRef(s *ir.Struct) *ir.TypeRef { return ir.LocalRef(s) }

// TestNeedsFixedPoint checks which types get an ngValidate in a graph with
// cycles: A and B refer to each other and only B has a rule, so both need
// one; C and D refer to each other without rules, so neither does; E
// holds an enum.
func TestNeedsFixedPoint(t *testing.T) {
	a := &ir.Struct{Name: "A"}
	b := &ir.Struct{Name: "B"}
	c := &ir.Struct{Name: "C"}
	d := &ir.Struct{Name: "D"}
	en := &ir.Enum{Name: "En", Values: []*ir.EnumValue{{GoName: "EnOne", Name: "One", Int: 1}}}
	e := &ir.Struct{Name: "E"}
	a.Fields = []*ir.Field{{Name: "B", JSONName: "b", Type: ir.PointerTo(structRef(b))}}
	b.Fields = []*ir.Field{
		{Name: "A", JSONName: "a", Type: ir.SliceOf(structRef(a))},
		{Name: "Code", JSONName: "code", Type: ir.PointerTo(ir.String), Constraints: ir.Constraints{MaxLength: intp(3)}},
	}
	c.Fields = []*ir.Field{{Name: "D", JSONName: "d", Type: ir.PointerTo(structRef(d))}}
	d.Fields = []*ir.Field{{Name: "C", JSONName: "c", Type: ir.MapOf(structRef(c))}, {Name: "N", JSONName: "n", Type: ir.Int64}}
	e.Fields = []*ir.Field{{Name: "Level", JSONName: "level", Type: ir.LocalRef(en)}}
	pkg := &ir.Package{Name: "p", Types: []ir.Type{a, b, c, d, e, en}, Helpers: []string{"enum", "validate"}}
	files, err := Files(pkg, Options{Version: "(test)"})
	if err != nil {
		t.Fatal(err)
	}
	var src string
	for _, f := range files {
		if f.Name == "validate.go" {
			src = string(f.Content)
		}
	}
	for _, typ := range []string{"A", "B", "E", "En"} {
		if !strings.Contains(src, "func (x *"+typ+") ngValidate(") {
			t.Errorf("%s has no ngValidate", typ)
		}
	}
	for _, typ := range []string{"C", "D"} {
		if strings.Contains(src, "func (x *"+typ+") ngValidate(") || !strings.Contains(src, "func (x *"+typ+") Validate() error {\n\treturn nil\n}") {
			t.Errorf("%s should have a Validate that returns nil and no ngValidate", typ)
		}
	}
	if !strings.Contains(src, `x.B.ngValidate(e, ngValidateField("B", "b"))`) {
		t.Errorf("A does not validate its B:\n%s", src)
	}
}

// TestUncheckedNotes checks that rules on a type norcegen cannot check are
// listed in the Validate doc, not silently dropped.
func TestUncheckedNotes(t *testing.T) {
	money := &ir.TypeRef{Kind: ir.Qualified, Path: "example.com/money", Name: "Amount"}
	s := &ir.Struct{Name: "Order", Fields: []*ir.Field{
		{Name: "Total", JSONName: "total", Type: ir.PointerTo(money), Constraints: ir.Constraints{Minimum: floatp(0), MultipleOf: floatp(0.01)}},
		{Name: "Code", JSONName: "code", Type: ir.String, Required: true, Constraints: ir.Constraints{Format: "ean13"}},
	}}
	pkg := &ir.Package{Name: "p", Types: []ir.Type{s}, Helpers: []string{"validate"}}
	files, err := Files(pkg, Options{})
	if err != nil {
		t.Fatal(err)
	}
	src := ""
	for _, f := range files {
		if f.Name == "validate.go" {
			src = string(f.Content)
		}
	}
	for _, want := range []string{
		"bounds, multipleOf of Order.Total: norcegen does not check them on a\n//     example.com/money.Amount",
		`format "ean13" of Order.Code: norcegen does not know it`,
		`e.required(ngValidateField("Code", "code"), "empty")`,
	} {
		if !strings.Contains(src, want) {
			t.Errorf("validate.go lacks %q:\n%s", want, src)
		}
	}
}
