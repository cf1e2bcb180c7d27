package emit

import (
	"strings"
	"testing"
)

// TestRunJobRecovers: a defect that panics in a worker becomes the job's
// error, so Files returns it instead of the process dying.
func TestRunJobRecovers(t *testing.T) {
	j := &job{name: "types.go"}
	runJob(j, func() { panic("boom") })
	if j.err == nil || !strings.Contains(j.err.Error(), "emit types.go: internal error: boom") || !j.used {
		t.Errorf("job after panic: used %v, err %v", j.used, j.err)
	}
	ok := &job{name: "enums.go"}
	runJob(ok, func() { ok.used = true })
	if ok.err != nil || !ok.used {
		t.Errorf("job without panic: used %v, err %v", ok.used, ok.err)
	}
}
