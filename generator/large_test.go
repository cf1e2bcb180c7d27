package generator_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/norcegen/norcegen/generator"
)

// largeSpec writes a synthetic spec of n object schemas with references,
// enums (plain, and mapped in prose), nested arrays and prose constraints,
// the shapes real large documents are made of. ext is "yaml" or "json":
// a JSON spec (the same document, keys sorted) is read by the parallel
// JSON decoder.
func largeSpec(tb testing.TB, n int, ext string) string {
	tb.Helper()
	var b strings.Builder
	b.WriteString("openapi: 3.0.3\ninfo: {title: Large, version: \"1.0\"}\npaths: {}\ncomponents:\n  schemas:\n")
	for i := range n {
		fmt.Fprintf(&b, "    Entity%d:\n      type: object\n      description: \"Entity number %d. Obsolete, will be removed.\"\n", i, i)
		b.WriteString("      required: [Id, Code]\n      properties:\n")
		b.WriteString("        Id: {type: integer, format: int64}\n")
		b.WriteString("        Code: {type: string, description: \"The external code. MaxLength: 50\"}\n")
		b.WriteString("        Key: {type: string, format: uuid, nullable: true}\n")
		b.WriteString("        Price: {type: number, format: decimal}\n")
		b.WriteString("        Created: {type: string, format: date-time}\n")
		b.WriteString("        Status: {type: integer, format: int32, description: \"1 = Active, 2 = Inactive\"}\n")
		b.WriteString("        Color: {type: string, enum: [red, green, blue]}\n")
		b.WriteString("        Fields:\n          type: array\n          description: \"Fields.<br/><br/>0 = Alpha<br>1 = Beta<br>2 = Gamma\"\n          items: {type: string, enum: [Alpha, Beta, Gamma]}\n")
		b.WriteString("        Matrix:\n          type: array\n          items:\n            type: array\n            items: {type: integer, format: int32, minimum: 0, maximum: 100}\n")
		b.WriteString("        Labels:\n          type: object\n          additionalProperties: {type: string, maxLength: 20}\n")
		fmt.Fprintf(&b, "        Next:\n          $ref: '#/components/schemas/Entity%d'\n", (i+1)%n)
		fmt.Fprintf(&b, "        Children:\n          type: array\n          items:\n            $ref: '#/components/schemas/Entity%d'\n", (i*7+3)%n)
		b.WriteString("        Address:\n          type: object\n          properties:\n            Line1: {type: string, description: \"MaxLength: 255\"}\n            Zip: {type: string, pattern: '^[0-9 ]+$'}\n")
	}
	data := []byte(b.String())
	if ext == "json" {
		var doc any
		if err := yaml.Unmarshal(data, &doc); err != nil {
			tb.Fatal(err)
		}
		var err error
		if data, err = json.Marshal(doc); err != nil {
			tb.Fatal(err)
		}
	}
	path := filepath.Join(tb.TempDir(), "large."+ext)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkGenerateLarge generates the types, enums and validators of a
// 2,000-schema spec (loading included), written as YAML and as JSON, so
// that a regression in any stage shows in ns/op, B/op and allocs/op.
func BenchmarkGenerateLarge(b *testing.B) {
	for _, ext := range []string{"yaml", "json"} {
		b.Run(ext, func(b *testing.B) {
			spec := largeSpec(b, 2000, ext)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := generator.Generate(generator.Config{Spec: spec, Package: "large", Version: "(bench)"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDeterministicAcrossGOMAXPROCS generates a spec large enough to be
// rendered in parallel chunks with GOMAXPROCS 1 and 4, and twice more,
// and requires the same bytes every time; as JSON, the spec is also
// decoded in parallel.
func TestDeterministicAcrossGOMAXPROCS(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a 200-schema spec eight times")
	}
	for _, ext := range []string{"yaml", "json"} {
		t.Run(ext, func(t *testing.T) { deterministic(t, ext) })
	}
}

func deterministic(t *testing.T, ext string) {
	// 200 schemas make about 1,000 types: more than one chunk per emitter.
	spec := largeSpec(t, 200, ext)
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	var first []generator.File
	for i, procs := range []int{1, 4, 1, 4} {
		runtime.GOMAXPROCS(procs)
		res, err := generator.Generate(generator.Config{Spec: spec, Package: "large", Version: "(test)"})
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = res.Files
			if len(first) < 4 {
				t.Fatalf("only %d files: the spec is too small to be chunked", len(first))
			}
			continue
		}
		if len(res.Files) != len(first) {
			t.Fatalf("GOMAXPROCS=%d: %d files, first run %d", procs, len(res.Files), len(first))
		}
		for j, f := range res.Files {
			if f.Name != first[j].Name || !bytes.Equal(f.Content, first[j].Content) {
				t.Fatalf("GOMAXPROCS=%d: %s differs from the first run", procs, f.Name)
			}
		}
	}
}
