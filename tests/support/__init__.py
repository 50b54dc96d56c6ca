"""Helpers shared by the unit tests (fakes of the engine parts the cmdlets use).

Nothing here is a test: the module names do not match pytest's ``test_*.py`` pattern, so
pytest never collects them; test files import them as ``tests.support.<module>``.
"""
