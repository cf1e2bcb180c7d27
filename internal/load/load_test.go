package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadVersions(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content string
		swagger             bool
		schema              string
	}{
		{"3.0 yaml", "a.yaml", "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents: {schemas: {Pet: {type: object}}}\n", false, "Pet"},
		{"3.1 json", "b.json", `{"openapi": "3.1.0", "info": {"title": "B", "version": "1"}, "paths": {}, "components": {"schemas": {"Pet": {"type": ["object", "null"]}}}}`, false, "Pet"},
		{"2.0 yaml", "c.yaml", "swagger: '2.0'\ninfo: {title: C, version: '1'}\npaths: {}\ndefinitions: {Pet: {type: object}}\n", true, "Pet"},
		{"2.0 json", "d.json", `{"swagger": "2.0", "info": {"title": "D", "version": "1"}, "paths": {}, "definitions": {"Pet": {"type": "object"}}}`, true, "Pet"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Load(write(t, dir, tt.file, tt.content))
			if err != nil {
				t.Fatal(err)
			}
			if doc.Swagger != tt.swagger {
				t.Errorf("Swagger = %v, want %v", doc.Swagger, tt.swagger)
			}
			if doc.Spec.Components == nil || doc.Spec.Components.Schemas[tt.schema] == nil {
				t.Errorf("schema %s missing", tt.schema)
			}
		})
	}
}

func TestLoadExternalRefs(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "common"), 0o755); err != nil {
		t.Fatal(err)
	}
	write(t, dir, "common/types.yaml", "components:\n  schemas:\n    Money: {type: number, format: decimal}\n")
	spec := write(t, dir, "spec.yaml", "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Price:\n      type: object\n      properties:\n        Amount:\n          $ref: 'common/types.yaml#/components/schemas/Money'\n")
	doc, err := Load(spec)
	if err != nil {
		t.Fatal(err)
	}
	amount := doc.Spec.Components.Schemas["Price"].Value.Properties["Amount"]
	if amount.Value == nil || amount.Value.Format != "decimal" {
		t.Errorf("external ref not resolved: %+v", amount)
	}
}

// TestLoadErrors: every failure is one error naming the file and, where
// the file has one, the position.
func TestLoadErrors(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, file, content, want string
	}{
		// go-yaml reports the line where the unclosed flow mapping's
		// context starts.
		{"syntax", "s.yaml", "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A: {type: object\n    B: {}\n", "s.yaml:5: invalid YAML: did not find expected ',' or '}'"},
		{"json syntax", "j.json", "{\"openapi\": \"3.0.3\",\n \"info\": {\"title\": \"A\" \"version\": \"1\"}}", "j.json:2:24: invalid JSON: expected ',' or '}' in object"},
		{"dangling", "d.yaml", "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: '#/components/schemas/Nope'\n", `d.yaml:7:7: $ref "#/components/schemas/Nope" does not resolve: d.yaml has nothing at /components/schemas/Nope`},
		{"missing file", "m.yaml", "openapi: 3.0.3\ninfo: {title: A, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      $ref: 'nope.yaml#/A'\n", `m.yaml:7:7: $ref "nope.yaml#/A": cannot read nope.yaml: no such file or directory`},
		{"not openapi", "n.yaml", "hello: world\n", `n.yaml:1:1: not an OpenAPI document: no "openapi" or "swagger" field`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Load(write(t, dir, tt.file, tt.content))
			if err == nil {
				t.Fatal("no error")
			}
			got := strings.ReplaceAll(err.Error(), dir+string(filepath.Separator), "")
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("error\n got %s\nwant %s...", got, tt.want)
			}
		})
	}
	if _, err := Load(filepath.Join(dir, "absent.yaml")); err == nil || err.Error() != filepath.Join(dir, "absent.yaml")+": cannot read the spec: no such file or directory" {
		t.Errorf("absent file: %v", err)
	}
}
