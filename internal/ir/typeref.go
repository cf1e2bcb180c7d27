package ir

// RefKind says what a TypeRef denotes.
type RefKind int

const (
	// Builtin is a predeclared type such as string or int32.
	Builtin RefKind = iota
	// Local is a type declared in the generated package.
	Local
	// Qualified is a type from another package (time.Time).
	Qualified
	// Pointer is *Elem.
	Pointer
	// Slice is []Elem.
	Slice
	// Map is map[string]Elem.
	Map
)

// TypeRef refers to a Go type. Qualified references carry their import path,
// so the emitter decides imports and aliases; no code is built from text.
type TypeRef struct {
	Kind RefKind
	// Name is the identifier of Builtin, Local and Qualified references.
	Name string
	// Path is the import path of Qualified references.
	Path string
	// Elem is the element of Pointer, Slice and Map references.
	Elem *TypeRef
	// Decl is the declaration of a Local reference (nil for helper types).
	Decl Type
}

// Common references.
var (
	String  = &TypeRef{Kind: Builtin, Name: "string"}
	Bool    = &TypeRef{Kind: Builtin, Name: "bool"}
	Int32   = &TypeRef{Kind: Builtin, Name: "int32"}
	Int64   = &TypeRef{Kind: Builtin, Name: "int64"}
	Float32 = &TypeRef{Kind: Builtin, Name: "float32"}
	Float64 = &TypeRef{Kind: Builtin, Name: "float64"}
	Any     = &TypeRef{Kind: Builtin, Name: "any"}
	Time    = &TypeRef{Kind: Qualified, Path: "time", Name: "Time"}
	RawJSON = &TypeRef{Kind: Qualified, Path: "encoding/json", Name: "RawMessage"}
)

// PointerTo returns *t.
func PointerTo(t *TypeRef) *TypeRef { return &TypeRef{Kind: Pointer, Elem: t} }

// SliceOf returns []t.
func SliceOf(t *TypeRef) *TypeRef { return &TypeRef{Kind: Slice, Elem: t} }

// MapOf returns map[string]t.
func MapOf(t *TypeRef) *TypeRef { return &TypeRef{Kind: Map, Elem: t} }

// LocalRef returns a reference to a type declared in the package.
func LocalRef(t Type) *TypeRef { return &TypeRef{Kind: Local, Name: t.GoName(), Decl: t} }

// HelperRef returns a reference to a runtime helper type copied into the
// package (Decimal, UUID, Date).
func HelperRef(name string) *TypeRef { return &TypeRef{Kind: Local, Name: name} }

// Deref returns the element of a pointer, or t itself.
func (t *TypeRef) Deref() *TypeRef {
	if t.Kind == Pointer {
		return t.Elem
	}
	return t
}

// Resolver is implemented by a declaration that stands in for a type built
// later (the lower stage hands such references out while it builds).
type Resolver interface {
	Resolve() Type
}

// Declaration returns the type a Local reference declares, or nil for a
// runtime helper type and for references of other kinds.
func (t *TypeRef) Declaration() Type {
	if r, ok := t.Decl.(Resolver); ok {
		return r.Resolve()
	}
	return t.Decl
}
