"""``python -m cspshell``: the same entry point as the ``cspshell`` command."""
import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
