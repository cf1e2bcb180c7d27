// Package names turns wire names from an OpenAPI document into idiomatic Go
// identifiers and resolves the collisions that Go-ification creates.
//
// Words are split at separators (anything that is not a letter or digit), at
// lower-to-upper case changes and at the end of an upper-case run followed by
// a lower-case letter ("HTTPServer" is "HTTP" "Server"). Each word is written
// with an upper-case first letter; a word that is one of staticcheck's ST1003
// initialisms is written in capitals ("Id" becomes "ID", "Url" "URL"), also in
// the plural ("Ids" becomes "IDs"); a word already in capitals is kept.
package names

import (
	"go/token"
	"strings"
	"unicode"
	"unicode/utf8"
)

// initialisms is staticcheck's default ST1003 list.
var initialisms = map[string]bool{
	"ACL": true, "AMQP": true, "API": true, "ASCII": true, "CPU": true,
	"CSS": true, "DB": true, "DNS": true, "EOF": true, "GID": true,
	"GUID": true, "HTML": true, "HTTP": true, "HTTPS": true, "ID": true,
	"IP": true, "JSON": true, "QPS": true, "RAM": true, "RPC": true,
	"RTP": true, "SIP": true, "SLA": true, "SMTP": true, "SQL": true,
	"SSH": true, "TCP": true, "TLS": true, "TS": true, "TTL": true,
	"UDP": true, "UI": true, "UID": true, "URI": true, "URL": true,
	"UTF8": true, "UUID": true, "VM": true, "XML": true, "XMPP": true,
	"XSRF": true, "XSS": true,
}

// Words splits a wire name into its words, in order. Separators are
// dropped; digits stay attached to the word they follow.
func Words(s string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, string(cur))
			cur = cur[:0]
		}
	}
	runes := []rune(s)
	for i, r := range runes {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			flush()
			continue
		}
		if len(cur) > 0 && unicode.IsUpper(r) {
			prev := cur[len(cur)-1]
			nextLower := i+1 < len(runes) && unicode.IsLower(runes[i+1])
			switch {
			case unicode.IsLower(prev) || unicode.IsDigit(prev) && !allUpperOrDigit(cur):
				flush()
			case unicode.IsUpper(prev) && nextLower:
				flush()
			}
		}
		cur = append(cur, r)
	}
	flush()
	return words
}

func allUpperOrDigit(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// Exported returns the exported Go identifier for a wire name: "CrmId" is
// "CrmID", "reference_url" is "ReferenceURL", "SSN" stays "SSN". A name
// that starts with a digit gets the prefix "X"; a name with no letters or
// digits returns "".
func Exported(s string) string {
	var b strings.Builder
	for _, w := range Words(s) {
		b.WriteString(word(w))
	}
	out := b.String()
	if out == "" {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(out); unicode.IsDigit(r) {
		return "X" + out
	} else if !unicode.IsUpper(r) {
		// A letter without an upper-case form (CJK, for instance) cannot
		// start an exported identifier.
		return "X" + out
	}
	return out
}

// word capitalises one word, applying the initialisms.
func word(w string) string {
	up := strings.ToUpper(w)
	if initialisms[up] {
		return up
	}
	if strings.HasSuffix(up, "S") && len(up) > 2 && initialisms[up[:len(up)-1]] && w[len(w)-1] == 's' {
		return up[:len(up)-1] + "s"
	}
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// Unexported returns an unexported Go identifier for a wire name. A result
// that is a Go keyword or a predeclared identifier gets a trailing
// underscore: "Type" becomes "type_", "string" becomes "string_".
func Unexported(s string) string {
	ex := Exported(s)
	if ex == "" {
		return ""
	}
	words := Words(ex)
	first := words[0]
	var lower string
	if initialisms[strings.ToUpper(first)] || allUpperOrDigit([]rune(first)) {
		lower = strings.ToLower(first)
	} else {
		r, n := utf8.DecodeRuneInString(first)
		lower = string(unicode.ToLower(r)) + first[n:]
	}
	out := lower + ex[len(first):]
	if token.IsKeyword(out) || predeclared[out] {
		out += "_"
	}
	return out
}

// predeclared lists Go's predeclared identifiers, which an unexported
// generated name must not shadow.
var predeclared = map[string]bool{
	"any": true, "append": true, "bool": true, "byte": true, "cap": true,
	"clear": true, "close": true, "comparable": true, "complex": true,
	"complex128": true, "complex64": true, "copy": true, "delete": true,
	"error": true, "false": true, "float32": true, "float64": true,
	"imag": true, "int": true, "int16": true, "int32": true, "int64": true,
	"int8": true, "iota": true, "len": true, "make": true, "max": true,
	"min": true, "new": true, "nil": true, "panic": true, "print": true,
	"println": true, "real": true, "recover": true, "rune": true,
	"string": true, "true": true, "uint": true, "uint16": true,
	"uint32": true, "uint64": true, "uint8": true, "uintptr": true,
}

// IsExported reports whether s is a valid exported Go identifier.
func IsExported(s string) bool {
	if !token.IsIdentifier(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// IsPackageName reports whether s is a usable Go package name: an
// identifier that is not a keyword and not the blank identifier.
func IsPackageName(s string) bool {
	return token.IsIdentifier(s) && s != "_"
}
