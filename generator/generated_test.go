package generator_test

import (
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
)

// committedConfigs are the configs whose output is committed: generated/
// from spec/, and the test packages generated from testdata specs.
var committedConfigs = []string{
	"../norcegen.yaml",
	"../testdata/enums/norcegen.yaml",
	"../testdata/datacontract/norcegen.yaml",
}

// TestGeneratedIsCurrent fails when committed generated code differs from
// what norcegen produces now: run `go generate ./...` and commit the
// result.
func TestGeneratedIsCurrent(t *testing.T) {
	var configs []generator.Config
	for _, path := range committedConfigs {
		cs, err := config.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		configs = append(configs, cs...)
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
