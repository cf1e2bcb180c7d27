// Package source indexes the bytes of an OpenAPI document by JSON pointer:
// the order of an object's keys (kin-openapi keeps properties in Go maps,
// which lose the order the author wrote) and, when an error message needs
// one, the line and column of any element.
//
// The common path asks only for key order and records it only for
// "properties" objects, so indexing a large document stays cheap; positions
// are indexed on first request, by a second pass over the bytes.
package source

import (
	"bytes"
	"fmt"
	"strings"
	"sync"
)

// Pos is a position in a file: 1-based line and column (column counted in
// bytes). A zero Col means the column is unknown.
type Pos struct {
	Line, Col int
}

// File is one document file and its lazily built indexes. It is safe for
// concurrent use.
type File struct {
	// Path is the file path as the user gave it (or as resolved relative to
	// the document that referred to it).
	Path string
	// Data is the file's content.
	Data []byte

	orderOnce sync.Once
	order     map[string][]string
	orderErr  error

	posOnce sync.Once
	pos     map[string]Pos
	refs    []Ref
	posErr  error
}

// Ref is a "$ref" in a file: the pointer of the "$ref" member, its value and
// its position.
type Ref struct {
	Pointer string
	Value   string
	Pos     Pos
}

// NewFile returns a File for the given content.
func NewFile(path string, data []byte) *File {
	return &File{Path: path, Data: data}
}

// IsJSON reports whether the content is JSON (its first non-space byte is
// '{' or '[').
func (f *File) IsJSON() bool {
	for _, b := range f.Data {
		switch b {
		case ' ', '\t', '\r', '\n':
			continue
		case '{', '[':
			return true
		}
		return false
	}
	return false
}

// PropertyOrder returns the keys of the "properties" object at pointer (a
// JSON pointer such as "/components/schemas/Customer/properties") in the
// order the file writes them, or nil when it has no such object.
func (f *File) PropertyOrder(pointer string) []string {
	f.orderOnce.Do(func() {
		f.order = map[string][]string{}
		opts := walkOptions{keys: isProperties}
		f.orderErr = f.walk(opts, func(ptr []byte, _ Pos, keys []string, _ string) {
			if keys != nil && isProperties(ptr) {
				f.order[string(ptr)] = keys
			}
		})
	})
	return f.order[pointer]
}

// Position returns the position of the element at pointer: for an object
// member, the position of its key. It reports false when the pointer names
// nothing in the file.
func (f *File) Position(pointer string) (Pos, bool) {
	f.posOnce.Do(func() {
		f.pos = map[string]Pos{}
		opts := walkOptions{positions: true, keys: func([]byte) bool { return false }}
		f.posErr = f.walk(opts, func(ptr []byte, p Pos, _ []string, value string) {
			key := string(ptr)
			f.pos[key] = p
			if strings.HasSuffix(key, "/$ref") {
				f.refs = append(f.refs, Ref{Pointer: key, Value: value, Pos: p})
			}
		})
	})
	p, ok := f.pos[pointer]
	return p, ok
}

// Nearest returns the position of pointer or, when the file has no such
// element, of its closest ancestor that it has.
func (f *File) Nearest(pointer string) Pos {
	for {
		if p, ok := f.Position(pointer); ok {
			return p
		}
		i := strings.LastIndexByte(pointer, '/')
		if i < 0 {
			return Pos{}
		}
		pointer = pointer[:i]
	}
}

// Refs returns every "$ref" in the file, in document order.
func (f *File) Refs() []Ref {
	f.Position("")
	return f.refs
}

// SyntaxError returns the first syntax error in the file, with its
// position, or nil when the file parses.
func (f *File) SyntaxError() error {
	f.Position("")
	return f.posErr
}

// Error is an error at a position in a file. It prints as
// "file:line:col: message" (or "file:line: message" when the column is
// unknown, "file: message" when the line is).
type Error struct {
	File string
	Pos  Pos
	Msg  string
}

func (e *Error) Error() string {
	switch {
	case e.Pos.Line == 0:
		return fmt.Sprintf("%s: %s", e.File, e.Msg)
	case e.Pos.Col == 0:
		return fmt.Sprintf("%s:%d: %s", e.File, e.Pos.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Pos.Line, e.Pos.Col, e.Msg)
}

// visitFunc receives each element's pointer (valid only during the call)
// and position; keys is the ordered key list of an object when the walk's
// options want it (nil otherwise); value is the text of a string scalar
// that is the value of a "$ref" member ("" otherwise).
type visitFunc func(pointer []byte, p Pos, keys []string, value string)

// walkOptions say what a walk must compute.
type walkOptions struct {
	// positions asks for element positions (the zero Pos otherwise).
	positions bool
	// keys reports whether an object's keys are wanted; nil wants all.
	keys func(pointer []byte) bool
}

func isProperties(ptr []byte) bool {
	return bytes.HasSuffix(ptr, []byte("/properties"))
}

func (f *File) walk(opts walkOptions, visit visitFunc) error {
	if f.IsJSON() {
		return walkJSON(f.Path, f.Data, opts, visit)
	}
	return walkYAML(f.Path, f.Data, opts, visit)
}

// EscapeToken escapes one JSON pointer reference token ("~" and "/").
func EscapeToken(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	s = strings.ReplaceAll(s, "~", "~0")
	return strings.ReplaceAll(s, "/", "~1")
}

// UnescapeToken reverses EscapeToken.
func UnescapeToken(s string) string {
	if !strings.Contains(s, "~") {
		return s
	}
	s = strings.ReplaceAll(s, "~1", "/")
	return strings.ReplaceAll(s, "~0", "~")
}
