package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

func TestAnnotateCommand(t *testing.T) {
	var stdout, stderr bytes.Buffer
	if code := run([]string{"annotate", "-spec", "../../spec/connect/customer-4.0.yaml"}, &stdout, &stderr); code != exitOK {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !json.Valid(stdout.Bytes()) || !strings.Contains(stdout.String(), `"x-enum-integers"`) {
		t.Errorf("stdout is not the annotated document: %.200s", stdout.String())
	}
	if got := strings.Count(stderr.String(), "warning: enum list"); got != 2 {
		t.Errorf("stderr has %d enum warnings, want 2:\n%s", got, stderr.String())
	}

	stdout.Reset()
	stderr.Reset()
	if code := run([]string{"annotate", "-strict", "-spec", "../../spec/connect/customer-4.0.yaml"}, &stdout, &stderr); code != exitBadInput {
		t.Errorf("-strict with warnings: exit %d, want %d", code, exitBadInput)
	}
	if stdout.Len() != 0 {
		t.Error("-strict failure wrote to stdout")
	}

	stderr.Reset()
	if code := run([]string{"annotate"}, &stdout, &stderr); code != exitBadInput {
		t.Errorf("no -spec: exit %d, want %d", code, exitBadInput)
	}
	stderr.Reset()
	if code := run([]string{"annotate", "-spec", "missing.yaml"}, &stdout, &stderr); code != exitBadInput || !strings.HasPrefix(stderr.String(), "missing.yaml: cannot read the spec") {
		t.Errorf("missing spec: exit %d, stderr %q", code, stderr.String())
	}
}
