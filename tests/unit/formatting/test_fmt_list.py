"""Lists as 5.1 prints them: the seed's two lists, the Format-List Pester expectation of
PowerShell v6.1.0, and the ListWriter rules of reference 1.6."""
from __future__ import annotations

from cspshell.formatting.listing import list_lines

from tests.support.fakes import lines, obj, run

SEED_FQDN_2 = "beta-ls14-ee2.beta.deitterick.com"
SEED_FQDN_1 = "beta-ls14-ee1.beta.deitterick.com"


def machine(machine_id: str, fqdn: str):
    """A Front End machine as Get-CsUserPoolInfo returns it: ToString() is the MachineId."""
    return obj(("MachineId", machine_id), ("Fqdn", fqdn), ("OrdinalInCluster", 1),
               typename="Microsoft.Rtc.Management.Xds.Machine", tostring=lambda o: o.get("MachineId"))


def test_seed_format_list_machineid_fqdn():
    # Get-CsUserPoolInfo ... | Select-Object -ExpandProperty PrimaryPoolMachinesInPreferredOrder
    #   | Format-List MachineId,Fqdn   (the seed; 2 blanks before, 1 between, 3 after)
    records = run("Format-List", {"Property": ["MachineId", "Fqdn"]},
                  [machine("1:5-2", SEED_FQDN_2), machine("1:5-1", SEED_FQDN_1)])
    assert lines(records) == [
        "", "",
        "MachineId : 1:5-2",
        "Fqdn      : beta-ls14-ee2.beta.deitterick.com",
        "",
        "MachineId : 1:5-1",
        "Fqdn      : beta-ls14-ee1.beta.deitterick.com",
        "", "", "",
    ]


def test_seed_get_csuserpoolinfo_list():
    # five properties: a list; collections show each element's ToString()
    info = obj(("PrimaryPoolFqdn", "ls14pool.beta.deitterick.com"),
               ("BackupPoolFqdn", "beta-ls14-se2.beta.deitterick.com"),
               ("UserServicesPoolFqdn", "ls14pool.beta.deitterick.com"),
               ("PrimaryPoolMachinesInPreferredOrder",
                [machine("1:5-2", SEED_FQDN_2), machine("1:5-1", SEED_FQDN_1)]),
               ("BackupPoolMachinesInPreferredOrder", [machine("1:3-1", "beta-ls14-se2")]),
               typename="Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation")
    assert lines([info]) == [
        "", "",
        "PrimaryPoolFqdn                     : ls14pool.beta.deitterick.com",
        "BackupPoolFqdn                      : beta-ls14-se2.beta.deitterick.com",
        "UserServicesPoolFqdn                : ls14pool.beta.deitterick.com",
        "PrimaryPoolMachinesInPreferredOrder : {1:5-2, 1:5-1}",
        "BackupPoolMachinesInPreferredOrder  : {1:3-1}",
        "", "", "",
    ]


def test_pester_format_list_out_string():
    # v6.1.0 Format-List.Tests.ps1: "${nl}${nl}testName : testValue${nl}${nl}${nl}${nl}"
    records = run("Format-List", {}, [obj(("testName", "testValue"))])
    text = run("Out-String", {}, records)
    assert text == ["\r\n\r\ntestName : testValue\r\n\r\n\r\n\r\n"]


def test_each_entry_pads_to_its_own_longest_label():
    # reference 1.3/1.6: later objects show their own properties and padding
    out = lines([obj(("Name", "name1"), ("Length", 1), ("a", 1), ("b", 2), ("c", 3)),
                 obj(("Name", "name2"), ("Value", "value2"), ("Length", 2), ("x", 1), ("y", 2))])
    assert out[2:4] == ["Name   : name1", "Length : 1"]
    assert out[8:11] == ["Name   : name2", "Value  : value2", "Length : 2"]


def test_empty_value_keeps_the_trailing_blank():
    assert list_lines([("Sum", "6"), ("Maximum", "")], 119) == ["Sum     : 6", "Maximum : "]


def test_long_values_wrap_with_hanging_indent():
    # field width = 40 - len("A : ") = 36: seven "word " per line, delimiters kept
    out = list_lines([("A", "word " * 30)], 40)
    assert out[0] == "A : " + "word " * 7
    assert out[1] == "    " + "word " * 7
    assert out[-1] == "    word word "
    assert len(out) == 5


def test_multiline_values_continue_under_the_value():
    assert list_lines([("Key", "one\ntwo")], 119) == ["Key : one", "      two"]
