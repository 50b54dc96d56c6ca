"""Room for deep recursion: Windows PowerShell 5.1 lets scripts nest about a thousand function
calls before "The script failed due to call depth overflow.", and each PowerShell call costs
the engine several Python frames.

5.1 itself counts nothing: ExecutionContext.CheckStackDepth asks .NET whether the stack is
nearly full (RuntimeHelpers.EnsureSufficientExecutionStack) on a pipeline thread with a 10 MB
stack, and ScriptCallDepthException.CallDepth is always 0. The emulator counts instead
(MAX_CALL_DEPTH nested function calls, checked in functions.py) so the limit is the same on
every machine, and runs one-shot work on a thread whose stack holds that depth.
"""
from __future__ import annotations

import sys
import threading
from typing import Callable, TypeVar

# Nested user-function calls allowed; the next one fails with CallDepthOverflow.
MAX_CALL_DEPTH = 1000

# A worker's stack and the Python recursion limit it can hold: a PowerShell call costs 8 to 30
# Python frames, a frame well under 2 KiB of C stack.
WORKER_STACK_BYTES = 256 * 1024 * 1024
WORKER_RECURSION_LIMIT = 60_000

T = TypeVar("T")


def run_with_deep_stack(work: Callable[[], T]) -> T:
    """Run ``work`` on a thread with a large stack and return its result (or raise what it
    raised). Ctrl+C while it runs raises KeyboardInterrupt here; the worker is a daemon, so
    the caller may end the process without waiting for it."""
    outcome: dict = {}

    def target() -> None:
        try:
            outcome["value"] = work()
        except BaseException as exc:  # handed to the caller's thread, re-raised there
            outcome["error"] = exc

    previous_stack, previous_limit = threading.stack_size(), sys.getrecursionlimit()
    try:
        threading.stack_size(WORKER_STACK_BYTES)
        sys.setrecursionlimit(max(previous_limit, WORKER_RECURSION_LIMIT))
        worker = threading.Thread(target=target, name="cspshell-engine", daemon=True)
        worker.start()
    except (RuntimeError, ValueError, MemoryError):  # no thread that large here: run in place
        sys.setrecursionlimit(previous_limit)
        return work()
    finally:
        threading.stack_size(previous_stack)
    try:
        while worker.is_alive():
            worker.join(0.25)  # a bounded wait, so the main thread sees Ctrl+C at once
    finally:
        # the limit is process-wide: the main thread's smaller stack must keep Python's guard
        sys.setrecursionlimit(previous_limit)
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]


def fit_recursion_limit_to_main_stack() -> int:
    """Raise the recursion limit as far as the main thread's stack allows (a KiB a frame) and
    return it. The interactive shell runs commands on the main thread, where Ctrl+C lands."""
    try:
        import resource
    except ImportError:  # no stack limit to read (Windows): Python's default stays
        return sys.getrecursionlimit()
    soft, _ = resource.getrlimit(resource.RLIMIT_STACK)
    room = WORKER_STACK_BYTES if soft == resource.RLIM_INFINITY else soft
    limit = min(WORKER_RECURSION_LIMIT, room // 1024)
    if limit > sys.getrecursionlimit():
        sys.setrecursionlimit(limit)
    return sys.getrecursionlimit()
