// Package generated holds the Go packages that norcegen generates from the
// OpenAPI descriptions in spec/: connect/customer (Norce Connect Customer
// Service 4.0) and storefront/customer (the Storefront Customer entities).
// They are committed and never edited by hand; `go generate ./...` at the
// repository root regenerates them from norcegen.yaml.
package generated

//go:generate go run ../cmd/norcegen -config ../norcegen.yaml
