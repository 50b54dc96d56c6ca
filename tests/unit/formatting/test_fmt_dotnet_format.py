""".NET Framework format strings in en-US, with the examples of Microsoft's "Standard
numeric format strings", "Custom numeric format strings", "Standard date and time format
strings" and "Composite formatting" pages."""
from __future__ import annotations

import datetime as dt

import pytest

from cspshell.formatting.dotnet_format import (DotNetFormatError, composite_format, format_value,
                                               long_datetime)


@pytest.mark.parametrize("value, spec, expected", [
    (123.456, "C", "$123.46"), (123.456, "C3", "$123.456"), (-123.456, "C", "($123.46)"),
    (1234, "D", "1234"), (-1234, "D6", "-001234"),
    (1052.0329112756, "E", "1.052033E+003"), (1052.0329112756, "e", "1.052033e+003"),
    (1052.0329112756, "E2", "1.05E+003"),
    (1234.567, "F", "1234.57"), (-1234.56, "F4", "-1234.5600"), (1234, "F1", "1234.0"),
    (123.456, "G", "123.456"), (123.4546, "G4", "123.5"),
    (1234.567, "N", "1,234.57"), (1234, "N1", "1,234.0"), (-1234.56, "N3", "-1,234.560"),
    (1, "P", "100.00 %"), (-0.39678, "P1", "-39.7 %"),
    (255, "X", "FF"), (255, "x4", "00ff"),
    # .NET Framework rounds half away from zero on the 15 significant digits of a double
    (2.5, "F0", "3"), (1.005, "F2", "1.01"),
])
def test_standard_numeric(value, spec, expected):
    assert format_value(value, spec) == expected


@pytest.mark.parametrize("value, spec, expected", [
    (123, "00000", "00123"), (1.2, "0.00", "1.20"), (0.45678, "0.00", "0.46"),
    (1234567890, "#,#", "1,234,567,890"), (0.086, "#0.##%", "8.6%"),
    (1234567890, "#,##0,,", "1,235"),
    (-12.345, "#0.0#;(#0.0#);-\\0-", "(12.35)"), (0, "#0.0#;(#0.0#);-\\0-", "-0-"),
])
def test_custom_numeric(value, spec, expected):
    assert format_value(value, spec) == expected


DATE = dt.datetime(2009, 6, 15, 13, 45, 30)


@pytest.mark.parametrize("spec, expected", [
    ("d", "6/15/2009"), ("D", "Monday, June 15, 2009"), ("f", "Monday, June 15, 2009 1:45 PM"),
    ("F", "Monday, June 15, 2009 1:45:30 PM"), ("g", "6/15/2009 1:45 PM"), ("G", "6/15/2009 1:45:30 PM"),
    ("M", "June 15"), ("s", "2009-06-15T13:45:30"), ("t", "1:45 PM"), ("T", "1:45:30 PM"),
    ("u", "2009-06-15 13:45:30Z"), ("Y", "June 2009"),
    ("MM/dd/yyyy HH:mm", "06/15/2009 13:45"), ("ddd d MMM", "Mon 15 Jun"),
])
def test_datetime(spec, expected):
    assert format_value(DATE, spec) == expected


def test_get_date_long_form():
    assert long_datetime(dt.datetime(2026, 11, 25, 8, 55, 13)) == "Wednesday, November 25, 2026 8:55:13 AM"


def test_timespan():
    span = dt.timedelta(days=1, hours=2, minutes=3, seconds=4, milliseconds=500)
    assert format_value(span, "c") == "1.02:03:04.5000000"
    assert format_value(span, "g") == "1:2:03:04.5"
    assert format_value(span, "G") == "1:02:03:04.5000000"
    assert format_value(span, "hh\\:mm") == "02:03"


def test_composite_formatting():
    assert composite_format("{0,-10}|{1,5}|{{0}}", ["ab", "cd"]) == "ab        |   cd|{0}"
    assert composite_format("{0:N2} items", [1234.5]) == "1,234.50 items"
    with pytest.raises(DotNetFormatError):
        composite_format("{1}", ["a"])
    with pytest.raises(DotNetFormatError):
        composite_format("{0", ["a"])
