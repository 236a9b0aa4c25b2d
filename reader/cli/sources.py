"""What a FILE argument names: an http(s) address, fetched; a local path, read (whatever its
name looks like, when it exists); or an address of another kind (file:, ftp:, data: ...),
refused with one line."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.article import Article


@dataclass(frozen=True)
class Loaded:
    """The article an argument names; ``source`` is the address a web page finally came from
    (after its redirects), None for a file."""

    article: Article
    source: str | None = None


def is_web(arg: str) -> bool:
    from ..core.fetch import is_address

    return is_address(arg)


def check_argument(arg: str) -> None:
    """Raise FetchError for an address Margin does not fetch; a path that exists passes."""
    from ..core.fetch import refuse_scheme

    if not is_web(arg) and not Path(arg).exists():
        refuse_scheme(arg)


def load_argument(arg: str) -> Loaded:
    """The article ``arg`` names (see the module's docstring); a ReaderError when it cannot
    be had (FetchError for an address, the loaders' errors for a file)."""
    from ..core.fetch import fetch

    if is_web(arg):
        from ..core.loaders.webpage import load_page

        page = fetch(arg)
        return Loaded(load_page(page), page.final)
    check_argument(arg)
    from ..core.loaders import load

    return Loaded(load(arg))
