package source

import (
	"bytes"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// jsonScanner is a small JSON scanner that reports each element's pointer
// and position. It decodes only object keys and "$ref" values; everything
// else is skipped, which keeps a pass over a large document cheap: the
// pointer is built in one reused buffer, and columns are counted
// incrementally (a minified document is one long line).
type jsonScanner struct {
	path  string
	data  []byte
	off   int
	line  int
	ptr   []byte
	opts  walkOptions
	visit visitFunc

	// col is the rune count from the line's start to colAt.
	lineStart, colAt, col int
}

func walkJSON(path string, data []byte, opts walkOptions, visit visitFunc) error {
	s := &jsonScanner{path: path, data: data, line: 1, opts: opts, visit: visit}
	s.space()
	if err := s.value(s.pos()); err != nil {
		return err
	}
	s.space()
	if s.off < len(s.data) {
		return s.errorf("invalid JSON: unexpected %q after the top-level value", s.data[s.off])
	}
	return nil
}

// pos returns the current position; without positions requested it
// returns the zero Pos, except on the error path.
func (s *jsonScanner) pos() Pos {
	if !s.opts.positions {
		return Pos{}
	}
	return s.where()
}

func (s *jsonScanner) where() Pos {
	if s.colAt < s.lineStart {
		s.colAt, s.col = s.lineStart, 0
	}
	s.col += utf8.RuneCount(s.data[s.colAt:s.off])
	s.colAt = s.off
	return Pos{Line: s.line, Col: s.col + 1}
}

func (s *jsonScanner) errorf(format string, args ...any) error {
	return &Error{File: s.path, Pos: s.where(), Msg: fmt.Sprintf(format, args...)}
}

func (s *jsonScanner) space() {
	for s.off < len(s.data) {
		switch s.data[s.off] {
		case '\n':
			s.line++
			s.lineStart = s.off + 1
		case ' ', '\t', '\r':
		default:
			return
		}
		s.off++
	}
}

func (s *jsonScanner) value(at Pos) error {
	if s.off >= len(s.data) {
		return s.errorf("invalid JSON: unexpected end of input")
	}
	switch c := s.data[s.off]; {
	case c == '{':
		return s.object(at)
	case c == '[':
		return s.array(at)
	case c == '"':
		isRef := bytes.HasSuffix(s.ptr, []byte("/$ref"))
		v, err := s.str(isRef)
		if err != nil {
			return err
		}
		s.visit(s.ptr, at, nil, v)
		return nil
	case c == '-' || c >= '0' && c <= '9':
		s.visit(s.ptr, at, nil, "")
		for s.off < len(s.data) && isNumberByte(s.data[s.off]) {
			s.off++
		}
		return nil
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if len(s.data)-s.off >= len(lit) && string(s.data[s.off:s.off+len(lit)]) == lit {
				s.visit(s.ptr, at, nil, "")
				s.off += len(lit)
				return nil
			}
		}
		return s.errorf("invalid JSON: unexpected %q", c)
	}
}

func isNumberByte(b byte) bool {
	return b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E'
}

// object scans an object; its members are visited as they come and the
// object last, with its keys when the options want them.
func (s *jsonScanner) object(at Pos) error {
	s.off++ // {
	var keys []string
	wantKeys := s.opts.keys == nil || s.opts.keys(s.ptr)
	if wantKeys {
		keys = []string{}
	}
	base := len(s.ptr)
	s.space()
	if s.off < len(s.data) && s.data[s.off] == '}' {
		s.off++
		s.visit(s.ptr, at, keys, "")
		return nil
	}
	for {
		s.space()
		if s.off >= len(s.data) || s.data[s.off] != '"' {
			return s.errorf("invalid JSON: expected an object key")
		}
		kp := s.pos()
		key, err := s.str(true)
		if err != nil {
			return err
		}
		if wantKeys {
			keys = append(keys, key)
		}
		s.space()
		if s.off >= len(s.data) || s.data[s.off] != ':' {
			return s.errorf("invalid JSON: expected ':' after object key")
		}
		s.off++
		s.space()
		s.ptr = append(append(s.ptr[:base], '/'), EscapeToken(key)...)
		err = s.value(kp)
		s.ptr = s.ptr[:base]
		if err != nil {
			return err
		}
		s.space()
		if s.off >= len(s.data) {
			return s.errorf("invalid JSON: unexpected end of input in object")
		}
		switch s.data[s.off] {
		case ',':
			s.off++
		case '}':
			s.off++
			s.visit(s.ptr, at, keys, "")
			return nil
		default:
			return s.errorf("invalid JSON: expected ',' or '}' in object")
		}
	}
}

func (s *jsonScanner) array(at Pos) error {
	s.off++ // [
	s.visit(s.ptr, at, nil, "")
	base := len(s.ptr)
	s.space()
	if s.off < len(s.data) && s.data[s.off] == ']' {
		s.off++
		return nil
	}
	for i := 0; ; i++ {
		s.space()
		s.ptr = strconv.AppendInt(append(s.ptr[:base], '/'), int64(i), 10)
		err := s.value(s.pos())
		s.ptr = s.ptr[:base]
		if err != nil {
			return err
		}
		s.space()
		if s.off >= len(s.data) {
			return s.errorf("invalid JSON: unexpected end of input in array")
		}
		switch s.data[s.off] {
		case ',':
			s.off++
		case ']':
			s.off++
			return nil
		default:
			return s.errorf("invalid JSON: expected ',' or ']' in array")
		}
	}
}

// str scans a string; when decode is set it returns its value.
func (s *jsonScanner) str(decode bool) (string, error) {
	start := s.off
	s.off++ // opening quote
	escaped := false
	for s.off < len(s.data) {
		c := s.data[s.off]
		switch {
		case c == '\\':
			escaped = true
			s.off += 2
			continue
		case c == '"':
			s.off++
			if !decode {
				return "", nil
			}
			raw := s.data[start:s.off]
			if !escaped {
				return string(raw[1 : len(raw)-1]), nil
			}
			v, err := strconv.Unquote(string(raw))
			if err != nil {
				// JSON escapes that Go does not share (\/) are rare in keys;
				// fall back to the raw text.
				return string(raw[1 : len(raw)-1]), nil
			}
			return v, nil
		case c == '\n':
			return "", s.errorf("invalid JSON: newline in string")
		}
		s.off++
	}
	return "", s.errorf("invalid JSON: unterminated string")
}
