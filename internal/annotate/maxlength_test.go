package annotate

import "testing"

func TestMaxLengthRule(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{"The Name of the Company. MaxLength: 100", []string{`maxlength maxLength=100 @"MaxLength: 100"`}},
		{"Used to save the Customers external id from a crm-system MaxLength: 50", []string{`maxlength maxLength=50 @"MaxLength: 50"`}},
		{"MaxLength: 255", []string{`maxlength maxLength=255 @"MaxLength: 255"`}},
		{"The description of the pricelist. MaxLength: max", []string{`maxlength maxLength=max @"MaxLength: max"`}},
		{"The code.MaxLength:50.", []string{`maxlength maxLength=50 @"MaxLength:50"`}},
		{"MaxLength: 0", []string{`maxlength maxLength=0 @"MaxLength: 0"`}},
		{"First.<br>MaxLength: 50<br/>MaxLength: max", []string{
			`maxlength maxLength=50 @"MaxLength: 50"`,
			`maxlength maxLength=max @"MaxLength: max"`,
		}},
		// HTML between the words is understood, and the span covers it.
		{"Name. <b>MaxLength</b>: 40", []string{`maxlength maxLength=40 @"MaxLength</b>: 40"`}},
		{"Name. MaxLength:&nbsp;40", []string{`maxlength maxLength=40 @"MaxLength:&nbsp;40"`}},
		{"Name (MaxLength: 40)", []string{`maxlength maxLength=40 @"MaxLength: 40"`}},
		// Not limits.
		{"maxLength: 50", nil},
		{"MAXLENGTH: 50", nil},
		{"MaxLength: 50abc", nil},
		{"MaxLength: maximum", nil},
		{"MaxLength: ", nil},
		{"MaxLength 50", nil},
		{"MyMaxLength: 50", nil},
		{"MaxLength: 99999999999999999999999", nil},
		{"Max length 40", nil},
		{"Maximum 40 characters.", nil},
		{"The actual discount percentage. Ex: 15.00 equals 15% discount.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, MaxLengthRule().Find(Parse(tt.desc)))
		diffLines(t, tt.desc, got, tt.want)
	}
}

func TestMaxLengthRuleValues(t *testing.T) {
	as := MaxLengthRule().Find(Parse("The Email of the Contact. MaxLength: 255"))
	want := []Annotation{{Rule: "maxlength", Kind: MaxLength, Span: Span{26, 40}, MaxLength: 255}}
	if len(as) != 1 || as[0].Rule != want[0].Rule || as[0].Kind != want[0].Kind || as[0].Span != want[0].Span ||
		as[0].MaxLength != 255 || as[0].Unlimited {
		t.Errorf("got %+v, want %+v", as, want)
	}
	as = MaxLengthRule().Find(Parse("MaxLength: max"))
	if len(as) != 1 || !as[0].Unlimited || as[0].MaxLength != 0 || as[0].Span != (Span{0, 14}) {
		t.Errorf("MaxLength: max: got %+v", as)
	}
}
