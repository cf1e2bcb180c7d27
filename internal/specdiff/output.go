package specdiff

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteText writes the report for people: a line naming the two versions,
// one line per change tagged "breaking" or "compatible", and a summary.
func (r *Report) WriteText(w io.Writer) error {
	if _, err := fmt.Fprintf(w, "norcegen diff %s -> %s\n", r.Old.label(), r.New.label()); err != nil {
		return err
	}
	for _, c := range r.Changes {
		tag := "compatible"
		if c.Breaking {
			tag = "breaking"
		}
		if _, err := fmt.Fprintf(w, "%-10s  %s: %s\n", tag, c.Subject(), c.Message); err != nil {
			return err
		}
	}
	_, err := fmt.Fprintln(w, r.summary())
	return err
}

func (s SpecInfo) label() string {
	switch {
	case s.Title != "" && s.Version != "":
		return fmt.Sprintf("%s (%s %s)", s.Path, s.Title, s.Version)
	case s.Title != "":
		return fmt.Sprintf("%s (%s)", s.Path, s.Title)
	}
	return s.Path
}

func (r *Report) summary() string {
	n, b := len(r.Changes), r.Breaking()
	switch {
	case n == 0:
		return "no changes"
	case b == 0:
		return fmt.Sprintf("%d %s, none breaking", n, plural(n, "change"))
	}
	return fmt.Sprintf("%d %s, %d breaking", n, plural(n, "change"), b)
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}

// jsonReport is the JSON form of a Report.
type jsonReport struct {
	Old      SpecInfo `json:"old"`
	New      SpecInfo `json:"new"`
	Breaking int      `json:"breaking"`
	Changes  []Change `json:"changes"`
}

// WriteJSON writes the report for machines, as one indented JSON object:
// {"old": {...}, "new": {...}, "breaking": N, "changes": [...]}, each
// change with the fields of Change.
func (r *Report) WriteJSON(w io.Writer) error {
	changes := r.Changes
	if changes == nil {
		changes = []Change{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(jsonReport{Old: r.Old, New: r.New, Breaking: r.Breaking(), Changes: changes})
}
