package write

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// gen returns generated Go source for package p with the given body.
func gen(body string) []byte {
	return []byte(Header + "\n\npackage p\n" + body)
}

// userGo is a hand-written Go file.
var userGo = []byte("package p\n\nfunc Hand() {}\n")

// longAgo is a modification time that no write during a test can have.
var longAgo = time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)

// entry is what snapshot records about one file.
type entry struct {
	content string
	mode    fs.FileMode
	mtime   time.Time
}

// snapshot records every file and directory under dir, by slash path.
func snapshot(t *testing.T, dir string) map[string]entry {
	t.Helper()
	m := map[string]entry{}
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, path)
		info, err := os.Lstat(path)
		if err != nil {
			return err
		}
		e := entry{mode: info.Mode(), mtime: info.ModTime()}
		if info.Mode().IsRegular() {
			b, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			e.content = string(b)
		}
		m[filepath.ToSlash(rel)] = e
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// assertSame fails t unless dir looks as it did when before was taken.
func assertSame(t *testing.T, before, after map[string]entry) {
	t.Helper()
	for name, b := range before {
		a, ok := after[name]
		switch {
		case !ok:
			t.Errorf("%s was removed", name)
		case a.content != b.content:
			t.Errorf("%s changed: %q, was %q", name, a.content, b.content)
		case a.mode != b.mode:
			t.Errorf("%s changed mode: %v, was %v", name, a.mode, b.mode)
		case !a.mtime.Equal(b.mtime) && name != ".":
			t.Errorf("%s changed mtime: %v, was %v", name, a.mtime, b.mtime)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s was created", name)
		}
	}
}

// put writes files into dir, which must exist, and sets their mtime to
// longAgo.
func put(t *testing.T, dir string, files map[string][]byte) {
	t.Helper()
	for name, content := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, longAgo, longAgo); err != nil {
			t.Fatal(err)
		}
	}
}

func readFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func assertNames(t *testing.T, what string, got, want []string) {
	t.Helper()
	if !slices.Equal(got, want) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

// assertNoTemps fails t if dir holds one of Write's temporary files.
func assertNoTemps(t *testing.T, dir string) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return
	}
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func TestWriteFreshDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out", "pkg")
	files := []File{{"b.go", gen("var B int\n")}, {"a.go", gen("var A int\n")}}
	res, err := Write(dir, files)
	if err != nil {
		t.Fatal(err)
	}
	assertNames(t, "Written", res.Written, []string{"a.go", "b.go"})
	assertNames(t, "Unchanged", res.Unchanged, nil)
	assertNames(t, "Removed", res.Removed, nil)
	for _, f := range files {
		if got := readFile(t, filepath.Join(dir, f.Name)); got != string(f.Content) {
			t.Errorf("%s = %q, want %q", f.Name, got, f.Content)
		}
	}
	assertNoTemps(t, dir)
}

func TestWriteEmptyCreatesDir(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	if _, err := Write(dir, nil); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(dir); err != nil || !info.IsDir() {
		t.Fatalf("dir not created: %v", err)
	}
}

func TestWriteUnchangedKeepsMtime(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string][]byte{"a.go": gen("var A int\n"), "b.go": gen("var B int\n")})
	before := snapshot(t, dir)
	res, err := Write(dir, []File{{"a.go", gen("var A int\n")}, {"b.go", gen("var B int\n")}})
	if err != nil {
		t.Fatal(err)
	}
	assertNames(t, "Written", res.Written, nil)
	assertNames(t, "Unchanged", res.Unchanged, []string{"a.go", "b.go"})
	assertSame(t, before, snapshot(t, dir))
}

func TestWriteReplacesChanged(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string][]byte{"a.go": gen("var A int\n"), "b.go": gen("var B int\n")})
	if err := os.Chmod(filepath.Join(dir, "a.go"), 0o640); err != nil {
		t.Fatal(err)
	}
	want := gen("var A string\n")
	res, err := Write(dir, []File{{"a.go", want}, {"b.go", gen("var B int\n")}})
	if err != nil {
		t.Fatal(err)
	}
	assertNames(t, "Written", res.Written, []string{"a.go"})
	assertNames(t, "Unchanged", res.Unchanged, []string{"b.go"})
	path := filepath.Join(dir, "a.go")
	if got := readFile(t, path); got != string(want) {
		t.Errorf("a.go = %q, want %q", got, want)
	}
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.ModTime().Equal(longAgo) {
		t.Error("a.go kept its old mtime")
	}
	if info.Mode().Perm() != 0o640 {
		t.Errorf("a.go mode = %v, want the old file's 0640", info.Mode().Perm())
	}
	assertNoTemps(t, dir)
}

func TestWriteRemovesStale(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string][]byte{
		"a.go":        gen("var A int\n"),
		"old.go":      gen("var Old int\n"),
		"old_test.go": gen("func TestOld() {}\n"),
	})
	res, err := Write(dir, []File{{"a.go", gen("var A int\n")}})
	if err != nil {
		t.Fatal(err)
	}
	assertNames(t, "Removed", res.Removed, []string{"old.go", "old_test.go"})
	assertNames(t, "Unchanged", res.Unchanged, []string{"a.go"})
	for _, name := range []string{"old.go", "old_test.go"} {
		if _, err := os.Lstat(filepath.Join(dir, name)); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s still there: %v", name, err)
		}
	}
}

func TestWriteLeavesOtherFiles(t *testing.T) {
	dir := t.TempDir()
	others := map[string][]byte{
		"hand.go":       userGo,
		"stringer.go":   []byte("// Code generated by \"stringer -type=Kind\"; DO NOT EDIT.\n\npackage p\n"),
		"late.go":       []byte("package p\n\n" + Header + "\n"),
		"indented.go":   []byte("  " + Header + "\npackage p\n"),
		"notes.txt":     gen(""),
		"sub/gen.go":    gen("var Sub int\n"),
		"sub/hand.go":   userGo,
		"empty.go":      nil,
		"headeronly.go": []byte(Header + "\n"),
		"testdata/x.go": gen(""),
	}
	put(t, dir, others)
	if err := os.Mkdir(filepath.Join(dir, "dir.go"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("sub/gen.go", filepath.Join(dir, "link.go")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	res, err := Write(dir, []File{{"a.go", gen("var A int\n")}})
	if err != nil {
		t.Fatal(err)
	}
	assertNames(t, "Written", res.Written, []string{"a.go"})
	assertNames(t, "Removed", res.Removed, nil)
	after := snapshot(t, dir)
	delete(after, "a.go")
	assertSame(t, before, after)
}

func TestWriteRefusesForeignFile(t *testing.T) {
	for name, content := range map[string][]byte{
		"hand-written":    userGo,
		"other generator": []byte("// Code generated by stringer; DO NOT EDIT.\n\npackage p\n"),
		"header too late": []byte("package p\n" + Header + "\n"),
		"empty":           {},
	} {
		t.Run(name, func(t *testing.T) {
			dir := t.TempDir()
			put(t, dir, map[string][]byte{"c.go": content, "stale.go": gen("")})
			before := snapshot(t, dir)
			_, err := Write(dir, []File{{"a.go", gen("")}, {"c.go", gen("var C int\n")}})
			want := "refusing to overwrite " + filepath.Join(dir, "c.go") + ": not generated by norcegen"
			if err == nil || err.Error() != want {
				t.Fatalf("err = %v, want %q", err, want)
			}
			assertSame(t, before, snapshot(t, dir))
		})
	}
}

func TestWriteRefusesNonRegular(t *testing.T) {
	dir := t.TempDir()
	put(t, dir, map[string][]byte{"target.go": gen("")})
	if err := os.Mkdir(filepath.Join(dir, "d.go"), 0o777); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("target.go", filepath.Join(dir, "l.go")); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	_, err := Write(dir, []File{{"d.go", gen("")}, {"l.go", gen("var L int\n")}, {"target.go", gen("")}})
	for _, name := range []string{"d.go", "l.go"} {
		want := "refusing to overwrite " + filepath.Join(dir, name) + ": not a regular file"
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("err = %v, want it to contain %q", err, want)
		}
	}
	assertSame(t, before, snapshot(t, dir))
}

func TestWriteDirNotADirectory(t *testing.T) {
	root := t.TempDir()
	file := filepath.Join(root, "file")
	put(t, root, map[string][]byte{"file": []byte("x")})
	for _, dir := range []string{file, filepath.Join(file, "sub")} {
		_, err := Write(dir, []File{{"a.go", gen("")}})
		if err == nil || !strings.HasPrefix(err.Error(), "write "+dir+": ") {
			t.Errorf("Write(%s) err = %v, want one naming the dir", dir, err)
		}
		if _, err := Check(dir, nil); err == nil {
			t.Errorf("Check(%s) succeeded", dir)
		}
	}
	if got := readFile(t, file); got != "x" {
		t.Errorf("file changed to %q", got)
	}
}

func TestWriteUnwritableDir(t *testing.T) {
	root := t.TempDir()
	var dir string
	if os.Geteuid() == 0 {
		// Root ignores permissions: a dir that is a regular file is the
		// unwritable dir instead.
		dir = filepath.Join(root, "file")
		put(t, root, map[string][]byte{"file": []byte("x")})
	} else {
		dir = filepath.Join(root, "ro")
		put(t, root, map[string][]byte{"ro/a.go": gen("var A int\n"), "ro/stale.go": gen("")})
		if err := os.Chmod(dir, 0o500); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(dir, 0o700) })
	}
	before := snapshot(t, root)
	_, err := Write(dir, []File{{"a.go", gen("var A string\n")}, {"b.go", gen("")}})
	if err == nil || !strings.Contains(err.Error(), dir) {
		t.Fatalf("err = %v, want one naming %s", err, dir)
	}
	assertSame(t, before, snapshot(t, root))
}

func TestWriteInvalidFiles(t *testing.T) {
	tests := map[string][]File{
		"empty name":         {{"", gen("")}},
		"slash":              {{"sub/a.go", gen("")}},
		"backslash":          {{`sub\a.go`, gen("")}},
		"dot dot":            {{"..", gen("")}},
		"escaping":           {{"../a.go", gen("")}},
		"dot":                {{".", gen("")}},
		"hidden":             {{".a.go", gen("")}},
		"absolute":           {{"/tmp/a.go", gen("")}},
		"not go":             {{"a.txt", gen("")}},
		"twice":              {{"a.go", gen("")}, {"a.go", gen("")}},
		"case":               {{"a.go", gen("")}, {"A.go", gen("")}},
		"no header":          {{"a.go", userGo}},
		"header too late":    {{"a.go", []byte("package p\n" + Header + "\n")}},
		"one bad among good": {{"a.go", gen("")}, {"b/c.go", gen("")}},
	}
	for name, files := range tests {
		t.Run(name, func(t *testing.T) {
			root := t.TempDir()
			dir := filepath.Join(root, "out")
			if _, err := Write(dir, files); err == nil || !strings.Contains(err.Error(), dir) {
				t.Errorf("Write err = %v, want one naming %s", err, dir)
			}
			if _, err := Check(dir, files); err == nil {
				t.Error("Check succeeded")
			}
			if _, err := os.Lstat(dir); !errors.Is(err, fs.ErrNotExist) {
				t.Errorf("dir was created: %v", err)
			}
		})
	}
}

// failingOps returns os operations whose writeTemp fails on call number
// failWrite and whose rename fails on call number failRename (counting from
// 1; 0 never fails).
func failingOps(failWrite, failRename int) ops {
	o := osOps()
	writes, renames := 0, 0
	writeTemp, rename := o.writeTemp, o.rename
	o.writeTemp = func(dir, name string, data []byte, perm fs.FileMode) (string, error) {
		writes++
		if writes == failWrite {
			return "", errors.New("disk full")
		}
		return writeTemp(dir, name, data, perm)
	}
	o.rename = func(oldpath, newpath string) error {
		renames++
		if renames == failRename {
			return errors.New("rename refused")
		}
		return rename(oldpath, newpath)
	}
	return o
}

func TestWriteFailureMidway(t *testing.T) {
	files := []File{
		{"a.go", gen("var A string\n")}, // changed
		{"b.go", gen("var B int\n")},    // new
		{"c.go", gen("var C int\n")},    // unchanged
		{"d.go", gen("var D int\n")},    // new
		{"e.go", gen("var E string\n")}, // changed
	}
	tests := []struct {
		name                  string
		failWrite, failRename int
		want                  string
	}{
		{"third temp file", 3, 0, "write DIR/d.go: disk full"},
		{"first temp file", 1, 0, "write DIR/a.go: disk full"},
		{"last temp file", 4, 0, "write DIR/e.go: disk full"},
		{"first rename", 0, 1, "write DIR/a.go: rename refused"},
		{"third rename", 0, 3, "write DIR/d.go: rename refused"},
		{"last rename", 0, 4, "write DIR/e.go: rename refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			put(t, dir, map[string][]byte{
				"a.go":     gen("var A int\n"),
				"c.go":     gen("var C int\n"),
				"e.go":     gen("var E int\n"),
				"stale.go": gen(""),
				"hand.go":  userGo,
			})
			before := snapshot(t, dir)
			_, err := failingOps(tt.failWrite, tt.failRename).write(dir, files)
			want := strings.ReplaceAll(tt.want, "DIR/", dir+string(filepath.Separator))
			if err == nil || err.Error() != want {
				t.Fatalf("err = %v, want %q", err, want)
			}
			after := snapshot(t, dir)
			// A rolled-back file has the old content and mode but a new mtime.
			for name, e := range after {
				if b, ok := before[name]; ok && tt.failRename > 0 && (name == "a.go" || name == "e.go") {
					e.mtime = b.mtime
					after[name] = e
				}
			}
			assertSame(t, before, after)
			assertNoTemps(t, dir)
		})
	}
}

func TestWriteFailureInFreshDir(t *testing.T) {
	for _, fail := range [][2]int{{2, 0}, {0, 2}} {
		root := t.TempDir()
		dir := filepath.Join(root, "a", "b")
		_, err := failingOps(fail[0], fail[1]).write(dir, []File{{"a.go", gen("")}, {"b.go", gen("")}})
		if err == nil {
			t.Fatal("write succeeded")
		}
		if _, err := os.Lstat(filepath.Join(root, "a")); !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("fail %v: created dir left behind: %v", fail, err)
		}
	}
}

func TestWriteThenCheckIsClean(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "out")
	put(t, filepath.Dir(dir), map[string][]byte{"out/stale.go": gen(""), "out/hand.go": userGo})
	files := []File{{"a.go", gen("var A int\n")}}
	if _, err := Write(dir, files); err != nil {
		t.Fatal(err)
	}
	diff, err := Check(dir, files)
	if err != nil || diff != "" {
		t.Errorf("Check after Write = %q, %v; want no diff", diff, err)
	}
}
