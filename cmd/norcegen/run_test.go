package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

// cli runs the command in process and returns its exit code and output.
func cli(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeFiles writes name -> content under dir.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// hasFiles checks that dir holds every name of want and none of unwanted.
func hasFiles(t *testing.T, dir string, want, unwanted []string) {
	t.Helper()
	have := map[string]bool{}
	for _, n := range listDir(t, dir) {
		have[n] = true
	}
	for _, n := range want {
		if !have[n] {
			t.Errorf("%s lacks %s", dir, n)
		}
	}
	for _, n := range unwanted {
		if have[n] {
			t.Errorf("%s holds %s", dir, n)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// listDir returns the names in dir, sorted; nil when dir does not exist.
func listDir(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if os.IsNotExist(err) {
		return nil
	}
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		out = append(out, e.Name())
	}
	return out
}

const shopSpec = `openapi: "3.0.3"
info:
  title: Shop API
  version: "1.2"
paths: {}
components:
  schemas:
    Order:
      type: object
      required: [Id]
      properties:
        Id: {type: string, format: uuid}
        Total: {type: number, format: decimal}
        Status:
          type: string
          description: "0 = Open<br>1 = Paid"
`

const shopSpecNoEnum = `openapi: "3.0.3"
info:
  title: Shop API
  version: "1.3"
paths: {}
components:
  schemas:
    Order:
      type: object
      required: [Id]
      properties:
        Id: {type: string, format: uuid}
        Total: {type: number, format: decimal}
`

// positioned matches one error line, file:line:col: message.
// The column is left out where the YAML parser gives none.
var positioned = regexp.MustCompile(`^\S+:\d+(:\d+)?: \S.*\n$`)

func TestVersion(t *testing.T) {
	code, stdout, stderr := cli(t, "-version")
	if code != exitOK || stderr != "" {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	// A test binary is built from the checkout: no module version.
	if stdout != "norcegen (devel)\n" {
		t.Errorf("stdout %q", stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	dir := t.TempDir()
	spec := filepath.Join(dir, "spec.yaml")
	writeFiles(t, dir, map[string]string{"spec.yaml": shopSpec})
	tests := []struct {
		name   string
		args   []string
		stderr string
	}{
		{"no arguments", nil, "usage:"},
		{"unknown flag", []string{"-frobnicate"}, "flag provided but not defined: -frobnicate"},
		{"stray argument", []string{"-spec", spec, "-o", dir, "-package", "p", "extra"}, `norcegen: unexpected argument "extra"`},
		{"config and spec", []string{"-config", "x.yaml", "-spec", spec}, "norcegen: -config and -spec cannot be used together"},
		{"spec without -o", []string{"-spec", spec, "-package", "p"}, "norcegen: -spec needs -o and -package"},
		{"spec without -package", []string{"-spec", spec, "-o", dir}, "norcegen: -spec needs -o and -package"},
		{"bad package name", []string{"-spec", spec, "-o", filepath.Join(dir, "out"), "-package", "my-pkg"}, `package name "my-pkg" is not a valid Go package name`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantBadInput(t, tt.args, tt.stderr) })
	}
	if got := listDir(t, dir); len(got) != 1 {
		t.Errorf("the failed runs wrote: %v", got)
	}
}

func TestHelp(t *testing.T) {
	code, _, stderr := cli(t, "-h")
	if code != exitOK || !strings.Contains(stderr, "usage:") || !strings.Contains(stderr, "norcegen diff") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

// TestGenerateCheck walks the CLI contract: generate, -check up to date,
// a spec edit makes -check print a diff and exit 1 without writing, and a
// new run brings the output up to date, removing the file it no longer
// produces.
func TestGenerateCheck(t *testing.T) {
	dir := t.TempDir()
	spec, out := filepath.Join(dir, "spec.yaml"), filepath.Join(dir, "shop")
	writeFiles(t, dir, map[string]string{"spec.yaml": shopSpec})
	gen := []string{"-spec", spec, "-o", out, "-package", "shop"}

	code, stdout, stderr := cli(t, gen...)
	if code != exitOK || stdout != "" || stderr != "" {
		t.Fatalf("generate: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}
	want := listDir(t, out)
	hasFiles(t, out, []string{"enums.go", "runtime_decimal.go", "runtime_enum.go", "runtime_uuid.go", "types.go"}, nil)
	types := readFile(t, filepath.Join(out, "types.go"))
	header := "// Code generated by norcegen (devel) from Shop API 1.2. DO NOT EDIT.\n"
	if !strings.HasPrefix(types, header) {
		t.Errorf("header: %q", strings.SplitN(types, "\n", 2)[0])
	}

	if code, stdout, stderr := cli(t, append(gen, "-check")...); code != exitOK || stdout != "" || stderr != "" {
		t.Errorf("check after generate: exit %d, stdout %q, stderr %q", code, stdout, stderr)
	}

	writeFiles(t, dir, map[string]string{"spec.yaml": shopSpecNoEnum})
	code, stdout, stderr = cli(t, append(gen, "-check")...)
	if code != exitOutdated {
		t.Errorf("check after edit: exit %d, want %d", code, exitOutdated)
	}
	for _, s := range []string{
		"--- a/enums.go\n+++ /dev/null\n",
		"--- a/types.go\n+++ b/types.go\n",
		"-// Code generated by norcegen (devel) from Shop API 1.2. DO NOT EDIT.\n+// Code generated by norcegen (devel) from Shop API 1.3. DO NOT EDIT.\n",
	} {
		if !strings.Contains(stdout, s) {
			t.Errorf("check diff lacks %q:\n%s", s, stdout)
		}
	}
	if want := "norcegen: " + out + " is out of date with " + spec + "; run norcegen to regenerate\n"; stderr != want {
		t.Errorf("stderr %q, want %q", stderr, want)
	}
	if got := readFile(t, filepath.Join(out, "types.go")); got != types {
		t.Error("-check wrote types.go")
	}
	if got := listDir(t, out); len(got) != len(want) {
		t.Errorf("-check changed the directory: %v", got)
	}

	if code, _, stderr := cli(t, gen...); code != exitOK {
		t.Fatalf("regenerate: exit %d, stderr %q", code, stderr)
	}
	hasFiles(t, out, []string{"runtime_decimal.go", "runtime_uuid.go", "types.go"}, []string{"enums.go", "runtime_enum.go"})
	if code, stdout, _ := cli(t, append(gen, "-check")...); code != exitOK || stdout != "" {
		t.Errorf("check after regenerate: exit %d, stdout %q", code, stdout)
	}
}

// TestDeterministic: two runs give the same bytes, and nothing in them
// names the machine.
func TestDeterministic(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"spec.yaml": shopSpec})
	var outputs [2]string
	for i := range outputs {
		out := filepath.Join(dir, "out"+string(rune('a'+i)))
		if code, _, stderr := cli(t, "-spec", filepath.Join(dir, "spec.yaml"), "-o", out, "-package", "shop"); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		var b strings.Builder
		for _, name := range listDir(t, out) {
			b.WriteString(name + "\n" + readFile(t, filepath.Join(out, name)))
		}
		outputs[i] = b.String()
	}
	if outputs[0] != outputs[1] {
		t.Error("two runs differ")
	}
	if strings.Contains(outputs[0], dir) {
		t.Error("the output names the temporary directory")
	}
}

func TestBadSpec(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"broken.yaml":   "openapi: \"3.0.3\"\ninfo:\n  title: x\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object\n",
		"dangling.yaml": "openapi: \"3.0.3\"\ninfo:\n  title: x\n  version: \"1\"\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        B: {$ref: '#/components/schemas/Nope'}\n",
	})
	for _, name := range []string{"broken.yaml", "dangling.yaml"} {
		t.Run(name, func(t *testing.T) {
			spec, out := filepath.Join(dir, name), filepath.Join(dir, "out-"+name)
			code, stdout, stderr := cli(t, "-spec", spec, "-o", out, "-package", "p")
			if code != exitBadInput || stdout != "" {
				t.Errorf("exit %d, stdout %q", code, stdout)
			}
			if !strings.HasPrefix(stderr, spec+":") || !positioned.MatchString(stderr) {
				t.Errorf("stderr is not one file:line:col error: %q", stderr)
			}
			if listDir(t, out) != nil {
				t.Error("the output directory was created")
			}
		})
	}
	code, _, stderr := cli(t, "-spec", filepath.Join(dir, "missing.yaml"), "-o", filepath.Join(dir, "o"), "-package", "p")
	if code != exitBadInput || !strings.HasPrefix(stderr, filepath.Join(dir, "missing.yaml")+": cannot read the spec") {
		t.Errorf("missing spec: exit %d, stderr %q", code, stderr)
	}
}

// TestConfig generates two specs from one config, each into its own
// package, with paths relative to the config file.
func TestConfig(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"api/shop.yaml":  shopSpec,
		"api/shop2.yaml": shopSpecNoEnum,
		"norcegen.yaml": `specs:
  - spec: api/shop.yaml
    output: gen/shop
    package: shop
  - spec: api/shop2.yaml
    output: gen/shop2
    package: shop2
`,
	})
	t.Chdir(t.TempDir()) // paths are relative to the config, not the working directory
	cfg := filepath.Join(dir, "norcegen.yaml")
	if code, _, stderr := cli(t, "-config", cfg); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	for dirName, pkg := range map[string]string{"gen/shop": "shop", "gen/shop2": "shop2"} {
		types := readFile(t, filepath.Join(dir, dirName, "types.go"))
		if !strings.Contains(types, "\npackage "+pkg+"\n") {
			t.Errorf("%s: not package %s", dirName, pkg)
		}
	}
	if code, stdout, _ := cli(t, "-config", cfg, "-check"); code != exitOK || stdout != "" {
		t.Errorf("check: exit %d, stdout %q", code, stdout)
	}
}

func TestConfigErrors(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"spec.yaml": shopSpec,
		"unknown.yaml": `specs:
  - spec: spec.yaml
    output: out
    package: shop
    strcit: true
`,
		"badtype.yaml": `specs:
  - spec: spec.yaml
    output: out
    package: shop
    types:
      decimal: decimal
`,
	})
	tests := []struct{ config, stderr string }{
		{"unknown.yaml", `unknown.yaml:5:5: unknown key "strcit"` + "\n"},
		{"badtype.yaml", `badtype.yaml:6:7: specs[0]: types: decimal: type "decimal" is neither a predeclared Go type nor IMPORTPATH.Name (for example github.com/shopspring/decimal.Decimal)` + "\n"},
		{"missing.yaml", "missing.yaml: cannot read the config"},
	}
	for _, tt := range tests {
		code, stdout, stderr := cli(t, "-config", filepath.Join(dir, tt.config))
		if code != exitBadInput || stdout != "" || !strings.HasPrefix(stderr, filepath.Join(dir, tt.stderr)) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", tt.config, code, stdout, stderr)
		}
	}
	if listDir(t, filepath.Join(dir, "out")) != nil {
		t.Error("a failed run wrote the output")
	}
}

// TestFailedRunWritesNothing: when any spec of a config fails, no output
// directory is written, not even those of the specs that succeeded.
func TestFailedRunWritesNothing(t *testing.T) {
	for _, tc := range []struct{ name, second, secondDir string }{
		{name: "bad spec", second: "openapi: [\n"},
		// The second output holds a hand-written types.go, which norcegen
		// refuses to overwrite: found before anything is written.
		{name: "refused overwrite", second: shopSpecNoEnum, secondDir: "package b\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			files := map[string]string{
				"a.yaml": shopSpec,
				"b.yaml": tc.second,
				"norcegen.yaml": `specs:
  - spec: a.yaml
    output: a
    package: a
  - spec: b.yaml
    output: b
    package: b
`,
			}
			if tc.secondDir != "" {
				files["b/types.go"] = tc.secondDir
			}
			writeFiles(t, dir, files)
			code, _, stderr := cli(t, "-config", filepath.Join(dir, "norcegen.yaml"))
			if code != exitBadInput {
				t.Errorf("exit %d, want %d", code, exitBadInput)
			}
			if !strings.Contains(stderr, filepath.Join(dir, "b")) {
				t.Errorf("stderr %q does not name the failing input", stderr)
			}
			if got := listDir(t, filepath.Join(dir, "a")); got != nil {
				t.Errorf("the first spec's output was written: %v", got)
			}
			if tc.secondDir != "" {
				if got := readFile(t, filepath.Join(dir, "b", "types.go")); got != tc.secondDir {
					t.Error("the hand-written file changed")
				}
			}
		})
	}
}

// TestUserFilesUntouched: an output directory shared with hand-written
// files. Generation, regeneration and stale removal never touch them;
// a stale file carrying norcegen's header is removed.
func TestUserFilesUntouched(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "shop")
	user := map[string]string{
		"shop/extra.go":   "package shop\n\n// Extra is hand-written.\nfunc Extra() {}\n",
		"shop/README.md":  "hand-written notes\n",
		"shop/other.go":   "// Code generated by another tool. DO NOT EDIT.\n\npackage shop\n",
		"shop/sub/old.go": "// Code generated by norcegen (devel) from Shop API 1.0. DO NOT EDIT.\n\npackage sub\n",
	}
	writeFiles(t, dir, user)
	writeFiles(t, dir, map[string]string{
		"spec.yaml":   shopSpec,
		"shop/old.go": "// Code generated by norcegen v0.1.0 from Shop API 1.0. DO NOT EDIT.\n\npackage shop\n",
	})
	old := time.Now().Add(-time.Hour)
	for name := range user {
		if err := os.Chtimes(filepath.Join(dir, name), old, old); err != nil {
			t.Fatal(err)
		}
	}
	gen := []string{"-spec", filepath.Join(dir, "spec.yaml"), "-o", out, "-package", "shop"}

	// -check names the stale file and nothing of the user's.
	code, stdout, _ := cli(t, append(gen, "-check")...)
	if code != exitOutdated || !strings.Contains(stdout, "--- a/old.go\n+++ /dev/null\n") {
		t.Errorf("check: exit %d, diff:\n%s", code, stdout)
	}
	for name := range user {
		if strings.Contains(stdout, strings.TrimPrefix(name, "shop/")+"\n") {
			t.Errorf("check diff names %s", name)
		}
	}

	for _, spec := range []string{shopSpec, shopSpecNoEnum} {
		writeFiles(t, dir, map[string]string{"spec.yaml": spec})
		if code, _, stderr := cli(t, gen...); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr)
		}
		for name, content := range user {
			p := filepath.Join(dir, name)
			if got := readFile(t, p); got != content {
				t.Errorf("%s changed", name)
			}
			if fi, err := os.Stat(p); err != nil || !fi.ModTime().Equal(old) {
				t.Errorf("%s was touched: %v", name, err)
			}
		}
	}
	hasFiles(t, out, []string{"README.md", "extra.go", "other.go", "sub", "types.go"}, []string{"old.go", "enums.go"})
}

// TestTypeMappingAndEmit: a config maps formats to other Go types and
// selects the parts to emit.
func TestTypeMappingAndEmit(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"spec.yaml": shopSpec,
		"norcegen.yaml": `specs:
  - spec: spec.yaml
    output: shop
    package: shop
    types:
      decimal: github.com/shopspring/decimal.Decimal
      uuid: string
  - spec: spec.yaml
    output: enumsonly
    package: enumsonly
    emit: [enums]
`,
	})
	if code, _, stderr := cli(t, "-config", filepath.Join(dir, "norcegen.yaml")); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	types := readFile(t, filepath.Join(dir, "shop", "types.go"))
	for _, re := range []string{`import decimal "github.com/shopspring/decimal"`, "\tID +string +`json:\"Id\"", "\tTotal +\\*decimal\\.Decimal +`json:\"Total,omitempty\""} {
		if !regexp.MustCompile(re).MatchString(types) {
			t.Errorf("types.go does not match %s:\n%s", re, types)
		}
	}
	hasFiles(t, filepath.Join(dir, "shop"), []string{"enums.go", "runtime_enum.go", "types.go"}, []string{"runtime_decimal.go", "runtime_uuid.go"})
	hasFiles(t, filepath.Join(dir, "enumsonly"), []string{"enums.go", "runtime_enum.go"}, []string{"types.go", "validate.go", "runtime_decimal.go", "runtime_uuid.go", "runtime_validate.go"})

	// Types without the enums they refer to cannot compile: an error.
	writeFiles(t, dir, map[string]string{"bad.yaml": "specs:\n  - spec: spec.yaml\n    output: bad\n    package: bad\n    emit: [types]\n"})
	code, _, stderr := cli(t, "-config", filepath.Join(dir, "bad.yaml"))
	if code != exitBadInput || !strings.Contains(stderr, "emitting types needs enums too") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
}

func TestStrict(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"spec.yaml": `openapi: "3.0.3"
info: {title: x, version: "1"}
paths: {}
components:
  schemas:
    A:
      type: object
      properties:
        Name: {type: string, maxLength: 10, description: "MaxLength: 20"}
`})
	gen := []string{"-spec", filepath.Join(dir, "spec.yaml"), "-o", filepath.Join(dir, "out"), "-package", "p"}
	code, _, stderr := cli(t, append(gen, "-check")...)
	if code != exitOutdated || !strings.Contains(stderr, "warning: maxLength 10 disagrees") {
		t.Errorf("warning: exit %d, stderr %q", code, stderr)
	}
	code, _, stderr = cli(t, append(gen, "-strict")...)
	if code != exitBadInput || !strings.Contains(stderr, "warnings are errors") {
		t.Errorf("strict: exit %d, stderr %q", code, stderr)
	}
	if listDir(t, filepath.Join(dir, "out")) != nil {
		t.Error("a strict failure wrote the output")
	}
}

// wantBadInput runs the command and requires exit 2, nothing on standard
// output, and stderr containing the given text.
func wantBadInput(t *testing.T, args []string, wantStderr string) {
	t.Helper()
	code, stdout, stderr := cli(t, args...)
	if code != exitBadInput {
		t.Errorf("exit %d, want %d", code, exitBadInput)
	}
	if stdout != "" {
		t.Errorf("stdout %q", stdout)
	}
	if !strings.Contains(stderr, wantStderr) {
		t.Errorf("stderr %q lacks %q", stderr, wantStderr)
	}
}
