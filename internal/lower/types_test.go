package lower

import (
	"strings"
	"testing"

	"github.com/norcegen/norcegen/internal/ir"
)

func TestParseGoType(t *testing.T) {
	good := map[string]ir.TypeRef{
		"string":                                {Kind: ir.Builtin, Name: "string"},
		"int64":                                 {Kind: ir.Builtin, Name: "int64"},
		"time.Time":                             {Kind: ir.Qualified, Path: "time", Name: "Time"},
		"github.com/shopspring/decimal.Decimal": {Kind: ir.Qualified, Path: "github.com/shopspring/decimal", Name: "Decimal"},
		"example.com/v2/money.Amount":           {Kind: ir.Qualified, Path: "example.com/v2/money", Name: "Amount"},
		"gopkg.in/yaml.v3.Node":                 {Kind: ir.Qualified, Path: "gopkg.in/yaml.v3", Name: "Node"},
	}
	for text, want := range good {
		got, err := ParseGoType(text)
		if err != nil || *got != want {
			t.Errorf("%s: got %+v, %v; want %+v", text, got, err, want)
		}
	}
	bad := map[string]string{
		"":                          "neither a predeclared Go type",
		"Decimal":                   "neither a predeclared Go type",
		"github.com/x/decimal":      "neither a predeclared Go type",
		"money.amount":              `"amount" is not an exported Go identifier`,
		"*money.Amount":             "is not an import path",
		"example.com//money.Amount": "is not an import path",
		"../money.Amount":           "is not an import path",
		"money.Amount[int]":         "is not an exported Go identifier",
		"map[string]string":         "neither a predeclared Go type",
	}
	for text, want := range bad {
		_, err := ParseGoType(text)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want an error containing %q", text, err, want)
		}
	}
}

func TestParseTypes(t *testing.T) {
	got, err := ParseTypes(map[string]string{"uuid": "string", "decimal": "example.com/money.Amount"})
	if err != nil || len(got) != 2 || got["uuid"].Name != "string" || got["decimal"].Path != "example.com/money" {
		t.Errorf("got %v, %v", got, err)
	}
	if got, err := ParseTypes(nil); got != nil || err != nil {
		t.Errorf("nil: got %v, %v", got, err)
	}
	_, err = ParseTypes(map[string]string{"uuid": "string", "date": "Date"})
	if err == nil || !strings.HasPrefix(err.Error(), `type mapping for format "date": `) {
		t.Errorf("got %v", err)
	}
}
