"""Layer 7: the interactive shell (prompt_toolkit and pygments live only here).

- ``app``: the read-run-print loop around the engine (banner, profile, prompt, Ctrl+C);
- ``host``: the terminal host (colour, prompts for mandatory parameters, paging);
- ``scan``: the typed line as pieces and pipeline elements, mode-aware like the parser;
- ``highlight``: the pygments lexer built on ``scan``;
- ``completion`` (with ``arguments``, ``typeinfo``, ``userindex``): what the word at the
  cursor could become; ``completer`` adapts it to prompt_toolkit;
- ``keybindings``, ``toolbar``, ``history``, ``paging``, ``paths``.

Nothing here is imported by the one-shot path (``cspshell -Command``).
"""
