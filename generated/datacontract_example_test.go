package generated_test

import (
	"fmt"
	"time"

	"github.com/norcegen/norcegen/generated/connect/customer"
)

// The README's DataContract example: a new Connect customer with an
// address, an account, a flag and a company, as Norce's contracts read it.
func Example_marshalDataContract() {
	c := customer.Customer{
		Type:           customer.CustomerTypeCustomer,
		Code:           ptr("C-42"),
		EmailAddress:   ptr("anna@example.com"),
		InvoiceAddress: &customer.Address{AddressLine1: ptr("Storgatan 1"), City: ptr("Stockholm"), CountryCode: ptr("SE")},
		Accounts: []customer.Account{{
			ApplicationKey: customer.MustParseUUID("7c9e6679-7425-40de-944b-e07fc1f90ae7"),
			LoginName:      "anna",
			Roles:          []customer.AccountRole{{Code: "Buyer", IsActive: ptr(true)}},
			Status:         ptr(customer.AccountStatusActive),
		}},
		Flags:     []customer.Flag{{Code: ptr("VIP"), StopDate: ptr(time.Date(2025, 12, 31, 23, 59, 59, 0, time.UTC))}},
		Companies: []customer.CompanyIdentifier{{Code: ptr("CO-7"), IsPrimary: ptr(true)}},
	}
	body, err := customer.MarshalDataContract(c)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s\n", body)
	// Output:
	// <Customer xmlns="Enferno.Services.StormConnect.Contracts.Customer.Models" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Accounts><Account><ApplicationKey>7c9e6679-7425-40de-944b-e07fc1f90ae7</ApplicationKey><LoginName>anna</LoginName><Password i:nil="true"/><Roles><AccountRole><Code>Buyer</Code><IsActive>true</IsActive></AccountRole></Roles><Status>Active</Status></Account></Accounts><AdditionalInfo i:nil="true"/><ApplicationKey i:nil="true"/><CellPhoneNumber i:nil="true"/><Code>C-42</Code><Companies><CompanyIdentifier><Code>CO-7</Code><Id i:nil="true"/><IsPrimary>true</IsPrimary><Name i:nil="true"/><OrganizationNo i:nil="true"/></CompanyIdentifier></Companies><CrmId i:nil="true"/><DeliveryAddresses i:nil="true"/><EmailAddress>anna@example.com</EmailAddress><FirstName i:nil="true"/><Flags><Flag><Code>VIP</Code><IsActive i:nil="true"/><IsCreateOnly i:nil="true"/><IsLimitedUpdate i:nil="true"/><StopDate>2025-12-31T23:59:59Z</StopDate></Flag></Flags><Id i:nil="true"/><InvoiceAddress><AddressLine1>Storgatan 1</AddressLine1><AddressLine2 i:nil="true"/><CareOf i:nil="true"/><City>Stockholm</City><Code i:nil="true"/><CountryCode>SE</CountryCode><Gln i:nil="true"/><IsPrimary i:nil="true"/><IsValidated i:nil="true"/><Region i:nil="true"/><ShippingPhoneNumber i:nil="true"/><ZipCode i:nil="true"/></InvoiceAddress><IsActive i:nil="true"/><IsCompanyListDelta i:nil="true"/><LastName i:nil="true"/><MiddleName i:nil="true"/><PhoneNumber i:nil="true"/><PriceLists i:nil="true"/><SocialSecurityNumber i:nil="true"/><Title i:nil="true"/><Type>Customer</Type></Customer>
}
