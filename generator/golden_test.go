package generator_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
	"golang.org/x/tools/txtar"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/textdiff"
)

var update = flag.Bool("update", false, "rewrite the golden files")

// goldenDir holds the golden cases: one txtar archive per case, holding
// spec.yaml (or spec.json), an optional config.yaml (the fields of one
// entry of the config file's specs list, without paths) and either the
// expected files under out/ or the expected error text in error.
const goldenDir = "../testdata/golden"

// caseConfig is the per-case config.
type caseConfig struct {
	Package          string            `yaml:"package"`
	Names            map[string]string `yaml:"names"`
	KeepUnknownEnums bool              `yaml:"keepUnknownEnums"`
	Strict           bool              `yaml:"strict"`
	Output           string            `yaml:"output"`
	// DataContract and DataContractNamespace: see generator.Config.
	DataContract          bool   `yaml:"dataContract"`
	DataContractNamespace string `yaml:"dataContractNamespace"`
}

type goldenCase struct {
	name    string
	path    string
	archive *txtar.Archive
}

func goldenCases(t *testing.T) []goldenCase {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(goldenDir, "*.txtar"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) == 0 {
		t.Fatal("no golden cases")
	}
	var out []goldenCase
	for _, p := range paths {
		// Absolute, because run changes the working directory.
		if p, err = filepath.Abs(p); err != nil {
			t.Fatal(err)
		}
		a, err := txtar.ParseFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, goldenCase{name: strings.TrimSuffix(filepath.Base(p), ".txtar"), path: p, archive: a})
	}
	return out
}

// run extracts a case's inputs into dir and generates; it returns the
// produced files, or the error text.
func (c goldenCase) run(t *testing.T, dir string) (files map[string][]byte, errText string) {
	t.Helper()
	cfg := caseConfig{Package: "golden"}
	spec := ""
	for _, f := range c.archive.Files {
		switch {
		case f.Name == "config.yaml":
			if err := yaml.Unmarshal(f.Data, &cfg); err != nil {
				t.Fatalf("config.yaml: %v", err)
			}
		case strings.HasPrefix(f.Name, "out/") || f.Name == "error" || f.Name == "warnings":
		default:
			if strings.HasPrefix(f.Name, "spec.") {
				spec = f.Name
			}
			p := filepath.Join(dir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if spec == "" {
		t.Fatal("case has no spec.yaml or spec.json")
	}
	t.Chdir(dir)
	res, err := generator.Generate(generator.Config{
		Spec:             spec,
		Package:          cfg.Package,
		Names:            cfg.Names,
		KeepUnknownEnums: cfg.KeepUnknownEnums,
		Strict:           cfg.Strict,
		Version:          "(test)",

		DataContract:          cfg.DataContract,
		DataContractNamespace: cfg.DataContractNamespace,
	})
	if err == nil && cfg.Output != "" {
		err = res.Write(cfg.Output)
	}
	if err != nil {
		return nil, err.Error() + "\n"
	}
	files = map[string][]byte{}
	for _, f := range res.Files {
		files["out/"+f.Name] = f.Content
	}
	if len(res.Warnings) > 0 {
		var b strings.Builder
		for _, w := range res.Warnings {
			b.WriteString(w.String() + "\n")
		}
		files["warnings"] = []byte(b.String())
	}
	return files, ""
}

// TestGolden generates each case and compares with its expected output;
// -update rewrites the archives.
func TestGolden(t *testing.T) {
	for _, c := range goldenCases(t) {
		t.Run(c.name, func(t *testing.T) {
			got, errText := c.run(t, t.TempDir())
			if errText != "" {
				got = map[string][]byte{"error": []byte(errText)}
			}
			want := map[string][]byte{}
			var inputs []txtar.File
			for _, f := range c.archive.Files {
				if strings.HasPrefix(f.Name, "out/") || f.Name == "error" || f.Name == "warnings" {
					want[f.Name] = f.Data
				} else {
					inputs = append(inputs, f)
				}
			}
			if *update {
				names := make([]string, 0, len(got))
				for n := range got {
					names = append(names, n)
				}
				sort.Strings(names)
				c.archive.Files = inputs
				for _, n := range names {
					c.archive.Files = append(c.archive.Files, txtar.File{Name: n, Data: got[n]})
				}
				if err := os.WriteFile(c.path, txtar.Format(c.archive), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for name, data := range want {
				if g, ok := got[name]; !ok {
					t.Errorf("%s: expected, not produced", name)
				} else if !bytes.Equal(g, data) {
					t.Errorf("%s differs (run with -update to accept):\n%s", name, textdiff.Unified("want/"+name, "got/"+name, data, g))
				}
			}
			for name := range got {
				if _, ok := want[name]; !ok {
					t.Errorf("%s: produced, not expected (run with -update to accept)", name)
				}
			}
		})
	}
}

// TestGoldenCompiles builds and vets every golden Go output, each case as
// a package of one temporary module, with one go command for all.
func TestGoldenCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("builds every golden output with the go command")
	}
	mod := t.TempDir()
	if err := os.WriteFile(filepath.Join(mod, "go.mod"), []byte("module golden\n\ngo 1.26\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range goldenCases(t) {
		for _, f := range c.archive.Files {
			if !strings.HasPrefix(f.Name, "out/") {
				continue
			}
			p := filepath.Join(mod, c.name, strings.TrimPrefix(f.Name, "out/"))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			n++
		}
	}
	if n == 0 {
		t.Fatal("no golden Go output")
	}
	cmd := exec.Command("go", "vet", "./...")
	cmd.Dir = mod
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go vet of the golden outputs: %v\n%s", err, out)
	}
}
