// Package money is the example's own decimal type, which norcegen.yaml maps
// the spec's decimal format to.
package money

import (
	"bytes"
	"fmt"
	"regexp"
)

// Amount is an exact decimal amount, kept as its text.
type Amount struct{ text string }

var decimal = regexp.MustCompile(`^-?[0-9]+(\.[0-9]+)?$`)

// Parse returns the amount s spells.
func Parse(s string) (Amount, error) {
	if !decimal.MatchString(s) {
		return Amount{}, fmt.Errorf("money: %q is not a decimal", s)
	}
	return Amount{s}, nil
}

// String returns the amount's text.
func (a Amount) String() string {
	if a.text == "" {
		return "0"
	}
	return a.text
}

// MarshalText implements encoding.TextMarshaler (XML).
func (a Amount) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler (XML).
func (a *Amount) UnmarshalText(b []byte) error {
	v, err := Parse(string(b))
	if err == nil {
		*a = v
	}
	return err
}

// MarshalJSON writes the amount as a JSON number.
func (a Amount) MarshalJSON() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalJSON reads a JSON number (or a string holding one).
func (a *Amount) UnmarshalJSON(b []byte) error {
	return a.UnmarshalText(bytes.Trim(b, `"`))
}
