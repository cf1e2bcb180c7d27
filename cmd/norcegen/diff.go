package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
	"github.com/norcegen/norcegen/internal/specdiff"
)

const diffUsage = `usage:
  norcegen diff [-config FILE] [-format text|json] OLD NEW

Compares two versions of a spec as norcegen sees them (after annotations)
and prints what changes for the Go code and for the wire, each change
tagged breaking or compatible. With -config, both versions are read with
the options (names, types, rules) of the config's entry for OLD or NEW, or
of its only entry. Exit codes: 0 nothing breaking, 1 a breaking change,
2 bad input or usage.
`

// runDiff is `norcegen diff`.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("norcegen diff", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, diffUsage)
		fs.PrintDefaults()
	}
	var (
		configPath = fs.String("config", "", "YAML config `file` whose entry for the spec gives the options")
		format     = fs.String("format", "text", "output `format`: text or json")
	)
	// Flags may come before, between or after the two paths.
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return exitOK
			}
			return exitBadInput
		}
		if fs.NArg() == 0 {
			break
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
	if len(paths) != 2 {
		fmt.Fprintf(stderr, "norcegen diff: want two specs, OLD and NEW; got %d\n%s", len(paths), diffUsage)
		return exitBadInput
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "norcegen diff: -format %q: want text or json\n", *format)
		return exitBadInput
	}
	var cfg generator.Config
	if *configPath != "" {
		c, err := diffConfig(*configPath, paths)
		if err != nil {
			printError(stderr, err)
			return exitBadInput
		}
		cfg = c
	}
	var versions [2]specdiff.Version
	failed := false
	for i, p := range paths {
		v, err := specdiff.Load(p, cfg)
		if err != nil {
			printError(stderr, err)
			failed = true
			continue
		}
		versions[i] = v
	}
	if failed {
		return exitBadInput
	}
	report := specdiff.Compare(versions[0], versions[1])
	var err error
	if *format == "json" {
		err = report.WriteJSON(stdout)
	} else {
		err = report.WriteText(stdout)
	}
	if err != nil {
		fmt.Fprintf(stderr, "norcegen diff: writing the report: %v\n", err)
		return exitBadInput
	}
	if report.Breaking() > 0 {
		return exitOutdated
	}
	return exitOK
}

// diffConfig returns the config entry whose spec is one of paths, or the
// config's only entry.
func diffConfig(path string, paths []string) (generator.Config, error) {
	cs, err := config.Load(path)
	if err != nil {
		return generator.Config{}, err
	}
	for _, c := range cs {
		for _, p := range paths {
			if samePath(c.Spec, p) {
				return c, nil
			}
		}
	}
	if len(cs) == 1 {
		return cs[0], nil
	}
	specs := make([]string, len(cs))
	for i, c := range cs {
		specs[i] = c.Spec
	}
	return generator.Config{}, fmt.Errorf("%s: none of its specs (%s) is %s or %s; with several specs, name one of them as OLD or NEW",
		path, strings.Join(specs, ", "), paths[0], paths[1])
}

func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	return err1 == nil && err2 == nil && aa == bb
}
