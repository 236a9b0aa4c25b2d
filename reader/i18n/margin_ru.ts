<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>Article text</source>
        <translation>Текст статьи</translation>
    </message>
    <message>
        <source>The article, with its summary sentences and quotes highlighted</source>
        <translation>Статья, в которой выделены предложения резюме и цитаты</translation>
    </message>
    <message>
        <source>Summary sentences</source>
        <translation>Предложения резюме</translation>
    </message>
    <message>
        <source>Press Enter to go to a sentence in the text</source>
        <translation>Нажмите Enter, чтобы перейти к предложению в тексте</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Цитаты</translation>
    </message>
    <message>
        <source>Each quote with its speaker; Enter goes to it in the text</source>
        <translation>Каждая цитата с указанием говорящего; Enter — перейти к ней в тексте</translation>
    </message>
    <message>
        <source>Your highlights and notes</source>
        <translation>Ваши выделения и заметки</translation>
    </message>
    <message>
        <source>Enter goes to the highlight in the text</source>
        <translation>Enter — перейти к выделению в тексте</translation>
    </message>
    <message>
        <source>Library articles</source>
        <translation>Статьи библиотеки</translation>
    </message>
    <message>
        <source>Enter opens the article; type to jump to a title</source>
        <translation>Enter открывает статью; начните вводить, чтобы перейти к названию</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>The document&apos;s sections; Enter goes to one</source>
        <translation>Разделы документа; Enter — перейти к разделу</translation>
    </message>
    <message>
        <source>Summary length</source>
        <translation>Длина резюме</translation>
    </message>
    <message>
        <source>How long the summary is; Auto grows with the text</source>
        <translation>Длина резюме; в режиме «Авто» она растёт вместе с текстом</translation>
    </message>
    <message>
        <source>Show quotes by</source>
        <translation>Показывать цитаты говорящего</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Показывать выделения цвета</translation>
    </message>
    <message>
        <source>Note on the selected highlight</source>
        <translation>Заметка к выбранному выделению</translation>
    </message>
    <message>
        <source>Show the summary</source>
        <translation>Показ резюме</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Текущее место</translation>
    </message>
    <message>
        <source>Summary and quote counts</source>
        <translation>Число предложений резюме и цитат</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Импортировать папку…</translation>
    </message>
    <message>
        <source>&amp;Export Summary…</source>
        <translation>&amp;Экспорт резюме…</translation>
    </message>
    <message>
        <source>Export Summary with &amp;Full Text…</source>
        <translation>Экспорт резюме с &amp;полным текстом…</translation>
    </message>
    <message>
        <source>&amp;Print Summary…</source>
        <translation>Пе&amp;чать резюме…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>Найти с&amp;ледующее</translation>
    </message>
    <message>
        <source>Find &amp;Previous</source>
        <translation>Найти пр&amp;едыдущее</translation>
    </message>
    <message>
        <source>Copy Quote with &amp;Attribution</source>
        <translation>Копировать цитату с &amp;указанием говорящего</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>У&amp;меньшить</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Исходный размер</translation>
    </message>
    <message>
        <source>Highlight &amp;Summary</source>
        <translation>Выделять ре&amp;зюме</translation>
    </message>
    <message>
        <source>Highlight &amp;Quotes</source>
        <translation>Выделять &amp;цитаты</translation>
    </message>
    <message>
        <source>Next Summary Sentence</source>
        <translation>Следующее предложение резюме</translation>
    </message>
    <message>
        <source>Previous Summary Sentence</source>
        <translation>Предыдущее предложение резюме</translation>
    </message>
    <message>
        <source>Next Quote</source>
        <translation>Следующая цитата</translation>
    </message>
    <message>
        <source>Previous Quote</source>
        <translation>Предыдущая цитата</translation>
    </message>
    <message>
        <source>Switch Light/Dark</source>
        <translation>Переключить светлую/тёмную тему</translation>
    </message>
    <message>
        <source>Show &amp;Library</source>
        <translation>Показать &amp;библиотеку</translation>
    </message>
    <message>
        <source>Show Su&amp;mmary and Quotes</source>
        <translation>Показать &amp;резюме и цитаты</translation>
    </message>
    <message>
        <source>&amp;Reopen Last Article at Start</source>
        <translation>&amp;Восстанавливать последнюю статью при запуске</translation>
    </message>
    <message>
        <source>&amp;Highlight Selection</source>
        <translation>Выделить &amp;цветом</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Выделить с &amp;заметкой…</translation>
    </message>
    <message>
        <source>Remove Highlight</source>
        <translation>Удалить выделение</translation>
    </message>
    <message>
        <source>&amp;Keep as Highlight</source>
        <translation>&amp;Сохранить как выделение</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Recap up to Here</source>
        <translation>&amp;Пересказ до этого места</translation>
    </message>
    <message>
        <source>Show &amp;Contents</source>
        <translation>Показать &amp;содержание</translation>
    </message>
    <message>
        <source>Next Pane</source>
        <translation>Следующая панель</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Предыдущая панель</translation>
    </message>
    <message>
        <source>Open &amp;Address…</source>
        <translation>Открыть веб-&amp;адрес…</translation>
    </message>
    <message>
        <source>New from &amp;Clipboard</source>
        <translation>Создать из &amp;буфера обмена</translation>
    </message>
    <message>
        <source>Fetch A&amp;gain</source>
        <translation>Загрузить &amp;заново</translation>
    </message>
    <message>
        <source>&amp;Reading Settings…</source>
        <translation>&amp;Настройки чтения…</translation>
    </message>
    <message>
        <source>&amp;Underline Summary and Quotes</source>
        <translation>Под&amp;чёркивать резюме и цитаты</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Margin</source>
        <translation>&amp;О программе Margin</translation>
    </message>
    <message>
        <source>Highlight</source>
        <comment>verb</comment>
        <translation>Выделить</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Пересказ</translation>
    </message>
    <message>
        <source>Summarise only what comes before your place (Ctrl+R)</source>
        <translation>Составить резюме только той части текста, что идёт до текущего места (Ctrl+R)</translation>
    </message>
    <message>
        <source>Margin (recommended)</source>
        <translation>Margin (рекомендуется)</translation>
    </message>
    <message>
        <source>Reduction</source>
        <translation>Редукция</translation>
    </message>
    <message>
        <source>Afrikaans</source>
        <translation>Африкаанс</translation>
    </message>
    <message>
        <source>Albanian</source>
        <translation>Албанский</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Арабский</translation>
    </message>
    <message>
        <source>Bangla</source>
        <translation>Бенгальский</translation>
    </message>
    <message>
        <source>Belarusian</source>
        <translation>Белорусский</translation>
    </message>
    <message>
        <source>Bulgarian</source>
        <translation>Болгарский</translation>
    </message>
    <message>
        <source>Catalan</source>
        <translation>Каталанский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Croatian</source>
        <translation>Хорватский</translation>
    </message>
    <message>
        <source>Czech</source>
        <translation>Чешский</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Датский</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Нидерландский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Estonian</source>
        <translation>Эстонский</translation>
    </message>
    <message>
        <source>Filipino</source>
        <translation>Филиппинский</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Финский</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Французский</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Немецкий</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Греческий</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Гуджарати</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Иврит</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Хинди</translation>
    </message>
    <message>
        <source>Hungarian</source>
        <translation>Венгерский</translation>
    </message>
    <message>
        <source>Indonesian</source>
        <translation>Индонезийский</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Итальянский</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Японский</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Каннада</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Корейский</translation>
    </message>
    <message>
        <source>Latvian</source>
        <translation>Латышский</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <translation>Литовский</translation>
    </message>
    <message>
        <source>Macedonian</source>
        <translation>Македонский</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Малаялам</translation>
    </message>
    <message>
        <source>Marathi</source>
        <translation>Маратхи</translation>
    </message>
    <message>
        <source>Nepali</source>
        <translation>Непальский</translation>
    </message>
    <message>
        <source>Norwegian Bokmål</source>
        <translation>Норвежский (букмол)</translation>
    </message>
    <message>
        <source>Norwegian Nynorsk</source>
        <translation>Норвежский (нюнорск)</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Персидский</translation>
    </message>
    <message>
        <source>Polish</source>
        <translation>Польский</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Португальский</translation>
    </message>
    <message>
        <source>Punjabi</source>
        <translation>Панджаби</translation>
    </message>
    <message>
        <source>Romanian</source>
        <translation>Румынский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Slovak</source>
        <translation>Словацкий</translation>
    </message>
    <message>
        <source>Slovenian</source>
        <translation>Словенский</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Сомали</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Испанский</translation>
    </message>
    <message>
        <source>Swahili</source>
        <translation>Суахили</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Шведский</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Тамильский</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Телугу</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Тайский</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Турецкий</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Украинский</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Урду</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Вьетнамский</translation>
    </message>
    <message>
        <source>Welsh</source>
        <translation>Валлийский</translation>
    </message>
    <message>
        <source>Language unknown</source>
        <translation>Язык не определён</translation>
    </message>
    <message>
        <source>Copy with attribution</source>
        <translation>Копировать с указанием говорящего</translation>
    </message>
    <message>
        <source>No quoted statements in this article.</source>
        <translation>В этой статье нет цитат.</translation>
    </message>
    <message>
        <source>All speakers ({count})</source>
        <translation>Все говорящие ({count})</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Говорящий не указан</translation>
    </message>
    <message>
        <source>Show the quotes of one speaker</source>
        <translation>Показать цитаты одного говорящего</translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Статья не открыта</translation>
    </message>
    <message>
        <source>No quotes to filter</source>
        <translation>Нет цитат для фильтрации</translation>
    </message>
    <message>
        <source>Open an article to filter its quotes by speaker</source>
        <translation>Откройте статью, чтобы отфильтровать её цитаты по говорящему</translation>
    </message>
    <message>
        <source>This article quotes no one</source>
        <translation>В этой статье никто не цитируется</translation>
    </message>
    <message>
        <source>unattributed</source>
        <translation>говорящий не указан</translation>
    </message>
    <message>
        <source>Quote by {speaker}: {quote}</source>
        <translation>Цитата ({speaker}): {quote}</translation>
    </message>
    <message>
        <source>Unattributed quote: {quote}</source>
        <translation>Цитата без указания говорящего: {quote}</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Поиск в статье</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Предыдущее совпадение (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Следующее совпадение (Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <source>Not found</source>
        <comment>no match</comment>
        <translation>Не найдено</translation>
    </message>
    <message>
        <source>{current} of {total}</source>
        <comment>the match shown, of those found</comment>
        <translation>{current} из {total}</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Drop an article here, or open one with Ctrl+O.</source>
        <translation>Перетащите статью сюда или откройте её с помощью Ctrl+O.</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>чтение</translation>
    </message>
    <message>
        <source>its language</source>
        <translation>определение языка</translation>
    </message>
    <message>
        <source>its sentences</source>
        <translation>разбиение на предложения</translation>
    </message>
    <message>
        <source>the summary</source>
        <translation>составление резюме</translation>
    </message>
    <message>
        <source>the quotes</source>
        <translation>поиск цитат</translation>
    </message>
    <message>
        <source>The library was damaged and could not be read. It was moved to {path} and a new, empty library was started.</source>
        <translation>Библиотека была повреждена и не может быть прочитана. Она перемещена в {path}, создана новая пустая библиотека.</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Открытие {name}…</translation>
    </message>
    <message>
        <source>Analysing {name}: {step}…</source>
        <translation>Анализ {name}: {step}…</translation>
    </message>
    <message numerus="yes">
        <source>%n summary sentences</source>
        <translation>
            <numerusform>%n предложение резюме</numerusform>
            <numerusform>%n предложения резюме</numerusform>
            <numerusform>%n предложений резюме</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quotes</source>
        <translation>
            <numerusform>%n цитата</numerusform>
            <numerusform>%n цитаты</numerusform>
            <numerusform>%n цитат</numerusform>
        </translation>
    </message>
    <message>
        <source>Analysing the summary…</source>
        <translation>Составление резюме…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Остановлено.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>contents</source>
        <translation>содержание</translation>
    </message>
    <message>
        <source>copyright</source>
        <translation>авторские права</translation>
    </message>
    <message>
        <source>colophon</source>
        <translation>выходные данные</translation>
    </message>
    <message>
        <source>licence</source>
        <translation>лицензия</translation>
    </message>
    <message>
        <source>index</source>
        <translation>указатель</translation>
    </message>
    <message>
        <source>front matter</source>
        <translation>вводная часть</translation>
    </message>
    <message>
        <source>back matter</source>
        <translation>заключительная часть</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Open an article to see its sections.</source>
        <translation>Откройте статью, чтобы увидеть её разделы.</translation>
    </message>
    <message>
        <source>This document has no sections (chapters or headings).</source>
        <translation>В этом документе нет разделов (глав или заголовков).</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Сочетание клавиш</translation>
    </message>
    <message>
        <source>A reader for articles: the text beside its summary and the quoted statements with who said them. Everything stays on this computer.</source>
        <translation>Программа для чтения статей: текст рядом с его резюме и цитатами с указанием говорящих. Все данные остаются на этом компьютере.</translation>
    </message>
    <message>
        <source>Summaries by Margin&apos;s own ranker or by sumy; languages by langdetect; sentences by Punkt models. Built with Qt for Python.</source>
        <translation>Резюме составляются собственным ранжировщиком Margin или библиотекой sumy; язык определяет langdetect, предложения — модели Punkt. Создано с помощью Qt for Python.</translation>
    </message>
    <message>
        <source>About Margin</source>
        <translation>О программе Margin</translation>
    </message>
    <message numerus="yes">
        <source>%n characters</source>
        <translation>
            <numerusform>%n символ</numerusform>
            <numerusform>%n символа</numerusform>
            <numerusform>%n символов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n words</source>
        <translation>
            <numerusform>%n слово</numerusform>
            <numerusform>%n слова</numerusform>
            <numerusform>%n слов</numerusform>
        </translation>
    </message>
    <message>
        <source>{minutes} min read</source>
        <translation>{minutes} мин чтения</translation>
    </message>
    <message>
        <source>about {hours} h {minutes} min read</source>
        <translation>около {hours} ч {minutes} мин чтения</translation>
    </message>
    <message>
        <source>about {hours} h read</source>
        <translation>около {hours} ч чтения</translation>
    </message>
    <message>
        <source>Abstract</source>
        <comment>the heading of a paper&apos;s abstract</comment>
        <translation>Аннотация</translation>
    </message>
    <message>
        <source>Notes</source>
        <comment>the heading of the article&apos;s own notes</comment>
        <translation>Примечания</translation>
    </message>
    <message>
        <source>(the log could not be written: {reason})</source>
        <translation>(не удалось записать журнал: {reason})</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}: {message}).</source>
        <translation>Внутренняя ошибка Margin ({error}: {message}).</translation>
    </message>
    <message>
        <source>Something went wrong inside Margin ({error}).</source>
        <translation>Внутренняя ошибка Margin ({error}).</translation>
    </message>
    <message>
        <source>Margin carries on; your library is safe. The details were written to {path}.</source>
        <translation>Margin продолжает работу; ваша библиотека в безопасности. Подробности записаны в {path}.</translation>
    </message>
    <message>
        <source>Logged in {path}</source>
        <translation>Записано в журнал {path}</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>Копировать подробности</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Веб-страница (*.html)</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be exported.</source>
        <translation>Сначала откройте статью, затем её резюме можно будет экспортировать.</translation>
    </message>
    <message>
        <source>{title} (full text)</source>
        <translation>{title} (полный текст)</translation>
    </message>
    <message>
        <source>Export summary with full text</source>
        <translation>Экспорт резюме с полным текстом</translation>
    </message>
    <message>
        <source>Export summary</source>
        <translation>Экспорт резюме</translation>
    </message>
    <message>
        <source>Summary saved to {path}.</source>
        <translation>Резюме сохранено в {path}.</translation>
    </message>
    <message>
        <source>Open an article first; then its summary can be printed.</source>
        <translation>Сначала откройте статью, затем её резюме можно будет напечатать.</translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation>Печать резюме</translation>
    </message>
    <message>
        <source>The summary was printed to {path}.</source>
        <translation>Резюме напечатано в файл {path}.</translation>
    </message>
    <message>
        <source>The summary was sent to the printer.</source>
        <translation>Резюме отправлено на принтер.</translation>
    </message>
    <message>
        <source>Keep as Highlight</source>
        <translation>Сохранить как выделение</translation>
    </message>
    <message>
        <source>&amp;Undo {action}</source>
        <translation>&amp;Отменить: {action}</translation>
    </message>
    <message>
        <source>&amp;Redo {action}</source>
        <translation>&amp;Повторить: {action}</translation>
    </message>
    <message>
        <source>Notes ({count})</source>
        <translation>Заметки ({count})</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Kept as a highlight (Edit › Undo takes it back).</source>
        <translation>Сохранено как выделение (Правка › Отменить вернёт как было).</translation>
    </message>
    <message>
        <source>Highlight Colour</source>
        <translation>Цвет выделения</translation>
    </message>
    <message>
        <source>Edit Note…</source>
        <translation>Изменить заметку…</translation>
    </message>
    <message>
        <source>Open an article first; then select words in it to highlight them.</source>
        <translation>Сначала откройте статью, затем выделите в ней слова, чтобы выделить их цветом.</translation>
    </message>
    <message>
        <source>Select the words to highlight first.</source>
        <translation>Сначала выделите слова, которые нужно выделить цветом.</translation>
    </message>
    <message>
        <source>This article is not in the library, so it cannot keep highlights.</source>
        <translation>Этой статьи нет в библиотеке, поэтому в ней нельзя сохранять выделения.</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Изменить цвет</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n добавлена</numerusform>
            <numerusform>%n добавлены</numerusform>
            <numerusform>%n добавлено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the library</source>
        <translation>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
            <numerusform>%n уже в библиотеке</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read</source>
        <translation>
            <numerusform>%n не удалось прочитать</numerusform>
            <numerusform>%n не удалось прочитать</numerusform>
            <numerusform>%n не удалось прочитать</numerusform>
        </translation>
    </message>
    <message>
        <source>Import stopped: {counts}.</source>
        <translation>Импорт остановлен: {counts}.</translation>
    </message>
    <message>
        <source>Import finished: {counts}.</source>
        <translation>Импорт завершён: {counts}.</translation>
    </message>
    <message>
        <source>Looking for articles…</source>
        <translation>Поиск статей…</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} из {total}: {name}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} из {total}</translation>
    </message>
    <message>
        <source>No articles to import: nothing there is a kind of file Margin reads (.txt, .md, .html, .pdf, .docx, .epub).</source>
        <translation>Нечего импортировать: здесь нет файлов тех типов, которые читает Margin (.txt, .md, .html, .pdf, .docx, .epub).</translation>
    </message>
    <message>
        <source>Import</source>
        <comment>title</comment>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>Some files could not be read; see the details.</source>
        <translation>Некоторые файлы не удалось прочитать; см. подробности.</translation>
    </message>
    <message>
        <source>The import stopped: {error}</source>
        <translation>Импорт остановлен: {error}</translation>
    </message>
    <message>
        <source>Last opened</source>
        <translation>Последние открытые</translation>
    </message>
    <message>
        <source>Date added</source>
        <translation>Дата добавления</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>a highlight&apos;s date (Qt&apos;s date format)</comment>
        <translation>d MMM yyyy &apos;г.&apos;</translation>
    </message>
    <message>
        <source>added {when}</source>
        <translation>добавлено {when}</translation>
    </message>
    <message numerus="yes">
        <source>%n highlights</source>
        <translation>
            <numerusform>%n выделение</numerusform>
            <numerusform>%n выделения</numerusform>
            <numerusform>%n выделений</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: {tags}</source>
        <translation>Метки: {tags}</translation>
    </message>
    <message>
        <source>The library could not be opened ({error}).</source>
        <translation>Не удалось открыть библиотеку ({error}).</translation>
    </message>
    <message>
        <source>The library is not available.</source>
        <translation>Библиотека недоступна.</translation>
    </message>
    <message>
        <source>The library could not be changed ({kind}: {error}).</source>
        <translation>Не удалось изменить библиотеку ({kind}: {error}).</translation>
    </message>
    <message>
        <source>The library is closed.</source>
        <translation>Библиотека закрыта.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>язык системы</translation>
    </message>
    <message>
        <source>Margin will speak {language} the next time it starts.</source>
        <translation>Язык интерфейса Margin сменится при следующем запуске: {language}.</translation>
    </message>
    <message>
        <source>The library is not available, so nothing can be imported.</source>
        <translation>Библиотека недоступна, поэтому импортировать ничего нельзя.</translation>
    </message>
    <message>
        <source>Articles ({patterns})</source>
        <translation>Статьи ({patterns})</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Open articles</source>
        <translation>Открыть статьи</translation>
    </message>
    <message>
        <source>Import a folder into the library</source>
        <translation>Импорт папки в библиотеку</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Очистить список</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Нет недавних файлов</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние файлы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <source>Follow System</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Interface &amp;Language</source>
        <translation>&amp;Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Розовый</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Все цвета</translation>
    </message>
    <message>
        <source>Write a note on the highlight selected above</source>
        <translation>Напишите заметку к выделению, выбранному выше</translation>
    </message>
    <message>
        <source>(detached: not found in the text)</source>
        <translation>(отсоединено: не найдено в тексте)</translation>
    </message>
    <message>
        <source>No note</source>
        <translation>Нет заметки</translation>
    </message>
    <message>
        <source>Select it and write a note below</source>
        <translation>Выберите его и напишите заметку ниже</translation>
    </message>
    <message>
        <source>Open an article; then select words in it and press Ctrl+H to highlight them.</source>
        <translation>Откройте статью, затем выделите в ней слова и нажмите Ctrl+H, чтобы выделить их цветом.</translation>
    </message>
    <message>
        <source>No highlights yet: select words in the text and press Ctrl+H, or right-click them.</source>
        <translation>Выделений пока нет: выделите слова в тексте и нажмите Ctrl+H или щёлкните по ним правой кнопкой мыши.</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <comment>a place in the text</comment>
        <translation>{percent} %</translation>
    </message>
    <message>
        <source>Open an article first; then Margin can recap what you have read.</source>
        <translation>Сначала откройте статью, затем Margin сможет составить пересказ прочитанного.</translation>
    </message>
    <message>
        <source>You are at the very start: there is nothing to recap yet.</source>
        <translation>Вы в самом начале: пересказывать пока нечего.</translation>
    </message>
    <message>
        <source>{place}, in “{section}”</source>
        <translation>{place}, раздел «{section}»</translation>
    </message>
    <message>
        <source>Reading Settings</source>
        <translation>Настройки чтения</translation>
    </message>
    <message>
        <source>System font</source>
        <translation>Системный шрифт</translation>
    </message>
    <message>
        <source>Serif</source>
        <translation>С засечками</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Без засечек</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Margin&apos;s (about 70 characters)</source>
        <translation>Как в Margin (около 70 символов)</translation>
    </message>
    <message>
        <source>{n} characters</source>
        <translation>Символов: {n}</translation>
    </message>
    <message>
        <source>Justify lines (even right edge)</source>
        <translation>Выравнивать по ширине (ровный правый край)</translation>
    </message>
    <message>
        <source>Underline summary sentences and quotes, not colour alone</source>
        <translation>Подчёркивать предложения резюме и цитаты, а не только выделять цветом</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Шрифт</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Размер</translation>
    </message>
    <message>
        <source>Line &amp;width</source>
        <translation>Ширина с&amp;троки</translation>
    </message>
    <message>
        <source>Line s&amp;pacing</source>
        <translation>&amp;Межстрочный интервал</translation>
    </message>
    <message>
        <source>Highlight in yellow</source>
        <translation>Выделить жёлтым</translation>
    </message>
    <message>
        <source>Highlight in green</source>
        <translation>Выделить зелёным</translation>
    </message>
    <message>
        <source>Highlight in blue</source>
        <translation>Выделить синим</translation>
    </message>
    <message>
        <source>Highlight in pink</source>
        <translation>Выделить розовым</translation>
    </message>
    <message>
        <source>Highlight in purple</source>
        <translation>Выделить фиолетовым</translation>
    </message>
    <message>
        <source>{highlight} (Ctrl+H: the last colour used)</source>
        <translation>{highlight} (Ctrl+H: последний использованный цвет)</translation>
    </message>
    <message>
        <source>Note</source>
        <comment>button: highlight with a note</comment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Highlight and write a note (Ctrl+Shift+H)</source>
        <translation>Выделить и написать заметку (Ctrl+Shift+H)</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Только избранное</translation>
    </message>
    <message>
        <source>Only articles with your highlights and notes</source>
        <translation>Только статьи с вашими выделениями и заметками</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Edit Tags…</source>
        <translation>Изменить метки…</translation>
    </message>
    <message>
        <source>Remove from Library…</source>
        <translation>Удалить из библиотеки…</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Все метки</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <comment>articles listed of all in the library</comment>
        <translation>{shown} из {total}</translation>
    </message>
    <message>
        <source>No articles match “{query}”.</source>
        <translation>Нет статей, соответствующих «{query}».</translation>
    </message>
    <message>
        <source>No articles match these filters.</source>
        <translation>Нет статей, соответствующих этим фильтрам.</translation>
    </message>
    <message>
        <source>The library is empty. Articles you open are kept here.</source>
        <translation>Библиотека пуста. Здесь хранятся открытые вами статьи.</translation>
    </message>
    <message>
        <source>unavailable</source>
        <comment>the library</comment>
        <translation>недоступна</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Изменить метки</translation>
    </message>
    <message>
        <source>Tags for “{title}”, separated by commas:</source>
        <translation>Метки для «{title}» через запятую:</translation>
    </message>
    <message>
        <source>Remove “{title}” from the library?

Your own file is not touched; Margin&apos;s copy, tags and reading place are deleted.</source>
        <translation>Удалить «{title}» из библиотеки?

Ваш собственный файл не будет затронут; копия Margin, метки и место чтения будут удалены.</translation>
    </message>
    <message>
        <source>Remove from library</source>
        <translation>Удаление из библиотеки</translation>
    </message>
    <message numerus="yes">
        <source>Keep my %n highlights and notes (they come back if I open the file again)</source>
        <translation>
            <numerusform>Сохранить мои выделения и заметки: %n (они вернутся, если снова открыть файл)</numerusform>
            <numerusform>Сохранить мои выделения и заметки: %n (они вернутся, если снова открыть файл)</numerusform>
            <numerusform>Сохранить мои выделения и заметки: %n (они вернутся, если снова открыть файл)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auto</source>
        <comment>summary length</comment>
        <translation>Авто</translation>
    </message>
    <message>
        <source>sentences</source>
        <comment>unit of the summary&apos;s length</comment>
        <translation>предложений</translation>
    </message>
    <message>
        <source>% of text</source>
        <translation>% текста</translation>
    </message>
    <message>
        <source>Detected</source>
        <comment>language</comment>
        <translation>Автоопределение</translation>
    </message>
    <message>
        <source>Whole document</source>
        <translation>Весь документ</translation>
    </message>
    <message>
        <source>By section</source>
        <translation>По разделам</translation>
    </message>
    <message>
        <source>The summary of the whole document, or each section&apos;s own</source>
        <translation>Резюме всего документа или отдельное резюме каждого раздела</translation>
    </message>
    <message>
        <source>Show the whole summary</source>
        <translation>Показать всё резюме</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Recap</source>
        <comment>button</comment>
        <translation>Пересказ</translation>
    </message>
    <message>
        <source>Show</source>
        <comment>which summary</comment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Резюме</translation>
    </message>
    <message>
        <source> %</source>
        <comment>after a length in percent</comment>
        <translation> %</translation>
    </message>
    <message>
        <source>Detected ({language})</source>
        <translation>Автоопределение ({language})</translation>
    </message>
    <message>
        <source>This document has no sections</source>
        <translation>В этом документе нет разделов</translation>
    </message>
    <message>
        <source>Recap up to {where}: only what comes before your place.</source>
        <translation>Пересказ до {where}: только то, что идёт до текущего места.</translation>
    </message>
    <message>
        <source>Summary sentence {k} of {n}: {text}</source>
        <translation>Предложение резюме {k} из {n}: {text}</translation>
    </message>
    <message>
        <source>Click to fold or unfold this section&apos;s summary</source>
        <translation>Щёлкните, чтобы свернуть или развернуть резюме этого раздела</translation>
    </message>
    <message>
        <source>Section {title}, folded</source>
        <translation>Раздел {title}, свёрнут</translation>
    </message>
    <message>
        <source>Section {title}, unfolded</source>
        <translation>Раздел {title}, развёрнут</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB of {total} KB</source>
        <translation>Загрузка {site}… {got} КБ из {total} КБ</translation>
    </message>
    <message>
        <source>Fetching {site}… {got} KB</source>
        <translation>Загрузка {site}… {got} КБ</translation>
    </message>
    <message>
        <source>Open Address</source>
        <translation>Открыть веб-адрес</translation>
    </message>
    <message>
        <source>The address of a web page (http or https). Margin fetches it once and keeps it in the library, to read offline.</source>
        <translation>Адрес веб-страницы (http или https). Margin загрузит её один раз и сохранит в библиотеке, чтобы её можно было читать без сети.</translation>
    </message>
    <message>
        <source>“{text}” is not a web address (one starting with http:// or https://).</source>
        <translation>«{text}» — не веб-адрес (он должен начинаться с http:// или https://).</translation>
    </message>
    <message>
        <source>Nothing to paste: {reason}.</source>
        <translation>Нечего вставить: {reason}.</translation>
    </message>
    <message>
        <source>Keeping the pasted text…</source>
        <translation>Сохранение вставленного текста…</translation>
    </message>
    <message>
        <source>Only a page opened from the web can be fetched again.</source>
        <translation>Загрузить заново можно только страницу, открытую из интернета.</translation>
    </message>
    <message>
        <source>The page from {site} is in the library.</source>
        <translation>Страница с {site} сохранена в библиотеке.</translation>
    </message>
    <message>
        <source>The library is not available: this page is shown but not kept.</source>
        <translation>Библиотека недоступна: страница показана, но не сохранена.</translation>
    </message>
    <message>
        <source>Fetching {site}…</source>
        <translation>Загрузка {site}…</translation>
    </message>
    <message>
        <source>The library is not available, so pasted text cannot be kept.</source>
        <translation>Библиотека недоступна, поэтому вставленный текст нельзя сохранить.</translation>
    </message>
    <message>
        <source>Cannot tell the format of {name}: use .pdf, .md or .html.</source>
        <translation>Не удаётся определить формат {name}: используйте .pdf, .md или .html.</translation>
    </message>
    <message>
        <source>Unknown export format {format}.</source>
        <translation>Неизвестный формат экспорта {format}.</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>Не удаётся записать {path}: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write {path}: the folder {folder} does not exist.</source>
        <translation>Не удаётся записать {path}: папка {folder} не существует.</translation>
    </message>
    <message>
        <source>summary sentence</source>
        <translation>предложение резюме</translation>
    </message>
    <message>
        <source>quote</source>
        <comment>noun: a quoted statement</comment>
        <translation>цитата</translation>
    </message>
    <message>
        <source>(a quote inside a summary sentence keeps the quote’s colour)</source>
        <translation>(цитата внутри предложения резюме сохраняет цвет цитаты)</translation>
    </message>
    <message>
        <source>Summary sentences are in **bold**, quotes in _italics_.</source>
        <translation>Предложения резюме выделены **полужирным**, цитаты — _курсивом_.</translation>
    </message>
    <message>
        <source>{name} summary</source>
        <comment>a file name, after a name Windows keeps for itself</comment>
        <translation>Резюме {name}</translation>
    </message>
    <message>
        <source>Highlights from Margin</source>
        <translation>Выделения из Margin</translation>
    </message>
    <message>
        <source>character {number}</source>
        <comment>where a highlight begins</comment>
        <translation>символ {number}</translation>
    </message>
    <message>
        <source>No highlights yet.</source>
        <translation>Выделений пока нет.</translation>
    </message>
    <message>
        <source>Author: {author}</source>
        <translation>Автор: {author}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Источник: {source}</translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; these are longer: {ids}.</source>
        <translation>
            <numerusform>Readwise принимает выделения длиной не более %n символа; эти длиннее: {ids}.</numerusform>
            <numerusform>Readwise принимает выделения длиной не более %n символов; эти длиннее: {ids}.</numerusform>
            <numerusform>Readwise принимает выделения длиной не более %n символов; эти длиннее: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes highlights of up to %n characters; this one is longer: {ids}.</source>
        <translation>
            <numerusform>Readwise принимает выделения длиной не более %n символа; это длиннее: {ids}.</numerusform>
            <numerusform>Readwise принимает выделения длиной не более %n символов; это длиннее: {ids}.</numerusform>
            <numerusform>Readwise принимает выделения длиной не более %n символов; это длиннее: {ids}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Readwise takes titles of up to {limit} characters; %n are longer.</source>
        <translation>
            <numerusform>Readwise принимает названия длиной не более {limit} символов; %n название длиннее.</numerusform>
            <numerusform>Readwise принимает названия длиной не более {limit} символов; %n названия длиннее.</numerusform>
            <numerusform>Readwise принимает названия длиной не более {limit} символов; %n названий длиннее.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown format {format} for highlights: one of {formats}.</source>
        <translation>Неизвестный формат выделений {format}: допустимы {formats}.</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Деванагари</translation>
    </message>
    <message>
        <source>the PDF</source>
        <comment>where text is shown</comment>
        <translation>PDF</translation>
    </message>
    <message>
        <source>This computer has no font for {script} text, so it cannot be shown in {medium}; install one (on Debian/Ubuntu: {package}).</source>
        <translation>На этом компьютере нет шрифта для письменности «{script}», поэтому такой текст нельзя показать в {medium}; установите шрифт (в Debian/Ubuntu: {package}).</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Не удалось запустить печать.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
    <message>
        <source>Cannot write {path}: the PDF could not be started.</source>
        <translation>Не удаётся записать {path}: не удалось начать создание PDF.</translation>
    </message>
    <message>
        <source>The printer could not be started; check that it is connected and switched on.</source>
        <translation>Не удалось запустить печать; проверьте, что принтер подключён и включён.</translation>
    </message>
    <message>
        <source>the printout</source>
        <comment>where text is shown</comment>
        <translation>распечатке</translation>
    </message>
    <message>
        <source>Summary by section made by Margin with {method}: {sentences} from {sections}, each from its own text.</source>
        <translation>Резюме по разделам составлено Margin (метод: {method}): {sentences} из {sections}, для каждого раздела — по его собственному тексту.</translation>
    </message>
    <message numerus="yes">
        <source>%n sentences</source>
        <translation>
            <numerusform>%n предложение</numerusform>
            <numerusform>%n предложения</numerusform>
            <numerusform>%n предложений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sections</source>
        <translation>
            <numerusform>%n раздела</numerusform>
            <numerusform>%n разделов</numerusform>
            <numerusform>%n разделов</numerusform>
        </translation>
    </message>
    <message>
        <source>Norwegian</source>
        <translation>Норвежский</translation>
    </message>
    <message>
        <source>Margin&apos;s own ranker</source>
        <translation>собственный ранжировщик Margin</translation>
    </message>
    <message>
        <source>latent semantic analysis (LSA)</source>
        <translation>латентно-семантический анализ (LSA)</translation>
    </message>
    <message>
        <source>Luhn&apos;s method</source>
        <translation>метод Луна</translation>
    </message>
    <message>
        <source>Edmundson&apos;s method</source>
        <translation>метод Эдмундсона</translation>
    </message>
    <message>
        <source>Yellow highlight</source>
        <translation>Жёлтое выделение</translation>
    </message>
    <message>
        <source>Green highlight</source>
        <translation>Зелёное выделение</translation>
    </message>
    <message>
        <source>Blue highlight</source>
        <translation>Синее выделение</translation>
    </message>
    <message>
        <source>Pink highlight</source>
        <translation>Розовое выделение</translation>
    </message>
    <message>
        <source>Purple highlight</source>
        <translation>Фиолетовое выделение</translation>
    </message>
    <message>
        <source>no longer found in the article&apos;s text</source>
        <translation>больше не найдено в тексте статьи</translation>
    </message>
    <message>
        <source>its default method, {name}</source>
        <translation>метод по умолчанию — {name}</translation>
    </message>
    <message>
        <source>It recaps the text up to {share} of the way through; nothing after that place is used.</source>
        <translation>Это пересказ текста до отметки {share}; всё, что идёт после этого места, не используется.</translation>
    </message>
    <message>
        <source>the article has no sentences to choose from</source>
        <translation>в статье нет предложений для выбора</translation>
    </message>
    <message>
        <source>every sentence of the article</source>
        <translation>все предложения статьи</translation>
    </message>
    <message>
        <source>the article&apos;s one sentence</source>
        <translation>единственное предложение статьи</translation>
    </message>
    <message numerus="yes">
        <source>{chosen} of the article&apos;s %n sentences</source>
        <translation>
            <numerusform>{chosen} из %n предложения статьи</numerusform>
            <numerusform>{chosen} из %n предложений статьи</numerusform>
            <numerusform>{chosen} из %n предложений статьи</numerusform>
        </translation>
    </message>
    <message>
        <source>Summary made by Margin with {method}: {count}.</source>
        <translation>Резюме составлено Margin (метод: {method}): {count}.</translation>
    </message>
    <message>
        <source>Untitled article</source>
        <translation>Статья без названия</translation>
    </message>
    <message>
        <source>by {author}</source>
        <translation>Автор: {author}</translation>
    </message>
    <message>
        <source>Summary by section</source>
        <translation>Резюме по разделам</translation>
    </message>
    <message>
        <source>The article has no sentences to summarise.</source>
        <translation>В статье нет предложений для составления резюме.</translation>
    </message>
    <message>
        <source>Your highlights</source>
        <translation>Ваши выделения</translation>
    </message>
    <message>
        <source>Full text</source>
        <translation>Полный текст</translation>
    </message>
    <message>
        <source>Note:</source>
        <comment>before the reader&apos;s note on a highlight</comment>
        <translation>Заметка:</translation>
    </message>
    <message>
        <source>{name} is too large to open in the memory available</source>
        <translation>Не хватает памяти, чтобы открыть {name}</translation>
    </message>
    <message>
        <source>{name} cannot be read ({reason})</source>
        <translation>Не удаётся прочитать {name} ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be opened because of a bug in Margin ({detail})</source>
        <translation>Не удалось открыть {name} из-за ошибки в Margin ({detail})</translation>
    </message>
    <message>
        <source>{name} is not a supported kind of file ({kind}); Margin reads {formats}</source>
        <translation>{name}: неподдерживаемый тип файла ({kind}); Margin читает {formats}</translation>
    </message>
    <message>
        <source>{name} is not a kind of document Margin reads ({suffix})</source>
        <translation>{name}: Margin не читает документы такого типа ({suffix})</translation>
    </message>
    <message>
        <source>{name} does not exist</source>
        <translation>{name} не существует</translation>
    </message>
    <message>
        <source>{name} does not exist (a link to a file that is gone)</source>
        <translation>{name} не существует (ссылка на удалённый файл)</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file</source>
        <translation>{name} — это папка, а не файл</translation>
    </message>
    <message>
        <source>{name} is not a regular file</source>
        <translation>{name} — не обычный файл</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name}: нет содержимого</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens files up to {limit} MB)</source>
        <translation>{name}: слишком большой размер ({size} МБ; Margin открывает файлы до {limit} МБ)</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB; Margin opens documents up to {limit} MB)</source>
        <translation>{name}: слишком большой размер ({size} МБ; Margin открывает документы до {limit} МБ)</translation>
    </message>
    <message>
        <source>{name} cannot be read: permission denied</source>
        <translation>Не удаётся прочитать {name}: доступ запрещён</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to read</source>
        <translation>{name}: слишком глубокая вложенность, прочитать невозможно</translation>
    </message>
    <message>
        <source>{name} is not valid {encoding} text</source>
        <translation>{name} не является корректным текстом в кодировке {encoding}</translation>
    </message>
    <message>
        <source>{name} looks like a binary file, not text</source>
        <translation>{name}, похоже, двоичный файл, а не текст</translation>
    </message>
    <message>
        <source>{name} is too long to analyse ({count} million characters; Margin reads texts of up to {limit} million)</source>
        <translation>{name}: текст слишком длинный для анализа ({count} млн символов; Margin читает тексты длиной до {limit} млн)</translation>
    </message>
    <message>
        <source>{name} is too large when unpacked (a {packed} file that would unpack to {unpacked}; Margin unpacks up to {limit} and refuses parts packed more than {ratio} to 1)</source>
        <translation>{name}: слишком большой размер после распаковки (файл размером {packed} распаковался бы в {unpacked}; Margin распаковывает не более {limit} и отказывается от частей, сжатых сильнее чем {ratio} к 1)</translation>
    </message>
    <message>
        <source>{name} has no readable text</source>
        <translation>{name}: нет читаемого текста</translation>
    </message>
    <message>
        <source>{name} has no words in it</source>
        <translation>{name}: нет ни одного слова</translation>
    </message>
    <message>
        <source>{name} has no letters, so its language cannot be told</source>
        <translation>{name}: нет букв, поэтому язык определить нельзя</translation>
    </message>
    <message>
        <source>{name} has too few words to tell its language</source>
        <translation>{name}: слишком мало слов, чтобы определить язык</translation>
    </message>
    <message>
        <source>{name} is not a readable PDF (damaged or not a PDF)</source>
        <translation>{name}: не удаётся прочитать PDF (файл повреждён или это не PDF)</translation>
    </message>
    <message>
        <source>{name} is password-protected</source>
        <translation>{name}: файл защищён паролем</translation>
    </message>
    <message>
        <source>{name} is encrypted in a way Margin cannot open</source>
        <translation>{name}: файл зашифрован способом, который Margin не может открыть</translation>
    </message>
    <message>
        <source>{name} has no text layer (it may be a scanned image)</source>
        <translation>{name}: нет текстового слоя (возможно, это отсканированное изображение)</translation>
    </message>
    <message>
        <source>{name} is not a readable Word document</source>
        <translation>{name}: не удаётся прочитать документ Word</translation>
    </message>
    <message>
        <source>{name} is a Strict Open XML document, a form of Word document Margin cannot read; open it in Word and save it as a Word Document (.docx)</source>
        <translation>{name} — документ Strict Open XML, разновидность документа Word, которую Margin не читает; откройте его в Word и сохраните как «Документ Word (.docx)»</translation>
    </message>
    <message>
        <source>{name} is not a Word document (it holds no document body)</source>
        <translation>{name} — не документ Word (в нём нет тела документа)</translation>
    </message>
    <message>
        <source>{name} is password-protected (Margin cannot open locked Word documents)</source>
        <translation>{name}: файл защищён паролем (Margin не открывает защищённые документы Word)</translation>
    </message>
    <message>
        <source>{name} is an older Word document (Word 97-2003) named .docx, or a locked one; save it as a Word Document (.docx)</source>
        <translation>{name} — документ Word старого формата (Word 97-2003) с расширением .docx или защищённый документ; сохраните его как «Документ Word (.docx)»</translation>
    </message>
    <message>
        <source>{name} is not a Word document (.docx files are zip archives)</source>
        <translation>{name} — не документ Word (файлы .docx — это zip-архивы)</translation>
    </message>
    <message>
        <source>{name} is not an EPUB book (EPUB files are zip archives)</source>
        <translation>{name} — не книга EPUB (файлы EPUB — это zip-архивы)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book</source>
        <translation>{name} — повреждённая книга EPUB</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (no package document)</source>
        <translation>{name} — повреждённая книга EPUB (нет документа пакета)</translation>
    </message>
    <message>
        <source>{name} is a damaged EPUB book (unreadable package document)</source>
        <translation>{name} — повреждённая книга EPUB (документ пакета не читается)</translation>
    </message>
    <message>
        <source>{name} has a chapter too large to open</source>
        <translation>{name}: одна из глав слишком велика, чтобы её открыть</translation>
    </message>
    <message>
        <source>{name} is not a readable web page</source>
        <translation>{name}: не удаётся прочитать веб-страницу</translation>
    </message>
    <message>
        <source>The clipboard holds no text</source>
        <translation>В буфере обмена нет текста</translation>
    </message>
    <message>
        <source>{address} was refused: only http and https addresses can be fetched, not {scheme}: ones</source>
        <translation>Адрес {address} отклонён: загружать можно только адреса http и https, а не {scheme}:</translation>
    </message>
    <message>
        <source>{address} is not a complete web address (it needs a host, as in https://example.org/page)</source>
        <translation>{address} — неполный веб-адрес (нужно имя хоста, например https://example.org/page)</translation>
    </message>
    <message>
        <source>{host} is not a valid name for a site</source>
        <translation>{host} — недопустимое имя сайта</translation>
    </message>
    <message>
        <source>{address} is not a web address</source>
        <translation>{address} — не веб-адрес</translation>
    </message>
    <message>
        <source>{site}: Margin does not send user names or passwords; leave the part before “@” out of the address</source>
        <translation>{site}: Margin не передаёт имена пользователей и пароли; уберите из адреса часть до «@»</translation>
    </message>
    <message>
        <source>too many redirects (more than {count}), the last to {site}</source>
        <translation>слишком много перенаправлений (больше {count}), последнее — на {site}</translation>
    </message>
    <message>
        <source>{site} answered {status} (a redirect) without saying where to</source>
        <translation>Сайт {site} ответил кодом {status} (перенаправление), но не указал куда</translation>
    </message>
    <message>
        <source>a redirect to a {scheme}: address was refused ({site} sent it; only http and https addresses are followed)</source>
        <translation>перенаправление на адрес {scheme}: отклонено (его прислал сайт {site}; Margin переходит только по адресам http и https)</translation>
    </message>
    <message>
        <source>{site} redirected to an address that is not valid</source>
        <translation>Сайт {site} перенаправил на недопустимый адрес</translation>
    </message>
    <message>
        <source>{site} redirects in a loop (the page sends Margin back to an address it already tried)</source>
        <translation>Сайт {site} перенаправляет по кругу (страница отправляет Margin обратно на адрес, который уже был открыт)</translation>
    </message>
    <message>
        <source>{site} sent {kind} ({content_type}), not an article</source>
        <translation>Сайт {site} прислал {kind} ({content_type}), а не статью</translation>
    </message>
    <message>
        <source>{site} closed the connection before the page was complete</source>
        <translation>Сайт {site} закрыл соединение до того, как страница была получена полностью</translation>
    </message>
    <message>
        <source>{site} sent an empty page</source>
        <translation>Сайт {site} прислал пустую страницу</translation>
    </message>
    <message>
        <source>the page at {site} is larger than {size} MB (Margin reads pages up to {limit} MB)</source>
        <translation>страница на сайте {site} больше {size} МБ (Margin читает страницы до {limit} МБ)</translation>
    </message>
    <message>
        <source>{site} sent the page packed in a way Margin does not read ({packing})</source>
        <translation>Сайт {site} прислал страницу, сжатую способом, который Margin не читает ({packing})</translation>
    </message>
    <message>
        <source>{site} sent a damaged compressed page</source>
        <translation>Сайт {site} прислал повреждённую сжатую страницу</translation>
    </message>
    <message>
        <source>{site} sent something that is not an article (no content type, and not a web page, PDF or EPUB)</source>
        <translation>Сайт {site} прислал не статью (тип содержимого не указан, и это не веб-страница, не PDF и не EPUB)</translation>
    </message>
    <message>
        <source>{site} answered {status} ({phrase})</source>
        <translation>Сайт {site} ответил кодом {status} ({phrase})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name was not found (check the address)</source>
        <translation>Не удалось связаться с сайтом {site}: имя не найдено (проверьте адрес)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up (is there a network connection?)</source>
        <translation>Не удалось связаться с сайтом {site}: не удалось разрешить имя (есть ли подключение к сети?)</translation>
    </message>
    <message>
        <source>{site} could not be reached: the name could not be looked up</source>
        <translation>Не удалось связаться с сайтом {site}: не удалось разрешить имя</translation>
    </message>
    <message>
        <source>{site} could not be reached securely: its certificate could not be verified ({reason})</source>
        <translation>Не удалось установить защищённое соединение с сайтом {site}: не удалось проверить его сертификат ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached securely ({reason})</source>
        <translation>Не удалось установить защищённое соединение с сайтом {site} ({reason})</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection timed out</source>
        <translation>Не удалось связаться с сайтом {site}: истекло время ожидания соединения</translation>
    </message>
    <message>
        <source>{site} took too long to send the page (more than {seconds} s)</source>
        <translation>Сайт {site} слишком долго передавал страницу (больше {seconds} с)</translation>
    </message>
    <message>
        <source>{site} did not answer: the connection timed out</source>
        <translation>Сайт {site} не ответил: истекло время ожидания соединения</translation>
    </message>
    <message>
        <source>{site} stopped sending before the page was complete: the connection timed out</source>
        <translation>Сайт {site} перестал передавать данные, не отправив страницу полностью: истекло время ожидания соединения</translation>
    </message>
    <message>
        <source>{site} could not be reached: the connection was refused</source>
        <translation>Не удалось связаться с сайтом {site}: в соединении отказано</translation>
    </message>
    <message>
        <source>{site} closed the connection without answering</source>
        <translation>Сайт {site} закрыл соединение, не ответив</translation>
    </message>
    <message>
        <source>{site} sent an answer that is not valid HTTP</source>
        <translation>Сайт {site} прислал ответ, не соответствующий протоколу HTTP</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no network connection</source>
        <translation>Не удалось связаться с сайтом {site}: нет подключения к сети</translation>
    </message>
    <message>
        <source>{site} could not be reached: there is no route to it (is there a network connection?)</source>
        <translation>Не удалось связаться с сайтом {site}: нет маршрута к нему (есть ли подключение к сети?)</translation>
    </message>
    <message>
        <source>{site} could not be reached ({reason})</source>
        <translation>Не удалось связаться с сайтом {site} ({reason})</translation>
    </message>
    <message>
        <source>There is no article {number} in the library.</source>
        <translation>В библиотеке нет статьи {number}.</translation>
    </message>
    <message>
        <source>There is no highlight {number} in the library.</source>
        <translation>В библиотеке нет выделения {number}.</translation>
    </message>
    <message>
        <source>Highlight {number} is no longer in the library.</source>
        <translation>Выделения {number} больше нет в библиотеке.</translation>
    </message>
    <message>
        <source>The page from {site} now reads as another article in the library, “{title}” ({number}).</source>
        <translation>Страница с сайта {site} теперь совпадает с другой статьёй в библиотеке: «{title}» ({number}).</translation>
    </message>
    <message>
        <source>{name} could not be added to the library ({reason})</source>
        <translation>Не удалось добавить {name} в библиотеку ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be updated in the library ({reason})</source>
        <translation>Не удалось обновить {name} в библиотеке ({reason})</translation>
    </message>
    <message>
        <source>{name} could not be copied into the library ({reason})</source>
        <translation>Не удалось скопировать {name} в библиотеку ({reason})</translation>
    </message>
    <message>
        <source>The library is busy or cannot be written ({reason}).</source>
        <translation>Библиотека занята или недоступна для записи ({reason}).</translation>
    </message>
    <message>
        <source>The library at {path} was written by a newer version of Margin (format {found}; this version reads up to {latest}). It has been left untouched: update Margin to use it.</source>
        <translation>Библиотека в {path} записана более новой версией Margin (формат {found}; эта версия читает форматы до {latest}). Она оставлена без изменений: обновите Margin, чтобы работать с ней.</translation>
    </message>
    <message>
        <source>The library at {path} cannot be opened ({reason}).</source>
        <translation>Не удаётся открыть библиотеку в {path} ({reason}).</translation>
    </message>
    <message>
        <source>The library folder {path} cannot be used ({reason}).</source>
        <translation>Не удаётся использовать папку библиотеки {path} ({reason}).</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>без расширения</translation>
    </message>
    <message>
        <source>an image</source>
        <translation>изображение</translation>
    </message>
    <message>
        <source>a sound file</source>
        <translation>аудиофайл</translation>
    </message>
    <message>
        <source>a video</source>
        <translation>видео</translation>
    </message>
    <message>
        <source>a font</source>
        <translation>шрифт</translation>
    </message>
    <message>
        <source>a 3D model</source>
        <translation>3D-модель</translation>
    </message>
    <message>
        <source>data or code</source>
        <translation>данные или код</translation>
    </message>
    <message>
        <source>an archive</source>
        <translation>архив</translation>
    </message>
    <message>
        <source>an office document</source>
        <translation>офисный документ</translation>
    </message>
    <message>
        <source>a program or binary file</source>
        <translation>программу или двоичный файл</translation>
    </message>
    <message>
        <source>a kind of file Margin does not read</source>
        <translation>файл такого типа, который Margin не читает</translation>
    </message>
    <message>
        <source>bad request</source>
        <translation>неверный запрос</translation>
    </message>
    <message>
        <source>a login is needed</source>
        <translation>требуется вход</translation>
    </message>
    <message>
        <source>payment required</source>
        <translation>требуется оплата</translation>
    </message>
    <message>
        <source>forbidden</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>не найдено</translation>
    </message>
    <message>
        <source>not allowed</source>
        <translation>не разрешено</translation>
    </message>
    <message>
        <source>not acceptable</source>
        <translation>неприемлемо</translation>
    </message>
    <message>
        <source>request timeout</source>
        <translation>истекло время ожидания запроса</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>слишком много запросов</translation>
    </message>
    <message>
        <source>unavailable for legal reasons</source>
        <translation>недоступно по юридическим причинам</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>ошибка сервера</translation>
    </message>
    <message>
        <source>not implemented</source>
        <translation>не реализовано</translation>
    </message>
    <message>
        <source>bad gateway</source>
        <translation>ошибка шлюза</translation>
    </message>
    <message>
        <source>service unavailable</source>
        <translation>сервис недоступен</translation>
    </message>
    <message>
        <source>gateway timeout</source>
        <translation>истекло время ожидания шлюза</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <source>not a page</source>
        <translation>не страница</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Нет такого файла или каталога</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Доступ запрещён</translation>
    </message>
    <message>
        <source>Is a directory</source>
        <translation>Это каталог</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ошибка ввода-вывода</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>На устройстве не осталось свободного места</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Файловая система доступна только для чтения</translation>
    </message>
</context>
</TS>
