// Package dctest holds the package norcegen generates from
// testdata/datacontract/spec.yaml with the DataContract form (model), and
// the tests of that form: Go round trips, and a round trip through .NET's
// DataContractSerializer running on Mono (testdata/datacontract/RoundTrip.cs),
// which is skipped when Mono is not installed (scripts/mono/install.sh).
// Regenerate with `go generate ./...`.
package dctest

//go:generate go run ../../cmd/norcegen -config ../../testdata/datacontract/norcegen.yaml
