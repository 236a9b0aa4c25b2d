"""The numbers of an ordered list's items as they are shown: "3. ", "c. ", "iv. "."""

from __future__ import annotations


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                          (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                          (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + digits, n - value
    return out


def item_label(n: int, kind: str | None) -> str:
    if kind in ("a", "A") and 0 < n <= 26:
        label = chr(ord("a") + n - 1)
    elif kind in ("i", "I") and 0 < n < 4000:
        label = _roman(n)
    else:
        return f"{n}. "
    return (label.upper() if kind in ("A", "I") else label) + ". "


def number(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
