"""Plain values that carry note properties (PowerShell's PSObject wrapping a .NET value):
Compare-Object -PassThru on a Boolean (Compare-Object.md Example 3), Add-Member on a string.
The wrapped value still is, prints as and compares as the plain value (about_PSObject)."""
from __future__ import annotations

from cspshell.objects.convert import compare, equals, to_bool, to_number, to_string, type_name, type_names
from cspshell.objects.members import get_property, property_names, set_property
from cspshell.objects.psobject import NotedBool, PSHashtable, base_value, with_notes


def side(value, indicator="=="):
    return with_notes(value, [("SideIndicator", indicator)])


def test_a_boolean_keeps_its_value_and_type():
    yes, no = side(True), side(False)
    assert isinstance(yes, NotedBool)
    assert to_bool(yes) is True and to_bool(no) is False
    assert to_string(yes) == "True" and to_string(no) == "False"
    assert type_name(no) == "System.Boolean"
    assert type_names(no) == ["System.Boolean", "System.ValueType", "System.Object"]
    assert base_value(no) is False


def test_a_boolean_compares_as_the_boolean():
    yes, no = side(True), side(False)
    assert equals(yes, True) and equals(True, yes) and equals(no, False) and not equals(no, True)
    assert equals(yes, "False")              # a non-empty string converts to $true
    assert equals(1, yes)                    # $true converts to 1
    assert compare(no, yes) == -1 and compare(yes, no) == 1 and compare(yes, True) == 0
    assert to_number(yes) == 1


def test_a_boolean_is_one_hashtable_key_with_the_plain_value():
    table = PSHashtable()
    table[side(True)] = 1
    assert table[True] == 1


def test_the_note_is_a_property():
    value = side(False, "<=")
    assert get_property(value, "sideindicator") == "<="
    assert property_names(value) == ["SideIndicator"]
    assert set_property(value, "SideIndicator", "=>") and get_property(value, "SideIndicator") == "=>"


def test_existing_notes_are_kept_unless_replaced():
    value = side("text", "<=")
    assert with_notes(value, [("SideIndicator", "==")]) is value
    assert get_property(value, "SideIndicator") == "<="
    with_notes(value, [("SideIndicator", "==")], replace=True)
    assert get_property(value, "SideIndicator") == "=="


def test_strings_and_numbers_stay_subclasses_of_their_type():
    text, number = side("abc"), side(42)
    assert text == "abc" and isinstance(text, str) and base_value(text) == "abc" and type(base_value(text)) is str
    assert number + 1 == 43 and type(base_value(number)) is int


def test_other_values_come_back_unchanged():
    table = PSHashtable()
    assert with_notes(table, [("x", 1)]) is table
    assert with_notes(None, [("x", 1)]) is None
