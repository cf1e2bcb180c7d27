package emit

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

// The DataContract XML form (ir.Package.DataContract): MarshalDataContract,
// UnmarshalDataContract and UnmarshalDataContractSkipped, backed by
// generated methods on every struct and enum, which call the runtime
// writer and reader of templates/datacontract.go:
//
//	func (v *S) ngDataContractWrite(w *ngDataContractWriter)        // members, in DataContract order
//	func (v *S) ngDataContractRead(r *ngDataContractReader)         // members, in any order
//	func (v *S) ngDataContractMember(r *ngDataContractReader) bool  // one member element
//	func (v *S) ngDataContractRoot(w *ngDataContractWriter)         // S as a root element
//	func (v E) ngDataContractWrite(w *ngDataContractWriter, local, ns string)
//	func (v *E) ngDataContractRead(r *ngDataContractReader)
//
// Member order is DataContractSerializer's: the members of an embedded
// base struct first (its own method), then those of a flattened base
// (ir.DataMember.Base), then the struct's own; within each, members without
// an order sorted by name, then members with one by order and name.

const dcArrays = "ngDataContractArrays"

// dcArraysNS is the namespace of DataContract's primitive lists and maps.
const dcArraysNS = "http://schemas.microsoft.com/2003/10/Serialization/Arrays"

type dcGen struct {
	pkg *ir.Package
	// nsConst names the constant of each namespace.
	nsConst map[string]string
	// uses holds the namespace lists passed to the writer, by key.
	uses     map[string]string
	usesList [][]string
}

// genDataContract declares the DataContract form of the package.
func genDataContract(f *jen.File, pkg *ir.Package) bool {
	if pkg.DataContract == nil {
		return false
	}
	g := &dcGen{pkg: pkg, nsConst: map[string]string{}, uses: map[string]string{}}
	var structs []*ir.Struct
	var enums []*ir.Enum
	for _, t := range pkg.Types {
		switch t := t.(type) {
		case *ir.Struct:
			structs = append(structs, t)
		case *ir.Enum:
			enums = append(enums, t)
		}
	}
	g.namespaces(structs, enums)

	var body []jen.Code
	body = append(body, g.marshal(structs)...)
	for _, s := range structs {
		body = append(body, g.structMethods(s)...)
	}
	for _, e := range enums {
		body = append(body, g.enumMethods(e)...)
	}

	if len(g.nsConst) > 0 {
		names := make([]string, 0, len(g.nsConst))
		for ns := range g.nsConst {
			names = append(names, ns)
		}
		sort.Slice(names, func(i, j int) bool { return g.nsConst[names[i]] < g.nsConst[names[j]] })
		defs := make([]jen.Code, 0, len(names))
		for _, ns := range names {
			defs = append(defs, jen.Id(g.nsConst[ns]).Op("=").Lit(ns))
		}
		f.Comment("The contract namespaces of the package's types.")
		f.Const().Defs(defs...)
		f.Line()
	}
	for _, c := range body {
		f.Add(c)
		f.Line()
	}
	if len(g.usesList) > 0 {
		defs := make([]jen.Code, 0, len(g.usesList))
		for i, list := range g.usesList {
			ns := make([]jen.Code, len(list))
			for j, n := range list {
				ns[j] = g.ns(n)
			}
			defs = append(defs, jen.Id(fmt.Sprintf("ngDataContractUses%d", i+1)).Op("=").Index().String().Values(ns...))
		}
		f.Comment("The namespaces that elements' descendants use, declared once on the element.")
		f.Var().Defs(defs...)
	}
	return true
}

// namespaces numbers the package's contract namespaces in sorted order.
func (g *dcGen) namespaces(structs []*ir.Struct, enums []*ir.Enum) {
	set := map[string]bool{}
	for _, s := range structs {
		set[s.Contract.Namespace] = true
		if s.ContractBase != nil {
			set[s.ContractBase.Namespace] = true
		}
	}
	for _, e := range enums {
		set[e.Contract.Namespace] = true
	}
	delete(set, dcArraysNS)
	list := make([]string, 0, len(set))
	for ns := range set {
		list = append(list, ns)
	}
	sort.Strings(list)
	for i, ns := range list {
		g.nsConst[ns] = fmt.Sprintf("ngDataContractNS%d", i+1)
	}
}

// ns returns the code of a namespace.
func (g *dcGen) ns(ns string) jen.Code {
	if ns == dcArraysNS {
		return jen.Id(dcArrays)
	}
	if c, ok := g.nsConst[ns]; ok {
		return jen.Id(c)
	}
	return jen.Lit(ns)
}

// usesCode returns the variable holding a list of namespaces, or nil.
func (g *dcGen) usesCode(list []string) jen.Code {
	if len(list) == 0 {
		return jen.Nil()
	}
	key := strings.Join(list, "\x00")
	name, ok := g.uses[key]
	if !ok {
		g.usesList = append(g.usesList, list)
		name = fmt.Sprintf("ngDataContractUses%d", len(g.usesList))
		g.uses[key] = name
	}
	return jen.Id(name)
}

// structOf returns the struct a reference denotes (through aliases), or
// nil.
func structOf(t *ir.TypeRef) *ir.Struct {
	if t.Kind != ir.Local {
		return nil
	}
	switch d := t.Declaration().(type) {
	case *ir.Struct:
		return d
	case *ir.Named:
		if d.Alias {
			return structOf(d.Underlying)
		}
	}
	return nil
}

// uses returns the namespaces that the descendants of an element holding
// a value of type t are in.
func (g *dcGen) usesOf(t *ir.TypeRef) []string {
	var out []string
	add := func(list ...string) {
		for _, ns := range list {
			if !contains(out, ns) {
				out = append(out, ns)
			}
		}
	}
	switch t.Kind {
	case ir.Pointer:
		return g.usesOf(t.Elem)
	case ir.Slice:
		_, itemNS := g.itemName(t.Elem)
		add(itemNS)
		add(g.usesOf(t.Elem)...)
		return out
	case ir.Map:
		add(dcArraysNS)
		add(g.usesOf(t.Elem)...)
		return out
	case ir.Local:
		switch d := t.Declaration().(type) {
		case *ir.Struct:
			add(d.Contract.Namespace)
			add(g.structBaseNS(d)...)
		case *ir.Named:
			return g.usesOf(d.Underlying)
		}
	}
	return out
}

// structBaseNS returns the namespaces of a struct's base members.
func (g *dcGen) structBaseNS(s *ir.Struct) []string {
	var out []string
	for _, fd := range s.Fields {
		if fd.Embedded {
			if b := structOf(fd.Type); b != nil {
				for _, ns := range append([]string{b.Contract.Namespace}, g.structBaseNS(b)...) {
					if !contains(out, ns) {
						out = append(out, ns)
					}
				}
			}
			continue
		}
		if ns := g.memberNS(s, fd); ns != s.Contract.Namespace && !contains(out, ns) {
			out = append(out, ns)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// memberNS returns the namespace of a member's element: that of the
// contract that declares it. (The field's OpenAPI XML namespace is not
// used: through a $ref it is the referenced schema's.)
func (g *dcGen) memberNS(s *ir.Struct, fd *ir.Field) string {
	if fd.Member.Base && s.ContractBase != nil {
		return s.ContractBase.Namespace
	}
	return s.Contract.Namespace
}

// primitiveNames are the contract names of Go's predeclared types.
var primitiveNames = map[string]string{
	"string": "string", "bool": "boolean",
	"int": "long", "int8": "byte", "int16": "short", "int32": "int", "int64": "long", "rune": "int",
	"uint": "unsignedLong", "uint8": "unsignedByte", "byte": "unsignedByte", "uint16": "unsignedShort",
	"uint32": "unsignedInt", "uint64": "unsignedLong",
	"float32": "float", "float64": "double",
}

// helperNames are the contract names of the runtime helper types.
var helperNames = map[string]string{"Decimal": "decimal", "UUID": "guid", "Date": "dateTime"}

// itemName returns the element name and namespace of an item of a list of
// t: a primitive's XML Schema name in the Arrays namespace, a struct's or
// enum's contract, ArrayOf<item> for a list.
func (g *dcGen) itemName(t *ir.TypeRef) (string, string) {
	switch t.Kind {
	case ir.Pointer:
		return g.itemName(t.Elem)
	case ir.Builtin:
		if n, ok := primitiveNames[t.Name]; ok {
			return n, dcArraysNS
		}
		return "anyType", dcArraysNS
	case ir.Qualified:
		if t.Path == "time" && t.Name == "Time" {
			return "dateTime", dcArraysNS
		}
		return "string", dcArraysNS
	case ir.Slice:
		n, ns := g.itemName(t.Elem)
		return "ArrayOf" + n, ns
	case ir.Map:
		n, _ := g.itemName(t.Elem)
		return "ArrayOfKeyValueOfstring" + n, dcArraysNS
	case ir.Local:
		switch d := t.Declaration().(type) {
		case nil:
			if n, ok := helperNames[t.Name]; ok {
				return n, dcArraysNS
			}
			return "string", dcArraysNS
		case *ir.Struct:
			return d.Contract.Name, d.Contract.Namespace
		case *ir.Enum:
			return d.Contract.Name, d.Contract.Namespace
		case *ir.Named:
			return g.itemName(d.Underlying)
		}
	}
	return "anyType", dcArraysNS
}

// builtinContract reports whether t's contract is in one of .NET's own
// namespaces, so that a dictionary item named after it carries no hash.
func (g *dcGen) builtinContract(t *ir.TypeRef) bool {
	switch t.Kind {
	case ir.Builtin:
		_, ok := primitiveNames[t.Name]
		return ok
	case ir.Qualified:
		return t.Path == "time" && t.Name == "Time"
	case ir.Local:
		switch d := t.Declaration().(type) {
		case nil:
			_, ok := helperNames[t.Name]
			return ok
		case *ir.Named:
			return g.builtinContract(d.Underlying)
		}
	}
	return false
}

// dcName returns a member name as an XML name, as .NET's
// XmlConvert.EncodeLocalName makes one: a character that a name cannot
// hold becomes _xHHHH_.
func dcName(s string) string {
	var b strings.Builder
	for i, r := range s {
		ok := r == '_' || unicode.IsLetter(r)
		if i > 0 {
			ok = ok || unicode.IsDigit(r) || r == '-' || r == '.' || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
		}
		if r == '_' && len(s) >= i+7 && s[i+1] == 'x' && isHex4(s[i+2:i+6]) && s[i+6] == '_' {
			ok = false
		}
		if ok {
			b.WriteRune(r)
			continue
		}
		if r > 0xFFFF {
			fmt.Fprintf(&b, "_x%08X_", r)
		} else {
			fmt.Fprintf(&b, "_x%04X_", r)
		}
	}
	if b.Len() == 0 {
		return "_"
	}
	return b.String()
}

func isHex4(s string) bool {
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return utf8.ValidString(s)
}

// dcOrder sorts members as DataContractSerializer does: members without
// an order by name (ordinal), then members with an order by order and
// name.
func dcOrder(fields []*ir.Field) []*ir.Field {
	out := append([]*ir.Field(nil), fields...)
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Member, out[j].Member
		if a.Ordered != b.Ordered {
			return !a.Ordered
		}
		if a.Ordered && a.Order != b.Order {
			return a.Order < b.Order
		}
		return dcName(out[i].JSONName) < dcName(out[j].JSONName)
	})
	return out
}

// expr is a Go expression; star marks a dereference, which needs
// parentheses before a selector or an index.
type expr struct {
	c    jen.Code
	star bool
	// ptr is the pointer a dereference reads through, if known: selectors
	// go through it, as Go dereferences for them.
	ptr jen.Code
}

func (e expr) sel() *jen.Statement {
	if e.star {
		return jen.Parens(e.c)
	}
	return jen.Add(e.c)
}

// dot returns the expression to put before a selector.
func (e expr) dot() *jen.Statement {
	if e.ptr != nil {
		return jen.Add(e.ptr)
	}
	return e.sel()
}

func (e expr) code() *jen.Statement { return jen.Add(e.c) }

func deref(e expr) expr { return expr{c: jen.Op("*").Add(e.sel()), star: true, ptr: e.sel()} }

func suffix(base string, depth int) string {
	if depth == 0 {
		return base
	}
	return base + strconv.Itoa(depth)
}

var (
	wID = jen.Id("w")
	rID = jen.Id("r")
)

// marshal declares MarshalDataContract, UnmarshalDataContract and
// UnmarshalDataContractSkipped.
func (g *dcGen) marshal(structs []*ir.Struct) []jen.Code {
	pkgName := g.pkg.Name
	var wcases, rcases []jen.Code
	for _, s := range structs {
		name := s.Name
		wcases = append(wcases,
			jen.Case(jen.Id(name)).Block(jen.Id("v").Dot("ngDataContractRoot").Call(wID)),
			jen.Case(jen.Op("*").Id(name)).Block(
				jen.If(jen.Id("v").Op("==").Nil()).Block(jen.Id("w").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName))).
					Else().Block(jen.Id("v").Dot("ngDataContractRoot").Call(wID)),
			),
			jen.Case(jen.Index().Id(name)).Block(
				jen.For(jen.Id("i").Op(":=").Range().Id("v")).Block(
					jen.Id("w").Dot("at").Call(jen.Id("i")),
					jen.Id("v").Index(jen.Id("i")).Dot("ngDataContractRoot").Call(wID),
				),
			),
			jen.Case(jen.Op("*").Index().Id(name)).Block(
				jen.If(jen.Id("v").Op("==").Nil()).Block(jen.Id("w").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName)), jen.Break()),
				jen.For(jen.Id("i").Op(":=").Range().Op("*").Id("v")).Block(
					jen.Id("w").Dot("at").Call(jen.Id("i")),
					jen.Parens(jen.Op("*").Id("v")).Index(jen.Id("i")).Dot("ngDataContractRoot").Call(wID),
				),
			),
		)
		root := func(item jen.Code) *jen.Statement {
			return jen.Id("r").Dot("root").Call(jen.Lit(s.Contract.Name), g.ns(s.Contract.Namespace), item)
		}
		rcases = append(rcases,
			jen.Case(jen.Op("*").Id(name)).Block(
				jen.If(jen.Id("v").Op("==").Nil()).Block(jen.Id("r").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName)), jen.Break()),
				jen.Op("*").Id("v").Op("=").Id(name).Values(),
				jen.If(root(jen.Lit(-1))).Block(jen.Id("v").Dot("ngDataContractRead").Call(rID)),
				jen.Id("r").Dot("finish").Call(),
			),
			jen.Case(jen.Op("*").Index().Id(name)).Block(
				jen.If(jen.Id("v").Op("==").Nil()).Block(jen.Id("r").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName)), jen.Break()),
				jen.Id("s").Op(":=").Parens(jen.Op("*").Id("v")).Index(jen.Empty(), jen.Lit(0)),
				jen.For(jen.Id("i").Op(":=").Lit(0), jen.Id("r").Dot("more").Call(), jen.Id("i").Op("++")).Block(
					jen.If(jen.Op("!").Add(root(jen.Id("i")))).Block(jen.Break()),
					jen.Id("s").Op("=").Append(jen.Id("s"), jen.Id(name).Values()),
					jen.Id("s").Index(jen.Len(jen.Id("s")).Op("-").Lit(1)).Dot("ngDataContractRead").Call(rID),
				),
				jen.Op("*").Id("v").Op("=").Id("s"),
			),
		)
	}
	wcases = append(wcases, jen.Default().Block(jen.Id("w").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName))))
	rcases = append(rcases, jen.Default().Block(jen.Id("r").Dot("unsupported").Call(jen.Id("v"), jen.Lit(pkgName))))

	marshal := dcDoc(`MarshalDataContract returns the DataContract XML of v, as .NET's
DataContractSerializer writes it and reads it: the root element named after
the type's contract in its namespace, every member in its contract's
namespace and in DataContractSerializer's order, enums by name, nil
pointers, slices and maps as i:nil="true". v is a struct of this package,
a pointer to one, or a slice of them, which is written as one root element
after another (the body of a Norce Connect import).

A value that DataContractSerializer could not read back (an enum value that
is none of the enum's names, a string XML cannot carry, a decimal or time
out of .NET's range) is a *DataContractError naming its path, and nothing
is written.`).Func().Id("MarshalDataContract").Params(jen.Id("v").Any()).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Id("w").Op(":=").Id("ngDataContractNewWriter").Call(),
		jen.Switch(jen.Id("v").Op(":=").Id("v").Assert(jen.Type())).Block(wcases...),
		jen.Return(jen.Id("w").Dot("finish").Call()),
	)
	unmarshal := dcDoc(`UnmarshalDataContract reads DataContract XML into v, a pointer to a struct
of this package or to a slice of them (one root element after another).
It reads what DataContractSerializer writes and is lenient where
DataContractSerializer is strict: members in any order and namespace,
enums by name or integer, i:nil="true" as nil (or the zero value); unknown
elements are skipped, which UnmarshalDataContractSkipped reports. A root
element of another name or namespace is an error naming both.`).Func().Id("UnmarshalDataContract").Params(jen.Id("data").Index().Byte(), jen.Id("v").Any()).Error().Block(
		jen.List(jen.Id("_"), jen.Err()).Op(":=").Id("UnmarshalDataContractSkipped").Call(jen.Id("data"), jen.Id("v")),
		jen.Return(jen.Err()),
	)
	skipped := dcDoc(`UnmarshalDataContractSkipped is UnmarshalDataContract that also returns the
paths of the elements it skipped, in document order (Customer.Flags[1].Color
for an unknown member, Customer.Flags.Tag for an unexpected list item).`).Func().Id("UnmarshalDataContractSkipped").Params(jen.Id("data").Index().Byte(), jen.Id("v").Any()).Params(jen.Index().String(), jen.Error()).Block(
		jen.Id("r").Op(":=").Id("ngDataContractNewReader").Call(jen.Id("data")),
		jen.Switch(jen.Id("v").Op(":=").Id("v").Assert(jen.Type())).Block(rcases...),
		jen.Return(jen.Id("r").Dot("result").Call()),
	)
	return []jen.Code{marshal, unmarshal, skipped}
}

// structMethods declares the DataContract methods of a struct.
func (g *dcGen) structMethods(s *ir.Struct) []jen.Code {
	recv := jen.Id("v").Op("*").Id(s.Name)
	wparam := jen.Id("w").Op("*").Id("ngDataContractWriter")
	rparam := jen.Id("r").Op("*").Id("ngDataContractReader")

	var embedded, base, own []*ir.Field
	for _, fd := range s.Fields {
		switch {
		case fd.Embedded:
			embedded = append(embedded, fd)
		case fd.Member.Base && s.ContractBase != nil:
			base = append(base, fd)
		default:
			own = append(own, fd)
		}
	}

	// Writing.
	var write []jen.Code
	for _, fd := range embedded {
		if structOf(fd.Type) != nil {
			write = append(write, jen.Id("v").Dot(fd.Name).Dot("ngDataContractWrite").Call(wID))
		}
	}
	for _, fd := range append(dcOrder(base), dcOrder(own)...) {
		x := expr{c: jen.Id("v").Dot(fd.Name)}
		ns := g.ns(g.memberNS(s, fd))
		if fd.Member.Single {
			write = append(write, g.writeSingle(dcName(fd.JSONName), ns, x, fd.Type, 0)...)
			continue
		}
		write = append(write, g.write(dcName(fd.JSONName), ns, x, fd.Type, 0)...)
	}

	if a := s.Additional; a != nil {
		// The properties beyond the declared ones are no data members.
		write = append(write, jen.If(jen.Len(jen.Id("v").Dot(a.Name)).Op(">").Lit(0)).Block(
			jen.Id("w").Dot("fail").Call(jen.Lit(a.Name), jen.Lit("properties the schema does not declare have no DataContract form")),
		))
	}

	// Reading.
	var cases []jen.Code
	for _, fd := range append(append([]*ir.Field(nil), base...), own...) {
		target := expr{c: jen.Id("v").Dot(fd.Name)}
		var body []jen.Code
		if fd.Member.Single {
			body = g.readSingle(target, fd.Type, 0)
		} else {
			body = g.read(target, fd.Type, 0)
		}
		cases = append(cases, jen.Case(jen.Lit(dcName(fd.JSONName))).Block(body...))
	}
	var member []jen.Code
	if len(cases) > 0 {
		cases = append(cases, jen.Default().Block(g.memberFallback(embedded)...))
		member = append(member, jen.Switch(jen.String().Call(jen.Id("r").Dot("local"))).Block(cases...), jen.Return(jen.True()))
	} else {
		member = g.memberFallback(embedded)
	}

	uses := g.usesCode(g.structBaseNS(s))
	return []jen.Code{
		jen.Commentf("ngDataContractRoot writes v as a root element %s in its contract's namespace.", s.Contract.Name).Line().
			Func().Params(recv.Clone()).Id("ngDataContractRoot").Params(wparam.Clone()).Block(
			jen.Id("w").Dot("root").Call(jen.Lit(s.Contract.Name), g.ns(s.Contract.Namespace), uses),
			jen.Id("v").Dot("ngDataContractWrite").Call(wID),
			jen.Id("w").Dot("end").Call(),
		),
		jen.Comment("ngDataContractWrite writes v's members in DataContract order.").Line().
			Func().Params(recv.Clone()).Id("ngDataContractWrite").Params(wparam.Clone()).Block(write...),
		jen.Comment("ngDataContractRead reads v's members from the children of the current element.").Line().
			Func().Params(recv.Clone()).Id("ngDataContractRead").Params(rparam.Clone()).Block(
			jen.For(jen.Id("r").Dot("next").Call()).Block(
				jen.If(jen.Op("!").Id("v").Dot("ngDataContractMember").Call(rID)).Block(jen.Id("r").Dot("unknown").Call()),
			),
		),
		jen.Comment("ngDataContractMember reads the member element r is on; it reports false for an element that is none of v's members.").Line().
			Func().Params(recv.Clone()).Id("ngDataContractMember").Params(rparam.Clone()).Bool().Block(member...),
	}
}

// memberFallback asks the embedded structs for a member, then reports
// false.
func (g *dcGen) memberFallback(embedded []*ir.Field) []jen.Code {
	var out []jen.Code
	for _, fd := range embedded {
		if structOf(fd.Type) != nil {
			out = append(out, jen.If(jen.Id("v").Dot(fd.Name).Dot("ngDataContractMember").Call(rID)).Block(jen.Return(jen.True())))
		}
	}
	return append(out, jen.Return(jen.False()))
}

// write returns the statements that write x, of type t, as the element
// local in namespace ns.
func (g *dcGen) write(local string, ns jen.Code, x expr, t *ir.TypeRef, depth int) []jen.Code {
	lit := jen.Lit(local)
	null := jen.Id("w").Dot("null").Call(lit, ns)
	switch t.Kind {
	case ir.Pointer:
		return []jen.Code{jen.If(x.code().Op("==").Nil()).Block(null).Else().Block(g.write(local, ns, deref(x), t.Elem, depth)...)}
	case ir.Slice:
		i := jen.Id(suffix("i", depth))
		item, itemNS := g.itemName(t.Elem)
		return []jen.Code{jen.If(x.code().Op("==").Nil()).Block(null).Else().Block(
			jen.Id("w").Dot("start").Call(lit, ns, g.usesCode(g.usesOf(t))),
			jen.For(i.Clone().Op(":=").Range().Add(x.code())).Block(
				append([]jen.Code{jen.Id("w").Dot("at").Call(i.Clone())},
					g.write(item, g.ns(itemNS), expr{c: x.sel().Index(i.Clone())}, t.Elem, depth+1)...)...,
			),
			jen.Id("w").Dot("end").Call(),
		)}
	case ir.Map:
		item, _ := g.itemName(t.Elem)
		if !g.builtinContract(t.Elem) {
			return []jen.Code{jen.If(x.code().Op("==").Nil()).Block(null).Else().If(jen.Len(x.code()).Op("==").Lit(0)).Block(
				jen.Id("w").Dot("start").Call(lit, ns, jen.Nil()),
				jen.Id("w").Dot("end").Call(),
			).Else().Block(
				jen.Id("w").Dot("fail").Call(lit, jen.Lit("a map of "+item+" has no DataContract form norcegen can write: .NET names its items with a hash of the namespaces")),
			)}
		}
		i, k := jen.Id(suffix("i", depth)), jen.Id(suffix("k", depth))
		arrays := jen.Id(dcArrays)
		return []jen.Code{jen.If(x.code().Op("==").Nil()).Block(null).Else().Block(
			jen.Id("w").Dot("start").Call(lit, ns, g.usesCode(g.usesOf(t))),
			jen.For(jen.List(i.Clone(), k.Clone()).Op(":=").Range().Id("ngDataContractKeys").Call(x.code())).Block(
				append([]jen.Code{
					jen.Id("w").Dot("at").Call(i.Clone()),
					jen.Id("w").Dot("start").Call(jen.Lit("KeyValueOfstring"+item), arrays, jen.Nil()),
					jen.Id("w").Dot("str").Call(jen.Lit("Key"), arrays, k.Clone()),
				}, append(g.write("Value", arrays, expr{c: x.sel().Index(k.Clone())}, t.Elem, depth+1),
					jen.Id("w").Dot("end").Call())...)...,
			),
			jen.Id("w").Dot("end").Call(),
		)}
	case ir.Builtin:
		switch t.Name {
		case "string":
			return []jen.Code{jen.Id("w").Dot("str").Call(lit, ns, x.code())}
		case "bool":
			return []jen.Code{jen.Id("w").Dot("boolean").Call(lit, ns, x.code())}
		case "int", "int8", "int16", "int32", "int64", "rune":
			return []jen.Code{jen.Id("w").Dot("integer").Call(lit, ns, jen.Int64().Call(x.code()))}
		case "uint", "uint8", "byte", "uint16", "uint32", "uint64":
			return []jen.Code{jen.Id("w").Dot("uinteger").Call(lit, ns, jen.Uint64().Call(x.code()))}
		case "float32":
			return []jen.Code{jen.Id("w").Dot("float").Call(lit, ns, jen.Float64().Call(x.code()), jen.Lit(32))}
		case "float64":
			return []jen.Code{jen.Id("w").Dot("float").Call(lit, ns, x.code(), jen.Lit(64))}
		}
		return g.writeUntyped(lit, ns, x)
	case ir.Qualified:
		switch {
		case t.Path == "time" && t.Name == "Time":
			return []jen.Code{jen.Id("w").Dot("time").Call(lit, ns, x.code())}
		case t == ir.RawJSON || t.Path == "encoding/json" && t.Name == "RawMessage":
			return g.writeUntyped(lit, ns, x)
		}
		return []jen.Code{jen.Id("w").Dot("text").Call(lit, ns, x.code())}
	case ir.Local:
		switch d := t.Declaration().(type) {
		case nil:
			switch t.Name {
			case "Decimal":
				return []jen.Code{jen.Id("w").Dot("decimal").Call(lit, ns, x.dot().Dot("String").Call())}
			case "UUID":
				return []jen.Code{jen.Id("w").Dot("uuid").Call(lit, ns, x.code())}
			}
			return []jen.Code{jen.Id("w").Dot("text").Call(lit, ns, x.code())}
		case *ir.Struct:
			return []jen.Code{
				jen.Id("w").Dot("start").Call(lit, ns, g.usesCode(g.usesOf(t))),
				x.dot().Dot("ngDataContractWrite").Call(wID),
				jen.Id("w").Dot("end").Call(),
			}
		case *ir.Enum:
			return []jen.Code{x.dot().Dot("ngDataContractWrite").Call(wID, lit, ns)}
		case *ir.Union:
			// .NET has no unions: none set is nil, a set one an error.
			var none jen.Code
			for _, v := range d.Variants {
				c := x.dot().Dot(v.Name).Op("==").Nil()
				if none == nil {
					none = c
				} else {
					none = jen.Add(none).Op("&&").Add(c)
				}
			}
			fail := jen.Id("w").Dot("fail").Call(lit, jen.Lit("a value of the union "+d.Name+" (oneOf, anyOf) has no DataContract form"))
			if none == nil {
				return []jen.Code{null}
			}
			return []jen.Code{jen.If(none).Block(null).Else().Block(fail)}
		case *ir.Named:
			if d.Alias {
				return g.write(local, ns, x, d.Underlying, depth)
			}
			return g.write(local, ns, expr{c: jen.Add(typeCode(d.Underlying)).Call(x.code())}, d.Underlying, depth)
		}
	}
	return g.writeUntyped(lit, ns, x)
}

// writeUntyped writes a value of no known contract: nil as i:nil, anything
// else is an error.
func (g *dcGen) writeUntyped(lit, ns jen.Code, x expr) []jen.Code {
	return []jen.Code{jen.If(x.code().Op("==").Nil()).Block(jen.Id("w").Dot("null").Call(lit, ns)).Else().Block(
		jen.Id("w").Dot("fail").Call(lit, jen.Lit("a value of no declared type has no DataContract form")),
	)}
}

// writeSingle writes a list that the contract holds as one value: its
// only item, or the item type's zero value for an empty list.
func (g *dcGen) writeSingle(local string, ns jen.Code, x expr, t *ir.TypeRef, depth int) []jen.Code {
	zero := jen.Id(suffix("zero", depth))
	return []jen.Code{jen.Switch(jen.Len(x.code())).Block(
		jen.Case(jen.Lit(0)).Block(append([]jen.Code{jen.Var().Add(zero.Clone()).Add(typeCode(t.Elem))},
			g.write(local, ns, expr{c: zero.Clone()}, t.Elem, depth+1)...)...),
		jen.Case(jen.Lit(1)).Block(g.write(local, ns, expr{c: x.sel().Index(jen.Lit(0))}, t.Elem, depth+1)...),
		jen.Default().Block(jen.Id("w").Dot("fail").Call(jen.Lit(local), jen.Lit("the contract's member holds one value, the list holds more"))),
	)}
}

// read returns the statements that read the element r is on into target,
// of type t.
func (g *dcGen) read(target expr, t *ir.TypeRef, depth int) []jen.Code {
	isNil := jen.Id("r").Dot("isNil").Call()
	skip := jen.Id("r").Dot("skip").Call()
	switch t.Kind {
	case ir.Pointer:
		p := jen.Id(suffix("p", depth))
		var body []jen.Code
		switch t.Elem.Declaration().(type) {
		case *ir.Struct, *ir.Enum:
			body = []jen.Code{p.Clone().Dot("ngDataContractRead").Call(rID)}
		case *ir.Union:
			return []jen.Code{jen.If(isNil).Block(skip, target.code().Op("=").Nil()).Else().Block(jen.Id("r").Dot("unknown").Call())}
		default:
			body = g.read(expr{c: jen.Op("*").Add(p.Clone()), star: true, ptr: p.Clone()}, t.Elem, depth+1)
		}
		return []jen.Code{jen.If(isNil).Block(skip, target.code().Op("=").Nil()).Else().Block(
			append(append([]jen.Code{p.Clone().Op(":=").New(typeCode(t.Elem))}, body...),
				target.code().Op("=").Add(p.Clone()))...,
		)}
	case ir.Slice:
		s, i := jen.Id(suffix("s", depth)), jen.Id(suffix("i", depth))
		item, _ := g.itemName(t.Elem)
		var readItem []jen.Code
		if st := structOf(t.Elem); st != nil && t.Elem.Kind == ir.Local {
			readItem = []jen.Code{
				s.Clone().Op("=").Append(s.Clone(), jen.Add(typeCode(t.Elem)).Values()),
				s.Clone().Index(jen.Len(s.Clone()).Op("-").Lit(1)).Dot("ngDataContractRead").Call(rID),
			}
		} else {
			x := jen.Id(suffix("x", depth))
			readItem = append([]jen.Code{jen.Var().Add(x.Clone()).Add(typeCode(t.Elem))},
				append(g.read(expr{c: x.Clone()}, t.Elem, depth+1), s.Clone().Op("=").Append(s.Clone(), x.Clone()))...)
		}
		loop := append([]jen.Code{
			jen.If(jen.String().Call(jen.Id("r").Dot("local")).Op("!=").Lit(item)).Block(jen.Id("r").Dot("unknown").Call(), jen.Continue()),
			jen.Id("r").Dot("at").Call(i.Clone()),
		}, append(readItem, i.Clone().Op("++"))...)
		return []jen.Code{jen.If(isNil).Block(skip, target.code().Op("=").Nil()).Else().Block(
			s.Clone().Op(":=").Add(typeCode(t)).Values(),
			jen.For(i.Clone().Op(":=").Lit(0), jen.Id("r").Dot("next").Call(), jen.Empty()).Block(loop...),
			target.code().Op("=").Add(s.Clone()),
		)}
	case ir.Map:
		m, k, x := jen.Id(suffix("m", depth)), jen.Id(suffix("k", depth)), jen.Id(suffix("x", depth))
		return []jen.Code{jen.If(isNil).Block(skip, target.code().Op("=").Nil()).Else().Block(
			m.Clone().Op(":=").Add(typeCode(t)).Values(),
			jen.For(jen.Id("r").Dot("next").Call()).Block(
				jen.Var().Add(k.Clone()).String(),
				jen.Var().Add(x.Clone()).Add(typeCode(t.Elem)),
				jen.For(jen.Id("r").Dot("next").Call()).Block(
					jen.Switch(jen.String().Call(jen.Id("r").Dot("local"))).Block(
						jen.Case(jen.Lit("Key")).Block(k.Clone().Op("=").Id("r").Dot("str").Call()),
						jen.Case(jen.Lit("Value")).Block(g.read(expr{c: x.Clone()}, t.Elem, depth+1)...),
						jen.Default().Block(jen.Id("r").Dot("unknown").Call()),
					),
				),
				m.Clone().Index(k.Clone()).Op("=").Add(x.Clone()),
			),
			target.code().Op("=").Add(m.Clone()),
		)}
	case ir.Builtin:
		conv := func(call jen.Code) []jen.Code {
			return []jen.Code{target.code().Op("=").Id(t.Name).Call(call)}
		}
		switch t.Name {
		case "string":
			return []jen.Code{target.code().Op("=").Id("r").Dot("str").Call()}
		case "bool":
			return []jen.Code{target.code().Op("=").Id("r").Dot("boolean").Call()}
		case "int", "int64":
			return conv(jen.Id("r").Dot("integer").Call(jen.Lit(64)))
		case "int8":
			return conv(jen.Id("r").Dot("integer").Call(jen.Lit(8)))
		case "int16":
			return conv(jen.Id("r").Dot("integer").Call(jen.Lit(16)))
		case "int32", "rune":
			return conv(jen.Id("r").Dot("integer").Call(jen.Lit(32)))
		case "uint", "uint64":
			return conv(jen.Id("r").Dot("uinteger").Call(jen.Lit(64)))
		case "uint8", "byte":
			return conv(jen.Id("r").Dot("uinteger").Call(jen.Lit(8)))
		case "uint16":
			return conv(jen.Id("r").Dot("uinteger").Call(jen.Lit(16)))
		case "uint32":
			return conv(jen.Id("r").Dot("uinteger").Call(jen.Lit(32)))
		case "float32":
			return conv(jen.Id("r").Dot("float").Call(jen.Lit(32)))
		case "float64":
			return []jen.Code{target.code().Op("=").Id("r").Dot("float").Call(jen.Lit(64))}
		}
		return []jen.Code{jen.Id("r").Dot("unknown").Call()}
	case ir.Qualified:
		switch {
		case t.Path == "time" && t.Name == "Time":
			return []jen.Code{target.code().Op("=").Id("r").Dot("time").Call()}
		case t == ir.RawJSON || t.Path == "encoding/json" && t.Name == "RawMessage":
			return []jen.Code{jen.Id("r").Dot("unknown").Call()}
		}
		return []jen.Code{jen.Id("r").Dot("unmarshalText").Call(jen.Op("&").Add(target.sel()))}
	case ir.Local:
		switch d := t.Declaration().(type) {
		case nil:
			var text jen.Code
			switch t.Name {
			case "UUID":
				return []jen.Code{target.code().Op("=").Id("r").Dot("uuid").Call()}
			case "Decimal":
				text = jen.Id("r").Dot("decimal").Call()
			case "Date":
				text = jen.Id("r").Dot("dateText").Call()
			default:
				return []jen.Code{jen.Id("r").Dot("unmarshalText").Call(jen.Op("&").Add(target.sel()))}
			}
			return []jen.Code{jen.If(jen.Err().Op(":=").Add(target.dot()).Dot("UnmarshalText").Call(text), jen.Err().Op("!=").Nil()).Block(
				jen.Id("r").Dot("failErr").Call(jen.Err()),
			)}
		case *ir.Struct, *ir.Enum:
			return []jen.Code{target.dot().Dot("ngDataContractRead").Call(rID)}
		case *ir.Named:
			if d.Alias {
				return g.read(target, d.Underlying, depth)
			}
			x := jen.Id(suffix("u", depth))
			return []jen.Code{jen.Block(append([]jen.Code{jen.Var().Add(x.Clone()).Add(typeCode(d.Underlying))},
				append(g.read(expr{c: x.Clone()}, d.Underlying, depth+1),
					target.code().Op("=").Id(d.Name).Call(x.Clone()))...)...)}
		}
	}
	return []jen.Code{jen.Id("r").Dot("unknown").Call()}
}

// readSingle reads a list that the contract holds as one value.
func (g *dcGen) readSingle(target expr, t *ir.TypeRef, depth int) []jen.Code {
	x := jen.Id(suffix("x", depth))
	return []jen.Code{jen.If(jen.Id("r").Dot("isNil").Call()).Block(jen.Id("r").Dot("skip").Call(), target.code().Op("=").Nil()).Else().Block(
		append(append([]jen.Code{jen.Var().Add(x.Clone()).Add(typeCode(t.Elem))},
			g.read(expr{c: x.Clone()}, t.Elem, depth+1)...),
			target.code().Op("=").Add(typeCode(t)).Values(x.Clone()))...,
	)}
}

// enumMethods declares an enum's DataContract methods: its values by
// name, read by name (the contract's or the spec's) or integer.
func (g *dcGen) enumMethods(e *ir.Enum) []jen.Code {
	var wcases []jen.Code
	var renamed []jen.Code
	for _, v := range e.Values {
		name := v.Name
		if v.ContractName != "" {
			name = v.ContractName
			if v.ContractName != v.Name {
				renamed = append(renamed, jen.Case(jen.Lit(v.ContractName)).Block(jen.Op("*").Id("v").Op("=").Id(v.GoName), jen.Return()))
			}
		}
		wcases = append(wcases, jen.Case(jen.Id(v.GoName)).Block(jen.Id("w").Dot("enum").Call(jen.Id("local"), jen.Id("ns"), jen.Lit(name))))
	}
	var value jen.Code
	if e.Base == ir.StringEnum {
		value = jen.Qual(pkgStrconv, "Quote").Call(jen.String().Call(jen.Id("v")))
	} else {
		value = jen.Qual(pkgStrconv, "FormatInt").Call(jen.Int64().Call(jen.Id("v")), jen.Lit(10))
	}
	wcases = append(wcases, jen.Default().Block(jen.Id("w").Dot("unnamed").Call(jen.Id("local"), jen.Lit(e.Name), value)))
	read := []jen.Code{
		jen.If(jen.Id("r").Dot("isNil").Call()).Block(
			jen.Id("r").Dot("skip").Call(),
			jen.Op("*").Id("v").Op("=").Id(e.Name).Call(jen.Lit(zeroLit(e))),
			jen.Return(),
		),
		jen.Id("b").Op(":=").Id("r").Dot("value").Call(),
		jen.If(jen.Id("r").Dot("err").Op("!=").Nil()).Block(jen.Return()),
	}
	if len(renamed) > 0 {
		read = append(read, jen.Switch(jen.String().Call(jen.Id("b"))).Block(renamed...))
	}
	read = append(read,
		jen.List(jen.Id("x"), jen.Err()).Op(":=").Id("decode"+e.Name).Call(jen.Id("b")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Id("r").Dot("failErr").Call(jen.Err()), jen.Return()),
		jen.Op("*").Id("v").Op("=").Id("x"),
	)
	return []jen.Code{
		jen.Comment("ngDataContractWrite writes v's name as the element local in ns.").Line().
			Func().Params(jen.Id("v").Id(e.Name)).Id("ngDataContractWrite").Params(jen.Id("w").Op("*").Id("ngDataContractWriter"), jen.List(jen.Id("local"), jen.Id("ns")).String()).Block(
			jen.Switch(jen.Id("v")).Block(wcases...),
		),
		jen.Comment("ngDataContractRead reads v from the current element: a name, the contract's or the spec's, or an integer.").Line().
			Func().Params(jen.Id("v").Op("*").Id(e.Name)).Id("ngDataContractRead").Params(jen.Id("r").Op("*").Id("ngDataContractReader")).Block(read...),
	}
}

// dcDoc returns a doc comment of line comments.
func dcDoc(text string) *jen.Statement {
	return jen.Add(docComment("", ir.Doc{Text: text}))
}

func zeroLit(e *ir.Enum) any {
	if e.Base == ir.StringEnum {
		return ""
	}
	return 0
}
