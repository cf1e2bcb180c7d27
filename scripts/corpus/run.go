//go:build ignore

// run.go runs norcegen on every document of the robustness corpus (the
// list fetch.sh writes), twice, and compares the bytes; it writes each
// output as a package of one temporary module, builds and vets that module
// once, and attributes failures to documents. It prints
//
//	kin-openapi loads L/N
//	generated X/N, built Y/N, vetted Z/N, deterministic D/N
//
// and a TSV of failures (document, stage, first error line).
//
// Usage (from the repository root; run.sh wraps it):
//
//	go run ./scripts/corpus/run.go -list ~/.cache/norcegen-corpus/corpus.txt [-work DIR] [-tsv FILE] [-match REGEXP]
package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"
	"time"

	"github.com/norcegen/norcegen/generator"
	"github.com/norcegen/norcegen/internal/load"
)

type doc struct {
	path   string
	pkg    string // directory and package name in the module
	stage  string // the stage that failed, "" when all passed
	msg    string
	loaded bool
	genOK  bool
	same   bool
	dur    time.Duration
}

func main() {
	list := flag.String("list", os.ExpandEnv("$HOME/.cache/norcegen-corpus/corpus.txt"), "the corpus list, one document path a line")
	work := flag.String("work", "", "the temporary module's directory (default: a new temporary directory)")
	tsv := flag.String("tsv", "corpus-failures.tsv", "where to write the failures")
	match := flag.String("match", "", "only documents whose path matches this regexp")
	cpuprofile := flag.String("cpuprofile", "", "write a CPU profile of the generation to this file")
	noBuild := flag.Bool("nobuild", false, "generate only; do not build or vet")
	timeout := flag.Duration("timeout", 0, "generate each document in a child process and count it as failed after this long (0: in this process, no limit)")
	child := flag.String("child", "", "internal: generate the document at this path as package -pkg into -work and print the result")
	childPkg := flag.String("pkg", "", "internal: the package name for -child")
	flag.Parse()
	if *child != "" {
		d := &doc{path: *child, pkg: *childPkg}
		generate(d, *work)
		json.NewEncoder(os.Stdout).Encode(childResult{d.Stage(), d.msg, d.loaded, d.genOK, d.same})
		return
	}

	data, err := os.ReadFile(*list)
	if err != nil {
		fatal(err)
	}
	var re *regexp.Regexp
	if *match != "" {
		re = regexp.MustCompile(*match)
	}
	var docs []*doc
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || re != nil && !re.MatchString(line) {
			continue
		}
		docs = append(docs, &doc{path: line, pkg: fmt.Sprintf("doc%03d", len(docs))})
	}
	if *work == "" {
		if *work, err = os.MkdirTemp("", "norcegen-corpus-"); err != nil {
			fatal(err)
		}
	} else if *child == "" {
		if err := os.RemoveAll(*work); err != nil {
			fatal(err)
		}
	}
	if err := os.MkdirAll(*work, 0o755); err != nil {
		fatal(err)
	}
	if err := os.WriteFile(filepath.Join(*work, "go.mod"), []byte("module corpus\n\ngo 1.26\n"), 0o644); err != nil {
		fatal(err)
	}
	fmt.Fprintf(os.Stderr, "corpus: %d documents, module in %s\n", len(docs), *work)

	if *cpuprofile != "" {
		f, err := os.Create(*cpuprofile)
		if err != nil {
			fatal(err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			fatal(err)
		}
	}
	for i, d := range docs {
		start := time.Now()
		if *timeout > 0 {
			generateChild(d, *work, *timeout)
		} else {
			generate(d, *work)
		}
		d.dur = time.Since(start)
		if d.dur > 2*time.Second {
			fmt.Fprintf(os.Stderr, "  [%d/%d] %s: %.1fs\n", i+1, len(docs), d.path, d.dur.Seconds())
		}
		runtime.GC()
		debug.FreeOSMemory()
	}

	if *cpuprofile != "" {
		pprof.StopCPUProfile()
	}
	if *noBuild {
		for _, d := range docs {
			if d.stage != "" {
				fmt.Printf("%s\t%s\t%s\n", d.path, d.stage, d.msg)
			}
		}
		return
	}
	byPkg := map[string]*doc{}
	for _, d := range docs {
		byPkg[d.pkg] = d
	}
	built := goTool(*work, byPkg, "build", "build")
	vetted := goTool(*work, byPkg, "vet", "vet")

	var n, loaded, generated, nBuilt, nVetted, same int
	for _, d := range docs {
		n++
		if d.loaded {
			loaded++
		}
		if d.genOK {
			generated++
			if built[d.pkg] {
				nBuilt++
				if vetted[d.pkg] {
					nVetted++
				}
			}
		}
		if d.same {
			same++
		}
	}
	out, err := os.Create(*tsv)
	if err != nil {
		fatal(err)
	}
	w := bufio.NewWriter(out)
	fmt.Fprintln(w, "document\tstage\tfirst error line")
	for _, d := range docs {
		if d.stage != "" {
			fmt.Fprintf(w, "%s\t%s\t%s\n", d.path, d.stage, strings.ReplaceAll(d.msg, "\t", " "))
		}
	}
	if err := w.Flush(); err != nil {
		fatal(err)
	}
	out.Close()

	sort.Slice(docs, func(i, j int) bool { return docs[i].dur > docs[j].dur })
	for _, d := range docs[:min(3, len(docs))] {
		fmt.Printf("slowest: %s %.2fs\n", d.path, d.dur.Seconds())
	}
	fmt.Printf("kin-openapi loads %d/%d\n", loaded, n)
	fmt.Printf("generated %d/%d, built %d/%d, vetted %d/%d, deterministic %d/%d\n", generated, n, nBuilt, n, nVetted, n, same, n)
	fmt.Printf("failures: %s\n", *tsv)
}

// childResult is what a child process reports about its document.
type childResult struct {
	Stage, Msg          string
	Loaded, GenOK, Same bool
}

func (d *doc) Stage() string { return d.stage }

// generateChild runs generate in a child process (this program with
// -child), which is killed after the timeout.
func generateChild(d *doc, work string, timeout time.Duration) {
	exe, err := os.Executable()
	if err != nil {
		fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, exe, "-child", d.path, "-pkg", d.pkg, "-work", work)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if ctx.Err() != nil {
		d.stage, d.msg = "timeout", fmt.Sprintf("generation took longer than %s", timeout)
		os.RemoveAll(filepath.Join(work, d.pkg))
		return
	}
	var r childResult
	if jerr := json.Unmarshal(out, &r); jerr != nil {
		d.stage, d.msg = "crash", firstLine(fmt.Sprint(err))
		os.RemoveAll(filepath.Join(work, d.pkg))
		return
	}
	d.stage, d.msg, d.loaded, d.genOK, d.same = r.Stage, r.Msg, r.Loaded, r.GenOK, r.Same
}

// generate loads the document, generates its package twice, compares the
// bytes and writes the first result into the module.
func generate(d *doc, work string) {
	defer func() {
		if r := recover(); r != nil {
			d.stage, d.msg = "panic", firstLine(fmt.Sprint(r))
			d.genOK = false
		}
	}()
	if _, err := load.Load(d.path); err != nil {
		d.stage, d.msg = "load", firstLine(err.Error())
		return
	}
	d.loaded = true
	cfg := generator.Config{Spec: d.path, Package: d.pkg, Version: "(corpus)"}
	res, err := generator.Generate(cfg)
	if err != nil {
		d.stage, d.msg = "generate", firstLine(err.Error())
		return
	}
	again, err := generator.Generate(cfg)
	d.same = err == nil && sameFiles(res.Files, again.Files)
	if !d.same {
		d.stage, d.msg = "determinism", "two runs differ"
	}
	dir := filepath.Join(work, d.pkg)
	if err := res.Write(dir); err != nil {
		d.stage, d.msg = "write", firstLine(err.Error())
		return
	}
	d.genOK = true
}

func sameFiles(a, b []generator.File) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Name != b[i].Name || !bytes.Equal(a[i].Content, b[i].Content) {
			return false
		}
	}
	return true
}

var fileLine = regexp.MustCompile(`(?:^|\s|\./)(doc\d{3})/`)

// goTool runs `go VERB ./...` in the module and returns the packages it
// passed; the first error line of each other package becomes its failure.
func goTool(work string, byPkg map[string]*doc, verb, stage string) map[string]bool {
	start := time.Now()
	cmd := exec.Command("go", verb, "./...")
	cmd.Dir = work
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod", "GOWORK=off")
	out, _ := cmd.CombinedOutput()
	fmt.Fprintf(os.Stderr, "go %s ./...: %.1fs\n", verb, time.Since(start).Seconds())
	failed := map[string]string{}
	cur := ""
	for _, line := range strings.Split(string(out), "\n") {
		if strings.HasPrefix(line, "# ") {
			p := strings.Trim(strings.TrimPrefix(line, "# "), "[]")
			cur = strings.TrimPrefix(p, "corpus/")
			if _, ok := failed[cur]; !ok {
				failed[cur] = ""
			}
			continue
		}
		pkg := cur
		if m := fileLine.FindStringSubmatch(line); m != nil {
			pkg = m[1]
		}
		if pkg == "" || strings.TrimSpace(line) == "" {
			continue
		}
		if failed[pkg] == "" {
			failed[pkg] = strings.TrimSpace(line)
		}
	}
	ok := map[string]bool{}
	for pkg, d := range byPkg {
		if !d.genOK {
			continue
		}
		msg, bad := failed[pkg]
		if !bad {
			ok[pkg] = true
			continue
		}
		if d.stage == "" || d.stage == "determinism" {
			d.stage, d.msg = stage, msg
		}
	}
	return ok
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	return s
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "corpus:", err)
	os.Exit(2)
}
