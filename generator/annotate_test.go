package generator_test

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/generator"
)

// annotated runs Annotate on a spec and returns its components' schemas
// as plain JSON values, after checking that the output loads and validates
// with kin-openapi.
func annotated(t *testing.T, spec string) (map[string]map[string]any, []generator.Warning) {
	t.Helper()
	res, err := generator.Annotate(generator.Config{Spec: spec})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := openapi3.NewLoader().LoadFromData(res.JSON)
	if err != nil {
		t.Fatalf("the annotated document does not load: %v", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		t.Fatalf("the annotated document does not validate: %v", err)
	}
	var out struct {
		Components struct {
			Schemas map[string]map[string]any `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(res.JSON, &out); err != nil {
		t.Fatal(err)
	}
	return out.Components.Schemas, res.Warnings
}

func properties(s map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	props, _ := s["properties"].(map[string]any)
	for k, v := range props {
		out[k], _ = v.(map[string]any)
	}
	return out
}

// enumPairs reads x-enum-integers and x-enum-varnames as "N=Name" pairs.
func enumPairs(s map[string]any) []string {
	ints, _ := s["x-enum-integers"].([]any)
	names, _ := s["x-enum-varnames"].([]any)
	var out []string
	for i := range ints {
		out = append(out, jsonText(ints[i])+"="+names[i].(string))
	}
	return out
}

func jsonText(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

func TestAnnotateStorefront(t *testing.T) {
	schemas, warnings := annotated(t, "../spec/storefront/customer.yaml")
	if len(warnings) != 0 {
		t.Errorf("warnings: %v", warnings)
	}
	limits := map[float64]int{}
	unlimited := 0
	var readOnly, deprecated []string
	var enums []string
	for name, s := range schemas {
		if s["deprecated"] == true {
			deprecated = append(deprecated, name)
		}
		for prop, p := range properties(s) {
			if v, ok := p["maxLength"].(float64); ok {
				limits[v]++
			}
			if p["x-max-length-unlimited"] == true {
				unlimited++
			}
			if p["readOnly"] == true {
				readOnly = append(readOnly, name+"."+prop)
			}
			if pairs := enumPairs(p); len(pairs) > 0 {
				enums = append(enums, name+"."+prop+" "+strings.Join(pairs, ","))
			}
		}
	}
	if want := map[float64]int{50: 33, 255: 9, 100: 3}; !reflect.DeepEqual(limits, want) {
		t.Errorf("maxLength limits = %v, want %v", limits, want)
	}
	if unlimited != 2 {
		t.Errorf("unlimited = %d, want 2", unlimited)
	}
	if want := []string{"Contact"}; !reflect.DeepEqual(deprecated, want) {
		t.Errorf("deprecated = %v, want %v", deprecated, want)
	}
	sort.Strings(readOnly)
	if want := []string{"Company.PricelistIds", "Customer.PricelistIds", "PricelistItem.Price"}; !reflect.DeepEqual(readOnly, want) {
		t.Errorf("readOnly = %v, want %v", readOnly, want)
	}
	if want := []string{"CompanyDiscount.TypeId 1=Category discount,2=DiscountCode on product"}; !reflect.DeepEqual(enums, want) {
		t.Errorf("enums = %v, want %v", enums, want)
	}
	// The traps stay as they were.
	if p := properties(schemas["Pricelist"])["Type"]; p["enum"] != nil {
		t.Errorf("Pricelist.Type (0 is default...) became an enum: %v", p["enum"])
	}
	if p := properties(schemas["CompanyDiscount"])["Discount"]; p["maxLength"] != nil || p["enum"] != nil {
		t.Errorf("CompanyDiscount.Discount (Ex: 15.00 equals 15%%) was annotated: %v", p)
	}
}

func TestAnnotateConnect(t *testing.T) {
	schemas, warnings := annotated(t, "../spec/connect/customer-4.0.yaml")
	header := properties(schemas["CustomerHeader"])
	count := map[string]int{}
	for _, prop := range []string{"CompanyFieldsThatAreSet", "CustomerFieldsThatAreSet", "AccountFieldsThatAreSet", "SerializationType"} {
		items, _ := header[prop]["items"].(map[string]any)
		pairs := enumPairs(items)
		count[prop] = len(pairs)
		if len(pairs) == 0 || pairs[0][:2] != "0=" {
			t.Errorf("%s: pairs %v", prop, pairs)
		}
	}
	if want := map[string]int{"CompanyFieldsThatAreSet": 23, "CustomerFieldsThatAreSet": 22, "AccountFieldsThatAreSet": 5, "SerializationType": 2}; !reflect.DeepEqual(count, want) {
		t.Errorf("mapping sizes = %v, want %v", count, want)
	}
	if got := enumPairs(properties(schemas["Account"])["Status"]); !reflect.DeepEqual(got, []string{"1=Active", "2=Inactive"}) {
		t.Errorf("Account.Status = %v", got)
	}
	if got := properties(schemas["AccountRole"])["IsActive"]["default"]; got != true {
		t.Errorf("AccountRole.IsActive default = %v, want true", got)
	}
	// One warning per enum list that lacks names of its prose mapping,
	// each at the list's position and naming both places.
	wantRE := []*regexp.Regexp{
		regexp.MustCompile(`^\.\./spec/connect/customer-4\.0\.yaml:\d+:\d+: warning: enum list at /components/schemas/CustomerHeader/properties/CompanyFieldsThatAreSet/items/enum lacks InvoiceAddress, DeliveryAddresses, AdditionalInfo, Contacts, Customers, DeliveryMethods, Discounts, Flags, PaymentMethods, PriceLists, SearchOnlyByCode, VatNo, PreserveFlags, which the description at /components/schemas/CustomerHeader/properties/CompanyFieldsThatAreSet/description maps; keeping the union with the description's integers$`),
		regexp.MustCompile(`^\.\./spec/connect/customer-4\.0\.yaml:\d+:\d+: warning: enum list at /components/schemas/CustomerHeader/properties/CustomerFieldsThatAreSet/items/enum lacks Id, IsActive, InvoiceAddress, DeliveryAddresses, Accounts, AdditionalInfo, Flags, PriceLists, SearchOnlyByCode, Companies, CrmId, PreserveFlags, which the description at /components/schemas/CustomerHeader/properties/CustomerFieldsThatAreSet/description maps; keeping the union with the description's integers$`),
	}
	if len(warnings) != len(wantRE) {
		t.Fatalf("got %d warnings, want %d: %v", len(warnings), len(wantRE), warnings)
	}
	for i, w := range warnings {
		if !wantRE[i].MatchString(w.String()) {
			t.Errorf("warning %d:\n%s\nwant match of\n%s", i, w, wantRE[i])
		}
		if w.Pos.Line == 0 || w.Pos.Col == 0 {
			t.Errorf("warning %d has no position", i)
		}
	}
}

func TestAnnotateStrict(t *testing.T) {
	_, err := generator.Annotate(generator.Config{Spec: "../spec/connect/customer-4.0.yaml", Strict: true})
	if !errors.Is(err, generator.ErrStrict) {
		t.Fatalf("strict annotate: %v, want ErrStrict", err)
	}
	_, err = generator.Generate(generator.Config{Spec: "../spec/connect/customer-4.0.yaml", Package: "customer", Strict: true})
	if !errors.Is(err, generator.ErrStrict) || !regexp.MustCompile(`customer-4\.0\.yaml:\d+:\d+: warning: enum list`).MatchString(err.Error()) {
		t.Fatalf("strict generate: %v, want ErrStrict naming the position", err)
	}
}

// TestAnnotateUserRules switches a Norce rule off and adds the user's own
// patterns, as the config's rules section does.
func TestAnnotateUserRules(t *testing.T) {
	dir := t.TempDir()
	spec := dir + "/spec.yaml"
	writeFile(t, spec, `openapi: 3.0.3
info: {title: Vendor, version: "1"}
paths: {}
components:
  schemas:
    Item:
      type: object
      properties:
        Name: {type: string, description: "The name. Max length 40."}
        Note: {type: string, description: "A note. Maximum 200 characters."}
        Code: {type: string, description: "Read only. MaxLength: 10"}
`)
	res, err := generator.Annotate(generator.Config{Spec: spec, Rules: generator.Rules{
		Disable: []string{"readonly"},
		Patterns: []generator.Pattern{
			{Name: "max-length-words", Kind: "maxLength", Regexp: `Max length (?P<max>\d+)`},
			{Name: "maximum-characters", Kind: "maxLength", Regexp: `Maximum (?P<max>\d+) characters`},
		},
	}})
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					MaxLength int  `json:"maxLength"`
					ReadOnly  bool `json:"readOnly"`
				} `json:"properties"`
			} `json:"schemas"`
		} `json:"components"`
	}
	if err := json.Unmarshal(res.JSON, &doc); err != nil {
		t.Fatal(err)
	}
	p := doc.Components.Schemas["Item"].Properties
	if p["Name"].MaxLength != 40 || p["Note"].MaxLength != 200 || p["Code"].MaxLength != 10 || p["Code"].ReadOnly {
		t.Errorf("properties = %+v", p)
	}
	if _, err := generator.Annotate(generator.Config{Spec: spec, Rules: generator.Rules{Disable: []string{"nosuchrule"}}}); err == nil || !strings.Contains(err.Error(), "nosuchrule") {
		t.Errorf("unknown rule: %v", err)
	}
}

func writeFile(t *testing.T, path, content string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}
