#!/bin/sh
# Build the bundle the way `make bundle` does, with a decoy NLTK data folder on NLTK's search
# path (as a developer's ~/nltk_data would be), then check what a person would do with it:
# nothing of the decoy inside, `margin --version`, `margin analyze` on a text and a web page,
# and the window (offscreen) opening an article given on the command line.
set -eu
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
BIN="$ROOT/dist/Margin/margin"
work=$(mktemp -d)
gui=""
cleanup() { [ -n "$gui" ] && kill "$gui" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
fail() { echo "bundle check FAILED: $*"; exit 1; }

mkdir -p "$work/nltk_data/corpora"
echo "private notes that must not ship" > "$work/nltk_data/corpora/DECOY-margin.txt"
start=$(date +%s)
NLTK_DATA="$work/nltk_data" make --no-print-directory bundle
took=$(( $(date +%s) - start ))

[ -x "$BIN" ] || fail "no $BIN"
[ -z "$(find dist/Margin -name 'DECOY-margin.txt' -o -type d -name nltk_data)" ] ||
    fail "NLTK data from the build machine was swept into the bundle"

"$BIN" --version | grep -q "^margin " || fail "margin --version"

export MARGIN_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
"$BIN" analyze --json resources/samples/en-river-school.txt > "$work/text.json" ||
    fail "analyze on a text file"
grep -q '"speaker": "Grace Okafor"' "$work/text.json" || fail "no quotes from analyze"
cat > "$work/page.html" <<'HTML'
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
"$BIN" analyze --json "$work/page.html" > "$work/page.json" || fail "analyze on a web page"
grep -q '"title": "Ferry Returns to Port Ellis"' "$work/page.json" || fail "web page title"
grep -q '"speaker": "Mara Lind"' "$work/page.json" || fail "web page quotes"

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

echo "bundle check passed: $(du -sh dist/Margin | cut -f1) in dist/Margin, built in ${took} s"
