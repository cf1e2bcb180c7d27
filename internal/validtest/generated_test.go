package validtest_test

import (
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/generator/gentest"
)

// TestGeneratedIsCurrent fails when this package differs from what
// norcegen generates from testdata/validate/spec.yaml now: run
// `go generate ./...` and commit the result.
func TestGeneratedIsCurrent(t *testing.T) {
	gentest.Check(t, generator.Config{
		Spec:    "../../testdata/validate/spec.yaml",
		Output:  ".",
		Package: "validtest",
	})
}
