"""PowerShell wildcard patterns (``-like``, ``Get-Command *-Cs*``, ``Select-Object Pri*``).

Rules of System.Management.Automation.WildcardPattern (5.1):

- ``*`` matches any run of characters, ``?`` exactly one character;
- ``[abc]`` one character of a set, ``[a-z]`` a range (``[]]``: a ``]`` right after
  the opening bracket is literal); an unclosed ``[`` or a reversed range is an error;
- a backtick escapes the next character (```*`` is a literal star); a lone trailing
  backtick is literal, except that the whole pattern ```` ` ```` means the empty string;
- the whole text must match; matching ignores case unless asked otherwise.

Compiled patterns are cached, so a filter applied to a million objects compiles once.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

WILDCARD_CHARS = frozenset("*?[]")


class WildcardPatternError(ValueError):
    """An invalid pattern; ``message`` is PowerShell's text, ``error_id`` its id."""

    error_id = "WildcardPattern_Invalid"

    def __init__(self, pattern: str):
        self.pattern = pattern
        self.message = f"The specified wildcard character pattern is not valid: {pattern}"
        super().__init__(self.message)


def has_wildcards(pattern: str) -> bool:
    """True when ``pattern`` holds an unescaped ``*``, ``?``, ``[`` or ``]``."""
    escaped = False
    for ch in pattern or "":
        if escaped:
            escaped = False
        elif ch == "`":
            escaped = True
        elif ch in WILDCARD_CHARS:
            return True
    return False


def escape(text: str) -> str:
    """WildcardPattern.Escape: a pattern matching ``text`` literally."""
    return "".join("`" + ch if ch in WILDCARD_CHARS else ch for ch in text)


def unescape(pattern: str) -> str:
    """WildcardPattern.Unescape: drop the backticks that escape wildcard characters."""
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if escaped:
            if ch not in WILDCARD_CHARS and ch != "`":
                out.append("`")
            out.append(ch)
            escaped = False
        elif ch == "`":
            escaped = True
        else:
            out.append(ch)
    if escaped:
        out.append("`")
    return "".join(out)


def _bracket_to_regex(contents: list[tuple[str, bool]], pattern: str) -> str:
    """A regex character class for the (char, is_range_operator) pairs of a bracket."""
    parts: list[str] = []
    i = 0
    while i < len(contents):
        if i + 2 < len(contents) and contents[i + 1][1]:
            low, high = contents[i][0], contents[i + 2][0]
            if low > high:
                raise WildcardPatternError(pattern)
            parts.append(f"{re.escape(low)}-{re.escape(high)}")
            i += 3
        else:
            parts.append(re.escape(contents[i][0]))
            i += 1
    return "[" + "".join(parts) + "]" if parts else "(?!)"


def to_regex(pattern: str) -> str:
    """The regular expression (anchored) equivalent to a wildcard pattern."""
    out: list[str] = []
    escaped = False
    bracket: list[tuple[str, bool]] | None = None
    bracket_just_opened = False
    for ch in pattern:
        if bracket is not None:
            if ch == "]" and not bracket_just_opened and not escaped:
                out.append(_bracket_to_regex(bracket, pattern))
                bracket = None
            elif ch != "`" or escaped:
                bracket.append((ch, ch == "-" and not escaped))
            bracket_just_opened = False
        elif ch == "*" and not escaped:
            out.append(".*")
        elif ch == "?" and not escaped:
            out.append(".")
        elif ch == "[" and not escaped:
            bracket = []
            bracket_just_opened = True
        elif ch != "`" or escaped:
            out.append(re.escape(ch))
        escaped = ch == "`" and not escaped
    if bracket is not None:
        raise WildcardPatternError(pattern)
    if escaped and pattern != "`":
        out.append(re.escape("`"))
    return r"\A" + "".join(out) + r"\Z"


@lru_cache(maxsize=4096)
def compile_pattern(pattern: str, case_sensitive: bool = False) -> re.Pattern:
    """The compiled regex for a wildcard pattern (cached)."""
    flags = re.DOTALL if case_sensitive else re.DOTALL | re.IGNORECASE
    return re.compile(to_regex(pattern), flags)


def match(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    """True when ``text`` matches the wildcard ``pattern`` as a whole."""
    if not has_wildcards(pattern) and "`" not in pattern:
        if case_sensitive:
            return pattern == text
        return pattern.lower() == text.lower()
    return compile_pattern(pattern, case_sensitive).match(text) is not None


def match_any(patterns: Iterable[str], text: str, case_sensitive: bool = False) -> bool:
    """True when ``text`` matches at least one of ``patterns``."""
    return any(match(p, text, case_sensitive) for p in patterns)


def filter_names(patterns: Iterable[str], names: Iterable[str]) -> list[str]:
    """The names matching any pattern, in the order of ``names`` (each name once)."""
    plist = list(patterns)
    return [n for n in names if match_any(plist, n)]
