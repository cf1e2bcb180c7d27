// Command norcegen generates Go types, enums and validators (and, on
// request, the DataContract XML form) from an OpenAPI description, reading
// the constraints its descriptions leave in prose.
//
// Usage:
//
//	norcegen -config norcegen.yaml [-check] [-strict] [-keep-unknown-enums]
//	norcegen -spec FILE -o DIR -package NAME [-check] [-strict] [-keep-unknown-enums]
//	norcegen annotate -spec FILE [-strict]
//	norcegen diff [-config FILE] [-format text|json] OLD NEW
//	norcegen -version
//
// annotate prints the document with its prose constraints written as
// standard keywords; diff compares two versions of a spec as norcegen sees
// them and tags each change breaking or compatible.
//
// Exit codes: 0 done, up to date, or no breaking change; 1 out of date
// (-check) or a breaking change (diff); 2 bad input or usage. Errors go to
// standard error, one per line, as file:line:col: message.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
