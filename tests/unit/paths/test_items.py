"""The item cmdlets (Get-ChildItem, Get-Item, New-Item, mkdir, Remove-Item, Resolve-Path) on
the lab's FileSystem drive, as Windows PowerShell 5.1 shows them.

Sources: reference/5.1/Microsoft.PowerShell.Management (Get-ChildItem, Get-Item, New-Item,
Remove-Item, Resolve-Path) and FileSystem.format.ps1xml (the table grouped by folder: Mode 7
left, LastWriteTime 25 right as "{0,10}  {1,8}" of ToString("d") and ToString("t"), Length 14
right, Name); CommandBaseStrings' What if text; FileSystemProvider's error texts.
"""
from __future__ import annotations

import calendar
import os
import time

import pytest

from cspshell.cmdlets.items import relative_path
from cspshell.language.context import CaptureHost
from cspshell.language.engine import Engine


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the shell's C:\Users\Administrator


def run(*units: str) -> list[str]:
    """The console lines several input units print in one fresh engine."""
    host = CaptureHost(120)
    engine = Engine(host)
    for unit in units:
        engine.run(unit)
    return host.lines


def make_tree(root) -> None:
    (root / "x.txt").write_text("hello world\n")
    (root / "Reports").mkdir()
    (root / "Reports" / "b.csv").write_text("a")
    (root / "Reports" / "old").mkdir()
    (root / "Reports" / "old" / "c.txt").write_text("")


def test_names_list_folders_first_and_recurse_folder_by_folder(tmp_path):
    make_tree(tmp_path)
    assert run("Get-ChildItem -Name") == ["Reports", "x.txt"]
    assert run("dir -Recurse -Name") == ["Reports", "x.txt", "Reports\\old", "Reports\\b.csv", "Reports\\old\\c.txt"]
    assert run("gci -Recurse -Depth 0 -Name") == ["Reports", "x.txt"]
    assert run("ls -File -Recurse -Name") == ["x.txt", "Reports\\b.csv", "Reports\\old\\c.txt"]
    assert run("gci -Directory -Recurse -Name") == ["Reports", "Reports\\old"]


def test_wildcards_filter_include_and_exclude(tmp_path):
    make_tree(tmp_path)
    assert run("gci *.txt -Recurse -Name") == ["x.txt", "Reports\\old\\c.txt"]
    assert run("gci -Filter *.csv -Recurse -Name") == ["Reports\\b.csv"]
    assert run("gci reports\\* -Name") == ["old", "b.csv"]
    # -Include needs a wildcard path or -Recurse in 5.1
    assert run("gci -Include *.txt -Name") == []
    assert run("gci * -Include *.txt -Name") == ["x.txt"]
    assert run("gci -Recurse -Exclude *.txt,old -Name") == ["Reports", "Reports\\b.csv"]


def test_file_and_folder_objects_carry_5_1_properties(tmp_path):
    make_tree(tmp_path)
    lines = run("$f = Get-Item x.txt", "$f.Name; $f.Length; $f.Extension; $f.BaseName; $f.FullName",
                "$f.DirectoryName; $f.Directory.Name; $f.Mode; $f.PSIsContainer; $f.PSPath; $f.PSParentPath",
                "$f.PSTypeNames")
    assert lines == ["x.txt", "12", ".txt", "x", "C:\\Users\\Administrator\\x.txt", "C:\\Users\\Administrator",
                     "Administrator", "-a----", "False",
                     "Microsoft.PowerShell.Core\\FileSystem::C:\\Users\\Administrator\\x.txt",
                     "Microsoft.PowerShell.Core\\FileSystem::C:\\Users\\Administrator",
                     "System.IO.FileInfo", "System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"]
    folder = run("$d = Get-Item reports", "$d.Name; $d.Mode; $d.Parent.Name; $d.PSIsContainer; $d.PSTypeNames[0]")
    assert folder == ["Reports", "d-----", "Administrator", "True", "System.IO.DirectoryInfo"]


def test_children_convert_to_their_name_and_get_item_to_its_path(tmp_path):
    make_tree(tmp_path)
    assert run('"$(Get-ChildItem)"', '"$(Get-Item x.txt)"') == ["Reports x.txt", "C:\\Users\\Administrator\\x.txt"]


def test_default_view_is_grouped_by_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    try:
        (tmp_path / "x.txt").write_text("hello world\n")
        stamp = calendar.timegm((2026, 11, 25, 13, 2, 0))
        os.utime(tmp_path / "x.txt", (stamp, stamp))
        lines = run("Get-ChildItem")
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert [line.rstrip() for line in lines] == [
        "", "", "    Directory: C:\\Users\\Administrator", "", "",
        "Mode                LastWriteTime         Length Name",
        "----                -------------         ------ ----",
        "-a----       11/25/2026   1:02 PM             12 x.txt", "", ""]


def test_not_found_paths_report_item_not_found(tmp_path):
    lines = run("Get-ChildItem nope")
    assert lines[0] == "Get-ChildItem : Cannot find path 'C:\\Users\\Administrator\\nope' because it does not exist."
    assert "PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand" in lines[-2]
    assert run("Get-Item C:\\Windows")[0] == "Get-Item : Cannot find path 'C:\\Windows' because it does not exist."
    assert run("Get-Item *.nothing") == []  # a wildcard that matches nothing is silent


def test_new_item_creates_files_and_folders_and_refuses_existing_ones(tmp_path):
    assert run("(New-Item -Path . -Name a.txt -ItemType File -Value 'abc').Length") == ["3"]
    assert (tmp_path / "a.txt").read_text() == "abc"
    assert run("(mkdir logs\\2026).FullName") == ["C:\\Users\\Administrator\\logs\\2026"]
    assert (tmp_path / "logs" / "2026").is_dir()
    assert run("New-Item a.txt")[0] == "New-Item : The file 'C:\\Users\\Administrator\\a.txt' already exists."
    assert run("md logs")[0] == ("md : An item with the specified name C:\\Users\\Administrator\\logs "
                                 "already exists.")
    assert run("(New-Item a.txt -Force).Length") == ["0"]
    assert run("New-Item missing\\b.txt")[0] == (
        "New-Item : Could not find a part of the path 'C:\\Users\\Administrator\\missing\\b.txt'.")
    assert run("New-Item c.txt -WhatIf") == [
        'What if: Performing the operation "Create File" on target "Destination: C:\\Users\\Administrator\\c.txt".']
    assert not (tmp_path / "c.txt").exists()
    assert run("New-Item d -ItemType Junk")[0].startswith("New-Item : The type is not a known type for the file system.")


def test_remove_item_whatif_recurse_and_the_children_question(tmp_path):
    make_tree(tmp_path)
    assert run("Remove-Item x.txt -WhatIf") == [
        'What if: Performing the operation "Remove File" on target "C:\\Users\\Administrator\\x.txt".']
    assert (tmp_path / "x.txt").exists()
    assert run("del *.txt") == []
    assert not (tmp_path / "x.txt").exists()
    # a folder with children and no -Recurse asks; a non-interactive run cannot
    refused = run("rm reports")
    assert refused[0] == ("rm : Windows PowerShell is in NonInteractive mode. Read and Prompt functionality "
                          "is not available.")
    assert (tmp_path / "Reports").exists()
    assert run("Remove-Item reports -Recurse") == []
    assert not (tmp_path / "Reports").exists()
    assert run("Remove-Item nope")[0] == "Remove-Item : Cannot find path 'C:\\Users\\Administrator\\nope' because it does not exist."


def test_resolve_path_full_and_relative(tmp_path):
    make_tree(tmp_path)
    assert run("(Resolve-Path x.txt).Path") == ["C:\\Users\\Administrator\\x.txt"]
    assert run("Resolve-Path reports\\*.csv -Relative") == [".\\Reports\\b.csv"]
    assert run("cd reports", "Resolve-Path ..\\x.txt -Relative") == ["..\\x.txt"]
    assert run("rvpa nope")[0] == "rvpa : Cannot find path 'C:\\Users\\Administrator\\nope' because it does not exist."


@pytest.mark.parametrize("location, full, expected", [
    ("C:\\Users\\Administrator", "C:\\Users\\Administrator\\x.txt", ".\\x.txt"),
    ("C:\\Users\\Administrator\\a", "C:\\Users\\Administrator\\b\\x.txt", "..\\b\\x.txt"),
    ("C:\\Users\\Administrator", "C:\\Users\\Administrator", "."),
])
def test_relative_path(location, full, expected):
    assert relative_path(location, full) == expected
