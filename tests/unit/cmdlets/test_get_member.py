"""Get-Member (GetMember.cs; about_PSCustomObject and about_Environment_Variables, 5.1)."""
from cspshell.cmdlets.members import register_type_members
from cspshell.objects.psobject import PSObject

from tests.support.fakes import FakeCtx, run


def rows(out):
    return [(m.get("Name"), m.get("MemberType"), m.get("Definition")) for m in out]


def test_pscustomobject_members_sorted_by_member_type_then_name():
    item = PSObject([("Name", "x"), ("Size", 3), ("Tags", [1, 2]), ("Missing", None), ("Ok", True)])
    out = run("Get-Member", {}, [item])
    assert rows(out) == [
        ("Equals", "Method", "bool Equals(System.Object obj)"),
        ("GetHashCode", "Method", "int GetHashCode()"),
        ("GetType", "Method", "type GetType()"),
        ("ToString", "Method", "string ToString()"),
        ("Missing", "NoteProperty", "object Missing=null"),
        ("Name", "NoteProperty", "string Name=x"),
        ("Ok", "NoteProperty", "bool Ok=True"),
        ("Size", "NoteProperty", "int Size=3"),
        ("Tags", "NoteProperty", "Object[] Tags=System.Object[]"),
    ]
    assert {m.get("TypeName") for m in out} == {"System.Management.Automation.PSCustomObject"}
    assert out[0].typenames[0] == "Microsoft.PowerShell.Commands.MemberDefinition"


def test_string_length_property_as_in_the_docs():
    out = run("Get-Member", {"MemberType": "Property"}, ["foo"])
    assert rows(out) == [("Length", "Property", "int Length {get;}")]


def test_each_type_once_and_name_filter():
    out = run("Get-Member", {"Name": ["To*"]}, [PSObject([("a", 1)]), PSObject([("b", 2)])])
    assert rows(out) == [("ToString", "Method", "string ToString()")]


def test_no_input_error():
    ctx = FakeCtx()
    run("Get-Member", {}, [], ctx)
    err = ctx.errors[0]
    assert err.message == "You must specify an object for the Get-Member cmdlet."
    assert err.fully_qualified_error_id == "NoObjectInGetMember,Microsoft.PowerShell.Commands.GetMemberCommand"
    assert err.category == "CloseError"


def test_registered_type_members_replace_note_properties():
    register_type_members("Test.Machine", [("Fqdn", "Property", "string Fqdn {get;}")])
    machine = PSObject([("Fqdn", "a"), ("Extra", 1)], typenames=["Test.Machine", "System.Object"])
    assert rows(run("Get-Member", {}, [machine])) == [("Extra", "NoteProperty", "int Extra=1"),
                                                     ("Fqdn", "Property", "string Fqdn {get;}")]
