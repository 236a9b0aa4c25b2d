"""``python -m reader``: the window, or a subcommand (see ``reader.cli``)."""

from reader.cli import main

raise SystemExit(main())
