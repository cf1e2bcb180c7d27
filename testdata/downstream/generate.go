// Package shop is the downstream example of norcegen's README: a module
// that generates package api from spec/shop.yaml and uses it.
package shop

//go:generate go run github.com/norcegen/norcegen/cmd/norcegen -config norcegen.yaml
