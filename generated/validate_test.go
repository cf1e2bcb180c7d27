package generated_test

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	connect "github.com/norcegen/norcegen/generated/connect/customer"
	storefront "github.com/norcegen/norcegen/generated/storefront/customer"
)

// text returns a pointer to s.
func text(s string) *string { return &s }

// Example_validate is the README's example: a Storefront Customer whose
// Code has 51 characters and whose Account's LoginName has 256.
func Example_validate() {
	c := storefront.Customer{
		Code:    text(strings.Repeat("C", 51)),
		Account: &storefront.Account{LoginName: text(strings.Repeat("å", 256))},
	}
	err := c.Validate()
	fmt.Println(err)

	var verr *storefront.ValidationError
	if errors.As(err, &verr) {
		v := verr.Violations[1]
		fmt.Println(v.Path, v.WireName, v.Rule, v.Limit, v.Got)
	}
	// Output:
	// Code: maxLength 50, got 51
	// Account.LoginName: maxLength 255, got 256
	// Account.LoginName LoginName maxLength 255 256
}

// docMaxLengths reads the doc-derived MaxLengths of a schema of the
// Storefront spec straight from the descriptions ("MaxLength: 50"),
// independently of norcegen's annotation rules: property name to limit.
func docMaxLengths(t *testing.T, schema string) map[string]int {
	t.Helper()
	b, err := os.ReadFile("../spec/storefront/customer.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Components struct {
			Schemas map[string]struct {
				Properties map[string]struct {
					Description string `yaml:"description"`
				} `yaml:"properties"`
			} `yaml:"schemas"`
		} `yaml:"components"`
	}
	if err := yaml.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`MaxLength: (\d+)`)
	out := map[string]int{}
	for prop, p := range doc.Components.Schemas[schema].Properties {
		if m := re.FindStringSubmatch(p.Description); m != nil {
			n, _ := strconv.Atoi(m[1])
			out[prop] = n
		}
	}
	if len(out) == 0 {
		t.Fatalf("schema %s has no MaxLength in its descriptions", schema)
	}
	return out
}

// TestStorefrontMaxLengths sets every field of Customer, Company, Address
// and Account that the documentation limits to exactly N characters (ASCII,
// "å" and "日") and to N+1, and checks that Validate accepts the first and
// reports the second with the field's path, wire name, limit and length.
func TestStorefrontMaxLengths(t *testing.T) {
	for _, c := range []struct {
		schema string
		value  func() any // a pointer to a fresh, valid value of the schema
	}{
		{"Customer", func() any { return &storefront.Customer{} }},
		{"Company", func() any { return &storefront.Company{} }},
		{"Address", func() any { return &storefront.Address{} }},
		{"Account", func() any { return &storefront.Account{} }},
	} {
		limits := docMaxLengths(t, c.schema)
		props := make([]string, 0, len(limits))
		for p := range limits {
			props = append(props, p)
		}
		sort.Strings(props)
		for _, prop := range props {
			n := limits[prop]
			for _, char := range []string{"x", "å", "日"} {
				for _, length := range []int{n, n + 1} {
					v := c.value()
					goName := setByWireName(t, v, prop, strings.Repeat(char, length))
					err := v.(interface{ Validate() error }).Validate()
					if length == n {
						if err != nil {
							t.Errorf("%s.%s with %d × %q: %v", c.schema, prop, n, char, err)
						}
						continue
					}
					var verr *storefront.ValidationError
					if !errors.As(err, &verr) || len(verr.Violations) != 1 {
						t.Errorf("%s.%s with %d × %q: got %v, want one violation", c.schema, prop, length, char, err)
						continue
					}
					got := verr.Violations[0]
					want := storefront.Violation{Path: goName, WirePath: prop, WireName: prop, Rule: "maxLength", Limit: strconv.Itoa(n), Got: strconv.Itoa(n + 1)}
					if got.Path != want.Path || got.WirePath != want.WirePath || got.WireName != want.WireName ||
						got.Rule != want.Rule || got.Limit != want.Limit || got.Got != want.Got {
						t.Errorf("%s.%s with %d × %q: got %+v, want %+v", c.schema, prop, length, char, got, want)
					}
				}
			}
		}
	}
}

// setByWireName sets the *string field whose JSON name is prop and returns
// its Go name.
func setByWireName(t *testing.T, v any, prop, s string) string {
	t.Helper()
	rv := reflect.ValueOf(v).Elem()
	for i := range rv.NumField() {
		f := rv.Type().Field(i)
		if name, _, _ := strings.Cut(f.Tag.Get("json"), ","); name == prop {
			rv.Field(i).Set(reflect.ValueOf(&s))
			return f.Name
		}
	}
	t.Fatalf("%s has no field with the wire name %q", rv.Type(), prop)
	return ""
}

// TestStorefrontNestedPaths reports violations deep in a customer's
// companies and addresses, all of them, in order.
func TestStorefrontNestedPaths(t *testing.T) {
	c := fullStorefrontCustomer()
	c.Companies[1].DeliveryAddresses[0].Zip = text(strings.Repeat("9", 51))
	c.Companies[1].Code = text(strings.Repeat("日", 51))
	c.DeliveryAddresses[1].City = text(strings.Repeat("å", 51))
	c.CrmID = text(strings.Repeat("c", 51))
	want := []string{
		"Companies[1].Code: maxLength 50, got 51",
		"Companies[1].DeliveryAddresses[0].Zip: maxLength 50, got 51",
		"DeliveryAddresses[1].City: maxLength 50, got 51",
		`CrmID: maxLength 50, got 51 (wire name "CrmId")`,
	}
	if got := c.Validate(); got == nil || got.Error() != strings.Join(want, "\n") {
		t.Errorf("got:\n%v\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestConnectEnums checks that an unknown CustomerField in the import
// header and an unknown AccountStatus in a customer are rejected, and a
// missing required value reported.
func TestConnectEnums(t *testing.T) {
	h := connectHeader()
	h.CustomerFieldsThatAreSet = append(h.CustomerFieldsThatAreSet, connect.CustomerField(99))
	h.CompanyFieldsThatAreSet[0] = -1
	want := "CompanyFieldsThatAreSet[0]: enum CompanyField, got -1\nCustomerFieldsThatAreSet[3]: enum CustomerField, got 99"
	if err := h.Validate(); err == nil || err.Error() != want {
		t.Errorf("header: got %v, want\n%s", err, want)
	}

	cu := connectCustomer(7)
	if err := cu.Validate(); err != nil {
		t.Fatalf("valid customer: %v", err)
	}
	cu.Accounts[0].Status = ptrTo(connect.AccountStatus(3))
	cu.Accounts[1].LoginName = ""
	cu.Type = 0
	want = "Type: enum CustomerType, got 0\nAccounts[0].Status: enum AccountStatus, got 3\nAccounts[1].LoginName: required, got empty"
	if err := cu.Validate(); err == nil || err.Error() != want {
		t.Errorf("customer: got %v, want\n%s", err, want)
	}
	status := connect.AccountStatus(0)
	if err := status.Validate(); err == nil || err.Error() != "enum AccountStatus, got 0" {
		t.Errorf("AccountStatus(0).Validate() = %v", err)
	}
}

// TestValidateAllocatesNothing checks the benchmarks' values: valid, and
// validated without allocating.
func TestValidateAllocatesNothing(t *testing.T) {
	c := fullStorefrontCustomer()
	imp := connectImport(50)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := validateImport(imp); err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(50, func() { _ = c.Validate() }); n != 0 {
		t.Errorf("Storefront Customer: %v allocations", n)
	}
	if n := testing.AllocsPerRun(20, func() { _ = validateImport(imp) }); n != 0 {
		t.Errorf("Connect import: %v allocations", n)
	}
}

func BenchmarkValidateStorefrontCustomer(b *testing.B) {
	c := fullStorefrontCustomer()
	b.ReportAllocs()
	for b.Loop() {
		if err := c.Validate(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidateConnectImport1000(b *testing.B) {
	imp := connectImport(1000)
	b.ReportAllocs()
	for b.Loop() {
		if err := validateImport(imp); err != nil {
			b.Fatal(err)
		}
	}
}

func ptrTo[T any](v T) *T { return &v }

// fullStorefrontCustomer returns a Storefront Customer with every field
// set, two companies and two addresses, valid.
func fullStorefrontCustomer() *storefront.Customer {
	address := func(i int) storefront.Address {
		return storefront.Address{
			ID: ptrTo(int32(i)), CareOf: text("c/o Ann"), Line1: text("Storgatan 1"), Line2: text("Lgh 1101"),
			Zip: text("111 22"), City: text("Stockholm"), CountryID: ptrTo(int32(46)), Country: text("SE"),
			Region: text("Stockholms län"), IsValidated: ptrTo(true), GlobalLocationNo: text("7350000000001"),
			ShippingPhoneNumber: text("+46 8 123 456"),
		}
	}
	flags := []storefront.Flag{{ID: ptrTo(int32(1)), Name: text("VIP"), Group: ptrTo(int32(2)), IsSelected: ptrTo(true)}}
	info := []storefront.IDValue{{ID: ptrTo(int32(1)), Value: text("blue")}}
	company := func(i int) storefront.Company {
		return storefront.Company{
			ID: ptrTo(int32(i)), Key: ptrTo(storefront.MustParseUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")),
			Code: text(fmt.Sprint("C-", i)), Name: text("Åkeriet AB"), OrgNo: text("556000-0000"), Phone: text("+46 8 123 456"),
			ReferID: ptrTo(int32(3)), ReferURL: text("https://example.com/ref"),
			DeliveryAddresses: []storefront.Address{address(1), address(2)}, InvoiceAddress: ptrTo(address(3)),
			UseInvoiceAddressAsDeliveryAddress: ptrTo(false), Info: info, PricelistIDs: []int32{1, 2},
			ParentID: ptrTo(int32(9)), DeliveryMethodIDs: []int32{1}, PaymentMethodIDs: []int32{2},
			Email: text("info@example.com"), Flags: flags, VatNo: text("SE556000000001"),
		}
	}
	return &storefront.Customer{
		ID: ptrTo(int32(1)), Key: ptrTo(storefront.MustParseUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf7")),
		Code: text("CUST-1"), Email: text("ann@example.com"), SSN: text("19800101-0000"),
		FirstName: text("Ann"), LastName: text("Åström"), Phone: text("+46 8 123 456"), CellPhone: text("+46 70 123 45 67"),
		ReferID: ptrTo(int32(2)), ReferURL: text("https://example.com/ref"),
		Account: &storefront.Account{ID: ptrTo(int32(5)), LoginName: text("ann@example.com"), Name: text("Ann Åström"),
			Roles: []int32{1, 2}, Authorizations: info, IsActive: ptrTo(true)},
		Companies:         []storefront.Company{company(1), company(2)},
		DeliveryAddresses: []storefront.Address{address(4), address(5)}, InvoiceAddress: ptrTo(address(6)),
		Flags: flags, UseInvoiceAddressAsDeliveryAddress: ptrTo(true), Info: info, PricelistIDs: []int32{3},
		CrmID: text("CRM-1"), IsActive: ptrTo(true),
	}
}

// connectHeader returns a valid import header.
func connectHeader() *connect.CustomerHeader {
	return &connect.CustomerHeader{
		AccountID:                1,
		CompanyFieldsThatAreSet:  []connect.CompanyField{connect.CompanyFieldCode, connect.CompanyFieldName},
		CustomerFieldsThatAreSet: []connect.CustomerField{connect.CustomerFieldCode, connect.CustomerFieldEmailAddress, connect.CustomerFieldAccounts},
		AccountFieldsThatAreSet:  []connect.AccountField{connect.AccountFieldStatus, connect.AccountFieldRoles},
	}
}

// connectCustomer returns a valid Connect customer with two accounts.
func connectCustomer(i int) connect.Customer {
	app := connect.MustParseUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
	addr := connect.Address{AddressLine1: text("Storgatan 1"), ZipCode: text("111 22"), City: text("Stockholm"), CountryCode: text("SE")}
	return connect.Customer{
		Type: connect.CustomerTypeCustomer, ApplicationKey: &app, Code: text(fmt.Sprint("C", i)),
		EmailAddress: text(fmt.Sprintf("c%d@example.com", i)), FirstName: text("Ann"), LastName: text("Åström"),
		InvoiceAddress: &addr, DeliveryAddresses: []connect.Address{addr},
		Accounts: []connect.Account{
			{ApplicationKey: app, LoginName: fmt.Sprintf("c%d@example.com", i), Status: ptrTo(connect.AccountStatusActive),
				Roles: []connect.AccountRole{{Code: "User", IsActive: ptrTo(true)}}},
			{ApplicationKey: app, LoginName: fmt.Sprintf("c%d-admin@example.com", i), Status: ptrTo(connect.AccountStatusInactive)},
		},
		AdditionalInfo: []connect.Info{{Code: text("color"), Value: text("blue")}},
		Flags:          []connect.Flag{{Code: text("VIP"), IsActive: ptrTo(true)}},
		PriceLists:     []connect.PriceList{{Code: text("PL1"), IsExclusive: true}},
		Companies:      []connect.CompanyIdentifier{{Code: text("COMP-1"), IsPrimary: ptrTo(true)}},
	}
}

// connectImportData is an ImportCustomers request: the header and the
// customers of the body.
type connectImportData struct {
	header    *connect.CustomerHeader
	customers []connect.Customer
}

func connectImport(n int) connectImportData {
	imp := connectImportData{header: connectHeader(), customers: make([]connect.Customer, n)}
	for i := range imp.customers {
		imp.customers[i] = connectCustomer(i)
	}
	return imp
}

// validateImport validates the header and each customer, stopping at the
// first that fails.
func validateImport(imp connectImportData) error {
	if err := imp.header.Validate(); err != nil {
		return err
	}
	for i := range imp.customers {
		if err := imp.customers[i].Validate(); err != nil {
			return fmt.Errorf("customer %d: %w", i, err)
		}
	}
	return nil
}
