<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>Advice</name>
    <message>
        <source>restore it from a copy</source>
        <translation>восстановите его из копии</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>«%1» %2</translation>
    </message>
</context>
<context>
    <name>CaseOpener</name>
    <message>
        <source>The keyring&apos;s passphrase no longer opens it: type the new one.</source>
        <extracomment>The passphrases that opened encrypted cases in this session (memory only), so that opening one again (read-only after the lock dialog, a copy) asks no more.</extracomment>
        <translation>Парольная фраза из связки ключей больше не открывает его: введите новую.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or not a case file): try again.</source>
        <translation>Неверная парольная фраза (или это не файл дела): попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Сохранить копию для правки</translation>
    </message>
    <message>
        <source>Save the new case as</source>
        <translation>Сохранить новое дело как</translation>
    </message>
    <message>
        <source>case</source>
        <comment>a file name</comment>
        <translation>дело</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копия)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — Sealed by %1</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). what the title bar says of each review state; %1: who sealed the case</extracomment>
        <translation> — заверено: %1</translation>
    </message>
    <message>
        <source> — Submitted by %1</source>
        <translation> — передано на рассмотрение: %1</translation>
    </message>
    <message>
        <source> — Approved by %1</source>
        <translation> — утверждено: %1</translation>
    </message>
    <message>
        <source> — Changes requested by %1</source>
        <translation> — возвращено на доработку: %1</translation>
    </message>
    <message>
        <source> — Released by %1</source>
        <translation> — выдана заверенная копия: %1</translation>
    </message>
    <message>
        <source> (seal does not verify)</source>
        <translation> (печать не проходит проверку)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <extracomment>a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
        <translation>&amp;Новое дело…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Открыть только для &amp;чтения…</translation>
    </message>
    <message>
        <source>Open a case without changing a byte of it</source>
        <translation>Открыть дело, не изменив в нём ни байта</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>A compact copy to share: it holds nothing you deleted</source>
        <translation>Компактная копия для передачи: в ней нет ничего из удалённого вами</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Ср&amp;авнить с…</translation>
    </message>
    <message>
        <source>What changed since another version of this case: items added, removed and changed, by whom and when</source>
        <translation>Что изменилось по сравнению с другой версией этого дела: какие записи добавлены, удалены и изменены, кем и когда</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>О&amp;бъединить с копией…</translation>
    </message>
    <message>
        <source>Bring in the edits made in a copy of this case; conflicts are shown side by side before anything is written</source>
        <translation>Перенести правки, сделанные в копии этого дела; конфликты показываются рядом, прежде чем что-либо будет записано</translation>
    </message>
    <message>
        <source>&amp;Export brief…</source>
        <translation>&amp;Экспорт справки…</translation>
    </message>
    <message>
        <source>Write a PDF brief</source>
        <translation>Подготовить справку в PDF</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>Экспорт &amp;списка…</translation>
    </message>
    <message>
        <source>The list shown, with its columns, as an Excel workbook or CSV</source>
        <translation>Показанный список со всеми его столбцами — в книгу Excel или CSV</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Печать списка…</translation>
    </message>
    <message>
        <source>The list shown, as it is shown, to a PDF</source>
        <translation>Показанный список — в PDF, как он показан</translation>
    </message>
    <message>
        <source>Chec&amp;k file…</source>
        <translation>Про&amp;верить файл…</translation>
    </message>
    <message>
        <source>Is the file intact? Its integrity, links, attachment hashes and audit chain, and anything changed outside casefile</source>
        <translation>Цел ли файл? Его целостность, ссылки, хеши вложений и цепочка журнала изменений, а также всё, что изменено вне casefile</translation>
    </message>
    <message>
        <source>Encr&amp;yption…</source>
        <translation>&amp;Шифрование…</translation>
    </message>
    <message>
        <source>Encrypt the case with a passphrase, change its passphrase, or decrypt it</source>
        <translation>Зашифровать дело парольной фразой, сменить её или расшифровать дело</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Настро&amp;йки…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Н&amp;едавние дела</translation>
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
        <source>&amp;Review</source>
        <translation>&amp;Рассмотрение</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>П&amp;омощь</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About casefile</source>
        <translation>&amp;О программе casefile</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Нет недавних дел</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (только для чтения)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Отменить: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>По&amp;вторить: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-only · %1</source>
        <translation>Только для чтения · %1</translation>
    </message>
    <message>
        <source>Not saved: %1 refused (shown in red)</source>
        <translation>Не сохранено: %1 — значение отклонено (выделено красным)</translation>
    </message>
    <message>
        <source>Typing, not saved yet: press Enter or leave the field</source>
        <translation>Идёт ввод, ещё не сохранено: нажмите Enter или покиньте поле</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Все изменения сохранены в %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Все изменения сохранены</translation>
    </message>
    <message>
        <source>%1 · %2 · editing</source>
        <translation>%1 · %2 · редактирование</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Открыть дело</translation>
    </message>
    <message>
        <source>That case is already open.</source>
        <translation>Это дело уже открыто.</translation>
    </message>
    <message>
        <source>could not be written (%1): free some space, or check that %2 can be written</source>
        <translation>не удалось записать (%1): освободите место на диске или проверьте, что в %2 можно писать</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Копия не сохранена</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Копия сохранена как %1</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Сравнение невозможно</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Объединить с копией</translation>
    </message>
    <message>
        <source>Already up to date: %1 holds every change of %2.</source>
        <translation>Объединять нечего: в %1 уже есть все изменения из %2.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <source>Merged %1: %2, %3, %4.</source>
        <translation>Объединено с %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) added</source>
        <translation>
            <numerusform>добавлена %Ln запись</numerusform>
            <numerusform>добавлены %Ln записи</numerusform>
            <numerusform>добавлено %Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <comment>items</comment>
        <translation>
            <numerusform>изменена %Ln</numerusform>
            <numerusform>изменены %Ln</numerusform>
            <numerusform>изменено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <comment>items</comment>
        <translation>
            <numerusform>удалена %Ln</numerusform>
            <numerusform>удалены %Ln</numerusform>
            <numerusform>удалено %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>This case is open read-only: open it for editing to change its encryption.</source>
        <translation>Это дело открыто только для чтения: чтобы изменить шифрование, откройте его для редактирования.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Расшифровать</translation>
    </message>
    <message>
        <source>Decrypted, the case can be read by anyone who has the file. Decrypt it?</source>
        <translation>Расшифрованное дело сможет прочитать любой, у кого есть файл. Расшифровать его?</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифровать</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Сменить парольную фразу</translation>
    </message>
    <message>
        <source>The new passphrase of %1:</source>
        <translation>Новая парольная фраза для %1:</translation>
    </message>
    <message>
        <source>Encryption not changed</source>
        <translation>Шифрование не изменено</translation>
    </message>
    <message>
        <source>Encrypted: it opens only with its passphrase.</source>
        <translation>Зашифровано: дело открывается только парольной фразой.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольная фраза изменена.</translation>
    </message>
    <message>
        <source>Decrypted: anyone who has the file can read it.</source>
        <translation>Расшифровано: прочитать дело может любой, у кого есть файл.</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Экспорт справки…</translation>
    </message>
    <message>
        <source>Brief saved as %1</source>
        <translation>Справка сохранена как %1</translation>
    </message>
    <message>
        <source>Its folder could not be shown either: the brief is %1</source>
        <translation>Папку тоже не удалось показать. Справка: %1</translation>
    </message>
    <message>
        <source>Brief not exported</source>
        <translation>Справка не экспортирована</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Экспорт отменён: файл не записан.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>проблем нет</translation>
    </message>
    <message>
        <source>Checked %1: %2.</source>
        <translation>%1 проверен: %2.</translation>
    </message>
    <message>
        <source>File not checked</source>
        <translation>Файл не проверен</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Настройки сохранены.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>About casefile</source>
        <translation>О программе casefile</translation>
    </message>
    <message>
        <source>Offline case files for incidents that damage a diplomatic mission, and PDF briefs from them.</source>
        <translation>Автономные файлы дел об инцидентах, причинивших ущерб дипломатическому представительству, и справки в PDF по ним.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in this case</source>
        <extracomment>the user chose a result: (kind, id)</extracomment>
        <translation>Поиск в этом деле</translation>
    </message>
    <message>
        <source>Search notes, parties, damage, meetings, files…</source>
        <translation>Искать в записях, сторонах, ущербе, встречах, файлах…</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln matches are shown, and there are more: add a word to narrow the search. Enter opens the selected one.</source>
        <translation>
            <numerusform>Показано %Ln лучшее совпадение, но есть и другие: добавьте слово, чтобы сузить поиск. Enter открывает выбранное.</numerusform>
            <numerusform>Показаны %Ln лучших совпадения, но есть и другие: добавьте слово, чтобы сузить поиск. Enter открывает выбранное.</numerusform>
            <numerusform>Показаны %Ln лучших совпадений, но есть и другие: добавьте слово, чтобы сузить поиск. Enter открывает выбранное.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found. Enter opens the selected one.</source>
        <comment>matches</comment>
        <translation>
            <numerusform>Найдено: %Ln. Enter открывает выбранное.</numerusform>
            <numerusform>Найдено: %Ln. Enter открывает выбранное.</numerusform>
            <numerusform>Найдено: %Ln. Enter открывает выбранное.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Incident</source>
        <extracomment>the groups of results, one per kind, in this order; in English (translated where shown)</extracomment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Ущерб</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фотографии и документы</translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <comment>the best of more matches</comment>
        <extracomment>matches listed, best first; past it the panel says there are more</extracomment>
        <translation>%1 (показано %2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N или Insert</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Pin %1</source>
        <extracomment>the translation context of the Undo and Redo menu items&apos; words kind (&quot;incident&quot;, &quot;party&quot;, … or &quot;*&quot; for everything) and the ids that changed an undo or redo that the case file refused (e.g. the file changed on disk) after each successful write: tells the status bar &quot;saved&quot; whether some field holds typed text not yet written (its user has not left it) an undo brought back a deleted item (kind, id): the window shows it an undo or redo changed an item&apos;s fields (kind, id): the window shows it, as the change may be in a view not shown</extracomment>
        <translation>Отметка на плане: %1</translation>
    </message>
    <message>
        <source>Move the pin of %1</source>
        <translation>Перемещение отметки: %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Снятие отметки: %1</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>how a field reads in the Undo and Redo menu items (&quot;Edit place of …&quot;), in English</extracomment>
        <translation>кому</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>принадлежность</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>время оценки</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>кто оценил</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фотографии и документы</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>captured at</source>
        <translation>время съёмки</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>clearances</source>
        <translation>согласования</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>испрашиваемые решения</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>drafted by</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>дата подготовки</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ориентировочная стоимость</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обменные курсы</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>location</source>
        <translation>местоположение</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>имя на родном языке</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>итоги</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>исполнитель</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта отчёта</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляет</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от кого</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>степень повреждения</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>Incident “%1”</source>
        <extracomment>an item of each kind named in the Undo and Redo menu items; %1: its title or name</extracomment>
        <translation>инцидент «%1»</translation>
    </message>
    <message>
        <source>Party “%1”</source>
        <translation>сторона «%1»</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation>запись «%1»</translation>
    </message>
    <message>
        <source>Damage item “%1”</source>
        <translation>повреждение «%1»</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation>встреча «%1»</translation>
    </message>
    <message>
        <source>Follow-up “%1”</source>
        <translation>поручение «%1»</translation>
    </message>
    <message>
        <source>Attachment “%1”</source>
        <translation>файл «%1»</translation>
    </message>
    <message>
        <source>Item “%1”</source>
        <extracomment>an item of a kind the Undo menu has no word for; %1: its title or name</extracomment>
        <translation>элемент «%1»</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Изменение (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(y|ies)</source>
        <translation>
            <numerusform>%Ln сторона</numerusform>
            <numerusform>%Ln стороны</numerusform>
            <numerusform>%Ln сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln запись</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s)</source>
        <translation>
            <numerusform>%Ln повреждение</numerusform>
            <numerusform>%Ln повреждения</numerusform>
            <numerusform>%Ln повреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln встреча</numerusform>
            <numerusform>%Ln встречи</numerusform>
            <numerusform>%Ln встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln поручение</numerusform>
            <numerusform>%Ln поручения</numerusform>
            <numerusform>%Ln поручений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файла</numerusform>
            <numerusform>%Ln файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln элемент</numerusform>
            <numerusform>%Ln элемента</numerusform>
            <numerusform>%Ln элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Добавление: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удаление: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln attachment(s)</source>
        <translation>
            <numerusform>Добавление %Ln файла</numerusform>
            <numerusform>Добавление %Ln файлов</numerusform>
            <numerusform>Добавление %Ln файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the site plan “%1”</source>
        <extracomment>QUndoCommand.id() of the attach commands that merge into one step (see `run`)</extracomment>
        <translation>Добавление плана территории «%1»</translation>
    </message>
    <message>
        <source>Rename the site plan “%1”</source>
        <translation>Переименование плана территории «%1»</translation>
    </message>
    <message>
        <source>Delete the site plan “%1”</source>
        <translation>Удаление плана территории «%1»</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>One file per incident: damage, parties, notes, meetings and photos,
saved as you type, and a brief ready for the minister.</source>
        <translation>Один файл на инцидент: ущерб, стороны, записи, встречи и фотографии
сохраняются по мере ввода, а справка для министра всегда готова.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Новое дело…</translation>
    </message>
    <message>
        <source>Start a case for a new incident (Ctrl+N)</source>
        <translation>Завести дело по новому инциденту (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Open a .casefile (Ctrl+O)</source>
        <translation>Открыть файл .casefile (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Открыть демонстрационное дело</translation>
    </message>
    <message>
        <source>The sample case: the missile strike on the Azerbaijani embassy in Kyiv, Nov 2025</source>
        <translation>Пример дела: ракетный удар по посольству Азербайджана в Киеве, ноябрь 2025 г.</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Недавние дела</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (не найден)</translation>
    </message>
    <message>
        <source>No recent cases yet.</source>
        <translation>Недавних дел пока нет.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>opened read-only</source>
        <extracomment>a view asked the window to say something in the status bar the current view changed, or what Add means in it the read-only banner&apos;s &quot;Save a copy to edit&quot; was pressed</extracomment>
        <translation>открыто только для чтения</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt; (%1). Nothing you do here changes this file.</source>
        <translation>&lt;b&gt;Только для чтения&lt;/b&gt; (%1). Ничто из сделанного здесь не изменит этот файл.</translation>
    </message>
    <message>
        <source>Save a copy to edit…</source>
        <translation>Сохранить копию для правки…</translation>
    </message>
    <message>
        <source>Could not apply that change: %1</source>
        <translation>Не удалось применить это изменение: %1</translation>
    </message>
    <message>
        <source>That item is no longer in the case.</source>
        <translation>Этой записи больше нет в деле.</translation>
    </message>
</context>
</TS>
