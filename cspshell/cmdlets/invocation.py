"""Running and timing code: Invoke-Expression, Measure-Command and New-TimeSpan."""
from __future__ import annotations

import datetime as _dt
import time
from typing import Any, Iterator

from ..errors import ParseError, SourceText
from ..formatting.errors import position_lines
from ..language.compiler import CompiledBody
from ..language.parser import Parser
from ..objects.convert import convert_to, to_string
from ..objects.timespan import TICKS_PER_SECOND, TimeSpan, TimeSpanOverflowError, ticks_of
from .base import NO_INPUT, Cmdlet
from .core import now
from .registry import UTILITY, Parameter, cmdlet

P = Parameter

TIMESPAN = "System.TimeSpan"


def parse_error_message(error: ParseError) -> str:
    """ParseException.Message for one error: its position lines, then its message (ParseError.ToString())."""
    lines = position_lines(error.record.extent)
    return "\n".join([*lines, error.record.message])


@cmdlet("Invoke-Expression", UTILITY, [
    P("Command", "String", position=0, mandatory=True, from_pipeline=True,
      help="Specifies the command or expression to run, as a string."),
], aliases=("iex",), output_type="",
    synopsis="Runs commands or expressions on the local computer.",
    description="The Invoke-Expression cmdlet evaluates or runs a specified string as a command and returns "
                "the results. It runs in the current scope: variables it sets remain set. Text that does not "
                "parse stops the command with a ParserError that shows where the text is wrong.",
    examples=(('Invoke-Expression "Get-CsUser -Identity sip:kenmyer@litwareinc.com"', "Runs the command in the string."),
              ('$cmd = "Get-CsPool"; iex $cmd', "Runs the command held in a variable.")))
class InvokeExpressionCommand(Cmdlet):
    """Invoke-Expression: parse (a parse failure ends the command as 5.1's ParseException), then run."""

    def process(self) -> Iterator[Any]:
        text = to_string(self.params.get("Command"))
        if not text.strip():
            return
        try:
            code = CompiledBody(Parser(SourceText(text)).parse_script())
        except ParseError as exc:
            self.terminate(parse_error_message(exc), exc.record.error_id, "ParserError",
                           exception_type="ParseException")
            return
        # the current scope, as a dot-sourced script runs
        for block in (code.begin, code.process, code.end):
            if block is not None:
                yield from block(self.ctx)


@cmdlet("Measure-Command", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Objects bound to $_ while the script block runs."),
    P("Expression", "ScriptBlock", position=0, mandatory=True, help="Specifies the expression that is being timed."),
], output_type=TIMESPAN,
    synopsis="Measures the time it takes to run script blocks and cmdlets.",
    description="The Measure-Command cmdlet runs a script block in the current scope, discards its output, "
                "and returns the elapsed time as a TimeSpan (really measured, so it differs from run to run).",
    examples=(("Measure-Command { Get-CsUser }", "Times Get-CsUser."),
              ("(Measure-Command { Get-CsUser }).TotalMilliseconds", "The elapsed milliseconds.")))
class MeasureCommandCommand(Cmdlet):
    """Measure-Command: one timing per input object (once with no input)."""

    def process(self) -> Iterator[Any]:
        block = self.params["Expression"]
        under = self.input if self.input is not NO_INPUT else None
        start = time.perf_counter_ns()
        block.invoke(dollar_under=under, new_scope=False)
        elapsed = time.perf_counter_ns() - start
        yield TimeSpan.from_ticks(elapsed // 100)


@cmdlet("New-TimeSpan", UTILITY, [
    P("Start", "DateTime", position=0, from_pipeline_by_name=True, aliases=("LastWriteTime",), sets=("Date",),
      help="Specifies the start of a time span (default: now)."),
    P("End", "DateTime", position=1, from_pipeline_by_name=True, sets=("Date",),
      help="Specifies the end of a time span (default: now)."),
    P("Days", "Int32", sets=("Time",), help="Specifies the days in the time span."),
    P("Hours", "Int32", sets=("Time",), help="Specifies the hours in the time span."),
    P("Minutes", "Int32", sets=("Time",), help="Specifies the minutes in the time span."),
    P("Seconds", "Int32", sets=("Time",), help="Specifies the length of the time span in seconds."),
], default_set="Date", output_type=TIMESPAN,
    synopsis="Creates a TimeSpan object.",
    description="The New-TimeSpan cmdlet creates a TimeSpan object that represents a time interval: from "
                "-Start to -End (each defaulting to now), or of the given days, hours, minutes and seconds.",
    examples=(("New-TimeSpan -Hours 1 -Minutes 30", "A span of one and a half hours."),
              ("New-TimeSpan -End (Get-Date -Year 2027 -Month 1 -Day 1)", "The time left until 2027.")))
class NewTimeSpanCommand(Cmdlet):
    """New-TimeSpan."""

    def process(self) -> Iterator[Any]:
        if any(self.bound(p) for p in ("Days", "Hours", "Minutes", "Seconds")):
            yield self._from_parts()
            return
        moment = now(self.ctx)
        start = self._date("Start", moment)
        end = self._date("End", moment)
        yield TimeSpan.from_ticks(ticks_of(end - start))

    def _date(self, name: str, default: _dt.datetime) -> _dt.datetime:
        value = self.params.get(name)
        return default if value is None else convert_to(value, "System.DateTime")

    def _from_parts(self) -> TimeSpan:
        """``new TimeSpan(days, hours, minutes, seconds)``: the parts may overflow into each other."""
        seconds = (int(self.params.get("Days", 0)) * 86_400 + int(self.params.get("Hours", 0)) * 3600
                   + int(self.params.get("Minutes", 0)) * 60 + int(self.params.get("Seconds", 0)))
        try:
            return TimeSpan.from_ticks(seconds * TICKS_PER_SECOND)
        except TimeSpanOverflowError as exc:
            self.terminate(str(exc), "System.ArgumentOutOfRangeException", "NotSpecified",
                           exception_type="ArgumentOutOfRangeException")
            raise

