package annotate

import "testing"

func TestDefaultValueRule(t *testing.T) {
	tests := []struct {
		desc string
		want []string
	}{
		{"Sets account role to active or inactive. Default is true.", []string{`defaultvalue default=true @"Default is true"`}},
		{"Default is false", []string{`defaultvalue default=false @"Default is false"`}},
		{"Default is True.", []string{`defaultvalue default=true @"Default is True"`}},
		{"The default value is 5.", []string{`defaultvalue default=5 @"The default value is 5"`}},
		{"Default value is -1.5 (none).", []string{`defaultvalue default=-1.5 @"Default value is -1.5"`}},
		{"The page size. Defaults to 10; at most 100.", []string{`defaultvalue default=10 @"Defaults to 10"`}},
		{"The size defaults to 0, which means none.", []string{`defaultvalue default=0 @"defaults to 0"`}},
		{"Default: 0", []string{`defaultvalue default=0 @"Default: 0"`}},
		{"Default is null.", []string{`defaultvalue default=null @"Default is null"`}},
		{`The currency. Default is "SEK".`, []string{`defaultvalue default="SEK" @"Default is \"SEK\""`}},
		{`The currency. Default is 'SEK'.`, []string{`defaultvalue default="SEK" @"Default is 'SEK'"`}},
		{`Default is "a <b> & c".`, []string{`defaultvalue default="a  & c" @"Default is \"a <b> & c\""`}},
		{`Default is &quot;SEK&quot;.`, []string{`defaultvalue default="SEK" @"Default is &quot;SEK&quot;"`}},
		{"Default is true.<br>Default is false.", []string{
			`defaultvalue default=true @"Default is true"`,
			`defaultvalue default=false @"Default is false"`,
		}},
		// Not defaults.
		{"The type of the pricelist. 0 is default. Other values are application specific.", nil},
		{"The first will be used as default.", nil},
		{"If none is specified the default for the Application will be used.", nil},
		{"Default is 5 minutes.", nil},
		{"Default is true if the item is new.", nil},
		{"Default is 05.", nil},
		{"Default is 1.2.3.", nil},
		{"Default is Active.", nil},
		{"Defaulted is true.", nil},
		{"", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, DefaultValueRule().Find(Parse(tt.desc)))
		diffLines(t, tt.desc, got, tt.want)
	}
}

func TestJSONLiteral(t *testing.T) {
	tests := []struct{ in, want string }{
		{"true", "true"}, {"FALSE", "false"}, {"Null", "null"},
		{"5", "5"}, {"-1.5", "-1.5"}, {"1e3", "1e3"},
		{"05", `"05"`}, {"+5", `"+5"`}, {"abc", `"abc"`}, {`"abc"`, `"abc"`}, {"'abc'", `"abc"`},
		{`"`, `"\""`}, {`a"b`, `"a\"b"`}, {"<&>", `"<&>"`}, {"", `""`}, {"\xff", `"\ufffd"`},
	}
	for _, tt := range tests {
		if got := jsonLiteral(tt.in); got != tt.want {
			t.Errorf("jsonLiteral(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
