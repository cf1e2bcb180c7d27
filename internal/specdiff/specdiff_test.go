package specdiff_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/txtar"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/specdiff"
	"github.com/norcegen/norcegen/internal/textdiff"
)

var update = flag.Bool("update", false, "rewrite the want sections of the cases")

// caseDir holds one txtar archive per case: old.yaml, new.yaml, an optional
// config.yaml (names and types, as in a config file's spec entry) and want,
// the text report.
const caseDir = "../../testdata/specdiff/cases"

type caseConfig struct {
	Names map[string]string `yaml:"names"`
	Types map[string]string `yaml:"types"`
}

func TestCases(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join(caseDir, "*.txtar"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, p := range paths {
		p, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		t.Run(strings.TrimSuffix(filepath.Base(p), ".txtar"), func(t *testing.T) {
			a, err := txtar.ParseFile(p)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var cfg caseConfig
			var want []byte
			wantAt := -1
			for i, f := range a.Files {
				switch f.Name {
				case "want":
					want, wantAt = f.Data, i
				case "config.yaml":
					if err := yaml.Unmarshal(f.Data, &cfg); err != nil {
						t.Fatal(err)
					}
				default:
					if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			t.Chdir(dir)
			report := compare(t, "old.yaml", "new.yaml", generator.Config{Names: cfg.Names, Types: cfg.Types})
			var got bytes.Buffer
			if err := report.WriteText(&got); err != nil {
				t.Fatal(err)
			}
			if *update {
				if wantAt < 0 {
					a.Files = append(a.Files, txtar.File{Name: "want"})
					wantAt = len(a.Files) - 1
				}
				a.Files[wantAt].Data = got.Bytes()
				if err := os.WriteFile(p, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("report differs (-update to accept):\n%s", textdiff.Unified("want", "got", want, got.Bytes()))
			}
			// The summary counts what the lines tag.
			n := strings.Count(got.String(), "\nbreaking ")
			if n != report.Breaking() {
				t.Errorf("%d lines tagged breaking, Breaking() = %d", n, report.Breaking())
			}
		})
	}
}

func compare(t *testing.T, old, new string, cfg generator.Config) *specdiff.Report {
	t.Helper()
	o, err := specdiff.Load(old, cfg)
	if err != nil {
		t.Fatal(err)
	}
	n, err := specdiff.Load(new, cfg)
	if err != nil {
		t.Fatal(err)
	}
	return specdiff.Compare(o, n)
}

// TestConnectRenumbered is the acceptance case: one CustomerField
// integer renumbered between two versions of the Connect spec is a
// breaking change that names the type and the value.
func TestConnectRenumbered(t *testing.T) {
	cfg := generator.Config{Names: map[string]string{
		"/components/schemas/CustomerHeader/properties/CustomerFieldsThatAreSet/items": "CustomerField",
	}}
	r := compare(t, "../../testdata/specdiff/connect/customer-4.0.yaml", "../../testdata/specdiff/connect/customer-4.1.yaml", cfg)
	if len(r.Changes) != 1 {
		t.Fatalf("want one change, got %+v", r.Changes)
	}
	c := r.Changes[0]
	want := specdiff.Change{
		Breaking: true,
		Kind:     specdiff.EnumValueRenumbered,
		Type:     "CustomerField",
		Member:   "CrmId",
		Pointer:  "/components/schemas/CustomerHeader/properties/CustomerFieldsThatAreSet/items",
		Old:      "20",
		New:      "22",
		Message:  c.Message,
	}
	if c != want {
		t.Errorf("got  %+v\nwant %+v", c, want)
	}
	if r.Old.Version != "4.0" || r.New.Version != "4.1" {
		t.Errorf("versions %q -> %q", r.Old.Version, r.New.Version)
	}
}

// TestConnectSame compares the Connect spec with itself.
func TestConnectSame(t *testing.T) {
	r := compare(t, "../../testdata/specdiff/connect/customer-4.0.yaml", "../../testdata/specdiff/connect/customer-4.0.yaml", generator.Config{})
	if len(r.Changes) != 0 {
		t.Errorf("want no changes, got %+v", r.Changes)
	}
}

func TestJSON(t *testing.T) {
	r := compare(t, "../../testdata/specdiff/connect/customer-4.0.yaml", "../../testdata/specdiff/connect/customer-4.1.yaml", generator.Config{})
	var buf bytes.Buffer
	if err := r.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Old      specdiff.SpecInfo
		New      specdiff.SpecInfo
		Breaking int
		Changes  []specdiff.Change
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("%v\n%s", err, buf.Bytes())
	}
	if got.Breaking != 1 || len(got.Changes) != 1 || got.Changes[0].Kind != specdiff.EnumValueRenumbered || got.New.Version != "4.1" {
		t.Errorf("got %+v", got)
	}
	for _, key := range []string{`"breaking": true`, `"kind": "enum-value-renumbered"`, `"member": "CrmId"`, `"old": "20"`, `"new": "22"`} {
		if !strings.Contains(buf.String(), key) {
			t.Errorf("JSON lacks %s:\n%s", key, buf.String())
		}
	}

	// No changes is an empty list, not null.
	same := compare(t, "../../testdata/specdiff/connect/customer-4.0.yaml", "../../testdata/specdiff/connect/customer-4.0.yaml", generator.Config{})
	buf.Reset()
	if err := same.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"changes": []`) {
		t.Errorf("got %s", buf.String())
	}
}

func TestLoadError(t *testing.T) {
	_, err := specdiff.Load(filepath.Join(t.TempDir(), "missing.yaml"), generator.Config{})
	if err == nil || !strings.Contains(err.Error(), "missing.yaml: cannot read the spec") {
		t.Errorf("got %v", err)
	}
	_, err = specdiff.Load("../../spec/connect/customer-4.0.yaml", generator.Config{Types: map[string]string{"uuid": "not a type"}})
	if err == nil || !strings.Contains(err.Error(), `type mapping for format "uuid"`) {
		t.Errorf("got %v", err)
	}
}
