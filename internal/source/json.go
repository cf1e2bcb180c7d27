package source

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// jsonScanner is a small JSON scanner that tracks line and column and
// reports each element's pointer. It decodes only object keys; values are
// skipped, which keeps a pass over a large document cheap.
type jsonScanner struct {
	path      string
	data      []byte
	off       int
	line      int
	lineStart int
	visit     visitFunc
}

func walkJSON(path string, data []byte, visit visitFunc) error {
	s := &jsonScanner{path: path, data: data, line: 1, visit: visit}
	s.space()
	if err := s.value("", s.pos()); err != nil {
		return err
	}
	s.space()
	if s.off < len(s.data) {
		return s.errorf("invalid JSON: unexpected %q after the top-level value", s.data[s.off])
	}
	return nil
}

func (s *jsonScanner) pos() Pos {
	return Pos{Line: s.line, Col: utf8.RuneCount(s.data[s.lineStart:s.off]) + 1}
}

func (s *jsonScanner) errorf(format string, args ...any) error {
	return &Error{File: s.path, Pos: s.pos(), Msg: fmt.Sprintf(format, args...)}
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

func (s *jsonScanner) value(ptr string, at Pos) error {
	if s.off >= len(s.data) {
		return s.errorf("invalid JSON: unexpected end of input")
	}
	switch c := s.data[s.off]; {
	case c == '{':
		return s.object(ptr, at)
	case c == '[':
		return s.array(ptr, at)
	case c == '"':
		isRef := strings.HasSuffix(ptr, "/$ref")
		v, err := s.str(isRef)
		s.visit(ptr, at, nil, v)
		return err
	case c == '-' || c >= '0' && c <= '9':
		s.visit(ptr, at, nil, "")
		for s.off < len(s.data) && isNumberByte(s.data[s.off]) {
			s.off++
		}
		return nil
	default:
		for _, lit := range []string{"true", "false", "null"} {
			if len(s.data)-s.off >= len(lit) && string(s.data[s.off:s.off+len(lit)]) == lit {
				s.visit(ptr, at, nil, "")
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

func (s *jsonScanner) object(ptr string, at Pos) error {
	s.off++ // {
	// Members are visited as they come and the object last, with its keys.
	var keys []string
	s.space()
	if s.off < len(s.data) && s.data[s.off] == '}' {
		s.off++
		s.visit(ptr, at, []string{}, "")
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
		keys = append(keys, key)
		s.space()
		if s.off >= len(s.data) || s.data[s.off] != ':' {
			return s.errorf("invalid JSON: expected ':' after object key")
		}
		s.off++
		s.space()
		if err := s.value(ptr+"/"+EscapeToken(key), kp); err != nil {
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
			s.visit(ptr, at, keys, "")
			return nil
		default:
			return s.errorf("invalid JSON: expected ',' or '}' in object")
		}
	}
}

func (s *jsonScanner) array(ptr string, at Pos) error {
	s.off++ // [
	s.visit(ptr, at, nil, "")
	s.space()
	if s.off < len(s.data) && s.data[s.off] == ']' {
		s.off++
		return nil
	}
	for i := 0; ; i++ {
		s.space()
		if err := s.value(ptr+"/"+strconv.Itoa(i), s.pos()); err != nil {
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
