package generated_test

import (
	"bufio"
	"encoding/json"
	"encoding/xml"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/generated/connect/customer"
)

// readTSV reads a tab-separated file of testdata, without its header row.
func readTSV(t *testing.T, path string) [][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var rows [][]string
	s := bufio.NewScanner(f)
	s.Scan() // header
	for s.Scan() {
		rows = append(rows, strings.Split(s.Text(), "\t"))
	}
	if err := s.Err(); err != nil {
		t.Fatal(err)
	}
	return rows
}

// connectModels reads the class/property table of Norce's Connect
// contracts (a copy of the facts in testdata/norce).
func connectModels(t *testing.T) map[string][]string {
	t.Helper()
	models := map[string][]string{}
	for _, cols := range readTSV(t, "../testdata/norce/connect-models.tsv") {
		models[cols[0]] = append(models[cols[0]], cols[1])
	}
	return models
}

// jsonNames returns a struct type's JSON property names in field order.
func jsonNames(t reflect.Type) []string {
	var out []string
	for i := range t.NumField() {
		name, _, _ := strings.Cut(t.Field(i).Tag.Get("json"), ",")
		if name != "-" {
			out = append(out, name)
		}
	}
	return out
}

// TestConnectJSONNamesMatchContracts compares every generated Connect
// import entity's JSON names, in order, with Norce's contracts.
func TestConnectJSONNamesMatchContracts(t *testing.T) {
	models := connectModels(t)
	types := map[string]any{
		"Customer": customer.Customer{}, "Company": customer.Company{},
		"CompanyIdentifier": customer.CompanyIdentifier{}, "Address": customer.Address{},
		"Info": customer.Info{}, "Flag": customer.Flag{}, "PriceList": customer.PriceList{},
		"Contact": customer.Contact{}, "Discount": customer.Discount{},
		"DeliveryMethod": customer.DeliveryMethod{}, "PaymentMethod": customer.PaymentMethod{},
		"Image": customer.Image{}, "ImageCulture": customer.ImageCulture{},
		"AccountRole": customer.AccountRole{},
	}
	for class, v := range types {
		got := jsonNames(reflect.TypeOf(v))
		if want := models[class]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: JSON names\n got %q\nwant %q", class, got, want)
		}
	}
	// Account follows the documentation page's order (Roles before
	// Status); the names are the contracts'.
	got := jsonNames(reflect.TypeOf(customer.Account{}))
	want := append([]string(nil), models["Account"]...)
	sort.Strings(got)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Account: JSON names %q, want %q", got, want)
	}
	// The header: the page's CustomerHeader holds the base Header's
	// fields and its own.
	got = jsonNames(reflect.TypeOf(customer.CustomerHeader{}))
	want = append(append([]string(nil), models["Header"]...), models["CustomerHeader"]...)
	sort.Strings(got)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("CustomerHeader: JSON names %q, want %q", got, want)
	}
}

func ptr[T any](v T) *T { return &v }

// TestConnectCustomerJSON builds a Connect import customer with every kind
// of nested entity and checks the JSON wire names.
func TestConnectCustomerJSON(t *testing.T) {
	c := customer.Customer{
		Type:           customer.CustomerTypeCustomer,
		ApplicationKey: ptr(customer.MustParseUUID("0f8fad5b-d9cb-469f-a165-70867728950e")),
		Code:           ptr("C-42"),
		CrmID:          ptr("CRM-42"),
		InvoiceAddress: &customer.Address{AddressLine1: ptr("Storgatan 1"), City: ptr("Stockholm")},
		Accounts: []customer.Account{{
			ApplicationKey: customer.MustParseUUID("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
			LoginName:      "anna",
			Roles:          []customer.AccountRole{{Code: "Buyer", IsActive: ptr(true)}},
			Status:         ptr(customer.AccountStatusActive),
		}},
		Companies:      []customer.CompanyIdentifier{{Code: ptr("CO-7"), IsPrimary: ptr(true)}},
		Flags:          []customer.Flag{{Code: ptr("VIP")}},
		AdditionalInfo: []customer.Info{{Code: ptr("Segment"), Value: ptr("B2C")}},
	}
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"Type":1,"ApplicationKey":"0f8fad5b-d9cb-469f-a165-70867728950e","Code":"C-42",` +
		`"InvoiceAddress":{"AddressLine1":"Storgatan 1","City":"Stockholm"},` +
		`"Accounts":[{"ApplicationKey":"7c9e6679-7425-40de-944b-e07fc1f90ae7","LoginName":"anna","Roles":[{"Code":"Buyer","IsActive":true}],"Status":1}],` +
		`"AdditionalInfo":[{"Code":"Segment","Value":"B2C"}],"Flags":[{"Code":"VIP"}],` +
		`"Companies":[{"Code":"CO-7","IsPrimary":true}],"CrmId":"CRM-42"}`
	if string(data) != want {
		t.Errorf("json.Marshal =\n%s\nwant\n%s", data, want)
	}
	var back customer.Customer
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, c) {
		t.Errorf("JSON round trip differs:\n got %+v\nwant %+v", back, c)
	}
}

// TestConnectHeaderWireForms checks the header's two wire forms: enum
// names in JSON, integers in XML, from one Go value, and that both decode.
func TestConnectHeaderWireForms(t *testing.T) {
	h := customer.CustomerHeader{
		AccountID:                1,
		CompanyFieldsThatAreSet:  []customer.CompanyField{customer.CompanyFieldApplicationKey, customer.CompanyFieldCode},
		CustomerFieldsThatAreSet: []customer.CustomerField{customer.CustomerFieldCrmID},
		AccountFieldsThatAreSet:  []customer.AccountField{customer.AccountFieldRolesCreateOnly},
		SerializationType:        []customer.SerializationType{customer.SerializationTypeXML},
	}
	j, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"AccountId":1,"CompanyFieldsThatAreSet":["ApplicationKey","Code"],"CustomerFieldsThatAreSet":["CrmId"],"AccountFieldsThatAreSet":["RolesCreateOnly"],"SerializationType":["XML"]}`
	if string(j) != wantJSON {
		t.Errorf("JSON\n got %s\nwant %s", j, wantJSON)
	}
	x, err := xml.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	wantXML := `<CustomerHeader><AccountId>1</AccountId>` +
		`<CompanyFieldsThatAreSet><CompanyField>0</CompanyField><CompanyField>2</CompanyField></CompanyFieldsThatAreSet>` +
		`<CustomerFieldsThatAreSet><CustomerField>20</CustomerField></CustomerFieldsThatAreSet>` +
		`<AccountFieldsThatAreSet><AccountField>4</AccountField></AccountFieldsThatAreSet>` +
		`<SerializationType><SerializationType>1</SerializationType></SerializationType></CustomerHeader>`
	if string(x) != wantXML {
		t.Errorf("XML\n got %s\nwant %s", x, wantXML)
	}
	var fromJSON, fromXML customer.CustomerHeader
	if err := json.Unmarshal(j, &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(x, &fromXML); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromJSON, h) || !reflect.DeepEqual(fromXML, h) {
		t.Errorf("round trips differ:\nJSON %+v\nXML  %+v\nwant %+v", fromJSON, fromXML, h)
	}
}

// TestConnectCustomerXMLNames checks that nested elements carry the
// property's name (InvoiceAddress), lists are wrapped with items named
// after their schema, and the value survives the round trip.
func TestConnectCustomerXMLNames(t *testing.T) {
	c := customer.Customer{
		Type:              customer.CustomerTypeCompanyContact,
		InvoiceAddress:    &customer.Address{City: ptr("Stockholm")},
		DeliveryAddresses: []customer.Address{{City: ptr("Göteborg")}},
		Accounts:          []customer.Account{{LoginName: "anna", Status: ptr(customer.AccountStatusInactive)}},
	}
	x, err := xml.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	// encoding/xml writes an empty wrapper for an empty wrapped list.
	want := `<Customer><Type>2</Type><InvoiceAddress><City>Stockholm</City></InvoiceAddress>` +
		`<DeliveryAddresses><Address><City>Göteborg</City></Address></DeliveryAddresses>` +
		`<Accounts><Account><ApplicationKey>00000000-0000-0000-0000-000000000000</ApplicationKey><LoginName>anna</LoginName><Roles></Roles><Status>2</Status></Account></Accounts>` +
		`<AdditionalInfo></AdditionalInfo><Flags></Flags><PriceLists></PriceLists><Companies></Companies></Customer>`
	if string(x) != want {
		t.Errorf("XML\n got %s\nwant %s", x, want)
	}
	var back customer.Customer
	if err := xml.Unmarshal(x, &back); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, c) {
		t.Errorf("XML round trip differs:\n got %+v\nwant %+v", back, c)
	}
}
