package generated_test

import (
	"encoding/json"
	"encoding/xml"
	"reflect"
	"testing"
	"time"

	"github.com/norcegen/norcegen/generated/storefront/customer"
)

// TestStorefrontCustomerWire builds a Storefront Customer with a nested
// Account, Companies and addresses and checks both wire forms.
func TestStorefrontCustomerWire(t *testing.T) {
	created := time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC)
	c := customer.Customer{
		ID:      ptr(int32(42)),
		Key:     ptr(customer.MustParseUUID("15d62d1f-3a4e-4111-845a-4db40bf08e87")),
		Code:    ptr("C-42"),
		SSN:     ptr("19800101-0000"),
		CrmID:   ptr("CRM-1"),
		Created: &created,
		Account: &customer.Account{LoginName: ptr("anna@example.com"), Roles: []int32{1, 2}},
		Companies: []customer.Company{{
			Code:           ptr("CO-7"),
			InvoiceAddress: &customer.Address{Line1: ptr("Storgatan 1"), Zip: ptr("111 22")},
			PricelistIDs:   []int32{3},
		}},
		DeliveryAddresses: []customer.Address{{City: ptr("Göteborg")}},
		InvoiceAddress:    &customer.Address{City: ptr("Stockholm")},
		Info:              []customer.IDValue{{ID: ptr(int32(1)), Value: ptr("x")}},
	}
	j, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"Id":42,"Key":"15d62d1f-3a4e-4111-845a-4db40bf08e87","Code":"C-42","SSN":"19800101-0000",` +
		`"Account":{"LoginName":"anna@example.com","Roles":[1,2]},` +
		`"Companies":[{"Code":"CO-7","InvoiceAddress":{"Line1":"Storgatan 1","Zip":"111 22"},"PricelistIds":[3]}],` +
		`"DeliveryAddresses":[{"City":"Göteborg"}],"InvoiceAddress":{"City":"Stockholm"},` +
		`"Info":[{"Id":1,"Value":"x"}],"CrmId":"CRM-1","Created":"2025-12-31T23:59:59Z"}`
	if string(j) != wantJSON {
		t.Errorf("JSON\n got %s\nwant %s", j, wantJSON)
	}
	x, err := xml.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	wantXML := `<Customer><Id>42</Id><Key>15d62d1f-3a4e-4111-845a-4db40bf08e87</Key><Code>C-42</Code><SSN>19800101-0000</SSN>` +
		`<Account><LoginName>anna@example.com</LoginName><Roles>1</Roles><Roles>2</Roles></Account>` +
		`<Companies><Code>CO-7</Code><InvoiceAddress><Line1>Storgatan 1</Line1><Zip>111 22</Zip></InvoiceAddress><PricelistIds>3</PricelistIds></Companies>` +
		`<DeliveryAddresses><City>Göteborg</City></DeliveryAddresses><InvoiceAddress><City>Stockholm</City></InvoiceAddress>` +
		`<Info><Id>1</Id><Value>x</Value></Info><CrmId>CRM-1</CrmId><Created>2025-12-31T23:59:59Z</Created></Customer>`
	if string(x) != wantXML {
		t.Errorf("XML\n got %s\nwant %s", x, wantXML)
	}
	var fromJSON, fromXML customer.Customer
	if err := json.Unmarshal(j, &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(x, &fromXML); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromJSON, c) {
		t.Errorf("JSON round trip differs:\n got %+v\nwant %+v", fromJSON, c)
	}
	if !reflect.DeepEqual(fromXML, c) {
		t.Errorf("XML round trip differs:\n got %+v\nwant %+v", fromXML, c)
	}
}
