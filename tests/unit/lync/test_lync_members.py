"""Get-Member on Lync objects: compiled .NET objects, so every property is a ``Property``
member (never a PSCustomObject's NoteProperty) and ``-MemberType Property`` lists them."""
from __future__ import annotations

import pytest

from cspshell.cmdlets.members import member_rows

# One command per kind of object the Lync cmdlets emit on the default (seed) topology.
EMITTERS = [
    "Get-CsUser",
    "Get-CsUser -UnAssignedUser",
    "Get-CsUserPoolInfo lcarter",
    "(Get-CsUserPoolInfo lcarter).PrimaryPoolMachinesInPreferredOrder",
    "Get-CsPool",
    "Get-CsSite",
    "Get-CsComputer",
    "Get-CsTopology",
    "Get-CsRegistrarConfiguration",
    "Get-CsWindowsService -ComputerName beta-ls14-ee1.beta.deitterick.com",
    "Get-CsWindowsService -ComputerName beta-ls14-dir.beta.deitterick.com",
    "Get-CsService",
    "Test-CsRegistration ls14pool.beta.deitterick.com -UserSipAddress sip:lcarter@beta.deitterick.com",
]


@pytest.mark.parametrize("command", EMITTERS)
def test_every_property_of_a_lync_object_is_a_property_member(shell, command):
    objects = shell.objects(command)
    assert objects
    for obj in objects:
        kinds = {name: kind for name, kind, _definition in member_rows(obj)}
        assert {name: kinds.get(name) for name in obj.names()} == dict.fromkeys(obj.names(), "Property"), \
            obj.typenames[0]


def test_member_type_property_lists_the_pool_properties(shell):
    text = shell.run("Get-CsPool | Get-Member -MemberType Property | Select-Object -ExpandProperty Name")
    assert text.split() == ["Computers", "Fqdn", "Identity", "Services", "Site"]


def test_definitions_name_the_value_types(shell):
    rows = {name: definition for name, _kind, definition in
            member_rows(shell.objects("Get-CsService -Registrar")[0])}
    assert rows["FailureDetectionInterval"] == "timespan FailureDetectionInterval {get;set;}"
    assert rows["EnableAutomaticFailover"] == "bool EnableAutomaticFailover {get;set;}"
    assert rows["SipPort"] == "int SipPort {get;set;}"
    assert rows["BackupRegistrar"] == "string BackupRegistrar {get;set;}"


def test_selected_objects_keep_note_properties(shell):
    # Select-Object makes a PSCustomObject: its copies of the properties are NoteProperty members.
    obj = shell.objects("Get-CsUser lcarter | Select-Object DisplayName")[0]
    assert [kind for name, kind, _d in member_rows(obj) if name == "DisplayName"] == ["NoteProperty"]


def test_add_member_type_name_keeps_the_net_members_and_touches_one_object_only(shell):
    # Add-Member -TypeName puts a name in front of PSTypeNames; Get-Member still lists the
    # .NET type's properties, and the other objects of that shape keep their type names.
    text = shell.run(
        "$a, $b = Get-CsUser | Select-Object -First 2 | Get-CsUserPoolInfo; "
        "$a | Add-Member -TypeName Training.UserInformation; "
        "$a.PSTypeNames[0]; $b.PSTypeNames[0]; "
        "($a | Get-Member -MemberType Property).Count")
    assert text.split() == ["Training.UserInformation",
                            "Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation", "5"]


def test_a_note_added_to_one_shaped_object_stays_on_it(shell):
    text = shell.run(
        "$a, $b = Get-CsUser | Select-Object -First 2 | Get-CsUserPoolInfo; "
        "$a | Add-Member -NotePropertyName Trainee -NotePropertyValue yes; "
        "@($a.PSObject.Properties).Count; @($b.PSObject.Properties).Count; [bool]$b.Trainee")
    assert text.split() == ["6", "5", "False"]
