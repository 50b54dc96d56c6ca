"""ConvertTo/From-Json, CSV, HTML and *-Content (5.1 sources, docs and issue #2736)."""
import os

import pytest

from cspshell.errors import PSError
from cspshell.objects.psobject import PSHashtable, PSObject

from tests.support.fakes import run


def lf(text):
    return text.replace("\r\n", "\n")


def test_json_5_1_layout_issue_2736():
    # the issue's literal @{ first = "a"; second = "bbbbbbbb" }: .NET's hash order lists second first
    value = PSHashtable([("dan", 15), ("foo", PSHashtable([("first", "a"), ("second", "bbbbbbbb")]))], ordered=True)
    out = run("ConvertTo-Json", {}, [value])[0]
    assert "\r\n" in out
    assert lf(out) == ('{\n    "dan":  15,\n    "foo":  {\n                "second":  "bbbbbbbb",\n'
                       '                "first":  "a"\n            }\n}')


def test_json_compress_and_null():
    assert run("ConvertTo-Json", {"Compress": True}, [PSObject([("prop", None)])]) == ['{"prop":null}']


def test_json_several_inputs_make_an_array_and_empty_array_layout():
    out = run("ConvertTo-Json", {}, [1, "a", []])[0]
    assert lf(out) == '[\n    1,\n    "a",\n    [\n\n    ]\n]'


def test_json_depth_truncates_to_strings():
    deep = PSObject([("a", PSObject([("b", PSObject([("c", PSObject([("d", 1)])), ("l", [1, 2])]))]))])
    out = run("ConvertTo-Json", {"Compress": True}, [deep])[0]
    assert out == '{"a":{"b":{"c":"@{d=1}","l":"1 2"}}}'
    assert run("ConvertTo-Json", {"Compress": True, "Depth": 1}, [PSObject([("h", PSObject([("x", PSHashtable())]))])]) \
        == ['{"h":{"x":"System.Collections.Hashtable"}}']


def test_json_strings_escape_like_javascriptserializer():
    assert run("ConvertTo-Json", {}, ["it's <b>&\"\n"]) == ['"it\\u0027s \\u003cb\\u003e\\u0026\\"\\n"']


def test_json_numbers_and_bools():
    assert run("ConvertTo-Json", {"Compress": True}, [[1.5, 1e20, True, 2.0]]) == ["[1.5,1E+20,true,2]"]


def test_convertfrom_json_objects_and_unenumerated_arrays():
    out = run("ConvertFrom-Json", {}, ['{"Name":"x","Size":3,"Ratio":1.5,"Tags":["a","b"]}'])
    item = out[0]
    assert item.names() == ["Name", "Size", "Ratio", "Tags"]
    assert (item.get("Name"), item.get("Size"), item.get("Tags")) == ("x", 3, ["a", "b"])
    assert str(item.get("Ratio")) == "1.5"
    assert run("ConvertFrom-Json", {}, ["[1,2,3]"]) == [[1, 2, 3]]  # one object in 5.1


def test_convertfrom_json_joins_input_lines():
    assert run("ConvertFrom-Json", {}, ["{", '"a": 1', "}"])[0].get("a") == 1


def test_convertfrom_json_invalid():
    with pytest.raises(PSError) as info:
        run("ConvertFrom-Json", {}, ["abc"])
    assert info.value.record.message == "Invalid JSON primitive: abc."


def test_csv_type_line_quotes_and_nulls():
    rows = run("ConvertTo-Csv", {}, [PSObject([("a", 1), ("b", None), ("c", 'say "hi"')]), PSObject([("a", 2)])])
    assert rows == ['#TYPE System.Management.Automation.PSCustomObject', '"a","b","c"', '"1",,"say ""hi"""',
                    '"2",,']
    assert run("ConvertTo-Csv", {"NoTypeInformation": True}, [PSObject([("a", [1, 2])])]) == ['"a"',
                                                                                              '"System.Object[]"']


def test_convertfrom_csv():
    out = run("ConvertFrom-Csv", {}, ['"Name","Size"', 'x,3', '"y, z",4'])
    assert [list(o.items()) for o in out] == [[("Name", "x"), ("Size", "3")], [("Name", "y, z"), ("Size", "4")]]


def test_export_import_csv_round_trip(ctx):
    items = [PSObject([("Fqdn", "beta-ls14-ee1.beta.deitterick.com"), ("Id", "1:5-1")])]
    run("Export-Csv", {"Path": "m.csv"}, items, ctx)
    raw = open(os.path.join(ctx.cwd, "m.csv"), "rb").read()
    assert raw == (b'#TYPE System.Management.Automation.PSCustomObject\r\n"Fqdn","Id"\r\n'
                   b'"beta-ls14-ee1.beta.deitterick.com","1:5-1"\r\n')
    back = run("Import-Csv", {"Path": ["m.csv"]}, None, ctx)
    assert list(back[0].items()) == [("Fqdn", "beta-ls14-ee1.beta.deitterick.com"), ("Id", "1:5-1")]
    assert back[0].typenames[0] == "CSV:System.Management.Automation.PSCustomObject"


def test_export_csv_append_writes_no_second_header(ctx):
    run("Export-Csv", {"Path": "a.csv", "NoTypeInformation": True}, [PSObject([("a", 1)])], ctx)
    run("Export-Csv", {"Path": "a.csv", "NoTypeInformation": True, "Append": True}, [PSObject([("a", 2)])], ctx)
    assert open(os.path.join(ctx.cwd, "a.csv"), "rb").read() == b'"a"\r\n"1"\r\n"2"\r\n'


def test_html_table():
    out = run("ConvertTo-Html", {"Property": ["a", "b"]}, [PSObject([("a", 1), ("b", "<x>")])])
    assert out == [
        '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
        '<html xmlns="http://www.w3.org/1999/xhtml">', "<head>", "<title>HTML TABLE</title>", "</head><body>",
        "<table>", "<colgroup><col/><col/></colgroup>", "<tr><th>a</th><th>b</th></tr>",
        "<tr><td>1</td><td>&lt;x&gt;</td></tr>", "</table>", "</body></html>"]
    assert run("ConvertTo-Html", {"Fragment": True}, [PSObject([("a", 1)])])[0] == "<table>"


def test_html_and_csv_show_an_array_by_its_dotnet_name():
    """ConvertTo-Html.Tests.ps1 @v6.0.0: Friends = ("Jack", "Jill") reads System.Object[]; the title is encoded."""
    friend = PSObject([("Name", "John Doe"), ("Friends", ["Jack", "Jill"])])
    out = run("ConvertTo-Html", {"Title": "<Custom>", "As": "List"}, [friend])
    assert out[3] == "<title>&lt;Custom&gt;</title>"
    assert "<tr><td>Friends:</td><td>System.Object[]</td></tr>" in out
    assert run("ConvertTo-Csv", {"NoTypeInformation": True}, [friend])[1] == '"John Doe","System.Object[]"'


def test_set_add_get_content(ctx):
    run("Set-Content", {"Path": ["t.txt"], "Value": ["l1", "l2"]}, None, ctx)
    run("Add-Content", {"Path": ["t.txt"], "Value": ["l3"]}, None, ctx)
    assert open(os.path.join(ctx.cwd, "t.txt"), "rb").read() == b"l1\r\nl2\r\nl3\r\n"
    assert run("Get-Content", {"Path": ["t.txt"]}, None, ctx) == ["l1", "l2", "l3"]
    assert run("Get-Content", {"Path": ["t.txt"], "TotalCount": 1}, None, ctx) == ["l1"]
    assert run("Get-Content", {"Path": ["t.txt"], "Tail": 1}, None, ctx) == ["l3"]
    assert run("Get-Content", {"Path": ["t.txt"], "Raw": True}, None, ctx) == ["l1\r\nl2\r\nl3\r\n"]


def test_get_content_missing_file(ctx):
    assert run("Get-Content", {"Path": ["nope.txt"]}, None, ctx) == []
    # 5.1 names the file by its full Windows path, never the host's
    assert ctx.errors[0].message == "Cannot find path 'C:\\Users\\Administrator\\nope.txt' because it does not exist."
    assert ctx.errors[0].error_id == "PathNotFound"


def test_writes_leave_no_temporary_files(ctx):
    run("Set-Content", {"Path": ["t.txt"], "Value": ["x"]}, None, ctx)
    assert os.listdir(ctx.cwd) == ["t.txt"]
