package templates

import (
	"encoding/json"
	"encoding/xml"
	"math/big"
	"strings"
	"testing"
)

func TestParseDecimalValid(t *testing.T) {
	for _, s := range []string{
		"0", "-0", "1", "-1", "7", "10.00", "0.10", "-0.001", "123.456",
		"123456789012345678901234567890.123456789012345678901234567890",
		"1e5", "1E5", "1e+5", "1e-5", "-1.5e-10", "0.0", "0e0", "0E-0",
		"1e007", "1e2147483647", "-1e-2147483647", "1e0002147483647",
	} {
		d, err := ParseDecimal(s)
		if err != nil {
			t.Errorf("ParseDecimal(%q): %v", s, err)
			continue
		}
		if got := d.String(); got != s {
			t.Errorf("ParseDecimal(%q).String() = %q, want the text unchanged", s, got)
		}
	}
}

func TestParseDecimalInvalid(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"", "empty text"},
		{"-", "want a digit at the end"},
		{"+1", `want a digit at offset 0, got "+"`},
		{"01", "leading zero"},
		{"00", "leading zero"},
		{"-007", "leading zero"},
		{".5", `want a digit at offset 0, got "."`},
		{"-.5", `want a digit at offset 1, got "."`},
		{"5.", "want a digit at the end"},
		{"1.e5", `want a digit at offset 2, got "e"`},
		{"1e", "want a digit at the end"},
		{"1e+", "want a digit at the end"},
		{"1e+-1", `want a digit at offset 3, got "-"`},
		{"e5", `got "e"`},
		{"NaN", `got "N"`},
		{"Inf", `got "I"`},
		{"-Infinity", `got "I"`},
		{" 1", `got " "`},
		{"1 ", `unexpected " " at offset 1`},
		{"1\n", `unexpected "\n" at offset 1`},
		{"1,5", `unexpected "," at offset 1`},
		{"1.5.5", `unexpected "." at offset 3`},
		{"1e5.5", `unexpected "." at offset 3`},
		{"0x10", `unexpected "x" at offset 1`},
		{"1_000", `unexpected "_" at offset 1`},
		{"--1", `want a digit at offset 1, got "-"`},
		{`"1"`, `got "\""`},
		{"١", `got "١"`},
		{"1\xff", `unexpected "\xff" at offset 1`},
		{"1e2147483648", "exponent magnitude exceeds 2147483647"},
		{"1e-2147483648", "exponent magnitude exceeds 2147483647"},
		{"1e99999999999999999999999", "exponent magnitude exceeds"},
	} {
		_, err := ParseDecimal(tc.in)
		if err == nil {
			t.Errorf("ParseDecimal(%q) succeeded, want an error", tc.in)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "parse decimal ") || !strings.Contains(msg, tc.msg) {
			t.Errorf("ParseDecimal(%q) error %q, want it to contain %q", tc.in, msg, tc.msg)
		}
	}
}

func TestMustParseDecimalPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDecimal(\"x\") did not panic")
		}
	}()
	MustParseDecimal("x")
}

func TestDecimalZeroValue(t *testing.T) {
	var d Decimal
	if got := d.String(); got != "0" {
		t.Errorf("Decimal{}.String() = %q, want 0", got)
	}
	if !d.IsZero() || d.Scale() != 0 || d.Cmp(MustParseDecimal("-0.00")) != 0 {
		t.Errorf("Decimal{} is not the number 0")
	}
	if b, _ := d.MarshalJSON(); string(b) != "0" {
		t.Errorf("Decimal{}.MarshalJSON() = %s, want 0", b)
	}
	if b, _ := d.MarshalText(); string(b) != "0" {
		t.Errorf("Decimal{}.MarshalText() = %s, want 0", b)
	}
}

func TestDecimalIsZero(t *testing.T) {
	for s, want := range map[string]bool{
		"0": true, "-0": true, "0.000": true, "0e9": true, "-0.0E-3": true,
		"1": false, "0.001": false, "-1e-9": false, "10": false, "0.10e0": false,
	} {
		if got := MustParseDecimal(s).IsZero(); got != want {
			t.Errorf("Decimal(%q).IsZero() = %v, want %v", s, got, want)
		}
	}
}

func TestDecimalCmp(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"1", "1", 0},
		{"1.0", "1", 0},
		{"1.000", "1.0", 0},
		{"0.1e1", "1", 0},
		{"10e-1", "1", 0},
		{"100", "1e2", 0},
		{"0", "-0", 0},
		{"0.00", "0e10", 0},
		{"-0", "0.0", 0},
		{"1", "2", -1},
		{"2", "1", 1},
		{"-1", "1", -1},
		{"-2", "-1", -1},
		{"-1", "0", -1},
		{"0", "0.0001", -1},
		{"0.0001", "1e-4", 0},
		{"0.0001", "1e-5", 1},
		{"9.99", "10", -1},
		{"10.00", "9.999999", 1},
		{"1.23", "1.230000001", -1},
		{"-1.23", "-1.230000001", 1},
		{"123.456", "123.4560", 0},
		{"123.456", "123.457", -1},
		{"99999999999999999999999999999", "1e29", -1},
		{"100000000000000000000000000000", "1e29", 0},
		{"1e2147483647", "9e2147483646", 1},
		{"1e2147483647", "-1e2147483647", 1},
		{"1e-2147483647", "0", 1},
		{"-1e-2147483647", "0", -1},
		{"1e-2147483647", "1e-2147483646", -1},
		{"12345678901234567890.5", "12345678901234567890.49999", 1},
	} {
		a, b := MustParseDecimal(tc.a), MustParseDecimal(tc.b)
		if got := a.Cmp(b); got != tc.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
		if got := b.Cmp(a); got != -tc.want {
			t.Errorf("%s.Cmp(%s) = %d, want %d", tc.b, tc.a, got, -tc.want)
		}
	}
}

func TestDecimalScale(t *testing.T) {
	for s, want := range map[string]int{
		"0": 0, "7": 0, "-7": 0, "10.00": 2, "0.10": 2, "1.5": 1,
		"1.5e1": 0, "1.50e1": 1, "1e-2": 2, "1.50e-1": 3, "1e5": 0,
		"1e-2147483647": 2147483647,
	} {
		if got := MustParseDecimal(s).Scale(); got != want {
			t.Errorf("Decimal(%q).Scale() = %d, want %d", s, got, want)
		}
	}
}

// decimalJSON holds Decimals in the field shapes that generated code uses.
type decimalJSON struct {
	Value    Decimal  `json:"value"`
	Pointer  *Decimal `json:"pointer"`
	Optional *Decimal `json:"optional,omitempty"`
	Zero     Decimal  `json:"zero,omitzero"`
	Map      map[string]Decimal
}

func TestDecimalJSONRoundTrip(t *testing.T) {
	p, o := MustParseDecimal("-1.5e3"), MustParseDecimal("0.10")
	in := decimalJSON{
		Value:    MustParseDecimal("10.00"),
		Pointer:  &p,
		Optional: &o,
		Zero:     MustParseDecimal("0.00"), // Numerically zero, so omitted.
		Map:      map[string]Decimal{"b": MustParseDecimal("2.50"), "a": {}},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"value":10.00,"pointer":-1.5e3,"optional":0.10,"Map":{"a":0,"b":2.50}}`
	if string(b) != want {
		t.Fatalf("json.Marshal = %s, want %s", b, want)
	}
	var out decimalJSON
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Value != in.Value || *out.Pointer != p || *out.Optional != o || out.Map["b"] != in.Map["b"] || out.Map["a"].String() != "0" {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}

	b, err = json.Marshal(decimalJSON{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"value":0,"pointer":null,"Map":null}`; string(b) != want {
		t.Errorf("json.Marshal(zero) = %s, want %s", b, want)
	}
}

func TestDecimalUnmarshalJSON(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"value":12.50}`, "12.50"},
		{`{"value":"12.50"}`, "12.50"},
		{`{"value":"\u0031\u0032.5"}`, "12.5"},
		{`{"value":-0}`, "-0"},
		{`{"value":1E-7}`, "1E-7"},
		{`{"value":""}`, "0"},
		{`{"value":null}`, "99.9"}, // Unchanged.
		{`{}`, "99.9"},
	} {
		out := decimalJSON{Value: MustParseDecimal("99.9")}
		if err := json.Unmarshal([]byte(tc.in), &out); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", tc.in, err)
			continue
		}
		if got := out.Value.String(); got != tc.want {
			t.Errorf("json.Unmarshal(%s): value %q, want %q", tc.in, got, tc.want)
		}
	}

	p := MustParseDecimal("1")
	out := decimalJSON{Pointer: &p}
	if err := json.Unmarshal([]byte(`{"pointer":null}`), &out); err != nil || out.Pointer != nil {
		t.Errorf("null into a pointer: got %v, %v; want nil, nil", out.Pointer, err)
	}
	if err := json.Unmarshal([]byte(`{"pointer":"3.0"}`), &out); err != nil || out.Pointer.String() != "3.0" {
		t.Errorf("string into a pointer: got %v, %v; want 3.0, nil", out.Pointer, err)
	}

	for _, in := range []string{
		`{"value":true}`, `{"value":[1]}`, `{"value":{}}`, `{"value":"abc"}`,
		`{"value":"+1"}`, `{"value":" 1"}`, `{"value":"1 "}`, `{"value":"1.0x"}`, `{"value":"NaN"}`,
	} {
		var out decimalJSON
		err := json.Unmarshal([]byte(in), &out)
		if err == nil || !strings.Contains(err.Error(), "decimal") {
			t.Errorf("json.Unmarshal(%s) = %v, want a decimal error", in, err)
		}
	}
	for _, in := range []string{``, `"`, `"1`, `1"`, `tru`, `"\x"`, ` 1`, `1 `} {
		var d Decimal
		if err := d.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) succeeded, want an error", in)
		}
	}
}

// decimalXML holds Decimals as XML elements and attributes.
type decimalXML struct {
	XMLName  xml.Name `xml:"Doc"`
	Attr     Decimal  `xml:"attr,attr"`
	PAttr    *Decimal `xml:"pattr,attr,omitempty"`
	Elem     Decimal  `xml:"Elem"`
	PElem    *Decimal `xml:"PElem,omitempty"`
	Repeated []Decimal
}

func TestDecimalXMLRoundTrip(t *testing.T) {
	pa, pe := MustParseDecimal("-0.50"), MustParseDecimal("1e-3")
	in := decimalXML{
		Attr:     MustParseDecimal("10.00"),
		PAttr:    &pa,
		Elem:     MustParseDecimal("12345678901234567890.12"),
		PElem:    &pe,
		Repeated: []Decimal{MustParseDecimal("1.0"), {}},
	}
	b, err := xml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `<Doc attr="10.00" pattr="-0.50"><Elem>12345678901234567890.12</Elem><PElem>1e-3</PElem>` +
		`<Repeated>1.0</Repeated><Repeated>0</Repeated></Doc>`
	if string(b) != want {
		t.Fatalf("xml.Marshal = %s, want %s", b, want)
	}
	var out decimalXML
	if err := xml.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Attr != in.Attr || *out.PAttr != pa || out.Elem != in.Elem || *out.PElem != pe ||
		len(out.Repeated) != 2 || out.Repeated[0] != in.Repeated[0] || out.Repeated[1].String() != "0" {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}

	b, err = xml.Marshal(decimalXML{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<Doc attr="0"><Elem>0</Elem></Doc>`; string(b) != want {
		t.Errorf("xml.Marshal(zero) = %s, want %s", b, want)
	}
}

func TestDecimalUnmarshalXML(t *testing.T) {
	const doc = `<Doc xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" attr="">` +
		"<Elem>\n\t 5.50 \r\n</Elem><PElem xsi:nil=\"true\"/><Repeated> </Repeated></Doc>"
	out := decimalXML{Attr: MustParseDecimal("1"), Elem: MustParseDecimal("2")}
	if err := xml.Unmarshal([]byte(doc), &out); err != nil {
		t.Fatal(err)
	}
	if out.Attr != (Decimal{}) || out.PElem == nil || *out.PElem != (Decimal{}) || len(out.Repeated) != 1 || out.Repeated[0] != (Decimal{}) {
		t.Errorf("empty text: got %+v, want zero values", out)
	}
	if got := out.Elem.String(); got != "5.50" {
		t.Errorf("element text with white space: got %q, want 5.50", got)
	}
	for _, doc := range []string{`<Doc attr="1,5"/>`, `<Doc><Elem>5 0</Elem></Doc>`, "<Doc><Elem>\u00a05</Elem></Doc>"} {
		err := xml.Unmarshal([]byte(doc), &out)
		if err == nil || !strings.Contains(err.Error(), "parse decimal") {
			t.Errorf("xml.Unmarshal(%s) = %v, want a parse error", doc, err)
		}
	}
}

func TestDecimalAllocations(t *testing.T) {
	a, b := MustParseDecimal("12345.678"), MustParseDecimal("12345.6780001e0")
	if n := testing.AllocsPerRun(100, func() { _ = a.Cmp(b) }); n != 0 {
		t.Errorf("Cmp allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseDecimal("-12.50e3") }); n != 0 {
		t.Errorf("ParseDecimal allocates %v times, want 0", n)
	}
	text := []byte("-12.50e3")
	var d Decimal
	if n := testing.AllocsPerRun(100, func() { _ = d.UnmarshalText(text) }); n > 1 {
		t.Errorf("UnmarshalText allocates %v times, want at most 1 (the text)", n)
	}
}

func BenchmarkDecimalCmp(b *testing.B) {
	x, y := MustParseDecimal("12345.678"), MustParseDecimal("12345.6780001")
	for b.Loop() {
		_ = x.Cmp(y)
	}
}

func BenchmarkDecimalUnmarshalJSON(b *testing.B) {
	in := []byte(`"12345.678"`)
	var d Decimal
	for b.Loop() {
		if err := d.UnmarshalJSON(in); err != nil {
			b.Fatal(err)
		}
	}
}

// decimalRat returns the value of a valid decimal text as a big.Rat, or false
// when its exponent is too large to expand cheaply.
func decimalRat(s string) (*big.Rat, bool) {
	l, err := ngDecimalScan(s)
	if err != nil || l.exp < -400 || l.exp > 400 || len(s) > 400 {
		return nil, false
	}
	r, ok := new(big.Rat).SetString(s)
	return r, ok
}

// isJSONNumber reports whether s is, in full, a JSON number.
func isJSONNumber(s string) bool {
	if s == "" || !json.Valid([]byte(s)) {
		return false
	}
	first, last := s[0], s[len(s)-1]
	return (first == '-' || ngDecimalIsDigit(first)) && ngDecimalIsDigit(last)
}

func FuzzParseDecimal(f *testing.F) {
	for _, s := range []string{
		"0", "-0", "10.00", "1e5", "-1.5E-10", "0.000", "123456789.987654321",
		"1e2147483647", "1e2147483648", "", "-", "+1", "01", ".5", "5.", "NaN",
		"1e", "1 ", "0x1", "١",
	} {
		f.Add(s)
	}
	refs := []string{"0", "1", "-1", "0.5", "123.456", "1e10", "-2.5e-3", "99.99"}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDecimal(s)
		if err != nil {
			if isJSONNumber(s) && !strings.Contains(err.Error(), "exponent") {
				t.Fatalf("ParseDecimal(%q) rejected a JSON number: %v", s, err)
			}
			return
		}
		if !isJSONNumber(s) {
			t.Fatalf("ParseDecimal(%q) accepted a text that is not a JSON number", s)
		}
		if d.String() != s {
			t.Fatalf("ParseDecimal(%q).String() = %q", s, d.String())
		}
		if again, err := ParseDecimal(d.String()); err != nil || again != d {
			t.Fatalf("ParseDecimal(String()) = %v, %v; want %v", again, err, d)
		}
		b, err := json.Marshal(d)
		if err != nil || string(b) != s {
			t.Fatalf("json.Marshal = %s, %v; want %s", b, err, s)
		}
		var back Decimal
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("json round trip = %v, %v; want %v", back, err, d)
		}
		if d.Cmp(d) != 0 {
			t.Fatalf("%s.Cmp(itself) != 0", s)
		}
		r, ok := decimalRat(s)
		if !ok {
			return
		}
		if d.IsZero() != (r.Sign() == 0) {
			t.Fatalf("%s.IsZero() = %v, value is %s", s, d.IsZero(), r.RatString())
		}
		scaled := new(big.Rat).Mul(r, new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(d.Scale())), nil)))
		if !scaled.IsInt() {
			t.Fatalf("%s × 10^Scale() is not an integer (Scale() = %d)", s, d.Scale())
		}
		for _, ref := range refs {
			rr, _ := new(big.Rat).SetString(ref)
			if got, want := d.Cmp(MustParseDecimal(ref)), r.Cmp(rr); got != want {
				t.Fatalf("%s.Cmp(%s) = %d, want %d", s, ref, got, want)
			}
		}
	})
}

func FuzzDecimalCmp(f *testing.F) {
	for _, pair := range [][2]string{
		{"1.0", "1"}, {"0.1e1", "1"}, {"-0", "0.00"}, {"9.99", "10"}, {"1e-3", "0.0010"},
		{"-1.23", "-1.230000001"}, {"123456789012345678901234567890", "1.2345678901234567890123456789e29"},
	} {
		f.Add(pair[0], pair[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		x, errX := ParseDecimal(a)
		y, errY := ParseDecimal(b)
		if errX != nil || errY != nil {
			return
		}
		got := x.Cmp(y)
		if back := y.Cmp(x); back != -got {
			t.Fatalf("%s.Cmp(%s) = %d but %s.Cmp(%s) = %d", a, b, got, b, a, back)
		}
		rx, okX := decimalRat(a)
		ry, okY := decimalRat(b)
		if !okX || !okY {
			return
		}
		if want := rx.Cmp(ry); got != want {
			t.Fatalf("%s.Cmp(%s) = %d, want %d", a, b, got, want)
		}
	})
}
