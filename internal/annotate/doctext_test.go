package annotate

import "testing"

func TestDocText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Account login name", "Account login name"},
		{"one<br>two", "one\ntwo"},
		{"one<br/>two<br />three<BR>four", "one\ntwo\nthree\nfour"},
		{"one<br/><br/>two", "one\n\ntwo"},
		{"one<br><br><br><br>two", "one\n\ntwo"},
		{"<br>one<br><br>", "one"},
		{"Learn about system accounts <a href='/connectintegration/#using-system-accounts'>here</a>.",
			"Learn about system accounts here (/connectintegration/#using-system-accounts)."},
		{`See <a href="https://norce.io/">https://norce.io/</a>.`, "See https://norce.io/."},
		{`See <a href="https://norce.io/"></a>.`, "See https://norce.io/."},
		{`See <a href="https://norce.io/?a=1&amp;b=2">the <b>docs</b></a>.`, "See the docs (https://norce.io/?a=1&b=2)."},
		{`See <a name="x">this</a>.`, "See this."},
		{`See <a href='u'>this`, "See this (u)"},
		{`<a href='u'>one<a href='v'>two</a>`, "one (u)two (v)"},
		{"a &gt; b &amp; c &#39;d&#39; &lt;e&gt; &quot;f&quot; &eacute;", `a > b & c 'd' <e> "f" é`},
		{"AT&T &amp &unknown;", "AT&T &amp &unknown;"},
		{"<b>bold <i>and</i></b> <blink>unknown</blink> <x-tag a=b>custom</x-tag>", "bold and unknown custom"},
		{"unclosed <b", "unclosed <b"},
		{"unclosed <a href='x", "unclosed <a href='x"},
		{"x < 5 and <b>y</b>", "x < 5 and y"},
		{"  lots   of\t\tspace  <br>  trimmed  ", "lots of space\ntrimmed"},
		{"a&nbsp;&nbsp;b", "a b"},
		{"<p>one</p><p>two</p>", "one\n\ntwo"},
		{"List:<ul><li>one</li><li>two</li></ul>After", "List:\n\n- one\n- two\n\nAfter"},
		{"raw\nnewline\r\nkept\n\n\nparagraph", "raw\nnewline\nkept\n\nparagraph"},
		{"a<!-- comment -->b", "ab"},
		{"bad \xff byte\x00 and \ufeffbom\x07", "bad \ufffd byte and bom"},
		{"Request serialization type.(Use the integer instead of the name for the xml content type)<br/><br/>0 = JSON, 1 = XML",
			"Request serialization type.(Use the integer instead of the name for the xml content type)\n\n0 = JSON, 1 = XML"},
		{"Array of strings representing account fields to be processed.<br/>(Use the integer instead of the name for the xml content type)<br/>Not required for ImportCompanies<br/>Required settings: Accounts (in CustomerFieldsThatAreSet)<br/><br/>0 = PasswordCreateOnly (Value is only set if the entity is created by the import)<br>1 = Status<br>2 = StatusCreateOnly (Value is only set if the entity is created by the import)<br>3 = Roles<br>4 = RolesCreateOnly (Value is only set if the entity is created by the import)",
			"Array of strings representing account fields to be processed.\n(Use the integer instead of the name for the xml content type)\nNot required for ImportCompanies\nRequired settings: Accounts (in CustomerFieldsThatAreSet)\n\n0 = PasswordCreateOnly (Value is only set if the entity is created by the import)\n1 = Status\n2 = StatusCreateOnly (Value is only set if the entity is created by the import)\n3 = Roles\n4 = RolesCreateOnly (Value is only set if the entity is created by the import)"},
	}
	for _, tt := range tests {
		if got := DocText(tt.in); got != tt.want {
			t.Errorf("DocText(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
