"""Limits for zip-based formats (.docx, .epub): a small file must not unpack into gigabytes.

Checked from the archive's directory before anything is decompressed; the declared sizes are
also what ``zipfile`` enforces while reading, so a lying directory fails as a damaged file.
"""

from __future__ import annotations

import zipfile

from ..errors import UnreadableFile

MAX_UNPACKED_BYTES = 300 * 1024 * 1024  # everything in the archive together
MAX_MEMBER_BYTES = 100 * 1024 * 1024  # any one part
MAX_RATIO = 200  # unpacked / packed, for parts over a megabyte (text packs 3-10x)


def check_unpacked_size(zf: zipfile.ZipFile, packed_size: int) -> None:
    total = 0
    for info in zf.infolist():
        total += info.file_size
        suspicious = info.file_size > 1024 * 1024 and \
            info.file_size > MAX_RATIO * max(1, info.compress_size)
        if info.file_size > MAX_MEMBER_BYTES or total > MAX_UNPACKED_BYTES or suspicious:
            total = max(total, sum(i.file_size for i in zf.infolist()))
            raise UnreadableFile(
                f"is too large when unpacked (a {_size(packed_size)} file that would unpack to "
                f"{_size(total)}; Margin unpacks up to {_size(MAX_UNPACKED_BYTES)} and refuses "
                f"parts packed more than {MAX_RATIO} to 1)")


def _size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):,.0f} MB"
    return f"{max(1, n // 1024):,} KB"
