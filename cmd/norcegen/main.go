// Command norcegen generates Go types, enums and validators from an OpenAPI
// description.
//
// Usage:
//
//	norcegen -config norcegen.yaml [-check]
//	norcegen -spec FILE -o DIR -package NAME [-check] [-strict] [-keep-unknown-enums]
//	norcegen -version
//
// Exit codes: 0 done or up to date; 1 out of date (-check); 2 bad input or
// usage. Errors go to standard error, one per line, as file:line:col: message.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
