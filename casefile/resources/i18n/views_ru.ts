<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditView</name>
    <message>
        <source>✖ Audit chain broken at entry %1: %2</source>
        <translation>✖ Цепочка журнала изменений нарушена на записи %1: %2</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Проверка цепочки журнала изменений…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %Ln entr(y|ies)</source>
        <translation>
            <numerusform>✔ Цепочка журнала изменений проверена: %Ln запись</numerusform>
            <numerusform>✔ Цепочка журнала изменений проверена: %Ln записи</numerusform>
            <numerusform>✔ Цепочка журнала изменений проверена: %Ln записей</numerusform>
        </translation>
    </message>
    <message>
        <source>audit entry {missing} is missing (the next is {seq}): entries were deleted</source>
        <translation>запись журнала {missing} отсутствует (следующая — {seq}): записи были удалены</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow entry {previous}: the log was edited</source>
        <translation>запись журнала {seq} не продолжает запись {previous}: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>запись журнала {seq} ({entity} {entity_id}) была изменена: её значения помечены как скрытые, но объект не был удалён</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values do not match their digests</source>
        <translation>запись журнала {seq} ({entity} {entity_id}) была изменена: её значения не совпадают со своими хешами</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match</source>
        <translation>запись журнала {seq} ({entity} {entity_id}) была изменена: её хеш не совпадает</translation>
    </message>
    <message>
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>запись журнала {seq} повторяет идентификатор более ранней записи: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>запись журнала {seq} следует за записью {parent}, которой нет перед ней в журнале: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>время часов записи журнала {seq} не следует из её времени и предыдущей записи: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>время часов записи журнала {seq} раньше, чем у записи, за которой она следует: журнал был изменён</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>журнал изменений заканчивается на записи {last_seq}, но файл записал последней запись {recorded}: самые новые записи были удалены</translation>
    </message>
    <message>
        <source>✖ The audit chain could not be checked: %1</source>
        <translation>✖ Не удалось проверить цепочку журнала изменений: %1</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>Default columns</source>
        <extracomment>the set of columns shown changed (a typed filter looks only in those)</extracomment>
        <translation>Столбцы по умолчанию</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a review comment</source>
        <extracomment>the kinds a comment may be on, in the order the item chooser lists them</extracomment>
        <translation>Добавить замечание по рассмотрению</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Объект:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Замечание:</translation>
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
        <translation>Ущерб не зарегистрирован</translation>
    </message>
    <message>
        <source>No damage items recorded yet</source>
        <translation>Повреждения пока не зарегистрированы</translation>
    </message>
</context>
<context>
    <name>DamageForm</name>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Степень повреждения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>where on the premises</source>
        <translation>где на территории</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Оценка стоимости</translation>
    </message>
    <message>
        <source>Quantity × unit cost</source>
        <translation>Количество × цена</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Кто оценил</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Когда оценено</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фотографии</translation>
    </message>
</context>
<context>
    <name>DamageView</name>
    <message>
        <source>Add damage item</source>
        <translation>Добавить повреждение</translation>
    </message>
    <message>
        <source>Filter damage items…</source>
        <translation>Фильтр повреждений…</translation>
    </message>
    <message>
        <source>Select a damage item on the left to see it.</source>
        <translation>Выберите повреждение слева, чтобы его просмотреть.</translation>
    </message>
    <message>
        <source>Select a damage item on the left,
or add one with %1.</source>
        <translation>Выберите повреждение слева
или добавьте новое (%1).</translation>
    </message>
    <message>
        <source>New damage item</source>
        <translation>Новое повреждение</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>Повреждения</translation>
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
        <source>%1 of %Ln damage item(s)</source>
        <translation>
            <numerusform>%1 из %Ln повреждения</numerusform>
            <numerusform>%1 из %Ln повреждений</numerusform>
            <numerusform>%1 из %Ln повреждений</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: no estimates</source>
        <translation>Итого по показанным: оценок нет</translation>
    </message>
    <message>
        <source>Total: no estimates</source>
        <translation>Итого: оценок нет</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an estimate</source>
        <translation>
            <numerusform>%Ln без оценки</numerusform>
            <numerusform>%Ln без оценки</numerusform>
            <numerusform>%Ln без оценки</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: %1</source>
        <translation>Итого по показанным: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>In %1: %2 at %3</source>
        <translation>В %1: %2 по курсу %3</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>В %1: %2</translation>
    </message>
</context>
<context>
    <name>EstimateWords</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln повреждение</numerusform>
            <numerusform>%Ln повреждения</numerusform>
            <numerusform>%Ln повреждений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>no rate for %1: not in the total</source>
        <translation>нет курса для %1: не вошло в итог</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Action</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок исполнения</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутреннее</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>только для внутреннего пользования (не входит в справки без внутренних материалов)</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>По итогам встречи</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <source>Add follow-up</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Filter follow-ups…</source>
        <translation>Фильтр поручений…</translation>
    </message>
    <message>
        <source>Select a follow-up on the left to see it.</source>
        <translation>Выберите поручение слева, чтобы его просмотреть.</translation>
    </message>
    <message>
        <source>Select a follow-up on the left,
or add one with %1.</source>
        <translation>Выберите поручение слева
или добавьте новое (%1).</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
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
        <source>%1 of %Ln follow-up(s)</source>
        <translation>
            <numerusform>%1 из %Ln поручения</numerusform>
            <numerusform>%1 из %Ln поручений</numerusform>
            <numerusform>%1 из %Ln поручений</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Title</source>
        <extracomment>a refused edit, in words for the user (&quot;&quot; clears the message)</extracomment>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>Н&amp;омер дела</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>&amp;Дата и время</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Часовой &amp;пояс</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Место</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>&amp;Гриф</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Краткое описание</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Статус</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, in the incident&apos;s zone</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ, по времени места инцидента</translation>
    </message>
    <message>
        <source>an IANA zone, e.g. Europe/Kyiv</source>
        <translation>пояс IANA, напр. Europe/Kyiv</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для служебного пользования</translation>
    </message>
    <message>
        <source>Shown in %1 time (UTC%2)</source>
        <translation>Время показано по %1 (UTC%2)</translation>
    </message>
</context>
<context>
    <name>ItemListPane</name>
    <message>
        <source>Type to show only the rows containing every word</source>
        <extracomment>the form&apos;s share of a list view at its first showing, and its bounds in pixels: the list keeps most of a 1024 px window, the form does not sprawl on a 1920 px one never emitted: a pane&apos;s Add and Delete always mean its own kind</extracomment>
        <translation>Введите слова, чтобы показать только строки, содержащие их все</translation>
    </message>
    <message>
        <source>Show only the rows of one choice; the first entry: all</source>
        <translation>Показать только строки с одним значением; первый пункт — все</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Не добавлено: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Не удалено: %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>Удалено: %1. Вернуть можно отменой (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>fields the selection&apos;s context menu sets on every selected item at once</extracomment>
        <translation>Не изменено: %1</translation>
    </message>
    <message>
        <source>Changed %1. Undo puts it back (Ctrl+Z).</source>
        <translation>Изменено: %1. Вернуть как было можно отменой (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Экспорт списка</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Экспорт: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>Не экспортировано: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>Не экспортировано</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>Экспортировано: %1, файл: %2</translation>
    </message>
    <message>
        <source>Print the list to PDF</source>
        <translation>Печать списка в PDF</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Не напечатано: %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>Printed the list to %1</source>
        <translation>Список напечатан в %1</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3)</source>
        <translation>%1: не удалось записать %2 (%3)</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>содержащие «%1»</translation>
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
        <translation>Когда</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <source>the time of day is not known</source>
        <translation>время суток неизвестно</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Краткое содержание</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
    <message>
        <source>One outcome per line</source>
        <translation>По одному итогу в строке</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Add meeting</source>
        <translation>Добавить встречу</translation>
    </message>
    <message>
        <source>Filter meetings…</source>
        <translation>Фильтр встреч…</translation>
    </message>
    <message>
        <source>Select a meeting on the left to see it.</source>
        <translation>Выберите встречу слева, чтобы её просмотреть.</translation>
    </message>
    <message>
        <source>Select a meeting on the left,
or add one with %1.</source>
        <translation>Выберите встречу слева
или добавьте новую (%1).</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Новая встреча</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
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
        <source>%1 of %Ln meeting(s)</source>
        <translation>
            <numerusform>%1 из %Ln встречи</numerusform>
            <numerusform>%1 из %Ln встреч</numerusform>
            <numerusform>%1 из %Ln встреч</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <extracomment>Add now means another kind (the tab changed)</extracomment>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Поручения</translation>
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
        <translation>Источник</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутренняя</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>только для внутреннего пользования (не входит в справки без внутренних материалов)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Вложения</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Add note</source>
        <translation>Добавить запись</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Фильтр записей…</translation>
    </message>
    <message>
        <source>Select a note on the left to see it.</source>
        <translation>Выберите запись слева, чтобы её просмотреть.</translation>
    </message>
    <message>
        <source>Select a note on the left,
or add one with %1.</source>
        <translation>Выберите запись слева
или добавьте новую (%1).</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
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
        <source>%1 of %Ln note(s)</source>
        <translation>
            <numerusform>%1 из %Ln записи</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
            <numerusform>%1 из %Ln записей</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Incident</source>
        <extracomment>the kinds counted under &quot;In this case&quot;, in the order shown the translation context of the open follow-ups&apos; model</extracomment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Представление</translation>
    </message>
    <message>
        <source>Printed on the brief&apos;s cover; empty fields are left out</source>
        <translation>Печатается на титульном листе справки; пустые поля не печатаются</translation>
    </message>
    <message>
        <source>In this case</source>
        <translation>В этом деле</translation>
    </message>
    <message>
        <source>Damage by category and severity</source>
        <translation>Ущерб по категориям и степени повреждения</translation>
    </message>
    <message>
        <source>Currency and rates…</source>
        <translation>Валюта и курсы…</translation>
    </message>
    <message>
        <source>The currency totals are given in, and the exchange rates</source>
        <translation>Валюта итогов и обменные курсы</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Ориентировочная стоимость</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Открытые поручения</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s) (has|have) no estimate.</source>
        <translation>
            <numerusform>У %Ln повреждения нет оценки.</numerusform>
            <numerusform>У %Ln повреждений нет оценки.</numerusform>
            <numerusform>У %Ln повреждений нет оценки.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No estimates yet: %Ln damage item(s) (has|have) none.</source>
        <translation>
            <numerusform>Оценок пока нет: у %Ln повреждения нет оценки.</numerusform>
            <numerusform>Оценок пока нет: у %Ln повреждений нет оценки.</numerusform>
            <numerusform>Оценок пока нет: у %Ln повреждений нет оценки.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all, in %1: %2 at %3</source>
        <translation>Всего в %1: %2 по курсу %3</translation>
    </message>
    <message>
        <source>In all, in %1: %2</source>
        <translation>Всего в %1: %2</translation>
    </message>
    <message>
        <source>No damage items recorded.</source>
        <translation>Повреждения не зарегистрированы.</translation>
    </message>
    <message>
        <source>Open follow-ups: %1 (%2 overdue)</source>
        <translation>Открытые поручения: %1 (просрочено: %2)</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>Открытые поручения: %1</translation>
    </message>
    <message numerus="yes">
        <source>part(y|ies)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>сторона</numerusform>
            <numerusform>стороны</numerusform>
            <numerusform>сторон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>запись</numerusform>
            <numerusform>записи</numerusform>
            <numerusform>записей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>damage item(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>повреждение</numerusform>
            <numerusform>повреждения</numerusform>
            <numerusform>повреждений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meeting(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>встреча</numerusform>
            <numerusform>встречи</numerusform>
            <numerusform>встреч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>follow-up(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>поручение</numerusform>
            <numerusform>поручения</numerusform>
            <numerusform>поручений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(photo or file|photos &amp; files)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>фото или файл</numerusform>
            <numerusform>фото или файла</numerusform>
            <numerusform>фото и файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Обзор</translation>
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
        <source>Meetings &amp; follow-ups</source>
        <translation>Встречи и поручения</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фотографии и документы</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План территории</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>Add party</source>
        <translation>Добавить сторону</translation>
    </message>
    <message>
        <source>Filter parties…</source>
        <translation>Фильтр сторон…</translation>
    </message>
    <message>
        <source>Select a party on the left to see it.</source>
        <translation>Выберите сторону слева, чтобы её просмотреть.</translation>
    </message>
    <message>
        <source>Select a party on the left,
or add one with %1.</source>
        <translation>Выберите сторону слева
или добавьте новую (%1).</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Новая сторона</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
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
        <source>%1 of %Ln part(y|ies)</source>
        <translation>
            <numerusform>%1 из %Ln стороны</numerusform>
            <numerusform>%1 из %Ln сторон</numerusform>
            <numerusform>%1 из %Ln сторон</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>Name</source>
        <translation>Имя или название</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <source>as written in its own script</source>
        <translation>в написании на родном алфавите</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>Роль в деле</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Принадлежность</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Представляет</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Упоминается в</translation>
    </message>
</context>
<context>
    <name>ReviewSentence</name>
    <message>
        <source> (their own submission)</source>
        <extracomment>how a seal&apos;s day is written: &quot;3 December 2025&quot;, &quot;3 декабря 2025&quot;</extracomment>
        <translation> (собственное представление)</translation>
    </message>
    <message>
        <source> (the seal does not verify)</source>
        <translation> (заверение не подтверждается)</translation>
    </message>
    <message>
        <source> (signer&apos;s key not trusted here)</source>
        <translation> (ключу подписавшего здесь не доверяют)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln change(s) since</source>
        <translation>
            <numerusform>; с тех пор %Ln изменение</numerusform>
            <numerusform>; с тех пор %Ln изменения</numerusform>
            <numerusform>; с тех пор %Ln изменений</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by %1 on %2 at state %3</source>
        <translation>Представлено: %1, %2, состояние %3</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 at state %3</source>
        <translation>Утверждено: %1, %2, состояние %3</translation>
    </message>
    <message>
        <source>Changes requested by %1 on %2 at state %3</source>
        <translation>Возвращено на доработку: %1, %2, состояние %3</translation>
    </message>
    <message>
        <source>Released by %1 on %2 at state %3</source>
        <translation>Копия выдана: %1, %2, состояние %3</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2 at state %3</source>
        <translation>Заверено: %1, %2, состояние %3</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Show resolved comments</source>
        <translation>Показывать снятые замечания</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Добавить замечание…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Add review comment</source>
        <translation>Добавить замечание по рассмотрению</translation>
    </message>
    <message>
        <source>Not sealed: nobody has submitted, approved or asked for changes to this case yet (Review menu).</source>
        <translation>Не заверено: это дело ещё никто не представил, не утвердил и не вернул на доработку (меню «Рассмотрение»).</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item in the chooser: its kind, its name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>Замечание не добавлено</translation>
    </message>
    <message>
        <source>Comment not changed</source>
        <translation>Замечание не изменено</translation>
    </message>
</context>
<context>
    <name>SelectionMenu</name>
    <message>
        <source>Set status of %1</source>
        <translation>Задать статус: %1</translation>
    </message>
    <message>
        <source>Set severity of %1</source>
        <translation>Задать степень повреждения: %1</translation>
    </message>
    <message>
        <source>Set category of %1</source>
        <translation>Задать категорию: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the translation context of the menu&apos;s entries (lupdate reads only a literal one)</extracomment>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Экспорт: %1…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Экспорт выбранного…</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Экспорт списка…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Печать списка…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить: %1</translation>
    </message>
    <message>
        <source>Set kind of %1</source>
        <translation>Задать тип: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionForm</name>
    <message>
        <source>“{line}”: “{date}” is not a date: write each clearance as Name, YYYY-MM-DD</source>
        <extracomment>a date at the end of a clearance&apos;s line, after its last comma, has a digit</extracomment>
        <translation>«{line}»: «{date}» — не дата: записывайте каждое согласование как Имя, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>e.g. Embassy in Kyiv</source>
        <translation>напр., Посольство в Киеве</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>e.g. Minister of Foreign Affairs</source>
        <translation>напр., Министр иностранных дел</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Не указано</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>Для принятия решения</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Для сведения</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Decisions sought</source>
        <translation>Испрашиваемые решения</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Дата подготовки</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Согласовано</translation>
    </message>
    <message>
        <source>One a line: name, YYYY-MM-DD</source>
        <translation>По одному в строке: имя, ГГГГ-ММ-ДД</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show &amp;internal items</source>
        <translation>Показывать &amp;внутренние материалы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated item(s), shown in %1 time. Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>%Ln запись с датой, время по %1. Чтобы открыть, дважды щёлкните или нажмите Enter.</numerusform>
            <numerusform>%Ln записи с датой, время по %1. Чтобы открыть, дважды щёлкните или нажмите Enter.</numerusform>
            <numerusform>%Ln записей с датой, время по %1. Чтобы открыть, дважды щёлкните или нажмите Enter.</numerusform>
        </translation>
    </message>
</context>
</TS>
