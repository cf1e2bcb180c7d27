package annotate

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// RuleSet is an ordered set of rules with distinct names. It is an immutable
// value: With and Without return new sets. The zero value is an empty set.
type RuleSet struct {
	rules []Rule
}

// NewRuleSet returns a set of the given rules (see With for repeated names).
func NewRuleSet(rules ...Rule) *RuleSet { return (&RuleSet{}).With(rules...) }

// Names returns the names of the rules, in order.
func (s *RuleSet) Names() []string {
	if s == nil {
		return nil
	}
	names := make([]string, len(s.rules))
	for i, r := range s.rules {
		names[i] = r.Name()
	}
	return names
}

// Rules returns the rules, in order.
func (s *RuleSet) Rules() []Rule {
	if s == nil {
		return nil
	}
	return slices.Clone(s.rules)
}

// Without returns the set without the named rules. Naming a rule that is not
// in the set is an error that lists the rules that are.
func (s *RuleSet) Without(names ...string) (*RuleSet, error) {
	known := s.Names()
	var unknown []string
	for _, n := range names {
		if !slices.Contains(known, n) && !slices.Contains(unknown, n) {
			unknown = append(unknown, n)
		}
	}
	if len(unknown) > 0 {
		return nil, fmt.Errorf("annotate: unknown rule %s (known: %s)", quoteAll(unknown), strings.Join(known, ", "))
	}
	out := &RuleSet{}
	if s != nil {
		for _, r := range s.rules {
			if !slices.Contains(names, r.Name()) {
				out.rules = append(out.rules, r)
			}
		}
	}
	return out, nil
}

// With returns the set with the rules added at the end. A rule whose name is
// already in the set replaces that rule, in its place; nil rules are ignored.
func (s *RuleSet) With(rules ...Rule) *RuleSet {
	out := &RuleSet{}
	if s != nil {
		out.rules = slices.Clone(s.rules)
	}
	for _, r := range rules {
		if r == nil {
			continue
		}
		if i := slices.IndexFunc(out.rules, func(o Rule) bool { return o.Name() == r.Name() }); i >= 0 {
			out.rules[i] = r
		} else {
			out.rules = append(out.rules, r)
		}
	}
	return out
}

// Annotate parses a description and runs every rule on it. The annotations
// are sorted by Span.Start, then Rule (then Span.End, then Kind); the same
// input gives the same output. It returns nil when nothing is found.
func (s *RuleSet) Annotate(description string) []Annotation {
	return s.Find(Parse(description))
}

// Find runs every rule on a parsed description; see Annotate.
func (s *RuleSet) Find(d *Description) []Annotation {
	if s == nil {
		return nil
	}
	var out []Annotation
	for _, r := range s.rules {
		out = append(out, r.Find(d)...)
	}
	slices.SortStableFunc(out, func(a, b Annotation) int {
		return cmp.Or(
			cmp.Compare(a.Span.Start, b.Span.Start),
			strings.Compare(a.Rule, b.Rule),
			cmp.Compare(a.Span.End, b.Span.End),
			strings.Compare(string(a.Kind), string(b.Kind)),
		)
	})
	return out
}

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	return strings.Join(q, ", ")
}
