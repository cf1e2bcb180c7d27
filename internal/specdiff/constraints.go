package specdiff

import (
	"fmt"
	"strconv"

	"github.com/norcegen/norcegen/internal/ir"
)

// constraints compares the validation rules of a value. A rule that
// accepts less than before is breaking: data stored or sent under the old
// spec may now fail validation.
func (d *differ) constraints(base Change, o, n ir.Constraints) {
	add := func(breaking bool, kind Kind, old, new, msg string) {
		c := base
		c.Breaking, c.Kind, c.Old, c.New, c.Message = breaking, kind, old, new, msg
		d.add(c)
	}
	om, nm := maxLength(o), maxLength(n)
	switch {
	case om == nm:
	case nm != "" && (om == "" || *n.MaxLength < *o.MaxLength):
		from := om
		if from == "" {
			from = "no limit"
		}
		add(true, MaxLengthLowered, om, nm, fmt.Sprintf("MaxLength lowered from %s to %s: stored values longer than %s now fail validation", from, nm, nm))
	default:
		to := nm
		if to == "" {
			to = "no limit"
		}
		add(false, MaxLengthRaised, om, nm, fmt.Sprintf("MaxLength raised from %s to %s", om, to))
	}
	bound := func(name string, o, n *int, tighter func(o, n int) bool) {
		os, ns := intText(o), intText(n)
		switch {
		case os == ns:
		case n != nil && (o == nil || tighter(*o, *n)):
			add(true, ConstraintTightened, os, ns, fmt.Sprintf("%s tightened from %s to %s: values valid before may now fail validation", name, orNone(os), ns))
		default:
			add(false, ConstraintLoosened, os, ns, fmt.Sprintf("%s loosened from %s to %s", name, os, orNone(ns)))
		}
	}
	raised := func(o, n int) bool { return n > o }
	lowered := func(o, n int) bool { return n < o }
	bound("MinLength", o.MinLength, n.MinLength, raised)
	bound("MinItems", o.MinItems, n.MinItems, raised)
	bound("MaxItems", o.MaxItems, n.MaxItems, lowered)
	bound("MinProperties", o.MinProperties, n.MinProperties, raised)
	bound("MaxProperties", o.MaxProperties, n.MaxProperties, lowered)
	numBound := func(name string, o, n *float64, oex, nex bool, tighter func(o, n float64) bool) {
		os, ns := floatText(o, oex), floatText(n, nex)
		switch {
		case os == ns:
		case n != nil && (o == nil || tighter(*o, *n) || *o == *n && nex && !oex):
			add(true, ConstraintTightened, os, ns, fmt.Sprintf("%s tightened from %s to %s: values valid before may now fail validation", name, orNone(os), ns))
		default:
			add(false, ConstraintLoosened, os, ns, fmt.Sprintf("%s loosened from %s to %s", name, os, orNone(ns)))
		}
	}
	numBound("Minimum", o.Minimum, n.Minimum, o.ExclusiveMinimum, n.ExclusiveMinimum, func(o, n float64) bool { return n > o })
	numBound("Maximum", o.Maximum, n.Maximum, o.ExclusiveMaximum, n.ExclusiveMaximum, func(o, n float64) bool { return n < o })
	text := func(name, o, n string) {
		switch {
		case o == n:
		case n == "":
			add(false, ConstraintLoosened, o, n, fmt.Sprintf("%s %q removed", name, o))
		default:
			add(true, ConstraintTightened, o, n, fmt.Sprintf("%s changed from %s to %q: values valid before may now fail validation", name, orNone(strconv.Quote(o)), n))
		}
	}
	text("pattern", o.Pattern, n.Pattern)
	text("format", o.Format, n.Format)
	if o.UniqueItems != n.UniqueItems {
		add(n.UniqueItems, kindOf(n.UniqueItems), strconv.FormatBool(o.UniqueItems), strconv.FormatBool(n.UniqueItems), fmt.Sprintf("uniqueItems %t -> %t", o.UniqueItems, n.UniqueItems))
	}
	if o.Items != nil || n.Items != nil {
		var oi, ni ir.Constraints
		if o.Items != nil {
			oi = *o.Items
		}
		if n.Items != nil {
			ni = *n.Items
		}
		items := base
		items.Member += "[]"
		d.constraints(items, oi, ni)
	}
}

func kindOf(tightened bool) Kind {
	if tightened {
		return ConstraintTightened
	}
	return ConstraintLoosened
}

// maxLength returns a value's MaxLength as text, "" for none.
func maxLength(c ir.Constraints) string {
	if c.MaxLength == nil {
		return ""
	}
	return strconv.Itoa(*c.MaxLength)
}

func intText(p *int) string {
	if p == nil {
		return ""
	}
	return strconv.Itoa(*p)
}

func floatText(p *float64, exclusive bool) string {
	if p == nil {
		return ""
	}
	s := strconv.FormatFloat(*p, 'g', -1, 64)
	if exclusive {
		s += " (exclusive)"
	}
	return s
}

func orNone(s string) string {
	if s == "" || s == `""` {
		return "none"
	}
	return s
}
