"""How single values read in cells and list entries (reference 1.7, and the Format-Table /
Format-List Pester tests of PowerShell v6.1.0 for $FormatEnumerationLimit)."""
from __future__ import annotations

import datetime as dt

import pytest

from cspshell.objects.psobject import PSHashtable
from cspshell.formatting.values import display_string, is_right_aligned, is_scalar

from tests.support.fakes import obj


@pytest.mark.parametrize("limit, expected", [
    (4, "{1, 2, 3, 4...}"),      # default limit, ellipsis glued to the 4th item
    (1, "{1...}"),               # Pester "Format-Table with Less Count"
    (2, "{1, 2...}"),
    (10, "{1, 2, 3, 4, 5}"),     # Pester "More Count": everything
    (-1, "{1, 2, 3, 4, 5}"),     # negative: no limit
    (0, "{...}"),                # Pester (pending on #888) "Zero Count"
])
def test_enumeration_limit(limit, expected):
    assert display_string([1, 2, 3, 4, 5], limit) == expected


def test_equal_count_shows_no_ellipsis():
    # Pester "Format-Table with Equal Count": limit 2, two items -> {1, 2}
    assert display_string([1, 2], 2) == "{1, 2}"


def test_array_of_0_to_255():
    # Pester "Format-Table with array should work": {0, 1, 2, 3...}
    assert display_string(list(range(256)), 4) == "{0, 1, 2, 3...}"


def test_element_names():
    assert display_string([None, True, 1.5, "x"]) == "{$null, True, 1.5, x}"
    assert display_string([]) == "{}"
    assert display_string(["string1", "string2"]) == "{string1, string2}"


def test_hashtable_value_lists_its_keys():
    assert display_string(PSHashtable([("a", 1), ("b", 2)])) == "{a, b}"


def test_nested_custom_object():
    assert display_string(obj(("Name", "x"), ("Size", 3))) == "@{Name=x; Size=3}"
    assert display_string(obj(("a", None), ("b", 2))) == "@{a=; b=2}"


def test_objects_with_their_own_tostring_inside_braces():
    # the seed: PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}
    machine = lambda mid: obj(("MachineId", mid), ("Fqdn", "x"), typename="Machine",  # noqa: E731
                              tostring=lambda o: o.get("MachineId"))
    assert display_string([machine("1:5-2"), machine("1:5-1")]) == "{1:5-2, 1:5-1}"


def test_regex_matches_are_named_by_their_name_property():
    """Select-String.md Example 9: a Match's Groups and Captures read {0} (Group does not declare ToString)."""
    match = obj(("Success", True), ("Name", "0"), ("Value", "PowerShell"),
                typename="System.Text.RegularExpressions.Match", tostring=lambda o: o.get("Value"))
    assert display_string([match]) == "{0}"


def test_scalars():
    assert display_string(None) == ""
    assert display_string("") == ""
    assert display_string(True) == "True"
    assert display_string(False) == "False"
    # .NET Framework doubles: 15 significant digits
    assert display_string(0.1 + 0.2) == "0.3"
    assert display_string(1 / 3) == "0.333333333333333"


def test_datetime_uses_en_us_culture():
    assert display_string(dt.datetime(2026, 11, 25, 8, 55, 13)) == "11/25/2026 8:55:13 AM"


def test_other_objects_show_their_type_name():
    assert display_string(obj(("Count", 1), typename="Microsoft.PowerShell.Commands.GroupInfo")) \
        == "Microsoft.PowerShell.Commands.GroupInfo"


def test_scalar_types_and_alignment():
    assert is_scalar("a") and is_scalar(1) and is_scalar(2.5) and is_scalar(True)
    assert not is_scalar(obj(("a", 1)))
    assert is_right_aligned(123) and is_right_aligned(True) and is_right_aligned(1.5)
    assert not is_right_aligned("abc") and not is_right_aligned(None) and not is_right_aligned([1])
