"""The base class of every cmdlet implementation.

The engine creates one instance per command in a pipeline, binds the non-pipeline
arguments into ``self.params``, then calls ``begin()`` once, ``process()`` once per
pipeline input (after binding that input into ``self.params`` and ``self.input``; once
with ``self.input is NO_INPUT`` when the command is first in the pipeline), and ``end()``
once. Each of the three returns an iterable of output objects (a generator is best: the
pipeline streams) or None.

``self.ctx`` is the engine's execution context. What cmdlets may use of it:

- ``ctx.session``: the loaded topology and lab state (Lync and CsLab cmdlets);
- ``ctx.get_var(name)`` / ``ctx.set_var(name, value)``;
- ``ctx.width``: the console width used for formatting;
- ``ctx.write_error(record)``, ``ctx.write_warning(text)``, ``ctx.write_verbose(text)``,
  ``ctx.write_debug(text)``, ``ctx.write_host(text, newline=True)``, ``ctx.write_information(text)``;
- ``ctx.enumeration_limit``: ``$FormatEnumerationLimit``;
- ``ctx.resolve_path(path)``: a user path to an OS path (for Out-File etc.).
Script blocks are values with ``invoke(*args, dollar_under=...) -> list``.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from ..errors import ErrorRecord, PSError
from ..objects.convert import to_bool
from .shouldprocess import (Confirmation, HostPromptError, confirm_threshold, operation_message,
                            whatif_in_effect)

NO_INPUT = object()


class Cmdlet:
    """Base class: helpers for errors, warnings, ShouldProcess and parameter access."""

    info = None  # set by @cmdlet

    def __init__(self, ctx: Any, invocation: Any, params: dict[str, Any]):
        self.ctx = ctx
        self.invocation = invocation  # has .name (as typed) and .extent
        self.params = params
        self.input: Any = NO_INPUT
        self._confirmation: Optional[Confirmation] = None  # made by the first should_process

    # -- lifecycle -------------------------------------------------------------------
    def begin(self) -> Optional[Iterable[Any]]:
        return None

    def process(self) -> Optional[Iterable[Any]]:
        return None

    def end(self) -> Optional[Iterable[Any]]:
        return None

    # -- parameters ------------------------------------------------------------------
    def bound(self, name: str) -> bool:
        """True when the parameter was given (on the command line or from the pipeline)."""
        return name in self.params

    def param(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def switch(self, name: str) -> bool:
        return bool(self.params.get(name, False))

    # -- errors ----------------------------------------------------------------------
    def make_error(self, message: str, error_id: str, category: str = "NotSpecified",
                   target: Any = None, exception_type: str = "RuntimeException",
                   target_name: Optional[str] = None, target_type: Optional[str] = None) -> ErrorRecord:
        return ErrorRecord(
            message=message, error_id=error_id, category=category, target=target,
            exception_type=exception_type, command=self.invocation.name,
            command_class=self.info.command_class if self.info else None,
            extent=self.invocation.extent, activity=self.info.name if self.info else None,
            target_name=target_name, target_type=target_type)

    def error(self, message: str, error_id: str, category: str = "NotSpecified",
              target: Any = None, exception_type: str = "RuntimeException", **kw: Any) -> None:
        """WriteError: a non-terminating error; the pipeline goes on."""
        self.ctx.write_error(self.make_error(message, error_id, category, target, exception_type, **kw),
                             command=self)

    def terminate(self, message: str, error_id: str, category: str = "NotSpecified",
                  target: Any = None, exception_type: str = "RuntimeException", **kw: Any) -> None:
        """ThrowTerminatingError: stops the pipeline."""
        raise PSError(self.make_error(message, error_id, category, target, exception_type, **kw))

    def warn(self, text: str) -> None:
        self.ctx.write_warning(text, command=self)

    def verbose(self, text: str) -> None:
        self.ctx.write_verbose(text, command=self)

    def should_process(self, target: Any, action: Optional[str] = None) -> bool:
        """ShouldProcess(target[, action]): return True when the operation may go ahead.

        False (after ``What if: ...``) under -WhatIf or $WhatIfPreference, or when the person
        answers no; the command asks when its declared ConfirmImpact reaches -Confirm's or
        $ConfirmPreference's threshold (see shouldprocess.py). A host that cannot prompt stops
        the command with the console's PSInvalidOperationException (ErrorId InvalidOperation).
        """
        action = action or (self.info.name if self.info else "")
        if self._confirmation is None:
            self._confirmation = Confirmation(self.info.confirm_impact if self.info else "Medium")
        common = getattr(getattr(self, "processor", None), "common", None) or {}
        try:
            return self._confirmation.should_process(
                self.ctx, operation_message(action, target),
                whatif=whatif_in_effect(self.ctx, self.params.get("WhatIf")),
                threshold=confirm_threshold(self.ctx, self.params.get("Confirm")),
                verbose=self.verbose if to_bool(common.get("Verbose", False)) else None)
        except HostPromptError as exc:
            raise PSError(self.make_error(str(exc), "InvalidOperation", "InvalidOperation",
                                          exception_type="PSInvalidOperationException")) from exc
