"""Pipelines: command resolution, argument evaluation and binding, and the streaming
execution of a chain of commands (each stage a generator over the previous one).
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from ..cmdlets import registry
from ..cmdlets.registry import Parameter
from ..cmdlets.base import NO_INPUT
from ..errors import ErrorRecord, Extent, PSError
from ..objects import convert as C
from ..objects.psobject import PSHashtable
from . import ast as A
from .binder import NO_VALUE, Arg, Binder, Bound, accepts_without_coercion
from .context import ExecutionContext
from .hostinput import prompt_for_credential
from .redirection import Binding, compile_redirections
from .redirection import bind as bind_redirections

COMMON_NAMES = {"Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ErrorVariable",
                "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer", "PipelineVariable"}

# Commands an administrator may try that this emulator deliberately does not provide.
UNAVAILABLE_NOTES = {
    "invoke-cspoolfailover": "Invoke-CsPoolFailOver arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "invoke-cspoolfailback": "Invoke-CsPoolFailBack arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "get-cspoolbackuprelationship": "Get-CsPoolBackupRelationship arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "get-cspoolfabricstate": "Get-CsPoolFabricState arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "reset-cspoolregistrarstate": "Reset-CsPoolRegistrarState arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "invoke-csmanagementserverfailover": "Invoke-CsManagementServerFailover arrived in Lync Server 2013; Lync Server "
                                         "2010 has no such cmdlet.",
    "invoke-csbackupservicesync": "Invoke-CsBackupServiceSync arrived in Lync Server 2013; Lync Server 2010 has no "
                                  "such cmdlet.",
    "get-csbackupservicestatus": "Get-CsBackupServiceStatus arrived in Lync Server 2013; Lync Server 2010 has no such "
                                 "cmdlet.",
    "start-csclslogging": "Start-CsClsLogging arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
    "search-csclslogging": "Search-CsClsLogging arrived in Lync Server 2013; Lync Server 2010 has no such cmdlet.",
}
HOST_COMMANDS = {
    "start-process", "invoke-webrequest", "invoke-restmethod", "invoke-expression", "iex", "remove-item",
    "new-item", "copy-item", "move-item", "get-childitem", "dir", "ls", "set-location", "cd", "get-process",
    "stop-process", "get-service", "restart-computer", "stop-computer", "invoke-command", "enter-pssession",
    "new-pssession", "import-module", "get-wmiobject", "get-ciminstance", "start-job", "cmd", "notepad",
}


def command_not_found(name: str, extent: Optional[Extent]) -> PSError:
    """The 5.1 CommandNotFoundException record for ``name``."""
    record = ErrorRecord(
        message=f"The term '{name}' is not recognized as the name of a cmdlet, function, script file, or operable "
                "program. Check the spelling of the name, or if a path was included, verify that the path is "
                "correct and try again.",
        error_id="CommandNotFoundException", category="ObjectNotFound", target=name, target_name=name,
        target_type="String", exception_type="CommandNotFoundException", command=name, extent=extent)
    note = UNAVAILABLE_NOTES.get(name.lower())
    if note is None and name.lower() in HOST_COMMANDS:
        note = f"{name} touches the host computer and is not available in cspshell."
    if note:
        record.extra_message = note
    return PSError(record)


class Invocation:
    """What a command knows about how it was called: the name typed and its extent."""

    __slots__ = ("name", "extent", "position", "expecting_input")

    def __init__(self, name: str, extent: Optional[Extent], position: int, expecting_input: bool):
        self.name = name
        self.extent = extent
        self.position = position
        self.expecting_input = expecting_input


def resolve_command(ctx: ExecutionContext, name: str, extent: Optional[Extent]) -> registry.CommandInfo:
    """Alias, then user function, then cmdlet; otherwise the 5.1 not-recognized error."""
    key = name.lower()
    if key not in registry.REGISTRY and key not in registry.ALIASES:
        from ..cmdlets import ensure_command
        ensure_command(key)
    if key in registry.ALIASES:
        # an alias wins over a function of the same name; its target must exist
        target = registry.ALIASES[key]
        info = ctx.find_function(target) or registry.lookup(target)
        if info is not None:
            return info
        raise command_not_found(target, extent)
    info = ctx.find_function(key)
    if info is not None:
        return info
    info = registry.REGISTRY.get(key)
    if info is not None:
        return info
    raise command_not_found(name, extent)


# -- compiling a pipeline ----------------------------------------------------------------------

def compile_pipeline(node: A.Pipeline) -> Callable[[ExecutionContext], Iterator[Any]]:
    from .compiler import _at_statement, _pure_expression, compile_expr
    elements = node.elements
    if len(elements) == 1 and isinstance(elements[0], A.CommandExpression) and not elements[0].redirections:
        expr_node = elements[0].expr
        expr = compile_expr(expr_node)
        if _pure_expression([node]) is not None:
            expr = _at_statement(expr, node.span)
        silent = isinstance(expr_node, A.IncDec)

        def run_expr(ctx: ExecutionContext) -> Iterator[Any]:
            value = expr(ctx)
            ctx.last_ok = True
            if silent:
                return iter(())
            return C.enumerate_value(value)
        return run_expr
    stages = [_compile_element(e, i) for i, e in enumerate(elements)]

    def run(ctx: ExecutionContext) -> Iterator[Any]:
        return execute_pipeline(ctx, stages)
    return run


class _Stage:
    """A compiled pipeline element."""

    __slots__ = ("node", "expr", "name", "args", "position", "redirections")

    def __init__(self, node: A.Node, position: int):
        self.node = node
        self.position = position
        self.expr = None
        self.name = None
        self.args: list = []
        self.redirections = compile_redirections(getattr(node, "redirections", []))


def _compile_element(node: A.Node, position: int) -> _Stage:
    from .compiler import compile_expr
    stage = _Stage(node, position)
    if isinstance(node, A.CommandExpression):
        stage.expr = compile_expr(node.expr)
        return stage
    if isinstance(node.name, A.StringConstant) and node.name.bare:
        literal = node.name.value
        stage.name = lambda ctx: literal
    else:
        fn = compile_expr(node.name)
        stage.name = fn
    for el in node.elements:
        if isinstance(el, A.CommandParameter):
            value = compile_expr(el.argument) if el.argument is not None else None
            stage.args.append(("param", el.name, value, el.span, el.colon))
        elif isinstance(el, A.Variable) and el.splat:
            stage.args.append(("splat", el.name.lower(), None, el.span, False))
        else:
            stage.args.append(("arg", None, compile_expr(el), el.span, False))
    return stage


def evaluate_args(ctx: ExecutionContext, stage: _Stage) -> list[Arg]:
    args: list[Arg] = []
    for kind, name, fn, span, colon in stage.args:
        if kind == "param":
            value = fn(ctx) if fn is not None else NO_VALUE
            args.append(Arg(value, name, span, colon))
        elif kind == "splat":
            value = ctx.get_var(name)
            if isinstance(value, PSHashtable):
                for k, v in value.items():
                    is_switch_true = v is True
                    args.append(Arg(v if not is_switch_true else True, C.to_string(k), span, True, True))
            elif isinstance(value, list):
                args.extend(Arg(v, None, span) for v in value)
            elif value is not None:
                args.append(Arg(value, None, span))
        else:
            args.append(Arg(fn(ctx), None, span))
    return args


# -- running ---------------------------------------------------------------------------------

class CommandProcessor:
    """One command of a running pipeline: its bound parameters and its implementation."""

    def __init__(self, ctx: ExecutionContext, info: registry.CommandInfo, invocation: Invocation,
                 binder: Binder, bound: Bound, dot_source: bool = False):
        self.dot_source = dot_source
        self.ctx = ctx
        self.info = info
        self.invocation = invocation
        self.binder = binder
        self.bound = bound
        self.common: dict[str, Any] = {}
        for name in list(bound.values):
            if name in COMMON_NAMES:
                self.common[name] = bound.values.pop(name)
        if self.common:
            ctx.start_collecting(self.common)
        self.stopped = False
        self.routes = ctx.stream_routes  # where its streams 2 to 6 go (redirection.Routes; None: the host)
        self.impl = self._make_impl()
        self.pipeline_params = [p for p in info.parameters if (p.from_pipeline or p.from_pipeline_by_name)
                                and p.name not in bound.values]
        self.fast_input = self._fast_input_param()
        self.single_input = self._single_input_param()
        self.check_each = info.function is None and any(p.mandatory for p in self.pipeline_params)

    def _make_impl(self) -> Any:
        if self.info.function is not None:
            from .functions import FunctionCommand
            impl = FunctionCommand(self.ctx, self.info, self.invocation, self.bound, self.dot_source)
            impl.processor = self
            return impl
        impl = self.info.impl(self.ctx, self.invocation, self.bound.values)
        impl.processor = self
        return impl

    def _fast_input_param(self) -> Optional[str]:
        by_value = [p for p in self.pipeline_params if p.from_pipeline]
        by_name = [p for p in self.pipeline_params if p.from_pipeline_by_name]
        if len(by_value) == 1 and not by_name and by_value[0].type in ("Object", "PSObject"):
            return by_value[0].name
        return None

    def _single_input_param(self) -> Optional[Parameter]:
        """The one pipeline parameter that can take input by value, when it is the only
        pipeline parameter left (Get-CsUserPoolInfo's Identity): an object it accepts as it
        is binds to it with no other parameter to try (Binder.bind_pipeline's first step)."""
        if len(self.pipeline_params) != 1:
            return None
        param = self.pipeline_params[0]
        if not param.from_pipeline or not any(param.in_set(s) for s in self.bound.sets):
            return None
        return param

    def bind_input(self, item: Any) -> bool:
        """Bind one pipeline object; False (after writing the error) when nothing accepts it."""
        impl = self.impl
        impl.input = item
        if self.fast_input is not None:
            self.bound.values[self.fast_input] = item
            return True
        single = self.single_input
        if single is not None and accepts_without_coercion(single, item):
            try:
                self.bound.values[single.name] = self.binder.coerce(single, item, None)
            except PSError as exc:
                self.bound.values.pop(single.name, None)
                self._input_error(exc)
                return False
            return True
        for p in self.pipeline_params:
            self.bound.values.pop(p.name, None)
        if not self.pipeline_params:
            if self.info.function is not None and self.info.simple_script:
                return True
            self._input_not_bound(item)
            return False
        try:
            values = self.binder.bind_pipeline(self.bound, item)
        except PSError as exc:
            self._input_error(exc)
            return False
        if not values:
            self._input_not_bound(item)
            return False
        self.bound.values.update(values)
        return True

    def _input_error(self, exc: PSError) -> None:
        # A binding error for one input object is non-terminating: the next object binds anew.
        # Its position is the command's (the object has no extent of its own).
        if exc.record.extent is None:
            exc.record.extent = self.invocation.extent
        self.ctx.write_error(exc.record, command=self)

    def _input_not_bound(self, item: Any) -> None:
        record = ErrorRecord(
            message="The input object cannot be bound to any parameters for the command either because the command "
                    "does not take pipeline input or the input and its properties do not match any of the parameters "
                    "that take pipeline input.",
            error_id="InputObjectNotBound", category="InvalidArgument", target=item,
            exception_type="ParameterBindingException", command=self.invocation.name,
            command_class=self.info.command_class, extent=self.invocation.extent, activity=self.info.name)
        self.ctx.write_error(record, command=self)


def _make_processor(ctx: ExecutionContext, stage: _Stage, expects_input: bool) -> CommandProcessor:
    target = stage.name(ctx)
    name_span = stage.node.name.span
    if type(target).__name__ == "ScriptBlock":
        from .functions import scriptblock_info
        info = scriptblock_info(target)
        name = ""
    elif isinstance(target, registry.CommandInfo):
        info, name = target, target.name
    else:
        name = C.to_string(target)
        if not name:
            raise PSError(ErrorRecord(
                message="The expression after '&' in a pipeline element produced an object that was not valid. "
                        "It must result in a command name, a script block, or a CommandInfo object.",
                error_id="BadExpression", category="InvalidOperation", extent=name_span,
                exception_type="RuntimeException"))
        info = resolve_command(ctx, name, name_span)
    args = evaluate_args(ctx, stage)
    extent = stage.node.span
    binder = Binder(info, name, extent, simple_function=info.function is not None and info.simple_script)
    bound = binder.bind(args, expects_input, _prompter(ctx) if ctx.interactive else None)
    invocation = Invocation(name or None, extent, stage.position, expects_input)
    return CommandProcessor(ctx, info, invocation, binder, bound, stage.node.invocation == ".")


def _prompter(ctx: ExecutionContext) -> Callable[..., Any]:
    def ask(header: Optional[str], label: str, credential: bool = False) -> Any:
        if header:
            for line in header.split("\n"):
                ctx.host.write_line(line)
        if credential:
            ctx.host.write_line(label)
            return prompt_for_credential(ctx.host)
        return ctx.host.read_line(label)
    return ask


def execute_pipeline(ctx: ExecutionContext, stages: list[_Stage],
                     upstream: Optional[Iterator[Any]] = None) -> Iterator[Any]:
    """Run a pipeline lazily: bind everything, run each begin in order, then stream."""
    ctx.pipeline_failed = False
    processors: list[Any] = []
    bindings: list[Optional[Binding]] = []
    first_value: Any = NO_INPUT
    for i, stage in enumerate(stages):
        if stage.expr is not None:
            binding = _bind(ctx, stage, stages, None)
            first_value = stage.expr(ctx) if binding is None else binding.evaluate(stage.expr)
            processors.append(None)
            bindings.append(binding)
            continue
        proc = _make_processor(ctx, stage, expects_input=i > 0 or upstream is not None)
        processors.append(proc)
        bindings.append(_bind(ctx, stage, stages, proc))
    stream: Optional[Iterator[Any]] = upstream
    if first_value is not NO_INPUT:
        stream = C.enumerate_value(first_value)
    begins = []
    for proc, binding in zip(processors, bindings):
        if proc is None:
            continue
        if binding is not None:
            begins.append(binding.begin(proc.impl))
            continue
        out = proc.impl.begin()
        begins.append(list(out) if out is not None else [])
    k = 0
    for proc, binding in zip(processors, bindings):
        if proc is None:
            if binding is not None:
                stream = binding.stream(stream)
            continue
        if binding is None:
            stream = _run_stage(ctx, proc, stream, begins[k])
        else:
            stream = binding.stream(_run_stage(ctx, proc, binding.upstream(stream), begins[k]))
        k += 1
    return _finish(ctx, stream if stream is not None else iter(()))


def _bind(ctx: ExecutionContext, stage: _Stage, stages: list[_Stage],
          proc: Optional[CommandProcessor]) -> Optional[Binding]:
    """The stage's redirections bound (files opened, routes set on its processor), or None."""
    if not stage.redirections:
        return None
    statement = stages[0].node.span.join(stages[-1].node.span)
    # an expression, a function or a script block runs PowerShell code: the commands in it inherit
    # its merged error stream too
    script = proc is None or proc.info.function is not None
    binding = bind_redirections(ctx, stage.redirections, script, statement)
    if proc is not None:
        proc.routes = binding.routes
    return binding


def _finish(ctx: ExecutionContext, stream: Iterator[Any]) -> Iterator[Any]:
    yield from stream
    ctx.last_ok = not ctx.pipeline_failed


def _run_stage(ctx: ExecutionContext, proc: CommandProcessor, upstream: Optional[Iterator[Any]],
               begin_out: list) -> Iterator[Any]:
    """One command of a pipeline as a generator: begin output, process per input, end output."""
    impl = proc.impl
    out_var = proc.common.get("OutVariable")
    collected: Optional[list] = [] if out_var else None
    plain = collected is None

    def emit(items: Any) -> Iterator[Any]:
        if items is None:
            return
        for item in items:
            if collected is not None:
                collected.append(item)
            yield item

    yield from emit(begin_out)
    if upstream is None:
        impl.input = NO_INPUT
        out = impl.process()
        if out is not None:
            # A first command (Get-CsUser over every user) streams straight through.
            yield from (out if plain else emit(out))
    else:
        bind, process, check_each = proc.bind_input, impl.process, proc.check_each
        for item in upstream:
            if bind(item):
                if check_each:
                    try:
                        proc.binder.check_mandatory(proc.bound, pipeline_done=True)
                    except PSError as exc:
                        ctx.write_error(exc.record, command=proc)
                        continue
                out = process()
                if out is not None:
                    if plain:
                        yield from out
                    else:
                        yield from emit(out)
            if proc.stopped:
                close = getattr(upstream, "close", None)
                if close is not None:
                    close()
                break
    yield from emit(impl.end())
    if collected is not None:
        from .context import PSArrayList
        ctx.set_var(out_var.lstrip("+"), PSArrayList(collected))

