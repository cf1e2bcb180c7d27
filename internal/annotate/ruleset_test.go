package annotate

import (
	"reflect"
	"slices"
	"testing"
)

func TestNorceNames(t *testing.T) {
	want := []string{"maxlength", "enummap", "obsolete", "readonly", "defaultvalue"}
	if got := Norce().Names(); !slices.Equal(got, want) {
		t.Errorf("Norce().Names() = %q, want %q", got, want)
	}
	for _, r := range Norce().Rules() {
		if r.Find(Parse("")) != nil {
			t.Errorf("rule %s finds something in an empty description", r.Name())
		}
	}
}

func TestWithout(t *testing.T) {
	desc := "Account status: 1 = Active, 2 = Inactive. MaxLength: 10. Default is 1."
	all := Norce()
	s, err := all.Without("enummap", "defaultvalue")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := s.Names(), []string{"maxlength", "obsolete", "readonly"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	diffLines(t, "without enummap, defaultvalue", render(t, desc, s.Annotate(desc)), []string{
		`maxlength maxLength=10 @"MaxLength: 10"`,
	})
	// The original set is unchanged.
	diffLines(t, "Norce", render(t, desc, all.Annotate(desc)), []string{
		`enummap enum @"1 = Active, 2 = Inactive"`,
		`  1 "Active" @"1 = Active"`,
		`  2 "Inactive" @"2 = Inactive"`,
		`maxlength maxLength=10 @"MaxLength: 10"`,
		`defaultvalue default=1 @"Default is 1"`,
	})
	if _, err := s.Without("enummap"); err == nil {
		t.Error("Without a rule that is no longer in the set: no error")
	}
	none, err := all.Without(all.Names()...)
	if err != nil || none.Annotate(desc) != nil || len(none.Names()) != 0 {
		t.Errorf("Without every rule: %v, %v", none.Names(), err)
	}
}

func TestWithoutUnknown(t *testing.T) {
	_, err := Norce().Without("maxlength", "maxLength", "nope", "nope")
	want := `annotate: unknown rule "maxLength", "nope" (known: maxlength, enummap, obsolete, readonly, defaultvalue)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

func TestWith(t *testing.T) {
	strict, err := Pattern("maxlength", MaxLength, `(?i)\bmaxlength:\s*(?P<max>\d+)`)
	if err != nil {
		t.Fatal(err)
	}
	extra, err := Pattern("vendor", ReadOnly, `\bconst\b`)
	if err != nil {
		t.Fatal(err)
	}
	all := Norce()
	s := all.With(extra, nil, strict)
	// A rule with a known name replaces that rule in its place; new ones go last.
	if got, want := s.Names(), []string{"maxlength", "enummap", "obsolete", "readonly", "defaultvalue", "vendor"}; !slices.Equal(got, want) {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	desc := "const. maxlength: 5"
	diffLines(t, "With", render(t, desc, s.Annotate(desc)), []string{
		`vendor readOnly @"const"`,
		`maxlength maxLength=5 @"maxlength: 5"`,
	})
	if got := all.Annotate(desc); got != nil {
		t.Errorf("the original set changed: %v", got)
	}
	// The zero and nil sets are empty and usable.
	var zero RuleSet
	if got := zero.With(extra).Names(); !slices.Equal(got, []string{"vendor"}) {
		t.Errorf("zero.With: %q", got)
	}
	var nilSet *RuleSet
	if nilSet.Annotate(desc) != nil || nilSet.Names() != nil || !slices.Equal(NewRuleSet(extra).Names(), []string{"vendor"}) {
		t.Error("nil set is not empty")
	}
	// Rules() is a copy.
	rs := all.Rules()
	rs[0] = extra
	if all.Names()[0] != "maxlength" {
		t.Error("Rules() exposes the set's slice")
	}
}

// Annotations are sorted by start, then rule name, whatever the rule order.
func TestAnnotateOrder(t *testing.T) {
	b, _ := Pattern("b", ReadOnly, `^\w+`)
	a, _ := Pattern("a", Deprecated, `^\w+`)
	desc := "Obsolete. Read only. MaxLength: 5. Default is 0. 1 = A, 2 = B."
	s := NewRuleSet(b, a).With(Norce().Rules()...)
	got := render(t, desc, s.Annotate(desc))
	diffLines(t, desc, got, []string{
		`a deprecated @"Obsolete"`,
		`b readOnly @"Obsolete"`,
		`obsolete deprecated @"Obsolete."`,
		`readonly readOnly @"Read only"`,
		`maxlength maxLength=5 @"MaxLength: 5"`,
		`defaultvalue default=0 @"Default is 0"`,
		`enummap enum @"1 = A, 2 = B"`,
		`  1 "A" @"1 = A"`,
		`  2 "B" @"2 = B"`,
	})
	// Same input, same output, also from another set built the same way.
	if again := NewRuleSet(b, a).With(Norce().Rules()...).Annotate(desc); !reflect.DeepEqual(again, s.Annotate(desc)) {
		t.Error("Annotate is not deterministic")
	}
}

func TestAnnotationString(t *testing.T) {
	as := Norce().Annotate("1 = A (x), 2 = B. MaxLength: max. Default is \"q\". Obsolete.")
	var got []string
	for _, a := range as {
		got = append(got, a.String())
	}
	diffLines(t, "String", got, []string{
		`enummap enum{1=A (x), 2=B} [0,16)`,
		`maxlength maxLength=max [18,32)`,
		`defaultvalue default="q" [34,48)`,
		`obsolete deprecated [50,59)`,
	})
}
