// Package gentest is the golden test a repository that uses norcegen runs
// in its own CI: it fails when the committed generated code differs from
// what norcegen generates now from the spec and config, and prints the
// unified diff.
//
// In the downstream repository, next to norcegen.yaml:
//
//	package shop_test
//
//	import (
//		"testing"
//
//		"github.com/norcegen/norcegen/generator/gentest"
//	)
//
//	func TestGenerated(t *testing.T) {
//		gentest.CheckConfig(t, "norcegen.yaml")
//	}
//
// The generation runs in the test binary with the norcegen version that
// the repository's go.mod requires, the same version `go tool norcegen` or
// `go run github.com/norcegen/norcegen/cmd/norcegen` uses, so the file
// headers match. Nothing is written.
package gentest

import (
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
)

// CheckConfig fails t when the output of any spec in the config file at
// path (relative to the test's working directory, which is its package
// directory) differs from what norcegen generates now. Each stale output
// is reported with its diff; a config or spec that does not load is fatal.
func CheckConfig(t testing.TB, path string) {
	t.Helper()
	configs, err := config.Load(path)
	if err != nil {
		t.Fatalf("gentest: %v", err)
		return
	}
	for _, c := range configs {
		check(t, c, path)
	}
}

// Check fails t when cfg.Output differs from what norcegen generates now
// from cfg, reporting the diff. A spec that does not generate is fatal.
func Check(t testing.TB, cfg generator.Config) {
	t.Helper()
	check(t, cfg, "")
}

func check(t testing.TB, cfg generator.Config, configPath string) {
	t.Helper()
	res, err := generator.Generate(cfg)
	if err != nil {
		t.Fatalf("gentest: generating %s: %v", cfg.Spec, err)
		return
	}
	diff, err := res.Check(cfg.Output)
	if err != nil {
		t.Fatalf("gentest: checking %s: %v", cfg.Output, err)
		return
	}
	if diff == "" {
		return
	}
	how := "norcegen"
	if configPath != "" {
		how = "norcegen -config " + configPath + " (go generate)"
	}
	t.Errorf("gentest: %s is out of date with %s; run %s and commit the result. The changes it would make:\n%s",
		cfg.Output, cfg.Spec, how, diff)
}
