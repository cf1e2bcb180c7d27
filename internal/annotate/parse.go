package annotate

import (
	"html"
	"strings"
	"unicode/utf8"
)

// Description is a parsed description: the original text, its plain-text
// form, and the mapping from plain text back to the original.
//
// The plain text is the original with HTML understood: <br> (and block tags
// such as <p>, <li>, <div>) become '\n', other tags are dropped (the text of
// a link is kept, its URL is not), entities are decoded, and tabs, carriage
// returns and no-break spaces become ' '. Each plain-text byte comes from one
// unit of the original (a rune, an entity or a tag), so any plain-text range
// maps back to a range of whole units.
type Description struct {
	original string
	text     string
	from, to []int    // plain byte i came from original[from[i]:to[i]]
	lines    [][2]int // plain-text lines [start, end), split at '\n'
}

// Parse parses a description. It never fails: text that is not well-formed
// HTML is kept as text.
func Parse(original string) *Description {
	d := &Description{
		original: original,
		from:     make([]int, 0, len(original)),
		to:       make([]int, 0, len(original)),
	}
	var b strings.Builder
	b.Grow(len(original))
	add := func(s string, start, end int) {
		b.WriteString(s)
		for range len(s) {
			d.from = append(d.from, start)
			d.to = append(d.to, end)
		}
	}
	scanHTML(original, func(t token) {
		switch t.kind {
		case textToken:
			forEachUnit(original, t.start, t.end, func(s string, start, end int) {
				add(plainUnit(s), start, end)
			})
		case tagToken:
			if lineBreakTag(t.name) {
				add("\n", t.start, t.end)
			}
		}
	})
	d.text = b.String()
	start := 0
	for i := 0; i <= len(d.text); i++ {
		if i == len(d.text) || d.text[i] == '\n' {
			d.lines = append(d.lines, [2]int{start, i})
			start = i + 1
		}
	}
	return d
}

// Original returns the description as given to Parse.
func (d *Description) Original() string { return d.original }

// Text returns the plain-text form of the description.
func (d *Description) Text() string { return d.text }

// Span maps the plain-text byte range [start, end) back to the original. The
// result covers every unit (rune, entity, tag) that the range touches, so it
// always falls on rune boundaries. Out-of-range arguments are clamped.
func (d *Description) Span(start, end int) Span {
	n := len(d.text)
	start = min(max(start, 0), n)
	end = min(max(end, start), n)
	if start == end {
		p := 0
		switch {
		case start < n:
			p = d.from[start]
		case n > 0:
			p = d.to[n-1]
		}
		return Span{p, p}
	}
	return Span{d.from[start], d.to[end-1]}
}

// plainUnit is the plain-text form of one decoded unit of text.
func plainUnit(s string) string {
	switch s {
	case "\t", "\r", "\f", "\v", "\u00a0":
		return " "
	}
	return s
}

// lineBreakTag reports whether a tag breaks the line in plain text.
func lineBreakTag(name string) bool {
	switch name {
	case "br", "p", "div", "li", "ul", "ol", "tr", "table", "hr", "pre", "blockquote",
		"h1", "h2", "h3", "h4", "h5", "h6":
		return true
	}
	return false
}

type tokenKind uint8

const (
	textToken    tokenKind = iota
	tagToken               // a start or end tag
	commentToken           // <!-- -->, <!DOCTYPE>, <?...?>: dropped
)

type token struct {
	kind       tokenKind
	start, end int    // byte range in the original
	name       string // tag: lower-case name
	closing    bool   // tag: an end tag (</a>)
	href       string // <a> start tag: the href attribute, entities decoded
}

// scanHTML splits s into text, tags and comments. A '<' that does not start
// a complete tag (no name, no closing '>', an unclosed quote) is text.
func scanHTML(s string, yield func(token)) {
	textStart := 0
	lastCommentEnd := strings.LastIndex(s, "-->")
	for i := 0; i < len(s); {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 {
			break
		}
		i += j
		t, ok := tagAt(s, i, lastCommentEnd)
		if !ok {
			i++
			continue
		}
		if textStart < i {
			yield(token{kind: textToken, start: textStart, end: i})
		}
		yield(t)
		i = t.end
		textStart = i
	}
	if textStart < len(s) {
		yield(token{kind: textToken, start: textStart, end: len(s)})
	}
}

// maxTagLen bounds the length of a tag (not of a comment), so that text
// with many '<' and no '>' is scanned in linear time.
const maxTagLen = 4096

// tagAt parses the tag or comment that starts at s[i] == '<'. lastCommentEnd
// is the index of the last "-->" in s (-1 if none).
func tagAt(s string, i, lastCommentEnd int) (token, bool) {
	rest := s[i:]
	if strings.HasPrefix(rest, "<!--") {
		if lastCommentEnd < i+4 {
			return token{}, false
		}
		k := strings.Index(rest[4:], "-->")
		return token{kind: commentToken, start: i, end: i + 4 + k + 3}, true
	}
	s = s[:min(len(s), i+maxTagLen)]
	rest = s[i:]
	if strings.IndexByte(rest, '>') < 0 {
		return token{}, false
	}
	if strings.HasPrefix(rest, "<!") || strings.HasPrefix(rest, "<?") {
		k := strings.IndexByte(rest, '>')
		if k < 0 {
			return token{}, false
		}
		return token{kind: commentToken, start: i, end: i + k + 1}, true
	}
	t := token{kind: tagToken, start: i}
	j := i + 1
	if j < len(s) && s[j] == '/' {
		t.closing = true
		j++
	}
	if j >= len(s) || !isASCIILetter(s[j]) {
		return token{}, false
	}
	k := j
	for k < len(s) && (isASCIILetter(s[k]) || isASCIIDigit(s[k]) || s[k] == '-' || s[k] == ':') {
		k++
	}
	t.name = strings.ToLower(s[j:k])
	if k < len(s) && !isHTMLSpace(s[k]) && s[k] != '/' && s[k] != '>' {
		return token{}, false
	}
	// Attributes, up to the closing '>'.
	for k < len(s) {
		c := s[k]
		switch {
		case c == '>':
			t.end = k + 1
			return t, true
		case isHTMLSpace(c) || c == '/':
			k++
			continue
		}
		nameStart := k
		for k < len(s) && !isHTMLSpace(s[k]) && s[k] != '>' && s[k] != '/' && (s[k] != '=' || k == nameStart) {
			k++
		}
		attr := strings.ToLower(s[nameStart:k])
		m := k
		for m < len(s) && isHTMLSpace(s[m]) {
			m++
		}
		if m >= len(s) || s[m] != '=' {
			continue
		}
		k = m + 1
		for k < len(s) && isHTMLSpace(s[k]) {
			k++
		}
		if k >= len(s) {
			break
		}
		var value string
		if q := s[k]; q == '"' || q == '\'' {
			e := strings.IndexByte(s[k+1:], q)
			if e < 0 {
				return token{}, false
			}
			value = s[k+1 : k+1+e]
			k += e + 2
		} else {
			vs := k
			for k < len(s) && !isHTMLSpace(s[k]) && s[k] != '>' {
				k++
			}
			value = s[vs:k]
		}
		if attr == "href" && t.name == "a" && !t.closing {
			t.href = html.UnescapeString(value)
		}
	}
	return token{}, false
}

// forEachUnit calls fn for each unit of the text s[start:end]: a character
// reference (fn gets its decoded text) or a rune (fn gets its bytes; an
// invalid byte is a unit of its own).
func forEachUnit(s string, start, end int, fn func(text string, start, end int)) {
	for i := start; i < end; {
		if s[i] == '&' {
			if n, dec, ok := entityAt(s[i:end]); ok {
				fn(dec, i, i+n)
				i += n
				continue
			}
		}
		_, size := utf8.DecodeRuneInString(s[i:end])
		fn(s[i:i+size], i, i+size)
		i += size
	}
}

// entityAt decodes the character reference at the start of s ("&gt;",
// "&#39;", "&#x27;"). Only references ended by ';' count.
func entityAt(s string) (n int, decoded string, ok bool) {
	j := 1
	allowed := func(c byte) bool { return isASCIILetter(c) || isASCIIDigit(c) }
	numeric := j < len(s) && s[j] == '#'
	if numeric {
		j++
		allowed = isASCIIDigit
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
			allowed = isHexDigit
		}
	}
	for k := j; k < len(s) && k < 40; k++ {
		c := s[k]
		if c == ';' {
			if k == j {
				return 0, "", false
			}
			ref := s[:k+1]
			dec := html.UnescapeString(ref)
			// html.UnescapeString also decodes a prefix ("&ampx;" -> "&x;"),
			// as browsers do for a few legacy names; only whole references count.
			if dec == ref || !numeric && dec == html.UnescapeString(ref[:k])+";" {
				return 0, "", false
			}
			return k + 1, dec, true
		}
		if !allowed(c) {
			return 0, "", false
		}
	}
	return 0, "", false
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isASCIIDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isHexDigit(c byte) bool    { return isASCIIDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isHTMLSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}
