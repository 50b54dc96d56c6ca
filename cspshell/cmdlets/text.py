"""Text out of the pipeline: Select-String (search strings and files) and Tee-Object
(save the output in a file or a variable and pass it on).
"""
from __future__ import annotations

import ntpath
import os
import re
from collections import deque
from typing import Any, Iterator, Optional

from ..formatting.views import match_info_text
from ..objects.convert import to_string
from ..objects.psobject import PSObject
from ..objects.wildcard import has_wildcards, match
from .base import NO_INPUT, Cmdlet
from .registry import UTILITY, Parameter, cmdlet
from .utility import as_list, current_input, new_object, stop_on_write_failure, write_text_atomic

P = Parameter


# =====================================================================================
# Select-String
# =====================================================================================

MATCHINFO = "Microsoft.PowerShell.Commands.MatchInfo"
MATCHINFO_CONTEXT = "Microsoft.PowerShell.Commands.MatchInfoContext"
REGEX_MATCH = "System.Text.RegularExpressions.Match"
REGEX_GROUP = "System.Text.RegularExpressions.Group"
REGEX_CAPTURE = "System.Text.RegularExpressions.Capture"


def dotnet_regex(pattern: str, case_sensitive: bool) -> "re.Pattern[str]":
    """Compile a .NET pattern: ``(?<name>...)`` and ``\\k<name>`` become Python's spelling."""
    py = re.sub(r"\(\?<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P<\1>", pattern)
    py = re.sub(r"\\k<([A-Za-z_][A-Za-z0-9_]*)>", r"(?P=\1)", py)
    return re.compile(py, 0 if case_sensitive else re.IGNORECASE)


def _value_text(obj: PSObject) -> str:
    return obj.get("Value")


def _group_object(m: "re.Match[str]", index: int, name: str, owner: Optional[PSObject]) -> PSObject:
    """A Group (Success, Name, Captures, Index, Length, Value); a group that captured once has
    itself as its only capture, as .NET's CaptureCollection does."""
    start = m.start(index)
    success = start >= 0
    group = owner if owner is not None else new_object(REGEX_GROUP, [], bases=(REGEX_CAPTURE,), tostring=_value_text)
    group.set("Success", success)
    group.set("Name", name)
    group.set("Captures", [group] if success else [])
    group.set("Index", start if success else 0)
    group.set("Length", m.end(index) - start if success else 0)
    group.set("Value", m.group(index) if success else "")
    return group


def match_object(m: "re.Match[str]") -> PSObject:
    """A System.Text.RegularExpressions.Match: Groups, Success, Name, Captures, Index, Length,
    Value (ToString() is Value). Groups[0] is the match itself; unnamed groups are numbered
    before the named ones, as .NET numbers them."""
    result = new_object(REGEX_MATCH, [("Groups", None)], bases=(REGEX_GROUP, REGEX_CAPTURE), tostring=_value_text)
    _group_object(m, 0, "0", result)
    named = {index: name for name, index in m.re.groupindex.items()}
    unnamed = [i for i in range(1, m.re.groups + 1) if i not in named]
    groups = [result] + [_group_object(m, i, str(n), None) for n, i in enumerate(unnamed, 1)]
    groups += [_group_object(m, i, named[i], None) for i in sorted(named)]
    result.set("Groups", groups)
    return result


def match_info(line: str, number: int, path: Optional[str], pattern: str, ignore_case: bool,
               matches: list, context: Optional[PSObject] = None) -> PSObject:
    """A MatchInfo; ToString() is the line (``path:number:line`` for a file match), with the
    display context around it (``> `` before the match, two blanks before context lines)."""
    return new_object(MATCHINFO, [
        ("IgnoreCase", ignore_case), ("LineNumber", number), ("Line", line),
        ("Filename", "InputStream" if path is None else ntpath.basename(path)),
        ("Path", "InputStream" if path is None else path),
        ("Pattern", pattern), ("Context", context), ("Matches", matches)], tostring=match_info_text)


def _context_object() -> PSObject:
    return new_object(MATCHINFO_CONTEXT, [("PreContext", []), ("PostContext", []),
                                          ("DisplayPreContext", []), ("DisplayPostContext", [])])


class ContextTracker:
    """5.1's context tracking (MatchString.cs): matches leave ``queue`` in order once their
    context is known. The logical context (PreContext/PostContext) is the lines around each
    match, matches included; the display context never shows a line twice."""

    def __init__(self, pre: int, post: int):
        self.pre, self.post = pre, post
        self.queue: list[PSObject] = []
        self._window: deque = deque(maxlen=pre + post + 1)  # (text, MatchInfo or None)
        self._pre_done = False
        self._display_pre: deque = deque(maxlen=pre)
        self._display_post: list[str] = []
        self._pending: Optional[PSObject] = None

    def line(self, line_text: str) -> None:
        if self._pending is not None:
            self._display_post.append(line_text)
            if len(self._display_post) >= self.post:
                self._settle_display()
        elif self.pre:
            self._display_pre.append(line_text)
        self._add(line_text, None)

    def match(self, info: PSObject) -> None:
        if self._pending is not None:
            self._settle_display()
        self._pending = info
        if not self.post:
            self._settle_display()
        self._add(info.get("Line"), info)

    def eof(self) -> None:
        if self._pending is not None:
            self._settle_display()
        start = self.pre + 1 if len(self._window) == self._window.maxlen else 0
        self._emit_range(start, len(self._window) - 1)

    def _settle_display(self) -> None:
        context = self._pending.get("Context")
        if context is not None:
            context.set("DisplayPreContext", list(self._display_pre))
            context.set("DisplayPostContext", list(self._display_post))
        self._pending = None
        self._display_pre.clear()
        self._display_post = []

    def _add(self, line_text: str, info: Optional[PSObject]) -> None:
        self._window.append((line_text, info))
        if len(self._window) < self._window.maxlen:
            return
        if self._pre_done:
            self._emit_range(self.pre, self.pre)
        else:
            self._emit_range(0, self.pre)
            self._pre_done = True

    def _emit_range(self, first: int, last: int) -> None:
        entries = list(self._window)
        for i in range(first, last + 1):
            info = entries[i][1]
            if info is None:
                continue
            context = info.get("Context")
            if context is not None:
                context.set("PreContext", [t for t, _ in entries[max(i - self.pre, 0):i]])
                context.set("PostContext", [t for t, _ in entries[i + 1:i + 1 + self.post]])
            self.queue.append(info)


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
    description="The Select-String cmdlet searches for text and text patterns in input strings and files. "
                "Each match is a MatchInfo object: Line, LineNumber, Path, Pattern, Context and Matches "
                "(the regular expression matches: the first one, or every one with -AllMatches).",
    examples=(("'beta-ls14-ee1','beta-ls14-se2' | Select-String 'ee'", "Returns the matching line."),
              ("'a1 b22' | Select-String '\\d+' -AllMatches | ForEach-Object { $_.Matches.Value }",
               "Lists every number of the line.")))
class SelectStringCommand(Cmdlet):
    """Select-String."""

    def begin(self) -> None:
        self.patterns = [to_string(p) for p in as_list(self.params.get("Pattern"))]
        self.case_sensitive = self.switch("CaseSensitive")
        self.regexes: list = []
        if not self.switch("SimpleMatch"):
            for pattern in self.patterns:
                try:
                    self.regexes.append(dotnet_regex(pattern, self.case_sensitive))
                except re.error as exc:
                    self.terminate(f'The string {pattern} is not a valid regular expression: {exc}',
                                   "InvalidRegex", "InvalidArgument", pattern, exception_type="ArgumentException")
        context = [int(n) for n in as_list(self.params.get("Context"))]
        self.pre, self.post = (context[0], context[-1]) if context else (0, 0)
        self.tracker = ContextTracker(self.pre, self.post)
        self.line_number = 0
        self.done = False

    def _search(self, line: str) -> Optional[tuple[str, list]]:
        """(the pattern reported, the Match objects) when the line is selected, else None."""
        found: Optional[int] = None
        matches: list = []
        if self.regexes:
            for index, regex in enumerate(self.regexes):
                if self.switch("AllMatches") and not self.switch("NotMatch"):
                    matches = [match_object(m) for m in regex.finditer(line)]
                else:
                    hit = regex.search(line)
                    matches = [match_object(hit)] if hit else []
                if matches:
                    found = index
                    break
        else:
            haystack = line if self.case_sensitive else line.lower()
            found = next((i for i, p in enumerate(self.patterns)
                          if (p if self.case_sensitive else p.lower()) in haystack), None)
        if self.switch("NotMatch"):
            return (self.patterns[0], []) if found is None else None
        return None if found is None else (self.patterns[found], matches)

    def _match_info(self, line: str, number: int, path: Optional[str]) -> Optional[PSObject]:
        result = self._search(line)
        if result is None:
            return None
        context = _context_object() if self.pre or self.post else None
        return match_info(line, number, path, result[0], not self.case_sensitive, result[1], context)

    def process(self) -> Iterator[Any]:
        if self.done:
            return
        paths = as_list(self.params.get("Path")) + as_list(self.params.get("LiteralPath"))
        if paths:
            yield from self._search_files(paths)
            return
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        self.line_number += 1
        if isinstance(obj, PSObject) and obj.type_name == MATCHINFO:
            line = to_string(obj.get("Line"))
            info = obj if self._search(line) is not None else None
        else:
            line = to_string(obj)
            info = self._match_info(line, self.line_number, None)
        if info is None:
            self.tracker.line(line)
        else:
            self.tracker.match(info)
        if self.tracker.queue:
            self.done = self.switch("Quiet")
            yield from self._flush(self.tracker)

    def _search_files(self, paths: list) -> Iterator[Any]:
        literal = "LiteralPath" in self.params
        for path in paths:
            for real in self._resolve(to_string(path), literal):
                found = yield from self._search_file(path, real)
                if found and self.switch("Quiet"):
                    return
        if self.switch("Quiet"):
            yield None if self.switch("List") else False

    def _resolve(self, path: str, literal: bool) -> list[str]:
        """The files a -Path names: a wildcard in the file name matches the folder's files in
        name order (none is no error); a literal name is searched as it is."""
        real = self.ctx.resolve_path(path)
        folder, name = os.path.split(real)
        if literal or not has_wildcards(name):
            return [real]
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            return []
        return [os.path.join(folder, n) for n in sorted(entries, key=str.lower)
                if match(name, n) and os.path.isfile(os.path.join(folder, n))]

    def _search_file(self, path: str, real: str) -> Iterator[Any]:
        """Search one file (a generator whose return value says whether it had a match)."""
        try:
            with open(real, encoding="utf-8-sig", errors="replace") as handle:
                lines = handle.read().splitlines()
        except OSError:
            shown = self.ctx.display_path(real)
            self.error(f"Cannot find path '{shown}' because it does not exist.", "PathNotFound", "ObjectNotFound",
                       shown, exception_type="ItemNotFoundException")
            return False
        tracker = ContextTracker(self.pre, self.post)
        found = False
        for number, line in enumerate(lines, 1):
            info = self._match_info(line, number, self.ctx.display_path(real))
            if info is None:
                tracker.line(line)
            else:
                tracker.match(info)
            if tracker.queue:
                found = True
                if self.switch("Quiet") or self.switch("List"):
                    break
                yield from self._flush(tracker)
        tracker.eof()
        found = found or bool(tracker.queue)
        yield from self._flush(tracker)
        return found

    def _flush(self, tracker: ContextTracker) -> Iterator[Any]:
        """FlushTrackerQueue: True for -Quiet, the first match for -List, else every match."""
        queue, tracker.queue = tracker.queue, []
        if not queue:
            return
        if self.switch("Quiet") and not self.switch("List"):
            yield True
        elif self.switch("List"):
            yield queue[0]
        else:
            yield from queue

    def end(self) -> Iterator[Any]:
        self.tracker.eof()
        if not self.done:
            yield from self._flush(self.tracker)


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
        path = self.params.get("FilePath") or self.params.get("LiteralPath")
        if path is not None:
            # 5.1 opens the file before the first object passes, so a bad path stops it at once
            real = self.ctx.resolve_path(path)
            if os.path.isdir(real):
                stop_on_write_failure(self, real, IsADirectoryError(real))
            if not os.path.isdir(os.path.dirname(real) or "."):
                stop_on_write_failure(self, real, FileNotFoundError(real))

    def process(self) -> Iterator[Any]:
        obj = current_input(self)
        if obj is NO_INPUT:
            return
        self.collected.append(obj)
        yield obj

    def end(self) -> None:
        if self.bound("Variable"):
            # 5.1 sets the variable through an inner Set-Variable, which honours $WhatIfPreference
            items = self.collected
            name, value = self.params["Variable"], items[0] if len(items) == 1 else (items or None)
            shown = "System.Object[]" if isinstance(value, list) else to_string(value)
            if self.should_process(f"Name: {name} Value: {shown}", "Set variable"):
                self.ctx.set_var(name, value)
            return
        path = self.params.get("FilePath") or self.params.get("LiteralPath")
        text = "".join(line + "\r\n" for line in formatted_lines(self.collected, self.ctx.width))
        real = self.ctx.resolve_path(path)
        try:
            if os.path.isdir(real):
                raise IsADirectoryError(real)
            write_text_atomic(real, "\ufeff" + text if not self.switch("Append") else text, "utf-16-le",
                              self.switch("Append"))
        except OSError as exc:
            stop_on_write_failure(self, real, exc)
