"""The command line as other tools use it: the JSON contract, errors as one line, exit codes,
the window for anything that is not a subcommand, quiet ends on a closed pipe."""

from __future__ import annotations

import json

import pytest

from reader.cli import Exit

from .helpers import LINES, PAGE, ROOT
from .pdfgen import write_pdf

KEYS = {"file", "title", "author", "date", "language", "algorithm", "text", "summary", "quotes",
        "notes", "sections"}
SECTION_KEYS = {"title", "level", "start", "end", "matter", "summary"}


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
    for note in record["notes"]:  # a note's marker stands inside the text, never in it
        assert 0 <= note["anchor"] <= len(text) and note["text"]
    for q in record["quotes"]:
        assert set(q) == {"text", "speaker", "start", "end"}
        assert text[q["start"] : q["end"]] == q["text"]
    _valid_sections(record)


def _valid_sections(record: dict) -> None:
    """Sections in reading order, their summaries' sentences inside them, in document order."""
    text = record["text"]
    starts = [s["start"] for s in record["sections"]]
    assert starts == sorted(starts)
    for section in record["sections"]:
        assert set(section) == SECTION_KEYS
        assert 0 <= section["start"] < section["end"] <= len(text) and section["level"] >= 1
        assert section["title"] and isinstance(section["matter"], str)
        spans = [(x["start"], x["end"]) for x in section["summary"]]
        assert spans == sorted(spans)
        for item in section["summary"]:
            assert section["start"] <= item["start"] < item["end"] <= section["end"]
            assert text[item["start"] : item["end"]] == item["text"]
        if section["matter"]:
            assert section["summary"] == []


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


@pytest.mark.parametrize(("args", "option"), [
    (["--sentences", "0"], "--sentences"), (["--ratio", "2"], "--ratio"),
    (["--algorithm", "magic"], "--algorithm"), (["--sentences", "2", "--ratio", "0.5"], "--ratio"),
    (["--bogus"], "unrecognized arguments: --bogus")])
def test_impossible_options_are_refused_before_any_work(run_cli, samples, args, option):
    # refused by the command line itself, with its usage, before the file is read: with --json a
    # file that failed would have its line on stdout, and this one does not even exist
    code, out, err = run_cli("analyze", "--json", *args, str(samples / "missing.txt"))
    assert code == 2 and out == ""
    assert err.startswith("usage: margin analyze ")
    assert "margin analyze: error: " in err and option in err
    assert "missing.txt" not in err and "Traceback" not in err


def test_debug_shows_the_traceback(run_cli, tmp_path):
    code, _, err = run_cli("analyze", "--debug", str(tmp_path / "x.txt"))
    assert code == 2 and "Traceback" in err


def test_version(run_cli):
    from reader import __version__

    code, out, _ = run_cli("--version")
    assert code == 0 and out.strip() == f"margin {__version__}"


def test_exit_statuses_as_scripts_rely_on_them():
    assert [(e.name, int(e)) for e in Exit] == [("OK", 0), ("NO_MATCH", 1), ("BAD_INPUT", 2),
                                                ("CLOSED_PIPE", 141)]


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_lists_every_command(run_cli, flag):
    code, out, err = run_cli(flag)
    assert code == 0 and err == ""
    assert out.startswith("usage: margin [FILE...]")
    for command in ("margin analyze", "margin export", "margin library", "margin --version"):
        assert command in out


@pytest.mark.parametrize("option", ["--bogus", "-x", "--json"])
def test_an_unknown_option_is_refused_with_the_usage(run_cli, option):
    code, out, err = run_cli(option, "article.txt")
    assert code == 2 and out == ""
    first, *rest = err.splitlines()
    assert first == f"margin: unknown option {option}"
    assert rest[0].startswith("usage: margin [FILE...]")


@pytest.mark.parametrize(("args", "message"), [
    (["export", "{sample}"], "margin export: error: say where to write: --pdf OUT.pdf"),
    (["export", "{sample}", "--markdown", "x.md", "--bogus"],
     "margin export: error: unrecognized arguments: --bogus"),
    (["library"], "margin library: error: the following arguments are required: command"),
    (["library", "list", "--bogus"], "margin library: error: unrecognized arguments: --bogus"),
    (["library", "remove", "seven"], "margin library remove: error: argument id: invalid int"),
    (["analyze"], "margin analyze: error: the following arguments are required: FILE"),
])
def test_a_command_line_that_does_not_parse_shows_its_subcommands_usage(
        run_cli, samples, tmp_path, args, message):
    code, out, err = run_cli(*[a.format(sample=samples / "en-river-school.txt") for a in args],
                             cwd=tmp_path)
    assert code == 2 and out == ""
    assert err.startswith(f"usage: {message.split(': error')[0]} ")
    assert message in err and "Traceback" not in err
    assert not (tmp_path / "x.md").exists()


@pytest.mark.parametrize("args", [[], ["notes.txt"], ["a.md", "b.html"], ["library.txt"]])
def test_anything_but_a_subcommand_or_an_option_opens_the_window(tmp_path, args):
    import subprocess
    import sys

    code = ("import sys\n"
            "import reader.ui.app\n"
            "reader.ui.app.run = lambda files: print(files) or 7  # the window, stood in for\n"
            "from reader.cli import main\n"
            f"sys.exit(main({args!r}))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=_env(tmp_path / "data"), timeout=120)
    assert (proc.returncode, proc.stdout, proc.stderr) == (7, f"{args!r}\n", "")


def test_the_commands_as_functions_write_to_the_streams_given(samples, tmp_path, monkeypatch):
    import io

    from reader.cli import analyze_command, export_command, library_command

    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    sample = str(samples / "en-river-school.txt")
    out, err = io.StringIO(), io.StringIO()
    assert analyze_command(["--json", "--sentences", "2", sample], out, err) == Exit.OK
    assert len(json.loads(out.getvalue())["summary"]) == 2 and err.getvalue() == ""
    out = io.StringIO()
    md = tmp_path / "summary.md"
    assert export_command([sample, "--markdown", str(md)], out, err) == Exit.OK
    assert out.getvalue() == f"wrote {md}\n" and md.exists()
    out = io.StringIO()
    assert library_command(["search", "zeppelin"], out, err) == Exit.NO_MATCH
    assert out.getvalue() == "" and err.getvalue() == "margin: no matches for 'zeppelin'\n"


def test_the_margin_script_runs_main():
    import importlib
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "scripts"]
    module, _, name = scripts["margin"].partition(":")
    from reader.cli import main

    assert getattr(importlib.import_module(module), name) is main


EXIT_CLOSED_PIPE = 141  # as a shell reports a program ended by SIGPIPE (128 + 13)


def _margin(*args: str) -> list[str]:
    import sys

    return [sys.executable, "-m", "reader", *args]


def _env(data) -> dict[str, str]:
    import os

    return dict(os.environ, PYTHONPATH=str(ROOT), MARGIN_DATA_DIR=str(data))


def _big_library(data) -> None:
    """1,500 articles with long titles: far more list output than a pipe holds."""
    import sqlite3

    from reader.library import Library

    Library(data).close()
    conn = sqlite3.connect(data / "library.sqlite3")
    with conn:
        conn.executemany(
            "INSERT INTO articles (sha256, title, format, stored_name, added_at, opened_at) "
            "VALUES (?, ?, 'txt', ?, ?, 0)",
            [(f"{i:064x}", f"Article {i} " + "about the harbour and the ferry " * 6,
              f"00/{i:064x}.txt", 1_700_000_000 + i) for i in range(1500)])
        conn.executemany("INSERT INTO articles_fts (rowid, title, author, text) "
                         "SELECT id, title, '', 'harbour' FROM articles WHERE id = ?",
                         [(i,) for i in range(1, 1501)])
    conn.close()


def _read_one_line_then_close(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    import subprocess

    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    err = proc.stderr.read()
    proc.stderr.close()
    return proc.wait(timeout=120), first.decode(), err.decode()


def test_output_cut_off_by_head_ends_quietly(samples, tmp_path):
    data = tmp_path / "data"
    _big_library(data)
    code, first, err = _read_one_line_then_close(_margin("library", "list"), _env(data))
    assert (code, err) == (EXIT_CLOSED_PIPE, "") and "Article 1499 about" in first
    code, first, err = _read_one_line_then_close(_margin("library", "search", "harbour"),
                                                 _env(data))
    assert (code, err) == (EXIT_CLOSED_PIPE, "") and "about the harbour" in first
    big = tmp_path / "big.txt"  # one JSON line more than a pipe holds
    big.write_text((samples / "en-river-school.txt").read_text(encoding="utf-8") * 80,
                   encoding="utf-8")
    code, first, err = _read_one_line_then_close(
        _margin("analyze", "--json", str(big), str(big), str(big)), _env(data))
    assert (code, err) == (EXIT_CLOSED_PIPE, "") and json.loads(first)["file"] == str(big)


@pytest.mark.parametrize("command", [
    ["analyze", "{sample}"], ["analyze", "--json", "{sample}"],
    ["export", "{sample}", "--markdown", "{out}"], ["library", "add", "{sample}"],
    ["library", "list"], ["library", "search", "river"], ["library", "path"], ["--help"],
    ["--version"]])
def test_every_command_writing_into_a_closed_pipe_ends_quietly(command, samples, tmp_path):
    import os
    import subprocess

    data = tmp_path / "data"
    sample, out = samples / "en-river-school.txt", tmp_path / "summary.md"
    if command[0] == "library" and command[1] != "add":
        subprocess.run(_margin("library", "add", str(sample)), env=_env(data), check=True,
                       capture_output=True)
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before anything is written
    args = [a.format(sample=sample, out=out) for a in command]
    proc = subprocess.run(_margin(*args), stdout=write_end, stderr=subprocess.PIPE,
                          env=_env(data), timeout=120)
    os.close(write_end)
    assert proc.stderr.decode() == ""
    assert proc.returncode == EXIT_CLOSED_PIPE
    if command[0] == "export":
        assert out.exists()  # the work was done; only the message could not be shown


# --- sections and recaps (issue 20) ----------------------------------------------------------

def _book(tmp_path) -> str:
    """A Markdown report with nested headings and a quote in each part."""
    parts = ["# The Harbour Report"]
    for k, (head, topic) in enumerate([("## Winter", "harbour"), ("### The ice", "glacier"),
                                       ("## Spring", "ferry"), ("## Summer", "orchard")]):
        parts.append(head)
        for day in range(1, 7):
            parts.append(f"The {topic} was watched on day {day} of the season, and the {topic} "
                         f"keeper wrote it down in the {topic} ledger before the night came.")
        parts.append(f"\u201cThe {topic} held through the night,\u201d said Keeper Number {k}.")
    path = tmp_path / "report.md"
    path.write_text("\n\n".join(parts), encoding="utf-8")
    return str(path)


def test_json_sections_in_reading_order_with_their_summaries(run_cli, samples, tmp_path):
    book = _book(tmp_path)
    code, out, err = run_cli("analyze", "--json", book, str(samples / "en-river-school.txt"))
    assert code == 0, err
    with_sections, without = _records(out)
    _valid(with_sections)
    assert [(s["title"], s["level"]) for s in with_sections["sections"]] == [
        ("Winter", 1), ("The ice", 2), ("Spring", 1), ("Summer", 1)]
    assert all(s["summary"] for s in with_sections["sections"])
    winter, ice = with_sections["sections"][:2]
    assert winter["end"] == ice["end"]  # a section spans its subsections
    assert all(x["end"] <= ice["start"] for x in winter["summary"])  # its own text only
    assert without["sections"] == [] and "upto" not in without


@pytest.mark.parametrize("place", ["40%", "0%", "100%", "1234"])
def test_upto_summarises_and_quotes_only_the_text_before_it(run_cli, tmp_path, place):
    book = _book(tmp_path)
    code, out, err = run_cli("analyze", "--json", "--upto", place, book)
    assert code == 0, err
    (record,) = _records(out)
    assert set(record) == KEYS | {"upto"}
    _valid_sections(record)
    text, upto = record["text"], record["upto"]
    expected = int(len(text) * float(place[:-1]) / 100) if place.endswith("%") else \
        min(len(text), int(place))
    assert upto == expected
    for item in record["summary"] + record["quotes"]:
        assert item["end"] <= upto and text[item["start"] : item["end"]] == item["text"]
    for section in record["sections"]:
        assert all(x["end"] <= upto for x in section["summary"])
    if place == "100%":
        code, whole, _ = run_cli("analyze", "--json", book)
        assert {k: v for k, v in record.items() if k != "upto"} == _records(whole)[0]


def test_upto_in_the_report_and_by_section(run_cli, tmp_path):
    book = _book(tmp_path)
    code, out, err = run_cli("analyze", "--upto", "60%", "--by-section", book)
    assert code == 0, err
    assert "Recap up to 60% of the text" in out and "Summary by section" in out
    assert "Winter" in out and "The ice" in out and "Summer" not in out


@pytest.mark.parametrize("place", ["-3", "140%", "half", "40 %%", ""])
def test_an_impossible_reading_position_is_refused(run_cli, samples, place):
    code, out, err = run_cli("analyze", "--json", "--upto", place,
                             str(samples / "en-river-school.txt"))
    assert code == 2 and out == ""
    assert "margin analyze: error: argument --upto" in err and "Traceback" not in err


def test_export_by_section(run_cli, tmp_path):
    book = _book(tmp_path)
    out_md = tmp_path / "by-section.md"
    code, out, err = run_cli("export", book, "--markdown", str(out_md), "--by-section")
    assert code == 0, err
    written = out_md.read_text(encoding="utf-8")
    assert "## Summary by section" in written
    assert written.index("### Winter") < written.index("#### The ice") < \
        written.index("### Spring") < written.index("### Summer")

