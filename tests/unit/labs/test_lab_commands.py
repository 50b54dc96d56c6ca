"""The lab commands in a real shell: start, check, hint, stop, report, validate."""
from __future__ import annotations

import csv
import json

import pytest

from cspshell.labengine import current_run
from lab_helpers import SMALL_LAB, Shell, write_small_lab

SEED_WALK = ("Get-CsUserPoolInfo -Identity {0} | Select-Object -ExpandProperty "
             "PrimaryPoolMachinesInPreferredOrder | Format-List MachineId,Fqdn")


@pytest.fixture
def shell():
    return Shell()


def started(shell: Shell, name: str = "registrars", seed: int = 2) -> str:
    text = shell.run(f"Start-CsLab -Name {name} -Seed {seed}")
    return current_run(shell.ctx.session).values["user"], text


def test_get_cslab_lists_the_labs(shell):
    lines = shell.run("Get-CsLab").splitlines()
    assert lines[1].split() == ["Lab", "Name", "Tasks", "Topology", "Title"]
    assert lines[3].split()[:4] == ["1", "registrars", "4", "default"]
    assert sum(1 for line in lines if line.strip()) == 2 + 7
    assert "branch-office" in shell.run("Get-CsLab branch*")


def test_start_prints_the_briefing_and_the_first_task(shell):
    user, text = started(shell)
    lines = text.splitlines()
    assert lines[0] == "Lab 1: Primary and backup registrars, MachineIds and FQDNs"
    assert lines[1] == "Lab registrars, seed 2, topology default."
    assert "Task 1 of 4: Find the user's pools" in lines
    assert lines[-1] == "When you are done, run Test-CsLabTask. Get-CsLabHint gives a hint."
    assert user in text


def test_the_lab_loads_its_topology_and_starts_a_fresh_lab_state(shell):
    shell.run("Import-CsLabTopology two-datacenter")
    shell.run("Step-CsLabClock 60")
    started(shell)
    assert shell.ctx.session.topology.name == "Seed lab (beta.deitterick.com)"
    assert shell.ctx.session.lab.clock == 0


def test_a_whole_lab_through_the_shell(shell):
    user, _ = started(shell)
    first_try = shell.run("Test-CsLabTask")
    assert "  [ ] your last pipeline shows" in first_try
    assert "You have not run a pipeline since the lab started." in first_try
    assert shell.run("Get-CsLabHint").startswith("Hint 1 of 3 (concept):")
    shell.run(f"Get-CsUserPoolInfo -Identity {user}")
    shell.run("Get-CsLabHint")          # lab commands are not answers: the pipeline before counts
    passed = shell.run("Test-CsLabTask")
    assert "Task 1 of 4 passed (2 attempts, 2 hints)." in passed
    assert "Task 2 of 4: Map the MachineIds to FQDNs" in passed
    shell.run(SEED_WALK.format(user))
    assert "Task 2 of 4 passed" in shell.run("Test-CsLabTask")
    shell.run(f"$primaryRegistrar = (Get-CsUserPoolInfo {user}).PrimaryPoolMachinesInPreferredOrder[0].Fqdn")
    shell.run("Test-CsLabTask")
    shell.run(f"$backupRegistrar = (Get-CsUserPoolInfo {user}).BackupPoolFqdn")
    done = shell.run("Test-CsLabTask").splitlines()
    assert done[-2] == "Lab registrars complete: 4 of 4 tasks, 5 attempts, 2 hints."
    assert shell.run("Get-CsLabTask").splitlines()[0] == done[-2]


def test_output_from_before_the_lab_is_not_an_answer(shell):
    shell.run("Get-CsUserPoolInfo -Identity lcarter@beta.deitterick.com")
    started(shell, seed=2)                       # seed 2 picks lcarter
    assert "You have not run a pipeline since the lab started." in shell.run("Test-CsLabTask")


def test_start_clears_the_variables_the_checks_read(shell):
    shell.run("$primaryRegistrar = 'beta-ls14-ee2.beta.deitterick.com'; $other = 1")
    started(shell)
    assert shell.ctx.get_var("primaryRegistrar", "gone") == "gone"
    assert shell.ctx.get_var("other") == 1


def test_pass_thru_returns_the_result(shell):
    user, _ = started(shell)
    shell.run(f"Get-CsUserPoolInfo {user}")
    shell.run("$r = Test-CsLabTask -PassThru")
    result = shell.ctx.get_var("r")
    assert (result.get("Lab"), result.get("Task"), result.get("Passed"), result.get("Attempts")) == \
        ("registrars", 1, True, 1)


@pytest.mark.parametrize("command", ["Get-CsLabTask", "Test-CsLabTask", "Get-CsLabHint", "Stop-CsLab",
                                     "Export-CsLabReport r.json"])
def test_commands_without_a_lab_say_how_to_start_one(shell, command):
    text = shell.run(command)
    assert "No lab is running. Start one with Start-CsLab -Name <lab>; Get-CsLab lists the labs." in text
    assert "FullyQualifiedErrorId : NoLabRunning,CsLab.Commands." in text


def test_stop_then_report(shell, tmp_path):
    user, _ = started(shell)
    shell.run(f"Get-CsUserPoolInfo {user}")
    shell.run("Test-CsLabTask")
    stop = shell.run("Stop-CsLab").splitlines()
    assert stop[0] == "Lab registrars stopped at task 2 of 4: 1 task passed, 1 attempt, 0 hints."
    assert "was stopped" in shell.run("Test-CsLabTask")
    shell.ctx.cwd = str(tmp_path)
    shell.run("Export-CsLabReport -Path report.csv")
    shell.run("Export-CsLabReport report.json")
    rows = list(csv.DictReader((tmp_path / "report.csv").open(encoding="utf-8", newline="")))
    assert [(r["Task"], r["Status"], r["Attempts"]) for r in rows] == [
        ("1", "Passed", "1"), ("2", "Stopped", "0"), ("3", "NotStarted", "0"), ("4", "NotStarted", "0")]
    report = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert report["stopped"] and report["parameters"] == {"user": user}


def test_report_refuses_other_extensions(shell, tmp_path):
    started(shell)
    shell.ctx.cwd = str(tmp_path)
    text = shell.run("Export-CsLabReport report.txt")
    assert "The report file must end in .json or .csv, not 'report.txt'." in text
    assert not (tmp_path / "report.txt").exists()
    shell.run("Export-CsLabReport report.json -WhatIf")
    assert not (tmp_path / "report.json").exists()


def test_starting_another_lab_stops_the_first_with_a_warning(shell):
    started(shell)
    text = shell.run("Start-CsLab failover")
    assert text.splitlines()[0] == "WARNING: The lab registrars was stopped at task 1 of 4."


def test_start_a_lab_file_of_your_own(shell, tmp_path):
    shell.ctx.cwd = str(tmp_path)  # the lab's C:\\Users\\Administrator
    path = write_small_lab(tmp_path).name
    text = shell.run(f"Start-CsLab -Path '.\\{path}' -Seed 1")
    assert text.splitlines()[0] == "Lab 9: A small lab"
    broken = write_small_lab(tmp_path, SMALL_LAB.replace("title: A small lab\n", ""), "broken.yaml")
    error = shell.run(f"Start-CsLab -Path '{broken.name}'")
    assert "The lab file has problems:" in error and "'title' is missing" in error
    assert ("Cannot find path 'C:\\Users\\Administrator\\none.yaml' because it does not exist."
            in shell.run("Start-CsLab -Path none.yaml"))


def test_test_cslabdefinition_rows_and_failure(shell, tmp_path):
    shell.run("Test-CsLabDefinition -Name registrars -Seed 1 | Select-Object Task,Solution,WrongAnswer")
    rows = list(shell.ctx.output_history[-1])
    assert [(r.get("Task"), r.get("Solution"), r.get("WrongAnswer")) for r in rows] == [
        (1, "Passed", "Rejected"), (2, "Passed", "Rejected"), (3, "Passed", "Rejected"), (4, "Passed", "Rejected")]
    text = SMALL_LAB.replace("[0].Fqdn", "[1].Fqdn").replace(
        "        wrong:\n          - Get-CsUser {user} | Select-Object SipAddress\n", "")
    shell.ctx.cwd = str(tmp_path)
    path = write_small_lab(tmp_path, text).name
    out = shell.run(f"Test-CsLabDefinition -Path '{path}'")
    assert "WARNING: small.yaml:23:9: this check has no wrong answer" in out
    assert "The lab small fails 1 of its 2 checks with seed 0." in out
    assert "   1 Passed   None        shows the primary pool" in out
    assert "   2 Failed   Rejected    $registrar holds the primary registrar" in out


def test_test_cslabdefinition_leaves_the_session_alone(shell):
    user, _ = started(shell)
    shell.run("Test-CsLabDefinition -Name failover")
    assert current_run(shell.ctx.session).definition.name == "registrars"
    assert shell.ctx.session.lab.clock == 0
