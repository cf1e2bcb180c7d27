// Package annotate reads the prose of OpenAPI descriptions and turns it into
// structured annotations: length limits, integer enum mappings, deprecation,
// read-only markers and default values.
//
// A description is parsed once (Parse): its HTML (<br>, <a href=...>,
// entities) is turned into plain text with a map back to the original bytes.
// Rules (one small named value each) work on that plain text and report what
// they find together with the span of the original text it came from. Rules
// are grouped in a RuleSet; Norce returns the default set.
package annotate

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind is what an annotation says about a schema or property.
type Kind string

// The kinds of annotation.
const (
	MaxLength  Kind = "maxLength"
	Enum       Kind = "enum"
	Deprecated Kind = "deprecated"
	ReadOnly   Kind = "readOnly"
	Default    Kind = "default"
)

func (k Kind) valid() bool {
	switch k {
	case MaxLength, Enum, Deprecated, ReadOnly, Default:
		return true
	}
	return false
}

// Span is a half-open byte range [Start, End) into the original description
// string (HTML included). Both ends always fall on rune boundaries of the
// original.
type Span struct{ Start, End int }

func (s Span) String() string { return "[" + strconv.Itoa(s.Start) + "," + strconv.Itoa(s.End) + ")" }

// Annotation is one fact read from a description.
type Annotation struct {
	Rule      string      // the rule's name, e.g. "maxlength"
	Kind      Kind        // what the annotation says
	Span      Span        // the source text the annotation came from
	MaxLength int         // Kind MaxLength: the limit (in characters)
	Unlimited bool        // Kind MaxLength: "MaxLength: max"
	Values    []EnumValue // Kind Enum, in the order written
	Default   string      // Kind Default: the literal as JSON text: `true`, `false`, `5`, `"abc"`
}

// EnumValue is one integer/name pair of an enum mapping.
type EnumValue struct {
	Value int64
	Name  string // as written, e.g. "ApplicationKey", "Category discount", "JSON"
	Doc   string // a parenthesised remark, as plain text; "" if none
	Span  Span   // the pair as written, remark included
}

// String renders the annotation on one line, for reports and tests:
//
//	maxlength maxLength=50 [81,94)
//	enummap enum{1=Active, 2=Inactive} [16,40)
func (a Annotation) String() string {
	var b strings.Builder
	b.WriteString(a.Rule)
	b.WriteByte(' ')
	b.WriteString(string(a.Kind))
	switch a.Kind {
	case MaxLength:
		if a.Unlimited {
			b.WriteString("=max")
		} else {
			b.WriteString("=" + strconv.Itoa(a.MaxLength))
		}
	case Enum:
		b.WriteByte('{')
		for i, v := range a.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "%d=%s", v.Value, v.Name)
			if v.Doc != "" {
				fmt.Fprintf(&b, " (%s)", v.Doc)
			}
		}
		b.WriteByte('}')
	case Default:
		b.WriteString("=" + a.Default)
	}
	b.WriteByte(' ')
	b.WriteString(a.Span.String())
	return b.String()
}

// Rule finds annotations of one kind in a description. Find works on the
// plain text (d.Text) and maps what it finds back with d.Span; it must be
// deterministic and safe for concurrent use. A rule reports its own name in
// Annotation.Rule.
type Rule interface {
	Name() string
	Find(d *Description) []Annotation
}
