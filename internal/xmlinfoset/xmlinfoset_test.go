package xmlinfoset

import "testing"

// TestInfosetComparison checks the comparison itself: prefixes and
// indentation do not count; order, namespaces, nil and text do.
func TestInfosetComparison(t *testing.T) {
	base := `<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b>1</b><c i:nil="true"/><d xmlns:p="urn:p"><p:e> x </p:e></d></a>`
	same := []string{
		"<x:a xmlns:x=\"urn:a\" xmlns:n=\"http://www.w3.org/2001/XMLSchema-instance\">\n  <x:b>1</x:b>\n  <x:c n:nil=\"true\"></x:c>\n  <x:d><e xmlns=\"urn:p\"> x </e></x:d>\n</x:a>",
	}
	differ := []string{
		`<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><c i:nil="true"/><b>1</b><d xmlns:p="urn:p"><p:e> x </p:e></d></a>`,
		`<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b>1</b><c/><d xmlns:p="urn:p"><p:e> x </p:e></d></a>`,
		`<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b>1</b><c i:nil="true"/><d><e> x </e></d></a>`,
		`<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b>1</b><c i:nil="true"/><d xmlns:p="urn:p"><p:e>x</p:e></d></a>`,
		`<a xmlns="urn:a" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><b>1</b><c i:nil="true"/><d xmlns:p="urn:p"><p:e> x </p:e></d></a><a xmlns="urn:a"/>`,
	}
	b, _ := Parse([]byte(base))
	for _, s := range same {
		n, err := Parse([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if d := Diff(n, b); d != "" {
			t.Errorf("%s: differs (%s), want the same infoset", s, d)
		}
	}
	for _, s := range differ {
		n, err := Parse([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		if d := Diff(n, b); d == "" {
			t.Errorf("%s: the same infoset, want a difference", s)
		}
	}
}
