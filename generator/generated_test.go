package generator_test

import (
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
)

// TestGeneratedIsCurrent fails when generated/ differs from what norcegen
// produces from spec/ now: run `go generate ./...` and commit the result.
func TestGeneratedIsCurrent(t *testing.T) {
	configs, err := config.Load("../norcegen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range configs {
		res, err := generator.Generate(c)
		if err != nil {
			t.Fatalf("%s: %v", c.Spec, err)
		}
		diff, err := res.Check(c.Output)
		if err != nil {
			t.Fatal(err)
		}
		if diff != "" {
			t.Errorf("%s is out of date with %s; run go generate ./...:\n%s", c.Output, c.Spec, diff)
		}
	}
}
