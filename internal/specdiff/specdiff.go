// Package specdiff compares two versions of an OpenAPI description as
// norcegen sees them: both are loaded, annotated and lowered with the same
// options, and the two IR packages are compared. It reports what changes
// for the generated Go code and for the wire (JSON and XML), each change
// tagged breaking or compatible.
//
// A change is breaking when code that compiled against the old package may
// not compile against the new one, or when data that was valid under the
// old spec may be rejected or read differently under the new one:
// a removed or renamed type, field or enum value, a changed Go type, an
// optional field made required, a tighter limit (MaxLength lowered or
// added), and above all an enum value whose integer changed, which makes
// XML written under the old spec decode as another value.
package specdiff

import (
	"cmp"
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/load"
	"github.com/norcegen/norcegen/internal/lower"
)

// Kind names a kind of change. The values are stable: they are part of
// the JSON output.
type Kind string

// The kinds of change.
const (
	TypeAdded       Kind = "type-added"
	TypeRemoved     Kind = "type-removed"
	TypeRenamed     Kind = "type-renamed"
	TypeKindChanged Kind = "type-kind-changed"
	TypeChanged     Kind = "type-changed"
	XMLNameChanged  Kind = "xml-name-changed"

	FieldAdded          Kind = "field-added"
	FieldRemoved        Kind = "field-removed"
	FieldRenamed        Kind = "field-renamed"
	FieldWireRenamed    Kind = "field-wire-renamed"
	FieldTypeChanged    Kind = "field-type-changed"
	FieldXMLChanged     Kind = "field-xml-changed"
	FieldRequired       Kind = "field-required"
	FieldOptional       Kind = "field-optional"
	FieldNullable       Kind = "field-nullable"
	FieldNotNullable    Kind = "field-not-nullable"
	EnumBaseChanged     Kind = "enum-base-changed"
	EnumValueAdded      Kind = "enum-value-added"
	EnumValueRemoved    Kind = "enum-value-removed"
	EnumValueRenamed    Kind = "enum-value-renamed"
	EnumValueRenumbered Kind = "enum-value-renumbered"
	EnumConstRenamed    Kind = "enum-constant-renamed"
	MaxLengthLowered    Kind = "max-length-lowered"
	MaxLengthRaised     Kind = "max-length-raised"
	ConstraintTightened Kind = "constraint-tightened"
	ConstraintLoosened  Kind = "constraint-loosened"
	Deprecated          Kind = "deprecated"
)

// Change is one difference between the two versions.
type Change struct {
	// Breaking is set when the change can break code or data (see the
	// package documentation).
	Breaking bool `json:"breaking"`
	// Kind says what changed.
	Kind Kind `json:"kind"`
	// Type is the Go name of the type concerned (in the new version, or in
	// the old one when the type was removed).
	Type string `json:"type"`
	// Member is the field (its Go name) or enum value (its name as the spec
	// spells it) concerned, "" for the type itself. A "[]" suffix means
	// the elements of a list field.
	Member string `json:"member,omitempty"`
	// Pointer is the JSON pointer of the type's schema (in the new spec, or
	// in the old one when the type was removed).
	Pointer string `json:"pointer"`
	// Old and New are the values before and after, where there are any.
	Old string `json:"old,omitempty"`
	New string `json:"new,omitempty"`
	// Message says what changed and what it means, in one line.
	Message string `json:"message"`
}

// Subject is the change's Type, or Type.Member.
func (c Change) Subject() string {
	if c.Member == "" || strings.HasPrefix(c.Member, "[") {
		return c.Type + c.Member
	}
	return c.Type + "." + c.Member
}

// Version is one version of a spec as norcegen sees it.
type Version struct {
	// Path is the spec's root file.
	Path string
	// Package is the lowered spec.
	Package *ir.Package
}

// Load loads and lowers the spec at path with the generation options of
// cfg (names, type mappings, annotation rules, enum handling), so that the
// comparison sees what generation would see. cfg.Spec is ignored.
func Load(path string, cfg generator.Config) (Version, error) {
	rules, err := cfg.Rules.RuleSet()
	if err != nil {
		return Version{}, err
	}
	types, err := lower.ParseTypes(cfg.Types)
	if err != nil {
		return Version{}, err
	}
	doc, err := load.Load(path)
	if err != nil {
		return Version{}, err
	}
	pkgName := cfg.Package
	if pkgName == "" {
		pkgName = "spec"
	}
	pkg, _, err := lower.Lower(doc, lower.Options{
		Package:          pkgName,
		Rules:            rules,
		Names:            cfg.Names,
		KeepUnknownEnums: cfg.KeepUnknownEnums,
		Types:            types,
	})
	if err != nil {
		return Version{}, err
	}
	return Version{Path: path, Package: pkg}, nil
}

// Report is the result of a comparison.
type Report struct {
	// Old and New describe the two versions.
	Old, New SpecInfo
	// Changes are sorted by type, member and kind.
	Changes []Change
}

// SpecInfo names one version of the spec.
type SpecInfo struct {
	// Path is the spec's root file as given.
	Path string `json:"path"`
	// Title and Version are the spec's info.title and info.version.
	Title   string `json:"title,omitempty"`
	Version string `json:"version,omitempty"`
}

// Breaking returns the number of breaking changes.
func (r *Report) Breaking() int {
	n := 0
	for _, c := range r.Changes {
		if c.Breaking {
			n++
		}
	}
	return n
}

// Compare compares two versions of a spec.
func Compare(old, new Version) *Report {
	d := &differ{
		old:      old,
		new:      new,
		oldToNew: map[string]string{},
	}
	d.matchTypes()
	for _, p := range d.pairs {
		d.compareType(p.old, p.new)
	}
	slices.SortStableFunc(d.changes, func(a, b Change) int {
		return cmp.Or(
			strings.Compare(a.Type, b.Type),
			strings.Compare(a.Member, b.Member),
			strings.Compare(string(a.Kind), string(b.Kind)),
			strings.Compare(a.Message, b.Message),
		)
	})
	return &Report{
		Old:     SpecInfo{Path: old.Path, Title: old.Package.SpecTitle, Version: old.Package.SpecVersion},
		New:     SpecInfo{Path: new.Path, Title: new.Package.SpecTitle, Version: new.Package.SpecVersion},
		Changes: d.changes,
	}
}

type differ struct {
	old, new Version
	// oldToNew maps the key of each old type to the key of the new type
	// it was matched with.
	oldToNew map[string]string
	pairs    []typePair
	changes  []Change
}

type typePair struct{ old, new ir.Type }

// key identifies a type across versions: its schema's JSON pointer, and
// for a schema in another file than the root, that file relative to the
// root's directory.
func key(v Version, src ir.Source) string {
	if src.File == "" || filepath.Clean(src.File) == filepath.Clean(v.Path) {
		return "#" + src.Pointer
	}
	rel, err := filepath.Rel(filepath.Dir(v.Path), src.File)
	if err != nil {
		rel = src.File
	}
	return filepath.ToSlash(rel) + "#" + src.Pointer
}

// matchTypes pairs the old and new types: by schema location, then by Go
// name, then by shape (a schema renamed in the spec), and reports the
// types left over as removed or added.
func (d *differ) matchTypes() {
	oldLeft := slices.Clone(d.old.Package.Types)
	newLeft := slices.Clone(d.new.Package.Types)
	pair := func(match func(o, n ir.Type) bool, unique bool) {
		for i := 0; i < len(oldLeft); i++ {
			o := oldLeft[i]
			var found []int
			for j, n := range newLeft {
				if match(o, n) {
					found = append(found, j)
				}
			}
			if len(found) == 0 || unique && len(found) > 1 {
				continue
			}
			if unique {
				others := 0
				for _, o2 := range oldLeft {
					if match(o2, newLeft[found[0]]) {
						others++
					}
				}
				if others > 1 {
					continue
				}
			}
			n := newLeft[found[0]]
			d.pairs = append(d.pairs, typePair{o, n})
			d.oldToNew[key(d.old, o.Source())] = key(d.new, n.Source())
			oldLeft = slices.Delete(oldLeft, i, i+1)
			newLeft = slices.Delete(newLeft, found[0], found[0]+1)
			i--
		}
	}
	pair(func(o, n ir.Type) bool { return key(d.old, o.Source()) == key(d.new, n.Source()) }, false)
	pair(func(o, n ir.Type) bool { return o.GoName() == n.GoName() }, false)
	pair(func(o, n ir.Type) bool { return d.shape(d.old, o) == d.shape(d.new, n) }, true)
	for _, o := range oldLeft {
		d.add(Change{Breaking: true, Kind: TypeRemoved, Type: o.GoName(), Pointer: o.Source().Pointer,
			Message: fmt.Sprintf("%s removed: code that uses it no longer compiles", kindName(o))})
	}
	for _, n := range newLeft {
		d.add(Change{Kind: TypeAdded, Type: n.GoName(), Pointer: n.Source().Pointer,
			Message: kindName(n) + " added"})
	}
}

// shape is a type's structure without its name, to recognise a schema
// renamed in the spec.
func (d *differ) shape(v Version, t ir.Type) string {
	switch t := t.(type) {
	case *ir.Struct:
		names := make([]string, len(t.Fields))
		for i, f := range t.Fields {
			names[i] = f.JSONName + ":" + d.canon(v, f.Type)
		}
		slices.Sort(names)
		return "struct{" + strings.Join(names, ";") + "}"
	case *ir.Enum:
		names := make([]string, len(t.Values))
		for i, e := range t.Values {
			names[i] = fmt.Sprintf("%s=%d", e.Name, e.Int)
		}
		slices.Sort(names)
		return fmt.Sprintf("enum%d{%s}", t.Base, strings.Join(names, ";"))
	case *ir.Named:
		return fmt.Sprintf("named(%t,%s)", t.Alias, d.canon(v, t.Underlying))
	}
	return fmt.Sprintf("%T", t)
}

func kindName(t ir.Type) string {
	switch t := t.(type) {
	case *ir.Struct:
		return "struct type"
	case *ir.Enum:
		if t.Base == ir.StringEnum {
			return "string enum"
		}
		return "enum"
	case *ir.Named:
		if t.Alias {
			return "type alias"
		}
		return "type"
	}
	return "type"
}

func (d *differ) add(c Change) { d.changes = append(d.changes, c) }

// compareType compares a matched pair of types.
func (d *differ) compareType(o, n ir.Type) {
	base := Change{Type: n.GoName(), Pointer: n.Source().Pointer}
	if o.GoName() != n.GoName() {
		c := base
		c.Breaking, c.Kind, c.Old, c.New = true, TypeRenamed, o.GoName(), n.GoName()
		c.Message = fmt.Sprintf("Go type renamed from %s: code that uses the old name no longer compiles", o.GoName())
		if os, ns := o.Source().Pointer, n.Source().Pointer; os != ns {
			c.Message += fmt.Sprintf(" (schema moved from %s)", os)
		}
		d.add(c)
	}
	d.deprecation(base, docOf(o), docOf(n), kindName(n))
	switch o := o.(type) {
	case *ir.Struct:
		if n, ok := n.(*ir.Struct); ok {
			d.compareStruct(base, o, n)
			return
		}
	case *ir.Enum:
		if n, ok := n.(*ir.Enum); ok {
			d.compareEnum(base, o, n)
			return
		}
	case *ir.Named:
		if n, ok := n.(*ir.Named); ok {
			if o.Alias != n.Alias || d.canon(d.old, o.Underlying) != d.canon(d.new, n.Underlying) {
				c := base
				c.Breaking, c.Kind = true, TypeChanged
				c.Old, c.New = goType(o.Underlying), goType(n.Underlying)
				c.Message = fmt.Sprintf("underlying Go type changed from %s to %s", c.Old, c.New)
				d.add(c)
			}
			d.constraints(base, o.Constraints, n.Constraints)
			return
		}
	}
	c := base
	c.Breaking, c.Kind, c.Old, c.New = true, TypeKindChanged, kindName(o), kindName(n)
	c.Message = fmt.Sprintf("%s became a %s", kindName(o), kindName(n))
	d.add(c)
}

func docOf(t ir.Type) ir.Doc {
	switch t := t.(type) {
	case *ir.Struct:
		return t.Doc
	case *ir.Enum:
		return t.Doc
	case *ir.Named:
		return t.Doc
	}
	return ir.Doc{}
}

// deprecation reports a deprecation that the new version adds.
func (d *differ) deprecation(base Change, o, n ir.Doc, what string) {
	if o.Deprecated || !n.Deprecated {
		return
	}
	c := base
	c.Kind = Deprecated
	c.Message = what + " deprecated"
	if n.DeprecatedText != "" {
		c.Message += ": " + oneLine(n.DeprecatedText)
	}
	d.add(c)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func (d *differ) compareStruct(base Change, o, n *ir.Struct) {
	if o.XML != n.XML {
		c := base
		c.Breaking, c.Kind = true, XMLNameChanged
		c.Old, c.New = xmlName(o.XML), xmlName(n.XML)
		c.Message = fmt.Sprintf("top-level XML element changed from %s to %s", c.Old, c.New)
		d.add(c)
	}
	fieldKey := func(v Version, f *ir.Field) string {
		if f.Embedded {
			return "embedded " + d.canon(v, f.Type)
		}
		return f.JSONName
	}
	var oldLeft, newLeft []*ir.Field
	newByKey := map[string]*ir.Field{}
	for _, f := range n.Fields {
		newByKey[fieldKey(d.new, f)] = f
	}
	matched := map[*ir.Field]bool{}
	type fieldPair struct{ o, n *ir.Field }
	var pairs []fieldPair
	for _, f := range o.Fields {
		if nf, ok := newByKey[fieldKey(d.old, f)]; ok {
			pairs = append(pairs, fieldPair{f, nf})
			matched[nf] = true
		} else {
			oldLeft = append(oldLeft, f)
		}
	}
	for _, f := range n.Fields {
		if !matched[f] {
			newLeft = append(newLeft, f)
		}
	}
	// A wire rename: the same name but for case, or the only field removed
	// and the only field added, of the same Go type.
	for i := 0; i < len(oldLeft); i++ {
		for j, nf := range newLeft {
			if !oldLeft[i].Embedded && !nf.Embedded && strings.EqualFold(oldLeft[i].JSONName, nf.JSONName) {
				pairs = append(pairs, fieldPair{oldLeft[i], nf})
				oldLeft = slices.Delete(oldLeft, i, i+1)
				newLeft = slices.Delete(newLeft, j, j+1)
				i--
				break
			}
		}
	}
	if len(oldLeft) == 1 && len(newLeft) == 1 && !oldLeft[0].Embedded && !newLeft[0].Embedded &&
		d.canon(d.old, oldLeft[0].Type) == d.canon(d.new, newLeft[0].Type) {
		pairs = append(pairs, fieldPair{oldLeft[0], newLeft[0]})
		oldLeft, newLeft = nil, nil
	}
	for _, f := range oldLeft {
		c := base
		c.Member, c.Breaking, c.Kind = f.Name, true, FieldRemoved
		c.Message = fmt.Sprintf("field removed (%s): code that uses it no longer compiles, and the wire no longer carries it", wireName(f))
		if f.Embedded {
			c.Message = fmt.Sprintf("embedded %s removed: its fields are no longer promoted", goType(f.Type))
		}
		d.add(c)
	}
	for _, f := range newLeft {
		c := base
		c.Member, c.Kind = f.Name, FieldAdded
		switch {
		case f.Embedded:
			c.Message = fmt.Sprintf("embedded %s added", goType(f.Type))
		case f.Required:
			c.Breaking = true
			c.Message = fmt.Sprintf("required field added (%s, %s): payloads without it are invalid", wireName(f), goType(f.Type))
		default:
			c.Message = fmt.Sprintf("optional field added (%s, %s)", wireName(f), goType(f.Type))
		}
		d.add(c)
	}
	for _, p := range pairs {
		d.compareField(base, p.o, p.n)
	}
}

func xmlName(x ir.XMLName) string {
	s := "<" + x.Name + ">"
	if x.Namespace != "" {
		s += " in " + x.Namespace
	}
	return s
}

func wireName(f *ir.Field) string { return "JSON " + f.JSONName }

func (d *differ) compareField(base Change, o, n *ir.Field) {
	base.Member = n.Name
	add := func(breaking bool, kind Kind, old, new, msg string) {
		c := base
		c.Breaking, c.Kind, c.Old, c.New, c.Message = breaking, kind, old, new, msg
		d.add(c)
	}
	if o.Name != n.Name {
		add(true, FieldRenamed, o.Name, n.Name, fmt.Sprintf("Go field renamed from %s: code that uses the old name no longer compiles", o.Name))
	}
	if o.JSONName != n.JSONName {
		add(true, FieldWireRenamed, o.JSONName, n.JSONName, fmt.Sprintf("wire name changed from %s to %s: JSON and XML written under the old spec lose the value", o.JSONName, n.JSONName))
	}
	if o.Embedded || n.Embedded {
		return
	}
	if ox, nx := xmlField(o), xmlField(n); ox != nx && o.JSONName == n.JSONName {
		add(true, FieldXMLChanged, ox, nx, fmt.Sprintf("XML form changed from %s to %s", ox, nx))
	}
	oldGo, newGo := goType(o.Type), goType(n.Type)
	goChanged := d.canon(d.old, o.Type) != d.canon(d.new, n.Type)
	baseChanged := d.canon(d.old, o.Type.Deref()) != d.canon(d.new, n.Type.Deref())
	goNote := ""
	if goChanged {
		goNote = fmt.Sprintf("; Go type %s -> %s", oldGo, newGo)
	}
	if baseChanged {
		add(true, FieldTypeChanged, oldGo, newGo, fmt.Sprintf("type changed from %s to %s", oldGo, newGo))
		goNote = "" // said once
	}
	switch {
	case !o.Required && n.Required:
		add(true, FieldRequired, "optional", "required", "optional -> required: payloads without it are now invalid"+goNote)
	case o.Required && !n.Required:
		add(goChanged, FieldOptional, "required", "optional", "required -> optional: readers must handle its absence"+goNote)
	}
	switch {
	case !o.Nullable && n.Nullable:
		add(true, FieldNullable, "not nullable", "nullable", "now nullable: readers must handle null"+goNote)
	case o.Nullable && !n.Nullable:
		add(goChanged, FieldNotNullable, "nullable", "not nullable", "no longer nullable: null is rejected"+goNote)
	}
	if goChanged && !baseChanged && o.Required == n.Required && o.Nullable == n.Nullable {
		add(true, FieldTypeChanged, oldGo, newGo, fmt.Sprintf("Go type changed from %s to %s", oldGo, newGo))
	}
	d.deprecation(base, o.Doc, n.Doc, "field")
	d.constraints(base, o.Constraints, n.Constraints)
}

func xmlField(f *ir.Field) string {
	x := f.XML
	if x.Omit {
		return "not in XML"
	}
	s := "<" + x.Name + ">"
	if x.Attribute {
		s = "attribute " + x.Name
	}
	if x.Namespace != "" {
		s += " in " + x.Namespace
	}
	if x.Wrapped {
		s += " wrapping <" + x.ItemName + ">"
	}
	return s
}

func (d *differ) compareEnum(base Change, o, n *ir.Enum) {
	if o.Base != n.Base || o.Bits != n.Bits {
		c := base
		c.Breaking, c.Kind = true, EnumBaseChanged
		c.Old, c.New = enumKind(o), enumKind(n)
		c.Message = fmt.Sprintf("enum changed from %s to %s", c.Old, c.New)
		d.add(c)
	}
	ints := n.Base != ir.StringEnum && o.Base != ir.StringEnum
	newByName := map[string]*ir.EnumValue{}
	newByInt := map[int64]*ir.EnumValue{}
	for _, v := range n.Values {
		newByName[v.Name] = v
		newByInt[v.Int] = v
	}
	oldByName := map[string]*ir.EnumValue{}
	for _, v := range o.Values {
		oldByName[v.Name] = v
	}
	var removed []*ir.EnumValue
	for _, ov := range o.Values {
		nv, ok := newByName[ov.Name]
		if !ok {
			removed = append(removed, ov)
			continue
		}
		c := base
		c.Member = ov.Name
		if ints && ov.Int != nv.Int {
			c.Breaking, c.Kind = true, EnumValueRenumbered
			c.Old, c.New = fmt.Sprint(ov.Int), fmt.Sprint(nv.Int)
			c.Message = fmt.Sprintf("integer changed from %d to %d: XML carries the integer, so XML written under the old spec", ov.Int, nv.Int)
			if other, ok := newByInt[ov.Int]; ok && other.Name != ov.Name {
				c.Message += fmt.Sprintf(" reads %d as %s", ov.Int, other.Name)
			} else {
				c.Message += fmt.Sprintf(" fails on %d", ov.Int)
			}
			d.add(c)
		}
		// Constants are named after their type: a renamed type renames
		// them all, and says so once.
		if ov.GoName != nv.GoName && ov.GoName != "" && o.Name == n.Name {
			c := base
			c.Member, c.Breaking, c.Kind = ov.Name, true, EnumConstRenamed
			c.Old, c.New = ov.GoName, nv.GoName
			c.Message = fmt.Sprintf("Go constant renamed from %s to %s", ov.GoName, nv.GoName)
			d.add(c)
		}
		c = base
		c.Member = ov.Name
		d.deprecation(c, ov.Doc, nv.Doc, "value")
	}
	var added []*ir.EnumValue
	for _, nv := range n.Values {
		if _, ok := oldByName[nv.Name]; !ok {
			added = append(added, nv)
		}
	}
	// A value renamed keeps its integer.
	if ints {
		for i := 0; i < len(removed); i++ {
			for j, nv := range added {
				if removed[i].Int == nv.Int {
					c := base
					c.Member, c.Breaking, c.Kind = nv.Name, true, EnumValueRenamed
					c.Old, c.New = removed[i].Name, nv.Name
					c.Message = fmt.Sprintf("value %d renamed from %s to %s", nv.Int, removed[i].Name, nv.Name)
					if n.Base == ir.MappedStringEnum {
						c.Message += ": JSON carries the name, so JSON written under the old spec fails to decode"
					} else {
						c.Message += ": the Go constant changes"
					}
					d.add(c)
					removed = slices.Delete(removed, i, i+1)
					added = slices.Delete(added, j, j+1)
					i--
					break
				}
			}
		}
	}
	for _, v := range removed {
		c := base
		c.Member, c.Breaking, c.Kind = v.Name, true, EnumValueRemoved
		c.Old = valueText(o, v)
		c.Message = fmt.Sprintf("value %s removed: data that carries it is rejected", valueText(o, v))
		d.add(c)
	}
	for _, v := range added {
		c := base
		c.Member, c.Kind = v.Name, EnumValueAdded
		c.New = valueText(n, v)
		c.Message = fmt.Sprintf("value %s added", valueText(n, v))
		d.add(c)
	}
}

func valueText(e *ir.Enum, v *ir.EnumValue) string {
	if e.Base == ir.StringEnum {
		return v.Name
	}
	return fmt.Sprintf("%d = %s", v.Int, v.Name)
}

func enumKind(e *ir.Enum) string {
	switch e.Base {
	case ir.MappedStringEnum:
		return fmt.Sprintf("a string enum mapped to int%d", e.Bits)
	case ir.IntegerEnum:
		return fmt.Sprintf("an int%d enum", e.Bits)
	}
	return "a string enum"
}
