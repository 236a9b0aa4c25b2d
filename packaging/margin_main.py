"""The bundle's entry point: the same command line as ``margin`` / ``python -m reader``.

Two switches, for the bundle check only (packaging/check-bundle.sh); without them nothing
changes:

- ``MARGIN_STARTUP_T0`` set to the launch time (seconds since the epoch, as ``date +%s.%N``
  prints it just before the launch): once the window has painted itself for the first time,
  ``margin: window shown after X.XXX s`` goes to standard error; with ``MARGIN_STARTUP_QUIT``
  set too the window then closes at once.
- ``MARGIN_BUNDLE_PROBE`` set: instead of Margin, print one JSON object with what Qt does
  through the parts of the bundle that were slimmed (ICU's data: collation, converters, case
  mapping, time zone names; the SVG plugins; Qt's translations), so the check can compare the
  bundle with the Python environment it was built from.
"""

import os
import sys


def _report_the_window() -> None:
    import time

    launched = float(os.environ["MARGIN_STARTUP_T0"])
    quit_after = bool(os.environ.get("MARGIN_STARTUP_QUIT"))
    from reader.ui import app as ui_app

    build = ui_app.build

    def build_and_time(files):  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject, QTimer

        application, window = build(files)

        def shown() -> None:
            sys.stderr.write(f"margin: window shown after {time.time() - launched:.3f} s\n")
            sys.stderr.flush()
            if quit_after:
                window.close()
                application.quit()

        class FirstPaint(QObject):
            def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
                if event.type() == QEvent.Type.Paint and watched is window:
                    window.removeEventFilter(self)
                    QTimer.singleShot(0, shown)  # once this paint is done and on the screen
                return False

        painted = FirstPaint(window)
        window.installEventFilter(painted)
        return application, window

    ui_app.build = build_and_time


def _probe() -> int:
    import json

    from PySide6.QtCore import (
        QByteArray,
        QCollator,
        QDate,
        QLibraryInfo,
        QLocale,
        QStringConverter,
        QStringDecoder,
        QTimeZone,
        QTranslator,
    )
    from PySide6.QtGui import QIcon, QImageReader
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    words = ["zebra", "Äpfel", "apple", "Ölfass", "ober", "file10", "file2", "Zürich"]
    sorted_by = {}
    for name in ("de_DE", "sv_SE", "en_US", "zh_CN"):
        collator = QCollator(QLocale(name))
        sorted_by[name] = sorted(words + ["张", "李", "王"], key=collator.sortKey)
    numeric = QCollator(QLocale("en_US"))
    numeric.setNumericMode(True)
    converters = {}  # (PySide6 cannot run a decoder; opening one loads its ICU table)
    for codec in ("windows-1252", "KOI8-R", "Shift_JIS", "GB18030", "Big5", "ISO-8859-7",
                  "EUC-KR", "windows-1251"):
        decoder = QStringDecoder(codec)
        converters[codec] = decoder.name() if decoder.isValid() else None
    berlin = QTimeZone(QByteArray(b"Europe/Berlin"))
    icon = QIcon(os.path.join(getattr(sys, "_MEIPASS", os.path.dirname(os.path.dirname(
        os.path.abspath(__file__)))), "resources", "icons", "io.github.margin_reader.Margin.svg"))
    translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_languages = [code for code in ("de", "fr", "es", "ru", "it", "pt_BR", "zh_CN")
                    if QTranslator().load(f"qtbase_{code}", translations)]
    result = {
        "sorted": sorted_by,
        "numeric": sorted(["file10", "file2", "file1"], key=numeric.sortKey),
        "upper": [QLocale("tr_TR").toUpper("istanbul"), QLocale("de_DE").toUpper("straße"),
                  QLocale("el_GR").toUpper("άλφα")],
        "lower": [QLocale("tr_TR").toLower("ISTANBUL"), QLocale("en_US").toLower("ΣΟΦΙΑ")],
        "converters": converters,
        "codecs": len(QStringConverter.availableCodecs()),
        "time_zone": [berlin.displayName(QTimeZone.TimeType.StandardTime,
                                         QTimeZone.NameType.LongName, QLocale(name))
                      for name in ("de_DE", "en_US", "fr_FR", "ru_RU", "zh_CN")],
        "date": [QLocale(name).toString(QDate(2024, 3, 4), QLocale.FormatType.LongFormat)
                 for name in ("de_DE", "ru_RU", "zh_CN")],
        "svg_icon": not icon.isNull() and not icon.pixmap(48, 48).isNull(),
        "svg_reader": b"svg" in [bytes(f.data()) for f in QImageReader.supportedImageFormats()],
        "qt_translations": qt_languages,
    }
    sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    del app
    return 0


if __name__ == "__main__":
    if os.environ.get("MARGIN_BUNDLE_PROBE"):
        sys.exit(_probe())
    if os.environ.get("MARGIN_STARTUP_T0"):
        _report_the_window()
    from reader.cli import main

    sys.exit(main())
