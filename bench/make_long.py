"""Write a long generated article (for timing); usage: python bench/make_long.py WORDS OUT.txt"""

from __future__ import annotations

import random
import sys

VOCAB = ("the council river school harbour train market winter budget library bridge museum "
         "farmers teachers storm ferry mayor village plan water energy prices workers station "
         "road hospital families children report year week government city region company "
         "said new will would could after before during because while although more most").split()


def make(words: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    paragraphs, count = [], 0
    while count < words:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            n = rng.randint(8, 28)
            sentences.append(" ".join(rng.choice(VOCAB) for _ in range(n)).capitalize() + ".")
            count += n
        if rng.random() < 0.2:
            sentences.append(f'"{rng.choice(VOCAB).capitalize()} {" ".join(rng.choice(VOCAB) for _ in range(9))}," '
                             f"said {rng.choice(['Ana Perez', 'Tom Reyes', 'Grace Okafor'])}.")
        paragraphs.append(" ".join(sentences))
    return "Generated Long Article\n\n" + "\n\n".join(paragraphs) + "\n"


if __name__ == "__main__":
    with open(sys.argv[2], "w", encoding="utf-8") as fh:
        fh.write(make(int(sys.argv[1])))
