package generator_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/norcegen/norcegen/generator"
)

// composedSpec writes a synthetic 3.1 spec of n schemas in the shapes that
// large public descriptions (GitHub's, Stripe's) are made of beyond plain
// objects: oneOf unions with a discriminator, anyOf of scalars and
// nullable references, allOf chains, properties next to
// additionalProperties, inline objects at depth and mutual recursion.
func composedSpec(tb testing.TB, n int) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString("openapi: 3.1.0\ninfo: {title: Composed, version: \"1.0\"}\npaths: {}\ncomponents:\n  schemas:\n")
	for i := range n {
		next, other := (i+1)%n, (i*7+3)%n
		switch i % 4 {
		case 0:
			fmt.Fprintf(&b, "    S%d:\n      type: object\n      required: [kind]\n      properties:\n", i)
			b.WriteString("        kind: {type: string}\n        id: {anyOf: [{type: string}, {type: integer}]}\n")
			fmt.Fprintf(&b, "        parent: {anyOf: [{$ref: '#/components/schemas/S%d'}, {type: 'null'}]}\n", next)
			b.WriteString("        meta:\n          type: object\n          properties:\n            tags: {type: array, items: {type: string}}\n          additionalProperties: {type: string}\n")
		case 1:
			fmt.Fprintf(&b, "    S%d:\n      type: object\n      required: [kind]\n      properties:\n", i)
			b.WriteString("        kind: {type: string}\n        size: {type: [integer, string]}\n")
			fmt.Fprintf(&b, "        items: {type: array, items: {$ref: '#/components/schemas/S%d'}}\n", other)
		case 2:
			fmt.Fprintf(&b, "    S%d:\n      oneOf:\n        - $ref: '#/components/schemas/S%d'\n        - $ref: '#/components/schemas/S%d'\n", i, i-2, i-1)
			fmt.Fprintf(&b, "      discriminator:\n        propertyName: kind\n        mapping:\n          a: '#/components/schemas/S%d'\n", i-2)
		case 3:
			fmt.Fprintf(&b, "    S%d:\n      allOf:\n        - $ref: '#/components/schemas/S%d'\n", i, i-2)
			fmt.Fprintf(&b, "        - type: object\n          properties:\n            extra: {type: boolean}\n            link: {$ref: '#/components/schemas/S%d'}\n", i-1)
		}
	}
	path := filepath.Join(tb.TempDir(), "composed.yaml")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkGenerateComposed generates a 2,000-schema spec of unions,
// allOf chains and extra maps, loading included.
func BenchmarkGenerateComposed(b *testing.B) {
	spec := composedSpec(b, 2000)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := generator.Generate(generator.Config{Spec: spec, Package: "composed", Version: "(bench)"}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestGenerateComposed generates a small composed spec twice and requires
// the same bytes, a union file and no warnings.
func TestGenerateComposed(t *testing.T) {
	spec := composedSpec(t, 40)
	var first []generator.File
	for i := range 2 {
		res, err := generator.Generate(generator.Config{Spec: spec, Package: "composed", Version: "(test)"})
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Warnings) > 0 {
			t.Errorf("warnings: %v", res.Warnings)
		}
		if i == 0 {
			first = res.Files
			continue
		}
		if len(first) != len(res.Files) {
			t.Fatalf("%d files, then %d", len(first), len(res.Files))
		}
		for j := range first {
			if first[j].Name != res.Files[j].Name || string(first[j].Content) != string(res.Files[j].Content) {
				t.Errorf("%s differs between two runs", first[j].Name)
			}
		}
	}
	found := false
	for _, f := range first {
		found = found || f.Name == "unions.go"
	}
	if !found {
		t.Error("no unions.go")
	}
}
