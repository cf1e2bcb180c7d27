package generated_test

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/norcegen/norcegen/generated/connect/customer"
	"github.com/norcegen/norcegen/internal/xmlinfoset"
)

// The DataContract form of the Connect package, against the XML that
// .NET's DataContractSerializer wrote for Norce's contracts
// (testdata/norce/datacontract-samples, copied from ../shared/norce).

const samplesDir = "../testdata/norce/datacontract-samples"

func sample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(samplesDir, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func sampleAddress(code, line1 string, primary bool) customer.Address {
	return customer.Address{
		AddressLine1:        ptr(line1),
		AddressLine2:        ptr("Floor 2"),
		CareOf:              ptr("c/o " + code),
		City:                ptr("Stockholm"),
		Code:                ptr(code),
		CountryCode:         ptr("SE"),
		Gln:                 ptr("7300010000001"),
		IsPrimary:           ptr(primary),
		IsValidated:         ptr(true),
		Region:              ptr("Stockholm County"),
		ShippingPhoneNumber: ptr("+46 8 123 45 67"),
		ZipCode:             ptr("111 22"),
	}
}

// sampleCustomer is the value of customer.xml: a customer with addresses,
// accounts, flags and companies.
func sampleCustomer() customer.Customer {
	return customer.Customer{
		Type:           customer.CustomerTypeCustomer,
		ApplicationKey: ptr(customer.MustParseUUID("0f8fad5b-d9cb-469f-a165-70867728950e")),
		ID:             ptr(int32(42)),
		Code:           ptr("C-42"),
		Accounts: []customer.Account{{
			ApplicationKey: customer.MustParseUUID("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
			LoginName:      "anna",
			Password:       ptr("secret"),
			Roles: []customer.AccountRole{
				{Code: "Buyer", IsActive: ptr(true)},
				{Code: "Admin", IsActive: ptr(false)},
			},
			Status: ptr(customer.AccountStatusActive),
		}},
		AdditionalInfo: []customer.Info{
			{Code: ptr("Segment"), Value: ptr("B2C")},
			{Code: ptr("Source"), Value: ptr("import")},
		},
		CellPhoneNumber: ptr("+46 70 000 00 00"),
		Companies: []customer.CompanyIdentifier{{
			Code: ptr("CO-7"), ID: ptr(int32(7)), IsPrimary: ptr(true), Name: ptr("Acme AB"), OrganizationNo: ptr("556000-0000"),
		}},
		CrmID: ptr("CRM-42"),
		DeliveryAddresses: []customer.Address{
			sampleAddress("DEL-1", "Lillgatan 2", true),
			sampleAddress("DEL-2", "Mellangatan 3", false),
		},
		EmailAddress: ptr("anna@example.com"),
		FirstName:    ptr("Anna"),
		Flags: []customer.Flag{
			{Code: ptr("VIP"), IsActive: ptr(true), IsCreateOnly: ptr(false), IsLimitedUpdate: ptr(true),
				StopDate: ptr(time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC))},
			{Code: ptr("NEWS"), IsActive: ptr(false),
				StopDate: ptr(time.Date(2026, 6, 30, 0, 0, 0, 0, customer.DataContractUnspecified))},
		},
		InvoiceAddress:       ptr(sampleAddress("INV-1", "Storgatan 1", true)),
		IsActive:             ptr(true),
		IsCompanyListDelta:   ptr(false),
		LastName:             ptr("Andersson & Co <test>"),
		MiddleName:           ptr("M"),
		PhoneNumber:          ptr("+46 8 000 00 00"),
		PriceLists:           []customer.PriceList{{Code: ptr("PL-SE"), IsExclusive: true}, {Code: ptr("PL-EU"), IsExclusive: false}},
		SocialSecurityNumber: ptr("19800101-1234"),
		Title:                ptr("Dr"),
	}
}

// sampleMinimalCustomer is customer-minimal.xml: nil everywhere but an
// empty list of delivery addresses.
func sampleMinimalCustomer() customer.Customer {
	return customer.Customer{
		Type:              customer.CustomerTypeCustomer,
		Code:              ptr("C-43"),
		DeliveryAddresses: []customer.Address{},
	}
}

func sampleCompany() customer.Company {
	return customer.Company{
		AdditionalInfo: []customer.Info{{Code: ptr("Segment"), Value: ptr("B2B")}},
		ApplicationKey: ptr(customer.MustParseUUID("a8098c1a-f86e-11da-bd1a-00112444be1e")),
		Code:           ptr("CO-7"),
		Contacts:       []customer.Contact{{Code: ptr("C-42"), IsActive: ptr(true)}},
		Customers: []customer.Customer{{
			Type: customer.CustomerTypeCompanyContact, Code: ptr("C-44"), EmailAddress: ptr("bo@acme.example"),
		}},
		DeliveryAddresses: []customer.Address{sampleAddress("CDEL-1", "Lagervägen 1", true)},
		DeliveryMethods:   []customer.DeliveryMethod{{Code: ptr("DHL"), IsActive: ptr(true)}},
		Discounts: []customer.Discount{
			{DiscountPercentage: customer.MustParseDecimal("12.5"), PriceListTypeIDSeed: ptr("1"), Type: customer.DiscountTypeCategory, ValueCode: ptr("CAT-1")},
			{DiscountPercentage: customer.MustParseDecimal("10.00"), Type: customer.DiscountTypeProductFlag, ValueCode: ptr("FLAG-1")},
		},
		EmailAddress:        ptr("info@acme.example"),
		Flags:               []customer.Flag{{Code: ptr("B2B"), IsActive: ptr(true)}},
		ID:                  ptr(int32(7)),
		InvoiceAddress:      ptr(sampleAddress("CINV-1", "Industrivägen 9", true)),
		IsActive:            ptr(true),
		IsCustomerListDelta: ptr(true),
		LogoImage: &customer.Image{
			FileTypeName: ptr("jpg"),
			ExternalCode: ptr("LOGO-7"),
			Filename:     ptr("logo.jpg"),
			URL:          ptr("https://example.com/logo.jpg?a=1&b=2"),
			LastModified: ptr(time.Date(2024, 1, 24, 10, 30, 0, 123000000, time.FixedZone("", 0))),
			Cultures: []customer.ImageCulture{{
				AltText: ptr("Acme"), CultureCode: ptr("sv-SE"), Description: ptr("Acme logotyp"), Name: ptr("Logotyp"),
			}},
		},
		Name:                               ptr("Acme AB"),
		OrganizationNo:                     ptr("556000-0000"),
		ParentCompanyCode:                  ptr("CO-1"),
		PaymentMethods:                     []customer.PaymentMethod{{Code: ptr("INVOICE"), InvoiceCaptureSettingsCode: ptr("ICS-1"), IsActive: ptr(true)}},
		PhoneNumber:                        ptr("+46 8 111 11 11"),
		PriceLists:                         []customer.PriceList{{Code: ptr("PL-B2B"), IsExclusive: true}},
		UseInvoiceAddressAsDeliveryAddress: ptr(false),
		VatNo:                              ptr("SE556000000001"),
	}
}

// sampleHeader is header.xml: the page's flat CustomerHeader, written as
// the contracts' CustomerHeader : Header.
func sampleHeader() customer.CustomerHeader {
	return customer.CustomerHeader{
		AccountID:                1234,
		SupplierID:               ptr("56"),
		JobID:                    ptr("job-1"),
		StorageName:              ptr("storage-1"),
		SerializationType:        []customer.SerializationType{customer.SerializationTypeXML},
		AccountFieldsThatAreSet:  []customer.AccountField{customer.AccountFieldStatus, customer.AccountFieldRoles},
		CompanyFieldsThatAreSet:  []customer.CompanyField{customer.CompanyFieldApplicationKey, customer.CompanyFieldCode},
		CustomerFieldsThatAreSet: []customer.CustomerField{customer.CustomerFieldApplicationKey, customer.CustomerFieldID, customer.CustomerFieldCrmID},
	}
}

func sampleMinimalHeader() customer.CustomerHeader {
	return customer.CustomerHeader{
		AccountID:                1234,
		SerializationType:        []customer.SerializationType{customer.SerializationTypeJSON},
		AccountFieldsThatAreSet:  []customer.AccountField{},
		CompanyFieldsThatAreSet:  []customer.CompanyField{},
		CustomerFieldsThatAreSet: []customer.CustomerField{},
	}
}

// dataContractSamples pairs each sample with its Go value; new returns a
// pointer to a zero value of the same type, to unmarshal into.
var dataContractSamples = []struct {
	file  string
	value func() any
	new   func() any
}{
	{"customer.xml", func() any { return sampleCustomer() }, func() any { return new(customer.Customer) }},
	{"customer-minimal.xml", func() any { return sampleMinimalCustomer() }, func() any { return new(customer.Customer) }},
	{"company.xml", func() any { return sampleCompany() }, func() any { return new(customer.Company) }},
	{"header.xml", func() any { return sampleHeader() }, func() any { return new(customer.CustomerHeader) }},
	{"header-minimal.xml", func() any { return sampleMinimalHeader() }, func() any { return new(customer.CustomerHeader) }},
	{"customers-stream.wire.xml", func() any { return []customer.Customer{sampleCustomer(), sampleMinimalCustomer()} }, func() any { return new([]customer.Customer) }},
}

// TestDataContractSamples marshals the Connect types populated with the
// samples' values and compares the XML with what DataContractSerializer
// wrote, then unmarshals each sample and compares with the Go value.
func TestDataContractSamples(t *testing.T) {
	for _, s := range dataContractSamples {
		t.Run(s.file, func(t *testing.T) {
			want := sample(t, s.file)
			got, err := customer.MarshalDataContract(s.value())
			if err != nil {
				t.Fatal(err)
			}
			xmlinfoset.AssertSame(t, got, want)
			if strings.HasPrefix(string(got), "<?xml") {
				t.Errorf("output starts with an XML declaration: %.40s", got)
			}

			back := s.new()
			skipped, err := customer.UnmarshalDataContractSkipped(want, back)
			if err != nil {
				t.Fatal(err)
			}
			if len(skipped) > 0 {
				t.Errorf("skipped %q", skipped)
			}
			if v := reflect.ValueOf(back).Elem().Interface(); !reflect.DeepEqual(v, s.value()) {
				t.Errorf("UnmarshalDataContract(%s) =\n%+v\nwant\n%+v", s.file, v, s.value())
			}
		})
	}
}

// TestDataContractDeterministic checks that output does not vary.
func TestDataContractDeterministic(t *testing.T) {
	c := sampleCompany()
	first, err := customer.MarshalDataContract(&c)
	if err != nil {
		t.Fatal(err)
	}
	for range 20 {
		again, err := customer.MarshalDataContract(c)
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(first) {
			t.Fatalf("output varies:\n%s\n%s", first, again)
		}
	}
}

// TestDataContractOrderMatters shows why the member order is not a
// detail: the declaration order that encoding/xml writes is not what
// DataContractSerializer reads.
func TestDataContractOrderMatters(t *testing.T) {
	data, err := customer.MarshalDataContract(sampleCustomer())
	if err != nil {
		t.Fatal(err)
	}
	roots, err := xmlinfoset.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range roots[0].Children {
		got = append(got, c.Name.Local)
	}
	// Ordinal order of the names, as no member has an Order.
	want := []string{"Accounts", "AdditionalInfo", "ApplicationKey", "CellPhoneNumber", "Code", "Companies", "CrmId", "DeliveryAddresses", "EmailAddress", "FirstName", "Flags", "Id", "InvoiceAddress", "IsActive", "IsCompanyListDelta", "LastName", "MiddleName", "PhoneNumber", "PriceLists", "SocialSecurityNumber", "Title", "Type"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("members %q, want %q", got, want)
	}
	// The Go declaration order, which encoding/xml writes, starts with
	// Type: DataContractSerializer would read only Type and drop the rest.
	if first := jsonNames(reflect.TypeOf(customer.Customer{}))[0]; first != "Type" {
		t.Errorf("declaration order starts with %s", first)
	}
}

// TestDataContractUnnamedEnum: a value DataContractSerializer cannot read
// is an error naming the path, and nothing is written.
func TestDataContractUnnamedEnum(t *testing.T) {
	c := sampleCustomer()
	c.Accounts[0].Status = ptr(customer.AccountStatus(7))
	data, err := customer.MarshalDataContract(c)
	if data != nil {
		t.Errorf("wrote %d bytes along with the error", len(data))
	}
	var dcErr *customer.DataContractError
	if !errors.As(err, &dcErr) {
		t.Fatalf("error %v, want a *DataContractError", err)
	}
	if dcErr.Path != "Customer.Accounts[0].Status" || !strings.Contains(err.Error(), "AccountStatus value 7") {
		t.Errorf("error %q (path %q), want the path Customer.Accounts[0].Status and the value", err, dcErr.Path)
	}

	h := sampleHeader()
	h.CompanyFieldsThatAreSet = append(h.CompanyFieldsThatAreSet, customer.CompanyField(99))
	if _, err := customer.MarshalDataContract(&h); err == nil || !strings.Contains(err.Error(), "CustomerHeader.CompanyFieldsThatAreSet[2]: CompanyField value 99") {
		t.Errorf("error %v, want one naming CustomerHeader.CompanyFieldsThatAreSet[2]", err)
	}
	h = sampleHeader()
	h.SerializationType = []customer.SerializationType{customer.SerializationTypeJSON, customer.SerializationTypeXML}
	if _, err := customer.MarshalDataContract(h); err == nil || !strings.Contains(err.Error(), "CustomerHeader.SerializationType") {
		t.Errorf("error %v, want one naming CustomerHeader.SerializationType", err)
	}
	stream := []customer.Customer{sampleMinimalCustomer(), sampleMinimalCustomer()}
	stream[1].Type = 0
	if _, err := customer.MarshalDataContract(stream); err == nil || !strings.Contains(err.Error(), "Customer[1].Type") {
		t.Errorf("error %v, want one naming Customer[1].Type", err)
	}
}

// TestDataContractLenientReading: members in any order and namespace,
// unknown elements skipped and reported, enums by integer, i:nil.
func TestDataContractLenientReading(t *testing.T) {
	in := `<?xml version="1.0" encoding="utf-8"?>
<!-- members out of order, one in another namespace, an unknown one -->
<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <Type>2</Type>
  <Code xmlns="urn:elsewhere">C-1</Code>
  <Nickname>Bo</Nickname>
  <Accounts><Account><Status>Inactive</Status><LoginName>bo</LoginName><Color>red</Color></Account></Accounts>
  <Flags><Flag><IsActive>1</IsActive></Flag><Tag>x</Tag></Flags>
  <Id i:nil="true"/>
  <IsActive> true </IsActive>
</Customer>`
	var c customer.Customer
	skipped, err := customer.UnmarshalDataContractSkipped([]byte(in), &c)
	if err != nil {
		t.Fatal(err)
	}
	want := customer.Customer{
		Type:     customer.CustomerTypeCompanyContact,
		Code:     ptr("C-1"),
		Accounts: []customer.Account{{LoginName: "bo", Status: ptr(customer.AccountStatusInactive)}},
		Flags:    []customer.Flag{{IsActive: ptr(true)}},
		IsActive: ptr(true),
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("got %+v\nwant %+v", c, want)
	}
	wantSkipped := []string{"Customer.Nickname", "Customer.Accounts[0].Color", "Customer.Flags.Tag"}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped %q, want %q", skipped, wantSkipped)
	}
	if err := customer.UnmarshalDataContract([]byte(in), &c); err != nil {
		t.Errorf("UnmarshalDataContract: %v", err)
	}
}

// TestDataContractReadErrors: a wrong root is an error naming both; bad
// values name their path and position.
func TestDataContractReadErrors(t *testing.T) {
	company := sample(t, "company.xml")
	var c customer.Customer
	err := customer.UnmarshalDataContract(company, &c)
	if err == nil || !strings.Contains(err.Error(), "{Enferno.Services.StormConnect.Contracts.Customer.Models}Company is not {Enferno.Services.StormConnect.Contracts.Customer.Models}Customer") {
		t.Errorf("error %v, want one naming both roots", err)
	}
	err = customer.UnmarshalDataContract([]byte(`<Customer xmlns="urn:wrong"/>`), &c)
	if err == nil || !strings.Contains(err.Error(), "{urn:wrong}Customer is not {Enferno.Services.StormConnect.Contracts.Customer.Models}Customer") {
		t.Errorf("error %v, want one naming both namespaces", err)
	}
	for _, tc := range []struct{ in, want string }{
		{"<Customer xmlns=\"Enferno.Services.StormConnect.Contracts.Customer.Models\">\n<Type>Customer</Type><Accounts><Account><Status>Gone</Status></Account></Accounts></Customer>",
			`Customer.Accounts[0].Status: unknown AccountStatus value "Gone" (line 2, column 41)`},
		{`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"><Id>x</Id></Customer>`,
			`Customer.Id: "x" is not a 32-bit integer`},
		{`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"><ApplicationKey>nope</ApplicationKey></Customer>`,
			`Customer.ApplicationKey: "nope" is not a Guid`},
		{`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"><Code>a</Id></Customer>`,
			`end tag </Id> does not match <Code>`},
		{`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"><Code>a</Code>`,
			`Customer: the element is not closed`},
		{`<Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"/><Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models"/>`,
			`a second root element follows the first`},
	} {
		err := customer.UnmarshalDataContract([]byte(tc.in), &c)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("UnmarshalDataContract(%s) error %v, want %q", tc.in, err, tc.want)
		}
	}
	if err := customer.UnmarshalDataContract(company, c); err == nil {
		t.Error("UnmarshalDataContract into a non-pointer succeeded")
	}
	if _, err := customer.MarshalDataContract(42); err == nil {
		t.Error("MarshalDataContract(42) succeeded")
	}
}
