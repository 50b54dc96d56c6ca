"""Measure-Object: counts, sum, average, minimum and maximum of property values, or the
lines, words and characters of text.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..objects import members
from ..objects.convert import PSConversionError, compare, to_double, to_string
from ..objects.psobject import PSHashtable, PSObject
from .base import NO_INPUT, Cmdlet
from .calculated import PropertySpec
from .registry import UTILITY, Parameter, cmdlet
from .utility import as_list, current_input, new_object

P = Parameter


# =====================================================================================
# Measure-Object
# =====================================================================================

MEASUREINFO = "Microsoft.PowerShell.Commands.MeasureInfo"


class _Stats:
    __slots__ = ("count", "sum", "min", "max", "lines", "words", "chars")

    def __init__(self) -> None:
        self.count = 0
        self.sum = 0.0
        self.min: Any = None
        self.max: Any = None
        self.lines = self.words = self.chars = 0


def try_double(value: Any) -> Optional[float]:
    """LanguagePrimitives.TryConvertTo<double>: the double, or None when not convertible."""
    if isinstance(value, (PSObject, PSHashtable)) or (isinstance(value, list) and len(value) != 1):
        return None
    try:
        return to_double(value)
    except (PSConversionError, ValueError, OverflowError):
        return None


def _extreme(current: Any, best: Any, is_min: bool) -> Any:
    cur, old = current, best
    cur_num = try_double(cur) if cur is not None else None
    old_num = try_double(old) if old is not None else None
    cur = cur_num if cur_num is not None else cur
    old = old_num if old_num is not None else old
    if cur is not None and old is not None and type(cur) is not type(old):
        cur, old = to_string(cur), to_string(old)
    if old is None or compare(old, cur) * (1 if is_min else -1) > 0:
        return current
    return best


def count_words(text: str) -> int:
    """Runs of non-whitespace characters."""
    return len(text.split())


def count_lines(text: str) -> int:
    """Newline count, plus one when the text does not end with a newline."""
    if not text:
        return 0
    return text.count("\n") + (0 if text.endswith("\n") else 1)


@cmdlet("Measure-Object", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the objects to be measured."),
    P("Property", "String[]", position=0, help="Specifies one or more properties to measure."),
    P("Sum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the sum of the values of the specified properties."),
    P("Average", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the average value of the specified properties."),
    P("Maximum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the maximum value of the specified properties."),
    P("Minimum", "SwitchParameter", sets=("GenericMeasure",), help="Indicates that the cmdlet displays the minimum value of the specified properties."),
    P("Line", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of lines in the input object."),
    P("Word", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of words in the input object."),
    P("Character", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet counts the number of characters in the input object."),
    P("IgnoreWhiteSpace", "SwitchParameter", sets=("TextMeasure",), help="Indicates that the cmdlet ignores white space in character counts."),
], aliases=("measure",), default_set="GenericMeasure",
    output_type="Microsoft.PowerShell.Commands.GenericMeasureInfo",
    synopsis="Calculates the numeric properties of objects, and the characters, words, and lines in string objects.",
    description="The Measure-Object cmdlet calculates the property values of certain types of object: "
                "counts, and the sum, average, minimum and maximum of numeric property values; or the "
                "lines, words and characters of text.",
    examples=(
        ("Get-CsUser | Measure-Object", "Counts the users."),
        ("1,2,3 | Measure-Object -Sum -Average", "Sum 6 and Average 2."),
        ('"One two three" | Measure-Object -Line -Word -Character', "Counts the text's lines, words and characters."),
    ))
class MeasureObjectCommand(Cmdlet):
    """Measure-Object."""

    def begin(self) -> None:
        self.stats: dict[str, _Stats] = {}
        self.names: dict[str, str] = {}
        self.total = 0
        self.non_numeric = False
        # Read once: process() runs for every input object.
        self.want = {name: self.switch(name) for name in (
            "Line", "Word", "Character", "IgnoreWhiteSpace", "Sum", "Average", "Minimum", "Maximum")}
        self.text = any(self.want[s] for s in ("Line", "Word", "Character", "IgnoreWhiteSpace"))
        self.numeric = self.want["Sum"] or self.want["Average"]

    def _entry(self, name: str) -> _Stats:
        key = name.lower()
        if key not in self.stats:
            self.stats[key] = _Stats()
            self.names[key] = name
        return self.stats[key]

    def process(self) -> None:
        obj = current_input(self)
        if obj is NO_INPUT or obj is None:
            return
        self.total += 1
        if not self.bound("Property"):
            self._analyze("$_", obj)
            return
        seen: set[str] = set()
        for pattern in as_list(self.params["Property"]):
            spec = PropertySpec(pattern)
            names = spec.resolve_names(obj)
            if not names and not spec.has_wildcards:
                self._entry(pattern)
            for name in names:
                if name.lower() not in seen:
                    seen.add(name.lower())
                    self._analyze(name, members.get_property(obj, name))

    def _analyze(self, name: str, value: Any) -> None:
        stat = self._entry(name)
        stat.count += 1
        want = self.want
        if self.text:
            text = to_string(value)
            if want["Character"]:
                stat.chars += len("".join(text.split())) if want["IgnoreWhiteSpace"] else len(text)
            stat.words += count_words(text) if want["Word"] else 0
            stat.lines += count_lines(text) if want["Line"] else 0
        if self.numeric:
            number = try_double(value)
            if number is None:
                self.non_numeric = True
                self.error(f'Input object "{to_string(value)}" is not numeric.', "NonNumericInputObject",
                           "InvalidType", value, exception_type="PSInvalidOperationException")
                return
            stat.sum += number
        if want["Minimum"]:
            stat.min = _extreme(value, stat.min, True)
        if want["Maximum"]:
            stat.max = _extreme(value, stat.max, False)

    def end(self) -> Iterator[Any]:
        if self.total == 0 and not self.bound("Property"):
            self._entry("$_")
        for key, stat in self.stats.items():
            name = self.names[key]
            if stat.count == 0 and self.bound("Property"):
                error_id = "TextMeasurePropertyNotFound" if self.text else "GenericMeasurePropertyNotFound"
                message = f'The property "{name}" cannot be found in the input for any objects.'
                record = self.make_error(message, error_id, "InvalidArgument",
                                         exception_type="PSArgumentException")
                record.error_details = message
                self.ctx.write_error(record, command=self)
                continue
            prop = name if self.bound("Property") else None
            yield self._text_info(stat, prop) if self.text else self._generic_info(stat, prop)

    def _text_info(self, stat: _Stats, prop: Optional[str]) -> PSObject:
        return new_object("Microsoft.PowerShell.Commands.TextMeasureInfo", [
            ("Lines", stat.lines if self.switch("Line") else None),
            ("Words", stat.words if self.switch("Word") else None),
            ("Characters", stat.chars if self.switch("Character") else None),
            ("Property", prop)], (MEASUREINFO,))

    def _generic_info(self, stat: _Stats, prop: Optional[str]) -> PSObject:
        numeric = all(v is None or try_double(v) is not None for v in (stat.min, stat.max))
        total = stat.sum if self.switch("Sum") and not self.non_numeric else None
        average = (stat.sum / stat.count if self.switch("Average") and stat.count and not self.non_numeric
                   else None)

        def extreme(value: Any, wanted: bool) -> Any:
            if not wanted or value is None:
                return None
            return try_double(value) if numeric else value
        typename = ("Microsoft.PowerShell.Commands.GenericMeasureInfo" if numeric
                    else "Microsoft.PowerShell.Commands.GenericObjectMeasureInfo")
        return new_object(typename, [
            ("Count", stat.count), ("Average", average), ("Sum", total),
            ("Maximum", extreme(stat.max, self.switch("Maximum"))),
            ("Minimum", extreme(stat.min, self.switch("Minimum"))), ("Property", prop)], (MEASUREINFO,))
