package templates

import (
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// UUID is a 128-bit universally unique identifier (RFC 9562), the Go type for
// OpenAPI strings with format "uuid" or "guid".
//
// Its text is the canonical 8-4-4-4-12 hexadecimal form in lower case, such
// as "f81d4fae-7dec-11d0-a765-00a0c91e6bf6". ParseUUID also reads upper and
// mixed case, and the canonical form inside braces, which .NET writes for
// Guid.ToString("B"). It rejects every other form (32 digits without hyphens,
// a "urn:uuid:" prefix, surrounding spaces), so that an accepted value is one
// any peer reads back. Version and variant bits are not checked: .NET and
// databases hand out identifiers of every version.
//
// The zero value is the nil UUID, 00000000-0000-0000-0000-000000000000.
type UUID [16]byte

// UUID implements the JSON and text (un)marshalers; the text ones serve
// encoding/xml for elements and attributes.
var (
	_ json.Marshaler           = UUID{}
	_ json.Unmarshaler         = (*UUID)(nil)
	_ encoding.TextMarshaler   = UUID{}
	_ encoding.TextUnmarshaler = (*UUID)(nil)
)

// ParseUUID parses the canonical form of a UUID, in any case and optionally
// inside braces. See UUID for the accepted forms.
func ParseUUID(s string) (UUID, error) {
	return ngUUIDParse(s)
}

// MustParseUUID is like ParseUUID but panics if s is not a valid UUID. It is
// meant for constants in code and tests.
func MustParseUUID(s string) UUID {
	u, err := ParseUUID(s)
	if err != nil {
		panic(err)
	}
	return u
}

// String returns the canonical lower-case form of the UUID.
func (u UUID) String() string {
	var buf [36]byte
	ngUUIDEncode(buf[:], u)
	return string(buf[:])
}

// IsZero reports whether u is the nil UUID, all of whose bits are zero.
func (u UUID) IsZero() bool {
	return u == UUID{}
}

// MarshalText returns the canonical lower-case form of the UUID.
func (u UUID) MarshalText() ([]byte, error) {
	b := make([]byte, 36)
	ngUUIDEncode(b, u)
	return b, nil
}

// UnmarshalText parses b as ParseUUID does, without allocating unless b is
// invalid. It makes two allowances for encoding/xml, which passes element
// text and attributes through UnmarshalText: surrounding XML white space
// (space, tab, CR, LF) is dropped, and empty text sets the nil UUID, as for an
// empty element or one with xsi:nil="true". Validators treat the nil UUID as
// missing.
func (u *UUID) UnmarshalText(b []byte) error {
	v, err := ngUUIDFromText(bytes.Trim(b, " \t\r\n"))
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// MarshalJSON writes the UUID as a JSON string in canonical lower-case form.
func (u UUID) MarshalJSON() ([]byte, error) {
	b := make([]byte, 38)
	b[0], b[37] = '"', '"'
	ngUUIDEncode(b[1:37], u)
	return b, nil
}

// UnmarshalJSON reads a JSON string holding a UUID in a form ParseUUID
// accepts, without white space. JSON null leaves the UUID unchanged, as
// encoding/json does for other types, and the JSON string "" sets the nil
// UUID.
func (u *UUID) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		return nil
	case len(b) == 0 || b[0] != '"':
		return fmt.Errorf("unmarshal UUID: want a JSON string, got %.32q", b)
	}
	s, err := ngUUIDJSONString(b)
	if err != nil {
		return fmt.Errorf("unmarshal UUID: %w", err)
	}
	v, err := ngUUIDFromText(s)
	if err != nil {
		return err
	}
	*u = v
	return nil
}

// ngUUIDFromText parses b as ParseUUID does, except that empty text is the
// nil UUID.
func ngUUIDFromText(b []byte) (UUID, error) {
	if len(b) == 0 {
		return UUID{}, nil
	}
	return ngUUIDParse(b)
}

// ngUUIDParse parses the canonical form of a UUID, in any case and optionally
// inside braces. It allocates only to report an error.
func ngUUIDParse[T string | []byte](in T) (UUID, error) {
	var u UUID
	s, off := in, 0
	if len(s) == 38 && s[0] == '{' && s[37] == '}' {
		s, off = s[1:37], 1
	}
	if len(s) != 36 {
		return u, fmt.Errorf("parse UUID %q: want the form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx", in)
	}
	for i, j := 0, 0; i < 36; {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return u, fmt.Errorf("parse UUID %q: want '-' at offset %d, got %q", in, off+i, ngUUIDCharAt(s, i))
			}
			i++
			continue
		}
		hi, ok := ngUUIDUnhex(s[i])
		if !ok {
			return u, fmt.Errorf("parse UUID %q: want a hexadecimal digit at offset %d, got %q", in, off+i, ngUUIDCharAt(s, i))
		}
		lo, ok := ngUUIDUnhex(s[i+1])
		if !ok {
			return u, fmt.Errorf("parse UUID %q: want a hexadecimal digit at offset %d, got %q", in, off+i+1, ngUUIDCharAt(s, i+1))
		}
		u[j] = hi<<4 | lo
		i, j = i+2, j+1
	}
	return u, nil
}

// ngUUIDCharAt returns the UTF-8 encoded character that starts at offset i of
// s, or the single byte there if it does not start a valid one.
func ngUUIDCharAt[T string | []byte](s T, i int) T {
	_, n := utf8.DecodeRuneInString(string(s[i:min(len(s), i+utf8.UTFMax)]))
	return s[i : i+n]
}

// ngUUIDUnhex returns the value of the hexadecimal digit c, in either case.
func ngUUIDUnhex(c byte) (byte, bool) {
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

// ngUUIDEncode writes the canonical lower-case form of u to dst[:36].
func ngUUIDEncode(dst []byte, u UUID) {
	const digits = "0123456789abcdef"
	_ = dst[35] // Panic before writing anything if dst is too short.
	j := 0
	for i, b := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			dst[j] = '-'
			j++
		}
		dst[j], dst[j+1] = digits[b>>4], digits[b&0x0f]
		j += 2
	}
}

// ngUUIDJSONString returns the contents of the JSON string literal b, with
// any escapes resolved.
func ngUUIDJSONString(b []byte) ([]byte, error) {
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
