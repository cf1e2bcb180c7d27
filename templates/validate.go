package templates

import (
	"maps"
	"math"
	"math/big"
	"net/netip"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// ValidationError is the error that the generated Validate methods return:
// every violation found in the value, not only the first. Use errors.As to
// get at it:
//
//	var verr *ValidationError
//	if errors.As(err, &verr) {
//		for _, v := range verr.Violations { ... }
//	}
//
// Violations come in the order of the value: struct fields in declaration
// order, slice elements by index, map entries by key.
//
// Error prints one line per violation, in the form described at
// Violation.String.
//
// What Validate checks, from the schema's keywords and from the rules
// norcegen reads in descriptions ("MaxLength: 50"):
//
//   - required: a required pointer, interface, slice, map, string, UUID,
//     Date or time.Time is missing when it is nil, empty or zero; a nullable
//     one may be nil (it is sent as null); a read-only one is not required
//     (the server sets it) and is checked only when it is not empty;
//   - maxLength and minLength, in characters: Unicode code points, so "å"
//     and "日" count one each (a byte of invalid UTF-8 counts one too);
//   - pattern, with Go's regexp package (RE2 syntax), not anchored;
//   - format: uuid, date-time, date, email, uri, ipv4 and ipv6 on strings,
//     and the validity of a Date; other formats are not checked, and the
//     Validate method of a type says which of its formats it skips;
//   - enum membership (IsValid), also with the keepUnknownEnums option;
//   - minimum, maximum, their exclusive forms and multipleOf, on integers,
//     floating-point numbers (multipleOf within a relative 1e-12) and
//     Decimals (exactly);
//   - minItems, maxItems, uniqueItems (items compared as scalars; other
//     items are not compared), minProperties and maxProperties.
//
// An optional value that is absent (a nil pointer, an empty slice or map)
// is not checked. Deprecated fields are checked as any other. Validate
// follows pointers into nested structs, slices and maps: a value that
// refers to itself makes it recurse without end, as encoding/json does.
//
// A valid value is checked without allocating, except for uniqueItems over
// more than 64 items (a map), multipleOf on a Decimal whose divisor has more
// than 18 significant digits (math/big), and a path more than 16 steps deep
// (one slice).
type ValidationError struct {
	// Violations lists the broken rules; Validate never returns a
	// ValidationError without one.
	Violations []Violation
}

// Error returns one line per violation, separated by newlines.
func (e *ValidationError) Error() string {
	if len(e.Violations) == 0 {
		return "validation failed"
	}
	var b strings.Builder
	for i, v := range e.Violations {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(v.String())
	}
	return b.String()
}

// Violation is one broken rule. It never holds the offending value itself,
// which may be personal data, only its measure: a length, a count, a
// number, an enum's integer.
type Violation struct {
	// Path leads from the value Validate was called on to the offending
	// value, in Go names: "Customers[2].Accounts[0].LoginName",
	// `Info["color"]`. It is empty when the value itself is at fault.
	Path string
	// WirePath is Path with the JSON wire names of the fields, as the spec
	// spells them: "Customers[2].Accounts[0].LoginName".
	WirePath string
	// WireName is the wire name of the innermost field on the path: the
	// property name in the spec ("LoginName"). It is empty when the path
	// holds no field.
	WireName string
	// Rule is the JSON Schema keyword that is broken: "required",
	// "maxLength", "minLength", "pattern", "format", "enum", "minimum",
	// "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf",
	// "minItems", "maxItems", "uniqueItems", "minProperties" or
	// "maxProperties".
	Rule string
	// Limit is the rule's argument as text: "50" for maxLength 50, the
	// regular expression of a pattern, the format's name, the enum's Go
	// type name. It is empty for required and uniqueItems.
	Limit string
	// Got is what the value measured: a length in characters (Unicode code
	// points) for maxLength and minLength, a count for the item and
	// property rules, the number for the numeric rules, the integer of an
	// integer enum, "nil" or "empty" for required, "no match" for pattern
	// and format, and the positions of the first two equal items for
	// uniqueItems.
	Got string

	// name is the Go name of the innermost field on the path.
	name string
}

// String returns the violation as one line:
//
//	Path: Rule Limit, got Got
//
// such as "Account.LoginName: maxLength 255, got 256". The path and a colon
// are left out when the path is empty, the limit when it is empty, and a
// pattern is quoted. When the field's wire name differs from its Go name,
// the line ends with it: `CrmID: maxLength 50, got 51 (wire name "CrmId")`.
func (v Violation) String() string {
	var b strings.Builder
	if v.Path != "" {
		b.WriteString(v.Path)
		b.WriteString(": ")
	}
	b.WriteString(v.Rule)
	if v.Limit != "" {
		b.WriteByte(' ')
		if v.Rule == "pattern" {
			b.WriteString(strconv.Quote(v.Limit))
		} else {
			b.WriteString(v.Limit)
		}
	}
	b.WriteString(", got ")
	b.WriteString(v.Got)
	if v.WireName != "" && v.WireName != v.name {
		b.WriteString(" (wire name ")
		b.WriteString(strconv.Quote(v.WireName))
		b.WriteByte(')')
	}
	return b.String()
}

// ngValidateKind says what a path step is.
type ngValidateKind uint8

const (
	// ngValidateKindNone is no step: the value itself.
	ngValidateKindNone ngValidateKind = iota
	// ngValidateKindField is a struct field: name and wire.
	ngValidateKindField
	// ngValidateKindIndex is a slice element: index.
	ngValidateKindIndex
	// ngValidateKindKey is a map entry: its key is in name.
	ngValidateKindKey
)

// ngValidateStep is one step of the path from the validated value to the
// value being checked.
type ngValidateStep struct {
	name  string
	wire  string
	index int
	kind  ngValidateKind
}

// ngValidateField returns the step to a struct field, by its Go name and
// its wire name.
func ngValidateField(name, wire string) ngValidateStep {
	return ngValidateStep{name: name, wire: wire, kind: ngValidateKindField}
}

// ngValidateIndex returns the step to the slice element i.
func ngValidateIndex(i int) ngValidateStep {
	return ngValidateStep{index: i, kind: ngValidateKindIndex}
}

// ngValidateKey returns the step to the map entry k.
func ngValidateKey(k string) ngValidateStep {
	return ngValidateStep{name: k, kind: ngValidateKindKey}
}

// appendTo appends the step, in Go names or wire names, to b.
func (s *ngValidateStep) appendTo(b []byte, wire bool) []byte {
	switch s.kind {
	case ngValidateKindField:
		if len(b) > 0 {
			b = append(b, '.')
		}
		if wire {
			return append(b, s.wire...)
		}
		return append(b, s.name...)
	case ngValidateKindIndex:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(s.index), 10)
		return append(b, ']')
	case ngValidateKindKey:
		b = append(b, '[')
		b = strconv.AppendQuote(b, s.name)
		return append(b, ']')
	}
	return b
}

// ngValidateDepth is how many steps of a path ngValidateErrors holds
// without allocating; deeper paths spill to the heap.
const ngValidateDepth = 16

// ngValidateErrors collects the violations of one Validate call, and keeps
// the path to the value being checked as a stack of steps: generated code
// pushes a step as it descends into a value and pops it on the way out. A
// path is rendered to text only when a violation is recorded, so that a
// valid value costs no allocation. (A stack inside the collector, rather
// than a linked list of steps on the goroutine stack, keeps escape analysis
// exact for recursive types.)
type ngValidateErrors struct {
	list   []Violation
	n      int
	path   [ngValidateDepth]ngValidateStep
	deeper []ngValidateStep
}

// push enters the value at step s.
func (e *ngValidateErrors) push(s ngValidateStep) {
	if e.n < len(e.path) {
		e.path[e.n] = s
		e.n++
		return
	}
	e.pushDeep(s)
}

// pushDeep is push past the steps held in e.path.
func (e *ngValidateErrors) pushDeep(s ngValidateStep) {
	if e.deeper == nil {
		e.deeper = make([]ngValidateStep, 0, 4*ngValidateDepth)
	}
	e.deeper = append(e.deeper, s)
	e.n++
}

// pop leaves the value entered last.
func (e *ngValidateErrors) pop() {
	e.n--
	if e.n >= len(e.path) {
		e.deeper = e.deeper[:len(e.deeper)-1]
	}
}

// step returns the i-th step of the current path.
func (e *ngValidateErrors) step(i int) *ngValidateStep {
	if i < len(e.path) {
		return &e.path[i]
	}
	return &e.deeper[i-len(e.path)]
}

// err returns the collected violations as a *ValidationError, or nil.
func (e *ngValidateErrors) err() error {
	if len(e.list) == 0 {
		return nil
	}
	return &ValidationError{Violations: e.list}
}

// add records a violation of the value at step at from the current path.
func (e *ngValidateErrors) add(at ngValidateStep, rule, limit, got string) {
	var goPath, wirePath []byte
	var field *ngValidateStep
	for i := 0; i <= e.n; i++ {
		s := &at
		if i < e.n {
			s = e.step(i)
		}
		goPath = s.appendTo(goPath, false)
		wirePath = s.appendTo(wirePath, true)
		if s.kind == ngValidateKindField {
			field = s
		}
	}
	v := Violation{Path: string(goPath), WirePath: string(wirePath), Rule: rule, Limit: limit, Got: got}
	if field != nil {
		v.WireName, v.name = field.wire, field.name
	}
	e.list = append(e.list, v)
}

// addInt records a violation whose measure is an integer.
func (e *ngValidateErrors) addInt(at ngValidateStep, rule, limit string, got int64) {
	e.add(at, rule, limit, strconv.FormatInt(got, 10))
}

// addFloat records a violation whose measure is a number.
func (e *ngValidateErrors) addFloat(at ngValidateStep, rule, limit string, got float64) {
	e.add(at, rule, limit, strconv.FormatFloat(got, 'g', -1, 64))
}

// required records a missing required value; got is "nil", "empty" or
// "zero".
func (e *ngValidateErrors) required(at ngValidateStep, got string) {
	e.add(at, "required", "", got)
}

// maxLength checks that s has at most max characters (Unicode code points;
// each byte of invalid UTF-8 counts as one). It is small enough to be
// inlined: a string of at most max bytes passes without counting.
func (e *ngValidateErrors) maxLength(at ngValidateStep, s string, max int) {
	if len(s) > max {
		e.maxLengthCount(at, s, max)
	}
}

// maxLengthCount is maxLength for a string of more than max bytes.
func (e *ngValidateErrors) maxLengthCount(at ngValidateStep, s string, max int) {
	if n := utf8.RuneCountInString(s); n > max {
		e.addInt(at, "maxLength", strconv.Itoa(max), int64(n))
	}
}

// minLength checks that s has at least min characters. A string of at
// least UTFMax bytes per character passes without counting.
func (e *ngValidateErrors) minLength(at ngValidateStep, s string, min int) {
	if len(s)/utf8.UTFMax < min {
		e.minLengthCount(at, s, min)
	}
}

// minLengthCount is minLength for a string of fewer than UTFMax*min bytes.
func (e *ngValidateErrors) minLengthCount(at ngValidateStep, s string, min int) {
	if n := utf8.RuneCountInString(s); n < min {
		e.addInt(at, "minLength", strconv.Itoa(min), int64(n))
	}
}

// pattern checks that re matches somewhere in s, as JSON Schema's pattern
// does (it is not implicitly anchored).
func (e *ngValidateErrors) pattern(at ngValidateStep, re *regexp.Regexp, s string) {
	if !re.MatchString(s) {
		e.add(at, "pattern", re.String(), "no match")
	}
}

// format records a value that is not of the named format unless ok.
func (e *ngValidateErrors) format(at ngValidateStep, name string, ok bool) {
	if !ok {
		e.add(at, "format", name, "no match")
	}
}

// minCount checks a count n against a lower bound: rule is minItems or
// minProperties.
func (e *ngValidateErrors) minCount(at ngValidateStep, rule string, n, min int) {
	if n < min {
		e.count(at, rule, n, min)
	}
}

// maxCount checks a count n against an upper bound: rule is maxItems or
// maxProperties.
func (e *ngValidateErrors) maxCount(at ngValidateStep, rule string, n, max int) {
	if n > max {
		e.count(at, rule, n, max)
	}
}

// count records a count n that breaks the bound limit of rule.
func (e *ngValidateErrors) count(at ngValidateStep, rule string, n, limit int) {
	e.addInt(at, rule, strconv.Itoa(limit), int64(n))
}

// unique records two equal items at the indexes dup[0] < dup[1], unless
// dup[0] is negative.
func (e *ngValidateErrors) unique(at ngValidateStep, dup [2]int) {
	if dup[0] >= 0 {
		e.duplicates(at, dup)
	}
}

// duplicates records the equal items dup[0] and dup[1].
func (e *ngValidateErrors) duplicates(at ngValidateStep, dup [2]int) {
	e.add(at, "uniqueItems", "", "duplicates at ["+strconv.Itoa(dup[0])+"] and ["+strconv.Itoa(dup[1])+"]")
}

// enumInt records a value of the integer-based enum typ that is none of
// its declared values.
func (e *ngValidateErrors) enumInt(at ngValidateStep, typ string, v int64) {
	e.addInt(at, "enum", typ, v)
}

// enumString records a value of the string enum typ that is none of its
// declared names; only its length is reported.
func (e *ngValidateErrors) enumString(at ngValidateStep, typ string, v string) {
	e.add(at, "enum", typ, "an unknown name of "+strconv.Itoa(utf8.RuneCountInString(v))+" characters")
}

// ngValidateMap calls f for each entry of m. The first pass runs in map
// order; if it records violations, they are dropped and the entries are
// checked again in key order, so that a report never depends on map order
// and a valid map costs no allocation.
func ngValidateMap[V any](e *ngValidateErrors, m map[string]V, f func(k string, v V)) {
	n := len(e.list)
	for k, v := range m {
		f(k, v)
	}
	if len(e.list) == n {
		return
	}
	e.list = e.list[:n]
	for _, k := range slices.Sorted(maps.Keys(m)) {
		f(k, m[k])
	}
}

// ngValidateSmallUnique is the largest slice that ngValidateDuplicate checks
// pair by pair, without allocating; longer slices use a map.
const ngValidateSmallUnique = 64

// ngValidateDuplicate returns the indexes i < j of the first two equal items
// of s (first by j), or -1, -1. Up to ngValidateSmallUnique items it
// compares every pair and does not allocate; above, it uses a map.
func ngValidateDuplicate[T comparable](s []T) [2]int {
	if len(s) <= ngValidateSmallUnique {
		for j := 1; j < len(s); j++ {
			for i := 0; i < j; i++ {
				if s[i] == s[j] {
					return [2]int{i, j}
				}
			}
		}
		return [2]int{-1, -1}
	}
	seen := make(map[T]int, len(s))
	for j, v := range s {
		if i, ok := seen[v]; ok {
			return [2]int{i, j}
		}
		seen[v] = j
	}
	return [2]int{-1, -1}
}

// ngValidateDuplicateFunc is ngValidateDuplicate with an equality function,
// for items whose == is not value equality (Decimal, time.Time). It
// compares every pair.
func ngValidateDuplicateFunc[T any](s []T, eq func(a, b T) bool) [2]int {
	for j := 1; j < len(s); j++ {
		for i := 0; i < j; i++ {
			if eq(s[i], s[j]) {
				return [2]int{i, j}
			}
		}
	}
	return [2]int{-1, -1}
}

// ngValidateMultipleOf reports whether x is a multiple of m (m > 0), within a
// relative tolerance of 1e-12 for the rounding of binary floating point:
// 0.3 is a multiple of 0.1.
func ngValidateMultipleOf(x, m float64) bool {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		return false
	}
	q := x / m
	if math.IsInf(q, 0) {
		return false
	}
	return math.Abs(q-math.Round(q)) <= 1e-12*math.Max(1, math.Abs(q))
}

// ngValidateDecimalMultipleOf reports whether the decimal text x is an exact
// multiple of the decimal text m (m > 0). It works on the digits with
// uint64 arithmetic, without allocating, whenever m's significant digits
// (times a power of ten, when x has more decimals than m) fit in 18
// digits; beyond, it uses math/big.
func ngValidateDecimalMultipleOf(x, m string) bool {
	xe, ok1 := ngValidateDecimalExp(x)
	me, ok2 := ngValidateDecimalExp(m)
	if !ok1 || !ok2 {
		return false
	}
	// x = X * 10^xe and m = M * 10^me, with X and M integers.
	const limit = 1e18 // K*10+9 stays below 2^64 while K < limit.
	var M uint64
	tooBig := false
	ngValidateDigitsOf(m, func(d byte) {
		if M >= limit/10 {
			tooBig = true
		}
		M = M*10 + uint64(d)
	})
	if !tooBig && M > 0 {
		if xe >= me {
			// x/m = X * 10^(xe-me) / M.
			r := ngValidateMod(x, M)
			for i := int64(0); i < xe-me && i < 64 && r != 0; i++ {
				// A factor of M that 10^64 does not clear, no power of
				// ten clears: M < 2^64 holds at most 63 twos.
				r = r * 10 % M
			}
			return r == 0
		}
		// x/m = X / (M * 10^(me-xe)).
		K := M
		for i := int64(0); i < me-xe && K < limit/10; i++ {
			K *= 10
			if i == me-xe-1 {
				return ngValidateMod(x, K) == 0
			}
		}
	}
	if M == 0 && !tooBig {
		return false
	}
	xr, ok1 := new(big.Rat).SetString(x)
	mr, ok2 := new(big.Rat).SetString(m)
	if !ok1 || !ok2 || mr.Sign() == 0 {
		return false
	}
	return xr.Quo(xr, mr).IsInt()
}

// ngValidateDecimalExp returns the power of ten of the last significand
// digit of the decimal text s: -2 for "1.25", 3 for "1e3", -1 for "1.5e0".
func ngValidateDecimalExp(s string) (int64, bool) {
	var exp int64
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		e, err := strconv.ParseInt(strings.TrimPrefix(s[i+1:], "+"), 10, 64)
		if err != nil || e > 1<<40 || e < -(1<<40) {
			return 0, false
		}
		s, exp = s[:i], e
	}
	if _, frac, ok := strings.Cut(s, "."); ok {
		exp -= int64(len(frac))
	}
	return exp, true
}

// ngValidateDigitsOf calls f with each digit of the significand of the
// decimal text s, the sign, point and exponent left out.
func ngValidateDigitsOf(s string, f func(d byte)) {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == 'e' || c == 'E' {
			return
		}
		if '0' <= c && c <= '9' {
			f(c - '0')
		}
	}
}

// ngValidateMod returns the significand of the decimal text s, as an
// integer, modulo k (0 < k < 1e18).
func ngValidateMod(s string, k uint64) uint64 {
	var r uint64
	ngValidateDigitsOf(s, func(d byte) { r = (r*10 + uint64(d)) % k })
	return r
}

// ngValidateIsUUID reports whether s is a UUID in the 8-4-4-4-12
// hexadecimal form, in any case.
func ngValidateIsUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch i {
		case 8, 13, 18, 23:
			if c != '-' {
				return false
			}
		default:
			if !ngValidateIsHex(c) {
				return false
			}
		}
	}
	return true
}

func ngValidateIsHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// ngValidateDigits returns the number in s[i:i+n], which must be n ASCII
// digits, or -1.
func ngValidateDigits(s string, i, n int) int {
	if i+n > len(s) {
		return -1
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if c < '0' || c > '9' {
			return -1
		}
		v = v*10 + int(c-'0')
	}
	return v
}

// ngValidateIsDate reports whether s is an RFC 3339 full-date, YYYY-MM-DD,
// naming a day that exists.
func ngValidateIsDate(s string) bool {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return false
	}
	y, m, d := ngValidateDigits(s, 0, 4), ngValidateDigits(s, 5, 2), ngValidateDigits(s, 8, 2)
	if y < 0 || m < 1 || m > 12 || d < 1 {
		return false
	}
	days := [...]int{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}[m-1]
	if m == 2 && y%4 == 0 && (y%100 != 0 || y%400 == 0) {
		days = 29
	}
	return d <= days
}

// ngValidateIsDateTime reports whether s is an RFC 3339 date-time:
// YYYY-MM-DDTHH:MM:SS, optional fractional seconds, and Z or a numeric
// offset. T and Z may be lower case; a leap second (:60) is accepted.
func ngValidateIsDateTime(s string) bool {
	if len(s) < 20 || !ngValidateIsDate(s[:10]) || s[10] != 'T' && s[10] != 't' {
		return false
	}
	if s[13] != ':' || s[16] != ':' {
		return false
	}
	h, mi, se := ngValidateDigits(s, 11, 2), ngValidateDigits(s, 14, 2), ngValidateDigits(s, 17, 2)
	if h < 0 || h > 23 || mi < 0 || mi > 59 || se < 0 || se > 60 {
		return false
	}
	rest := s[19:]
	if rest[0] == '.' {
		i := 1
		for i < len(rest) && '0' <= rest[i] && rest[i] <= '9' {
			i++
		}
		if i == 1 {
			return false
		}
		rest = rest[i:]
	}
	switch {
	case rest == "Z" || rest == "z":
		return true
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		oh, om := ngValidateDigits(rest, 1, 2), ngValidateDigits(rest, 4, 2)
		return oh >= 0 && oh <= 23 && om >= 0 && om <= 59
	}
	return false
}

// ngValidateIsEmail reports whether s is an e-mail address as RFC 5321
// writes a mailbox: a local part (a dot-atom or a quoted string) of at most
// 64 bytes, "@", and a domain (host name labels or an address literal in
// brackets), at most 254 bytes in all. Display names ("Ann <a@b.se>") and
// comments are not addresses. Non-ASCII UTF-8 is accepted in the local part
// and the domain (RFC 6531), so "åsa@exempel.se" is valid.
func ngValidateIsEmail(s string) bool {
	at := strings.LastIndexByte(s, '@')
	if at <= 0 || at > 64 || len(s) > 254 || !utf8.ValidString(s) {
		return false
	}
	local, domain := s[:at], s[at+1:]
	if !ngValidateIsLocalPart(local) {
		return false
	}
	if strings.HasPrefix(domain, "[") && strings.HasSuffix(domain, "]") {
		lit := domain[1 : len(domain)-1]
		if v6, ok := strings.CutPrefix(lit, "IPv6:"); ok {
			return ngValidateIsIPv6(v6)
		}
		return ngValidateIsIPv4(lit)
	}
	return ngValidateIsHostname(domain)
}

// ngValidateIsLocalPart reports whether s is a dot-atom or a quoted string.
func ngValidateIsLocalPart(s string) bool {
	if len(s) >= 2 && s[0] == '"' && s[len(s)-1] == '"' {
		q := s[1 : len(s)-1]
		for i := 0; i < len(q); i++ {
			switch c := q[i]; {
			case c == '\\':
				i++
				if i == len(q) || q[i] < ' ' || q[i] == 0x7f {
					return false
				}
			case c == '"' || c < ' ' || c == 0x7f:
				return false
			}
		}
		return true
	}
	if s == "" || s[0] == '.' || s[len(s)-1] == '.' || strings.Contains(s, "..") {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 0x80, 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9':
		case strings.IndexByte("!#$%&'*+-/=?^_`{|}~.", c) >= 0:
		default:
			return false
		}
	}
	return true
}

// ngValidateIsHostname reports whether s is a host name: dot-separated
// labels of letters, digits and inner hyphens, each of 1 to 63 bytes, at
// most 253 bytes in all, with an optional trailing dot. Non-ASCII UTF-8
// letters are accepted (internationalized names).
func ngValidateIsHostname(s string) bool {
	s = strings.TrimSuffix(s, ".")
	if s == "" || len(s) > 253 {
		return false
	}
	for s != "" {
		label := s
		if i := strings.IndexByte(s, '.'); i >= 0 {
			label, s = s[:i], s[i+1:]
			if s == "" {
				return false
			}
		} else {
			s = ""
		}
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for i := 0; i < len(label); i++ {
			c := label[i]
			if !(c >= 0x80 || c == '-' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
				return false
			}
		}
	}
	return true
}

// ngValidateIsIPv4 reports whether s is an IPv4 address in dotted-decimal
// form, without leading zeros.
func ngValidateIsIPv4(s string) bool {
	if strings.IndexByte(s, ':') >= 0 {
		return false
	}
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is4()
}

// ngValidateIsIPv6 reports whether s is an IPv6 address (RFC 4291 text,
// IPv4-mapped forms included) without a zone.
func ngValidateIsIPv6(s string) bool {
	if strings.IndexByte(s, '%') >= 0 || strings.IndexByte(s, ':') < 0 {
		// A zone is not part of an address; ParseAddr would allocate
		// for it.
		return false
	}
	a, err := netip.ParseAddr(s)
	return err == nil && a.Is6()
}

// ngValidateIsURI reports whether s is an absolute URI (RFC 3986): a
// scheme, ":", and a hierarchical part, query and fragment made of the
// characters the RFC allows, with well-formed percent escapes and, in an
// authority, a valid IP literal and a numeric port. Relative references and
// non-ASCII characters (IRIs) are not URIs.
func ngValidateIsURI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon <= 0 || !ngValidateIsAlpha(s[0]) {
		return false
	}
	for i := 1; i < colon; i++ {
		c := s[i]
		if !(ngValidateIsAlpha(c) || '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.') {
			return false
		}
	}
	rest := s[colon+1:]
	if frag := strings.IndexByte(rest, '#'); frag >= 0 {
		if !ngValidateURIChars(rest[frag+1:], "/?") {
			return false
		}
		rest = rest[:frag]
	}
	if q := strings.IndexByte(rest, '?'); q >= 0 {
		if !ngValidateURIChars(rest[q+1:], "/?") {
			return false
		}
		rest = rest[:q]
	}
	if auth, ok := strings.CutPrefix(rest, "//"); ok {
		path := ""
		if i := strings.IndexByte(auth, '/'); i >= 0 {
			auth, path = auth[:i], auth[i:]
		}
		return ngValidateIsAuthority(auth) && ngValidateURIChars(path, "/")
	}
	return ngValidateURIChars(rest, "/")
}

func ngValidateIsAlpha(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// ngValidateURIChars reports whether s holds only pchars (unreserved,
// sub-delims, ":", "@" and percent escapes) and the bytes in extra.
func ngValidateURIChars(s, extra string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case ngValidateIsAlpha(c), '0' <= c && c <= '9':
		case strings.IndexByte("-._~!$&'()*+,;=:@", c) >= 0:
		case strings.IndexByte(extra, c) >= 0:
		case c == '%':
			if i+2 >= len(s) || !ngValidateIsHex(s[i+1]) || !ngValidateIsHex(s[i+2]) {
				return false
			}
			i += 2
		default:
			return false
		}
	}
	return true
}

// ngValidateIsAuthority reports whether s is [userinfo@]host[:port].
func ngValidateIsAuthority(s string) bool {
	if at := strings.LastIndexByte(s, '@'); at >= 0 {
		if !ngValidateURIChars(s[:at], "") {
			return false
		}
		s = s[at+1:]
	}
	host, port := s, ""
	if strings.HasPrefix(s, "[") {
		end := strings.IndexByte(s, ']')
		if end < 0 {
			return false
		}
		host, port = s[:end+1], s[end+1:]
		lit := host[1 : len(host)-1]
		if len(lit) > 0 && (lit[0] == 'v' || lit[0] == 'V') {
			// IPvFuture: "v" HEXDIG+ "." chars.
			dot := strings.IndexByte(lit, '.')
			if dot < 2 || dot == len(lit)-1 || !ngValidateURIChars(lit[dot+1:], "") {
				return false
			}
		} else if !ngValidateIsIPv6(lit) {
			return false
		}
		if port != "" && port[0] != ':' {
			return false
		}
	} else if i := strings.LastIndexByte(s, ':'); i >= 0 {
		host, port = s[:i], s[i:]
	}
	if port != "" {
		for i := 1; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return false
			}
		}
	}
	if strings.HasPrefix(host, "[") {
		return true
	}
	// reg-name: unreserved, sub-delims and percent escapes.
	return strings.IndexByte(host, ':') < 0 && strings.IndexByte(host, '@') < 0 && ngValidateURIChars(host, "")
}
