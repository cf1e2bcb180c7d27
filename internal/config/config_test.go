package config_test

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/config"
)

// writeConfig writes a config file into a new directory and returns its
// path.
func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "cfg", "norcegen.yaml")
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadEveryField(t *testing.T) {
	p := writeConfig(t, `specs:
  - spec: spec/a.yaml
    output: gen/a
    package: a
    names:
      /components/schemas/A/properties/Type: AType
    types:
      decimal: github.com/shopspring/decimal.Decimal
      uuid: string
    emit: [types, enums]
    keepUnknownEnums: true
    strict: true
    rules:
      disable: [readonly]
      patterns:
        - name: max-words
          kind: maxLength
          regexp: 'Max length (?P<max>\d+)'
  - spec: ../b.json
    output: gen/b
    package: b
`)
	got, err := config.Load(p)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(p)
	want := []generator.Config{
		{
			Spec:             filepath.Join(dir, "spec", "a.yaml"),
			Output:           filepath.Join(dir, "gen", "a"),
			Package:          "a",
			Names:            map[string]string{"/components/schemas/A/properties/Type": "AType"},
			Types:            map[string]string{"decimal": "github.com/shopspring/decimal.Decimal", "uuid": "string"},
			Emit:             []string{"types", "enums"},
			KeepUnknownEnums: true,
			Strict:           true,
			Rules: generator.Rules{
				Disable:  []string{"readonly"},
				Patterns: []generator.Pattern{{Name: "max-words", Kind: "maxLength", Regexp: `Max length (?P<max>\d+)`}},
			},
		},
		{
			Spec:    filepath.Join(filepath.Dir(dir), "b.json"),
			Output:  filepath.Join(dir, "gen", "b"),
			Package: "b",
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
}

// TestLoadRepoConfig loads norcegen's own config.
func TestLoadRepoConfig(t *testing.T) {
	got, err := config.Load("../../norcegen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Spec != filepath.Join("..", "..", "spec", "connect", "customer-4.0.yaml") {
		t.Errorf("got %+v", got)
	}
}

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name, config string
		// want is the error after "<path>:".
		want string
	}{
		{
			name: "unknown key in a spec",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    outptu: x
`,
			want: `5:5: unknown key "outptu"`,
		},
		{
			name: "unknown top-level key",
			config: `spec: a.yaml
specs:
  - spec: a.yaml
    output: out
    package: p
`,
			want: `1:1: unknown key "spec"`,
		},
		{
			name: "unknown key in rules",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    rules:
      disabled: [readonly]
`,
			want: `6:7: unknown key "disabled"`,
		},
		{
			name: "wrong value type",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    strict: maybe
`,
			want: "5: cannot unmarshal !!str `maybe` into bool",
		},
		{
			name:   "broken YAML",
			config: "specs:\n  - spec: \"a\n",
			want:   "2: invalid YAML:",
		},
		{
			name:   "no specs",
			config: "specs: []\n",
			want:   "1:1: no specs",
		},
		{
			name:   "empty file",
			config: "",
			want:   " no specs",
		},
		{
			name: "missing output",
			config: `specs:
  - spec: a.yaml
    package: p
`,
			want: "2:5: specs[0]: output is missing",
		},
		{
			name: "missing package",
			config: `specs:
  - spec: a.yaml
    output: out
  - spec: b.yaml
    output: out2
`,
			want: "2:5: specs[0]: package is missing",
		},
		{
			name: "missing spec",
			config: `specs:
  - output: out
    package: p
`,
			want: "2:5: specs[0]: spec is missing",
		},
		{
			name: "two specs, one output",
			config: `specs:
  - spec: a.yaml
    output: out
    package: a
  - spec: b.yaml
    output: ./out
    package: b
`,
			want: "6:5: specs[1]: output ./out is also the output of specs[0]",
		},
		{
			name: "bad type mapping",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    types:
      uuid: string
      decimal: shopspring/decimal
`,
			want: `7:7: specs[0]: types: decimal: type "shopspring/decimal" is neither a predeclared Go type nor IMPORTPATH.Name`,
		},
		{
			name: "unexported mapped type",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    types:
      decimal: example.com/money.amount
`,
			want: `6:7: specs[0]: types: decimal: type "example.com/money.amount": "amount" is not an exported Go identifier`,
		},
		{
			name: "unknown emit part",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    emit:
      - types
      - structs
`,
			want: `7:9: specs[0]: emit: unknown part "structs" to emit; the parts are types, unions, enums, datacontract, validate`,
		},
		{
			name: "name key not a pointer",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    names:
      components/schemas/A: B
`,
			want: `6:7: specs[0]: names: "components/schemas/A" is not a JSON pointer`,
		},
		{
			name: "unknown rule",
			config: `specs:
  - spec: a.yaml
    output: out
    package: p
    rules:
      disable: [no-such-rule]
`,
			want: `5:5: specs[0]: rules:`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeConfig(t, tt.config)
			_, err := config.Load(p)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.HasPrefix(err.Error(), p+":"+tt.want) {
				t.Errorf("got  %s\nwant %s:%s...", err, p, tt.want)
			}
			if strings.Contains(strings.TrimSpace(err.Error()), "\n") {
				t.Errorf("more than one line: %s", err)
			}
		})
	}
}

// TestLoadSeveralUnknownKeys reports every unknown key, one per line.
func TestLoadSeveralUnknownKeys(t *testing.T) {
	p := writeConfig(t, `specs:
  - spec: a.yaml
    output: out
    package: p
    foo: 1
    bar: 2
`)
	_, err := config.Load(p)
	if err == nil {
		t.Fatal("no error")
	}
	want := p + `:5:5: unknown key "foo"` + "\n" + p + `:6:5: unknown key "bar"`
	if err.Error() != want {
		t.Errorf("got\n%s\nwant\n%s", err, want)
	}
}

func TestLoadMissingFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nope.yaml")
	_, err := config.Load(p)
	if err == nil || !strings.HasPrefix(err.Error(), p+": cannot read the config") {
		t.Errorf("got %v", err)
	}
}
