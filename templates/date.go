package templates

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"time"
)

// Date is a calendar date without a time of day or a time zone, the Go type
// for OpenAPI strings with format "date" (RFC 3339 full-date, "2006-01-02").
//
// Its text is exactly YYYY-MM-DD: a four-digit year from 0000 to 9999, a
// two-digit month and a two-digit day that exists in that month of the
// proleptic Gregorian calendar. ParseDate rejects everything else, including
// impossible days such as 2025-02-30, one-digit fields and a time or zone
// suffix.
//
// The zero value, Date{}, means no date. It is not a valid date, so it has no
// YYYY-MM-DD text: String prints it as "0000-00-00" for people, while
// MarshalText writes it as empty text and MarshalJSON as the JSON string "",
// which UnmarshalText and UnmarshalJSON read back as the zero value.
// Validators treat the zero value as missing.
type Date struct {
	// Year is the year, 0 to 9999 in a valid date.
	Year int
	// Month is the month of the year, January to December in a valid date.
	Month time.Month
	// Day is the day of the month, 1 to the month's length in a valid date.
	Day int
}

// Date implements the JSON and text (un)marshalers; the text ones serve
// encoding/xml for elements and attributes.
var (
	_ json.Marshaler           = Date{}
	_ json.Unmarshaler         = (*Date)(nil)
	_ encoding.TextMarshaler   = Date{}
	_ encoding.TextUnmarshaler = (*Date)(nil)
)

// ParseDate parses a date in the form YYYY-MM-DD. See Date for the rules.
func ParseDate(s string) (Date, error) {
	return ngDateParse(s)
}

// MustParseDate is like ParseDate but panics if s is not a valid date. It is
// meant for constants in code and tests.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the date on which t falls in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{Year: y, Month: m, Day: d}
}

// IsValid reports whether d is a date that has a YYYY-MM-DD text: its year is
// in 0 to 9999 and its day exists in its month.
func (d Date) IsValid() bool {
	return 0 <= d.Year && d.Year <= 9999 &&
		time.January <= d.Month && d.Month <= time.December &&
		1 <= d.Day && d.Day <= ngDateDaysIn(d.Year, d.Month)
}

// IsZero reports whether d is the zero value, Date{}.
func (d Date) IsZero() bool {
	return d == Date{}
}

// String returns d in the form YYYY-MM-DD. It prints the fields as they are
// even when d is not valid, so the zero value prints as "0000-00-00".
func (d Date) String() string {
	if d.IsValid() {
		var buf [10]byte
		return string(ngDateAppend(buf[:0], d))
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Time returns midnight at the start of d in loc. Like time.Date, it
// normalizes a day that does not exist (2025-02-30 becomes March 2) and
// panics if loc is nil.
func (d Date) Time(loc *time.Location) time.Time {
	return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, loc)
}

// MarshalText returns d in the form YYYY-MM-DD, or empty text for the zero
// value. It fails for any other date that is not valid, which has no text
// that ParseDate would read back.
func (d Date) MarshalText() ([]byte, error) {
	switch {
	case d.IsZero():
		return []byte{}, nil
	case !d.IsValid():
		return nil, fmt.Errorf("marshal date %s: not a valid date", d)
	}
	return ngDateAppend(make([]byte, 0, 10), d), nil
}

// UnmarshalText parses b as ParseDate does, with two allowances for
// encoding/xml, which passes element text and attributes through
// UnmarshalText: surrounding XML white space (space, tab, CR, LF) is dropped,
// as XML Schema's xs:date allows, and empty text sets the zero value, as for
// an empty element or one with xsi:nil="true". Empty text is also how
// MarshalText writes the zero value.
func (d *Date) UnmarshalText(b []byte) error {
	v, err := ngDateFromText(bytes.Trim(b, " \t\r\n"))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// MarshalJSON writes d as a JSON string holding its text: "YYYY-MM-DD", or ""
// for the zero value. It fails for any other date that is not valid.
func (d Date) MarshalJSON() ([]byte, error) {
	switch {
	case d.IsZero():
		return []byte(`""`), nil
	case !d.IsValid():
		return nil, fmt.Errorf("marshal date %s: not a valid date", d)
	}
	b := append(make([]byte, 0, 12), '"')
	b = ngDateAppend(b, d)
	return append(b, '"'), nil
}

// UnmarshalJSON reads a JSON string holding a date in the form YYYY-MM-DD,
// without white space. JSON null leaves d unchanged, as encoding/json does for
// other types, and the JSON string "" sets the zero value, which is how
// MarshalJSON writes it.
func (d *Date) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		return nil
	case len(b) == 0 || b[0] != '"':
		return fmt.Errorf("unmarshal date: want a JSON string, got %.32q", b)
	}
	s, err := ngDateJSONString(b)
	if err != nil {
		return fmt.Errorf("unmarshal date: %w", err)
	}
	v, err := ngDateFromText(s)
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ngDateFromText parses b as ParseDate does, except that empty text is the
// zero value.
func ngDateFromText(b []byte) (Date, error) {
	if len(b) == 0 {
		return Date{}, nil
	}
	return ngDateParse(b)
}

// ngDateParse parses a date in the form YYYY-MM-DD and checks that it
// exists. It allocates only to report an error.
func ngDateParse[T string | []byte](s T) (Date, error) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return Date{}, fmt.Errorf("parse date %q: want the form YYYY-MM-DD", s)
	}
	y, ok1 := ngDateNumber(s[0:4])
	m, ok2 := ngDateNumber(s[5:7])
	d, ok3 := ngDateNumber(s[8:10])
	if !ok1 || !ok2 || !ok3 {
		return Date{}, fmt.Errorf("parse date %q: want the form YYYY-MM-DD with digits only", s)
	}
	month := time.Month(m)
	if month < time.January || month > time.December {
		return Date{}, fmt.Errorf("parse date %q: month %d out of range", s, m)
	}
	if n := ngDateDaysIn(y, month); d < 1 || d > n {
		return Date{}, fmt.Errorf("parse date %q: day %d out of range for %s %04d, which has %d days", s, d, month, y, n)
	}
	return Date{Year: y, Month: month, Day: d}, nil
}

// ngDateNumber returns the value of s, which must consist of ASCII digits
// only.
func ngDateNumber[T string | []byte](s T) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, true
}

// ngDateDaysIn returns the number of days in month m of year y in the
// proleptic Gregorian calendar; m must be January to December.
func ngDateDaysIn(y int, m time.Month) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// ngDateAppend appends the YYYY-MM-DD form of the valid date d to b.
func ngDateAppend(b []byte, d Date) []byte {
	y, m := d.Year, int(d.Month)
	return append(b,
		byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-',
		byte('0'+m/10), byte('0'+m%10), '-',
		byte('0'+d.Day/10), byte('0'+d.Day%10))
}

// ngDateJSONString returns the contents of the JSON string literal b, with
// any escapes resolved.
func ngDateJSONString(b []byte) ([]byte, error) {
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
