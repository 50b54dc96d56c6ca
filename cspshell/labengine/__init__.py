"""Guided labs: the lab model, loading and validating lab files, per-trainee values from
a seed, the checks, progress, the instructor's report and the reference-solution runner.

Public API::

    from cspshell.labengine import shipped_labs, load_lab, verify
    lab = load_lab("cspshell/labs/registrars.yaml")
    rows = verify(lab, seed=3)          # the reference solution and wrong answers, checked

The shell commands (Start-CsLab, Test-CsLabTask ...) live in cspshell/cmdlets/labs.py;
the lab files in cspshell/labs/; docs/labs.md describes the format.
"""
from .checks import KINDS, CheckContext, CheckResult, run_check, run_checks
from .loader import (LabDefinitionError, lab_warnings, load_lab, shipped_lab, shipped_lab_names,
                     shipped_lab_paths, shipped_labs, topology_path)
from .model import CheckSpec, Hints, LabDefinition, Pick, Task
from .progress import LabRun, TaskProgress, current_run, toolbar_segment
from .report import report_csv, report_data, report_json, write_report
from .runtime import LabStartError, check_current_task, last_pipeline, mark_lab_command, start
from .solution import VerifyRow, verify
from .values import FUNCTIONS, LabValueError, substitute

__all__ = [
    "KINDS", "CheckContext", "CheckResult", "run_check", "run_checks",
    "LabDefinitionError", "lab_warnings", "load_lab", "shipped_lab", "shipped_lab_names",
    "shipped_lab_paths", "shipped_labs", "topology_path",
    "CheckSpec", "Hints", "LabDefinition", "Pick", "Task",
    "LabRun", "TaskProgress", "current_run", "toolbar_segment",
    "report_csv", "report_data", "report_json", "write_report",
    "LabStartError", "check_current_task", "last_pipeline", "mark_lab_command", "start",
    "VerifyRow", "verify", "FUNCTIONS", "LabValueError", "substitute",
]
