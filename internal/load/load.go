// Package load reads an OpenAPI document (3.0, 3.1, or Swagger 2.0 through
// kin-openapi's conversion) and keeps its source files for the stages that
// need positions or property order.
//
// The document is loaded without kin-openapi's origin tracking, which costs
// several times the plain load on large documents. A JSON OpenAPI 3 root
// file is decoded on all cores (parallel.go: kin-openapi's unmarshalers
// over independent parts of the document, the same document as its plain
// load), then resolved by kin-openapi's loader; YAML and Swagger 2.0 take
// kin-openapi's plain load. When a load fails, the file is indexed
// (internal/source) to turn the failure into one error with a
// file:line:col position.
package load

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"

	"github.com/getkin/kin-openapi/openapi2"
	"github.com/getkin/kin-openapi/openapi2conv"
	"github.com/getkin/kin-openapi/openapi3"
	"github.com/oasdiff/yaml"

	"github.com/norcegen/norcegen/internal/source"
)

// Document is a loaded OpenAPI document.
type Document struct {
	// Spec is the document as OpenAPI 3 (Swagger 2.0 converted).
	Spec *openapi3.T
	// Path is the root file's path as the user gave it.
	Path string
	// Swagger is set when the input was Swagger 2.0.
	Swagger bool

	mu    sync.Mutex
	files map[string]*source.File
}

// Load reads and resolves the document at path. External references are
// resolved relative to the file that holds them.
func Load(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, &source.Error{File: path, Msg: fmt.Sprintf("cannot read the spec: %v", unwrapPath(err))}
	}
	return LoadData(path, data)
}

// LoadData loads a document from data; path names it in errors and anchors
// relative references.
func LoadData(path string, data []byte) (*Document, error) {
	root := source.NewFile(path, data)
	doc := &Document{Path: path, files: map[string]*source.File{filepath.Clean(path): root}}
	// Lowering needs the property order of the root file; index it on
	// another core while kin-openapi parses (File is safe for concurrent
	// use, and the first caller waits for the index).
	go root.PropertyOrder("")
	location := &url.URL{Path: filepath.ToSlash(path)}
	var spec *openapi3.T
	var err error
	if isSwagger(root) {
		doc.Swagger = true
		spec, err = loadSwagger(newLoader(), bytes.TrimSpace(data), location)
	} else if spec = loadParallel(root, location); spec == nil {
		spec, err = newLoader().LoadFromDataWithPath(data, location)
	}
	if err != nil {
		return nil, doc.diagnose(err)
	}
	if spec.OpenAPI == "" && !doc.Swagger {
		return nil, &source.Error{File: path, Pos: source.Pos{Line: 1, Col: 1}, Msg: `not an OpenAPI document: no "openapi" or "swagger" field`}
	}
	doc.Spec = spec
	return doc, nil
}

// newLoader returns a kin-openapi loader as norcegen configures it.
func newLoader() *openapi3.Loader {
	loader := openapi3.NewLoader()
	loader.IsExternalRefsAllowed = true
	return loader
}

// loadParallel loads a JSON OpenAPI 3 document decoded by decodeParallel,
// its references resolved by kin-openapi's loader. It returns nil when the
// document is not one for the parallel decoder or does not load; the
// caller then loads it the plain way, which gives kin-openapi's own error.
func loadParallel(root *source.File, location *url.URL) *openapi3.T {
	if !root.IsJSON() {
		return nil
	}
	spec, ok := decodeParallel(root.Data, chunkBytes)
	if !ok {
		return nil
	}
	// A plain load registers the root document under its location before
	// resolving, which is where a reference from another file back to the
	// root finds it, and which tells the loader what is the root file.
	// Loading an empty document at the location does both; its place then
	// takes the decoded document.
	loader := newLoader()
	doc, err := loader.LoadFromDataWithPath([]byte("{}"), location)
	if err != nil {
		return nil
	}
	*doc = *spec
	if err := loader.ResolveRefsIn(doc, location); err != nil {
		return nil
	}
	return doc
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

var swaggerJSON = regexp.MustCompile(`"swagger"\s*:\s*"2`)
var swaggerYAML = regexp.MustCompile(`(?m)^["']?swagger["']?\s*:\s*["']?2`)

// isSwagger reports whether the file is a Swagger 2.0 document.
func isSwagger(f *source.File) bool {
	if f.IsJSON() {
		i := bytes.Index(f.Data, []byte(`"swagger"`))
		return i >= 0 && swaggerJSON.Match(f.Data[i:min(len(f.Data), i+64)])
	}
	return swaggerYAML.Match(f.Data)
}

func loadSwagger(loader *openapi3.Loader, data []byte, location *url.URL) (*openapi3.T, error) {
	var doc2 openapi2.T
	var err error
	if data[0] == '{' {
		err = json.Unmarshal(data, &doc2)
	} else {
		_, err = yaml.Unmarshal(data, &doc2, yaml.DecodeOpts{DisableTimestamps: true})
	}
	if err != nil {
		return nil, err
	}
	spec, err := openapi2conv.ToV3WithLoader(&doc2, loader, location)
	if err != nil {
		return nil, fmt.Errorf("convert Swagger 2.0: %w", err)
	}
	return spec, nil
}

// File returns the source of a document file, reading it on first use. path
// is relative to the working directory (as the root file's path is).
func (d *Document) File(path string) (*source.File, error) {
	key := filepath.Clean(path)
	d.mu.Lock()
	defer d.mu.Unlock()
	if f, ok := d.files[key]; ok {
		return f, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	f := source.NewFile(path, data)
	d.files[key] = f
	return f, nil
}

// Root returns the root file.
func (d *Document) Root() *source.File {
	f, _ := d.File(d.Path)
	return f
}

// diagnose turns a load failure into one positioned error: a syntax error
// in a file, or the first "$ref" that does not resolve, or else kin-openapi's
// message naming the root file.
func (d *Document) diagnose(loadErr error) error {
	seen := map[string]bool{}
	if err := d.checkFile(d.Path, seen); err != nil {
		return err
	}
	msg := strings.TrimPrefix(loadErr.Error(), "failed to unmarshal data: ")
	if i := strings.Index(msg, "yaml error: "); i >= 0 && strings.HasPrefix(msg, "json error:") {
		msg = msg[i+len("yaml error: "):]
	}
	return &source.Error{File: d.Path, Msg: "cannot load the spec: " + msg}
}

// checkFile reports the first syntax error or unresolvable reference in the
// file at path and, recursively, in the files it refers to.
func (d *Document) checkFile(path string, seen map[string]bool) error {
	if seen[filepath.Clean(path)] {
		return nil
	}
	seen[filepath.Clean(path)] = true
	f, err := d.File(path)
	if err != nil {
		return &source.Error{File: path, Msg: fmt.Sprintf("cannot read: %v", unwrapPath(err))}
	}
	if err := f.SyntaxError(); err != nil {
		return err
	}
	for _, ref := range f.Refs() {
		file, pointer, _ := strings.Cut(ref.Value, "#")
		target := f
		if file != "" {
			if u, err := url.Parse(file); err == nil && u.Scheme != "" {
				continue // remote references are kin-openapi's to report
			}
			targetPath := filepath.Join(filepath.Dir(path), filepath.FromSlash(file))
			target, err = d.File(targetPath)
			if err != nil {
				return &source.Error{File: path, Pos: ref.Pos, Msg: fmt.Sprintf("$ref %q: cannot read %s: %v", ref.Value, targetPath, unwrapPath(err))}
			}
			if err := d.checkFile(targetPath, seen); err != nil {
				return err
			}
		}
		if pointer == "" {
			continue
		}
		if p, err := url.PathUnescape(pointer); err == nil {
			pointer = p
		}
		if _, ok := target.Position(pointer); !ok {
			return &source.Error{File: path, Pos: ref.Pos, Msg: fmt.Sprintf("$ref %q does not resolve: %s has nothing at %s", ref.Value, target.Path, pointer)}
		}
	}
	return nil
}
