"""Statements: compiled into ``f(ctx) -> iterator of output objects`` (see compiler.py for
expressions). The statement-list runner reports statement-terminating errors and goes on
with the next statement, as PowerShell does; script-terminating ones (throw, -ErrorAction
Stop) travel up to a try/catch or to the top level.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from ..errors import ErrorRecord, Extent, PSError
from ..objects import convert as C
from ..objects.psobject import HashtableView
from . import ast as A
from .compiler import (NOTSET, Expr, Stmt, _statement_value, compile_assignment, compile_expr,
                       compile_setter)
from .context import (BreakSignal, ContinueSignal, ExecutionContext, ExitSignal, FlowSignal, ReturnSignal,
                      ScriptTerminatingError)
from .errorinfo import note_origin

_STMT_RULES: dict[type, Callable[[Any], Stmt]] = {}


def stmt_rule(node_type: type):
    def deco(fn):
        _STMT_RULES[node_type] = fn
        return fn
    return deco


def compile_statement(node: A.Node) -> Stmt:
    fn = _STMT_RULES.get(type(node))
    if fn is None:
        expr = compile_expr(node)
        return lambda ctx: C.enumerate_value(expr(ctx))
    return fn(node)


def compile_block(stmts: list) -> Stmt:
    """A statement list; statement-terminating errors are reported and execution goes on."""
    if any(type(s) is A.Trap for s in stmts):
        return _trapping_block(stmts)
    compiled = [(compile_statement(s), s) for s in stmts]
    if len(compiled) == 1:
        only = compiled[0][0]

        def run_one(ctx: ExecutionContext) -> Iterator[Any]:
            try:
                result = only(ctx)
            except PSError as exc:
                if isinstance(exc, ScriptTerminatingError) or ctx.try_depth > 0:
                    raise
                report_statement_error(ctx, exc)
                return iter(())
            if isinstance(result, (list, tuple)) or type(result).__name__ in ("list_iterator", "tuple_iterator"):
                return result
            return _guarded(ctx, result)
        return run_one

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        for fn, _ in compiled:
            try:
                yield from fn(ctx)
            except PSError as exc:
                if isinstance(exc, ScriptTerminatingError) or ctx.try_depth > 0:
                    raise
                report_statement_error(ctx, exc)
    return run


def _guarded(ctx: ExecutionContext, items: Iterator[Any]) -> Iterator[Any]:
    try:
        yield from items
    except PSError as exc:
        if isinstance(exc, ScriptTerminatingError) or ctx.try_depth > 0:
            raise
        report_statement_error(ctx, exc)


def report_statement_error(ctx: ExecutionContext, exc: PSError) -> None:
    """A statement-terminating error: show it (or escalate under $ErrorActionPreference=Stop).
    Inside a function or script block whose errors are redirected (``f 2>&1``, ``f 2> file``)
    it goes where they go, as 5.1 writes it to the function's error pipe."""
    ctx.last_ok = False
    ctx.pipeline_failed = True
    pref = C.to_string(ctx.get_var("ErrorActionPreference", "Continue"))
    if pref == "Stop":
        raise ScriptTerminatingError(exc.record) from exc
    note_origin(exc.record, ctx)
    ctx.errors.insert(0, exc.record)
    if ctx.stream_collectors:  # an advanced function's -ErrorVariable sees it too
        ctx.collect(None, "ErrorVariable", exc.record)
    if pref in ("SilentlyContinue", "Ignore"):
        return
    routes = ctx.stream_routes
    if routes is not None and routes.error is not None:
        routes.error.write(exc.record)
        return
    ctx.show_error(exc.record)


@stmt_rule(A.Pipeline)
def _pipeline(node: A.Pipeline) -> Stmt:
    from .pipeline import compile_pipeline
    return compile_pipeline(node)


@stmt_rule(A.Assignment)
def _assignment(node: A.Assignment) -> Stmt:
    assign = compile_assignment(node, want_value=True)

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        ctx.pipeline_failed = False
        assign(ctx)
        ctx.last_ok = not ctx.pipeline_failed
        return iter(())
    return run


def _condition(node: A.Node) -> Expr:
    value = _statement_value(node)
    return lambda ctx: C.to_bool(value(ctx))


@stmt_rule(A.If)
def _if(node: A.If) -> Stmt:
    clauses = [(_condition(c), compile_block(b)) for c, b in node.clauses]
    else_body = compile_block(node.else_body) if node.else_body is not None else None

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        for cond, body in clauses:
            if cond(ctx):
                yield from body(ctx)
                return
        if else_body is not None:
            yield from else_body(ctx)
    return run


def _loop_body(body: Stmt, label: str):
    """Run a loop body once, streaming its output; ``state[0]`` becomes 'break', 'continue' or None."""
    def run(ctx: ExecutionContext, state: list) -> Iterator[Any]:
        state[0] = None
        try:
            yield from body(ctx)
        except BreakSignal as sig:
            if sig.label and sig.label.lower() != label.lower():
                raise
            state[0] = "break"
        except ContinueSignal as sig:
            if sig.label and sig.label.lower() != label.lower():
                raise
            state[0] = "continue"
    return run


@stmt_rule(A.While)
def _while(node: A.While) -> Stmt:
    cond = _condition(node.condition)
    body = _loop_body(compile_block(node.body), node.label)

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        state: list = [None]
        while cond(ctx):
            yield from body(ctx, state)
            if state[0] == "break":
                return
    return run


@stmt_rule(A.DoLoop)
def _do(node: A.DoLoop) -> Stmt:
    cond = _condition(node.condition)
    body = _loop_body(compile_block(node.body), node.label)
    until = node.until

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        state: list = [None]
        while True:
            yield from body(ctx, state)
            if state[0] == "break":
                return
            if cond(ctx) == until:
                return
    return run


@stmt_rule(A.For)
def _for(node: A.For) -> Stmt:
    init = compile_statement(node.init) if node.init is not None else None
    cond = _condition(node.condition) if node.condition is not None else (lambda ctx: True)
    step = compile_statement(node.step) if node.step is not None else None
    body = _loop_body(compile_block(node.body), node.label)

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        state: list = [None]
        if init is not None:
            yield from init(ctx)
        while cond(ctx):
            yield from body(ctx, state)
            if state[0] == "break":
                return
            if step is not None:
                yield from step(ctx)
    return run


@stmt_rule(A.ForEach)
def _foreach(node: A.ForEach) -> Stmt:
    iterable = _statement_value(node.iterable)
    setter = compile_setter(node.variable)
    body = _loop_body(compile_block(node.body), node.label)
    variable_span = node.variable.span

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        state: list = [None]
        value = iterable(ctx)
        if value is None:
            return
        owner = value.owner if isinstance(value, HashtableView) else None
        version = owner.version if owner is not None else 0
        for item in C.enumerate_value(value):
            setter(ctx, item)
            yield from body(ctx, state)
            if state[0] == "break":
                return
            if owner is not None and owner.version != version:
                raise _collection_modified(variable_span)
    return run


def _collection_modified(span: Extent) -> PSError:
    """The .NET InvalidOperationException a Hashtable enumerator throws on its next MoveNext
    once the table was written to; 5.1 reports it at the loop variable."""
    return PSError(ErrorRecord(message="Collection was modified; enumeration operation may not execute.",
                               error_id="System.InvalidOperationException", category="OperationStopped",
                               extent=span, exception_type="InvalidOperationException",
                               exception_full_type="System.InvalidOperationException"))


@stmt_rule(A.Switch)
def _switch(node: A.Switch) -> Stmt:
    from .switch import compile_switch
    return compile_switch(node)


@stmt_rule(A.Flow)
def _flow(node: A.Flow) -> Stmt:
    kind = node.kind
    value = _statement_value(node.value) if node.value is not None and kind in ("return", "exit", "throw") else None
    label = node.value.value if kind in ("break", "continue") and node.value is not None else ""
    if kind == "break":
        def brk(ctx: ExecutionContext) -> Iterator[Any]:
            raise BreakSignal(label)
            yield  # pragma: no cover
        return brk
    if kind == "continue":
        def cont(ctx: ExecutionContext) -> Iterator[Any]:
            raise ContinueSignal(label)
            yield  # pragma: no cover
        return cont
    if kind == "return":
        def ret(ctx: ExecutionContext) -> Iterator[Any]:
            if value is not None:
                yield from C.enumerate_value(value(ctx))
            raise ReturnSignal()
        return ret
    if kind == "exit":
        def exit_(ctx: ExecutionContext) -> Iterator[Any]:
            code = value(ctx) if value is not None else None
            try:
                number = C.to_int(code) if code is not None else (0 if ctx.last_ok else 1)
            except C.PSConversionError:
                number = 1
            raise ExitSignal(number)
            yield  # pragma: no cover
        return exit_

    def throw(ctx: ExecutionContext) -> Iterator[Any]:
        if value is None and ctx.catch_stack:
            raise ScriptTerminatingError(ctx.catch_stack[-1])
        thrown = value(ctx) if value is not None else None
        raise ScriptTerminatingError(throw_record(thrown, node.span))
        yield  # pragma: no cover
    return throw


def throw_record(thrown: Any, span: Extent) -> ErrorRecord:
    """The ErrorRecord ``throw <value>`` produces."""
    if isinstance(thrown, ErrorRecord):
        return thrown
    if C.is_exception(thrown):
        message = C.to_string(thrown.get("Message"))
        return ErrorRecord(message=message, error_id=message, category="OperationStopped", extent=span,
                           exception_type=thrown.typenames[0].split(".")[-1],
                           exception_full_type=thrown.typenames[0])
    if thrown is None:
        return ErrorRecord(message="ScriptHalted", error_id="ScriptHalted", category="OperationStopped",
                           extent=span, target=None)
    message = C.to_string(thrown)
    return ErrorRecord(message=message, error_id=message, category="OperationStopped", extent=span,
                       target=thrown, target_name=message, target_type=C.type_name(thrown).split(".")[-1])


def _caught(ctx: ExecutionContext, body: Stmt) -> Iterator[Any]:
    """Run ``body`` with its errors raised to a handler (a catch or a trap), not reported
    where they happen: statement-terminating errors travel up while ``try_depth`` > 0."""
    ctx.try_depth += 1
    try:
        yield from body(ctx)
    finally:
        ctx.try_depth -= 1


@stmt_rule(A.Try)
def _try(node: A.Try) -> Stmt:
    body = compile_block(node.body)
    catches = [(types, compile_block(b)) for types, b in node.catches]
    final = compile_block(node.finally_body) if node.finally_body is not None else None

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        try:
            yield from _caught(ctx, body)
        except PSError as exc:
            handler = _find_catch(catches, exc)
            if handler is None:
                if final is not None:
                    yield from final(ctx)
                raise
            note_origin(exc.record, ctx)
            if exc.record not in ctx.errors:
                ctx.errors.insert(0, exc.record)
            saved = ctx.scope.vars.get("_", NOTSET)
            ctx.scope.vars["_"] = exc.record
            ctx.catch_stack.append(exc.record)
            try:
                yield from handler(ctx)
            finally:
                ctx.catch_stack.pop()
                if saved is NOTSET:
                    ctx.scope.vars.pop("_", None)
                else:
                    ctx.scope.vars["_"] = saved
                if final is not None:
                    yield from final(ctx)
            return
        except FlowSignal:
            if final is not None:
                yield from final(ctx)
            raise
        if final is not None:
            yield from final(ctx)
    return run



_EXCEPTION_BASES = {
    "RuntimeException": ["System.Management.Automation.RuntimeException", "System.SystemException"],
    "ParameterBindingException": ["System.Management.Automation.ParameterBindingException",
                                  "System.Management.Automation.RuntimeException"],
    "CommandNotFoundException": ["System.Management.Automation.CommandNotFoundException",
                                 "System.Management.Automation.RuntimeException"],
    "ItemNotFoundException": ["System.Management.Automation.ItemNotFoundException",
                              "System.Management.Automation.RuntimeException"],
    "PSArgumentException": ["System.Management.Automation.PSArgumentException", "System.ArgumentException"],
    "ArgumentException": ["System.ArgumentException", "System.SystemException"],
    "ActionPreferenceStopException": ["System.Management.Automation.ActionPreferenceStopException",
                                      "System.Management.Automation.RuntimeException"],
    "MethodInvocationException": ["System.Management.Automation.MethodInvocationException",
                                  "System.Management.Automation.RuntimeException"],
    "DivideByZeroException": ["System.DivideByZeroException", "System.ArithmeticException"],
    "ManagementException": ["Microsoft.Rtc.Management.ManagementException", "System.SystemException"],
}


def _find_catch(catches: list, exc: PSError) -> Optional[Stmt]:
    record = exc.record
    names = list(_EXCEPTION_BASES.get(record.exception_type, [record.exception_full_type]))
    names += C.EXCEPTION_BASES.get(record.exception_full_type or "", [])
    names += ["System.Exception"]
    inner = record.details.get("inner_exception")
    if inner:
        names += [inner, *C.EXCEPTION_BASES.get(inner, [])]
    if getattr(exc, "action_stop", False):
        names.append("System.Management.Automation.ActionPreferenceStopException")
    short = {n.split(".")[-1].lower() for n in names} | {n.lower() for n in names}
    for types, body in catches:
        if not types:
            return body
        for t in types:
            if t.lower() in short or t.lower().split(".")[-1] in short:
                return body
    return None


@stmt_rule(A.Trap)
def _trap(node: A.Trap) -> Stmt:
    # a trap acts through the statement block holding it (_trapping_block); in place it is inert
    return lambda ctx: iter(())


def _trapping_block(stmts: list) -> Stmt:
    """A statement block with ``trap`` statements (about_Trap): a terminating error raised
    anywhere in the block, or in the commands and functions it calls, runs the first trap
    whose type matches (wherever it stands in the block) with ``$_`` = the error record. Then
    ``continue`` resumes at the next statement silently, ``break`` rethrows the error to the
    enclosing scope, and falling off the end writes the error and resumes at the next statement.
    Errors inside are not reported where they happen but travel here, as inside ``try``."""
    traps = [([s.type_name] if s.type_name else [], compile_block(s.body)) for s in stmts if type(s) is A.Trap]
    compiled = [compile_statement(s) for s in stmts if type(s) is not A.Trap]

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        for fn in compiled:
            try:
                yield from _caught(ctx, fn)
            except PSError as exc:
                handler = _find_catch(traps, exc)
                if handler is None:
                    raise
                yield from _run_trap(ctx, handler, exc)
    return run


def _run_trap(ctx: ExecutionContext, handler: Stmt, exc: PSError) -> Iterator[Any]:
    """One trap body for ``exc``: its output, then the error shown unless it said ``continue``."""
    record = exc.record
    note_origin(record, ctx)
    saved = ctx.scope.vars.get("_", NOTSET)
    ctx.scope.vars["_"] = record
    ctx.catch_stack.append(record)
    try:
        yield from handler(ctx)
    except ContinueSignal:
        ctx.errors.insert(0, record)
        ctx.last_ok = False
        return
    except BreakSignal:
        raise ScriptTerminatingError(record) from exc
    finally:
        ctx.catch_stack.pop()
        if saved is NOTSET:
            ctx.scope.vars.pop("_", None)
        else:
            ctx.scope.vars["_"] = saved
    report_statement_error(ctx, PSError(record))


@stmt_rule(A.FunctionDef)
def _function(node: A.FunctionDef) -> Stmt:
    from .functions import define_function

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        define_function(ctx, node)
        return iter(())
    return run
