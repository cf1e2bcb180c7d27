// Package emit writes Go source from the IR with jennifer. Each concern has
// its own file and function of the same shape (types.go: genStruct,
// genNamed; enums.go: genEnum), fed by one Package; no emitter reads the
// OpenAPI document.
package emit

import (
	"bytes"
	"errors"
	"fmt"
	"go/format"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/dave/jennifer/jen"

	"github.com/norcegen/norcegen/internal/ir"
	"github.com/norcegen/norcegen/internal/write"
	"github.com/norcegen/norcegen/templates"
)

// Options control emission.
type Options struct {
	// Version is norcegen's version, written in the file header.
	Version string
	// Parts names the emitters to run (see Parts); empty means all of them.
	// The runtime helpers the package uses are written with the parts that
	// use them.
	Parts []string
}

// gens are the emitters. An emitter's part name, by which a config selects
// it, is its file name without ".go". Most emitters fill one file with
// gen. A chunked emitter declares each type on its own, so a large
// package's types are split over several files (types.go, types_2.go, ...)
// that render in parallel and keep memory bounded. An emitter with split
// decides its own files: it returns one filler per file.
var gens = []gen{
	{name: "types.go", gen: genTypes, chunked: true},
	{name: "unions.go", gen: genUnions},
	{name: "enums.go", gen: genEnums, chunked: true},
	{name: "datacontract.go", gen: genDataContract},
	{name: "validate.go", split: validatorFiles},
}

// gen is one emitter.
type gen struct {
	name    string
	gen     func(f *jen.File, pkg *ir.Package) bool
	chunked bool
	split   func(pkg *ir.Package) []func(f *jen.File)
}

// chunkTypes is the number of types per file of a chunked emitter.
const chunkTypes = 300

// partNeeds lists, per part, the parts whose declarations its code refers
// to; selecting a part without one it needs is an error when the needed
// part has something to emit.
var partNeeds = map[string][]string{
	"types":        {"enums", "unions"},
	"unions":       {"types"},
	"datacontract": {"types", "enums"},
	"validate":     {"types"},
}

// helperPart names the part whose code uses a runtime helper; a helper is
// left out when its part is not emitted. Helpers not listed are always
// written.
var helperPart = map[string]string{
	"enum":         "enums",
	"validate":     "validate",
	"decimal":      "types",
	"uuid":         "types",
	"date":         "types",
	"datacontract": "datacontract",
}

// Parts returns the names of the emitters, in the order they run.
func Parts() []string {
	out := make([]string, len(gens))
	for i, g := range gens {
		out[i] = partName(g.name)
	}
	return out
}

func partName(file string) string { return strings.TrimSuffix(file, ".go") }

// selectParts returns the set of selected parts, or an error naming an
// unknown one.
func selectParts(parts []string) (map[string]bool, error) {
	known := Parts()
	sel := map[string]bool{}
	if len(parts) == 0 {
		for _, p := range known {
			sel[p] = true
		}
		return sel, nil
	}
	for _, p := range parts {
		if !slices.Contains(known, p) {
			return nil, fmt.Errorf("unknown part %q to emit; the parts are %s", p, strings.Join(known, ", "))
		}
		sel[p] = true
	}
	return sel, nil
}

// CheckParts reports an error for a part name that no emitter has.
func CheckParts(parts []string) error {
	_, err := selectParts(parts)
	return err
}

// Files returns the generated files of a package, sorted by name.
func Files(pkg *ir.Package, opts Options) ([]write.File, error) {
	sel, err := selectParts(opts.Parts)
	if err != nil {
		return nil, err
	}
	header := Header(opts.Version, pkg.SpecTitle, pkg.SpecVersion)
	// One job per file: each emitter, and each chunk of a chunked one. The
	// jobs render in parallel; the results are used in job order, so the
	// output does not depend on scheduling.
	next := make(chan *job)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for j := range next {
				runJob(j, func() {
					f := jen.NewFile(pkg.Name)
					f.HeaderComment(header)
					if j.used = j.gen(f, j.pkg); j.used && sel[j.part] {
						j.src, j.err = render(f, j.name)
					}
				})
			}
		})
	}
	// An emitter with split decides its files over the whole package
	// first; that runs while the workers render the other files.
	split := make([][]*job, len(gens))
	splitErr := make([]error, len(gens))
	var splitting sync.WaitGroup
	for i, g := range gens {
		if g.split == nil {
			continue
		}
		splitting.Go(func() {
			j := &job{name: g.name}
			runJob(j, func() { split[i] = splitJobs(g.name, g.split, pkg) })
			splitErr[i] = j.err
		})
	}
	// byGen holds each emitter's jobs; the split emitters' come later.
	byGen := make([][]*job, len(gens))
	for gi, g := range gens {
		part := partName(g.name)
		switch {
		case g.split != nil:
		case !g.chunked || len(pkg.Types) <= chunkTypes:
			byGen[gi] = []*job{{name: g.name, part: part, gen: g.gen, pkg: pkg, whole: !g.chunked}}
		default:
			for i := 0; i*chunkTypes < len(pkg.Types); i++ {
				chunk := *pkg
				chunk.Types = pkg.Types[i*chunkTypes : min((i+1)*chunkTypes, len(pkg.Types))]
				name := g.name
				if i > 0 {
					name = fmt.Sprintf("%s_%d.go", part, i+1)
				}
				byGen[gi] = append(byGen[gi], &job{name: name, part: part, gen: g.gen, pkg: &chunk})
			}
		}
	}
	// Whole-package jobs first: they are the largest, and starting them
	// early shortens the run on few cores.
	for _, whole := range []bool{true, false} {
		for _, j := range slices.Concat(byGen...) {
			if j.whole == whole {
				next <- j
			}
		}
	}
	splitting.Wait()
	if err := errors.Join(splitErr...); err != nil {
		close(next)
		wg.Wait()
		return nil, err
	}
	for gi, js := range split {
		for _, j := range js {
			next <- j
		}
		if js != nil {
			byGen[gi] = js
		}
	}
	close(next)
	wg.Wait()
	jobs := slices.Concat(byGen...) // in the order of gens
	var files []write.File
	for _, j := range jobs {
		if !j.used {
			continue
		}
		if !sel[j.part] {
			for _, user := range Parts() {
				if sel[user] && slices.Contains(partNeeds[user], j.part) {
					return nil, fmt.Errorf("emitting %s needs %s too: the %s refer to what %s declares", user, j.part, user, j.part)
				}
			}
			continue
		}
		if j.err != nil {
			return nil, j.err
		}
		files = append(files, write.File{Name: j.name, Content: j.src})
	}
	for _, h := range pkg.Helpers {
		if part, ok := helperPart[h]; ok && !sel[part] {
			continue
		}
		src, err := templates.Source(h, pkg.Name)
		if err != nil {
			return nil, fmt.Errorf("runtime helper %s: %w", h, err)
		}
		content := append([]byte(header+"\n\n"), src...)
		files = append(files, write.File{Name: "runtime_" + h + ".go", Content: content})
	}
	sort.Slice(files, func(i, j int) bool { return files[i].Name < files[j].Name })
	return files, nil
}

// splitJobs returns the jobs of a split emitter's files.
func splitJobs(name string, split func(*ir.Package) []func(*jen.File), pkg *ir.Package) []*job {
	part := partName(name)
	var jobs []*job
	for i, fill := range split(pkg) {
		file := name
		if i > 0 {
			file = fmt.Sprintf("%s_%d.go", part, i+1)
		}
		gen := func(f *jen.File, _ *ir.Package) bool { fill(f); return true }
		jobs = append(jobs, &job{name: file, part: part, gen: gen, pkg: pkg, whole: i == 0})
	}
	return jobs
}

// job renders one generated file.
type job struct {
	name, part string
	gen        func(f *jen.File, pkg *ir.Package) bool
	pkg        *ir.Package
	// whole is set for an emitter that sees the whole package
	whole bool
	// results
	used bool
	src  []byte
	err  error
}

// runJob runs one emitter job; a panic in it (a defect of norcegen) becomes
// the job's error instead of ending the process from a worker goroutine.
func runJob(j *job, run func()) {
	defer func() {
		if r := recover(); r != nil {
			j.used, j.err = true, fmt.Errorf("emit %s: internal error: %v", j.name, r)
		}
	}()
	run()
}

// Header returns the first line of every generated file. It matches Go's
// `^// Code generated .* DO NOT EDIT\.$` and names norcegen's version and the
// spec's title and version; nothing in it changes from run to run.
func Header(version, title, specVersion string) string {
	clean := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	h := "// Code generated by norcegen"
	if v := clean(version); v != "" {
		h += " " + v
	}
	if t := clean(title); t != "" {
		h += " from " + t
		if v := clean(specVersion); v != "" {
			h += " " + v
		}
	}
	return h + ". DO NOT EDIT."
}

// render formats a jennifer file. Source that does not format is returned
// in the error with line numbers, so the evidence is never lost.
func render(f *jen.File, name string) ([]byte, error) {
	// jennifer would format too; formatting once, here, halves the cost
	// and keeps the numbered listing on failure.
	f.NoFormat = true
	var buf bytes.Buffer
	if err := f.Render(&buf); err != nil {
		return nil, fmt.Errorf("emit %s: %w", name, err)
	}
	out, err := format.Source(buf.Bytes())
	if err != nil {
		return nil, fmt.Errorf("emit %s: generated code does not format: %w\n%s", name, err, numbered(buf.Bytes()))
	}
	return out, nil
}

func numbered(src []byte) string {
	var b strings.Builder
	for i, line := range strings.Split(string(src), "\n") {
		fmt.Fprintf(&b, "%5d  %s\n", i+1, line)
	}
	return b.String()
}

// typeCode returns the jennifer code of a type reference.
func typeCode(t *ir.TypeRef) jen.Code {
	switch t.Kind {
	case ir.Builtin, ir.Local:
		return jen.Id(t.Name)
	case ir.Qualified:
		return jen.Qual(t.Path, t.Name)
	case ir.Pointer:
		return jen.Op("*").Add(typeCode(t.Elem))
	case ir.Slice:
		return jen.Index().Add(typeCode(t.Elem))
	case ir.Map:
		return jen.Map(jen.String()).Add(typeCode(t.Elem))
	}
	panic(fmt.Sprintf("emit: unknown type reference kind %d", t.Kind))
}

// docComment returns a doc comment: the lead sentence (may be empty), the
// documentation text, and a Deprecated paragraph. It returns nil when there
// is nothing to say.
func docComment(lead string, d ir.Doc) jen.Code {
	var paras []string
	if lead != "" {
		paras = append(paras, lead)
	}
	if d.Text != "" {
		paras = append(paras, d.Text)
	}
	if d.Deprecated {
		text := d.DeprecatedText
		if text == "" {
			text = "the schema marks it deprecated."
		}
		paras = append(paras, "Deprecated: "+text)
	}
	if len(paras) == 0 {
		return jen.Null()
	}
	var b strings.Builder
	for i, p := range paras {
		if i > 0 {
			b.WriteString("\n//\n")
		}
		for j, line := range strings.Split(p, "\n") {
			if j > 0 {
				b.WriteString("\n")
			}
			line = strings.TrimRight(line, " \t")
			if line == "" {
				b.WriteString("//")
			} else {
				b.WriteString("// " + line)
			}
		}
	}
	return jen.Comment(b.String()).Line()
}
