package emit

import (
	"sort"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

// genAdditional declares the JSON methods of a struct with an extra map
// (ir.Struct.Additional): the declared fields go through encoding/json as
// usual, and the map's entries are merged into the same object, in key
// order, so that a decoded value encodes to the same properties.
func genAdditional(f *jen.File, s *ir.Struct) {
	name, field := s.Name, s.Additional.Name
	declared := declaredJSON(s, map[*ir.Struct]bool{})
	sort.Strings(declared)
	list := make([]jen.Code, len(declared))
	for i, d := range declared {
		list[i] = jen.Lit(d)
	}
	f.Commentf("MarshalJSON encodes the declared fields, then the entries of %s that", field)
	f.Comment("are not declared properties, in key order.")
	f.Func().Params(jen.Id("v").Id(name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Type().Id("plain").Id(name),
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Qual(pkgJSON, "Marshal").Call(jen.Id("plain").Call(jen.Id("v"))),
		jen.If(jen.Err().Op("!=").Nil().Op("||").Len(jen.Id("v").Dot(field)).Op("==").Lit(0)).Block(
			jen.Return(jen.Id("data"), jen.Err()),
		),
		jen.Return(jen.Id("ngAdditionalMarshal").Call(jen.Id("data"), jen.Id("v").Dot(field), jen.Index().String().Values(list...))),
	)
	f.Line()
	f.Commentf("UnmarshalJSON decodes the declared fields, and the other properties into %s.", field)
	elem := s.Additional.Type.Elem
	f.Func().Params(jen.Id("v").Op("*").Id(name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(
		jen.Type().Id("plain").Id(name),
		jen.If(jen.Err().Op(":=").Qual(pkgJSON, "Unmarshal").Call(jen.Id("data"), jen.Parens(jen.Op("*").Id("plain")).Call(jen.Id("v"))), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Err()),
		),
		jen.List(jen.Id("extra"), jen.Err()).Op(":=").Id("ngAdditionalUnmarshal").Types(typeCode(elem)).Call(jen.Id("data"), jen.Index().String().Values(list...)),
		jen.Id("v").Dot(field).Op("=").Id("extra"),
		jen.Return(jen.Err()),
	)
	f.Line()
}

// declaredJSON returns the JSON names of a struct's fields, those of the
// structs it embeds included.
func declaredJSON(s *ir.Struct, seen map[*ir.Struct]bool) []string {
	if seen[s] {
		return nil
	}
	seen[s] = true
	var out []string
	for _, fd := range s.Fields {
		if !fd.Embedded {
			out = append(out, fd.JSONName)
			continue
		}
		if e, ok := fd.Type.Declaration().(*ir.Struct); ok {
			out = append(out, declaredJSON(e, seen)...)
		}
	}
	return out
}

// genAdditionalHelpers declares the functions the extra-map methods share.
func genAdditionalHelpers(f *jen.File) {
	f.Comment("ngAdditionalMarshal appends the entries of extra whose keys are not in the")
	f.Comment("sorted list declared to the JSON object data, in key order.")
	f.Func().Id("ngAdditionalMarshal").Types(jen.Id("V").Any()).Params(
		jen.Id("data").Index().Byte(), jen.Id("extra").Map(jen.String()).Id("V"), jen.Id("declared").Index().String(),
	).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Id("keys").Op(":=").Make(jen.Index().String(), jen.Lit(0), jen.Len(jen.Id("extra"))),
		jen.For(jen.Id("k").Op(":=").Range().Id("extra")).Block(
			jen.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Qual("slices", "BinarySearch").Call(jen.Id("declared"), jen.Id("k")), jen.Op("!").Id("ok")).Block(
				jen.Id("keys").Op("=").Append(jen.Id("keys"), jen.Id("k")),
			),
		),
		jen.Qual("slices", "Sort").Call(jen.Id("keys")),
		jen.Id("out").Op(":=").Qual(pkgBytesPath, "TrimRight").Call(jen.Id("data"), jen.Lit(" \t\r\n")),
		jen.Id("out").Op("=").Id("out").Index(jen.Empty(), jen.Len(jen.Id("out")).Op("-").Lit(1)),
		jen.For(jen.List(jen.Id("_"), jen.Id("k")).Op(":=").Range().Id("keys")).Block(
			jen.List(jen.Id("kb"), jen.Err()).Op(":=").Qual(pkgJSON, "Marshal").Call(jen.Id("k")),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.List(jen.Id("vb"), jen.Err()).Op(":=").Qual(pkgJSON, "Marshal").Call(jen.Id("extra").Index(jen.Id("k"))),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.If(jen.Len(jen.Id("out")).Op(">").Lit(1)).Block(jen.Id("out").Op("=").Append(jen.Id("out"), jen.LitRune(','))),
			jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("kb").Op("...")),
			jen.Id("out").Op("=").Append(jen.Id("out"), jen.LitRune(':')),
			jen.Id("out").Op("=").Append(jen.Id("out"), jen.Id("vb").Op("...")),
		),
		jen.Return(jen.Append(jen.Id("out"), jen.LitRune('}')), jen.Nil()),
	)
	f.Line()
	f.Comment("ngAdditionalUnmarshal decodes the properties of the JSON object data whose")
	f.Comment("names are not in the sorted list declared; it returns nil when there are none.")
	f.Func().Id("ngAdditionalUnmarshal").Types(jen.Id("V").Any()).Params(
		jen.Id("data").Index().Byte(), jen.Id("declared").Index().String(),
	).Params(jen.Map(jen.String()).Id("V"), jen.Error()).Block(
		jen.Var().Id("all").Map(jen.String()).Qual(pkgJSON, "RawMessage"),
		jen.If(jen.Err().Op(":=").Qual(pkgJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("all")), jen.Err().Op("!=").Nil()).Block(
			jen.Return(jen.Nil(), jen.Err()),
		),
		jen.Var().Id("extra").Map(jen.String()).Id("V"),
		jen.For(jen.List(jen.Id("k"), jen.Id("raw")).Op(":=").Range().Id("all")).Block(
			jen.If(jen.List(jen.Id("_"), jen.Id("ok")).Op(":=").Qual("slices", "BinarySearch").Call(jen.Id("declared"), jen.Id("k")), jen.Id("ok")).Block(
				jen.Continue(),
			),
			jen.Var().Id("v").Id("V"),
			jen.If(jen.Err().Op(":=").Qual(pkgJSON, "Unmarshal").Call(jen.Id("raw"), jen.Op("&").Id("v")), jen.Err().Op("!=").Nil()).Block(
				jen.Return(jen.Nil(), jen.Err()),
			),
			jen.If(jen.Id("extra").Op("==").Nil()).Block(
				jen.Id("extra").Op("=").Map(jen.String()).Id("V").Values(),
			),
			jen.Id("extra").Index(jen.Id("k")).Op("=").Id("v"),
		),
		jen.Return(jen.Id("extra"), jen.Nil()),
	)
	f.Line()
}
