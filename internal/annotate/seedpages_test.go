package annotate

import (
	"fmt"
	"testing"
)

// seedWant holds, for every seed-page description that carries a pattern,
// the complete annotations the Norce set finds (see render). Every other
// seed description must yield nothing.
var seedWant = map[string][]string{
	"connect CustomerHeader.CompanyFieldsThatAreSet": {
		`enummap enum @"0 = ApplicationKey<br>1 = Id<br>2 = Code<br>3 = OrganizationNo<br>4 = Name<br>5 = EmailAddress<br>6 = PhoneNumber<br>7 = LogoImage<br>8 = ParentCompanyCode<br>9 = IsActive<br>10 = InvoiceAddress<br>11 = DeliveryAddresses<br>12 = AdditionalInfo<br>13 = Contacts<br>14 = Customers (set values in CustomerFieldsThatAreSet)<br>15 = DeliveryMethods<br>16 = Discounts<br>17 = Flags<br>18 = PaymentMethods<br>19 = PriceLists<br>20 = SearchOnlyByCode (matches the customer only on the value on the code field, allows for duplicated OrganizationNo)<br>21 = VatNo<br>22 = PreserveFlags (Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported)"`,
		`  0 "ApplicationKey" @"0 = ApplicationKey"`,
		`  1 "Id" @"1 = Id"`,
		`  2 "Code" @"2 = Code"`,
		`  3 "OrganizationNo" @"3 = OrganizationNo"`,
		`  4 "Name" @"4 = Name"`,
		`  5 "EmailAddress" @"5 = EmailAddress"`,
		`  6 "PhoneNumber" @"6 = PhoneNumber"`,
		`  7 "LogoImage" @"7 = LogoImage"`,
		`  8 "ParentCompanyCode" @"8 = ParentCompanyCode"`,
		`  9 "IsActive" @"9 = IsActive"`,
		`  10 "InvoiceAddress" @"10 = InvoiceAddress"`,
		`  11 "DeliveryAddresses" @"11 = DeliveryAddresses"`,
		`  12 "AdditionalInfo" @"12 = AdditionalInfo"`,
		`  13 "Contacts" @"13 = Contacts"`,
		`  14 "Customers" doc="set values in CustomerFieldsThatAreSet" @"14 = Customers (set values in CustomerFieldsThatAreSet)"`,
		`  15 "DeliveryMethods" @"15 = DeliveryMethods"`,
		`  16 "Discounts" @"16 = Discounts"`,
		`  17 "Flags" @"17 = Flags"`,
		`  18 "PaymentMethods" @"18 = PaymentMethods"`,
		`  19 "PriceLists" @"19 = PriceLists"`,
		`  20 "SearchOnlyByCode" doc="matches the customer only on the value on the code field, allows for duplicated OrganizationNo" @"20 = SearchOnlyByCode (matches the customer only on the value on the code field, allows for duplicated OrganizationNo)"`,
		`  21 "VatNo" @"21 = VatNo"`,
		`  22 "PreserveFlags" doc="Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported" @"22 = PreserveFlags (Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported)"`,
	},
	"connect CustomerHeader.CustomerFieldsThatAreSet": {
		`enummap enum @"0 = ApplicationKey<br>1 = Id<br>2 = Code<br>3 = EmailAddress<br>4 = SocialSecurityNumber<br>5 = Title<br>6 = FirstName<br>7 = MiddleName<br>8 = LastName<br>9 = PhoneNumber<br>10 = CellPhoneNumber<br>11 = IsActive<br>12 = InvoiceAddress<br>13 = DeliveryAddresses<br>14 = Accounts (set values in AccountFieldsThatAreSet)<br>15 = AdditionalInfo<br>16 = Flags<br>17 = PriceLists<br>18 = SearchOnlyByCode (matches the customer only on the value on the code field, alows for duplicated email addresses)<br>19 = Companies (set values in CompanyFieldsThatAreSet)<br>20 = CrmId<br>21 = PreserveFlags (Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported)"`,
		`  0 "ApplicationKey" @"0 = ApplicationKey"`,
		`  1 "Id" @"1 = Id"`,
		`  2 "Code" @"2 = Code"`,
		`  3 "EmailAddress" @"3 = EmailAddress"`,
		`  4 "SocialSecurityNumber" @"4 = SocialSecurityNumber"`,
		`  5 "Title" @"5 = Title"`,
		`  6 "FirstName" @"6 = FirstName"`,
		`  7 "MiddleName" @"7 = MiddleName"`,
		`  8 "LastName" @"8 = LastName"`,
		`  9 "PhoneNumber" @"9 = PhoneNumber"`,
		`  10 "CellPhoneNumber" @"10 = CellPhoneNumber"`,
		`  11 "IsActive" @"11 = IsActive"`,
		`  12 "InvoiceAddress" @"12 = InvoiceAddress"`,
		`  13 "DeliveryAddresses" @"13 = DeliveryAddresses"`,
		`  14 "Accounts" doc="set values in AccountFieldsThatAreSet" @"14 = Accounts (set values in AccountFieldsThatAreSet)"`,
		`  15 "AdditionalInfo" @"15 = AdditionalInfo"`,
		`  16 "Flags" @"16 = Flags"`,
		`  17 "PriceLists" @"17 = PriceLists"`,
		`  18 "SearchOnlyByCode" doc="matches the customer only on the value on the code field, alows for duplicated email addresses" @"18 = SearchOnlyByCode (matches the customer only on the value on the code field, alows for duplicated email addresses)"`,
		`  19 "Companies" doc="set values in CompanyFieldsThatAreSet" @"19 = Companies (set values in CompanyFieldsThatAreSet)"`,
		`  20 "CrmId" @"20 = CrmId"`,
		`  21 "PreserveFlags" doc="Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported" @"21 = PreserveFlags (Flags not passed in, will be left on the entity, otherwise they will be removed and replaced with the ones imported)"`,
	},
	"connect CustomerHeader.AccountFieldsThatAreSet": {
		`enummap enum @"0 = PasswordCreateOnly (Value is only set if the entity is created by the import)<br>1 = Status<br>2 = StatusCreateOnly (Value is only set if the entity is created by the import)<br>3 = Roles<br>4 = RolesCreateOnly (Value is only set if the entity is created by the import)"`,
		`  0 "PasswordCreateOnly" doc="Value is only set if the entity is created by the import" @"0 = PasswordCreateOnly (Value is only set if the entity is created by the import)"`,
		`  1 "Status" @"1 = Status"`,
		`  2 "StatusCreateOnly" doc="Value is only set if the entity is created by the import" @"2 = StatusCreateOnly (Value is only set if the entity is created by the import)"`,
		`  3 "Roles" @"3 = Roles"`,
		`  4 "RolesCreateOnly" doc="Value is only set if the entity is created by the import" @"4 = RolesCreateOnly (Value is only set if the entity is created by the import)"`,
	},
	"connect CustomerHeader.SerializationType": {
		`enummap enum @"0 = JSON, 1 = XML"`,
		`  0 "JSON" @"0 = JSON"`,
		`  1 "XML" @"1 = XML"`,
	},
	"connect Account.Status": {
		`enummap enum @"1 = Active, 2 = Inactive"`,
		`  1 "Active" @"1 = Active"`,
		`  2 "Inactive" @"2 = Inactive"`,
	},
	"connect AccountRole.IsActive": {
		`defaultvalue default=true @"Default is true"`,
	},
	"storefront Account.LoginName": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Account.Name": {
		`maxlength maxLength=100 @"MaxLength: 100"`,
	},
	"storefront AgreementAccount.Name": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.CareOf": {
		`maxlength maxLength=100 @"MaxLength: 100"`,
	},
	"storefront Address.Line1": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Address.Line2": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Address.Zip": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.City": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.Country": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.Region": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.GlobalLocationNo": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Address.ShippingPhoneNumber": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Company.Code": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Company.Name": {
		`maxlength maxLength=100 @"MaxLength: 100"`,
	},
	"storefront Company.OrgNo": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Company.Phone": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Company.ReferUrl": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Company.PricelistIds": {
		`readonly readOnly @"should be considered as ReadOnly"`,
	},
	"storefront Company.Email": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Company.VatNo": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CompanyDiscount.TypeId": {
		`enummap enum @"1 = Category discount, 2 = DiscountCode on product"`,
		`  1 "Category discount" @"1 = Category discount"`,
		`  2 "DiscountCode on product" @"2 = DiscountCode on product"`,
	},
	"storefront CompanyDiscount.Value": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CompanyDiscount.PriceListTypeSeed": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CompanyPaymentMethod.CompanyCode": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CompanyPaymentMethod.PaymentMethodCode": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CompanyPaymentMethod.InvoiceCaptureSettingsCode": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact": {
		`obsolete deprecated @"Obsolete, will be removed in a coming version."`,
	},
	"storefront Contact.Code": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact.Email": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Contact.FirstName": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact.LastName": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact.Phone": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact.CellPhone": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Contact.ImagePath": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Customer.Code": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.Email": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Customer.SSN": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.FirstName": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.LastName": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.Phone": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.CellPhone": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Customer.ReferUrl": {
		`maxlength maxLength=255 @"MaxLength: 255"`,
	},
	"storefront Customer.PricelistIds": {
		`readonly readOnly @"should be considered as ReadOnly"`,
	},
	"storefront Customer.CrmId": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CustomerFlag.Name": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront CustomerFlag.Description": {
		`maxlength maxLength=max @"MaxLength: max"`,
	},
	"storefront Flag.Name": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Pricelist.Name": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront Pricelist.Description": {
		`maxlength maxLength=max @"MaxLength: max"`,
	},
	"storefront Pricelist.Agreement": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront PricelistItem.PartNo": {
		`maxlength maxLength=50 @"MaxLength: 50"`,
	},
	"storefront PricelistItem.Price": {
		`readonly readOnly @"Read only"`,
	},
}

func TestSeedPages(t *testing.T) {
	seen := map[string]bool{}
	for _, s := range seedDescriptions {
		key := s.page + " " + s.where
		if seen[key] {
			t.Fatalf("two seed descriptions are named %q", key)
		}
		seen[key] = true
		got := render(t, s.text, Norce().Annotate(s.text))
		diffLines(t, key+": "+s.text, got, seedWant[key])
	}
	for key := range seedWant {
		if !seen[key] {
			t.Errorf("seedWant names %q, which is not a seed description", key)
		}
	}
}

// The Storefront page states 45 numeric limits (33 x 50, 9 x 255, 3 x 100)
// and 2 unlimited ones.
func TestSeedStorefrontMaxLengths(t *testing.T) {
	counts := map[string]int{}
	for _, s := range seedDescriptions {
		if s.page != "storefront" {
			continue
		}
		for _, a := range Norce().Annotate(s.text) {
			if a.Kind != MaxLength {
				continue
			}
			if a.Unlimited {
				counts["max"]++
			} else {
				counts[fmt.Sprint(a.MaxLength)]++
			}
		}
	}
	want := map[string]int{"50": 33, "255": 9, "100": 3, "max": 2}
	if fmt.Sprint(counts) != fmt.Sprint(want) {
		t.Errorf("MaxLength counts on the Storefront page = %v, want %v", counts, want)
	}
}

// The sentences that look like patterns but are not (or only partly), each
// with exactly what it must yield.
func TestTrapSentences(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{"0 is default. Other values are application specific.", nil},
		{"The type of the pricelist. 0 is default. Other values are application specific.", nil},
		{"If TypeID = 1 then discounts are valid for all products belonging to Category with Category.Code = Value. If TypeId = 2 then the product's discount code is checked. Cannot be changed. MaxLength: 50",
			[]string{`maxlength maxLength=50 @"MaxLength: 50"`}},
		{"Ex: 15.00 equals 15% discount.", nil},
		{"The actual discount percentage. Ex: 15.00 equals 15% discount.", nil},
		{"(Use integers if import format is XML)", nil},
		{"Account status: 1 = Active, 2 = Inactive (Use integers if import format is XML)", []string{
			`enummap enum @"1 = Active, 2 = Inactive"`,
			`  1 "Active" @"1 = Active"`,
			`  2 "Inactive" @"2 = Inactive"`,
		}},
		{"Request serialization type.(Use the integer instead of the name for the xml content type)<br/><br/>0 = JSON, 1 = XML", []string{
			`enummap enum @"0 = JSON, 1 = XML"`,
			`  0 "JSON" @"0 = JSON"`,
			`  1 "XML" @"1 = XML"`,
		}},
		{"Sets account role to active or inactive. Default is true.", []string{`defaultvalue default=true @"Default is true"`}},
		{"The first will be used as default.", nil},
		{"Required settings: Accounts (in CustomerFieldsThatAreSet)", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, Norce().Annotate(tt.desc))
		diffLines(t, tt.desc, got, tt.want)
	}
}
