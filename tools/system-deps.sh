#!/bin/sh
# The Debian/Ubuntu libraries Qt needs to run (offscreen too), and fonts for the text
# (DejaVu for Latin, Cyrillic and Greek; WenQuanYi Micro Hei for Chinese and Japanese), and
# the checkers the tests run on the desktop entry and AppStream file, and a virtual X server
# with the libraries of Qt's X11 platform (the keyboard is tested there, as people use it).
# As root: installs what is missing. Otherwise: prints the exact command and carries on.
PKGS="libgl1 libegl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 fonts-dejavu-core fonts-wqy-microhei desktop-file-utils appstream xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0"

command -v dpkg-query >/dev/null 2>&1 || exit 0   # not Debian/Ubuntu: nothing to check here

installed() {
    dpkg-query -W -f='${Status}\n' "$1" 2>/dev/null | grep -q "ok installed" ||
        dpkg-query -W -f='${Status}\n' "${1}t64" 2>/dev/null | grep -q "ok installed"
}

missing=""
for p in $PKGS; do
    installed "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing the system packages Margin needs:$missing"
    export DEBIAN_FRONTEND=noninteractive
    log=$(mktemp)
    if ! { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing; } >"$log" 2>&1; then
        tail -5 "$log"; rm -f "$log"
        echo "Could not install:$missing (try: sudo apt-get install -y$missing)"
        exit 1
    fi
    rm -f "$log"
else
    echo "Margin needs these system packages, which are not installed:$missing"
    echo "Install them with:  sudo apt-get install -y$missing"
fi
exit 0
