package lower

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/load"
)

func lowerDataContract(t *testing.T, spec string, dc *ir.DataContract) (*ir.Package, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "spec.yaml")
	if err := os.WriteFile(path, []byte(spec), 0o644); err != nil {
		t.Fatal(err)
	}
	doc, err := load.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	pkg, _, err := Lower(doc, Options{Package: "api", DataContract: dc})
	return pkg, err
}

const dcSpec = `openapi: 3.0.3
info: {title: T, version: "1"}
paths: {}
components:
  schemas:
    Header:
      type: object
      xml: {name: CustomerHeader, namespace: "urn:derived"}
      x-datacontract-base: {name: Header, namespace: "urn:base", members: [AccountId, JobId]}
      properties:
        AccountId: {type: integer, format: int32}
        JobId: {type: string, x-order: 6}
        Mode:
          type: array
          x-datacontract-single: true
          items:
            type: string
            enum: [JSON, XML]
            xml: {name: Mode, namespace: "urn:enums"}
            x-datacontract-names: {JSON: Json}
        Fields:
          type: array
          items: {$ref: '#/components/schemas/Field'}
    Field:
      type: string
      enum: [A, B]
    MarshalDataContract:
      type: object
      properties:
        X: {type: string}
`

func TestLowerDataContract(t *testing.T) {
	pkg, err := lowerDataContract(t, dcSpec, &ir.DataContract{})
	if err != nil {
		t.Fatal(err)
	}
	if pkg.DataContract == nil || pkg.DataContract.Namespace != "http://schemas.datacontract.org/2004/07/api" {
		t.Errorf("DataContract %+v, want the default namespace", pkg.DataContract)
	}
	if !slices.Contains(pkg.Helpers, "datacontract") {
		t.Errorf("helpers %q lack datacontract", pkg.Helpers)
	}
	types := map[string]ir.Type{}
	for _, typ := range pkg.Types {
		types[typ.GoName()] = typ
	}
	if _, ok := types["MarshalDataContract"]; ok {
		t.Error("a type took the name MarshalDataContract")
	}
	h := types["Header"].(*ir.Struct)
	if h.Contract != (ir.Contract{Name: "CustomerHeader", Namespace: "urn:derived"}) {
		t.Errorf("Header contract %+v", h.Contract)
	}
	if h.ContractBase == nil || *h.ContractBase != (ir.Contract{Name: "Header", Namespace: "urn:base"}) {
		t.Errorf("Header base %+v", h.ContractBase)
	}
	members := map[string]ir.DataMember{}
	for _, f := range h.Fields {
		members[f.JSONName] = f.Member
	}
	want := map[string]ir.DataMember{
		"AccountId": {Base: true},
		"JobId":     {Base: true, Order: 6, Ordered: true},
		"Mode":      {Single: true},
		"Fields":    {},
	}
	for name, m := range want {
		if members[name] != m {
			t.Errorf("%s: member %+v, want %+v", name, members[name], m)
		}
	}
	mode := types["HeaderModeItem"].(*ir.Enum)
	if mode.Contract != (ir.Contract{Name: "Mode", Namespace: "urn:enums"}) || mode.Values[0].ContractName != "Json" || mode.Values[1].ContractName != "" {
		t.Errorf("Mode enum %+v %+v %+v", mode.Contract, *mode.Values[0], *mode.Values[1])
	}
	field := types["Field"].(*ir.Enum)
	if field.Contract != (ir.Contract{Name: "Field", Namespace: "http://schemas.datacontract.org/2004/07/api"}) {
		t.Errorf("Field enum contract %+v", field.Contract)
	}

	// Off, nothing is read (an x-order that is no DataMember Order is
	// someone else's business) and the name is free.
	pkg, err = lowerDataContract(t, strings.Replace(dcSpec, "x-order: 6", "x-order: first", 1), nil)
	if err != nil {
		t.Fatal(err)
	}
	if pkg.DataContract != nil || slices.Contains(pkg.Helpers, "datacontract") {
		t.Error("DataContract form without the option")
	}
}

func TestLowerDataContractErrors(t *testing.T) {
	for _, tc := range []struct{ old, new, want string }{
		{"x-order: 6", "x-order: 1.5", "spec.yaml:12:31: x-order must be an integer from 0 to 2147483647"},
		{"x-order: 6", "x-order: -1", "x-order must be an integer"},
		{"members: [AccountId, JobId]", "members: [AccountId, Nope]", "x-datacontract-base member Nope is not a property of the schema"},
		{"members: [AccountId, JobId]", "members: []", "x-datacontract-base needs members"},
		{`namespace: "urn:base", `, "", "x-datacontract-base needs the base class's namespace"},
		{`{name: Header, `, `{nam: Header, `, `x-datacontract-base has no key "nam"`},
		{"{JSON: Json}", "{JSONX: Json}", `x-datacontract-names names "JSONX", which is none of the enum's values (JSON, XML)`},
		{"{JSON: Json}", "{JSON: ''}", "must be a non-empty string"},
		{"{JSON: Json}", "[Json]", "x-datacontract-names must map the spec's names to the contract's"},
		{"JobId: {type: string, x-order: 6}", "JobId: {type: string, x-datacontract-single: true}", "x-datacontract-single is for array properties; JobId is not one"},
	} {
		spec := strings.Replace(dcSpec, tc.old, tc.new, 1)
		if spec == dcSpec {
			t.Fatalf("%q is not in the spec", tc.old)
		}
		_, err := lowerDataContract(t, spec, &ir.DataContract{Namespace: "urn:default"})
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s -> %s: error %v, want %q", tc.old, tc.new, err, tc.want)
		}
	}
}
