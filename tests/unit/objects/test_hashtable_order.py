"""Hashtable enumeration order as Windows PowerShell 5.1 (.NET Framework 4.x, 64-bit) shows it.

Every expected order below is copied from a published 5.1 output, cited next to the case;
none comes from cspshell. The rules and their sources are in
``cspshell/objects/dotnet_hashtable.py``.
"""
from __future__ import annotations

import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine
from cspshell.objects import dotnet_hashtable as ht
from cspshell.objects.psobject import PSHashtable, PSObject

CULTURE, ORDINAL, DEFAULT = ht.CURRENT_CULTURE_IGNORE_CASE, ht.ORDINAL_IGNORE_CASE, ht.DEFAULT_COMPARER

# MicrosoftDocs/PowerShell-Docs paths; "@ee257d39b" is the 2016 import of the 3.0-5.0 pages.
HASH_TABLES = "reference/5.1/Microsoft.PowerShell.Core/About/about_Hash_Tables.md"
DEFAULT_VALUES = "reference/5.1/Microsoft.PowerShell.Core/About/about_Parameters_Default_Values.md"
REGEX = "reference/5.1/Microsoft.PowerShell.Core/About/about_Regular_Expressions.md"
COMPARISON = "reference/5.1/Microsoft.PowerShell.Core/About/about_Comparison_Operators.md"
STRING_DATA = "reference/5.1/Microsoft.PowerShell.Utility/ConvertFrom-StringData.md"
DATA_SECTIONS = "reference/5.1/Microsoft.PowerShell.Core/About/about_Data_Sections.md"
JSON_30 = "reference/3.0/Microsoft.PowerShell.Utility/ConvertTo-Json.md@ee257d39b"
DEEP_DIVE = "reference/docs-conceptual/learn/deep-dives/everything-about-hashtable.md"


def run(text: str) -> list[str]:
    """The console lines ``text`` prints in a fresh in-process engine."""
    host = CaptureHost(120)
    Engine(host).run(text)
    return host.lines


def rows(lines: list[str]) -> list[str]:
    """The Name column of the Name/Value tables among ``lines``."""
    names = []
    in_table = False
    for line in lines:
        if line.startswith("----"):
            in_table = True
            continue
        if in_table and not line.strip():
            in_table = False
        elif in_table:
            names.append(line[:30].rstrip())
    return names


# -- hash codes -------------------------------------------------------------------------------

def test_string_hash_code_64_bit():
    # "hello".GetHashCode() is 0xEC7BF82A in a 64-bit .NET 4 process (Bradley Grainger,
    # "Persistent Hash Codes", code.logos.com blog, 2012-02-23).
    assert ht.string_hash_code("hello") & 0xFFFFFFFF == 0xEC7BF82A


# Windows LCMapStringEx(LCMAP_SORTKEY | NORM_IGNORECASE | NORM_LINGUISTIC_CASING) dumps recorded
# by a public script that reimplements StringComparer.InvariantCultureIgnoreCase.GetHashCode to
# compute ASP.NET's __VIEWSTATEGENERATOR (its sort_key_lookup table and commented test() calls).
@pytest.mark.parametrize("text, dump", [
    ("/ASPTester", "07 35 0e 02 0e 91 0e 7e 0e 99 0e 21 0e 91 0e 99 0e 21 0e 8a 01 01 01 01 00"),
    ("-", "01 01 01 01 ff ff 82 12 00"),
    ("-!!!!!--", "07 1c 07 1c 07 1c 07 1c 07 1c 01 01 01 01 ff ff 82 12 ff fa 82 12 ff fa 82 12 00"),
    ("-'''--", "01 01 01 01 ff ff 82 12 ff ff 80 12 ff ff 80 12 ff ff 80 12 ff ff 82 12 ff ff 82 12 00"),
    ("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@%/",
     "0e 02 0e 09 0e 0a 0e 1a 0e 21 0e 23 0e 25 0e 2c 0e 32 0e 35 0e 36 0e 48 0e 51 0e 70 0e 7c 0e 7e "
     "0e 89 0e 8a 0e 91 0e 99 0e 9f 0e a2 0e a4 0e a6 0e a7 0e a9 0e 02 0e 09 0e 0a 0e 1a 0e 21 0e 23 "
     "0e 25 0e 2c 0e 32 0e 35 0e 36 0e 48 0e 51 0e 70 0e 7c 0e 7e 0e 89 0e 8a 0e 91 0e 99 0e 9f 0e a2 "
     "0e a4 0e a6 0e a7 0e a9 0d 03 0d 1a 0d 1c 0d 1e 0d 20 0d 22 0d 24 0d 26 0d 28 0d 2a 07 33 07 44 "
     "07 50 07 1c 07 21 07 25 07 27 07 2a 07 2d 08 03 07 2f 07 3a 08 12 07 37 07 3e 07 23 07 35 01 01 "
     "01 01 ff c1 82 12 ff bb 80 12 00"),
])
def test_culture_sort_key_matches_windows(text, dump):
    assert ht.culture_sort_key(text) == bytes.fromhex(dump)


def test_culture_hash_code_matches_dotnet():
    # Same script: str_get_hash_code("/ASPTester") == 946421802 (checked there against
    # System.StringComparer through pythonnet).
    assert ht.culture_ignore_case_hash_code("/ASPTester") == 946421802
    assert ht.culture_ignore_case_hash_code("") == 0


def _class_name(file_name: str) -> str:
    out = []
    for index, ch in enumerate(file_name):
        if index == 0 and not ch.isalpha():
            out.append("_")
        out.append(ch.lower() if ch.isalpha() else ch if ch.isdigit() else "_")
    return "".join(out)


@pytest.mark.parametrize("path, generator", [
    ("/ASPTester/whoareyou.aspx", 0x0DD996F5),
    ("/ASPTester/NoReallyWho.aspx", 0xED6334E2),
    ("/ASPTester/I-am-Not!real.aspx", 0x93ED6E36),
    ("/ASPTester/9I-am-Not'real.aspx", 0xEAD75462),
    ("/ASPTester/-__@.aspx", 0x0D9090D5),
])
def test_viewstate_generators_observed_on_iis(path, generator):
    # Same script's assertions: __VIEWSTATEGENERATOR values an IIS server sent, each the sum of
    # the culture-insensitive hash codes of the page's directory and of its class name.
    directory, _, file_name = path.rpartition("/")
    total = ht.culture_ignore_case_hash_code(directory) + ht.culture_ignore_case_hash_code(_class_name(file_name))
    assert total & 0xFFFFFFFF == generator


def test_other_key_types():
    assert ht.hash_code(7) == 7 and ht.hash_code(-1) == -1
    assert ht.hash_code(True) == 1 and ht.hash_code(False) == 0
    assert ht.hash_code(1 << 32) == 1                     # Int64: low ^ high
    assert ht.hash_code(0.0) == 0 and ht.hash_code(-0.0) == 0
    assert ht.hash_code(Decimal("1.5")) is None and ht.hash_code(PSObject()) is None
    assert ht.hash_code("é") is None                      # non-ASCII under the culture comparer
    assert ht.hash_code("é", ORDINAL) == ht.hash_code("É", ORDINAL)


def test_bucket_counts():
    # new Hashtable(n): 0.72 load factor, primes 3, 7, 11, 17, ...
    assert [ht.initial_bucket_count(n) for n in (0, 1, 2, 3, 5, 6, 8, 9, 12)] == [3, 3, 3, 7, 7, 11, 11, 17, 17]
    assert [ht.load_size(n) for n in (3, 7, 11, 17)] == [2, 5, 7, 12]
    assert ht.expand_prime(3) == 7 and ht.expand_prime(7) == 17 and ht.expand_prime(7199369) == 14398753


# -- published 5.1 outputs ----------------------------------------------------------------------

@pytest.mark.parametrize("keys, capacity, comparer, shown, source", [
    ([1, 2, "three"], None, CULTURE, ["three", 2, 1], HASH_TABLES + " ($hash, $hash.Keys)"),
    (["a", "b", "c"], None, CULTURE, ["c", "b", "a"], HASH_TABLES + " ($p.Hash2 and {c, b, a})"),
    (["PowerShell", "Notepad"], None, CULTURE, ["PowerShell", "Notepad"], HASH_TABLES + " ($p)"),
    (["Number", "Shape", "Color"], 3, DEFAULT, ["Color", "Shape", "Number"],
     HASH_TABLES + " ([hashtable] cast of [ordered]: new Hashtable(IDictionary), default comparer)"),
    (["Msg1", "Msg2", "Msg3"], 0, ORDINAL, ["Msg3", "Msg2", "Msg1"],
     HASH_TABLES + " and " + STRING_DATA + " examples 1 and 5 (ConvertFrom-StringData)"),
    (["Top", "Bottom"], 0, ORDINAL, ["Bottom", "Top"], STRING_DATA + " example 3"),
    (["Text001", "Text002"], 0, ORDINAL, ["Text001", "Text002"], STRING_DATA + " example 4, " + DATA_SECTIONS),
    (["Vincentio", "Angelo"], 0, ORDINAL, ["Angelo", "Vincentio"], STRING_DATA + " example 6"),
    ([0, "domain", "user"], 0, CULTURE, ["domain", "user", 0], REGEX + " and " + COMPARISON + " ($Matches)"),
    ([0, "N", "D"], 0, CULTURE, ["D", "N", 0], REGEX + " ($Matches, keys N and D)"),
    ([0, 1, 2], 0, CULTURE, [2, 1, 0], REGEX + " ($Matches, numbered captures)"),
    (["Account", "Domain", "Admin"], None, CULTURE, ["Admin", "Account", "Domain"],
     JSON_30 + " example 2 (the current 5.1 page shows an order regenerated elsewhere)"),
    (["Kevin", "Alex"], None, CULTURE, ["Kevin", "Alex"], DEEP_DIVE + " ($people, 5.1 JSON layout)"),
    (["age", "city"], None, CULTURE, ["age", "city"], DEEP_DIVE + " ({age, city})"),
    (["foo", "barbarbarbar", "dan"], None, CULTURE, ["dan", "foo", "barbarbarbar"],
     "PowerShell/PowerShell issue #2736 (2016-11-20, ConvertTo-Json output)"),
    (["first", "second"], None, CULTURE, ["second", "first"], "PowerShell/PowerShell issue #2736 (inner tables)"),
    (["one", "two", "three"], None, CULTURE, ["one", "three", "two"],
     "iRon7/ConvertTo-Expression issue #11 (2021-03-24, maintainer's transcript)"),
    ([f"test{i}" for i in range(1, 10)], None, CULTURE,
     ["test7", "test9", "test3", "test2", "test1", "test4", "test6", "test5", "test8"],
     "PowerShell/PowerShell issue #13566 (2020-09-02, $hash.Keys -join '' in Windows PowerShell 5)"),
    ([f"test{i}" for i in range(1, 10)], 0, CULTURE,
     ["test7", "test9", "test3", "test2", "test1", "test4", "test6", "test5", "test8"],
     "PowerShell/PowerShell issue #13566, the same keys added one by one to @{}"),
])
def test_documented_orders(keys, capacity, comparer, shown, source):
    assert ht.enumeration_order(keys, comparer, capacity) == shown, source
    table = PSHashtable(((k, i) for i, k in enumerate(keys)), comparer=comparer, capacity=capacity)
    assert table.keys() == shown, source


def test_psdefaultparametervalues_sequence():
    # about_Parameters_Default_Values (5.1): a literal assigned to $PSDefaultParameterValues is
    # copied, in its enumeration order, into a DefaultParameterDictionary (a Hashtable with
    # OrdinalIgnoreCase, CmdletParameterBinderController.cs); then Add, Remove, Add('Disabled').
    literal = PSHashtable([("Send-MailMessage:SmtpServer", "Server123"),
                           ("Get-WinEvent:LogName", "Microsoft-Windows-PrintService/Operational"),
                           ("Get-*:Verbose", True)])
    defaults = PSHashtable(comparer=ORDINAL)
    for key, value in literal.items():
        defaults[key] = value
    assert defaults.keys() == ["Get-WinEvent:LogName", "Get-*:Verbose", "Send-MailMessage:SmtpServer"]
    defaults.add("Get-Process:Name", "PowerShell")
    assert defaults.keys() == ["Get-Process:Name", "Get-WinEvent:LogName", "Get-*:Verbose",
                               "Send-MailMessage:SmtpServer"]
    del defaults["Get-Process:Name"]
    assert defaults.keys() == ["Get-WinEvent:LogName", "Get-*:Verbose", "Send-MailMessage:SmtpServer"]
    defaults["Send-MailMessage:SmtpServer"] = "ServerXYZ"
    defaults.add("Disabled", True)
    assert defaults.keys() == ["Disabled", "Get-WinEvent:LogName", "Get-*:Verbose",
                               "Send-MailMessage:SmtpServer"]
    assert defaults["send-mailmessage:smtpserver"] == "ServerXYZ"


# -- the same through the language ----------------------------------------------------------------

def test_literal_through_the_engine():
    literal = "$hash = @{ 1 = 'one'; 2 = 'two'; 'three' = 3 }; "
    assert rows(run(literal + "$hash")) == ["three", "2", "1"]           # about_Hash_Tables (5.1)
    assert run(literal + "$hash.Keys; $hash.Values") == ["three", "2", "1", "3", "two", "one"]


def test_nested_value_shows_keys_in_hash_order():
    lines = run("@{ Hash2 = @{a=1; b=2; c=3} }")
    assert any(line.startswith("Hash2") and "{c, b, a}" in line for line in lines)  # about_Hash_Tables


def test_json_of_a_nested_literal():
    # PowerShell/PowerShell issue #2736: keys dan, foo, barbarbarbar; inside, second then first.
    text = "\n".join(run("@{ foo = @{ first = 'a'; second = 'bbbbbbbb' }; "
                         "barbarbarbar = @{ first = 'a'; second = 'bbbbbbbb' }; dan = 15 } | ConvertTo-Json"))
    names = [part.split('"')[1] for part in text.split("\n") if '":' in part]
    assert names == ["dan", "foo", "second", "first", "barbarbarbar", "second", "first"]


def test_foreach_and_getenumerator_follow_the_same_order():
    lines = run("$h = @{ one = 1; two = 2; three = 3 }; foreach ($k in $h.Keys) { $k }; "
                "$h.GetEnumerator() | ForEach-Object { $_.Value }")
    assert lines == ["one", "three", "two", "1", "3", "2"]     # iRon7/ConvertTo-Expression #11 order


def test_ordered_keeps_insertion_order():
    lines = run("[ordered]@{ test1 = 1; test2 = 2; test3 = 3; test4 = 4; test5 = 5 }")
    assert rows(lines) == ["test1", "test2", "test3", "test4", "test5"]
    table = PSHashtable([("b", 1), ("a", 2), ("c", 3)], ordered=True)
    del table["a"]
    table["a"] = 4
    assert table.keys() == ["b", "c", "a"]
    assert table.type_name == "System.Collections.Specialized.OrderedDictionary"


# -- properties of the model ------------------------------------------------------------------------

def test_order_is_the_same_in_every_process():
    code = ("from cspshell.objects.psobject import PSHashtable; "
            "t = PSHashtable((f'key{i}', i) for i in range(300)); "
            "[t.__delitem__(f'key{i}') for i in range(0, 300, 7)]; t[3.5] = 1; t[True] = 2; "
            "print(','.join(map(str, t.keys())))")
    outputs = set()
    for seed in ("0", "1", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        outputs.add(subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True,
                                   check=True, cwd=Path(__file__).resolve().parents[3]).stdout)
    assert len(outputs) == 1


def test_removed_bucket_with_collision_mark_is_reused():
    # Int32 keys hash to themselves. Capacity 3 -> 7 buckets. 6 sits in bucket 6; 13 starts
    # there too and steps 1 + (13*101 % 6) = 6 to bucket 5, marking bucket 6. Removing 6
    # leaves bucket 6 "deleted" (marked); 20 (start 6, step 5) reuses it instead of going on to 4.
    table = PSHashtable([(6, "a"), (13, "b")], capacity=3)
    del table[6]
    table[20] = "c"
    assert table.keys() == [20, 13]
    # Without a mark, a removed bucket is simply empty again.
    plain = PSHashtable([(1, "a"), (2, "b"), (3, "c")])
    del plain[2]
    plain[9] = "d"                                   # start 2, nothing in its way
    assert plain.keys() == [3, 9, 1]


def test_remove_and_add_back_restores_the_order():
    table = PSHashtable((f"test{i}", i) for i in range(1, 10))
    before = table.keys()
    del table["test4"]
    assert table.keys() == [k for k in before if k != "test4"]
    table["TEST4"] = 4
    assert [k.lower() for k in table.keys()] == before


def test_growth_and_clear_keep_dotnet_sizes():
    table = PSHashtable()                            # new Hashtable(): 3 buckets, grows to 7
    for key in (1, 3, 5):
        table[key] = key
    assert table.keys() == [5, 3, 1]
    table.clear()                                     # Clear() keeps 7 buckets
    table[3] = "x"
    table[1] = "y"
    assert table.keys() == [3, 1]
    fresh = PSHashtable()                             # in 3 buckets, 3 lands in 0 and 1 in 1
    fresh[3] = "x"
    fresh[1] = "y"
    assert fresh.keys() == [1, 3]


def test_unmodelled_keys_follow_in_insertion_order():
    obj = PSObject([("a", 1)])
    table = PSHashtable([(Decimal("2.5"), "d"), ("three", 3), (obj, "o"), (1, "one"), (2, "two")])
    assert table.keys() == ["three", 2, 1, Decimal("2.5"), obj]
    assert table.values() == [3, "two", "one", "d", "o"]


def test_lookups_and_updates_do_not_disturb_the_order():
    table = PSHashtable([("Number", 1), ("Shape", "Square"), ("Color", "Blue")])
    first = table.items()
    table["SHAPE"] = "Circle"
    assert table["shape"] == "Circle" and "COLOR" in table and len(table) == 3
    assert [k for k, _ in table.items()] == [k for k, _ in first]
    assert dict(table.items())["Shape"] == "Circle"


def test_clone_is_a_new_table_filled_in_enumeration_order():
    table = PSHashtable((f"test{i}", i) for i in range(1, 10))
    clone = table.copy()
    assert clone.keys() == table.keys() and clone.comparer == CULTURE and not clone.ordered


def test_default_comparer_is_case_sensitive():
    table = PSHashtable([("Key", 1)], comparer=DEFAULT)
    table["key"] = 2
    assert len(table) == 2 and table["Key"] == 1 and table["KEY"] is None


def test_many_changes_stay_consistent():
    table = PSHashtable()
    mirror = {}
    for step in range(3000):
        key = f"k{(step * 7919) % 500}"
        if step % 3 == 2 and key in table:
            del table[key]
            mirror.pop(key)
        else:
            table[key] = step
            mirror[key] = step
        if step % 250 == 0:
            assert sorted(table.keys()) == sorted(mirror)
    assert sorted(table.items()) == sorted(mirror.items())
    replay = PSHashtable(capacity=0)
    for key in ht.enumeration_order(list(mirror), CULTURE, 0):
        replay[key] = mirror[key]
    assert len(replay.keys()) == len(table.keys())
