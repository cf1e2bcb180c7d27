module github.com/norcegen/norcegen/bench/validator

go 1.26.0

replace github.com/norcegen/norcegen => ../..

require (
	github.com/go-playground/validator/v10 v10.30.6
	github.com/norcegen/norcegen v0.0.0-00010101000000-000000000000
)

require (
	github.com/gabriel-vasile/mimetype v1.4.16 // indirect
	github.com/go-playground/locales v0.14.2 // indirect
	github.com/go-playground/universal-translator v0.18.2 // indirect
	github.com/leodido/go-urn v1.5.0 // indirect
	golang.org/x/crypto v0.58.0 // indirect
	golang.org/x/sys v0.49.0 // indirect
	golang.org/x/text v0.43.0 // indirect
)
