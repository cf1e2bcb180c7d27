package validtest_test

import (
	"errors"
	"strings"
	"testing"
	"time"

	v "github.com/norcegen/norcegen/internal/validtest"
)

func ptr[T any](x T) *T { return &x }

// valid returns a Rules value with every field set, at the edge of its
// rules where it has one.
func valid() *v.Rules {
	return &v.Rules{
		Code:      "ABCDE",
		Name:      ptr("åäö"),
		Short:     ptr("日本"),
		Sku:       ptr("ABC-123"),
		Nordic:    ptr("åsa"),
		Lookahead: ptr("admin"), // not checked: RE2 has no lookahead
		Email:     ptr("ann@example.com"),
		Site:      ptr("https://example.com/a?b=c"),
		V4:        ptr("192.0.2.1"),
		V6:        ptr("2001:db8::1"),
		Phone:     ptr("not checked"),
		Qty:       ptr(int32(10)),
		Step:      ptr(int64(-15)),
		Ratio:     ptr(0.5),
		Half:      ptr(float32(2.5)),
		Price:     ptr(v.MustParseDecimal("999.99")),
		Weight:    ptr(v.MustParseDecimal("0.75")),
		Tags:      []string{"a", "bb", "cccc"},
		Labels:    map[string]string{"color": "red", "size": "large"},
		Owner:     &v.Person{Name: "Ann", Pets: []v.Pet{{Nick: ptr("Rex")}}},
		People:    []v.Person{{Name: "Bo"}, {Name: "Cy"}},
		ByName:    map[string]v.Person{"dee": {Name: "Dee"}},
		Matrix:    [][]int32{{1, 9}, {0}},
		Key:       v.MustParseUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"),
		Day:       v.MustParseDate("2024-02-29"),
		When:      time.Date(2024, 2, 29, 12, 0, 0, 0, time.UTC),
		Status:    v.StatusActive,
		Kind:      v.KindLarge,
		Color:     ptr(v.RulesColorRed),
		Statuses:  []v.Status{v.StatusActive, v.StatusInactive},
		Anything:  map[string]any{"x": 1},
		Nick:      nil, // nullable: null is a value
		CreatedBy: "",  // read-only: the server sets it
		Legacy:    ptr("ok"),
		Old:       ptr("ok"),
		ShortCode: ptr(v.Code("abcd")),
		Codes:     v.Codes{"ab", "cd"},
		Scores:    v.Scores{"x": 0, "y": 7},
		Amount:    ptr(v.Amount(v.MustParseDecimal("0"))),
		Friend:    &v.Person{Name: "Eve"},
		Raw:       v.Codes{"zz"},
	}
}

// lines returns the violations of err, one per line, or nil.
func lines(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var verr *v.ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("error %T is not a *ValidationError: %v", err, err)
	}
	if got, want := strings.Count(err.Error(), "\n")+1, len(verr.Violations); got != want {
		t.Errorf("Error() has %d lines for %d violations", got, want)
	}
	return strings.Split(err.Error(), "\n")
}

func TestValidValue(t *testing.T) {
	r := valid()
	if err := r.Validate(); err != nil {
		t.Fatalf("valid value: %v", err)
	}
	if n := testing.AllocsPerRun(100, func() { _ = r.Validate() }); n != 0 {
		t.Errorf("Validate of a valid value allocates %v times", n)
	}
	var nilRules *v.Rules
	if err := nilRules.Validate(); err != nil {
		t.Errorf("nil receiver: %v", err)
	}
}

// TestRules sets one field per case, valid (want empty) or not, and
// compares the violations reported.
func TestRules(t *testing.T) {
	long := strings.Repeat
	for _, c := range []struct {
		name string
		set  func(r *v.Rules)
		want []string
	}{
		// required
		{"required string", func(r *v.Rules) { r.Code = "" }, []string{"Code: required, got empty"}},
		{"required pointer", func(r *v.Rules) { r.Owner = nil }, []string{"Owner: required, got nil"}},
		{"required slice nil", func(r *v.Rules) { r.Tags = nil }, []string{"Tags: required, got empty"}},
		{"required slice empty", func(r *v.Rules) { r.Tags = []string{} }, []string{"Tags: required, got empty"}},
		{"required map", func(r *v.Rules) { r.Labels = nil }, []string{"Labels: required, got empty"}},
		{"required UUID", func(r *v.Rules) { r.Key = v.UUID{} }, []string{"Key: required, got zero"}},
		{"required Date", func(r *v.Rules) { r.Day = v.Date{} }, []string{"Day: required, got zero"}},
		{"required time", func(r *v.Rules) { r.When = time.Time{} }, []string{"When: required, got zero"}},
		{"required interface", func(r *v.Rules) { r.Anything = nil }, []string{"Anything: required, got nil"}},
		{"required named slice", func(r *v.Rules) { r.Raw = nil }, []string{"Raw: required, got empty"}},
		{"required nullable may be null", func(r *v.Rules) { r.Nick = nil }, nil},
		{"required nullable checked when set", func(r *v.Rules) { r.Nick = ptr("abcd") }, []string{"Nick: maxLength 3, got 4"}},
		{"read-only not required", func(r *v.Rules) { r.CreatedBy = "" }, nil},
		{"read-only checked when set", func(r *v.Rules) { r.CreatedBy = "abcd" }, []string{"CreatedBy: maxLength 3, got 4"}},
		{"required nested", func(r *v.Rules) { r.Owner.Name = "" }, []string{"Owner.Name: required, got empty"}},
		{"optional absent", func(r *v.Rules) {
			r.Name, r.Short, r.Sku, r.Qty, r.Price, r.People, r.ByName, r.Codes = nil, nil, nil, nil, nil, nil, nil, nil
		}, nil},

		// maxLength, keyword and prose, in code points
		{"maxLength at N", func(r *v.Rules) { r.Code = long("日", 5) }, nil},
		{"maxLength N+1", func(r *v.Rules) { r.Code = long("日", 6) }, []string{"Code: maxLength 5, got 6"}},
		{"prose MaxLength at N", func(r *v.Rules) { r.Name = ptr("åäö") }, nil},
		{"prose MaxLength N+1", func(r *v.Rules) { r.Name = ptr("åäöx") }, []string{"Name: maxLength 3, got 4"}},
		// minLength
		{"minLength at N", func(r *v.Rules) { r.Short = ptr("ab") }, nil},
		{"minLength N-1", func(r *v.Rules) { r.Short = ptr("å") }, []string{"Short: minLength 2, got 1"}},
		// pattern
		{"pattern match", func(r *v.Rules) { r.Sku = ptr("XYZ-0") }, nil},
		{"pattern no match", func(r *v.Rules) { r.Sku = ptr("xyz-0") }, []string{`Sku: pattern "^[A-Z]{3}-\\d+$", got no match`}},
		{"pattern \\u escape", func(r *v.Rules) { r.Nordic = ptr("asa") }, []string{`Nordic: pattern "^\\x{00e5}", got no match`}},
		{"pattern not compilable, not checked", func(r *v.Rules) { r.Lookahead = ptr("admin") }, nil},
		// formats
		{"email", func(r *v.Rules) { r.Email = ptr("åsa@exempel.se") }, nil},
		{"email invalid", func(r *v.Rules) { r.Email = ptr("Ann <ann@example.com>") }, []string{"Email: format email, got no match"}},
		{"uri", func(r *v.Rules) { r.Site = ptr("urn:isbn:0451450523") }, nil},
		{"uri invalid", func(r *v.Rules) { r.Site = ptr("example.com/no-scheme") }, []string{"Site: format uri, got no match"}},
		{"ipv4", func(r *v.Rules) { r.V4 = ptr("10.0.0.255") }, nil},
		{"ipv4 invalid", func(r *v.Rules) { r.V4 = ptr("10.0.0.256") }, []string{"V4: format ipv4, got no match"}},
		{"ipv6", func(r *v.Rules) { r.V6 = ptr("::ffff:10.0.0.1") }, nil},
		{"ipv6 invalid", func(r *v.Rules) { r.V6 = ptr("10.0.0.1") }, []string{"V6: format ipv6, got no match"}},
		{"date valid", func(r *v.Rules) { r.Day = v.Date{Year: 2024, Month: 12, Day: 31} }, nil},
		{"date invalid", func(r *v.Rules) { r.Day = v.Date{Year: 2023, Month: 2, Day: 29} }, []string{"Day: format date, got no match"}},
		{"unknown format not checked", func(r *v.Rules) { r.Phone = ptr("anything") }, nil},
		// enums
		{"enum integer", func(r *v.Rules) { r.Status = v.StatusInactive }, nil},
		{"enum integer invalid", func(r *v.Rules) { r.Status = 7 }, []string{"Status: enum Status, got 7"}},
		{"enum integer zero", func(r *v.Rules) { r.Status = 0 }, []string{"Status: enum Status, got 0"}},
		{"enum string invalid", func(r *v.Rules) { r.Kind = "huge" }, []string{"Kind: enum Kind, got an unknown name of 4 characters"}},
		{"enum inline invalid", func(r *v.Rules) { r.Color = ptr(v.RulesColor("blue")) }, []string{"Color: enum RulesColor, got an unknown name of 4 characters"}},
		{"enum items invalid", func(r *v.Rules) { r.Statuses = []v.Status{1, 9} }, []string{"Statuses[1]: enum Status, got 9"}},
		// numbers
		{"minimum at bound", func(r *v.Rules) { r.Qty = ptr(int32(1)) }, nil},
		{"minimum below", func(r *v.Rules) { r.Qty = ptr(int32(0)) }, []string{"Qty: minimum 1, got 0"}},
		{"maximum above", func(r *v.Rules) { r.Qty = ptr(int32(11)) }, []string{"Qty: maximum 10, got 11"}},
		{"exclusiveMinimum at bound", func(r *v.Rules) { r.Ratio = ptr(0.0) }, []string{"Ratio: exclusiveMinimum 0, got 0"}},
		{"exclusiveMaximum at bound", func(r *v.Rules) { r.Ratio = ptr(1.0) }, []string{"Ratio: exclusiveMaximum 1, got 1"}},
		{"exclusive inside", func(r *v.Rules) { r.Ratio = ptr(0.999) }, nil},
		{"multipleOf integer", func(r *v.Rules) { r.Step = ptr(int64(0)) }, nil},
		{"multipleOf integer invalid", func(r *v.Rules) { r.Step = ptr(int64(7)) }, []string{"Step: multipleOf 5, got 7"}},
		{"multipleOf float", func(r *v.Rules) { r.Half = ptr(float32(-3)) }, nil},
		{"multipleOf float invalid", func(r *v.Rules) { r.Half = ptr(float32(0.2)) }, []string{"Half: multipleOf 0.5, got 0.20000000298023224"}},
		{"decimal bounds", func(r *v.Rules) { r.Price = ptr(v.MustParseDecimal("0.00")) }, nil},
		{"decimal minimum", func(r *v.Rules) { r.Price = ptr(v.MustParseDecimal("-0.01")) }, []string{"Price: minimum 0, got -0.01"}},
		{"decimal maximum and multipleOf", func(r *v.Rules) { r.Price = ptr(v.MustParseDecimal("1000.001")) }, []string{"Price: maximum 1000, got 1000.001", "Price: multipleOf 0.01, got 1000.001"}},
		{"decimal multipleOf 0.25", func(r *v.Rules) { r.Weight = ptr(v.MustParseDecimal("1.5e1")) }, nil},
		{"decimal multipleOf 0.25 invalid", func(r *v.Rules) { r.Weight = ptr(v.MustParseDecimal("0.3")) }, []string{"Weight: multipleOf 0.25, got 0.3"}},
		{"named decimal", func(r *v.Rules) { r.Amount = ptr(v.Amount(v.MustParseDecimal("-1"))) }, []string{"Amount: minimum 0, got -1"}},
		// items
		{"minItems", func(r *v.Rules) { r.Tags = []string{"a"} }, nil},
		{"maxItems", func(r *v.Rules) { r.Tags = []string{"a", "b", "c", "d"} }, []string{"Tags: maxItems 3, got 4"}},
		{"uniqueItems", func(r *v.Rules) { r.Tags = []string{"a", "b", "a"} }, []string{"Tags: uniqueItems, got duplicates at [0] and [2]"}},
		{"item maxLength", func(r *v.Rules) { r.Tags = []string{"a", "bbbbb"} }, []string{"Tags[1]: maxLength 4, got 5"}},
		{"nested items", func(r *v.Rules) { r.Matrix = [][]int32{{1}, {1, 2, 3}, {10}} }, []string{"Matrix[1]: maxItems 2, got 3", "Matrix[2][0]: maximum 9, got 10"}},
		{"named slice", func(r *v.Rules) { r.Codes = v.Codes{"ab", "ab", "x"} }, []string{"Codes: maxItems 2, got 3", "Codes: uniqueItems, got duplicates at [0] and [1]"}},
		{"named slice items", func(r *v.Rules) { r.Codes = v.Codes{"ab", "Ab1xx"} }, []string{"Codes[1]: maxLength 4, got 5", `Codes[1]: pattern "^[a-z]+$", got no match`}},
		{"named string", func(r *v.Rules) { r.ShortCode = ptr(v.Code("ABC")) }, []string{`ShortCode: pattern "^[a-z]+$", got no match`}},
		// properties
		{"minProperties", func(r *v.Rules) { r.Labels = map[string]string{"a": ""} }, nil},
		{"maxProperties", func(r *v.Rules) { r.Labels = map[string]string{"a": "", "b": "", "c": ""} }, []string{"Labels: maxProperties 2, got 3"}},
		{"map values", func(r *v.Rules) { r.Labels = map[string]string{"color": "turquoise", "size": "xxxxxx"} }, []string{`Labels["color"]: maxLength 5, got 9`, `Labels["size"]: maxLength 5, got 6`}},
		{"named map", func(r *v.Rules) { r.Scores = v.Scores{"a": -1, "b": 1, "c": -2} }, []string{"Scores: maxProperties 2, got 3", `Scores["a"]: minimum 0, got -1`, `Scores["c"]: minimum 0, got -2`}},
		{"map of structs", func(r *v.Rules) { r.ByName = map[string]v.Person{"zed": {}, "amy": {Name: long("x", 11)}} }, []string{`ByName["amy"].Name: maxLength 10, got 11`, `ByName["zed"].Name: required, got empty`}},
		// deprecated fields are checked
		{"deprecated keyword", func(r *v.Rules) { r.Legacy = ptr("abc") }, []string{"Legacy: maxLength 2, got 3"}},
		{"deprecated prose", func(r *v.Rules) { r.Old = ptr("abc") }, []string{"Old: maxLength 2, got 3"}},
		// an alias of a struct
		{"alias", func(r *v.Rules) { r.Friend = &v.Person{} }, []string{"Friend.Name: required, got empty"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := valid()
			c.set(r)
			got := lines(t, r.Validate())
			if strings.Join(got, "\n") != strings.Join(c.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(c.want, "\n"))
			}
		})
	}
}

// TestEveryViolation breaks many rules at once, deep in slices and maps,
// and checks that each is reported, in order, with its paths and wire
// name.
func TestEveryViolation(t *testing.T) {
	r := valid()
	r.Code = "TOO-LONG"
	r.People = []v.Person{{Name: "ok"}, {Name: "ok", Pets: []v.Pet{{}, {Nick: ptr(""), Owner: &v.Person{}}}}}
	r.ByName = map[string]v.Person{"b": {}, "a": {Friend: &v.Person{Name: strings.Repeat("日", 11)}, Name: "x"}}
	r.Status = 3
	err := r.Validate()
	want := []string{
		"Code: maxLength 5, got 8",
		"People[1].Pets[1].Owner.Name: required, got empty",
		"People[1].Pets[1].Nick: minLength 1, got 0",
		`ByName["a"].Friend.Name: maxLength 10, got 11`,
		`ByName["b"].Name: required, got empty`,
		"Status: enum Status, got 7",
	}
	want[5] = "Status: enum Status, got 3"
	got := lines(t, err)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	var verr *v.ValidationError
	errors.As(err, &verr)
	nick := verr.Violations[2]
	if nick.Path != "People[1].Pets[1].Nick" || nick.WirePath != "People[1].Pets[1].Nick" || nick.WireName != "Nick" ||
		nick.Rule != "minLength" || nick.Limit != "1" || nick.Got != "0" {
		t.Errorf("violation %+v", nick)
	}
	// Map order never shows: the same report every time.
	for range 20 {
		if again := r.Validate().Error(); again != err.Error() {
			t.Fatalf("second report differs:\n%s", again)
		}
	}
}

// TestCycles validates values of schemas that refer to themselves, directly
// (Person.Friend), through others (Person.Pets[].Owner) and through a
// defined slice (Tree.Children is a Forest of Trees).
func TestCycles(t *testing.T) {
	deep := &v.Person{Name: "root"}
	cur := deep
	for i := range 40 {
		cur.Friend = &v.Person{Name: "f", Pets: []v.Pet{{Owner: &v.Person{Name: "o"}}}}
		cur = cur.Friend
		if i == 39 {
			cur.Pets[0].Owner.Name = ""
		}
	}
	err := deep.Validate()
	got := lines(t, err)
	if len(got) != 1 || !strings.HasPrefix(got[0], "Friend.Friend.") || !strings.HasSuffix(got[0], ".Friend.Pets[0].Owner.Name: required, got empty") ||
		strings.Count(got[0], "Friend") != 40 {
		t.Errorf("deep path: %q", got)
	}
	cur.Pets[0].Owner.Name = "o"
	if err := deep.Validate(); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(20, func() { _ = deep.Validate() }); n > 1 {
		// Only the path past 16 steps spills to the heap (one slice).
		t.Errorf("deep valid value: %v allocations", n)
	}

	shallow := &v.Person{Name: "a", Friend: &v.Person{Name: "b", Pets: []v.Pet{{Owner: &v.Person{Name: "c"}}}}}
	if n := testing.AllocsPerRun(100, func() { _ = shallow.Validate() }); n != 0 {
		t.Errorf("cyclic type, valid value: %v allocations", n)
	}

	forest := v.Forest{{Name: ptr("a"), Children: v.Forest{{Name: ptr("bb")}, {Name: ptr("ccc")}}}}
	if got := lines(t, forest.Validate()); strings.Join(got, "\n") != "[0].Children[1].Name: maxLength 2, got 3" {
		t.Errorf("forest: %q", got)
	}
	tree := v.Tree{Children: forest}
	if got := lines(t, tree.Validate()); strings.Join(got, "\n") != "Children[0].Children[1].Name: maxLength 2, got 3" {
		t.Errorf("tree: %q", got)
	}
}

// TestDefinedTypes calls Validate on defined types and enums directly:
// their own violations have an empty path.
func TestDefinedTypes(t *testing.T) {
	for _, c := range []struct {
		name string
		err  error
		want string
	}{
		{"Code", ptr(v.Code("abcde")).Validate(), "maxLength 4, got 5"},
		{"Codes", (&v.Codes{"ab", "AB"}).Validate(), `[1]: pattern "^[a-z]+$", got no match`},
		{"Scores", (&v.Scores{"k": -5}).Validate(), `["k"]: minimum 0, got -5`},
		{"Amount", ptr(v.Amount(v.MustParseDecimal("-0.5"))).Validate(), "minimum 0, got -0.5"},
		{"Status", ptr(v.Status(5)).Validate(), "enum Status, got 5"},
		{"Kind", ptr(v.Kind("tiny")).Validate(), "enum Kind, got an unknown name of 4 characters"},
		{"Derived", (&v.Derived{Extra: ptr("abc")}).Validate(), "ID: required, got empty\nExtra: maxLength 2, got 3"},
		{"Derived embedded", (&v.Derived{Base: v.Base{ID: "x"}}).Validate(), "ID: minLength 2, got 1"},
		{"Plain", (&v.Plain{Flag: ptr(true)}).Validate(), ""},
		{"valid Status", ptr(v.StatusActive).Validate(), ""},
		{"nil Codes", (*v.Codes)(nil).Validate(), ""},
	} {
		got := ""
		if c.err != nil {
			got = c.err.Error()
		}
		if got != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}

// TestWireNames checks that a violation names the field's wire name when
// it differs from its Go name.
func TestWireNames(t *testing.T) {
	d := &v.Derived{Base: v.Base{ID: "x"}}
	err := d.Validate()
	var verr *v.ValidationError
	if !errors.As(err, &verr) || verr.Violations[0].WireName != "ID" {
		t.Fatalf("got %v", err)
	}
}

// TestInvalidAllocatesOnlyForErrors checks that an invalid value allocates
// for its violations only: a bounded count, whatever the size of the valid
// rest.
func TestInvalidAllocatesOnlyForErrors(t *testing.T) {
	r := valid()
	for range 200 {
		r.People = append(r.People, v.Person{Name: "ok", Pets: []v.Pet{{Nick: ptr("x")}}})
	}
	r.Code = "TOO-LONG"
	n := testing.AllocsPerRun(50, func() { _ = r.Validate() })
	// The path texts, the measure, the violation list and the error.
	if n > 8 {
		t.Errorf("one violation among 200 valid people: %v allocations", n)
	}
}
