package generated_test

import (
	"encoding/xml"
	"fmt"
	"reflect"
	"testing"

	"github.com/norcegen/norcegen/generated/connect/customer"
)

// FuzzUnmarshalDataContract feeds arbitrary bytes to UnmarshalDataContract:
// it must not panic, and what it reads must write and read back to the same
// value.
func FuzzUnmarshalDataContract(f *testing.F) {
	for _, s := range dataContractSamples {
		f.Add(sample(f, s.file))
	}
	f.Add([]byte(`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"><Flags><Flag><StopDate>2020-01-02T03:04:05.123456789+05:30</StopDate></Flag></Flags><Id> 7 </Id><LastName>a&#xD;&#10;b&lt;<![CDATA[<c>]]></LastName></Customer>`))
	f.Add([]byte(`<x:Company xmlns:x="Enferno.Services.StormConnect.Contracts.Customer.Models" xmlns:n="http://www.w3.org/2001/XMLSchema-instance"><x:Discounts><x:Discount><x:DiscountPercentage>+007.50</x:DiscountPercentage><x:Type>2</x:Type></x:Discount></x:Discounts><x:Id n:nil="1"/></x:Company>`))
	f.Add([]byte(`<CustomerHeader xmlns="Enferno.Services.StormConnect.Contracts.Customer"></CustomerHeader>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, v := range []any{new(customer.Customer), new(customer.Company), new(customer.CustomerHeader), new([]customer.Customer)} {
			if err := customer.UnmarshalDataContract(data, v); err != nil {
				continue
			}
			out, err := customer.MarshalDataContract(v)
			if err != nil {
				continue // a value DataContractSerializer cannot read (Type 0, a control character)
			}
			if h, ok := v.(*customer.CustomerHeader); ok && len(h.SerializationType) == 0 {
				// Written as the contract's default, read back as [JSON].
				h.SerializationType = []customer.SerializationType{customer.SerializationTypeJSON}
			}
			again := reflect.New(reflect.TypeOf(v).Elem()).Interface()
			if err := customer.UnmarshalDataContract(out, again); err != nil {
				t.Fatalf("%T: own output does not read: %v\n%s", v, err, out)
			}
			if !reflect.DeepEqual(again, v) {
				t.Fatalf("%T: read %+v, wrote %s, read back %+v", v, v, out, again)
			}
		}
	})
}

// importOf returns n customers, as a Connect import body holds them.
func importOf(n int) []customer.Customer {
	out := make([]customer.Customer, n)
	for i := range out {
		c := sampleCustomer()
		c.Code = ptr(fmt.Sprintf("C-%d", i))
		c.ID = ptr(int32(i))
		out[i] = c
	}
	return out
}

// xmlImport is the same import for encoding/xml, which needs one root.
type xmlImport struct {
	XMLName   xml.Name            `xml:"Customers"`
	Customers []customer.Customer `xml:"Customer"`
}

// The DataContract form against encoding/xml (the OpenAPI XML form) on the
// same 1,000 customers:
//
//	go test ./generated/ -run '^$' -bench 'Import(Marshal|Unmarshal)' -benchmem
func BenchmarkImportMarshalDataContract(b *testing.B) {
	customers := importOf(1000)
	data, _ := customer.MarshalDataContract(customers)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := customer.MarshalDataContract(customers); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImportMarshalEncodingXML(b *testing.B) {
	v := xmlImport{Customers: importOf(1000)}
	data, _ := xml.Marshal(v)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := xml.Marshal(v); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImportUnmarshalDataContract(b *testing.B) {
	data, err := customer.MarshalDataContract(importOf(1000))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var back []customer.Customer
		if err := customer.UnmarshalDataContract(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkImportUnmarshalEncodingXML(b *testing.B) {
	data, err := xml.Marshal(xmlImport{Customers: importOf(1000)})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		var back xmlImport
		if err := xml.Unmarshal(data, &back); err != nil {
			b.Fatal(err)
		}
	}
}
