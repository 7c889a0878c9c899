<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
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
        <translation>&amp;Повернути %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>Повт&amp;орити %1</translation>
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
        <source>That case is already open.</source>
        <translation>Ця справа вже відкрита.</translation>
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
</TS>
