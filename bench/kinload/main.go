// Command kinload is the floor of the generation benchmark: kin-openapi's
// plain load of a document (external references allowed, no origins,
// nothing else), which every generator built on kin-openapi pays.
package main

import (
	"fmt"
	"os"

	"github.com/getkin/kin-openapi/openapi3"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: kinload SPEC")
		os.Exit(2)
	}
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	if _, err := loader.LoadFromFile(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
