<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>L&apos;articolo, con le frasi del riassunto e le citazioni evidenziate</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Frasi del riassunto</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Premere Invio per andare a una frase nel testo</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citazioni</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Ogni citazione con il suo autore; Invio porta alla citazione nel testo</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Evidenziazioni e note personali</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Invio porta all&apos;evidenziazione nel testo</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Articoli della libreria</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Invio apre l&apos;articolo; digitare per passare a un titolo</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Cerca nella libreria</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Indice</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>Le sezioni del documento; Invio porta a una sezione</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Lunghezza del riassunto</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>Quanto è lungo il riassunto; con «Automatica» cresce con il testo</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Mostra le citazioni di</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Mostra le evidenziazioni del colore</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Nota sull&apos;evidenziazione selezionata</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Mostra il riassunto</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Punto di lettura</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Numero di frasi del riassunto e di citazioni</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Apri…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Importa &amp;cartella…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>Esp&amp;orta riassunto…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Esporta riassunto con &amp;testo completo…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Stampa riassunto…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleziona t&amp;utto</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Trova…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Trova &amp;successivo</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Trova &amp;precedente</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Copia citazione con attri&amp;buzione</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ri&amp;duci</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Dimensione &amp;reale</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>Evidenzia ria&amp;ssunto</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Evidenzia cit&amp;azioni</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Frase successiva del riassunto</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Frase precedente del riassunto</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Citazione successiva</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Citazione precedente</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Alterna chiaro/scuro</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostra &amp;libreria</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>Mostra riassunto e &amp;citazioni</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>Riapri l&apos;&amp;ultimo articolo all&apos;avvio</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>&amp;Evidenzia selezione</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Evidenzia con &amp;nota…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Rimuovi evidenziazione</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>C&amp;onserva come evidenziazione</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>Ri&amp;epilogo fin qui</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Mostra i&amp;ndice</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Riquadro successivo</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Riquadro precedente</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Apri &amp;indirizzo…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Nuovo dagli a&amp;ppunti</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>Scarica di &amp;nuovo</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>Im&amp;postazioni di lettura…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>S&amp;ottolinea riassunto e citazioni</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>&amp;Informazioni su Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Evidenzia</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Riassumere solo ciò che precede il punto di lettura (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (consigliato)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Riduzione</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanese</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabo</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalese</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bielorusso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalano</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Cinese</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croato</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Ceco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danese</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Olandese</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglese</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estone</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filippino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandese</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francese</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Tedesco</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Greco</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Ebraico</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Ungherese</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesiano</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Giapponese</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Lettone</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedone</translation>
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
        <translation>Nepalese</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvegese bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norvegese nynorsk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persiano</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polacco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portoghese</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovacco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Sloveno</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalo</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spagnolo</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svedese</translation>
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
        <translation>Thailandese</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraino</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamita</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallese</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Lingua sconosciuta</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Copia con attribuzione</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>Nessuna citazione in questo articolo.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Tutti gli autori ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Senza autore</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Mostra le citazioni di un solo autore</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Nessun articolo aperto</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>Nessuna citazione da filtrare</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Aprire un articolo per filtrarne le citazioni per autore</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>Questo articolo non cita nessuno</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>senza autore</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Citazione di {speaker}: {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Citazione non attribuita: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Trova nell&apos;articolo</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Corrispondenza precedente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Corrispondenza successiva (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Chiudi (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Non trovato</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} di {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Trascinare qui un articolo o aprirne uno con Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lettura</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>lingua</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>frasi</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>riassunto</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>citazioni</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>La libreria era danneggiata e non è stato possibile leggerla. È stata spostata in {path} ed è stata creata una nuova libreria vuota.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Apertura di {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>Analisi di {name}: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n frase del riassunto</numerusform>
            <numerusform>%n frasi del riassunto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citazione</numerusform>
            <numerusform>%n citazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Analisi del riassunto…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrotto.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>indice</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>copyright</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>colophon</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licenza</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indice analitico</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>pagine iniziali</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>pagine finali</translation>
    </message>
    <message>
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Aprire un articolo per vederne le sezioni.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>Questo documento non ha sezioni (capitoli o titoli).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Scorciatoia</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Un lettore di articoli: il testo accanto al suo riassunto e alle citazioni con i rispettivi autori. Tutto resta su questo computer.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Riassunti creati dall&apos;algoritmo di Margin o da sumy; lingue rilevate da langdetect; frasi individuate dai modelli Punkt. Realizzato con Qt per Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>Informazioni su Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n carattere</numerusform>
            <numerusform>%n caratteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n parola</numerusform>
            <numerusform>%n parole</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min di lettura</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>circa {hours} h {minutes} min di lettura</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>circa {hours} h di lettura</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(non è stato possibile scrivere il registro: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Si è verificato un errore interno in Margin ({error}: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Si è verificato un errore interno in Margin ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin continua a funzionare; la libreria è al sicuro. I dettagli sono stati scritti in {path}.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Registrato in {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copia dettagli</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Pagina web (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Aprire prima un articolo; poi sarà possibile esportarne il riassunto.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (testo completo)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Esporta riassunto con testo completo</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Esporta riassunto</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Riassunto salvato in {path}.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Aprire prima un articolo; poi sarà possibile stamparne il riassunto.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Stampa riassunto</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>Il riassunto è stato stampato in {path}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Il riassunto è stato inviato alla stampante.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Conserva come evidenziazione</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annulla: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Ripeti: {action}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Note ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>Evidenziazione aggiunta (Modifica › Annulla la rimuove).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Colore evidenziazione</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Modifica nota…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Aprire prima un articolo; poi selezionarne delle parole per evidenziarle.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Selezionare prima le parole da evidenziare.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Questo articolo non è nella libreria, quindi non può conservare evidenziazioni.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifica nota</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Cambia colore</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n aggiunto</numerusform>
            <numerusform>%n aggiunti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n già nella libreria</numerusform>
            <numerusform>%n già nella libreria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n non leggibile</numerusform>
            <numerusform>%n non leggibili</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Importazione interrotta: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importazione completata: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Ricerca degli articoli…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importazione in corso</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} di {total}: {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} di {total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>Nessun articolo da importare: nessun file è di un tipo che Margin sa leggere (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Importazione</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Non è stato possibile leggere alcuni file; vedere i dettagli.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>L&apos;importazione si è interrotta: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Ultima apertura</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data di aggiunta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>aggiunto il {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n evidenziazione</numerusform>
            <numerusform>%n evidenziazioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Tag: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>Impossibile aprire la libreria ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>La libreria non è disponibile.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>Impossibile modificare la libreria ({kind}: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La libreria è chiusa.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Libreria</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la lingua del sistema</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Margin userà {language} al prossimo avvio.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>La libreria non è disponibile, quindi non è possibile importare nulla.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Articoli ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tutti i file (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Apri articoli</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Importa una cartella nella libreria</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Svuota menu</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nessun file recente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Segui il sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>Lin&amp;gua dell&apos;interfaccia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Giallo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Viola</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Tutti i colori</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Scrivere una nota sull&apos;evidenziazione selezionata sopra</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(scollegata: non trovata nel testo)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Nessuna nota</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Selezionarla e scrivere una nota qui sotto</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Aprire un articolo; poi selezionarne delle parole e premere Ctrl+H per evidenziarle.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Ancora nessuna evidenziazione: selezionare delle parole nel testo e premere Ctrl+H, oppure fare clic destro su di esse.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Aprire prima un articolo; poi Margin potrà riepilogare quanto letto.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Il punto di lettura è all&apos;inizio: non c&apos;è ancora nulla da riepilogare.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, in “{section}”</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Impostazioni di lettura</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Carattere di sistema</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Con grazie</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Senza grazie</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Predefinita di Margin (circa 70 caratteri)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caratteri</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Giustifica le righe (margine destro allineato)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Sottolinea le frasi del riassunto e le citazioni, non solo con il colore</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Carattere</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Dimensione</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Larghezza riga</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Interlinea</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Evidenzia in giallo</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Evidenzia in verde</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Evidenzia in blu</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Evidenzia in rosa</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Evidenzia in viola</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H: l&apos;ultimo colore usato)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Evidenzia e scrivi una nota (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Solo preferiti</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Solo gli articoli con evidenziazioni e note personali</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Preferito</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Modifica tag…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Rimuovi dalla libreria…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Tutte le lingue</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Tutti i tag</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} di {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Nessun articolo corrisponde a “{query}”.</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Nessun articolo corrisponde a questi filtri.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>La libreria è vuota. Gli articoli aperti vengono conservati qui.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>non disponibile</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifica tag</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Tag per “{title}”, separati da virgole:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>Rimuovere “{title}” dalla libreria?

Il file originale non viene toccato; la copia di Margin, i tag e il punto di lettura vengono eliminati.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Rimuovi dalla libreria</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Conserva la mia %n evidenziazione e la sua nota (torna se riapro il file)</numerusform>
            <numerusform>Conserva le mie %n evidenziazioni e note (tornano se riapro il file)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Automatica</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>frasi</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% del testo</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Rilevata</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Documento intero</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Per sezione</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>Il riassunto dell&apos;intero documento, o quello di ciascuna sezione</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Mostra l&apos;intero riassunto</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Lunghezza</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metodo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>Riepilogo</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Riassunto</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>Rilevata ({language})</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>Questo documento non ha sezioni</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Riepilogo fino al {where}: solo ciò che precede il punto di lettura.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Frase del riassunto {k} di {n}: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Fare clic per comprimere o espandere il riassunto di questa sezione</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Sezione {title}, compressa</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Sezione {title}, espansa</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>Scaricamento di {site}… {got} KB di {total} KB</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>Scaricamento di {site}… {got} KB</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Apri indirizzo</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>L&apos;indirizzo di una pagina web (http o https). Margin la scarica una volta e la conserva nella libreria, per leggerla offline.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>“{text}” non è un indirizzo web (che inizia con http:// o https://).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>Niente da incollare: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Salvataggio del testo incollato…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Solo una pagina aperta dal web può essere scaricata di nuovo.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>La pagina di {site} è nella libreria.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>La libreria non è disponibile: questa pagina viene mostrata ma non conservata.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>Scaricamento di {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>La libreria non è disponibile, quindi il testo incollato non può essere conservato.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>Impossibile determinare il formato di {name}: usare .pdf, .md o .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Formato di esportazione sconosciuto: {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permesso negato</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossibile scrivere {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Impossibile scrivere {path}: la cartella {folder} non esiste.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>frase del riassunto</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>citazione</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(una citazione all&apos;interno di una frase del riassunto mantiene il colore della citazione)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>Le frasi del riassunto sono in **grassetto**, le citazioni in _corsivo_.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>Riassunto di {name}</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Evidenziazioni da Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>carattere {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Ancora nessuna evidenziazione.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Autore: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise accetta evidenziazioni di %n carattere al massimo; queste sono più lunghe: {ids}.</numerusform>
            <numerusform>Readwise accetta evidenziazioni di %n caratteri al massimo; queste sono più lunghe: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise accetta evidenziazioni di %n carattere al massimo; questa è più lunga: {ids}.</numerusform>
            <numerusform>Readwise accetta evidenziazioni di %n caratteri al massimo; questa è più lunga: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise accetta titoli di {limit} caratteri al massimo; %n è più lungo.</numerusform>
            <numerusform>Readwise accetta titoli di {limit} caratteri al massimo; %n sono più lunghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Formato sconosciuto {format} per le evidenziazioni: usare uno tra {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>nel PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>Questo computer non ha un carattere per il testo {script}, quindi non può essere mostrato {medium}; installarne uno (su Debian/Ubuntu: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossibile avviare la stampante.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Pagina {page} di {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>Impossibile scrivere {path}: non è stato possibile avviare il PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>Impossibile avviare la stampante; verificare che sia collegata e accesa.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>nella stampa</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Riassunto per sezione creato da Margin con {method}: {sentences} da {sections}, ciascuna dal proprio testo.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frasi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n sezione</numerusform>
            <numerusform>%n sezioni</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvegese</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>l&apos;algoritmo di Margin</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>l&apos;analisi semantica latente (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>il metodo di Luhn</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>il metodo di Edmundson</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Evidenziazione gialla</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Evidenziazione verde</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Evidenziazione blu</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Evidenziazione rosa</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Evidenziazione viola</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>non più presente nel testo dell&apos;articolo</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>il suo metodo predefinito, {name}</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>Riepiloga il testo fino al {share}; nulla di ciò che segue quel punto è stato usato.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>l&apos;articolo non ha frasi tra cui scegliere</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>tutte le frasi dell&apos;articolo</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>l&apos;unica frase dell&apos;articolo</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} di %n frase dell&apos;articolo</numerusform>
            <numerusform>{chosen} delle %n frasi dell&apos;articolo</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Riassunto creato da Margin con {method}: {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Articolo senza titolo</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>di {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Riassunto per sezione</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>L&apos;articolo non ha frasi da riassumere.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Evidenziazioni personali</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Testo completo</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>{name} è troppo grande per essere aperto con la memoria disponibile</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>Impossibile leggere {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>Impossibile aprire {name} a causa di un bug di Margin ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} non è un tipo di file supportato ({kind}); Margin legge {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} non è un tipo di documento che Margin sa leggere ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} non esiste</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} non esiste (è un collegamento a un file che non c&apos;è più)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} è una cartella, non un file</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} non è un file normale</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} è vuoto</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} è troppo grande ({size} MB; Margin apre file fino a {limit} MB)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} è troppo grande ({size} MB; Margin apre documenti fino a {limit} MB)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>Impossibile leggere {name}: permesso negato</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} ha troppi livelli annidati per essere letto</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} non è un testo {encoding} valido</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} sembra un file binario, non un testo</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} è troppo lungo per essere analizzato ({count} milioni di caratteri; Margin legge testi fino a {limit} milioni)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} è troppo grande una volta decompresso (un file di {packed} che diventerebbe di {unpacked}; Margin decomprime fino a {limit} e rifiuta le parti compresse più di {ratio} a 1)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} non contiene testo leggibile</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} non contiene parole</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} non contiene lettere, quindi non è possibile riconoscerne la lingua</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} contiene troppo poche parole per riconoscerne la lingua</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} non è un PDF leggibile (è danneggiato o non è un PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} è protetto da password</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} è cifrato in un modo che Margin non sa aprire</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} non ha un livello di testo (potrebbe essere un&apos;immagine scansionata)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} non è un documento Word leggibile</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} è un documento Strict Open XML, una forma di documento Word che Margin non sa leggere; aprirlo in Word e salvarlo come Documento di Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} non è un documento Word (non contiene il corpo del documento)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} è protetto da password (Margin non può aprire documenti Word bloccati)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} è un documento Word di una versione precedente (Word 97-2003) con estensione .docx, oppure un documento bloccato; salvarlo come Documento di Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} non è un documento Word (i file .docx sono archivi zip)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} non è un libro EPUB (i file EPUB sono archivi zip)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} è un libro EPUB danneggiato</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} è un libro EPUB danneggiato (manca il package document)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} è un libro EPUB danneggiato (package document illeggibile)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} contiene un capitolo troppo grande per essere aperto</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} non è una pagina web leggibile</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Gli appunti non contengono testo</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>{address} è stato rifiutato: si possono scaricare solo indirizzi http e https, non {scheme}:</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} non è un indirizzo web completo (manca l&apos;host, come in https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} non è un nome valido per un sito</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} non è un indirizzo web</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}: Margin non invia nomi utente né password; togliere dall&apos;indirizzo la parte prima di “@”</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>troppi reindirizzamenti (più di {count}), l&apos;ultimo verso {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} ha risposto {status} (un reindirizzamento) senza indicare verso dove</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>è stato rifiutato un reindirizzamento verso un indirizzo {scheme}: (inviato da {site}; si seguono solo indirizzi http e https)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} ha reindirizzato a un indirizzo non valido</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} reindirizza in un ciclo (la pagina rimanda Margin a un indirizzo già provato)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} ha inviato {kind} ({content_type}), non un articolo</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} ha chiuso la connessione prima che la pagina fosse completa</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} ha inviato una pagina vuota</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>la pagina su {site} supera i {size} MB (Margin legge pagine fino a {limit} MB)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} ha inviato la pagina compressa in un formato che Margin non sa leggere ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} ha inviato una pagina compressa danneggiata</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} ha inviato qualcosa che non è un articolo (senza tipo di contenuto, e non è una pagina web, un PDF o un EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} ha risposto {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>Impossibile raggiungere {site}: il nome non è stato trovato (verificare l&apos;indirizzo)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>Impossibile raggiungere {site}: non è stato possibile risolvere il nome (la connessione di rete è attiva?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>Impossibile raggiungere {site}: non è stato possibile risolvere il nome</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>Impossibile raggiungere {site} in modo sicuro: non è stato possibile verificarne il certificato ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>Impossibile raggiungere {site} in modo sicuro ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>Impossibile raggiungere {site}: tempo di connessione scaduto</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} ha impiegato troppo tempo a inviare la pagina (più di {seconds} s)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} non ha risposto: tempo di connessione scaduto</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} ha smesso di inviare prima che la pagina fosse completa: tempo di connessione scaduto</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>Impossibile raggiungere {site}: connessione rifiutata</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} ha chiuso la connessione senza rispondere</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} ha inviato una risposta HTTP non valida</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>Impossibile raggiungere {site}: nessuna connessione di rete</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>Impossibile raggiungere {site}: nessun percorso disponibile (la connessione di rete è attiva?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>Impossibile raggiungere {site} ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>Nella libreria non c&apos;è nessun articolo {number}.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>Nella libreria non c&apos;è nessuna evidenziazione {number}.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>L&apos;evidenziazione {number} non è più nella libreria.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>La pagina di {site} ora corrisponde a un altro articolo della libreria, “{title}” ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>Impossibile aggiungere {name} alla libreria ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>Impossibile aggiornare {name} nella libreria ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>Impossibile copiare {name} nella libreria ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>La libreria è occupata o non è scrivibile ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>La libreria in {path} è stata scritta da una versione più recente di Margin (formato {found}; questa versione legge fino al {latest}). È stata lasciata intatta: aggiornare Margin per usarla.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>Impossibile aprire la libreria in {path} ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>Impossibile usare la cartella della libreria {path} ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>senza estensione</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>un&apos;immagine</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>un file audio</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un video</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>un tipo di carattere</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>un modello 3D</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>dati o codice</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>un archivio</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un documento da ufficio</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>un programma o un file binario</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>un tipo di file che Margin non sa leggere</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>richiesta non valida</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>è necessario l&apos;accesso</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>pagamento richiesto</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>accesso vietato</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>non trovato</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non consentito</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>non accettabile</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>tempo della richiesta scaduto</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>non più disponibile</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>troppe richieste</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>non disponibile per motivi legali</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>errore del server</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>non implementato</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>gateway non valido</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>servizio non disponibile</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>tempo del gateway scaduto</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>un errore</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>non è una pagina</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>File o cartella inesistente</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permesso negato</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>È una cartella</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Errore di input/output</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Spazio esaurito sul dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>File system di sola lettura</translation>
    </message>
</context>
</TS>
