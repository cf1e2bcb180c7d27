package textdiff

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

// numbered returns the lines "1\n" to "n\n".
func numbered(n int) string {
	var sb strings.Builder
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&sb, "%d\n", i)
	}
	return sb.String()
}

func TestUnified(t *testing.T) {
	const h = "--- old\n+++ new\n"
	tests := []struct {
		name     string
		old, new string
		want     string
	}{
		{name: "identical", old: "a\nb\n", new: "a\nb\n", want: ""},
		{name: "both empty", old: "", new: "", want: ""},
		{name: "identical without newline", old: "a", new: "a", want: ""},
		{
			name: "from empty",
			old:  "", new: "a\nb\n",
			want: h + "@@ -0,0 +1,2 @@\n+a\n+b\n",
		},
		{
			name: "to empty",
			old:  "a\nb\n", new: "",
			want: h + "@@ -1,2 +0,0 @@\n-a\n-b\n",
		},
		{
			name: "from empty without newline",
			old:  "", new: "x",
			want: h + "@@ -0,0 +1,1 @@\n+x\n\\ No newline at end of file\n",
		},
		{
			name: "insert in the middle",
			old:  numbered(10), new: strings.Replace(numbered(10), "5\n", "5\nx\n", 1),
			want: h + "@@ -3,6 +3,7 @@\n 3\n 4\n 5\n+x\n 6\n 7\n 8\n",
		},
		{
			name: "insert at start",
			old:  numbered(5), new: "0\n" + numbered(5),
			want: h + "@@ -1,3 +1,4 @@\n+0\n 1\n 2\n 3\n",
		},
		{
			name: "insert at end",
			old:  numbered(5), new: numbered(5) + "6\n",
			want: h + "@@ -3,3 +3,4 @@\n 3\n 4\n 5\n+6\n",
		},
		{
			name: "delete at start",
			old:  numbered(5), new: "2\n3\n4\n5\n",
			want: h + "@@ -1,4 +1,3 @@\n-1\n 2\n 3\n 4\n",
		},
		{
			name: "delete in the middle",
			old:  numbered(9), new: strings.Replace(numbered(9), "5\n", "", 1),
			want: h + "@@ -2,7 +2,6 @@\n 2\n 3\n 4\n-5\n 6\n 7\n 8\n",
		},
		{
			name: "delete at end",
			old:  numbered(5), new: numbered(4),
			want: h + "@@ -2,4 +2,3 @@\n 2\n 3\n 4\n-5\n",
		},
		{
			name: "change at end",
			old:  numbered(5), new: numbered(4) + "X\n",
			want: h + "@@ -2,4 +2,4 @@\n 2\n 3\n 4\n-5\n+X\n",
		},
		{
			name: "change at start",
			old:  numbered(5), new: "X\n" + strings.TrimPrefix(numbered(5), "1\n"),
			want: h + "@@ -1,4 +1,4 @@\n-1\n+X\n 2\n 3\n 4\n",
		},
		{
			name: "newline added at end",
			old:  "a\nb", new: "a\nb\n",
			want: h + "@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n",
		},
		{
			name: "newline removed at end",
			old:  "a\nb\n", new: "a\nb",
			want: h + "@@ -1,2 +1,2 @@\n a\n-b\n+b\n\\ No newline at end of file\n",
		},
		{
			name: "unchanged last line without newline",
			old:  "a\nb\nc", new: "a\nB\nc",
			want: h + "@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n\\ No newline at end of file\n",
		},
		{
			name: "changes far apart make two hunks",
			old:  numbered(20),
			new:  strings.Replace(strings.Replace(numbered(20), "3\n", "C\n", 1), "17\n", "S\n", 1),
			want: h + "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+C\n 4\n 5\n 6\n" +
				"@@ -14,7 +14,7 @@\n 14\n 15\n 16\n-17\n+S\n 18\n 19\n 20\n",
		},
		{
			name: "changes six lines apart share a hunk",
			old:  numbered(12),
			new:  strings.Replace(strings.Replace(numbered(12), "3\n", "C\n", 1), "10\n", "T\n", 1),
			want: h + "@@ -1,12 +1,12 @@\n 1\n 2\n-3\n+C\n 4\n 5\n 6\n 7\n 8\n 9\n-10\n+T\n 11\n 12\n",
		},
		{
			name: "changes seven lines apart do not",
			old:  numbered(13),
			new:  strings.Replace(strings.Replace(numbered(13), "3\n", "C\n", 1), "11\n", "T\n", 1),
			want: h + "@@ -1,6 +1,6 @@\n 1\n 2\n-3\n+C\n 4\n 5\n 6\n" +
				"@@ -8,6 +8,6 @@\n 8\n 9\n 10\n-11\n+T\n 12\n 13\n",
		},
		{
			name: "minimal edit keeps the common lines",
			old:  "a\nb\nc\na\nb\nb\na\n", new: "c\nb\na\nb\na\nc\n",
			// The Myers paper's example: five edits.
			want: h + "@@ -1,7 +1,6 @@\n-a\n-b\n c\n+b\n a\n b\n-b\n a\n+c\n",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unified("old", "new", []byte(tt.old), []byte(tt.new))
			if got != tt.want {
				t.Errorf("Unified(%q, %q) =\n%s\nwant\n%s", tt.old, tt.new, got, tt.want)
			}
			checkApplies(t, tt.old, tt.new, got)
		})
	}
}

// checkApplies fails t unless diff, applied to old, yields new.
func checkApplies(t *testing.T, old, new, diff string) {
	t.Helper()
	got, err := apply(old, diff)
	if err != nil {
		t.Fatalf("applying the diff: %v\nold %q\nnew %q\ndiff:\n%s", err, old, new, diff)
	}
	if got != new {
		t.Fatalf("applying the diff gives %q, want %q\ndiff:\n%s", got, new, diff)
	}
}

// apply applies a unified diff produced by Unified to old, checking every
// header count, context line and removed line on the way.
func apply(old, diff string) (string, error) {
	if diff == "" {
		return old, nil
	}
	src := splitLines([]byte(old))
	lines := splitLines([]byte(diff))
	if len(lines) < 2 || !strings.HasPrefix(lines[0], "--- ") || !strings.HasPrefix(lines[1], "+++ ") {
		return "", fmt.Errorf("missing ---/+++ header")
	}
	lines = lines[2:]
	var out strings.Builder
	next := 0 // index in src of the next line not yet copied
	for len(lines) > 0 {
		var a, na, b, nb int
		if _, err := fmt.Sscanf(lines[0], "@@ -%d,%d +%d,%d @@\n", &a, &na, &b, &nb); err != nil {
			return "", fmt.Errorf("bad hunk header %q: %v", lines[0], err)
		}
		lines = lines[1:]
		start := a - 1 // index in src of the hunk's first old line
		if na == 0 {
			start = a
		}
		if start < next || start > len(src) {
			return "", fmt.Errorf("hunk at -%d out of order or range", a)
		}
		for _, l := range src[next:start] {
			out.WriteString(l)
		}
		wantB := b - 1 // new lines before the hunk
		if nb == 0 {
			wantB = b
		}
		if n := strings.Count(out.String(), "\n"); n != wantB {
			return "", fmt.Errorf("hunk +%d,%d follows %d new lines", b, nb, n)
		}
		next = start
		seenA, seenB := 0, 0
		for len(lines) > 0 && !strings.HasPrefix(lines[0], "@@") {
			l := lines[0]
			lines = lines[1:]
			text := l[1:]
			if len(lines) > 0 && strings.HasPrefix(lines[0], "\\") {
				if lines[0] != "\\ No newline at end of file\n" {
					return "", fmt.Errorf("bad marker %q", lines[0])
				}
				lines = lines[1:]
				text = strings.TrimSuffix(text, "\n")
			}
			switch l[0] {
			case ' ', '-':
				if next >= len(src) || src[next] != text {
					return "", fmt.Errorf("line %d: diff has %q, old has other text", next+1, text)
				}
				next++
				seenA++
				if l[0] == ' ' {
					out.WriteString(text)
					seenB++
				}
			case '+':
				out.WriteString(text)
				seenB++
			default:
				return "", fmt.Errorf("bad hunk line %q", l)
			}
		}
		if seenA != na || seenB != nb {
			return "", fmt.Errorf("hunk -%d,%d +%d,%d has %d old and %d new lines", a, na, b, nb, seenA, seenB)
		}
	}
	for _, l := range src[next:] {
		out.WriteString(l)
	}
	return out.String(), nil
}

// randomText returns n lines drawn from an alphabet of k distinct lines,
// without a final newline when noEOL is set.
func randomText(r *rand.Rand, n, k int, noEOL bool) string {
	var sb strings.Builder
	for range n {
		sb.WriteString(strconv.Itoa(r.IntN(k)))
		sb.WriteByte('\n')
	}
	s := sb.String()
	if noEOL {
		s = strings.TrimSuffix(s, "\n")
	}
	return s
}

// mutate returns text with about edits random lines inserted, deleted or
// changed.
func mutate(r *rand.Rand, text string, edits int) string {
	lines := splitLines([]byte(text))
	for range edits {
		i := r.IntN(len(lines) + 1)
		switch r.IntN(3) {
		case 0:
			lines = append(lines[:i], append([]string{"new " + strconv.Itoa(r.Int()) + "\n"}, lines[i:]...)...)
		case 1:
			if i < len(lines) {
				lines = append(lines[:i], lines[i+1:]...)
			}
		case 2:
			if i < len(lines) {
				lines[i] = "changed " + strconv.Itoa(r.Int()) + "\n"
			}
		}
	}
	return strings.Join(lines, "")
}

func TestUnifiedRandomApplies(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 500 {
		old := randomText(r, r.IntN(40), 1+r.IntN(6), r.IntN(4) == 0)
		new := randomText(r, r.IntN(40), 1+r.IntN(6), r.IntN(4) == 0)
		if i%2 == 0 {
			new = mutate(r, old, r.IntN(5))
		}
		checkApplies(t, old, new, Unified("a", "b", []byte(old), []byte(new)))
	}
}

// TestUnifiedMinimal checks that small inputs get a shortest edit script by
// comparing the number of changed lines with a quadratic LCS.
func TestUnifiedMinimal(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 300 {
		a := splitLines([]byte(randomText(r, r.IntN(30), 1+r.IntN(5), false)))
		b := splitLines([]byte(randomText(r, r.IntN(30), 1+r.IntN(5), false)))
		changed := 0
		for _, o := range diffLines(a, b) {
			if o.kind != keep {
				changed++
			}
		}
		if want := len(a) + len(b) - 2*lcs(a, b); changed != want {
			t.Fatalf("diff of %q and %q changes %d lines, want %d", a, b, changed, want)
		}
	}
}

func lcs(a, b []string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// TestUnifiedLarge exercises the fallback for texts that differ too much for
// the Myers search: the diff must still apply.
func TestUnifiedLarge(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	tests := map[string][2]string{
		"unrelated":             {randomText(r, 20000, 1<<30, false), randomText(r, 20000, 1<<30, false)},
		"unrelated, few values": {randomText(r, 20000, 10, false), randomText(r, 20000, 10, true)},
	}
	base := randomText(r, 20000, 1<<30, false)
	tests["many scattered edits"] = [2]string{base, mutate(r, base, 3000)}
	tests["few edits"] = [2]string{base, mutate(r, base, 20)}
	for name, tt := range tests {
		t.Run(name, func(t *testing.T) {
			checkApplies(t, tt[0], tt[1], Unified("a", "b", []byte(tt[0]), []byte(tt[1])))
		})
	}
}

func TestMyersLimit(t *testing.T) {
	a := []int{1, 2, 3, 4}
	b := []int{5, 6, 7, 8}
	if _, ok := myers(a, b, 7); ok {
		t.Error("myers found an 8-edit script within a limit of 7")
	}
	if kinds, ok := myers(a, b, 8); !ok || len(kinds) != 8 {
		t.Errorf("myers with a limit of 8 = %v, %v; want 8 edits", kinds, ok)
	}
}

func FuzzUnified(f *testing.F) {
	f.Add([]byte(""), []byte(""))
	f.Add([]byte("a\nb\nc\n"), []byte("a\nc\n"))
	f.Add([]byte("a\nb"), []byte("a\nb\n"))
	f.Add([]byte(numbered(20)), []byte(strings.Replace(numbered(20), "9\n", "nine\n", 1)))
	f.Add([]byte("a\nb\nc\na\nb\nb\na\n"), []byte("c\nb\na\nb\na\nc\n"))
	f.Fuzz(func(t *testing.T, old, new []byte) {
		diff := Unified("old", "new", old, new)
		if bytes.Equal(old, new) != (diff == "") {
			t.Fatalf("Unified(%q, %q) = %q: empty exactly when equal", old, new, diff)
		}
		checkApplies(t, string(old), string(new), diff)
	})
}

func BenchmarkUnified(b *testing.B) {
	r := rand.New(rand.NewPCG(7, 8))
	base := randomText(r, 20000, 1<<30, false)
	cases := []struct{ name, old, new string }{
		{"20k lines, 20 edits", base, mutate(r, base, 20)},
		{"20k lines, 3000 edits", base, mutate(r, base, 3000)},
		{"20k lines, unrelated", base, randomText(r, 20000, 1<<30, false)},
		{"20k lines, unrelated, 10 values", randomText(r, 20000, 10, false), randomText(r, 20000, 10, false)},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			old, new := []byte(c.old), []byte(c.new)
			b.ReportAllocs()
			for b.Loop() {
				Unified("a", "b", old, new)
			}
		})
	}
}
