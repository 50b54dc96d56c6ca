"""The guided-lab commands (module CsLab): Get-CsLab, Start-CsLab, Get-CsLabTask,
Test-CsLabTask, Get-CsLabHint, Stop-CsLab, Export-CsLabReport, Test-CsLabDefinition.

The lab's own text (briefing, tasks, hints, check results) goes to the host, like
Write-Host: it is the trainer's voice, not pipeline output, so it never counts as the
trainee's answer. Each of these commands also marks its input unit as a lab command,
so Test-CsLabTask looks past it to the trainee's own last pipeline. The work is done
by cspshell.labengine; this module binds parameters, prints and reports errors.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator, Optional

from ..formatting.views import RIGHT, Column, TableView, register_view
from ..labengine.checks import CheckResult
from ..labengine.loader import (LabDefinitionError, lab_warnings, load_lab, shipped_lab, shipped_lab_names,
                                shipped_labs)
from ..labengine.model import LabDefinition
from ..labengine.narration import (attempt_lines, briefing_lines, hint_lines, stop_lines, task_lines,
                                   text_width)
from ..labengine.progress import LabRun, current_run
from ..labengine.report import report_format, write_report
from ..labengine.runtime import LabStartError, check_current_task, mark_lab_command, start
from ..labengine.solution import VerifyRow, verify
from ..objects.convert import to_string
from ..objects.psobject import PSObject
from ..topology.model import wildcard_regex
from ..topology.problems import format_problems
from .base import Cmdlet
from .registry import CSLAB, Parameter, cmdlet

LAB_TYPE = "CsLab.Lab"
RESULT_TYPE = "CsLab.TaskResult"
DEFINITION_CHECK_TYPE = "CsLab.LabDefinitionCheck"
NO_LAB = ("No lab is running. Start one with Start-CsLab -Name <lab>; Get-CsLab lists the labs.")

register_view(LAB_TYPE, TableView((
    Column("Number", label="Lab", width=3, alignment=RIGHT), Column("Name", width=15),
    Column("Tasks", width=5, alignment=RIGHT), Column("Topology", width=14), Column("Title")),
    name="CsLabLab"))
register_view(DEFINITION_CHECK_TYPE, TableView((
    Column("Task", width=4, alignment=RIGHT), Column("Solution", width=8),
    Column("WrongAnswer", width=11), Column("Check")), name="CsLabLabDefinitionCheck"))


class LabCommand(Cmdlet):
    """What the lab commands share: the running lab, the prose width, printing."""

    def lab_run(self, required: bool = True) -> Optional[LabRun]:
        """Return the session's lab run (marking this unit as a lab command); with
        ``required`` a terminating error when no lab was started."""
        run = current_run(self.ctx.session)
        if run is not None:
            mark_lab_command(self.ctx, run)
        elif required:
            self.terminate(NO_LAB, "NoLabRunning", "InvalidOperation",
                           exception_type="InvalidOperationException")
        return run

    def active_run(self) -> LabRun:
        """Return the running lab; a terminating error when it was stopped."""
        run = self.lab_run()
        if run.stopped:
            self.terminate(f"The lab {run.definition.name} was stopped. Start it again with "
                           f"Start-CsLab -Name {run.definition.name}.", "LabStopped", "InvalidOperation",
                           exception_type="InvalidOperationException")
        return run

    @property
    def width(self) -> int:
        return text_width(self.ctx.width)

    def say(self, lines: list[str]) -> None:
        for line in lines:
            self.ctx.write_host(line)

    def definition_from(self) -> LabDefinition:
        """Return the lab -Name or -Path names; terminating errors when it cannot be read."""
        if self.bound("Path"):
            path = Path(self.ctx.resolve_path(self.params["Path"]))
            if not path.exists():
                shown = self.ctx.display_path(str(path))
                self.terminate(f"Cannot find path '{shown}' because it does not exist.", "PathNotFound",
                               "ObjectNotFound", shown, exception_type="ItemNotFoundException")
            try:
                return load_lab(path)
            except LabDefinitionError as exc:
                self.terminate("The lab file has problems:\n" + format_problems(exc.problems),
                               "LabDefinitionInvalid", "InvalidData", str(path),
                               exception_type="InvalidDataException")
        definition = shipped_lab(to_string(self.params["Name"]))
        if definition is None:
            self.terminate(f'Cannot find a lab named "{self.params["Name"]}". Get-CsLab lists the labs.',
                           "LabNotFound", "ObjectNotFound", self.params["Name"],
                           exception_type="ItemNotFoundException")
        return definition


def _lab_parameters(positional: str) -> tuple[Parameter, ...]:
    """-Name (a shipped lab) or -Path (a lab file), one of them positional, and -Seed."""
    return (
        Parameter("Name", "String", position=0 if positional == "Name" else None, mandatory=True,
                  sets=("Name",), validate_set=shipped_lab_names(),
                  help="The lab to use (Get-CsLab lists them)."),
        Parameter("Path", "String", position=0 if positional == "Path" else None, mandatory=True,
                  sets=("Path",), help="A lab file of your own (YAML, see docs/labs.md)."),
        Parameter("Seed", "Int32", help="The trainee's seed: which user or pool the lab picks (default 0)."),
    )


@cmdlet("Get-CsLab", CSLAB, [
    Parameter("Name", "String", position=0, help="Only labs whose name matches (wildcards allowed)."),
], synopsis="Lists the guided labs.",
    description="Lists the labs shipped with cspshell: number, name, how many tasks, the topology each "
                "starts from, and the title. Start one with Start-CsLab -Name <name>.",
    examples=(("Get-CsLab", "Lists every lab."),
              ("Get-CsLab *cache* | Format-List", "Shows the EndpointConfiguration.cache lab in full.")),
    output_type=LAB_TYPE, related=("Start-CsLab",))
class GetCsLab(LabCommand):
    def process(self) -> Iterator[Any]:
        self.lab_run(required=False)
        pattern = wildcard_regex(to_string(self.params["Name"])) if self.bound("Name") else None
        for definition in shipped_labs():
            if pattern is None or pattern.match(definition.name):
                yield lab_object(definition)


@cmdlet("Start-CsLab", CSLAB, _lab_parameters("Name"), default_set="Name",
        synopsis="Starts a guided lab: loads its topology and shows the briefing and the first task.",
        description="Loads the lab's starting topology into the session (the lab state starts afresh: every "
                    "service running, the clock at its start), picks the lab's per-trainee values from the "
                    "seed, and prints the briefing and the first task. A lab that was running is stopped. "
                    "Instructors give each trainee a seed so that their answers differ.",
        examples=(("Start-CsLab -Name registrars -Seed 7", "Starts lab 1 for the trainee with seed 7."),
                  ("Start-CsLab -Path .\\mylab.yaml", "Starts a lab file of your own.")),
        output_type="None", related=("Get-CsLab", "Get-CsLabTask", "Test-CsLabTask", "Stop-CsLab"))
class StartCsLab(LabCommand):
    def process(self) -> Iterator[Any]:
        definition = self.definition_from()
        previous = current_run(self.ctx.session)
        if previous is not None and previous.active:
            previous.stop()
            self.warn(f"The lab {previous.definition.name} was stopped at task {previous.current + 1} "
                      f"of {len(previous.definition.tasks)}.")
        try:
            run = start(self.ctx, definition, int(self.param("Seed", 0)))
        except LabStartError as exc:
            self.terminate(f"Cannot start the lab {definition.name}: {exc}", "LabStartFailed",
                           "InvalidOperation", definition.name, exception_type="InvalidOperationException")
        self.say(briefing_lines(run, definition.topology, self.width))
        return iter(())


@cmdlet("Get-CsLabTask", CSLAB, [], synopsis="Shows the current task of the running lab.",
        description="Prints the task you are working on: its number, title and instructions. When every "
                    "task is done it prints the lab's summary.",
        examples=(("Get-CsLabTask", "Shows the task again."),),
        output_type="None", related=("Test-CsLabTask", "Get-CsLabHint"))
class GetCsLabTask(LabCommand):
    def process(self) -> Iterator[Any]:
        self.say(task_lines(self.active_run(), self.width))
        return iter(())


@cmdlet("Test-CsLabTask", CSLAB, [
    Parameter("PassThru", "SwitchParameter", help="Also return the result as an object."),
], synopsis="Checks the current task and moves to the next one when it is done.",
    description="Runs the current task's checks against what you did: the lab state (users, DNS records, "
                "services, the lab clock), the variables the task asked for, and the output of your last "
                "pipeline (the last command line before Test-CsLabTask, lab commands not counted). It shows "
                "each check as [x] done or [ ] not yet, with what it found instead. When every check passes, "
                "the next task is shown. Each run counts as an attempt in the report.",
    examples=(("Test-CsLabTask", "Checks your work."),
              ("(Test-CsLabTask -PassThru).Passed", "True when the task passed.")),
    output_type=RESULT_TYPE, related=("Get-CsLabTask", "Get-CsLabHint", "Export-CsLabReport"))
class TestCsLabTask(LabCommand):
    def process(self) -> Iterator[Any]:
        run = self.active_run()
        if run.complete:
            self.say(task_lines(run, self.width))
            return
        index = run.current
        results = check_current_task(self.ctx, run)
        passed = all(result.passed for result in results)
        run.attempt(passed)
        self.say(attempt_lines(run, index, results, self.width))
        if self.switch("PassThru"):
            yield result_object(run, index, results, passed)


@cmdlet("Get-CsLabHint", CSLAB, [], synopsis="Shows the next hint for the current task.",
        description="Each task has three hints, shown one at a time: the concept behind it, then the cmdlet "
                    "to use, then its parameters. Hints used are counted in the report.",
        examples=(("Get-CsLabHint", "Shows the next hint."),),
        output_type="None", related=("Get-CsLabTask", "Test-CsLabTask"))
class GetCsLabHint(LabCommand):
    def process(self) -> Iterator[Any]:
        run = self.active_run()
        if run.complete:
            self.say(task_lines(run, self.width))
            return iter(())
        number, new = run.next_hint()
        self.say(hint_lines(run, number, new, self.width))
        return iter(())


@cmdlet("Stop-CsLab", CSLAB, [], synopsis="Stops the running lab and shows a summary.",
        description="Ends the lab (the topology and lab state stay as they are) and prints how far you got. "
                    "Export-CsLabReport still writes the report of the stopped lab.",
        examples=(("Stop-CsLab", "Ends the lab."),),
        output_type="None", related=("Start-CsLab", "Export-CsLabReport"))
class StopCsLab(LabCommand):
    def process(self) -> Iterator[Any]:
        run = self.active_run()
        run.stop()
        self.say(stop_lines(run))
        return iter(())


@cmdlet("Export-CsLabReport", CSLAB, [
    Parameter("Path", "String", position=0, mandatory=True, aliases=("FilePath",),
              help="The report file: .json (full report) or .csv (one row per task)."),
], synopsis="Writes the lab report for the instructor (JSON or CSV).",
    description="Writes the tasks of the current (or last) lab with their status, attempts, hints used and "
                "time spent, the trainee's seed and the user or pool the lab picked. The format follows the "
                "file's extension. The file is written to a temporary file first and renamed, so an "
                "existing report is never left half-written.",
    examples=(("Export-CsLabReport -Path .\\lab1-seed7.json", "Writes the full report as JSON."),
              ("Export-CsLabReport -Path .\\lab1.csv", "Writes one row per task.")),
    output_type="None", should_process=True, related=("Stop-CsLab",))
class ExportCsLabReport(LabCommand):
    def process(self) -> Iterator[Any]:
        run = self.lab_run()
        target = Path(self.ctx.resolve_path(self.params["Path"]))
        try:
            report_format(target)
        except ValueError as exc:
            self.terminate(str(exc), "ReportFormatUnknown", "InvalidArgument",
                           str(target), exception_type="ArgumentException")
        if not self.should_process(self.ctx.display_path(str(target)), "Export-CsLabReport"):
            return iter(())
        try:
            write_report(run, target)
        except OSError as exc:
            self.terminate(f"Could not write '{target}': {exc.strerror or exc}.", "ReportWriteFailed",
                           "WriteError", str(target), exception_type="IOException")
        return iter(())


@cmdlet("Test-CsLabDefinition", CSLAB, _lab_parameters("Path"), default_set="Path",
        synopsis="Validates a lab file and runs its reference solution and wrong answers through the checks.",
        description="Reads the lab file and reports every problem with its line and column. For a valid file "
                    "it starts the lab in a separate, fresh shell, plays each task's reference solution and "
                    "runs the task's checks (each must pass), then, for every check with a wrong answer, plays "
                    "the solutions of the tasks before it and the wrong answer (the check must fail). One row "
                    "per check; an error at the end when any row is not right. The session's own topology "
                    "and lab are not touched.",
        examples=(("Test-CsLabDefinition -Path .\\mylab.yaml", "Checks a lab file of your own."),
                  ("Test-CsLabDefinition -Name failover -Seed 3", "Checks a shipped lab for seed 3.")),
        output_type=DEFINITION_CHECK_TYPE, related=("Start-CsLab",))
class TestCsLabDefinition(LabCommand):
    def process(self) -> Iterator[Any]:
        self.lab_run(required=False)
        definition = self.definition_from()
        self._warnings(definition)
        seed = int(self.param("Seed", 0))
        try:
            rows = verify(definition, seed, self.ctx.width)
        except LabStartError as exc:
            self.terminate(f"Cannot start the lab {definition.name}: {exc}", "LabStartFailed",
                           "InvalidOperation", definition.name, exception_type="InvalidOperationException")
        for row in rows:
            yield definition_check_object(definition, seed, row)
        failing = [row for row in rows if not row.ok]
        if failing:
            self.error(f"The lab {definition.name} fails {len(failing)} of its {len(rows)} checks with "
                       f"seed {seed}.", "LabDefinitionFailed", "InvalidResult", definition.name,
                       exception_type="InvalidOperationException")

    def _warnings(self, definition: LabDefinition) -> None:
        if definition.source is None:
            return
        for problem in lab_warnings(definition.source):
            self.warn(f"{Path(problem.file).name}:{problem.line}:{problem.column}: {problem.message}")


def lab_object(definition: LabDefinition) -> PSObject:
    """Return Get-CsLab's object for a lab."""
    return PSObject([
        ("Number", definition.order),
        ("Name", definition.name),
        ("Title", definition.title),
        ("Topology", definition.topology),
        ("Tasks", len(definition.tasks)),
        ("Summary", definition.summary),
    ], typenames=[LAB_TYPE, "System.Object"], tostring=lambda o: o.get("Name"))


def result_object(run: LabRun, index: int, results: list[CheckResult], passed: bool) -> PSObject:
    """Return Test-CsLabTask -PassThru's object."""
    return PSObject([
        ("Lab", run.definition.name),
        ("Task", index + 1),
        ("Passed", passed),
        ("Attempts", run.tasks[index].attempts),
        ("Checks", [("[x] " if r.passed else "[ ] ") + r.say for r in results]),
    ], typenames=[RESULT_TYPE, "System.Object"])


def definition_check_object(definition: LabDefinition, seed: int, row: VerifyRow) -> PSObject:
    """Return Test-CsLabDefinition's row for one check."""
    wrong = {True: "Rejected", False: "Accepted", None: "None"}[row.wrong_rejected]
    return PSObject([
        ("Lab", definition.name),
        ("Seed", seed),
        ("Task", row.task),
        ("Check", row.check),
        ("Solution", "Passed" if row.solution_passed else "Failed"),
        ("WrongAnswer", wrong),
        ("Detail", row.detail),
    ], typenames=[DEFINITION_CHECK_TYPE, "System.Object"])
