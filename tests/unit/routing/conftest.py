"""Fixtures of the routing tests; the labs themselves are built in routing_labs.py."""
from routing_labs import branch_lab, seed_lab  # noqa: F401  (pytest fixtures)
