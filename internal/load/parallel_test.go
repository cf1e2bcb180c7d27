package load

import (
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"golang.org/x/tools/txtar"

	"github.com/norcegen/norcegen/internal/source"
)

// edgeDocs are JSON documents at the edges of what the parallel decoder
// cuts, with whether it takes them (false: the caller loads them the plain
// way).
var edgeDocs = []struct {
	name string
	doc  string
	ok   bool
}{
	{"minimal", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{}}`, true},
	{"every section", `{
  "openapi": "3.1.0", "info": {"title": "A", "version": "1"}, "x-top": {"a": [1, 2.5e3, "s"]},
  "paths": {"/a": {"get": {"responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}},
            "x-paths-ext": true, "/b/{id}": {"parameters": [{"$ref": "#/components/parameters/Id"}]}},
  "webhooks": {"created": {"post": {"requestBody": {"$ref": "#/components/requestBodies/Body"}, "responses": {"default": {"$ref": "#/components/responses/Err"}}}}},
  "components": {
    "x-comp": 1,
    "schemas": {"A": {"type": "object", "properties": {"b": {"$ref": "#/components/schemas/B", "description": "sibling"}}}, "B": {"type": ["string", "null"], "enum": ["x", null], "default": 12345678901234567890}},
    "parameters": {"Id": {"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}},
    "headers": {"H": {"schema": {"type": "string"}}},
    "requestBodies": {"Body": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
    "responses": {"Err": {"description": "error", "headers": {"X": {"$ref": "#/components/headers/H"}}}},
    "securitySchemes": {"key": {"type": "apiKey", "name": "k", "in": "header"}},
    "examples": {"E": {"value": {"nested": [{"deep": null}]}}},
    "links": {"L": {"operationId": "x"}},
    "callbacks": {"C": {"{$request.body#/url}": {"post": {"responses": {"200": {"description": "ok"}}}}}}
  }
}`, true},
	{"escaped strings", `{"openapi":"3.0.3","info":{"title":"\"A\" \\ \u00e9","version":"1"},"paths":{"/a\"b":{}},"components":{"schemas":{"Q\"uote":{"description":"} ] { [ \\\" ,"}}}}`, true},
	{"null sections", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":null,"components":{"schemas":null,"examples":{}}}`, true},
	{"components not an object", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"components":[]}`, false},
	{"duplicate paths", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{"/a":{}},"paths":{"/b":{}}}`, false},
	{"folded key", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"Paths":{"/a":{}}}`, false},
	{"folded component", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"components":{"Schemas":{"A":{}}}}`, false},
	{"escaped key", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"p\u0061ths":{"/a":{}}}`, false},
	{"duplicate members within a section", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"components":{"schemas":{"A":{"type":"string"},"B":{},"A":{"type":"integer"}}}}`, true},
	{"trailing garbage", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{}} x`, false},
	{"missing comma", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{"/a":{}"/b":{}}}`, false},
	{"bad value in a section", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"components":{"schemas":{"A":{"type":tru}}}}`, false},
	{"unclosed", `{"openapi":"3.0.3","info":{"title":"A","version":"1"},"paths":{"/a":{`, false},
	{"not an object", `["openapi"]`, false},
	{"byte order mark", "\ufeff{\"openapi\":\"3.0.3\"}", false},
}

// repoDocs returns the repository's OpenAPI 3 descriptions (the Norce specs
// and the golden cases' specs) as JSON files in a temporary directory,
// next to the files they refer to: each is loaded the plain way and
// written back with kin-openapi's encoder.
func repoDocs(t *testing.T) []string {
	t.Helper()
	dir := t.TempDir()
	var roots []string
	add := func(outDir, yamlPath string) {
		doc, err := newLoader().LoadFromFile(yamlPath)
		if err != nil {
			t.Fatalf("%s: %v", yamlPath, err)
		}
		data, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			t.Fatalf("%s: %v", yamlPath, err)
		}
		p := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(yamlPath), filepath.Ext(yamlPath))+".json")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		roots = append(roots, p)
	}
	for _, name := range []string{"connect/customer-4.0.yaml", "storefront/customer.yaml"} {
		out := filepath.Join(dir, filepath.Dir(name))
		if err := os.Mkdir(out, 0o755); err != nil {
			t.Fatal(err)
		}
		add(out, filepath.Join("../../spec", name))
	}
	archives, err := filepath.Glob("../../testdata/golden/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("golden cases: %v", err)
	}
	for _, path := range archives {
		a, err := txtar.ParseFile(path)
		if err != nil {
			t.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txtar")
		caseDir := filepath.Join(dir, name)
		spec := ""
		for _, f := range a.Files {
			if strings.HasPrefix(f.Name, "out/") || f.Name == "error" || f.Name == "config.yaml" {
				continue
			}
			p := filepath.Join(caseDir, filepath.FromSlash(f.Name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				t.Fatal(err)
			}
			if f.Name == "spec.yaml" || f.Name == "spec.json" {
				spec = p
			}
		}
		if spec == "" || strings.HasPrefix(name, "error-") || isSwagger(sourceFile(t, spec)) {
			continue
		}
		add(caseDir, spec)
	}
	return roots
}

// TestDecodeParallelMatchesKin: wherever the parallel decoder takes a
// document, the result is exactly what kin-openapi's unmarshaler gives
// (reflect.DeepEqual, unexported fields included), for runs of one member,
// of a few and of the production size.
func TestDecodeParallelMatchesKin(t *testing.T) {
	type doc struct {
		name string
		data []byte
		ok   bool
	}
	var docs []doc
	for _, d := range edgeDocs {
		docs = append(docs, doc{d.name, []byte(d.doc), d.ok})
	}
	docs = append(docs, doc{"synthetic", syntheticJSON(50), true})
	for _, p := range repoDocs(t) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, doc{filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p), data, true})
	}
	for _, d := range docs {
		for _, chunk := range []int{1, 300, chunkBytes} {
			got, ok := decodeParallel(d.data, chunk)
			if ok != d.ok {
				t.Errorf("%s (runs of %d bytes): taken = %v, want %v", d.name, chunk, ok, d.ok)
				continue
			}
			var want openapi3.T
			err := json.Unmarshal(d.data, &want)
			if !ok {
				continue
			}
			if err != nil {
				t.Errorf("%s: taken by the parallel decoder, but kin-openapi's unmarshaler fails: %v", d.name, err)
				continue
			}
			if !reflect.DeepEqual(got, &want) {
				t.Errorf("%s (runs of %d bytes): decoded document differs from kin-openapi's", d.name, chunk)
			}
		}
	}
}

// TestLoadParallelMatchesKin: Load of a JSON document gives the document
// kin-openapi's plain load gives, references resolved, external ones
// included.
func TestLoadParallelMatchesKin(t *testing.T) {
	for _, p := range repoDocs(t) {
		name := filepath.Base(filepath.Dir(p)) + "/" + filepath.Base(p)
		if loadParallel(sourceFile(t, p), location(p)) == nil {
			t.Errorf("%s: not taken by the parallel loader", name)
			continue
		}
		got, err := Load(p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		want, err := newLoader().LoadFromFile(p)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if field, same := sameDocument(got.Spec, want); !same {
			t.Errorf("%s: %s differs from kin-openapi's plain load", name, field)
		}
	}
}

// sameDocument compares two documents field by field: every exported field
// deeply (resolved references are pointers into the same document, which
// reflect.DeepEqual follows). The unexported location is the one field a
// plain load sets that the parallel loader cannot; it serves only
// kin-openapi's InternalizeRefs, which norcegen does not call.
func sameDocument(a, b *openapi3.T) (string, bool) {
	va, vb := reflect.ValueOf(a).Elem(), reflect.ValueOf(b).Elem()
	for i := range va.NumField() {
		f := va.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		if !reflect.DeepEqual(va.Field(i).Interface(), vb.Field(i).Interface()) {
			return f.Name, false
		}
	}
	return "", true
}

func sourceFile(t *testing.T, path string) *source.File {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return source.NewFile(path, data)
}

func location(path string) *url.URL {
	return &url.URL{Path: filepath.ToSlash(path)}
}

// FuzzDecodeParallel: the parallel decoder never panics, and whatever it
// takes, kin-openapi's unmarshaler decodes to the same document.
func FuzzDecodeParallel(f *testing.F) {
	for _, d := range edgeDocs {
		f.Add([]byte(d.doc))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		got, ok := decodeParallel(data, 8)
		if !ok {
			return
		}
		var want openapi3.T
		if err := json.Unmarshal(data, &want); err != nil {
			t.Fatalf("taken, but kin-openapi's unmarshaler fails: %v", err)
		}
		if !reflect.DeepEqual(got, &want) {
			t.Fatal("decoded document differs from kin-openapi's")
		}
	})
}

// TestCorpusLoadMatchesKin compares Load with kin-openapi's plain load on
// every JSON OpenAPI 3 document of the robustness corpus
// (scripts/corpus/fetch.sh); it runs when NORCEGEN_CORPUS names the
// corpus directory, as scripts/corpus/run.sh does.
func TestCorpusLoadMatchesKin(t *testing.T) {
	dir := os.Getenv("NORCEGEN_CORPUS")
	if dir == "" {
		t.Skip("NORCEGEN_CORPUS is not set")
	}
	list, err := os.ReadFile(filepath.Join(dir, "corpus.txt"))
	if err != nil {
		t.Fatal(err)
	}
	taken, plain := 0, 0
	for _, p := range strings.Fields(string(list)) {
		f := sourceFile(t, p)
		if !f.IsJSON() || isSwagger(f) {
			continue
		}
		want, err := newLoader().LoadFromFile(p)
		if loadParallel(f, location(p)) == nil {
			plain++ // correct, only slower
			continue
		}
		taken++
		if err != nil {
			t.Errorf("%s: loads in parallel, but the plain load fails: %v", p, err)
			continue
		}
		got, err := Load(p)
		if err != nil {
			t.Errorf("%s: %v", p, err)
			continue
		}
		if field, same := sameDocument(got.Spec, want); !same {
			t.Errorf("%s: %s differs from kin-openapi's plain load", p, field)
		}
	}
	t.Logf("%d documents loaded in parallel, each the same as kin-openapi's plain load; %d the plain way", taken, plain)
}

// syntheticJSON returns a JSON document of n component schemas and n paths
// that refer to them, with examples: the sections the parallel decoder
// cuts, in the proportions of large real descriptions.
func syntheticJSON(n int) []byte {
	var b strings.Builder
	b.WriteString(`{"openapi":"3.0.3","info":{"title":"Synthetic","version":"1"},"paths":{`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"/things%d/{id}":{"parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"integer","format":"int64"}}],`, i)
		fmt.Fprintf(&b, `"get":{"operationId":"get%d","responses":{"200":{"description":"The thing.","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing%d"},"examples":{"one":{"$ref":"#/components/examples/Thing%d"}}}}}}},`, i, i, i)
		fmt.Fprintf(&b, `"post":{"operationId":"post%d","requestBody":{"content":{"application/json":{"schema":{"type":"array","items":{"$ref":"#/components/schemas/Thing%d"}}}}},"responses":{"204":{"description":"Done."}}}}`, i, i)
	}
	b.WriteString(`},"components":{"schemas":{`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"Thing%d":{"type":"object","description":"Thing number %d. MaxLength: 50","required":["Id"],"properties":{"Id":{"type":"integer","format":"int64"},"Name":{"type":"string","maxLength":50},"Kind":{"type":"string","enum":["a","b","c"]},"Next":{"$ref":"#/components/schemas/Thing%d"},"Tags":{"type":"array","items":{"type":"string"}}}}`, i, i, (i+1)%n)
	}
	b.WriteString(`},"examples":{`)
	for i := range n {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `"Thing%d":{"value":{"Id":%d,"Name":"thing","Kind":"a","Tags":["x","y"]}}`, i, i)
	}
	b.WriteString(`}}}`)
	return []byte(b.String())
}

// BenchmarkLoadJSON loads a synthetic JSON document of 2,000 schemas and
// 2,000 paths with kin-openapi's plain load and with Load, which decodes it
// in parallel.
func BenchmarkLoadJSON(b *testing.B) {
	path := filepath.Join(b.TempDir(), "synthetic.json")
	if err := os.WriteFile(path, syntheticJSON(2000), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Run("kin", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := newLoader().LoadFromFile(path); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("parallel", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Load(path); err != nil {
				b.Fatal(err)
			}
		}
	})
}
