"""What several test modules share: where things are, and the articles and texts they read.

Test modules import from here (or use conftest's fixtures), never from one another.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"  # shipped with Margin
FIXTURES = Path(__file__).resolve().parent / "fixtures"  # for the tests only

# one article per language, with its quotes and their speakers
ARTICLES = {
    "en": SAMPLES / "en-river-school.txt",
    "de": SAMPLES / "de-stadtbibliothek.txt",
    "ru": SAMPLES / "ru-ledokol.txt",
    "fr": FIXTURES / "fr-jardins.txt",
    "es": FIXTURES / "es-bicicletas.txt",
    "zh": FIXTURES / "zh-tushuguan.txt",
}

# a saved web page: the article between navigation, comments and a footer
PAGE = """<!DOCTYPE html><html lang="en"><head><title>Tide Mills Reopen | Coast Weekly</title>
<meta name="author" content="Ruth Calder">
<meta property="article:published_time" content="2024-06-02">
</head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Tide Mills Reopen</h1>
<p>The old tide mills at Brenmouth ground flour again this week for the first time in ninety
years, powered only by the water that fills their pond at high tide.</p>
<p>Volunteers spent four winters rebuilding the wheel and the sluice gates. "The river does the
work; we only open the gates," said Ruth Calder, who led the restoration.</p>
<p>The mill will open to visitors every weekend, and flour will be sold in the village shop.
Schools have already booked visits for the autumn term.</p></article>
<section class="comments" id="comments"><h3>3 Comments</h3>
<div class="comment"><p>Wonderful news, my grandfather worked there!</p></div>
<h3 id="reply-title">Leave a Reply</h3><p>Your email address will not be published.</p>
</section><footer>Copyright Coast Weekly</footer></body></html>"""

# the lines of a PDF page (tests/pdfgen.py), one word hyphenated across a line break
LINES = [
    "The regional council has approved a plan to restore the wetlands along the",
    "lower river, a project that has been discussed for more than a decade and",
    "was repeatedly delayed by disputes over land and money. Engineers will",
    "remove two old embankments so that the river can flood the meadows in",
    "winter, as it did before the land was drained for farming in the last",
    "century. Birds are expected to return within a few seasons.",
    "Farmers who own the meadows will be paid for the land they give up, and",
    "several have already signed agreements with the council. The first exca-",
    "vators are due on site in the spring, once the nesting season is over.",
]


def read_library(window, op):
    """What the window's library holds once the writes asked for so far are done. A test may
    wait for it; the window itself never waits on the library."""
    window.library.write(lambda library: None).result(timeout=30)
    return window.library.read(op, lambda _: None).result(timeout=30)


def clock_moves_on() -> None:
    """Return as soon as the clock has moved past its reading now, so that the next time stamp
    the library writes is later than the last one (on any machine, however fast)."""
    now = time.time()
    while time.time() <= now:
        pass


def wait_for(condition: Callable[[], bool], timeout: float, what: str,
             every: float = 0.05) -> None:
    """Wait until ``condition()`` holds (checked every ``every`` seconds: another process's
    state has no event to wait on), failing with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    pause = threading.Event()  # never set: its wait is the pause between checks
    while not condition():
        assert time.monotonic() < deadline, what
        pause.wait(every)
