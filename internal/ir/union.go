package ir

// Union is a type that holds one of several alternatives: a oneOf or anyOf
// schema, or a 3.1 schema with several types (`type: [string, integer]`).
// The Go type is a struct with one pointer field per variant, at most one of
// which is set; it has its own JSON and XML (un)marshalling.
type Union struct {
	Name string
	Src  Source
	Doc  Doc
	// Variants are in the order the schema lists them, which is the order
	// decoding tries them.
	Variants []*Variant
	// Discriminator is the property of a JSON object that names its
	// variant; "" when the schema has none.
	Discriminator string
	// AnyOf is set for anyOf: a value may match several variants, and
	// decoding keeps the first.
	AnyOf bool
	// Nullable is set when null is a valid value (a "null" variant, or
	// nullable: true); the zero Union marshals as null either way.
	Nullable bool
}

// GoName implements Type.
func (u *Union) GoName() string { return u.Name }

// Source implements Type.
func (u *Union) Source() Source { return u.Src }

// Variant is one alternative of a Union.
type Variant struct {
	// Name is the Go field name of the variant.
	Name string
	// Type is the variant's Go type; the field holds a pointer to it.
	Type *TypeRef
	// Accepts lists the kinds of JSON value the variant can decode.
	Accepts JSONKinds
	// Values are the discriminator values that select the variant.
	Values []string
	// NoXML is set when encoding/xml cannot carry the variant (a map or an
	// untyped value).
	NoXML bool
}

// JSONKinds is a set of kinds of JSON value.
type JSONKinds uint8

// The kinds of JSON value.
const (
	JSONObject JSONKinds = 1 << iota
	JSONArray
	JSONString
	JSONNumber
	JSONBool
	// JSONAny is every kind.
	JSONAny = JSONObject | JSONArray | JSONString | JSONNumber | JSONBool
)
