<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
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
        <translation>&amp;Отменить %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>По&amp;вторить %1</translation>
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
        <source>That case is already open.</source>
        <translation>Это дело уже открыто.</translation>
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
</TS>
