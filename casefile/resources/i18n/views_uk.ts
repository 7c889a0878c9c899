<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AuditView</name>
    <message>
        <source>✖ Audit chain broken at entry %1: %2</source>
        <translation>✖ Ланцюжок журналу змін порушено на записі %1: %2</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Перевірка ланцюжка журналу змін…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %Ln entr(y|ies)</source>
        <translation>
            <numerusform>✔ Ланцюжок журналу змін перевірено: %Ln запис</numerusform>
            <numerusform>✔ Ланцюжок журналу змін перевірено: %Ln записи</numerusform>
            <numerusform>✔ Ланцюжок журналу змін перевірено: %Ln записів</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry {missing} is missing (the next is {seq}): entries were deleted</source>
        <translation>запис журналу {missing} відсутній (наступний — {seq}): записи було видалено</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow entry {previous}: the log was edited</source>
        <translation>запис журналу {seq} не продовжує запис {previous}: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>запис журналу {seq} ({entity} {entity_id}) було змінено: його значення позначено як приховані, але обʼєкт не було видалено</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values do not match their digests</source>
        <translation>запис журналу {seq} ({entity} {entity_id}) було змінено: його значення не збігаються зі своїми хешами</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match</source>
        <translation>запис журналу {seq} ({entity} {entity_id}) було змінено: хеш не збігається</translation>
    </message>
    <message>
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>запис журналу {seq} повторює ідентифікатор попереднього запису: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>запис журналу {seq} іде за записом {parent}, якого немає перед ним у журналі: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>час годинника запису журналу {seq} не випливає з його часу та попереднього запису: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>час годинника запису журналу {seq} раніший, ніж у запису, за яким він іде: журнал було змінено</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>журнал змін закінчується на записі {last_seq}, але файл записав останнім запис {recorded}: найновіші записи було видалено</translation>
    </message>
    <message>
        <source>✖ The audit chain could not be checked: %1</source>
        <translation>✖ Не вдалося перевірити ланцюжок журналу змін: %1</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>Default columns</source>
        <extracomment>the set of columns shown changed (a typed filter looks only in those)</extracomment>
        <translation>Стовпці за замовчуванням</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a review comment</source>
        <extracomment>the kinds a comment may be on, in the order the item chooser lists them</extracomment>
        <translation>Додати зауваження за розглядом</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Обʼєкт:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Зауваження:</translation>
    </message>
</context>
<context>
    <name>DamageChart</name>
    <message>
        <source>%1 %2</source>
        <comment>a count of damage items and their severity</comment>
        <extracomment>Severities from &quot;not assessed&quot; to the worst, with the colour of each segment.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No damage recorded</source>
        <translation>Пошкоджень не зареєстровано</translation>
    </message>
    <message>
        <source>No damage items recorded yet</source>
        <translation>Пошкоджень поки не зареєстровано</translation>
    </message>
</context>
<context>
    <name>DamageForm</name>
    <message>
        <source>Item</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ступінь пошкодження</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>where on the premises</source>
        <translation>де на території</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оцінка вартості</translation>
    </message>
    <message>
        <source>Quantity × unit cost</source>
        <translation>Кількість × ціна</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Хто оцінив</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Коли оцінено</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
    </message>
</context>
<context>
    <name>DamageView</name>
    <message>
        <source>Add damage item</source>
        <translation>Додати пошкодження</translation>
    </message>
    <message>
        <source>Filter damage items…</source>
        <translation>Фільтр пошкоджень…</translation>
    </message>
    <message>
        <source>Select a damage item on the left to see it.</source>
        <translation>Виберіть пошкодження ліворуч, щоб його переглянути.</translation>
    </message>
    <message>
        <source>Select a damage item on the left,
or add one with %1.</source>
        <translation>Виберіть пошкодження ліворуч
або додайте нове (%1).</translation>
    </message>
    <message>
        <source>New damage item</source>
        <translation>Нове пошкодження</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>Пошкодження</translation>
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
        <source>%1 of %Ln damage item(s)</source>
        <translation>
            <numerusform>%1 з %Ln пошкодження</numerusform>
            <numerusform>%1 з %Ln пошкоджень</numerusform>
            <numerusform>%1 з %Ln пошкоджень</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: no estimates</source>
        <translation>Разом за показаними: оцінок немає</translation>
    </message>
    <message>
        <source>Total: no estimates</source>
        <translation>Разом: оцінок немає</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an estimate</source>
        <translation>
            <numerusform>%Ln без оцінки</numerusform>
            <numerusform>%Ln без оцінки</numerusform>
            <numerusform>%Ln без оцінки</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: %1</source>
        <translation>Разом за показаними: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>In %1: %2 at %3</source>
        <translation>У %1: %2 за курсом %3</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>У %1: %2</translation>
    </message>
</context>
<context>
    <name>EstimateWords</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln пошкодження</numerusform>
            <numerusform>%Ln пошкодження</numerusform>
            <numerusform>%Ln пошкоджень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>no rate for %1: not in the total</source>
        <translation>немає курсу для %1: не враховано в підсумку</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Action</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк виконання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішнє</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>лише для внутрішнього користування (не входить до довідок без внутрішніх матеріалів)</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>За підсумками зустрічі</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <source>Add follow-up</source>
        <translation>Додати доручення</translation>
    </message>
    <message>
        <source>Filter follow-ups…</source>
        <translation>Фільтр доручень…</translation>
    </message>
    <message>
        <source>Select a follow-up on the left to see it.</source>
        <translation>Виберіть доручення ліворуч, щоб його переглянути.</translation>
    </message>
    <message>
        <source>Select a follow-up on the left,
or add one with %1.</source>
        <translation>Виберіть доручення ліворуч
або додайте нове (%1).</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Нове доручення</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Доручення</translation>
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
        <source>%1 of %Ln follow-up(s)</source>
        <translation>
            <numerusform>%1 з %Ln доручення</numerusform>
            <numerusform>%1 з %Ln доручень</numerusform>
            <numerusform>%1 з %Ln доручень</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Title</source>
        <extracomment>a refused edit, in words for the user (&quot;&quot; clears the message)</extracomment>
        <translation>&amp;Назва</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Н&amp;омер справи</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>&amp;Дата і час</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Часовий &amp;пояс</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Місце</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>&amp;Гриф обмеження доступу</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Стислий опис</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>С&amp;татус</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, in the incident&apos;s zone</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ, за часом місця інциденту</translation>
    </message>
    <message>
        <source>an IANA zone, e.g. Europe/Kyiv</source>
        <translation>пояс IANA, напр. Europe/Kyiv</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для службового користування</translation>
    </message>
    <message>
        <source>Shown in %1 time (UTC%2)</source>
        <translation>Час показано за %1 (UTC%2)</translation>
    </message>
</context>
<context>
    <name>ItemListPane</name>
    <message>
        <source>Type to show only the rows containing every word</source>
        <extracomment>the form&apos;s share of a list view at its first showing, and its bounds in pixels: the list keeps most of a 1024 px window, the form does not sprawl on a 1920 px one never emitted: a pane&apos;s Add and Delete always mean its own kind</extracomment>
        <translation>Введіть слова, щоб показати лише рядки, що містять їх усі</translation>
    </message>
    <message>
        <source>Show only the rows of one choice; the first entry: all</source>
        <translation>Показати лише рядки з одним значенням; перший пункт — усі</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Не додано: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Не видалено: %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>Видалено: %1. Повернути можна скасуванням (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>fields the selection&apos;s context menu sets on every selected item at once</extracomment>
        <translation>Не змінено: %1</translation>
    </message>
    <message>
        <source>Changed %1. Undo puts it back (Ctrl+Z).</source>
        <translation>Змінено: %1. Повернути як було можна скасуванням (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Експорт списку</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Експорт: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не експортовано: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не експортовано</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Експортовано: %1, файл: %2</translation>
    </message>
    <message>
        <source>Print the list to PDF</source>
        <translation>Друк списку в PDF</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Не надруковано: %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не надруковано</translation>
    </message>
    <message>
        <source>Printed the list to %1</source>
        <translation>Список надруковано в %1</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3)</source>
        <translation>%1: не вдалося записати %2 (%3)</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>що містять «%1»</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Увесь день</translation>
    </message>
    <message>
        <source>the time of day is not known</source>
        <translation>час доби невідомий</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Стислий зміст</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Підсумки</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>One outcome per line</source>
        <translation>По одному підсумку в рядку</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Add meeting</source>
        <translation>Додати зустріч</translation>
    </message>
    <message>
        <source>Filter meetings…</source>
        <translation>Фільтр зустрічей…</translation>
    </message>
    <message>
        <source>Select a meeting on the left to see it.</source>
        <translation>Виберіть зустріч ліворуч, щоб її переглянути.</translation>
    </message>
    <message>
        <source>Select a meeting on the left,
or add one with %1.</source>
        <translation>Виберіть зустріч ліворуч
або додайте нову (%1).</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Нова зустріч</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
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
        <source>%1 of %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 з %Ln зустрічі</numerusform>
            <numerusform>%1 з %Ln зустрічей</numerusform>
            <numerusform>%1 з %Ln зустрічей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <extracomment>Add now means another kind (the tab changed)</extracomment>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Доручення</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Title</source>
        <extracomment>the kind of note that is internal unless its user says otherwise</extracomment>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутрішній</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>лише для внутрішнього користування (не входить до довідок без внутрішніх матеріалів)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вкладення</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Add note</source>
        <translation>Додати запис</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Фільтр записів…</translation>
    </message>
    <message>
        <source>Select a note on the left to see it.</source>
        <translation>Виберіть запис ліворуч, щоб його переглянути.</translation>
    </message>
    <message>
        <source>Select a note on the left,
or add one with %1.</source>
        <translation>Виберіть запис ліворуч
або додайте новий (%1).</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новий запис</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
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
        <source>%1 of %Ln note(s)</source>
        <translation>
            <numerusform>%1 з %Ln запису</numerusform>
            <numerusform>%1 з %Ln записів</numerusform>
            <numerusform>%1 з %Ln записів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Incident</source>
        <extracomment>the kinds counted under &quot;In this case&quot;, in the order shown the translation context of the open follow-ups&apos; model</extracomment>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Подання</translation>
    </message>
    <message>
        <source>Printed on the brief&apos;s cover; empty fields are left out</source>
        <translation>Друкується на титульному аркуші довідки; порожні поля не друкуються</translation>
    </message>
    <message>
        <source>In this case</source>
        <translation>У цій справі</translation>
    </message>
    <message>
        <source>Damage by category and severity</source>
        <translation>Пошкодження за категоріями та ступенем</translation>
    </message>
    <message>
        <source>Currency and rates…</source>
        <translation>Валюта й курси…</translation>
    </message>
    <message>
        <source>The currency totals are given in, and the exchange rates</source>
        <translation>Валюта підсумків і обмінні курси</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Орієнтовна вартість</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Відкриті доручення</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Розгляд</translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s) (has|have) no estimate.</source>
        <translation>
            <numerusform>%Ln пошкодження не має оцінки.</numerusform>
            <numerusform>%Ln пошкодження не мають оцінки.</numerusform>
            <numerusform>%Ln пошкоджень не мають оцінки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No estimates yet: %Ln damage item(s) (has|have) none.</source>
        <translation>
            <numerusform>Оцінок поки немає: %Ln пошкодження не має оцінки.</numerusform>
            <numerusform>Оцінок поки немає: %Ln пошкодження не мають оцінки.</numerusform>
            <numerusform>Оцінок поки немає: %Ln пошкоджень не мають оцінки.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all, in %1: %2 at %3</source>
        <translation>Усього в %1: %2 за курсом %3</translation>
    </message>
    <message>
        <source>In all, in %1: %2</source>
        <translation>Усього в %1: %2</translation>
    </message>
    <message>
        <source>No damage items recorded.</source>
        <translation>Пошкоджень не зареєстровано.</translation>
    </message>
    <message>
        <source>Open follow-ups: %1 (%2 overdue)</source>
        <translation>Відкриті доручення: %1 (прострочено: %2)</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>Відкриті доручення: %1</translation>
    </message>
    <message numerus="yes">
        <source>part(y|ies)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>сторона</numerusform>
            <numerusform>сторони</numerusform>
            <numerusform>сторін</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>запис</numerusform>
            <numerusform>записи</numerusform>
            <numerusform>записів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>damage item(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>пошкодження</numerusform>
            <numerusform>пошкодження</numerusform>
            <numerusform>пошкоджень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meeting(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>зустріч</numerusform>
            <numerusform>зустрічі</numerusform>
            <numerusform>зустрічей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>follow-up(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>доручення</numerusform>
            <numerusform>доручення</numerusform>
            <numerusform>доручень</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(photo or file|photos &amp; files)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>фото або файл</numerusform>
            <numerusform>фото або файли</numerusform>
            <numerusform>фото та файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не збережено: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Огляд</translation>
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
        <source>Meetings &amp; follow-ups</source>
        <translation>Зустрічі та доручення</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фото та документи</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План території</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Розгляд</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>Add party</source>
        <translation>Додати сторону</translation>
    </message>
    <message>
        <source>Filter parties…</source>
        <translation>Фільтр сторін…</translation>
    </message>
    <message>
        <source>Select a party on the left to see it.</source>
        <translation>Виберіть сторону ліворуч, щоб її переглянути.</translation>
    </message>
    <message>
        <source>Select a party on the left,
or add one with %1.</source>
        <translation>Виберіть сторону ліворуч
або додайте нову (%1).</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Нова сторона</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
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
        <source>%1 of %Ln part(y|ies)</source>
        <translation>
            <numerusform>%1 з %Ln сторони</numerusform>
            <numerusform>%1 з %Ln сторін</numerusform>
            <numerusform>%1 з %Ln сторін</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>Name</source>
        <translation>Імʼя або назва</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Імʼя в оригіналі</translation>
    </message>
    <message>
        <source>as written in its own script</source>
        <translation>як пишеться рідною абеткою</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль у справі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Належність</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакти</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Представляє</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Згадується в</translation>
    </message>
</context>
<context>
    <name>ReviewSentence</name>
    <message>
        <source> (their own submission)</source>
        <extracomment>how a seal&apos;s day is written: &quot;3 December 2025&quot;, &quot;3 декабря 2025&quot;</extracomment>
        <translation> (власне подання)</translation>
    </message>
    <message>
        <source> (the seal does not verify)</source>
        <translation> (засвідчення не підтверджується)</translation>
    </message>
    <message>
        <source> (signer&apos;s key not trusted here)</source>
        <translation> (ключу підписанта тут не довіряють)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln change(s) since</source>
        <translation>
            <numerusform>; відтоді %Ln зміна</numerusform>
            <numerusform>; відтоді %Ln зміни</numerusform>
            <numerusform>; відтоді %Ln змін</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by %1 on %2 at state %3</source>
        <translation>Подано: %1, %2, стан %3</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 at state %3</source>
        <translation>Затверджено: %1, %2, стан %3</translation>
    </message>
    <message>
        <source>Changes requested by %1 on %2 at state %3</source>
        <translation>Повернуто на доопрацювання: %1, %2, стан %3</translation>
    </message>
    <message>
        <source>Released by %1 on %2 at state %3</source>
        <translation>Копію видано: %1, %2, стан %3</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2 at state %3</source>
        <translation>Засвідчено: %1, %2, стан %3</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Show resolved comments</source>
        <translation>Показувати зняті зауваження</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Додати зауваження…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Зняти</translation>
    </message>
    <message>
        <source>Add review comment</source>
        <translation>Додати зауваження за розглядом</translation>
    </message>
    <message>
        <source>Not sealed: nobody has submitted, approved or asked for changes to this case yet (Review menu).</source>
        <translation>Не засвідчено: цю справу ще ніхто не подав, не затвердив і не повернув на доопрацювання (меню «Розгляд»).</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item in the chooser: its kind, its name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>Зауваження не додано</translation>
    </message>
    <message>
        <source>Comment not changed</source>
        <translation>Зауваження не змінено</translation>
    </message>
</context>
<context>
    <name>SelectionMenu</name>
    <message>
        <source>Set status of %1</source>
        <translation>Задати статус: %1</translation>
    </message>
    <message>
        <source>Set severity of %1</source>
        <translation>Задати ступінь пошкодження: %1</translation>
    </message>
    <message>
        <source>Set category of %1</source>
        <translation>Задати категорію: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the translation context of the menu&apos;s entries (lupdate reads only a literal one)</extracomment>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Експорт: %1…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Експорт вибраного…</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Експорт списку…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Друк списку…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Видалити: %1</translation>
    </message>
    <message>
        <source>Set kind of %1</source>
        <translation>Задати тип: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionForm</name>
    <message>
        <source>“{line}”: “{date}” is not a date: write each clearance as Name, YYYY-MM-DD</source>
        <extracomment>a date at the end of a clearance&apos;s line, after its last comma, has a digit</extracomment>
        <translation>«{line}»: «{date}» — не дата: записуйте кожне погодження як Імʼя, РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Від кого</translation>
    </message>
    <message>
        <source>e.g. Embassy in Kyiv</source>
        <translation>напр., Посольство в Києві</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>e.g. Minister of Foreign Affairs</source>
        <translation>напр., Міністр закордонних справ</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Мета</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не зазначено</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>Для прийняття рішення</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>До відома</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендація</translation>
    </message>
    <message>
        <source>Decisions sought</source>
        <translation>Рішення, що запитуються</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Виконавець</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Дата підготовки</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>One a line: name, YYYY-MM-DD</source>
        <translation>По одному в рядку: імʼя, РРРР-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show &amp;internal items</source>
        <translation>Показувати &amp;внутрішні матеріали</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated item(s), shown in %1 time. Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%Ln запис із датою, час за %1. Щоб відкрити, двічі клацніть або натисніть Enter.</numerusform>
            <numerusform>%Ln записи з датою, час за %1. Щоб відкрити, двічі клацніть або натисніть Enter.</numerusform>
            <numerusform>%Ln записів із датою, час за %1. Щоб відкрити, двічі клацніть або натисніть Enter.</numerusform>
        </translation>
    </message>
</context>
</TS>
