// Package textdiff computes line-based unified diffs.
//
// Unified compares two texts line by line with Myers' O(ND) algorithm and
// formats the result the way diff -u and git diff do, so the output can be
// read by people and applied with patch(1) or git apply. When two texts are
// so different that an exact minimal diff would cost too much time or memory,
// it settles for a coarser (still correct) diff anchored on lines that occur
// exactly once in both texts.
package textdiff

import (
	"bytes"
	"fmt"
	"strings"
)

// context is the number of unchanged lines shown around each change.
const context = 3

// maxEditDistance bounds the Myers search. The search keeps one snapshot of
// its frontier per step, (D+1)² small integers in all, and takes time
// proportional to (N+M)·D; past this many inserted plus deleted lines the
// region is diffed by the anchored fallback instead.
const maxEditDistance = 2000

// maxFallbackDepth bounds how often the anchored fallback recurses into the
// gaps between its anchors before it gives up and replaces a gap wholesale.
const maxFallbackDepth = 4

// Unified returns a unified diff that turns old into new, with oldName and
// newName on its "---" and "+++" lines, hunks headed "@@ -a,b +c,d @@" (the
// counts are always written), three lines of context, and the marker
// "\ No newline at end of file" after a last line that has no newline. It
// returns "" when old and new are equal.
func Unified(oldName, newName string, old, new []byte) string {
	if bytes.Equal(old, new) {
		return ""
	}
	a, b := splitLines(old), splitLines(new)
	ops := diffLines(a, b)

	var sb strings.Builder
	fmt.Fprintf(&sb, "--- %s\n+++ %s\n", oldName, newName)
	for _, h := range hunks(ops) {
		writeHunk(&sb, a, b, ops[h.start:h.end])
	}
	return sb.String()
}

// splitLines splits text into lines, each keeping its "\n"; only the last
// line can lack one.
func splitLines(text []byte) []string {
	if len(text) == 0 {
		return nil
	}
	lines := make([]string, 0, bytes.Count(text, []byte("\n"))+1)
	for len(text) > 0 {
		i := bytes.IndexByte(text, '\n') + 1
		if i == 0 {
			i = len(text)
		}
		lines = append(lines, string(text[:i]))
		text = text[i:]
	}
	return lines
}

// kind is what an edit does with one line.
type kind uint8

const (
	keep kind = iota // the line is in both texts
	del              // the line is only in the old text
	ins              // the line is only in the new text
)

// op is one line of an edit script. ai and bi count the old and new lines
// that come before it, so for keep and del a[ai] is the line, and for keep
// and ins b[bi] is.
type op struct {
	kind   kind
	ai, bi int
}

// diffLines returns an edit script that turns a into b.
func diffLines(a, b []string) []op {
	ids := make(map[string]int, len(a)+len(b))
	intern := func(lines []string) []int {
		out := make([]int, len(lines))
		for i, l := range lines {
			id, ok := ids[l]
			if !ok {
				id = len(ids)
				ids[l] = id
			}
			out[i] = id
		}
		return out
	}
	s := script{ops: make([]op, 0, len(a)+len(b))}
	s.diff(intern(a), intern(b), 0)
	return s.ops
}

// script accumulates an edit script in order.
type script struct {
	ops    []op
	ai, bi int // lines of a and b consumed so far
}

func (s *script) add(k kind, n int) {
	for range n {
		s.ops = append(s.ops, op{kind: k, ai: s.ai, bi: s.bi})
		switch k {
		case keep:
			s.ai++
			s.bi++
		case del:
			s.ai++
		case ins:
			s.bi++
		}
	}
}

// diff appends a script turning a into b; depth counts the anchored
// fallbacks that led here.
func (s *script) diff(a, b []int, depth int) {
	pre := 0
	for pre < len(a) && pre < len(b) && a[pre] == b[pre] {
		pre++
	}
	s.add(keep, pre)
	a, b = a[pre:], b[pre:]
	suf := 0
	for suf < len(a) && suf < len(b) && a[len(a)-1-suf] == b[len(b)-1-suf] {
		suf++
	}
	a, b = a[:len(a)-suf], b[:len(b)-suf]

	switch {
	case len(a) == 0 || len(b) == 0:
		s.add(del, len(a))
		s.add(ins, len(b))
	default:
		if kinds, ok := myers(a, b, maxEditDistance); ok {
			for _, k := range kinds {
				s.add(k, 1)
			}
		} else if depth < maxFallbackDepth {
			s.anchored(a, b, depth)
		} else {
			s.add(del, len(a))
			s.add(ins, len(b))
		}
	}
	s.add(keep, suf)
}

// myers returns the kinds of a shortest edit script turning a into b, or
// false when that script has more than maxD inserted and deleted lines.
func myers(a, b []int, maxD int) ([]kind, bool) {
	n, m := len(a), len(b)
	maxD = min(maxD, n+m)
	// v[off+k] is the furthest x reached on diagonal k = x-y.
	off := maxD + 1
	v := make([]int32, 2*maxD+3)
	// trace[d] is v[off-d : off+d+1] after step d.
	var trace [][]int32
	for d := 0; d <= maxD; d++ {
		for k := -d; k <= d; k += 2 {
			var x int
			if k == -d || (k != d && v[off+k-1] < v[off+k+1]) {
				x = int(v[off+k+1]) // down: insert b[y-1]
			} else {
				x = int(v[off+k-1]) + 1 // right: delete a[x-1]
			}
			y := x - k
			for x < n && y < m && a[x] == b[y] {
				x++
				y++
			}
			v[off+k] = int32(x)
			if x >= n && y >= m {
				return backtrack(trace, d, n, m), true
			}
		}
		trace = append(trace, append([]int32(nil), v[off-d:off+d+1]...))
	}
	return nil, false
}

// backtrack walks the Myers trace back from (n, m), reached at step d, and
// returns the edit script in forward order.
func backtrack(trace [][]int32, d, n, m int) []kind {
	kinds := make([]kind, 0, n+m)
	x, y := n, m
	for ; d > 0; d-- {
		prev := trace[d-1]
		at := func(k int) int { return int(prev[k+d-1]) }
		k := x - y
		var px, py, mx int
		var edit kind
		if k == -d || (k != d && at(k-1) < at(k+1)) {
			px = at(k + 1)
			py = px - k - 1
			mx, edit = px, ins
		} else {
			px = at(k - 1)
			py = px - k + 1
			mx, edit = px+1, del
		}
		for ; x > mx; x-- {
			kinds = append(kinds, keep)
		}
		kinds = append(kinds, edit)
		x, y = px, py
	}
	for ; x > 0; x-- {
		kinds = append(kinds, keep)
	}
	for i, j := 0, len(kinds)-1; i < j; i, j = i+1, j-1 {
		kinds[i], kinds[j] = kinds[j], kinds[i]
	}
	return kinds
}

// anchored appends a script turning a into b that keeps the longest
// in-order sequence of lines occurring exactly once in a and once in b (as
// patience diff does) and diffs the gaps between them recursively. With no
// such line it deletes a and inserts b.
func (s *script) anchored(a, b []int, depth int) {
	type pair struct{ i, j int }
	count := make(map[int]int, len(a))
	for _, id := range a {
		count[id]++
	}
	inB := make(map[int]int, len(b)) // id -> its index in b, or -1 if repeated
	for j, id := range b {
		if _, seen := inB[id]; seen {
			inB[id] = -1
		} else {
			inB[id] = j
		}
	}
	var cands []pair
	for i, id := range a {
		if count[id] == 1 {
			if j, ok := inB[id]; ok && j >= 0 {
				cands = append(cands, pair{i, j})
			}
		}
	}
	// Longest increasing subsequence of cands by j (patience sorting).
	tails := []int{}                  // tails[l]: index in cands ending an increasing run of length l+1
	prevOf := make([]int, len(cands)) // predecessor in that run, or -1
	for c, p := range cands {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if cands[tails[mid]].j < p.j {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		prevOf[c] = -1
		if lo > 0 {
			prevOf[c] = tails[lo-1]
		}
		if lo == len(tails) {
			tails = append(tails, c)
		} else {
			tails[lo] = c
		}
	}
	if len(tails) == 0 {
		s.add(del, len(a))
		s.add(ins, len(b))
		return
	}
	anchors := make([]pair, len(tails))
	for c, l := tails[len(tails)-1], len(tails)-1; c >= 0; c, l = prevOf[c], l-1 {
		anchors[l] = cands[c]
	}
	i, j := 0, 0
	for _, p := range anchors {
		s.diff(a[i:p.i], b[j:p.j], depth+1)
		s.add(keep, 1)
		i, j = p.i+1, p.j+1
	}
	s.diff(a[i:], b[j:], depth+1)
}

// hunk is a range of an edit script shown as one hunk.
type hunk struct{ start, end int }

// hunks groups the changes in ops into hunks with context lines around
// them, merging changes that are at most 2*context unchanged lines apart.
func hunks(ops []op) []hunk {
	var hs []hunk
	i := 0
	for {
		for i < len(ops) && ops[i].kind == keep {
			i++
		}
		if i == len(ops) {
			return hs
		}
		start := max(i-context, 0)
		end := i
		for {
			for end < len(ops) && ops[end].kind != keep {
				end++
			}
			j := end
			for j < len(ops) && ops[j].kind == keep {
				j++
			}
			if j == len(ops) || j-end > 2*context {
				break
			}
			end = j
		}
		end = min(end+context, len(ops))
		hs = append(hs, hunk{start, end})
		i = end
	}
}

// writeHunk writes one hunk: its header and its lines.
func writeHunk(sb *strings.Builder, a, b []string, ops []op) {
	var na, nb int
	for _, o := range ops {
		if o.kind != ins {
			na++
		}
		if o.kind != del {
			nb++
		}
	}
	// An empty range is numbered by the line before it, as diff -u does.
	sa, sb1 := ops[0].ai, ops[0].bi
	if na > 0 {
		sa++
	}
	if nb > 0 {
		sb1++
	}
	fmt.Fprintf(sb, "@@ -%d,%d +%d,%d @@\n", sa, na, sb1, nb)
	for _, o := range ops {
		switch o.kind {
		case keep:
			writeLine(sb, ' ', a[o.ai])
		case del:
			writeLine(sb, '-', a[o.ai])
		case ins:
			writeLine(sb, '+', b[o.bi])
		}
	}
}

func writeLine(sb *strings.Builder, prefix byte, line string) {
	sb.WriteByte(prefix)
	sb.WriteString(line)
	if !strings.HasSuffix(line, "\n") {
		sb.WriteString("\n\\ No newline at end of file\n")
	}
}
