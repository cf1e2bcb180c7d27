package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
)

// Exit codes.
const (
	exitOK       = 0
	exitOutdated = 1
	exitBadInput = 2
)

const usage = `usage:
  norcegen -config FILE [-check]
  norcegen -spec FILE -o DIR -package NAME [-check] [-strict] [-keep-unknown-enums]
  norcegen annotate -spec FILE [-strict]
  norcegen diff [-config FILE] [-format text|json] OLD NEW
  norcegen -version
`

// run is the command without the process: it returns the exit code.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "annotate":
			return runAnnotate(args[1:], stdout, stderr)
		case "diff":
			return runDiff(args[1:], stdout, stderr)
		}
	}
	fs := flag.NewFlagSet("norcegen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, usage)
		fs.PrintDefaults()
	}
	var (
		configPath  = fs.String("config", "", "YAML config `file` naming one or more specs")
		specPath    = fs.String("spec", "", "OpenAPI `file` (YAML or JSON)")
		out         = fs.String("o", "", "output `directory`")
		pkg         = fs.String("package", "", "Go package `name`")
		check       = fs.Bool("check", false, "write nothing; print a diff and exit 1 when the output is out of date")
		strict      = fs.Bool("strict", false, "treat warnings as errors")
		keepUnknown = fs.Bool("keep-unknown-enums", false, "keep enum values outside the declared set when decoding")
		version     = fs.Bool("version", false, "print the version and exit")
	)
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitBadInput
	}
	if *version {
		fmt.Fprintln(stdout, "norcegen", generator.BuildVersion())
		return exitOK
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "norcegen: unexpected argument %q\n%s", fs.Arg(0), usage)
		return exitBadInput
	}
	var configs []generator.Config
	switch {
	case *configPath != "" && *specPath != "":
		fmt.Fprintf(stderr, "norcegen: -config and -spec cannot be used together\n%s", usage)
		return exitBadInput
	case *configPath != "":
		cs, err := config.Load(*configPath)
		if err != nil {
			printError(stderr, err)
			return exitBadInput
		}
		for i := range cs {
			cs[i].Strict = cs[i].Strict || *strict
			cs[i].KeepUnknownEnums = cs[i].KeepUnknownEnums || *keepUnknown
		}
		configs = cs
	case *specPath != "":
		if *out == "" || *pkg == "" {
			fmt.Fprintf(stderr, "norcegen: -spec needs -o and -package\n%s", usage)
			return exitBadInput
		}
		configs = []generator.Config{{Spec: *specPath, Output: *out, Package: *pkg, Strict: *strict, KeepUnknownEnums: *keepUnknown}}
	default:
		fs.Usage()
		return exitBadInput
	}
	return generate(configs, *check, stdout, stderr)
}

// generate runs every config in memory first, so that a failure in any of
// them writes nothing, then writes (or checks) each output directory.
func generate(configs []generator.Config, check bool, stdout, stderr io.Writer) int {
	results := make([]*generator.Result, len(configs))
	failed := false
	for i, c := range configs {
		r, err := generator.Generate(c)
		if err != nil {
			printError(stderr, err)
			failed = true
			continue
		}
		for _, w := range r.Warnings {
			fmt.Fprintln(stderr, w.String())
		}
		results[i] = r
	}
	if failed {
		return exitBadInput
	}
	if !check {
		// Every output directory is checked before any is written, so a
		// directory that would be refused (a hand-written file in the way)
		// leaves the others unwritten too.
		failed := false
		for i, r := range results {
			if err := r.Writable(configs[i].Output); err != nil {
				printError(stderr, err)
				failed = true
			}
		}
		if failed {
			return exitBadInput
		}
	}
	outdated := false
	for i, r := range results {
		dir := configs[i].Output
		if check {
			diff, err := r.Check(dir)
			if err != nil {
				printError(stderr, err)
				return exitBadInput
			}
			if diff != "" {
				outdated = true
				fmt.Fprintf(stderr, "norcegen: %s is out of date with %s; run norcegen to regenerate\n", dir, configs[i].Spec)
				fmt.Fprint(stdout, diff)
			}
			continue
		}
		if err := r.Write(dir); err != nil {
			printError(stderr, err)
			return exitBadInput
		}
	}
	if outdated {
		return exitOutdated
	}
	return exitOK
}

// printError prints an error one line per problem.
func printError(w io.Writer, err error) {
	msg := err.Error()
	for _, line := range strings.Split(msg, "\n") {
		if line != "" {
			fmt.Fprintln(w, line)
		}
	}
}
