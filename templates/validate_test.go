package templates

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func TestViolationString(t *testing.T) {
	for _, c := range []struct {
		v    Violation
		want string
	}{
		{Violation{Path: "Code", WireName: "Code", name: "Code", Rule: "maxLength", Limit: "50", Got: "51"}, "Code: maxLength 50, got 51"},
		{Violation{Path: "Account.LoginName", WireName: "LoginName", name: "LoginName", Rule: "maxLength", Limit: "255", Got: "256"}, "Account.LoginName: maxLength 255, got 256"},
		{Violation{Path: "CrmID", WireName: "CrmId", name: "CrmID", Rule: "maxLength", Limit: "50", Got: "51"}, `CrmID: maxLength 50, got 51 (wire name "CrmId")`},
		{Violation{Path: "Owner", WireName: "Owner", name: "Owner", Rule: "required", Got: "nil"}, "Owner: required, got nil"},
		{Violation{Path: "Sku", WireName: "Sku", name: "Sku", Rule: "pattern", Limit: `^\d+$`, Got: "no match"}, `Sku: pattern "^\\d+$", got no match`},
		{Violation{Rule: "maxItems", Limit: "2", Got: "3"}, "maxItems 2, got 3"},
	} {
		if got := c.v.String(); got != c.want {
			t.Errorf("String() = %q, want %q", got, c.want)
		}
	}
}

func TestValidationErrorLinesAndAs(t *testing.T) {
	var e ngValidateErrors
	e.push(ngValidateStep{})
	e.maxLength(ngValidateField("Code", "Code"), strings.Repeat("x", 51), 50)
	e.push(ngValidateField("Account", "Account"))
	e.maxLength(ngValidateField("LoginName", "LoginName"), strings.Repeat("日", 256), 255)
	e.pop()
	e.pop()
	err := fmt.Errorf("import: %w", e.err())
	var verr *ValidationError
	if !errors.As(err, &verr) {
		t.Fatalf("errors.As(%v) failed", err)
	}
	want := "Code: maxLength 50, got 51\nAccount.LoginName: maxLength 255, got 256"
	if got := verr.Error(); got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	if len(verr.Violations) != 2 || verr.Violations[1].WirePath != "Account.LoginName" || verr.Violations[1].WireName != "LoginName" {
		t.Errorf("violations = %+v", verr.Violations)
	}
	if (&ValidationError{}).Error() == "" {
		t.Error("an empty ValidationError prints nothing")
	}
	var none ngValidateErrors
	if none.err() != nil {
		t.Error("err() of no violations is not nil")
	}
}

// TestPaths renders fields, indexes, keys and wire names, at any depth,
// including past the steps held without allocating.
func TestPaths(t *testing.T) {
	var e ngValidateErrors
	e.push(ngValidateField("Customers", "customers"))
	e.push(ngValidateIndex(2))
	e.push(ngValidateStep{}) // a struct pushes its own step, here none
	e.push(ngValidateField("Info", "info"))
	e.add(ngValidateKey(`co"lor`), "maxLength", "5", "6")
	e.pop()
	e.pop()
	e.pop()
	e.pop()
	v := e.list[0]
	if v.Path != `Customers[2].Info["co\"lor"]` || v.WirePath != `customers[2].info["co\"lor"]` || v.WireName != "info" {
		t.Errorf("got %+v", v)
	}
	if e.n != 0 {
		t.Errorf("depth %d after balanced pushes", e.n)
	}

	deep := ngValidateDepth + 5
	for i := 0; i < deep; i++ {
		e.push(ngValidateField(fmt.Sprint("F", i), fmt.Sprint("f", i)))
	}
	e.add(ngValidateIndex(0), "required", "", "nil")
	for i := 0; i < deep; i++ {
		e.pop()
	}
	v = e.list[1]
	if !strings.HasPrefix(v.Path, "F0.F1.") || !strings.HasSuffix(v.Path, fmt.Sprintf(".F%d[0]", deep-1)) || v.WireName != fmt.Sprint("f", deep-1) {
		t.Errorf("deep path %q, wire name %q", v.Path, v.WireName)
	}
	if e.n != 0 || len(e.deeper) != 0 {
		t.Errorf("stack not empty: n=%d deeper=%d", e.n, len(e.deeper))
	}
}

func TestLengthsCountCodePoints(t *testing.T) {
	for _, c := range []struct {
		s        string
		min, max int
		want     []string
	}{
		{strings.Repeat("å", 50), 0, 50, nil},
		{strings.Repeat("å", 51), 0, 50, []string{"maxLength 50, got 51"}},
		{strings.Repeat("日", 3), 3, 3, nil},
		{"ab", 3, 10, []string{"minLength 3, got 2"}},
		{"\xff\xfe", 0, 1, []string{"maxLength 1, got 2"}}, // invalid bytes count one each
		{"", 1, 10, []string{"minLength 1, got 0"}},
	} {
		var e ngValidateErrors
		e.minLength(ngValidateStep{}, c.s, c.min)
		e.maxLength(ngValidateStep{}, c.s, c.max)
		var got []string
		for _, v := range e.list {
			got = append(got, v.String())
		}
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%q in [%d, %d]: %q, want %q", c.s, c.min, c.max, got, c.want)
		}
	}
}

func TestFormats(t *testing.T) {
	for _, c := range []struct {
		name  string
		check func(string) bool
		good  []string
		bad   []string
	}{
		{"uuid", ngValidateIsUUID,
			[]string{"f81d4fae-7dec-11d0-a765-00a0c91e6bf6", "F81D4FAE-7DEC-11D0-A765-00A0C91E6BF6", "00000000-0000-0000-0000-000000000000"},
			[]string{"", "f81d4fae7dec11d0a76500a0c91e6bf6", "{f81d4fae-7dec-11d0-a765-00a0c91e6bf6}", "f81d4fae-7dec-11d0-a765-00a0c91e6bfg", "f81d4fae-7dec-11d0-a765_00a0c91e6bf6"}},
		{"date", ngValidateIsDate,
			[]string{"2024-02-29", "2000-02-29", "1999-12-31", "0001-01-01"},
			[]string{"", "2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-1-01", "24-01-01", "2024/01/01", "2024-01-01T00:00:00Z"}},
		{"date-time", ngValidateIsDateTime,
			[]string{"2024-01-02T03:04:05Z", "2024-01-02t03:04:05z", "2024-01-02T03:04:05.123456789+02:00", "2016-12-31T23:59:60Z", "2024-01-02T03:04:05-11:30"},
			[]string{"", "2024-01-02", "2024-01-02T03:04:05", "2024-01-02 03:04:05Z", "2024-01-02T24:00:00Z", "2024-01-02T03:60:00Z", "2024-01-02T03:04:05.Z", "2024-01-02T03:04:05+0200", "2024-02-30T03:04:05Z", "2024-01-02T03:04:05+24:00"}},
		{"email", ngValidateIsEmail,
			[]string{"ann@example.com", "a.b+tag@sub.example.se", "åsa@exempel.se", `"john doe"@example.com`, "user@localhost", "x@[192.0.2.1]", "x@[IPv6:2001:db8::1]", "o'neil@example.ie"},
			[]string{"", "ann", "@example.com", "ann@", "Ann <ann@example.com>", "ann@@example.com", ".ann@example.com", "ann.@example.com", "a..b@example.com", "ann@-example.com", "ann@example..com", "ann example@example.com", "ann@exa mple.com", "ann@[300.1.1.1]", strings.Repeat("a", 65) + "@example.com", "ann@" + strings.Repeat("a", 64) + ".com", "\xff@example.com"}},
		{"uri", ngValidateIsURI,
			[]string{"https://example.com", "https://user:pw@example.com:8080/a/b?c=d&e=%20#frag", "mailto:ann@example.com", "urn:isbn:0451450523", "http://[2001:db8::1]:80/", "http://[v7.abc]/", "file:///etc/hosts", "https://example.com/a%2Fb"},
			[]string{"", "example.com", "/relative/path", "//example.com", "1http://x", "http://exa mple.com", "http://example.com/<script>", "http://example.com/%zz", "http://example.com/%2", "http://[::1/", "http://[not-an-ip]/", "http://example.com:80a/", "https://example.com/å", "http://example.com/a#b#c"}},
		{"ipv4", ngValidateIsIPv4,
			[]string{"192.0.2.1", "0.0.0.0", "255.255.255.255"},
			[]string{"", "256.0.0.1", "1.2.3", "01.2.3.4", "::1", "::ffff:1.2.3.4", "1.2.3.4 "}},
		{"ipv6", ngValidateIsIPv6,
			[]string{"::1", "2001:db8::1", "::ffff:1.2.3.4", "fe80::1:2:3:4", "2001:0db8:0000:0000:0000:0000:0000:0001"},
			[]string{"", "1.2.3.4", "fe80::1%eth0", "2001:db8:::1", "12345::", "[::1]", "2001:db8::g"}},
	} {
		for _, s := range c.good {
			if !c.check(s) {
				t.Errorf("%s: %q rejected", c.name, s)
			}
		}
		for _, s := range c.bad {
			if c.check(s) {
				t.Errorf("%s: %q accepted", c.name, s)
			}
		}
	}
}

func TestMultipleOf(t *testing.T) {
	for _, c := range []struct {
		x, m float64
		want bool
	}{
		{10, 5, true}, {12, 5, false}, {0.3, 0.1, true}, {0.35, 0.1, false}, {-1.5, 0.5, true},
		{0, 0.25, true}, {1e300, 1e-300, false}, {7.0000000001, 1, false}, {1.1, 0.1, true}, {4.35, 0.05, true},
	} {
		if got := ngValidateMultipleOf(c.x, c.m); got != c.want {
			t.Errorf("ngValidateMultipleOf(%v, %v) = %v, want %v", c.x, c.m, got, c.want)
		}
	}
	for _, c := range []struct {
		x, m string
		want bool
	}{
		{"10.00", "0.01", true}, {"10.001", "0.01", false}, {"10.0010", "0.001", true},
		{"-3.50", "0.1", true}, {"1.5e2", "10", true}, {"1.55e1", "1", false}, {"0", "0.01", true},
		{"0.000", "100", true}, {"1200", "100", true}, {"1250", "100", false}, {"12e-3", "0.001", true},
		{"0.75", "0.25", true}, {"0.8", "0.25", false}, {"3", "1.5", true}, {"1e-2", "0.25", false},
		{"7e30", "7", true}, {"1e30", "7", false}, {"1e30", "8", true}, {"1e-30", "0.01", false},
		{"123456789012345678901234567890", "3", true}, {"123456789012345678901234567891", "3", false},
		{"2.4691357802469135780", "1.2345678901234567890", true}, // 19 significant digits: math/big
		{"2.4691357802469135781", "1.2345678901234567890", false},
		{"0.5", "0.0000000000000000001", true}, {"5e-20", "0.0000000000000000001", false},
		{"1E+2", "25", true}, {"-0", "3", true},
	} {
		if got := ngValidateDecimalMultipleOf(c.x, c.m); got != c.want {
			t.Errorf("ngValidateDecimalMultipleOf(%s, %s) = %v, want %v", c.x, c.m, got, c.want)
		}
	}
}

func TestDuplicates(t *testing.T) {
	if got := ngValidateDuplicate([]string{"a", "b", "c"}); got != [2]int{-1, -1} {
		t.Errorf("no duplicates: %v", got)
	}
	if got := ngValidateDuplicate([]int{1, 2, 3, 2, 1}); got != [2]int{1, 3} {
		t.Errorf("duplicates: %v, want [1 3]", got)
	}
	long := make([]int, 3*ngValidateSmallUnique)
	for i := range long {
		long[i] = i
	}
	if got := ngValidateDuplicate(long); got != [2]int{-1, -1} {
		t.Errorf("long, no duplicates: %v", got)
	}
	long[len(long)-1] = 7
	if got := ngValidateDuplicate(long); got != [2]int{7, len(long) - 1} {
		t.Errorf("long duplicates: %v", got)
	}
	eq := func(a, b string) bool { return strings.EqualFold(a, b) }
	if got := ngValidateDuplicateFunc([]string{"a", "B", "b"}, eq); got != [2]int{1, 2} {
		t.Errorf("DuplicateFunc: %v", got)
	}
	var e ngValidateErrors
	e.unique(ngValidateField("Tags", "Tags"), [2]int{1, 3})
	e.unique(ngValidateField("Tags", "Tags"), [2]int{-1, -1})
	if len(e.list) != 1 || e.list[0].String() != "Tags: uniqueItems, got duplicates at [1] and [3]" {
		t.Errorf("unique: %v", e.list)
	}
}

// TestMapOrder checks that violations in a map come in key order whatever
// the iteration order, and that the stack stays balanced.
func TestMapOrder(t *testing.T) {
	m := map[string]string{}
	for i := 0; i < 50; i++ {
		m[fmt.Sprintf("k%02d", i)] = strings.Repeat("x", i%3)
	}
	for run := 0; run < 5; run++ {
		var e ngValidateErrors
		e.push(ngValidateField("Info", "Info"))
		ngValidateMap(&e, m, func(k string, v string) {
			e.maxLength(ngValidateKey(k), v, 1)
		})
		e.pop()
		var prev string
		for _, v := range e.list {
			if v.Path <= prev {
				t.Fatalf("run %d: %q after %q", run, v.Path, prev)
			}
			prev = v.Path
		}
		if len(e.list) != 16 || e.list[0].Path != `Info["k02"]` {
			t.Fatalf("run %d: %d violations, first %q", run, len(e.list), e.list[0].Path)
		}
	}
}

// TestChecksDoNotAllocate checks the valid path of every check.
func TestChecksDoNotAllocate(t *testing.T) {
	re := regexp.MustCompile(`^[a-z]+$`)
	m := map[string]int{"a": 1, "b": 2}
	small := []string{"a", "b", "c"}
	var e ngValidateErrors
	n := testing.AllocsPerRun(100, func() {
		e.push(ngValidateField("X", "x"))
		e.maxLength(ngValidateField("A", "a"), "åäö", 3)
		e.minLength(ngValidateIndex(1), "åäö", 3)
		e.pattern(ngValidateKey("k"), re, "abc")
		e.format(ngValidateStep{}, "email", ngValidateIsEmail("ann@example.com"))
		e.format(ngValidateStep{}, "uri", ngValidateIsURI("https://example.com/a?b#c"))
		e.format(ngValidateStep{}, "ipv4", ngValidateIsIPv4("192.0.2.1"))
		e.format(ngValidateStep{}, "ipv6", ngValidateIsIPv6("2001:db8::1"))
		e.format(ngValidateStep{}, "date-time", ngValidateIsDateTime("2024-01-02T03:04:05+02:00"))
		e.format(ngValidateStep{}, "date", ngValidateIsDate("2024-01-02"))
		e.format(ngValidateStep{}, "uuid", ngValidateIsUUID("f81d4fae-7dec-11d0-a765-00a0c91e6bf6"))
		e.unique(ngValidateStep{}, ngValidateDuplicate(small))
		e.format(ngValidateStep{}, "multipleOf", ngValidateMultipleOf(0.3, 0.1))
		e.format(ngValidateStep{}, "multipleOf", ngValidateDecimalMultipleOf("10.50", "0.01"))
		e.format(ngValidateStep{}, "multipleOf", ngValidateDecimalMultipleOf("1.5e1", "0.25"))
		e.format(ngValidateStep{}, "multipleOf", ngValidateDecimalMultipleOf("12", "1.5"))
		ngValidateMap(&e, m, func(k string, v int) {
			e.minCount(ngValidateKey(k), "minimum", v, 1)
		})
		e.pop()
	})
	if n != 0 || len(e.list) != 0 {
		t.Errorf("valid checks: %v allocations, violations %v", n, e.list)
	}
}
