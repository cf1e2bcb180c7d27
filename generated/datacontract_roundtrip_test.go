package generated_test

import (
	"bufio"
	"encoding"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/norcegen/norcegen/generated/connect/customer"
	"github.com/norcegen/norcegen/internal/xmlinfoset"
)

// connectStructs lists a zero value of every struct type of the Connect
// package; TestConnectStructsCovered keeps it complete.
var connectStructs = []any{
	customer.Account{}, customer.AccountRole{}, customer.Address{}, customer.Company{},
	customer.CompanyIdentifier{}, customer.Contact{}, customer.Customer{}, customer.CustomerHeader{},
	customer.DeliveryMethod{}, customer.Discount{}, customer.Flag{}, customer.Image{},
	customer.ImageCulture{}, customer.Info{}, customer.PaymentMethod{}, customer.PriceList{},
}

// TestConnectStructsCovered checks that connectStructs names every struct
// that types.go declares.
func TestConnectStructsCovered(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "connect/customer/types.go", nil, parser.SkipObjectResolution)
	if err != nil {
		t.Fatal(err)
	}
	var declared, listed []string
	for _, d := range f.Decls {
		if g, ok := d.(*ast.GenDecl); ok {
			for _, s := range g.Specs {
				if ts, ok := s.(*ast.TypeSpec); ok {
					if _, ok := ts.Type.(*ast.StructType); ok {
						declared = append(declared, ts.Name.Name)
					}
				}
			}
		}
	}
	for _, v := range connectStructs {
		listed = append(listed, reflect.TypeOf(v).Name())
	}
	slices.Sort(declared)
	slices.Sort(listed)
	if !slices.Equal(declared, listed) {
		t.Errorf("connectStructs %q, types.go declares %q", listed, declared)
	}
}

// filler sets every field of a value, differently for each call (seed),
// with values DataContract XML can carry.
type filler struct{ seed int }

var timeType = reflect.TypeFor[time.Time]()

func (f *filler) fill(v reflect.Value, field string) {
	f.seed++
	n := f.seed
	switch {
	case v.Type() == timeType:
		locs := []*time.Location{time.UTC, customer.DataContractUnspecified, time.FixedZone("", 2*3600)}
		v.Set(reflect.ValueOf(time.Date(2000+n%30, time.Month(1+n%12), 1+n%28, n%24, n%60, n%60, (n%7)*100000, locs[n%3])))
		return
	case v.Type().Name() == "Decimal":
		v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(strconv.Itoa(n) + ".50"))
		return
	case v.Type().Name() == "UUID":
		for i := range v.Len() {
			v.Index(i).SetUint(uint64(n*7 + i*13))
		}
		return
	case v.Kind() == reflect.Int32 && v.MethodByName("IsValid").IsValid():
		// An enum: the first valid value from seed on.
		isValid := v.MethodByName("IsValid")
		for i := range 64 {
			v.SetInt(int64((n + i) % 32))
			if isValid.Call(nil)[0].Bool() {
				return
			}
		}
		panic("no valid value for " + v.Type().Name())
	}
	switch v.Kind() {
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		f.fill(v.Elem(), field)
	case reflect.Struct:
		for i := range v.NumField() {
			f.fill(v.Field(i), v.Type().Field(i).Name)
		}
	case reflect.Slice:
		items := 2
		if field == "SerializationType" {
			items = 1 // the contract's member holds one value
		}
		v.Set(reflect.MakeSlice(v.Type(), items, items))
		for i := range items {
			f.fill(v.Index(i), field)
		}
	case reflect.String:
		v.SetString(field + " " + strconv.Itoa(n) + " <&>")
	case reflect.Bool:
		v.SetBool(n%2 == 0)
	case reflect.Int32, reflect.Int64:
		v.SetInt(int64(n) * 1000003)
	default:
		panic("filler: " + v.Type().String())
	}
}

// TestDataContractRoundTripEveryType round-trips every Connect struct, as
// a root, in a stream of two, with every field set and with its zero
// value.
func TestDataContractRoundTripEveryType(t *testing.T) {
	f := &filler{}
	for _, zero := range connectStructs {
		typ := reflect.TypeOf(zero)
		t.Run(typ.Name(), func(t *testing.T) {
			full := reflect.New(typ)
			f.fill(full.Elem(), "")
			roundTrip(t, full.Elem().Interface(), full.Interface())

			two := reflect.MakeSlice(reflect.SliceOf(typ), 2, 2)
			f.fill(two.Index(0), "")
			two.Index(1).Set(reflect.Zero(typ))
			hasEnum := typ.Name() == "Customer" || typ.Name() == "Discount"
			if hasEnum {
				// The zero value's Type is none of the enum's names.
				if _, err := customer.MarshalDataContract(two.Interface()); err == nil || !strings.Contains(err.Error(), "[1].Type") {
					t.Errorf("zero %s: error %v, want one naming [1].Type", typ.Name(), err)
				}
				f.fill(two.Index(1), "")
			}
			if typ.Name() == "CustomerHeader" {
				// A header without a SerializationType is written with the
				// contract's default, Json, which reads back as [JSON]
				// (TestDataContractSerializationTypeDefault).
				two.Index(1).FieldByName("SerializationType").Set(reflect.ValueOf([]customer.SerializationType{customer.SerializationTypeJSON}))
			}
			ptrToTwo := reflect.New(two.Type())
			ptrToTwo.Elem().Set(two)
			roundTrip(t, two.Interface(), ptrToTwo.Interface())
		})
	}
}

// TestDataContractSerializationTypeDefault: the page's SerializationType
// is a list, the contract's a single enum that is always written; an empty
// list is written as the enum's zero value, Json, and reads back as a list
// of that one value.
func TestDataContractSerializationTypeDefault(t *testing.T) {
	data, err := customer.MarshalDataContract(customer.CustomerHeader{AccountID: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), ">Json</d1p1:SerializationType>") {
		t.Errorf("no Json SerializationType in %s", data)
	}
	var h customer.CustomerHeader
	if err := customer.UnmarshalDataContract(data, &h); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(h.SerializationType, []customer.SerializationType{customer.SerializationTypeJSON}) {
		t.Errorf("SerializationType %v, want [JSON]", h.SerializationType)
	}
}

// roundTrip marshals v and unmarshals the XML into a new value of p's
// type, which must equal *p.
func roundTrip(t *testing.T, v, p any) {
	t.Helper()
	data, err := customer.MarshalDataContract(v)
	if err != nil {
		t.Fatal(err)
	}
	back := reflect.New(reflect.TypeOf(p).Elem())
	skipped, err := customer.UnmarshalDataContractSkipped(data, back.Interface())
	if err != nil {
		t.Fatalf("%v\n%s", err, data)
	}
	if len(skipped) > 0 {
		t.Errorf("skipped %q", skipped)
	}
	if !reflect.DeepEqual(back.Elem().Interface(), reflect.ValueOf(p).Elem().Interface()) {
		t.Errorf("round trip differs\n got %+v\nwant %+v\n%s", back.Elem().Interface(), reflect.ValueOf(p).Elem().Interface(), data)
	}
}

// TestDataContractEnumNamesMatchContracts compares the names the
// DataContract form writes for every Connect enum value with Norce's
// contracts (testdata/norce/connect-enums.tsv): they must be the
// contracts' names, whatever the page calls them.
func TestDataContractEnumNamesMatchContracts(t *testing.T) {
	f, err := os.Open("../testdata/norce/connect-enums.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	contract := map[string]map[int64]string{}
	s := bufio.NewScanner(f)
	s.Scan() // header
	for s.Scan() {
		cols := strings.Split(s.Text(), "\t")
		n, err := strconv.ParseInt(cols[2], 10, 64)
		if err != nil {
			t.Fatal(err)
		}
		if contract[cols[0]] == nil {
			contract[cols[0]] = map[int64]string{}
		}
		contract[cols[0]][n] = cols[1]
	}
	// The names DataContract XML gives each value, read back from a
	// header and entities carrying every value.
	written := map[string]map[int64]string{}
	record := func(enum string, n int64, name string) {
		if written[enum] == nil {
			written[enum] = map[int64]string{}
		}
		written[enum][n] = name
	}
	h := customer.CustomerHeader{
		CompanyFieldsThatAreSet:  customer.CompanyFieldValues(),
		CustomerFieldsThatAreSet: customer.CustomerFieldValues(),
		AccountFieldsThatAreSet:  customer.AccountFieldValues(),
	}
	data, err := customer.MarshalDataContract(h)
	if err != nil {
		t.Fatal(err)
	}
	roots, err := xmlinfoset.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, list := range roots[0].Children {
		for i, item := range list.Children {
			var n int64
			switch list.Name.Local {
			case "CompanyFieldsThatAreSet":
				n = int64(h.CompanyFieldsThatAreSet[i])
			case "CustomerFieldsThatAreSet":
				n = int64(h.CustomerFieldsThatAreSet[i])
			case "AccountFieldsThatAreSet":
				n = int64(h.AccountFieldsThatAreSet[i])
			}
			record(item.Name.Local, n, item.Text)
		}
	}
	scalar := func(enum string, values []int64, write func(int64) any, member string) {
		for _, n := range values {
			data, err := customer.MarshalDataContract(write(n))
			if err != nil {
				t.Fatal(err)
			}
			roots, err := xmlinfoset.Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			for _, c := range roots[0].Children {
				if c.Name.Local == member {
					record(enum, n, c.Text)
				}
			}
		}
	}
	var ints []int64
	for _, v := range customer.SerializationTypeValues() {
		ints = append(ints, int64(v))
	}
	scalar("SerializationType", ints, func(n int64) any {
		return customer.CustomerHeader{SerializationType: []customer.SerializationType{customer.SerializationType(n)}}
	}, "SerializationType")
	ints = nil
	for _, v := range customer.CustomerTypeValues() {
		ints = append(ints, int64(v))
	}
	scalar("CustomerType", ints, func(n int64) any { return customer.Customer{Type: customer.CustomerType(n)} }, "Type")
	ints = nil
	for _, v := range customer.DiscountTypeValues() {
		ints = append(ints, int64(v))
	}
	scalar("DiscountType", ints, func(n int64) any { return customer.Discount{Type: customer.DiscountType(n)} }, "Type")
	ints = nil
	for _, v := range customer.AccountStatusValues() {
		ints = append(ints, int64(v))
	}
	scalar("AccountStatus", ints, func(n int64) any {
		return customer.Account{Status: ptr(customer.AccountStatus(n))}
	}, "Status")

	for enum, names := range contract {
		if !reflect.DeepEqual(written[enum], names) {
			t.Errorf("%s: DataContract names %v, the contracts' %v", enum, written[enum], names)
		}
	}
}
