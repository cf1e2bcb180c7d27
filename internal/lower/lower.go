// Package lower builds norcegen's IR from a loaded, annotated OpenAPI
// document. It is the only stage after loading that reads kin-openapi types,
// and the one place where Go names are chosen and collisions resolved.
//
// Lowering runs in three passes over the component schemas, taken in sorted
// name order, and their properties, taken in the order the file writes them:
//
//  1. collect: every schema that becomes a named Go type (each component
//     schema, and each inline object or enum) is recorded as a site with its
//     JSON pointer and its name candidate;
//  2. name: pinned names (x-go-name, config overrides) are claimed first,
//     then component names, then inline names in discovery order, each
//     inline name built from its owner's final name;
//  3. build: each site becomes an ir.Type.
package lower

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/annotate"
	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/load"
	"github.com/norcegen/norcegen/internal/names"
	"github.com/norcegen/norcegen/internal/source"
)

// Options control lowering.
type Options struct {
	// Package is the Go package name.
	Package string
	// Rules is the annotation rule set; nil means annotate.Norce().
	Rules *annotate.RuleSet
	// Names maps JSON pointers of schemas (as in the root file:
	// "/components/schemas/Customer/properties/Type") to Go type names.
	Names map[string]string
	// KeepUnknownEnums makes enum decoding keep unknown values.
	KeepUnknownEnums bool
	// Types maps schema formats ("decimal", "uuid") to the Go type a scalar
	// schema with that format becomes, in place of the built-in choice
	// (see ParseGoType).
	Types map[string]*ir.TypeRef
	// DataContract, when set, gives the package the DataContract XML form
	// (see datacontract.go); an empty Namespace means the default one.
	DataContract *ir.DataContract
}

// Warning is a problem that does not stop generation.
type Warning struct {
	File string
	Pos  source.Pos
	Msg  string
}

func (w Warning) String() string {
	return (&source.Error{File: w.File, Pos: w.Pos, Msg: "warning: " + w.Msg}).Error()
}

// reservedMethods are method names generated on types; no field may take
// them.
var reservedMethods = []string{"Validate", "String", "MarshalJSON", "UnmarshalJSON", "MarshalXML", "UnmarshalXML"}

// Lower builds the IR of doc.
func Lower(doc *load.Document, opts Options) (*ir.Package, []Warning, error) {
	if opts.Rules == nil {
		opts.Rules = annotate.Norce()
	}
	l := &lowerer{
		doc:      doc,
		opts:     opts,
		bySchema: map[*openapi3.Schema]*site{},
		byPtr:    map[string]*site{},
		notes:    map[*openapi3.Schema]*notes{},
		helpers:  map[string]bool{},
	}
	if err := l.collect(); err != nil {
		return nil, nil, err
	}
	if err := l.name(); err != nil {
		return nil, nil, err
	}
	pkg := &ir.Package{
		Name:             opts.Package,
		KeepUnknownEnums: opts.KeepUnknownEnums,
	}
	if doc.Spec.Info != nil {
		pkg.SpecTitle, pkg.SpecVersion = doc.Spec.Info.Title, doc.Spec.Info.Version
	}
	for _, s := range l.sites {
		t, err := l.build(s)
		if err != nil {
			return nil, nil, err
		}
		pkg.Types = append(pkg.Types, t)
	}
	sort.Slice(pkg.Types, func(i, j int) bool { return pkg.Types[i].GoName() < pkg.Types[j].GoName() })
	l.resolveRefs()
	l.nameConstants(pkg)
	l.dataContractPackage(pkg)
	for _, t := range pkg.Types {
		if _, ok := t.(*ir.Enum); ok {
			l.helpers["enum"] = true
			break
		}
	}
	for _, t := range pkg.Types {
		// The types that get a Validate method (emit.HasValidate): structs,
		// enums, and defined types other than aliases and interfaces.
		if n, ok := t.(*ir.Named); !ok || !n.Alias && !(n.Underlying.Kind == ir.Builtin && n.Underlying.Name == "any") {
			l.helpers["validate"] = true
			break
		}
	}
	for h := range l.helpers {
		pkg.Helpers = append(pkg.Helpers, h)
	}
	sort.Strings(pkg.Helpers)
	sort.SliceStable(l.warnings, func(i, j int) bool {
		a, b := l.warnings[i], l.warnings[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Pos.Line != b.Pos.Line {
			return a.Pos.Line < b.Pos.Line
		}
		return a.Pos.Col < b.Pos.Col
	})
	return pkg, l.warnings, nil
}

type lowerer struct {
	doc      *load.Document
	opts     Options
	sites    []*site
	bySchema map[*openapi3.Schema]*site
	byPtr    map[string]*site
	notes    map[*openapi3.Schema]*notes
	helpers  map[string]bool
	scope    *names.Scope
	warnings []Warning
	// refs are the references to sites handed out, resolved to the built
	// types at the end.
	refs []*ir.TypeRef
	// goTypeWarned records the schemas whose bad x-go-type was reported.
	goTypeWarned map[*openapi3.Schema]bool
}

// siteKind says what Go type a site becomes.
type siteKind int

const (
	structSite siteKind = iota
	enumSite
	namedSite
	unionSite
)

// site is a schema that becomes a named Go type.
type site struct {
	kind   siteKind
	schema *openapi3.Schema
	// file and ptr locate the schema (ptr is a JSON pointer within file).
	file, ptr string
	// component is set for component schemas (and external ref targets).
	component bool
	// candidate is the name before collision handling; for inline sites it
	// is the suffix appended to the owner's name.
	candidate string
	owner     *site
	pinned    string
	name      string
	// enumSchema is the schema whose description carries a prose mapping
	// for an enum site (the array that holds the items, for instance).
	proseFrom *openapi3.Schema
	// aliasOf is set for a component that is only a $ref.
	aliasOf *openapi3.SchemaRef
	typ     ir.Type
}

func (l *lowerer) componentsPointer() string {
	if l.doc.Swagger {
		return "/definitions/"
	}
	return "/components/schemas/"
}

// collect records the sites of every component schema and of the inline
// schemas they hold.
func (l *lowerer) collect() error {
	if l.doc.Spec.Components == nil {
		return nil
	}
	l.prepareNotes(l.normalize())
	schemas := l.doc.Spec.Components.Schemas
	keys := make([]string, 0, len(schemas))
	for k := range schemas {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	// Component sites first, so that references among them resolve.
	for _, k := range keys {
		ref := schemas[k]
		if ref == nil || ref.Value == nil {
			continue
		}
		s := &site{
			schema:    ref.Value,
			file:      l.doc.Path,
			ptr:       l.componentsPointer() + source.EscapeToken(k),
			component: true,
			candidate: k,
		}
		s.kind = l.kindOf(ref.Value, nil)
		if ref.Ref != "" || singleAllOf(ref.Value) != nil {
			// A component that is only a $ref to another schema (or an
			// allOf of one) becomes a Go alias of that schema's type.
			s.aliasOf = ref
			if ref.Ref == "" {
				s.aliasOf = singleAllOf(ref.Value)
			}
			s.kind = namedSite
		} else if _, dup := l.bySchema[ref.Value]; !dup {
			l.bySchema[ref.Value] = s
		}
		l.addSite(s)
	}
	for _, s := range l.sites[:len(l.sites):len(l.sites)] {
		if s.aliasOf != nil {
			l.refSite(s.aliasOf, s.file)
			continue
		}
		l.collectInline(s, s.schema, s.file, s.ptr, "", map[*openapi3.Schema]bool{})
	}
	return nil
}

func (l *lowerer) addSite(s *site) {
	l.sites = append(l.sites, s)
	l.byPtr[s.file+"#"+s.ptr] = s
	if p := s.schema.Extensions["x-go-name"]; p != nil {
		if name, ok := p.(string); ok {
			s.pinned = name
		}
	}
	if s.file == l.doc.Path {
		if name, ok := l.opts.Names[s.ptr]; ok {
			s.pinned = name
		}
	}
}

// kindOf decides the site kind of a schema; prose is the description that
// may carry an enum mapping (the schema's own when nil).
func (l *lowerer) kindOf(s *openapi3.Schema, prose *openapi3.Schema) siteKind {
	if goTypeText(s) != "" {
		return namedSite
	}
	if isEnum(s, l.note(s)) || prose != nil && l.note(prose).enum != nil && isScalar(s) {
		return enumSite
	}
	if isUnion(s) {
		return unionSite
	}
	if isObject(s) && !isMap(s) || len(s.AllOf) > 0 {
		return structSite
	}
	return namedSite
}

// collectInline walks a schema's children, adding a site for each inline
// schema that needs a named type. owner is the site whose type holds them;
// stem is the name of s relative to owner ("" for the owner's own schema),
// so an inline enum in the items of owner's property P is named
// owner + P + "Item".
func (l *lowerer) collectInline(owner *site, s *openapi3.Schema, file, ptr, stem string, seen map[*openapi3.Schema]bool) {
	if seen[s] || goTypeText(s) != "" {
		return
	}
	seen[s] = true
	visit := func(ref *openapi3.SchemaRef, childPtr, childStem string, prose *openapi3.Schema) {
		if ref == nil || ref.Value == nil {
			return
		}
		if ref.Ref != "" {
			l.refSite(ref, file)
			return
		}
		if part := singleAllOf(ref.Value); part != nil {
			if part.Ref != "" {
				l.refSite(part, file)
				return
			}
			ref = part
		}
		child := ref.Value
		if _, ok := l.bySchema[child]; ok {
			return
		}
		if needsSite(child, l.note(child)) || prose != nil && l.note(prose).enum != nil && isScalar(child) {
			cs := &site{schema: child, file: file, ptr: childPtr, candidate: childStem, owner: owner, proseFrom: prose}
			cs.kind = l.kindOf(child, prose)
			l.bySchema[child] = cs
			l.addSite(cs)
			l.collectInline(cs, child, file, childPtr, "", seen)
			return
		}
		l.collectInline(owner, child, file, childPtr, childStem, seen)
	}
	for _, p := range l.propertyOrder(s, file, ptr) {
		visit(s.Properties[p], ptr+"/properties/"+source.EscapeToken(p), stem+propertyStem(p), nil)
	}
	if s.Items != nil {
		var prose *openapi3.Schema
		if l.note(s).enum != nil {
			prose = s
		}
		visit(s.Items, ptr+"/items", stem+"Item", prose)
	}
	if ap := s.AdditionalProperties.Schema; ap != nil {
		visit(ap, ptr+"/additionalProperties", stem+"Value", nil)
	}
	for _, p := range schemaKeys(s.PatternProperties) {
		visit(s.PatternProperties[p], ptr+"/patternProperties/"+source.EscapeToken(p), stem+"Value", nil)
	}
	for i, part := range s.AllOf {
		if part != nil && part.Ref == "" && part.Value != nil && !seen[part.Value] {
			// An inline part is merged into the owner's struct: its
			// children belong to the owner.
			l.collectInline(owner, part.Value, file, fmt.Sprintf("%s/allOf/%d", ptr, i), stem, seen)
			continue
		}
		visit(part, fmt.Sprintf("%s/allOf/%d", ptr, i), fmt.Sprintf("%sAllOf%d", stem, i), nil)
	}
	for i, part := range s.OneOf {
		visit(part, fmt.Sprintf("%s/oneOf/%d", ptr, i), fmt.Sprintf("%sOneOf%d", stem, i), nil)
	}
	for i, part := range s.AnyOf {
		visit(part, fmt.Sprintf("%s/anyOf/%d", ptr, i), fmt.Sprintf("%sAnyOf%d", stem, i), nil)
	}
}

// propertyStem is a property's part of an inline type name.
func propertyStem(p string) string {
	if n := names.Exported(p); n != "" {
		return n
	}
	return "Property"
}

// refSite returns the site of a referenced schema, adding one for a schema
// in another file.
func (l *lowerer) refSite(ref *openapi3.SchemaRef, fromFile string) *site {
	if s, ok := l.bySchema[ref.Value]; ok {
		return s
	}
	file, ptr := l.resolveRef(ref.Ref, fromFile)
	if s, ok := l.byPtr[file+"#"+ptr]; ok {
		return s
	}
	last := ptr[strings.LastIndexByte(ptr, '/')+1:]
	if last == "" {
		last = strings.TrimSuffix(file[strings.LastIndexAny(file, `/\`)+1:], ".yaml")
	}
	s := &site{schema: ref.Value, file: file, ptr: ptr, component: true, candidate: source.UnescapeToken(last)}
	s.kind = l.kindOf(ref.Value, nil)
	l.bySchema[ref.Value] = s
	l.addSite(s)
	l.collectInline(s, ref.Value, file, ptr, "", map[*openapi3.Schema]bool{})
	return s
}

// resolveRef splits a $ref into the file it points into (relative to the
// working directory) and the JSON pointer.
func (l *lowerer) resolveRef(ref, fromFile string) (file, ptr string) {
	f, p, _ := strings.Cut(ref, "#")
	if f == "" {
		return fromFile, p
	}
	// The same path the load stage reads the file from (load.Document.File).
	return filepath.Join(filepath.Dir(fromFile), filepath.FromSlash(f)), p
}

// propertyOrder returns a schema's property names in the order its file
// writes them; names the file does not list (or a file without order) come
// after, sorted.
func (l *lowerer) propertyOrder(s *openapi3.Schema, file, ptr string) []string {
	if len(s.Properties) == 0 {
		return nil
	}
	var order []string
	if f, err := l.doc.File(file); err == nil {
		order = f.PropertyOrder(ptr + "/properties")
	}
	out := make([]string, 0, len(s.Properties))
	seen := make(map[string]bool, len(s.Properties))
	for _, k := range order {
		if _, ok := s.Properties[k]; ok && !seen[k] {
			out = append(out, k)
			seen[k] = true
		}
	}
	var rest []string
	for k := range s.Properties {
		if !seen[k] {
			rest = append(rest, k)
		}
	}
	sort.Strings(rest)
	return append(out, rest...)
}

// name assigns every site its Go name.
func (l *lowerer) name() error {
	reserved := helperIdents()
	if l.opts.DataContract != nil {
		reserved = append(reserved, ir.DataContractFuncs...)
	}
	l.scope = names.NewScope(reserved...)
	for _, s := range l.sites {
		if s.pinned == "" {
			continue
		}
		if !names.IsExported(s.pinned) {
			return l.errorAt(s, fmt.Sprintf("name %q is not an exported Go identifier", s.pinned))
		}
		if l.scope.Taken(s.pinned) {
			return l.errorAt(s, fmt.Sprintf("name %q is given to two types (or to a norcegen runtime helper)", s.pinned))
		}
		s.name = l.scope.Claim(s.pinned)
	}
	for _, s := range l.sites {
		if s.name == "" && s.component {
			n := names.Exported(s.candidate)
			if n == "" {
				n = "Schema"
			}
			s.name = l.scope.Claim(n)
		}
	}
	for _, s := range l.sites {
		if s.name == "" {
			s.name = l.scope.Claim(s.owner.name + s.candidate)
		}
	}
	return nil
}

// nameConstants names enum constants TypeName+ValueName after all type
// names are taken.
func (l *lowerer) nameConstants(pkg *ir.Package) {
	for _, t := range pkg.Types {
		e, ok := t.(*ir.Enum)
		if !ok {
			continue
		}
		for _, v := range e.Values {
			suffix := names.Exported(v.Name)
			if suffix == "" {
				suffix = "Empty"
			} else if suffix[0] == 'X' && v.Name != "" && v.Name[0] >= '0' && v.Name[0] <= '9' {
				suffix = suffix[1:]
			}
			v.GoName = l.scope.Claim(e.Name + suffix)
		}
	}
}

func (l *lowerer) errorAt(s *site, msg string) error {
	pos := source.Pos{}
	if f, err := l.doc.File(s.file); err == nil {
		pos = f.Nearest(s.ptr)
	}
	return &source.Error{File: s.file, Pos: pos, Msg: msg}
}

func (l *lowerer) warn(file, ptr, msg string) {
	pos := source.Pos{}
	if f, err := l.doc.File(file); err == nil {
		pos = f.Nearest(ptr)
	}
	l.warnings = append(l.warnings, Warning{File: file, Pos: pos, Msg: msg})
}
