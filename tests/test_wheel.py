"""The wheel people install holds everything the package reads at run time.

The wheel is built offline (pip, no index, no build isolation: the setuptools in this
environment) from a copy of the project, so no leftover ``build/`` folder can hide a data file
that ``pyproject.toml`` forgets. Every file of the ``reader`` package in the source tree must be
in it: a data file added later (a lexicon, a word list, a translation) without a package-data
line makes this test fail and name the file. Then the wheel is installed into a folder of its
own and analyses articles from there, finding its data through the package alone.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .helpers import ARTICLES, ROOT

# in the source tree but not meant for the wheel: translation sources (their compiled .qm
# files are what the window loads)
NOT_SHIPPED_SUFFIXES = {".pyc", ".pyo", ".ts"}


def _package_files() -> set[str]:
    """The files of the reader package in the source tree (tracked, or new and not ignored)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", "reader"],
            cwd=ROOT, capture_output=True, text=True, check=True).stdout.splitlines()
        files = [ROOT / name for name in listed]
    except (OSError, subprocess.CalledProcessError):  # not a git checkout
        files = list((ROOT / "reader").rglob("*"))
    return {f.relative_to(ROOT).as_posix() for f in files
            if f.is_file() and "__pycache__" not in f.parts
            and f.suffix not in NOT_SHIPPED_SUFFIXES}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("setuptools", reason="building the wheel offline needs setuptools "
                        "installed in this environment (no build isolation: no downloads)")
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md", "setup.py", "setup.cfg", "MANIFEST.in"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, source / name)
    for pattern in ("LICEN[CS]E*", "COPYING*", "NOTICE*", "AUTHORS*"):
        for path in ROOT.glob(pattern):
            shutil.copy2(path, source / path.name)
    shutil.copytree(ROOT / "reader", source / "reader",
                    ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    out = tmp / "dist"
    env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1", PIP_NO_INPUT="1")
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-index",
         "--no-build-isolation", "--quiet", "--wheel-dir", str(out), str(source)],
        capture_output=True, text=True, env=env, timeout=180)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = list(out.glob("margin_reader-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_the_wheel_holds_every_file_of_the_package(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        shipped = {name for name in archive.namelist() if name.startswith("reader/")}
    expected = _package_files()
    missing = sorted(expected - shipped)
    assert not missing, (
        f"{len(missing)} file(s) of the reader package are not in the wheel; declare them in "
        f"pyproject.toml [tool.setuptools.package-data]: {missing}")


def test_the_wheel_holds_the_lexicons_and_word_lists(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
    for language in ("en", "de", "fr", "es", "it", "pt", "ru", "zh"):
        assert f"reader/core/data/quotes/{language}.toml" in names
        assert f"reader/core/data/summary/{language}.toml" in names
        assert f"reader/core/data/matter/{language}.txt" in names
    assert "reader/core/data/quotes/common.toml" in names
    assert "reader/core/data/summary/common.toml" in names
    assert "reader/core/data/stopwords-ru.txt" in names
    with zipfile.ZipFile(wheel) as archive:
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        assert "margin = reader.cli:main" in archive.read(entry_points).decode()


def test_the_installed_wheel_reads_articles_with_its_own_data(
        wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
         "--disable-pip-version-check", "--target", str(target), str(wheel)],
        capture_output=True, text=True, timeout=120)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    # run from elsewhere, with the installed package first on the path: not the source tree
    env = dict(os.environ, PYTHONPATH=str(target), MARGIN_DATA_DIR=str(tmp_path / "data"))
    where = subprocess.run([sys.executable, "-c", "import reader; print(reader.__file__)"],
                           cwd=tmp_path, capture_output=True, text=True, env=env)
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout + where.stderr
    files = [str(ARTICLES[code]) for code in ("en", "de", "ru", "zh")]
    run = subprocess.run([sys.executable, "-m", "reader", "analyze", "--json", *files],
                         cwd=tmp_path, capture_output=True, text=True, env=env, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    results = [json.loads(line) for line in run.stdout.splitlines()]
    assert [r["language"] for r in results] == ["en", "de", "ru", "zh"]
    for result in results:
        assert result["summary"], result["file"]
        assert any(q["speaker"] for q in result["quotes"]), result["file"]
