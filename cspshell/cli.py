"""The ``cspshell`` command line (one-shot path). It never imports prompt_toolkit or
pygments: the interactive shell is imported only when no -Command/-File is given and
standard input is a terminal.

    cspshell [-NoProfile] [-NonInteractive] [-NoLogo] [-Topology <file.yaml>]
             [-Command <text> | -File <script.ps1> [args...]]
"""
from __future__ import annotations

import base64
import binascii
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


BANNER = "Windows PowerShell\nCopyright (C) 2016 Microsoft Corporation. All rights reserved.\n\n"

# powershell.exe 5.1's messages for a bad command line (CommandLineParameterParserStrings)
MISSING_COMMAND = "Cannot process the command because of a missing parameter. A command must follow -Command."
COMMAND_DASH_ONLY = "'-' was specified with the -Command parameter; no other arguments to -Command are permitted."
MISSING_FILE = ("The command cannot be run because the File parameter requires a file path. Supply a path for "
                "the File parameter and then try the command again.")
FILE_NOT_PS1 = ("Processing -File '{0}' failed because the file does not have a '.ps1' extension. Specify a "
                "valid Windows PowerShell script file name, and then try again.")
FILE_MISSING = ("The argument '{0}' to the -File parameter does not exist. Provide the path to an existing "
                "'.ps1' file as an argument to the -File parameter.")
MISSING_POLICY = ("Cannot process the execution policy because of a missing policy name. A policy name must "
                  "follow -ExecutionPolicy.")
MISSING_FORMAT = {
    "outputformat": "The command cannot be run because no argument has been supplied for the OutputFormat "
                    "parameter. Specify one of the following formats for this parameter.\n{0}",
    "inputformat": "Cannot process the command because the -InputFormat parameter requires an argument. Specify "
                   "a valid format argument for this parameter.  Valid formats are:\n{0}",
}
BAD_FORMAT = ('Cannot process the command because of an incorrect parameter value. "{0}" is not a valid format.  '
              'Valid formats are:\n{1}')
FORMATS = "Text\nXML\nNone\n"
BAD_ENCODED = ("Cannot process the command because the value specified with -EncodedCommand is not properly "
               "encoded. The value must be Base64 encoded.")
MISSING_TOPOLOGY = ("Cannot process the command because -Topology requires a topology file or the name of a "
                    "shipped sample (default, two-datacenter, scale-100k, scale-1m). Specify one and try again.")

# (full name, shortest accepted prefix), tried in powershell.exe's order: "-e" is
# -EncodedCommand, "-ex" -ExecutionPolicy. -Topology and -Version are cspshell's own.
_SWITCHES = (("help", "h"), ("?", "?"), ("noexit", "noe"), ("noprofile", "nop"), ("nologo", "nol"),
             ("noninteractive", "noni"), ("command", "c"), ("windowstyle", "w"), ("file", "f"),
             ("outputformat", "o"), ("of", "o"), ("inputformat", "i"), ("if", "i"), ("executionpolicy", "ex"),
             ("ep", "ep"), ("encodedcommand", "e"), ("ec", "e"), ("sta", "s"), ("mta", "mta"),
             ("topology", "to"), ("version", "v"), ("dump-tokens", "dump-tokens"), ("dump-ast", "dump-ast"))
_CANONICAL = {"?": "help", "of": "outputformat", "if": "inputformat", "ep": "executionpolicy",
              "ec": "encodedcommand"}


class CommandLineError(Exception):
    """A bad powershell.exe command line: the message, and whether the usage or the banner follows."""

    def __init__(self, message: str, show_help: bool = True, show_banner: bool = False):
        super().__init__(message)
        self.message = message
        self.show_help = show_help
        self.show_banner = show_banner


def _switch(arg: str) -> Optional[str]:
    """The canonical switch an argument names (``-nop`` -> noprofile), or None for a command word."""
    if not arg.strip() or arg.strip()[0] not in "-/\u2013\u2014\u2015":
        return None
    key = arg.strip()[1:].lower()
    if key.startswith("-"):
        key = key[1:]  # cspshell also takes the GNU spelling (--version)
    for name, shortest in _SWITCHES:
        if key and name.startswith(key) and len(key) >= len(shortest):
            return _CANONICAL.get(name, name)
    return None


def parse_args(argv: list[str]) -> Options:
    """Parse powershell.exe-style arguments: case-insensitive, ``-`` or ``/``, any prefix as
    long as powershell.exe's shortest form. The first argument that is not a switch starts the
    command text; a bad command line raises SystemExit(64) after 5.1's message."""
    try:
        return _parse(argv)
    except CommandLineError as exc:
        sys.stderr.write(exc.message + "\n")
        if exc.show_help:
            sys.stdout.write("\n" + USAGE + "\n")
        elif exc.show_banner:
            sys.stdout.write(BANNER)
        raise SystemExit(64)


def _parse(argv: list[str]) -> Options:
    opts = Options()
    i = 0
    while i < len(argv):
        name = _switch(argv[i])
        if name is None:
            opts.command = " ".join(argv[i:])  # 5.1: the first unrecognised argument starts the command
            return opts
        value = argv[i + 1] if i + 1 < len(argv) else None
        if name in ("noprofile", "noninteractive", "nologo", "noexit", "version", "help"):
            setattr(opts, name, True)
        elif name in ("sta", "mta"):
            pass  # threading apartments mean nothing here
        elif name in ("dump-tokens", "dump-ast"):
            opts.dump = name
        elif name == "command":
            _take_command(opts, argv[i + 1:])
            return opts
        elif name == "encodedcommand":
            opts.command = _decode_command(value)
            i += 1
        elif name == "file":
            _take_file(opts, value, argv[i + 2:])
            return opts
        else:
            _check_value(name, value)
            if name == "topology":
                opts.topology = value
            i += 1
        i += 1
    return opts


def _take_command(opts: Options, rest: list[str]) -> None:
    if not rest:
        raise CommandLineError(MISSING_COMMAND)
    if rest[0] == "-" and len(rest) > 1:
        raise CommandLineError(COMMAND_DASH_ONLY)
    opts.command = " ".join(rest)


def _take_file(opts: Options, path: Optional[str], rest: list[str]) -> None:
    if path is None:
        raise CommandLineError(MISSING_FILE)
    if path != "-":
        if not path.lower().endswith(".ps1"):
            raise CommandLineError(FILE_NOT_PS1.format(path), show_help=False, show_banner=True)
        if not os.path.isfile(path):
            raise CommandLineError(FILE_MISSING.format(path), show_help=False, show_banner=True)
    opts.file, opts.file_args = path, rest


def _decode_command(value: Optional[str]) -> str:
    """-EncodedCommand: Base64 of the command's UTF-16LE bytes."""
    if value is None:
        raise CommandLineError(MISSING_COMMAND)
    try:
        return base64.b64decode(value, validate=True).decode("utf-16-le")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        raise CommandLineError(BAD_ENCODED) from None


def _check_value(name: str, value: Optional[str]) -> None:
    """The value a switch needs: present, and for the formats one of Text/XML."""
    if name in MISSING_FORMAT:
        if value is None:
            raise CommandLineError(MISSING_FORMAT[name].format(FORMATS))
        if value.lower() not in ("text", "xml", "none"):
            raise CommandLineError(BAD_FORMAT.format(value, FORMATS))
    elif value is None:
        raise CommandLineError({"executionpolicy": MISSING_POLICY, "topology": MISSING_TOPOLOGY}.get(
            name, f"Cannot process the command because -{name} requires an argument."))


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


def script_host(opts: Options):
    """The host of a one-shot run. As powershell.exe's console host with redirected input,
    Read-Host reads the next line of standard input; it echoes that line unless the script
    itself comes from standard input (``-Command -`` runs without prompts). Under
    -NonInteractive it refuses to read."""
    from .language.context import StreamHost

    class ScriptHost(StreamHost):
        interactive = not opts.noninteractive

        def read_line(self, prompt: str) -> Optional[str]:
            if not self.interactive:
                return None
            self.write_raw(prompt)
            line = sys.stdin.readline()
            if not line:
                return None
            text = line.rstrip("\n").rstrip("\r")
            if opts.command != "-" and not sys.stdin.isatty():
                self.write_raw(text + "\n")
            return text

        @property
        def at_terminal(self) -> bool:
            return sys.stdin.isatty()

        def read_secret(self, prompt: str) -> Optional[str]:
            """A password: masked at a terminal; from a pipe, the next line (echoed as ``*``s
            where Read-Host would echo it)."""
            if not self.interactive:
                return None
            if not self.at_terminal:
                self.write_raw(prompt)
                line = sys.stdin.readline()
                if not line:
                    return None
                text = line.rstrip("\n").rstrip("\r")
                if opts.command != "-":
                    self.write_raw("*" * len(text) + "\n")
                return text
            from .language.hostinput import read_masked_line
            self.write_raw(prompt)
            sys.stdout.flush()
            return read_masked_line(sys.stdin.fileno(), self._echo)

        def _echo(self, text: str) -> None:
            self.write_raw(text)
            sys.stdout.flush()

    return ScriptHost(sys.stdout, sys.stderr, console_width(), False)


def run_oneshot(opts: Options, session) -> int:
    from .language.engine import Engine
    host = script_host(opts)
    engine = Engine(host, session, interactive=False)
    if opts.dump:
        return _dump(opts)
    from .language.deepstack import run_with_deep_stack
    try:
        # on a thread with room for 5.1's thousand nested calls (deepstack.py)
        ok = run_with_deep_stack(lambda: _run_input(engine, opts))
    except KeyboardInterrupt:
        return 130
    if engine.exit_code is not None:
        return engine.exit_code
    if opts.file is not None and opts.file != "-":
        return 1 if engine.terminated else 0
    return 0 if ok else 1


def _run_input(engine, opts: Options) -> bool:
    """Run the -File script, the -Command text or standard input; returns ``$?``."""
    if opts.file is not None:
        return _run_file(engine, opts)
    if opts.command == "-" or opts.command is None:
        run_stdin(engine, sys.stdin)
        return engine.ctx.last_ok
    return engine.run(opts.command)


def _run_file(engine, opts: Options) -> bool:
    if opts.file == "-":
        run_stdin(engine, sys.stdin)
        return engine.ctx.last_ok
    from .cmdlets.data import decode_bytes
    try:
        with open(opts.file, "rb") as fh:
            text = decode_bytes(fh.read())  # by BOM, else UTF-8, else the ANSI code page as 5.1
    except OSError:
        sys.stderr.write(FILE_MISSING.format(opts.file) + "\n")
        sys.stdout.write(BANNER)
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
