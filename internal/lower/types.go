package lower

import (
	"fmt"
	"go/token"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/ir"
)

// predeclared lists the predeclared Go types a format may be mapped to.
var predeclared = map[string]bool{
	"any": true, "bool": true, "byte": true, "rune": true, "string": true,
	"int": true, "int8": true, "int16": true, "int32": true, "int64": true,
	"uint": true, "uint8": true, "uint16": true, "uint32": true, "uint64": true,
	"float32": true, "float64": true,
}

// ParseGoType parses the Go type a config maps a format to: a predeclared
// type ("string", "int64") or a type of another package written as its
// import path, a dot and its name ("github.com/shopspring/decimal.Decimal",
// "time.Time").
func ParseGoType(text string) (*ir.TypeRef, error) {
	if predeclared[text] {
		return &ir.TypeRef{Kind: ir.Builtin, Name: text}, nil
	}
	i := strings.LastIndexByte(text, '.')
	if i <= 0 || i < strings.LastIndexByte(text, '/') {
		return nil, fmt.Errorf("type %q is neither a predeclared Go type nor IMPORTPATH.Name (for example github.com/shopspring/decimal.Decimal)", text)
	}
	path, name := text[:i], text[i+1:]
	if !token.IsIdentifier(name) || !token.IsExported(name) {
		return nil, fmt.Errorf("type %q: %q is not an exported Go identifier", text, name)
	}
	for _, elem := range strings.Split(path, "/") {
		if elem == "" || elem == "." || elem == ".." || strings.TrimFunc(elem, isPathRune) != "" {
			return nil, fmt.Errorf("type %q: %q is not an import path", text, path)
		}
	}
	return &ir.TypeRef{Kind: ir.Qualified, Path: path, Name: name}, nil
}

func isPathRune(r rune) bool {
	return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("-._~+", r)
}

// mappedType returns the Go type the options map a scalar schema's format
// to (Options.Types), or nil.
func (l *lowerer) mappedType(s *openapi3.Schema) *ir.TypeRef {
	if s.Format == "" || len(l.opts.Types) == 0 || !isScalar(s) {
		return nil
	}
	return l.opts.Types[s.Format]
}

// ParseTypes parses a config's type mappings, format to Go type text (see
// ParseGoType).
func ParseTypes(types map[string]string) (map[string]*ir.TypeRef, error) {
	if len(types) == 0 {
		return nil, nil
	}
	out := make(map[string]*ir.TypeRef, len(types))
	keys := make([]string, 0, len(types))
	for k := range types {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, format := range keys {
		t, err := ParseGoType(types[format])
		if err != nil {
			return nil, fmt.Errorf("type mapping for format %q: %w", format, err)
		}
		out[format] = t
	}
	return out, nil
}
