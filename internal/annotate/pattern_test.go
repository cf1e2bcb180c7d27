package annotate

import (
	"strings"
	"testing"
)

func TestPattern(t *testing.T) {
	tests := []struct {
		name, expr string
		kind       Kind
		desc       string
		want       []string
	}{
		{"vendor-maxlen", `Max length (?P<max>\d+)`, MaxLength, "The login name. Max length 40.",
			[]string{`vendor-maxlen maxLength=40 @"Max length 40"`}},
		{"vendor-maximum", `Maximum (?P<max>\d+) characters`, MaxLength, "The name.<br>Maximum 40 characters.",
			[]string{`vendor-maximum maxLength=40 @"Maximum 40 characters"`}},
		{"vendor-maxlen", `Max length (?P<max>\d+|max)`, MaxLength, "Max length max",
			[]string{`vendor-maxlen maxLength=max @"Max length max"`}},
		{"vendor-maxlen", `Max length (?P<max>\w+)`, MaxLength, "Max length forty. Max length 99999999999999999999.", nil},
		{"colon-enum", `(?P<value>-?\d+): (?P<name>\w+)(?: \((?P<doc>[^)]*)\))?`, Enum, "Status: 1: Active, 2: Inactive (gone), 1: Again",
			[]string{
				`colon-enum enum @"1: Active, 2: Inactive (gone), 1: Again"`,
				`  1 "Active" @"1: Active"`,
				`  2 "Inactive" doc="gone" @"2: Inactive (gone)"`,
			}},
		{"colon-enum", `(?P<value>\d+): (?P<name>\w+)`, Enum, "No pairs here. 99999999999999999999: Big", nil},
		{"vendor-default", `[Ss]tandard value (?P<value>\S+?)\.?(?:\s|$)`, Default, "Standard value abc. Standard value 5.",
			[]string{
				`vendor-default default="abc" @"Standard value abc. "`,
				`vendor-default default=5 @"Standard value 5."`,
			}},
		{"vendor-deprecated", `\[deprecated\]`, Deprecated, "[deprecated] Old. [deprecated]",
			[]string{`vendor-deprecated deprecated @"[deprecated]"`}},
		{"vendor-readonly", `(?i)\bimmutable\b`, ReadOnly, "The key. Immutable.",
			[]string{`vendor-readonly readOnly @"Immutable"`}},
		// Patterns run on the plain text: HTML is already understood.
		{"vendor-maxlen", `Max length (?P<max>\d+)`, MaxLength, "Max&nbsp;length <b>40</b>",
			[]string{`vendor-maxlen maxLength=40 @"Max&nbsp;length <b>40"`}},
	}
	for _, tt := range tests {
		r, err := Pattern(tt.name, tt.kind, tt.expr)
		if err != nil {
			t.Fatalf("Pattern(%q, %s, %q): %v", tt.name, tt.kind, tt.expr, err)
		}
		if r.Name() != tt.name {
			t.Errorf("Name() = %q, want %q", r.Name(), tt.name)
		}
		got := render(t, tt.desc, r.Find(Parse(tt.desc)))
		diffLines(t, tt.expr+" on "+tt.desc, got, tt.want)
	}
}

func TestPatternErrors(t *testing.T) {
	tests := []struct {
		name, expr string
		kind       Kind
		want       []string // substrings of the error
	}{
		{"bad", `Max length (\d+`, MaxLength, []string{`pattern rule "bad"`, "bad regexp", `Max length (\\d+`, "missing closing )"}},
		{"nogroup", `Max length \d+`, MaxLength, []string{`pattern rule "nogroup"`, "kind maxLength", "(?P<max>...)"}},
		{"wronggroup", `Max length (?P<value>\d+)`, MaxLength, []string{"(?P<max>...)"}},
		{"noname", `(?P<value>\d+) = \w+`, Enum, []string{`pattern rule "noname"`, "kind enum", "(?P<name>...)"}},
		{"novalue", `\d+ = (?P<name>\w+)`, Enum, []string{"kind enum", "(?P<value>...)"}},
		{"nodefault", `Default (\w+)`, Default, []string{"kind default", "(?P<value>...)"}},
		{"kind", `x`, Kind("minLength"), []string{`pattern rule "kind"`, `unknown kind "minLength"`, "maxLength, enum, deprecated, readOnly, default"}},
		{"", `x`, ReadOnly, []string{"needs a name"}},
	}
	for _, tt := range tests {
		r, err := Pattern(tt.name, tt.kind, tt.expr)
		if err == nil {
			t.Errorf("Pattern(%q, %s, %q) = %v, want an error", tt.name, tt.kind, tt.expr, r)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("Pattern(%q, %s, %q) error %q does not mention %q", tt.name, tt.kind, tt.expr, err, w)
			}
		}
	}
}

// A user pattern added to the Norce set works next to the built-in rules.
func TestPatternInNorceSet(t *testing.T) {
	maxLen, err := Pattern("vendor-maxlen", MaxLength, `Max length (?P<max>\d+)`)
	if err != nil {
		t.Fatal(err)
	}
	maximum, err := Pattern("vendor-maximum", MaxLength, `Maximum (?P<max>\d+) characters`)
	if err != nil {
		t.Fatal(err)
	}
	set := Norce().With(maxLen, maximum)
	desc := "The name. Max length 40. Default is \"x\". Maximum 30 characters. MaxLength: 50"
	got := render(t, desc, set.Annotate(desc))
	diffLines(t, desc, got, []string{
		`vendor-maxlen maxLength=40 @"Max length 40"`,
		`defaultvalue default="x" @"Default is \"x\""`,
		`vendor-maximum maxLength=30 @"Maximum 30 characters"`,
		`maxlength maxLength=50 @"MaxLength: 50"`,
	})
}
