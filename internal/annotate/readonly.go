package annotate

import (
	"regexp"
	"strings"
)

// readOnlyREs are the read-only phrasings; group 1 is the span. The earliest
// match that is not negated ("is not read-only") wins.
var readOnlyREs = []*regexp.Regexp{
	// "Read only." / "ReadOnly." / "(Read-only)" / ", read only." as a phrase
	// of its own: at a sentence or clause start, ended by punctuation.
	regexp.MustCompile(`(?m)(?:^[ ]*|[.!?,;][ ]+|\()((?i:read[- ]?only))(?:[.,;:!)]|[ ]*$)`),
	// "is read only", "are read-only", "should be considered as ReadOnly",
	// "is marked as read-only".
	regexp.MustCompile(`\b((?:(?:should|must|will|can)[ ]+)?(?:is|are|be|been)[ ]+(?:(?:considered|treated|marked)[ ]+(?:as[ ]+)?)?(?:a[ ]+)?(?i:read[- ]?only))\b`),
	// "read-only" with a hyphen reads as an adjective anywhere.
	regexp.MustCompile(`\b((?i:read-only))\b`),
}

// ReadOnlyRule finds read-only wording ("Read only.", "should be considered
// as ReadOnly", "is read only", "read-only") and reports ReadOnly. Its name is
// "readonly". Negated wording ("not read-only") is not read-only, and neither
// is a bare "ReadOnly" (it may name a property). Only the first is reported.
func ReadOnlyRule() Rule { return readOnlyRule{} }

type readOnlyRule struct{}

func (readOnlyRule) Name() string { return "readonly" }

func (r readOnlyRule) Find(d *Description) []Annotation {
	text := d.Text()
	if !containsFoldASCII(text, "only") {
		return nil // the common case, without running the regexps
	}
	best := []int(nil)
	for _, re := range readOnlyREs {
		for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
			if negated(text, m[2]) {
				continue
			}
			if best == nil || m[2] < best[0] || m[2] == best[0] && m[3] > best[1] {
				best = []int{m[2], m[3]}
			}
			break
		}
	}
	if best == nil {
		return nil
	}
	return []Annotation{{Rule: r.Name(), Kind: ReadOnly, Span: d.Span(best[0], best[1])}}
}

// negated reports whether one of the two words before text[i] (within 64
// bytes, in the same sentence) negates what follows: "not", "never", "no", "non", or a word
// ending in "n't".
func negated(text string, i int) bool {
	before := text[max(0, i-64):i]
	if k := strings.LastIndexAny(before, ".!?\n"); k >= 0 {
		before = before[k+1:]
	}
	words := strings.FieldsFunc(strings.ToLower(before), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r == '\'' || r == '’')
	})
	for n := 0; n < 2 && len(words) > 0; n++ {
		w := words[len(words)-1]
		words = words[:len(words)-1]
		switch {
		case w == "not", w == "never", w == "no", w == "non",
			strings.HasSuffix(w, "n't"), strings.HasSuffix(w, "n’t"):
			return true
		}
	}
	return false
}

// containsFoldASCII reports whether s contains sub (lower-case ASCII) in any
// ASCII case.
func containsFoldASCII(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		j := 0
		for j < len(sub) && s[i+j]|0x20 == sub[j] {
			j++
		}
		if j == len(sub) {
			return true
		}
	}
	return false
}
