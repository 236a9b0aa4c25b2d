"""Install Margin into the current user's desktop menu, or take it out again.

usage: python tools/desktop.py install [--exec PROGRAM]
       python tools/desktop.py uninstall

install puts, under $XDG_DATA_HOME (~/.local/share when unset):
  applications/<app id>.desktop        menu entry and "Open with Margin" for its file types,
                                       Exec pointing at this project's .venv/bin/margin
  icons/hicolor/<n>x<n>/apps/<id>.png  and icons/hicolor/scalable/apps/<id>.svg
  metainfo/<app id>.metainfo.xml       what software centres show
then refreshes the desktop's caches when their tools are installed (update-desktop-database,
gtk-update-icon-cache). Making Margin the default for a type stays the person's choice
(their file manager's "Open with", or: xdg-mime default <app id>.desktop text/html).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from reader.ui.app import APP_ID  # noqa: E402  (imports no Qt)

DESKTOP = ROOT / "packaging" / "linux" / f"{APP_ID}.desktop"
METAINFO = ROOT / "packaging" / "linux" / f"{APP_ID}.metainfo.xml"
ICONS = ROOT / "resources" / "icons"


def data_home() -> Path:
    value = os.environ.get("XDG_DATA_HOME")
    return Path(value) if value else Path.home() / ".local" / "share"


def _quote_exec(program: str) -> str:
    """A program path as the Desktop Entry spec wants it inside Exec=."""
    if not any(c in program for c in ' \t"\'\\`$;&|<>()*?#~=%'):
        return program
    escaped = program.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`") \
        .replace("$", "\\$")
    return f'"{escaped}"'.replace("%", "%%")


def desktop_entry(program: str) -> str:
    lines = []
    for line in DESKTOP.read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={_quote_exec(program)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={program}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def installed_files(home: Path) -> list[Path]:
    files = [home / "applications" / f"{APP_ID}.desktop",
             home / "metainfo" / f"{APP_ID}.metainfo.xml",
             home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"]
    for png in sorted(ICONS.glob(f"hicolor/*/apps/{APP_ID}.png")):
        files.append(home / "icons" / png.relative_to(ICONS))
    return files


def _refresh(home: Path) -> None:
    for tool, args in (("update-desktop-database", [str(home / "applications")]),
                       ("gtk-update-icon-cache", ["-q", "-t", "-f", str(home / "icons" /
                                                                        "hicolor")])):
        if shutil.which(tool):
            subprocess.run([tool, *args], check=False, capture_output=True)


def install(program: str) -> None:
    home = data_home()
    if not Path(program).exists():
        sys.exit(f"{program} does not exist yet: run 'make run' or 'make test' once first")
    apps = home / "applications"
    apps.mkdir(parents=True, exist_ok=True)
    (apps / f"{APP_ID}.desktop").write_text(desktop_entry(program), encoding="utf-8")
    (home / "metainfo").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(METAINFO, home / "metainfo" / f"{APP_ID}.metainfo.xml")
    scalable = home / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(ICONS / f"{APP_ID}.svg", scalable / f"{APP_ID}.svg")
    for png in sorted(ICONS.glob(f"hicolor/*/apps/{APP_ID}.png")):
        target = home / "icons" / png.relative_to(ICONS)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(png, target)
    _refresh(home)
    print(f"Margin is in the applications menu ({apps / (APP_ID + '.desktop')}); "
          f"it starts {program}.")


def uninstall() -> None:
    home = data_home()
    removed = 0
    for path in installed_files(home):
        if path.exists():
            path.unlink()
            removed += 1
    _refresh(home)
    print(f"Removed Margin from the applications menu ({removed} files).")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    add = sub.add_parser("install")
    add.add_argument("--exec", dest="program", default=str(ROOT / ".venv" / "bin" / "margin"),
                     help="the program the menu entry starts (default: the project's .venv)")
    sub.add_parser("uninstall")
    args = parser.parse_args()
    if args.command == "install":
        install(args.program)
    else:
        uninstall()


if __name__ == "__main__":
    main()
