#!/bin/sh
# Build the bundle the way `make bundle` does, with a decoy NLTK data folder on NLTK's search
# path (as a developer's ~/nltk_data would be), then use it the way a person would and compare
# it with the Python environment it was built from (.venv): everything the bundle leaves out
# (packaging/margin.spec) must change nothing a person sees.
#  - nothing of the decoy inside; `margin --version`
#  - Qt through the slimmed parts (ICU data, SVG plugins, Qt translations): the same answers
#  - `margin analyze --json` on articles in seven languages and every format (text, Markdown,
#    web pages, EPUB, Word, PDF), and with every summarizer: the same JSON as the project's own
#    (LexRank, LSA and TextRank: the same but for near ties, see `near`)
#  - a fetch from a local web server (when `margin analyze` takes addresses)
#  - a PDF export read back; a highlight with `margin notes add`; `margin library list`
#  - the window (offscreen): shown within the start-time limit (best of three launches), under
#    X11 too when xvfb-run is here, opening an article into the library, and taking a second
#    launch's file
#  - last, the size of the folder.
#
#   sh packaging/check-bundle.sh             build, then check
#   sh packaging/check-bundle.sh --no-build  check the bundle already in dist/Margin
# MARGIN_BUNDLE_MAX_MB (150) and MARGIN_START_MAX_S (1.0) set the limits; MARGIN_CHECK_KEEP=1
# keeps the folder with the files and outputs of the check.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BIN="$ROOT/dist/Margin/margin"
PY="$ROOT/.venv/bin/python"  # the reference the bundle is compared with; the bundle never uses it
MAX_MB=${MARGIN_BUNDLE_MAX_MB:-150}
MAX_START=${MARGIN_START_MAX_S:-1.0}
work=$(mktemp -d)
gui="" server=""
cleanup() {
    [ -n "$gui" ] && kill "$gui" 2>/dev/null
    [ -n "$server" ] && kill "$server" 2>/dev/null
    [ -n "${MARGIN_CHECK_KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 1' INT TERM
fail() { echo "bundle check FAILED: $*"; exit 1; }
step() { echo "bundle check: $*"; }
now() { date +%s.%N; }
since() { "$PY" -c 'import sys, time; print(f"{time.time() - float(sys.argv[1]):.1f}")' "$1"; }
# json FILE EXPR: EXPR evaluated on the JSON object on FILE's first line (as `d`); exit 1 if false
json() { "$PY" -c 'import json, sys
d = json.loads(open(sys.argv[1], encoding="utf-8").readline())
sys.exit(0 if eval("(" + sys.argv[2] + ")") else 1)' "$1" "$2"; }
# ref ARGS...: the project's own `margin` (from .venv), with a data folder of its own
ref() { MARGIN_DATA_DIR="$work/data-venv" "$PY" -m reader "$@"; }
# same WHAT BUNDLE_OUTPUT VENV_OUTPUT: the two outputs must be identical
same() {
    cmp -s "$2" "$3" && return 0
    diff "$2" "$3" | head -c 2000
    fail "$1: the bundle and the project's own margin disagree"
}

# near WHAT BUNDLE_OUTPUT VENV_OUTPUT: as `same`, but the summary sentences may differ where
# two sentences score alike to the last bits. LexRank, LSA and TextRank rank by floating point
# that differs from machine to machine: PyPI's NumPy picks other LSA sentences for
# en-lighthouse-letters.md when told not to use AVX2 (NPY_DISABLE_CPU_FEATURES), and the
# bundle's NumPy has its own LAPACK. Text, quotes and sections must agree, the summaries be as
# long, and most of their sentences the same.
near() {
    cmp -s "$2" "$3" && return 0
    "$PY" - "$2" "$3" <<'PYTHON' || fail "$1: the bundle and the project's own margin disagree"
import json, sys


def rows(path):
    return [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]


def picks(row):
    return [[s["text"] for s in row.get("summary", [])]] + [
        [s["text"] for s in section.get("summary", [])] for section in row.get("sections", [])]


def rest(row):
    row = dict(row, summary=None)
    row["sections"] = [dict(s, summary=None) for s in row.get("sections", [])]
    return row


a, b = rows(sys.argv[1]), rows(sys.argv[2])
if len(a) != len(b):
    sys.exit("not as many articles")
for x, y in zip(a, b):
    if rest(x) != rest(y):
        sys.exit(f"{x.get('file')}: more than the summary differs")
    for px, py in zip(picks(x), picks(y)):
        if len(px) != len(py) or 2 * len(set(px) & set(py)) < len(px):
            sys.exit(f"{x.get('file')}: the summaries differ beyond near ties")
PYTHON
}

checked=$(now)
if [ "${1:-}" != "--no-build" ]; then
    mkdir -p "$work/nltk_data/corpora"
    echo "private notes that must not ship" > "$work/nltk_data/corpora/DECOY-margin.txt"
    start=$(now)
    NLTK_DATA="$work/nltk_data" make --no-print-directory bundle
    step "built in $(since "$start") s"
fi

[ -x "$BIN" ] || fail "no $BIN"
[ -z "$(find dist/Margin -name 'DECOY-margin.txt' -o -type d -name nltk_data)" ] ||
    fail "NLTK data from the build machine was swept into the bundle"

"$BIN" --version | grep -q "^margin " || fail "margin --version"

export MARGIN_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
unset MARGIN_STARTUP_T0 MARGIN_STARTUP_QUIT MARGIN_BUNDLE_PROBE

# Qt through what was slimmed: collation, converters, case mapping and time zone names (ICU's
# data), the SVG icon, Qt's translations
MARGIN_BUNDLE_PROBE=1 "$BIN" > "$work/probe.json" 2> "$work/probe.log" ||
    { cat "$work/probe.log"; fail "the Qt probe"; }
MARGIN_BUNDLE_PROBE=1 "$PY" packaging/margin_main.py > "$work/probe-venv.json" 2>/dev/null ||
    fail "the Qt probe in .venv"
same "Qt (ICU data, SVG, translations)" "$work/probe.json" "$work/probe-venv.json"
json "$work/probe.json" 'd["svg_icon"] and len(d["qt_translations"]) == 7' ||
    fail "the SVG icon or Qt's translations: $(cat "$work/probe.json")"

# articles: every format, seven languages, web pages whose date takes dateparser (Russian)
mkdir -p "$work/site"
cat > "$work/site/page.html" <<'HTML'
<!doctype html><html lang="en"><head><title>Ferry Returns to Port Ellis</title>
<meta name="author" content="Dana Whitcombe"></head><body><nav>Home | News | Contact</nav>
<article><h1>Ferry Returns to Port Ellis</h1>
<p>The winter ferry to Port Ellis is running again after three weeks in the repair yard, the
harbour office said on Monday. Crews replaced a cracked propeller shaft and two pumps.</p>
<p>"We missed the crossing more than we expected," said Mara Lind, who runs the bakery on the
quay. "The island is quiet without it."</p>
<p>The harbour master, Tom Reyes, said the ferry would keep its old timetable until spring,
when a second boat is due to join it on the busiest sailings of the day.</p>
</article><footer>Copyright Port Ellis Gazette</footer></body></html>
HTML
cat > "$work/site/stranitsa.html" <<'HTML'
<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Паром вернулся в порт</title>
</head><body><nav><a href="/">Главная</a> | <a href="/news">Новости</a></nav>
<article><h1>Паром вернулся в порт</h1><p class="date">4 марта 2024 г.</p>
<p>Зимний паром снова ходит на остров после трёх недель ремонта, сообщили в управлении порта в
понедельник. Рабочие заменили гребной вал и два насоса.</p>
<p>«Мы скучали по переправе больше, чем ожидали», — сказала Мария Линд, владелица пекарни на
набережной.</p>
<p>Капитан порта Томас Рейес сказал, что паром будет ходить по старому расписанию до весны.</p>
</article><footer>© Портовая газета</footer></body></html>
HTML
"$BIN" export resources/samples/en-river-school.txt --pdf "$work/summary.pdf" > /dev/null ||
    fail "export to PDF"
# more files, written with the Python environment: legacy encodings (the bundle has no
# chardet), EPUB, Word, and the exported PDF encrypted with AES (the bundle has no
# cryptography: PDFium decrypts)
"$PY" - "$work" <<'PYTHON' || fail "writing the test files"
import sys, zipfile
out = sys.argv[1]
with open("resources/samples/ru-ledokol.txt", encoding="utf-8") as f:
    open(f"{out}/ru-cp1251.txt", "wb").write(f.read().encode("cp1251"))
with open("tests/fixtures/fr-jardins.txt", encoding="utf-8") as f:
    open(f"{out}/fr-cp1252.txt", "wb").write(f.read().encode("cp1252"))
with zipfile.ZipFile(f"{out}/book.epub", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
               'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
               'full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
               '</rootfiles></container>')
    z.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/'
               '2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.'
               'org/dc/elements/1.1/"><dc:identifier id="id">margin-check</dc:identifier>'
               '<dc:title>The Lighthouse Keeper</dc:title><dc:creator>Ann Moss</dc:creator>'
               '<dc:language>en</dc:language></metadata><manifest><item id="c1" href="c1.xhtml" '
               'media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/>'
               '</spine></package>')
    z.writestr("OEBPS/c1.xhtml", '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://'
               'www.w3.org/1999/xhtml"><head><title>One</title></head><body><h1>Chapter One</h1>'
               '<p>The keeper climbed the stairs every evening at six. The lamp had to be lit '
               'before the boats came in.</p><p>"Nobody remembers the dark nights," said Ruth '
               'Calder, who kept the log for thirty years. "We remember the boats."</p><p>In the '
               'spring the company sent a new lens from Glasgow, and the light reached twice as '
               'far across the sound.</p></body></html>')
try:
    import pypdf  # from the test extras, as is python-docx
    reader = pypdf.PdfReader(f"{out}/summary.pdf")
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.encrypt(user_password="", owner_password="margin", algorithm="AES-256")
    writer.write(f"{out}/summary-aes.pdf")
except ImportError:
    pass
try:
    import docx
except ImportError:
    sys.exit(0)
d = docx.Document()
d.core_properties.title = "Harbour Works"
d.add_heading("Harbour Works Begin", 1)
d.add_paragraph("Work on the new harbour wall began on Tuesday after two years of planning, "
                "the council said.")
d.add_paragraph('"It will keep the winter storms out of the boatyard," said Ewan Fraser, who '
                "chairs the harbour board.")
d.add_paragraph("The wall is due to be finished before next winter, at a cost of four million "
                "pounds.")
d.save(f"{out}/works.docx")
PYTHON
set -- resources/samples/en-river-school.txt resources/samples/de-stadtbibliothek.txt \
    resources/samples/ru-ledokol.txt resources/samples/en-lighthouse-letters.md \
    tests/fixtures/es-bicicletas.txt tests/fixtures/fr-jardins.txt tests/fixtures/zh-tushuguan.txt \
    "$work/site/page.html" "$work/site/stranitsa.html" "$work/book.epub" "$work/summary.pdf" \
    "$work/ru-cp1251.txt" "$work/fr-cp1252.txt"
for optional in works.docx summary-aes.pdf; do
    if [ -f "$work/$optional" ]; then set -- "$@" "$work/$optional"; fi
done
"$BIN" analyze --json "$@" > "$work/articles.json" ||
    fail "analyze: $(grep '"error"' "$work/articles.json")"
ref analyze --json "$@" > "$work/articles-venv.json" 2>/dev/null || true
same "analyze on $# articles" "$work/articles.json" "$work/articles-venv.json"
grep -q '"speaker": "Grace Okafor"' "$work/articles.json" || fail "no quotes from analyze"
grep -q '"title": "Ferry Returns to Port Ellis"' "$work/articles.json" || fail "web page title"
grep -q '"speaker": "Mara Lind"' "$work/articles.json" || fail "web page quotes"
grep -q '"date": "2024-03-04", "language": "ru"' "$work/articles.json" ||
    fail "the Russian web page's date (dateparser)"
sed -n 2p "$work/articles.json" > "$work/de.json"
json "$work/de.json" 'd["language"] == "de" and any(q["speaker"] for q in d["quotes"])' ||
    fail "no German speakers from analyze"
# the exported PDF, read back by the bundle (PDFium), holds the summary
"$PY" - "$work/articles.json" <<'PYTHON' || fail "the exported PDF lacks the summary"
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1], encoding="utf-8")]
summary = rows[0]["summary"]
pdf = " ".join(next(r for r in rows if r["file"].endswith(".pdf"))["text"].split())
missing = [s["text"] for s in summary if " ".join(s["text"].split()) not in pdf]
sys.exit(f"not in the PDF: {missing}" if missing or not summary else 0)
PYTHON
step "analyze: $# articles read as the project reads them"

# every summarizer (sumy's are imported by name, and LSA needs NumPy's linear algebra, which
# the bundle's NumPy has without OpenBLAS)
for algorithm in lexrank lsa luhn textrank kl sumbasic reduction edmundson; do
    "$BIN" analyze --json --algorithm "$algorithm" resources/samples/de-stadtbibliothek.txt \
        "$work/book.epub" > "$work/algorithm.json" || fail "analyze --algorithm $algorithm"
    ref analyze --json --algorithm "$algorithm" resources/samples/de-stadtbibliothek.txt \
        "$work/book.epub" > "$work/algorithm-venv.json"
    case $algorithm in
        lexrank|lsa|textrank)
            near "analyze --algorithm $algorithm" "$work/algorithm.json" "$work/algorithm-venv.json";;
        *) same "analyze --algorithm $algorithm" "$work/algorithm.json" "$work/algorithm-venv.json";;
    esac
done
step "analyze: every summarizer"

# a fetch: the pages from a web server on this machine, once `margin analyze` takes addresses
# (the project's own `margin` is asked first: where it cannot fetch yet, neither can the
# bundle, and the fetch is skipped)
"$PY" -u -m http.server 0 --bind 127.0.0.1 --directory "$work/site" > "$work/server.log" 2>&1 &
server=$!
i=0
until port=$(sed -n 's/.* port \([0-9][0-9]*\).*/\1/p' "$work/server.log") && [ -n "$port" ]; do
    i=$((i + 1)); [ "$i" -lt 100 ] || fail "the local web server did not start"
    sleep 0.1
done
url="http://127.0.0.1:$port"
if ref analyze --json "$url/page.html" "$url/stranitsa.html" > "$work/fetch-venv.json" \
        2>/dev/null; then
    "$BIN" analyze --json "$url/page.html" "$url/stranitsa.html" > "$work/fetch.json" ||
        fail "analyze $url/page.html"
    same "fetch from $url" "$work/fetch.json" "$work/fetch-venv.json"
    json "$work/fetch.json" 'd["title"] == "Ferry Returns to Port Ellis"
        and any(q["speaker"] == "Mara Lind" for q in d["quotes"])' || fail "the fetched page"
    step "fetch from $url: read"
else
    step "fetch: skipped (margin analyze does not take addresses yet)"
fi
kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; server=""

# a highlight from the command line (the article joins the library)
"$BIN" notes add resources/samples/en-river-school.txt --quote "converted barge" \
    --note "bundle check" --json > "$work/note.json" || fail "margin notes add"
json "$work/note.json" 'd["quote"] == "converted barge" and d["note"] == "bundle check"' ||
    fail "margin notes add printed $(cat "$work/note.json")"
"$BIN" notes list --json | grep -q '"converted barge"' || fail "margin notes list"

# start time: from launch to the window's first paint (MARGIN_STARTUP_T0, margin_main.py),
# offscreen; the best of three launches, the first of which may read the files from disk
times=""
for _ in 1 2 3; do
    MARGIN_STARTUP_T0=$(now) MARGIN_STARTUP_QUIT=1 "$BIN" > "$work/start.log" 2>&1 ||
        { cat "$work/start.log"; fail "the window did not start"; }
    t=$(sed -n 's/^margin: window shown after \([0-9.]*\) s$/\1/p' "$work/start.log")
    [ -n "$t" ] || { cat "$work/start.log"; fail "the window did not report being shown"; }
    times="$times $t"
done
best=$(echo "$times" | tr ' ' '\n' | sed '/^$/d' | sort -n | head -n 1)
step "start time to the window:$times s (best $best s, limit $MAX_START s)"
"$PY" -c 'import sys; sys.exit(float(sys.argv[1]) > float(sys.argv[2]))' "$best" "$MAX_START" ||
    fail "the window took $best s to appear (limit $MAX_START s)"
# the same under X11 (a virtual X server), where the XCB plugin and the host's X libraries
# take the place of the offscreen platform
if command -v xvfb-run > /dev/null 2>&1; then
    QT_QPA_PLATFORM=xcb xvfb-run -a sh -c \
        'MARGIN_STARTUP_T0=$(date +%s.%N) MARGIN_STARTUP_QUIT=1 "$1"' sh "$BIN" \
        > "$work/x11.log" 2>&1 || { cat "$work/x11.log"; fail "the window under X11"; }
    t=$(sed -n 's/^margin: window shown after \([0-9.]*\) s$/\1/p' "$work/x11.log")
    [ -n "$t" ] || { cat "$work/x11.log"; fail "the window under X11 did not report"; }
    step "start time to the window under X11 (Xvfb): $t s"
fi

# the window: opened with an article, it puts it in the library
"$BIN" resources/samples/de-stadtbibliothek.txt > "$work/gui.log" 2>&1 &
gui=$!
i=0
until "$BIN" library list 2>/dev/null | grep -q "Die Bibliothek, die nie schließt"; do
    kill -0 "$gui" 2>/dev/null || { cat "$work/gui.log"; fail "the window closed"; }
    i=$((i + 1)); [ "$i" -lt 120 ] || fail "the window did not open the article in 60 s"
    sleep 0.5
done
kill -0 "$gui" 2>/dev/null || fail "the window closed after opening the article"
# a second launch hands its file to that window and exits (the one-window socket)
timeout 60 "$BIN" resources/samples/ru-ledokol.txt > "$work/second.log" 2>&1 ||
    { cat "$work/second.log"; fail "a second launch did not hand its file to the window"; }
i=0
until "$BIN" library list 2>/dev/null | grep -q "Ледокол для маленькой гавани"; do
    i=$((i + 1)); [ "$i" -lt 120 ] || fail "the window did not open the handed-over file in 60 s"
    sleep 0.5
done
step "the window: opens an article; a second launch hands its file over"
kill "$gui"; wait "$gui" 2>/dev/null || true; gui=""
"$BIN" library list --json > "$work/library.json" || fail "margin library list"
[ "$(grep -c '"title"' "$work/library.json")" -eq 3 ] ||
    fail "the library should hold the three articles: $(cat "$work/library.json")"
grep -q '"A School That Follows the River"' "$work/library.json" ||
    fail "the highlighted article is not in the library"

size=$(du -sm dist/Margin | cut -f1)
step "dist/Margin is $size MB (limit $MAX_MB MB)"
if [ "$size" -gt "$MAX_MB" ] && [ -f build/bundle-venv/.numpy-from-pypi ]; then
    fail "dist/Margin is $size MB, more than $MAX_MB MB: NumPy could not be built here without" \
        "OpenBLAS (see bundle-env above; on Debian/Ubuntu: apt-get install build-essential" \
        "python3-dev)"
fi
[ "$size" -le "$MAX_MB" ] || fail "dist/Margin is $size MB, more than $MAX_MB MB"
echo "bundle check passed: $size MB in dist/Margin, window in $best s," \
    "checked in $(since "$checked") s"
