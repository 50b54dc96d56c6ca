"""Out-Default's choices (reference 1.1-1.4, 1.8 and the 5.1 views): scalars out of band,
tables or lists by property count, the first object fixing the table, registered views,
blank lines, and streaming."""
from __future__ import annotations

import datetime as dt
import os

from cspshell.errors import ErrorRecord
from cspshell.formatting import out_default
from cspshell.formatting.out_default import LineRenderer, format_stream
from cspshell.formatting.views import match_info_text
from cspshell.objects.psobject import PSHashtable

from tests.support.fakes import lines, obj


# --- 1.1 scalars are written out of band ---------------------------------------------------

def test_scalars_print_as_plain_lines():
    assert lines(["hello"]) == ["hello"]
    assert lines([1, 2, 3]) == ["1", "2", "3"]
    assert lines([True, False]) == ["True", "False"]
    assert lines([None]) == []
    assert lines([""]) == [""]
    assert lines(["a\nb"]) == ["a", "b"]
    assert lines([0.1 + 0.2]) == ["0.3"]


def test_scalars_inside_a_table_do_not_end_it():
    out = lines([obj(("a", 1)), "str", obj(("a", 22))])
    assert out == ["", " a", " -", " 1", "str", "22", "", ""]


def test_arrays_are_enumerated():
    assert lines([[1, [2, 3]]]) == ["1", "2", "3"]


# --- 1.2 / 1.3 table or list, first object wins ---------------------------------------------

def test_four_properties_make_a_table_five_a_list():
    four = obj(("a", 1), ("b", 2), ("c", 3), ("d", 4))
    five = obj(("a", 1), ("b", 2), ("c", 3), ("d", 4), ("e", 5))
    assert lines([four])[1] == "a b c d"
    assert lines([five])[:3] == ["", "", "a : 1"]


def test_first_object_fixes_the_columns():
    out = lines([obj(("a", 1), ("b", "x")), obj(("a", 2), ("c", "ignored"))])
    assert out == ["", "a b", "- -", "1 x", "2  ", "", ""]


def test_object_a_view_does_not_apply_to_comes_out_as_a_list():
    out = lines([PSHashtable([("k", 1)]), obj(("x", 1))])
    assert out[4:7] == ["", "x : 1", ""]
    assert out[-2:] == ["", ""]


# --- 1.8 and the registered views -------------------------------------------------------------

def test_hashtable_view():
    # Name 30 wide, Value takes the rest of 119 columns: 88; every column padded
    assert lines([PSHashtable([("a", 1), ("bb", [1, 2, 3, 4, 5])])]) == [
        "",
        "Name".ljust(30) + " " + "Value".ljust(88),
        "----".ljust(30) + " " + "-----".ljust(88),
        "a".ljust(30) + " " + "1".ljust(88),
        "bb".ljust(30) + " " + "{1, 2, 3, 4...}".ljust(88),
        "", "",
    ]


def test_group_info_view():
    group = obj(("Count", 2), ("Name", "a"), ("Group", [1, 2]), ("Values", ["a"]),
                typename="Microsoft.PowerShell.Commands.GroupInfo")
    assert lines([group]) == [
        "",
        "Count " + "Name".ljust(25) + " " + "Group".ljust(87),
        "----- " + "----".ljust(25) + " " + "-----".ljust(87),
        "    2 " + "a".ljust(25) + " " + "{1, 2}".ljust(87),
        "", "",
    ]


def test_get_member_grouped_table():
    def member(name, member_type, definition):
        return obj(("TypeName", "System.String"), ("Name", name), ("MemberType", member_type),
                   ("Definition", definition), typename="Microsoft.PowerShell.Commands.MemberDefinition")
    out = lines([member("Clone", "Method", "System.Object Clone()"),
                 member("Length", "Property", "int Length {get;}")])
    # format start, then the group: blank, "   TypeName: X", blank, auto-sized table, blank
    assert out == [
        "", "", "   TypeName: System.String", "",
        "Name   MemberType Definition           ",
        "----   ---------- ----------           ",
        "Clone  Method     System.Object Clone()",
        "Length Property   int Length {get;}    ",
        "", "",
    ]


def test_datetime_shows_long_date_and_time():
    assert lines([dt.datetime(2026, 11, 25, 8, 55, 13)]) == [
        "", "Wednesday, November 25, 2026 8:55:13 AM", "", ""]


def test_timespan_list_view():
    out = lines([dt.timedelta(hours=1)])
    assert out[2:5] == ["Days              : 0", "Hours             : 1", "Minutes           : 0"]
    assert "TotalDays         : 0.0416666666666667" in out
    assert out[-3:] == ["", "", ""]


def test_command_info_view():
    cmd = obj(("CommandType", "Cmdlet"), ("Name", "Get-CsPool"), ("Version", "4.0.0.0"),
              ("Source", "Lync"), ("Definition", "x"), typename="System.Management.Automation.CmdletInfo")
    out = lines([cmd])
    assert out[1] == "CommandType".ljust(15) + " " + "Name".ljust(50) + " " + "Version".ljust(10) + " " + "Source".ljust(41)
    assert out[3].startswith("Cmdlet          Get-CsPool")


def test_variable_view():
    var = obj(("Name", "x"), ("Value", 5), ("Description", ""), ("Options", "None"),
              ("Attributes", []), typename="System.Management.Automation.PSVariable")
    assert lines([var])[3] == "x".ljust(30) + " " + "5".ljust(88)


def test_match_info_shows_its_line():
    match = obj(("Line", "hello"), ("LineNumber", 1), typename="Microsoft.PowerShell.Commands.MatchInfo",
                tostring=lambda o: o.get("Line"))
    assert lines([match]) == ["", "hello", "", ""]


def test_match_info_view_shows_a_file_match_relative_to_the_location():
    """The 5.1 MatchInfo view calls $_.ToString((Get-Location).Path); ToString() keeps the full path."""
    path = "C:\\Users\\Administrator\\Command.txt"  # the shell's location when it starts
    context = obj(("DisplayPreContext", ["one"]), ("DisplayPostContext", []))
    match = obj(("LineNumber", 2), ("Line", "two"), ("Path", path), ("Context", context),
                typename="Microsoft.PowerShell.Commands.MatchInfo")
    assert lines([match]) == ["", "  Command.txt:1:one", "> Command.txt:2:two", "", ""]
    assert match_info_text(match) == f"  {path}:1:one\r\n> {path}:2:two"


# --- errors, records and streaming -----------------------------------------------------------

def test_error_records_are_rendered_inline(monkeypatch):
    monkeypatch.setattr(out_default, "_render_error", lambda rec, width: [f"{rec.message} ({width})"])
    record = ErrorRecord(message="boom", error_id="X")
    assert lines([obj(("a", 1)), record, obj(("a", 2))]) == ["", "a", "-", "1", "boom (120)", "2", "", ""]


def test_format_records_and_raw_objects_share_one_output():
    from tests.support.fakes import run
    records = run("Format-List", {}, [obj(("x", 1))])
    out = lines([obj(("a", 1))] + records)
    # the default table is closed (2 blanks) before the Format-List sequence starts
    assert out == ["", "a", "-", "1", "", "", "", "", "x : 1", "", "", ""]


def test_format_stream_uses_console_width_minus_one():
    out = list(format_stream([PSHashtable([("a", 1)])], 120))
    assert len(out[1]) == 119
    assert list(format_stream([obj(("n", 1))], 80)) == ["", "n", "-", "1", "", ""]


def test_tables_stream_after_the_lookahead():
    renderer = LineRenderer(119, lookahead=2)
    assert renderer.feed(obj(("a", "x"))) == [""]
    produced = renderer.feed(obj(("a", "yy")))
    # after two rows the widths are fixed and everything so far is written
    assert produced == ["a ", "- ", "x ", "yy"]
    # later rows are cut to those widths
    assert renderer.feed(obj(("a", "zzzzzz"))) == ["zz"]
    assert renderer.close() == ["", ""]
