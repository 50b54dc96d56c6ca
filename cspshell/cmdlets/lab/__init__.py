"""CsLab emulator commands: client sign-in, clients and their cache, DNS, the lab clock,
WAN links, routing distribution and resetting the lab. Importing the package registers
them (``cspshell.cmdlets.load_all``)."""
from . import clients, clock, distribution, dns, signin  # noqa: F401  (registers the cmdlets)
