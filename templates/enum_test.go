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

var (
	valuesOfTestEnum = [...]testEnum{1, 3}
	namesOfTestEnum  = [...]string{"One", "Three"}
)

func (v testEnum) valid() bool { return ngEnumIndex(valuesOfTestEnum[:], v) >= 0 }

func TestNgEnumTables(t *testing.T) {
	if got := ngEnumName(valuesOfTestEnum[:], namesOfTestEnum[:], 3); got != "Three" {
		t.Errorf("name of 3 = %q", got)
	}
	if got := ngEnumName(valuesOfTestEnum[:], namesOfTestEnum[:], 7); got != "7" {
		t.Errorf("name of 7 = %q", got)
	}
	if v, ok := ngEnumLookup(valuesOfTestEnum[:], namesOfTestEnum[:], []byte("Three")); !ok || v != 3 {
		t.Errorf("lookup Three = %v, %v", v, ok)
	}
	if _, ok := ngEnumLookup(valuesOfTestEnum[:], namesOfTestEnum[:], []byte("Two")); ok {
		t.Error("lookup Two succeeded")
	}
	tests := []struct {
		in   string
		keep bool
		want testEnum
		ok   bool
	}{
		{"1", false, 1, true},
		{"2", false, 0, false},
		{"2", true, 2, true},
		{"Two", true, 0, false},
		{"", true, 0, false},
	}
	for _, tt := range tests {
		got, err := ngEnumDecodeInt([]byte(tt.in), "testEnum", 32, testEnum.valid, tt.keep)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("decode(%q, keep %v) = %v, %v", tt.in, tt.keep, got, err)
		}
	}
	if b, err := ngEnumMarshalName(valuesOfTestEnum[:], namesOfTestEnum[:], 1, "testEnum", false); err != nil || string(b) != `"One"` {
		t.Errorf("marshal 1: %s, %v", b, err)
	}
	if b, err := ngEnumMarshalName(valuesOfTestEnum[:], namesOfTestEnum[:], 7, "testEnum", true); err != nil || string(b) != "7" {
		t.Errorf("keep: %s, %v", b, err)
	}
	if _, err := ngEnumMarshalName(valuesOfTestEnum[:], namesOfTestEnum[:], 7, "testEnum", false); err == nil || err.Error() != "testEnum(7) has no name" {
		t.Errorf("strict: %v", err)
	}
	if got := string(ngEnumQuote("a\"b\\c\x01")); got != `"a\"b\\c\u0001"` {
		t.Errorf("quote = %s", got)
	}
}

type testColor string

func TestNgEnumDecodeString(t *testing.T) {
	values := []testColor{"red", "green"}
	if v, err := ngEnumDecodeString([]byte("green"), values, "testColor", false); err != nil || v != "green" {
		t.Errorf("green: %v, %v", v, err)
	}
	if _, err := ngEnumDecodeString([]byte("blue"), values, "testColor", false); err == nil {
		t.Error("blue accepted")
	}
	if v, err := ngEnumDecodeString([]byte("blue"), values, "testColor", true); err != nil || v != "blue" {
		t.Errorf("keep blue: %v, %v", v, err)
	}
}
