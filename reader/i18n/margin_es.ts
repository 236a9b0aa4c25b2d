<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Texto del artículo</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>El artículo, con las frases del resumen y las citas resaltadas</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Frases del resumen</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Pulse Enter para ir a una frase en el texto</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Cada cita con su autor; Enter lleva a ella en el texto</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Sus resaltados y notas</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Enter lleva al resaltado en el texto</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Artículos de la biblioteca</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Enter abre el artículo; escriba para saltar a un título</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Buscar en la biblioteca</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>Las secciones del documento; Enter lleva a una</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longitud del resumen</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>Longitud del resumen; «Automática» crece con el texto</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Mostrar citas de</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Mostrar resaltados del color</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Nota del resaltado seleccionado</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Mostrar el resumen</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Su posición</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Número de frases del resumen y de citas</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Exportar resumen…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Exportar resumen con el &amp;texto completo…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimir resumen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Buscar &amp;siguiente</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Buscar anter&amp;ior</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Copiar cita con &amp;atribución</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>R&amp;educir</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>Tamaño &amp;real</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>Resaltar el res&amp;umen</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Resaltar las &amp;citas</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Frase siguiente del resumen</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Frase anterior del resumen</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Cita siguiente</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Cita anterior</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Alternar claro/oscuro</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostrar &amp;biblioteca</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>Mostrar resu&amp;men y citas</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>Reabrir el ú&amp;ltimo artículo al iniciar</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Resa&amp;ltar selección</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Resaltar con &amp;nota…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Quitar resaltado</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>&amp;Guardar como resaltado</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>Reca&amp;pitular hasta aquí</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Mostrar í&amp;ndice</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Abrir &amp;dirección…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Nuevo desde el &amp;portapapeles</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>&amp;Volver a descargar</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>Opciones de &amp;lectura…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>&amp;Subrayar resumen y citas</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>&amp;Acerca de Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Resaltar</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Recapitular</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Resumir solo lo que hay antes de su posición (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (recomendado)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Reducción</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikáans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengalí</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bielorruso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalán</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Checo</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danés</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonio</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finés</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Griego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guyaratí</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Húngaro</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonesio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonés</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarés</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letón</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedonio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Maratí</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalí</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Noruego bokmal</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Noruego nynorsk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polaco</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Panyabí</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Rumano</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Eslovaco</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Esloveno</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suajili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
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
        <translation>Tailandés</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
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
        <translation>Galés</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Idioma desconocido</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Copiar con atribución</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>No hay declaraciones citadas en este artículo.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Todos los autores ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sin atribuir</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Mostrar las citas de un solo autor</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Ningún artículo abierto</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>No hay citas que filtrar</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Abra un artículo para filtrar sus citas por autor</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>Este artículo no cita a nadie</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>sin atribuir</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Cita de {speaker}: {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Cita sin atribuir: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Buscar en el artículo</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Cerrar (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Sin coincidencias</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Arrastre un artículo aquí o ábralo con Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lectura</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>su idioma</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>sus frases</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>el resumen</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>las citas</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>La biblioteca estaba dañada y no se pudo leer. Se ha movido a {path} y se ha creado una biblioteca nueva y vacía.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abriendo {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>Analizando {name}: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n frase del resumen</numerusform>
            <numerusform>%n frases del resumen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n cita</numerusform>
            <numerusform>%n citas</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Analizando el resumen…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>índice</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>derechos de autor</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>colofón</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licencia</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice alfabético</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>preliminares</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>material final</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Abra un artículo para ver sus secciones.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>Este documento no tiene secciones (capítulos ni encabezados).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Un lector de artículos: el texto junto a su resumen y las declaraciones citadas con quién las dijo. Todo permanece en este equipo.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Resúmenes con el clasificador propio de Margin o con sumy; idiomas con langdetect; frases con los modelos Punkt. Hecho con Qt for Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>Acerca de Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palabra</numerusform>
            <numerusform>%n palabras</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min de lectura</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>unas {hours} h y {minutes} min de lectura</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>unas {hours} h de lectura</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Abstract</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(no se pudo escribir el registro: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Se ha producido un error interno en Margin ({error}: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Se ha producido un error interno en Margin ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin sigue funcionando; su biblioteca está a salvo. Los detalles se han guardado en {path}.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Registrado en {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalles</translation>
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
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Abra primero un artículo para poder exportar su resumen.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (texto completo)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Exportar resumen con el texto completo</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumen</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Resumen guardado en {path}.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Abra primero un artículo para poder imprimir su resumen.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumen</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>El resumen se ha impreso en {path}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>El resumen se ha enviado a la impresora.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Guardar como resaltado</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Deshacer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rehacer: {action}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Notas ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>Guardado como resaltado (Editar › Deshacer lo revierte).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Color del resaltado</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Abra primero un artículo; después seleccione palabras en él para resaltarlas.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Seleccione primero las palabras que desee resaltar.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Este artículo no está en la biblioteca, así que no puede guardar resaltados.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Cambiar color</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n añadido</numerusform>
            <numerusform>%n añadidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n ya estaba en la biblioteca</numerusform>
            <numerusform>%n ya estaban en la biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n no se pudo leer</numerusform>
            <numerusform>%n no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Importación detenida: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importación terminada: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Buscando artículos…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} de {total}: {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} de {total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>No hay artículos que importar: ningún archivo es de un tipo que Margin pueda leer (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Algunos archivos no se pudieron leer; consulte los detalles.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>La importación se detuvo: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Última apertura</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Fecha de adición</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>añadido el {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n resaltado</numerusform>
            <numerusform>%n resaltados</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>No se pudo abrir la biblioteca ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>La biblioteca no está disponible.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>No se pudo modificar la biblioteca ({kind}: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La biblioteca está cerrada.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>el idioma del sistema</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Margin usará {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>La biblioteca no está disponible, así que no se puede importar nada.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Artículos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Abrir artículos</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Importar una carpeta a la biblioteca</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Vaciar menú</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Morado</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Todos los colores</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Escriba una nota sobre el resaltado seleccionado arriba</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(desvinculado: no se encuentra en el texto)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sin nota</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Selecciónelo y escriba una nota debajo</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Abra un artículo; después seleccione palabras en él y pulse Ctrl+H para resaltarlas.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Aún no hay resaltados: seleccione palabras del texto y pulse Ctrl+H, o haga clic derecho sobre ellas.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Abra primero un artículo; después Margin podrá recapitular lo que haya leído.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Está al principio del todo: aún no hay nada que recapitular.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, en «{section}»</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Opciones de lectura</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Tipo de letra del sistema</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Con serifa</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sin serifa</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>El de Margin (unos 70 caracteres)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Justificar las líneas (borde derecho uniforme)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Subrayar las frases del resumen y las citas, no solo colorearlas</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Tipo de letra</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>Ta&amp;maño</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Ancho de línea</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Interlineado</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Resaltar en amarillo</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Resaltar en verde</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Resaltar en azul</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Resaltar en rosa</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Resaltar en morado</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H: el último color usado)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Resaltar y escribir una nota (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Solo favoritos</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Solo artículos con sus resaltados y notas</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorito</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Editar etiquetas…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Quitar de la biblioteca…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Ningún artículo coincide con «{query}».</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Ningún artículo coincide con estos filtros.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>La biblioteca está vacía. Los artículos que abra se guardan aquí.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Etiquetas de «{title}», separadas por comas:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>¿Quitar «{title}» de la biblioteca?

Su archivo no se modifica; se eliminan la copia de Margin, las etiquetas y la posición de lectura.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Quitar de la biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Conservar mi %n resaltado y sus notas (vuelve si abro el archivo de nuevo)</numerusform>
            <numerusform>Conservar mis %n resaltados y notas (vuelven si abro el archivo de nuevo)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Automática</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>frases</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% del texto</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Documento completo</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Por secciones</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>El resumen del documento completo, o el de cada sección</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Mostrar el resumen completo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>Recapitular</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>Detectado ({language})</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>Este documento no tiene secciones</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Recapitulación hasta {where}: solo lo que hay antes de su posición.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Frase del resumen {k} de {n}: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Haga clic para contraer o desplegar el resumen de esta sección</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Sección {title}, contraída</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Sección {title}, desplegada</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>Descargando {site}… {got} KB de {total} KB</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>Descargando {site}… {got} KB</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Abrir dirección</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>La dirección de una página web (http o https). Margin la descarga una vez y la guarda en la biblioteca para leerla sin conexión.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>«{text}» no es una dirección web (una que empiece por http:// o https://).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>No hay nada que pegar: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Guardando el texto pegado…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Solo se puede volver a descargar una página abierta desde la web.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>La página de {site} está en la biblioteca.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>La biblioteca no está disponible: esta página se muestra, pero no se guarda.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>Descargando {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>La biblioteca no está disponible, así que el texto pegado no se puede guardar.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>No se puede determinar el formato de {name}: use .pdf, .md o .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Formato de exportación desconocido: {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permiso denegado</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>No se puede escribir {path}: la carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>frase del resumen</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>cita</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(una cita dentro de una frase del resumen conserva el color de la cita)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>Las frases del resumen van en **negrita**; las citas, en _cursiva_.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>Resumen de {name}</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Resaltados de Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>carácter {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Aún no hay resaltados.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Autor: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise admite resaltados de hasta %n carácter; estos son más largos: {ids}.</numerusform>
            <numerusform>Readwise admite resaltados de hasta %n caracteres; estos son más largos: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise admite resaltados de hasta %n carácter; este es más largo: {ids}.</numerusform>
            <numerusform>Readwise admite resaltados de hasta %n caracteres; este es más largo: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise admite títulos de hasta {limit} caracteres; %n es más largo.</numerusform>
            <numerusform>Readwise admite títulos de hasta {limit} caracteres; %n son más largos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Formato {format} desconocido para los resaltados: use uno de estos: {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>el PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>Este equipo no tiene ningún tipo de letra para esta escritura ({script}), así que no se puede mostrar en {medium}; instale uno (en Debian/Ubuntu: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>No se puede escribir {path}: no se pudo crear el PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>No se pudo iniciar la impresora; compruebe que está conectada y encendida.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>la copia impresa</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Resumen por secciones elaborado por Margin con {method}: {sentences} de {sections}, cada sección resumida a partir de su propio texto.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n frase</numerusform>
            <numerusform>%n frases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Noruego</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>el clasificador propio de Margin</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>el análisis semántico latente (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>el método de Luhn</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>el método de Edmundson</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Resaltado amarillo</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Resaltado verde</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Resaltado azul</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Resaltado rosa</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Resaltado morado</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>ya no se encuentra en el texto del artículo</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>su método predeterminado, {name}</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>Recapitula el texto hasta el {share} de su extensión; no se usa nada posterior a ese punto.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>el artículo no tiene frases entre las que elegir</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>todas las frases del artículo</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>la única frase del artículo</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} de la %n frase del artículo</numerusform>
            <numerusform>{chosen} de las %n frases del artículo</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Resumen elaborado por Margin con {method}: {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artículo sin título</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>por {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Resumen por secciones</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>El artículo no tiene frases que resumir.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Sus resaltados</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texto completo</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>{name} es demasiado grande para abrirlo con la memoria disponible</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>No se puede leer {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>No se pudo abrir {name} debido a un error de Margin ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} no es un tipo de archivo compatible ({kind}); Margin lee {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} no es un tipo de documento que Margin pueda leer ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} no existe</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} no existe (es un enlace a un archivo que ya no está)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} no es un archivo normal</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vacío</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} es demasiado grande ({size} MB; Margin abre archivos de hasta {limit} MB)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} es demasiado grande ({size} MB; Margin abre documentos de hasta {limit} MB)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>No se puede leer {name}: permiso denegado</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} tiene demasiados niveles de anidamiento para leerlo</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} no es texto {encoding} válido</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} parece un archivo binario, no texto</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} es demasiado largo para analizarlo ({count} millones de caracteres; Margin lee textos de hasta {limit} millones)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} es demasiado grande una vez descomprimido (un archivo de {packed} que ocuparía {unpacked} al descomprimirlo; Margin descomprime hasta {limit} y rechaza las partes comprimidas a más de {ratio} a 1)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} no tiene texto legible</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} no contiene ninguna palabra</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} no tiene letras, así que no se puede determinar su idioma</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} tiene demasiado pocas palabras para determinar su idioma</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} no es un PDF legible (está dañado o no es un PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} está protegido con contraseña</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} está cifrado de una forma que Margin no puede abrir</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} no tiene capa de texto (puede ser una imagen escaneada)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} no es un documento de Word legible</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} es un documento Strict Open XML, una variante de documento de Word que Margin no puede leer; ábralo en Word y guárdelo como Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} no es un documento de Word (no contiene cuerpo de documento)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} está protegido con contraseña (Margin no puede abrir documentos de Word bloqueados)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} es un documento de Word antiguo (Word 97-2003) con extensión .docx, o uno bloqueado; guárdelo como Documento de Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} no es un documento de Word (los archivos .docx son archivos zip)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} no es un libro EPUB (los archivos EPUB son archivos zip)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} es un libro EPUB dañado</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} es un libro EPUB dañado (sin documento de paquete)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} es un libro EPUB dañado (documento de paquete ilegible)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} tiene un capítulo demasiado grande para abrirlo</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} no es una página web legible</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>El portapapeles no contiene texto</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>Se rechazó {address}: solo se pueden descargar direcciones http y https, no {scheme}:</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} no es una dirección web completa (le falta el servidor, como en https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} no es un nombre de sitio válido</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} no es una dirección web</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}: Margin no envía nombres de usuario ni contraseñas; quite de la dirección la parte anterior a «@»</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>demasiadas redirecciones (más de {count}); la última, a {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} respondió {status} (una redirección) sin indicar adónde</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>se rechazó una redirección a una dirección {scheme}: (la envió {site}; solo se siguen direcciones http y https)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} redirigió a una dirección no válida</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} redirige en bucle (la página devuelve a Margin a una dirección que ya había probado)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} envió {kind} ({content_type}), no un artículo</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} cerró la conexión antes de que la página estuviera completa</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} envió una página vacía</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>la página de {site} ocupa más de {size} MB (Margin lee páginas de hasta {limit} MB)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} envió la página comprimida de una forma que Margin no lee ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} envió una página comprimida dañada</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} envió algo que no es un artículo (no indica el tipo de contenido y no es una página web, un PDF ni un EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} respondió {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>No se pudo acceder a {site}: no se encontró el nombre (compruebe la dirección)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>No se pudo acceder a {site}: no se pudo resolver el nombre (¿hay conexión de red?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>No se pudo acceder a {site}: no se pudo resolver el nombre</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>No se pudo acceder a {site} de forma segura: no se pudo verificar su certificado ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>No se pudo acceder a {site} de forma segura ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>No se pudo acceder a {site}: se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} tardó demasiado en enviar la página (más de {seconds} s)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} no respondió: se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} dejó de enviar datos antes de completar la página: se agotó el tiempo de espera de la conexión</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>No se pudo acceder a {site}: se rechazó la conexión</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} cerró la conexión sin responder</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} envió una respuesta HTTP no válida</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>No se pudo acceder a {site}: no hay conexión de red</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>No se pudo acceder a {site}: no hay ninguna ruta hasta él (¿hay conexión de red?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>No se pudo acceder a {site} ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>No existe el artículo {number} en la biblioteca.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>No existe el resaltado {number} en la biblioteca.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>El resaltado {number} ya no está en la biblioteca.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>La página de {site} ahora corresponde a otro artículo de la biblioteca, «{title}» ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>No se pudo añadir {name} a la biblioteca ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>No se pudo actualizar {name} en la biblioteca ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>No se pudo copiar {name} a la biblioteca ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>La biblioteca está ocupada o no se puede escribir en ella ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>La biblioteca de {path} la escribió una versión más reciente de Margin (formato {found}; esta versión lee hasta el {latest}). No se ha modificado: actualice Margin para usarla.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>No se puede abrir la biblioteca de {path} ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>No se puede usar la carpeta de la biblioteca {path} ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sin extensión</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>una imagen</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>un archivo de sonido</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>un vídeo</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>un tipo de letra</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>un modelo 3D</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>datos o código</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>un archivo comprimido</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un documento ofimático</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>un programa o archivo binario</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>un tipo de archivo que Margin no lee</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>solicitud incorrecta</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>hay que iniciar sesión</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>pago requerido</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>prohibido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrado</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>no permitido</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>no aceptable</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>tiempo de espera agotado</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>ya no existe</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>demasiadas solicitudes</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>no disponible por motivos legales</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>error del servidor</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>no implementado</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>puerta de enlace incorrecta</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>servicio no disponible</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>tiempo de espera agotado en la puerta de enlace</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>un error</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>no es una página</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>No existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permiso denegado</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Es una carpeta</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Error de entrada/salida</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No queda espacio en el dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de archivos de solo lectura</translation>
    </message>
</context>
</TS>
