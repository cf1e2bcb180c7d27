package enumtest

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"testing"

	"github.com/norcegen/norcegen/internal/enumtest/enumcheck"
	"github.com/norcegen/norcegen/internal/enumtest/keep"
	"github.com/norcegen/norcegen/internal/enumtest/strict"
)

func ptr[T any](v T) *T { return &v }

// TestHolderWireForms checks one value's two wire forms: a mapped string
// enum is its name in JSON and its integer in XML (element, wrapped list
// and attribute); an integer enum is its integer in both.
func TestHolderWireForms(t *testing.T) {
	h := strict.Holder{
		Field:     strict.FieldCode,
		Fields:    []strict.Field{strict.FieldApplicationKey, strict.FieldSearchOnlyByCode},
		AttrField: ptr(strict.FieldID),
		Status:    ptr(strict.StatusInactive),
		Color:     ptr(strict.ColorInProgress),
		Level:     ptr(strict.Level3),
		Priority:  ptr(strict.PriorityHigh),
	}
	j, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	wantJSON := `{"Field":"Code","Fields":["ApplicationKey","SearchOnlyByCode"],"AttrField":"Id","Status":2,"Color":"in-progress","Level":3,"Priority":20}`
	if string(j) != wantJSON {
		t.Errorf("JSON\n got %s\nwant %s", j, wantJSON)
	}
	x, err := xml.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	wantXML := `<Holder AttrField="1"><Field>2</Field><Fields><Fields>0</Fields><Fields>3</Fields></Fields><Status>2</Status><Color>in-progress</Color><Level>3</Level><Priority>20</Priority></Holder>`
	if string(x) != wantXML {
		t.Errorf("XML\n got %s\nwant %s", x, wantXML)
	}
	var fromJSON, fromXML strict.Holder
	if err := json.Unmarshal(j, &fromJSON); err != nil {
		t.Fatal(err)
	}
	if err := xml.Unmarshal(x, &fromXML); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(fromJSON, h) || !reflect.DeepEqual(fromXML, h) {
		t.Errorf("round trips differ:\nJSON %+v\nXML  %+v\nwant %+v", fromJSON, fromXML, h)
	}
}

// TestNonCanonicalForms decodes integers in JSON and names in XML.
func TestNonCanonicalForms(t *testing.T) {
	var h strict.Holder
	if err := json.Unmarshal([]byte(`{"Field":2,"Fields":["1",0],"Status":"Inactive","Level":"3","Priority":"High"}`), &h); err != nil {
		t.Fatal(err)
	}
	want := strict.Holder{Field: strict.FieldCode, Fields: []strict.Field{strict.FieldID, strict.FieldApplicationKey},
		Status: ptr(strict.StatusInactive), Level: ptr(strict.Level3), Priority: ptr(strict.PriorityHigh)}
	if !reflect.DeepEqual(h, want) {
		t.Errorf("JSON with integers: got %+v, want %+v", h, want)
	}
	var x strict.Holder
	if err := xml.Unmarshal([]byte(`<Holder AttrField=" Code "><Field> SearchOnlyByCode </Field><Fields><Fields>Id</Fields></Fields><Status>Active</Status><Priority>Low</Priority></Holder>`), &x); err != nil {
		t.Fatal(err)
	}
	wantX := strict.Holder{Field: strict.FieldSearchOnlyByCode, Fields: []strict.Field{strict.FieldID}, AttrField: ptr(strict.FieldCode),
		Status: ptr(strict.StatusActive), Priority: ptr(strict.PriorityLow)}
	if !reflect.DeepEqual(x, wantX) {
		t.Errorf("XML with names: got %+v, want %+v", x, wantX)
	}
}

// TestUnknownValues: strict decoding rejects an unknown name or integer in
// both formats with an error naming the type and the value; keep decoding
// keeps unknown integers (and unknown names of string enums) and IsValid
// reports them.
func TestUnknownValues(t *testing.T) {
	tests := []struct {
		name, json, xml, value string
	}{
		{"unknown name", `{"Field":"Nope"}`, `<Holder><Field>Nope</Field></Holder>`, "Nope"},
		{"unknown integer", `{"Field":99}`, `<Holder><Field>99</Field></Holder>`, "99"},
		{"unknown attribute", `{"AttrField":"7"}`, `<Holder AttrField="7"></Holder>`, "7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, e := range []error{
				json.Unmarshal([]byte(tt.json), new(strict.Holder)),
				xml.Unmarshal([]byte(tt.xml), new(strict.Holder)),
			} {
				var u *strict.UnknownEnumValueError
				if !errors.As(e, &u) || u.Type != "Field" || u.Value != tt.value {
					t.Errorf("error = %v, want UnknownEnumValueError{Field, %q}", e, tt.value)
				}
			}
		})
	}
	// Keeping: integers survive both round trips.
	var k keep.Holder
	if err := json.Unmarshal([]byte(`{"Field":99,"Status":7,"Color":"blue"}`), &k); err != nil {
		t.Fatal(err)
	}
	if k.Field != 99 || k.Field.IsValid() || *k.Status != 7 || k.Status.IsValid() || *k.Color != "blue" || k.Color.IsValid() {
		t.Errorf("kept %+v", k)
	}
	j, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"Field":99,"Status":7,"Color":"blue"}`; string(j) != want {
		t.Errorf("JSON of kept values = %s, want %s", j, want)
	}
	var kx keep.Holder
	if err := xml.Unmarshal([]byte(`<Holder AttrField="8"><Field>99</Field></Holder>`), &kx); err != nil {
		t.Fatal(err)
	}
	if kx.Field != 99 || *kx.AttrField != 8 {
		t.Errorf("kept from XML %+v", kx)
	}
	// An unknown name cannot be kept by an integer enum: it has no integer.
	if err := json.Unmarshal([]byte(`{"Field":"Nope"}`), new(keep.Holder)); err == nil {
		t.Error("keep: an unknown name of an integer enum decoded")
	}
	// Strict: writing the name of an unnamed value is an error.
	if _, err := json.Marshal(strict.Holder{Field: 99}); err == nil {
		t.Error("strict: marshalled Field(99) without error")
	}
}

func TestRoundTripEveryValue(t *testing.T) {
	enumcheck.RoundTrip(t, strict.FieldValues(), strict.ParseField)
	enumcheck.RoundTrip(t, strict.StatusValues(), strict.ParseStatus)
	enumcheck.RoundTrip(t, strict.LevelValues(), strict.ParseLevel)
	enumcheck.RoundTrip(t, strict.PriorityValues(), strict.ParsePriority)
	enumcheck.RoundTrip(t, keep.FieldValues(), keep.ParseField)
}

func TestStringEnum(t *testing.T) {
	for _, v := range strict.ColorValues() {
		j, _ := json.Marshal(v)
		var back strict.Color
		if err := json.Unmarshal(j, &back); err != nil || back != v {
			t.Errorf("%v: %s -> %v, %v", v, j, back, err)
		}
		if got, err := strict.ParseColor(string(v)); err != nil || got != v {
			t.Errorf("ParseColor(%q) = %v, %v", v, got, err)
		}
	}
	if _, err := strict.ParseColor("blue"); err == nil {
		t.Error("ParseColor accepted blue")
	}
}

func TestValuesInDeclaredOrder(t *testing.T) {
	got := fmt.Sprint(strict.FieldValues(), strict.StatusValues(), strict.PriorityValues())
	if want := "[ApplicationKey Id Code SearchOnlyByCode] [Active Inactive] [Low High]"; got != want {
		t.Errorf("values = %s, want %s", got, want)
	}
	if got := strconv.Itoa(int(strict.FieldSearchOnlyByCode)); got != "3" {
		t.Errorf("FieldSearchOnlyByCode = %s", got)
	}
}

// TestDecodeKnownNameAllocatesNothing guards the allocation-free path.
func TestDecodeKnownNameAllocatesNothing(t *testing.T) {
	data := []byte(`"SearchOnlyByCode"`)
	var f strict.Field
	allocs := testing.AllocsPerRun(100, func() {
		if err := f.UnmarshalJSON(data); err != nil {
			t.Fatal(err)
		}
	})
	if allocs != 0 {
		t.Errorf("UnmarshalJSON of a known name: %v allocs, want 0", allocs)
	}
}

func FuzzFieldUnmarshalJSON(f *testing.F) {
	for _, s := range []string{`"Code"`, `2`, `"2"`, `null`, `"\u0043ode"`, `-1`, `99999999999999999999`, `"`, `{}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v strict.Field
		if err := v.UnmarshalJSON(data); err == nil && !v.IsValid() && string(data) != "null" {
			t.Errorf("strict decode of %q gave invalid %d", data, v)
		}
		var k keep.Field
		_ = k.UnmarshalJSON(data)
	})
}

func FuzzFieldUnmarshalXML(f *testing.F) {
	for _, s := range []string{`<v>Code</v>`, `<v>2</v>`, `<v> 1 </v>`, `<v></v>`, `<v><x/></v>`, `<v>&#67;ode</v>`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var v strict.Field
		if err := xml.Unmarshal(data, &v); err == nil && !v.IsValid() {
			t.Errorf("strict decode of %q gave invalid %d", data, v)
		}
	})
}
