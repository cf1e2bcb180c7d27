package templates

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"strconv"
)

// UnknownEnumValueError reports a decoded value that is none of an enum's
// declared values.
type UnknownEnumValueError struct {
	// Type is the enum's Go type name.
	Type string
	// Value is the value as it appeared on the wire.
	Value string
}

func (e *UnknownEnumValueError) Error() string {
	return fmt.Sprintf("unknown %s value %q", e.Type, e.Value)
}

// UnnamedEnumValueError reports an attempt to write the name of an integer
// enum value that has none (a value outside the declared set).
type UnnamedEnumValueError struct {
	// Type is the enum's Go type name.
	Type string
	// Value is the value's integer.
	Value int64
}

func (e *UnnamedEnumValueError) Error() string {
	return fmt.Sprintf("%s(%d) has no name", e.Type, e.Value)
}

func ngEnumUnknown(typ string, b []byte) error {
	return &UnknownEnumValueError{Type: typ, Value: string(b)}
}

func ngEnumUnnamed(typ string, v int64) error {
	return &UnnamedEnumValueError{Type: typ, Value: v}
}

// ngEnumParseInt parses a decimal integer of the given bit size without
// allocating.
func ngEnumParseInt(b []byte, bits int) (int64, error) {
	if len(b) == 0 {
		return 0, strconv.ErrSyntax
	}
	neg := b[0] == '-'
	if neg || b[0] == '+' {
		b = b[1:]
		if len(b) == 0 {
			return 0, strconv.ErrSyntax
		}
	}
	if len(b) > 19 {
		// More digits than any int64 has; 19 digits cannot overflow uint64.
		return 0, strconv.ErrRange
	}
	var n uint64
	for _, c := range b {
		if c < '0' || c > '9' {
			return 0, strconv.ErrSyntax
		}
		n = n*10 + uint64(c-'0')
	}
	limit := uint64(1) << (bits - 1)
	if !neg && n >= limit || neg && n > limit {
		return 0, strconv.ErrRange
	}
	if neg {
		return -int64(n), nil
	}
	return int64(n), nil
}

// ngEnumJSONText returns the text of a JSON string or number: the string's
// content (unescaped) or the number's digits. null reports true.
func ngEnumJSONText(data []byte) (text []byte, null bool, err error) {
	data = bytes.TrimSpace(data)
	switch {
	case len(data) == 0:
		return nil, false, fmt.Errorf("empty JSON value")
	case string(data) == "null":
		return nil, true, nil
	case data[0] == '"':
		if len(data) >= 2 && data[len(data)-1] == '"' && bytes.IndexByte(data, '\\') < 0 {
			return data[1 : len(data)-1], false, nil
		}
		var s string
		if err := json.Unmarshal(data, &s); err != nil {
			return nil, false, err
		}
		return []byte(s), false, nil
	case data[0] == '-' || data[0] >= '0' && data[0] <= '9':
		return data, false, nil
	}
	return nil, false, fmt.Errorf("enum value must be a JSON string or number, got %.20s", data)
}

// ngEnumXMLText reads an element's character data, trimmed of surrounding
// space.
func ngEnumXMLText(d *xml.Decoder, start xml.StartElement) ([]byte, error) {
	var s string
	if err := d.DecodeElement(&s, &start); err != nil {
		return nil, err
	}
	return bytes.TrimSpace([]byte(s)), nil
}

// ngEnumDecodeInt decodes an integer enum value from its decimal integer.
// Unless keep is set, an integer outside the declared set (valid reports
// false) is an error.
func ngEnumDecodeInt[T ~int32 | ~int64](b []byte, typ string, bits int, valid func(T) bool, keep bool) (T, error) {
	n, err := ngEnumParseInt(b, bits)
	if err != nil {
		return 0, ngEnumUnknown(typ, b)
	}
	v := T(n)
	if !keep && !valid(v) {
		return 0, ngEnumUnknown(typ, b)
	}
	return v, nil
}

// ngEnumMarshalUnnamed writes an enum value that has no name: as its
// integer when keep is set, else it is an error.
func ngEnumMarshalUnnamed(typ string, n int64, keep bool) ([]byte, error) {
	if keep {
		return strconv.AppendInt(nil, n, 10), nil
	}
	return nil, ngEnumUnnamed(typ, n)
}

// ngEnumUnmarshalJSON decodes a JSON string or number with decode into *v;
// null leaves *v unchanged.
func ngEnumUnmarshalJSON[T any](data []byte, v *T, decode func([]byte) (T, error)) error {
	b, null, err := ngEnumJSONText(data)
	if err != nil || null {
		return err
	}
	x, err := decode(b)
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// ngEnumUnmarshalXML decodes an element's text with decode into *v.
func ngEnumUnmarshalXML[T any](d *xml.Decoder, start xml.StartElement, v *T, decode func([]byte) (T, error)) error {
	b, err := ngEnumXMLText(d, start)
	if err != nil {
		return err
	}
	x, err := decode(b)
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// ngEnumUnmarshalXMLAttr decodes an attribute's value with decode into *v.
func ngEnumUnmarshalXMLAttr[T any](attr xml.Attr, v *T, decode func([]byte) (T, error)) error {
	x, err := decode(bytes.TrimSpace([]byte(attr.Value)))
	if err != nil {
		return err
	}
	*v = x
	return nil
}

// ngEnumIndex returns the index of v in values, or -1.
func ngEnumIndex[T comparable](values []T, v T) int {
	for i, x := range values {
		if x == v {
			return i
		}
	}
	return -1
}

// ngEnumName returns the name of an integer enum value, or its integer
// for a value outside the declared set.
func ngEnumName[T ~int32 | ~int64](values []T, names []string, v T) string {
	if i := ngEnumIndex(values, v); i >= 0 {
		return names[i]
	}
	return strconv.FormatInt(int64(v), 10)
}

// ngEnumLookup returns the value named b, without allocating.
func ngEnumLookup[T any](values []T, names []string, b []byte) (T, bool) {
	for i, name := range names {
		if name == string(b) {
			return values[i], true
		}
	}
	var zero T
	return zero, false
}

// ngEnumDecodeString decodes a string enum value from its name. Unless
// keep is set, a name outside the declared set is an error; known names do
// not allocate.
func ngEnumDecodeString[T ~string](b []byte, values []T, typ string, keep bool) (T, error) {
	for _, x := range values {
		if string(x) == string(b) {
			return x, nil
		}
	}
	if !keep {
		return "", ngEnumUnknown(typ, b)
	}
	return T(b), nil
}

// ngEnumMarshalName writes an integer enum value's name as a JSON string.
// A value without a name is written as its integer when keep is set, and
// is an error otherwise.
func ngEnumMarshalName[T ~int32 | ~int64](values []T, names []string, v T, typ string, keep bool) ([]byte, error) {
	i := ngEnumIndex(values, v)
	if i < 0 {
		return ngEnumMarshalUnnamed(typ, int64(v), keep)
	}
	return ngEnumQuote(names[i]), nil
}

// ngEnumQuote returns s as a JSON string.
func ngEnumQuote(s string) []byte {
	const hex = "0123456789abcdef"
	b := make([]byte, 0, len(s)+2)
	b = append(b, '"')
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			b = append(b, '\\', c)
		case c < 0x20:
			b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			b = append(b, c)
		}
	}
	return append(b, '"')
}
