package templates

import (
	"bytes"
	"encoding"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// The DataContract XML form: the runtime side of the generated
// MarshalDataContract and UnmarshalDataContract. Generated methods walk the
// Go values; this file writes and reads the XML for them, with no
// reflection. The rules are those of .NET's DataContractSerializer:
//
//   - the root element is named after the type's contract, in the contract's
//     namespace, and declares the xsi prefix "i";
//   - every member is an element in the namespace of the contract that
//     declares it; a nil pointer, slice or map is an empty element with
//     i:nil="true";
//   - namespace prefixes (d2p1, ...) are declared on the element where they
//     are first needed, once for all of its descendants;
//   - values are written as xs:boolean, xs:int, xs:decimal (never with an
//     exponent), lower-case Guids and xs:dateTime.
//
// Reading is lenient where DataContractSerializer is strict: members in any
// order and in any namespace, unknown elements skipped (and reported),
// enums by name or integer, booleans as true, false, 1 or 0.

// DataContractError is the error of MarshalDataContract and
// UnmarshalDataContract. Path locates the value: the root element's name,
// then member names and list indexes, as in Customer.Accounts[0].Status.
// Line and Column locate the element in the input of UnmarshalDataContract
// (1-based; zero when writing).
type DataContractError struct {
	Path         string
	Line, Column int
	Msg          string
	// Err is the underlying error, if any (an *UnknownEnumValueError, for
	// instance).
	Err error
}

func (e *DataContractError) Error() string {
	s := "datacontract: "
	if e.Path != "" {
		s += e.Path + ": "
	}
	s += e.Msg
	if e.Line > 0 {
		s += fmt.Sprintf(" (line %d, column %d)", e.Line, e.Column)
	}
	return s
}

func (e *DataContractError) Unwrap() error { return e.Err }

// DataContractUnspecified is the time zone of a time.Time that DataContract
// XML carries without a zone: a .NET DateTime of kind Unspecified, written
// as 2026-06-30T00:00:00. UnmarshalDataContract gives such times this
// location (a zero offset) and MarshalDataContract writes times in it
// without a zone. Times in time.UTC are written with Z (kind Utc), times in
// any other location with their offset, as +02:00 (kind Local).
var DataContractUnspecified = time.FixedZone("Unspecified", 0)

const (
	ngDataContractXSI    = "http://www.w3.org/2001/XMLSchema-instance"
	ngDataContractArrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"
	// ngDataContractMaxDepth bounds the nesting of elements read.
	ngDataContractMaxDepth = 10000
)

// ngDataContractPrefixes holds the prefixes d1p1 ... d32p8: d<depth>p<n> is
// the n-th namespace declared on an element at that depth, so a prefix in
// scope is never declared again.
var ngDataContractPrefixes = ngDataContractPrefixTable()

func ngDataContractPrefixTable() (t [32][8]string) {
	for d := range t {
		for n := range t[d] {
			t[d][n] = "d" + strconv.Itoa(d+1) + "p" + strconv.Itoa(n+1)
		}
	}
	return t
}

func ngDataContractPrefix(depth, n int) string {
	if depth >= 1 && depth <= len(ngDataContractPrefixes) && n >= 1 && n <= len(ngDataContractPrefixes[0]) {
		return ngDataContractPrefixes[depth-1][n-1]
	}
	return "d" + strconv.Itoa(depth) + "p" + strconv.Itoa(n)
}

// ngDataContractKeys returns the keys of m in order, for deterministic maps.
func ngDataContractKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

// ngDataContractPath renders a path from element frames: the root's name,
// then .Member or [index] per level.
func ngDataContractPath(n int, local func(int) string, item func(int) int, leaf string, leafItem int) string {
	var b []byte
	for i := range n {
		switch it := item(i); {
		case i == 0:
			b = append(b, local(i)...)
			if it >= 0 {
				b = append(b, '[')
				b = strconv.AppendInt(b, int64(it), 10)
				b = append(b, ']')
			}
		case it >= 0:
			b = append(b, '[')
			b = strconv.AppendInt(b, int64(it), 10)
			b = append(b, ']')
		default:
			b = append(b, '.')
			b = append(b, local(i)...)
		}
	}
	switch {
	case leafItem >= 0:
		b = append(b, '[')
		b = strconv.AppendInt(b, int64(leafItem), 10)
		b = append(b, ']')
	case leaf != "":
		if len(b) > 0 {
			b = append(b, '.')
		}
		b = append(b, leaf...)
	}
	return string(b)
}

// ---- Writing ----

type ngDataContractWriter struct {
	buf []byte
	// frames are the open elements.
	frames []ngDataContractWFrame
	// binds are the prefixed namespace declarations in scope; the default
	// namespace is declared once, on the root.
	binds     []ngDataContractBind
	defaultNS string
	// open is set while the last start tag lacks its '>'.
	open bool
	// item is the list index of the next element or leaf, -1 if none.
	item int
	err  *DataContractError
}

type ngDataContractWFrame struct {
	local, prefix string
	item, binds   int
}

type ngDataContractBind struct{ prefix, ns string }

var ngDataContractWriters = sync.Pool{New: func() any { return new(ngDataContractWriter) }}

func ngDataContractNewWriter() *ngDataContractWriter {
	w := ngDataContractWriters.Get().(*ngDataContractWriter)
	w.buf, w.frames, w.binds = w.buf[:0], w.frames[:0], w.binds[:0]
	w.defaultNS, w.open, w.item, w.err = "", false, -1, nil
	return w
}

// finish returns the written bytes (a copy) or the first error, and puts
// the writer back in the pool.
func (w *ngDataContractWriter) finish() ([]byte, error) {
	var out []byte
	var err error
	if w.err != nil {
		err = w.err
	} else {
		out = bytes.Clone(w.buf)
	}
	if cap(w.buf) <= 1<<22 {
		ngDataContractWriters.Put(w)
	}
	return out, err
}

// fail records the first error, at the element or leaf local (with the
// pending list index, if any) below the open elements.
func (w *ngDataContractWriter) fail(local, msg string) {
	if w.err == nil {
		w.err = &DataContractError{Path: ngDataContractPath(len(w.frames),
			func(i int) string { return w.frames[i].local },
			func(i int) int { return w.frames[i].item }, local, w.item), Msg: msg}
	}
	w.item = -1
}

// unsupported records a value that is no type of the package.
func (w *ngDataContractWriter) unsupported(v any, pkg string) {
	w.fail("", fmt.Sprintf("%T is not a struct of package %s, a pointer to one or a slice of them", v, pkg))
}

// at sets the list index of the next element or leaf, for paths.
func (w *ngDataContractWriter) at(i int) { w.item = i }

func (w *ngDataContractWriter) closeStart() {
	if w.open {
		w.buf = append(w.buf, '>')
		w.open = false
	}
}

// lookup returns the prefix bound to ns ("" for the default namespace).
func (w *ngDataContractWriter) lookup(ns string) (string, bool) {
	if ns == w.defaultNS {
		return "", true
	}
	for i := len(w.binds) - 1; i >= 0; i-- {
		if w.binds[i].ns == ns {
			return w.binds[i].prefix, true
		}
	}
	return "", false
}

// declare binds prefix to ns on the element being started and writes the
// declaration.
func (w *ngDataContractWriter) declare(prefix, ns string) {
	w.binds = append(w.binds, ngDataContractBind{prefix, ns})
	w.buf = append(w.buf, " xmlns:"...)
	w.buf = append(w.buf, prefix...)
	w.buf = append(w.buf, `="`...)
	w.buf = ngDataContractAppendAttr(w.buf, ns)
	w.buf = append(w.buf, '"')
}

// declareKids declares the namespaces in kids that are not in scope; n
// counts the declarations already on the element.
func (w *ngDataContractWriter) declareKids(kids []string, n int) {
	for _, k := range kids {
		if _, ok := w.lookup(k); !ok {
			n++
			w.declare(ngDataContractPrefix(len(w.frames)+1, n), k)
		}
	}
}

// startTag writes "<name" with the declarations the element and its
// descendants need; it returns the element's prefix.
func (w *ngDataContractWriter) startTag(local, ns string, kids []string) string {
	w.closeStart()
	w.buf = append(w.buf, '<')
	n := 0
	p, ok := w.lookup(ns)
	if !ok {
		n++
		p = ngDataContractPrefix(len(w.frames)+1, n)
	}
	if p != "" {
		w.buf = append(w.buf, p...)
		w.buf = append(w.buf, ':')
	}
	w.buf = append(w.buf, local...)
	if !ok {
		w.declare(p, ns)
	}
	w.declareKids(kids, n)
	return p
}

// root starts a root element in ns, declaring it as the default namespace
// with the xsi prefix i, and kids, the other namespaces its members use.
func (w *ngDataContractWriter) root(local, ns string, kids []string) {
	w.closeStart()
	w.binds = w.binds[:0]
	w.defaultNS = ns
	w.buf = append(w.buf, '<')
	w.buf = append(w.buf, local...)
	w.buf = append(w.buf, ` xmlns="`...)
	w.buf = ngDataContractAppendAttr(w.buf, ns)
	w.buf = append(w.buf, `" xmlns:i="`+ngDataContractXSI+`"`...)
	w.binds = append(w.binds, ngDataContractBind{"i", ngDataContractXSI})
	w.declareKids(kids, 0)
	w.frames = append(w.frames, ngDataContractWFrame{local: local, item: w.item, binds: 0})
	w.item = -1
	w.open = true
}

// start opens an element that holds members or items; kids are the
// namespaces of its descendants, declared here when not in scope.
func (w *ngDataContractWriter) start(local, ns string, kids []string) {
	mark := len(w.binds)
	p := w.startTag(local, ns, kids)
	w.frames = append(w.frames, ngDataContractWFrame{local: local, prefix: p, item: w.item, binds: mark})
	w.item = -1
	w.open = true
}

// end closes the innermost element.
func (w *ngDataContractWriter) end() {
	f := w.frames[len(w.frames)-1]
	w.frames = w.frames[:len(w.frames)-1]
	if w.open {
		w.buf = append(w.buf, "/>"...)
		w.open = false
	} else {
		w.buf = ngDataContractAppendEnd(w.buf, f.prefix, f.local)
	}
	w.binds = w.binds[:f.binds]
	if len(w.frames) == 0 {
		w.defaultNS = ""
	}
}

func ngDataContractAppendEnd(b []byte, prefix, local string) []byte {
	b = append(b, "</"...)
	if prefix != "" {
		b = append(b, prefix...)
		b = append(b, ':')
	}
	b = append(b, local...)
	return append(b, '>')
}

// null writes <local i:nil="true"/>.
func (w *ngDataContractWriter) null(local, ns string) {
	mark := len(w.binds)
	w.startTag(local, ns, nil)
	w.buf = append(w.buf, ` i:nil="true"/>`...)
	w.binds = w.binds[:mark]
	w.item = -1
}

// leaf starts an element holding text; leafEnd closes it.
func (w *ngDataContractWriter) leaf(local, ns string) (prefix string, mark int) {
	mark = len(w.binds)
	prefix = w.startTag(local, ns, nil)
	w.buf = append(w.buf, '>')
	return prefix, mark
}

func (w *ngDataContractWriter) leafEnd(local, prefix string, mark int) {
	w.buf = ngDataContractAppendEnd(w.buf, prefix, local)
	w.binds = w.binds[:mark]
	w.item = -1
}

// str writes a string. XML cannot carry every string: control characters
// other than tab, newline and carriage return, and invalid UTF-8, are an
// error naming the path.
func (w *ngDataContractWriter) str(local, ns, s string) {
	if s == "" {
		mark := len(w.binds)
		w.startTag(local, ns, nil)
		w.buf = append(w.buf, "/>"...)
		w.binds = w.binds[:mark]
		w.item = -1
		return
	}
	p, mark := w.leaf(local, ns)
	var bad int
	w.buf, bad = ngDataContractAppendText(w.buf, s)
	if bad >= 0 {
		w.fail(local, fmt.Sprintf("the string holds %q at byte %d, which XML cannot carry", ngDataContractRuneAt(s, bad), bad))
	}
	w.leafEnd(local, p, mark)
}

func ngDataContractRuneAt(s string, i int) string {
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n <= 1 {
		return s[i : i+1]
	}
	return s[i : i+n]
}

func (w *ngDataContractWriter) boolean(local, ns string, v bool) {
	p, mark := w.leaf(local, ns)
	w.buf = strconv.AppendBool(w.buf, v)
	w.leafEnd(local, p, mark)
}

func (w *ngDataContractWriter) integer(local, ns string, v int64) {
	p, mark := w.leaf(local, ns)
	w.buf = strconv.AppendInt(w.buf, v, 10)
	w.leafEnd(local, p, mark)
}

func (w *ngDataContractWriter) uinteger(local, ns string, v uint64) {
	p, mark := w.leaf(local, ns)
	w.buf = strconv.AppendUint(w.buf, v, 10)
	w.leafEnd(local, p, mark)
}

// float writes an xs:double or xs:float: INF, -INF, NaN or the shortest
// text that reads back as the same value.
func (w *ngDataContractWriter) float(local, ns string, v float64, bits int) {
	p, mark := w.leaf(local, ns)
	switch {
	case math.IsInf(v, 1):
		w.buf = append(w.buf, "INF"...)
	case math.IsInf(v, -1):
		w.buf = append(w.buf, "-INF"...)
	case math.IsNaN(v):
		w.buf = append(w.buf, "NaN"...)
	default:
		w.buf = strconv.AppendFloat(w.buf, v, 'G', -1, bits)
	}
	w.leafEnd(local, p, mark)
}

// enum writes an enum value's name.
func (w *ngDataContractWriter) enum(local, ns, name string) {
	w.str(local, ns, name)
}

// unnamed records an enum value that has no name: DataContractSerializer
// reads enums only by name.
func (w *ngDataContractWriter) unnamed(local, typ, value string) {
	w.fail(local, fmt.Sprintf("%s value %s is none of the enum's names, and DataContractSerializer reads enums only by name", typ, value))
}

// decimal writes a decimal's text as xs:decimal: an exponent is expanded
// (1.5e2 is 150), the scale is kept (10.00 stays 10.00). A value that a
// .NET decimal cannot hold exactly is an error.
func (w *ngDataContractWriter) decimal(local, ns, text string) {
	p, mark := w.leaf(local, ns)
	var msg string
	w.buf, msg = ngDataContractAppendDecimal(w.buf, text)
	if msg != "" {
		w.fail(local, msg)
	}
	w.leafEnd(local, p, mark)
}

// uuid writes a Guid in its lower-case 8-4-4-4-12 form.
func (w *ngDataContractWriter) uuid(local, ns string, u [16]byte) {
	p, mark := w.leaf(local, ns)
	const hex = "0123456789abcdef"
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			w.buf = append(w.buf, '-')
		}
		w.buf = append(w.buf, hex[c>>4], hex[c&15])
	}
	w.leafEnd(local, p, mark)
}

// time writes an xs:dateTime as DataContractSerializer writes a DateTime:
// Z for time.UTC, no zone for DataContractUnspecified, the offset for
// other locations, and up to seven fractional digits (a DateTime counts
// 100 ns ticks; finer digits are dropped).
func (w *ngDataContractWriter) time(local, ns string, t time.Time) {
	p, mark := w.leaf(local, ns)
	var msg string
	w.buf, msg = ngDataContractAppendTime(w.buf, t)
	if msg != "" {
		w.fail(local, msg)
	}
	w.leafEnd(local, p, mark)
}

// text writes a value of a type of another package through its
// encoding.TextMarshaler.
func (w *ngDataContractWriter) text(local, ns string, v any) {
	m, ok := v.(encoding.TextMarshaler)
	if !ok {
		w.fail(local, fmt.Sprintf("%T has no DataContract form: it is no encoding.TextMarshaler", v))
		return
	}
	b, err := m.MarshalText()
	if err != nil {
		w.fail(local, err.Error())
		return
	}
	w.str(local, ns, string(b))
}

// ngDataContractAppendText appends s escaped as XML text; bad is the
// offset of the first byte XML cannot carry, or -1.
func ngDataContractAppendText(b []byte, s string) ([]byte, int) {
	bad := -1
	last := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x80 {
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 || r == 0xFFFE || r == 0xFFFF {
				if bad < 0 {
					bad = i
				}
			}
			i += n
			continue
		}
		var esc string
		switch c {
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '&':
			esc = "&amp;"
		case '\r':
			esc = "&#xD;"
		case '\t', '\n':
		default:
			if c < 0x20 && bad < 0 {
				bad = i
			}
		}
		if esc != "" {
			b = append(b, s[last:i]...)
			b = append(b, esc...)
			last = i + 1
		}
		i++
	}
	return append(b, s[last:]...), bad
}

// ngDataContractAppendAttr appends s escaped for a double-quoted attribute.
func ngDataContractAppendAttr(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '<':
			b = append(b, "&lt;"...)
		case '&':
			b = append(b, "&amp;"...)
		case '"':
			b = append(b, "&quot;"...)
		case '\t':
			b = append(b, "&#x9;"...)
		case '\n':
			b = append(b, "&#xA;"...)
		case '\r':
			b = append(b, "&#xD;"...)
		default:
			b = append(b, c)
		}
	}
	return b
}

// ngDataContractDecimalMax is the largest .NET decimal mantissa, 2^96-1.
const ngDataContractDecimalMax = "79228162514264337593543950335"

// ngDataContractAppendDecimal appends a decimal text (JSON number syntax)
// in xs:decimal form; msg is non-empty when a .NET decimal cannot hold the
// value exactly (more than 28 fractional digits, or a mantissa over 96
// bits).
func ngDataContractAppendDecimal(b []byte, text string) ([]byte, string) {
	if text == "" {
		return append(b, '0'), ""
	}
	neg := text[0] == '-'
	s := text
	if neg {
		s = s[1:]
	}
	intPart, frac, exp, hasExp := s, "", 0, false
	if i := strings.IndexAny(s, "eE"); i >= 0 {
		hasExp = true
		e, err := strconv.Atoi(s[i+1:])
		if err != nil || e > 1000 || e < -1000 {
			return b, fmt.Sprintf("decimal %s is out of the range of a .NET decimal", text)
		}
		exp = e
		intPart = s[:i]
	}
	if i := strings.IndexByte(intPart, '.'); i >= 0 {
		intPart, frac = intPart[:i], intPart[i+1:]
	}
	// Shift the point by exp: digits holds every digit, point is the
	// number of integer digits.
	digits := intPart + frac
	point := len(intPart) + exp
	var scale int
	if !hasExp {
		scale = len(frac)
	} else {
		scale = max(len(digits)-point, 0)
	}
	// The mantissa is every digit from the first non-zero one to the last
	// written one, including zeros that the point shift adds.
	lead := 0
	for lead < len(digits) && digits[lead] == '0' {
		lead++
	}
	if lead == len(digits) && hasExp {
		// Zero, however it is written.
		if neg {
			b = append(b, '-')
		}
		return append(b, '0'), ""
	}
	mantissa := len(digits) - lead
	if point > len(digits) {
		mantissa += point - len(digits)
	}
	if scale > 28 {
		return b, fmt.Sprintf("decimal %s has %d fractional digits; a .NET decimal holds at most 28", text, scale)
	}
	if mantissa > len(ngDataContractDecimalMax) || mantissa == len(ngDataContractDecimalMax) && point <= len(digits) && digits[lead:] > ngDataContractDecimalMax {
		return b, fmt.Sprintf("decimal %s is out of the range of a .NET decimal", text)
	}
	if !hasExp {
		if neg {
			b = append(b, '-')
		}
		return append(b, s...), ""
	}
	// Integer digits: digits[:point], padded with zeros; fraction digits:
	// zeros, then the rest.
	var intDigits, fracDigits string
	var intZeros, fracZeros int
	switch {
	case point <= 0:
		fracZeros, fracDigits = -point, digits
	case point >= len(digits):
		intDigits, intZeros = digits, point-len(digits)
	default:
		intDigits, fracDigits = digits[:point], digits[point:]
	}
	for len(intDigits) > 0 && intDigits[0] == '0' {
		intDigits = intDigits[1:]
	}
	if intDigits == "" {
		intZeros = 0
	}
	if neg {
		b = append(b, '-')
	}
	if intDigits == "" {
		b = append(b, '0')
	}
	b = append(b, intDigits...)
	for range intZeros {
		b = append(b, '0')
	}
	if fracZeros+len(fracDigits) > 0 {
		b = append(b, '.')
		for range fracZeros {
			b = append(b, '0')
		}
		b = append(b, fracDigits...)
	}
	return b, ""
}

// ngDataContractAppendTime appends t as DataContractSerializer writes a
// DateTime; msg is non-empty for a time a DateTime cannot hold.
func ngDataContractAppendTime(b []byte, t time.Time) ([]byte, string) {
	year, month, day := t.Date()
	if year < 1 || year > 9999 {
		return b, fmt.Sprintf("time %s is outside the years 1 to 9999 of a .NET DateTime", t.Format(time.RFC3339Nano))
	}
	hour, minute, sec := t.Clock()
	b = ngDataContractAppendDigits(b, year, 4)
	b = append(b, '-')
	b = ngDataContractAppendDigits(b, int(month), 2)
	b = append(b, '-')
	b = ngDataContractAppendDigits(b, day, 2)
	b = append(b, 'T')
	b = ngDataContractAppendDigits(b, hour, 2)
	b = append(b, ':')
	b = ngDataContractAppendDigits(b, minute, 2)
	b = append(b, ':')
	b = ngDataContractAppendDigits(b, sec, 2)
	if ticks := t.Nanosecond() / 100; ticks > 0 {
		n := 7
		for ticks%10 == 0 {
			ticks /= 10
			n--
		}
		b = append(b, '.')
		b = ngDataContractAppendDigits(b, ticks, n)
	}
	switch loc := t.Location(); loc {
	case time.UTC:
		b = append(b, 'Z')
	case DataContractUnspecified:
	default:
		_, off := t.Zone()
		if off%60 != 0 {
			return b, fmt.Sprintf("time %s has an offset with seconds, which xs:dateTime cannot carry", t.Format(time.RFC3339Nano))
		}
		sign := byte('+')
		if off < 0 {
			sign, off = '-', -off
		}
		b = append(b, sign)
		b = ngDataContractAppendDigits(b, off/3600, 2)
		b = append(b, ':')
		b = ngDataContractAppendDigits(b, off/60%60, 2)
	}
	return b, ""
}

// ngDataContractAppendDigits appends v with at least n digits.
func ngDataContractAppendDigits(b []byte, v, n int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v > 0 || n > 0 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
		n--
	}
	return append(b, tmp[i:]...)
}

// ---- Reading ----

type ngDataContractReader struct {
	data []byte
	pos  int
	// local, nilAttr and empty describe the element next or root stopped
	// on; empty means it was self-closing and its end is still to be
	// consumed.
	local   []byte
	nilAttr bool
	empty   bool
	frames  []ngDataContractRFrame
	binds   []ngDataContractRBind
	scratch []byte
	dec     []byte
	// last is the element most recently consumed, for errors about its
	// value.
	last    ngDataContractRFrame
	skipped []string
	err     *DataContractError
}

type ngDataContractRFrame struct {
	qname, local []byte
	item, binds  int
	start        int
}

type ngDataContractRBind struct{ prefix, uri []byte }

func ngDataContractNewReader(data []byte) *ngDataContractReader {
	return &ngDataContractReader{data: data}
}

// result returns what was skipped and the first error.
func (r *ngDataContractReader) result() ([]string, error) {
	if r.err != nil {
		return r.skipped, r.err
	}
	return r.skipped, nil
}

// failAt records the first error, at offset start (the current position
// when start < 0); leaf, if set, is an element already consumed that the
// path ends with.
func (r *ngDataContractReader) failAt(start int, leaf *ngDataContractRFrame, msg string, err error) {
	if r.err != nil {
		return
	}
	if start < 0 {
		start = min(r.pos, len(r.data))
	}
	line, col := 1, 1
	for _, c := range r.data[:start] {
		if c == '\n' {
			line++
			col = 1
		} else if c&0xC0 != 0x80 {
			col++
		}
	}
	name, item := "", -1
	if leaf != nil {
		name, item = string(leaf.local), leaf.item
	}
	r.err = &DataContractError{
		Path: ngDataContractPath(len(r.frames),
			func(i int) string { return string(r.frames[i].local) },
			func(i int) int { return r.frames[i].item }, name, item),
		Line: line, Column: col, Msg: msg, Err: err,
	}
	r.empty = false
}

// fail records an error inside the current element.
func (r *ngDataContractReader) fail(msg string) {
	start := -1
	if n := len(r.frames); n > 0 {
		start = r.frames[n-1].start
	}
	r.failAt(start, nil, msg, nil)
}

// failLeaf records an error about the value of the element just consumed.
func (r *ngDataContractReader) failLeaf(msg string, err error) {
	r.failAt(r.last.start, &r.last, msg, err)
}

// failValue records a value that is not of the type's form.
func (r *ngDataContractReader) failValue(b []byte, what string, err error) {
	r.failLeaf(fmt.Sprintf("%q is not %s", b, what), err)
}

// failErr records err about the value of the element just consumed.
func (r *ngDataContractReader) failErr(err error) {
	r.failLeaf(err.Error(), err)
}

// unsupported records a value that is no pointer to a type of the package.
func (r *ngDataContractReader) unsupported(v any, pkg string) {
	if r.err == nil {
		r.err = &DataContractError{Msg: fmt.Sprintf("%T is not a non-nil pointer to a struct of package %s or to a slice of them", v, pkg)}
	}
}

// at sets the list index of the current element, for paths.
func (r *ngDataContractReader) at(i int) {
	if n := len(r.frames); n > 0 {
		r.frames[n-1].item = i
	}
}

// isNil reports whether the current element has i:nil="true".
func (r *ngDataContractReader) isNil() bool { return r.nilAttr }

func (r *ngDataContractReader) pop() {
	f := r.frames[len(r.frames)-1]
	r.frames = r.frames[:len(r.frames)-1]
	r.binds = r.binds[:f.binds]
	r.last = f
}

// lookup returns the namespace bound to prefix (empty: the default).
func (r *ngDataContractReader) lookup(prefix []byte) ([]byte, bool) {
	if string(prefix) == "xml" {
		return []byte("http://www.w3.org/XML/1998/namespace"), true
	}
	for i := len(r.binds) - 1; i >= 0; i-- {
		if bytes.Equal(r.binds[i].prefix, prefix) {
			return r.binds[i].uri, true
		}
	}
	return nil, len(prefix) == 0
}

func ngDataContractSplit(qname []byte) (prefix, local []byte) {
	if i := bytes.IndexByte(qname, ':'); i >= 0 {
		return qname[:i], qname[i+1:]
	}
	return nil, qname
}

func ngDataContractIsSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func (r *ngDataContractReader) skipSpace() {
	for r.pos < len(r.data) && ngDataContractIsSpace(r.data[r.pos]) {
		r.pos++
	}
}

// name reads an XML name at pos.
func (r *ngDataContractReader) name() []byte {
	start := r.pos
	for r.pos < len(r.data) {
		c := r.data[r.pos]
		if ngDataContractIsSpace(c) || c == '/' || c == '>' || c == '=' || c == '<' || c == '"' || c == '\'' {
			break
		}
		r.pos++
	}
	return r.data[start:r.pos]
}

// skipPast moves pos past the next occurrence of end.
func (r *ngDataContractReader) skipPast(end, what string) bool {
	i := bytes.Index(r.data[r.pos:], []byte(end))
	if i < 0 {
		r.failAt(r.pos, nil, "unterminated "+what, nil)
		return false
	}
	r.pos += i + len(end)
	return true
}

// markup handles a comment, processing instruction or CDATA section at pos
// ("<!" or "<?"); it reports false after an error. CDATA text is appended
// to text when text is non-nil.
func (r *ngDataContractReader) markup(text *[]byte) bool {
	rest := r.data[r.pos:]
	switch {
	case bytes.HasPrefix(rest, []byte("<!--")):
		r.pos += 4
		return r.skipPast("-->", "comment")
	case bytes.HasPrefix(rest, []byte("<?")):
		r.pos += 2
		return r.skipPast("?>", "processing instruction")
	case bytes.HasPrefix(rest, []byte("<![CDATA[")):
		r.pos += 9
		start := r.pos
		if !r.skipPast("]]>", "CDATA section") {
			return false
		}
		if text != nil {
			*text = append(*text, r.data[start:r.pos-3]...)
		}
		return true
	}
	r.failAt(r.pos, nil, "document type declarations and other <! markup are not accepted", nil)
	return false
}

// startTag reads the start tag at pos and pushes its element.
func (r *ngDataContractReader) startTag() bool {
	start := r.pos
	if len(r.frames) >= ngDataContractMaxDepth {
		r.failAt(start, nil, fmt.Sprintf("elements nest deeper than %d", ngDataContractMaxDepth), nil)
		return false
	}
	r.pos++
	qname := r.name()
	if len(qname) == 0 {
		r.failAt(start, nil, "malformed start tag", nil)
		return false
	}
	mark := len(r.binds)
	var nilPrefix, nilValue []byte
	hasNil := false
	r.empty = false
	for {
		r.skipSpace()
		if r.pos >= len(r.data) {
			r.failAt(start, nil, "unterminated start tag", nil)
			return false
		}
		c := r.data[r.pos]
		if c == '>' {
			r.pos++
			break
		}
		if c == '/' {
			if r.pos+1 < len(r.data) && r.data[r.pos+1] == '>' {
				r.pos += 2
				r.empty = true
				break
			}
			r.failAt(start, nil, "malformed start tag", nil)
			return false
		}
		attr := r.name()
		r.skipSpace()
		if len(attr) == 0 || r.pos >= len(r.data) || r.data[r.pos] != '=' {
			r.failAt(start, nil, "malformed attribute", nil)
			return false
		}
		r.pos++
		r.skipSpace()
		if r.pos >= len(r.data) || r.data[r.pos] != '"' && r.data[r.pos] != '\'' {
			r.failAt(start, nil, "attribute value without quotes", nil)
			return false
		}
		q := r.data[r.pos]
		r.pos++
		i := bytes.IndexByte(r.data[r.pos:], q)
		if i < 0 {
			r.failAt(start, nil, "unterminated attribute value", nil)
			return false
		}
		value := r.data[r.pos : r.pos+i]
		r.pos += i + 1
		if bytes.IndexByte(value, '<') >= 0 {
			r.failAt(start, nil, "'<' in an attribute value", nil)
			return false
		}
		if bytes.IndexByte(value, '&') >= 0 {
			var ok bool
			if value, ok = r.unescape(nil, value); !ok {
				return false
			}
		}
		prefix, local := ngDataContractSplit(attr)
		switch {
		case len(prefix) == 0 && string(local) == "xmlns":
			r.binds = append(r.binds, ngDataContractRBind{prefix: nil, uri: value})
		case string(prefix) == "xmlns":
			r.binds = append(r.binds, ngDataContractRBind{prefix: local, uri: value})
		case string(local) == "nil" && len(prefix) > 0:
			nilPrefix, nilValue, hasNil = prefix, value, true
		}
	}
	r.nilAttr = false
	if hasNil {
		if uri, ok := r.lookup(nilPrefix); ok && string(uri) == ngDataContractXSI {
			v := bytes.Trim(nilValue, " \t\r\n")
			r.nilAttr = string(v) == "true" || string(v) == "1"
		}
	}
	_, local := ngDataContractSplit(qname)
	r.frames = append(r.frames, ngDataContractRFrame{qname: qname, local: local, item: -1, binds: mark, start: start})
	r.local = local
	return true
}

// endTag reads the end tag at pos ("</") and pops its element.
func (r *ngDataContractReader) endTag() {
	start := r.pos
	r.pos += 2
	qname := r.name()
	r.skipSpace()
	if r.pos >= len(r.data) || r.data[r.pos] != '>' {
		r.failAt(start, nil, "malformed end tag", nil)
		return
	}
	r.pos++
	if len(r.frames) == 0 {
		r.failAt(start, nil, fmt.Sprintf("end tag </%s> without a start tag", qname), nil)
		return
	}
	if top := r.frames[len(r.frames)-1]; !bytes.Equal(top.qname, qname) {
		r.failAt(start, nil, fmt.Sprintf("end tag </%s> does not match <%s>", qname, top.qname), nil)
		return
	}
	r.pop()
}

// misc skips white space, comments and processing instructions between
// root elements (and a byte order mark at the start); it reports whether
// an element follows.
func (r *ngDataContractReader) misc() bool {
	if r.pos == 0 && bytes.HasPrefix(r.data, []byte("\xEF\xBB\xBF")) {
		r.pos = 3
	}
	for r.err == nil {
		r.skipSpace()
		if r.pos >= len(r.data) {
			return false
		}
		if r.data[r.pos] != '<' {
			r.failAt(r.pos, nil, "text outside the root element", nil)
			return false
		}
		if r.pos+1 < len(r.data) && (r.data[r.pos+1] == '!' || r.data[r.pos+1] == '?') {
			if !r.markup(nil) {
				return false
			}
			continue
		}
		if r.pos+1 < len(r.data) && r.data[r.pos+1] == '/' {
			r.failAt(r.pos, nil, "end tag outside the root element", nil)
			return false
		}
		return true
	}
	return false
}

// root reads the next root element, which must be local in ns; item is
// its index in a stream of roots (-1 for a single value).
func (r *ngDataContractReader) root(local, ns string, item int) bool {
	if r.err != nil {
		return false
	}
	if !r.misc() {
		if r.err == nil {
			r.failAt(r.pos, nil, fmt.Sprintf("no root element; want {%s}%s", ns, local), nil)
		}
		return false
	}
	if !r.startTag() {
		return false
	}
	f := &r.frames[len(r.frames)-1]
	prefix, got := ngDataContractSplit(f.qname)
	uri, ok := r.lookup(prefix)
	if !ok {
		r.failAt(f.start, nil, fmt.Sprintf("root element %s uses the undeclared prefix %s", f.qname, prefix), nil)
		return false
	}
	if string(got) != local || string(uri) != ns {
		// The path would name the wrong element: report at the top.
		r.frames = r.frames[:0]
		r.failAt(f.start, nil, fmt.Sprintf("root element {%s}%s is not {%s}%s", uri, got, ns, local), nil)
		return false
	}
	f.item = item
	return true
}

// more reports whether another root element follows.
func (r *ngDataContractReader) more() bool {
	return r.err == nil && r.misc()
}

// finish checks that nothing but white space, comments and processing
// instructions follows the root element.
func (r *ngDataContractReader) finish() {
	if r.err == nil && r.misc() {
		r.failAt(r.pos, nil, "a second root element follows the first", nil)
	}
}

// next moves to the next child element of the current element and reports
// true, or consumes the current element's end tag and reports false. Text
// between child elements is ignored.
func (r *ngDataContractReader) next() bool {
	if r.err != nil {
		return false
	}
	if r.empty {
		r.empty = false
		r.pop()
		return false
	}
	for {
		i := bytes.IndexByte(r.data[r.pos:], '<')
		if i < 0 {
			r.pos = len(r.data)
			r.fail("the element is not closed")
			return false
		}
		r.pos += i
		if r.pos+1 >= len(r.data) {
			r.fail("the element is not closed")
			return false
		}
		switch r.data[r.pos+1] {
		case '/':
			r.endTag()
			return false
		case '!', '?':
			if !r.markup(nil) {
				return false
			}
		default:
			return r.startTag()
		}
	}
}

// skip consumes the current element.
func (r *ngDataContractReader) skip() {
	for r.next() {
		r.skip()
	}
}

// unknown records the current element as skipped and consumes it.
func (r *ngDataContractReader) unknown() {
	if r.err == nil {
		r.skipped = append(r.skipped, ngDataContractPath(len(r.frames),
			func(i int) string { return string(r.frames[i].local) },
			func(i int) int { return r.frames[i].item }, "", -1))
	}
	r.skip()
}

// unescape appends data with its character and entity references
// replaced, and line ends normalized.
func (r *ngDataContractReader) unescape(dst, data []byte) ([]byte, bool) {
	for len(data) > 0 {
		i := bytes.IndexAny(data, "&\r")
		if i < 0 {
			return append(dst, data...), true
		}
		dst = append(dst, data[:i]...)
		if data[i] == '\r' {
			dst = append(dst, '\n')
			data = data[i+1:]
			if len(data) > 0 && data[0] == '\n' {
				data = data[1:]
			}
			continue
		}
		data = data[i:]
		end := bytes.IndexByte(data, ';')
		if end < 0 {
			r.fail("'&' without a reference")
			return nil, false
		}
		ref := data[1:end]
		data = data[end+1:]
		switch string(ref) {
		case "lt":
			dst = append(dst, '<')
		case "gt":
			dst = append(dst, '>')
		case "amp":
			dst = append(dst, '&')
		case "quot":
			dst = append(dst, '"')
		case "apos":
			dst = append(dst, '\'')
		default:
			var n uint64
			var err error = strconv.ErrSyntax
			switch {
			case len(ref) > 2 && ref[0] == '#' && ref[1] == 'x':
				n, err = strconv.ParseUint(string(ref[2:]), 16, 32)
			case len(ref) > 1 && ref[0] == '#':
				n, err = strconv.ParseUint(string(ref[1:]), 10, 32)
			}
			if err != nil || !utf8.ValidRune(rune(n)) || n == 0 {
				r.fail(fmt.Sprintf("unknown reference &%s;", ref))
				return nil, false
			}
			dst = utf8.AppendRune(dst, rune(n))
		}
	}
	return dst, true
}

// text consumes the current element and returns its text, references
// replaced; the result is valid until the next read. A child element is
// an error.
func (r *ngDataContractReader) text() []byte {
	if r.err != nil {
		return nil
	}
	if r.empty {
		r.empty = false
		r.pop()
		return nil
	}
	start := r.pos
	i := bytes.IndexByte(r.data[start:], '<')
	if i >= 0 && start+i+1 < len(r.data) && r.data[start+i+1] == '/' {
		raw := r.data[start : start+i]
		if bytes.IndexByte(raw, '&') < 0 && bytes.IndexByte(raw, '\r') < 0 {
			r.pos = start + i
			r.endTag()
			return raw
		}
	}
	buf := r.scratch[:0]
	for r.err == nil {
		i := bytes.IndexByte(r.data[r.pos:], '<')
		if i < 0 {
			r.pos = len(r.data)
			r.fail("the element is not closed")
			break
		}
		var ok bool
		if buf, ok = r.unescape(buf, r.data[r.pos:r.pos+i]); !ok {
			break
		}
		r.pos += i
		if r.pos+1 >= len(r.data) {
			r.fail("the element is not closed")
			break
		}
		switch r.data[r.pos+1] {
		case '/':
			r.endTag()
			r.scratch = buf
			return buf
		case '!', '?':
			r.markup(&buf)
		default:
			r.fail("an element is inside an element that holds a value")
		}
	}
	r.scratch = buf
	return nil
}

// value returns the current element's text without surrounding white
// space.
func (r *ngDataContractReader) value() []byte {
	return bytes.Trim(r.text(), " \t\r\n")
}

func (r *ngDataContractReader) str() string {
	return string(r.text())
}

func (r *ngDataContractReader) boolean() bool {
	b := r.value()
	switch string(b) {
	case "true", "1":
		return true
	case "false", "0":
		return false
	}
	if r.err == nil {
		r.failValue(b, "an xs:boolean", nil)
	}
	return false
}

func (r *ngDataContractReader) integer(bits int) int64 {
	b := r.value()
	if r.err != nil {
		return 0
	}
	if len(b) > 0 && b[0] == '+' {
		b = b[1:]
	}
	n, err := strconv.ParseInt(string(b), 10, bits)
	if err != nil {
		r.failValue(b, fmt.Sprintf("a %d-bit integer", bits), nil)
	}
	return n
}

func (r *ngDataContractReader) uinteger(bits int) uint64 {
	b := r.value()
	if r.err != nil {
		return 0
	}
	if len(b) > 0 && b[0] == '+' {
		b = b[1:]
	}
	n, err := strconv.ParseUint(string(b), 10, bits)
	if err != nil {
		r.failValue(b, fmt.Sprintf("an unsigned %d-bit integer", bits), nil)
	}
	return n
}

func (r *ngDataContractReader) float(bits int) float64 {
	b := r.value()
	if r.err != nil {
		return 0
	}
	switch string(b) {
	case "INF":
		return math.Inf(1)
	case "-INF":
		return math.Inf(-1)
	case "NaN":
		return math.NaN()
	}
	f, err := strconv.ParseFloat(string(b), bits)
	if err != nil {
		r.failValue(b, "a number", nil)
	}
	return f
}

// decimal returns the current element's xs:decimal text in the syntax of
// a JSON number: a leading + and leading zeros dropped, .5 as 0.5, 5. as
// 5. The scale is kept.
func (r *ngDataContractReader) decimal() []byte {
	b := r.value()
	if r.err != nil || len(b) == 0 {
		return b
	}
	if bytes.ContainsAny(b, "eE") {
		return b // not xs:decimal; the Decimal's own parser decides
	}
	neg := false
	switch b[0] {
	case '-':
		neg = true
		b = b[1:]
	case '+':
		b = b[1:]
	}
	intPart, frac, dot := b, []byte(nil), false
	if i := bytes.IndexByte(b, '.'); i >= 0 {
		intPart, frac, dot = b[:i], b[i+1:], true
	}
	for len(intPart) > 1 && intPart[0] == '0' {
		intPart = intPart[1:]
	}
	out := r.dec[:0]
	if neg {
		out = append(out, '-')
	}
	if len(intPart) == 0 {
		out = append(out, '0')
	}
	out = append(out, intPart...)
	if dot && len(frac) > 0 {
		out = append(out, '.')
		out = append(out, frac...)
	}
	r.dec = out
	return out
}

// uuid reads a Guid: 8-4-4-4-12 hexadecimal digits in any case, optionally
// in braces.
func (r *ngDataContractReader) uuid() (u [16]byte) {
	b := r.value()
	if r.err != nil {
		return u
	}
	s := b
	if len(s) == 38 && s[0] == '{' && s[37] == '}' {
		s = s[1:37]
	}
	if len(s) != 36 {
		r.failValue(b, "a Guid", nil)
		return u
	}
	j := 0
	for i := 0; i < 36; {
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if s[i] != '-' {
				r.failValue(b, "a Guid", nil)
				return [16]byte{}
			}
			i++
			continue
		}
		hi, ok1 := ngDataContractUnhex(s[i])
		lo, ok2 := ngDataContractUnhex(s[i+1])
		if !ok1 || !ok2 {
			r.failValue(b, "a Guid", nil)
			return [16]byte{}
		}
		u[j] = hi<<4 | lo
		j++
		i += 2
	}
	return u
}

func ngDataContractUnhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// time reads an xs:dateTime (or an xs:date, as midnight): Z gives
// time.UTC, an offset a fixed zone, no zone DataContractUnspecified.
func (r *ngDataContractReader) time() time.Time {
	b := r.value()
	if r.err != nil {
		return time.Time{}
	}
	t, ok := ngDataContractParseTime(b)
	if !ok {
		r.failValue(b, "an xs:dateTime", nil)
	}
	return t
}

func ngDataContractParseTime(b []byte) (time.Time, bool) {
	num := func(s []byte) (int, bool) {
		n := 0
		for _, c := range s {
			if c < '0' || c > '9' {
				return 0, false
			}
			n = n*10 + int(c-'0')
		}
		return n, len(s) > 0
	}
	if len(b) < 10 || b[4] != '-' || b[7] != '-' {
		return time.Time{}, false
	}
	year, ok1 := num(b[:4])
	month, ok2 := num(b[5:7])
	day, ok3 := num(b[8:10])
	if !ok1 || !ok2 || !ok3 || year < 1 || month < 1 || month > 12 || day < 1 || day > 31 {
		return time.Time{}, false
	}
	rest := b[10:]
	var hour, minute, sec, nsec int
	if len(rest) > 0 && rest[0] == 'T' {
		if len(rest) < 9 || rest[3] != ':' || rest[6] != ':' {
			return time.Time{}, false
		}
		var ok4, ok5, ok6 bool
		hour, ok4 = num(rest[1:3])
		minute, ok5 = num(rest[4:6])
		sec, ok6 = num(rest[7:9])
		if !ok4 || !ok5 || !ok6 || hour > 23 || minute > 59 || sec > 59 {
			return time.Time{}, false
		}
		rest = rest[9:]
		if len(rest) > 0 && rest[0] == '.' {
			i := 1
			scale := 100000000
			for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
				nsec += int(rest[i]-'0') * scale
				scale /= 10
				i++
			}
			if i == 1 {
				return time.Time{}, false
			}
			rest = rest[i:]
		}
	}
	loc := DataContractUnspecified
	switch {
	case len(rest) == 0:
	case len(rest) == 1 && rest[0] == 'Z':
		loc = time.UTC
	case len(rest) == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':':
		h, ok7 := num(rest[1:3])
		m, ok8 := num(rest[4:6])
		if !ok7 || !ok8 || h > 14 || m > 59 {
			return time.Time{}, false
		}
		off := h*3600 + m*60
		if rest[0] == '-' {
			off = -off
		}
		loc = time.FixedZone("", off)
	default:
		return time.Time{}, false
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, nsec, loc)
	if t.Day() != day {
		return time.Time{}, false // February 30th and the like
	}
	return t, true
}

// dateText returns the date part of an xs:date or xs:dateTime.
func (r *ngDataContractReader) dateText() []byte {
	b := r.value()
	if i := bytes.IndexByte(b, 'T'); i >= 0 {
		b = b[:i]
	}
	return b
}

// unmarshalText reads a value of a type of another package through its
// encoding.TextUnmarshaler.
func (r *ngDataContractReader) unmarshalText(v any) {
	b := r.value()
	if r.err != nil {
		return
	}
	u, ok := v.(encoding.TextUnmarshaler)
	if !ok {
		r.failLeaf(fmt.Sprintf("%T has no DataContract form: it is no encoding.TextUnmarshaler", v), nil)
		return
	}
	if err := u.UnmarshalText(b); err != nil {
		r.failValue(b, fmt.Sprintf("a %T", v), err)
	}
}
