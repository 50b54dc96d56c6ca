"""Select-Object, from the 5.1 docs (Select-Object.md examples) and select-object.cs."""
import pytest

from cspshell.errors import PSError
from cspshell.objects.psobject import PSCUSTOMOBJECT, PSHashtable, PSObject

from tests.support.fakes import Block, FakeCtx, run

MACHINE = "Microsoft.Rtc.Management.Deploy.Internal.Machine"


def machine(mid, fqdn):
    return PSObject([("MachineId", mid), ("Fqdn", fqdn)], typenames=[MACHINE, "System.Object"],
                    tostring=lambda o: o.get("MachineId"))


def pool_info():
    """The seed's Get-CsUserPoolInfo object for lcarter."""
    return PSObject([
        ("PrimaryPoolFqdn", "ls14pool.beta.deitterick.com"),
        ("BackupPoolFqdn", "beta-ls14-se2.beta.deitterick.com"),
        ("UserServicesPoolFqdn", "ls14pool.beta.deitterick.com"),
        ("PrimaryPoolMachinesInPreferredOrder", [machine("1:5-2", "beta-ls14-ee2.beta.deitterick.com"),
                                                 machine("1:5-1", "beta-ls14-ee1.beta.deitterick.com")]),
        ("BackupPoolMachinesInPreferredOrder", [machine("1:3-1", "beta-ls14-se2.beta.deitterick.com")]),
    ], typenames=["Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation", "System.Object"])


def test_seed_expand_emits_each_machine_in_order():
    out = run("Select-Object", {"ExpandProperty": "PrimaryPoolMachinesInPreferredOrder"}, [pool_info()])
    assert [(m.get("MachineId"), m.get("Fqdn")) for m in out] == [
        ("1:5-2", "beta-ls14-ee2.beta.deitterick.com"), ("1:5-1", "beta-ls14-ee1.beta.deitterick.com")]
    assert out[0].typenames[0] == MACHINE  # emitted as they are, not re-typed


def test_expand_scalar_and_null():
    assert run("select", {"ExpandProperty": "PrimaryPoolFqdn"}, [pool_info()]) == ["ls14pool.beta.deitterick.com"]
    assert run("select", {"ExpandProperty": "a"}, [PSObject([("a", None)])]) == []


def test_expand_missing_property_is_a_non_terminating_error_per_object():
    ctx = FakeCtx()
    obj = PSObject([("a", 1)])
    assert run("select", {"ExpandProperty": "nope"}, [obj, obj], ctx) == []
    assert len(ctx.errors) == 2
    err = ctx.errors[0]
    assert err.message == 'Property "nope" cannot be found.'
    assert err.fully_qualified_error_id == "ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand"
    assert (err.category, err.exception_type, err.target) == ("InvalidArgument", "PSArgumentException", obj)


def test_expand_with_property_adds_note_properties_to_objects():
    out = run("select", {"Property": ["PrimaryPoolFqdn"], "ExpandProperty": "BackupPoolMachinesInPreferredOrder"},
              [pool_info()])
    assert out[0].get("PrimaryPoolFqdn") == "ls14pool.beta.deitterick.com"


def test_first_last_skip_example_16():
    assert run("select", {"First": 3, "Last": 3, "Skip": 4}, list(range(1, 21))) == [5, 6, 7, 18, 19, 20]


@pytest.mark.parametrize("params,expected", [
    ({"First": 2}, [1, 2]),
    ({"Last": 2}, [4, 5]),
    ({"Skip": 3}, [4, 5]),
    ({"SkipLast": 2}, [1, 2, 3]),
    ({"First": 0}, []),
    ({"Index": [3, 0, 9]}, [1, 4]),
    ({"First": 2, "Skip": 1}, [2, 3]),
])
def test_window_selections(params, expected):
    assert run("select", params, [1, 2, 3, 4, 5]) == expected


def test_first_asks_upstream_to_stop():
    ctx = FakeCtx()
    run("select", {"First": 1}, [1, 2, 3], ctx)
    assert ctx.stopped


def test_unique_example_5():
    assert run("select", {"First": 2, "Unique": True}, ["a", "a", "b", "c"]) == ["a"]


def test_unique_is_case_sensitive_in_5_1():
    assert run("select", {"Unique": True}, ["a", "A", "a"]) == ["a", "A"]


def test_property_makes_selected_objects_in_requested_order():
    obj = PSObject([("a", 1), ("b", 2), ("c", 3)])
    out = run("select", {"Property": ["c", "a"]}, [obj])[0]
    assert out.names() == ["c", "a"]
    assert out.typenames == ["Selected." + PSCUSTOMOBJECT, PSCUSTOMOBJECT, "System.Object"]


def test_selected_type_name_comes_from_the_base_object():
    out = run("select", {"Property": ["PrimaryPoolFqdn"]}, [pool_info()])[0]
    assert out.typenames[0] == "Selected.Microsoft.Rtc.Management.Xds.GetOCsUserPoolInfoCmdlet+UserInformation"
    assert run("select", {"Property": ["Length"]}, ["abc"])[0].typenames[0] == "Selected.System.String"


def test_missing_property_becomes_null_and_5_1_keeps_an_unmatched_wildcard_name():
    out = run("select", {"Property": ["nope", "zz*"]}, [PSObject([("a", 1)])])[0]
    assert list(out.items()) == [("nope", None), ("zz*", None)]


def test_wildcards_expand_in_object_order():
    out = run("select", {"Property": ["*PoolFqdn"]}, [pool_info()])[0]
    assert out.names() == ["PrimaryPoolFqdn", "BackupPoolFqdn", "UserServicesPoolFqdn"]


def test_exclude_property_with_property():
    out = run("select", {"Property": ["*"], "ExcludeProperty": ["*Machines*"]}, [pool_info()])[0]
    assert out.names() == ["PrimaryPoolFqdn", "BackupPoolFqdn", "UserServicesPoolFqdn"]


def test_exclude_property_alone_is_ignored_in_5_1():
    obj = PSObject([("a", 1)])
    assert run("select", {"ExcludeProperty": ["a"]}, [obj])[0] is obj


def test_calculated_property():
    spec = PSHashtable([("Name", "Double"), ("Expression", Block(lambda o: o.get("a") * 2, "$_.a * 2"))])
    out = run("select", {"Property": ["a", spec]}, [PSObject([("a", 4)])])[0]
    assert list(out.items()) == [("a", 4), ("Double", 8)]


def test_script_block_column_named_by_its_text():
    out = run("select", {"Property": [Block(lambda o: 1, " $_.a ")]}, [PSObject([("a", 4)])])[0]
    assert out.names() == [" $_.a "]


def test_empty_script_block_without_name_terminates():
    with pytest.raises(PSError) as info:
        run("select", {"Property": [Block(lambda o: None, "")]}, [PSObject([("a", 4)])])
    assert info.value.record.message == "A property is an empty script block and does not provide a name."


def test_same_property_twice_is_an_error():
    ctx = FakeCtx()
    out = run("select", {"Property": ["a", "A"]}, [PSObject([("a", 1)])], ctx)
    assert out[0].names() == ["a"]
    # the resolved name is the member's own spelling (MshExpression.ResolveNames)
    assert ctx.errors[0].message == 'The property cannot be processed because the property "a" already exists.'
    assert ctx.errors[0].error_id == "AlreadyExistingUserSpecifiedPropertyNoExpand"


def test_bad_hashtable_key_terminates_with_binding_style_error():
    with pytest.raises(PSError) as info:
        run("select", {"Property": [PSHashtable([("x", "a")])]}, [PSObject([("a", 1)])])
    record = info.value.record
    assert (record.message, record.error_id, record.category) == (
        "The x key is not valid.", "DictionaryKeyIllegal", "InvalidArgument")


def test_null_input_is_skipped():
    assert run("select", {"Property": ["a"]}, [None]) == []
