package annotate

import (
	"regexp"
	"strings"
)

// obsoleteRE matches a sentence that starts with "Obsolete" or "Deprecated"
// followed by ',', '.', ':', ';', '!', ')', a space or the end of the line. A
// sentence starts at the start of a line (after an optional '(') or after
// '.', '!' or '?' and a space.
var obsoleteRE = regexp.MustCompile(`(?m)(?:^[ ]*|[.!?][ ]+)(\(?(?:Obsolete|Deprecated)(?:[,.:;!) ]|$))`)

// ObsoleteRule finds obsolete markers ("Obsolete, will be removed in a coming
// version.") and reports them as Deprecated. Its name is "obsolete". The span
// is the whole sentence; only the first such sentence is reported.
func ObsoleteRule() Rule { return obsoleteRule{} }

type obsoleteRule struct{}

func (obsoleteRule) Name() string { return "obsolete" }

func (r obsoleteRule) Find(d *Description) []Annotation {
	text := d.Text()
	if !strings.Contains(text, "Obsolete") && !strings.Contains(text, "Deprecated") {
		return nil // the common case, without running the regexp
	}
	m := obsoleteRE.FindStringSubmatchIndex(text)
	if m == nil {
		return nil
	}
	start := m[2]
	return []Annotation{{Rule: r.Name(), Kind: Deprecated, Span: d.Span(start, sentenceEnd(text, start))}}
}

// sentenceEnd returns the end of the sentence that starts at text[start]: just
// after the first '.', '!' or '?' that is followed by a space or ends the
// line, or the end of the line (trailing spaces excluded).
func sentenceEnd(text string, start int) int {
	i := start
	for ; i < len(text) && text[i] != '\n'; i++ {
		switch text[i] {
		case '.', '!', '?':
			if i+1 == len(text) || text[i+1] == ' ' || text[i+1] == '\n' {
				return i + 1
			}
		}
	}
	for i > start && text[i-1] == ' ' {
		i--
	}
	return i
}
