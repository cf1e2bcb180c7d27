package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

const (
	connectOld = "../../testdata/specdiff/connect/customer-4.0.yaml"
	connectNew = "../../testdata/specdiff/connect/customer-4.1.yaml"
)

// TestDiffConnectRenumbered is the acceptance case: renumbering
// one CustomerField integer between two versions of the Connect spec makes
// `norcegen diff` exit 1 and name it.
func TestDiffConnectRenumbered(t *testing.T) {
	// The spec-bump workflow: the config, its spec as OLD and the new
	// download as NEW; the config's entry for OLD names the enum.
	code, stdout, stderr := cli(t, "diff", "-config", "../../testdata/specdiff/norcegen.yaml", connectOld, connectNew)
	if code != exitOutdated {
		t.Errorf("exit %d, want %d; stderr %q", code, exitOutdated, stderr)
	}
	want := "breaking    CustomerField.CrmId: integer changed from 20 to 22: XML carries the integer, so XML written under the old spec fails on 20\n"
	if !strings.Contains(stdout, want) {
		t.Errorf("stdout lacks\n%s\ngot\n%s", want, stdout)
	}

	// Without a config the enum keeps its derived name, and the value is
	// still named.
	code, stdout, _ = cli(t, "diff", connectOld, connectNew)
	if code != exitOutdated || !strings.Contains(stdout, ".CrmId: integer changed from 20 to 22") {
		t.Errorf("without a config: exit %d\n%s", code, stdout)
	}
	if !strings.HasSuffix(stdout, "1 change, 1 breaking\n") {
		t.Errorf("summary: %q", stdout)
	}
}

func TestDiffJSON(t *testing.T) {
	// Flags may follow the paths.
	code, stdout, stderr := cli(t, "diff", connectOld, connectNew, "-format", "json", "-config", "../../testdata/specdiff/norcegen.yaml")
	if code != exitOutdated {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var report struct {
		Breaking int
		Changes  []struct {
			Breaking     bool
			Kind         string
			Type, Member string
			Old, New     string
			Pointer      string
			Message      string
		}
	}
	if err := json.Unmarshal([]byte(stdout), &report); err != nil {
		t.Fatalf("%v\n%s", err, stdout)
	}
	if report.Breaking != 1 || len(report.Changes) != 1 {
		t.Fatalf("got %+v", report)
	}
	c := report.Changes[0]
	if !c.Breaking || c.Kind != "enum-value-renumbered" || c.Type != "CustomerField" || c.Member != "CrmId" || c.Old != "20" || c.New != "22" {
		t.Errorf("got %+v", c)
	}
}

func TestDiffNoBreakingChange(t *testing.T) {
	code, stdout, stderr := cli(t, "diff", connectOld, connectOld)
	if code != exitOK || stderr != "" || !strings.HasSuffix(stdout, "\nno changes\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	// Compatible changes only: exit 0.
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"old.yaml": shopSpecNoEnum, "new.yaml": shopSpec})
	code, stdout, _ = cli(t, "diff", filepath.Join(dir, "old.yaml"), filepath.Join(dir, "new.yaml"))
	if code != exitOK || !strings.Contains(stdout, "compatible  Order.Status: optional field added") || strings.Contains(stdout, "\nbreaking") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
	// The other way round, the field is removed: breaking.
	code, stdout, _ = cli(t, "diff", filepath.Join(dir, "new.yaml"), filepath.Join(dir, "old.yaml"))
	if code != exitOutdated || !strings.Contains(stdout, "breaking    Order.Status: field removed") {
		t.Errorf("exit %d:\n%s", code, stdout)
	}
}

func TestDiffBadInput(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"broken.yaml": "openapi: \"3.0.3\"\ninfo: {title: x, version: \"1\"}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      properties:\n        B: {$ref: '#/components/schemas/Nope'}\n",
		"two.yaml":    "specs:\n  - spec: a.yaml\n    output: a\n    package: a\n  - spec: b.yaml\n    output: b\n    package: b\n",
	})
	broken := filepath.Join(dir, "broken.yaml")
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"one path", []string{"diff", connectOld}, "norcegen diff: want two specs, OLD and NEW; got 1"},
		{"three paths", []string{"diff", connectOld, connectNew, connectNew}, "got 3"},
		{"bad format", []string{"diff", "-format", "xml", connectOld, connectNew}, `-format "xml": want text or json`},
		{"unknown flag", []string{"diff", "-x", connectOld, connectNew}, "flag provided but not defined: -x"},
		{"missing spec", []string{"diff", connectOld, filepath.Join(dir, "nope.yaml")}, filepath.Join(dir, "nope.yaml") + ": cannot read the spec"},
		{"broken spec", []string{"diff", broken, connectNew}, broken + ":"},
		{"config without the spec", []string{"diff", "-config", filepath.Join(dir, "two.yaml"), connectOld, connectNew}, "none of its specs"},
		{"bad config", []string{"diff", "-config", broken, connectOld, connectNew}, broken + ":"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantBadInput(t, tt.args, tt.stderr) })
	}
}
