"""System.TimeSpan with .NET's resolution: a whole number of 100-nanosecond ticks.

Python's ``timedelta`` stops at microseconds, so ``[timespan]'03:20:00.2751767'`` would lose
its last digit. ``TimeSpan`` is a ``timedelta`` (every place that accepts one keeps working,
``datetime + span`` included) that also keeps the 0-9 ticks below the microsecond. A plain
``timedelta`` still stands for a TimeSpan whose tick count is a multiple of ten: read the
count with ``ticks_of``, never from the timedelta fields.

The properties and the ``From*`` factories follow .NET Framework 4.x (what Windows PowerShell
5.1 runs on): integer parts truncate toward zero, ``Total*`` multiply the ticks by a reciprocal
constant, and ``FromSeconds`` and its siblings round to the nearest millisecond.
"""
from __future__ import annotations

import datetime as _dt
from typing import Any, Callable

TICKS_PER_MILLISECOND = 10_000
TICKS_PER_SECOND = 10_000_000
TICKS_PER_MINUTE = 600_000_000
TICKS_PER_HOUR = 36_000_000_000
TICKS_PER_DAY = 864_000_000_000
MAX_TICKS = 2**63 - 1
MIN_TICKS = -2**63
_MAX_MILLISECONDS = MAX_TICKS // TICKS_PER_MILLISECOND


class TimeSpanOverflowError(ValueError):
    """A TimeSpan past Int64 ticks; the message is .NET's."""


def ticks_of(span: _dt.timedelta) -> int:
    """The span's length in 100 ns ticks (exact for a TimeSpan, microseconds x 10 otherwise)."""
    micros = (span.days * 86_400 + span.seconds) * 1_000_000 + span.microseconds
    return micros * 10 + getattr(span, "_sub", 0)


class TimeSpan(_dt.timedelta):
    """A timedelta that keeps .NET's 100 ns ticks; arithmetic and comparisons use the ticks."""

    __slots__ = ("_sub",)

    def __new__(cls, *args: Any, **kwargs: Any) -> "TimeSpan":
        self = super().__new__(cls, *args, **kwargs)
        self._sub = 0
        return self

    @classmethod
    def from_ticks(cls, ticks: int) -> "TimeSpan":
        """The TimeSpan of ``ticks`` 100 ns units (``new TimeSpan(long ticks)``)."""
        if not MIN_TICKS <= ticks <= MAX_TICKS:
            raise TimeSpanOverflowError("TimeSpan overflowed because the duration is too long.")
        micros, sub = divmod(ticks, 10)
        self = cls(microseconds=micros)
        self._sub = sub
        return self

    @property
    def ticks(self) -> int:
        return ticks_of(self)

    def __reduce__(self) -> tuple:
        return (TimeSpan.from_ticks, (ticks_of(self),))

    def __add__(self, other: Any) -> Any:
        if isinstance(other, _dt.timedelta):
            return TimeSpan.from_ticks(ticks_of(self) + ticks_of(other))
        return super().__add__(other)

    __radd__ = __add__

    def __sub__(self, other: Any) -> Any:
        if isinstance(other, _dt.timedelta):
            return TimeSpan.from_ticks(ticks_of(self) - ticks_of(other))
        return NotImplemented

    def __rsub__(self, other: Any) -> Any:
        if isinstance(other, _dt.timedelta):
            return TimeSpan.from_ticks(ticks_of(other) - ticks_of(self))
        return NotImplemented

    def __neg__(self) -> "TimeSpan":
        return TimeSpan.from_ticks(-ticks_of(self))

    def __pos__(self) -> "TimeSpan":
        return self

    def __abs__(self) -> "TimeSpan":
        return TimeSpan.from_ticks(abs(ticks_of(self)))

    def __eq__(self, other: Any) -> bool:
        return isinstance(other, _dt.timedelta) and ticks_of(self) == ticks_of(other)

    def __ne__(self, other: Any) -> bool:
        return not self == other

    def __hash__(self) -> int:
        # the equal plain timedelta's hash when there is one (no ticks below the microsecond)
        return super().__hash__() ^ self._sub

    def __lt__(self, other: Any) -> bool:
        return self._ticks_or_fail(other, "<") < 0

    def __le__(self, other: Any) -> bool:
        return self._ticks_or_fail(other, "<=") <= 0

    def __gt__(self, other: Any) -> bool:
        return self._ticks_or_fail(other, ">") > 0

    def __ge__(self, other: Any) -> bool:
        return self._ticks_or_fail(other, ">=") >= 0

    def _ticks_or_fail(self, other: Any, op: str) -> int:
        if not isinstance(other, _dt.timedelta):
            raise TypeError(f"'{op}' not supported between TimeSpan and {type(other).__name__}")
        return ticks_of(self) - ticks_of(other)

    def __repr__(self) -> str:
        return f"TimeSpan.from_ticks({ticks_of(self)})"


def from_ticks(ticks: int) -> TimeSpan:
    """``[TimeSpan]::FromTicks(ticks)``."""
    return TimeSpan.from_ticks(ticks)


def _truncate(value: int, unit: int) -> int:
    """C#'s integer division: the quotient rounded toward zero."""
    quotient = abs(value) // unit
    return quotient if value >= 0 else -quotient


def _component(span: _dt.timedelta, unit: int, modulo: int) -> int:
    """``(int)((ticks / unit) % modulo)`` with C#'s truncating / and sign-keeping %."""
    whole = _truncate(ticks_of(span), unit)
    rest = abs(whole) % modulo
    return rest if whole >= 0 else -rest


def total_milliseconds(span: _dt.timedelta) -> float:
    """TotalMilliseconds: ticks x (1/10000), clamped to what fits in an Int64 of ticks."""
    value = ticks_of(span) * (1.0 / TICKS_PER_MILLISECOND)
    if value > _MAX_MILLISECONDS:
        return float(_MAX_MILLISECONDS)
    if value < -_MAX_MILLISECONDS:
        return float(-_MAX_MILLISECONDS)
    return value


# The adapted properties of System.TimeSpan in the order Get-Member and Format-List show them.
PROPERTIES: list[tuple[str, Callable[[_dt.timedelta], Any]]] = [
    ("Ticks", ticks_of),
    ("Days", lambda t: _truncate(ticks_of(t), TICKS_PER_DAY)),
    ("Hours", lambda t: _component(t, TICKS_PER_HOUR, 24)),
    ("Milliseconds", lambda t: _component(t, TICKS_PER_MILLISECOND, 1000)),
    ("Minutes", lambda t: _component(t, TICKS_PER_MINUTE, 60)),
    ("Seconds", lambda t: _component(t, TICKS_PER_SECOND, 60)),
    ("TotalDays", lambda t: ticks_of(t) * (1.0 / TICKS_PER_DAY)),
    ("TotalHours", lambda t: ticks_of(t) * (1.0 / TICKS_PER_HOUR)),
    ("TotalMilliseconds", total_milliseconds),
    ("TotalMinutes", lambda t: ticks_of(t) * (1.0 / TICKS_PER_MINUTE)),
    ("TotalSeconds", lambda t: ticks_of(t) * (1.0 / TICKS_PER_SECOND)),
]


def parts(span: _dt.timedelta) -> tuple[str, int, int, int, int, int]:
    """(sign, days, hours, minutes, seconds, fraction in ticks) of the span's absolute value,
    the pieces TimeSpan.ToString() and its format strings print."""
    ticks = ticks_of(span)
    sign = "-" if ticks < 0 else ""
    days, rest = divmod(abs(ticks), TICKS_PER_DAY)
    hours, rest = divmod(rest, TICKS_PER_HOUR)
    minutes, rest = divmod(rest, TICKS_PER_MINUTE)
    seconds, fraction = divmod(rest, TICKS_PER_SECOND)
    return sign, days, hours, minutes, seconds, fraction


def to_string(span: _dt.timedelta) -> str:
    """TimeSpan.ToString(): ``[-][d.]hh:mm:ss[.fffffff]``."""
    sign, days, hours, minutes, seconds, fraction = parts(span)
    text = f"{sign}{days}." if days else sign
    text += f"{hours:02d}:{minutes:02d}:{seconds:02d}"
    return text + f".{fraction:07d}" if fraction else text


def interval(value: float, milliseconds_per_unit: int) -> TimeSpan:
    """``TimeSpan.FromDays/Hours/Minutes/Seconds/Milliseconds(value)`` on .NET Framework: the
    value in milliseconds, rounded half away from zero to a whole millisecond."""
    if value != value:
        raise ValueError("TimeSpan does not accept floating point Not-a-Number values.")
    millis = value * milliseconds_per_unit + (0.5 if value >= 0 else -0.5)
    if not -_MAX_MILLISECONDS <= millis <= _MAX_MILLISECONDS:
        raise TimeSpanOverflowError("TimeSpan overflowed because the duration is too long.")
    return TimeSpan.from_ticks(int(millis) * TICKS_PER_MILLISECOND)


MILLISECONDS_PER = {"days": 86_400_000, "hours": 3_600_000, "minutes": 60_000, "seconds": 1000,
                    "milliseconds": 1}
