package generated_test

import (
	"testing"

	connect "github.com/norcegen/norcegen/generated/connect/customer"
	storefront "github.com/norcegen/norcegen/generated/storefront/customer"
	"github.com/norcegen/norcegen/internal/enumtest/enumcheck"
)

// TestEveryEnumRoundTrips sends every value of every enum of generated/
// through JSON, an XML element and an XML attribute.
func TestEveryEnumRoundTrips(t *testing.T) {
	enumcheck.RoundTrip(t, connect.CompanyFieldValues(), connect.ParseCompanyField)
	enumcheck.RoundTrip(t, connect.CustomerFieldValues(), connect.ParseCustomerField)
	enumcheck.RoundTrip(t, connect.AccountFieldValues(), connect.ParseAccountField)
	enumcheck.RoundTrip(t, connect.SerializationTypeValues(), connect.ParseSerializationType)
	enumcheck.RoundTrip(t, connect.AccountStatusValues(), connect.ParseAccountStatus)
	enumcheck.RoundTrip(t, connect.CustomerTypeValues(), connect.ParseCustomerType)
	enumcheck.RoundTrip(t, connect.DiscountTypeValues(), connect.ParseDiscountType)
	enumcheck.RoundTrip(t, storefront.CompanyDiscountTypeValues(), storefront.ParseCompanyDiscountType)
}

// TestConnectEnumIntegers pins the integers of the Connect enums to Norce's
// contracts: a renumbered value silently corrupts XML imports.
func TestConnectEnumIntegers(t *testing.T) {
	contracts := map[string]map[string]int64{}
	for _, row := range readTSV(t, "../testdata/norce/connect-enums.tsv") {
		if contracts[row[0]] == nil {
			contracts[row[0]] = map[string]int64{}
		}
		var n int64
		for _, c := range row[2] {
			n = n*10 + int64(c-'0')
		}
		contracts[row[0]][row[1]] = n
	}
	check := func(enum string, names []string, ints []int64) {
		t.Helper()
		want := contracts[enum]
		if len(names) != len(want) {
			t.Errorf("%s has %d values, the contracts %d", enum, len(names), len(want))
		}
		for i, name := range names {
			if w, ok := want[name]; !ok || w != ints[i] {
				t.Errorf("%s.%s = %d, contracts say %d (present: %v)", enum, name, ints[i], w, ok)
			}
		}
	}
	check("CompanyField", namesOf(connect.CompanyFieldValues()), intsOf(connect.CompanyFieldValues()))
	check("CustomerField", namesOf(connect.CustomerFieldValues()), intsOf(connect.CustomerFieldValues()))
	check("AccountField", namesOf(connect.AccountFieldValues()), intsOf(connect.AccountFieldValues()))
	check("AccountStatus", namesOf(connect.AccountStatusValues()), intsOf(connect.AccountStatusValues()))
	check("CustomerType", namesOf(connect.CustomerTypeValues()), intsOf(connect.CustomerTypeValues()))
	check("DiscountType", namesOf(connect.DiscountTypeValues()), intsOf(connect.DiscountTypeValues()))
}

func namesOf[T interface{ String() string }](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = v.String()
	}
	return out
}

func intsOf[T ~int32 | ~int64](values []T) []int64 {
	out := make([]int64, len(values))
	for i, v := range values {
		out[i] = int64(v)
	}
	return out
}
