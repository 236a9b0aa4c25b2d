"""Writing an export atomically: a temporary file beside the target, then one rename. A failed
export leaves nothing behind, and never half of a file over an older one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from ..core.errors import ReaderError
from .words import tr


class ExportError(ReaderError):
    pass


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


def _explain(path: Path, exc: OSError) -> ExportError:
    reason = (tr("permission denied") if isinstance(exc, PermissionError)
              else (exc.strerror or str(exc)))
    return ExportError(tr("Cannot write {path}: {reason}.").format(path=path, reason=reason))


@contextlib.contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """Yields a temporary path to write; on success it becomes ``path``."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(tr("Cannot write {path}: the folder {folder} does not exist.").format(
            path=path, folder=folder))
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _explain(path, exc) from exc
    os.close(fd)
    try:
        os.chmod(tmp, 0o666 & ~_UMASK)  # as any new file of the user's, not private like a temp
        yield Path(tmp)
        os.replace(tmp, path)
    except OSError as exc:
        raise _explain(path, exc) from exc
    finally:
        Path(tmp).unlink(missing_ok=True)


def write_text(path: Path, text: str) -> None:
    with atomic_target(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
