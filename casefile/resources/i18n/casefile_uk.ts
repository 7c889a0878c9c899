<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>Advice</name>
    <message>
        <source>restore it from a copy</source>
        <translation>відновіть його з копії</translation>
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
        <translation>Парольна фраза зі сховища ключів більше не відкриває її: введіть нову.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or not a case file): try again.</source>
        <translation>Неправильна парольна фраза (або це не файл справи): спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Зберегти копію для редагування</translation>
    </message>
    <message>
        <source>Save the new case as</source>
        <translation>Зберегти нову справу як</translation>
    </message>
    <message>
        <source>case</source>
        <comment>a file name</comment>
        <translation>справа</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (копія)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — Sealed by %1</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). what the title bar says of each review state; %1: who sealed the case</extracomment>
        <translation> — засвідчено: %1</translation>
    </message>
    <message>
        <source> — Submitted by %1</source>
        <translation> — передано на розгляд: %1</translation>
    </message>
    <message>
        <source> — Approved by %1</source>
        <translation> — затверджено: %1</translation>
    </message>
    <message>
        <source> — Changes requested by %1</source>
        <translation> — повернуто на доопрацювання: %1</translation>
    </message>
    <message>
        <source> — Released by %1</source>
        <translation> — видано засвідчену копію: %1</translation>
    </message>
    <message>
        <source> (seal does not verify)</source>
        <translation> (печатка не проходить перевірку)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <extracomment>a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
        <translation>&amp;Нова справа…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Відкрити лише для &amp;читання…</translation>
    </message>
    <message>
        <source>Open a case without changing a byte of it</source>
        <translation>Відкрити справу, не змінивши в ній жодного байта</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Зберегти &amp;копію як…</translation>
    </message>
    <message>
        <source>A compact copy to share: it holds nothing you deleted</source>
        <translation>Компактна копія для передавання: у ній немає нічого з видаленого вами</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>Пор&amp;івняти з…</translation>
    </message>
    <message>
        <source>What changed since another version of this case: items added, removed and changed, by whom and when</source>
        <translation>Що змінилося порівняно з іншою версією цієї справи: які записи додано, видалено й змінено, ким і коли</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>Обʼ&amp;єднати з копією…</translation>
    </message>
    <message>
        <source>Bring in the edits made in a copy of this case; conflicts are shown side by side before anything is written</source>
        <translation>Перенести правки, зроблені в копії цієї справи; конфлікти показано поруч, перш ніж щось буде записано</translation>
    </message>
    <message>
        <source>&amp;Export brief…</source>
        <translation>&amp;Експорт довідки…</translation>
    </message>
    <message>
        <source>Write a PDF brief</source>
        <translation>Підготувати довідку в PDF</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>Експорт &amp;списку…</translation>
    </message>
    <message>
        <source>The list shown, with its columns, as an Excel workbook or CSV</source>
        <translation>Показаний список з усіма його стовпцями — у книгу Excel або CSV</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>&amp;Друк списку…</translation>
    </message>
    <message>
        <source>The list shown, as it is shown, to a PDF</source>
        <translation>Показаний список — у PDF, як його показано</translation>
    </message>
    <message>
        <source>Chec&amp;k file…</source>
        <translation>&amp;Перевірити файл…</translation>
    </message>
    <message>
        <source>Is the file intact? Its integrity, links, attachment hashes and audit chain, and anything changed outside casefile</source>
        <translation>Чи цілий файл? Його цілісність, посилання, геші вкладень і ланцюжок журналу змін, а також усе, що змінено поза casefile</translation>
    </message>
    <message>
        <source>Encr&amp;yption…</source>
        <translation>Ши&amp;фрування…</translation>
    </message>
    <message>
        <source>Encrypt the case with a passphrase, change its passphrase, or decrypt it</source>
        <translation>Зашифрувати справу парольною фразою, змінити її або розшифрувати справу</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Нала&amp;штування…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;хід</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Повернути</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Повт&amp;орити</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Додати</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Знайти…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Останні справи</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>Роз&amp;гляд</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Допомога</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Посібник</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About casefile</source>
        <translation>&amp;Про casefile</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Немає останніх справ</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Справа</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (лише для читання)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Повернути: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Повт&amp;орити: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-only · %1</source>
        <translation>Лише для читання · %1</translation>
    </message>
    <message>
        <source>Not saved: %1 refused (shown in red)</source>
        <translation>Не збережено: %1 — значення відхилено (позначено червоним)</translation>
    </message>
    <message>
        <source>Typing, not saved yet: press Enter or leave the field</source>
        <translation>Триває введення, ще не збережено: натисніть Enter або залиште поле</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Усі зміни збережено о %1</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Усі зміни збережено</translation>
    </message>
    <message>
        <source>%1 · %2 · editing</source>
        <translation>%1 · %2 · редагування</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>Відкрити справу</translation>
    </message>
    <message>
        <source>That case is already open.</source>
        <translation>Ця справа вже відкрита.</translation>
    </message>
    <message>
        <source>could not be written (%1): free some space, or check that %2 can be written</source>
        <translation>не вдалося записати (%1): звільніть місце на диску або перевірте, що в %2 можна записувати</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Зберегти копію як</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Копію не збережено</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Копію збережено як %1</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Порівняти з</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Порівняння неможливе</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Обʼєднати з копією</translation>
    </message>
    <message>
        <source>Already up to date: %1 holds every change of %2.</source>
        <translation>Обʼєднувати нічого: у %1 уже є всі зміни з %2.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Не обʼєднано</translation>
    </message>
    <message>
        <source>Merged %1: %2, %3, %4.</source>
        <translation>Обʼєднано з %1: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) added</source>
        <translation>
            <numerusform>додано %Ln запис</numerusform>
            <numerusform>додано %Ln записи</numerusform>
            <numerusform>додано %Ln записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <comment>items</comment>
        <translation>
            <numerusform>змінено %Ln</numerusform>
            <numerusform>змінено %Ln</numerusform>
            <numerusform>змінено %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <comment>items</comment>
        <translation>
            <numerusform>видалено %Ln</numerusform>
            <numerusform>видалено %Ln</numerusform>
            <numerusform>видалено %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Шифрування</translation>
    </message>
    <message>
        <source>This case is open read-only: open it for editing to change its encryption.</source>
        <translation>Цю справу відкрито лише для читання: щоб змінити шифрування, відкрийте її для редагування.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Розшифрувати</translation>
    </message>
    <message>
        <source>Decrypted, the case can be read by anyone who has the file. Decrypt it?</source>
        <translation>Розшифровану справу зможе прочитати будь-хто, у кого є файл. Розшифрувати її?</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Зашифрувати</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Змінити парольну фразу</translation>
    </message>
    <message>
        <source>The new passphrase of %1:</source>
        <translation>Нова парольна фраза для %1:</translation>
    </message>
    <message>
        <source>Encryption not changed</source>
        <translation>Шифрування не змінено</translation>
    </message>
    <message>
        <source>Encrypted: it opens only with its passphrase.</source>
        <translation>Зашифровано: справа відкривається лише парольною фразою.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Парольну фразу змінено.</translation>
    </message>
    <message>
        <source>Decrypted: anyone who has the file can read it.</source>
        <translation>Розшифровано: прочитати справу може будь-хто, у кого є файл.</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Експорт довідки…</translation>
    </message>
    <message>
        <source>Brief saved as %1</source>
        <translation>Довідку збережено як %1</translation>
    </message>
    <message>
        <source>Its folder could not be shown either: the brief is %1</source>
        <translation>Теку теж не вдалося показати. Довідка: %1</translation>
    </message>
    <message>
        <source>Brief not exported</source>
        <translation>Довідку не експортовано</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Експорт скасовано: файл не записано.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Перевірка файлу…</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>проблем немає</translation>
    </message>
    <message>
        <source>Checked %1: %2.</source>
        <translation>%1 перевірено: %2.</translation>
    </message>
    <message>
        <source>File not checked</source>
        <translation>Файл не перевірено</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Налаштування збережено.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Повернуто: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <source>About casefile</source>
        <translation>Про casefile</translation>
    </message>
    <message>
        <source>Offline case files for incidents that damage a diplomatic mission, and PDF briefs from them.</source>
        <translation>Автономні файли справ про інциденти, що завдали пошкоджень дипломатичному представництву, і довідки в PDF за ними.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Сховати</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in this case</source>
        <extracomment>the user chose a result: (kind, id)</extracomment>
        <translation>Пошук у цій справі</translation>
    </message>
    <message>
        <source>Search notes, parties, damage, meetings, files…</source>
        <translation>Шукати в записах, сторонах, пошкодженнях, зустрічах, файлах…</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln matches are shown, and there are more: add a word to narrow the search. Enter opens the selected one.</source>
        <translation>
            <numerusform>Показано %Ln найкращий збіг, але є й інші: додайте слово, щоб звузити пошук. Enter відкриває вибране.</numerusform>
            <numerusform>Показано %Ln найкращі збіги, але є й інші: додайте слово, щоб звузити пошук. Enter відкриває вибране.</numerusform>
            <numerusform>Показано %Ln найкращих збігів, але є й інші: додайте слово, щоб звузити пошук. Enter відкриває вибране.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found. Enter opens the selected one.</source>
        <comment>matches</comment>
        <translation>
            <numerusform>Знайдено: %Ln. Enter відкриває вибране.</numerusform>
            <numerusform>Знайдено: %Ln. Enter відкриває вибране.</numerusform>
            <numerusform>Знайдено: %Ln. Enter відкриває вибране.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Incident</source>
        <extracomment>the groups of results, one per kind, in this order; in English (translated where shown)</extracomment>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фото та документи</translation>
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
        <translation>(без назви)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N або Insert</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Pin %1</source>
        <extracomment>the translation context of the Undo and Redo menu items&apos; words kind (&quot;incident&quot;, &quot;party&quot;, … or &quot;*&quot; for everything) and the ids that changed an undo or redo that the case file refused (e.g. the file changed on disk) after each successful write: tells the status bar &quot;saved&quot; whether some field holds typed text not yet written (its user has not left it) an undo brought back a deleted item (kind, id): the window shows it an undo or redo changed an item&apos;s fields (kind, id): the window shows it, as the change may be in a view not shown</extracomment>
        <translation>Позначка на плані: %1</translation>
    </message>
    <message>
        <source>Move the pin of %1</source>
        <translation>Переміщення позначки: %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Зняття позначки: %1</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>how a field reads in the Undo and Redo menu items (&quot;Edit place of …&quot;), in English</extracomment>
        <translation>кому</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>належність</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>увесь день</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>час оцінки</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>хто оцінив</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фото та документи</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>captured at</source>
        <translation>час зйомки</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф обмеження доступу</translation>
    </message>
    <message>
        <source>clearances</source>
        <translation>погодження</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
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
        <translation>строк</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>рішення, що запитуються</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>drafted by</source>
        <translation>виконавець</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>дата підготовки</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>строк виконання</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>орієнтовна вартість</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обмінні курси</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>імʼя файлу</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутрішнє</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місцезнаходження</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>імʼя рідною мовою</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>підсумки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>виконавець</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>учасники</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта звіту</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляє</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від кого</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ступінь пошкодження</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>стислий зміст</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>ціна за одиницю</translation>
    </message>
    <message>
        <source>Incident “%1”</source>
        <extracomment>an item of each kind named in the Undo and Redo menu items; %1: its title or name</extracomment>
        <translation>інцидент «%1»</translation>
    </message>
    <message>
        <source>Party “%1”</source>
        <translation>сторона «%1»</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation>запис «%1»</translation>
    </message>
    <message>
        <source>Damage item “%1”</source>
        <translation>пошкодження «%1»</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation>зустріч «%1»</translation>
    </message>
    <message>
        <source>Follow-up “%1”</source>
        <translation>доручення «%1»</translation>
    </message>
    <message>
        <source>Attachment “%1”</source>
        <translation>файл «%1»</translation>
    </message>
    <message>
        <source>Item “%1”</source>
        <extracomment>an item of a kind the Undo menu has no word for; %1: its title or name</extracomment>
        <translation>елемент «%1»</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Зміна (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(y|ies)</source>
        <translation>
            <numerusform>%Ln сторона</numerusform>
            <numerusform>%Ln сторони</numerusform>
            <numerusform>%Ln сторін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln запис</numerusform>
            <numerusform>%Ln записи</numerusform>
            <numerusform>%Ln записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s)</source>
        <translation>
            <numerusform>%Ln пошкодження</numerusform>
            <numerusform>%Ln пошкодження</numerusform>
            <numerusform>%Ln пошкоджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln зустріч</numerusform>
            <numerusform>%Ln зустрічі</numerusform>
            <numerusform>%Ln зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln доручення</numerusform>
            <numerusform>%Ln доручення</numerusform>
            <numerusform>%Ln доручень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln файл</numerusform>
            <numerusform>%Ln файли</numerusform>
            <numerusform>%Ln файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln елемент</numerusform>
            <numerusform>%Ln елементи</numerusform>
            <numerusform>%Ln елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Додавання: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалення: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln attachment(s)</source>
        <translation>
            <numerusform>Додавання %Ln файлу</numerusform>
            <numerusform>Додавання %Ln файлів</numerusform>
            <numerusform>Додавання %Ln файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the site plan “%1”</source>
        <extracomment>QUndoCommand.id() of the attach commands that merge into one step (see `run`)</extracomment>
        <translation>Додавання плану території «%1»</translation>
    </message>
    <message>
        <source>Rename the site plan “%1”</source>
        <translation>Перейменування плану території «%1»</translation>
    </message>
    <message>
        <source>Delete the site plan “%1”</source>
        <translation>Видалення плану території «%1»</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>One file per incident: damage, parties, notes, meetings and photos,
saved as you type, and a brief ready for the minister.</source>
        <translation>Один файл на інцидент: пошкодження, сторони, записи, зустрічі та фото
зберігаються під час введення, а довідка для міністра завжди готова.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Нова справа…</translation>
    </message>
    <message>
        <source>Start a case for a new incident (Ctrl+N)</source>
        <translation>Завести справу щодо нового інциденту (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Відкрити…</translation>
    </message>
    <message>
        <source>Open a .casefile (Ctrl+O)</source>
        <translation>Відкрити файл .casefile (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Відкрити демонстраційну справу</translation>
    </message>
    <message>
        <source>The sample case: the missile strike on the Azerbaijani embassy in Kyiv, Nov 2025</source>
        <translation>Приклад справи: ракетний удар по посольству Азербайджану в Києві, листопад 2025 р.</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Останні справи</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (не знайдено)</translation>
    </message>
    <message>
        <source>No recent cases yet.</source>
        <translation>Останніх справ поки немає.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>opened read-only</source>
        <extracomment>a view asked the window to say something in the status bar the current view changed, or what Add means in it the read-only banner&apos;s &quot;Save a copy to edit&quot; was pressed</extracomment>
        <translation>відкрито лише для читання</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt; (%1). Nothing you do here changes this file.</source>
        <translation>&lt;b&gt;Лише для читання&lt;/b&gt; (%1). Ніщо зі зробленого тут не змінить цей файл.</translation>
    </message>
    <message>
        <source>Save a copy to edit…</source>
        <translation>Зберегти копію для редагування…</translation>
    </message>
    <message>
        <source>Could not apply that change: %1</source>
        <translation>Не вдалося застосувати цю зміну: %1</translation>
    </message>
    <message>
        <source>That item is no longer in the case.</source>
        <translation>Цього запису більше немає у справі.</translation>
    </message>
</context>
</TS>
