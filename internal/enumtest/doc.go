// Package enumtest holds the packages norcegen generates from
// testdata/enums/spec.yaml, once rejecting unknown enum values (strict) and
// once keeping them (keep), and the tests of their behaviour on both wires.
// Regenerate with `go generate ./...`.
package enumtest

//go:generate go run ../../cmd/norcegen -config ../../testdata/enums/norcegen.yaml
