"""The analyze command as other tools use it: the JSON contract, errors as one line, exit codes."""

from __future__ import annotations

import json

import pytest

from .pdfgen import write_pdf
from .test_loaders import LINES, PAGE

KEYS = {"file", "title", "author", "date", "language", "algorithm", "text", "summary", "quotes"}


def _records(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines()]


def _valid(record: dict) -> None:
    assert set(record) == KEYS
    text = record["text"]
    assert record["summary"]
    for item in record["summary"]:
        assert text[item["start"] : item["end"]] == item["text"]
    starts = [s["start"] for s in record["summary"]]
    assert starts == sorted(starts)
    for q in record["quotes"]:
        assert set(q) == {"text", "speaker", "start", "end"}
        assert text[q["start"] : q["end"]] == q["text"]


def test_json_one_object_per_file_in_the_order_given(run_cli, samples, fixtures, tmp_path):
    html = tmp_path / "page.html"
    html.write_text(PAGE, encoding="utf-8")
    pdf = write_pdf(tmp_path / "plan.pdf", [LINES], title="Wetlands Plan Approved")
    files = [str(samples / "en-river-school.txt"), str(samples / "de-stadtbibliothek.txt"),
             str(fixtures / "fr-jardins.txt"), str(samples / "ru-ledokol.txt"),
             str(fixtures / "es-bicicletas.txt"), str(html), str(pdf)]
    code, out, err = run_cli("analyze", "--json", *files)
    assert code == 0, err
    records = _records(out)
    assert [r["file"] for r in records] == files
    assert [r["language"] for r in records] == ["en", "de", "fr", "ru", "es", "en", "en"]
    assert records[0]["title"] == "A School That Follows the River"
    assert records[0]["author"] == "Hannah Okafor"
    assert records[3]["title"] == "Ледокол для маленькой гавани"
    assert "Tide Mills Reopen" in records[5]["title"]
    assert records[6]["title"] == "Wetlands Plan Approved"
    for record in records:
        _valid(record)
        assert record["algorithm"] == "margin"
    assert any(q["speaker"] == "Daniel Price" for q in records[0]["quotes"])


def test_sentences_and_algorithm_options(run_cli, samples):
    code, out, _ = run_cli("analyze", "--json", "--sentences", "2", "--algorithm", "luhn",
                           str(samples / "en-river-school.txt"))
    assert code == 0
    (record,) = _records(out)
    assert record["algorithm"] == "luhn" and len(record["summary"]) == 2


def test_bad_files_give_one_line_each_and_the_rest_still_run(run_cli, samples, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    digits = tmp_path / "digits.txt"
    digits.write_text("123 456 789\n\n2024 2025")
    good = str(samples / "en-river-school.txt")
    missing = str(tmp_path / "missing.txt")
    code, out, err = run_cli("analyze", "--json", str(empty), good, str(junk), missing,
                             str(digits))
    assert code == 2
    records = _records(out)
    assert len(records) == 5
    assert set(records[1]) == KEYS
    for record, words in zip([records[i] for i in (0, 2, 3)],
                             ["empty", "binary", "does not exist"], strict=True):
        assert set(record) == {"file", "error"}
        assert words in record["error"] and "\n" not in record["error"]
    # a text of digits opens; its language cannot be told, and the terminal is told so
    assert set(records[4]) == KEYS and records[4]["language"] == "und"
    assert err.splitlines() == [f"margin: note: {digits}: The text has no letters, so its "
                                f"language cannot be told; it is summarised without the rules "
                                f"of a language."]
    assert "Traceback" not in err


def test_plain_report_and_errors_on_stderr(run_cli, samples, tmp_path):
    code, out, err = run_cli("analyze", str(samples / "de-stadtbibliothek.txt"),
                             str(tmp_path / "gone.md"))
    assert code == 2
    assert "Die Bibliothek, die nie schließt" in out
    assert "Summary" in out and "Quotes" in out and "Petra Lange" in out
    assert err.strip().count("\n") == 0 and "gone.md does not exist" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [["--sentences", "0"], ["--ratio", "2"],
                                  ["--algorithm", "magic"]])
def test_impossible_options_are_refused_before_any_work(run_cli, samples, args):
    code, out, err = run_cli("analyze", *args, str(samples / "en-river-school.txt"))
    assert code == 2 and out == ""
    assert "Traceback" not in err


def test_debug_shows_the_traceback(run_cli, tmp_path):
    code, _, err = run_cli("analyze", "--debug", str(tmp_path / "x.txt"))
    assert code == 2 and "Traceback" in err


def test_version(run_cli):
    from reader import __version__

    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"margin {__version__}"
