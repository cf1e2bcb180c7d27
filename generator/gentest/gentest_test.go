package gentest_test

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/generator/gentest"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	errors []string
	fatal  string
}

func (r *recorder) Helper() {}

func (r *recorder) Errorf(format string, args ...any) {
	r.errors = append(r.errors, fmt.Sprintf(format, args...))
}

func (r *recorder) Fatalf(format string, args ...any) {
	r.fatal = fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// record runs f with a recorder, on its own goroutine so that Fatalf can
// stop it.
func record(t *testing.T, f func(tb testing.TB)) *recorder {
	r := &recorder{TB: t}
	done := make(chan struct{})
	go func() {
		defer close(done)
		f(r)
	}()
	<-done
	return r
}

const spec = `openapi: "3.0.3"
info: {title: Shop, version: "1"}
paths: {}
components:
  schemas:
    Order:
      type: object
      properties:
        Id: {type: integer, format: int32}
        Status: {type: string, description: "0 = Open<br>1 = Paid"}
`

func setup(t *testing.T) (dir, cfgPath string) {
	t.Helper()
	dir = t.TempDir()
	cfgPath = filepath.Join(dir, "norcegen.yaml")
	for name, content := range map[string]string{
		"spec.yaml":     spec,
		"norcegen.yaml": "specs:\n  - spec: spec.yaml\n    output: shop\n    package: shop\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cfgs := generator.Config{Spec: filepath.Join(dir, "spec.yaml"), Output: filepath.Join(dir, "shop"), Package: "shop"}
	res, err := generator.Generate(cfgs)
	if err != nil {
		t.Fatal(err)
	}
	if err := res.Write(cfgs.Output); err != nil {
		t.Fatal(err)
	}
	return dir, cfgPath
}

func TestCheckConfigCurrent(t *testing.T) {
	_, cfg := setup(t)
	r := record(t, func(tb testing.TB) { gentest.CheckConfig(tb, cfg) })
	if len(r.errors) > 0 || r.fatal != "" {
		t.Errorf("up-to-date output failed: %v %s", r.errors, r.fatal)
	}
}

func TestCheckConfigStale(t *testing.T) {
	dir, cfg := setup(t)
	edited := strings.Replace(spec, "1 = Paid", "1 = Paid<br>2 = Shipped", 1)
	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(dir, "shop", "enums.go"))
	if err != nil {
		t.Fatal(err)
	}
	r := record(t, func(tb testing.TB) { gentest.CheckConfig(tb, cfg) })
	if r.fatal != "" || len(r.errors) != 1 {
		t.Fatalf("want one error, got %q, fatal %q", r.errors, r.fatal)
	}
	msg := r.errors[0]
	for _, s := range []string{
		filepath.Join(dir, "shop") + " is out of date with " + filepath.Join(dir, "spec.yaml"),
		"run norcegen -config " + cfg + " (go generate)",
		"--- a/enums.go\n+++ b/enums.go\n",
		"+\tOrderStatusShipped OrderStatus = 2\n",
	} {
		if !strings.Contains(msg, s) {
			t.Errorf("message lacks %q:\n%s", s, msg)
		}
	}
	after, err := os.ReadFile(filepath.Join(dir, "shop", "enums.go"))
	if err != nil || string(after) != string(before) {
		t.Error("the check wrote enums.go")
	}
}

func TestCheck(t *testing.T) {
	dir, _ := setup(t)
	cfg := generator.Config{Spec: filepath.Join(dir, "spec.yaml"), Output: filepath.Join(dir, "shop"), Package: "shop"}
	if r := record(t, func(tb testing.TB) { gentest.Check(tb, cfg) }); len(r.errors) > 0 || r.fatal != "" {
		t.Errorf("up to date: %v %s", r.errors, r.fatal)
	}
	cfg.Output = filepath.Join(dir, "missing")
	r := record(t, func(tb testing.TB) { gentest.Check(tb, cfg) })
	if len(r.errors) != 1 || !strings.Contains(r.errors[0], "--- /dev/null\n+++ b/types.go\n") || !strings.Contains(r.errors[0], "run norcegen and commit") {
		t.Errorf("missing output: %q", r.errors)
	}
}

func TestCheckConfigBadInput(t *testing.T) {
	dir, cfg := setup(t)
	if err := os.WriteFile(cfg, []byte("specs:\n  - spec: spec.yaml\n    output: shop\n    pakage: shop\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := record(t, func(tb testing.TB) { gentest.CheckConfig(tb, cfg) })
	if want := "gentest: " + cfg + `:4:5: unknown key "pakage"`; r.fatal != want {
		t.Errorf("fatal %q, want %q", r.fatal, want)
	}

	if err := os.WriteFile(filepath.Join(dir, "spec.yaml"), []byte("openapi: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cfg, []byte("specs:\n  - spec: spec.yaml\n    output: shop\n    package: shop\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = record(t, func(tb testing.TB) { gentest.CheckConfig(tb, cfg) })
	if !strings.HasPrefix(r.fatal, "gentest: generating "+filepath.Join(dir, "spec.yaml")+": "+filepath.Join(dir, "spec.yaml")+":") {
		t.Errorf("fatal %q", r.fatal)
	}
}
