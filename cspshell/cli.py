"""The ``cspshell`` command line (one-shot path). It never imports prompt_toolkit or
pygments: the interactive shell is imported only when no -Command/-File is given and
standard input is a terminal.

    cspshell [-NoProfile] [-NonInteractive] [-NoLogo] [-Topology <file.yaml>]
             [-Command <text> | -File <script.ps1> [args...]]
"""
from __future__ import annotations

import os
import sys
from typing import Optional

from . import __version__

USAGE = """Usage: cspshell [-NoProfile] [-NonInteractive] [-NoLogo] [-Topology <file.yaml>]
                [-Command <text> | -File <script.ps1> [args...]] [-Version]

  -Command, -c   run the text (or, with '-', standard input statement by statement)
  -File, -f      run a script file with its arguments
  -Topology      a topology YAML file or the name of a shipped sample (default: default)
  -NoProfile     do not run profile.ps1
  -NonInteractive  never prompt
  -NoLogo        no banner in the interactive shell
"""

_SWITCHES = {"noprofile": "noprofile", "nop": "noprofile", "noninteractive": "noninteractive",
             "noni": "noninteractive", "nologo": "nologo", "nol": "nologo", "noexit": "noexit"}


class Options:
    def __init__(self) -> None:
        self.noprofile = False
        self.noninteractive = False
        self.nologo = False
        self.noexit = False
        self.topology: Optional[str] = None
        self.command: Optional[str] = None
        self.file: Optional[str] = None
        self.file_args: list[str] = []
        self.version = False
        self.help = False
        self.dump: Optional[str] = None


def parse_args(argv: list[str]) -> Options:
    """Parse powershell.exe-style arguments (case-insensitive, any unique prefix)."""
    opts = Options()
    i = 0
    while i < len(argv):
        arg = argv[i]
        low = arg.lower().lstrip("-/") if arg.startswith(("-", "/")) and arg != "-" else None
        if low is None:
            opts.command = " ".join(argv[i:])
            break
        if low in ("version", "v"):
            opts.version = True
        elif low in ("help", "h", "?"):
            opts.help = True
        elif low in _SWITCHES:
            setattr(opts, _SWITCHES[low], True)
        elif low in ("dump-tokens", "dump-ast"):
            opts.dump = low
        elif "topology".startswith(low) and len(low) >= 2:
            i += 1
            opts.topology = argv[i] if i < len(argv) else None
        elif low in ("c", "command") or ("command".startswith(low) and len(low) >= 2):
            opts.command = " ".join(argv[i + 1:]) if i + 1 < len(argv) else ""
            break
        elif low in ("f", "file") or ("file".startswith(low) and len(low) >= 2):
            opts.file = argv[i + 1] if i + 1 < len(argv) else ""
            opts.file_args = argv[i + 2:]
            break
        elif low in ("executionpolicy", "ep", "inputformat", "outputformat"):
            i += 1
        else:
            raise SystemExit(_bad_argument(arg))
        i += 1
    return opts


def _bad_argument(arg: str) -> int:
    sys.stderr.write(f"cspshell: unknown argument '{arg}'.\n{USAGE}")
    return 64


def console_width() -> int:
    """120 when stdout is not a terminal (the 5.1 default); COLUMNS overrides."""
    env = os.environ.get("COLUMNS")
    if env and env.isdigit() and int(env) > 10:
        return int(env)
    if sys.stdout.isatty():
        try:
            return os.get_terminal_size().columns
        except OSError:
            return 120
    return 120


def make_session(opts: Options):
    """The Session, validating an explicit -Topology at once (exit 2 with the problems)."""
    from .session import Session, resolve_topology_argument
    if opts.topology is None:
        return Session()
    path = resolve_topology_argument(opts.topology)
    from .topology.loader import load_topology
    from .topology.problems import TopologyError, format_problems
    try:
        topology = load_topology(path)
    except TopologyError as exc:
        sys.stderr.write(format_problems(exc.problems) + "\n")
        raise SystemExit(2)
    return Session(path, topology)


def run_stdin(engine, stream) -> None:
    """``-Command -``: run standard input as if typed at the prompt, as 5.1 does.

    Each complete line runs at once. A line that leaves the input incomplete (an open brace,
    a trailing pipe) starts a continuation that, as in 5.1's console host, ends only at an
    empty line; then everything gathered runs as one input. Input still incomplete at the end
    of the stream is dropped without a word.
    """
    from .language.parser import is_incomplete
    buffer: list[str] = []
    for raw in stream:
        line = raw.rstrip("\r\n")
        if buffer:
            if line.strip():
                buffer.append(line)
                continue
            text, buffer = "\n".join(buffer), []
            engine.run(text)
        elif is_incomplete(line):
            buffer = [line]
            continue
        elif line.strip():
            engine.run(line)
        if engine.exit_code is not None:
            return


def main(argv: Optional[list[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        opts = parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    if opts.version:
        print(f"cspshell {__version__} (Windows PowerShell 5.1 / Lync Server 2010 Management Shell emulation)")
        return 0
    if opts.help:
        print(USAGE)
        return 0
    if opts.command is None and opts.file is None and not opts.dump and sys.stdin.isatty() and sys.stdout.isatty():
        from .repl.app import run_interactive
        return run_interactive(opts)
    try:
        session = make_session(opts)
        return run_oneshot(opts, session)
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # the last guard: never a Python traceback
        from .formatting.errors import render_error
        from .language.engine import internal_error
        sys.stderr.write("\n".join(render_error(internal_error(exc))) + "\n")
        return 1


def run_oneshot(opts: Options, session) -> int:
    from .language.context import StreamHost
    from .language.engine import Engine
    colour = False
    host = StreamHost(sys.stdout, sys.stderr, console_width(), colour)
    engine = Engine(host, session, interactive=False)
    if opts.dump:
        return _dump(opts)
    try:
        if opts.file is not None:
            ok = _run_file(engine, opts)
        elif opts.command == "-" or opts.command is None:
            run_stdin(engine, sys.stdin)
            ok = engine.ctx.last_ok
        else:
            ok = engine.run(opts.command)
    except KeyboardInterrupt:
        return 130
    if engine.exit_code is not None:
        return engine.exit_code
    if opts.file is not None and opts.file != "-":
        return 1 if engine.terminated else 0
    return 0 if ok else 1


def _run_file(engine, opts: Options) -> bool:
    if opts.file == "-":
        run_stdin(engine, sys.stdin)
        return engine.ctx.last_ok
    try:
        with open(opts.file, encoding="utf-8-sig") as fh:
            text = fh.read()
    except OSError:
        sys.stderr.write(
            f"The argument '{opts.file}' to the -File parameter does not exist. Provide the path to an existing "
            "'.ps1' file as an argument to the -File parameter.\n")
        engine.exit_code = 64
        return False
    return engine.run(text, name=os.path.abspath(opts.file), args=list(opts.file_args))


def _dump(opts: Options) -> int:
    from .errors import ParseError
    from .language.engine import debug_tokens
    from .language.parser import parse
    text = opts.command if opts.command is not None else sys.stdin.read()
    if opts.dump == "dump-tokens":
        print("\n".join(debug_tokens(text)))
        return 0
    try:
        print(parse(text).dump())
    except ParseError as exc:
        print(exc.record.message)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
