//go:build ignore

// kinload loads an OpenAPI document with kin-openapi alone, as norcegen's
// load stage does (external references allowed, no origins), for a
// comparison with a full generation:
//
//	/usr/bin/time -v go run ./scripts/corpus/kinload.go FILE
package main

import (
	"fmt"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	doc, err := loader.LoadFromFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	n := 0
	if doc.Components != nil {
		n = len(doc.Components.Schemas)
	}
	fmt.Printf("%s: %d component schemas\n", os.Args[1], n)
}
