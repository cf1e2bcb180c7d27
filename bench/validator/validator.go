// Package validator compares the Validate methods that norcegen generates
// with github.com/go-playground/validator/v10 on equivalent structs: the
// same fields, with `validate` tags for the same rules. It is a module of its
// own so that the comparison's dependency stays out of norcegen's go.mod.
//
//	cd bench/validator && go test -bench . -benchmem
//
// The structs mirror the Storefront Customer (Customer and what it holds:
// each doc-derived MaxLength is a max tag, which go-playground also counts
// in characters) and the Connect ImportCustomers request (ImportHeader and
// ImportCustomer: required values, enum membership as oneof).
package validator

import "time"

// Customer mirrors storefront.Customer.
type Customer struct {
	ID                                 *int32     `json:"Id,omitempty"`
	Key                                *string    `json:"Key,omitempty"`
	Code                               *string    `json:"Code,omitempty" validate:"omitempty,max=50"`
	Email                              *string    `json:"Email,omitempty" validate:"omitempty,max=255"`
	SSN                                *string    `json:"SSN,omitempty" validate:"omitempty,max=50"`
	FirstName                          *string    `json:"FirstName,omitempty" validate:"omitempty,max=50"`
	LastName                           *string    `json:"LastName,omitempty" validate:"omitempty,max=50"`
	Phone                              *string    `json:"Phone,omitempty" validate:"omitempty,max=50"`
	CellPhone                          *string    `json:"CellPhone,omitempty" validate:"omitempty,max=50"`
	ReferID                            *int32     `json:"ReferId,omitempty"`
	ReferURL                           *string    `json:"ReferUrl,omitempty" validate:"omitempty,max=255"`
	Account                            *Account   `json:"Account,omitempty"`
	Companies                          []Company  `json:"Companies,omitempty" validate:"omitempty,dive"`
	DeliveryAddresses                  []Address  `json:"DeliveryAddresses,omitempty" validate:"omitempty,dive"`
	InvoiceAddress                     *Address   `json:"InvoiceAddress,omitempty"`
	Flags                              []Flag     `json:"Flags,omitempty" validate:"omitempty,dive"`
	UseInvoiceAddressAsDeliveryAddress *bool      `json:"UseInvoiceAddressAsDeliveryAddress,omitempty"`
	Info                               []IDValue  `json:"Info,omitempty"`
	PricelistIDs                       []int32    `json:"PricelistIds,omitempty"`
	CrmID                              *string    `json:"CrmId,omitempty" validate:"omitempty,max=50"`
	IsActive                           *bool      `json:"IsActive,omitempty"`
	Created                            *time.Time `json:"Created,omitempty"`
	Updated                            *time.Time `json:"Updated,omitempty"`
}

// Account mirrors storefront.Account.
type Account struct {
	ID             *int32    `json:"Id,omitempty"`
	Key            *string   `json:"Key,omitempty"`
	LoginName      *string   `json:"LoginName,omitempty" validate:"omitempty,max=255"`
	Name           *string   `json:"Name,omitempty" validate:"omitempty,max=100"`
	Roles          []int32   `json:"Roles,omitempty"`
	Authorizations []IDValue `json:"Authorizations,omitempty"`
	IsActive       *bool     `json:"IsActive,omitempty"`
}

// Company mirrors storefront.Company.
type Company struct {
	ID                                 *int32    `json:"Id,omitempty"`
	Key                                *string   `json:"Key,omitempty"`
	Code                               *string   `json:"Code,omitempty" validate:"omitempty,max=50"`
	Name                               *string   `json:"Name,omitempty" validate:"omitempty,max=100"`
	OrgNo                              *string   `json:"OrgNo,omitempty" validate:"omitempty,max=50"`
	Phone                              *string   `json:"Phone,omitempty" validate:"omitempty,max=50"`
	ReferID                            *int32    `json:"ReferId,omitempty"`
	ReferURL                           *string   `json:"ReferUrl,omitempty" validate:"omitempty,max=255"`
	DeliveryAddresses                  []Address `json:"DeliveryAddresses,omitempty" validate:"omitempty,dive"`
	InvoiceAddress                     *Address  `json:"InvoiceAddress,omitempty"`
	UseInvoiceAddressAsDeliveryAddress *bool     `json:"UseInvoiceAddressAsDeliveryAddress,omitempty"`
	Info                               []IDValue `json:"Info,omitempty"`
	PricelistIDs                       []int32   `json:"PricelistIds,omitempty"`
	ParentID                           *int32    `json:"ParentId,omitempty"`
	DeliveryMethodIDs                  []int32   `json:"DeliveryMethodIds,omitempty"`
	PaymentMethodIDs                   []int32   `json:"PaymentMethodIds,omitempty"`
	Email                              *string   `json:"Email,omitempty" validate:"omitempty,max=255"`
	Flags                              []Flag    `json:"Flags,omitempty" validate:"omitempty,dive"`
	VatNo                              *string   `json:"VatNo,omitempty" validate:"omitempty,max=50"`
}

// Address mirrors storefront.Address.
type Address struct {
	ID                  *int32  `json:"Id,omitempty"`
	CareOf              *string `json:"CareOf,omitempty" validate:"omitempty,max=100"`
	Line1               *string `json:"Line1,omitempty" validate:"omitempty,max=255"`
	Line2               *string `json:"Line2,omitempty" validate:"omitempty,max=255"`
	Zip                 *string `json:"Zip,omitempty" validate:"omitempty,max=50"`
	City                *string `json:"City,omitempty" validate:"omitempty,max=50"`
	CountryID           *int32  `json:"CountryId,omitempty"`
	Country             *string `json:"Country,omitempty" validate:"omitempty,max=50"`
	Region              *string `json:"Region,omitempty" validate:"omitempty,max=50"`
	IsValidated         *bool   `json:"IsValidated,omitempty"`
	GlobalLocationNo    *string `json:"GlobalLocationNo,omitempty" validate:"omitempty,max=50"`
	ShippingPhoneNumber *string `json:"ShippingPhoneNumber,omitempty" validate:"omitempty,max=50"`
}

// Flag mirrors storefront.Flag.
type Flag struct {
	ID         *int32  `json:"Id,omitempty"`
	Name       *string `json:"Name,omitempty" validate:"omitempty,max=50"`
	Group      *int32  `json:"Group,omitempty"`
	IsSelected *bool   `json:"IsSelected,omitempty"`
}

// IDValue mirrors storefront.IDValue, which has no rules.
type IDValue struct {
	ID    *int32  `json:"Id,omitempty"`
	Value *string `json:"Value,omitempty"`
}

// ImportHeader mirrors connect.CustomerHeader: the field lists are
// required and hold enum integers.
type ImportHeader struct {
	AccountID                int32
	CompanyFieldsThatAreSet  []int32 `validate:"required,dive,min=0,max=22"`
	CustomerFieldsThatAreSet []int32 `validate:"required,dive,min=0,max=21"`
	AccountFieldsThatAreSet  []int32 `validate:"omitempty,dive,min=0,max=4"`
	JobID                    *string
	SerializationType        []int32 `validate:"omitempty,dive,min=0,max=1"`
	StorageName              *string
	SupplierID               *string
}

// ImportCustomer mirrors connect.Customer with the types that hold rules.
type ImportCustomer struct {
	Type                 int32 `validate:"oneof=1 2"`
	ApplicationKey       *[16]byte
	ID                   *int32
	Code                 *string
	EmailAddress         *string
	SocialSecurityNumber *string
	Title                *string
	FirstName            *string
	MiddleName           *string
	LastName             *string
	PhoneNumber          *string
	CellPhoneNumber      *string
	IsActive             *bool
	InvoiceAddress       *ImportAddress
	DeliveryAddresses    []ImportAddress
	Accounts             []ImportAccount `validate:"omitempty,dive"`
	AdditionalInfo       []ImportInfo
	Flags                []ImportFlag
	PriceLists           []ImportPrice
	IsCompanyListDelta   *bool
	Companies            []ImportIdentity
	CrmID                *string
}

// ImportAccount mirrors connect.Account.
type ImportAccount struct {
	ApplicationKey [16]byte `validate:"required"`
	LoginName      string   `validate:"required"`
	Password       *string
	Roles          []ImportRole `validate:"omitempty,dive"`
	Status         *int32       `validate:"omitempty,oneof=1 2"`
}

// ImportRole mirrors connect.AccountRole.
type ImportRole struct {
	Code     string `validate:"required"`
	IsActive *bool
}

// ImportAddress mirrors connect.Address, which has no rules.
type ImportAddress struct {
	CareOf, AddressLine1, AddressLine2, ZipCode, City, Region, CountryCode, Gln, ShippingPhoneNumber *string
	IsPrimary                                                                                        *bool
	Code                                                                                             *string
	IsValidated                                                                                      *bool
}

// ImportInfo mirrors connect.Info.
type ImportInfo struct{ Code, Value *string }

// ImportFlag mirrors connect.Flag.
type ImportFlag struct {
	Code     *string
	IsActive *bool
}

// ImportPrice mirrors connect.PriceList.
type ImportPrice struct {
	Code        *string
	IsExclusive bool
}

// ImportIdentity mirrors connect.CompanyIdentifier.
type ImportIdentity struct {
	Code      *string
	IsPrimary *bool
}
