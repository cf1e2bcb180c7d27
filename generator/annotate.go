package generator

import (
	"encoding/json"
	"fmt"

	"github.com/norcegen/norcegen/internal/enrich"
	"github.com/norcegen/norcegen/internal/load"
	"github.com/norcegen/norcegen/internal/lower"
)

// Annotated is the output of Annotate.
type Annotated struct {
	// JSON is the enriched OpenAPI document, indented.
	JSON []byte
	// Warnings are the same warnings Generate reports for the spec.
	Warnings []Warning
}

// Annotate loads cfg.Spec and returns the document with its doc-derived
// annotations written as standard keywords (maxLength, deprecated,
// readOnly, default) and enum mappings as an enum list with the
// x-enum-varnames and x-enum-integers extensions, as JSON. Descriptions
// stay as they were; a keyword already in a schema wins over prose. Only
// cfg.Spec, cfg.Rules and cfg.Strict are used.
func Annotate(cfg Config) (res *Annotated, err error) {
	defer recoverInternal(cfg.Spec, &err)
	rules, err := cfg.Rules.RuleSet()
	if err != nil {
		return nil, err
	}
	doc, err := load.Load(cfg.Spec)
	if err != nil {
		return nil, err
	}
	// Lower first, on the document as written, for the warnings.
	_, warnings, err := lower.Lower(doc, lower.Options{Package: "annotate", Rules: rules, Names: cfg.Names})
	if err != nil {
		return nil, err
	}
	if err := strictError(cfg, warnings); err != nil {
		return nil, err
	}
	enrich.Document(doc.Spec, rules)
	out, err := json.MarshalIndent(doc.Spec, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("annotate %s: %w", cfg.Spec, err)
	}
	return &Annotated{JSON: append(out, '\n'), Warnings: warnings}, nil
}
