package validator

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	playground "github.com/go-playground/validator/v10"

	connect "github.com/norcegen/norcegen/generated/connect/customer"
	storefront "github.com/norcegen/norcegen/generated/storefront/customer"
)

func text(s string) *string { return &s }
func ptrTo[T any](v T) *T   { return &v }
func newValidate() *playground.Validate {
	return playground.New(playground.WithRequiredStructEnabled())
}

// storefrontCustomer returns a Storefront Customer with every field set,
// two companies and nine addresses in all (the value of the generated
// package's own benchmark).
func storefrontCustomer() *storefront.Customer {
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

// mirror returns the tagged equivalent of a Storefront Customer: the same
// JSON, decoded into Customer.
func mirror(t testing.TB, c *storefront.Customer) *Customer {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var m Customer
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return &m
}

// connectImport returns the header and n customers of an ImportCustomers
// request, generated and tagged.
func connectImport(n int) (*connect.CustomerHeader, []connect.Customer, *ImportHeader, []ImportCustomer) {
	h := &connect.CustomerHeader{
		AccountID:                1,
		CompanyFieldsThatAreSet:  []connect.CompanyField{connect.CompanyFieldCode, connect.CompanyFieldName},
		CustomerFieldsThatAreSet: []connect.CustomerField{connect.CustomerFieldCode, connect.CustomerFieldEmailAddress, connect.CustomerFieldAccounts},
		AccountFieldsThatAreSet:  []connect.AccountField{connect.AccountFieldStatus, connect.AccountFieldRoles},
	}
	th := &ImportHeader{AccountID: 1, CompanyFieldsThatAreSet: []int32{2, 4}, CustomerFieldsThatAreSet: []int32{2, 3, 14}, AccountFieldsThatAreSet: []int32{1, 3}}
	app := connect.MustParseUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6")
	cs := make([]connect.Customer, n)
	ts := make([]ImportCustomer, n)
	for i := range cs {
		addr := connect.Address{AddressLine1: text("Storgatan 1"), ZipCode: text("111 22"), City: text("Stockholm"), CountryCode: text("SE")}
		cs[i] = connect.Customer{
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
		key := [16]byte(app)
		taddr := ImportAddress{AddressLine1: text("Storgatan 1"), ZipCode: text("111 22"), City: text("Stockholm"), CountryCode: text("SE")}
		ts[i] = ImportCustomer{
			Type: 1, ApplicationKey: &key, Code: text(fmt.Sprint("C", i)),
			EmailAddress: text(fmt.Sprintf("c%d@example.com", i)), FirstName: text("Ann"), LastName: text("Åström"),
			InvoiceAddress: &taddr, DeliveryAddresses: []ImportAddress{taddr},
			Accounts: []ImportAccount{
				{ApplicationKey: key, LoginName: fmt.Sprintf("c%d@example.com", i), Status: ptrTo(int32(1)),
					Roles: []ImportRole{{Code: "User", IsActive: ptrTo(true)}}},
				{ApplicationKey: key, LoginName: fmt.Sprintf("c%d-admin@example.com", i), Status: ptrTo(int32(2))},
			},
			AdditionalInfo: []ImportInfo{{Code: text("color"), Value: text("blue")}},
			Flags:          []ImportFlag{{Code: text("VIP"), IsActive: ptrTo(true)}},
			PriceLists:     []ImportPrice{{Code: text("PL1"), IsExclusive: true}},
			Companies:      []ImportIdentity{{Code: text("COMP-1"), IsPrimary: ptrTo(true)}},
		}
	}
	return h, cs, th, ts
}

// TestEquivalent checks that both validators accept the benchmarks' values
// and reject the same invalid ones, so that the benchmarks compare like
// with like.
func TestEquivalent(t *testing.T) {
	v := newValidate()
	c := storefrontCustomer()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := v.Struct(mirror(t, c)); err != nil {
		t.Fatal(err)
	}
	for _, breakIt := range []func(c *storefront.Customer){
		func(c *storefront.Customer) { c.Code = text(strings.Repeat("å", 51)) },
		func(c *storefront.Customer) { c.Account.LoginName = text(strings.Repeat("日", 256)) },
		func(c *storefront.Customer) { c.Companies[1].DeliveryAddresses[0].Zip = text(strings.Repeat("9", 51)) },
		func(c *storefront.Customer) { c.Flags[0].Name = text(strings.Repeat("f", 51)) },
	} {
		c := storefrontCustomer()
		breakIt(c)
		if c.Validate() == nil || v.Struct(mirror(t, c)) == nil {
			t.Errorf("an invalid customer passes: norcegen %v, go-playground %v", c.Validate(), v.Struct(mirror(t, c)))
		}
	}

	h, cs, th, ts := connectImport(3)
	if err := h.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := v.Struct(th); err != nil {
		t.Fatal(err)
	}
	for i := range cs {
		if err := cs[i].Validate(); err != nil {
			t.Fatal(err)
		}
		if err := v.Struct(&ts[i]); err != nil {
			t.Fatal(err)
		}
	}
	cs[1].Accounts[0].Status = ptrTo(connect.AccountStatus(3))
	ts[1].Accounts[0].Status = ptrTo(int32(3))
	cs[2].Accounts[1].LoginName = ""
	ts[2].Accounts[1].LoginName = ""
	for i := 1; i < 3; i++ {
		if cs[i].Validate() == nil || v.Struct(&ts[i]) == nil {
			t.Errorf("invalid customer %d passes", i)
		}
	}
}

func BenchmarkStorefrontCustomer(b *testing.B) {
	c := storefrontCustomer()
	b.Run("norcegen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := c.Validate(); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("go-playground", func(b *testing.B) {
		v := newValidate()
		m := mirror(b, c)
		b.ReportAllocs()
		for b.Loop() {
			if err := v.Struct(m); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkConnectImport1000(b *testing.B) {
	h, cs, th, ts := connectImport(1000)
	b.Run("norcegen", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := h.Validate(); err != nil {
				b.Fatal(err)
			}
			for i := range cs {
				if err := cs[i].Validate(); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	b.Run("go-playground", func(b *testing.B) {
		v := newValidate()
		b.ReportAllocs()
		for b.Loop() {
			if err := v.Struct(th); err != nil {
				b.Fatal(err)
			}
			for i := range ts {
				if err := v.Struct(&ts[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
