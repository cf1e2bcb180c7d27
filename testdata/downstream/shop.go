package shop

import (
	"encoding/xml"
	"fmt"

	"example.com/shop/api"
)

// ImportXML validates an order and returns the XML an import takes, in
// which enums travel as integers.
func ImportXML(o *api.Order) ([]byte, error) {
	if err := o.Validate(); err != nil {
		return nil, fmt.Errorf("order %s: %w", o.ID, err)
	}
	return xml.Marshal(o)
}
