"""The evaluator: every AST node is compiled once into a Python closure.

Expressions compile to ``f(ctx) -> value``; statements to ``f(ctx) -> iterator of output
objects`` so pipelines stream. Dispatch is a table from node class to compile function.
Statement-terminating errors are reported by the statement-list runner, which then goes
on with the next statement, as PowerShell does; script-terminating ones (throw,
-ErrorAction Stop) travel up to a try/catch or the top level.
"""
from __future__ import annotations

from typing import Any, Callable, Iterator, Optional

from ..errors import ErrorRecord, Extent, PSError
from ..objects import convert as C
from ..objects.psobject import PSHashtable, PSObject
from . import ast as A
from . import operators as OPS
from .context import ExecutionContext, PSArrayList, ReturnSignal, ScriptTerminatingError
from .methods import (assign_member, get_static_member, invoke_method, invoke_static, member_value,
                      resolve_type_or_fail)

Expr = Callable[[ExecutionContext], Any]
Stmt = Callable[[ExecutionContext], Iterator[Any]]
NOTSET = object()


def runtime_error(message: str, error_id: str, extent: Optional[Extent], category: str = "NotSpecified",
                  exception_type: str = "RuntimeException", target: Any = None,
                  target_name: Optional[str] = None) -> PSError:
    return PSError(ErrorRecord(message=message, error_id=error_id, category=category, extent=extent,
                               exception_type=exception_type, target=target, target_name=target_name))


def operator_error(exc: "OPS.OperatorError", span: Optional[Extent]) -> PSError:
    """The statement-terminating error for a failed operator (with its inner exception, if any)."""
    err = runtime_error(exc.message, exc.error_id, span, exc.category, exc.exception_type)
    inner = getattr(exc, "inner", None)
    if inner:
        err.record.details["inner_exception"] = inner
    return err


def _wrap_operator(fn: Callable[[], Any], span: Extent) -> Any:
    try:
        return fn()
    except OPS.OperatorError as exc:
        raise operator_error(exc, span) from exc
    except C.PSConversionError as exc:
        raise runtime_error(exc.message, exc.error_id, span, "InvalidArgument") from exc


# ============================================================================ script blocks

class ScriptBlock:
    """A script block value: ``{ ... }``. ``invoke`` runs it and returns its output list."""

    ps_type_name = "System.Management.Automation.ScriptBlock"
    __slots__ = ("body", "ctx", "code", "_info")

    def __init__(self, body: A.ScriptBlockBody, code: "CompiledBody", ctx: ExecutionContext):
        self.body = body
        self.ctx = ctx
        self.code = code
        self._info = None

    @property
    def text(self) -> str:
        return self.body.text

    @property
    def is_empty(self) -> bool:
        return not (self.body.begin or self.body.process or self.body.end) and not self.body.params

    def ps_to_string(self) -> str:
        return self.body.text

    def invoke(self, *args: Any, dollar_under: Any = NOTSET, new_scope: bool = True,
               input_objects: Optional[list] = None) -> list:
        """Run the block (begin, process, end) and return everything it output."""
        ctx = self.ctx
        code = self.code
        if not new_scope and not args and input_objects is None and code.fast is not None:
            return self._invoke_fast(ctx, code.fast, dollar_under)
        saved_scope = ctx.scope
        if new_scope:
            ctx.push_scope()
        saved_under = ctx.scope.vars.get("_", NOTSET) if not new_scope else NOTSET
        try:
            if dollar_under is not NOTSET:
                ctx.scope.vars["_"] = dollar_under
            if self.body.params or args:
                self.code.bind_simple(ctx, list(args))
            if input_objects is not None:
                ctx.scope.vars["input"] = input_objects
            out: list = []
            try:
                code = self.code
                if code.begin is not None:
                    out.extend(code.begin(ctx))
                if code.process is not None:
                    out.extend(code.process(ctx))
                if code.end is not None:
                    out.extend(code.end(ctx))
            except ReturnSignal as ret:
                out.extend(getattr(ret, "output", ()))
            return out
        finally:
            if not new_scope:
                if saved_under is NOTSET:
                    ctx.scope.vars.pop("_", None)
                else:
                    ctx.scope.vars["_"] = saved_under
            ctx.scope = saved_scope

    def _invoke_fast(self, ctx: ExecutionContext, body: Any, dollar_under: Any) -> list:
        vars_ = ctx.scope.vars
        saved_under = vars_.get("_", NOTSET)
        if dollar_under is not NOTSET:
            vars_["_"] = dollar_under
        try:
            return list(body(ctx))
        except ReturnSignal as ret:
            return list(getattr(ret, "output", ()))
        finally:
            if saved_under is NOTSET:
                vars_.pop("_", None)
            else:
                vars_["_"] = saved_under

    def invoke_value(self, dollar_under: Any = NOTSET, new_scope: bool = True) -> Any:
        """Run the block and return its output as a value: None, the one object, or a list.

        A block that is one side-effect-free expression (CompiledBody.value) cannot tell its
        own scope from its caller's, so ``$_`` is set in the caller's scope (and put back)
        instead of pushing a scope: Group-Object and Sort-Object run this per object.
        """
        expr = self.code.value
        if expr is None:
            out = self.invoke(dollar_under=dollar_under, new_scope=new_scope)
            if not out:
                return None
            return out[0] if len(out) == 1 else out
        ctx = self.ctx
        vars_ = ctx.scope.vars
        saved_under = vars_.get("_", NOTSET)
        if dollar_under is not NOTSET:
            vars_["_"] = dollar_under
        try:
            value = expr(ctx)
        except PSError as exc:
            if isinstance(exc, ScriptTerminatingError) or ctx.try_depth > 0:
                raise
            report_statement_error(ctx, exc)
            return None
        finally:
            if saved_under is NOTSET:
                vars_.pop("_", None)
            else:
                vars_["_"] = saved_under
        ctx.last_ok = True
        if type(value) is list or C.is_enumerable(value):
            # what the block's output would be: the items, unrolled
            items = list(value)
            if not items:
                return None
            return items[0] if len(items) == 1 else items
        return value

    def invoke_filter(self, item: Any) -> bool:
        """Where-Object's test: the block's output for ``$_ = item`` converted to Boolean."""
        if self.code.value is None:
            return C.to_bool(self.invoke(dollar_under=item, new_scope=False))
        # One value stands for a one-item output: PowerShell's truth of both is the item's.
        return C.to_bool(self.invoke_value(dollar_under=item))

    def __repr__(self) -> str:
        return "{" + self.body.text + "}"


class CompiledBody:
    """The compiled begin/process/end blocks of a script block or function."""

    __slots__ = ("begin", "process", "end", "params", "body", "fast", "value")

    def __init__(self, body: A.ScriptBlockBody):
        self.body = body
        self.begin = compile_block(body.begin) if body.begin is not None else None
        self.process = compile_block(body.process) if body.process is not None else None
        self.end = compile_block(body.end) if body.end is not None else None
        self.params = [(p, compile_expr(p.default) if p.default is not None else None) for p in body.params]
        only_end = self.begin is None and self.process is None and not body.params
        self.fast = self.end if only_end else None
        pure = _pure_expression(body.end) if only_end else None
        self.value = _at_statement(compile_expr(pure), body.end[0].span) if pure is not None else None

    def bind_simple(self, ctx: ExecutionContext, args: list) -> None:
        """Bind positional arguments of ``& { param($a) ... } 1`` / ``.Invoke(1)`` style calls."""
        rest = list(args)
        for decl, default in self.params:
            if rest:
                value = rest.pop(0)
                if decl.type_name:
                    value = convert_typed(decl.type_name, value, decl.span)
            else:
                from .functions import typed_default
                value = typed_default(decl.type_name, default(ctx) if default is not None else None)
            ctx.scope.vars[decl.name.lower()] = value
        ctx.scope.vars["args"] = rest


# Expression nodes that neither write a variable nor run a command: a block made of one of
# these behaves the same in its own scope and in its caller's.
_PURE_NODES = (A.Constant, A.StringConstant, A.ExpandableString, A.Variable, A.TypeLiteral, A.Cast,
               A.Unary, A.Binary, A.ArrayLiteral, A.Hashtable, A.ScriptBlockExpr, A.Member,
               A.InvokeMember, A.Index)


def _pure_expression(statements: Optional[list]) -> Optional[A.Node]:
    """The expression of a block that is exactly one side-effect-free expression, else None."""
    if not statements or len(statements) != 1:
        return None
    pipeline = statements[0]
    if not isinstance(pipeline, A.Pipeline) or len(pipeline.elements) != 1:
        return None
    element = pipeline.elements[0]
    if not isinstance(element, A.CommandExpression) or element.redirections:
        return None
    return element.expr if _is_pure(element.expr) else None


def _is_pure(node: Any) -> bool:
    if isinstance(node, list):
        return all(_is_pure(item) for item in node)
    if isinstance(node, tuple):
        return all(_is_pure(item) for item in node)
    if not isinstance(node, A.Node):
        return True
    if not isinstance(node, _PURE_NODES) or (isinstance(node, A.Variable) and node.splat):
        return False
    if isinstance(node, A.ScriptBlockExpr):
        return True   # its body runs only when invoked, in a scope of its own
    return all(_is_pure(getattr(node, name)) for name in node._fields)


def convert_typed(type_name: str, value: Any, span: Extent) -> Any:
    full = resolve_type_or_fail(type_name, span)
    try:
        return C.convert_to(value, full)
    except C.PSConversionError as exc:
        raise runtime_error(exc.message, exc.error_id, span, "InvalidArgument") from exc


# ============================================================================ expressions

_EXPR_RULES: dict[type, Callable[[Any], Expr]] = {}


def rule(node_type: type):
    def deco(fn):
        _EXPR_RULES[node_type] = fn
        return fn
    return deco


def compile_expr(node: A.Node) -> Expr:
    """Compile an expression node into ``f(ctx) -> value``."""
    fn = _EXPR_RULES.get(type(node))
    if fn is None:
        if type(node) in _STMT_RULES:
            stmt = compile_statement(node)
            return lambda ctx: collect(stmt(ctx))
        raise TypeError(f"cannot compile {type(node).__name__}")
    return fn(node)


def collect(items: Iterator[Any]) -> Any:
    """Pipeline output as a value: nothing -> $null, one -> itself, more -> an array."""
    out = list(items)
    if not out:
        return None
    if len(out) == 1:
        return out[0]
    return out


@rule(A.Constant)
def _constant(node: A.Constant) -> Expr:
    value = node.value
    return lambda ctx: value


@rule(A.StringConstant)
def _string(node: A.StringConstant) -> Expr:
    value = node.value
    return lambda ctx: value


@rule(A.ExpandableString)
def _expandable(node: A.ExpandableString) -> Expr:
    parts: list = []
    for part in node.parts:
        if isinstance(part, str):
            parts.append(part)
        else:
            parts.append(compile_expr(part))

    def run(ctx: ExecutionContext) -> str:
        ofs = None
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(part)
                continue
            value = part(ctx)
            if isinstance(value, list):
                if ofs is None:
                    ofs = C.to_string(ctx.get_var("OFS", " "))
                out.append(C.to_string(value, ofs))
            else:
                out.append(C.to_string(value))
        return "".join(out)
    return run


_CONSTANT_VARS = {"null": None, "true": True, "false": False}


@rule(A.Variable)
def _variable(node: A.Variable) -> Expr:
    key = node.name.lower()
    scope = node.scope
    if scope == "env":
        return lambda ctx: ctx.get_env(node.name)
    if scope in ("global", "script"):
        return lambda ctx: ctx.global_scope.vars.get(key)
    if key in _CONSTANT_VARS:
        value = _CONSTANT_VARS[key]
        return lambda ctx: value
    if key in ("?", "error", "psitem", "host", "pwd"):
        return lambda ctx: ctx.get_var(key)

    return lambda ctx: ctx.lookup(key)


@rule(A.TypeLiteral)
def _type_literal(node: A.TypeLiteral) -> Expr:
    def run(ctx: ExecutionContext) -> Any:
        full = resolve_type_or_fail(node.name, node.span)
        return C.PSType(node.name, full)
    return run


@rule(A.Cast)
def _cast(node: A.Cast) -> Expr:
    tname = node.type_name.lower()
    if tname in ("pscustomobject", "ordered") and isinstance(node.operand, A.Hashtable):
        pairs = _compile_pairs(node.operand)
        if tname == "ordered":
            return lambda ctx: PSHashtable(_eval_pairs(ctx, pairs, node.operand.span), ordered=True)
        return lambda ctx: PSObject((C.to_string(k), v) for k, v in _eval_pairs(ctx, pairs, node.operand.span))
    if tname == "ordered":
        def bad(ctx: ExecutionContext) -> Any:
            raise runtime_error("The ordered attribute can be specified only on a hash literal node.",
                                "OrderedAttributeOnlyOnHashLiteralNode", node.span, "ParserError")
        return bad
    operand = compile_expr(node.operand)
    if tname == "void":
        def void(ctx: ExecutionContext) -> Any:
            operand(ctx)
            return []
        return void

    def run(ctx: ExecutionContext) -> Any:
        value = operand(ctx)
        full = resolve_type_or_fail(node.type_name, node.span)
        if full == "System.Collections.ArrayList":  # a list Add() can grow, not a fixed Object[]
            return None if value is None else PSArrayList(C.enumerate_value(value))
        try:
            return C.convert_to(value, full)
        except C.PSConversionError as exc:
            raise runtime_error(exc.message, exc.error_id, node.span, "InvalidArgument") from exc
    return run


@rule(A.Unary)
def _unary(node: A.Unary) -> Expr:
    operand = compile_expr(node.operand)
    op = node.op
    span = node.span

    def negate(value: Any) -> Any:
        num = C.to_number(value)
        return -num

    table: dict[str, Callable[[Any], Any]] = {
        "-": negate,
        "+": lambda v: C.to_number(v),
        "!": lambda v: not C.to_bool(v),
        "not": lambda v: not C.to_bool(v),
        "bnot": lambda v: ~C.to_int(v),
        "split": OPS.unary_split,
        "join": OPS.unary_join,
    }
    fn = table[op]
    return lambda ctx: _wrap_operator(lambda: fn(operand(ctx)), span)


@rule(A.Binary)
def _binary(node: A.Binary) -> Expr:
    op = node.op
    left = compile_expr(node.left)
    right = compile_expr(node.right)
    span = node.span
    if op == "and":
        return lambda ctx: C.to_bool(left(ctx)) and C.to_bool(right(ctx))
    if op == "or":
        return lambda ctx: C.to_bool(left(ctx)) or C.to_bool(right(ctx))
    if op == "xor":
        return lambda ctx: C.to_bool(left(ctx)) != C.to_bool(right(ctx))
    simple = {
        "+": OPS.op_add, "-": OPS.op_sub, "*": OPS.op_mul, "/": OPS.op_div, "%": OPS.op_mod,
        "band": OPS.op_band, "bor": OPS.op_bor, "bxor": OPS.op_bxor, "shl": OPS.op_shl,
        "shr": OPS.op_shr, "..": OPS.op_range, "f": OPS.op_format, "join": OPS.op_join,
    }
    if op in simple:
        fn = simple[op]

        fast = _INT_FAST.get(op)

        def arith(ctx: ExecutionContext) -> Any:
            a = left(ctx)
            b = right(ctx)
            if fast is not None and type(a) is int and type(b) is int:
                result = fast(a, b)
                if result is not None:
                    return result
            try:
                return fn(a, b)
            except OPS.OperatorError as exc:
                raise operator_error(exc, span) from exc
            except C.PSConversionError as exc:
                raise runtime_error(exc.message, exc.error_id, span, "InvalidArgument") from exc
        return arith
    if op in ("replace", "creplace", "split", "csplit"):
        cs = op.startswith("c")
        fn2 = OPS.op_replace if op.endswith("replace") else OPS.op_split
        return lambda ctx: _wrap_operator(lambda: fn2(left(ctx), right(ctx), cs), span)
    if op in ("is", "isnot", "as"):
        def typeop(ctx: ExecutionContext) -> Any:
            value = left(ctx)
            target = right(ctx)
            full = target.full_name if isinstance(target, C.PSType) else resolve_type_or_fail(C.to_string(target), span)
            if op == "as":
                return OPS.op_as(value, full)
            result = OPS.is_instance(value, full)
            return result if op == "is" else not result
        return typeop

    fast_cmp = _CMP_FAST.get(op)

    def compare(ctx: ExecutionContext) -> Any:
        a = left(ctx)
        b = right(ctx)
        if fast_cmp is not None and type(a) is type(b) and type(a) in (int, float):
            return fast_cmp(a, b)
        try:
            return OPS.comparison(op, a, b, lambda m: ctx.set_var("Matches", m))
        except OPS.OperatorError as exc:
            raise operator_error(exc, span) from exc
    return compare


def _int_div(a: int, b: int) -> Any:
    if b == 0 or a % b:
        return None
    return a // b


def _int_mod(a: int, b: int) -> Any:
    if b == 0 or (a < 0) != (b < 0):
        return None
    return a % b


def _int32(result: int) -> Any:
    """An Int32 result, or None to let the operator widen it (an overflow becomes a Double)."""
    return result if -2147483648 <= result <= 2147483647 else None


_INT_FAST: dict[str, Callable[[int, int], Any]] = {
    "+": lambda a, b: _int32(a + b), "-": lambda a, b: _int32(a - b), "*": lambda a, b: _int32(a * b),
    "/": _int_div, "%": _int_mod,
}
_CMP_FAST: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b, "ne": lambda a, b: a != b, "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b, "lt": lambda a, b: a < b, "le": lambda a, b: a <= b,
    "ceq": lambda a, b: a == b, "cne": lambda a, b: a != b, "cgt": lambda a, b: a > b,
    "cge": lambda a, b: a >= b, "clt": lambda a, b: a < b, "cle": lambda a, b: a <= b,
}


@rule(A.ArrayLiteral)
def _array(node: A.ArrayLiteral) -> Expr:
    items = [compile_expr(i) for i in node.items]
    return lambda ctx: [f(ctx) for f in items]


@rule(A.ArrayExpr)
def _array_expr(node: A.ArrayExpr) -> Expr:
    body = compile_block(node.body)
    return lambda ctx: list(body(ctx))


@rule(A.SubExpr)
def _subexpr(node: A.SubExpr) -> Expr:
    body = compile_block(node.body)
    return lambda ctx: collect(body(ctx))


@rule(A.Paren)
def _paren(node: A.Paren) -> Expr:
    inner = node.pipeline
    if isinstance(inner, A.Pipeline) and len(inner.elements) == 1 and isinstance(inner.elements[0], A.CommandExpression) \
            and not inner.elements[0].redirections:
        return compile_expr(inner.elements[0].expr)
    if isinstance(inner, A.Assignment):
        assign = compile_assignment(inner, want_value=True)
        return assign
    stmt = compile_statement(inner)
    return lambda ctx: collect(stmt(ctx))


def _compile_pairs(node: A.Hashtable) -> list:
    pairs = []
    for key, value in node.pairs:
        pairs.append((compile_expr(key), _statement_value(value), key.span))
    return pairs


def _statement_value(node: A.Node) -> Expr:
    """The value of a statement used as a value (hashtable entry, assignment right side)."""
    if isinstance(node, A.Pipeline) and len(node.elements) == 1 and isinstance(node.elements[0], A.CommandExpression) \
            and not node.elements[0].redirections:
        return compile_expr(node.elements[0].expr)
    if isinstance(node, A.Assignment):
        return compile_assignment(node, want_value=True)
    stmt = compile_statement(node)
    return lambda ctx: collect(stmt(ctx))


def _eval_pairs(ctx: ExecutionContext, pairs: list, span: Extent) -> list:
    seen = PSHashtable()
    out = []
    for key_fn, value_fn, key_span in pairs:
        key = key_fn(ctx)
        if key in seen:
            raise runtime_error(f"Duplicate keys '{C.to_string(key)}' are not allowed in hash literals.",
                                "DuplicateKeyInHashLiteral", key_span, "ParserError")
        seen[key] = True
        out.append((key, value_fn(ctx)))
    return out


@rule(A.Hashtable)
def _hashtable(node: A.Hashtable) -> Expr:
    pairs = _compile_pairs(node)
    return lambda ctx: PSHashtable(_eval_pairs(ctx, pairs, node.span))


@rule(A.ScriptBlockExpr)
def _scriptblock(node: A.ScriptBlockExpr) -> Expr:
    code_box: list = []

    def run(ctx: ExecutionContext) -> ScriptBlock:
        if not code_box:
            code_box.append(CompiledBody(node.block))
        return ScriptBlock(node.block, code_box[0], ctx)
    return run


def _member_name(member: Any) -> Callable[[ExecutionContext], str]:
    if isinstance(member, str):
        return lambda ctx: member
    fn = compile_expr(member)
    return lambda ctx: C.to_string(fn(ctx))


@rule(A.Member)
def _member(node: A.Member) -> Expr:
    name_of = _member_name(node.member)
    if node.static:
        if not isinstance(node.target, A.TypeLiteral):
            target = compile_expr(node.target)
            return lambda ctx: get_static_member(_type_of(target(ctx), node.span), name_of(ctx), node.span)
        tname = node.target.name
        return lambda ctx: get_static_member(resolve_type_or_fail(tname, node.target.span), name_of(ctx), node.span)
    target = compile_expr(node.target)
    if isinstance(node.member, str) and node.member.lower() not in _SPECIAL_MEMBERS:
        return _plain_member(target, node.member)
    return lambda ctx: member_value(target(ctx), name_of(ctx))


# Names member_value answers itself before a PSObject's own properties.
_SPECIAL_MEMBERS = frozenset(("psobject", "pstypenames"))


def _plain_member(target: Expr, name: str) -> Expr:
    """``$x.Name`` with a literal name: a PSObject's own property is read directly."""
    def run(ctx: ExecutionContext) -> Any:
        value = target(ctx)
        if type(value) is PSObject or isinstance(value, PSObject):
            found = value.get(name, NOTSET)
            if found is not NOTSET:
                return found
        return member_value(value, name)
    return run


def _type_of(value: Any, span: Extent) -> str:
    if isinstance(value, C.PSType):
        return value.full_name
    return C.type_name(value)


@rule(A.InvokeMember)
def _invoke_member(node: A.InvokeMember) -> Expr:
    name_of = _member_name(node.member)
    args = [compile_expr(a) for a in node.args]
    span = node.span
    if node.static:
        if isinstance(node.target, A.TypeLiteral):
            tname = node.target.name
            return lambda ctx: invoke_static(ctx, resolve_type_or_fail(tname, node.target.span), name_of(ctx),
                                             [a(ctx) for a in args], span)
        target_s = compile_expr(node.target)
        return lambda ctx: invoke_static(ctx, _type_of(target_s(ctx), span), name_of(ctx), [a(ctx) for a in args], span)
    target = compile_expr(node.target)
    return lambda ctx: invoke_method(ctx, target(ctx), name_of(ctx), [a(ctx) for a in args], span)


@rule(A.Index)
def _index(node: A.Index) -> Expr:
    target = compile_expr(node.target)
    index = compile_expr(node.index)
    span = node.span

    def run(ctx: ExecutionContext) -> Any:
        value = target(ctx)
        i = index(ctx)
        # The common case, an array and an in-range Int32, without the general rules.
        if type(value) is list and type(i) is int and -len(value) <= i < len(value):
            return value[i]
        return index_value(value, i, span)
    return run


def index_value(value: Any, index: Any, span: Extent) -> Any:
    """``value[index]`` with PowerShell's rules (negative indexes, slices, hashtable keys)."""
    if value is None:
        raise runtime_error("Cannot index into a null array.", "NullArray", span, "InvalidOperation")
    if isinstance(value, PSHashtable):
        if isinstance(index, list):
            return [value[k] for k in index]
        return value[index]
    if isinstance(value, (list, str)):
        if isinstance(index, list):
            out = []
            for i in index:
                item = _index_one(value, i, span)
                if item is not None:
                    out.append(item)
            return out
        return _index_one(value, index, span)
    if isinstance(value, PSObject):
        getter = getattr(value, "ps_index", None)
        if getter:
            return getter(index)
        if isinstance(index, int) and index in (0, -1):
            return value
        raise runtime_error(f"Unable to index into an object of type {value.type_name}.",
                            "CannotIndex", span, "InvalidOperation")
    if isinstance(index, int) and index in (0, -1):
        return value
    return None


def _index_one(value: Any, i: Any, span: Extent) -> Any:
    try:
        n = C.to_int(i)
    except C.PSConversionError as exc:
        raise runtime_error(exc.message, exc.error_id, span, "InvalidArgument") from exc
    if -len(value) <= n < len(value):
        item = value[n]
        return C.PSChar(item) if isinstance(value, str) else item
    return None


@rule(A.IncDec)
def _incdec(node: A.IncDec) -> Expr:
    get = compile_expr(node.target)
    setter = compile_setter(node.target)
    delta = 1 if node.op == "++" else -1
    span = node.span

    def run(ctx: ExecutionContext) -> Any:
        old = get(ctx)
        if type(old) is int and -2**31 < old + delta < 2**31:
            new = old + delta
        else:
            new = _wrap_operator(lambda: OPS.op_add(old if old is not None else 0, delta), span)
        setter(ctx, new)
        return new if node.prefix else old
    return run


# ============================================================================ assignment

def compile_setter(target: A.Node) -> Callable[[ExecutionContext, Any], None]:
    """A function that stores a value into an assignable expression."""
    if isinstance(target, A.Variable):
        key = target.name
        scope = target.scope
        if key.lower() in ("null",):
            return lambda ctx, v: None
        if key.lower() in ("true", "false", "?", "error"):
            def readonly(ctx: ExecutionContext, v: Any) -> None:
                raise runtime_error(f"Cannot overwrite variable {key} because it is read-only or constant.",
                                    "VariableNotWritable", target.span, "WriteError",
                                    "SessionStateUnauthorizedAccessException", target_name=key)
            return readonly
        if scope == "env":
            return lambda ctx, v: ctx.set_env(key, v)
        lower = key.lower()
        if not scope:
            def set_local(ctx: ExecutionContext, v: Any) -> None:
                ctx.scope.vars[lower] = v
                if lower not in ctx._names:
                    ctx._names[lower] = key
            return set_local
        return lambda ctx, v: ctx.set_var(key, v, scope)
    if isinstance(target, A.Cast):
        inner = compile_setter(target.operand)
        tname = target.type_name
        return lambda ctx, v: inner(ctx, convert_typed(tname, v, target.span))
    if isinstance(target, A.Member):
        obj_fn = compile_expr(target.target)
        name_of = _member_name(target.member)

        def set_member(ctx: ExecutionContext, v: Any) -> None:
            obj = obj_fn(ctx)
            name = name_of(ctx)
            if obj is None:
                raise runtime_error(f"The property '{name}' cannot be found on this object. Verify that the "
                                    "property exists and can be set.", "PropertyNotFound", target.span,
                                    "InvalidOperation")
            if not assign_member(obj, name, v, target.span):
                raise runtime_error(f"The property '{name}' cannot be found on this object. Verify that the "
                                    "property exists and can be set.", "PropertyAssignmentException",
                                    target.span, "InvalidOperation")
        return set_member
    if isinstance(target, A.Index):
        obj_fn = compile_expr(target.target)
        idx_fn = compile_expr(target.index)

        def set_index(ctx: ExecutionContext, v: Any) -> None:
            obj = obj_fn(ctx)
            idx = idx_fn(ctx)
            if isinstance(obj, PSHashtable):
                obj[idx] = v
            elif isinstance(obj, list):
                n = C.to_int(idx)
                if not -len(obj) <= n < len(obj):
                    raise runtime_error("Index was outside the bounds of the array.", "IndexOutOfRange",
                                        target.span, "InvalidOperation")
                obj[n] = v
            elif obj is None:
                raise runtime_error("Cannot index into a null array.", "NullArray", target.span, "InvalidOperation")
            else:
                raise runtime_error(f"Unable to index into an object of type {C.type_name(obj)}.",
                                    "CannotIndex", target.span, "InvalidOperation")
        return set_index
    if isinstance(target, A.ArrayLiteral):
        setters = [compile_setter(t) for t in target.items]

        def set_many(ctx: ExecutionContext, v: Any) -> None:
            values = list(v) if isinstance(v, list) else [v]
            for i, s in enumerate(setters):
                if i == len(setters) - 1:
                    rest = values[i:]
                    s(ctx, rest[0] if len(rest) == 1 else (rest if rest else None))
                else:
                    s(ctx, values[i] if i < len(values) else None)
        return set_many
    raise TypeError("not assignable")


_COMPOUND = {"+=": OPS.op_add, "-=": OPS.op_sub, "*=": OPS.op_mul, "/=": OPS.op_div, "%=": OPS.op_mod}


def compile_assignment(node: A.Assignment, want_value: bool = False) -> Any:
    setter = compile_setter(node.target)
    if isinstance(node.target, A.Cast):
        setter = _statement_extent(setter, node.span)
    value_fn = _statement_value(node.value)
    if _pure_expression([node.value]) is not None:
        value_fn = _at_statement(value_fn, node.span)
    op = node.op
    if op == "=":
        def assign(ctx: ExecutionContext) -> Any:
            value = value_fn(ctx)
            setter(ctx, value)
            return value
    else:
        current = compile_expr(node.target)
        fn = _COMPOUND[op]
        span = node.span

        def assign(ctx: ExecutionContext) -> Any:
            value = _wrap_operator(lambda: fn(current(ctx), value_fn(ctx)), span)
            setter(ctx, value)
            return value
    if want_value:
        return assign

    def statement(ctx: ExecutionContext) -> Iterator[Any]:
        assign(ctx)
        return iter(())
    return statement


def _at_statement(value_fn: Expr, span: Extent) -> Expr:
    """An expression's errors point at the whole statement it makes up (or is the right side
    of): 5.1's compiler puts one sequence point on a statement and none inside an expression,
    so ``$x = 1/0`` underlines ``$x = 1/0`` from char 1 and ``1/0 + 5`` all of ``1/0 + 5``."""
    def value(ctx: ExecutionContext) -> Any:
        try:
            return value_fn(ctx)
        except PSError as exc:
            # Only an error of this statement's own parts: one that carries another position
            # (a function's ThrowTerminatingError points at its caller) keeps it.
            where = exc.record.extent
            if where is None or (where.source is span.source and span.start <= where.start < span.end):
                exc.record.extent = span
            raise
    return value


def _statement_extent(setter: Callable[[ExecutionContext, Any], None], span: Extent) -> Callable[..., None]:
    """A typed variable's conversion error points at the whole assignment, as 5.1 shows
    ``[xml] $x = Get-Content f.xml`` (InvalidCastToXmlDocument under the statement)."""
    def assign(ctx: ExecutionContext, value: Any) -> None:
        try:
            setter(ctx, value)
        except PSError as exc:
            if exc.record.category == "InvalidArgument":
                exc.record.extent = span
            raise
    return assign


# Statements live in statements.py; imported last because they build on the expression rules above.
from .statements import _STMT_RULES, compile_block, compile_statement, report_statement_error  # noqa: E402
