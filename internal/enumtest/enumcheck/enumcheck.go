// Package enumcheck checks the wire behaviour of norcegen's generated
// integer enums, for the tests of every package that has them.
package enumcheck

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"testing"
)

// Value is what every generated integer enum offers.
type Value interface {
	comparable
	fmt.Stringer
	IsValid() bool
	json.Marshaler
	xml.Marshaler
	xml.MarshalerAttr
}

// RoundTrip checks every value of an enum through JSON, an XML element and
// an XML attribute, and its String/Parse pair.
func RoundTrip[T Value, P interface {
	*T
	json.Unmarshaler
	xml.Unmarshaler
	xml.UnmarshalerAttr
}](t testing.TB, values []T, parse func(string) (T, error)) {
	t.Helper()
	if len(values) == 0 {
		t.Error("enum has no values")
	}
	for _, v := range values {
		if !v.IsValid() {
			t.Errorf("%v: not valid", v)
		}
		if got, err := parse(v.String()); err != nil || got != v {
			t.Errorf("parse(%q) = %v, %v", v.String(), got, err)
		}
		j, err := v.MarshalJSON()
		if err != nil {
			t.Fatalf("%v: MarshalJSON: %v", v, err)
		}
		var fromJSON T
		if err := P(&fromJSON).UnmarshalJSON(j); err != nil || fromJSON != v {
			t.Errorf("JSON %s: got %v, %v", j, fromJSON, err)
		}
		type elem struct {
			XMLName xml.Name `xml:"e"`
			V       T        `xml:"v"`
			A       T        `xml:"a,attr"`
		}
		x, err := xml.Marshal(elem{V: v, A: v})
		if err != nil {
			t.Fatalf("%v: xml.Marshal: %v", v, err)
		}
		var fromXML elem
		if err := xml.Unmarshal(x, &fromXML); err != nil || fromXML.V != v || fromXML.A != v {
			t.Errorf("XML %s: got %+v, %v", x, fromXML, err)
		}
	}
}
