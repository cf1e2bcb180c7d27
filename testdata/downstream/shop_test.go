package shop_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/generator/gentest"

	"example.com/shop"
	"example.com/shop/api"
	"example.com/shop/money"
)

// TestGenerated is the golden test: api/ must be what norcegen generates
// from spec/shop.yaml and norcegen.yaml now.
func TestGenerated(t *testing.T) {
	gentest.CheckConfig(t, "norcegen.yaml")
}

func TestImportXML(t *testing.T) {
	total, err := money.Parse("149.90")
	if err != nil {
		t.Fatal(err)
	}
	status := api.OrderStatusPaid
	o := &api.Order{
		ID:               "3f2b8c1e-5a4d-4e8f-9b7a-2c1d0e9f8a7b",
		Customer:         &api.Customer{Email: "ann@example.com"},
		Total:            &total,
		Status:           &status,
		FieldsThatAreSet: []api.OrderField{api.OrderFieldCustomer, api.OrderFieldStatus},
	}
	x, err := shop.ImportXML(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"<Total>149.90</Total>", "<Status>1</Status>", "<FieldsThatAreSet>2</FieldsThatAreSet>"} {
		if !strings.Contains(string(x), s) {
			t.Errorf("XML lacks %s: %s", s, x)
		}
	}
	j, err := json.Marshal(o)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{`"Total":149.90`, `"Status":"Paid"`, `"FieldsThatAreSet":["Customer","Status"]`} {
		if !strings.Contains(string(j), s) {
			t.Errorf("JSON lacks %s: %s", s, j)
		}
	}

	// The prose "MaxLength: 50" is checked.
	name := strings.Repeat("x", 51)
	o.Customer.Name = &name
	_, err = shop.ImportXML(o)
	var verr *api.ValidationError
	if !errors.As(err, &verr) || !strings.Contains(err.Error(), "Customer.Name") {
		t.Errorf("a 51-character name: %v", err)
	}
}
