"""The checks a task can make. They look at results, never at what was typed:

- ``output_contains``: the trainee's last pipeline shows these values (in order);
- ``output_object``: it holds an object with these property values;
- ``variable``: a variable the task asked for holds the expected value;
- ``state``: a PowerShell expression over the lab (run through the engine) gives a value;
- ``service``: a Lync service runs or is stopped on a computer, or on every computer of
  a pool;
- ``pool_phase``: a pool is Normal, Detecting, FailedOver, FailingBack or Down;
- ``site_link``: a site's WAN link is up or down;
- ``clock``: the lab clock has moved at least so far since the lab started.

Expected values are computed from the session when the check runs (values.py), so a
randomised lab needs no answer key. A failing check says what it found, never the
answer.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Callable, Optional

from ..objects.convert import enumerate_value, format_timespan, is_enumerable, to_string
from ..routing.labstate import REGISTRAR_SERVICE
from ..routing.resiliency import Phase, pool_status
from ..topology.model import wildcard_regex
from .model import CheckSpec
from .output import Shown, describe_output, shown_objects, shown_text
from .values import LabValueError, Resolver

MISSING = object()
NORMALISERS = ("sip",)


@dataclass
class CheckContext:
    """What a check may look at.

    ``last_output`` returns the objects of the trainee's last pipeline (None when no
    pipeline ran since the lab started); ``get_var`` returns a variable's value or the
    given default; ``evaluate`` runs PowerShell text quietly and returns its output.
    """

    session: Any
    values: dict[str, Any]
    last_output: Callable[[], Optional[list]]
    get_var: Callable[[str, Any], Any]
    evaluate: Optional[Callable[[str], list]] = None
    started_clock: int = 0

    def resolver(self) -> Resolver:
        """Return a resolver of expected values over this context."""
        return Resolver(self.session, self.values, self.evaluate)


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one check: what it verifies (placeholders filled), and if it
    failed, what was found instead."""

    say: str
    passed: bool
    detail: str = ""


@dataclass(frozen=True)
class CheckKind:
    """How a kind is written and how it runs: the settings it needs, may have, needs
    exactly one of (``one_of``) and needs at least one of (``any_of``)."""

    run: Callable[[CheckContext, dict[str, Any], Resolver], tuple[bool, str]]
    required: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()
    one_of: tuple[str, ...] = ()
    any_of: tuple[str, ...] = ()

    def settings(self) -> tuple[str, ...]:
        """Return every setting name the kind accepts."""
        return self.required + self.optional + self.one_of + self.any_of


def run_check(context: CheckContext, check: CheckSpec) -> CheckResult:
    """Return the result of one check in this context (a value that cannot be computed
    fails the check and says why)."""
    resolver = context.resolver()
    say = resolver.text(check.say)
    try:
        passed, detail = KINDS[check.kind].run(context, check.settings, resolver)
    except LabValueError as exc:
        return CheckResult(say, False, f"The lab could not compute the expected value: {exc}")
    return CheckResult(say, passed, "" if passed else detail)


def run_checks(context: CheckContext, checks: tuple[CheckSpec, ...]) -> list[CheckResult]:
    """Return the results of every check, in order."""
    return [run_check(context, check) for check in checks]


# -- comparing values -----------------------------------------------------------------------

def _text(value: Any, normalise: Optional[str] = None) -> str:
    text = "" if value is None else to_string(value).strip()
    if normalise == "sip" and text.lower().startswith("sip:"):
        text = text[4:]
    return text.casefold()


def _items(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(enumerate_value(value)) if is_enumerable(value) else [value]


def same(actual: Any, expected: Any, normalise: Optional[str] = None) -> bool:
    """True when two values read the same (case-insensitive; lists item by item)."""
    if isinstance(expected, list) or is_enumerable(actual):
        left, right = _items(actual), _items(expected)
        return len(left) == len(right) and all(same(a, e, normalise) for a, e in zip(left, right))
    return _text(actual, normalise) == _text(expected, normalise)


def same_set(actual: Any, expected: Any, normalise: Optional[str] = None) -> bool:
    """True when two collections hold the same values in any order (duplicates ignored)."""
    return ({_text(a, normalise) for a in _items(actual)} ==
            {_text(e, normalise) for e in _items(expected)})


def like(actual: Any, pattern: str) -> bool:
    """True when the value (or, for a list, one of its items) matches a wildcard pattern."""
    regex = wildcard_regex(pattern)
    return any(regex.match(to_string(item)) for item in (_items(actual) or [""]))


def _quote(value: Any) -> str:
    items = _items(value)
    if not items:
        return "nothing"
    return ", ".join(f"'{to_string(item)}'" for item in items)


# -- the last pipeline ------------------------------------------------------------------------

def _output_contains(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    output = context.last_output()
    empty = describe_output(output)
    if empty:
        return False, empty
    text = shown_text(output).casefold()
    wanted = [to_string(v) for v in _flatten(resolver.value(settings["values"]))]
    missing = [v for v in wanted if v.casefold() not in text]
    if missing:
        return False, (f"Your last pipeline does not show {len(missing)} of the {len(wanted)} "
                       "values this check looks for.")
    if settings.get("in_order") and not _in_order(text, [v.casefold() for v in wanted]):
        return False, "Your last pipeline shows the values, but not in the order asked for."
    return True, ""


def _flatten(value: Any) -> list[Any]:
    return [item for part in _items(value) for item in (_items(part) if is_enumerable(part) else [part])]


def _in_order(text: str, wanted: list[str]) -> bool:
    position = 0
    for value in wanted:
        found = text.find(value, position)
        if found < 0:
            return False
        position = found + len(value)
    return True


def _output_object(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    output = context.last_output()
    empty = describe_output(output)
    if empty:
        return False, empty
    wanted_type = settings.get("type")
    equal = {name: resolver.value(value) for name, value in (settings.get("properties") or {}).items()}
    patterns = {name: resolver.text(value) for name, value in (settings.get("like") or {}).items()}
    candidates = [s for s in shown_objects(output) if not wanted_type or not s.types or s.is_a(wanted_type)]
    if not candidates:
        return False, f"Your last pipeline has no {wanted_type} object."
    best: Optional[list[str]] = None
    for shown in candidates:
        wrong = _mismatches(shown, equal, patterns)
        if not wrong:
            return True, ""
        if best is None or len(wrong) < len(best):
            best = wrong
    return False, "The closest object of your last pipeline differs in " + ", ".join(best or []) + "."


def _mismatches(shown: Shown, equal: dict[str, Any], patterns: dict[str, str]) -> list[str]:
    wrong = []
    for name, expected in equal.items():
        if not shown.has(name) or not same(shown.get(name), expected):
            wrong.append(name if shown.has(name) else f"{name} (not shown)")
    for name, pattern in patterns.items():
        if not shown.has(name) or not like(shown.get(name), pattern):
            wrong.append(name if shown.has(name) else f"{name} (not shown)")
    return wrong


# -- variables and PowerShell state -----------------------------------------------------------

def _variable(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    name = str(settings["name"]).lstrip("$")
    actual = context.get_var(name, MISSING)
    if actual is MISSING:
        return False, f"${name} is not set."
    ok = _compare(actual, settings, resolver)
    return ok, "" if ok else f"${name} holds {_quote(actual)}."


def _state(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    if context.evaluate is None:
        raise LabValueError("PowerShell expressions cannot run here")
    output = context.evaluate(resolver.text(settings["ps"]))
    actual = output[0] if len(output) == 1 else output
    ok = _compare(actual, settings, resolver)
    return ok, "" if ok else f"It is {_quote(actual)} now."


def _compare(actual: Any, settings: dict[str, Any], resolver: Resolver) -> bool:
    normalise = settings.get("normalise")
    if "set_equals" in settings:
        return same_set(actual, resolver.value(settings["set_equals"]), normalise)
    if "like" in settings:
        return like(actual, resolver.text(settings["like"]))
    return same(actual, resolver.value(settings["equals"]), normalise)


# -- lab state --------------------------------------------------------------------------------

def _service(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    topology, lab = context.session.topology, context.session.lab
    service = resolver.text(settings.get("name", REGISTRAR_SERVICE)).upper()
    running = bool(settings["running"])
    if "pool" in settings:
        pool = topology.pool(resolver.text(settings["pool"]))
        if pool is None:
            raise LabValueError(f"there is no pool {resolver.text(settings['pool'])}")
        machines = [m.fqdn for m in pool.machines]
    else:
        machines = [resolver.text(settings["computer"])]
    wrong = [m for m in machines if _runs(lab, m, service) != running]
    if not wrong:
        return True, ""
    state = "is stopped" if running else "still runs"
    return False, f"{service} {state} on {', '.join(wrong)}."


def _runs(lab: Any, fqdn: str, service: str) -> bool:
    return lab.machine_on(fqdn) and lab.service_running(fqdn, service)


def _pool_phase(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    topology = context.session.topology
    pool = topology.pool(resolver.text(settings["pool"]))
    if pool is None:
        raise LabValueError(f"there is no pool {resolver.text(settings['pool'])}")
    status = pool_status(topology, context.session.lab, pool)
    wanted = resolver.text(settings["phase"])
    ok = status.phase.value.lower() == wanted.lower()
    return ok, "" if ok else f"{pool.fqdn} is {status.phase.value} now."


def _site_link(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    site = context.session.topology.site(resolver.text(settings["site"]))
    if site is None:
        raise LabValueError(f"there is no site {resolver.text(settings['site'])}")
    up = context.session.lab.site_link_up(site.name)
    ok = up == bool(settings["up"])
    return ok, "" if ok else f"The WAN link of {site.name} is {'up' if up else 'down'}."


def _clock(context: CheckContext, settings: dict[str, Any], resolver: Resolver) -> tuple[bool, str]:
    moved = context.session.lab.clock - context.started_clock
    ok = moved >= int(settings["at_least"])
    shown = format_timespan(timedelta(seconds=moved))
    return ok, "" if ok else f"The lab clock has moved {shown} since the lab started."


_COMPARISONS = ("equals", "set_equals", "like")
KINDS: dict[str, CheckKind] = {
    "output_contains": CheckKind(_output_contains, required=("values",), optional=("in_order",)),
    "output_object": CheckKind(_output_object, optional=("type",), any_of=("properties", "like")),
    "variable": CheckKind(_variable, required=("name",), optional=("normalise",), one_of=_COMPARISONS),
    "state": CheckKind(_state, required=("ps",), optional=("normalise",), one_of=_COMPARISONS),
    "service": CheckKind(_service, required=("running",), optional=("name",), one_of=("computer", "pool")),
    "pool_phase": CheckKind(_pool_phase, required=("pool", "phase")),
    "site_link": CheckKind(_site_link, required=("site", "up")),
    "clock": CheckKind(_clock, required=("at_least",)),
}
PHASES = tuple(phase.value for phase in Phase)
