package annotate

import (
	"strings"
	"testing"
)

func TestParseText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain text", "plain text"},
		{"a<br>b<br/>c<br />d<BR>e</br>f", "a\nb\nc\nd\ne\nf"},
		{"a<p>b</p>c<li>d</li>", "a\nb\nc\nd\n"},
		{"<b>bold</b> and <i>it</i>", "bold and it"},
		{"Learn about <a href='/x#y'>here</a>.", "Learn about here."},
		{"a &gt; b &amp;&amp; c &lt; d &#39;e&#39; &#x27;f&#x27; &quot;g&quot;", `a > b && c < d 'e' 'f' "g"`},
		{"a&nbsp;b\tc\r\nd", "a b c \nd"},
		{"&eacute;t&eacute;", "été"},
		{"x < 5 and y<5 and 3<>4", "x < 5 and y<5 and 3<>4"},
		{"AT&T &amp &ampx; &#12a; &#; &unknown; & ;", "AT&T &amp &ampx; &#12a; &#; &unknown; & ;"},
		{"a<!-- hidden -->b<!DOCTYPE html>c<?x?>d", "abcd"},
		{"a<!-- unclosed", "a<!-- unclosed"},
		{"unclosed <a href='x", "unclosed <a href='x"},
		{"unclosed <b", "unclosed <b"},
		{"<a href=\"x>y\">t</a>", "t"},
		{"<a href=x title='q'>t</a>", "t"},
		{"<john@example.com>", "<john@example.com>"},
		{"<1>", "<1>"},
		{"</>", "</>"},
		{"a&#10;b", "a\nb"},
		{"\xff<br>\xfe", "\xff\n\xfe"},
	}
	for _, tt := range tests {
		if got := Parse(tt.in).Text(); got != tt.want {
			t.Errorf("Parse(%q).Text() = %q, want %q", tt.in, got, tt.want)
		}
		if got := Parse(tt.in).Original(); got != tt.in {
			t.Errorf("Parse(%q).Original() = %q", tt.in, got)
		}
	}
}

func TestParseSpan(t *testing.T) {
	tests := []struct {
		in    string
		plain string // a substring of the plain text
		want  string // the original text it maps to
	}{
		{"a<br>b", "\n", "<br>"},
		{"a<br>b", "a\nb", "a<br>b"},
		{"x &gt; y", ">", "&gt;"},
		{"x &gt; y", "x > y", "x &gt; y"},
		{"&eacute;t&eacute;", "é", "&eacute;"},
		{"&eacute;t&eacute;", "été", "&eacute;t&eacute;"},
		{"Zoë <b>MaxLength</b>: 5", "ë", "ë"},
		{"Zoë <b>MaxLength</b>: 5", "MaxLength: 5", "MaxLength</b>: 5"},
		{"<i>a</i>", "a", "a"},
		{"a&nbsp;b", " ", "&nbsp;"},
	}
	for _, tt := range tests {
		d := Parse(tt.in)
		i := strings.Index(d.Text(), tt.plain)
		if i < 0 {
			t.Errorf("%q not in the plain text %q of %q", tt.plain, d.Text(), tt.in)
			continue
		}
		s := d.Span(i, i+len(tt.plain))
		if got := tt.in[s.Start:s.End]; got != tt.want {
			t.Errorf("Parse(%q).Span of %q = %v %q, want %q", tt.in, tt.plain, s, got, tt.want)
		}
	}
}

func TestParseSpanEdges(t *testing.T) {
	d := Parse("é<br>x")
	// A range that starts inside a rune covers the whole rune.
	if got := d.Span(1, 2); got != (Span{0, 2}) {
		t.Errorf("Span(1, 2) = %v, want [0,2)", got)
	}
	tests := []struct {
		start, end int
		want       Span
	}{
		{0, 0, Span{0, 0}},
		{2, 2, Span{2, 2}},
		{3, 3, Span{6, 6}},    // before the x
		{4, 4, Span{7, 7}},    // the end of the text
		{9, 9, Span{7, 7}},    // clamped to the end
		{-5, 100, Span{0, 7}}, // clamped
		{3, 1, Span{6, 6}},    // end before start
		{2, 3, Span{2, 6}},    // the <br>
	}
	for _, tt := range tests {
		if got := d.Span(tt.start, tt.end); got != tt.want {
			t.Errorf("Span(%d, %d) = %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
	if got := Parse("").Span(0, 0); got != (Span{0, 0}) {
		t.Errorf("empty: %v", got)
	}
	if got := Parse("<br><b>").Span(1, 1); got != (Span{4, 4}) {
		t.Errorf("after the last unit: %v, want [4,4)", got)
	}
}
