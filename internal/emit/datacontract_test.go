package emit

import (
	"testing"

	"github.com/norcegen/norcegen/internal/ir"
)

func TestDCName(t *testing.T) {
	for in, want := range map[string]string{
		"AccountId":  "AccountId",
		"user-id":    "user-id",
		"a.b":        "a.b",
		"1st":        "_x0031_st",
		"$ref":       "_x0024_ref",
		"a b":        "a_x0020_b",
		"a:b":        "a_x003A_b",
		"_x0041_":    "_x005F_x0041_",
		"_xyz":       "_xyz",
		"Größe":      "Größe",
		"":           "_",
		"emoji😀name": "emoji_x0001F600_name",
	} {
		if got := dcName(in); got != want {
			t.Errorf("dcName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDCOrder(t *testing.T) {
	f := func(name string, order int, ordered bool) *ir.Field {
		return &ir.Field{JSONName: name, Member: ir.DataMember{Order: order, Ordered: ordered}}
	}
	in := []*ir.Field{f("b", 0, false), f("Z", 2, true), f("a", 0, false), f("Y", 1, true), f("X", 2, true), f("B", 0, false)}
	var got []string
	for _, fd := range dcOrder(in) {
		got = append(got, fd.JSONName)
	}
	want := []string{"B", "a", "b", "Y", "X", "Z"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("dcOrder = %q, want %q (ordinal names, then orders)", got, want)
		}
	}
}
