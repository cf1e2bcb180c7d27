package annotate

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// render turns annotations into compact lines that show everything an
// annotation holds, with each span shown as the original text it covers:
//
//	maxlength maxLength=50 @"MaxLength: 50"
//	enummap enum @"1 = Active, 2 = Inactive"
//	  1 "Active" @"1 = Active"
//	  14 "Customers" doc="set values in CustomerFieldsThatAreSet" @"14 = Customers (set values in CustomerFieldsThatAreSet)"
func render(t testing.TB, original string, as []Annotation) []string {
	t.Helper()
	var out []string
	for _, a := range as {
		line := a.Rule + " " + string(a.Kind)
		switch a.Kind {
		case MaxLength:
			if a.Unlimited {
				line += "=max"
			} else {
				line += fmt.Sprintf("=%d", a.MaxLength)
			}
		case Default:
			line += "=" + a.Default
		}
		if a.Kind != MaxLength && (a.MaxLength != 0 || a.Unlimited) ||
			a.Kind != Enum && a.Values != nil || a.Kind != Default && a.Default != "" {
			t.Errorf("annotation %v carries fields of another kind", a)
		}
		out = append(out, line+" @"+spanText(t, original, a.Span))
		for _, v := range a.Values {
			vl := fmt.Sprintf("  %d %q", v.Value, v.Name)
			if v.Doc != "" {
				vl += fmt.Sprintf(" doc=%q", v.Doc)
			}
			out = append(out, vl+" @"+spanText(t, original, v.Span))
		}
	}
	return out
}

// spanText returns the quoted original text of a span, after checking that
// the span is within bounds and on rune boundaries.
func spanText(t testing.TB, original string, s Span) string {
	t.Helper()
	if err := checkSpan(original, s); err != nil {
		t.Error(err)
		return fmt.Sprintf("<bad span %v>", s)
	}
	return fmt.Sprintf("%q", original[s.Start:s.End])
}

func checkSpan(original string, s Span) error {
	if s.Start < 0 || s.End < s.Start || s.End > len(original) {
		return fmt.Errorf("span %v out of bounds of %d bytes", s, len(original))
	}
	if !runeBoundary(original, s.Start) || !runeBoundary(original, s.End) {
		return fmt.Errorf("span %v not on rune boundaries of %q", s, original)
	}
	return nil
}

// runeBoundary reports whether i is where a rune of s starts (as ranging
// over s sees it, an invalid byte being a rune of its own) or len(s).
func runeBoundary(s string, i int) bool {
	if i == 0 || i == len(s) || utf8.RuneStart(s[i]) {
		return true
	}
	// s[i] is a continuation byte: a boundary unless a valid rune that
	// starts up to three bytes before covers it.
	for j := i - 1; j >= 0 && j >= i-(utf8.UTFMax-1); j-- {
		if utf8.RuneStart(s[j]) {
			_, size := utf8.DecodeRuneInString(s[j:])
			return j+size <= i
		}
	}
	return true
}

// diffLines fails the test with both listings when got and want differ.
func diffLines(t testing.TB, what string, got, want []string) {
	t.Helper()
	if slices.Equal(got, want) {
		return
	}
	t.Errorf("%s:\ngot:\n\t%s\nwant:\n\t%s", what, strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
}

func TestRuneBoundary(t *testing.T) {
	for _, s := range []string{"", "abc", "aé\xff\x80b", "\x80\x80\x80\x80", "€\x82\x82", "\xe2\x41\x82", "\xf0\x9f\x98\x80\x80", "\xf0\x9f\x98"} {
		want := map[int]bool{len(s): true}
		for i := range s {
			want[i] = true
		}
		for i := 0; i <= len(s); i++ {
			if got := runeBoundary(s, i); got != want[i] {
				t.Errorf("runeBoundary(%q, %d) = %v, want %v", s, i, got, want[i])
			}
		}
	}
}
