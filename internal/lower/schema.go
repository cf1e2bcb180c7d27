package lower

import (
	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/annotate"
	"github.com/norcegen/norcegen/internal/par"
)

// notes are the doc-derived annotations of one schema's description, and
// its text as a Go doc comment.
type notes struct {
	all        []annotate.Annotation
	maxLength  *annotate.Annotation
	enum       *annotate.Annotation
	deprecated *annotate.Annotation
	readOnly   *annotate.Annotation
	def        *annotate.Annotation
	// doc is annotate.DocText of the description.
	doc string
}

// note annotates a schema's description once.
func (l *lowerer) note(s *openapi3.Schema) *notes {
	if n, ok := l.notes[s]; ok {
		return n
	}
	n := annotateSchema(l.opts.Rules, s)
	l.notes[s] = n
	return n
}

// annotateSchema returns the notes of a schema's description. They depend
// on nothing but the description and the rules.
func annotateSchema(rules *annotate.RuleSet, s *openapi3.Schema) *notes {
	n := &notes{}
	if s.Description == "" {
		return n
	}
	n.doc = annotate.DocText(s.Description)
	n.all = rules.Annotate(s.Description)
	for i := range n.all {
		a := &n.all[i]
		var slot **annotate.Annotation
		switch a.Kind {
		case annotate.MaxLength:
			slot = &n.maxLength
		case annotate.Enum:
			slot = &n.enum
		case annotate.Deprecated:
			slot = &n.deprecated
		case annotate.ReadOnly:
			slot = &n.readOnly
		case annotate.Default:
			slot = &n.def
		default:
			continue
		}
		if *slot == nil {
			*slot = a
		}
	}
	return n
}

// prepareNotes annotates the descriptions of schemas on all cores ahead of
// lowering, which otherwise annotates each on first use, one at a time:
// prose is about half of lowering's work on a description such as
// Stripe's. The notes are the same either way.
func (l *lowerer) prepareNotes(schemas []*openapi3.Schema) {
	todo := make([]*openapi3.Schema, 0, len(schemas))
	for _, s := range schemas {
		if _, done := l.notes[s]; !done && s.Description != "" {
			todo = append(todo, s)
		}
	}
	out := make([]*notes, len(todo))
	par.For(len(todo), func(i int) { out[i] = annotateSchema(l.opts.Rules, todo[i]) })
	for i, s := range todo {
		l.notes[s] = out[i]
	}
}

// typeOf returns the schema's single non-null type ("" when it has none or
// several) and whether "null" is among its types (3.1).
func typeOf(s *openapi3.Schema) (string, bool) {
	if s.Type == nil {
		return "", false
	}
	var t string
	null := false
	n := 0
	for _, x := range *s.Type {
		if x == "null" {
			null = true
			continue
		}
		t = x
		n++
	}
	if n != 1 {
		return "", null
	}
	return t, null
}

// nullable reports whether null is a valid value of the schema.
func nullable(s *openapi3.Schema) bool {
	_, null := typeOf(s)
	return s.Nullable || null
}

func isObject(s *openapi3.Schema) bool {
	t, _ := typeOf(s)
	return t == "object" || t == "" && len(s.Properties) > 0
}

// isMap reports whether an object schema is a map: no properties, and
// additionalProperties (a schema or true) or nothing at all.
func isMap(s *openapi3.Schema) bool {
	return len(s.Properties) == 0 && len(s.AllOf) == 0
}

// isScalar reports whether the schema is a string, integer, number or
// boolean.
func isScalar(s *openapi3.Schema) bool {
	t, _ := typeOf(s)
	switch t {
	case "string", "integer", "number", "boolean":
		return true
	}
	return false
}

// isEnum reports whether the schema is an enum: a scalar with an enum list
// or a string or integer with a prose mapping.
func isEnum(s *openapi3.Schema, n *notes) bool {
	t, _ := typeOf(s)
	switch t {
	case "string":
		return len(nonNullEnum(s)) > 0 || n.enum != nil
	case "integer":
		return len(nonNullEnum(s)) > 0 || n.enum != nil
	}
	return false
}

// nonNullEnum returns the enum list without null.
func nonNullEnum(s *openapi3.Schema) []any {
	out := make([]any, 0, len(s.Enum))
	for _, v := range s.Enum {
		if v != nil {
			out = append(out, v)
		}
	}
	return out
}

// needsSite reports whether an inline schema needs a named Go type.
func needsSite(s *openapi3.Schema, n *notes) bool {
	if singleAllOf(s) != nil || goTypeText(s) != "" {
		return false
	}
	return isEnum(s, n) || isObject(s) && !isMap(s) || len(s.AllOf) > 0 || isUnion(s)
}

// singleAllOf returns the only part of an allOf that wraps one schema and
// adds no structure of its own (the 3.0 way to put a description or an XML
// object next to a $ref), or nil.
func singleAllOf(s *openapi3.Schema) *openapi3.SchemaRef {
	if len(s.AllOf) != 1 || len(s.Properties) > 0 || s.Items != nil || len(s.OneOf) > 0 || len(s.AnyOf) > 0 ||
		s.AdditionalProperties.Schema != nil || s.AdditionalProperties.Has != nil {
		return nil
	}
	if part := s.AllOf[0]; part != nil && part.Value != nil {
		return part
	}
	return nil
}
