"""The bundle's entry point: the same command line as ``margin`` / ``python -m reader``."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
