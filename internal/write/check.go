package write

import (
	"slices"
	"strings"

	"github.com/norcegen/norcegen/internal/textdiff"
)

// Check writes nothing. It returns the unified diff that turns dir's
// current content into what Write(dir, files) would leave there, or "" when
// dir is up to date. A missing dir is one where every file is new.
//
// Names in the diff are relative to dir, in git's convention: a changed
// file is "--- a/<name>" and "+++ b/<name>", a file to be created comes from
// "/dev/null" and a stale file to be removed goes to "/dev/null". So
// `patch -p1 -d <dir>` or `git apply --directory` can apply it. Files appear
// in name order. Check fails wherever Write would fail before writing, for
// example on a file that norcegen would refuse to overwrite.
func Check(dir string, files []File) (string, error) {
	p, err := makePlan(dir, files)
	if err != nil {
		return "", err
	}
	changes := slices.Concat(p.write, p.remove)
	slices.SortFunc(changes, func(a, b change) int { return strings.Compare(a.name, b.name) })
	var sb strings.Builder
	for _, c := range changes {
		from, to := "a/"+c.name, "b/"+c.name
		if !c.exists {
			from = "/dev/null"
		}
		if c.stale {
			to = "/dev/null"
		}
		sb.WriteString(textdiff.Unified(from, to, c.old, c.new))
	}
	return sb.String(), nil
}

// Writable reports the error Write(dir, files) would fail with before
// writing anything (a file norcegen refuses to overwrite, a dir that is a
// file), or nil. It reads, never writes, and computes no diff, so it is
// cheap enough to run on every directory before writing any.
func Writable(dir string, files []File) error {
	_, err := makePlan(dir, files)
	return err
}
