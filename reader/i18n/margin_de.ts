<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Artikeltext</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>Der Artikel mit hervorgehobenen Sätzen der Zusammenfassung und Zitaten</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Sätze der Zusammenfassung</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Mit der Eingabetaste zum Satz im Text springen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Jedes Zitat mit seinem Sprecher; die Eingabetaste springt zur Stelle im Text</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Ihre Markierungen und Notizen</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Die Eingabetaste springt zur Markierung im Text</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Artikel der Bibliothek</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Die Eingabetaste öffnet den Artikel; tippen, um zu einem Titel zu springen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>Die Abschnitte des Dokuments; die Eingabetaste springt zum gewählten Abschnitt</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Länge der Zusammenfassung</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>Wie lang die Zusammenfassung ist; „Automatisch“ wächst mit dem Text</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Zitate anzeigen von</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Markierungen dieser Farbe anzeigen</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Notiz zur ausgewählten Markierung</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Zusammenfassung anzeigen</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Ihre Leseposition</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Anzahl der Sätze der Zusammenfassung und der Zitate</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Ordner &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>Zusammenfassung &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Zusammenfassung mit &amp;Volltext exportieren…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>Zusammenfassung &amp;drucken…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Nä&amp;chstes suchen</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>&amp;Vorheriges suchen</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Zitat mit &amp;Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>Zusammenfassung &amp;hervorheben</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Zi&amp;tate hervorheben</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Nächster Satz der Zusammenfassung</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Vorheriger Satz der Zusammenfassung</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Nächstes Zitat</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Vorheriges Zitat</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Hell/Dunkel umschalten</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>&amp;Zusammenfassung und Zitate anzeigen</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>Letzten Artikel beim &amp;Start wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Auswahl &amp;markieren</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Mit &amp;Notiz markieren…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>Als Markierung &amp;behalten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>&amp;Rückblick bis hier</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>&amp;Inhalt anzeigen</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>&amp;Adresse öffnen…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Neu aus &amp;Zwischenablage</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>E&amp;rneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>&amp;Leseeinstellungen…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>Zusammenfassung und Zitate &amp;unterstreichen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>Ü&amp;ber Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Nur zusammenfassen, was vor Ihrer Leseposition steht (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (empfohlen)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reduktion</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanisch</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabisch</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalisch</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Belarussisch</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgarisch</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Katalanisch</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinesisch</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Kroatisch</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tschechisch</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dänisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estnisch</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griechisch</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebräisch</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungarisch</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japanisch</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Koreanisch</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettisch</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Litauisch</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Mazedonisch</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marathi</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalesisch</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norwegisch (Bokmål)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norwegisch (Nynorsk)</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persisch</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polnisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumänisch</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russisch</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slowakisch</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slowenisch</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaheli</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Schwedisch</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thailändisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainisch</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamesisch</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Walisisch</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Sprache unbekannt</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Mit Quellenangabe kopieren</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>Dieser Artikel enthält keine Zitate.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Alle Sprecher ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Die Zitate eines Sprechers anzeigen</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>Keine Zitate zum Filtern</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Öffnen Sie einen Artikel, um seine Zitate nach Sprecher zu filtern</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>Dieser Artikel zitiert niemanden</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>nicht zugeordnet</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Zitat von {speaker}: {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Nicht zugeordnetes Zitat: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} von {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Ziehen Sie einen Artikel hierher oder öffnen Sie einen mit Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>Die Bibliothek war beschädigt und konnte nicht gelesen werden. Sie wurde nach {path} verschoben, und eine neue, leere Bibliothek wurde angelegt.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} wird geöffnet…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>{name} wird analysiert: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n Satz der Zusammenfassung</numerusform>
            <numerusform>%n Sätze der Zusammenfassung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n Zitat</numerusform>
            <numerusform>%n Zitate</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Zusammenfassung wird erstellt…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>Inhaltsverzeichnis</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>Copyright</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>Kolophon</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>Titelei</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Öffnen Sie einen Artikel, um seine Abschnitte zu sehen.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>Dieses Dokument hat keine Abschnitte (Kapitel oder Überschriften).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Ein Leseprogramm für Artikel: der Text neben seiner Zusammenfassung und den Zitaten mit ihren Sprechern. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Zusammenfassungen mit Margins eigenem Ranking-Verfahren oder mit sumy; Spracherkennung mit langdetect; Satzerkennung mit Punkt-Modellen. Erstellt mit Qt for Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>Über Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} Min. Lesezeit</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>etwa {hours} Std. {minutes} Min. Lesezeit</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>etwa {hours} Std. Lesezeit</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(das Protokoll konnte nicht geschrieben werden: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>In Margin ist ein Fehler aufgetreten ({error}: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>In Margin ist ein Fehler aufgetreten ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin läuft weiter; Ihre Bibliothek ist sicher. Die Details wurden in {path} gespeichert.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Protokolliert in {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Öffnen Sie zuerst einen Artikel; dann kann seine Zusammenfassung exportiert werden.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (Volltext)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Zusammenfassung mit Volltext exportieren</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Zusammenfassung exportieren</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Zusammenfassung unter {path} gespeichert.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Öffnen Sie zuerst einen Artikel; dann kann seine Zusammenfassung gedruckt werden.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Zusammenfassung drucken</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>Die Zusammenfassung wurde in {path} gedruckt.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Die Zusammenfassung wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Als Markierung behalten</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>Wieder&amp;herstellen: {action}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Notizen ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>Als Markierung behalten (Bearbeiten › Rückgängig nimmt dies zurück).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Farbe der Markierung</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Notiz bearbeiten…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Öffnen Sie zuerst einen Artikel; wählen Sie dann Wörter darin aus, um sie zu markieren.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Wählen Sie zuerst die zu markierenden Wörter aus.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Dieser Artikel ist nicht in der Bibliothek und kann daher keine Markierungen speichern.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n bereits in der Bibliothek</numerusform>
            <numerusform>%n bereits in der Bibliothek</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n konnte nicht gelesen werden</numerusform>
            <numerusform>%n konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Import abgebrochen: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Import abgeschlossen: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Artikel werden gesucht…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} von {total}: {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} von {total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>Keine Artikel zum Importieren: Dort gibt es keine Datei in einem Format, das Margin lesen kann (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Import</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Einige Dateien konnten nicht gelesen werden; siehe Details.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>Der Import wurde abgebrochen: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>hinzugefügt am {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n Markierung</numerusform>
            <numerusform>%n Markierungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tags: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>Die Bibliothek konnte nicht geöffnet werden ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>Die Bibliothek ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>Die Bibliothek konnte nicht geändert werden ({kind}: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>Die Bibliothek ist geschlossen.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>die Systemsprache</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Margin verwendet beim nächsten Start {language}.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>Die Bibliothek ist nicht verfügbar, daher kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Artikel ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Ordner in die Bibliothek importieren</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Systemeinstellung verwenden</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Oberflächen&amp;sprache</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Eine Notiz zur oben ausgewählten Markierung schreiben</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(losgelöst: im Text nicht gefunden)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Keine Notiz</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Auswählen und unten eine Notiz schreiben</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Öffnen Sie einen Artikel; wählen Sie dann Wörter darin aus und drücken Sie Ctrl+H, um sie zu markieren.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Noch keine Markierungen: Wählen Sie Wörter im Text aus und drücken Sie Ctrl+H, oder klicken Sie sie mit der rechten Maustaste an.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Öffnen Sie zuerst einen Artikel; dann kann Margin einen Rückblick auf das Gelesene geben.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Sie sind ganz am Anfang: Für einen Rückblick gibt es noch nichts.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, in „{section}“</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Leseeinstellungen</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Systemschrift</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Serifenschrift</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Serifenlose Schrift</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Margin-Standard (etwa 70 Zeichen)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} Zeichen</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Blocksatz (gerader rechter Rand)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Sätze der Zusammenfassung und Zitate unterstreichen, nicht nur farbig hervorheben</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Schrift</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Größe</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Zeilenbreite</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>Zeilen&amp;abstand</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Gelb markieren</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Grün markieren</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Blau markieren</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Rosa markieren</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Violett markieren</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H: zuletzt verwendete Farbe)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Markieren und Notiz schreiben (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Nur Favoriten</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Nur Artikel mit Ihren Markierungen und Notizen</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorit</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Tags bearbeiten…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Aus der Bibliothek entfernen…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Alle Sprachen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} von {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Keine Artikel passen zu „{query}“.</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Keine Artikel passen zu diesen Filtern.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>Die Bibliothek ist leer. Artikel, die Sie öffnen, werden hier aufbewahrt.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Tags bearbeiten</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Tags für „{title}“, durch Kommas getrennt:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>„{title}“ aus der Bibliothek entfernen?

Ihre eigene Datei bleibt unverändert; Margins Kopie, die Tags und die Leseposition werden gelöscht.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Meine %n Markierung samt Notiz behalten (sie erscheint wieder, wenn ich die Datei erneut öffne)</numerusform>
            <numerusform>Meine %n Markierungen und Notizen behalten (sie erscheinen wieder, wenn ich die Datei erneut öffne)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% des Textes</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Erkannt</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Ganzes Dokument</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Nach Abschnitten</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>Die Zusammenfassung des ganzen Dokuments oder eine eigene für jeden Abschnitt</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Ganze Zusammenfassung anzeigen</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Verfahren</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>Erkannt ({language})</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>Dieses Dokument hat keine Abschnitte</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Rückblick bis {where}: nur, was vor Ihrer Leseposition steht.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Satz {k} von {n} der Zusammenfassung: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Klicken, um die Zusammenfassung dieses Abschnitts ein- oder auszuklappen</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Abschnitt {title}, eingeklappt</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Abschnitt {title}, ausgeklappt</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>{site} wird abgerufen… {got} KB von {total} KB</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>{site} wird abgerufen… {got} KB</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Adresse öffnen</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>Die Adresse einer Webseite (http oder https). Margin ruft sie einmal ab und bewahrt sie in der Bibliothek auf, damit Sie sie offline lesen können.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>„{text}“ ist keine Webadresse (eine, die mit http:// oder https:// beginnt).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>Nichts zum Einfügen: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Eingefügter Text wird gespeichert…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Nur eine aus dem Web geöffnete Seite kann erneut abgerufen werden.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>Die Seite von {site} ist in der Bibliothek.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>Die Bibliothek ist nicht verfügbar: Diese Seite wird angezeigt, aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>{site} wird abgerufen…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>Die Bibliothek ist nicht verfügbar, daher kann eingefügter Text nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>Das Format von {name} ist nicht erkennbar: Verwenden Sie .pdf, .md oder .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Unbekanntes Exportformat {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>{path} kann nicht geschrieben werden: Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>Satz der Zusammenfassung</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(ein Zitat innerhalb eines Satzes der Zusammenfassung behält die Farbe des Zitats)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>Sätze der Zusammenfassung sind **fett**, Zitate _kursiv_ gesetzt.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>{name}-Zusammenfassung</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Markierungen aus Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>Zeichen {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Noch keine Markierungen.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Autor: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise übernimmt Markierungen mit bis zu %n Zeichen; diese sind länger: {ids}.</numerusform>
            <numerusform>Readwise übernimmt Markierungen mit bis zu %n Zeichen; diese sind länger: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise übernimmt Markierungen mit bis zu %n Zeichen; diese ist länger: {ids}.</numerusform>
            <numerusform>Readwise übernimmt Markierungen mit bis zu %n Zeichen; diese ist länger: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise übernimmt Titel mit bis zu {limit} Zeichen; %n ist länger.</numerusform>
            <numerusform>Readwise übernimmt Titel mit bis zu {limit} Zeichen; %n sind länger.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Unbekanntes Format {format} für Markierungen; möglich sind: {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>im PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>Dieser Computer hat keine Schrift für {script}-Text, daher kann dieser nicht {medium} dargestellt werden; installieren Sie eine (unter Debian/Ubuntu: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>{path} kann nicht geschrieben werden: Die PDF-Erstellung konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>Der Drucker konnte nicht gestartet werden; prüfen Sie, ob er angeschlossen und eingeschaltet ist.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>im Ausdruck</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Zusammenfassung nach Abschnitten, von Margin erstellt (Verfahren: {method}): {sentences} aus {sections}, jeweils aus dem eigenen Text des Abschnitts.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n Abschnitt</numerusform>
            <numerusform>%n Abschnitten</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norwegisch</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>Margins eigenes Ranking-Verfahren</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>latente semantische Analyse (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>Luhn-Verfahren</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>Edmundson-Verfahren</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Gelbe Markierung</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Grüne Markierung</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Blaue Markierung</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Rosa Markierung</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Violette Markierung</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>im Text des Artikels nicht mehr gefunden</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>{name} (Standardverfahren)</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>Es handelt sich um einen Rückblick auf den Text bis {share}; nichts nach dieser Stelle wird verwendet.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>der Artikel enthält keine Sätze zur Auswahl</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>alle Sätze des Artikels</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>der einzige Satz des Artikels</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} von %n Satz des Artikels</numerusform>
            <numerusform>{chosen} der %n Sätze des Artikels</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Von Margin erstellte Zusammenfassung (Verfahren: {method}): {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artikel ohne Titel</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>von {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Zusammenfassung nach Abschnitten</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>Der Artikel enthält keine Sätze zum Zusammenfassen.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Ihre Markierungen</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>{name} ist zu groß, um im verfügbaren Arbeitsspeicher geöffnet zu werden</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>{name} kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>{name} konnte wegen eines Fehlers in Margin nicht geöffnet werden ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} hat kein unterstütztes Dateiformat ({kind}); Margin liest {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} ist keine Dokumentart, die Margin lesen kann ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} existiert nicht</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} existiert nicht (eine Verknüpfung zu einer Datei, die nicht mehr vorhanden ist)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} ist leer</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} ist zu groß ({size} MB; Margin öffnet Dateien bis {limit} MB)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} ist zu groß ({size} MB; Margin öffnet Dokumente bis {limit} MB)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>{name} kann nicht gelesen werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} ist zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} ist kein gültiger {encoding}-Text</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} scheint eine Binärdatei zu sein, kein Text</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} ist zu lang für die Analyse ({count} Millionen Zeichen; Margin liest Texte mit bis zu {limit} Millionen)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} ist entpackt zu groß (eine Datei von {packed}, die entpackt {unpacked} ergäbe; Margin entpackt bis zu {limit} und lehnt Teile ab, die stärker als {ratio} zu 1 gepackt sind)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} enthält keinen lesbaren Text</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} enthält keine Wörter</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} enthält keine Buchstaben, daher lässt sich die Sprache nicht erkennen</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} enthält zu wenige Wörter, um die Sprache zu erkennen</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} ist kein lesbares PDF (beschädigt oder kein PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} ist passwortgeschützt</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} ist auf eine Weise verschlüsselt, die Margin nicht öffnen kann</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} hat keine Textebene (möglicherweise ist es ein gescanntes Bild)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} ist kein lesbares Word-Dokument</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} ist ein Strict-Open-XML-Dokument, eine Form von Word-Dokument, die Margin nicht lesen kann; öffnen Sie es in Word und speichern Sie es als Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} ist kein Word-Dokument (es enthält keinen Dokumentkörper)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} ist passwortgeschützt (Margin kann geschützte Word-Dokumente nicht öffnen)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} ist ein älteres Word-Dokument (Word 97-2003) mit der Endung .docx oder ein geschütztes; speichern Sie es als Word-Dokument (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} ist kein Word-Dokument (.docx-Dateien sind ZIP-Archive)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} ist kein EPUB-Buch (EPUB-Dateien sind ZIP-Archive)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} ist ein beschädigtes EPUB-Buch</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} ist ein beschädigtes EPUB-Buch (kein Paketdokument)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} ist ein beschädigtes EPUB-Buch (unlesbares Paketdokument)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} hat ein Kapitel, das zu groß zum Öffnen ist</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} ist keine lesbare Webseite</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Die Zwischenablage enthält keinen Text</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>{address} wurde abgelehnt: Nur http- und https-Adressen können abgerufen werden, keine {scheme}:-Adressen</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} ist keine vollständige Webadresse (sie braucht einen Host, wie in https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} ist kein gültiger Name für eine Website</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} ist keine Webadresse</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}: Margin sendet keine Benutzernamen oder Passwörter; lassen Sie den Teil vor „@“ in der Adresse weg</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>zu viele Weiterleitungen (mehr als {count}), die letzte zu {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} antwortete mit {status} (eine Weiterleitung), ohne das Ziel anzugeben</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>eine Weiterleitung zu einer {scheme}:-Adresse wurde abgelehnt ({site} hat sie gesendet; nur http- und https-Adressen werden verfolgt)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} hat zu einer ungültigen Adresse weitergeleitet</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} leitet im Kreis weiter (die Seite schickt Margin zu einer Adresse zurück, die es bereits versucht hat)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} hat {kind} ({content_type}) statt eines Artikels gesendet</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} hat die Verbindung geschlossen, bevor die Seite vollständig war</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} hat eine leere Seite gesendet</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>die Seite bei {site} ist größer als {size} MB (Margin liest Seiten bis {limit} MB)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} hat die Seite in einem Kompressionsformat gesendet, das Margin nicht lesen kann ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} hat eine beschädigte komprimierte Seite gesendet</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} hat etwas gesendet, das kein Artikel ist (kein Inhaltstyp und weder Webseite noch PDF oder EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} antwortete mit {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>{site} konnte nicht erreicht werden: Der Name wurde nicht gefunden (prüfen Sie die Adresse)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>{site} konnte nicht erreicht werden: Der Name konnte nicht aufgelöst werden (besteht eine Netzwerkverbindung?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>{site} konnte nicht erreicht werden: Der Name konnte nicht aufgelöst werden</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>{site} konnte nicht sicher erreicht werden: Das Zertifikat konnte nicht überprüft werden ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>{site} konnte nicht sicher erreicht werden ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>{site} konnte nicht erreicht werden: Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} hat zu lange gebraucht, um die Seite zu senden (mehr als {seconds} s)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} hat nicht geantwortet: Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} hat aufgehört zu senden, bevor die Seite vollständig war: Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>{site} konnte nicht erreicht werden: Die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} hat eine Antwort gesendet, die kein gültiges HTTP ist</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>{site} konnte nicht erreicht werden: Es besteht keine Netzwerkverbindung</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>{site} konnte nicht erreicht werden: Es gibt keine Route dorthin (besteht eine Netzwerkverbindung?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>{site} konnte nicht erreicht werden ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>In der Bibliothek gibt es keinen Artikel {number}.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>In der Bibliothek gibt es keine Markierung {number}.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>Markierung {number} ist nicht mehr in der Bibliothek.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>Die Seite von {site} entspricht jetzt einem anderen Artikel in der Bibliothek: „{title}“ ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>{name} konnte nicht zur Bibliothek hinzugefügt werden ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>{name} konnte in der Bibliothek nicht aktualisiert werden ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>{name} konnte nicht in die Bibliothek kopiert werden ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>Die Bibliothek ist belegt oder kann nicht beschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>Die Bibliothek unter {path} wurde von einer neueren Version von Margin geschrieben (Format {found}; diese Version liest bis {latest}). Sie wurde nicht verändert: Aktualisieren Sie Margin, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>Die Bibliothek unter {path} kann nicht geöffnet werden ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>Der Bibliotheksordner {path} kann nicht verwendet werden ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>ohne Endung</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>ein Bild</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>eine Audiodatei</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>ein Video</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>eine Schriftart</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>ein 3D-Modell</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>Daten oder Code</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>ein Archiv</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>ein Office-Dokument</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>ein Programm oder eine Binärdatei</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>eine Dateiart, die Margin nicht lesen kann</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>Zahlung erforderlich</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>verboten</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>nicht annehmbar</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>Zeitüberschreitung der Anfrage</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>aus rechtlichen Gründen nicht verfügbar</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>nicht implementiert</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>Zeitüberschreitung des Gateways</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ein Fehler</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>keine Seite</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Ist ein Ordner</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Speicherplatz mehr auf dem Gerät</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
</context>
</TS>
