"""The core's and the library's one-line messages in the interface's language.

The core says what went wrong in English (the command line prints it, tests compare it) and
knows nothing of Qt. The window shows those lines through ``translate_line``: each English
line the core and library can produce is a template here, its variable parts ({name}, {site},
sizes, codes, reasons …) as placeholders; a line that matches one is said again in the
interface's language with the same values, any other line stays as it came. A change of
wording in the core shows up in tests/test_error_lines.py.
"""

from __future__ import annotations

import re

from .i18n import QT_TR_NOOP, tr

TEMPLATES = (
    # --- reader/core/errors.py: describe_failure's own sentences ------------------------------
    QT_TR_NOOP("{name} is too large to open in the memory available"),
    QT_TR_NOOP("{name} cannot be read ({reason})"),
    QT_TR_NOOP("{name} could not be opened because of a bug in Margin ({detail})"),
    # --- reader/core/loaders: what is wrong with a file (after its name) ----------------------
    QT_TR_NOOP("{name} is not a supported kind of file ({kind}); Margin reads {formats}"),
    QT_TR_NOOP("{name} is not a kind of document Margin reads ({suffix})"),
    QT_TR_NOOP("{name} does not exist"),
    QT_TR_NOOP("{name} does not exist (a link to a file that is gone)"),
    QT_TR_NOOP("{name} is a folder, not a file"),
    QT_TR_NOOP("{name} is not a regular file"),
    QT_TR_NOOP("{name} is empty"),
    QT_TR_NOOP("{name} is too large ({size} MB; Margin opens files up to {limit} MB)"),
    QT_TR_NOOP("{name} is too large ({size} MB; Margin opens documents up to {limit} MB)"),
    QT_TR_NOOP("{name} cannot be read: permission denied"),
    QT_TR_NOOP("{name} is nested too deeply to read"),
    QT_TR_NOOP("{name} is not valid {encoding} text"),
    QT_TR_NOOP("{name} looks like a binary file, not text"),
    QT_TR_NOOP("{name} is too long to analyse ({count} million characters; Margin reads texts "
               "of up to {limit} million)"),
    QT_TR_NOOP("{name} is too large when unpacked (a {packed} file that would unpack to "
               "{unpacked}; Margin unpacks up to {limit} and refuses parts packed more than "
               "{ratio} to 1)"),
    QT_TR_NOOP("{name} has no readable text"),
    QT_TR_NOOP("{name} has no words in it"),
    QT_TR_NOOP("{name} has no letters, so its language cannot be told"),
    QT_TR_NOOP("{name} has too few words to tell its language"),
    QT_TR_NOOP("{name} is not a readable PDF (damaged or not a PDF)"),
    QT_TR_NOOP("{name} is password-protected"),
    QT_TR_NOOP("{name} is encrypted in a way Margin cannot open"),
    QT_TR_NOOP("{name} has no text layer (it may be a scanned image)"),
    QT_TR_NOOP("{name} is not a readable Word document"),
    QT_TR_NOOP("{name} is a Strict Open XML document, a form of Word document Margin cannot "
               "read; open it in Word and save it as a Word Document (.docx)"),
    QT_TR_NOOP("{name} is not a Word document (it holds no document body)"),
    QT_TR_NOOP("{name} is password-protected (Margin cannot open locked Word documents)"),
    QT_TR_NOOP("{name} is an older Word document (Word 97-2003) named .docx, or a locked one; "
               "save it as a Word Document (.docx)"),
    QT_TR_NOOP("{name} is not a Word document (.docx files are zip archives)"),
    QT_TR_NOOP("{name} is not an EPUB book (EPUB files are zip archives)"),
    QT_TR_NOOP("{name} is a damaged EPUB book"),
    QT_TR_NOOP("{name} is a damaged EPUB book (no package document)"),
    QT_TR_NOOP("{name} is a damaged EPUB book (unreadable package document)"),
    QT_TR_NOOP("{name} has a chapter too large to open"),
    QT_TR_NOOP("{name} is not a readable web page"),
    # --- reader/core/pasted.py ------------------------------------------------------------
    QT_TR_NOOP("The clipboard holds no text"),
    # --- reader/core/addresses.py, fetch.py: web addresses --------------------------------
    QT_TR_NOOP("{address} was refused: only http and https addresses can be fetched, not "
               "{scheme}: ones"),
    QT_TR_NOOP("{address} is not a complete web address (it needs a host, as in "
               "https://example.org/page)"),
    QT_TR_NOOP("{host} is not a valid name for a site"),
    QT_TR_NOOP("{address} is not a web address"),
    QT_TR_NOOP("{site}: Margin does not send user names or passwords; leave the part before "
               "“@” out of the address"),
    QT_TR_NOOP("too many redirects (more than {count}), the last to {site}"),
    QT_TR_NOOP("{site} answered {status} (a redirect) without saying where to"),
    QT_TR_NOOP("a redirect to a {scheme}: address was refused ({site} sent it; only http and "
               "https addresses are followed)"),
    QT_TR_NOOP("{site} redirected to an address that is not valid"),
    QT_TR_NOOP("{site} redirects in a loop (the page sends Margin back to an address it "
               "already tried)"),
    QT_TR_NOOP("{site} sent {kind} ({content_type}), not an article"),
    QT_TR_NOOP("{site} closed the connection before the page was complete"),
    QT_TR_NOOP("{site} sent an empty page"),
    QT_TR_NOOP("the page at {site} is larger than {size} MB (Margin reads pages up to "
               "{limit} MB)"),
    QT_TR_NOOP("{site} sent the page packed in a way Margin does not read ({packing})"),
    QT_TR_NOOP("{site} sent a damaged compressed page"),
    QT_TR_NOOP("{site} sent something that is not an article (no content type, and not a web "
               "page, PDF or EPUB)"),
    # --- reader/core/fetch_failures.py ----------------------------------------------------
    QT_TR_NOOP("{site} answered {status} ({phrase})"),
    QT_TR_NOOP("{site} could not be reached: the name was not found (check the address)"),
    QT_TR_NOOP("{site} could not be reached: the name could not be looked up (is there a "
               "network connection?)"),
    QT_TR_NOOP("{site} could not be reached: the name could not be looked up"),
    QT_TR_NOOP("{site} could not be reached securely: its certificate could not be verified "
               "({reason})"),
    QT_TR_NOOP("{site} could not be reached securely ({reason})"),
    QT_TR_NOOP("{site} could not be reached: the connection timed out"),
    QT_TR_NOOP("{site} took too long to send the page (more than {seconds} s)"),
    QT_TR_NOOP("{site} did not answer: the connection timed out"),
    QT_TR_NOOP("{site} stopped sending before the page was complete: the connection timed out"),
    QT_TR_NOOP("{site} could not be reached: the connection was refused"),
    QT_TR_NOOP("{site} closed the connection without answering"),
    QT_TR_NOOP("{site} sent an answer that is not valid HTTP"),
    QT_TR_NOOP("{site} could not be reached: there is no network connection"),
    QT_TR_NOOP("{site} could not be reached: there is no route to it (is there a network "
               "connection?)"),
    QT_TR_NOOP("{site} could not be reached ({reason})"),
    # --- reader/library -------------------------------------------------------------------
    QT_TR_NOOP("There is no article {number} in the library."),
    QT_TR_NOOP("There is no highlight {number} in the library."),
    QT_TR_NOOP("Highlight {number} is no longer in the library."),
    QT_TR_NOOP("The page from {site} now reads as another article in the library, “{title}” "
               "({number})."),
    QT_TR_NOOP("{name} could not be added to the library ({reason})"),
    QT_TR_NOOP("{name} could not be updated in the library ({reason})"),
    QT_TR_NOOP("{name} could not be copied into the library ({reason})"),
    QT_TR_NOOP("The library is busy or cannot be written ({reason})."),
    QT_TR_NOOP("The library at {path} was written by a newer version of Margin (format "
               "{found}; this version reads up to {latest}). It has been left untouched: "
               "update Margin to use it."),
    QT_TR_NOOP("The library at {path} cannot be opened ({reason})."),
    QT_TR_NOOP("The library folder {path} cannot be used ({reason})."),
)

# Values of these placeholders that are one of a fixed set of phrases are translated too.
_PHRASE_PLACEHOLDERS = frozenset({"kind", "phrase", "reason"})
PHRASES = (
    # no extension (loaders.load)
    QT_TR_NOOP("no extension"),
    # what a web server sent instead of an article (fetch._kind)
    QT_TR_NOOP("an image"), QT_TR_NOOP("a sound file"), QT_TR_NOOP("a video"),
    QT_TR_NOOP("a font"), QT_TR_NOOP("a 3D model"), QT_TR_NOOP("data or code"),
    QT_TR_NOOP("an archive"), QT_TR_NOOP("an office document"),
    QT_TR_NOOP("a program or binary file"), QT_TR_NOOP("a kind of file Margin does not read"),
    # HTTP status phrases (fetch_failures._PHRASES and its fallbacks)
    QT_TR_NOOP("bad request"), QT_TR_NOOP("a login is needed"),
    QT_TR_NOOP("payment required"), QT_TR_NOOP("forbidden"), QT_TR_NOOP("not found"),
    QT_TR_NOOP("not allowed"), QT_TR_NOOP("not acceptable"), QT_TR_NOOP("request timeout"),
    QT_TR_NOOP("gone"), QT_TR_NOOP("too many requests"),
    QT_TR_NOOP("unavailable for legal reasons"), QT_TR_NOOP("server error"),
    QT_TR_NOOP("not implemented"), QT_TR_NOOP("bad gateway"),
    QT_TR_NOOP("service unavailable"), QT_TR_NOOP("gateway timeout"),
    QT_TR_NOOP("an error"), QT_TR_NOOP("not a page"),
    # the system's commonest reasons a file cannot be read (strerror)
    QT_TR_NOOP("No such file or directory"), QT_TR_NOOP("Permission denied"),
    QT_TR_NOOP("Is a directory"), QT_TR_NOOP("Input/output error"),
    QT_TR_NOOP("No space left on device"), QT_TR_NOOP("Read-only file system"),
)
_PHRASE_SET = frozenset(PHRASES)
_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
_compiled: list[tuple[re.Pattern[str], str]] | None = None


def _pattern(template: str) -> re.Pattern[str]:
    """The template as a whole-line pattern: its literal parts as they are, each {x} a
    non-greedy named group."""
    parts: list[str] = []
    last = 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[last:m.start()]))
        parts.append(f"(?P<{m.group(1)}>.+?)")
        last = m.end()
    parts.append(re.escape(template[last:]))
    return re.compile("".join(parts), re.DOTALL)


def _literal_length(template: str) -> int:
    return len(_PLACEHOLDER.sub("", template))


def patterns() -> list[tuple[re.Pattern[str], str]]:
    """Every template's pattern, the most specific (the longest literal text) first; made
    once, when first needed."""
    global _compiled
    if _compiled is None:
        ordered = sorted(TEMPLATES, key=_literal_length, reverse=True)
        _compiled = [(_pattern(t), t) for t in ordered]
    return _compiled


def template_of(message: str) -> str | None:
    """The template ``message`` is an instance of, or None."""
    for pattern, template in patterns():
        if pattern.fullmatch(message):
            return template
    return None


def translate_line(message: str) -> str:
    """``message`` (one line from the core or the library) in the interface's language, its
    values in place; unchanged when it is no known line or has no translation."""
    for pattern, template in patterns():
        found = pattern.fullmatch(message)
        if found is None:
            continue
        said = tr(template)
        if said == template:  # English, or not translated yet
            return message
        values = {key: tr(value) if key in _PHRASE_PLACEHOLDERS and value in _PHRASE_SET
                  else value for key, value in found.groupdict().items()}
        try:
            return said.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation with broken placeholders
            return message
    return message
