"""Reading and validating lab files; finding the labs shipped with the package.

``load_lab(path)`` returns a ``LabDefinition`` or raises ``LabDefinitionError`` listing
every problem as ``file:line:column: severity: message`` (the topology loader's format,
which shares the position-keeping YAML reader). Unknown keys, a missing hint, a check
with two kinds, an unknown placeholder in prose, a value function that does not exist
or a topology that cannot be found are all reported, with where and how to fix them.
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterable, Optional, Union

from ..topology.problems import Mark, Problem, ProblemLog, format_problems
from ..topology.samples import is_sample_name, sample_path
from ..topology.yamldoc import YList, YMap, parse_yaml
from .checks import KINDS, NORMALISERS, PHASES
from .model import FORMAT_VERSION, HINT_KINDS, CheckSpec, Hints, LabDefinition, Pick, Task
from .values import BUILT_INS, FUNCTIONS, PICK_FILTERS, PICK_KINDS, placeholders

LABS_DIRECTORY = Path(__file__).resolve().parent.parent / "labs"
NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")
IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
MAX_LAB_BYTES = 1024 * 1024
TOP_KEYS = ("format", "name", "order", "title", "summary", "topology", "parameters", "values",
            "setup", "briefing", "tasks")
TASK_KEYS = ("title", "instructions", "hints", "checks", "solution")
CHECK_COMMON = ("say", "wrong")
# Settings whose values are checked for type (the others are text or expected values).
BOOLEAN_SETTINGS = ("in_order", "running", "up")


class LabDefinitionError(Exception):
    """The lab file cannot be used; ``problems`` says why, each with its position."""

    def __init__(self, problems: Iterable[Problem]):
        self.problems = list(problems)
        super().__init__(format_problems(self.problems))


def shipped_lab_paths() -> list[Path]:
    """Return the lab files shipped with the package, sorted by file name."""
    return sorted(LABS_DIRECTORY.glob("*.yaml"))


def shipped_labs() -> list[LabDefinition]:
    """Return every shipped lab, in lab order (then name)."""
    labs = [load_lab(path) for path in shipped_lab_paths()]
    return sorted(labs, key=lambda lab: (lab.order, lab.name))


def shipped_lab_names() -> tuple[str, ...]:
    """Return the names of the shipped labs (their file names), sorted."""
    return tuple(path.stem for path in shipped_lab_paths())


def shipped_lab(name: str) -> Optional[LabDefinition]:
    """Return the shipped lab called ``name`` (any case), or None."""
    wanted = name.strip().lower()
    for path in shipped_lab_paths():
        if path.stem.lower() == wanted:
            return load_lab(path)
    return None


def load_lab(path: Union[str, Path]) -> LabDefinition:
    """Return the validated lab in ``path``; LabDefinitionError lists every problem."""
    path = Path(path)
    log = ProblemLog(str(path))
    text = _read(path, log)
    document = parse_yaml(text, log) if text is not None else None
    _raise_if_errors(log)
    definition = _Reader(log, path).lab(document)
    _raise_if_errors(log)
    return definition


def lab_warnings(path: Union[str, Path]) -> list[Problem]:
    """Return the warnings of a valid lab file (checks without a wrong answer ...)."""
    path = Path(path)
    log = ProblemLog(str(path))
    text = _read(path, log)
    document = parse_yaml(text, log) if text is not None else None
    if not log.has_errors:
        _Reader(log, path).lab(document)
    return [p for p in log.sorted() if not p.is_error]


def topology_path(definition: LabDefinition) -> Path:
    """Return the file of the lab's starting topology: a shipped sample, or a path
    relative to the lab file."""
    return _topology_path(definition.topology, definition.source)


def _topology_path(topology: str, source: Optional[Path]) -> Path:
    if is_sample_name(topology):
        return sample_path(topology)
    candidate = Path(topology)
    if not candidate.is_absolute() and source is not None:
        candidate = source.parent / candidate
    return candidate


def _read(path: Path, log: ProblemLog) -> Optional[str]:
    try:
        if path.is_dir():
            log.error(None, "this is a folder, not a lab file; name a .yaml file")
            return None
        data = path.read_bytes()
    except FileNotFoundError:
        log.error(None, "the lab file does not exist; check the path")
        return None
    except OSError as exc:
        log.error(None, f"the lab file cannot be read: {exc.strerror or exc}")
        return None
    if len(data) > MAX_LAB_BYTES:
        log.error(None, f"the file is {len(data) // 1024} KiB; a lab file may be at most "
                        f"{MAX_LAB_BYTES // 1024} KiB")
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        log.error(None, "the file is not UTF-8 text; save it as UTF-8")
        return None


def _raise_if_errors(log: ProblemLog) -> None:
    if log.has_errors:
        raise LabDefinitionError(log.sorted())


class _Reader:
    """Turns the located YAML document into a LabDefinition, logging every problem."""

    def __init__(self, log: ProblemLog, path: Path):
        self.log = log
        self.path = path
        self.known: set[str] = set(BUILT_INS)

    # -- the document ---------------------------------------------------------------------
    def lab(self, document: Any) -> Optional[LabDefinition]:
        if not isinstance(document, YMap):
            self.log.error(getattr(document, "mark", None), "a lab file is a mapping with keys "
                           "name, title, topology, briefing and tasks")
            return None
        self._unknown_keys(document, TOP_KEYS, "lab")
        if document.get("format", FORMAT_VERSION) != FORMAT_VERSION:
            self.log.error(document.value_mark("format"), f"format must be {FORMAT_VERSION}")
        name = self._name(document)
        picks = self._parameters(document.get("parameters"), document)
        values = self._values(document.get("values"), document)
        topology = self._text(document, "topology", required=True)
        self._topology(topology, document)
        briefing = self._prose(document, "briefing", required=True)
        tasks = self._tasks(document.get("tasks"), document)
        return LabDefinition(
            name=name, title=self._text(document, "title", required=True),
            order=self._order(document), summary=self._prose(document, "summary") or "",
            topology=topology, briefing=briefing, tasks=tasks, parameters=picks, values=values,
            setup=self._statements(document, "setup", required=False), source=self.path)

    def _name(self, document: YMap) -> str:
        name = self._text(document, "name", required=True)
        if name and not NAME.match(name):
            self.log.error(document.value_mark("name"), "name must be lower-case letters, digits "
                           "and hyphens (it is what Start-CsLab -Name takes)")
        elif name and name != self.path.stem:
            self.log.warning(document.value_mark("name"), f"name '{name}' differs from the file "
                             f"name '{self.path.stem}'; Start-CsLab -Name finds labs by file name")
        return name

    def _order(self, document: YMap) -> int:
        order = document.get("order", 0)
        if isinstance(order, bool) or not isinstance(order, int):
            self.log.error(document.value_mark("order"), "order must be a whole number")
            return 0
        return order

    def _topology(self, topology: str, document: YMap) -> None:
        if topology and not _topology_path(topology, self.path).is_file():
            self.log.error(document.value_mark("topology"), f"topology '{topology}' is neither a "
                           "shipped sample (default, two-datacenter ...) nor a file next to the lab")

    # -- parameters and values ------------------------------------------------------------
    def _parameters(self, node: Any, parent: YMap) -> tuple[Pick, ...]:
        if node is None:
            return ()
        if not isinstance(node, YMap):
            self.log.error(parent.value_mark("parameters"), "parameters must be a mapping of names to picks")
            return ()
        picks = []
        for name, spec in node.items():
            if self._new_name(name, node.key_mark(name)) and isinstance(spec, YMap):
                pick = self._pick(name, spec)
                if pick is not None:
                    picks.append(pick)
            elif not isinstance(spec, YMap):
                self.log.error(node.value_mark(name), f"parameter '{name}' must be a mapping with 'pick'")
        return tuple(picks)

    def _pick(self, name: str, spec: YMap) -> Optional[Pick]:
        kind = spec.get("pick")
        if kind not in PICK_KINDS:
            self.log.error(spec.value_mark("pick"), f"pick must be one of {', '.join(PICK_KINDS)}")
            return None
        self._unknown_keys(spec, ("pick",) + PICK_FILTERS[kind], f"a '{kind}' pick")
        if kind == "one_of" and not isinstance(spec.get("choices"), YList):
            self.log.error(spec.mark, "a one_of pick needs a list of 'choices'")
        filters = {key: value for key, value in spec.items() if key != "pick"}
        return Pick(name, kind, filters)

    def _values(self, node: Any, parent: YMap) -> tuple[tuple[str, Any], ...]:
        if node is None:
            return ()
        if not isinstance(node, YMap):
            self.log.error(parent.value_mark("values"), "values must be a mapping of names to expressions")
            return ()
        values = []
        for name, expression in node.items():
            self._expression(expression, node.value_mark(name))
            if self._new_name(name, node.key_mark(name)):
                values.append((name, _plain(expression)))
        return tuple(values)

    def _new_name(self, name: Any, mark: Mark) -> bool:
        if not isinstance(name, str) or not IDENTIFIER.match(name):
            self.log.error(mark, f"'{name}' is not a valid name (letters, digits, _)")
            return False
        if name in self.known:
            self.log.error(mark, f"'{name}' is defined twice (or is a built-in: {', '.join(BUILT_INS)})")
            return False
        self.known.add(name)
        return True

    def _expression(self, expression: Any, mark: Mark) -> None:
        """Check an expected-value expression: text, number, list, {fn: ...} or {ps: ...}."""
        if isinstance(expression, YList):
            for index, item in enumerate(expression):
                self._expression(item, expression.item_mark(index))
        elif isinstance(expression, YMap):
            self._computed(expression)
        elif isinstance(expression, str):
            self._placeholders(expression, mark)

    def _computed(self, expression: YMap) -> None:
        if "ps" in expression:
            self._unknown_keys(expression, ("ps",), "a PowerShell value")
            return
        name = expression.get("fn")
        function = FUNCTIONS.get(name) if isinstance(name, str) else None
        if function is None:
            self.log.error(expression.value_mark("fn") if "fn" in expression else expression.mark,
                           "a computed value is {fn: <function>, ...} or {ps: <expression>}; the "
                           f"functions are {', '.join(sorted(FUNCTIONS))}")
            return
        self._unknown_keys(expression, ("fn",) + function.required + function.optional, f"function {name}")
        for argument in function.required:
            if argument not in expression:
                self.log.error(expression.mark, f"function {name} needs '{argument}'")
        for key, value in expression.items():
            if key != "fn":
                self._expression(value, expression.value_mark(key))

    # -- tasks ----------------------------------------------------------------------------
    def _tasks(self, node: Any, parent: YMap) -> tuple[Task, ...]:
        if not isinstance(node, YList) or not node:
            self.log.error(parent.value_mark("tasks"), "tasks must be a list with at least one task")
            return ()
        tasks = []
        for index, spec in enumerate(node):
            if not isinstance(spec, YMap):
                self.log.error(node.item_mark(index), "a task is a mapping with title, instructions, "
                               "hints, checks and solution")
                continue
            tasks.append(self._task(spec))
        return tuple(tasks)

    def _task(self, spec: YMap) -> Task:
        self._unknown_keys(spec, TASK_KEYS, "task")
        return Task(
            title=self._prose(spec, "title", required=True),
            instructions=self._prose(spec, "instructions", required=True),
            hints=self._hints(spec),
            checks=self._checks(spec),
            solution=self._statements(spec, "solution", required=True))

    def _hints(self, spec: YMap) -> Hints:
        node = spec.get("hints")
        if not isinstance(node, YMap):
            self.log.error(spec.value_mark("hints") if "hints" in spec else spec.mark,
                           "a task needs hints: concept, cmdlet and parameters (in that order)")
            return Hints("", "", "")
        self._unknown_keys(node, HINT_KINDS, "hints")
        return Hints(*(self._prose(node, kind, required=True) for kind in HINT_KINDS))

    def _checks(self, spec: YMap) -> tuple[CheckSpec, ...]:
        node = spec.get("checks")
        if not isinstance(node, YList) or not node:
            self.log.error(spec.value_mark("checks") if "checks" in spec else spec.mark,
                           "a task needs a list of checks")
            return ()
        checks = []
        for index, item in enumerate(node):
            check = self._check(item, node.item_mark(index))
            if check is not None:
                checks.append(check)
        return tuple(checks)

    def _check(self, node: Any, mark: Mark) -> Optional[CheckSpec]:
        if not isinstance(node, YMap):
            self.log.error(mark, "a check is a mapping: say, one check kind, and wrong")
            return None
        kinds = [key for key in node if key in KINDS]
        others = [key for key in node if key not in KINDS and key not in CHECK_COMMON]
        for key in others:
            self.log.error(node.key_mark(key), f"unknown check key '{key}'; the kinds are "
                           f"{', '.join(KINDS)}")
        if len(kinds) != 1:
            self.log.error(node.mark, "a check has exactly one kind: " + ", ".join(KINDS))
            return None
        kind = kinds[0]
        settings = node.get(kind)
        if not isinstance(settings, YMap):
            self.log.error(node.value_mark(kind), f"'{kind}' takes a mapping of settings")
            return None
        self._settings(kind, settings)
        wrong = self._statements(node, "wrong", required=False)
        if not wrong:
            self.log.warning(node.mark, "this check has no wrong answer; add 'wrong:' statements "
                             "that it must reject")
        return CheckSpec(kind, self._prose(node, "say", required=True), _plain(settings), wrong,
                         node.mark.line)

    def _settings(self, kind: str, settings: YMap) -> None:
        spec = KINDS[kind]
        self._unknown_keys(settings, spec.settings(), f"a {kind} check")
        for key in spec.required:
            if key not in settings:
                self.log.error(settings.mark, f"a {kind} check needs '{key}'")
        present = [key for key in spec.one_of if key in settings]
        if spec.one_of and len(present) != 1:
            self.log.error(settings.mark, f"a {kind} check needs exactly one of {', '.join(spec.one_of)}")
        if spec.any_of and not any(key in settings for key in spec.any_of):
            self.log.error(settings.mark, f"a {kind} check needs {' or '.join(spec.any_of)}")
        for key, value in settings.items():
            self._setting(key, value, settings.value_mark(key))

    def _setting(self, key: str, value: Any, mark: Mark) -> None:
        if key in BOOLEAN_SETTINGS and not isinstance(value, bool):
            self.log.error(mark, f"'{key}' must be true or false")
        elif key == "at_least" and (isinstance(value, bool) or not isinstance(value, int) or value < 0):
            self.log.error(mark, "'at_least' must be a number of seconds (0 or more)")
        elif key == "phase" and value not in PHASES:
            self.log.error(mark, f"phase must be one of {', '.join(PHASES)}")
        elif key == "normalise" and value not in NORMALISERS:
            self.log.error(mark, f"normalise must be one of {', '.join(NORMALISERS)}")
        elif key in ("properties", "like") and isinstance(value, YMap):
            for name, item in value.items():
                self._expression(item, value.value_mark(name))
        elif key == "ps" and not isinstance(value, str):
            self.log.error(mark, "'ps' must be a PowerShell expression (text)")
        else:
            self._expression(value, mark)

    # -- scalars --------------------------------------------------------------------------
    def _text(self, node: YMap, key: str, required: bool = False) -> str:
        value = node.get(key)
        if value is None:
            if required:
                self.log.error(node.mark, f"'{key}' is missing")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.log.error(node.value_mark(key), f"'{key}' must be non-empty text")
            return ""
        return value.strip()

    def _prose(self, node: YMap, key: str, required: bool = False) -> str:
        text = self._text(node, key, required)
        self._placeholders(text, node.value_mark(key))
        return text

    def _placeholders(self, text: str, mark: Mark) -> None:
        for name in placeholders(text):
            if name not in self.known:
                self.log.error(mark, f"'{{{name}}}' names no parameter or value; known: "
                               f"{', '.join(sorted(self.known))}")

    def _statements(self, node: YMap, key: str, required: bool) -> tuple[str, ...]:
        value = node.get(key)
        if value is None:
            if required:
                self.log.error(node.mark, f"'{key}' is missing: a list of PowerShell statements")
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self.log.error(node.value_mark(key), f"'{key}' must be a list of PowerShell statements")
            return ()
        return tuple(v.strip() for v in value)

    def _unknown_keys(self, node: YMap, allowed: tuple[str, ...], what: str) -> None:
        for key in node:
            if key not in allowed:
                self.log.error(node.key_mark(key), f"unknown key '{key}' in {what}; allowed: "
                               f"{', '.join(allowed)}")


def _plain(value: Any) -> Any:
    """Return located YAML as plain dicts and lists (the model holds plain data)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value
