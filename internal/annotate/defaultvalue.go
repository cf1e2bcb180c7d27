package annotate

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
)

// defaultRE matches "Default is true.", "The default value is 5.", "Defaults
// to false" and "Default: 10". Group 1 is the span, group 2 the literal:
// true, false, null, a JSON number or a quoted string. The literal must end
// the sentence or clause ("Default is 5 minutes" is not a default).
var defaultRE = regexp.MustCompile(`(?m)\b((?:[Tt]he[ ]+)?(?:[Dd]efault(?:[ ]+value)?[ ]+is|[Dd]efaults[ ]+to|[Dd]efault:)[ ]+(true|false|True|False|TRUE|FALSE|null|-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?|"[^"\n]*"|'[^'\n]*'))(?:$|\.(?:[ ]|$)|[,;!)]|[ ]*\()`)

// DefaultValueRule finds "Default is <literal>." style defaults. Its name is
// "defaultvalue". The literal is recorded as JSON text: `true`, `5`, `"abc"`.
// "0 is default." is not a default (the value comes first, it may describe an
// open set).
func DefaultValueRule() Rule { return defaultValueRule{} }

type defaultValueRule struct{}

func (defaultValueRule) Name() string { return "defaultvalue" }

func (r defaultValueRule) Find(d *Description) []Annotation {
	text := d.Text()
	if !strings.Contains(text, "efault") {
		return nil // the common case, without running the regexp
	}
	var out []Annotation
	for _, m := range defaultRE.FindAllStringSubmatchIndex(text, -1) {
		out = append(out, Annotation{
			Rule:    r.Name(),
			Kind:    Default,
			Span:    d.Span(m[2], m[3]),
			Default: jsonLiteral(text[m[4]:m[5]]),
		})
	}
	return out
}

// jsonLiteral turns a literal as written into JSON text: true/false/null in
// any case and JSON numbers stay literals, a quoted string loses its quotes
// and is encoded as a JSON string, anything else is encoded as a JSON string.
func jsonLiteral(s string) string {
	switch l := strings.ToLower(s); l {
	case "true", "false", "null":
		return l
	}
	if n := len(s); n >= 2 && (s[0] == '"' || s[0] == '\'') && s[n-1] == s[0] {
		s = s[1 : n-1]
	} else if json.Valid([]byte(s)) && isJSONNumber(s) {
		return s
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s) // encoding a string cannot fail
	return strings.TrimSuffix(b.String(), "\n")
}

func isJSONNumber(s string) bool {
	return s != "" && (s[0] == '-' || isASCIIDigit(s[0]))
}
