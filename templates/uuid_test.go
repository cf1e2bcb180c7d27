package templates

import (
	"encoding/json"
	"encoding/xml"
	"regexp"
	"strings"
	"testing"
)

const testUUID = "f81d4fae-7dec-11d0-a765-00a0c91e6bf6"

var testUUIDBytes = UUID{0xf8, 0x1d, 0x4f, 0xae, 0x7d, 0xec, 0x11, 0xd0, 0xa7, 0x65, 0x00, 0xa0, 0xc9, 0x1e, 0x6b, 0xf6}

func TestParseUUIDValid(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want UUID
	}{
		{testUUID, testUUIDBytes},
		{"F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6", testUUIDBytes},
		{"f81D4fAE-7dEc-11d0-A765-00a0C91e6BF6", testUUIDBytes},
		{"{" + testUUID + "}", testUUIDBytes},
		{"{F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6}", testUUIDBytes},
		{"00000000-0000-0000-0000-000000000000", UUID{}},
		{"ffffffff-ffff-ffff-ffff-ffffffffffff", UUID{255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255}},
	} {
		got, err := ParseUUID(tc.in)
		if err != nil {
			t.Errorf("ParseUUID(%q): %v", tc.in, err)
			continue
		}
		if got != tc.want {
			t.Errorf("ParseUUID(%q) = %x, want %x", tc.in, got, tc.want)
		}
		if s := got.String(); s != strings.ToLower(strings.Trim(tc.in, "{}")) {
			t.Errorf("ParseUUID(%q).String() = %q", tc.in, s)
		}
	}
}

func TestParseUUIDInvalid(t *testing.T) {
	for _, tc := range []struct{ in, msg string }{
		{"", "want the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"},
		{"f81d4fae7dec11d0a76500a0c91e6bf6", "want the form"},
		{"urn:uuid:" + testUUID, "want the form"},
		{" " + testUUID, "want the form"},
		{testUUID + " ", "want the form"},
		{testUUID[:35], "want the form"},
		{testUUID + "0", "want the form"},
		{"{" + testUUID, "want the form"},
		{testUUID + "}", "want the form"},
		{"(" + testUUID + ")", "want the form"},
		{"[" + testUUID + "}", "want the form"},
		{"{" + testUUID + "]", "want the form"},
		{"{{" + testUUID[1:] + "}", `want a hexadecimal digit at offset 1, got "{"`},
		{"f81d4fae_7dec-11d0-a765-00a0c91e6bf6", `want '-' at offset 8, got "_"`},
		{"f81d4fae-7dec-11d0-a765+00a0c91e6bf6", `want '-' at offset 23, got "+"`},
		{"{f81d4fae-7dec-11d0-a765+00a0c91e6bf6}", `want '-' at offset 24, got "+"`},
		{"g81d4fae-7dec-11d0-a765-00a0c91e6bf6", `want a hexadecimal digit at offset 0, got "g"`},
		{"f81d4fae-7dec-11d0-a765-00a0c91e6bfG", `want a hexadecimal digit at offset 35, got "G"`},
		{"f81d4fae-7dec-11d0-a765-00a0c91e6b\u00e9", `want a hexadecimal digit at offset 34, got "é"`},
		{"f81d4fa-e7dec-11d0-a765-00a0c91e6bf6", `want a hexadecimal digit at offset 7, got "-"`},
		{"f81d4fae-7dec-11d0-a765-00a0c91e6bf\x00", `got "\x00"`},
	} {
		_, err := ParseUUID(tc.in)
		if err == nil {
			t.Errorf("ParseUUID(%q) succeeded, want an error", tc.in)
			continue
		}
		if msg := err.Error(); !strings.HasPrefix(msg, "parse UUID ") || !strings.Contains(msg, tc.msg) {
			t.Errorf("ParseUUID(%q) error %q, want it to contain %q", tc.in, msg, tc.msg)
		}
	}
}

func TestMustParseUUIDPanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustParseUUID(\"x\") did not panic")
		}
	}()
	MustParseUUID("x")
}

func TestUUIDZero(t *testing.T) {
	var u UUID
	if !u.IsZero() || u.String() != "00000000-0000-0000-0000-000000000000" {
		t.Errorf("UUID{}: IsZero %v, String %q", u.IsZero(), u.String())
	}
	if testUUIDBytes.IsZero() {
		t.Errorf("%s.IsZero() = true", testUUIDBytes)
	}
}

// uuidJSON holds UUIDs in the field shapes that generated code uses.
type uuidJSON struct {
	ID       UUID          `json:"id"`
	Pointer  *UUID         `json:"pointer"`
	Optional *UUID         `json:"optional,omitempty"`
	Zero     UUID          `json:"zero,omitzero"`
	List     []UUID        `json:"list"`
	ByID     map[UUID]bool `json:"byId"`
}

func TestUUIDJSONRoundTrip(t *testing.T) {
	p := MustParseUUID("{6BA7B810-9DAD-11D1-80B4-00C04FD430C8}")
	in := uuidJSON{
		ID:      testUUIDBytes,
		Pointer: &p,
		List:    []UUID{{}, testUUIDBytes},
		ByID:    map[UUID]bool{testUUIDBytes: true},
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"id":"` + testUUID + `","pointer":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",` +
		`"list":["00000000-0000-0000-0000-000000000000","` + testUUID + `"],"byId":{"` + testUUID + `":true}}`
	if string(b) != want {
		t.Fatalf("json.Marshal = %s\nwant %s", b, want)
	}
	var out uuidJSON
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.ID != in.ID || *out.Pointer != p || out.Optional != nil || len(out.List) != 2 || out.List[1] != testUUIDBytes || !out.ByID[testUUIDBytes] {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}
}

func TestUUIDUnmarshalJSON(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want UUID
	}{
		{`{"id":"F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6"}`, testUUIDBytes},
		{`{"id":"{f81d4fae-7dec-11d0-a765-00a0c91e6bf6}"}`, testUUIDBytes},
		{`{"id":"\u006681d4fae-7dec-11d0-a765-00a0c91e6bf6"}`, testUUIDBytes},
		{`{"id":""}`, UUID{}},
		{`{"id":null}`, UUID{1}}, // Unchanged.
		{`{}`, UUID{1}},
	} {
		out := uuidJSON{ID: UUID{1}}
		if err := json.Unmarshal([]byte(tc.in), &out); err != nil {
			t.Errorf("json.Unmarshal(%s): %v", tc.in, err)
			continue
		}
		if out.ID != tc.want {
			t.Errorf("json.Unmarshal(%s): id %s, want %s", tc.in, out.ID, tc.want)
		}
	}
	for _, in := range []string{
		`{"id":1}`, `{"id":true}`, `{"id":[]}`, `{"id":"x"}`, `{"id":" ` + testUUID + `"}`,
		`{"id":"f81d4fae7dec11d0a76500a0c91e6bf6"}`,
	} {
		var out uuidJSON
		if err := json.Unmarshal([]byte(in), &out); err == nil || !strings.Contains(err.Error(), "UUID") {
			t.Errorf("json.Unmarshal(%s) = %v, want a UUID error", in, err)
		}
	}
	for _, in := range []string{``, `"`, `"` + testUUID, testUUID, `"\q"`} {
		var u UUID
		if err := u.UnmarshalJSON([]byte(in)); err == nil {
			t.Errorf("UnmarshalJSON(%s) succeeded, want an error", in)
		}
	}
}

// uuidXML holds UUIDs as XML elements and attributes.
type uuidXML struct {
	XMLName xml.Name `xml:"Customer"`
	ID      UUID     `xml:"id,attr"`
	PID     *UUID    `xml:"pid,attr,omitempty"`
	Key     UUID     `xml:"Key"`
	PKey    *UUID    `xml:"PKey,omitempty"`
}

func TestUUIDXMLRoundTrip(t *testing.T) {
	p := MustParseUUID("6ba7b810-9dad-11d1-80b4-00c04fd430c8")
	in := uuidXML{ID: testUUIDBytes, PID: &p, Key: p, PKey: &p}
	b, err := xml.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	const want = `<Customer id="` + testUUID + `" pid="6ba7b810-9dad-11d1-80b4-00c04fd430c8">` +
		`<Key>6ba7b810-9dad-11d1-80b4-00c04fd430c8</Key><PKey>6ba7b810-9dad-11d1-80b4-00c04fd430c8</PKey></Customer>`
	if string(b) != want {
		t.Fatalf("xml.Marshal = %s\nwant %s", b, want)
	}
	var out uuidXML
	if err := xml.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.ID != in.ID || *out.PID != p || out.Key != p || *out.PKey != p {
		t.Errorf("round trip: got %+v, want %+v", out, in)
	}

	b, err = xml.Marshal(uuidXML{})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<Customer id="00000000-0000-0000-0000-000000000000"><Key>00000000-0000-0000-0000-000000000000</Key></Customer>`; string(b) != want {
		t.Errorf("xml.Marshal(zero) = %s\nwant %s", b, want)
	}

	const doc = `<Customer xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="">` +
		"<Key>\n  {F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6}\n</Key><PKey xsi:nil=\"true\"/></Customer>"
	out = uuidXML{ID: UUID{1}}
	if err := xml.Unmarshal([]byte(doc), &out); err != nil {
		t.Fatal(err)
	}
	if !out.ID.IsZero() || out.Key != testUUIDBytes || out.PKey == nil || !out.PKey.IsZero() {
		t.Errorf("xml.Unmarshal(%s) = %+v", doc, out)
	}
	if err := xml.Unmarshal([]byte(`<Customer id="nope"/>`), &out); err == nil || !strings.Contains(err.Error(), `"nope"`) {
		t.Errorf("xml.Unmarshal(id=nope) = %v, want an error naming the text", err)
	}
}

func TestUUIDAllocations(t *testing.T) {
	text := []byte("{F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6}")
	quoted := []byte(`"` + testUUID + `"`)
	var u UUID
	if n := testing.AllocsPerRun(100, func() { _ = u.UnmarshalText(text) }); n != 0 {
		t.Errorf("UnmarshalText allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _ = u.UnmarshalJSON(quoted) }); n != 0 {
		t.Errorf("UnmarshalJSON allocates %v times, want 0", n)
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = ParseUUID(testUUID) }); n != 0 {
		t.Errorf("ParseUUID allocates %v times, want 0", n)
	}
}

func BenchmarkUUIDUnmarshalText(b *testing.B) {
	text := []byte(testUUID)
	var u UUID
	for b.Loop() {
		if err := u.UnmarshalText(text); err != nil {
			b.Fatal(err)
		}
	}
}

func FuzzParseUUID(f *testing.F) {
	for _, s := range []string{
		testUUID, "{" + testUUID + "}", strings.ToUpper(testUUID), "00000000-0000-0000-0000-000000000000",
		"", "{}", "f81d4fae7dec11d0a76500a0c91e6bf6", "{" + testUUID, testUUID + "}", "g81d4fae-7dec-11d0-a765-00a0c91e6bf6",
	} {
		f.Add(s)
	}
	canonical := regexp.MustCompile(`^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$`)
	f.Fuzz(func(t *testing.T, s string) {
		bare := s
		if len(s) == 38 && s[0] == '{' && s[37] == '}' {
			bare = s[1:37]
		}
		u, err := ParseUUID(s)
		if valid := canonical.MatchString(bare); valid != (err == nil) {
			t.Fatalf("ParseUUID(%q) error %v, but canonical form: %v", s, err, valid)
		}
		if err != nil {
			return
		}
		if got, want := u.String(), strings.ToLower(bare); got != want {
			t.Fatalf("ParseUUID(%q).String() = %q, want %q", s, got, want)
		}
		if again, err := ParseUUID(u.String()); err != nil || again != u {
			t.Fatalf("ParseUUID(String()) = %v, %v; want %v", again, err, u)
		}
		b, err := json.Marshal(u)
		if err != nil {
			t.Fatal(err)
		}
		var back UUID
		if err := json.Unmarshal(b, &back); err != nil || back != u {
			t.Fatalf("json round trip = %v, %v; want %v", back, err, u)
		}
	})
}
