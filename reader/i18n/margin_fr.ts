<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Texte de l&apos;article</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>L&apos;article, avec les phrases du résumé et les citations surlignées</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Phrases du résumé</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Appuyez sur Entrée pour aller à une phrase dans le texte</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Chaque citation et la personne citée&#xa0;; Entrée mène à la citation dans le texte</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Vos surlignages et notes</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Entrée mène au surlignage dans le texte</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Entrée ouvre l&apos;article&#xa0;; tapez pour aller à un titre</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>Les sections du document&#xa0;; Entrée mène à l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Longueur du résumé</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>Longueur du résumé&#xa0;; Auto l&apos;adapte à la longueur du texte</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Afficher les citations de</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Afficher les surlignages de couleur</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Note sur le surlignage sélectionné</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Afficher le résumé</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Votre position</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Nombre de phrases du résumé et de citations</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Exporter le résumé…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Exporter le résumé avec le &amp;texte intégral…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>&amp;Imprimer le résumé…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Rechercher le &amp;suivant</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Rechercher le &amp;précédent</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Copier la citation avec son attri&amp;bution</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Zoom arrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>&amp;Surligner le résumé</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Surligner les &amp;citations</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Phrase du résumé suivante</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Phrase du résumé précédente</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Citation suivante</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Citation précédente</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Basculer clair/sombre</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Afficher la &amp;bibliothèque</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>Afficher le résumé et les cit&amp;ations</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>Rou&amp;vrir le dernier article au démarrage</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Surligner la sé&amp;lection</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Surligner avec une &amp;note…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>C&amp;onserver comme surlignage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>&amp;Récapituler jusqu&apos;ici</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Afficher la table des &amp;matières</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Panneau suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panneau précédent</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Ouvrir une &amp;adresse…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Nouveau depuis le &amp;presse-papiers</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>Récupérer à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>&amp;Paramètres de lecture…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>So&amp;uligner le résumé et les citations</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>À &amp;propos de Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Récapituler</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Résumer uniquement ce qui précède votre position (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (recommandé)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Réduction</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Afrikaans</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Albanais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Biélorusse</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Bulgare</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Catalan</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Croate</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Tchèque</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danois</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Néerlandais</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Estonien</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Filipino</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finnois</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Hongrois</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Indonésien</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Japonais</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Coréen</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Letton</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Lituanien</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Macédonien</translation>
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
        <translation>Népalais</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Norvégien bokmål</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Norvégien nynorsk</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Polonais</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Pendjabi</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Roumain</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Slovaque</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Slovène</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Swahili</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Suédois</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Télougou</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Vietnamien</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Gallois</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Langue inconnue</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Copier avec l&apos;attribution</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>Aucune citation dans cet article.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Toutes les personnes citées ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribuées</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Afficher les citations d&apos;une seule personne</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Aucun article ouvert</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>Aucune citation à filtrer</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Ouvrez un article pour filtrer ses citations par personne citée</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>Cet article ne cite personne</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>non attribuée</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Citation de {speaker}&#xa0;: {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Citation non attribuée&#xa0;: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l&apos;article</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} sur {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Déposez un article ici, ou ouvrez-en un avec Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>lecture</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>sa langue</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>ses phrases</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>le résumé</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>les citations</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>La bibliothèque était endommagée et n&apos;a pas pu être lue. Elle a été déplacée vers {path} et une nouvelle bibliothèque vide a été créée.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Ouverture de {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>Analyse de {name}&#xa0;: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n phrase du résumé</numerusform>
            <numerusform>%n phrases du résumé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n citation</numerusform>
            <numerusform>%n citations</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Analyse du résumé…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>table des matières</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>droits d&apos;auteur</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>colophon</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>licence</translation>
    </message>
    <message>
        <source>index</source>
        <translation>index</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>pages liminaires</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>pages de fin</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Ouvrez un article pour voir ses sections.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>Ce document n&apos;a pas de sections (chapitres ou titres).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Un lecteur d&apos;articles&#xa0;: le texte à côté de son résumé et des citations, avec la personne qui les a prononcées. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Résumés par l&apos;algorithme de classement propre à Margin ou par sumy&#xa0;; langues par langdetect&#xa0;; phrases par les modèles Punkt. Conçu avec Qt for Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>À propos de Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n caractère</numerusform>
            <numerusform>%n caractères</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n mot</numerusform>
            <numerusform>%n mots</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} min de lecture</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>environ {hours} h {minutes} min de lecture</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>environ {hours} h de lecture</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Notes</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(le journal n&apos;a pas pu être écrit&#xa0;: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Une erreur s&apos;est produite dans Margin ({error}&#xa0;: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Une erreur s&apos;est produite dans Margin ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin continue de fonctionner&#xa0;; votre bibliothèque est intacte. Les détails ont été enregistrés dans {path}.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Consigné dans {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Ouvrez d&apos;abord un article&#xa0;; son résumé pourra ensuite être exporté.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (texte intégral)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Exporter le résumé avec le texte intégral</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Exporter le résumé</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Résumé enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Ouvrez d&apos;abord un article&#xa0;; son résumé pourra ensuite être imprimé.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Imprimer le résumé</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>Le résumé a été imprimé dans {path}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Le résumé a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Conserver comme surlignage</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Notes ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>Conservé comme surlignage (Édition › Annuler permet de revenir en arrière).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Couleur du surlignage</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Modifier la note…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Ouvrez d&apos;abord un article, puis sélectionnez-y des mots pour les surligner.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Sélectionnez d&apos;abord les mots à surligner.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Cet article n&apos;est pas dans la bibliothèque&#xa0;: il ne peut donc pas conserver de surlignages.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n ajouté</numerusform>
            <numerusform>%n ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
            <numerusform>%n déjà dans la bibliothèque</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n n&apos;a pas pu être lu</numerusform>
            <numerusform>%n n&apos;ont pas pu être lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Importation interrompue&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Importation terminée&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Recherche d&apos;articles…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} sur {total}&#xa0;: {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} sur {total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>Aucun article à importer&#xa0;: aucun fichier de ce dossier n&apos;est d&apos;un type que Margin sait lire (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Importation</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Certains fichiers n&apos;ont pas pu être lus&#xa0;; consultez les détails.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>L&apos;importation s&apos;est arrêtée&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Dernière ouverture</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>ajouté le {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n surlignage</numerusform>
            <numerusform>%n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Étiquettes&#xa0;: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>La bibliothèque n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>Impossible de modifier la bibliothèque ({kind}&#xa0;: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>La bibliothèque est fermée.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>la langue du système</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Margin utilisera {language} au prochain démarrage.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>La bibliothèque n&apos;est pas disponible&#xa0;: rien ne peut donc être importé.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Articles ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Importer un dossier dans la bibliothèque</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Écrivez une note sur le surlignage sélectionné ci-dessus</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(détaché&#xa0;: introuvable dans le texte)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Aucune note</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Sélectionnez-le et écrivez une note ci-dessous</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Ouvrez un article, puis sélectionnez-y des mots et appuyez sur Ctrl+H pour les surligner.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Aucun surlignage pour l&apos;instant&#xa0;: sélectionnez des mots dans le texte et appuyez sur Ctrl+H, ou faites un clic droit dessus.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Ouvrez d&apos;abord un article&#xa0;; Margin pourra ensuite récapituler ce que vous avez lu.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Vous êtes tout au début&#xa0;: il n&apos;y a encore rien à récapituler.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, dans «&#xa0;{section}&#xa0;»</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Paramètres de lecture</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Police du système</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>Avec empattements</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans empattements</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Celle de Margin (environ 70 caractères)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>{n} caractères</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Justifier les lignes (bord droit aligné)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Souligner les phrases du résumé et les citations, et pas seulement les colorer</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Police</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Taille</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>&amp;Largeur de ligne</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Interligne</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Surligner en jaune</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Surligner en vert</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Surligner en bleu</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Surligner en rose</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Surligner en violet</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H&#xa0;: la dernière couleur utilisée)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Note</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Surligner et écrire une note (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Uniquement les articles avec vos surlignages et notes</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Modifier les étiquettes…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Retirer de la bibliothèque…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Aucun article ne correspond à «&#xa0;{query}&#xa0;».</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Aucun article ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>La bibliothèque est vide. Les articles que vous ouvrez sont conservés ici.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>indisponible</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Étiquettes de «&#xa0;{title}&#xa0;», séparées par des virgules&#xa0;:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>Retirer «&#xa0;{title}&#xa0;» de la bibliothèque&#xa0;?

Votre fichier n&apos;est pas modifié&#xa0;; la copie conservée par Margin, les étiquettes et la position de lecture sont supprimées.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Retirer de la bibliothèque</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Conserver %n surlignage et ses notes (ils reviendront si je rouvre le fichier)</numerusform>
            <numerusform>Conserver mes %n surlignages et notes (ils reviendront si je rouvre le fichier)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Auto</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>phrases</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% du texte</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Détectée</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Document entier</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>Par section</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>Le résumé du document entier, ou celui de chaque section</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Afficher le résumé complet</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>Récapituler</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>Détectée ({language})</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>Ce document n&apos;a pas de sections</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Récapitulatif jusqu&apos;à {where}&#xa0;: uniquement ce qui précède votre position.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Phrase du résumé {k} sur {n}&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Cliquez pour replier ou déplier le résumé de cette section</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Section {title}, repliée</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Section {title}, dépliée</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>Récupération de {site}… {got} Ko sur {total} Ko</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>Récupération de {site}… {got} Ko</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Ouvrir une adresse</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>L&apos;adresse d&apos;une page web (http ou https). Margin la récupère une seule fois et la conserve dans la bibliothèque, pour une lecture hors ligne.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une adresse web (commençant par http:// ou https://).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>Rien à coller&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Conservation du texte collé…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Seule une page ouverte depuis le web peut être récupérée à nouveau.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>La page de {site} est dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>La bibliothèque n&apos;est pas disponible&#xa0;: cette page est affichée mais pas conservée.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>Récupération de {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>La bibliothèque n&apos;est pas disponible&#xa0;: le texte collé ne peut donc pas être conservé.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>Impossible de déterminer le format de {name}&#xa0;: utilisez .pdf, .md ou .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Format d&apos;exportation inconnu&#xa0;: {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>phrase du résumé</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>citation</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(une citation à l&apos;intérieur d&apos;une phrase du résumé garde la couleur des citations)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>Les phrases du résumé sont en **gras**, les citations en _italique_.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>Résumé {name}</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Surlignages de Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>caractère {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Aucun surlignage pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Auteur&#xa0;: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise accepte des surlignages de %n caractère au plus&#xa0;; ceux-ci sont plus longs&#xa0;: {ids}.</numerusform>
            <numerusform>Readwise accepte des surlignages de %n caractères au plus&#xa0;; ceux-ci sont plus longs&#xa0;: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise accepte des surlignages de %n caractère au plus&#xa0;; celui-ci est plus long&#xa0;: {ids}.</numerusform>
            <numerusform>Readwise accepte des surlignages de %n caractères au plus&#xa0;; celui-ci est plus long&#xa0;: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise accepte des titres de {limit} caractères au plus&#xa0;; %n titre est plus long.</numerusform>
            <numerusform>Readwise accepte des titres de {limit} caractères au plus&#xa0;; %n titres sont plus longs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Format {format} inconnu pour les surlignages&#xa0;; formats possibles&#xa0;: {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Dévanagari</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>le PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>Cet ordinateur n&apos;a aucune police pour l&apos;écriture «&#xa0;{script}&#xa0;»&#xa0;: ce texte ne peut donc pas apparaître dans {medium}&#xa0;; installez-en une (sous Debian/Ubuntu&#xa0;: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Impossible de démarrer l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>Impossible d&apos;écrire {path}&#xa0;: le PDF n&apos;a pas pu être créé.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>Impossible de démarrer l&apos;imprimante&#xa0;; vérifiez qu&apos;elle est connectée et allumée.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>l&apos;impression</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Résumé par section établi par Margin avec {method}&#xa0;: {sentences} pour {sections}, chaque section étant résumée à partir de son propre texte.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n phrase</numerusform>
            <numerusform>%n phrases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Norvégien</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>l&apos;algorithme de classement propre à Margin</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>l&apos;analyse sémantique latente (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>la méthode de Luhn</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>la méthode d&apos;Edmundson</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Surlignage jaune</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Surlignage vert</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Surlignage bleu</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Surlignage rose</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Surlignage violet</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>introuvable dans le texte de l&apos;article</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>sa méthode par défaut, {name}</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>Le récapitulatif porte sur le texte jusqu&apos;à {share} de sa longueur&#xa0;; rien de ce qui suit n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>l&apos;article ne contient aucune phrase à retenir</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>toutes les phrases de l&apos;article</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>l&apos;unique phrase de l&apos;article</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} sur %n phrase de l&apos;article</numerusform>
            <numerusform>{chosen} des %n phrases de l&apos;article</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Résumé établi par Margin avec {method}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Article sans titre</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>par {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Résumé par section</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>L&apos;article ne contient aucune phrase à résumer.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Vos surlignages</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Texte intégral</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>{name} est trop volumineux pour être ouvert avec la mémoire disponible</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>Impossible de lire {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>Impossible d&apos;ouvrir {name} à cause d&apos;un bogue de Margin ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name} n&apos;est pas un type de fichier pris en charge ({kind})&#xa0;; Margin lit {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name} n&apos;est pas un type de document que Margin sait lire ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} n&apos;existe pas</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} n&apos;existe pas (lien vers un fichier qui a disparu)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} est un dossier, et non un fichier</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} n&apos;est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name} est trop volumineux ({size}&#xa0;Mo&#xa0;; Margin ouvre les fichiers jusqu&apos;à {limit}&#xa0;Mo)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name} est trop volumineux ({size}&#xa0;Mo&#xa0;; Margin ouvre les documents jusqu&apos;à {limit}&#xa0;Mo)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>Impossible de lire {name}&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name} est trop profondément imbriqué pour être lu</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} n&apos;est pas un texte {encoding} valide</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name} semble être un fichier binaire, et non du texte</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name} est trop long pour être analysé ({count}&#xa0;millions de caractères&#xa0;; Margin lit les textes jusqu&apos;à {limit}&#xa0;millions)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name} est trop volumineux une fois décompressé (un fichier de {packed} qui occuperait {unpacked} décompressé&#xa0;; Margin décompresse jusqu&apos;à {limit} et refuse les parties compressées à plus de {ratio} pour 1)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name} ne contient aucun texte lisible</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name} ne contient aucun mot</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name} ne contient aucune lettre, sa langue ne peut donc pas être déterminée</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name} contient trop peu de mots pour en déterminer la langue</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name} n&apos;est pas un PDF lisible (fichier endommagé ou qui n&apos;est pas un PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name} est protégé par un mot de passe</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name} est chiffré d&apos;une manière que Margin ne sait pas ouvrir</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name} n&apos;a pas de couche de texte (il s&apos;agit peut-être d&apos;une image numérisée)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name} n&apos;est pas un document Word lisible</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} est un document Strict Open XML, une forme de document Word que Margin ne sait pas lire&#xa0;; ouvrez-le dans Word et enregistrez-le au format Document Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} n&apos;est pas un document Word (il ne contient aucun corps de document)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name} est protégé par un mot de passe (Margin ne peut pas ouvrir les documents Word verrouillés)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} est un ancien document Word (Word 97-2003) nommé .docx, ou un document verrouillé&#xa0;; enregistrez-le au format Document Word (.docx)</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} n&apos;est pas un document Word (les fichiers .docx sont des archives zip)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} n&apos;est pas un livre EPUB (les fichiers EPUB sont des archives zip)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} est un livre EPUB endommagé</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} est un livre EPUB endommagé (aucun document de paquetage)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} est un livre EPUB endommagé (document de paquetage illisible)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name} contient un chapitre trop volumineux pour être ouvert</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name} n&apos;est pas une page web lisible</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>Le presse-papiers ne contient aucun texte</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>L&apos;adresse {address} a été refusée&#xa0;: seules les adresses http et https peuvent être récupérées, pas les adresses {scheme}:</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} n&apos;est pas une adresse web complète (il manque le nom d&apos;hôte, comme dans https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} n&apos;est pas un nom de site valide</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}&#xa0;: Margin n&apos;envoie ni noms d&apos;utilisateur ni mots de passe&#xa0;; retirez de l&apos;adresse la partie située avant «&#xa0;@&#xa0;»</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>trop de redirections (plus de {count}), la dernière vers {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>{site} a répondu {status} (une redirection) sans indiquer vers où</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>une redirection vers une adresse {scheme}: a été refusée ({site} l&apos;a envoyée&#xa0;; seules les adresses http et https sont suivies)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>{site} a redirigé vers une adresse non valide</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>{site} redirige en boucle (la page renvoie Margin vers une adresse déjà essayée)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>{site} a envoyé {kind} ({content_type}), et non un article</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>{site} a fermé la connexion avant que la page ne soit complète</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>{site} a envoyé une page vide</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>la page de {site} dépasse {size}&#xa0;Mo (Margin lit les pages jusqu&apos;à {limit}&#xa0;Mo)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>{site} a envoyé la page compressée d&apos;une manière que Margin ne sait pas lire ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>{site} a envoyé une page compressée endommagée</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>{site} a envoyé quelque chose qui n&apos;est pas un article (pas de type de contenu, et ni une page web, ni un PDF, ni un EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>{site} a répondu {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>Impossible de joindre {site}&#xa0;: le nom est introuvable (vérifiez l&apos;adresse)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>Impossible de joindre {site}&#xa0;: le nom n&apos;a pas pu être résolu (y a-t-il une connexion réseau&#xa0;?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>Impossible de joindre {site}&#xa0;: le nom n&apos;a pas pu être résolu</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>Impossible de joindre {site} de façon sécurisée&#xa0;: son certificat n&apos;a pas pu être vérifié ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>Impossible de joindre {site} de façon sécurisée ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>Impossible de joindre {site}&#xa0;: le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>{site} a mis trop de temps à envoyer la page (plus de {seconds}&#xa0;s)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>{site} n&apos;a pas répondu&#xa0;: le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>{site} a cessé d&apos;envoyer avant que la page ne soit complète&#xa0;: le délai de connexion a expiré</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>Impossible de joindre {site}&#xa0;: la connexion a été refusée</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>{site} a fermé la connexion sans répondre</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>{site} a envoyé une réponse HTTP non valide</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>Impossible de joindre {site}&#xa0;: aucune connexion réseau</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>Impossible de joindre {site}&#xa0;: aucune route n&apos;y mène (y a-t-il une connexion réseau&#xa0;?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>Impossible de joindre {site} ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>Il n&apos;y a pas d&apos;article {number} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>Il n&apos;y a pas de surlignage {number} dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>Le surlignage {number} n&apos;est plus dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>La page de {site} correspond désormais à un autre article de la bibliothèque, «&#xa0;{title}&#xa0;» ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>Impossible d&apos;ajouter {name} à la bibliothèque ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>Impossible de mettre à jour {name} dans la bibliothèque ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>Impossible de copier {name} dans la bibliothèque ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>La bibliothèque est occupée ou n&apos;est pas accessible en écriture ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>La bibliothèque située dans {path} a été créée par une version plus récente de Margin (format {found}&#xa0;; cette version lit jusqu&apos;au format {latest}). Elle n&apos;a pas été modifiée&#xa0;: mettez Margin à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>Impossible d&apos;ouvrir la bibliothèque située dans {path} ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>Impossible d&apos;utiliser le dossier de bibliothèque {path} ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>sans extension</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>une image</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>un fichier audio</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>une vidéo</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>une police de caractères</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>un modèle 3D</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>des données ou du code</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>une archive</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>un document bureautique</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>un programme ou un fichier binaire</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>un type de fichier que Margin ne sait pas lire</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>requête incorrecte</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>identification requise</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>paiement requis</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>accès interdit</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>introuvable</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>non autorisé</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>non acceptable</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>délai de requête dépassé</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>n&apos;existe plus</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>trop de requêtes</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>indisponible pour raisons juridiques</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>erreur du serveur</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>non implémenté</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>passerelle incorrecte</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>service indisponible</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>délai de passerelle dépassé</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>une erreur</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>pas une page</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Aucun fichier ou dossier de ce nom</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission refusée</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>C&apos;est un dossier</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Erreur d&apos;entrée/sortie</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Plus d&apos;espace disponible sur le périphérique</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Système de fichiers en lecture seule</translation>
    </message>
</context>
</TS>
