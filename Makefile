# The two commands a person needs: `make run` and `make test`. Both set everything up first.
PYTHON ?= python3
VENV   := .venv
VPY    := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SAMPLE := resources/samples/en-river-school.txt
# the interface's translations: sources (.ts, edited) and what Qt loads (.qm, built here)
TS     := $(wildcard reader/i18n/margin_*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-core screenshots bench sysdeps install-desktop uninstall-desktop icons bundle bundle-check clean translations update-translations

run: sysdeps $(STAMP) $(QM)
	$(VPY) -m reader $(SAMPLE)

test: sysdeps $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(VPY) -m pytest

test-core: $(STAMP)
	$(VPY) -m pytest -m "not gui"

screenshots: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(VPY) tools/screenshots.py docs
	QT_QPA_PLATFORM=offscreen $(VPY) tools/screenshots.py --language de docs resources/samples/de-stadtbibliothek.txt
	QT_QPA_PLATFORM=offscreen $(VPY) tools/screenshots.py --language zh_CN docs tests/fixtures/zh-tushuguan.txt
	QT_QPA_PLATFORM=offscreen $(VPY) tools/screenshots.py --language en docs resources/samples/en-river-school.txt 20

translations: $(QM)

reader/i18n/%.qm: reader/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

# after changing a window text: collect the texts into every .ts (then translate what is new)
update-translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent -no-obsolete -locations none reader/ui/*.py reader/export/*.py -ts $(TS)

bench: $(STAMP)
	$(VPY) bench/analyze_time.py
	QT_QPA_PLATFORM=offscreen $(VPY) bench/gui.py

# the applications menu, icons and "Open with Margin" for the current user
install-desktop: $(STAMP)
	$(VPY) tools/desktop.py install

uninstall-desktop:
	$(PYTHON) tools/desktop.py uninstall

# PNG, ICO and ICNS icons from resources/icons/<id>.svg
icons: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VPY) tools/icons.py

# a folder with Margin and everything it needs: dist/Margin/margin (PyInstaller onedir), built
# from an environment of its own whose NumPy has no OpenBLAS (packaging/bundle-env.sh)
BUNDLE_VENV := build/bundle-venv
bundle: $(STAMP) $(QM)
	BASE_PYTHON=$(VPY) sh packaging/bundle-env.sh $(BUNDLE_VENV)
	$(BUNDLE_VENV)/bin/python -m PyInstaller packaging/margin.spec --distpath dist \
		--workpath build/pyinstaller --noconfirm --log-level WARN

# build the bundle with a decoy ~/nltk_data around, then run it and compare it with .venv:
# analyze, export, notes, library, the window; limits on its size and start time
bundle-check: $(STAMP)
	sh packaging/check-bundle.sh

sysdeps:
	@sh tools/system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Margin needs Python 3.11 or newer; $(PYTHON) is " + sys.version.split()[0] + " (run: make PYTHON=python3.12 ...)")'
	@test -x $(VPY) || $(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu install python3-venv"; exit 1; }
	$(VPY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .hypothesis
