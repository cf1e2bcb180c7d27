package load

import (
	"encoding/json"
	"strings"
	"sync/atomic"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/par"
)

// Parallel decoding.
//
// kin-openapi decodes a JSON document with encoding/json on one core, and
// its unmarshalers decode each level of the document twice (once into the
// struct, once into a map for the extensions), so the components object is
// decoded three times and the paths object decoded, re-encoded and decoded
// again. Most of a large document lies in a few objects whose members are
// independent: the paths, the webhooks and each kind of component. The
// parallel decoder cuts those objects into runs of members, decodes every
// run with kin-openapi's own unmarshaler for the object's type on all
// cores, decodes the rest of the document (the skeleton, where each cut
// object is "{}") with openapi3.T's unmarshaler, and sets each run's
// members into the document in document order. The result is the
// document kin-openapi's own decoding gives (a test compares both on every
// test spec); references are then resolved by kin-openapi's loader
// (Loader.ResolveRefsIn) as in a plain load.
//
// Only what it can decode exactly as kin-openapi would is taken: anything
// unexpected at the levels it cuts (a key spelt with escapes, two keys
// that encoding/json would fold into one field, a value that is not an
// object, invalid JSON) makes it report false, and the caller loads the
// plain way, which also gives kin-openapi's own error for a broken
// document.

// chunkBytes is the size of the runs of members decoded as one job: large
// enough that a job's overhead does not show, small enough that two cores
// share a document's largest object evenly.
const chunkBytes = 256 << 10

// member is one member of a JSON object: its key (raw, as written) and the
// byte offsets of the member (key's opening quote to value's end) and of
// its value.
type member struct {
	key                       string
	start, valueStart, valEnd int
}

// cutSection is an object of the document that is decoded in runs of
// members: parts returns the jobs that decode the runs, each with the
// function that merges its members into the document.
type cutSection struct {
	// name is the object's key in its parent (the document or its
	// components).
	name string
	// parts returns a decoder and a merger for each run.
	parts func(runs [][]byte) []part
}

// part decodes one run of members and merges it into the document.
type part struct {
	data   []byte
	decode func(data []byte) error
	merge  func(doc *openapi3.T)
}

// componentSections are the component maps, all plain Go maps of
// kin-openapi's reference types.
var componentSections = []cutSection{
	{name: "schemas", parts: mapParts(func(d *openapi3.T) *openapi3.Schemas { return &d.Components.Schemas })},
	{name: "parameters", parts: mapParts(func(d *openapi3.T) *openapi3.ParametersMap { return &d.Components.Parameters })},
	{name: "headers", parts: mapParts(func(d *openapi3.T) *openapi3.Headers { return &d.Components.Headers })},
	{name: "requestBodies", parts: mapParts(func(d *openapi3.T) *openapi3.RequestBodies { return &d.Components.RequestBodies })},
	{name: "responses", parts: mapParts(func(d *openapi3.T) *openapi3.ResponseBodies { return &d.Components.Responses })},
	{name: "securitySchemes", parts: mapParts(func(d *openapi3.T) *openapi3.SecuritySchemes { return &d.Components.SecuritySchemes })},
	{name: "examples", parts: mapParts(func(d *openapi3.T) *openapi3.Examples { return &d.Components.Examples })},
	{name: "links", parts: mapParts(func(d *openapi3.T) *openapi3.Links { return &d.Components.Links })},
	{name: "callbacks", parts: mapParts(func(d *openapi3.T) *openapi3.Callbacks { return &d.Components.Callbacks })},
}

// topSections are the cut objects directly under the root.
var topSections = []cutSection{
	{name: "paths", parts: pathsParts},
	{name: "webhooks", parts: mapParts(func(d *openapi3.T) *map[string]*openapi3.PathItem { return &d.Webhooks })},
}

// mapParts returns the parts of a map of the document (a kind of
// component, or the webhooks): each run decodes into a map of the field's
// type, whose members are then set in the field.
func mapParts[M ~map[string]V, V any](field func(*openapi3.T) *M) func([][]byte) []part {
	return func(runs [][]byte) []part {
		parts := make([]part, len(runs))
		for i, run := range runs {
			var m M
			parts[i] = part{
				data:   run,
				decode: func(data []byte) error { return json.Unmarshal(data, &m) },
				merge: func(doc *openapi3.T) {
					dst := field(doc)
					if *dst == nil {
						*dst = make(M, len(m))
					}
					for k, v := range m {
						(*dst)[k] = v
					}
				},
			}
		}
		return parts
	}
}

// pathsParts decodes runs of path items with openapi3.Paths' unmarshaler
// (which also takes the "x-" members as extensions).
func pathsParts(runs [][]byte) []part {
	parts := make([]part, len(runs))
	for i, run := range runs {
		var p openapi3.Paths
		parts[i] = part{
			data:   run,
			decode: func(data []byte) error { return json.Unmarshal(data, &p) },
			merge: func(doc *openapi3.T) {
				for k, v := range p.Map() {
					doc.Paths.Set(k, v)
				}
				for k, v := range p.Extensions {
					doc.Paths.Extensions[k] = v
				}
			},
		}
	}
	return parts
}

// extensionPart decodes a large top-level extension ("x-webhooks" in
// GitHub's description) on its own, as T's unmarshaler would: into any.
func extensionPart(key string, value []byte) part {
	var v any
	return part{
		data:   value,
		decode: func(data []byte) error { return json.Unmarshal(data, &v) },
		merge:  func(doc *openapi3.T) { doc.Extensions[key] = v },
	}
}

// decodeParallel decodes a JSON OpenAPI 3 document as kin-openapi's
// unmarshalers do, in parallel. It reports false when the document is not
// one it can cut exactly (see above) or does not decode; chunk is the size
// of a run of members (chunkBytes outside tests).
func decodeParallel(data []byte, chunk int) (*openapi3.T, bool) {
	top, ok := objectMembers(data, skipSpace(data, 0))
	if !ok || !plainKeys(top, append(sectionNames(topSections), "components")...) {
		return nil, false
	}
	var cuts []member // cut values, in document order
	var parts []part
	// cut cuts a section's object; one that is not an object (null) stays
	// in the skeleton, for kin-openapi's unmarshaler.
	cut := func(m member, sections []cutSection) {
		for _, sec := range sections {
			if m.key != sec.name {
				continue
			}
			if ms, ok := objectMembers(data, m.valueStart); ok {
				cuts = append(cuts, m)
				parts = append(parts, sec.parts(runs(data, ms, chunk))...)
			}
		}
	}
	for _, m := range top {
		switch {
		case m.key == "components":
			cms, ok := objectMembers(data, m.valueStart)
			if !ok {
				continue // kin-openapi's unmarshaler sees it in the skeleton
			}
			if !plainKeys(cms, sectionNames(componentSections)...) {
				return nil, false
			}
			for _, cm := range cms {
				cut(cm, componentSections)
			}
		case strings.HasPrefix(m.key, "x-") && m.valEnd-m.valueStart >= chunk:
			cuts = append(cuts, m)
			parts = append(parts, extensionPart(m.key, data[m.valueStart:m.valEnd]))
		default:
			cut(m, topSections)
		}
	}

	doc := &openapi3.T{}
	skeleton := skeletonOf(data, cuts)
	jobs := append([]part{{data: skeleton, decode: func(b []byte) error { return json.Unmarshal(b, doc) }}}, parts...)
	if !runParts(jobs) {
		return nil, false
	}
	for _, p := range parts {
		p.merge(doc)
	}
	return doc, true
}

func sectionNames(sections []cutSection) []string {
	names := make([]string, len(sections))
	for i, sec := range sections {
		names[i] = sec.name
	}
	return names
}

// runParts decodes the parts on all cores and reports whether all
// decoded.
func runParts(parts []part) bool {
	var failed atomic.Bool
	par.For(len(parts), func(i int) {
		if !failed.Load() && parts[i].decode(parts[i].data) != nil {
			failed.Store(true)
		}
	})
	return !failed.Load()
}

// skeletonOf returns data with each cut value replaced by "{}".
func skeletonOf(data []byte, cuts []member) []byte {
	size := len(data)
	for _, c := range cuts {
		size -= c.valEnd - c.valueStart - 2
	}
	b := make([]byte, 0, size)
	prev := 0
	for _, c := range cuts {
		b = append(b, data[prev:c.valueStart]...)
		b = append(b, "{}"...)
		prev = c.valEnd
	}
	return append(b, data[prev:]...)
}

// runs groups members into objects ("{...}") of about chunk bytes each, in
// document order.
func runs(data []byte, ms []member, chunk int) [][]byte {
	var out [][]byte
	for i := 0; i < len(ms); {
		j, size := i, 0
		for j < len(ms) && (j == i || size+ms[j].valEnd-ms[j].start <= chunk) {
			size += ms[j].valEnd - ms[j].start + 1
			j++
		}
		b := make([]byte, 0, size+2)
		b = append(b, '{')
		for k := i; k < j; k++ {
			if k > i {
				b = append(b, ',')
			}
			b = append(b, data[ms[k].start:ms[k].valEnd]...)
		}
		out = append(out, append(b, '}'))
		i = j
	}
	return out
}

// plainKeys reports whether the members' keys can be cut on as written: no
// key is written with escapes (its raw text could hide one of names), no
// key appears twice (encoding/json keeps the last), and no key folds to one
// of names without being spelt exactly as it (encoding/json matches struct
// fields case-insensitively, so "Paths" would land in the paths field).
func plainKeys(ms []member, names ...string) bool {
	seen := make(map[string]bool, len(ms))
	for _, m := range ms {
		if strings.IndexByte(m.key, '\\') >= 0 || seen[m.key] {
			return false
		}
		seen[m.key] = true
		for _, n := range names {
			if strings.EqualFold(m.key, n) && m.key != n {
				return false
			}
		}
	}
	return true
}

// objectMembers scans the object that starts at data[i] and returns its
// members. It checks the object's own punctuation; member values are
// skipped by bracket counting and checked when they are decoded.
func objectMembers(data []byte, i int) ([]member, bool) {
	if i >= len(data) || data[i] != '{' {
		return nil, false
	}
	i = skipSpace(data, i+1)
	if i < len(data) && data[i] == '}' {
		return nil, true
	}
	var ms []member
	for {
		if i >= len(data) || data[i] != '"' {
			return nil, false
		}
		keyEnd := skipString(data, i)
		if keyEnd < 0 {
			return nil, false
		}
		m := member{key: string(data[i+1 : keyEnd-1]), start: i}
		i = skipSpace(data, keyEnd)
		if i >= len(data) || data[i] != ':' {
			return nil, false
		}
		m.valueStart = skipSpace(data, i+1)
		m.valEnd = skipValue(data, m.valueStart)
		if m.valEnd < 0 {
			return nil, false
		}
		ms = append(ms, m)
		i = skipSpace(data, m.valEnd)
		if i >= len(data) {
			return nil, false
		}
		switch data[i] {
		case '}':
			return ms, true
		case ',':
			i = skipSpace(data, i+1)
		default:
			return nil, false
		}
	}
}

func skipSpace(data []byte, i int) int {
	for i < len(data) {
		switch data[i] {
		case ' ', '\t', '\n', '\r':
			i++
		default:
			return i
		}
	}
	return i
}

// skipString returns the offset after the string that starts at data[i]
// (its opening quote), or -1 when it does not end.
func skipString(data []byte, i int) int {
	for i++; i < len(data); i++ {
		switch data[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// skipValue returns the offset after the value that starts at data[i], or
// -1 when it does not end. Objects and arrays are matched by counting
// brackets outside strings; a scalar ends at the next delimiter.
func skipValue(data []byte, i int) int {
	if i >= len(data) {
		return -1
	}
	switch data[i] {
	case '"':
		return skipString(data, i)
	case '{', '[':
		depth := 0
		for ; i < len(data); i++ {
			switch data[i] {
			case '"':
				end := skipString(data, i)
				if end < 0 {
					return -1
				}
				i = end - 1
			case '{', '[':
				depth++
			case '}', ']':
				depth--
				if depth == 0 {
					return i + 1
				}
			}
		}
		return -1
	case ',', '}', ']', ':':
		return -1
	}
	start := i
	for i < len(data) && strings.IndexByte(",}] \t\r\n", data[i]) < 0 {
		i++
	}
	if i == start {
		return -1
	}
	return i
}
