"""Where-Object, ForEach-Object, Sort-Object, Group-Object, Measure-Object, Get-Unique,
Compare-Object, Tee-Object, Add-Member, New-Object, Select-String, Get-Random (5.1 docs,
tests and sources)."""
import pytest

from cspshell.errors import PSError
from cspshell.objects.convert import to_string
from cspshell.objects.psobject import PSHashtable, PSObject

from tests.support.fakes import Block, FakeCtx, run


def obj(**props):
    return PSObject(list(props.items()))


# --- Where-Object ---------------------------------------------------------------------

def test_where_script_block_truthiness():
    block = Block(lambda o: o)
    assert run("Where-Object", {"FilterScript": block}, [0, 1, "", "False", [], None, 2]) == [1, "False", 2]
    assert block.calls[0][1] is False  # runs in the caller's scope


COMPUTERS = [obj(Name="A", NumberOfCores=1, Drives=["C"], IPAddress=""),
             obj(Name="B", NumberOfCores=2, Drives=["C", "D"], IPAddress="10.0.0.2"),
             obj(Name="C", NumberOfCores=4, Drives=["C", "D"])]


@pytest.mark.parametrize("params,expected", [
    ({"Property": "NumberOfCores", "GE": True, "Value": 2}, ["B", "C"]),
    ({"Property": "Drives", "Contains": True, "Value": "D"}, ["B", "C"]),
    ({"Property": "IPAddress"}, ["B"]),
    ({"Property": "Name", "Like": True, "Value": "b*"}, ["B"]),
    ({"Property": "Name", "CLike": True, "Value": "b*"}, []),
    ({"Property": "Name", "In": True, "Value": ["a", "c"]}, ["A", "C"]),
    ({"Property": "Name", "Match": True, "Value": "^[ab]$"}, ["A", "B"]),
    ({"Property": "Name", "NE": True, "Value": "a"}, ["B", "C"]),
    ({"Property": "Number*", "GT": True, "Value": "1"}, ["B", "C"]),
])
def test_where_comparison_forms(params, expected):
    assert [o.get("Name") for o in run("Where-Object", params, COMPUTERS)] == expected


def test_where_operator_without_value_terminates():
    with pytest.raises(PSError) as info:
        run("Where-Object", {"Property": "Name", "GT": True}, COMPUTERS)
    assert info.value.record.error_id == "ValueNotSpecifiedForWhereObject"


def test_where_value_without_operator_terminates():
    with pytest.raises(PSError) as info:
        run("Where-Object", {"Property": "Name", "Value": "x"}, COMPUTERS)
    assert info.value.record.message.startswith("An operator is required to compare the two specified values.")


def test_where_collection_property_filters_like_the_operator():
    # @(0,1) -eq 0 yields @(0), which is false
    assert run("Where-Object", {"Property": "v", "EQ": True, "Value": 0}, [obj(v=[0, 1])]) == []


# --- ForEach-Object --------------------------------------------------------------------

def test_foreach_begin_process_end_from_positional_blocks():
    blocks = [Block(lambda o: "begin"), Block(lambda o: f"p{o}"), Block(lambda o: "end")]
    assert run("ForEach-Object", {"Process": blocks}, [1, 2]) == ["begin", "p1", "p2", "end"]


def test_foreach_two_blocks_are_begin_and_process():
    blocks = [Block(lambda o: "begin"), Block(lambda o: "process")]
    assert run("ForEach-Object", {"Process": blocks}, [1, 2]) == ["begin", "process", "process"]


def test_foreach_processes_null():
    assert run("ForEach-Object", {"Process": [Block(lambda o: "Hello")]}, [1, 2, None, 4]) == ["Hello"] * 4


def test_foreach_member_name_property_enumerates_collections():
    assert run("ForEach-Object", {"MemberName": "v"}, [obj(v=[1, 2]), obj(v=3)]) == [1, 2, 3]


def test_foreach_member_name_missing_property_writes_null():
    assert run("ForEach-Object", {"MemberName": "nope"}, [obj(v=1)]) == [None]


# --- Sort-Object -------------------------------------------------------------------------

def test_sort_numbers_and_strings():
    assert run("Sort-Object", {}, [3, 1, 2]) == [1, 2, 3]
    assert run("Sort-Object", {}, ["b", "C", "a"]) == ["a", "b", "C"]
    assert run("Sort-Object", {}, ["1500", "2", "100"]) == ["100", "1500", "2"]  # strings stay strings


def test_sort_descending_and_unique_case_insensitive():
    assert run("Sort-Object", {"Descending": True}, [1, 3, 2]) == [3, 2, 1]
    assert run("Sort-Object", {"Unique": True}, ["a", "B", "A", "b"]) == ["a", "B"]


def test_sort_case_sensitive_puts_lower_case_first():
    assert run("Sort-Object", {"CaseSensitive": True}, ["B", "a", "A", "b"]) == ["a", "A", "b", "B"]


def test_sort_null_property_value_sits_like_zero_and_missing_goes_last():
    items = [obj(v=8), obj(v=None), obj(v=-2), obj(v=1), obj(w=0)]
    out = run("Sort-Object", {"Property": ["v"]}, items)
    assert [o.get("v", "missing") for o in out] == [-2, None, 1, 8, "missing"]
    out = run("Sort-Object", {"Property": ["v"], "Descending": True}, items)
    assert [o.get("v", "missing") for o in out][-1] == "missing"


def test_sort_by_hashtable_direction_per_key():
    items = [obj(a=1, b="x"), obj(a=2, b="y"), obj(a=1, b="z")]
    spec = PSHashtable([("Expression", "a"), ("Descending", True)])
    out = run("Sort-Object", {"Property": [spec, "b"]}, items)
    assert [(o.get("a"), o.get("b")) for o in out] == [(2, "y"), (1, "x"), (1, "z")]


def test_sort_ties_come_out_in_introsort_order():
    # 5.1 sorts with List.Sort (.NET introsort, not stable): Sort-Object docs Example 9 shows
    # 1..20 | Sort-Object {$_ % 3} as 18 3 15 6 12 9 1 16 13 10 7 4 19 11 8 14 5 17 2 20
    out = run("Sort-Object", {"Property": [Block(lambda v: v % 3)]}, list(range(1, 21)))
    assert out == [18, 3, 15, 6, 12, 9, 1, 16, 13, 10, 7, 4, 19, 11, 8, 14, 5, 17, 2, 20]


def test_sort_skips_null_input():
    assert run("Sort-Object", {}, [2, None, 1]) == [1, 2]


# --- Group-Object ------------------------------------------------------------------------

def test_group_order_of_first_appearance_and_names():
    out = run("Group-Object", {"Property": ["Length"]}, ["bb", "a", "cc", "d"])
    assert [(g.get("Count"), g.get("Name"), g.get("Group")) for g in out] == [(2, "2", ["bb", "cc"]),
                                                                              (2, "1", ["a", "d"])]
    assert out[0].typenames[0] == "Microsoft.PowerShell.Commands.GroupInfo"
    assert out[0].names() == ["Values", "Count", "Group", "Name"]


def test_group_5_1_does_not_sort_keys():
    assert [g.get("Name") for g in run("Group-Object", {}, ["{", "}", "{0}"])] == ["{", "}", "{0}"]


def test_group_case_insensitive_by_default():
    assert [g.get("Count") for g in run("Group-Object", {}, ["a", "A", "b"])] == [2, 1]
    assert [g.get("Count") for g in run("Group-Object", {"CaseSensitive": True}, ["a", "A"])] == [1, 1]


def test_group_no_element_and_several_properties():
    out = run("Group-Object", {"Property": ["a", "b"], "NoElement": True}, [obj(a=1, b="x"), obj(a=1, b="x")])
    assert out[0].typenames[:2] == ["Microsoft.PowerShell.Commands.GroupInfoNoElement",
                                    "Microsoft.PowerShell.Commands.GroupInfo"]
    assert (out[0].get("Name"), out[0].get("Count"), out[0].get("Group")) == ("1, x", 2, [])


def test_group_as_hashtable():
    table = run("Group-Object", {"Property": ["Length"], "AsHashTable": True}, ["a", "bb", "c"])[0]
    assert table[1] == ["a", "c"] and table[2] == ["bb"]
    table = run("Group-Object", {"Property": ["Length"], "AsHashTable": True, "AsString": True}, ["a"])[0]
    assert table["1"] == ["a"]


def test_group_as_string_without_hashtable_terminates():
    with pytest.raises(PSError) as info:
        run("Group-Object", {"AsString": True}, ["a"])
    assert info.value.record.message == ("The command cannot be run because the AsString parameter requires "
                                         "that you specify the AsHashtable parameter.")


def test_group_wildcard_property_is_rejected():
    with pytest.raises(PSError) as info:
        run("Group-Object", {"Property": ["Na*"]}, ["a"])
    assert info.value.record.message == 'Wildcard characters are not allowed in "Na*".'


# --- Measure-Object ----------------------------------------------------------------------

def test_measure_sum_average_are_doubles():
    info = run("Measure-Object", {"Sum": True, "Average": True}, [1, 2, 3])[0]
    assert list(info.items()) == [("Count", 3), ("Average", 2.0), ("Sum", 6.0), ("Maximum", None),
                                  ("Minimum", None), ("Property", None)]
    assert isinstance(info.get("Sum"), float)
    assert info.typenames[0] == "Microsoft.PowerShell.Commands.GenericMeasureInfo"


def test_measure_count_only_and_empty_input():
    assert run("Measure-Object", {}, [])[0].get("Count") == 0
    assert run("Measure-Object", {}, ["a", "b"])[0].get("Count") == 2


def test_measure_min_max_of_property():
    info = run("Measure-Object", {"Property": ["v"], "Minimum": True, "Maximum": True}, [obj(v=3), obj(v=10)])[0]
    assert (info.get("Minimum"), info.get("Maximum"), info.get("Property")) == (3.0, 10.0, "v")


def test_measure_text():
    info = run("Measure-Object", {"Line": True, "Word": True, "Character": True}, ["One two three\nfour"])[0]
    assert list(info.items()) == [("Lines", 2), ("Words", 4), ("Characters", 18), ("Property", None)]


def test_measure_missing_property_error():
    ctx = FakeCtx()
    assert run("Measure-Object", {"Property": ["nope"]}, [obj(v=1)], ctx) == []
    assert ctx.errors[0].message == 'The property "nope" cannot be found in the input for any objects.'
    assert ctx.errors[0].error_id == "GenericMeasurePropertyNotFound"


def test_measure_non_numeric_sum_error():
    ctx = FakeCtx()
    info = run("Measure-Object", {"Sum": True}, ["x"], ctx)[0]
    assert ctx.errors[0].message == 'Input object "x" is not numeric.'
    assert info.get("Sum") is None


# --- Get-Unique / Compare-Object / Tee-Object --------------------------------------------

def test_get_unique_adjacent_case_sensitive():
    assert run("Get-Unique", {}, [1, 1, 2, 2, 3, "a", "A", "A"]) == [1, 2, 3, "a", "A"]
    assert run("Get-Unique", {"AsString": True}, [1, "1", 2]) == [1, 2]


def test_compare_object_doc_example():
    out = run("Compare-Object", {"ReferenceObject": ["dog", "squirrel", "bird"],
                                 "DifferenceObject": ["cat", "bird", "racoon"]})
    assert [(o.get("InputObject"), o.get("SideIndicator")) for o in out] == [
        ("cat", "=>"), ("racoon", "=>"), ("dog", "<="), ("squirrel", "<=")]


def test_compare_object_include_equal_and_exclude_different():
    out = run("Compare-Object", {"ReferenceObject": ["a", "b"], "DifferenceObject": ["b", "c"],
                                 "IncludeEqual": True, "ExcludeDifferent": True})
    assert [(o.get("InputObject"), o.get("SideIndicator")) for o in out] == [("b", "==")]


def test_compare_object_pipeline_difference():
    out = run("Compare-Object", {"ReferenceObject": [1, 2]}, [2, 3])
    assert sorted((o.get("InputObject"), o.get("SideIndicator")) for o in out) == [(1, "<="), (3, "=>")]


def test_compare_object_by_property():
    out = run("Compare-Object", {"ReferenceObject": [obj(n="a", x=1)], "DifferenceObject": [obj(n="a", x=2)],
                                 "Property": ["n"], "IncludeEqual": True})
    assert list(out[0].items()) == [("n", "a"), ("SideIndicator", "==")]


def test_tee_object_variable_passes_everything_through():
    ctx = FakeCtx()
    assert run("Tee-Object", {"Variable": "saved"}, [1, 2], ctx) == [1, 2]
    assert ctx.get_var("saved") == [1, 2]


# --- Add-Member / New-Object --------------------------------------------------------------

def test_add_member_note_property_and_passthru():
    target = obj(Name="x")
    out = run("Add-Member", {"NotePropertyName": "Size", "NotePropertyValue": 3, "PassThru": True}, [target])
    assert out == [target] and target.get("Size") == 3


def test_add_member_existing_name_needs_force():
    ctx = FakeCtx()
    run("Add-Member", {"MemberType": "NoteProperty", "Name": "Name", "Value": "y"}, [obj(Name="x")], ctx)
    assert ctx.errors[0].message.startswith('Cannot add a member with the name "Name" because a member')
    assert ctx.errors[0].error_id == "MemberAlreadyExists"


def test_add_member_alias_and_type_name():
    target = obj(Fqdn="a.b")
    run("Add-Member", {"MemberType": "AliasProperty", "Name": "Host", "Value": "Fqdn", "TypeName": "My.Type"},
        [target])
    assert target.get("Host") == "a.b" and target.typenames[0] == "My.Type"


def test_new_object_psobject_property():
    out = run("New-Object", {"TypeName": "PSObject", "Property": PSHashtable([("Name", "x"), ("Size", 3)])})
    assert list(out[0].items()) == [("Name", "x"), ("Size", 3)]


def test_add_member_alias_with_type_and_get_member_definition():
    target = obj(Age="20")
    run("Add-Member", {"MemberType": "AliasProperty", "Name": "IntAge", "Value": "Age", "SecondValue": "UInt32"},
        [target])
    assert target.get("IntAge") == 20
    rows = {m.get("Name"): (m.get("MemberType"), m.get("Definition")) for m in run("Get-Member", {}, [target])}
    assert rows["IntAge"] == ("AliasProperty", "IntAge = (System.UInt32)Age")
    assert rows["Age"] == ("NoteProperty", "string Age=20")


def test_add_member_type_name_alone():
    target = obj(MachineName=".")
    assert run("Add-Member", {"TypeName": "System.Diagnostics.Process", "PassThru": True}, [target]) == [target]
    assert target.typenames[0] == "System.Diagnostics.Process"


def test_new_object_version():
    version = run("New-Object", {"TypeName": "System.Version", "ArgumentList": ["1.2.3.4"]})[0]
    assert [version.get(p) for p in ("Major", "Minor", "Build", "Revision")] == [1, 2, 3, 4]
    assert to_string(version) == "1.2.3.4"
    short = run("New-Object", {"TypeName": "Version", "ArgumentList": [1, 2]})[0]
    assert (short.get("Build"), short.get("Revision"), to_string(short)) == (-1, -1, "1.2")


def test_new_object_unknown_type():
    with pytest.raises(PSError) as info:
        run("New-Object", {"TypeName": "Foo.Bar"})
    assert info.value.record.message == "Cannot find type [Foo.Bar]: verify that the assembly containing this type is loaded."
    assert info.value.record.error_id == "TypeNotFound"


# --- Select-String / Get-Random -----------------------------------------------------------

def test_select_string_on_strings():
    out = run("Select-String", {"Pattern": ["EE"]}, ["beta-ls14-ee1", "beta-ls14-se2"])
    assert [to_string(m) for m in out] == ["beta-ls14-ee1"]
    assert (out[0].get("LineNumber"), out[0].get("Path")) == (1, "InputStream")
    assert run("Select-String", {"Pattern": ["EE"], "CaseSensitive": True}, ["ee"]) == []
    assert run("Select-String", {"Pattern": ["zz"], "Quiet": True}, ["a"]) == []
    assert run("Select-String", {"Pattern": ["a"], "Quiet": True}, ["b", "a", "a"]) == [True]


def test_select_string_matches_are_match_objects():
    first = run("Select-String", {"Pattern": [r"(\d)(?<tail>\d*)"]}, ["a1 b22"])[0]
    match = first.get("Matches")[0]
    assert match.typenames[0] == "System.Text.RegularExpressions.Match"
    assert [(match.get(p)) for p in ("Success", "Name", "Index", "Length", "Value")] == [True, "0", 1, 1, "1"]
    assert [(g.get("Name"), g.get("Value"), g.get("Success")) for g in match.get("Groups")] == [
        ("0", "1", True), ("1", "1", True), ("tail", "", True)]
    assert match.get("Groups")[0] is match and match.get("Captures") == [match]
    assert to_string(match) == "1"
    every = run("Select-String", {"Pattern": [r"\d+"], "AllMatches": True}, ["a1 b22"])[0]
    assert [m.get("Value") for m in every.get("Matches")] == ["1", "22"]


def test_select_string_simple_match_and_not_match_have_no_matches():
    simple = run("Select-String", {"Pattern": ["."], "SimpleMatch": True}, ["a.b", "axb"])
    assert [m.get("Line") for m in simple] == ["a.b"] and simple[0].get("Matches") == []
    none = run("Select-String", {"Pattern": ["Get", "Set"], "NotMatch": True}, ["Get-Alias", "Set-Alias", "New-Alias"])
    assert [m.get("Line") for m in none] == ["New-Alias"]
    assert (none[0].get("Pattern"), none[0].get("Matches")) == ("Get", [])


def test_select_string_context_display_and_logical():
    out = run("Select-String", {"Pattern": ["b|c"], "Context": [1]}, ["a", "b", "c", "d"])
    assert [to_string(m) for m in out] == ["  a\r\n> b", "> c\r\n  d"]
    contexts = [m.get("Context") for m in out]
    assert [(c.get("PreContext"), c.get("PostContext")) for c in contexts] == [(["a"], ["c"]), (["b"], ["d"])]
    assert contexts[0].get("DisplayPostContext") == [] and contexts[1].get("DisplayPreContext") == []


def test_select_string_passes_match_info_through_in_filter_mode():
    first = run("Select-String", {"Pattern": ["a"]}, ["xa", "ya"])
    again = run("Select-String", {"Pattern": ["y"]}, first)
    assert again == [first[1]] and again[0].get("LineNumber") == 2


def test_get_random_is_repeatable_with_a_seed():
    first = run("Get-Random", {"Maximum": 100, "SetSeed": 23})
    assert first == run("Get-Random", {"Maximum": 100, "SetSeed": 23})
    assert 0 <= first[0] < 100


def test_get_random_min_max_error():
    with pytest.raises(PSError) as info:
        run("Get-Random", {"Minimum": 5, "Maximum": 5})
    assert info.value.record.message == "The Minimum value (5) cannot be greater than or equal to the Maximum value (5)."


def test_introsort_orders_every_rank_sequence():
    # whatever the ties, the result is a permutation with non-decreasing ranks (the heapsort
    # fallback included: a deep recursion limit of 0 forces it)
    from cspshell.cmdlets import sorting
    for ranks in ([3, 1, 2, 1, 3, 0] * 40, [0] * 50, list(range(60, 0, -1)), [i % 7 for i in range(300)]):
        order = sorting.introsort_ranks(ranks)
        assert sorted(order) == list(range(len(ranks)))
        assert [ranks[i] for i in order] == sorted(ranks)
        items = list(range(len(ranks)))
        sorting._introsort(items, ranks, 0, len(items) - 1, 0)
        assert [ranks[i] for i in items] == sorted(ranks)
