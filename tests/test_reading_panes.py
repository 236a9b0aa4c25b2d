"""What the panes say about an article: quotes in its language's marks, its length and
reading time in the units its readers use, and a speaker filter that explains itself."""

from __future__ import annotations

import pytest

from reader.ui.document import reading_time_label

pytestmark = pytest.mark.gui


def _open(qtbot, window, path, title):
    window.open_file(str(path))
    qtbot.waitUntil(lambda: title in window.article_pane.header.plain_text(), timeout=20000)


def _quote_texts(window) -> list[str]:
    lst = window.quotes_pane.list
    return [lst.item(i).text() for i in range(lst.count())]


@pytest.mark.parametrize(("name", "title", "left", "right"), [
    ("de-stadtbibliothek.txt", "Die Bibliothek", "„", "“"),
    ("ru-ledokol.txt", "Ледокол", "«", "»"),
    ("en-river-school.txt", "A School That Follows", "“", "”"),
])
def test_quotes_are_shown_in_the_marks_of_the_article_s_language(qtbot, window, samples, name,
                                                                 title, left, right):
    _open(qtbot, window, samples / name, title)
    texts = _quote_texts(window)
    assert texts and all(t.startswith(left) and t.endswith(right) for t in texts), texts


def test_french_quotes_get_guillemets_with_spaces(qtbot, window, fixtures):
    _open(qtbot, window, fixtures / "fr-jardins.txt", "")
    qtbot.waitUntil(lambda: window.quotes_pane.list.count() > 0, timeout=20000)
    assert all(t.startswith("« ") and t.endswith(" »") for t in _quote_texts(window))


def test_chinese_is_counted_in_characters(qtbot, window, fixtures):
    _open(qtbot, window, fixtures / "zh-tushuguan.txt", "山区小镇的流动图书馆")
    facts = window.article_pane.header.plain_text()
    assert "characters" in facts and " words" not in facts


@pytest.mark.parametrize(("minutes", "label"), [
    (1, "1 min read"), (59, "59 min read"), (60, "about 1 h read"), (100, "about 1 h 40 min read"),
    (5808, "about 97 h read"),
])
def test_reading_time_is_said_in_hours_when_it_is_long(minutes, label):
    assert reading_time_label(minutes) == label


def test_a_book_says_how_many_hours_it_takes(qtbot, window, tmp_path):
    sentence = "The keeper wrote the names of the ships in his ledger every single night. "
    body = "\n\n".join(sentence * 10 for _ in range(400))  # 56,000 words
    path = tmp_path / "ledger.txt"
    path.write_text("The Ledger\n\n" + body, encoding="utf-8")
    _open(qtbot, window, path, "The Ledger")
    facts = window.article_pane.header.plain_text()
    assert "about 4 h" in facts and "min read" in facts


def test_the_speaker_filter_says_why_it_is_empty(qtbot, window, samples, tmp_path):
    combo = window.quotes_pane.speaker
    assert not combo.isEnabled() and combo.currentText() == ""
    assert combo.placeholderText() == "No article open"
    quiet = tmp_path / "quiet.txt"
    quiet.write_text("A Quiet Day\n\nNothing was said all day. The tide came in and went out.\n",
                     encoding="utf-8")
    _open(qtbot, window, quiet, "A Quiet Day")
    assert not combo.isEnabled() and combo.placeholderText() == "No quotes to filter"
    _open(qtbot, window, samples / "en-river-school.txt", "A School That Follows")
    assert combo.isEnabled() and combo.currentText().startswith("All speakers")


def test_a_new_summary_keeps_the_chosen_speaker(qtbot, window, samples):
    _open(qtbot, window, samples / "en-river-school.txt", "A School That Follows")
    pane = window.quotes_pane
    pane.speaker.setCurrentIndex(pane.speaker.findData("Daniel Price"))
    entry = window.entries[window.current]
    combo = window.summary_pane.algorithm
    combo.setCurrentIndex(combo.findData("lexrank"))
    qtbot.waitUntil(lambda: entry.rendered.analysis.algorithm == "lexrank", timeout=20000)
    assert pane.speaker.currentData() == "Daniel Price"
    shown = [pane.list.item(i) for i in range(pane.list.count())
             if not pane.list.item(i).isHidden()]
    assert len(shown) == 2


def test_each_language_is_offered_once(window):
    combo = window.summary_pane.language
    labels = [combo.itemText(i) for i in range(1, combo.count())]
    assert len(labels) == len(set(labels)) and "Norwegian Bokmål" in labels


def test_the_counts_stay_in_the_status_bar_in_good_grammar(qtbot, window, tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("One Quote\n\nThe ferry ran late on Monday and on Tuesday. "
                    "\"We are sorry,\" said Ana Perez, who runs it. It ran well on Friday.\n",
                    encoding="utf-8")
    _open(qtbot, window, path, "One Quote")
    assert window.counts.text().endswith("· 1 quote")
    window.notify("Something else happened.")
    assert window.counts.text().endswith("· 1 quote")


def test_dates_written_as_numbers_are_shown_in_words(qtbot, window, tmp_path):
    path = tmp_path / "dated.md"
    path.write_text("---\ntitle: Dated Note\ndate: 2024-05-01\n---\n\n"
                    "The ferry ran late on Monday. It ran on time on Friday.\n",
                    encoding="utf-8")
    _open(qtbot, window, path, "Dated Note")
    facts = window.article_pane.header.plain_text()
    assert "2024-05-01" not in facts and "2024" in facts and "May" in facts
