package specdiff

import (
	"fmt"
	"path"
	"strconv"

	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/names"
)

// canon returns a type reference in a form that compares across versions:
// a type of the package is named by its schema's key (an old type by the
// key of the new type it was matched with), so that a renamed type does
// not make every field that holds it look changed.
func (d *differ) canon(v Version, t *ir.TypeRef) string {
	if t == nil {
		return "?"
	}
	switch t.Kind {
	case ir.Builtin:
		return t.Name
	case ir.Qualified:
		return strconv.Quote(t.Path) + "." + t.Name
	case ir.Local:
		if t.Decl == nil {
			return "helper." + t.Name
		}
		k := key(v, t.Decl.Source())
		if v.Package == d.old.Package {
			if nk, ok := d.oldToNew[k]; ok {
				k = nk
			}
		}
		return "local(" + k + ")"
	case ir.Pointer:
		return "*" + d.canon(v, t.Elem)
	case ir.Slice:
		return "[]" + d.canon(v, t.Elem)
	case ir.Map:
		return "map[string]" + d.canon(v, t.Elem)
	}
	return fmt.Sprintf("kind%d", t.Kind)
}

// goType returns a type reference as Go source in the generated package.
func goType(t *ir.TypeRef) string {
	if t == nil {
		return "?"
	}
	switch t.Kind {
	case ir.Builtin, ir.Local:
		return t.Name
	case ir.Qualified:
		pkg := path.Base(t.Path)
		if !names.IsPackageName(pkg) {
			return t.Path + "." + t.Name
		}
		return pkg + "." + t.Name
	case ir.Pointer:
		return "*" + goType(t.Elem)
	case ir.Slice:
		return "[]" + goType(t.Elem)
	case ir.Map:
		return "map[string]" + goType(t.Elem)
	}
	return "?"
}
