"""[type] values: the members .NET's System.Type adapts (Name, FullName, Namespace, BaseType,
IsValueType, IsPublic, IsSerializable, IsArray, IsEnum) and their default display, the
System.RuntimeType table of 5.1's PowerShellCore format data (IsPublic and IsSerial 8 wide,
Name 40 wide, BaseType the rest). Expected values are .NET Framework 4's type facts."""
from __future__ import annotations

import pytest

from cspshell.objects import convert as C
from cspshell.objects.psobject import PSObject

from .lang_helpers import out

HEADER = ["", "IsPublic IsSerial Name                                     BaseType",
          "-------- -------- ----                                     --------"]


def _table(*rows: str) -> list[str]:
    return HEADER + list(rows) + ["", ""]


def _stripped(text: str) -> list[str]:
    return [line.rstrip() for line in out(text)]


def test_a_type_literal_prints_the_runtime_type_table():
    assert _stripped("[int]") == _table("True     True     Int32                                    System.ValueType")


@pytest.mark.parametrize("text, row", [
    ("'a'.GetType()", "True     True     String                                   System.Object"),
    ("@(1, 2).GetType()", "True     True     Object[]                                 System.Array"),
    ("@{}.GetType()", "True     True     Hashtable                                System.Object"),
    ("([pscustomobject]@{a = 1}).GetType()", "True     False    PSCustomObject                           System.Object"),
    ("(Get-Date).GetType()", "True     True     DateTime                                 System.ValueType"),
    ("$true.GetType()", "True     True     Boolean                                  System.ValueType"),
    ("(1.5).GetType()", "True     True     Double                                   System.ValueType"),
    ("[object]", "True     True     Object"),
    ("[int].GetType()", "False    True     RuntimeType                              System.Reflection.TypeInfo"),
])
def test_get_type_of_common_values(text, row):
    assert _stripped(text) == _table(row)


@pytest.mark.parametrize("text, expected", [
    ("5 | % GetType | % Name", "Int32"),
    ("[int].FullName", "System.Int32"),
    ("[hashtable].Namespace", "System.Collections"),
    ("[hashtable].Name", "Hashtable"),
    ("@(1).GetType().Name", "Object[]"),
    ("@(1).GetType().IsArray", "True"),
    ("[int].IsArray", "False"),
    ("[int].IsValueType", "True"),
    ("[string].IsValueType", "False"),
    ("[string].IsSerializable", "True"),
    ("[int].IsEnum", "False"),
    ("[int].BaseType.FullName", "System.ValueType"),
    ("[int].BaseType.BaseType.FullName", "System.Object"),
    ("$null -eq [object].BaseType", "True"),
    ("[System.ArgumentException].BaseType.FullName", "System.SystemException"),
])
def test_type_members(text, expected):
    assert out(text) == [expected]


def test_select_object_reads_type_properties():
    assert _stripped("[int] | Select-Object Name, Namespace, IsValueType") == [
        "", "Name  Namespace IsValueType", "----  --------- -----------", "Int32 System           True", "", ""]


def test_format_list_shows_the_type_properties():
    lines = out("[int] | Format-List Name, FullName, BaseType, IsPublic, IsSerializable")
    assert [line for line in lines if line] == [
        "Name           : Int32", "FullName       : System.Int32", "BaseType       : System.ValueType",
        "IsPublic       : True", "IsSerializable : True"]


def test_an_uncatalogued_type_takes_its_base_from_the_values_type_names():
    user = PSObject([("Identity", "x")], typenames=["Contoso.Schema.OCSADUser", "Contoso.Schema.ADObject",
                                                     "System.Object"])
    kind = C.type_of(user)
    assert (kind.name, kind.full_name, C.to_string(kind.base_type())) == (
        "OCSADUser", "Contoso.Schema.OCSADUser", "Contoso.Schema.ADObject")
    assert C.to_string(kind.base_type().base_type()) == "System.Object"
    assert kind.base_type().base_type().base_type() is None
