package templates

import (
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"
)

// The writer and reader of datacontract.go, alone; the generated code that
// drives them is tested in generated/ and internal/dctest.

func TestDataContractWriterNamespaces(t *testing.T) {
	w := ngDataContractNewWriter()
	w.root("Order", "urn:shop", []string{"urn:base", "urn:shop"})
	w.integer("Id", "urn:base", 7)
	w.start("Lines", "urn:shop", []string{"urn:items"})
	for i := range 2 {
		w.at(i)
		w.start("Line", "urn:items", nil)
		w.str("Sku", "urn:items", "a<b")
		w.start("Tags", "urn:items", []string{ngDataContractArrays})
		w.str("string", ngDataContractArrays, "x")
		w.end()
		w.end()
	}
	w.end()
	w.start("Empty", "urn:shop", nil)
	w.end()
	w.null("Gone", "urn:other")
	w.str("Blank", "urn:shop", "")
	w.end()
	got, err := w.finish()
	if err != nil {
		t.Fatal(err)
	}
	want := `<Order xmlns="urn:shop" xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns:d1p1="urn:base">` +
		`<d1p1:Id>7</d1p1:Id>` +
		`<Lines xmlns:d2p1="urn:items">` +
		`<d2p1:Line><d2p1:Sku>a&lt;b</d2p1:Sku><d2p1:Tags xmlns:d4p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d4p1:string>x</d4p1:string></d2p1:Tags></d2p1:Line>` +
		`<d2p1:Line><d2p1:Sku>a&lt;b</d2p1:Sku><d2p1:Tags xmlns:d4p1="http://schemas.microsoft.com/2003/10/Serialization/Arrays"><d4p1:string>x</d4p1:string></d2p1:Tags></d2p1:Line>` +
		`</Lines>` +
		`<Empty/>` +
		`<d2p1:Gone xmlns:d2p1="urn:other" i:nil="true"/>` +
		`<Blank/>` +
		`</Order>`
	if string(got) != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDataContractWriterStream(t *testing.T) {
	w := ngDataContractNewWriter()
	for i := range 2 {
		w.at(i)
		w.root("A", "urn:a", nil)
		w.boolean("B", "urn:a", i == 1)
		w.end()
	}
	got, err := w.finish()
	if err != nil {
		t.Fatal(err)
	}
	want := `<A xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><B>false</B></A>` +
		`<A xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><B>true</B></A>`
	if string(got) != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

func TestDataContractWriterErrors(t *testing.T) {
	for _, tc := range []struct {
		write func(w *ngDataContractWriter)
		path  string
		msg   string
	}{
		{func(w *ngDataContractWriter) { w.str("Name", "urn:a", "a\x01b") }, "A.Name", `"\x01" at byte 1`},
		{func(w *ngDataContractWriter) { w.str("Name", "urn:a", "ok \xff") }, "A.Name", "at byte 3"},
		{func(w *ngDataContractWriter) { w.str("Name", "urn:a", "\uFFFE") }, "A.Name", "at byte 0"},
		{func(w *ngDataContractWriter) {
			w.start("L", "urn:a", nil)
			w.at(3)
			w.unnamed("S", "Status", "9")
		}, "A.L[3]", "Status value 9 is none of the enum's names"},
		{func(w *ngDataContractWriter) { w.decimal("D", "urn:a", "1e-29") }, "A.D", "29 fractional digits"},
		{func(w *ngDataContractWriter) { w.decimal("D", "urn:a", "79228162514264337593543950336") }, "A.D", "out of the range"},
		{func(w *ngDataContractWriter) { w.time("T", "urn:a", time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC)) }, "A.T", "years 1 to 9999"},
		{func(w *ngDataContractWriter) {
			w.time("T", "urn:a", time.Date(2000, 1, 1, 0, 0, 0, 0, time.FixedZone("", 30)))
		}, "A.T", "offset with seconds"},
		{func(w *ngDataContractWriter) { w.text("X", "urn:a", 42) }, "A.X", "int has no DataContract form"},
	} {
		w := ngDataContractNewWriter()
		w.root("A", "urn:a", nil)
		tc.write(w)
		w.end()
		out, err := w.finish()
		var e *DataContractError
		if out != nil || !errors.As(err, &e) || e.Path != tc.path || !strings.Contains(e.Msg, tc.msg) {
			t.Errorf("got %q, %v (path %q), want no output and an error at %s saying %q", out, err, pathOf(e), tc.path, tc.msg)
		}
	}
}

func pathOf(e *DataContractError) string {
	if e == nil {
		return ""
	}
	return e.Path
}

func TestDataContractValues(t *testing.T) {
	w := ngDataContractNewWriter()
	w.root("A", "urn:a", nil)
	w.float("F", "urn:a", math.Inf(1), 64)
	w.float("F", "urn:a", math.Inf(-1), 64)
	w.float("F", "urn:a", math.NaN(), 64)
	w.float("F", "urn:a", 1e20, 64)
	w.float("F", "urn:a", float64(float32(0.1)), 32)
	w.integer("I", "urn:a", math.MinInt64)
	w.uinteger("U", "urn:a", math.MaxUint64)
	w.uuid("G", "urn:a", [16]byte{0xAB, 0xCD, 15: 0xEF})
	w.str("S", "urn:a", "\r\n\t&>")
	w.end()
	got, err := w.finish()
	if err != nil {
		t.Fatal(err)
	}
	want := `<F>INF</F><F>-INF</F><F>NaN</F><F>1E+20</F><F>0.1</F><I>-9223372036854775808</I><U>18446744073709551615</U>` +
		`<G>abcd0000-0000-0000-0000-0000000000ef</G><S>&#xD;` + "\n\t" + `&amp;&gt;</S></A>`
	if !strings.HasSuffix(string(got), want) {
		t.Errorf("got %s\nwant ...%s", got, want)
	}
}

func TestDataContractDecimal(t *testing.T) {
	for in, want := range map[string]string{
		"10.00": "10.00", "-0.5": "-0.5", "0": "0", "": "0",
		"1.5e2": "150", "1.50e1": "15.0", "1e-3": "0.001", "-2.5E+3": "-2500", "0e5": "0", "-0.0e-40": "-0",
		"0.05e1": "0.5", "123.456e-1": "12.3456", "5e0": "5",
		"79228162514264337593543950335":      "79228162514264337593543950335",
		"7.9228162514264337593543950335e28":  "79228162514264337593543950335",
		"0.0000000000000000000000000001":     "0.0000000000000000000000000001",
		"7.9228162514264337593543950335":     "7.9228162514264337593543950335",
		"-79228162514264337593543950335e-28": "-7.9228162514264337593543950335",
	} {
		got, msg := ngDataContractAppendDecimal(nil, in)
		if msg != "" || string(got) != want {
			t.Errorf("decimal %q: got %q, %q; want %q", in, got, msg, want)
		}
	}
	for _, in := range []string{"1e29", "79228162514264337593543950336", "1e-29", "0.00000000000000000000000000001", "1e100000"} {
		if _, msg := ngDataContractAppendDecimal(nil, in); msg == "" {
			t.Errorf("decimal %q: no error", in)
		}
	}
}

func TestDataContractTime(t *testing.T) {
	for _, tc := range []struct {
		t    time.Time
		want string
	}{
		{time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC), "2025-12-31T23:59:59Z"},
		{time.Date(2026, 6, 30, 0, 0, 0, 0, DataContractUnspecified), "2026-06-30T00:00:00"},
		{time.Date(2024, 1, 24, 10, 30, 0, 123000000, time.FixedZone("", 0)), "2024-01-24T10:30:00.123+00:00"},
		{time.Date(2024, 1, 24, 10, 30, 0, 123456789, time.FixedZone("IST", 5*3600+1800)), "2024-01-24T10:30:00.1234567+05:30"},
		{time.Date(1, 1, 1, 0, 0, 0, 99, time.FixedZone("", -8*3600)), "0001-01-01T00:00:00-08:00"},
		{time.Time{}, "0001-01-01T00:00:00Z"},
	} {
		got, msg := ngDataContractAppendTime(nil, tc.t)
		if msg != "" || string(got) != tc.want {
			t.Errorf("%v: got %q, %q; want %q", tc.t, got, msg, tc.want)
		}
	}
}

func TestDataContractParseTime(t *testing.T) {
	for in, want := range map[string]time.Time{
		"2025-12-31T23:59:59Z":                 time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC),
		"2026-06-30T00:00:00":                  time.Date(2026, 6, 30, 0, 0, 0, 0, DataContractUnspecified),
		"2024-01-24T10:30:00.123+00:00":        time.Date(2024, 1, 24, 10, 30, 0, 123000000, time.FixedZone("", 0)),
		"2024-01-24T10:30:00.1234567891-05:00": time.Date(2024, 1, 24, 10, 30, 0, 123456789, time.FixedZone("", -5*3600)),
		"2024-02-29":                           time.Date(2024, 2, 29, 0, 0, 0, 0, DataContractUnspecified),
	} {
		got, ok := ngDataContractParseTime([]byte(in))
		if !ok || !got.Equal(want) || got.Location().String() != want.Location().String() {
			t.Errorf("%q: got %v, %v; want %v", in, got, ok, want)
		}
	}
	for _, in := range []string{"", "2024-02-30", "2023-02-29T00:00:00", "2024-01-01T24:00:00", "2024-01-01T00:00:00.Z", "2024-01-01T00:00:00+15:00", "2024-01-01 00:00:00", "0000-01-01", "2024-13-01", "2024-01-01T00:00:00z"} {
		if _, ok := ngDataContractParseTime([]byte(in)); ok {
			t.Errorf("%q: parsed", in)
		}
	}
}

// readAll reads a document with the reader alone: every element's text if
// it has no children, as local=text lines, and the skipped paths.
func readAll(data string) (lines []string, err error) {
	r := ngDataContractNewReader([]byte(data))
	if !r.misc() {
		r.failAt(r.pos, nil, "no root", nil)
		return nil, r.err
	}
	if !r.startTag() {
		return nil, r.err
	}
	var walk func(depth int)
	walk = func(depth int) {
		for r.next() {
			local := string(r.local)
			if r.isNil() {
				lines = append(lines, strings.Repeat(" ", depth)+local+" nil")
				r.skip()
				continue
			}
			if strings.HasPrefix(local, "v") {
				lines = append(lines, strings.Repeat(" ", depth)+local+"="+r.str())
				continue
			}
			if strings.HasPrefix(local, "x") {
				r.unknown()
				continue
			}
			lines = append(lines, strings.Repeat(" ", depth)+local)
			walk(depth + 1)
		}
	}
	walk(0)
	r.finish()
	if r.err != nil {
		return lines, r.err
	}
	for _, s := range r.skipped {
		lines = append(lines, "skipped "+s)
	}
	return lines, nil
}

func TestDataContractReader(t *testing.T) {
	in := "\xEF\xBB\xBF<?xml version=\"1.0\"?>\n<!-- c --><a:R xmlns:a='urn:r' xmlns:n=\"http://www.w3.org/2001/XMLSchema-instance\">\r\n" +
		"<a:v1>x &amp; &lt;y&gt; &#65;&#x42; &quot;&apos;</a:v1>" +
		"<v2>line1\r\nline2\rline3 &#xD;</v2>" +
		"<v3><![CDATA[<raw>&amp;]]><!-- gone --> tail</v3>" +
		"<v4/><v5></v5>" +
		"<k n:nil='true'/><k2 n:nil=\"1\"></k2><k3 q:nil='true' xmlns:q='urn:not-xsi'/>" +
		"<s><v6 >in</v6 ><x1><deep><v7>skipped</v7></deep></x1><?pi x?></s>" +
		"</a:R>\n<!-- after -->\n"
	got, err := readAll(in)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"v1=x & <y> AB \"'",
		"v2=line1\nline2\nline3 \r",
		"v3=<raw>&amp; tail",
		"v4=", "v5=",
		"k nil", "k2 nil", "k3",
		"s", " v6=in",
		"skipped R.s.x1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func TestDataContractReaderErrors(t *testing.T) {
	deep := strings.Repeat("<e>", ngDataContractMaxDepth+1)
	for in, want := range map[string]string{
		"":                           "no root",
		"text":                       "text outside the root element",
		"<R><v1>a</R>":               "end tag </R> does not match <v1>",
		"<R><v1>a</v1>":              "the element is not closed",
		"<R><v1>a<b/></v1></R>":      "an element is inside an element that holds a value",
		"<R><v1>&bogus;</v1></R>":    "unknown reference &bogus;",
		"<R><v1>&#0;</v1></R>":       "unknown reference &#0;",
		"<R><v1>a & b</v1></R>":      "without a reference",
		"<!DOCTYPE R><R/>":           "document type declarations",
		"<R a=b/>":                   "attribute value without quotes",
		"<R a='<'/>":                 "'<' in an attribute value",
		"<R/><R/>":                   "a second root element follows the first",
		"<R><!-- open</R>":           "unterminated comment",
		"<R><v1><![CDATA[x</v1></R>": "unterminated CDATA section",
		"<R></v1>":                   "end tag </v1> does not match <R>",
		"<R ":                        "unterminated start tag",
		"<R>" + deep:                 "elements nest deeper than",
	} {
		_, err := readAll(in)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%.40q: error %v, want %q", in, err, want)
		}
	}
}

func TestDataContractReaderRoot(t *testing.T) {
	r := ngDataContractNewReader([]byte(`<p:Company xmlns:p="urn:m"/>`))
	if r.root("Customer", "urn:m", -1) {
		t.Fatal("root accepted")
	}
	if _, err := r.result(); err == nil || !strings.Contains(err.Error(), "root element {urn:m}Company is not {urn:m}Customer (line 1, column 1)") {
		t.Errorf("error %v", err)
	}
	r = ngDataContractNewReader([]byte(`<q:Customer/>`))
	if r.root("Customer", "urn:m", -1) {
		t.Fatal("root accepted")
	}
	if _, err := r.result(); err == nil || !strings.Contains(err.Error(), "undeclared prefix q") {
		t.Errorf("error %v", err)
	}
	r = ngDataContractNewReader([]byte(" <Customer xmlns='urn:m'><a/></Customer>\n<Customer xmlns='urn:m'/> "))
	for i := 0; r.more(); i++ {
		if !r.root("Customer", "urn:m", i) {
			t.Fatal(r.err)
		}
		r.skip()
	}
	if _, err := r.result(); err != nil {
		t.Error(err)
	}
}

func TestDataContractReadValues(t *testing.T) {
	value := func(text string, read func(r *ngDataContractReader) any) (any, error) {
		r := ngDataContractNewReader([]byte("<R><v>" + text + "</v></R>"))
		r.root("R", "", -1)
		r.next()
		v := read(r)
		r.next()
		_, err := r.result()
		return v, err
	}
	for _, tc := range []struct {
		text string
		read func(r *ngDataContractReader) any
		want any
	}{
		{" true ", func(r *ngDataContractReader) any { return r.boolean() }, true},
		{"0", func(r *ngDataContractReader) any { return r.boolean() }, false},
		{"+42", func(r *ngDataContractReader) any { return r.integer(32) }, int64(42)},
		{"-128", func(r *ngDataContractReader) any { return r.integer(8) }, int64(-128)},
		{"255", func(r *ngDataContractReader) any { return r.uinteger(8) }, uint64(255)},
		{"-INF", func(r *ngDataContractReader) any { return r.float(64) }, math.Inf(-1)},
		{"1E+20", func(r *ngDataContractReader) any { return r.float(64) }, 1e20},
		{"+007.50", func(r *ngDataContractReader) any { return string(r.decimal()) }, "7.50"},
		{".5", func(r *ngDataContractReader) any { return string(r.decimal()) }, "0.5"},
		{"-.5", func(r *ngDataContractReader) any { return string(r.decimal()) }, "-0.5"},
		{"5.", func(r *ngDataContractReader) any { return string(r.decimal()) }, "5"},
		{"000", func(r *ngDataContractReader) any { return string(r.decimal()) }, "0"},
		{"{A8098C1A-F86E-11DA-BD1A-00112444BE1E}", func(r *ngDataContractReader) any { return r.uuid() },
			[16]byte{0xa8, 0x09, 0x8c, 0x1a, 0xf8, 0x6e, 0x11, 0xda, 0xbd, 0x1a, 0x00, 0x11, 0x24, 0x44, 0xbe, 0x1e}},
		{"2024-01-02T00:00:00Z", func(r *ngDataContractReader) any { return string(r.dateText()) }, "2024-01-02"},
	} {
		got, err := value(tc.text, tc.read)
		if err != nil || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%q: got %v, %v; want %v", tc.text, got, err, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		read func(r *ngDataContractReader) any
		want string
	}{
		{"True", func(r *ngDataContractReader) any { return r.boolean() }, `R.v: "True" is not an xs:boolean (line 1, column 4)`},
		{"128", func(r *ngDataContractReader) any { return r.integer(8) }, `"128" is not a 8-bit integer`},
		{"-1", func(r *ngDataContractReader) any { return r.uinteger(8) }, `"-1" is not an unsigned 8-bit integer`},
		{"1,5", func(r *ngDataContractReader) any { return r.float(64) }, `"1,5" is not a number`},
		{"a8098c1a-f86e-11da-bd1a-00112444be1", func(r *ngDataContractReader) any { return r.uuid() }, "is not a Guid"},
		{"a8098c1a_f86e-11da-bd1a-00112444be1e", func(r *ngDataContractReader) any { return r.uuid() }, "is not a Guid"},
		{"a8098c1a-f86e-11da-bd1a-00112444be1g", func(r *ngDataContractReader) any { return r.uuid() }, "is not a Guid"},
		{"yesterday", func(r *ngDataContractReader) any { return r.time() }, "is not an xs:dateTime"},
		{"x", func(r *ngDataContractReader) any { r.unmarshalText(new(int)); return nil }, "*int has no DataContract form"},
	} {
		_, err := value(tc.text, tc.read)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.want)
		}
	}
}

// FuzzDataContractReader: the reader never panics, whatever the input.
func FuzzDataContractReader(f *testing.F) {
	f.Add("<R xmlns='urn:r' xmlns:i='http://www.w3.org/2001/XMLSchema-instance'><v1>a&amp;b</v1><k i:nil='true'/><s><v2><![CDATA[x]]></v2></s><x1/></R>")
	f.Add("<?xml version='1.0'?><!--c--><R><v1>&#x41;\r\n</v1></R><R/>")
	f.Fuzz(func(t *testing.T, in string) {
		readAll(in)
		r := ngDataContractNewReader([]byte(in))
		for i := 0; r.more() && i < 3; i++ {
			if !r.root("R", "urn:r", i) {
				break
			}
			for r.next() {
				r.value()
				r.decimal()
				r.uuid()
				r.time()
			}
		}
		r.result()
	})
}
