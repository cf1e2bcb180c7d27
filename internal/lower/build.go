package lower

import (
	"encoding/json"
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/annotate"
	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/names"
	"github.com/norcegen/norcegen/internal/source"
	"github.com/norcegen/norcegen/templates"
)

// helperTypes maps schema formats to the runtime helper that implements
// them and the helper's type name.
var helperTypes = map[string]struct{ helper, typ string }{
	"decimal": {"decimal", "Decimal"},
	"uuid":    {"uuid", "UUID"},
	"guid":    {"uuid", "UUID"},
	"date":    {"date", "Date"},
}

// helperIdents lists every identifier the runtime helpers declare, so that
// no generated type takes one.
func helperIdents() []string {
	var out []string
	for _, h := range templates.Names() {
		ids, err := templates.Declared(h)
		if err != nil {
			panic(fmt.Sprintf("norcegen: embedded helper %s: %v", h, err)) // a build defect, caught by tests
		}
		out = append(out, ids...)
	}
	return out
}

func (l *lowerer) build(s *site) (ir.Type, error) {
	src := ir.Source{File: s.file, Pointer: s.ptr, Ref: l.refText(s)}
	var t ir.Type
	switch {
	case s.aliasOf != nil:
		target := l.refSite(s.aliasOf, s.file)
		t = &ir.Named{Name: s.name, Src: src, Doc: l.docOf(s.schema), Alias: true, Underlying: l.siteRef(target)}
	case s.kind == enumSite:
		e, err := l.buildEnum(s, src)
		if err != nil {
			return nil, err
		}
		t = e
	case s.kind == structSite:
		t = l.buildStruct(s, src)
	case s.kind == unionSite:
		t = l.buildUnion(s, src)
	default:
		t = &ir.Named{
			Name:        s.name,
			Src:         src,
			Doc:         l.docOf(s.schema),
			Underlying:  l.inlineType(s.schema, s.file, s.ptr),
			Constraints: l.constraints(s.schema, s.file, s.ptr),
		}
		if l.goType(s.schema, s.file, s.ptr) != nil {
			// The user's type, with its methods: an alias.
			t.(*ir.Named).Alias = true
			t.(*ir.Named).Constraints = ir.Constraints{}
		}
	}
	s.typ = t
	if err := l.dataContractType(s, t); err != nil {
		return nil, err
	}
	return t, nil
}

// siteRef returns a reference to a site's type. The declaration is looked
// up through the site when the emitters need it, after every site is built.
func (l *lowerer) siteRef(s *site) *ir.TypeRef {
	ref := &ir.TypeRef{Kind: ir.Local, Name: s.name, Decl: lazyDecl{s}}
	l.refs = append(l.refs, ref)
	return ref
}

// resolveRefs points every site reference at its built type, so that the
// IR holds nothing of the lowering (nor, through it, of the OpenAPI
// document, which the garbage collector can then free while emitting).
func (l *lowerer) resolveRefs() {
	for _, ref := range l.refs {
		if d, ok := ref.Decl.(lazyDecl); ok && d.s.typ != nil {
			ref.Decl = d.s.typ
		}
	}
}

// lazyDecl stands in for a site's ir.Type until it is built.
type lazyDecl struct{ s *site }

func (d lazyDecl) GoName() string    { return d.s.name }
func (d lazyDecl) Source() ir.Source { return ir.Source{File: d.s.file, Pointer: d.s.ptr} }

// refText is a site's reference as seen from the root document: its JSON
// pointer, preceded by its file's path relative to the root's directory
// when it lives in another file.
func (l *lowerer) refText(s *site) string {
	if s.file == l.doc.Path || filepath.Clean(s.file) == filepath.Clean(l.doc.Path) {
		return "#" + s.ptr
	}
	rel, err := filepath.Rel(filepath.Dir(l.doc.Path), s.file)
	if err != nil {
		rel = s.file
	}
	return filepath.ToSlash(rel) + "#" + s.ptr
}

// Resolve returns the site's built type.
func (d lazyDecl) Resolve() ir.Type { return d.s.typ }

// typeRef returns the Go type of a schema reference found at ptr in file.
func (l *lowerer) typeRef(ref *openapi3.SchemaRef, file, ptr string) *ir.TypeRef {
	if ref == nil || ref.Value == nil {
		return ir.Any
	}
	if ref.Ref != "" {
		return l.siteRef(l.refSite(ref, file))
	}
	if part := singleAllOf(ref.Value); part != nil {
		return l.typeRef(part, file, ptr+"/allOf/0")
	}
	if s, ok := l.bySchema[ref.Value]; ok {
		return l.siteRef(s)
	}
	return l.inlineType(ref.Value, file, ptr)
}

// inlineType returns the Go type of a schema that has no site of its own.
func (l *lowerer) inlineType(s *openapi3.Schema, file, ptr string) *ir.TypeRef {
	if t := l.goType(s, file, ptr); t != nil {
		return t
	}
	if m := l.mappedType(s); m != nil {
		return m
	}
	t, _ := typeOf(s)
	switch t {
	case "string":
		if h, ok := helperTypes[s.Format]; ok {
			l.helpers[h.helper] = true
			return ir.HelperRef(h.typ)
		}
		if s.Format == "date-time" {
			return ir.Time
		}
		return ir.String
	case "integer":
		if s.Format == "int32" {
			return ir.Int32
		}
		return ir.Int64
	case "number":
		switch s.Format {
		case "float":
			return ir.Float32
		case "decimal":
			l.helpers["decimal"] = true
			return ir.HelperRef("Decimal")
		}
		return ir.Float64
	case "boolean":
		return ir.Bool
	case "array":
		return ir.SliceOf(l.elemRef(s.Items, file, ptr+"/items"))
	case "object", "":
		if t == "" && s.Items != nil {
			return ir.SliceOf(l.elemRef(s.Items, file, ptr+"/items"))
		}
		if t == "" && len(s.Properties) == 0 && s.AdditionalProperties.Schema == nil && s.AdditionalProperties.Has == nil {
			if len(s.OneOf) > 0 || len(s.AnyOf) > 0 {
				return ir.RawJSON
			}
			if t == "" {
				return ir.Any
			}
		}
		if ap := s.AdditionalProperties.Schema; ap != nil && len(s.PatternProperties) == 0 {
			return ir.MapOf(l.elemRef(ap, file, ptr+"/additionalProperties"))
		}
		if extra := l.extraTypes(s, file, ptr); len(extra) > 0 {
			return ir.MapOf(commonType(extra))
		}
		return ir.MapOf(ir.Any)
	}
	return ir.Any
}

// elemRef is typeRef for slice and map elements: struct elements are held
// by value (a slice already gives the indirection recursion needs).
func (l *lowerer) elemRef(ref *openapi3.SchemaRef, file, ptr string) *ir.TypeRef {
	return l.typeRef(ref, file, ptr)
}

func (l *lowerer) buildStruct(s *site, src ir.Source) *ir.Struct {
	st := &ir.Struct{Name: s.name, Src: src, Doc: l.docOf(s.schema)}
	st.XML = ir.XMLName{Name: s.candidate}
	if !s.component {
		st.XML.Name = s.name
	}
	if x := s.schema.XML; x != nil {
		if x.Name != "" {
			st.XML.Name = x.Name
		}
		st.XML.Namespace, st.XML.Prefix = x.Namespace, x.Prefix
	}
	fieldScope := names.NewScope(reservedMethods...)
	seen := map[string]bool{}
	required := map[string]bool{}
	var extra []*ir.TypeRef
	merged := map[*openapi3.Schema]bool{}
	embedded := map[*site]bool{}
	claimed := map[string]bool{} // JSON names of the fields so far, embedded ones included
	var add func(schema *openapi3.Schema, file, ptr string)
	add = func(schema *openapi3.Schema, file, ptr string) {
		if merged[schema] {
			return // an allOf cycle
		}
		merged[schema] = true
		for _, r := range schema.Required {
			required[r] = true
		}
		extra = append(extra, l.extraTypes(schema, file, ptr)...)
		for i, part := range schema.AllOf {
			if part == nil || part.Value == nil {
				continue
			}
			partPtr := fmt.Sprintf("%s/allOf/%d", ptr, i)
			if part.Ref != "" {
				ps := l.refSite(part, file)
				if embedded[ps] {
					continue // the same part twice
				}
				// A part is merged rather than embedded when its type has
				// its own MarshalJSON (embedded, the promoted method would
				// marshal only the part), when one of its properties is
				// already there (two embedded fields with one JSON name
				// cancel out in encoding/json), or when its name is taken.
				partNames := l.jsonNames(ps.schema, map[*openapi3.Schema]bool{})
				if ps.kind == structSite && !l.marshals(ps.schema, map[*openapi3.Schema]bool{}) &&
					!fieldScope.Taken(ps.name) && !anyIn(partNames, claimed) {
					embedded[ps] = true
					for _, n := range partNames {
						claimed[n] = true
					}
					st.Fields = append(st.Fields, &ir.Field{Name: fieldScope.Claim(ps.name), Type: l.siteRef(ps), Embedded: true})
					for _, r := range part.Value.Required {
						required[r] = true
					}
					continue
				}
				add(part.Value, ps.file, ps.ptr)
				continue
			}
			add(part.Value, file, partPtr)
		}
		for _, p := range l.propertyOrder(schema, file, ptr) {
			if seen[p] {
				continue
			}
			seen[p] = true
			claimed[p] = true
			if !jsonTagName(p) {
				l.warn(file, ptr+"/properties/"+source.EscapeToken(p), fmt.Sprintf("property %q is left out of %s: encoding/json cannot carry that name in a struct tag; an x-go-type override of the schema can give it a hand-written type", p, s.name))
				continue
			}
			st.Fields = append(st.Fields, l.field(fieldScope, p, schema.Properties[p], file, ptr+"/properties/"+source.EscapeToken(p)))
		}
	}
	add(s.schema, s.file, s.ptr)
	for _, f := range st.Fields {
		if !f.Embedded && required[f.JSONName] {
			f.Required = true
		}
	}
	for _, f := range st.Fields {
		if f.Embedded {
			continue
		}
		f.Type = l.fieldType(f)
		// A name encoding/xml would misread in a tag (a space separates a
		// namespace, ">" nests, "," starts options) is left out of XML.
		f.XML.Omit = omitXML(f.Type) || !xmlTagName(f.XML.Name) || f.XML.Wrapped && !xmlTagName(f.XML.ItemName)
	}
	if len(extra) > 0 {
		st.Additional = &ir.Field{
			Name: fieldScope.Claim("AdditionalProperties"),
			Type: ir.MapOf(commonType(extra)),
			XML:  ir.XMLField{Omit: true},
			Doc:  ir.Doc{Text: "AdditionalProperties holds the properties the schema does not declare."},
		}
	}
	return st
}

// field builds a struct field from a property; its final Go type (pointer
// or not) is decided once Required is known.
func (l *lowerer) field(scope *names.Scope, prop string, ref *openapi3.SchemaRef, file, ptr string) *ir.Field {
	goName := names.Exported(prop)
	if goName == "" {
		goName = "Field"
	}
	f := &ir.Field{
		Name:     scope.Claim(goName),
		JSONName: prop,
		XML:      ir.XMLField{Name: prop},
		Type:     l.typeRef(ref, file, ptr),
	}
	if ref == nil || ref.Value == nil {
		return f
	}
	s := ref.Value
	n := l.note(s)
	f.ReadOnly = s.ReadOnly || n.readOnly != nil
	f.WriteOnly = s.WriteOnly
	f.Nullable = nullable(s)
	if ref.Ref == "" {
		// A referenced schema documents and constrains its own type.
		f.Doc = l.docOf(s)
		f.Constraints = l.constraints(s, file, ptr)
	}
	if x := s.XML; x != nil && ref.Ref == "" {
		// Only the property's own XML object names its element. A
		// referenced schema's name and namespace are those of the schema
		// as a root or a list item: the property InvoiceAddress that
		// refers to Address (xml name "Address") is <InvoiceAddress>.
		if x.Name != "" {
			f.XML.Name = x.Name
		}
		f.XML.Namespace = x.Namespace
		f.XML.Attribute = x.Attribute
		if x.Wrapped {
			f.XML.Wrapped = true
		}
	}
	if s.Items != nil {
		// OpenAPI: list items are named by the items' XML object (through
		// a $ref, the referenced schema's), else after the property.
		f.XML.ItemName = prop
		if x := s.Items.Value; x != nil && x.XML != nil && x.XML.Name != "" {
			f.XML.ItemName = x.XML.Name
		}
		if !f.XML.Wrapped {
			// Unwrapped, each item is an element named as the item.
			f.XML.Name = f.XML.ItemName
		}
	}
	return f
}

// fieldType decides whether a field is held through a pointer: structs
// always (recursive types stay finite, absent stays absent), scalars when
// optional or nullable; slices, maps and interfaces never.
func (l *lowerer) fieldType(f *ir.Field) *ir.TypeRef {
	t := f.Type
	switch l.shape(t) {
	case shapeStruct:
		return ir.PointerTo(t)
	case shapeScalar:
		if !f.Required || f.Nullable {
			return ir.PointerTo(t)
		}
	}
	return t
}

type shape int

const (
	shapeScalar shape = iota
	shapeStruct
	shapeContainer // slices, maps, interfaces: nil is their absence
)

func (l *lowerer) shape(t *ir.TypeRef) shape {
	switch t.Kind {
	case ir.Slice, ir.Map:
		return shapeContainer
	case ir.Builtin:
		if t.Name == "any" {
			return shapeContainer
		}
		return shapeScalar
	case ir.Qualified:
		if t == ir.RawJSON {
			return shapeContainer
		}
		return shapeScalar
	case ir.Local:
		d, ok := t.Decl.(lazyDecl)
		if !ok {
			return shapeScalar // runtime helpers
		}
		switch d.s.kind {
		case structSite, unionSite:
			return shapeStruct
		case enumSite:
			return shapeScalar
		}
		if d.s.aliasOf != nil {
			return l.shape(l.siteRef(l.refSite(d.s.aliasOf, d.s.file)))
		}
		return l.shape(l.inlineType(d.s.schema, d.s.file, d.s.ptr))
	}
	return shapeContainer
}

// omitXML reports whether encoding/xml cannot carry a type (maps and
// untyped values); such fields are left out of XML.
func omitXML(t *ir.TypeRef) bool {
	switch t.Kind {
	case ir.Map:
		return true
	case ir.Pointer, ir.Slice:
		return omitXML(t.Elem)
	case ir.Builtin:
		return t.Name == "any"
	case ir.Qualified:
		return t == ir.RawJSON
	}
	return false
}

// docOf builds the documentation of a schema.
func (l *lowerer) docOf(s *openapi3.Schema) ir.Doc {
	n := l.note(s)
	d := ir.Doc{Text: n.doc}
	if s.Title != "" && d.Text == "" {
		d.Text = s.Title
	}
	if s.Deprecated || n.deprecated != nil {
		d.Deprecated = true
		if n.deprecated != nil {
			d.DeprecatedText = annotate.DocText(s.Description[n.deprecated.Span.Start:n.deprecated.Span.End])
		}
	}
	return d
}

// constraints collects the validation rules of a schema from its keywords
// and its prose; a keyword wins over prose, and a disagreement is a warning.
func (l *lowerer) constraints(s *openapi3.Schema, file, ptr string) ir.Constraints {
	n := l.note(s)
	var c ir.Constraints
	if s.MaxLength != nil {
		c.MaxLength = intPtr(int(min(*s.MaxLength, math.MaxInt32)))
		if n.maxLength != nil && (n.maxLength.Unlimited || n.maxLength.MaxLength != *c.MaxLength) {
			l.warn(file, ptr+"/maxLength", fmt.Sprintf("maxLength %d disagrees with the description (%q); the keyword wins", *c.MaxLength, spanText(s.Description, n.maxLength.Span)))
		}
	} else if n.maxLength != nil {
		if n.maxLength.Unlimited {
			c.MaxLengthUnlimited = true
		} else {
			c.MaxLength = intPtr(n.maxLength.MaxLength)
		}
	}
	if s.MinLength > 0 {
		c.MinLength = intPtr(int(min(s.MinLength, math.MaxInt32)))
	}
	c.Pattern = s.Pattern
	c.Minimum, c.Maximum = s.Min, s.Max
	c.ExclusiveMinimum, c.ExclusiveMaximum = exclusive(s.ExclusiveMin, &c.Minimum), exclusive(s.ExclusiveMax, &c.Maximum)
	c.MultipleOf = s.MultipleOf
	if s.MinItems > 0 {
		c.MinItems = intPtr(int(min(s.MinItems, math.MaxInt32)))
	}
	if s.MaxItems != nil {
		c.MaxItems = intPtr(int(min(*s.MaxItems, math.MaxInt32)))
	}
	c.UniqueItems = s.UniqueItems
	if s.MinProps > 0 {
		c.MinProperties = intPtr(int(min(s.MinProps, math.MaxInt32)))
	}
	if s.MaxProps != nil {
		c.MaxProperties = intPtr(int(min(*s.MaxProps, math.MaxInt32)))
	}
	if t, _ := typeOf(s); t == "string" {
		// A format mapped to a type other than string is that type's job.
		if m := l.mappedType(s); m == nil || m.Kind == ir.Builtin && m.Name == "string" {
			c.Format = s.Format
		}
	}
	if s.Default != nil {
		if b, err := json.Marshal(s.Default); err == nil {
			c.Default = string(b)
		}
		if n.def != nil && n.def.Default != c.Default {
			l.warn(file, ptr+"/default", fmt.Sprintf("default %s disagrees with the description (%q); the keyword wins", c.Default, spanText(s.Description, n.def.Span)))
		}
	} else if n.def != nil {
		c.Default = n.def.Default
	}
	if s.Items != nil && s.Items.Value != nil && s.Items.Ref == "" {
		if _, ok := l.bySchema[s.Items.Value]; !ok {
			ic := l.constraints(s.Items.Value, file, ptr+"/items")
			if ic != (ir.Constraints{}) {
				c.Items = &ic
			}
		}
	}
	if ap := s.AdditionalProperties.Schema; ap != nil && ap.Value != nil && ap.Ref == "" {
		// Map values, like slice items, carry their constraints in Items.
		if _, ok := l.bySchema[ap.Value]; !ok {
			ic := l.constraints(ap.Value, file, ptr+"/additionalProperties")
			if ic != (ir.Constraints{}) {
				c.Items = &ic
			}
		}
	}
	return c
}

// exclusive converts an exclusive bound: a 3.0 boolean flag on the
// minimum/maximum, or a 3.1 number that replaces it.
func exclusive(b openapi3.ExclusiveBound, bound **float64) bool {
	if b.Value != nil {
		v := *b.Value
		*bound = &v
		return true
	}
	return b.IsTrue()
}

func intPtr(v int) *int { return &v }

func spanText(s string, sp annotate.Span) string {
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End {
		return ""
	}
	return s[sp.Start:sp.End]
}

// buildEnum builds an enum from a schema's enum list and its prose mapping
// (on the schema itself or on the array that holds it).
func (l *lowerer) buildEnum(s *site, src ir.Source) (*ir.Enum, error) {
	schema := s.schema
	proseSchema := schema
	if s.proseFrom != nil {
		proseSchema = s.proseFrom
	}
	prose := l.note(proseSchema).enum
	if prose == nil && proseSchema != schema {
		prose = l.note(schema).enum
	}
	docSchema := schema
	if schema.Description == "" && s.proseFrom != nil {
		docSchema = s.proseFrom
	}
	e := &ir.Enum{Name: s.name, Src: src, Doc: l.docOf(docSchema), Bits: 64}
	t, _ := typeOf(schema)
	if schema.Format == "int32" || t == "string" {
		// Mapped string enums are 32-bit like the .NET enums they mirror.
		e.Bits = 32
	}
	list := nonNullEnum(schema)
	varNames := stringList(schema.Extensions["x-enum-varnames"])
	switch {
	case t == "string" && prose != nil:
		e.Base = ir.MappedStringEnum
	case t == "string":
		e.Base = ir.StringEnum
	default:
		e.Base = ir.IntegerEnum
	}
	if prose == nil {
		for i, v := range list {
			ev := &ir.EnumValue{}
			switch x := v.(type) {
			case string:
				ev.Name = x
			case float64:
				if x != math.Trunc(x) {
					return nil, l.errorAt(s, fmt.Sprintf("enum value %v of an integer schema is not an integer", x))
				}
				ev.Int = int64(x)
				ev.Name = strconv.FormatInt(ev.Int, 10)
			default:
				ev.Name = fmt.Sprint(x)
			}
			if i < len(varNames) && varNames[i] != "" {
				if e.Base == ir.IntegerEnum {
					ev.Name = varNames[i]
				} else {
					ev.Doc.Text = varNames[i]
				}
			}
			e.Values = append(e.Values, ev)
		}
		return e, nil
	}
	// A prose mapping: its integers and names, in order, then the names of
	// the enum list that the prose lacks.
	inProse := map[string]bool{}
	maxInt := int64(math.MinInt64)
	for _, pv := range prose.Values {
		e.Values = append(e.Values, &ir.EnumValue{Name: pv.Name, Int: pv.Value, Doc: ir.Doc{Text: pv.Doc}})
		inProse[pv.Name] = true
		maxInt = max(maxInt, pv.Value)
	}
	inList := map[string]bool{}
	var onlyList []string
	for _, v := range list {
		name := fmt.Sprint(v)
		if f, ok := v.(float64); ok {
			name = strconv.FormatFloat(f, 'f', -1, 64)
		}
		inList[name] = true
		if !inProse[name] && t == "string" {
			onlyList = append(onlyList, name)
		}
	}
	if t == "integer" && len(list) > 0 {
		var missing []string
		for _, pv := range prose.Values {
			if !inList[strconv.FormatInt(pv.Value, 10)] {
				missing = append(missing, strconv.FormatInt(pv.Value, 10))
			}
		}
		if len(missing) > 0 {
			l.warn(s.file, s.ptr+"/enum", fmt.Sprintf("enum list lacks %s that the description maps", strings.Join(missing, ", ")))
		}
		return e, nil
	}
	var proseOnly []string
	if len(list) > 0 {
		for _, pv := range prose.Values {
			if !inList[pv.Name] {
				proseOnly = append(proseOnly, pv.Name)
			}
		}
	}
	proseFile, prosePtr := s.file, s.ptr
	if s.proseFrom != nil {
		prosePtr = strings.TrimSuffix(s.ptr, "/items")
	}
	if len(proseOnly) > 0 {
		l.warn(proseFile, s.ptr+"/enum", fmt.Sprintf("enum list at %s lacks %s, which the description at %s maps; keeping the union with the description's integers", s.ptr+"/enum", strings.Join(proseOnly, ", "), prosePtr+"/description"))
	}
	if len(onlyList) > 0 {
		sort.Strings(onlyList)
		for _, name := range onlyList {
			maxInt++
			e.Values = append(e.Values, &ir.EnumValue{Name: name, Int: maxInt, Doc: ir.Doc{Text: "The description gives this value no integer; norcegen numbered it after the highest documented one."}})
		}
		l.warn(proseFile, s.ptr+"/enum", fmt.Sprintf("enum list at %s has %s, to which the description at %s gives no integer; numbered after the highest documented integer", s.ptr+"/enum", strings.Join(onlyList, ", "), prosePtr+"/description"))
	}
	return e, nil
}

// stringList converts an extension value to a list of strings.
func stringList(v any) []string {
	list, ok := v.([]any)
	if !ok {
		return nil
	}
	out := make([]string, len(list))
	for i, x := range list {
		out[i] = fmt.Sprint(x)
	}
	return out
}
