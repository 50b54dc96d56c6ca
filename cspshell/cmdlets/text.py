"""Text out of the pipeline: Select-String (search strings and files) and Tee-Object
(save the output in a file or a variable and pass it on).
"""
from __future__ import annotations

import os
import re
from typing import Any, Iterator, Optional

from ..objects.convert import to_string
from ..objects.psobject import PSObject
from .base import NO_INPUT, Cmdlet
from .registry import UTILITY, Parameter, cmdlet
from .utility import as_list, current_input, new_object, write_text_atomic

P = Parameter


# =====================================================================================
# Select-String
# =====================================================================================

MATCHINFO = "Microsoft.PowerShell.Commands.MatchInfo"


def match_info(line: str, number: int, path: Optional[str], pattern: str, ignore_case: bool,
               matches: list) -> PSObject:
    """A MatchInfo; ToString() is the line, or ``path:number:line`` for a file match."""
    display = "InputStream" if path is None else path

    def text(obj: PSObject) -> str:
        return line if path is None else f"{display}:{number}:{line}"
    return new_object(MATCHINFO, [
        ("IgnoreCase", ignore_case), ("LineNumber", number), ("Line", line),
        ("Filename", "InputStream" if path is None else os.path.basename(path)), ("Path", display),
        ("Pattern", pattern), ("Context", None), ("Matches", matches)], tostring=text)


@cmdlet("Select-String", UTILITY, [
    P("Pattern", "String[]", position=0, mandatory=True, help="Specifies the text to find (a regular expression unless -SimpleMatch)."),
    P("Path", "String[]", position=1, mandatory=True, sets=("File",), help="Specifies the path to the files to search."),
    P("LiteralPath", "String[]", mandatory=True, aliases=("PSPath",), sets=("LiteralFile",), help="Specifies the path to the files to search, taken literally."),
    P("InputObject", "PSObject", mandatory=True, from_pipeline=True, sets=("Object",), help="Specifies the text to be searched."),
    P("SimpleMatch", "SwitchParameter", help="Indicates that the cmdlet uses a simple match rather than a regular expression match."),
    P("CaseSensitive", "SwitchParameter", help="Indicates that the cmdlet matches are case-sensitive."),
    P("Quiet", "SwitchParameter", help="Indicates that the cmdlet returns a Boolean value (True or False) instead of a MatchInfo object."),
    P("List", "SwitchParameter", help="Only the first instance of matching text is returned from each input file."),
    P("NotMatch", "SwitchParameter", help="Finds text that does not match the specified pattern."),
    P("AllMatches", "SwitchParameter", help="Indicates that the cmdlet searches for more than one match in each line of text."),
    P("Encoding", "String", help="Specifies the type of encoding for the target file."),
    P("Context", "Int32[]", help="Captures the specified number of lines before and after the line that matches the pattern."),
], aliases=("sls",), default_set="File", output_type=MATCHINFO,
    synopsis="Finds text in strings and files.",
    description="The Select-String cmdlet searches for text and text patterns in input strings and files.",
    examples=(("'beta-ls14-ee1','beta-ls14-se2' | Select-String 'ee'", "Returns the matching line."),))
class SelectStringCommand(Cmdlet):
    """Select-String."""

    def begin(self) -> None:
        self.patterns = [to_string(p) for p in as_list(self.params.get("Pattern"))]
        flags = 0 if self.switch("CaseSensitive") else re.IGNORECASE
        sources = [re.escape(p) for p in self.patterns] if self.switch("SimpleMatch") else self.patterns
        try:
            self.regexes = [re.compile(s, flags) for s in sources]
        except re.error as exc:
            self.terminate(f'The string {self.patterns[0]} is not a valid regular expression: {exc}',
                           "InvalidRegex", "InvalidArgument", self.patterns[0], exception_type="ArgumentException")
        self.line_number = 0
        self.found = False

    def _test(self, line: str, number: int, path: Optional[str]) -> Optional[Any]:
        for pattern, regex in zip(self.patterns, self.regexes):
            hit = regex.search(line)
            if (hit is not None) != self.switch("NotMatch"):
                found = [hit.group(0)] if hit else []
                if hit and self.switch("AllMatches"):
                    found = [m.group(0) for m in regex.finditer(line)]
                return match_info(line, number, path, pattern, not self.switch("CaseSensitive"), found)
        return None

    def process(self) -> Iterator[Any]:
        if self.switch("Quiet") and self.found:
            return
        obj = current_input(self)
        if obj is not NO_INPUT:
            if obj is None:
                return
            self.line_number += 1
            yield from self._emit(self._test(to_string(obj), self.line_number, None))
            return
        for path in as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath")):
            yield from self._search_file(path)

    def _search_file(self, path: str) -> Iterator[Any]:
        real = self.ctx.resolve_path(path)
        try:
            with open(real, encoding="utf-8-sig", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            self.error(f"Cannot find path '{real}' because it does not exist.", "PathNotFound", "ObjectNotFound",
                       path, exception_type="ItemNotFoundException")
            return
        for number, line in enumerate(lines, 1):
            info = self._test(line, number, real)
            if info is not None:
                yield from self._emit(info)
                if self.switch("List"):
                    return

    def _emit(self, info: Optional[Any]) -> Iterator[Any]:
        if info is None:
            return
        if self.switch("Quiet"):
            if not self.found:
                self.found = True
                yield True
            return
        yield info

    def end(self) -> Iterator[Any]:
        if self.switch("Quiet") and not self.found:
            yield False


# =====================================================================================
# Tee-Object
# =====================================================================================

def formatted_lines(objects: list[Any], width: int) -> list[str]:
    """The console lines Out-Default would show for ``objects``."""
    from ..formatting.out_default import format_stream
    return list(format_stream(objects, width))


@cmdlet("Tee-Object", UTILITY, [
    P("InputObject", "PSObject", from_pipeline=True, help="Specifies the object to be saved and displayed."),
    P("FilePath", "String", position=0, mandatory=True, aliases=("Path",), sets=("File",),
      help="Specifies a file that this cmdlet saves the object to."),
    P("Append", "SwitchParameter", sets=("File",), help="Indicates that the cmdlet appends the output to the specified file."),
    P("LiteralPath", "String", mandatory=True, aliases=("PSPath",), sets=("LiteralFile",),
      help="Specifies a file that this cmdlet saves the object to, taken literally."),
    P("Variable", "String", mandatory=True, sets=("Variable",),
      help="Specifies a variable that the cmdlet saves the object to (without the $)."),
], aliases=("tee",), default_set="File", output_type="System.Management.Automation.PSObject",
    synopsis="Saves command output in a file or variable and also sends it down the pipeline.",
    description="The Tee-Object cmdlet writes output in two directions: it stores it in a file or "
                "variable and also sends it down the pipeline.",
    examples=(("Get-CsPool | Tee-Object -Variable pools | Select-Object Fqdn",
               "Saves the pools in $pools and shows their FQDNs."),))
class TeeObjectCommand(Cmdlet):
    """Tee-Object."""

    def begin(self) -> None:
        self.collected: list[Any] = []

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        self.collected.append(obj)
        yield obj

    def end(self) -> None:
        if self.bound("Variable"):
            items = self.collected
            self.ctx.set_var(self.params["Variable"], items[0] if len(items) == 1 else (items or None))
            return
        path = self.params.get("FilePath") or self.params.get("LiteralPath")
        text = "".join(line + "\r\n" for line in formatted_lines(self.collected, self.ctx.width))
        write_text_atomic(self.ctx.resolve_path(path), "\ufeff" + text if not self.switch("Append") else text,
                          "utf-16-le", self.switch("Append"))
