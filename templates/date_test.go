package templates

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

func TestParseDateValid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
	}{
		{"2025-01-02", Date{2025, time.January, 2}},
		{"2025-12-31", Date{2025, time.December, 31}},
		{"2024-02-29", Date{2024, time.February, 29}},
		{"2000-02-29", Date{2000, time.February, 29}},
		{"1600-02-29", Date{1600, time.February, 29}},
		{"2025-04-30", Date{2025, time.April, 30}},
		{"0000-01-01", Date{0, time.January, 1}},
		{"0000-02-29", Date{0, time.February, 29}},
		{"9999-12-31", Date{9999, time.December, 31}},
	} {
		got, err := ParseDate(tc.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want || !got.IsValid() || got.IsZero() {
			t.Errorf("ParseDate(%q) = %+v, want %+v", tc.in, got, tc.want)
		}
		if s := got.String(); s != tc.in {
			t.Errorf("ParseDate(%q).String() = %q", tc.in, s)
		}
	}
}

func TestParseDateInvalid(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"", "want the form YYYY-MM-DD"},
		{"2025-02-30", "day 30 out of range for February 2025, which has 28 days"},
		{"2025-02-29", "day 29 out of range for February 2025"},
		{"1900-02-29", "day 29 out of range for February 1900"},
		{"2100-02-29", "day 29 out of range"},
		{"2025-04-31", "day 31 out of range for April 2025, which has 30 days"},
		{"2025-01-32", "day 32 out of range"},
		{"2025-01-00", "day 0 out of range"},
		{"2025-00-10", "month 0 out of range"},
		{"2025-13-01", "month 13 out of range"},
		{"0000-00-00", "month 0 out of range"},
		{"2025-1-02", "want the form YYYY-MM-DD"},
		{"2025-01-2", "want the form YYYY-MM-DD"},
		{"25-01-02", "want the form YYYY-MM-DD"},
		{"20250102", "want the form YYYY-MM-DD"},
		{"2025/01/02", "want the form YYYY-MM-DD"},
		{"02-01-2025", "want the form YYYY-MM-DD"},
		{"+2025-01-02", "want the form YYYY-MM-DD"},
		{"-025-01-02", "digits only"},
		{"2025-01-02T00:00:00Z", "want the form YYYY-MM-DD"},
		{"2025-01-02Z", "want the form YYYY-MM-DD"},
		{" 2025-01-02", "want the form YYYY-MM-DD"},
		{"2025-+1-02", "digits only"},
		{"2025-01- 2", "digits only"},
		{"2O25-01-02", "digits only"},
		{"٢٠٢٥-01-02", "want the form YYYY-MM-DD"},
	} {
		_, err := ParseDate(tc.in)
		if err == nil {
			t.Errorf("ParseDate(%q) succeeded, want an error", tc.in)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "parse date ") || !strings.Contains(msg, tc.msg) {
			t.Errorf("ParseDate(%q) error %q, want it to contain %q", tc.in, msg, tc.msg)
		}
	}
}

func TestMustParseDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseDate(\"2025-02-30\") did not panic")
		}
	}()
	MustParseDate("2025-02-30")
}

func TestDateValidity(t *testing.T) {
	for _, tc := range []struct {
		d     Date
		valid bool
		text  string
	}{
		{Date{}, false, "0000-00-00"},
		{Date{2025, time.February, 28}, true, "2025-02-28"},
		{Date{2025, time.February, 29}, false, "2025-02-29"},
		{Date{2024, time.February, 29}, true, "2024-02-29"},
		{Date{2025, 13, 1}, false, "2025-13-01"},
		{Date{2025, 0, 1}, false, "2025-00-01"},
		{Date{2025, time.June, 31}, false, "2025-06-31"},
		{Date{2025, time.July, 31}, true, "2025-07-31"},
		{Date{-1, time.January, 1}, false, "-001-01-01"},
		{Date{10000, time.January, 1}, false, "10000-01-01"},
		{Date{7, time.March, 5}, true, "0007-03-05"},
	} {
		if got := tc.d.IsValid(); got != tc.valid {
			t.Errorf("%+v.IsValid() = %v, want %v", tc.d, got, tc.valid)
		}
		if got := tc.d.String(); got != tc.text {
			t.Errorf("%+v.String() = %q, want %q", tc.d, got, tc.text)
		}
		_, textErr := tc.d.MarshalText()
		_, jsonErr := tc.d.MarshalJSON()
		if wantErr := !tc.valid && !tc.d.IsZero(); (textErr != nil) != wantErr || (jsonErr != nil) != wantErr {
			t.Errorf("%+v: MarshalText error %v, MarshalJSON error %v; want errors: %v", tc.d, textErr, jsonErr, wantErr)
		}
	}
}

func TestDateTime(t *testing.T) {
	stockholm, err := time.LoadLocation("Europe/Stockholm")
	if err != nil {
		stockholm = time.FixedZone("CET", 3600)
	}
	d := MustParseDate("2025-03-30")
	got := d.Time(stockholm)
	if got.Year() != 2025 || got.Month() != time.March || got.Day() != 30 || got.Hour() != 0 || got.Location() != stockholm {
		t.Errorf("Time(Stockholm) = %v", got)
	}
	if DateOf(got) != d {
		t.Errorf("DateOf(%v) = %v, want %v", got, DateOf(got), d)
	}
	// A time is on the date of its own location.
	late := time.Date(2025, time.December, 31, 23, 30, 0, 0, time.FixedZone("UTC-5", -5*3600))
	if got, want := DateOf(late), MustParseDate("2025-12-31"); got != want {
		t.Errorf("DateOf(%v) = %v, want %v", late, got, want)
	}
	if got, want := DateOf(late.UTC()), MustParseDate("2026-01-01"); got != want {
		t.Errorf("DateOf(%v) = %v, want %v", late.UTC(), got, want)
	}
	if got := (Date{2025, time.February, 30}).Time(time.UTC); !got.Equal(time.Date(2025, time.March, 2, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Time of 2025-02-30 = %v, want it normalized to March 2", got)
	}
}

// dateJSON holds Dates in the field shapes that generated code uses.
type dateJSON struct {
	Birth    Date  `json:"birth"`
	Pointer  *Date `json:"pointer"`
	Optional *Date `json:"optional,omitempty"`
	Zero     Date  `json:"zero,omitzero"`
}

func TestDateJSONRoundTrip(t *testing.T) {
	p := MustParseDate("1999-12-31")
	in := dateJSON{Birth: MustParseDate("2025-01-02"), Pointer: &p}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"birth":"2025-01-02","pointer":"1999-12-31"}`; string(b) != want {
		t.Fatalf("json.Marshal = %s, want %s", b, want)
	}
	var out dateJSON
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Birth != in.Birth || *out.Pointer != p || out.Optional != nil {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}

	b, err = json.Marshal(dateJSON{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"birth":"","pointer":null}`; string(b) != want {
		t.Errorf("json.Marshal(zero) = %s, want %s", b, want)
	}
	out = dateJSON{Birth: p}
	if err := json.Unmarshal(b, &out); err != nil || out != (dateJSON{}) {
		t.Errorf("json round trip of the zero value = %+v, %v", out, err)
	}
	if _, err := json.Marshal(dateJSON{Birth: Date{2025, time.February, 30}}); err == nil || !strings.Contains(err.Error(), "2025-02-30") {
		t.Errorf("json.Marshal of 2025-02-30 = %v, want an error naming it", err)
	}
}

func TestDateUnmarshalJSON(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Date
	}{
		{`{"birth":"2025-01-02"}`, Date{2025, time.January, 2}},
		{`{"birth":"\u0032025-01-02"}`, Date{2025, time.January, 2}},
		{`{"birth":""}`, Date{}},
		{`{"birth":null}`, Date{1999, time.December, 31}}, // Unchanged.
		{`{}`, Date{1999, time.December, 31}},
	} {
		out := dateJSON{Birth: Date{1999, time.December, 31}}
		if err := json.Unmarshal([]byte(tc.in), &out); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", tc.in, err)
			continue
		}
		if out.Birth != tc.want {
			t.Errorf("json.Unmarshal(%s): birth %v, want %v", tc.in, out.Birth, tc.want)
		}
	}
	for _, in := range []string{
		`{"birth":20250102}`, `{"birth":true}`, `{"birth":"2025-02-30"}`, `{"birth":" 2025-01-02"}`,
		`{"birth":"2025-01-02T00:00:00Z"}`, `{"birth":"0000-00-00"}`,
	} {
		var out dateJSON
		if err := json.Unmarshal([]byte(in), &out); err == nil || !strings.Contains(err.Error(), "date") {
			t.Errorf("json.Unmarshal(%s) = %v, want a date error", in, err)
		}
	}
	for _, in := range []string{``, `"`, `"2025-01-02`, `2025-01-02`, `"\q"`} {
		var d Date
		if err := d.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) succeeded, want an error", in)
		}
	}
}

// dateXML holds Dates as XML elements and attributes.
type dateXML struct {
	XMLName xml.Name `xml:"Person"`
	Since   Date     `xml:"since,attr"`
	PSince  *Date    `xml:"psince,attr,omitempty"`
	Birth   Date     `xml:"Birth"`
	PBirth  *Date    `xml:"PBirth,omitempty"`
}

func TestDateXMLRoundTrip(t *testing.T) {
	p := MustParseDate("1999-12-31")
	in := dateXML{Since: MustParseDate("2020-02-29"), PSince: &p, Birth: MustParseDate("0042-01-01"), PBirth: &p}
	b, err := xml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `<Person since="2020-02-29" psince="1999-12-31"><Birth>0042-01-01</Birth><PBirth>1999-12-31</PBirth></Person>`
	if string(b) != want {
		t.Fatalf("xml.Marshal = %s\nwant %s", b, want)
	}
	var out dateXML
	if err := xml.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.Since != in.Since || *out.PSince != p || out.Birth != in.Birth || *out.PBirth != p {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}

	b, err = xml.Marshal(dateXML{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<Person since=""><Birth></Birth></Person>`; string(b) != want {
		t.Errorf("xml.Marshal(zero) = %s, want %s", b, want)
	}
	out = dateXML{Since: p, Birth: p}
	if err := xml.Unmarshal(b, &out); err != nil || out.Since != (Date{}) || out.Birth != (Date{}) {
		t.Errorf("xml round trip of the zero value = %+v, %v", out, err)
	}

	const doc = `<Person xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" since=" 2025-01-02 ">` +
		"<Birth>\n\t2025-02-28\n</Birth><PBirth xsi:nil=\"true\"/></Person>"
	if err := xml.Unmarshal([]byte(doc), &out); err != nil {
		t.Fatal(err)
	}
	if out.Since != (Date{2025, time.January, 2}) || out.Birth != (Date{2025, time.February, 28}) || out.PBirth == nil || !out.PBirth.IsZero() {
		t.Errorf("xml.Unmarshal(%s) = %+v", doc, out)
	}
	if err := xml.Unmarshal([]byte(`<Person since="2025-02-30"/>`), &out); err == nil || !strings.Contains(err.Error(), `"2025-02-30"`) {
		t.Errorf("xml.Unmarshal(since=2025-02-30) = %v, want an error naming the text", err)
	}
	if _, err := xml.Marshal(dateXML{Birth: Date{2025, 13, 1}}); err == nil {
		t.Errorf("xml.Marshal of month 13 succeeded, want an error")
	}
}

func TestDateAllocations(t *testing.T) {
	text := []byte("2024-02-29")
	var d Date
	if n := testing.AllocsPerRun(100, func() { _ = d.UnmarshalText(text) }); n != 0 {
		t.Errorf("UnmarshalText allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseDate("2024-02-29") }); n != 0 {
		t.Errorf("ParseDate allocates %v times, want 0", n)
	}
}

func BenchmarkDateUnmarshalJSON(b *testing.B) {
	in := []byte(`"2024-02-29"`)
	var d Date
	for b.Loop() {
		if err := d.UnmarshalJSON(in); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"2025-01-02", "2024-02-29", "2025-02-29", "2025-02-30", "0000-01-01", "9999-12-31", "0000-00-00",
		"", "2025-1-2", "2025-13-01", "+2025-01-02", "2025-01-02T00:00:00Z",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		want, timeErr := time.Parse(time.DateOnly, s)
		if (err == nil) != (timeErr == nil) {
			t.Fatalf("ParseDate(%q) error %v, but time.Parse error %v", s, err, timeErr)
		}
		if err != nil {
			return
		}
		if d != DateOf(want) || !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %+v, time.Parse says %v", s, d, want)
		}
		if d.String() != s {
			t.Fatalf("ParseDate(%q).String() = %q", s, d.String())
		}
		if again, err := ParseDate(d.String()); err != nil || again != d {
			t.Fatalf("ParseDate(String()) = %v, %v; want %v", again, err, d)
		}
		if got := DateOf(d.Time(time.UTC)); got != d {
			t.Fatalf("DateOf(Time(UTC)) = %v, want %v", got, d)
		}
		b, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		var back Date
		if err := json.Unmarshal(b, &back); err != nil || back != d {
			t.Fatalf("json round trip = %v, %v; want %v", back, err, d)
		}
	})
}
