package emit

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
)

// The validators: `func (x *T) Validate() error` on every struct, enum and
// defined type, and an unexported `ngValidate(e, at)` that does the work:
// it checks the value x, reached from the path kept in e by the step at,
// records violations in e, and calls the ngValidate of nested values. A
// struct pushes its step onto e's path for its fields; a loop pushes the
// container's step for its elements. The runtime side is
// templates/validate.go. A type whose schema sets no rule norcegen checks,
// and holds no value that does, gets a Validate that returns nil and no
// ngValidate, and nothing calls into it.
//
// Cyclic schemas are fine: a nested type is validated by a method call, and
// which types have something to check is decided by a fixed point over the
// type graph.

// formatCheckers maps the string formats that are checked to the runtime
// function that checks them.
var formatCheckers = map[string]string{
	"uuid":      "ngValidateIsUUID",
	"date-time": "ngValidateIsDateTime",
	"date":      "ngValidateIsDate",
	"email":     "ngValidateIsEmail",
	"uri":       "ngValidateIsURI",
	"ipv4":      "ngValidateIsIPv4",
	"ipv6":      "ngValidateIsIPv6",
}

// HasValidate reports whether the emitters give t a Validate method: every
// struct and enum, and every defined type except one over an interface
// (Go allows no methods there) or an alias (whose methods are its
// target's). The lower stage uses the same rule to decide that a package
// needs the "validate" runtime helper.
func HasValidate(t ir.Type) bool {
	switch t := t.(type) {
	case *ir.Struct, *ir.Enum:
		return true
	case *ir.Named:
		return !t.Alias && !(t.Underlying.Kind == ir.Builtin && t.Underlying.Name == "any")
	}
	return false
}

// validatorFiles returns the fillers of the package's validate files: the
// regular expressions of the patterns and the Validate methods, split into
// files of chunkTypes types (validate.go, validate_2.go, ...). Which types
// have something to check, and the patterns, are decided over the whole
// package first; each filler then builds its own types' methods, so the
// files build in parallel and only the code of the files being rendered
// is in memory.
func validatorFiles(pkg *ir.Package) []func(f *jen.File) {
	g := &validators{
		needs:        map[string]bool{},
		patternVar:   map[string]string{},
		patternTaken: map[string]bool{},
	}
	var types []ir.Type
	for _, t := range pkg.Types {
		if HasValidate(t) {
			types = append(types, t)
		}
	}
	if len(types) == 0 {
		return nil
	}
	g.decideNeeds(types)
	g.frozen = true
	var fillers []func(f *jen.File)
	for start := 0; start < len(types); start += chunkTypes {
		chunk := types[start:min(start+chunkTypes, len(types))]
		first := start == 0
		fillers = append(fillers, func(f *jen.File) {
			if first && len(g.patterns) > 0 {
				defs := make([]jen.Code, 0, len(g.patterns))
				for _, p := range g.patterns {
					lit := jen.Lit(p.expr)
					if !strings.ContainsAny(p.expr, "`\r") {
						lit = jen.Op("`" + p.expr + "`")
					}
					defs = append(defs, jen.Id(p.name).Op("=").Qual("regexp", "MustCompile").Call(lit))
				}
				f.Add(lineComment("The patterns of the schema, compiled once, at package initialization. Go's regexp package (RE2 syntax) reads them; a pattern it cannot compile is not checked, and the Validate method that would use it says so."))
				f.Var().Defs(defs...)
				f.Line()
			}
			for _, t := range chunk {
				b := g.fork()
				genValidate(f, t, b.body(t), b.notes)
			}
		})
	}
	return fillers
}

// decideNeeds marks the types that have something to check: a least fixed
// point, since a struct needs validation when a field's type does, and
// types may refer to each other in a cycle. Every type's body is built
// once, in order (which declares the patterns in order of first use); a
// type is built again only when a type it refers to turns out to need
// validation.
func (g *validators) decideNeeds(types []ir.Type) {
	index := make(map[string]int, len(types))
	for i, t := range types {
		index[t.GoName()] = i
	}
	referrers := make([][]int, len(types))
	for i, t := range types {
		for _, ref := range fieldTypes(t) {
			forEachLocal(ref, func(name string) {
				if j, ok := index[name]; ok {
					referrers[j] = append(referrers[j], i)
				}
			})
		}
	}
	queued := make([]bool, len(types))
	queue := make([]int, len(types))
	for i := range types {
		queue[i], queued[i] = i, true
	}
	for len(queue) > 0 {
		i := queue[0]
		queue, queued[i] = queue[1:], false
		t := types[i]
		if g.needs[t.GoName()] || len(g.body(t)) == 0 {
			continue
		}
		g.needs[t.GoName()] = true
		for _, r := range referrers[i] {
			if !queued[r] && !g.needs[types[r].GoName()] {
				queue, queued[r] = append(queue, r), true
			}
		}
	}
}

// fieldTypes returns the type references a type's validator may call
// into: its fields' types, or a defined type's underlying type.
func fieldTypes(t ir.Type) []*ir.TypeRef {
	switch t := t.(type) {
	case *ir.Struct:
		refs := make([]*ir.TypeRef, 0, len(t.Fields))
		for _, fd := range t.Fields {
			refs = append(refs, fd.Type)
		}
		return refs
	case *ir.Named:
		return []*ir.TypeRef{t.Underlying}
	}
	return nil
}

// forEachLocal calls visit with the name of every declaration a type
// reference reaches: its local types, through pointers, slices, maps and
// aliases.
func forEachLocal(t *ir.TypeRef, visit func(name string)) {
	for i := 0; t != nil && i < 100; i++ {
		switch t.Kind {
		case ir.Pointer, ir.Slice, ir.Map:
			t = t.Elem
			continue
		case ir.Local:
			d := t.Declaration()
			if d == nil {
				return
			}
			visit(d.GoName())
			if n, ok := d.(*ir.Named); ok {
				t = n.Underlying
				continue
			}
		}
		return
	}
}

// genValidate declares Validate, and ngValidate when body is not empty.
func genValidate(f *jen.File, t ir.Type, body []jen.Code, notes []string) {
	name := t.GoName()
	recv := jen.Id("x").Op("*").Id(name)
	var doc string
	switch t.(type) {
	case *ir.Enum:
		doc = "Validate reports a *ValidationError if x is not one of the declared values of " + name + ". A nil x is valid."
	default:
		if len(body) == 0 {
			doc = "Validate returns nil: the schema of " + name + " sets no rule that norcegen checks. It exists so that every generated type can be validated alike."
		} else {
			doc = "Validate returns a *ValidationError listing every violation of the schema in x and the values it holds, or nil. A nil x is valid."
		}
	}
	text := doc
	if len(notes) > 0 {
		text += "\n\nNot checked:\n"
		for _, n := range notes {
			text += "\n  - " + n
		}
	}
	f.Add(lineComment(text))
	if len(body) == 0 {
		f.Func().Params(recv).Id("Validate").Params().Error().Block(jen.Return(jen.Nil()))
		f.Line()
		return
	}
	f.Func().Params(recv.Clone()).Id("Validate").Params().Error().Block(
		jen.If(jen.Id("x").Op("==").Nil()).Block(jen.Return(jen.Nil())),
		jen.Var().Id("e").Id("ngValidateErrors"),
		jen.Id("x").Dot("ngValidate").Call(jen.Op("&").Id("e"), jen.Id("ngValidateStep").Values()),
		jen.Return(jen.Id("e").Dot("err").Call()),
	)
	f.Line()
	f.Comment("ngValidate records x's violations in e; x is at step at.")
	f.Func().Params(recv.Clone()).Id("ngValidate").Params(
		jen.Id("e").Op("*").Id("ngValidateErrors"),
		jen.Id("at").Id("ngValidateStep"),
	).Block(body...)
	f.Line()
}

// validators builds the bodies of the ngValidate methods.
type validators struct {
	// needs holds the Go names of the types that have an ngValidate.
	needs map[string]bool
	// patterns are the package-level regexps, in order of first use;
	// patternVar maps a (translated) expression to its variable.
	patterns     []pattern
	patternVar   map[string]string
	patternTaken map[string]bool
	// frozen is set once the patterns are decided; from then on bodies
	// are built concurrently, each by its own fork.
	frozen bool
	// notes say what the current type does not check.
	notes    []string
	noteSeen map[string]bool
}

// fork returns a builder of one type's body that shares g's decisions
// (needs and patterns, read-only once frozen) and has its own notes.
func (g *validators) fork() *validators {
	return &validators{needs: g.needs, patterns: g.patterns, patternVar: g.patternVar, patternTaken: g.patternTaken, frozen: g.frozen, noteSeen: map[string]bool{}}
}

type pattern struct{ name, expr string }

func (g *validators) note(format string, args ...any) {
	n := fmt.Sprintf(format, args...)
	if !g.noteSeen[n] {
		g.noteSeen[n] = true
		g.notes = append(g.notes, n)
	}
}

// body returns the statements of t's ngValidate; none means t has nothing
// to check.
func (g *validators) body(t ir.Type) []jen.Code {
	if g.noteSeen == nil {
		g.noteSeen = map[string]bool{}
	}
	at := func() jen.Code { return jen.Id("at") }
	switch t := t.(type) {
	case *ir.Enum:
		got := jen.Id("e").Dot("enumInt").Call(jen.Id("at"), jen.Lit(t.Name), jen.Int64().Call(jen.Op("*").Id("x")))
		if t.Base == ir.StringEnum {
			got = jen.Id("e").Dot("enumString").Call(jen.Id("at"), jen.Lit(t.Name), jen.String().Call(jen.Op("*").Id("x")))
		}
		return []jen.Code{jen.If(jen.Op("!").Id("x").Dot("IsValid").Call()).Block(got)}
	case *ir.Named:
		u := t.Underlying
		var v func() *jen.Statement
		switch u.Kind {
		case ir.Slice, ir.Map:
			v = func() *jen.Statement { return jen.Op("*").Id("x") }
		default:
			v = func() *jen.Statement { return typeCode(u).(*jen.Statement).Call(jen.Op("*").Id("x")) }
		}
		return g.checks(v, u, &t.Constraints, at, t.Name, 1)
	case *ir.Struct:
		var out []jen.Code
		for _, fd := range t.Fields {
			out = append(out, g.field(t, fd)...)
		}
		if len(out) == 0 {
			return nil
		}
		return append(append([]jen.Code{push(at())}, out...), pop())
	}
	return nil
}

func push(at jen.Code) jen.Code { return jen.Id("e").Dot("push").Call(at) }
func pop() jen.Code             { return jen.Id("e").Dot("pop").Call() }

// field returns the checks of one struct field.
//
// A required field (unless read-only, which the server sets) is first
// checked for presence; its other checks run only when it is present. An
// optional field is checked only when present: a non-nil pointer, or a
// non-empty slice or map (an empty one is left out of the JSON).
func (g *validators) field(s *ir.Struct, fd *ir.Field) []jen.Code {
	if fd.Embedded {
		// An embedded struct's fields are on the wire at this level, so
		// they share its path: no step.
		if g.typeNeeds(fd.Type) {
			return []jen.Code{jen.Id("x").Dot(fd.Type.Name).Dot("ngValidate").Call(jen.Id("e"), jen.Id("ngValidateStep").Values())}
		}
		return nil
	}
	v := func() *jen.Statement { return jen.Id("x").Dot(fd.Name) }
	at := func() jen.Code { return jen.Id("ngValidateField").Call(jen.Lit(fd.Name), jen.Lit(fd.JSONName)) }
	t := fd.Type
	label := s.Name + "." + fd.Name
	var pres presence
	var inner []jen.Code
	if t.Kind == ir.Pointer {
		pres = presence{
			missing: func() jen.Code { return v().Op("==").Nil() },
			present: func() jen.Code { return v().Op("!=").Nil() },
			got:     "nil",
		}
		inner = g.checks(derefFunc(v, t.Elem), t.Elem, &fd.Constraints, at, label, 2)
	} else {
		pres = g.presence(v, t)
		inner = g.checks(v, t, &fd.Constraints, at, label, 2)
	}
	required := fd.Required && !fd.ReadOnly && pres.missing != nil && !(t.Kind == ir.Pointer && fd.Nullable)
	switch {
	case required:
		stmt := jen.If(pres.missing()).Block(jen.Id("e").Dot("required").Call(at(), jen.Lit(pres.got)))
		if len(inner) > 0 {
			stmt.Else().Block(inner...)
		}
		return []jen.Code{stmt}
	case len(inner) == 0:
		return nil
	case pres.present != nil:
		return []jen.Code{jen.If(pres.present()).Block(inner...)}
	}
	return inner
}

// presence tells whether a value is there: the conditions under which it
// is missing and present, and how a missing required value is reported
// ("nil", "empty", "zero"). A type without a missing state (numbers,
// booleans, enums, decimals) has nil conditions.
type presence struct {
	missing, present func() jen.Code
	got              string
}

// parenDeref puts a dereference (*x) in parentheses, for indexing.
func parenDeref(s *jen.Statement) *jen.Statement {
	if strings.HasPrefix(fmt.Sprintf("%#v", s), "*") {
		return jen.Parens(s)
	}
	return s
}

// derefFunc returns the expression of the value a pointer v points to:
// the pointer itself for types with methods (Go dereferences a method
// receiver), *v for the others.
func derefFunc(v func() *jen.Statement, elem *ir.TypeRef) func() *jen.Statement {
	if elem.Kind == ir.Local {
		return v
	}
	return func() *jen.Statement { return jen.Op("*").Add(v()) }
}

// presence returns the presence of a non-pointer value v of type t.
func (g *validators) presence(v func() *jen.Statement, t *ir.TypeRef) presence {
	cmp := func(op string, val jen.Code, got string) presence {
		return presence{
			missing: func() jen.Code { return v().Op(op[:1] + "=").Add(val) },
			present: func() jen.Code { return v().Op(op[1:] + "=").Add(val) },
			got:     got,
		}
	}
	isNil := func() presence { return cmp("=!", jen.Nil(), "nil") }
	isEmpty := func() presence { return cmp("=!", jen.Lit(""), "empty") }
	noLen := func() presence {
		return presence{
			missing: func() jen.Code { return jen.Len(v()).Op("==").Lit(0) },
			present: func() jen.Code { return jen.Len(v()).Op(">").Lit(0) },
			got:     "empty",
		}
	}
	isZero := func() presence {
		return presence{
			missing: func() jen.Code { return v().Dot("IsZero").Call() },
			present: func() jen.Code { return jen.Op("!").Add(v()).Dot("IsZero").Call() },
			got:     "zero",
		}
	}
	switch t.Kind {
	case ir.Builtin:
		switch t.Name {
		case "string":
			return isEmpty()
		case "any":
			return isNil()
		}
	case ir.Slice, ir.Map:
		return noLen()
	case ir.Qualified:
		switch {
		case t.Path == ir.RawJSON.Path && t.Name == ir.RawJSON.Name:
			return noLen()
		case t.Path == "time" && t.Name == "Time":
			return isZero()
		}
	case ir.Local:
		switch d := t.Declaration().(type) {
		case nil:
			if t.Name == "UUID" || t.Name == "Date" {
				return isZero()
			}
		case *ir.Named:
			if d.Alias {
				return g.presence(v, d.Underlying)
			}
			switch u := d.Underlying; u.Kind {
			case ir.Builtin:
				if u.Name == "string" {
					return isEmpty()
				}
			case ir.Slice, ir.Map:
				return noLen()
			case ir.Qualified:
				if u.Path == ir.RawJSON.Path && u.Name == ir.RawJSON.Name {
					return noLen()
				}
			}
		}
	}
	return presence{}
}

// typeNeeds reports whether a value of type t has an ngValidate to call.
func (g *validators) typeNeeds(t *ir.TypeRef) bool {
	for i := 0; t.Kind == ir.Local && i < 100; i++ {
		d := t.Declaration()
		if n, ok := d.(*ir.Named); ok && n.Alias {
			t = n.Underlying
			continue
		}
		return d != nil && g.needs[d.GoName()]
	}
	return false
}

// checks returns the statements that check the value v, of type t, under
// the constraints c; at is the value's step from the current path. label names the value in
// notes and pattern variables ("Rules.Tags items"); depth numbers the
// variables of nested loops.
func (g *validators) checks(v func() *jen.Statement, t *ir.TypeRef, c *ir.Constraints, at func() jen.Code, label string, depth int) []jen.Code {
	if c == nil {
		c = &ir.Constraints{}
	}
	switch t.Kind {
	case ir.Pointer:
		inner := g.checks(derefFunc(v, t.Elem), t.Elem, c, at, label, depth)
		if len(inner) == 0 {
			return nil
		}
		return []jen.Code{jen.If(v().Op("!=").Nil()).Block(inner...)}
	case ir.Builtin:
		switch t.Name {
		case "string":
			return g.stringChecks(v, c, at, label)
		case "int32", "int64":
			return g.intChecks(v, t.Name, c, at)
		case "float32", "float64":
			return g.floatChecks(v, t.Name, c, at)
		}
	case ir.Local:
		d := t.Declaration()
		switch d := d.(type) {
		case nil:
			switch t.Name {
			case "Decimal":
				return g.decimalChecks(v, c, at)
			case "Date":
				return []jen.Code{jen.Id("e").Dot("format").Call(at(), jen.Lit("date"),
					v().Dot("IsZero").Call().Op("||").Add(v().Dot("IsValid").Call()))}
			}
			g.unchecked(t, c, label)
			return nil
		case *ir.Named:
			if d.Alias {
				return g.checks(v, d.Underlying, c, at, label, depth)
			}
		}
		if g.typeNeeds(t) {
			return []jen.Code{v().Dot("ngValidate").Call(jen.Id("e"), at())}
		}
		return nil
	case ir.Slice:
		return g.sliceChecks(v, t, c, at, label, depth)
	case ir.Map:
		return g.mapChecks(v, t, c, at, label, depth)
	}
	g.unchecked(t, c, label)
	return nil
}

// unchecked notes the value rules that a type norcegen cannot check
// carries (a number mapped to a foreign type, a length on a boolean). A
// format is not noted: it is what chose the type.
func (g *validators) unchecked(t *ir.TypeRef, c *ir.Constraints, label string) {
	var rules []string
	if c.MaxLength != nil || c.MinLength != nil && *c.MinLength > 0 {
		rules = append(rules, "length")
	}
	if c.Pattern != "" {
		rules = append(rules, "pattern")
	}
	if c.Minimum != nil || c.Maximum != nil {
		rules = append(rules, "bounds")
	}
	if c.MultipleOf != nil {
		rules = append(rules, "multipleOf")
	}
	if len(rules) == 0 {
		return
	}
	name := t.Name
	if t.Kind == ir.Qualified {
		name = t.Path + "." + t.Name
	}
	g.note("%s of %s: norcegen does not check them on a %s", strings.Join(rules, ", "), label, name)
}

func (g *validators) stringChecks(v func() *jen.Statement, c *ir.Constraints, at func() jen.Code, label string) []jen.Code {
	var out []jen.Code
	if c.MaxLength != nil {
		out = append(out, jen.Id("e").Dot("maxLength").Call(at(), v(), jen.Lit(*c.MaxLength)))
	}
	if c.MinLength != nil && *c.MinLength > 0 {
		out = append(out, jen.Id("e").Dot("minLength").Call(at(), v(), jen.Lit(*c.MinLength)))
	}
	if c.Pattern != "" {
		if name, ok := g.pattern(c.Pattern, label); ok {
			out = append(out, jen.Id("e").Dot("pattern").Call(at(), jen.Id(name), v()))
		} else {
			g.note("pattern %q of %s: Go's regexp package cannot compile it", c.Pattern, label)
		}
	}
	if c.Format != "" {
		if fn, ok := formatCheckers[c.Format]; ok {
			out = append(out, jen.Id("e").Dot("format").Call(at(), jen.Lit(c.Format), jen.Id(fn).Call(v())))
		} else {
			g.note("format %q of %s: norcegen does not know it", c.Format, label)
		}
	}
	return out
}

// pattern returns the variable of a compiled pattern, declaring it on first
// use; ok is false when Go cannot compile the pattern.
func (g *validators) pattern(expr, label string) (string, bool) {
	expr = translatePattern(expr)
	if name, ok := g.patternVar[expr]; ok {
		return name, true
	}
	if _, err := regexp.Compile(expr); err != nil {
		return "", false
	}
	if g.frozen {
		// Every body was built while deciding the needs, which declared
		// every pattern; a new one now is a defect (and would race).
		panic(fmt.Sprintf("validate: pattern %q of %s first seen after the patterns were decided", expr, label))
	}
	base := "pattern"
	for _, w := range strings.FieldsFunc(label, func(r rune) bool { return r == '.' || r == ' ' }) {
		base += strings.ToUpper(w[:1]) + w[1:]
	}
	name := base
	for i := 2; g.patternTaken[name]; i++ {
		name = base + strconv.Itoa(i)
	}
	g.patternTaken[name] = true
	g.patternVar[expr] = name
	g.patterns = append(g.patterns, pattern{name, expr})
	return name, true
}

// uEscape matches an ECMA-262 \uXXXX escape, which RE2 writes \x{XXXX}.
var uEscape = regexp.MustCompile(`\\u([0-9A-Fa-f]{4})`)

// translatePattern rewrites the ECMA-262 regular expression syntax that
// OpenAPI uses into RE2's where they differ and a rewrite is exact: \uXXXX.
func translatePattern(expr string) string {
	if !strings.Contains(expr, `\u`) {
		return expr
	}
	// Keep an escaped backslash followed by u as it is.
	var b strings.Builder
	for i := 0; i < len(expr); i++ {
		if expr[i] == '\\' && i+1 < len(expr) {
			if m := uEscape.FindStringSubmatch(expr[i:]); m != nil && strings.HasPrefix(expr[i:], m[0]) {
				b.WriteString(`\x{` + m[1] + `}`)
				i += len(m[0]) - 1
				continue
			}
			b.WriteString(expr[i : i+2])
			i++
			continue
		}
		b.WriteByte(expr[i])
	}
	return b.String()
}

// numText writes a bound as the spec would: 50, 0.5, 1e+30.
func numText(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e21 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// asInt64 returns f as an int64 when it is an integer that int64 holds.
func asInt64(f float64) (int64, bool) {
	if f != math.Trunc(f) || f < -(1<<63) || f >= 1<<63 {
		return 0, false
	}
	return int64(f), true
}

// bound describes a numeric bound: its rule and the comparison that breaks
// it.
type bound struct {
	rule  string
	limit float64
	op    string
}

func bounds(c *ir.Constraints) []bound {
	var out []bound
	if c.Minimum != nil {
		if c.ExclusiveMinimum {
			out = append(out, bound{"exclusiveMinimum", *c.Minimum, "<="})
		} else {
			out = append(out, bound{"minimum", *c.Minimum, "<"})
		}
	}
	if c.Maximum != nil {
		if c.ExclusiveMaximum {
			out = append(out, bound{"exclusiveMaximum", *c.Maximum, ">="})
		} else {
			out = append(out, bound{"maximum", *c.Maximum, ">"})
		}
	}
	return out
}

func (g *validators) intChecks(v func() *jen.Statement, typ string, c *ir.Constraints, at func() jen.Code) []jen.Code {
	i64 := func() *jen.Statement {
		if typ == "int64" {
			return v()
		}
		return jen.Int64().Call(v())
	}
	var out []jen.Code
	for _, b := range bounds(c) {
		if n, ok := asInt64(b.limit); ok {
			cmp := i64
			if typ == "int32" && n >= math.MinInt32 && n <= math.MaxInt32 {
				cmp = v
			}
			out = append(out, jen.If(cmp().Op(b.op).Id(strconv.FormatInt(n, 10))).Block(
				jen.Id("e").Dot("addInt").Call(at(), jen.Lit(b.rule), jen.Lit(numText(b.limit)), i64()),
			))
			continue
		}
		out = append(out, jen.If(jen.Float64().Call(v()).Op(b.op).Id(numText(b.limit))).Block(
			jen.Id("e").Dot("addInt").Call(at(), jen.Lit(b.rule), jen.Lit(numText(b.limit)), i64()),
		))
	}
	if m := c.MultipleOf; m != nil && *m > 0 {
		var cond *jen.Statement
		if n, ok := asInt64(*m); ok {
			cond = i64().Op("%").Id(strconv.FormatInt(n, 10)).Op("!=").Lit(0)
		} else {
			cond = jen.Op("!").Id("ngValidateMultipleOf").Call(jen.Float64().Call(v()), jen.Id(numText(*m)))
		}
		out = append(out, jen.If(cond).Block(
			jen.Id("e").Dot("addInt").Call(at(), jen.Lit("multipleOf"), jen.Lit(numText(*m)), i64()),
		))
	}
	return out
}

func (g *validators) floatChecks(v func() *jen.Statement, typ string, c *ir.Constraints, at func() jen.Code) []jen.Code {
	f64 := func() *jen.Statement {
		if typ == "float64" {
			return v()
		}
		return jen.Float64().Call(v())
	}
	var out []jen.Code
	for _, b := range bounds(c) {
		out = append(out, jen.If(f64().Op(b.op).Id(numText(b.limit))).Block(
			jen.Id("e").Dot("addFloat").Call(at(), jen.Lit(b.rule), jen.Lit(numText(b.limit)), f64()),
		))
	}
	if m := c.MultipleOf; m != nil && *m > 0 {
		out = append(out, jen.If(jen.Op("!").Id("ngValidateMultipleOf").Call(f64(), jen.Id(numText(*m)))).Block(
			jen.Id("e").Dot("addFloat").Call(at(), jen.Lit("multipleOf"), jen.Lit(numText(*m)), f64()),
		))
	}
	return out
}

func (g *validators) decimalChecks(v func() *jen.Statement, c *ir.Constraints, at func() jen.Code) []jen.Code {
	var out []jen.Code
	for _, b := range bounds(c) {
		out = append(out, jen.If(v().Dot("Cmp").Call(jen.Id("MustParseDecimal").Call(jen.Lit(numText(b.limit)))).Op(b.op).Lit(0)).Block(
			jen.Id("e").Dot("add").Call(at(), jen.Lit(b.rule), jen.Lit(numText(b.limit)), v().Dot("String").Call()),
		))
	}
	if m := c.MultipleOf; m != nil && *m > 0 {
		out = append(out, jen.If(jen.Op("!").Id("ngValidateDecimalMultipleOf").Call(v().Dot("String").Call(), jen.Lit(numText(*m)))).Block(
			jen.Id("e").Dot("add").Call(at(), jen.Lit("multipleOf"), jen.Lit(numText(*m)), v().Dot("String").Call()),
		))
	}
	return out
}

func (g *validators) sliceChecks(v func() *jen.Statement, t *ir.TypeRef, c *ir.Constraints, at func() jen.Code, label string, depth int) []jen.Code {
	var out []jen.Code
	if c.MinItems != nil && *c.MinItems > 0 {
		out = append(out, jen.Id("e").Dot("minCount").Call(at(), jen.Lit("minItems"), jen.Len(v()), jen.Lit(*c.MinItems)))
	}
	if c.MaxItems != nil {
		out = append(out, jen.Id("e").Dot("maxCount").Call(at(), jen.Lit("maxItems"), jen.Len(v()), jen.Lit(*c.MaxItems)))
	}
	if c.UniqueItems {
		if dup := g.duplicate(v, t.Elem); dup != nil {
			out = append(out, jen.Id("e").Dot("unique").Call(at(), dup))
		} else {
			g.note("uniqueItems of %s: norcegen compares only scalar items", label)
		}
	}
	idx := "i"
	if depth > 2 {
		idx = "i" + strconv.Itoa(depth-1)
	}
	elem := func() *jen.Statement { return parenDeref(v()).Index(jen.Id(idx)) }
	elemAt := func() jen.Code { return jen.Id("ngValidateIndex").Call(jen.Id(idx)) }
	inner := g.checks(elem, t.Elem, c.Items, elemAt, label+" items", depth+1)
	if len(inner) == 0 {
		return out
	}
	return append(out, push(at()), jen.For(jen.Id(idx).Op(":=").Range().Add(v())).Block(inner...), pop())
}

// duplicate returns the call that finds two equal items of the slice v, or
// nil when the items are not scalars.
func (g *validators) duplicate(v func() *jen.Statement, elem *ir.TypeRef) jen.Code {
	eq := func(method string, cmp jen.Code) jen.Code {
		return jen.Id("ngValidateDuplicateFunc").Call(v(), jen.Func().Params(jen.List(jen.Id("a"), jen.Id("b")).Add(typeCode(elem))).Bool().Block(
			jen.Return(jen.Id("a").Dot(method).Call(jen.Id("b")).Add(cmp)),
		))
	}
	switch elem.Kind {
	case ir.Builtin:
		if elem.Name != "any" {
			return jen.Id("ngValidateDuplicate").Call(v())
		}
	case ir.Qualified:
		if elem.Path == "time" && elem.Name == "Time" {
			return eq("Equal", jen.Null())
		}
	case ir.Local:
		switch d := elem.Declaration().(type) {
		case nil:
			if elem.Name == "Decimal" {
				return eq("Cmp", jen.Op("==").Lit(0))
			}
			return jen.Id("ngValidateDuplicate").Call(v())
		case *ir.Enum:
			return jen.Id("ngValidateDuplicate").Call(v())
		case *ir.Named:
			if d.Alias {
				return g.duplicate(v, d.Underlying)
			}
			switch u := d.Underlying; u.Kind {
			case ir.Builtin:
				if u.Name != "any" {
					return jen.Id("ngValidateDuplicate").Call(v())
				}
			case ir.Local:
				if u.Declaration() == nil && u.Name != "Decimal" {
					return jen.Id("ngValidateDuplicate").Call(v())
				}
			}
		}
	}
	return nil
}

func (g *validators) mapChecks(v func() *jen.Statement, t *ir.TypeRef, c *ir.Constraints, at func() jen.Code, label string, depth int) []jen.Code {
	var out []jen.Code
	if c.MinProperties != nil && *c.MinProperties > 0 {
		out = append(out, jen.Id("e").Dot("minCount").Call(at(), jen.Lit("minProperties"), jen.Len(v()), jen.Lit(*c.MinProperties)))
	}
	if c.MaxProperties != nil {
		out = append(out, jen.Id("e").Dot("maxCount").Call(at(), jen.Lit("maxProperties"), jen.Len(v()), jen.Lit(*c.MaxProperties)))
	}
	k, val := "k", "v"
	if depth > 2 {
		k, val = "k"+strconv.Itoa(depth-1), "v"+strconv.Itoa(depth-1)
	}
	elem := func() *jen.Statement { return jen.Id(val) }
	elemAt := func() jen.Code { return jen.Id("ngValidateKey").Call(jen.Id(k)) }
	inner := g.checks(elem, t.Elem, c.Items, elemAt, label+" values", depth+1)
	if len(inner) == 0 {
		return out
	}
	fn := jen.Func().Params(jen.Id(k).String(), jen.Id(val).Add(typeCode(t.Elem))).Block(inner...)
	return append(out, push(at()), jen.Id("ngValidateMap").Call(jen.Id("e"), v(), fn), pop())
}

// lineComment returns text, wrapped, as a // comment.
func lineComment(text string) jen.Code {
	lines := strings.Split(wrapComment(text), "\n")
	for i, l := range lines {
		if l == "" {
			lines[i] = "//"
		} else {
			lines[i] = "// " + l
		}
	}
	return jen.Comment(strings.Join(lines, "\n"))
}

// wrapComment wraps the paragraphs of text at 77 columns for a // comment.
// Lines that start with a space (list items) are wrapped with a hanging
// indent.
func wrapComment(text string) string {
	const width = 77
	var out []string
	for _, line := range strings.Split(text, "\n") {
		indent := ""
		if strings.HasPrefix(line, "  - ") {
			indent = "    "
		}
		words := strings.Fields(line)
		if len(words) == 0 {
			out = append(out, "")
			continue
		}
		cur := line[:len(line)-len(strings.TrimLeft(line, " "))] + words[0]
		for _, w := range words[1:] {
			if len(cur)+1+len(w) > width {
				out = append(out, cur)
				cur = indent + w
				continue
			}
			cur += " " + w
		}
		out = append(out, cur)
	}
	return strings.Join(out, "\n")
}
