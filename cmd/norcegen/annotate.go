package main

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/norcegen/norcegen/generator"
)

const annotateUsage = `usage: norcegen annotate -spec FILE [-strict]

Prints the OpenAPI document as JSON with the constraints read from its
descriptions written as standard keywords (maxLength, deprecated, readOnly,
default) and enum mappings as x-enum-varnames and x-enum-integers.
`

// runAnnotate is the annotate subcommand.
func runAnnotate(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("norcegen annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, annotateUsage)
		fs.PrintDefaults()
	}
	spec := fs.String("spec", "", "OpenAPI `file` (YAML or JSON)")
	strict := fs.Bool("strict", false, "treat warnings as errors")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if *spec == "" || fs.NArg() > 0 {
		fs.Usage()
		return exitBadInput
	}
	res, err := generator.Annotate(generator.Config{Spec: *spec, Strict: *strict})
	if err != nil {
		printError(stderr, err)
		return exitBadInput
	}
	for _, w := range res.Warnings {
		fmt.Fprintln(stderr, w.String())
	}
	if _, err := stdout.Write(res.JSON); err != nil {
		fmt.Fprintf(stderr, "norcegen: %v\n", err)
		return exitBadInput
	}
	return exitOK
}
