"""The switch statement: each clause's pattern is tested against every value of the
subject (a collection is enumerated); all matching clauses run unless one breaks."""
from __future__ import annotations

from typing import Any, Callable, Iterator

from ..objects import convert as C
from ..objects import wildcard
from . import ast as A
from . import operators as OPS
from .context import BreakSignal, ContinueSignal, ExecutionContext

NOTSET = object()


def compile_switch(node: A.Switch) -> Callable[[ExecutionContext], Iterator[Any]]:
    from .compiler import ScriptBlock, _statement_value, compile_block, compile_expr
    subject = _statement_value(node.subject)
    flags = set(node.flags)
    mode = "regex" if "regex" in flags else "wildcard" if "wildcard" in flags else "exact"
    cs = "casesensitive" in flags
    clauses = [(compile_expr(p), compile_block(b)) for p, b in node.clauses]
    default = compile_block(node.default) if node.default is not None else None

    def matches(ctx: ExecutionContext, pattern: Any, value: Any) -> bool:
        if isinstance(pattern, ScriptBlock):
            return C.to_bool(pattern.invoke(dollar_under=value, new_scope=False))
        if mode == "regex":
            m = OPS.compile_regex(C.to_string(pattern), cs).search(C.to_string(value))
            if m:
                ctx.set_var("Matches", OPS.match_table(m))
            return m is not None
        if mode == "wildcard":
            return wildcard.match(C.to_string(pattern), C.to_string(value), cs)
        if isinstance(value, str) or isinstance(pattern, str):
            return C.equals(C.to_string(value), C.to_string(pattern), cs)
        return C.equals(value, pattern, cs)

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        value = subject(ctx)
        values = C.enumerate_value(value) if isinstance(value, list) else [value]
        saved = ctx.scope.vars.get("_", NOTSET)
        out: list = []
        try:
            for item in values:
                ctx.scope.vars["_"] = item
                matched = False
                try:
                    for pattern_fn, body in clauses:
                        if matches(ctx, pattern_fn(ctx), item):
                            matched = True
                            out.extend(body(ctx))
                    if not matched and default is not None:
                        out.extend(default(ctx))
                except ContinueSignal as sig:
                    if sig.label and sig.label.lower() != node.label.lower():
                        raise
                    continue
        except BreakSignal as sig:
            if sig.label and sig.label.lower() != node.label.lower():
                raise
        finally:
            if saved is NOTSET:
                ctx.scope.vars.pop("_", None)
            else:
                ctx.scope.vars["_"] = saved
        yield from out
    return run
