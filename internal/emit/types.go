package emit

import (
	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

// genTypes declares the package's structs and defined types.
func genTypes(f *jen.File, pkg *ir.Package) bool {
	any := false
	for _, t := range pkg.Types {
		switch t := t.(type) {
		case *ir.Struct:
			genStruct(f, t)
			any = true
		case *ir.Named:
			genNamed(f, t)
			any = true
		}
	}
	return any
}

func genStruct(f *jen.File, s *ir.Struct) {
	// No XMLName field: encoding/xml rejects a struct whose XMLName differs
	// from the tag of a field holding it, so the element name always comes
	// from the field (or, at top level, from the Go type name).
	fields := make([]jen.Code, 0, len(s.Fields))
	for _, fd := range s.Fields {
		if fd.Embedded {
			fields = append(fields, jen.Id(fd.Type.Name))
			continue
		}
		fields = append(fields, jen.Add(docComment("", fd.Doc)).Id(fd.Name).Add(typeCode(fd.Type)).Tag(map[string]string{
			"json": jsonTag(fd),
			"xml":  xmlTag(fd),
		}))
	}
	if a := s.Additional; a != nil {
		fields = append(fields, jen.Add(docComment("", a.Doc)).Id(a.Name).Add(typeCode(a.Type)).Tag(map[string]string{"json": "-", "xml": "-"}))
	}
	f.Add(docComment(s.Name+" is "+lead(s.Src), s.Doc)).Type().Id(s.Name).Struct(fields...)
	f.Line()
	if s.Additional != nil {
		genAdditional(f, s)
	}
}

func lead(src ir.Source) string {
	ref := src.Ref
	if ref == "" {
		ref = "#" + src.Pointer
	}
	return "generated from " + ref + "."
}

func genNamed(f *jen.File, n *ir.Named) {
	decl := f.Add(docComment(n.Name+" is "+lead(n.Src), n.Doc)).Type().Id(n.Name)
	if n.Alias {
		decl.Op("=")
	}
	decl.Add(typeCode(n.Underlying))
	f.Line()
}

func jsonTag(fd *ir.Field) string {
	if fd.Required {
		return fd.JSONName
	}
	return fd.JSONName + ",omitempty"
}

func xmlTag(fd *ir.Field) string {
	x := fd.XML
	if x.Omit {
		return "-"
	}
	name := x.Name
	if x.Namespace != "" {
		name = x.Namespace + " " + name
	}
	switch {
	case x.Attribute:
		name += ",attr"
	case x.Wrapped:
		name += ">" + x.ItemName
	}
	// No omitempty: encoding/xml already leaves out nil pointers and
	// unwrapped empty slices, and on a slice omitempty would drop every
	// zero item (an enum whose integer is 0). It writes the wrapper of an
	// empty wrapped list either way (omitempty is checked after the
	// wrapper is open): an empty list is an empty wrapper element.
	return name
}
