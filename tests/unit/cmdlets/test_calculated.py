"""Calculated-property hashtables (MshParameter.cs and FormatAndOut_MshParameter.resx, 5.1)."""
import pytest

from cspshell.cmdlets.calculated import (FORMAT_TABLE, GROUP, SELECT, SORT, PropertySpecError,
                                         parse_properties, parse_property)
from cspshell.objects.psobject import PSHashtable, PSObject

from tests.support.fakes import Block


def table(*pairs):
    return PSHashtable(pairs)


def test_name_and_expression_by_prefix():
    spec = parse_property(table(("n", "Upper"), ("e", Block(lambda o: o.get("a").upper(), "$_.a.ToUpper()"))), SELECT)
    assert spec.label == "Upper"
    assert spec.values(PSObject([("a", "x")]))[0].value == "X"


def test_label_is_an_alias_of_name_for_select():
    assert parse_property(table(("Label", "L"), ("Expression", "a")), SELECT).label == "L"


def test_format_table_keys():
    spec = parse_property(table(("l", "Col"), ("e", "a"), ("w", 10), ("a", "r")), FORMAT_TABLE)
    assert spec.label == "Col" and spec.options == {"width": 10, "alignment": "right"}


@pytest.mark.parametrize("value,keys,message,error_id", [
    (table(("x", 1)), SELECT, "The x key is not valid.", "DictionaryKeyIllegal"),
    (table(("n", "a")), SELECT, "A mandatory entry for expression is missing.", "DictionaryKeyMandatoryEntry"),
    (table(("n", 5), ("e", "a")), SELECT,
     'The "n" key has a type, System.Int32, that is not valid; expected type is System.String.',
     "DictionaryKeyIllegalValue2"),
    (table(("e", 5)), SELECT,
     'The "e" key has a type, System.Int32, that is not valid; expected types are '
     "{System.String, System.Management.Automation.ScriptBlock}.", "DictionaryKeyIllegalValue1"),
    (5, SELECT, "Cannot convert System.Int32 to one of the following types "
                "{System.String, System.Management.Automation.ScriptBlock}.", "DictionaryKeyUnknownType"),
    ("", SELECT, "An empty string value is not allowed.", "ExpressionEmptyString2"),
    ("Na*", GROUP, 'Wildcard characters are not allowed in "Na*".', "ExpressionGlobbing2"),
    (table(("e", "a"), ("w", 0)), FORMAT_TABLE, 'The value "0" for key "width" should be greater than 0.',
     "WidthOutOfRange"),
    (table(("e", "a"), ("alignment", "middle")), FORMAT_TABLE,
     'The value "middle" for key "alignment" is not valid; valid values are {left, center, right}.',
     "AlignmentIllegalValue"),
    (table(("n", "x"), ("name", "y"), ("e", "a")), SELECT, 'The duplicated key "n" conflicts with "name".',
     "DictionaryKeyDuplicate"),
])
def test_errors(value, keys, message, error_id):
    with pytest.raises(PropertySpecError) as info:
        parse_property(value, keys)
    assert (info.value.message, info.value.error_id) == (message, error_id)


def test_ambiguous_prefix_names_the_two_keys():
    # A key matching two definitions is reported with both names, in definition order.
    keys = (SORT[0], SORT[1], SORT[1].__class__("asc2", types=()))
    with pytest.raises(PropertySpecError) as info:
        parse_property(table(("e", "x"), ("as", True)), keys)
    assert info.value.message == "The as key is ambiguous; ascending and asc2 conflict."


def test_wildcard_names_resolve_in_property_order():
    obj = PSObject([("PrimaryPoolFqdn", 1), ("BackupPoolFqdn", 2), ("PrimaryPoolMachines", 3)])
    spec = parse_properties(["Primary*"], SELECT)[0]
    assert spec.resolve_names(obj) == ["PrimaryPoolFqdn", "PrimaryPoolMachines"]


def test_script_block_display_name_is_its_text():
    spec = parse_property(Block(lambda o: 1, " $_.a "), SELECT)
    assert spec.display_name == " $_.a "
