<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Texto do artigo</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>O artigo, com as frases do resumo e as citações destacadas</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Frases do resumo</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Pressione Enter para ir a uma frase no texto</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citações</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Cada citação com seu autor; Enter leva até ela no texto</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Seus destaques e notas</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Enter leva até o destaque no texto</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Artigos da biblioteca</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Enter abre o artigo; digite para ir até um título</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Pesquisar na biblioteca</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sumário</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>As seções do documento; Enter leva até uma delas</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Tamanho do resumo</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>O tamanho do resumo; Automático cresce com o texto</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Mostrar citações de</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Mostrar destaques da cor</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Nota do destaque selecionado</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Mostrar o resumo</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Posição de leitura</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Contagem de frases do resumo e de citações</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Importar pasta…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Exportar resumo…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Exportar resumo com texto &amp;completo…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>Im&amp;primir resumo…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Selecionar &amp;tudo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Localizar &amp;próxima</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Localizar &amp;anterior</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Copiar citação com atri&amp;buição</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Aumentar zoom</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Diminuir zoom</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamanho real</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>Destacar resu&amp;mo</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Destacar &amp;citações</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Próxima frase do resumo</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Frase anterior do resumo</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Próxima citação</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Citação anterior</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Alternar claro/escuro</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Mostrar &amp;biblioteca</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>Mostrar res&amp;umo e citações</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>Reabrir o último artigo ao i&amp;niciar</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Destacar &amp;seleção</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Destacar com &amp;nota…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Remover destaque</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>&amp;Manter como destaque</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>&amp;Recapitular até aqui</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Mostrar &amp;sumário</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Próximo painel</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Painel anterior</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Abrir en&amp;dereço…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Novo da área de &amp;transferência</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>&amp;Baixar novamente</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>Confi&amp;gurações de leitura…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>Sub&amp;linhar resumo e citações</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>&amp;Sobre o Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Recapitular</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Resumir só o que vem antes da sua posição (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (recomendado)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Redução</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Africâner</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanês</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Bielorrusso</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Búlgaro</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalão</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinês</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croata</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tcheco</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dinamarquês</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Holandês</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglês</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estoniano</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finlandês</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francês</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemão</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grego</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Guzerate</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebraico</translation>
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
        <translation>Indonésio</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonês</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Canarês</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coreano</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letão</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituano</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macedônio</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malaiala</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Marati</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Nepalês</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norueguês Bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norueguês Nynorsk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonês</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Punjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Romeno</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russo</translation>
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
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espanhol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Suaíli</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Sueco</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tâmil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télugo</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Tailandês</translation>
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
        <translation>Galês</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Idioma desconhecido</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Copiar com atribuição</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>Nenhuma citação neste artigo.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Todos os autores ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Sem autor</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Mostrar as citações de um autor</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Nenhum artigo aberto</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>Nenhuma citação para filtrar</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Abra um artigo para filtrar suas citações por autor</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>Este artigo não cita ninguém</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>sem autor</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Citação de {speaker}: {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Citação sem autor: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Localizar no artigo</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Ocorrência anterior (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Próxima ocorrência (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fechar (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Não encontrado</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} de {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dispensar</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Arraste um artigo para cá ou abra um com Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>leitura</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>frases</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>resumo</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>citações</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>A biblioteca estava danificada e não pôde ser lida. Ela foi movida para {path} e uma nova biblioteca vazia foi criada.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Abrindo {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>Analisando {name}: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n frase do resumo</numerusform>
            <numerusform>%n frases do resumo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citação</numerusform>
            <numerusform>%n citações</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Analisando o resumo…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>sumário</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>direitos autorais</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>colofão</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licença</translation>
    </message>
    <message>
        <source>index</source>
        <translation>índice remissivo</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>elementos pré-textuais</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>elementos pós-textuais</translation>
    </message>
    <message>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Abra um artigo para ver suas seções.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>Este documento não tem seções (capítulos ou títulos).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Ação</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atalho</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Um leitor de artigos: o texto ao lado do seu resumo e das citações, com quem as disse. Tudo fica neste computador.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Resumos pelo classificador próprio do Margin ou pelo sumy; idiomas pelo langdetect; frases pelos modelos Punkt. Feito com Qt for Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>Sobre o Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractere</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n palavra</numerusform>
            <numerusform>%n palavras</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min de leitura</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>cerca de {hours} h {minutes} min de leitura</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>cerca de {hours} h de leitura</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Notas</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(não foi possível gravar o registro: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Ocorreu um erro interno no Margin ({error}: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Ocorreu um erro interno no Margin ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>O Margin continua funcionando; sua biblioteca está segura. Os detalhes foram gravados em {path}.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Registrado em {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copiar detalhes</translation>
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
        <translation>Página da web (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Abra um artigo primeiro; depois o resumo dele poderá ser exportado.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (texto completo)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Exportar resumo com texto completo</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exportar resumo</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Resumo salvo em {path}.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Abra um artigo primeiro; depois o resumo dele poderá ser impresso.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimir resumo</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>O resumo foi impresso em {path}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>O resumo foi enviado para a impressora.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Manter como destaque</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Desfazer: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Refazer: {action}</translation>
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
        <translation>Mantido como destaque (Editar › Desfazer para reverter).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Cor do destaque</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Editar nota…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Abra um artigo primeiro; depois selecione palavras nele para destacá-las.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Selecione primeiro as palavras a destacar.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Este artigo não está na biblioteca, por isso não pode guardar destaques.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Mudar cor</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n adicionado</numerusform>
            <numerusform>%n adicionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n já estava na biblioteca</numerusform>
            <numerusform>%n já estavam na biblioteca</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n não pôde ser lido</numerusform>
            <numerusform>%n não puderam ser lidos</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Importação interrompida: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importação concluída: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Procurando artigos…</translation>
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
        <translation>Nenhum artigo para importar: nada ali é um tipo de arquivo que o Margin lê (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Importação</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Alguns arquivos não puderam ser lidos; veja os detalhes.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>A importação foi interrompida: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Última abertura</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Data de adição</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>adicionado em {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n destaque</numerusform>
            <numerusform>%n destaques</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Etiquetas: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>Não foi possível abrir a biblioteca ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>A biblioteca não está disponível.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>Não foi possível alterar a biblioteca ({kind}: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>A biblioteca está fechada.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>o idioma do sistema</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>O Margin usará {language} na próxima inicialização.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>A biblioteca não está disponível, por isso nada pode ser importado.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Artigos ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Abrir artigos</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Importar uma pasta para a biblioteca</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Limpar menu</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Nenhum arquivo recente</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recente</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Seguir o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Idioma da interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarelo</translation>
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
        <translation>Roxo</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Todas as cores</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Escreva uma nota sobre o destaque selecionado acima</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(desvinculado: não encontrado no texto)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Sem nota</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Selecione-o e escreva uma nota abaixo</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Abra um artigo; depois selecione palavras nele e pressione Ctrl+H para destacá-las.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Nenhum destaque ainda: selecione palavras no texto e pressione Ctrl+H, ou clique nelas com o botão direito.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent}%</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Abra um artigo primeiro; depois o Margin poderá recapitular o que você já leu.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Você está bem no início: ainda não há nada para recapitular.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, em “{section}”</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Configurações de leitura</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Fonte do sistema</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Com serifa</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sem serifa</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Padrão do Margin (cerca de 70 caracteres)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caracteres</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Justificar linhas (margem direita alinhada)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Sublinhar as frases do resumo e as citações, além de colori-las</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Fonte</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Tamanho</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Largura da linha</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Espaçamento entre linhas</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Destacar em amarelo</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Destacar em verde</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Destacar em azul</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Destacar em rosa</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Destacar em roxo</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H: a última cor usada)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Destacar e escrever uma nota (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Somente favoritos</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Somente artigos com seus destaques e notas</translation>
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
        <translation>Remover da biblioteca…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas as etiquetas</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} de {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Nenhum artigo corresponde a “{query}”.</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Nenhum artigo corresponde a estes filtros.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>A biblioteca está vazia. Os artigos abertos ficam guardados aqui.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>indisponível</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Editar etiquetas</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Etiquetas de “{title}”, separadas por vírgulas:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>Remover “{title}” da biblioteca?

Seu próprio arquivo não é alterado; a cópia do Margin, as etiquetas e a posição de leitura são excluídas.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Remover da biblioteca</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Manter meu %n destaque e notas (eles voltam se eu abrir o arquivo novamente)</numerusform>
            <numerusform>Manter meus %n destaques e notas (eles voltam se eu abrir o arquivo novamente)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>frases</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% do texto</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Detectado</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Documento inteiro</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Por seção</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>O resumo do documento inteiro ou o de cada seção</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Mostrar o resumo completo</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Tamanho</translation>
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
        <translation>Resumo</translation>
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
        <translation>Este documento não tem seções</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Recapitulação até {where}: só o que vem antes da sua posição.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Frase do resumo {k} de {n}: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Clique para recolher ou expandir o resumo desta seção</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Seção {title}, recolhida</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Seção {title}, expandida</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>Baixando {site}… {got} KB de {total} KB</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>Baixando {site}… {got} KB</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Abrir endereço</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>O endereço de uma página da web (http ou https). O Margin a baixa uma vez e a guarda na biblioteca, para leitura offline.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>“{text}” não é um endereço da web (que comece com http:// ou https://).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>Nada para colar: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Guardando o texto colado…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Somente uma página aberta da web pode ser baixada novamente.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>A página de {site} está na biblioteca.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>A biblioteca não está disponível: esta página é exibida, mas não é guardada.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>Baixando {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>A biblioteca não está disponível, por isso o texto colado não pode ser guardado.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>Não é possível determinar o formato de {name}: use .pdf, .md ou .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Formato de exportação desconhecido: {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permissão negada</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Não é possível gravar {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Não é possível gravar {path}: a pasta {folder} não existe.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>frase do resumo</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>citação</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(uma citação dentro de uma frase do resumo mantém a cor da citação)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>As frases do resumo estão em **negrito** e as citações em _itálico_.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>Resumo de {name}</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Destaques do Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>caractere {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Nenhum destaque ainda.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Autor: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fonte: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>O Readwise aceita destaques de até %n caractere; estes são mais longos: {ids}.</numerusform>
            <numerusform>O Readwise aceita destaques de até %n caracteres; estes são mais longos: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>O Readwise aceita destaques de até %n caractere; este é mais longo: {ids}.</numerusform>
            <numerusform>O Readwise aceita destaques de até %n caracteres; este é mais longo: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>O Readwise aceita títulos de até {limit} caracteres; %n é mais longo.</numerusform>
            <numerusform>O Readwise aceita títulos de até {limit} caracteres; %n são mais longos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Formato desconhecido para destaques: {format}; use um destes: {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Devanágari</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>no PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>Este computador não tem fonte para texto em {script}, por isso ele não pode ser exibido {medium}; instale uma (no Debian/Ubuntu: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Não foi possível iniciar a impressora.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>Não é possível gravar {path}: não foi possível iniciar o PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>Não foi possível iniciar a impressora; verifique se ela está conectada e ligada.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>na impressão</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Resumo por seção feito pelo Margin com {method}: {sentences} de {sections}, cada uma tirada do texto da sua seção.</translation>
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
            <numerusform>%n seção</numerusform>
            <numerusform>%n seções</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norueguês</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>o classificador próprio do Margin</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>a análise semântica latente (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>o método de Luhn</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>o método de Edmundson</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Destaque amarelo</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Destaque verde</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Destaque azul</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Destaque rosa</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Destaque roxo</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>não está mais no texto do artigo</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>{name}, seu método padrão</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>O resumo recapitula o texto até a posição de {share}; nada depois desse ponto é usado.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>o artigo não tem frases para escolher</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>todas as frases do artigo</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>a única frase do artigo</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} de %n frase do artigo</numerusform>
            <numerusform>{chosen} das %n frases do artigo</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Resumo feito pelo Margin com {method}: {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Artigo sem título</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>por {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Resumo por seção</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>O artigo não tem frases para resumir.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Seus destaques</translation>
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
        <translation>{name} é grande demais para abrir na memória disponível</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>Não é possível ler {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>Não foi possível abrir {name} por causa de uma falha no Margin ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} não é um tipo de arquivo compatível ({kind}); o Margin lê {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} não é um tipo de documento que o Margin lê ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} não existe</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} não existe (é um link para um arquivo que não existe mais)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} é uma pasta, não um arquivo</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} não é um arquivo comum</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} está vazio</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} é grande demais ({size} MB; o Margin abre arquivos de até {limit} MB)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} é grande demais ({size} MB; o Margin abre documentos de até {limit} MB)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>Não é possível ler {name}: permissão negada</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} tem níveis aninhados demais para ser lido</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} não é um texto {encoding} válido</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} parece ser um arquivo binário, não texto</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} é longo demais para ser analisado ({count} milhões de caracteres; o Margin lê textos de até {limit} milhões)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} fica grande demais ao ser descompactado (um arquivo de {packed} que se descompactaria em {unpacked}; o Margin descompacta até {limit} e recusa partes compactadas numa proporção maior que {ratio} para 1)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} não tem texto legível</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} não contém palavras</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} não tem letras, por isso não é possível determinar o idioma</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} tem palavras de menos para determinar o idioma</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} não é um PDF legível (está danificado ou não é um PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} é protegido por senha</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} está criptografado de um modo que o Margin não consegue abrir</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} não tem camada de texto (pode ser uma imagem digitalizada)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} não é um documento do Word legível</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} é um documento Strict Open XML, um formato de documento do Word que o Margin não lê; abra-o no Word e salve-o como Documento do Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} não é um documento do Word (não contém o corpo do documento)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} é protegido por senha (o Margin não abre documentos do Word bloqueados)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} é um documento do Word antigo (Word 97-2003) com a extensão .docx, ou um documento bloqueado; salve-o como Documento do Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} não é um documento do Word (arquivos .docx são arquivos zip)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} não é um livro EPUB (arquivos EPUB são arquivos zip)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} é um livro EPUB danificado</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} é um livro EPUB danificado (sem documento de pacote)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} é um livro EPUB danificado (documento de pacote ilegível)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} tem um capítulo grande demais para abrir</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} não é uma página da web legível</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>A área de transferência não contém texto</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>{address} foi recusado: só é possível baixar endereços http e https, não endereços {scheme}:</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} não é um endereço da web completo (falta o host, como em https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} não é um nome de site válido</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} não é um endereço da web</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}: o Margin não envia nomes de usuário nem senhas; tire do endereço a parte antes de “@”</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>Redirecionamentos demais (mais de {count}), o último para {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} respondeu com {status} (um redirecionamento) sem dizer para onde</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>Um redirecionamento para um endereço {scheme}: foi recusado ({site} o enviou; só são seguidos endereços http e https)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} redirecionou para um endereço inválido</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} redireciona em loop (a página manda o Margin de volta para um endereço que ele já tentou)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} enviou {kind} ({content_type}), não um artigo</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} fechou a conexão antes de enviar a página completa</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} enviou uma página vazia</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>A página em {site} tem mais de {size} MB (o Margin lê páginas de até {limit} MB)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} enviou a página compactada de um modo que o Margin não lê ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} enviou uma página compactada danificada</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} enviou algo que não é um artigo (sem tipo de conteúdo, e não é uma página da web, PDF nem EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} respondeu com {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>Não foi possível acessar {site}: o nome não foi encontrado (verifique o endereço)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>Não foi possível acessar {site}: não foi possível consultar o nome (há conexão de rede?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>Não foi possível acessar {site}: não foi possível consultar o nome</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>Não foi possível acessar {site} com segurança: o certificado do site não pôde ser verificado ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>Não foi possível acessar {site} com segurança ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>Não foi possível acessar {site}: o tempo de conexão se esgotou</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} demorou demais para enviar a página (mais de {seconds} s)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} não respondeu: o tempo de conexão se esgotou</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} parou de enviar antes de a página estar completa: o tempo de conexão se esgotou</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>Não foi possível acessar {site}: a conexão foi recusada</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} fechou a conexão sem responder</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} enviou uma resposta que não é HTTP válido</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>Não foi possível acessar {site}: não há conexão de rede</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>Não foi possível acessar {site}: não há rota até o site (há conexão de rede?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>Não foi possível acessar {site} ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>Não há nenhum artigo {number} na biblioteca.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>Não há nenhum destaque {number} na biblioteca.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>O destaque {number} não está mais na biblioteca.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>A página de {site} agora corresponde a outro artigo da biblioteca, “{title}” ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>Não foi possível adicionar {name} à biblioteca ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>Não foi possível atualizar {name} na biblioteca ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>Não foi possível copiar {name} para a biblioteca ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>A biblioteca está ocupada ou não pode ser gravada ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>A biblioteca em {path} foi gravada por uma versão mais recente do Margin (formato {found}; esta versão lê até o {latest}). Ela não foi alterada: atualize o Margin para usá-la.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>Não é possível abrir a biblioteca em {path} ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>Não é possível usar a pasta da biblioteca {path} ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sem extensão</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>uma imagem</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>um arquivo de áudio</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>um vídeo</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>uma fonte</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>um modelo 3D</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>dados ou código</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>um arquivo compactado</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>um documento de escritório</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>um programa ou arquivo binário</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>um tipo de arquivo que o Margin não lê</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>solicitação inválida</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>é preciso fazer login</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>pagamento necessário</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>acesso proibido</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>não encontrado</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>não permitido</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>não aceitável</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>tempo da solicitação esgotado</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>não existe mais</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>solicitações demais</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>indisponível por motivos legais</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erro do servidor</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>não implementado</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>gateway inválido</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>serviço indisponível</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>tempo do gateway esgotado</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>um erro</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>não é uma página</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Arquivo ou diretório inexistente</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permissão negada</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>É um diretório</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erro de entrada/saída</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Não há espaço disponível no dispositivo</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Sistema de arquivos somente leitura</translation>
    </message>
</context>
</TS>
