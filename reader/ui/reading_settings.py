"""View › Reading Settings: the text's typeface, size, line length, line spacing, justified
lines, and summary and quotes underlined as well as coloured. Every change shows at once and is
remembered; Restore Defaults brings back Margin's own."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .document import LINE_HEIGHT_PERCENT
from .i18n import tr

LINE_WIDTHS = (0, 50, 60, 70, 80, 90, 100, 120)  # characters; 0: Margin's (about 70)


@dataclass(frozen=True)
class Reading:
    """The reader's settings: "" and 0 are Margin's defaults."""

    family: str = ""  # "serif", "sans", "" (the system's) or an installed family
    size: float = 0.0  # points
    line_width: int = 0  # characters
    line_spacing: int = 0  # per cent of the font's line height
    justify: bool = False
    underline_marks: bool = False


class ReadingSettingsDialog(QDialog):
    """Changes apply as they are made (``apply``), so the reader sees the text change."""

    def __init__(self, parent: QWidget, current: Reading, default_size: float,
                 apply: Callable[[Reading], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Reading Settings"))
        self._apply = apply
        self._default_size = default_size
        self.family = QComboBox()
        self.family.setObjectName("readingFont")
        self.family.addItem(tr("System font"), "")
        self.family.addItem(tr("Serif"), "serif")
        self.family.addItem(tr("Sans serif"), "sans")
        self.family.insertSeparator(self.family.count())
        for name in QFontDatabase.families():
            if not QFontDatabase.isPrivateFamily(name):
                self.family.addItem(name, name)
        self.point_size = QDoubleSpinBox()
        self.point_size.setObjectName("readingSize")
        self.point_size.setRange(6.0, 48.0)
        self.point_size.setSingleStep(1.0)
        self.point_size.setDecimals(1)
        self.point_size.setSuffix(tr(" pt"))
        self.line_width = QComboBox()
        self.line_width.setObjectName("readingWidth")
        for chars in LINE_WIDTHS:
            self.line_width.addItem(tr("Margin's (about 70 characters)") if not chars else
                               tr("{n} characters").format(n=chars), chars)
        self.spacing = QSpinBox()
        self.spacing.setObjectName("readingSpacing")
        self.spacing.setRange(100, 250)
        self.spacing.setSingleStep(5)
        self.spacing.setSuffix(" %")
        self.justify = QCheckBox(tr("Justify lines (even right edge)"))
        self.justify.setObjectName("readingJustify")
        self.underline = QCheckBox(tr("Underline summary sentences and quotes, not colour "
                                      "alone"))
        self.underline.setObjectName("readingUnderline")
        form = QFormLayout()
        form.addRow(tr("&Font"), self.family)
        form.addRow(tr("&Size"), self.point_size)
        form.addRow(tr("Line &width"), self.line_width)
        form.addRow(tr("Line s&pacing"), self.spacing)
        form.addRow("", self.justify)
        form.addRow("", self.underline)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.rejected.connect(self.accept)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self.show_settings(Reading(), apply=True))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.show_settings(current)
        for signal in (self.family.currentIndexChanged, self.point_size.valueChanged,
                       self.line_width.currentIndexChanged, self.spacing.valueChanged,
                       self.justify.toggled, self.underline.toggled):
            signal.connect(lambda *_: self._changed())

    def show_settings(self, reading: Reading, apply: bool = False) -> None:
        self._quiet = True
        try:
            index = self.family.findData(reading.family)
            if index < 0:  # a font no longer installed: the system's
                index = 0
            self.family.setCurrentIndex(index)
            self.point_size.setValue(reading.size or self._default_size)
            self.line_width.setCurrentIndex(max(0, self.line_width.findData(reading.line_width)))
            self.spacing.setValue(reading.line_spacing or LINE_HEIGHT_PERCENT)
            self.justify.setChecked(reading.justify)
            self.underline.setChecked(reading.underline_marks)
        finally:
            self._quiet = False
        if apply:
            self._apply(reading)

    def reading(self) -> Reading:
        size = self.point_size.value()
        spacing = self.spacing.value()
        return Reading(str(self.family.currentData() or ""),
                       0.0 if abs(size - self._default_size) < 0.05 else size,
                       int(self.line_width.currentData() or 0),
                       0 if spacing == LINE_HEIGHT_PERCENT else spacing, self.justify.isChecked(),
                       self.underline.isChecked())

    def _changed(self) -> None:
        if not self._quiet:
            self._apply(self.reading())


__all__ = ["LINE_WIDTHS", "Reading", "ReadingSettingsDialog"]
