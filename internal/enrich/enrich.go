// Package enrich writes the doc-derived annotations back into an OpenAPI
// document as standard keywords, so that any other tool can consume what
// norcegen reads from prose: maxLength, deprecated, readOnly and default
// keywords, and enum mappings as an enum list with the x-enum-varnames and
// x-enum-integers extensions. Descriptions stay as they were, and a keyword
// already in the schema is never overwritten.
package enrich

import (
	"encoding/json"
	"fmt"
	"sort"
	"strconv"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/annotate"
)

// Extension names written by Document.
const (
	// ExtVarNames lists the enum values' names, in the order of the enum
	// list (the de-facto standard that oapi-codegen and others read).
	ExtVarNames = "x-enum-varnames"
	// ExtIntegers lists the enum values' integers, in the order of the enum
	// list: the integer a string enum value carries on integer wires.
	ExtIntegers = "x-enum-integers"
	// ExtUnlimited records a prose "MaxLength: max": the length is
	// deliberately unlimited (JSON Schema has no keyword for that).
	ExtUnlimited = "x-max-length-unlimited"
)

// Document annotates every schema of doc in place with rules.
func Document(doc *openapi3.T, rules *annotate.RuleSet) {
	w := &walker{rules: rules, seen: map[*openapi3.Schema]bool{}}
	w.doc(doc)
}

type walker struct {
	rules *annotate.RuleSet
	seen  map[*openapi3.Schema]bool
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func (w *walker) doc(doc *openapi3.T) {
	if c := doc.Components; c != nil {
		for _, k := range sortedKeys(c.Schemas) {
			w.schema(c.Schemas[k])
		}
		for _, k := range sortedKeys(c.Parameters) {
			if p := c.Parameters[k]; p != nil {
				w.parameter(p.Value)
			}
		}
		for _, k := range sortedKeys(c.RequestBodies) {
			if b := c.RequestBodies[k]; b != nil && b.Value != nil {
				w.content(b.Value.Content)
			}
		}
		for _, k := range sortedKeys(c.Responses) {
			if r := c.Responses[k]; r != nil {
				w.response(r.Value)
			}
		}
		for _, k := range sortedKeys(c.Headers) {
			if h := c.Headers[k]; h != nil && h.Value != nil {
				w.parameter(&h.Value.Parameter)
			}
		}
	}
	if doc.Paths == nil {
		return
	}
	paths := doc.Paths.Map()
	for _, p := range sortedKeys(paths) {
		item := paths[p]
		for _, param := range item.Parameters {
			if param != nil {
				w.parameter(param.Value)
			}
		}
		ops := item.Operations()
		for _, m := range sortedKeys(ops) {
			op := ops[m]
			for _, param := range op.Parameters {
				if param != nil {
					w.parameter(param.Value)
				}
			}
			if op.RequestBody != nil && op.RequestBody.Value != nil {
				w.content(op.RequestBody.Value.Content)
			}
			if op.Responses != nil {
				rs := op.Responses.Map()
				for _, code := range sortedKeys(rs) {
					if r := rs[code]; r != nil {
						w.response(r.Value)
					}
				}
			}
		}
	}
}

func (w *walker) parameter(p *openapi3.Parameter) {
	if p == nil {
		return
	}
	w.schema(p.Schema)
	w.content(p.Content)
}

func (w *walker) response(r *openapi3.Response) {
	if r == nil {
		return
	}
	w.content(r.Content)
	for _, k := range sortedKeys(r.Headers) {
		if h := r.Headers[k]; h != nil && h.Value != nil {
			w.parameter(&h.Value.Parameter)
		}
	}
}

func (w *walker) content(c openapi3.Content) {
	for _, k := range sortedKeys(c) {
		if mt := c[k]; mt != nil {
			w.schema(mt.Schema)
		}
	}
}

// schema annotates a schema and everything below it, once each.
func (w *walker) schema(ref *openapi3.SchemaRef) {
	if ref == nil || ref.Value == nil || w.seen[ref.Value] {
		return
	}
	s := ref.Value
	w.seen[s] = true
	w.apply(s)
	for _, k := range sortedKeys(s.Properties) {
		w.schema(s.Properties[k])
	}
	w.schema(s.Items)
	w.schema(s.AdditionalProperties.Schema)
	w.schema(s.Not)
	for _, list := range []openapi3.SchemaRefs{s.AllOf, s.OneOf, s.AnyOf} {
		for _, part := range list {
			w.schema(part)
		}
	}
}

// apply writes a schema's prose annotations as keywords.
func (w *walker) apply(s *openapi3.Schema) {
	if s.Description == "" {
		return
	}
	for _, a := range w.rules.Annotate(s.Description) {
		switch a.Kind {
		case annotate.MaxLength:
			switch {
			case s.MaxLength != nil || !isType(s, "string"):
			case a.Unlimited:
				if s.Extensions == nil {
					s.Extensions = map[string]any{}
				}
				s.Extensions[ExtUnlimited] = true
			default:
				n := uint64(a.MaxLength)
				s.MaxLength = &n
			}
		case annotate.Deprecated:
			s.Deprecated = true
		case annotate.ReadOnly:
			if !s.WriteOnly {
				s.ReadOnly = true
			}
		case annotate.Default:
			if s.Default == nil {
				var v any
				if json.Unmarshal([]byte(a.Default), &v) == nil {
					s.Default = v
				}
			}
		case annotate.Enum:
			target := s
			if isType(s, "array") && s.Items != nil && s.Items.Value != nil {
				target = s.Items.Value
			}
			applyEnum(target, a.Values)
		}
	}
}

func isType(s *openapi3.Schema, t string) bool {
	return s.Type != nil && s.Type.Includes(t)
}

// applyEnum writes a prose mapping on a string or integer schema: the
// union of the enum list and the mapping's names (the mapping's first, in
// its order), with the names and integers as extensions. Names of the
// list that the mapping lacks get no integer entry: x-enum-integers then
// covers the mapped prefix only, and tools must not guess.
func applyEnum(s *openapi3.Schema, values []annotate.EnumValue) {
	if s.Extensions == nil {
		s.Extensions = map[string]any{}
	}
	names := make([]any, 0, len(values))
	ints := make([]any, 0, len(values))
	switch {
	case isType(s, "string"):
		var enum []any
		inMap := map[string]bool{}
		for _, v := range values {
			enum = append(enum, v.Name)
			names = append(names, v.Name)
			ints = append(ints, v.Value)
			inMap[v.Name] = true
		}
		for _, e := range s.Enum {
			if name := fmt.Sprint(e); !inMap[name] {
				enum = append(enum, name)
				names = append(names, name)
			}
		}
		s.Enum = enum
	case isType(s, "integer"):
		if len(s.Enum) == 0 {
			for _, v := range values {
				s.Enum = append(s.Enum, v.Value)
			}
		}
		byInt := map[string]string{}
		for _, v := range values {
			byInt[strconv.FormatInt(v.Value, 10)] = v.Name
		}
		for _, e := range s.Enum {
			key := fmt.Sprint(e)
			if f, ok := e.(float64); ok {
				key = strconv.FormatFloat(f, 'f', -1, 64)
			}
			names = append(names, byInt[key])
			ints = append(ints, e)
		}
	default:
		return
	}
	s.Extensions[ExtVarNames] = names
	s.Extensions[ExtIntegers] = ints
}
