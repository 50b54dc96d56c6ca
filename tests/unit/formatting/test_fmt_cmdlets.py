"""Format-Table/List/Wide and Out-String/Out-File/Out-Host/Out-Null, driven as the engine
drives them. Expected texts follow reference 3.7/3.8, 1.4-1.6 and the 5.1 error strings
(FormatAndOut_format_xxx.resx, PathUtilsStrings)."""
from __future__ import annotations

import os

import pytest

from cspshell.errors import PSError
from cspshell.objects.psobject import PSHashtable

from tests.support.fakes import Block, FakeCtx, lines, obj, run


def rows(*values):
    return [obj(("Name", n), ("Number", v), ("Other", "o")) for n, v in values]


# --- Format-Table ------------------------------------------------------------------------------

def test_format_table_property_wildcard():
    out = lines(run("Format-Table", {"Property": "N*"}, rows(("a", 1), ("bb", 22))))
    assert out == ["", "Name Number", "---- ------", "a         1", "bb       22", "", ""]


def test_format_table_keeps_missing_names_as_empty_columns():
    out = lines(run("Format-Table", {"Property": ["Name", "Missing"]}, rows(("a", 1))))
    assert out == ["", "Name Missing", "---- -------", "a           ", "", ""]


def test_format_table_calculated_column():
    column = PSHashtable([("Label", "Up"), ("Expression", Block(lambda o: o.get("Number") * 3)),
                          ("Width", 5), ("Alignment", "Right")])
    out = lines(run("Format-Table", {"Property": [column]}, rows(("a", 1))))
    assert out == ["", "   Up", "   --", "    3", "", ""]


def test_format_table_script_block_label_is_its_text():
    out = lines(run("Format-Table", {"Property": [Block(lambda o: 1, " $_.a ")]}, rows(("a", 1))))
    assert out[1] == " $_.a "


def test_format_table_format_string():
    column = PSHashtable([("e", "Number"), ("FormatString", "N2")])
    out = lines(run("Format-Table", {"Property": [column]}, rows(("a", 1234.5))))
    assert out[3] == "1,234.50"


def test_format_table_hide_table_headers():
    # Pester: [pscustomobject]@{a=1;b=2} | Format-Table -HideTableHeaders -> "1 2"
    out = lines(run("Format-Table", {"HideTableHeaders": True}, [obj(("a", 1), ("b", 2))]))
    assert out == ["", "1 2", "", ""]


def test_format_table_autosize_reads_every_row():
    from cspshell.formatting.out_default import LineRenderer
    records = run("Format-Table", {"AutoSize": True}, [obj(("a", "x")), obj(("a", "y")), obj(("a", "zzzz"))])
    renderer = LineRenderer(119, lookahead=1)
    out = [line for record in records for line in renderer.feed(record)] + renderer.close()
    assert out == ["", "a   ", "-   ", "x   ", "y   ", "zzzz", "", ""]


def test_format_table_group_by():
    items = [obj(("Kind", "a"), ("N", 1)), obj(("Kind", "a"), ("N", 22)), obj(("Kind", "b"), ("N", 3))]
    out = lines(run("Format-Table", {"Property": "N", "GroupBy": "kind"}, items))
    assert out == ["",
                   "", "   Kind: a", "", " N", " -", " 1", "22", "",
                   "", "   Kind: b", "", "N", "-", "3", "",
                   ""]


def test_format_table_strings_stay_out_of_band():
    assert lines(run("Format-Table", {}, ["a", "b"])) == ["a", "b"]


def test_format_table_force_formats_strings():
    # Pester: "hello" | Format-Table -Property foo -Force -> header "foo", dashes, blank row
    out = lines(run("Format-Table", {"Property": "foo", "Force": True}, ["hello"]))
    assert out == ["", "foo", "---", "   ", "", ""]


def test_view_and_property_are_exclusive():
    with pytest.raises(PSError) as err:
        run("Format-Table", {"Property": "a", "View": "x"}, [obj(("a", 1))])
    assert err.value.record.message == "Cmdlet parameters View and Property are mutually exclusive."
    assert err.value.record.fully_qualified_error_id == \
        "FormatCannotSpecifyViewAndProperty,Microsoft.PowerShell.Commands.FormatTableCommand"


def test_unknown_view_name():
    with pytest.raises(PSError) as err:
        run("Format-Table", {"View": "bar"}, [obj(("a", 1))])
    assert err.value.record.message == ("The view name bar cannot be found. There are no existing Table "
                                        "views for System.Management.Automation.PSCustomObject objects.")
    assert err.value.record.error_id == "FormatViewNotFound"


def test_bad_calculated_property_key():
    with pytest.raises(PSError) as err:
        run("Format-Table", {"Property": [PSHashtable([("foo", 1)])]}, [obj(("a", 1))])
    assert err.value.record.message == "The foo key is not valid."
    assert err.value.record.error_id == "DictionaryKeyIllegal"


def test_display_error_shows_err():
    failing = Block(lambda o: (_ for _ in ()).throw(PSError(_record("div"))), " $_ / $null ")
    out = lines(run("Format-Wide", {"Property": failing, "DisplayError": True}, [obj(("a", 1))]))
    assert "#ERR" in out[2]


def _record(message):
    from cspshell.errors import ErrorRecord
    return ErrorRecord(message=message, error_id="X")


# --- Format-List -------------------------------------------------------------------------------

def test_format_list_star_and_label():
    item = obj(("Name", "n"), ("Value", 2))
    assert lines(run("Format-List", {"Property": "*"}, [item]))[2:4] == ["Name  : n", "Value : 2"]
    label = PSHashtable([("Label", "Twice"), ("Expression", Block(lambda o: o.get("Value") * 2))])
    assert lines(run("Format-List", {"Property": [label]}, [item]))[2] == "Twice : 4"


def test_format_list_drops_missing_properties():
    out = lines(run("Format-List", {"Property": ["Name", "Missing"]}, [obj(("Name", "n"))]))
    assert out == ["", "", "Name : n", "", "", ""]


def test_format_list_of_a_hashtable():
    # Pester: "Name  : array" then "Value : {0, 1, 2, 3...}"
    out = lines(run("Format-List", {}, [PSHashtable([("array", list(range(256)))])]))
    assert out[2:4] == ["Name  : array", "Value : {0, 1, 2, 3...}"]


# --- Format-Wide -------------------------------------------------------------------------------

def named(*names):
    return [obj(("Name", n), ("Size", 1)) for n in names]


def test_format_wide_default_two_columns():
    out = lines(run("Format-Wide", {}, named("a", "b", "c")))
    assert out == ["", "", "a".ljust(59) + " " + "b".ljust(59), "c".ljust(59) + " " + "".ljust(59), "", ""]


def test_format_wide_columns():
    out = lines(run("Format-Wide", {"Column": 3}, named("a", "b", "c")))
    assert out[2] == "a".ljust(39) + " " + "b".ljust(39) + " " + "c".ljust(39)


def test_format_wide_autosize_fits_the_longest_value():
    out = lines(run("Format-Wide", {"AutoSize": True}, named("aaaaaaaaaa", "b")))
    # ten 10-character values fit in 119 columns; the ten columns share the screen (11 each)
    assert out[2] == "aaaaaaaaaa".ljust(11) + " " + "b".ljust(11) + (" " + " " * 11) * 8


def test_format_wide_autosize_and_column_are_exclusive():
    with pytest.raises(PSError) as err:
        run("Format-Wide", {"AutoSize": True, "Column": 2}, named("a"))
    assert err.value.record.message == "Cmdlet parameters AutoSize and Column are mutually exclusive."


# --- Out-String / Out-Host / Out-Null ----------------------------------------------------------

def test_out_string_joins_lines_with_newlines():
    assert run("Out-String", {}, ["a"]) == ["a\r\n"]
    assert run("Out-String", {}, []) == [""]


def test_out_string_stream_and_width():
    assert run("Out-String", {"Stream": True}, [obj(("n", 1))]) == ["", "n", "-", "1", "", ""]
    text = run("Out-String", {"Width": 40}, [PSHashtable([("a", 1)])])[0]
    assert text.split("\r\n")[1] == "Name".ljust(30) + " " + "Value".ljust(9)


def test_out_string_width_must_be_at_least_two():
    with pytest.raises(PSError) as err:
        run("Out-String", {"Width": 1}, ["a"])
    assert err.value.record.error_id == "ParameterArgumentValidationError"


def test_out_host_writes_lines_to_the_host():
    ctx = FakeCtx()
    assert run("Out-Host", {}, [obj(("n", 1)), "x"], ctx) == []
    assert ctx.host_lines == ["", "n", "-", "1", "x", "", ""]


def test_out_null_swallows_everything():
    assert run("Out-Null", {}, [1, obj(("a", 1))]) == []


# --- Out-File -----------------------------------------------------------------------------------

def test_out_file_default_is_unicode_with_bom(ctx):
    run("Out-File", {"FilePath": "out.txt"}, ["héllo"], ctx)
    data = open(os.path.join(ctx.cwd, "out.txt"), "rb").read()
    assert data == b"\xff\xfe" + "héllo\r\n".encode("utf-16-le")


def test_out_file_encodings_and_append(ctx):
    run("Out-File", {"FilePath": "a.txt", "Encoding": "utf8"}, ["one"], ctx)
    run("Out-File", {"FilePath": "a.txt", "Encoding": "utf8", "Append": True}, ["two"], ctx)
    assert open(os.path.join(ctx.cwd, "a.txt"), "rb").read() == b"\xef\xbb\xbfone\r\ntwo\r\n"
    run("Out-File", {"FilePath": "b.txt", "Encoding": "ascii", "NoNewline": True}, ["é", "x"], ctx)
    assert open(os.path.join(ctx.cwd, "b.txt"), "rb").read() == b"?x"


def test_out_file_formats_like_the_console(ctx):
    run("Out-File", {"FilePath": "t.txt", "Encoding": "ascii", "Width": 20}, [PSHashtable([("k", 1)])], ctx)
    text = open(os.path.join(ctx.cwd, "t.txt"), encoding="ascii", newline="").read()
    # Width 20: Name 30 does not fit, so Value is hidden and Name trimmed to 20
    assert text.split("\r\n")[1:4] == ["Name".ljust(20), "----".ljust(20), "k".ljust(20)]


def test_out_file_no_clobber(ctx):
    run("Out-File", {"FilePath": "x.txt"}, ["1"], ctx)
    with pytest.raises(PSError) as err:
        run("Out-File", {"FilePath": "x.txt", "NoClobber": True}, ["2"], ctx)
    assert err.value.record.message == "The file 'C:\\Users\\Administrator\\x.txt' already exists."
    assert err.value.record.error_id == "NoClobber"


def test_out_file_missing_folder(ctx):
    with pytest.raises(PSError) as err:
        run("Out-File", {"FilePath": os.path.join("no", "such", "f.txt")}, ["1"], ctx)
    assert err.value.record.message.startswith("Could not find a part of the path '")
    assert err.value.record.error_id == "FileOpenFailure"


def test_out_file_is_atomic(ctx):
    target = os.path.join(ctx.cwd, "keep.txt")
    run("Out-File", {"FilePath": "keep.txt", "Encoding": "ascii"}, ["old"], ctx)
    info_cmd = _started_out_file(ctx, "keep.txt")
    # mid-way the old content is still in place and only one temporary file exists beside it
    assert open(target, "rb").read() == b"old\r\n"
    assert len(os.listdir(ctx.cwd)) == 2
    list(info_cmd.end() or [])
    assert open(target, "rb").read() == b"new\r\n"
    assert os.listdir(ctx.cwd) == ["keep.txt"]


def _started_out_file(ctx, name):
    from cspshell.cmdlets import registry
    from tests.support.fakes import Invocation
    info = registry.lookup("Out-File")
    cmd = info.impl(ctx, Invocation("Out-File"), {"FilePath": name, "Encoding": "ascii"})
    cmd.begin()
    cmd.input = "new"
    cmd.process()
    return cmd


# --- grouping of lists, error display, collection expansion ----------------------------------

def test_format_list_group_by_blank_lines():
    # 5.1: format start blank; group: blank, label, blank; the list's own blank; entries
    # each followed by a blank; group end blank; format end blank
    items = [obj(("K", "a"), ("x", 1)), obj(("K", "b"), ("x", 2))]
    out = lines(run("Format-List", {"Property": "x", "GroupBy": "K"}, items))
    assert out == ["",
                   "", "   K: a", "", "", "x : 1", "", "",
                   "", "   K: b", "", "", "x : 2", "", "",
                   ""]


def test_show_error_writes_the_failure_out_of_band(monkeypatch):
    from cspshell.formatting import out_default
    monkeypatch.setattr(out_default, "_render_error", lambda rec, width: [rec.message])
    failing = Block(lambda o: (_ for _ in ()).throw(PSError(_record("div"))), " $_ / $null ")
    out = lines(run("Format-Wide", {"Property": failing, "ShowError": True}, [obj(("a", 1))]))
    assert 'Failed to evaluate expression " $_ / $null ".' in out


def test_expand_both_describes_the_collection():
    records = run("Format-Table", {"Expand": "Both"}, [[obj(("a", 1)), obj(("a", 2))]])
    out = lines(records)
    assert out[0] == "The following object supports IEnumerable:"
    assert "The IEnumerable contains the following 2 objects:" in out


def test_entries_out_of_sequence_report_the_5_1_error(monkeypatch):
    from cspshell.formatting import out_default
    from cspshell.formatting.records import TableRow
    monkeypatch.setattr(out_default, "_render_error", lambda rec, width: [rec.message])
    assert lines([TableRow(("x",))]) == [
        'The object of type "Microsoft.PowerShell.Commands.Internal.Format.FormatEntryData" is not '
        'valid or not in the correct sequence. This is likely caused by a user-specified "format-*" '
        'command which is conflicting with the default formatting.']
