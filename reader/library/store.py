"""Copies of the originals, named by content hash, so the library survives the user moving or
deleting their files. Written atomically: a copy is either whole or not there."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

TEMP_PREFIX = ".incoming-"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256_of_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def stored_name(sha: str, suffix: str) -> str:
    return f"{sha[:2]}/{sha}{suffix.lower()}"


class Store:
    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def path(self, name: str) -> Path:
        return self.folder / name

    def put(self, source: Path | bytes, name: str) -> Path:
        """Copy ``source`` (a file, or bytes held in memory such as a fetched page) to
        ``name`` atomically (temp file, fsync, rename)."""
        target = self.path(name)
        if target.exists():
            return target
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=TEMP_PREFIX, dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                if isinstance(source, bytes):
                    out.write(source)
                else:
                    with open(source, "rb") as src:
                        for block in iter(lambda: src.read(1 << 20), b""):
                            out.write(block)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    def remove(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)

    def names(self) -> Iterable[str]:
        if not self.folder.exists():
            return []
        return [str(p.relative_to(self.folder)) for p in self.folder.glob("*/*") if p.is_file()]

    def clean(self, keep: set[str]) -> int:
        """Delete copies no row refers to (left by a crash between copy and commit) and
        half-written temp files. Returns how many files went."""
        removed = 0
        for name in self.names():
            if name not in keep:
                self.path(name).unlink(missing_ok=True)
                removed += 1
        return removed
