package names

import (
	"reflect"
	"testing"
)

func TestExported(t *testing.T) {
	tests := []struct{ in, want string }{
		{"CrmId", "CrmID"},
		{"ReferUrl", "ReferURL"},
		{"VatNo", "VatNo"},
		{"SSN", "SSN"},
		{"ApplicationKey", "ApplicationKey"},
		{"PricelistIds", "PricelistIDs"},
		{"CompanyIdentifier", "CompanyIdentifier"},
		{"user_id", "UserID"},
		{"userId", "UserID"},
		{"type", "Type"},
		{"HTTPServer", "HTTPServer"},
		{"httpServer", "HTTPServer"},
		{"JSON", "JSON"},
		{"Json", "JSON"},
		{"Line1", "Line1"},
		{"AddressLine1", "AddressLine1"},
		{"2FA", "X2FA"},
		{"in-progress", "InProgress"},
		{"Category discount", "CategoryDiscount"},
		{"DiscountCode on product", "DiscountCodeOnProduct"},
		{"X-StormConnect-Header", "XStormConnectHeader"},
		{"", ""},
		{"--", ""},
		{"ñame", "Ñame"},
		{"日本", "X日本"},
		{"IsActive", "IsActive"},
		{"ids", "IDs"},
		{"uuid", "UUID"},
		{"Gln", "Gln"},
		{"v1.2", "V12"},
	}
	for _, tt := range tests {
		if got := Exported(tt.in); got != tt.want {
			t.Errorf("Exported(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if tt.want != "" && !IsExported(tt.want) {
			t.Errorf("%q is not an exported identifier", tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"CompanyFieldsThatAreSet", []string{"Company", "Fields", "That", "Are", "Set"}},
		{"HTTPServer", []string{"HTTP", "Server"}},
		{"snake_case_name", []string{"snake", "case", "name"}},
		{"Line1", []string{"Line1"}},
		{"SSNNumber", []string{"SSN", "Number"}},
	}
	for _, tt := range tests {
		if got := Words(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Words(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnexported(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Type", "type_"},
		{"string", "string_"},
		{"CrmId", "crmID"},
		{"ID", "id"},
		{"URLPath", "urlPath"},
		{"customer", "customer"},
	}
	for _, tt := range tests {
		if got := Unexported(tt.in); got != tt.want {
			t.Errorf("Unexported(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestScope(t *testing.T) {
	s := NewScope("String")
	got := []string{s.Claim("String"), s.Claim("Customer"), s.Claim("Customer"), s.Claim("Customer")}
	want := []string{"String2", "Customer", "Customer2", "Customer3"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("claims = %q, want %q", got, want)
	}
	if !s.Taken("Customer2") || s.Taken("Order") {
		t.Error("Taken reports the wrong names")
	}
}
