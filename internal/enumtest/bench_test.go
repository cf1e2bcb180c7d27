package enumtest

import (
	"encoding/json"
	"encoding/xml"
	"testing"

	"github.com/norcegen/norcegen/internal/enumtest/strict"
)

func BenchmarkFieldMarshalJSON(b *testing.B) {
	v := strict.FieldSearchOnlyByCode
	b.ReportAllocs()
	for b.Loop() {
		if _, err := v.MarshalJSON(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFieldUnmarshalJSONName(b *testing.B) {
	data := []byte(`"SearchOnlyByCode"`)
	var v strict.Field
	b.ReportAllocs()
	for b.Loop() {
		if err := v.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFieldUnmarshalJSONInteger(b *testing.B) {
	data := []byte(`3`)
	var v strict.Field
	b.ReportAllocs()
	for b.Loop() {
		if err := v.UnmarshalJSON(data); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkStringUnmarshalJSON is the baseline: a plain string field.
func BenchmarkStringUnmarshalJSON(b *testing.B) {
	data := []byte(`"SearchOnlyByCode"`)
	var v string
	b.ReportAllocs()
	for b.Loop() {
		if err := json.Unmarshal(data, &v); err != nil {
			b.Fatal(err)
		}
	}
}

type fieldElem struct {
	XMLName xml.Name     `xml:"v"`
	V       strict.Field `xml:"f"`
}

type int32Elem struct {
	XMLName xml.Name `xml:"v"`
	V       int32    `xml:"f"`
}

func BenchmarkFieldXMLRoundTrip(b *testing.B) {
	v := fieldElem{V: strict.FieldSearchOnlyByCode}
	b.ReportAllocs()
	for b.Loop() {
		data, err := xml.Marshal(v)
		if err != nil {
			b.Fatal(err)
		}
		var back fieldElem
		if err := xml.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkInt32XMLRoundTrip is the baseline: a plain int32 field.
func BenchmarkInt32XMLRoundTrip(b *testing.B) {
	v := int32Elem{V: 3}
	b.ReportAllocs()
	for b.Loop() {
		data, err := xml.Marshal(v)
		if err != nil {
			b.Fatal(err)
		}
		var back int32Elem
		if err := xml.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}
