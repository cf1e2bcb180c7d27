package emit

import (
	"fmt"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

// pkgBytesPath is the import path of package bytes.
const pkgBytesPath = "bytes"

// genUnions declares the package's union types: a struct with one pointer
// field per variant, and its JSON and XML (un)marshalers; then the helpers
// those share, and the helpers of the JSON methods of structs with an
// extra map (see genAdditional), which types.go, split into chunks, cannot
// declare once.
func genUnions(f *jen.File, pkg *ir.Package) bool {
	unions, additional := false, false
	for _, t := range pkg.Types {
		switch t := t.(type) {
		case *ir.Union:
			genUnion(f, t)
			unions = true
		case *ir.Struct:
			additional = additional || t.Additional != nil
		}
	}
	if unions {
		genUnionHelpers(f)
	}
	if additional {
		genAdditionalHelpers(f)
	}
	return unions || additional
}

// unionWire describes a union's decoding, for its doc comment.
func unionWire(u *ir.Union) string {
	var b strings.Builder
	b.WriteString("It holds one of the schema's alternatives: at most one field is set, and that variant is its JSON and XML form (none set is JSON null).")
	if u.AnyOf {
		b.WriteString(" The schema is an anyOf: a value may match several, and decoding keeps one.")
	}
	if u.Discriminator != "" {
		fmt.Fprintf(&b, " Decoding a JSON object picks the variant named by its %q property;", u.Discriminator)
		b.WriteString(" other JSON values, and objects without a known name, try")
	} else {
		b.WriteString(" Decoding tries")
	}
	b.WriteString(" the variants that can hold the value's JSON kind in the order of the fields: first the one that decodes with no unknown object property, else the first that decodes. XML decoding keeps the first variant that decodes.")
	return b.String()
}

func genUnion(f *jen.File, u *ir.Union) {
	name := u.Name
	fields := make([]jen.Code, 0, len(u.Variants))
	for _, v := range u.Variants {
		fields = append(fields, jen.Id(v.Name).Op("*").Add(typeCode(v.Type)))
	}
	f.Add(docComment(name+" is "+lead(u.Src)+" "+unionWire(u), u.Doc)).Type().Id(name).Struct(fields...)
	f.Line()

	// MarshalJSON.
	cases := make([]jen.Code, 0, len(u.Variants))
	for _, v := range u.Variants {
		cases = append(cases, jen.Case(jen.Id("u").Dot(v.Name).Op("!=").Nil()).Block(
			jen.Return(jen.Qual(pkgJSON, "Marshal").Call(jen.Id("u").Dot(v.Name))),
		))
	}
	f.Comment("MarshalJSON encodes the variant that is set, or null.")
	f.Func().Params(jen.Id("u").Id(name)).Id("MarshalJSON").Params().Params(jen.Index().Byte(), jen.Error()).Block(
		switchOrNull(cases),
		jen.Return(jen.Index().Byte().Call(jen.Lit("null")), jen.Nil()),
	)
	f.Line()

	// UnmarshalJSON.
	body := []jen.Code{
		jen.Op("*").Id("u").Op("=").Id(name).Values(),
		jen.Id("kind").Op(":=").Id("ngUnionKind").Call(jen.Id("data")),
		jen.If(jen.Id("kind").Op("==").LitRune('n')).Block(jen.Return(jen.Nil())),
	}
	if u.Discriminator != "" {
		var dcases []jen.Code
		for _, v := range u.Variants {
			if len(v.Values) == 0 {
				continue
			}
			vals := make([]jen.Code, len(v.Values))
			for i, x := range v.Values {
				vals[i] = jen.Lit(x)
			}
			dcases = append(dcases, jen.Case(vals...).Block(
				jen.List(jen.Id("v"), jen.Err()).Op(":=").Id("ngUnionDecode").Types(typeCode(v.Type)).Call(jen.Id("data"), jen.False()),
				jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
				jen.Id("u").Dot(v.Name).Op("=").Id("v"),
				jen.Return(jen.Nil()),
			))
		}
		if len(dcases) > 0 {
			body = append(body, jen.If(jen.Id("kind").Op("==").LitRune('{')).Block(
				jen.Switch(jen.Id("ngUnionDiscriminator").Call(jen.Id("data"), jen.Lit(u.Discriminator))).Block(dcases...),
			))
		}
	}
	try := func(v *ir.Variant, strict bool) jen.Code {
		decode := jen.If(
			jen.List(jen.Id("v"), jen.Err()).Op(":=").Id("ngUnionDecode").Types(typeCode(v.Type)).Call(jen.Id("data"), jen.Lit(strict)),
			jen.Err().Op("==").Nil(),
		).Block(
			jen.Id("u").Dot(v.Name).Op("=").Id("v"),
			jen.Return(jen.Nil()),
		)
		if cond := kindCond(v.Accepts); cond != nil {
			return jen.If(cond).Block(decode)
		}
		return decode
	}
	for _, v := range u.Variants {
		body = append(body, try(v, true))
	}
	for _, v := range u.Variants {
		if v.Accepts&ir.JSONObject != 0 {
			// Only objects can fail the strict pass and pass this one.
			body = append(body, try(v, false))
		}
	}
	body = append(body, jen.Return(jen.Qual("errors", "New").Call(jen.Lit(name+": the JSON value matches none of the variants"))))
	f.Comment("UnmarshalJSON decodes a variant: see " + name + ".")
	f.Func().Params(jen.Id("u").Op("*").Id(name)).Id("UnmarshalJSON").Params(jen.Id("data").Index().Byte()).Error().Block(body...)
	f.Line()

	// MarshalXML.
	xcases := make([]jen.Code, 0, len(u.Variants))
	for _, v := range u.Variants {
		xcases = append(xcases, jen.Case(jen.Id("u").Dot(v.Name).Op("!=").Nil()).Block(
			jen.Return(jen.Id("e").Dot("EncodeElement").Call(jen.Id("u").Dot(v.Name), jen.Id("start"))),
		))
	}
	f.Comment("MarshalXML encodes the variant that is set as the element start; none set writes nothing.")
	f.Func().Params(jen.Id("u").Id(name)).Id("MarshalXML").Params(
		jen.Id("e").Op("*").Qual(pkgXML, "Encoder"), jen.Id("start").Qual(pkgXML, "StartElement"),
	).Error().Block(
		switchOrNull(xcases),
		jen.Return(jen.Nil()),
	)
	f.Line()

	// UnmarshalXML.
	xbody := []jen.Code{
		jen.Op("*").Id("u").Op("=").Id(name).Values(),
		jen.List(jen.Id("data"), jen.Err()).Op(":=").Id("ngUnionElement").Call(jen.Id("d"), jen.Id("start")),
		jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Err())),
	}
	for _, v := range u.Variants {
		if v.NoXML {
			continue
		}
		xbody = append(xbody, jen.If(
			jen.List(jen.Id("v"), jen.Err()).Op(":=").Id("ngUnionDecodeXML").Types(typeCode(v.Type)).Call(jen.Id("data")),
			jen.Err().Op("==").Nil(),
		).Block(
			jen.Id("u").Dot(v.Name).Op("=").Id("v"),
			jen.Return(jen.Nil()),
		))
	}
	xbody = append(xbody, jen.Return(jen.Qual("errors", "New").Call(jen.Lit(name+": the XML element matches none of the variants"))))
	f.Comment("UnmarshalXML decodes the first variant that decodes the element.")
	f.Func().Params(jen.Id("u").Op("*").Id(name)).Id("UnmarshalXML").Params(
		jen.Id("d").Op("*").Qual(pkgXML, "Decoder"), jen.Id("start").Qual(pkgXML, "StartElement"),
	).Error().Block(xbody...)
	f.Line()
}

// switchOrNull returns a switch over the cases, or nothing without cases.
func switchOrNull(cases []jen.Code) jen.Code {
	if len(cases) == 0 {
		return jen.Null()
	}
	return jen.Switch().Block(cases...)
}

// kindCond returns the condition on the variable kind (see ngUnionKind)
// under which a variant can decode a value, or nil when it can decode any.
func kindCond(k ir.JSONKinds) jen.Code {
	if k&ir.JSONAny == ir.JSONAny {
		return nil
	}
	var conds []jen.Code
	for _, c := range []struct {
		kind ir.JSONKinds
		b    rune
	}{{ir.JSONObject, '{'}, {ir.JSONArray, '['}, {ir.JSONString, '"'}, {ir.JSONNumber, '0'}, {ir.JSONBool, 'b'}} {
		if k&c.kind != 0 {
			conds = append(conds, jen.Id("kind").Op("==").LitRune(c.b))
		}
	}
	if len(conds) == 0 {
		return jen.False()
	}
	return joinOr(conds)
}

func joinOr(conds []jen.Code) jen.Code {
	s := jen.Add(conds[0])
	for _, c := range conds[1:] {
		s = s.Op("||").Add(c)
	}
	return s
}

// genUnionHelpers declares the functions the union methods share.
func genUnionHelpers(f *jen.File) {
	f.Comment("ngUnionKind returns the kind of a JSON value by its first byte: '{', '[', '\"',")
	f.Comment("'b' (a boolean), 'n' (null) or '0' (a number).")
	f.Func().Id("ngUnionKind").Params(jen.Id("data").Index().Byte()).Byte().Block(
		jen.Id("data").Op("=").Qual(pkgBytesPath, "TrimLeft").Call(jen.Id("data"), jen.Lit(" \t\r\n")),
		jen.If(jen.Len(jen.Id("data")).Op("==").Lit(0)).Block(jen.Return(jen.Lit(0))),
		jen.Switch(jen.Id("data").Index(jen.Lit(0))).Block(
			jen.Case(jen.LitRune('{'), jen.LitRune('['), jen.LitRune('"'), jen.LitRune('n')).Block(jen.Return(jen.Id("data").Index(jen.Lit(0)))),
			jen.Case(jen.LitRune('t'), jen.LitRune('f')).Block(jen.Return(jen.LitRune('b'))),
		),
		jen.Return(jen.LitRune('0')),
	)
	f.Line()
	f.Comment("ngUnionDecode decodes a JSON value as a T; strict rejects unknown object")
	f.Comment("properties.")
	f.Func().Id("ngUnionDecode").Types(jen.Id("T").Any()).Params(jen.Id("data").Index().Byte(), jen.Id("strict").Bool()).Params(jen.Op("*").Id("T"), jen.Error()).Block(
		jen.Id("v").Op(":=").New(jen.Id("T")),
		jen.Id("dec").Op(":=").Qual(pkgJSON, "NewDecoder").Call(jen.Qual(pkgBytesPath, "NewReader").Call(jen.Id("data"))),
		jen.If(jen.Id("strict")).Block(jen.Id("dec").Dot("DisallowUnknownFields").Call()),
		jen.If(jen.Err().Op(":=").Id("dec").Dot("Decode").Call(jen.Id("v")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Id("v"), jen.Nil()),
	)
	f.Line()
	f.Comment("ngUnionDiscriminator returns the string value of a JSON object's property,")
	f.Comment("or \"\".")
	f.Func().Id("ngUnionDiscriminator").Params(jen.Id("data").Index().Byte(), jen.Id("name").String()).String().Block(
		jen.Var().Id("obj").Map(jen.String()).Qual(pkgJSON, "RawMessage"),
		jen.Var().Id("s").String(),
		jen.If(jen.Qual(pkgJSON, "Unmarshal").Call(jen.Id("data"), jen.Op("&").Id("obj")).Op("!=").Nil().Op("||").
			Qual(pkgJSON, "Unmarshal").Call(jen.Id("obj").Index(jen.Id("name")), jen.Op("&").Id("s")).Op("!=").Nil()).Block(
			jen.Return(jen.Lit("")),
		),
		jen.Return(jen.Id("s")),
	)
	f.Line()
	f.Comment("ngUnionElement reads the element that start opens and returns it as XML")
	f.Comment("text, so that each variant can try to decode it.")
	f.Func().Id("ngUnionElement").Params(jen.Id("d").Op("*").Qual(pkgXML, "Decoder"), jen.Id("start").Qual(pkgXML, "StartElement")).Params(jen.Index().Byte(), jen.Error()).Block(
		jen.Var().Id("buf").Qual(pkgBytesPath, "Buffer"),
		jen.Id("enc").Op(":=").Qual(pkgXML, "NewEncoder").Call(jen.Op("&").Id("buf")),
		jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Id("start")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.For(jen.Id("depth").Op(":=").Lit(1), jen.Id("depth").Op(">").Lit(0), jen.Empty()).Block(
			jen.List(jen.Id("tok"), jen.Err()).Op(":=").Id("d").Dot("Token").Call(),
			jen.If(jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
			jen.Switch(jen.Id("tok").Assert(jen.Type())).Block(
				jen.Case(jen.Qual(pkgXML, "StartElement")).Block(jen.Id("depth").Op("++")),
				jen.Case(jen.Qual(pkgXML, "EndElement")).Block(jen.Id("depth").Op("--")),
				jen.Case(jen.Qual(pkgXML, "ProcInst"), jen.Qual(pkgXML, "Directive")).Block(jen.Continue()),
			),
			jen.If(jen.Err().Op(":=").Id("enc").Dot("EncodeToken").Call(jen.Qual(pkgXML, "CopyToken").Call(jen.Id("tok"))), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		),
		jen.If(jen.Err().Op(":=").Id("enc").Dot("Flush").Call(), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Id("buf").Dot("Bytes").Call(), jen.Nil()),
	)
	f.Line()
	f.Comment("ngUnionDecodeXML decodes an XML element as a T.")
	f.Func().Id("ngUnionDecodeXML").Types(jen.Id("T").Any()).Params(jen.Id("data").Index().Byte()).Params(jen.Op("*").Id("T"), jen.Error()).Block(
		jen.Id("v").Op(":=").New(jen.Id("T")),
		jen.If(jen.Err().Op(":=").Qual(pkgXML, "Unmarshal").Call(jen.Id("data"), jen.Id("v")), jen.Err().Op("!=").Nil()).Block(jen.Return(jen.Nil(), jen.Err())),
		jen.Return(jen.Id("v"), jen.Nil()),
	)
}
