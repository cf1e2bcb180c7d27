package annotate

import "testing"

func TestReadOnlyRule(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{"The price. Read only. Currency is from the pricelist.", []string{`readonly readOnly @"Read only"`}},
		{"Contains a list of priceList ids valid for this company. This property should be considered as ReadOnly as priceLists are maintained else where.",
			[]string{`readonly readOnly @"should be considered as ReadOnly"`}},
		{"Read-only.", []string{`readonly readOnly @"Read-only"`}},
		{"ReadOnly", []string{`readonly readOnly @"ReadOnly"`}},
		{"The created date (read only).", []string{`readonly readOnly @"read only"`}},
		{"The created date, read only.", []string{`readonly readOnly @"read only"`}},
		{"The key is read only.", []string{`readonly readOnly @"is read only"`}},
		{"The keys are read-only once set.", []string{`readonly readOnly @"are read-only"`}},
		{"It is marked as read-only.", []string{`readonly readOnly @"is marked as read-only"`}},
		{"A read-only list of ids.", []string{`readonly readOnly @"read-only"`}},
		{"The price.<br>Read only<br>More.", []string{`readonly readOnly @"Read only"`}},
		{"The price.&nbsp;Read&nbsp;only.", []string{`readonly readOnly @"Read&nbsp;only"`}},
		// Only the first is reported.
		{"Read only. It is read-only.", []string{`readonly readOnly @"Read only"`}},
		// A negated phrase is skipped, a later one still counts.
		{"The name is not read-only. The key is read only.", []string{`readonly readOnly @"is read only"`}},
		// Not read-only.
		{"This is not read-only.", nil},
		{"This field isn't read only.", nil},
		{"This should not be considered as ReadOnly.", nil},
		{"Non-read-only fields can be changed.", nil},
		{"Set IsReadOnly to lock it.", nil},
		{"The ReadOnly flag of the item.", nil},
		{"We read only the first line.", nil},
		{"Read only the first line.", nil},
		{"Readable only by admins.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, ReadOnlyRule().Find(Parse(tt.desc)))
		diffLines(t, tt.desc, got, tt.want)
	}
}

func TestContainsFoldASCII(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{{"ReadOnly", true}, {"read-ONLY", true}, {"OnLy", true}, {"onl", false}, {"", false}, {"o n l y", false}} {
		if got := containsFoldASCII(tt.s, "only"); got != tt.want {
			t.Errorf("containsFoldASCII(%q) = %v", tt.s, got)
		}
	}
}
