"""Unit tests of the language engine (lexer, parser, evaluator, binder, errors, CLI)."""
