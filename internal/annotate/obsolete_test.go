package annotate

import "testing"

func TestObsoleteRule(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{"Obsolete, will be removed in a coming version. Information about a Contact. Contacts are people not acting ac Customers in an Application. Contacts are created in the Admin UI.",
			[]string{`obsolete deprecated @"Obsolete, will be removed in a coming version."`}},
		{"Information about a Contact. Obsolete, will be removed in a coming version.",
			[]string{`obsolete deprecated @"Obsolete, will be removed in a coming version."`}},
		{"Obsolete", []string{`obsolete deprecated @"Obsolete"`}},
		{"Obsolete. Use Code instead.", []string{`obsolete deprecated @"Obsolete."`}},
		{"Obsolete: use Code instead", []string{`obsolete deprecated @"Obsolete: use Code instead"`}},
		{"Obsolete use Code instead ", []string{`obsolete deprecated @"Obsolete use Code instead"`}},
		{"Deprecated. Use Code.", []string{`obsolete deprecated @"Deprecated."`}},
		{"Deprecated: use Code.", []string{`obsolete deprecated @"Deprecated: use Code."`}},
		{"The old code.<br>Obsolete<br>Use Code.", []string{`obsolete deprecated @"Obsolete"`}},
		{"(Obsolete) The old code.", []string{`obsolete deprecated @"(Obsolete) The old code."`}},
		{"Old code! Deprecated since 4.0. Gone in 5.0.", []string{`obsolete deprecated @"Deprecated since 4.0."`}},
		// Only the first marker is reported.
		{"Obsolete. Deprecated.", []string{`obsolete deprecated @"Obsolete."`}},
		// Not markers.
		{"This is not obsolete.", nil},
		{"obsolete, lower case.", nil},
		{"ObsoleteDate of the item.", nil},
		{"The IsDeprecated flag.", nil},
		{"Set when the item is Obsolete.", nil},
		{"Request type.Obsolete, glued.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, ObsoleteRule().Find(Parse(tt.desc)))
		diffLines(t, tt.desc, got, tt.want)
	}
}
