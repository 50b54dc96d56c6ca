"""User-defined functions and filters: their declaration (built from the param block, so
the binder, Get-Command and Get-Help treat them like cmdlets) and their execution.
"""
from __future__ import annotations

from typing import Any, Iterator, Optional

from ..cmdlets.base import NO_INPUT
from ..cmdlets.registry import CommandInfo, Parameter
from ..cmdlets.shouldprocess import Confirmation
from ..errors import PSError
from ..objects import convert as C
from ..objects.psobject import PSHashtable
from . import ast as A
from .context import ExecutionContext, ReturnSignal
from .deepstack import MAX_CALL_DEPTH
from .errorinfo import note_origin
from .pscmdlet import FunctionTerminatingError
from .validation import build_validators, needs_validators

_TYPE_MAP = {
    "string": "String", "system.string": "String", "string[]": "String[]", "int": "Int32",
    "int32": "Int32", "long": "Int64", "int64": "Int64", "double": "Double", "bool": "Boolean",
    "boolean": "Boolean", "switch": "SwitchParameter", "scriptblock": "ScriptBlock",
    "hashtable": "Hashtable", "object[]": "Object[]", "array": "Object[]", "int[]": "Int32[]",
    "object": "Object", "psobject": "PSObject", "timespan": "TimeSpan",
}


def _truthy(node: Any) -> bool:
    if isinstance(node, A.Constant):
        return C.to_bool(node.value)
    if isinstance(node, A.Variable):
        return node.name.lower() == "true"
    return True


def _parameter_from(decl: A.ParamDecl, index: int, ctx: Optional[ExecutionContext]) -> Parameter:
    mandatory = False
    position: Optional[int] = index
    pipeline = by_name = False
    aliases: list[str] = []
    validate: tuple[str, ...] = ()
    sets: tuple[str, ...] = ()
    for name, args, named in decl.attributes:
        lname = name.lower()
        if lname == "parameter":
            mandatory = _truthy(named["mandatory"]) if "mandatory" in named else mandatory
            if "position" in named and isinstance(named["position"], A.Constant):
                position = C.to_int(named["position"].value)
            pipeline = _truthy(named["valuefrompipeline"]) if "valuefrompipeline" in named else pipeline
            by_name = _truthy(named["valuefrompipelinebypropertyname"]) if "valuefrompipelinebypropertyname" in named else by_name
            if "parametersetname" in named and isinstance(named["parametersetname"], A.StringConstant):
                sets = (named["parametersetname"].value,)
        elif lname == "alias":
            aliases.extend(a.value for a in args if isinstance(a, (A.StringConstant, A.Constant)))
        elif lname == "validateset":
            validate = tuple(str(a.value) for a in args if isinstance(a, (A.StringConstant, A.Constant)))
    ptype = _TYPE_MAP.get(decl.type_name.lower(), decl.type_name or "Object")
    if ptype == "SwitchParameter":
        position = None
    checks = build_validators(ctx, decl, ptype, mandatory) if mandatory or needs_validators(decl) else ()
    return Parameter(decl.name, ptype, position, mandatory, tuple(aliases), pipeline, by_name, sets, validate,
                     validators=checks)


def define_function(ctx: ExecutionContext, node: A.FunctionDef) -> CommandInfo:
    """Declare a function in the current scope and return its CommandInfo."""
    from .compiler import CompiledBody
    body = node.body
    if node.is_filter and body.process is None and body.end is not None and body.begin is None:
        body = A.ScriptBlockBody(body.span, body.params, None, body.end, None, body.has_param_block,
                                 body.cmdlet_binding, body.text, body.binding_args)
    info = command_info(node.name, body, "Filter" if node.is_filter else "Function", ctx)
    info.function = CompiledBody(body)
    ctx.define_function(node.name, info)
    return info


def scriptblock_info(block: Any) -> CommandInfo:
    """The CommandInfo under which ``& { ... }`` runs a script block."""
    info = command_info("", block.body, "ScriptBlock", block.ctx)
    info.function = block.code
    return info


def command_info(name: str, body: A.ScriptBlockBody, kind: str,
                 ctx: Optional[ExecutionContext] = None) -> CommandInfo:
    """A CommandInfo whose parameters come from a param block; validation attribute arguments
    are evaluated in ``ctx`` (without one, only the mandatory null/empty checks apply)."""
    advanced = body.cmdlet_binding or any(a[0].lower() == "parameter" for p in body.params for a in p.attributes)
    positions = 0
    params = []
    for decl in body.params:
        p = _parameter_from(decl, positions, ctx)
        if p.position is not None:
            positions += 1
        params.append(p)
    binding = body.binding_args or {}
    should_process = "supportsshouldprocess" in binding and _truthy(binding["supportsshouldprocess"])
    info = CommandInfo(name=name, module="", impl=None, parameters=tuple(params), command_type=kind,
                       supports_should_process=should_process,
                       confirm_impact=confirm_impact(body) if should_process else "Medium",
                       command_class=name if kind != "ScriptBlock" else "")
    info.simple_script = not advanced
    info.description = body.text
    return info


def bind_script_arguments(ctx: ExecutionContext, body: A.ScriptBlockBody, code: Any, words: list[str],
                          name: str) -> None:
    """Bind ``-File script.ps1 args...`` to the script's param block, as powershell.exe does:
    ``-Name value`` pairs by name, other words by position, the rest into $args."""
    from .binder import Arg, Binder
    info = command_info(name, body, "ExternalScript", ctx)
    info.function = code
    args: list[Arg] = []
    for word in words:
        if len(word) > 1 and word[0] == "-" and (word[1].isalpha() or word[1] == "_"):
            text, colon, value = word[1:].partition(":")
            args.append(Arg(value if colon else _NO_VALUE(), text, None, bool(colon)))
        else:
            args.append(Arg(word))
    bound = Binder(info, name, None, simple_function=info.simple_script).bind(args, expects_input=False)
    for decl, default in code.params:
        key = decl.name.lower()
        real = next((p.name for p in info.parameters if p.name.lower() == key), decl.name)
        if real in bound.values:
            value = bound.values[real]
            ctx.scope.vars[key] = C.SwitchParameter(value) if decl.type_name.lower() == "switch" else value
        else:
            ctx.scope.vars[key] = typed_default(decl.type_name, default(ctx) if default is not None else None)
    ctx.scope.vars["args"] = list(bound.extra_args)


def _NO_VALUE() -> Any:
    from .binder import NO_VALUE
    return NO_VALUE


def typed_default(type_name: str, value: Any) -> Any:
    """A parameter variable's value: converted to its type constraint ($null -> 0, '', $false)."""
    if not type_name:
        return value
    from ..objects.convert import resolve_type
    full = resolve_type(type_name)
    if full is None or (value is None and full.endswith("[]")) or full in ("System.Object", "System.Array",
                                                                         "System.Collections.Hashtable"):
        return value
    try:
        return C.convert_to(value, full)
    except C.PSConversionError:
        return value


def confirm_impact(body: A.ScriptBlockBody) -> str:
    """Return the function's declared ConfirmImpact (None, Low, Medium or High; Medium when not declared)."""
    node = (body.binding_args or {}).get("confirmimpact")
    return C.to_string(node.value) if isinstance(node, (A.StringConstant, A.Constant)) else "Medium"


_DONE = object()


class FunctionCommand:
    """Runs a function in a pipeline with the begin/process/end protocol of a cmdlet.

    Output streams: each step of a block runs in the function's scope and on the call stack,
    and the caller's scope is back while an object travels down the pipeline (so Write-Host,
    What if lines and downstream output interleave as in 5.1).
    """

    def __init__(self, ctx: ExecutionContext, info: CommandInfo, invocation: Any, bound: Any,
                 dot_source: bool = False):
        self.dot_source = dot_source
        self.ctx = ctx
        self.info = info
        self.invocation = invocation
        self.bound = bound
        self.code = info.function
        self.input: Any = NO_INPUT
        self.collected: list = []
        self.scope = None
        self.processor: Any = None
        self.pending: list = []   # objects $PSCmdlet.WriteObject wrote during the current step
        self.bound_parameters: Optional[PSHashtable] = None
        self.confirmation = Confirmation(info.confirm_impact)  # $PSCmdlet.ShouldProcess's state

    def _enter(self) -> Any:
        saved = self.ctx.scope
        if self.scope is None:
            self.scope = self.ctx.scope if self.dot_source else self.ctx.push_scope()
            self._bind_variables()
        else:
            self.ctx.scope = self.scope
        return saved

    def _bind_variables(self) -> None:
        vars_ = self.scope.vars
        values = self.bound.values
        for decl, default in self.code.params:
            key = decl.name.lower()
            real = next((p.name for p in self.info.parameters if p.name.lower() == key), decl.name)
            if real in values:
                value = values[real]
                vars_[key] = C.SwitchParameter(value) if decl.type_name.lower() == "switch" else value
            elif default is not None:
                vars_[key] = typed_default(decl.type_name, default(self.ctx))
            else:
                vars_[key] = typed_default(decl.type_name, None)
        vars_["args"] = list(self.bound.extra_args)
        # a Dictionary in 5.1: insertion order
        self.bound_parameters = PSHashtable(((k, v) for k, v in values.items()), ordered=True)
        vars_["psboundparameters"] = self.bound_parameters
        common = getattr(self.processor, "common", None) or {}
        # 5.1 SetPreferenceVariables: the common parameters become the function's preferences
        if "Verbose" in common:
            vars_["verbosepreference"] = "Continue" if C.to_bool(common["Verbose"]) else "SilentlyContinue"
        if "Debug" in common:
            vars_["debugpreference"] = "Inquire" if C.to_bool(common["Debug"]) else "SilentlyContinue"
        for parameter, variable in (("ErrorAction", "erroractionpreference"), ("WarningAction", "warningpreference"),
                                    ("InformationAction", "informationpreference")):
            if common.get(parameter) is not None:
                vars_[variable] = common[parameter]
        self._bind_should_process(vars_, values)
        if not self.info.simple_script and self.info.name:
            from .pscmdlet import PSCmdletObject
            vars_["pscmdlet"] = PSCmdletObject(self)

    def _bind_should_process(self, vars_: dict, values: dict) -> None:
        """-WhatIf / -Confirm become the function's $WhatIfPreference / $ConfirmPreference, which
        the commands it calls read (CommandProcessor.SetPreferenceVariables)."""
        if not self.info.supports_should_process:
            return
        if "WhatIf" in values:
            vars_["whatifpreference"] = bool(values["WhatIf"])
        if "Confirm" in values:
            vars_["confirmpreference"] = "Low" if values["Confirm"] else "None"

    def _stream(self, block: Any) -> Iterator[Any]:
        """Run one named block lazily, one output object at a time."""
        ctx = self.ctx
        stack = ctx.call_stack
        frame = (self.info.name, self.invocation.extent) if self.info.name else None
        items: Any = None
        common = getattr(self.processor, "common", None) or {}
        collects = "ErrorVariable" in common or "WarningVariable" in common
        if len(stack) >= MAX_CALL_DEPTH:  # the engine reports it as 5.1's CallDepthOverflow
            raise RecursionError(f"more than {MAX_CALL_DEPTH} nested function calls")
        try:
            while True:
                saved = self._enter()
                stack.append(frame)
                if collects:
                    ctx.stream_collectors.append((self.processor, saved))
                try:
                    if items is None:
                        items = iter(block(ctx))
                    item = next(items, _DONE)
                except ReturnSignal:
                    item = _DONE
                except FunctionTerminatingError as exc:
                    note_origin(exc.record, ctx)
                    raise PSError(exc.record) from exc
                except PSError as exc:
                    note_origin(exc.record, ctx)  # the functions it left, for ScriptStackTrace
                    raise
                finally:
                    stack.pop()
                    if collects:
                        ctx.stream_collectors.pop()
                    ctx.scope = saved
                if self.pending:
                    written, self.pending = self.pending, []
                    yield from written
                if item is _DONE:
                    return
                yield item
        finally:
            self._close(items)

    def _close(self, items: Any) -> None:
        """Stop a block the pipeline no longer reads (its finally blocks run in its scope)."""
        close = getattr(items, "close", None)
        if close is None:
            return
        saved = self._enter()
        try:
            close()
        finally:
            self.ctx.scope = saved

    def begin(self) -> Optional[Iterator[Any]]:
        if self.code.begin is None:
            self._enter_leave()
            return None
        return self._stream(self.code.begin)

    def _enter_leave(self) -> None:
        saved = self._enter()
        self.ctx.scope = saved

    def process(self) -> Optional[Iterator[Any]]:
        if self.input is not NO_INPUT:
            self.collected.append(self.input)
            self.scope.vars["_"] = self.input
            for name, value in self.bound.values.items():
                self.scope.vars[name.lower()] = value
        if self.code.process is None:
            return None
        return self._stream(self.code.process)

    def end(self) -> Optional[Iterator[Any]]:
        if self.code.end is None:
            return None
        self.scope.vars["input"] = list(self.collected)
        self.scope.vars.pop("_", None)
        return self._stream(self.code.end)
