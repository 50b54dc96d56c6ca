"""The instructor's report of a lab run, as JSON or CSV, written atomically.

JSON holds the lab, the trainee's seed and parameters (who was picked), the times, and per task its status,
attempts, hints used and seconds. CSV has one row per task (the columns an instructor
sorts a class by), with the lab and seed repeated on each row. The file is written to a
temporary file in the same folder and renamed over the target, so a reader never sees
half a report.
"""
from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Union

from ..objects.convert import to_string
from .progress import LabRun
from .values import substitute

REPORT_FORMAT = 1
CSV_COLUMNS = ("Lab", "Seed", "Task", "Title", "Status", "Attempts", "HintsUsed", "Seconds")
FORMATS = ("json", "csv")


def report_data(run: LabRun) -> dict[str, Any]:
    """Return the report as plain data (what the JSON file holds)."""
    now = run.clock()
    definition = run.definition
    return {
        "format": REPORT_FORMAT,
        "lab": definition.name,
        "title": definition.title,
        "seed": run.seed,
        # Only the picks: computed values may be answers, and the trainee writes the file.
        "parameters": {pick.name: _plain(run.values.get(pick.name)) for pick in definition.parameters},
        "started": _timestamp(run.started),
        "finished": _timestamp(run.finished) if run.finished is not None else None,
        "completed": run.complete,
        "stopped": run.stopped,
        "seconds": round(run.elapsed(), 1),
        "attempts": run.total_attempts(),
        "hints": run.total_hints(),
        "tasks": [
            {"number": index + 1, "title": substitute(task.title, run.values),
             "status": progress.status, "attempts": progress.attempts, "hints": progress.hints,
             "seconds": round(progress.seconds(now), 1)}
            for index, (task, progress) in enumerate(zip(definition.tasks, run.tasks))
        ],
    }


def report_json(run: LabRun) -> str:
    """Return the report as JSON text."""
    return json.dumps(report_data(run), indent=2, ensure_ascii=False) + "\n"


def report_csv(run: LabRun) -> str:
    """Return the report as CSV text, one row per task (CRLF line ends, as Excel expects)."""
    data = report_data(run)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for task in data["tasks"]:
        writer.writerow([data["lab"], data["seed"], task["number"], task["title"], task["status"],
                         task["attempts"], task["hints"], task["seconds"]])
    return buffer.getvalue()


def report_format(path: Union[str, Path]) -> str:
    """Return ``json`` or ``csv`` from the file's extension (ValueError otherwise)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValueError(f"The report file must end in .json or .csv, not '{Path(path).name}'.")
    return suffix


def write_report(run: LabRun, path: Union[str, Path]) -> Path:
    """Write the report (format from the extension) atomically; return the path."""
    target = Path(path)
    text = report_json(run) if report_format(target) == "json" else report_csv(run)
    write_atomically(target, text)
    return target


def write_atomically(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``target``, then rename it over."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                         dir=str(target.parent))
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def _timestamp(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, tz=timezone.utc).isoformat(timespec="seconds")


def _plain(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return to_string(value)
