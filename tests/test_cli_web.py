"""http(s) addresses on the command line wherever a FILE is taken: ``analyze`` (the JSON line's
"file" is the address as given, "source" the address it finally came from), ``export``,
``library add`` and ``notes add``; other schemes refused in one line; a local path that looks
like an address is still a path. Against a server on 127.0.0.1, never the network."""

from __future__ import annotations

import io
import json

import pytest

from reader.cli import Exit, analyze_command, export_command, library_command, notes_command

from .webserver import ARTICLE_TITLE, PDF_LINES, WebServer

KEYS = {"file", "title", "author", "date", "language", "algorithm", "text", "summary", "quotes",
        "notes", "sections"}


@pytest.fixture
def web():
    server = WebServer()
    yield server
    server.close()


def _run(command, argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    return command(argv, out, err), out.getvalue(), err.getvalue()


def test_analyze_json_takes_addresses_beside_files_and_refuses_other_schemes(
        web, run_cli, samples, tmp_path):
    odd = tmp_path / "ftp:notes.txt"  # a file whose name looks like an address: still a file
    odd.write_text((samples / "en-river-school.txt").read_text(encoding="utf-8"),
                   encoding="utf-8")
    args = [web.url("/redirect/ok"), str(odd), web.url("/missing"), "file:///etc/hostname",
            "ftp://files.example/a.txt", web.url("/article.pdf")]
    code, stdout, stderr = run_cli("analyze", "--json", *args)
    assert code == Exit.BAD_INPUT, stderr
    lines = [json.loads(line) for line in stdout.splitlines()]
    assert [line["file"] for line in lines] == args
    page, local, missing, local_scheme, ftp, pdf = lines
    assert set(page) == KEYS | {"source"} and page["source"] == web.url("/article")
    assert page["title"] == ARTICLE_TITLE and page["summary"]
    assert all(page["text"][s["start"]:s["end"]] == s["text"] for s in page["summary"])
    assert set(local) == KEYS  # a file's line is as it always was
    assert missing == {"file": args[2], "error": "127.0.0.1 answered 404 (not found)"}
    assert local_scheme == {"file": args[3], "error": "file:///etc/hostname was refused: only "
                            "http and https addresses can be fetched, not file: ones"}
    assert ftp["error"].endswith("only http and https addresses can be fetched, not ftp: ones")
    assert pdf["source"] == web.url("/article.pdf") and PDF_LINES[0][:30] in pdf["text"]
    assert "Traceback" not in stderr


def test_analyze_report_of_an_address(web):
    code, out, err = _run(analyze_command, [web.url("/article")])
    assert code == Exit.OK and out.startswith(ARTICLE_TITLE + "\n") and err == ""


def test_export_an_address_to_pdf_and_markdown(web, run_cli, tmp_path):
    pdf = tmp_path / "seeds.pdf"
    code, stdout, stderr = run_cli("export", web.url("/redirect/ok"), "--pdf", str(pdf))
    assert code == Exit.OK, stderr
    assert stdout == f"wrote {pdf}\n" and pdf.read_bytes().startswith(b"%PDF")
    md = tmp_path / "seeds.md"
    code, out, err = _run(export_command, [web.url("/redirect/ok"), "--markdown", str(md)])
    assert code == Exit.OK, err
    document = md.read_text(encoding="utf-8")
    assert document.startswith(f"# {ARTICLE_TITLE}") and web.url("/article") in document
    code, out, err = _run(export_command, [web.url("/gone"), "--markdown", str(md)])
    assert (code, out, err) == (Exit.BAD_INPUT, "", "margin: 127.0.0.1 answered 410 (gone)\n")


def test_library_add_keeps_pages_and_asks_only_once(web, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    code, out, err = _run(library_command, ["add", "--json", web.url("/redirect/ok")])
    assert (code, json.loads(out), err) == (Exit.OK, {"added": 1, "already": 0, "failed": []}, "")
    asked = len(web.requests)
    code, out, err = _run(library_command, ["add", "--json", web.url("/redirect/ok"),
                                            web.url("/article")])
    assert json.loads(out) == {"added": 0, "already": 2, "failed": []}
    assert len(web.requests) == asked  # kept: nothing fetched again
    code, out, err = _run(library_command, ["add", "--json", web.url("/broken"),
                                            "data:text/plain,hello"])
    assert code == Exit.BAD_INPUT
    assert json.loads(out)["failed"] == [
        {"file": web.url("/broken"), "error": "127.0.0.1 answered 500 (server error)"},
        {"file": "data:text/plain,hello", "error": "data:text/plain,hello was refused: only "
                                                   "http and https addresses can be fetched, "
                                                   "not data: ones"}]
    code, out, err = _run(library_command, ["list", "--json"])
    [entry] = [json.loads(line) for line in out.splitlines()]
    assert entry["origin"] == "web" and entry["source_path"] == web.url("/article")
    assert entry["title"] == ARTICLE_TITLE


def test_notes_add_on_an_address_keeps_the_page_with_the_highlight(web, tmp_path, monkeypatch):
    monkeypatch.setenv("MARGIN_DATA_DIR", str(tmp_path / "data"))
    code, out, err = _run(notes_command, ["add", web.url("/article"), "--quote",
                                          "every drawer of beans", "--json"])
    assert code == Exit.OK, err
    highlight = json.loads(out)
    assert highlight["source"] == web.url("/article") and highlight["file"] == web.url("/article")
    asked = len(web.requests)
    code, out, err = _run(notes_command, ["list", web.url("/article"), "--json"])
    assert code == Exit.OK and json.loads(out)["quote"] == "every drawer of beans"
    assert len(web.requests) == asked  # read from the kept copy
