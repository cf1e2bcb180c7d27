package lower

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/names"
	"github.com/norcegen/norcegen/internal/source"
)

// This file holds what real documents need beyond the Norce shapes: the
// composition keywords that are not allOf (oneOf, anyOf and 3.1 type lists
// become unions; const becomes a one-value enum; `not` is ignored: a Go
// type cannot exclude values), extra maps (additionalProperties and
// patternProperties next to properties), the allOf embedding checks,
// x-go-type, and the wire names a struct tag cannot carry.

// normalize rewrites the forms that mean the same Go type into one, before
// the passes look at the schemas:
//
//   - const (3.1) is an enum of one value, typed after the value when the
//     schema has no type;
//   - a oneOf or anyOf whose variants, apart from a null one, are a single
//     schema is that schema (nullable when a null variant was there), held
//     as the allOf of one that the passes already treat as the schema;
//   - a oneOf or anyOf whose variants are all inline enums (or consts) of
//     one scalar type is that enum.
//
// Every schema reachable from the components is visited once; normalize
// returns them (in no particular order).
func (l *lowerer) normalize() []*openapi3.Schema {
	if l.doc.Spec.Components == nil {
		return nil
	}
	seen := map[*openapi3.Schema]bool{}
	keys := make([]string, 0, len(l.doc.Spec.Components.Schemas))
	for k := range l.doc.Spec.Components.Schemas {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		normalizeRef(l.doc.Spec.Components.Schemas[k], seen)
	}
	visited := make([]*openapi3.Schema, 0, len(seen))
	for s := range seen {
		visited = append(visited, s)
	}
	return visited
}

func normalizeRef(ref *openapi3.SchemaRef, seen map[*openapi3.Schema]bool) {
	if ref == nil || ref.Value == nil || seen[ref.Value] {
		return
	}
	s := ref.Value
	seen[s] = true
	for _, p := range s.Properties {
		normalizeRef(p, seen)
	}
	for _, p := range s.PatternProperties {
		normalizeRef(p, seen)
	}
	normalizeRef(s.Items, seen)
	normalizeRef(s.AdditionalProperties.Schema, seen)
	for _, list := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, p := range list {
			normalizeRef(p, seen)
		}
	}
	if s.Const != nil && len(s.Enum) == 0 {
		s.Enum = []any{s.Const}
		if s.Type == nil {
			if t := jsonType(s.Const); t != "" {
				s.Type = &openapi3.Types{t}
			}
		}
	}
	if len(s.OneOf) > 0 {
		s.OneOf = simplifyVariants(s, s.OneOf)
	}
	if len(s.AnyOf) > 0 {
		s.AnyOf = simplifyVariants(s, s.AnyOf)
	}
}

// jsonType returns the JSON Schema type of a decoded JSON value.
func jsonType(v any) string {
	switch x := v.(type) {
	case string:
		return "string"
	case bool:
		return "boolean"
	case float64:
		if x == float64(int64(x)) {
			return "integer"
		}
		return "number"
	case map[string]any:
		return "object"
	case []any:
		return "array"
	}
	return ""
}

// isNullSchema reports whether a schema admits only null.
func isNullSchema(s *openapi3.Schema) bool {
	if s.Type != nil && len(*s.Type) == 1 && (*s.Type)[0] == "null" {
		return true
	}
	return len(s.Enum) == 1 && s.Enum[0] == nil && s.Type == nil
}

// simplifyVariants applies the oneOf/anyOf rewrites of normalize to s and
// returns what is left of its variants.
func simplifyVariants(s *openapi3.Schema, variants openapi3.SchemaRefs) openapi3.SchemaRefs {
	var rest openapi3.SchemaRefs
	null := false
	for _, v := range variants {
		if v == nil || v.Value == nil {
			continue
		}
		if isNullSchema(v.Value) {
			null = true
			continue
		}
		rest = append(rest, v)
	}
	if null {
		s.Nullable = true
	}
	if len(rest) == 1 && len(s.AllOf) == 0 && len(s.Properties) == 0 && s.Items == nil &&
		(s.Type == nil || len(*s.Type) == 0 || isObject(s) && len(s.Properties) == 0) {
		// The one schema, through the allOf of one that stands for it.
		s.AllOf = rest
		s.Type = nil
		return nil
	}
	if t, values := enumVariants(rest); t != "" {
		s.Type = &openapi3.Types{t}
		s.Enum = values
		return nil
	}
	return rest
}

// enumVariants returns the type and the values when every variant is an
// inline enum of the same scalar type, else "".
func enumVariants(variants openapi3.SchemaRefs) (string, []any) {
	typ := ""
	var values []any
	seen := map[any]bool{}
	for _, v := range variants {
		if v.Ref != "" || len(v.Value.Enum) == 0 || len(v.Value.Properties) > 0 {
			return "", nil
		}
		t, _ := typeOf(v.Value)
		if t != "string" && t != "integer" || typ != "" && t != typ {
			return "", nil
		}
		typ = t
		for _, x := range v.Value.Enum {
			if x != nil && !seen[x] {
				seen[x] = true
				values = append(values, x)
			}
		}
	}
	return typ, values
}

// isUnion reports whether a schema becomes a union: a oneOf or anyOf
// without properties or allOf of its own (which make it a struct), or a
// type list of several types that is not an object with properties.
func isUnion(s *openapi3.Schema) bool {
	if len(s.Properties) > 0 || len(s.AllOf) > 0 {
		return false
	}
	if len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
		return true
	}
	return len(typeList(s)) > 1
}

// typeList returns the non-null types of a schema's type list.
func typeList(s *openapi3.Schema) []string {
	if s.Type == nil {
		return nil
	}
	var out []string
	for _, t := range *s.Type {
		if t != "null" {
			out = append(out, t)
		}
	}
	return out
}

// buildUnion builds a union from a schema's oneOf, anyOf or type list.
func (l *lowerer) buildUnion(s *site, src ir.Source) *ir.Union {
	schema := s.schema
	u := &ir.Union{Name: s.name, Src: src, Doc: l.docOf(schema), Nullable: nullable(schema)}
	scope := names.NewScope(reservedMethods...)
	add := func(t *ir.TypeRef, accepts ir.JSONKinds) *ir.Variant {
		for _, v := range u.Variants {
			if sameType(v.Type, t) {
				return v // the Go type already has a variant: decoding could not tell them apart
			}
		}
		v := &ir.Variant{Name: scope.Claim(variantName(t)), Type: t, Accepts: accepts, NoXML: omitXML(t)}
		u.Variants = append(u.Variants, v)
		return v
	}
	variants, kw := schema.OneOf, "oneOf"
	if len(variants) == 0 && len(schema.AnyOf) > 0 {
		variants, kw, u.AnyOf = schema.AnyOf, "anyOf", true
	}
	if len(variants) == 0 {
		for _, t := range typeList(schema) {
			one := *schema
			one.Type = &openapi3.Types{t}
			one.OneOf, one.AnyOf = nil, nil
			add(l.inlineType(&one, s.file, s.ptr), accepts(&one))
		}
		return u
	}
	byRef := map[string]*ir.Variant{}
	for i, ref := range variants {
		if ref == nil || ref.Value == nil {
			continue
		}
		v := add(l.typeRef(ref, s.file, fmt.Sprintf("%s/%s/%d", s.ptr, kw, i)), l.acceptsRef(ref))
		if ref.Ref != "" {
			byRef[ref.Ref] = v
		}
	}
	refs := make([]string, 0, len(byRef))
	for ref := range byRef {
		refs = append(refs, ref)
	}
	sort.Strings(refs)
	if d := schema.Discriminator; d != nil && d.PropertyName != "" {
		u.Discriminator = d.PropertyName
		mapped := map[*ir.Variant]bool{}
		keys := make([]string, 0, len(d.Mapping))
		for k := range d.Mapping {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, value := range keys {
			target := d.Mapping[value].Ref
			v := byRef[target]
			if v == nil {
				// A bare schema name, or a reference written another way.
				for _, ref := range refs {
					if lastToken(ref) == lastToken(target) || lastToken(ref) == target {
						v = byRef[ref]
						break
					}
				}
			}
			if v != nil {
				v.Values = append(v.Values, value)
				mapped[v] = true
			}
		}
		for _, ref := range refs {
			// Without a mapping entry, the value is the schema's name.
			if v := byRef[ref]; !mapped[v] {
				v.Values = append(v.Values, source.UnescapeToken(lastToken(ref)))
			}
		}
	}
	return u
}

func lastToken(ref string) string {
	return ref[strings.LastIndexByte(ref, '/')+1:]
}

// variantName is the Go field name of a variant of type t.
func variantName(t *ir.TypeRef) string {
	switch t.Kind {
	case ir.Pointer:
		return variantName(t.Elem)
	case ir.Slice:
		return variantName(t.Elem) + "List"
	case ir.Map:
		return variantName(t.Elem) + "Map"
	case ir.Builtin:
		if t.Name == "any" {
			return "Value"
		}
		// "String" is a method name that fields may not take.
		return names.Exported(t.Name) + "Value"
	}
	return t.Name
}

// sameType reports whether two references denote the same Go type.
func sameType(a, b *ir.TypeRef) bool {
	if a == nil || b == nil {
		return a == b
	}
	if a.Kind != b.Kind || a.Name != b.Name || a.Path != b.Path {
		return false
	}
	if a.Elem != nil || b.Elem != nil {
		return sameType(a.Elem, b.Elem)
	}
	return true
}

// acceptsRef returns the kinds of JSON value a schema's Go type decodes.
func (l *lowerer) acceptsRef(ref *openapi3.SchemaRef) ir.JSONKinds {
	return acceptsSeen(ref.Value, map[*openapi3.Schema]bool{})
}

func accepts(s *openapi3.Schema) ir.JSONKinds {
	return acceptsSeen(s, map[*openapi3.Schema]bool{})
}

func acceptsSeen(s *openapi3.Schema, seen map[*openapi3.Schema]bool) ir.JSONKinds {
	if s == nil || seen[s] {
		return ir.JSONAny
	}
	seen[s] = true
	if part := singleAllOf(s); part != nil {
		return acceptsSeen(part.Value, seen)
	}
	if len(s.AllOf) > 0 || len(s.Properties) > 0 {
		return ir.JSONObject
	}
	if isUnion(s) {
		var k ir.JSONKinds
		for _, list := range []openapi3.SchemaRefs{s.OneOf, s.AnyOf} {
			for _, v := range list {
				if v != nil {
					k |= acceptsSeen(v.Value, seen)
				}
			}
		}
		for _, t := range typeList(s) {
			k |= kindOfType(t, s)
		}
		return k
	}
	t, _ := typeOf(s)
	if t == "" {
		if s.Items != nil {
			return ir.JSONArray
		}
		return ir.JSONAny
	}
	return kindOfType(t, s)
}

func kindOfType(t string, s *openapi3.Schema) ir.JSONKinds {
	switch t {
	case "object":
		return ir.JSONObject
	case "array":
		return ir.JSONArray
	case "string":
		return ir.JSONString
	case "integer", "number":
		if s.Format == "decimal" {
			return ir.JSONNumber | ir.JSONString
		}
		return ir.JSONNumber
	case "boolean":
		return ir.JSONBool
	}
	return ir.JSONAny
}

// schemaKeys returns the keys of a schema map, sorted.
func schemaKeys(m openapi3.Schemas) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// extraTypes returns the Go types of the values a schema admits beyond its
// declared properties: additionalProperties (a schema, or true for any
// value) and each patternProperties schema (3.1). It returns nil when the
// schema admits none or says nothing (additionalProperties absent).
func (l *lowerer) extraTypes(s *openapi3.Schema, file, ptr string) []*ir.TypeRef {
	var out []*ir.TypeRef
	if ap := s.AdditionalProperties.Schema; ap != nil {
		out = append(out, l.elemRef(ap, file, ptr+"/additionalProperties"))
	} else if s.AdditionalProperties.Has != nil && *s.AdditionalProperties.Has {
		out = append(out, ir.Any)
	}
	for _, p := range schemaKeys(s.PatternProperties) {
		out = append(out, l.elemRef(s.PatternProperties[p], file, ptr+"/patternProperties/"+source.EscapeToken(p)))
	}
	return out
}

// hasExtra reports whether a schema admits properties beyond its declared
// ones (see extraTypes).
func hasExtra(s *openapi3.Schema) bool {
	return s.AdditionalProperties.Schema != nil || s.AdditionalProperties.Has != nil && *s.AdditionalProperties.Has || len(s.PatternProperties) > 0
}

// commonType returns the one type of a list, or any when they differ.
func commonType(ts []*ir.TypeRef) *ir.TypeRef {
	for _, t := range ts[1:] {
		if !sameType(t, ts[0]) {
			return ir.Any
		}
	}
	return ts[0]
}

// marshals reports whether the struct of a schema gets its own MarshalJSON
// and UnmarshalJSON (an extra map), itself or through a part it embeds or
// merges.
func (l *lowerer) marshals(s *openapi3.Schema, seen map[*openapi3.Schema]bool) bool {
	if s == nil || seen[s] {
		return false
	}
	seen[s] = true
	if hasExtra(s) {
		return true
	}
	for _, part := range s.AllOf {
		if part != nil && l.marshals(part.Value, seen) {
			return true
		}
	}
	return false
}

// jsonNames returns the property names of an object schema, those of its
// allOf parts included.
func (l *lowerer) jsonNames(s *openapi3.Schema, seen map[*openapi3.Schema]bool) []string {
	if s == nil || seen[s] {
		return nil
	}
	seen[s] = true
	out := schemaKeys(s.Properties)
	for _, part := range s.AllOf {
		if part != nil {
			out = append(out, l.jsonNames(part.Value, seen)...)
		}
	}
	return out
}

func anyIn(list []string, set map[string]bool) bool {
	for _, x := range list {
		if set[x] {
			return true
		}
	}
	return false
}

// jsonTagName reports whether encoding/json accepts a property name in a
// struct tag (its isValidTag): not empty, and only letters, digits and
// the punctuation it allows. Other names would silently become the Go
// field's name on the wire.
func jsonTagName(name string) bool {
	if name == "" {
		return false
	}
	for _, c := range name {
		switch {
		case strings.ContainsRune("!#$%&()*+-./:;<=>?@[]^_{|}~ ", c):
		case unicode.IsLetter(c) || unicode.IsDigit(c):
		default:
			return false
		}
	}
	return true
}

// goTypeText returns a schema's x-go-type extension: the Go type the user
// gives it, a predeclared type or IMPORTPATH.Name (see ParseGoType).
func goTypeText(s *openapi3.Schema) string {
	t, _ := s.Extensions["x-go-type"].(string)
	return t
}

// goType returns the Go type of a schema's x-go-type, or nil; a text that
// is not a Go type is a warning, and the schema gets its usual type.
func (l *lowerer) goType(s *openapi3.Schema, file, ptr string) *ir.TypeRef {
	text := goTypeText(s)
	if text == "" {
		return nil
	}
	t, err := ParseGoType(text)
	if err != nil {
		if l.goTypeWarned == nil {
			l.goTypeWarned = map[*openapi3.Schema]bool{}
		}
		if !l.goTypeWarned[s] {
			l.goTypeWarned[s] = true
			l.warn(file, ptr+"/x-go-type", fmt.Sprintf("x-go-type ignored: %v", err))
		}
		return nil
	}
	return t
}

// xmlTagName reports whether an element or attribute name can stand in an
// xml struct tag as itself.
func xmlTagName(name string) bool {
	return name != "" && name != "-" && !strings.ContainsAny(name, " \t\r\n,>")
}
