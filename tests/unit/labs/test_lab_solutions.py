"""Every shipped lab's reference solution passes every check, and every check rejects its
wrong answer, for several trainees (seeds). The runner gives each run a fresh shell."""
from __future__ import annotations

import pytest

from cspshell.labengine import load_lab, shipped_lab_paths, start, verify
from cspshell.labengine.solution import VerifyRow
from lab_helpers import SMALL_LAB, Shell, write_small_lab

SEEDS = (0, 1)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("path", shipped_lab_paths(), ids=lambda p: p.stem)
def test_reference_solution_passes_and_wrong_answers_fail(path, seed):
    lab = load_lab(path)
    rows = verify(lab, seed)
    assert len(rows) == lab.check_count
    failures = [row for row in rows if not row.solution_passed]
    assert not failures, f"the solution fails: {failures}"
    accepted = [row for row in rows if row.wrong_rejected is not True]
    assert not accepted, f"a wrong answer is not rejected: {accepted}"


def test_seeds_give_different_trainees_different_users():
    lab = load_lab(next(p for p in shipped_lab_paths() if p.stem == "branch-office"))
    users = {verify_user(lab, seed) for seed in range(6)}
    assert len(users) > 1


def verify_user(lab, seed):
    shell = Shell()
    return start(shell.ctx, lab, seed, clock=lambda: 0.0).values["user"]


def test_a_broken_solution_is_reported(tmp_path):
    text = SMALL_LAB.replace("      - $registrar = (Get-CsUserPoolInfo {user}).PrimaryPoolMachinesInPreferredOrder[0].Fqdn",
                             "      - $registrar = (Get-CsUserPoolInfo {user}).PrimaryPoolMachinesInPreferredOrder[1].Fqdn")
    rows = verify(load_lab(write_small_lab(tmp_path, text)), 0)
    assert [row.ok for row in rows] == [True, False]
    assert rows[1].detail.startswith("$registrar holds '")


def test_a_wrong_answer_that_passes_is_reported(tmp_path):
    text = SMALL_LAB.replace("          - Get-CsUser {user} | Select-Object SipAddress",
                             "          - Get-CsUserPoolInfo {user}")
    row = verify(load_lab(write_small_lab(tmp_path, text)), 0)[0]
    assert row == VerifyRow(1, "shows the primary pool", True, False, "the wrong answer passes this check")
