package annotate

import (
	"strings"
	"testing"
)

func BenchmarkAnnotateSeeds(b *testing.B) {
	set := Norce()
	for b.Loop() {
		for _, s := range seedDescriptions {
			set.Annotate(s.text)
		}
	}
}

func BenchmarkDocTextSeeds(b *testing.B) {
	for b.Loop() {
		for _, s := range seedDescriptions {
			DocText(s.text)
		}
	}
}

// adversarial inputs: each is repeated to 64 KiB. Time per byte should not
// grow with the size (compare with -benchtime and a larger repeat).
var adversarial = []string{
	"<a href='", "<a ", "<!--", "<!", "&amp", "1 = A (", "1 = A, ", "1 = A b ",
	"not read-only ", "MaxLength: 1 ", "Default is 1. ", "Obsolete. ", "0 = A<br>", "(((", ")))",
}

func BenchmarkAnnotateAdversarial(b *testing.B) {
	set := Norce()
	for _, a := range adversarial {
		s := strings.Repeat(a, 64<<10/len(a))
		b.Run(strings.TrimSpace(a), func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for b.Loop() {
				set.Annotate(s)
				DocText(s)
			}
		})
	}
}
