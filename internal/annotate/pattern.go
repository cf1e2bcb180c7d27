package annotate

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// Pattern builds a user rule from a Go regexp run on the plain text of a
// description (see Description.Text: HTML already turned into text, <br> into
// '\n'). What a match means depends on kind:
//
//   - MaxLength needs group `max`: digits (the limit) or "max" (no limit).
//   - Enum needs groups `value` (an integer) and `name`; group `doc` is
//     optional. Each match is one pair; a description yields one Enum
//     annotation with all its pairs, in order, a repeated value keeping its
//     first name.
//   - Default needs group `value`: true, false, null and numbers are kept as
//     JSON literals, anything else (quotes removed) becomes a JSON string.
//   - Deprecated and ReadOnly need no groups; the first match counts.
//
// A match whose groups do not make a value (a number out of range, an empty
// name) yields nothing. The span of an annotation is the whole match. An
// empty name, an unknown kind, a bad regexp or a missing group is an error
// naming it.
func Pattern(name string, kind Kind, expr string) (Rule, error) {
	if strings.TrimSpace(name) == "" {
		return nil, fmt.Errorf("annotate: pattern %q: the rule needs a name", expr)
	}
	if !kind.valid() {
		return nil, fmt.Errorf("annotate: pattern rule %q: unknown kind %q (known: %s, %s, %s, %s, %s)",
			name, kind, MaxLength, Enum, Deprecated, ReadOnly, Default)
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, fmt.Errorf("annotate: pattern rule %q: bad regexp %q: %w", name, expr, err)
	}
	var need []string
	switch kind {
	case MaxLength:
		need = []string{"max"}
	case Enum:
		need = []string{"value", "name"}
	case Default:
		need = []string{"value"}
	}
	for _, g := range need {
		if re.SubexpIndex(g) < 0 {
			return nil, fmt.Errorf("annotate: pattern rule %q: kind %s needs the named group (?P<%s>...) in %q", name, kind, g, expr)
		}
	}
	return &patternRule{name: name, kind: kind, re: re}, nil
}

type patternRule struct {
	name string
	kind Kind
	re   *regexp.Regexp
}

func (r *patternRule) Name() string { return r.name }

// String returns the rule's name, kind and regexp.
func (r *patternRule) String() string { return fmt.Sprintf("%s (%s) %s", r.name, r.kind, r.re) }

func (r *patternRule) Find(d *Description) []Annotation {
	text := d.Text()
	group := func(m []int, name string) (string, bool) {
		i := r.re.SubexpIndex(name)
		if i < 0 || m[2*i] < 0 {
			return "", false
		}
		return text[m[2*i]:m[2*i+1]], true
	}
	var out []Annotation
	var pairs []enumPair
	for _, m := range r.re.FindAllStringSubmatchIndex(text, -1) {
		switch r.kind {
		case MaxLength:
			if g, ok := group(m, "max"); ok {
				if a, ok := maxLengthAnnotation(r.name, d, m[0], m[1], strings.TrimSpace(g)); ok {
					out = append(out, a)
				}
			}
		case Enum:
			v, _ := group(m, "value")
			n, _ := group(m, "name")
			doc, _ := group(m, "doc")
			value, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64)
			if name := collapseSpace(n); err == nil && name != "" {
				pairs = append(pairs, enumPair{start: m[0], end: m[1], value: value, name: name, doc: collapseSpace(doc)})
			}
		case Default:
			if g, ok := group(m, "value"); ok && strings.TrimSpace(g) != "" {
				out = append(out, Annotation{Rule: r.name, Kind: Default, Span: d.Span(m[0], m[1]), Default: jsonLiteral(strings.TrimSpace(g))})
			}
		case Deprecated, ReadOnly:
			return []Annotation{{Rule: r.name, Kind: r.kind, Span: d.Span(m[0], m[1])}}
		}
	}
	if a, ok := enumAnnotation(r.name, d, pairs); ok {
		out = append(out, a)
	}
	return out
}
