"""Safe YAML reading that remembers where every value came from.

The text is read as PyYAML's event stream (libyaml's C parser when present) and turned
straight into plain values — ``YMap`` (a dict) and ``YList`` (a list) that carry the
line and column of themselves, of each key and of each value — so validation can point
at the exact spot. Building from events instead of PyYAML's composed node graph is
several times faster and never recurses, so nesting depth is checked as it goes (the
composer would crash the process on a hundred thousand '['). Only the standard YAML tags
become values: anything else (``!!python/object`` and friends) is refused, never
constructed.

Aliases are shared, not copied, and the size they would expand to is counted as the
events arrive: a "billion laughs" bomb is refused after a few dozen events, and an alias
to a collection that is still open (a recursive alias) is refused too.
"""
from __future__ import annotations

from typing import Any, Optional, Union

import yaml

from .problems import Mark, ProblemLog

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # libyaml missing: the pure-Python loader is slower but the same
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

TAG = "tag:yaml.org,2002:"
MERGE_TAG = TAG + "merge"
STR_TAG = TAG + "str"
MAP_TAG = TAG + "map"
SEQ_TAG = TAG + "seq"
MAX_DEPTH = 64
# Aliases may repeat a node, but not blow the document up far beyond its written size.
ALIAS_GROWTH = 10
ALIAS_SLACK = 10_000


class YMap(dict):
    """A YAML mapping: a dict whose keys and values remember their positions."""

    def __init__(self, mark: Mark):
        super().__init__()
        self.mark = mark
        self.key_marks: dict[Any, Mark] = {}
        self.value_marks: dict[Any, Mark] = {}

    def key_mark(self, key: Any) -> Mark:
        """Return where ``key`` is written (the mapping's start when absent)."""
        return self.key_marks.get(key, self.mark)

    def value_mark(self, key: Any) -> Mark:
        """Return where the value of ``key`` is written (the mapping's start when absent)."""
        return self.value_marks.get(key, self.mark)


class YList(list):
    """A YAML sequence: a list whose items remember their positions."""

    def __init__(self, mark: Mark):
        super().__init__()
        self.mark = mark
        self.item_marks: list[Mark] = []

    def item_mark(self, index: int) -> Mark:
        """Return where item ``index`` is written."""
        return self.item_marks[index] if index < len(self.item_marks) else self.mark


Value = Union[YMap, YList, str, int, float, bool, None]


def locate(value: Any, mark: Mark = Mark(1, 1)) -> Value:
    """Return plain data (dicts, lists, scalars) as located values, all at ``mark``.

    The compiled cache stores the topology as JSON and rebuilds it through the same
    validation as a file; positions no longer matter there.
    """
    if isinstance(value, dict):
        result = YMap(mark)
        for key, item in value.items():
            result[key] = locate(item, mark)
            result.key_marks[key] = result.value_marks[key] = mark
        return result
    if isinstance(value, list):
        items = YList(mark)
        for item in value:
            items.append(locate(item, mark))
            items.item_marks.append(mark)
        return items
    return value


def parse_yaml(text: str, log: ProblemLog) -> Optional[Value]:
    """Return the located value of the single YAML document in ``text``.

    Returns None (after logging why) for a syntax error, several documents, an alias
    bomb, a recursive alias, over-deep nesting or an unsupported tag.
    """
    builder = _EventBuilder(log)
    try:
        return builder.run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as exc:
        log.error(_exc_mark(exc), _syntax_message(exc))
    except yaml.YAMLError as exc:
        log.error(None, f"the file is not valid YAML: {exc}")
    except _Refused:
        pass
    return None


class _Refused(Exception):
    """Raised after logging why the document cannot be read any further."""


def _exc_mark(exc: yaml.MarkedYAMLError) -> Optional[Mark]:
    mark = exc.problem_mark or exc.context_mark
    return Mark(mark.line + 1, mark.column + 1) if mark else None


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    what = exc.problem or "invalid YAML"
    if "nesting depth" in what:
        # newer libyaml stops deep nesting itself, before our own event-depth check sees it
        return (f"the YAML is nested more than {MAX_DEPTH} levels deep; a topology needs only a few "
                "levels: check for runaway brackets")
    context = f" {exc.context}" if exc.context else ""
    return (f"YAML syntax error: {what}{context}; check the indentation, the quoting and "
            "the ':' after each key on this line and the one before")


def _event_mark(event: yaml.Event) -> Mark:
    mark = event.start_mark
    return Mark(mark.line + 1, mark.column + 1)


class _Open:
    """A collection being built: its value, size so far, and (for maps) a pending key."""

    __slots__ = ("value", "anchor", "size", "key", "key_mark", "has_key", "merges")

    def __init__(self, value: Union[YMap, YList], anchor: Optional[str]):
        self.value = value
        self.anchor = anchor
        self.size = 1
        self.key: Any = None
        self.key_mark: Optional[Mark] = None
        self.has_key = False
        self.merges: list[tuple[Any, Mark]] = []


class _EventBuilder:
    """Builds located values from YAML events, checking tags, depth, keys and aliases."""

    def __init__(self, log: ProblemLog):
        self.log = log
        self.helper = yaml.SafeLoader("")        # its resolver and scalar constructors
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Value, int]] = {}
        self.nodes = 0
        self.expanded = 0
        self.root: Value = None
        self.documents = 0
        self.scalar_types = {
            TAG + "str": lambda node: node.value,
            TAG + "null": lambda node: None,
            TAG + "bool": self.helper.construct_yaml_bool,
            TAG + "int": self.helper.construct_yaml_int,
            TAG + "float": self.helper.construct_yaml_float,
            TAG + "timestamp": lambda node: node.value,     # dates are just text here
        }

    def run(self, events: Any) -> Value:
        """Return the document built from ``events`` (raises _Refused after logging)."""
        handlers = {
            yaml.ScalarEvent: self._scalar,
            yaml.MappingStartEvent: self._open_mapping,
            yaml.SequenceStartEvent: self._open_sequence,
            yaml.MappingEndEvent: self._close,
            yaml.SequenceEndEvent: self._close,
            yaml.AliasEvent: self._alias,
            yaml.DocumentStartEvent: self._document,
        }
        for event in events:
            handler = handlers.get(type(event))
            if handler is not None:
                handler(event)
        return self.root

    def _refuse(self, mark: Optional[Mark], message: str) -> None:
        self.log.error(mark, message)
        raise _Refused()

    def _document(self, event: yaml.Event) -> None:
        self.documents += 1
        if self.documents > 1:
            self._refuse(_event_mark(event), "the file holds more than one YAML document; a "
                                             "topology is one document: remove the extra "
                                             "'---' line and what follows it")

    # -- values -------------------------------------------------------------------------
    def _scalar(self, event: yaml.ScalarEvent) -> None:
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.helper.resolve(yaml.ScalarNode, event.value, event.implicit)
        mark = _event_mark(event)
        if tag == MERGE_TAG and self._expecting_key():
            self._add(_MERGE, mark, 1, event.anchor)
            return
        if tag == STR_TAG:
            self._add(event.value, mark, 1, event.anchor)
            return
        construct = self.scalar_types.get(tag)
        if construct is None:
            self._bad_tag(tag, mark)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark,
                               event.style)
        try:
            value = construct(node)
        except (yaml.YAMLError, ValueError) as exc:
            self._refuse(mark, f"cannot read the value {event.value!r}: {exc}")
        self._add(value, mark, 1, event.anchor)

    def _bad_tag(self, tag: str, mark: Mark) -> None:
        self._refuse(mark, f"the YAML tag {tag!r} is not allowed in a topology (only plain "
                           "values, lists and mappings); remove the tag")

    def _open_mapping(self, event: yaml.MappingStartEvent) -> None:
        self._open(event, YMap(_event_mark(event)), MAP_TAG, yaml.MappingNode)

    def _open_sequence(self, event: yaml.SequenceStartEvent) -> None:
        self._open(event, YList(_event_mark(event)), SEQ_TAG, yaml.SequenceNode)

    def _open(self, event: yaml.Event, value: Union[YMap, YList], expected: str,
              kind: type) -> None:
        tag = event.tag
        if tag is not None and tag != "!" and tag != expected:
            self._bad_tag(tag, _event_mark(event))
        if len(self.stack) >= MAX_DEPTH:
            self._refuse(_event_mark(event), f"the YAML is nested more than {MAX_DEPTH} "
                                             "levels deep; a topology needs only a few")
        self._count(1, _event_mark(event))
        self.stack.append(_Open(value, event.anchor))

    def _close(self, event: yaml.Event) -> None:
        done = self.stack.pop()
        if isinstance(done.value, YMap):
            self._merge(done)
        self._place(done.value, done.value.mark, done.size, done.anchor)

    def _alias(self, event: yaml.AliasEvent) -> None:
        mark = _event_mark(event)
        if event.anchor not in self.anchors:
            if any(open_.anchor == event.anchor for open_ in self.stack):
                self._refuse(mark, "a YAML alias refers to a node that contains it (a "
                                   "recursive alias); write the value out instead")
            self._refuse(mark, f"the alias *{event.anchor} names no anchor &{event.anchor} "
                               "defined before it")
        value, size = self.anchors[event.anchor]
        self._count(size, mark, alias=True)
        self._place(value, mark, size, None)

    def _count(self, size: int, mark: Mark, alias: bool = False) -> None:
        if not alias:
            self.nodes += size
        self.expanded += size
        if self.expanded > ALIAS_GROWTH * self.nodes + ALIAS_SLACK:
            self._refuse(mark, f"YAML aliases expand this document from {self.nodes:,} to "
                               f"more than {self.expanded:,} values (an alias bomb?); "
                               "refused: write repeated values out or use a generator block")

    def _add(self, value: Any, mark: Mark, size: int, anchor: Optional[str]) -> None:
        self._count(size, mark)
        self._place(value, mark, size, anchor)

    def _place(self, value: Any, mark: Mark, size: int, anchor: Optional[str]) -> None:
        """Put a finished value into the open collection (or make it the document)."""
        if anchor is not None:
            self.anchors[anchor] = (value, size)
        if not self.stack:
            self.root = value
            return
        parent = self.stack[-1]
        parent.size += size
        if isinstance(parent.value, YList):
            parent.value.append(value)
            parent.value.item_marks.append(mark)
        elif not parent.has_key:
            parent.key, parent.key_mark, parent.has_key = value, mark, True
        else:
            self._set(parent, value, mark)
            parent.has_key = False

    def _expecting_key(self) -> bool:
        return bool(self.stack) and isinstance(self.stack[-1].value, YMap) \
            and not self.stack[-1].has_key

    def _set(self, parent: _Open, value: Any, mark: Mark) -> None:
        mapping, key = parent.value, parent.key
        if key is _MERGE:
            parent.merges.append((value, mark))
            return
        if isinstance(key, (YMap, YList)) or key is None:
            self.log.error(parent.key_mark, "a mapping key must be a plain name")
            return
        if key in mapping:
            first = mapping.key_marks[key]
            self.log.error(parent.key_mark, f"the key '{key}' appears twice in this mapping "
                                            f"(first at line {first.line}); keep one of them")
            return
        mapping[key] = value
        mapping.key_marks[key] = parent.key_mark
        mapping.value_marks[key] = mark

    def _merge(self, done: _Open) -> None:
        """Apply ``<<:`` merge keys: keys written in the mapping win over merged ones."""
        mapping = done.value
        for value, mark in done.merges:
            sources = value if isinstance(value, YList) else [value]
            if not all(isinstance(source, YMap) for source in sources):
                self.log.error(mark, "a '<<' merge key must name a mapping or a list of "
                                     "mappings")
                continue
            for source in sources:
                for key, item in source.items():
                    if key not in mapping:
                        mapping[key] = item
                        mapping.key_marks[key] = source.key_marks[key]
                        mapping.value_marks[key] = source.value_marks[key]


_MERGE = object()   # stands for a '<<' key until its value arrives
