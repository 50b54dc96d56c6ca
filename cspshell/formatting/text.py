"""Windows PowerShell 5.1's text helpers for the console: word wrap, newline handling and
the ``...`` ellipsis.

Every character counts as one screen cell (the emulator's console has no double-width
characters). The word wrap is the one 5.1 uses for English cultures
(``StringManipulationHelper.GenerateLinesWithWordWrap``): words are split on space, tab and
soft hyphen and keep their delimiter, so a wrapped line may end with a blank; a word that
does not fit starts a new line; a word longer than a whole line is cut by characters.
"""
from __future__ import annotations

from typing import Iterator

ELLIPSIS = "..."

_SOFT_HYPHEN = "\u00ad"
_HARD_HYPHEN = "\u2011"
_NO_BREAK_SPACE = "\u00a0"
_BREAKING = (" ", "\t", _SOFT_HYPHEN)


def split_lines(text: str) -> list[str]:
    """The lines of ``text``: carriage returns dropped, split on line feeds.

    An empty string is one empty line, as in 5.1's ``SplitLines``.
    """
    if not text:
        return [text]
    return text.replace("\r", "").split("\n")


def truncate_at_newline(text: str) -> str:
    """The text up to its first line break, followed by ``...`` when it had one.

    This is what a table cell shows for a multi-line value without ``-Wrap``.
    """
    if "\n" not in text and "\r" not in text:
        return text
    cut = min(i for i in (text.find("\n"), text.find("\r")) if i >= 0)
    return text[:cut] + ELLIPSIS


def _words(line: str) -> Iterator[tuple[str, str]]:
    """(word, delimiter) pairs; hard hyphens and no-break spaces end a word but are dropped."""
    start = 0
    for i, ch in enumerate(line):
        if ch in _BREAKING:
            yield line[start:i], ch
            start = i + 1
        elif ch in (_HARD_HYPHEN, _NO_BREAK_SPACE):
            yield line[start:i], ""
            start = i + 1
    yield line[start:], ""


def generate_lines(text: str, first_width: int, following_width: int) -> list[str]:
    """Return ``text`` word-wrapped: the first line at most ``first_width`` characters, the
    others at most ``following_width``; embedded newlines always start a new line."""
    if not text:
        return [text]
    out: list[str] = []
    for line in split_lines(text):
        if len(line) <= first_width:
            out.append(line)
        else:
            out.extend(_wrap_line(line, first_width, following_width))
    return out


def _wrap_line(line: str, first_width: int, following_width: int) -> list[str]:
    """One over-long line wrapped the 5.1 way (see the module docstring)."""
    out: list[str] = []
    current: list[str] = []
    line_width = first_width
    spaces_left = first_width
    first = True
    for word, delim in _words(line):
        if delim == _SOFT_HYPHEN:
            # a soft hyphen shows only when the line breaks exactly there
            word_to_add = word + "-" if len(word) + 1 == spaces_left else word
        else:
            word_to_add = word + delim
        if line_width == 0:
            if first:
                first = False
                line_width = following_width
            if line_width == 0:
                break
            spaces_left = line_width
        if len(word_to_add) > line_width:
            for ch in word_to_add:
                if spaces_left < 1:
                    out.append("".join(current))
                    current = [ch]
                    if first:
                        first = False
                        line_width = following_width
                    spaces_left = line_width - 1
                else:
                    current.append(ch)
                    spaces_left -= 1
        elif len(word_to_add) > spaces_left:
            out.append("".join(current))
            current = [word_to_add]
            if first:
                first = False
                line_width = following_width
            spaces_left = line_width - len(word_to_add)
        else:
            current.append(word_to_add)
            spaces_left -= len(word_to_add)
    out.append("".join(current))
    return out
