package annotate_test

import (
	"fmt"

	"github.com/norcegen/norcegen/internal/annotate"
)

func ExampleRuleSet_Annotate() {
	desc := "Account status: 1 = Active, 2 = Inactive (Use integers if import format is XML). MaxLength: 50"
	for _, a := range annotate.Norce().Annotate(desc) {
		fmt.Printf("%s %q\n", a, desc[a.Span.Start:a.Span.End])
	}
	// Output:
	// enummap enum{1=Active, 2=Inactive} [16,40) "1 = Active, 2 = Inactive"
	// maxlength maxLength=50 [81,94) "MaxLength: 50"
}

func ExamplePattern() {
	maxLen, err := annotate.Pattern("vendor-maxlength", annotate.MaxLength, `Max length (?P<max>\d+)`)
	if err != nil {
		panic(err)
	}
	set, err := annotate.Norce().Without("enummap")
	if err != nil {
		panic(err)
	}
	set = set.With(maxLen)
	fmt.Println(set.Names())
	fmt.Println(set.Annotate("The login name. Max length 40. 1 = A, 2 = B"))

	_, err = annotate.Pattern("broken", annotate.MaxLength, `Max length \d+`)
	fmt.Println(err)
	// Output:
	// [maxlength obsolete readonly defaultvalue vendor-maxlength]
	// [vendor-maxlength maxLength=40 [16,29)]
	// annotate: pattern rule "broken": kind maxLength needs the named group (?P<max>...) in "Max length \\d+"
}

func ExampleDocText() {
	fmt.Println(annotate.DocText("Learn about system accounts <a href='/connectintegration/#using-system-accounts'>here</a>.<br/><br/>0 = JSON<br>1 = XML &gt; JSON"))
	// Output:
	// Learn about system accounts here (/connectintegration/#using-system-accounts).
	//
	// 0 = JSON
	// 1 = XML > JSON
}
