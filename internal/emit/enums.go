package emit

import (
	"strconv"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

const (
	pkgJSON    = "encoding/json"
	pkgXML     = "encoding/xml"
	pkgStrconv = "strconv"
	pkgBytes   = "bytes"
)

// genEnums declares the package's enum types with their constants and
// methods.
func genEnums(f *jen.File, pkg *ir.Package) bool {
	any := false
	for _, t := range pkg.Types {
		if e, ok := t.(*ir.Enum); ok {
			genEnum(f, e, pkg.KeepUnknownEnums)
			any = true
		}
	}
	return any
}

// enumWire describes an enum's wire forms, for the doc comment.
func enumWire(e *ir.Enum) string {
	switch e.Base {
	case ir.MappedStringEnum:
		return "In JSON it is its name, as the spec spells it; in XML (elements and attributes) its integer. Decoding accepts both forms in both formats."
	case ir.IntegerEnum:
		return "In JSON and XML it is its integer; decoding also accepts its name."
	}
	return "In JSON and XML it is its name."
}

// genEnum declares an enum: the type, its constants, and methods that
// work on two tables, its values and (for integer types) their names, in
// declared order. Lookups scan the tables: enums are small, a scan of a
// few dozen entries takes nanoseconds, and tables keep the generated code
// (and its compile time) small on specs with thousands of enums.
func genEnum(f *jen.File, e *ir.Enum, keepUnknown bool) {
	name := e.Name
	recv := jen.Id("v").Id(name)
	isString := e.Base == ir.StringEnum
	valuesVar, namesVar := "valuesOf"+name, "namesOf"+name

	decl := f.Add(docComment(name+" is "+lead(e.Src)+" "+enumWire(e), e.Doc)).Type().Id(name)
	if isString {
		decl.String()
	} else {
		decl.Id("int" + strconv.Itoa(e.Bits))
	}
	f.Line()

	// Constants.
	consts := make([]jen.Code, 0, len(e.Values))
	ids := make([]jen.Code, len(e.Values))
	names := make([]jen.Code, len(e.Values))
	for i, v := range e.Values {
		var val jen.Code
		if isString {
			val = jen.Lit(v.Name)
		} else {
			val = jen.Lit(int(v.Int))
		}
		consts = append(consts, jen.Add(docComment("", v.Doc)).Id(v.GoName).Id(name).Op("=").Add(val))
		ids[i] = jen.Id(v.GoName)
		names[i] = jen.Lit(v.Name)
	}
	if len(consts) > 0 {
		f.Comment("Values of " + name + ".")
		f.Const().Defs(consts...)
		f.Line()
	}
	tables := []jen.Code{jen.Id(valuesVar).Op("=").Index(jen.Op("...")).Id(name).Values(ids...)}
	if !isString {
		tables = append(tables, jen.Id(namesVar).Op("=").Index(jen.Op("...")).String().Values(names...))
	}
	f.Comment("Declared order.")
	f.Var().Defs(tables...)
	f.Line()
	values := jen.Id(valuesVar).Index(jen.Op(":"))
	namesSlice := jen.Id(namesVar).Index(jen.Op(":"))

	f.Commentf("%sValues returns the values in declared order.", name)
	f.Func().Id(name + "Values").Params().Index().Id(name).Block(
		jen.Return(jen.Append(jen.Index().Id(name).Call(jen.Nil()), values.Clone().Op("..."))),
	)
	f.Line()
	f.Comment("IsValid reports whether v is a declared value.")
	f.Func().Params(recv.Clone()).Id("IsValid").Params().Bool().Block(
		jen.Return(jen.Id("ngEnumIndex").Call(values.Clone(), jen.Id("v")).Op(">=").Lit(0)),
	)
	f.Line()

	if isString {
		genStringEnum(f, e, keepUnknown)
		return
	}

	f.Comment("String returns the name, or the integer of an undeclared value.")
	f.Func().Params(recv.Clone()).Id("String").Params().String().Block(
		jen.Return(jen.Id("ngEnumName").Call(values.Clone(), namesSlice.Clone(), jen.Id("v"))),
	)
	f.Line()

	decode := "decode" + name
	f.Commentf("%s decodes a name or an integer.", decode)
	f.Func().Id(decode).Params(jen.Id("b").Index().Byte()).Params(jen.Id(name), jen.Error()).Block(
		jen.If(jen.List(jen.Id("v"), jen.Id("ok")).Op(":=").Id("ngEnumLookup").Call(values.Clone(), namesSlice.Clone(), jen.Id("b")), jen.Id("ok")).Block(
			jen.Return(jen.Id("v"), jen.Nil()),
		),
		jen.Return(jen.Id("ngEnumDecodeInt").Call(jen.Id("b"), jen.Lit(name), jen.Lit(e.Bits), jen.Id(name).Dot("IsValid"), jen.Lit(keepUnknown))),
	)
	f.Line()

	f.Commentf("Parse%s returns the value named s, or with the integer s.", name)
	f.Func().Id("Parse"+name).Params(jen.Id("s").String()).Params(jen.Id(name), jen.Error()).Block(
		jen.Return(jen.Id(decode).Call(jen.Index().Byte().Call(jen.Id("s")))),
	)
	f.Line()

	if e.Base == ir.MappedStringEnum {
		f.Comment("MarshalJSON writes the name.")
		f.Func().Params(recv.Clone()).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Return(jen.Id("ngEnumMarshalName").Call(values.Clone(), namesSlice.Clone(), jen.Id("v"), jen.Lit(name), jen.Lit(keepUnknown))),
		)
	} else {
		f.Comment("MarshalJSON writes the integer.")
		f.Func().Params(recv.Clone()).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
			jen.Return(jen.Qual(pkgStrconv, "AppendInt").Call(jen.Nil(), jen.Int64().Call(jen.Id("v")), jen.Lit(10)), jen.Nil()),
		)
	}
	f.Line()
	genEnumDecoders(f, name, decode, "a name or an integer")

	f.Comment("MarshalXML writes the integer.")
	f.Func().Params(recv.Clone()).Id("MarshalXML").Params(jen.Id("e").Op("*").Qual(pkgXML, "Encoder"), jen.Id("start").Qual(pkgXML, "StartElement")).Error().Block(
		jen.Return(jen.Id("e").Dot("EncodeElement").Call(jen.Int64().Call(jen.Id("v")), jen.Id("start"))),
	)
	f.Line()
	f.Comment("MarshalXMLAttr writes the integer.")
	f.Func().Params(recv.Clone()).Id("MarshalXMLAttr").Params(jen.Id("name").Qual(pkgXML, "Name")).Params(jen.Qual(pkgXML, "Attr"), jen.Error()).Block(
		jen.Return(jen.Qual(pkgXML, "Attr").Values(jen.Dict{
			jen.Id("Name"):  jen.Id("name"),
			jen.Id("Value"): jen.Qual(pkgStrconv, "FormatInt").Call(jen.Int64().Call(jen.Id("v")), jen.Lit(10)),
		}), jen.Nil()),
	)
	f.Line()
}

// genEnumDecoders adds UnmarshalJSON, UnmarshalXML and UnmarshalXMLAttr,
// each delegating to the runtime with the enum's decode function.
func genEnumDecoders(f *jen.File, name, decode, accepts string) {
	precv := jen.Id("v").Op("*").Id(name)
	f.Commentf("UnmarshalJSON reads %s; null leaves v unchanged.", accepts)
	f.Func().Params(precv.Clone()).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Return(jen.Id("ngEnumUnmarshalJSON").Call(jen.Id("data"), jen.Id("v"), jen.Id(decode))),
	)
	f.Line()
	f.Commentf("UnmarshalXML reads %s.", accepts)
	f.Func().Params(precv.Clone()).Id("UnmarshalXML").Params(jen.Id("d").Op("*").Qual(pkgXML, "Decoder"), jen.Id("start").Qual(pkgXML, "StartElement")).Error().Block(
		jen.Return(jen.Id("ngEnumUnmarshalXML").Call(jen.Id("d"), jen.Id("start"), jen.Id("v"), jen.Id(decode))),
	)
	f.Line()
	f.Commentf("UnmarshalXMLAttr reads %s.", accepts)
	f.Func().Params(precv.Clone()).Id("UnmarshalXMLAttr").Params(jen.Id("attr").Qual(pkgXML, "Attr")).Error().Block(
		jen.Return(jen.Id("ngEnumUnmarshalXMLAttr").Call(jen.Id("attr"), jen.Id("v"), jen.Id(decode))),
	)
	f.Line()
}

// genStringEnum adds the methods of a Go string enum: its names are its
// values on both wires.
func genStringEnum(f *jen.File, e *ir.Enum, keepUnknown bool) {
	name := e.Name
	recv := jen.Id("v").Id(name)
	decode := "decode" + name
	f.Comment("String returns the name.")
	f.Func().Params(recv.Clone()).Id("String").Params().String().Block(jen.Return(jen.String().Call(jen.Id("v"))))
	f.Line()
	f.Commentf("%s decodes a name.", decode)
	f.Func().Id(decode).Params(jen.Id("b").Index().Byte()).Params(jen.Id(name), jen.Error()).Block(
		jen.Return(jen.Id("ngEnumDecodeString").Call(jen.Id("b"), jen.Id("valuesOf"+name).Index(jen.Op(":")), jen.Lit(name), jen.Lit(keepUnknown))),
	)
	f.Line()
	f.Commentf("Parse%s returns the value named s.", name)
	f.Func().Id("Parse"+name).Params(jen.Id("s").String()).Params(jen.Id(name), jen.Error()).Block(
		jen.Return(jen.Id(decode).Call(jen.Index().Byte().Call(jen.Id("s")))),
	)
	f.Line()
	genEnumDecoders(f, name, decode, "a name")
}
