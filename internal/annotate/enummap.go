package annotate

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// EnumMapRule finds integer enum mappings written in prose. Its name is
// "enummap". Two shapes are understood:
//
//   - one pair per line (<br>): "0 = ApplicationKey<br>1 = Id<br>...". Each
//     line that is exactly "N = Name" or "N = Name (remark)" is a pair; the
//     remark becomes the value's Doc. At least two pairs in a row (blank lines
//     between them are allowed), or a description made only of pairs.
//   - inline lists: "1 = Active, 2 = Inactive", ended by the end of the line, a
//     sentence end (". "), a "(" remark or a ")". At least two pairs. A
//     remark after the last pair is about the list and is dropped; a remark
//     followed by ", N = ..." is the pair's Doc.
//
// The number must be on the left of '=' (so "If TypeID = 1 then" is never a
// pair) and fit an int64; a name is one or more words of letters, digits and
// '_' (a hyphen may join two words), starting with a letter. A value written
// twice in one mapping keeps its first name. Each mapping found is one Enum
// annotation.
func EnumMapRule() Rule { return enumMapRule{} }

type enumMapRule struct{}

func (enumMapRule) Name() string { return "enummap" }

// enumScanner scans the plain text of a description for pairs.
type enumScanner struct {
	text    string
	closing []int // see matchParens
}

// enumPair is one "N = Name" pair, in plain-text offsets.
type enumPair struct {
	start, nameEnd, end int // end includes a remark that is the pair's Doc
	value               int64
	name, doc           string
}

func (r enumMapRule) Find(d *Description) []Annotation {
	text := d.Text()
	if !strings.Contains(text, "=") {
		return nil
	}
	sc := enumScanner{text: text, closing: matchParens(text)}
	var out []Annotation
	emit := func(pairs []enumPair) {
		if a, ok := enumAnnotation(r.Name(), d, pairs); ok {
			out = append(out, a)
		}
	}

	// One pair per line.
	inMapping := make([]bool, len(d.lines))
	var run []enumPair
	var runLines []int
	nonBlank := 0
	flush := func(whole bool) {
		if distinctValues(run) >= 2 || whole && len(run) > 0 && len(run) == nonBlank {
			emit(run)
			for _, i := range runLines {
				inMapping[i] = true
			}
		}
		run, runLines = nil, nil
	}
	for i, ln := range d.lines {
		if strings.TrimSpace(text[ln[0]:ln[1]]) == "" {
			continue
		}
		nonBlank++
		if p, ok := sc.linePair(ln[0], ln[1]); ok {
			run = append(run, p)
			runLines = append(runLines, i)
			continue
		}
		flush(false)
	}
	flush(true)

	// Inline lists, on the lines that are not part of a mapping already.
	for i, ln := range d.lines {
		if inMapping[i] {
			continue
		}
		for p := ln[0]; p < ln[1]; p++ {
			if !pairMayStart(text, ln[0], p) {
				continue
			}
			pairs, end, ok := sc.inlineList(p, ln[1])
			if ok {
				emit(pairs)
			}
			p = max(p, end-1)
		}
	}
	return out
}

// enumAnnotation builds an Enum annotation from pairs, dropping repeated
// values; it needs at least one pair.
func enumAnnotation(rule string, d *Description, pairs []enumPair) (Annotation, bool) {
	if len(pairs) == 0 {
		return Annotation{}, false
	}
	a := Annotation{Rule: rule, Kind: Enum, Span: d.Span(pairs[0].start, pairs[len(pairs)-1].end)}
	seen := make(map[int64]bool, len(pairs))
	for _, p := range pairs {
		if seen[p.value] {
			continue
		}
		seen[p.value] = true
		a.Values = append(a.Values, EnumValue{Value: p.value, Name: p.name, Doc: p.doc, Span: d.Span(p.start, p.end)})
	}
	return a, true
}

func distinctValues(pairs []enumPair) int {
	seen := make(map[int64]bool, len(pairs))
	for _, p := range pairs {
		seen[p.value] = true
	}
	return len(seen)
}

// linePair parses a line text[start:end] that is exactly one pair, with an
// optional remark and an optional trailing '.', ',' or ';'.
func (sc enumScanner) linePair(start, end int) (enumPair, bool) {
	text := sc.text
	i := skipSpaces(text, start, end)
	p, ok := pairAt(text, i, end)
	if !ok {
		return enumPair{}, false
	}
	k := skipSpaces(text, p.nameEnd, end)
	if k < end && text[k] == '(' {
		c := sc.closing[k]
		if c < 0 {
			return enumPair{}, false
		}
		p.doc = collapseSpace(text[k+1 : c])
		p.end = c + 1
		k = skipSpaces(text, c+1, end)
	}
	if k < end && (text[k] == '.' || text[k] == ',' || text[k] == ';') {
		k = skipSpaces(text, k+1, end)
	}
	if k != end {
		return enumPair{}, false
	}
	return p, true
}

// inlineList parses "N = Name, N = Name[, ...]" at text[i:], within a line
// ending at end. It returns the pairs and whether they form a list; next is
// where scanning for another list may resume.
func (sc enumScanner) inlineList(i, end int) (pairs []enumPair, next int, ok bool) {
	text := sc.text
	next = i + 1
	for {
		p, ok := pairAt(text, i, end)
		if !ok {
			return nil, next, false
		}
		next = p.nameEnd
		k := skipSpaces(text, p.nameEnd, end)
		if k < end && text[k] == '(' {
			// A remark: the pair's Doc if another pair follows, else the
			// list's own remark, which ends the list.
			if c := sc.closing[k]; c >= 0 {
				if m, more := nextPair(text, c+1, end); more {
					p.doc = collapseSpace(text[k+1 : c])
					p.end = c + 1
					pairs = append(pairs, p)
					i = m
					continue
				}
			}
			pairs = append(pairs, p)
			break
		}
		pairs = append(pairs, p)
		if m, more := nextPair(text, k, end); more {
			i = m
			continue
		}
		if k == end || text[k] == ')' || text[k] == '.' && (k+1 == end || text[k+1] == ' ') {
			break
		}
		return nil, next, false
	}
	if distinctValues(pairs) < 2 {
		return nil, next, false
	}
	return pairs, pairs[len(pairs)-1].end, true
}

// nextPair reports whether text[k:] is ", N = Name" (or "; N = Name"), and
// where the pair starts.
func nextPair(text string, k, end int) (int, bool) {
	k = skipSpaces(text, k, end)
	if k >= end || text[k] != ',' && text[k] != ';' {
		return 0, false
	}
	m := skipSpaces(text, k+1, end)
	if _, ok := pairAt(text, m, end); !ok {
		return 0, false
	}
	return m, true
}

// pairMayStart reports whether an inline pair may start at text[i]: a digit
// or a minus sign before one, not glued to a word or number before it.
func pairMayStart(text string, lineStart, i int) bool {
	c := text[i]
	if !isASCIIDigit(c) && !(c == '-' && i+1 < len(text) && isASCIIDigit(text[i+1])) {
		return false
	}
	if i == lineStart {
		return true
	}
	switch text[i-1] {
	case ' ', '(', ',', ':', ';':
		return true
	}
	return false
}

// pairAt parses "N = Name" at text[i:end]: an integer, '=', and a name of
// one or more words. Spaces around '=' are optional.
func pairAt(text string, i, end int) (enumPair, bool) {
	p := enumPair{start: i}
	j := i
	if j < end && text[j] == '-' {
		j++
	}
	k := j
	for k < end && isASCIIDigit(text[k]) {
		k++
	}
	if k == j {
		return enumPair{}, false
	}
	v, err := strconv.ParseInt(text[i:k], 10, 64)
	if err != nil {
		return enumPair{}, false
	}
	p.value = v
	k = skipSpaces(text, k, end)
	if k >= end || text[k] != '=' || k+1 < end && text[k+1] == '=' {
		return enumPair{}, false
	}
	k = skipSpaces(text, k+1, end)
	// The first word starts with a letter or '_'.
	if r, _ := utf8.DecodeRuneInString(text[k:end]); !unicode.IsLetter(r) && r != '_' {
		return enumPair{}, false
	}
	nameStart := k
	nameEnd := wordEnd(text, k, end)
	for {
		w := skipSpaces(text, nameEnd, end)
		if w == nameEnd || w >= end {
			break
		}
		r, _ := utf8.DecodeRuneInString(text[w:end])
		if !isWordRune(r) {
			break
		}
		we := wordEnd(text, w, end)
		// A number followed by '=' starts the next pair, not a word.
		if isASCIIDigit(text[w]) {
			if n := skipSpaces(text, we, end); n < end && text[n] == '=' {
				break
			}
		}
		nameEnd = we
	}
	p.name = collapseSpace(text[nameStart:nameEnd])
	p.nameEnd, p.end = nameEnd, nameEnd
	return p, true
}

// wordEnd returns the end of the word at text[i:end]: word runes, and
// hyphens between two of them.
func wordEnd(text string, i, end int) int {
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		if isWordRune(r) {
			i += size
			continue
		}
		if r == '-' && i+1 < end {
			if r2, _ := utf8.DecodeRuneInString(text[i+1 : end]); isWordRune(r2) {
				i++
				continue
			}
		}
		break
	}
	return i
}

func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r)
}

// matchParens returns, for each '(' in text, the index of the ')' that
// closes it on the same line, or -1; other entries are -1.
func matchParens(text string) []int {
	closing := make([]int, len(text))
	var open []int
	for i := range len(text) {
		closing[i] = -1
		switch text[i] {
		case '(':
			open = append(open, i)
		case ')':
			if n := len(open); n > 0 {
				closing[open[n-1]] = i
				open = open[:n-1]
			}
		case '\n':
			open = open[:0]
		}
	}
	return closing
}

func skipSpaces(text string, i, end int) int {
	for i < end && text[i] == ' ' {
		i++
	}
	return i
}
