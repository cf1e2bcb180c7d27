package annotate

import (
	"strings"
	"unicode"
)

// DocText turns a description into Go doc comment text: <br> and <br/>
// become line breaks (two in a row: a paragraph break), <p> and other block
// tags break paragraphs, <li> starts a "- " line, <a href="u">t</a> becomes
// "t (u)" (or just u when t == u or t is empty), other tags are dropped,
// entities are decoded, runs of spaces collapsed and lines trimmed. The result
// has no leading or trailing blank line and no trailing newline, holds valid
// UTF-8 without control characters other than '\n', and is safe to put after
// "// ". DocText is deterministic and never panics.
func DocText(description string) string {
	var b strings.Builder
	linkStart, href := -1, ""
	closeLink := func() {
		if linkStart < 0 {
			return
		}
		text := collapseSpace(b.String()[linkStart:])
		u := collapseSpace(strings.Map(docRune, href))
		switch {
		case u == "" || text == u:
		case text == "":
			b.WriteString(u)
		default:
			b.WriteString(" (" + u + ")")
		}
		linkStart, href = -1, ""
	}
	scanHTML(description, func(t token) {
		switch t.kind {
		case textToken:
			forEachUnit(description, t.start, t.end, func(s string, _, _ int) {
				b.WriteString(strings.Map(docRune, s))
			})
		case tagToken:
			switch t.name {
			case "a":
				closeLink()
				if !t.closing {
					linkStart, href = b.Len(), t.href
				}
			case "br", "tr":
				b.WriteByte('\n')
			case "li":
				// Each item on a line of its own, without blank lines between.
				if s := b.String(); s != "" && s[len(s)-1] != '\n' {
					b.WriteByte('\n')
				}
				if !t.closing {
					b.WriteString("- ")
				}
			default:
				if lineBreakTag(t.name) {
					b.WriteString("\n\n")
				}
			}
		}
	})
	closeLink()

	var out []string
	blank := false
	for line := range strings.SplitSeq(b.String(), "\n") {
		line = collapseSpace(line)
		if line == "" {
			blank = len(out) > 0
			continue
		}
		if blank {
			out = append(out, "")
			blank = false
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// docRune maps a rune of description text to doc text: invalid bytes become
// U+FFFD (strings.Map does that), a byte order mark is dropped, and control
// characters other than '\n' become spaces.
func docRune(r rune) rune {
	switch {
	case r == '\n':
		return r
	case r == '\uFEFF':
		return -1
	case unicode.IsControl(r):
		return ' '
	}
	return r
}

// collapseSpace trims s and turns every run of white space into one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }
