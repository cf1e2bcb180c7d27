package config_test

import (
	"strings"
	"testing"

	"github.com/norcegen/norcegen/internal/config"
)

func TestLoadDataContract(t *testing.T) {
	cs, err := config.Parse("norcegen.yaml", []byte(`specs:
  - spec: a.yaml
    output: a
    package: a
    dataContract: true
    dataContractNamespace: urn:acme
  - spec: b.yaml
    output: b
    package: b
`))
	if err != nil {
		t.Fatal(err)
	}
	if !cs[0].DataContract || cs[0].DataContractNamespace != "urn:acme" || cs[1].DataContract {
		t.Errorf("got %+v", cs)
	}
	_, err = config.Parse("norcegen.yaml", []byte(`specs:
  - spec: a.yaml
    output: a
    package: a
    dataContractNamespace: urn:acme
`))
	if err == nil || !strings.Contains(err.Error(), "norcegen.yaml:5:5: specs[0]: dataContractNamespace needs dataContract: true") {
		t.Errorf("error %v", err)
	}
}
