package annotate

// Norce returns the default rule set, written for the prose of Norce
// Commerce's API documentation: maxlength, enummap, obsolete, readonly and
// defaultvalue, in that order.
func Norce() *RuleSet {
	return NewRuleSet(
		MaxLengthRule(),
		EnumMapRule(),
		ObsoleteRule(),
		ReadOnlyRule(),
		DefaultValueRule(),
	)
}
