"""A lab run's bookkeeping (attempts, hints, time), the toolbar text, the instructor's
report (JSON and CSV, written atomically) and the text the commands print."""
from __future__ import annotations

import csv
import io
import json
import os

import pytest

from cspshell.labengine import load_lab
from cspshell.labengine.checks import CheckResult
from cspshell.labengine.narration import attempt_lines, hint_lines, reflow, result_lines, stop_lines, text_width
from cspshell.labengine.progress import CURRENT, NOT_STARTED, PASSED, STOPPED, LabRun, toolbar_segment
from cspshell.labengine.report import report_csv, report_data, report_format, write_report
from cspshell.session import Session
from lab_helpers import FakeClock, write_small_lab


@pytest.fixture
def small(tmp_path):
    return load_lab(write_small_lab(tmp_path))


def new_run(definition, clock):
    return LabRun(definition, 4, {"user": "dsmith@beta.deitterick.com", "first": "answer.example"}, clock)


def test_attempts_hints_and_time_per_task(small):
    clock = FakeClock()
    run = new_run(small, clock)
    assert [t.status for t in run.tasks] == [CURRENT, NOT_STARTED]
    assert run.next_hint() == (1, True)
    assert run.next_hint() == (2, True)
    clock.advance(30)
    run.attempt(False)
    run.attempt(True)
    assert (run.current, run.tasks[0].attempts, run.tasks[0].hints, run.tasks[0].status) == (1, 2, 2, PASSED)
    assert run.tasks[0].seconds(clock()) == 30
    clock.advance(15)
    for _ in range(5):
        run.next_hint()
    assert run.next_hint() == (3, False)        # after the last hint, the last one again
    assert run.tasks[1].hints == 3
    run.attempt(True)
    assert run.complete and not run.active
    assert (run.total_attempts(), run.total_hints(), run.elapsed()) == (3, 5, 45)


def test_stop_marks_the_current_task(small):
    clock = FakeClock()
    run = new_run(small, clock)
    clock.advance(10)
    run.stop()
    clock.advance(100)
    assert run.stopped and run.tasks[0].status == STOPPED
    assert run.elapsed() == 10


def test_toolbar_segment():
    session = Session()
    assert toolbar_segment(session) == ""
    # The real registrars lab, picked with the session's engine-free API.
    run = LabRun(load_lab(_lab_path("registrars")), 0, {}, FakeClock())
    session.extras["lab"] = run
    assert toolbar_segment(session) == "lab registrars: task 1/4"
    run.next_hint()
    assert toolbar_segment(session) == "lab registrars: task 1/4, 1 hint"
    for _ in range(4):
        run.attempt(True)
    assert toolbar_segment(session) == "lab registrars: complete (4/4)"
    run.stop()
    assert toolbar_segment(session) == ""


def _lab_path(name):
    from cspshell.labengine import shipped_lab_paths
    return next(path for path in shipped_lab_paths() if path.stem == name)


def test_report_data_has_tasks_attempts_hints_and_time_but_no_answers(small):
    clock = FakeClock(1_700_000_000.0)
    run = new_run(small, clock)
    run.next_hint()
    clock.advance(61)
    run.attempt(True)
    data = report_data(run)
    assert data["lab"] == "small" and data["seed"] == 4
    assert data["parameters"] == {"user": "dsmith@beta.deitterick.com"}
    assert "answer.example" not in json.dumps(data)           # computed values stay out
    assert data["started"] == "2023-11-14T22:13:20+00:00"
    assert (data["attempts"], data["hints"], data["seconds"], data["completed"]) == (1, 1, 61.0, False)
    assert data["tasks"][0] == {"number": 1, "title": "Show the pools", "status": "Passed",
                                "attempts": 1, "hints": 1, "seconds": 61.0}
    assert data["tasks"][1]["status"] == "Current"


def test_report_csv_one_row_per_task(small):
    run = new_run(small, FakeClock())
    run.attempt(False)
    rows = list(csv.reader(io.StringIO(report_csv(run))))
    assert rows == [["Lab", "Seed", "Task", "Title", "Status", "Attempts", "HintsUsed", "Seconds"],
                    ["small", "4", "1", "Show the pools", "Current", "1", "0", "0.0"],
                    ["small", "4", "2", "Name the registrar", "NotStarted", "0", "0", "0.0"]]
    assert report_csv(run).endswith("\r\n")


def test_write_report_by_extension_and_atomically(small, tmp_path, monkeypatch):
    run = new_run(small, FakeClock())
    target = write_report(run, tmp_path / "r.JSON")
    assert json.loads(target.read_text(encoding="utf-8"))["lab"] == "small"
    assert report_format("x.csv") == "csv"
    with pytest.raises(ValueError, match="must end in .json or .csv"):
        report_format("report.txt")

    def broken_replace(source, destination):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_report(run, target)
    assert json.loads(target.read_text(encoding="utf-8"))["lab"] == "small"    # old report intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.JSON", "small.yaml"]  # no temp file left


def test_reflow_paragraphs_bullets_and_code():
    text = ("One two three four five six seven.\n\n"
            "    Get-CsUserPoolInfo -Identity someone@example.com | Format-List\n\n"
            "- a bullet that is long enough\n  to wrap here\n- second")
    assert reflow(text, 20) == [
        "One two three four", "five six seven.", "",
        "    Get-CsUserPoolInfo -Identity someone@example.com | Format-List", "",
        "- a bullet that is", "  long enough to", "  wrap here", "- second"]


def test_reflow_never_breaks_an_fqdn():
    assert reflow("see beta-ls14-ee2.beta.deitterick.com now", 12) == [
        "see", "beta-ls14-ee2.beta.deitterick.com", "now"]


def test_text_width():
    assert text_width(120) == 100 and text_width(80) == 79 and text_width(5) == 20


def test_result_lines_are_checkboxes_with_details():
    results = [CheckResult("first thing", True), CheckResult("second thing", False, "Found x.")]
    assert result_lines(results, 100) == ["  [x] first thing", "  [ ] second thing", "      Found x."]


def test_attempt_and_hint_and_stop_lines(small):
    run = new_run(small, FakeClock())
    run.attempt(False)
    assert attempt_lines(run, 0, [CheckResult("shows it", False, "No.")], 100) == [
        "Task 1 of 2: Show the pools", "  [ ] shows it", "      No.",
        "Not yet: 0 of 1 checks pass. Get-CsLabHint gives a hint."]
    run.attempt(True)
    lines = attempt_lines(run, 0, [CheckResult("shows it", True)], 100)
    assert lines[:4] == ["Task 1 of 2: Show the pools", "  [x] shows it",
                         "Task 1 of 2 passed (2 attempts, 0 hints).", ""]
    assert lines[4] == "Task 2 of 2: Name the registrar"
    number, new = run.next_hint()
    assert hint_lines(run, number, new, 100) == ["Hint 1 of 3 (concept): First machine."]
    assert stop_lines(run)[0] == "Lab small stopped at task 2 of 2: 1 task passed, 2 attempts, 1 hint."
