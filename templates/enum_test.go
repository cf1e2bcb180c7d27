package templates

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"
)

func TestNgEnumParseInt(t *testing.T) {
	tests := []struct {
		in   string
		bits int
		want int64
		ok   bool
	}{
		{"0", 32, 0, true},
		{"22", 32, 22, true},
		{"-5", 32, -5, true},
		{"+5", 32, 5, true},
		{"2147483647", 32, 2147483647, true},
		{"2147483648", 32, 0, false},
		{"-2147483648", 32, -2147483648, true},
		{"9223372036854775807", 64, 9223372036854775807, true},
		{"99999999999999999999", 64, 0, false},
		{"", 32, 0, false},
		{"-", 32, 0, false},
		{"1.0", 32, 0, false},
		{"Code", 32, 0, false},
	}
	for _, tt := range tests {
		got, err := ngEnumParseInt([]byte(tt.in), tt.bits)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ngEnumParseInt(%q, %d) = %d, %v; want %d, ok %v", tt.in, tt.bits, got, err, tt.want, tt.ok)
		}
	}
}

func TestNgEnumJSONText(t *testing.T) {
	tests := []struct {
		in, want string
		null, ok bool
	}{
		{`"Code"`, "Code", false, true},
		{` "Code" `, "Code", false, true},
		{`"\u0043ode"`, "Code", false, true},
		{`2`, "2", false, true},
		{`-1`, "-1", false, true},
		{`null`, "", true, true},
		{`true`, "", false, false},
		{`{}`, "", false, false},
		{``, "", false, false},
		{`"unterminated`, "", false, false},
	}
	for _, tt := range tests {
		got, null, err := ngEnumJSONText([]byte(tt.in))
		if string(got) != tt.want || null != tt.null || (err == nil) != tt.ok {
			t.Errorf("ngEnumJSONText(%q) = %q, %v, %v", tt.in, got, null, err)
		}
	}
}

func TestNgEnumXMLText(t *testing.T) {
	d := xml.NewDecoder(strings.NewReader("<V>\n  Code \n</V>"))
	tok, err := d.Token()
	if err != nil {
		t.Fatal(err)
	}
	got, err := ngEnumXMLText(d, tok.(xml.StartElement))
	if err != nil || string(got) != "Code" {
		t.Errorf("ngEnumXMLText = %q, %v", got, err)
	}
}

func TestEnumErrors(t *testing.T) {
	err := ngEnumUnknown("CompanyField", []byte("Nope"))
	var u *UnknownEnumValueError
	if !errors.As(err, &u) || u.Type != "CompanyField" || u.Value != "Nope" {
		t.Errorf("ngEnumUnknown = %#v", err)
	}
	if got, want := err.Error(), `unknown CompanyField value "Nope"`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if got, want := ngEnumUnnamed("AccountStatus", 9).Error(), "AccountStatus(9) has no name"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

type testEnum int32

func lookupTestEnum(b []byte) (testEnum, bool) {
	switch string(b) {
	case "One":
		return 1, true
	}
	return 0, false
}

func (v testEnum) valid() bool { return v == 1 }

func TestNgEnumDecodeInt(t *testing.T) {
	tests := []struct {
		in   string
		keep bool
		want testEnum
		ok   bool
	}{
		{"One", false, 1, true},
		{"1", false, 1, true},
		{"2", false, 0, false},
		{"2", true, 2, true},
		{"Two", true, 0, false},
		{"", true, 0, false},
	}
	for _, tt := range tests {
		got, err := ngEnumDecodeInt([]byte(tt.in), "testEnum", 32, lookupTestEnum, testEnum.valid, tt.keep)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("decode(%q, keep %v) = %v, %v", tt.in, tt.keep, got, err)
		}
	}
	if b, err := ngEnumMarshalUnnamed("testEnum", 7, true); err != nil || string(b) != "7" {
		t.Errorf("keep: %s, %v", b, err)
	}
	if _, err := ngEnumMarshalUnnamed("testEnum", 7, false); err == nil || err.Error() != "testEnum(7) has no name" {
		t.Errorf("strict: %v", err)
	}
}
