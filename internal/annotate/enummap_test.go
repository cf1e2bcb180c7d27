package annotate

import "testing"

func TestEnumMapRule(t *testing.T) {
	tests := []struct {
		name string
		desc string
		want []string
	}{
		{"br pairs", "0 = ApplicationKey<br>1 = Id<br>2 = Code", []string{
			`enummap enum @"0 = ApplicationKey<br>1 = Id<br>2 = Code"`,
			`  0 "ApplicationKey" @"0 = ApplicationKey"`,
			`  1 "Id" @"1 = Id"`,
			`  2 "Code" @"2 = Code"`,
		}},
		{"br pairs after prose", "Fields to process.<br/>(Use the integer instead of the name for the xml content type)<br/><br/>0 = JSON<br>1 = XML", []string{
			`enummap enum @"0 = JSON<br>1 = XML"`,
			`  0 "JSON" @"0 = JSON"`,
			`  1 "XML" @"1 = XML"`,
		}},
		{"br remark is the value's doc", "13 = Contacts<br>14 = Customers (set values in CustomerFieldsThatAreSet)<br>15 = DeliveryMethods", []string{
			`enummap enum @"13 = Contacts<br>14 = Customers (set values in CustomerFieldsThatAreSet)<br>15 = DeliveryMethods"`,
			`  13 "Contacts" @"13 = Contacts"`,
			`  14 "Customers" doc="set values in CustomerFieldsThatAreSet" @"14 = Customers (set values in CustomerFieldsThatAreSet)"`,
			`  15 "DeliveryMethods" @"15 = DeliveryMethods"`,
		}},
		{"create-only remark", "0 = PasswordCreateOnly (Value is only set if the entity is created by the import)<br>1 = Status", []string{
			`enummap enum @"0 = PasswordCreateOnly (Value is only set if the entity is created by the import)<br>1 = Status"`,
			`  0 "PasswordCreateOnly" doc="Value is only set if the entity is created by the import" @"0 = PasswordCreateOnly (Value is only set if the entity is created by the import)"`,
			`  1 "Status" @"1 = Status"`,
		}},
		{"br remark with parentheses inside", "0 = A (see (x) first)<br>1 = B", []string{
			`enummap enum @"0 = A (see (x) first)<br>1 = B"`,
			`  0 "A" doc="see (x) first" @"0 = A (see (x) first)"`,
			`  1 "B" @"1 = B"`,
		}},
		{"br self-closing with space, blank line inside", "0 = None<br /><br />1 = Some", []string{
			`enummap enum @"0 = None<br /><br />1 = Some"`,
			`  0 "None" @"0 = None"`,
			`  1 "Some" @"1 = Some"`,
		}},
		{"br raw newlines", "Kinds:\n1 = Small\n2 = Large\n", []string{
			`enummap enum @"1 = Small\n2 = Large"`,
			`  1 "Small" @"1 = Small"`,
			`  2 "Large" @"2 = Large"`,
		}},
		{"br negative values and trailing punctuation", "-1 = Unknown,<br>0 = None.", []string{
			`enummap enum @"-1 = Unknown,<br>0 = None"`,
			`  -1 "Unknown" @"-1 = Unknown"`,
			`  0 "None" @"0 = None"`,
		}},
		{"br only one pair: the whole description", "0 = Default", []string{
			`enummap enum @"0 = Default"`,
			`  0 "Default" @"0 = Default"`,
		}},
		{"br duplicate value keeps the first", "0 = A<br>0 = B<br>1 = C", []string{
			`enummap enum @"0 = A<br>0 = B<br>1 = C"`,
			`  0 "A" @"0 = A"`,
			`  1 "C" @"1 = C"`,
		}},
		{"br overflowing number is not a pair", "99999999999999999999 = Big<br>1 = A<br>2 = B", []string{
			`enummap enum @"1 = A<br>2 = B"`,
			`  1 "A" @"1 = A"`,
			`  2 "B" @"2 = B"`,
		}},
		{"br entity in name's surroundings", "0&nbsp;=&nbsp;Zero<br>1 = One", []string{
			`enummap enum @"0&nbsp;=&nbsp;Zero<br>1 = One"`,
			`  0 "Zero" @"0&nbsp;=&nbsp;Zero"`,
			`  1 "One" @"1 = One"`,
		}},
		{"br two runs", "0 = A<br>1 = B<br>and<br>5 = E<br>6 = F", []string{
			`enummap enum @"0 = A<br>1 = B"`,
			`  0 "A" @"0 = A"`,
			`  1 "B" @"1 = B"`,
			`enummap enum @"5 = E<br>6 = F"`,
			`  5 "E" @"5 = E"`,
			`  6 "F" @"6 = F"`,
		}},

		{"inline with list remark", "Account status: 1 = Active, 2 = Inactive (Use integers if import format is XML)", []string{
			`enummap enum @"1 = Active, 2 = Inactive"`,
			`  1 "Active" @"1 = Active"`,
			`  2 "Inactive" @"2 = Inactive"`,
		}},
		{"inline multi-word names ended by a sentence", "The TypeId defines the rule for how Value is interpreted. 1 = Category discount, 2 = DiscountCode on product. Cannot be changed.", []string{
			`enummap enum @"1 = Category discount, 2 = DiscountCode on product"`,
			`  1 "Category discount" @"1 = Category discount"`,
			`  2 "DiscountCode on product" @"2 = DiscountCode on product"`,
		}},
		{"inline after br lines", "Request serialization type.(Use the integer instead of the name for the xml content type)<br/><br/>0 = JSON, 1 = XML", []string{
			`enummap enum @"0 = JSON, 1 = XML"`,
			`  0 "JSON" @"0 = JSON"`,
			`  1 "XML" @"1 = XML"`,
		}},
		{"inline remark followed by a pair is the pair's doc", "1 = Small (up to 5 kg), 2 = Large", []string{
			`enummap enum @"1 = Small (up to 5 kg), 2 = Large"`,
			`  1 "Small" doc="up to 5 kg" @"1 = Small (up to 5 kg)"`,
			`  2 "Large" @"2 = Large"`,
		}},
		{"inline in parentheses", "The size (1 = Small, 2 = Large) of the box.", []string{
			`enummap enum @"1 = Small, 2 = Large"`,
			`  1 "Small" @"1 = Small"`,
			`  2 "Large" @"2 = Large"`,
		}},
		{"inline without spaces, semicolons", "1=On;2=Off", []string{
			`enummap enum @"1=On;2=Off"`,
			`  1 "On" @"1=On"`,
			`  2 "Off" @"2=Off"`,
		}},
		{"inline hyphenated and non-ASCII names", "1 = In-stock, 2 = Ärende", []string{
			`enummap enum @"1 = In-stock, 2 = Ärende"`,
			`  1 "In-stock" @"1 = In-stock"`,
			`  2 "Ärende" @"2 = Ärende"`,
		}},
		{"inline names with a number word", "1 = Tier 2, 2 = Tier 3.", []string{
			`enummap enum @"1 = Tier 2, 2 = Tier 3"`,
			`  1 "Tier 2" @"1 = Tier 2"`,
			`  2 "Tier 3" @"2 = Tier 3"`,
		}},
		{"two inline lists", "Size: 1 = Small, 2 = Large. Color: 1 = Red, 2 = Blue.", []string{
			`enummap enum @"1 = Small, 2 = Large"`,
			`  1 "Small" @"1 = Small"`,
			`  2 "Large" @"2 = Large"`,
			`enummap enum @"1 = Red, 2 = Blue"`,
			`  1 "Red" @"1 = Red"`,
			`  2 "Blue" @"2 = Blue"`,
		}},

		// Not mappings.
		{"open set", "The type of the pricelist. 0 is default. Other values are application specific.", nil},
		{"number on the right", "The value to check for on products. If TypeID = 1 then discounts are valid for all products belonging to Category with Category.Code = Value. If TypeId = 2 then the product's discount code is checked. Cannot be changed. MaxLength: 50", nil},
		{"example amount", "The actual discount percentage. Ex: 15.00 equals 15% discount.", nil},
		{"remark alone", "(Use integers if import format is XML)", nil},
		{"one inline pair", "Set 1 = Active.", nil},
		{"one br pair in prose", "Text<br>1 = A<br>More text", nil},
		{"inline list not ended cleanly", "1 = Active, which is normal, 2 = Inactive", nil},
		{"inline list glued to text", "1 = Active, 2 = Inactive=3", nil},
		{"names must start with a letter", "1 = 2, 3 = 4", nil},
		{"comparison", "1 == A, 2 == B", nil},
		{"number glued to a word", "A1 = Foo, B2 = Bar", nil},
		{"decimal", "1.5 = Half, 2.5 = More", nil},
		{"same value twice", "1 = Active, 1 = Inactive", nil},
		{"overflow inline", "99999999999999999999 = A, 99999999999999999998 = B", nil},
		{"unclosed remark in br", "0 = A (oops<br>1 = B", nil},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		got := render(t, tt.desc, EnumMapRule().Find(Parse(tt.desc)))
		diffLines(t, tt.name+": "+tt.desc, got, tt.want)
	}
}
