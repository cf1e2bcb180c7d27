package templates

import (
	"bytes"
	"cmp"
	"encoding"
	"encoding/json"
	"fmt"
	"math"
	"unicode/utf8"
)

// Decimal is an exact decimal number that keeps the text it was parsed from.
//
// It is the Go type for OpenAPI numbers with format "decimal", such as prices
// and amounts, which must never pass through float64. A Decimal prints
// exactly the text it was read from: "10.00" stays "10.00", never "10" or
// "1E+1". Numeric questions (Cmp, IsZero, Scale) are answered about the value
// the text denotes, so "1.0" and "1" compare equal while printing differently.
// Two Decimals are == only when their texts are equal; use Cmp to compare
// values.
//
// The accepted syntax is exactly that of a JSON number (RFC 8259, section 6):
// an optional minus sign, an integer part without leading zeros, an optional
// fraction of one or more digits after a point, and an optional exponent
// introduced by e or E with an optional sign. Keeping to JSON's grammar is
// what lets MarshalJSON write the text unchanged, so a leading '+', leading
// zeros ("007"), a bare point (".5", "5."), surrounding spaces, NaN and Inf
// are all rejected. The exponent's magnitude may not exceed math.MaxInt32,
// which keeps every comparison exact and cheap.
//
// The zero value is the number 0 and prints as "0".
type Decimal struct {
	// text is the number exactly as parsed; "" is the zero value.
	text string
}

// Decimal implements the JSON and text (un)marshalers; the text ones serve
// encoding/xml for elements and attributes.
var (
	_ json.Marshaler           = Decimal{}
	_ json.Unmarshaler         = (*Decimal)(nil)
	_ encoding.TextMarshaler   = Decimal{}
	_ encoding.TextUnmarshaler = (*Decimal)(nil)
)

// ngDecimalMaxExponent is the largest exponent magnitude that ParseDecimal
// accepts.
const ngDecimalMaxExponent = math.MaxInt32

// ParseDecimal parses s, which must be a JSON number, into a Decimal that
// keeps s as its text. See Decimal for the accepted syntax.
func ParseDecimal(s string) (Decimal, error) {
	if _, err := ngDecimalScan(s); err != nil {
		return Decimal{}, err
	}
	return Decimal{text: s}, nil
}

// MustParseDecimal is like ParseDecimal but panics if s is not a valid
// decimal. It is meant for constants in code and tests.
func MustParseDecimal(s string) Decimal {
	d, err := ParseDecimal(s)
	if err != nil {
		panic(err)
	}
	return d
}

// String returns the text the Decimal was parsed from, or "0" for the zero
// value.
func (d Decimal) String() string {
	if d.text == "" {
		return "0"
	}
	return d.text
}

// IsZero reports whether the Decimal's value is zero, whatever its text:
// the zero value, "0", "-0.00" and "0e7" are all zero. So encoding/json's
// omitzero option, which calls IsZero, omits all of them; use a *Decimal for
// an optional value whose zero must still be sent.
func (d Decimal) IsZero() bool {
	for i := 0; i < len(d.text); i++ {
		switch c := d.text[i]; {
		case c == 'e' || c == 'E':
			return true
		case '1' <= c && c <= '9':
			return false
		}
	}
	return true
}

// Cmp compares the values of d and e exactly and returns -1 if d < e, 0 if
// d == e and +1 if d > e. The texts do not matter: "1.0", "1" and "0.1e1"
// are equal, and so are "0" and "-0".
func (d Decimal) Cmp(e Decimal) int {
	x, y := ngDecimalDigitsOf(d.text), ngDecimalDigitsOf(e.text)
	sx, sy := x.sign(), y.sign()
	if sx != sy {
		return cmp.Compare(sx, sy)
	}
	c := ngDecimalCmpAbs(x, y)
	if sx < 0 {
		return -c
	}
	return c
}

// Scale returns the number of digits after the decimal point when the
// Decimal is written without an exponent, keeping trailing zeros: "10.00"
// has scale 2, "7" and "1.5e1" have scale 0, and "1.50e-1" has scale 3.
func (d Decimal) Scale() int {
	if d.text == "" {
		return 0
	}
	// The text was checked when the Decimal was made, so scanning cannot fail.
	l, _ := ngDecimalScan(d.text)
	frac := 0
	if l.fracEnd > l.intEnd {
		frac = l.fracEnd - l.intEnd - 1
	}
	s := int64(frac) - l.exp
	switch {
	case s <= 0:
		return 0
	case s > math.MaxInt:
		return math.MaxInt
	}
	return int(s)
}

// MarshalJSON writes the Decimal as a JSON number with exactly its text.
func (d Decimal) MarshalJSON() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalJSON reads a JSON number, or a JSON string holding one as some
// services write amounts, and keeps its text. JSON null leaves the Decimal
// unchanged, as encoding/json does for other types, and the JSON string ""
// sets the zero value. Unlike UnmarshalText, it allows no white space inside
// a string.
func (d *Decimal) UnmarshalJSON(b []byte) error {
	var text []byte
	switch {
	case string(b) == "null":
		return nil
	case len(b) > 0 && b[0] == '"':
		s, err := ngDecimalJSONString(b)
		if err != nil {
			return fmt.Errorf("unmarshal decimal: %w", err)
		}
		text = s
	case len(b) > 0 && (b[0] == '-' || ngDecimalIsDigit(b[0])):
		text = b
	default:
		return fmt.Errorf("unmarshal decimal: want a JSON number or string, got %.32q", b)
	}
	v, err := ngDecimalFromText(text)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalText returns the Decimal's text, or "0" for the zero value.
func (d Decimal) MarshalText() ([]byte, error) {
	return []byte(d.String()), nil
}

// UnmarshalText parses b as ParseDecimal does and keeps it as the text, with
// two allowances for encoding/xml, which passes element text and attributes
// through UnmarshalText: surrounding XML white space (space, tab, CR, LF) is
// dropped, as XML Schema's xs:decimal allows, and empty text sets the zero
// value, as for an empty element or one with xsi:nil="true". That is much
// how encoding/xml treats Go's own number types.
func (d *Decimal) UnmarshalText(b []byte) error {
	v, err := ngDecimalFromText(bytes.Trim(b, " \t\r\n"))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ngDecimalFromText parses b as ParseDecimal does, except that empty text is
// the zero value. It allocates only the copy of b that the Decimal keeps.
func ngDecimalFromText(b []byte) (Decimal, error) {
	if len(b) == 0 {
		return Decimal{}, nil
	}
	if _, err := ngDecimalScan(b); err != nil {
		return Decimal{}, err
	}
	return Decimal{text: string(b)}, nil
}

// ngDecimalLayout locates the parts of a valid decimal text s: the integer
// digits are s[start:intEnd], the fraction digits s[intEnd+1:fracEnd] (none
// when fracEnd == intEnd), and exp is the exponent's value (0 if absent).
type ngDecimalLayout struct {
	start, intEnd, fracEnd int
	exp                    int64
}

// ngDecimalScan checks that s is a JSON number with an exponent in range and
// returns its layout. It allocates only to report an error.
func ngDecimalScan[T string | []byte](s T) (ngDecimalLayout, error) {
	var l ngDecimalLayout
	if len(s) == 0 {
		return l, fmt.Errorf("parse decimal %q: empty text", s)
	}
	i := 0
	if s[0] == '-' {
		i = 1
	}
	l.start = i
	switch {
	case i < len(s) && s[i] == '0':
		i++
		if i < len(s) && ngDecimalIsDigit(s[i]) {
			return l, fmt.Errorf("parse decimal %q: leading zero", s)
		}
	case i < len(s) && ngDecimalIsDigit(s[i]):
		for i < len(s) && ngDecimalIsDigit(s[i]) {
			i++
		}
	default:
		return l, ngDecimalWantDigit(s, i)
	}
	l.intEnd, l.fracEnd = i, i
	if i < len(s) && s[i] == '.' {
		i++
		first := i
		for i < len(s) && ngDecimalIsDigit(s[i]) {
			i++
		}
		if i == first {
			return l, ngDecimalWantDigit(s, i)
		}
		l.fracEnd = i
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		neg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			neg = s[i] == '-'
			i++
		}
		first := i
		for ; i < len(s) && ngDecimalIsDigit(s[i]); i++ {
			if l.exp <= ngDecimalMaxExponent { // Saturate rather than overflow.
				l.exp = l.exp*10 + int64(s[i]-'0')
			}
		}
		if i == first {
			return l, ngDecimalWantDigit(s, i)
		}
		if l.exp > ngDecimalMaxExponent {
			return l, fmt.Errorf("parse decimal %q: exponent magnitude exceeds %d", s, ngDecimalMaxExponent)
		}
		if neg {
			l.exp = -l.exp
		}
	}
	if i < len(s) {
		return l, fmt.Errorf("parse decimal %q: unexpected %q at offset %d", s, ngDecimalCharAt(s, i), i)
	}
	return l, nil
}

// ngDecimalWantDigit reports that s has no digit at offset i, where one is
// required.
func ngDecimalWantDigit[T string | []byte](s T, i int) error {
	if i >= len(s) {
		return fmt.Errorf("parse decimal %q: want a digit at the end", s)
	}
	return fmt.Errorf("parse decimal %q: want a digit at offset %d, got %q", s, i, ngDecimalCharAt(s, i))
}

// ngDecimalCharAt returns the UTF-8 encoded character that starts at offset i
// of s, or the single byte there if it does not start a valid one.
func ngDecimalCharAt[T string | []byte](s T, i int) T {
	_, n := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
	return s[i : i+n]
}

// ngDecimalIsDigit reports whether c is an ASCII digit.
func ngDecimalIsDigit(c byte) bool {
	return '0' <= c && c <= '9'
}

// ngDecimalDigits is the numeric view of a decimal text. The integer digits
// followed by the fraction digits form one sequence; its significant part,
// positions lo to hi-1, has no leading or trailing zeros, and the value is
// ±0.d[lo]d[lo+1]...d[hi-1] × 10^order. The value is zero when lo == hi.
type ngDecimalDigits struct {
	neg               bool
	intPart, fracPart string
	lo, hi            int
	order             int64
}

// ngDecimalDigitsOf returns the numeric view of a Decimal's text, which must
// be valid or empty (the zero value).
func ngDecimalDigitsOf(text string) ngDecimalDigits {
	if text == "" {
		text = "0"
	}
	// The text was checked when the Decimal was made, so scanning cannot fail.
	l, _ := ngDecimalScan(text)
	n := ngDecimalDigits{neg: text[0] == '-', intPart: text[l.start:l.intEnd]}
	if l.fracEnd > l.intEnd {
		n.fracPart = text[l.intEnd+1 : l.fracEnd]
	}
	n.hi = len(n.intPart) + len(n.fracPart)
	for n.lo < n.hi && n.at(n.lo) == '0' {
		n.lo++
	}
	for n.hi > n.lo && n.at(n.hi-1) == '0' {
		n.hi--
	}
	n.order = int64(len(n.intPart)) + l.exp - int64(n.lo)
	return n
}

// at returns the digit at position i of the integer-then-fraction sequence.
func (n *ngDecimalDigits) at(i int) byte {
	if i < len(n.intPart) {
		return n.intPart[i]
	}
	return n.fracPart[i-len(n.intPart)]
}

// sign returns -1, 0 or +1 for a negative, zero or positive value.
func (n *ngDecimalDigits) sign() int {
	switch {
	case n.lo == n.hi:
		return 0
	case n.neg:
		return -1
	}
	return 1
}

// ngDecimalCmpAbs compares the absolute values of x and y.
func ngDecimalCmpAbs(x, y ngDecimalDigits) int {
	nx, ny := x.hi-x.lo, y.hi-y.lo
	switch {
	case nx == 0 || ny == 0:
		return cmp.Compare(nx, ny)
	case x.order != y.order:
		return cmp.Compare(x.order, y.order)
	}
	for k := range min(nx, ny) {
		if c := cmp.Compare(x.at(x.lo+k), y.at(y.lo+k)); c != 0 {
			return c
		}
	}
	// Without trailing zeros, the longer sequence has more value left.
	return cmp.Compare(nx, ny)
}

// ngDecimalJSONString returns the contents of the JSON string literal b,
// with any escapes resolved.
func ngDecimalJSONString(b []byte) ([]byte, error) {
	if len(b) < 2 || b[len(b)-1] != '"' {
		return nil, fmt.Errorf("malformed JSON string %.32q", b)
	}
	inner := b[1 : len(b)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return inner, nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return nil, fmt.Errorf("malformed JSON string: %w", err)
	}
	return []byte(s), nil
}
