"""Lab files: the shipped labs load cleanly; broken files are refused with positions."""
from __future__ import annotations

import re

import pytest

from cspshell.labengine import (LabDefinitionError, lab_warnings, load_lab, shipped_lab, shipped_lab_names,
                                shipped_lab_paths, shipped_labs, verify)
from cspshell.labengine.model import HINT_KINDS
from lab_helpers import REPO_ROOT, SMALL_LAB, write_small_lab

# The seven labs the issue asks for, in order.
EXPECTED_LABS = ("registrars", "director", "enterprise-pool", "endpoint-cache", "failover",
                 "srv-records", "branch-office")


def test_the_seven_labs_ship_in_order():
    labs = shipped_labs()
    assert tuple(lab.name for lab in labs) == EXPECTED_LABS
    assert [lab.order for lab in labs] == list(range(1, 8))
    assert set(shipped_lab_names()) == set(EXPECTED_LABS)


@pytest.mark.parametrize("path", shipped_lab_paths(), ids=lambda p: p.stem)
def test_shipped_lab_is_complete(path):
    lab = load_lab(path)
    assert lab.name == path.stem
    assert lab_warnings(path) == []
    assert lab.title and lab.briefing and lab.summary
    for task in lab.tasks:
        assert [kind for kind, text in task.hints.ordered() if text] == list(HINT_KINDS)
        assert task.solution
        for check in task.checks:
            assert check.wrong, f"{lab.name}: '{check.say}' has no wrong answer"


def test_branch_lab_uses_the_two_datacenter_sample_and_the_others_the_seed_lab():
    topologies = {lab.name: lab.topology for lab in shipped_labs()}
    assert topologies.pop("branch-office") == "two-datacenter"
    assert set(topologies.values()) == {"default"}


def test_shipped_lab_lookup_ignores_case():
    assert shipped_lab("Failover").name == "failover"
    assert shipped_lab("nosuch") is None


def _problems(tmp_path, text):
    path = write_small_lab(tmp_path, text)
    with pytest.raises(LabDefinitionError) as caught:
        load_lab(path)
    return [(p.line, p.message) for p in caught.value.problems if p.is_error]


# Each case breaks the small lab in one way: (old text, new text, line, words of the message).
BROKEN = [
    ("title: A small lab\n", "", 1, "'title' is missing"),
    ("topology: default", "topology: nowhere.yaml", 6, "neither a shipped sample"),
    ("name: small", "name: Small Lab", 2, "lower-case letters"),
    ("    pick: user\n", "    pick: users\n", 9, "pick must be one of user, pool, one_of"),
    ("    pool: ls14pool", "    pools: ls14pool", 10, "unknown key 'pools'"),
    ("{fn: preferred_fqdn,", "{fn: preferred_fdqn,", 12, "the functions are"),
    ("Work with {user}.", "Work with {usr}.", 13, "'{usr}' names no parameter"),
    ("      concept: The concept of {user}.\n", "", 19, "'concept' is missing"),
    ("        output_contains:\n", "        output_contain:\n", 24, "unknown check key 'output_contain'"),
    ("          name: registrar\n", "", 39, "a variable check needs 'name'"),
    ('          equals: "{first}"', '          equals: "{first}"\n          like: "*"', 39,
     "exactly one of equals, set_equals, like"),
    ("    solution:\n      - Get-CsUserPoolInfo {user}\n", "", 16, "'solution' is missing"),
]


@pytest.mark.parametrize("old,new,line,words", BROKEN, ids=[case[3] for case in BROKEN])
def test_broken_lab_is_refused_with_a_position(tmp_path, old, new, line, words):
    assert old in SMALL_LAB
    problems = _problems(tmp_path, SMALL_LAB.replace(old, new, 1))
    assert any(words in message and found == line for found, message in problems), problems


def test_a_check_with_two_kinds_is_refused(tmp_path):
    text = SMALL_LAB.replace("        output_contains:\n", "        clock: {at_least: 1}\n        output_contains:\n", 1)
    assert any("exactly one kind" in message for _, message in _problems(tmp_path, text))


def test_setting_types_are_checked(tmp_path):
    text = SMALL_LAB.replace("          values: [ls14pool.beta.deitterick.com]",
                             "          values: [ls14pool.beta.deitterick.com]\n          in_order: yes please")
    assert any("'in_order' must be true or false" in message for _, message in _problems(tmp_path, text))


def test_a_check_without_wrong_answer_is_a_warning(tmp_path):
    text = SMALL_LAB.replace("        wrong:\n          - $registrar = 'nobody.beta.deitterick.com'\n", "")
    path = write_small_lab(tmp_path, text)
    load_lab(path)
    assert [p.message for p in lab_warnings(path)] == [
        "this check has no wrong answer; add 'wrong:' statements that it must reject"]


def test_a_file_named_differently_warns(tmp_path):
    path = write_small_lab(tmp_path, name="other.yaml")
    assert "differs from the file name 'other'" in lab_warnings(path)[0].message


def test_yaml_errors_and_missing_files_are_problems_not_tracebacks(tmp_path):
    bad = write_small_lab(tmp_path, "name: [unclosed\n", "bad.yaml")
    with pytest.raises(LabDefinitionError):
        load_lab(bad)
    with pytest.raises(LabDefinitionError, match="does not exist"):
        load_lab(tmp_path / "missing.yaml")


def test_script_blocks_in_statements_are_not_placeholders(tmp_path):
    text = SMALL_LAB.replace("      - Get-CsUserPoolInfo {user}\n",
                             "      - Get-CsUserPoolInfo {user} | ForEach-Object {$_}\n", 1)
    lab = load_lab(write_small_lab(tmp_path, text))
    assert lab.tasks[0].solution == ("Get-CsUserPoolInfo {user} | ForEach-Object {$_}",)


def test_the_example_lab_of_the_docs_is_valid_and_solves(tmp_path):
    text = (REPO_ROOT / "docs" / "labs.md").read_text(encoding="utf-8")
    example = re.search(r"```yaml\n(.*?)```", text, re.DOTALL).group(1)
    path = write_small_lab(tmp_path, example, "my-lab.yaml")
    assert lab_warnings(path) == []
    assert all(row.ok and row.wrong_rejected for row in verify(load_lab(path), 3))
