package dctest_test

import (
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/norcegen/norcegen/internal/dctest/model"
	"github.com/norcegen/norcegen/internal/xmlinfoset"
)

func ptr[T any](v T) *T { return &v }

// orders are the values the tests round-trip: every member set, nothing
// set, empty lists, and mixes.
func orders() map[string]model.Order {
	full := model.Order{
		Entity: model.Entity{
			ID:      9007199254740993,
			Created: ptr(time.Date(2025, 1, 2, 3, 4, 5, 123456700, time.UTC)),
			Version: 3,
		},
		Number:   ptr(`A & B <"x"> 'y' Lagervägen`),
		Total:    model.MustParseDecimal("1234.50"),
		Key:      ptr(model.MustParseUUID("0F8FAD5B-D9CB-469F-A165-70867728950E")),
		Paid:     true,
		Weight:   ptr(2.5),
		Ratio:    ptr(float32(0.25)),
		Count:    -42,
		Status:   ptr(model.StatusCancelled),
		Kind:     model.OrderKindWholesale,
		Shipped:  ptr(time.Date(2026, 6, 30, 0, 0, 0, 0, model.DataContractUnspecified)),
		Tags:     []string{"a", "", " spaced ", "line\r\nbreak\ttab"},
		Counts:   []int32{0, -1, math.MaxInt32},
		Keys:     []model.UUID{model.MustParseUUID("7c9e6679-7425-40de-944b-e07fc1f90ae7"), {}},
		Statuses: []model.Status{model.StatusOpen, model.StatusCancelled, model.StatusShipped},
		Lines: []model.Line{
			{Sku: ptr("SKU-1"), Quantity: 2, Price: ptr(model.MustParseDecimal("10.00")), Options: []string{"red", "XL"},
				Children: []model.Line{{Sku: ptr("SKU-1a"), Quantity: 1, Options: []string{}, Children: []model.Line{{Quantity: 7}}}}},
			{Quantity: 0},
		},
		Matrix:   [][]string{{"a", "b"}, {}, nil, {"c"}},
		Notes:    map[string]string{"b": "2", "a": "1 & 1", "": "empty key"},
		Shipment: &model.Shipment{Weight: ptr(math.Inf(1)), TrackingID: ptr("TRK-1"), Carrier: ptr("DHL"), Address: ptr("Storgatan 1")},
		Channel:  []model.Channel{model.ChannelStore},
		Code:     ptr("ORD-1"),
		Priority: 5,
	}
	return map[string]model.Order{
		"full": full,
		"minimal": {
			// Decimal{} is written 0, which reads back as the Decimal
			// with the text 0.
			Total:   model.MustParseDecimal("0"),
			Kind:    model.OrderKindRetail,
			Channel: []model.Channel{model.ChannelWeb},
		},
		"empty-lists": {
			Entity:   model.Entity{ID: 1, Created: ptr(time.Date(2024, 1, 24, 10, 30, 0, 0, time.FixedZone("", 0)))},
			Total:    model.MustParseDecimal("-0.5"),
			Kind:     model.OrderKindRetail,
			Tags:     []string{},
			Counts:   []int32{},
			Keys:     []model.UUID{},
			Statuses: []model.Status{},
			Lines:    []model.Line{},
			Matrix:   [][]string{},
			Notes:    map[string]string{},
			Shipment: &model.Shipment{},
			Channel:  []model.Channel{model.ChannelWeb},
			Code:     ptr(""),
		},
	}
}

// TestGoRoundTrip: every order survives MarshalDataContract and
// UnmarshalDataContract.
func TestGoRoundTrip(t *testing.T) {
	for name, o := range orders() {
		data, err := model.MarshalDataContract(o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		var back model.Order
		skipped, err := model.UnmarshalDataContractSkipped(data, &back)
		if err != nil {
			t.Fatalf("%s: %v\n%s", name, err, data)
		}
		if len(skipped) > 0 {
			t.Errorf("%s: skipped %q", name, skipped)
		}
		if !reflect.DeepEqual(back, o) {
			t.Errorf("%s: round trip differs\n got %+v\nwant %+v\n%s", name, back, o, data)
		}
	}
}

// TestMemberOrder checks DataContractSerializer's order on the test spec:
// base members first in the base's namespace, members without an order by
// name, then ordered ones.
func TestMemberOrder(t *testing.T) {
	data, err := model.MarshalDataContract(orders()["full"])
	if err != nil {
		t.Fatal(err)
	}
	roots, err := xmlinfoset.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range roots[0].Children {
		got = append(got, c.Name.Space+" "+c.Name.Local)
		if c.Name.Local == "Shipment" {
			for _, s := range c.Children {
				got = append(got, "  "+s.Name.Space+" "+s.Name.Local)
			}
		}
	}
	const base, shop = "urn:norcegen:test:base", "urn:norcegen:test:shop"
	want := []string{
		base + " Created", base + " Id", base + " Version",
		shop + " Channel", shop + " Count", shop + " Counts", shop + " Key", shop + " Keys", shop + " Kind",
		shop + " Lines", shop + " Matrix", shop + " Notes", shop + " Number", shop + " Paid", shop + " Ratio",
		shop + " Shipment",
		"  " + base + " TrackingId", "  " + base + " Carrier", "  " + shop + " Address", "  " + shop + " Weight",
		shop + " Shipped", shop + " Status", shop + " Statuses", shop + " Tags", shop + " Total", shop + " Weight",
		shop + " Code", shop + " Priority",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("members\n got %q\nwant %q", got, want)
	}
}

// TestDotNetRoundTrip sends every order through .NET's
// DataContractSerializer on Mono (testdata/datacontract/RoundTrip.cs) and
// back: .NET must read every field of norcegen's XML and write the same
// infoset, and norcegen must read .NET's XML into the same Go value.
func TestDotNetRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Mono")
	}
	mono, err1 := exec.LookPath("mono")
	_, err2 := exec.LookPath("mcs")
	if err1 != nil || err2 != nil {
		t.Skip("Mono is not installed, so norcegen's DataContract XML is not checked against .NET's DataContractSerializer; " +
			"run scripts/mono/install.sh (apt-get install -y mono-devel) to enable this test")
	}
	tmp := t.TempDir()
	exe := filepath.Join(tmp, "RoundTrip.exe")
	if out, err := exec.Command("bash", "../../scripts/mono/build.sh", exe).CombinedOutput(); err != nil {
		t.Fatalf("scripts/mono/build.sh: %v\n%s", err, out)
	}
	in, out := filepath.Join(tmp, "in"), filepath.Join(tmp, "out")
	for _, d := range []string{in, out} {
		if err := os.Mkdir(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	values := orders()
	sent := map[string][]byte{}
	for name, o := range values {
		data, err := model.MarshalDataContract(&o)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		sent[name] = data
		if err := os.WriteFile(filepath.Join(in, name+".xml"), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(mono, exe, in, out)
	// .NET turns times with an offset into local times: in UTC they keep
	// their +00:00.
	cmd.Env = append(os.Environ(), "TZ=UTC")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("mono RoundTrip.exe: %v\n%s", err, msg)
	}
	for name, o := range values {
		back, err := os.ReadFile(filepath.Join(out, name+".xml"))
		if err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			xmlinfoset.AssertSame(t, sent[name], back)
			var got model.Order
			skipped, err := model.UnmarshalDataContractSkipped(back, &got)
			if err != nil {
				t.Fatalf("%v\n%s", err, back)
			}
			if len(skipped) > 0 {
				t.Errorf("skipped %q", skipped)
			}
			if !reflect.DeepEqual(got, o) {
				t.Errorf("through .NET and back\n got %+v\nwant %+v\n.NET wrote %s", got, o, back)
			}
		})
	}
	if t.Failed() {
		for name := range values {
			t.Logf("norcegen wrote %s: %s", name, strings.TrimSpace(string(sent[name])))
		}
	}
}
