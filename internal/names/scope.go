package names

import "strconv"

// Scope hands out identifiers that are unique within it, such as the type
// names of one package or the field names of one struct. Callers claim names
// in a deterministic order, so the same input always yields the same names.
type Scope struct {
	used map[string]bool
}

// NewScope returns a scope in which the reserved names are already taken.
func NewScope(reserved ...string) *Scope {
	s := &Scope{used: make(map[string]bool, len(reserved))}
	for _, r := range reserved {
		s.used[r] = true
	}
	return s
}

// Taken reports whether name is already claimed.
func (s *Scope) Taken(name string) bool { return s.used[name] }

// Claim takes name if it is free and returns it; otherwise it returns the
// first free name among name2, name3, and so on.
func (s *Scope) Claim(name string) string {
	if !s.used[name] {
		s.used[name] = true
		return name
	}
	for i := 2; ; i++ {
		n := name + strconv.Itoa(i)
		if !s.used[n] {
			s.used[n] = true
			return n
		}
	}
}
