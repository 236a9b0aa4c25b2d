"""Characters typed in Word's Symbol font, as the characters they show.

Word stores them as the font's own codes (0x20-0xFF, often shifted into the private-use area
at 0xF020-0xF0FF): "a" in Symbol shows an alpha. The table is the Symbol font's layout.
"""

from __future__ import annotations

import re

# 0x20-0x7E, in order.
_LOW = (" !∀#∃%&∋()∗+,−./0123456789:;<=>?≅ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ[∴]⊥_‾"
        "αβχδεφγηιϕκλμνοπθρστυϖωξψζ{|}∼")
# 0xA0-0xFF; a space stands for a code the font leaves empty or uses for a glyph piece.
_HIGH = ("€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…" + " " * 2 + "↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓"
         + "◊〈®©™∑" + " " * 11 + "〉∫⌠ ⌡" + " " * 10)
SYMBOL: dict[int, str] = {0x20 + i: ch for i, ch in enumerate(_LOW)}
SYMBOL.update({0xA0 + i: ch for i, ch in enumerate(_HIGH) if ch != " "})

# Private-use characters: what is left of other symbol fonts (Wingdings bullets and the like),
# and never allowed through, because the text builder uses one of them as the note marker.
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


def symbol_char(code: int) -> str:
    """The character a Symbol-font code shows ("" when there is none)."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return SYMBOL.get(code, "")


def from_symbol_font(text: str) -> str:
    return "".join(symbol_char(ord(ch)) if ord(ch) < 0x100 or 0xF000 <= ord(ch) <= 0xF0FF
                   else ch for ch in text)
