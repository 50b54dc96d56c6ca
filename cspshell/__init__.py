"""cspshell: an offline emulation of the Lync Server 2010 Management Shell."""
__version__ = "0.1.0"
