"""Bringing many files into the library at once, with progress, cancel and one report."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from threading import Event

from ..core.cancel import checkpoint
from ..core.errors import ReaderError, describe_failure
from ..core.loaders import is_supported
from .library import Library, Record

MAX_FILES = 100_000


@dataclass
class ImportReport:
    added: int = 0
    already: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (file, plain reason)
    cancelled: bool = False

    @property
    def total(self) -> int:
        return self.added + self.already + len(self.failed)


def supported_files(paths: Iterable[str | Path]) -> list[Path]:
    """The files themselves; a folder stands for every supported file below it."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and is_supported(f)))
        else:
            out.append(p)
    return out[:MAX_FILES]


Adder = Callable[[Path], tuple[Record, bool]]  # keep one file, say whether it was new


def import_files(target: Library | Adder, files: list[Path],
                 progress: Callable[[int, int, str], None] | None = None,
                 cancel: Event | None = None) -> ImportReport:
    """Keep each file in the library (imported, not read), on ``target``: the library, or a
    function that adds one file (the window's, which loads here and writes on the library's
    one writer)."""
    add: Adder
    if isinstance(target, Library):
        library = target

        def add_file(path: Path) -> tuple[Record, bool]:
            return library.add(path, opened=False)

        add = add_file
    else:
        add = target
    report = ImportReport()
    for i, path in enumerate(files):
        checkpoint()  # the window is closing: stop between files
        if cancel is not None and cancel.is_set():
            report.cancelled = True
            break
        if progress is not None:
            progress(i, len(files), path.name)
        try:
            _, new = add(path)
        except ReaderError as exc:
            report.failed.append((str(path), describe_failure(path.name, exc)))
            continue
        except OSError as exc:
            report.failed.append((str(path), f"{path.name} cannot be read "
                                             f"({exc.strerror or exc})"))
            continue
        if new:
            report.added += 1
        else:
            report.already += 1
    if progress is not None and not report.cancelled:
        progress(len(files), len(files), "")
    return report
