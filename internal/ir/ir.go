// Package ir is norcegen's intermediate representation: a typed model of the
// Go code that will exist, built by the lower stage from an annotated OpenAPI
// document and read by the emitters. Nothing in it refers to kin-openapi:
// every decision about names, wire names, optionality and constraints has
// been made by the time a Package exists.
package ir

// Package is one generated Go package.
type Package struct {
	// Name is the Go package name.
	Name string
	// SpecTitle and SpecVersion are the document's info.title and
	// info.version, for the file header.
	SpecTitle, SpecVersion string
	// Types holds every named type, sorted by Go name.
	Types []Type
	// Helpers lists the runtime helpers (templates) the package uses, sorted.
	Helpers []string
	// KeepUnknownEnums makes enum decoding keep values outside the declared
	// set instead of failing.
	KeepUnknownEnums bool
	// DataContract is set when the package has the DataContract XML form
	// (MarshalDataContract, UnmarshalDataContract); nil means it has not.
	DataContract *DataContract
}

// DataContract configures a package's DataContract XML form, the XML of
// .NET's DataContractSerializer.
type DataContract struct {
	// Namespace is the contract namespace of schemas whose XML object
	// names none.
	Namespace string
}

// DataContractFuncs are the package-level functions the DataContract
// emitter declares; lower keeps type names off them.
var DataContractFuncs = []string{"MarshalDataContract", "UnmarshalDataContract", "UnmarshalDataContractSkipped"}

// Contract is the DataContract name and namespace of a struct or enum:
// the root element of a value and the item element of a list of values.
type Contract struct {
	Name      string
	Namespace string
}

// Type is a named Go type: *Struct, *Enum, *Named or *Union.
type Type interface {
	// GoName is the type's Go identifier.
	GoName() string
	// Source is where the type comes from in the document.
	Source() Source
}

// Source locates an element of the OpenAPI document.
type Source struct {
	// File is the document file, as given by the user.
	File string
	// Pointer is the JSON pointer of the schema within File.
	Pointer string
	// Ref is the schema's reference as seen from the root document:
	// "#/components/schemas/Customer", or "common/money.yaml#/..." for a
	// schema in another file.
	Ref string
}

// Doc is the documentation of a type, field or enum value.
type Doc struct {
	// Text is the description as plain text, paragraphs separated by blank
	// lines.
	Text string
	// Deprecated is set when the element is deprecated; DeprecatedText is the
	// text of the notice (may be empty).
	Deprecated     bool
	DeprecatedText string
}

// Struct is a Go struct type generated from an object schema.
type Struct struct {
	Name   string
	Src    Source
	Doc    Doc
	Fields []*Field
	// XML describes the element the struct marshals to at top level.
	XML XMLName
	// Contract is the struct's DataContract (set when the package has the
	// DataContract form): its name and namespace from the schema's XML
	// object, else the schema's name and the default namespace.
	Contract Contract
	// ContractBase is the base class of the contract when the schema holds
	// the base's members flattened into its own (x-datacontract-base); the
	// fields with Member.Base set are its members. Nil when there is none.
	ContractBase *Contract
	// Additional holds the properties a JSON object has beyond the declared
	// ones (additionalProperties or patternProperties next to properties):
	// a map field left out of both wires' tags, which the struct's own
	// MarshalJSON and UnmarshalJSON merge into the object. Nil when the
	// struct has none.
	Additional *Field
}

// GoName implements Type.
func (s *Struct) GoName() string { return s.Name }

// Source implements Type.
func (s *Struct) Source() Source { return s.Src }

// Field is one struct field.
type Field struct {
	// Name is the Go field name.
	Name string
	// JSONName is the property name on the JSON wire, exactly as the spec
	// spells it.
	JSONName string
	// XML describes the field on the XML wire.
	XML XMLField
	// Type is the field's Go type, pointer included where optional.
	Type *TypeRef
	// Required is set for properties in the schema's required list.
	Required bool
	// Nullable is set when null is a valid value.
	Nullable bool
	// ReadOnly and WriteOnly mirror the schema keywords (and the prose).
	ReadOnly, WriteOnly bool
	// Embedded is set for an anonymous field (allOf with a named part).
	Embedded bool
	Doc      Doc
	// Constraints are the validation rules on the value.
	Constraints Constraints
	// Member describes the field as a DataContract data member.
	Member DataMember
}

// DataMember is a field's place in the DataContract form. The member's
// element name is the JSON name.
type DataMember struct {
	// Order is the property's x-order; Ordered is false without one.
	// DataContractSerializer writes members without an order first, by
	// name, then the others by order and name.
	Order   int
	Ordered bool
	// Base marks a member of the struct's ContractBase: written before the
	// struct's own members, in the base's namespace.
	Base bool
	// Single marks a list whose contract member holds one value
	// (x-datacontract-single): DataContract XML carries its only item.
	Single bool
}

// XMLName is the element name and namespace of a top-level value.
type XMLName struct {
	Name      string
	Namespace string
	Prefix    string
}

// XMLField is the XML wire form of a field.
type XMLField struct {
	// Name is the element or attribute name.
	Name      string
	Namespace string
	// Attribute makes the field an XML attribute.
	Attribute bool
	// Wrapped wraps a list in an element named Name, holding items named
	// ItemName.
	Wrapped  bool
	ItemName string
	// Omit leaves the field out of XML (maps, which encoding/xml cannot
	// write).
	Omit bool
}

// Constraints are the validation rules of a value, from schema keywords and
// doc-derived annotations.
type Constraints struct {
	// MaxLength and MinLength count Unicode code points; nil means no limit.
	MaxLength *int
	MinLength *int
	// MaxLengthUnlimited records a prose "MaxLength: max".
	MaxLengthUnlimited bool
	Pattern            string
	Minimum, Maximum   *float64
	ExclusiveMinimum   bool
	ExclusiveMaximum   bool
	MultipleOf         *float64
	MinItems, MaxItems *int
	UniqueItems        bool
	MinProperties      *int
	MaxProperties      *int
	// Format is a string format the validator checks ("uuid", "email", ...).
	Format string
	// Default is the default value as JSON text, "" if none.
	Default string
	// Items holds the constraints of slice and map elements.
	Items *Constraints
}

// Named is a defined type over another type, `type Name Underlying`, or an
// alias, `type Name = Underlying`.
type Named struct {
	Name       string
	Src        Source
	Doc        Doc
	Alias      bool
	Underlying *TypeRef
	// Constraints apply to values of the type.
	Constraints Constraints
}

// GoName implements Type.
func (n *Named) GoName() string { return n.Name }

// Source implements Type.
func (n *Named) Source() Source { return n.Src }

// EnumBase is the wire kind of an enum.
type EnumBase int

const (
	// StringEnum is a Go string type whose values are its names.
	StringEnum EnumBase = iota
	// MappedStringEnum is a Go integer type for a string enum whose values
	// carry integers: JSON carries the name, XML the integer.
	MappedStringEnum
	// IntegerEnum is a Go integer type for an integer schema with named
	// values: both wires carry the integer.
	IntegerEnum
)

// Enum is an enum type.
type Enum struct {
	Name string
	Src  Source
	Doc  Doc
	Base EnumBase
	// Bits is the integer width (32 or 64) of integer-based enums.
	Bits   int
	Values []*EnumValue
	// Contract is the enum's DataContract name and namespace, which items
	// of a list of the enum carry.
	Contract Contract
}

// GoName implements Type.
func (e *Enum) GoName() string { return e.Name }

// Source implements Type.
func (e *Enum) Source() Source { return e.Src }

// EnumValue is one member of an enum.
type EnumValue struct {
	// GoName is the constant's identifier (type name + value name).
	GoName string
	// Name is the value's name exactly as the spec spells it.
	Name string
	// Int is the integer of integer-based enums.
	Int int64
	Doc Doc
	// ContractName is the value's name in DataContract XML
	// (x-datacontract-names); empty means Name.
	ContractName string
}
