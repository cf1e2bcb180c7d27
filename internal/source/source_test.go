package source

import (
	"reflect"
	"testing"
)

const yamlDoc = `openapi: 3.0.3
components:
  schemas:
    Customer:
      properties:
        Zeta: {type: string}
        Alpha:
          type: string
        "a/b": {type: string}
`

const jsonDoc = `{"openapi": "3.0.3",
 "components": {"schemas": {"Customer": {"properties": {
   "Zeta": {"type": "string"},
   "Alpha": {"type": "string", "enum": ["x", "y"]},
   "a/b": {"type": "string"}}}}}}`

func TestPropertyOrderAndPosition(t *testing.T) {
	tests := []struct {
		name     string
		data     string
		alphaPos Pos
	}{
		{"yaml", yamlDoc, Pos{Line: 7, Col: 9}},
		{"json", jsonDoc, Pos{Line: 4, Col: 4}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := NewFile("spec", []byte(tt.data))
			got := f.PropertyOrder("/components/schemas/Customer/properties")
			if want := []string{"Zeta", "Alpha", "a/b"}; !reflect.DeepEqual(got, want) {
				t.Errorf("PropertyOrder = %q, want %q", got, want)
			}
			if p, ok := f.Position("/components/schemas/Customer/properties/Alpha"); !ok || p != tt.alphaPos {
				t.Errorf("Position(Alpha) = %v, %v; want %v", p, ok, tt.alphaPos)
			}
			if _, ok := f.Position("/components/schemas/Customer/properties/a~1b/type"); !ok {
				t.Error("escaped pointer not found")
			}
			if p := f.Nearest("/components/schemas/Customer/properties/Alpha/missing/deeper"); p != tt.alphaPos {
				t.Errorf("Nearest = %v, want %v", p, tt.alphaPos)
			}
		})
	}
}

func TestSyntaxError(t *testing.T) {
	tests := []struct {
		name, data, want string
	}{
		{"yaml", "a: 1\nb: c: d\n", "spec.yaml:2: invalid YAML: mapping values are not allowed in this context"},
		{"json", "{\"a\": 1,\n  \"b\" 2}", "spec.yaml:2:7: invalid JSON: expected ':' after object key"},
		{"json eof", "{\"a\": [1, 2", "spec.yaml:1:12: invalid JSON: unexpected end of input in array"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := NewFile("spec.yaml", []byte(tt.data)).SyntaxError()
			if err == nil || err.Error() != tt.want {
				t.Errorf("SyntaxError() = %v, want %s", err, tt.want)
			}
		})
	}
}

func TestEscapeToken(t *testing.T) {
	for _, s := range []string{"plain", "a/b", "~x", "~1/"} {
		if got := UnescapeToken(EscapeToken(s)); got != s {
			t.Errorf("round trip of %q = %q", s, got)
		}
	}
	if got := EscapeToken("a~/b"); got != "a~0~1b" {
		t.Errorf("EscapeToken = %q", got)
	}
}

func FuzzJSONScanner(f *testing.F) {
	f.Add([]byte(jsonDoc))
	f.Add([]byte(`{"a":[1,{"b":"\u00e5"}],"c":null}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		_ = walkJSON("f", data, walkOptions{positions: true}, func([]byte, Pos, []string, string) {})
	})
}
