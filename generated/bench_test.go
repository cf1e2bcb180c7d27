package generated_test

import (
	"encoding/json"
	"encoding/xml"
	"testing"

	"github.com/norcegen/norcegen/generated/connect/customer"
)

// plainHeader is CustomerHeader with plain string and int32 fields, the
// baseline of the enum-typed header's benchmarks.
type plainHeader struct {
	AccountID                int32    `json:"AccountId" xml:"AccountId"`
	CompanyFieldsThatAreSet  []string `json:"CompanyFieldsThatAreSet" xml:"CompanyFieldsThatAreSet>CompanyField"`
	CustomerFieldsThatAreSet []string `json:"CustomerFieldsThatAreSet" xml:"CustomerFieldsThatAreSet>CustomerField"`
	AccountFieldsThatAreSet  []int32  `json:"AccountFieldsThatAreSet,omitempty" xml:"AccountFieldsThatAreSet>AccountField"`
	SerializationType        []string `json:"SerializationType,omitempty" xml:"SerializationType>SerializationType"`
}

func benchHeader() customer.CustomerHeader {
	return customer.CustomerHeader{
		AccountID:                1,
		CompanyFieldsThatAreSet:  customer.CompanyFieldValues(),
		CustomerFieldsThatAreSet: customer.CustomerFieldValues(),
		AccountFieldsThatAreSet:  customer.AccountFieldValues(),
		SerializationType:        []customer.SerializationType{customer.SerializationTypeJSON},
	}
}

func benchPlainHeader() plainHeader {
	h := benchHeader()
	p := plainHeader{AccountID: 1, SerializationType: []string{"JSON"}}
	for _, v := range h.CompanyFieldsThatAreSet {
		p.CompanyFieldsThatAreSet = append(p.CompanyFieldsThatAreSet, v.String())
	}
	for _, v := range h.CustomerFieldsThatAreSet {
		p.CustomerFieldsThatAreSet = append(p.CustomerFieldsThatAreSet, v.String())
	}
	for _, v := range h.AccountFieldsThatAreSet {
		p.AccountFieldsThatAreSet = append(p.AccountFieldsThatAreSet, int32(v))
	}
	return p
}

func benchRoundTrip[T any](b *testing.B, v T, marshal func(any) ([]byte, error), unmarshal func([]byte, any) error) {
	b.ReportAllocs()
	for b.Loop() {
		data, err := marshal(v)
		if err != nil {
			b.Fatal(err)
		}
		var back T
		if err := unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCustomerHeaderJSON(b *testing.B) {
	benchRoundTrip(b, benchHeader(), json.Marshal, json.Unmarshal)
}

func BenchmarkPlainHeaderJSON(b *testing.B) {
	benchRoundTrip(b, benchPlainHeader(), json.Marshal, json.Unmarshal)
}

func BenchmarkCustomerHeaderXML(b *testing.B) {
	benchRoundTrip(b, benchHeader(), xml.Marshal, xml.Unmarshal)
}

func BenchmarkPlainHeaderXML(b *testing.B) {
	benchRoundTrip(b, benchPlainHeader(), xml.Marshal, xml.Unmarshal)
}
