package lower

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/getkin/kin-openapi/openapi3"

	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/source"
)

// The DataContract facts of the IR (ir.Contract, ir.DataMember,
// ir.EnumValue.ContractName), read only when the package has the
// DataContract form, from the OpenAPI XML object and these extensions:
//
//   - x-order (property): the DataMember Order, an integer >= 0;
//   - x-datacontract-base (object schema): a base class whose members the
//     schema holds flattened, as {name, namespace, members: [property...]};
//   - x-datacontract-names (enum schema): the contract's names of enum
//     values whose name in the spec differs, as {specName: contractName};
//   - x-datacontract-single (array property): the contract's member holds
//     one value of the item type, not a list.
const (
	extOrder  = "x-order"
	extBase   = "x-datacontract-base"
	extNames  = "x-datacontract-names"
	extSingle = "x-datacontract-single"
)

// DefaultDataContractNamespace returns the contract namespace .NET gives a
// class without one in a CLR namespace named after the package.
func DefaultDataContractNamespace(pkg string) string {
	return "http://schemas.datacontract.org/2004/07/" + pkg
}

// dataContractPackage records the package's DataContract form.
func (l *lowerer) dataContractPackage(pkg *ir.Package) {
	if l.opts.DataContract == nil {
		return
	}
	dc := *l.opts.DataContract
	if dc.Namespace == "" {
		dc.Namespace = DefaultDataContractNamespace(l.opts.Package)
	}
	pkg.DataContract = &dc
	l.helpers["datacontract"] = true
}

func (l *lowerer) contractNamespace(x *openapi3.XML) string {
	if x != nil && x.Namespace != "" {
		return x.Namespace
	}
	if ns := l.opts.DataContract.Namespace; ns != "" {
		return ns
	}
	return DefaultDataContractNamespace(l.opts.Package)
}

func (l *lowerer) errAtPtr(file, ptr, msg string) error {
	pos := source.Pos{}
	if f, err := l.doc.File(file); err == nil {
		pos = f.Nearest(ptr)
	}
	return &source.Error{File: file, Pos: pos, Msg: msg}
}

// dataContractType fills the DataContract facts of a built type.
func (l *lowerer) dataContractType(s *site, t ir.Type) error {
	if l.opts.DataContract == nil {
		return nil
	}
	switch t := t.(type) {
	case *ir.Struct:
		return l.dataContractStruct(s, t)
	case *ir.Enum:
		return l.dataContractEnum(s, t)
	}
	return nil
}

// propAt is a property schema and where it is.
type propAt struct {
	ref       *openapi3.SchemaRef
	file, ptr string
}

// structProps collects the property schemas a struct's fields come from,
// as buildStruct walks them: allOf parts that are merged, then the
// schema's own properties; the first of a name wins.
func (l *lowerer) structProps(schema *openapi3.Schema, file, ptr string, out map[string]propAt) {
	for i, part := range schema.AllOf {
		if part == nil || part.Value == nil {
			continue
		}
		if part.Ref != "" && l.refSite(part, file).kind == structSite {
			continue // embedded
		}
		l.structProps(part.Value, file, fmt.Sprintf("%s/allOf/%d", ptr, i), out)
	}
	for p, ref := range schema.Properties {
		if _, ok := out[p]; !ok {
			out[p] = propAt{ref: ref, file: file, ptr: ptr + "/properties/" + source.EscapeToken(p)}
		}
	}
}

func (l *lowerer) dataContractStruct(s *site, st *ir.Struct) error {
	st.Contract = ir.Contract{Name: st.XML.Name, Namespace: l.contractNamespace(s.schema.XML)}
	props := map[string]propAt{}
	l.structProps(s.schema, s.file, s.ptr, props)
	byName := map[string]*ir.Field{}
	for _, f := range st.Fields {
		if f.Embedded {
			continue
		}
		byName[f.JSONName] = f
		p, ok := props[f.JSONName]
		if !ok || p.ref == nil || p.ref.Value == nil || p.ref.Ref != "" {
			// A $ref property's extensions are the referenced schema's,
			// shared by every use: they say nothing about this member.
			continue
		}
		ext := p.ref.Value.Extensions
		if v, ok := ext[extOrder]; ok {
			n, ok := extInt(v)
			if !ok || n < 0 || n > math.MaxInt32 {
				return l.errAtPtr(p.file, p.ptr+"/"+extOrder, fmt.Sprintf("%s must be an integer from 0 to %d, as a DataMember Order; got %v", extOrder, math.MaxInt32, v))
			}
			f.Member.Order, f.Member.Ordered = int(n), true
		}
		if v, ok := ext[extSingle]; ok {
			b, ok := v.(bool)
			if !ok {
				return l.errAtPtr(p.file, p.ptr+"/"+extSingle, fmt.Sprintf("%s must be true or false; got %v", extSingle, v))
			}
			if b && f.Type.Kind != ir.Slice {
				return l.errAtPtr(p.file, p.ptr+"/"+extSingle, fmt.Sprintf("%s is for array properties; %s is not one", extSingle, f.JSONName))
			}
			f.Member.Single = b
		}
	}
	v, ok := s.schema.Extensions[extBase]
	if !ok {
		return nil
	}
	ptr := s.ptr + "/" + extBase
	m, ok := v.(map[string]any)
	if !ok {
		return l.errAtPtr(s.file, ptr, fmt.Sprintf("%s must be an object {name, namespace, members}", extBase))
	}
	for _, k := range sortedKeys(m) {
		if k != "name" && k != "namespace" && k != "members" {
			return l.errAtPtr(s.file, ptr+"/"+source.EscapeToken(k), fmt.Sprintf("%s has no key %q; its keys are name, namespace and members", extBase, k))
		}
	}
	base := &ir.Contract{}
	base.Name, _ = m["name"].(string)
	base.Namespace, _ = m["namespace"].(string)
	if base.Namespace == "" {
		return l.errAtPtr(s.file, ptr, fmt.Sprintf("%s needs the base class's namespace", extBase))
	}
	members, ok := m["members"].([]any)
	if !ok || len(members) == 0 {
		return l.errAtPtr(s.file, ptr, fmt.Sprintf("%s needs members, the list of the properties the base class declares", extBase))
	}
	for i, x := range members {
		name, _ := x.(string)
		f := byName[name]
		if f == nil {
			return l.errAtPtr(s.file, fmt.Sprintf("%s/members/%d", ptr, i), fmt.Sprintf("%s member %v is not a property of the schema", extBase, x))
		}
		f.Member.Base = true
	}
	st.ContractBase = base
	return nil
}

func (l *lowerer) dataContractEnum(s *site, e *ir.Enum) error {
	e.Contract = ir.Contract{Name: s.name, Namespace: l.contractNamespace(s.schema.XML)}
	if s.component {
		e.Contract.Name = s.candidate
	}
	if x := s.schema.XML; x != nil && x.Name != "" {
		e.Contract.Name = x.Name
	}
	v, ok := s.schema.Extensions[extNames]
	if !ok {
		return nil
	}
	ptr := s.ptr + "/" + extNames
	m, ok := v.(map[string]any)
	if !ok {
		return l.errAtPtr(s.file, ptr, fmt.Sprintf("%s must map the spec's names to the contract's, as {JSON: Json}", extNames))
	}
	byName := map[string]*ir.EnumValue{}
	var known []string
	for _, ev := range e.Values {
		byName[ev.Name] = ev
		known = append(known, ev.Name)
	}
	for _, k := range sortedKeys(m) {
		ev := byName[k]
		if ev == nil {
			return l.errAtPtr(s.file, ptr+"/"+source.EscapeToken(k), fmt.Sprintf("%s names %q, which is none of the enum's values (%s)", extNames, k, strings.Join(known, ", ")))
		}
		name, _ := m[k].(string)
		if name == "" {
			return l.errAtPtr(s.file, ptr+"/"+source.EscapeToken(k), fmt.Sprintf("%s: the contract's name of %q must be a non-empty string", extNames, k))
		}
		ev.ContractName = name
	}
	return nil
}

// extInt converts an extension value that is an integer.
func extInt(v any) (int64, bool) {
	switch x := v.(type) {
	case float64:
		if x != math.Trunc(x) || math.Abs(x) > 1<<53 {
			return 0, false
		}
		return int64(x), true
	case int:
		return int64(x), true
	case int64:
		return x, true
	case uint64:
		return int64(min(x, math.MaxInt64)), true
	}
	return 0, false
}

func sortedKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
