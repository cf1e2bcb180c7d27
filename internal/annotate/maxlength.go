package annotate

import (
	"regexp"
	"strconv"
	"strings"
)

// maxLengthRE matches "MaxLength: 50" and "MaxLength: max" anywhere
// (case-sensitive, as Norce writes it), with or without a period before it.
var maxLengthRE = regexp.MustCompile(`\bMaxLength:[ ]*(\d+|max)\b`)

// MaxLengthRule finds "MaxLength: N" (a limit of N characters) and
// "MaxLength: max" (no limit). Its name is "maxlength". A number too large
// for an int is not a limit.
func MaxLengthRule() Rule { return maxLengthRule{} }

type maxLengthRule struct{}

func (maxLengthRule) Name() string { return "maxlength" }

func (r maxLengthRule) Find(d *Description) []Annotation {
	if !strings.Contains(d.Text(), "MaxLength:") {
		return nil // the common case, without running the regexp
	}
	var out []Annotation
	for _, m := range maxLengthRE.FindAllStringSubmatchIndex(d.Text(), -1) {
		if a, ok := maxLengthAnnotation(r.Name(), d, m[0], m[1], d.Text()[m[2]:m[3]]); ok {
			out = append(out, a)
		}
	}
	return out
}

// maxLengthAnnotation builds a MaxLength annotation for the plain-text range
// [start, end) from its limit text: digits or "max".
func maxLengthAnnotation(rule string, d *Description, start, end int, limit string) (Annotation, bool) {
	a := Annotation{Rule: rule, Kind: MaxLength, Span: d.Span(start, end)}
	if strings.EqualFold(limit, "max") {
		a.Unlimited = true
		return a, true
	}
	n, err := strconv.Atoi(limit)
	if err != nil || n < 0 {
		return Annotation{}, false
	}
	a.MaxLength = n
	return a, true
}
