<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AuditModel</name>
    <message>
        <source>When (local)</source>
        <translation>Коли (місцевий час)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Обʼєкт</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>create</source>
        <extracomment>what an entry did, as the log stores it and as the user reads it</extracomment>
        <translation>створення</translation>
    </message>
    <message>
        <source>update</source>
        <translation>зміна</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>видалення</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>відновлення</translation>
    </message>
    <message>
        <source>import</source>
        <translation>імпорт</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>обʼєднання</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>засвідчення</translation>
    </message>
    <message>
        <source>release</source>
        <translation>видача копії</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>values withheld in this copy</source>
        <extracomment>fields the log keeps as ISO days, and as ISO instants</extracomment>
        <translation>значення в цій копії приховано</translation>
    </message>
    <message>
        <source>values not recorded</source>
        <translation>значення не записано</translation>
    </message>
    <message>
        <source>Entry {seq}</source>
        <translation>Запис журналу № {seq}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n елемент</numerusform>
            <numerusform>%n елементи</numerusform>
            <numerusform>%n елементів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceListModel</name>
    <message>
        <source>(none)</source>
        <extracomment>row 0: no item chosen</extracomment>
        <translation>(немає)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Найменування</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ступінь</translation>
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
        <source>Estimate</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Кількість</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Ціна за одиницю</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
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
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Строк</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>За підсумками зустрічі</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>the translation context of the columns&apos; titles when a column shows by default: always; when the list has room for it (columns left to right); or only when the user asks for it (header&apos;s context menu) takes the room a wide list has to spare (a title or a name) what an exported table holds for this column: typed cells (a number, a date) under `cell_titles`; None: the text shown, under the title by column; None where a text column&apos;s key is not made yet (`_sort_key`) the key under which a block&apos;s names carry the incident&apos;s time zone, for columns that show a time where the incident happened</extracomment>
        <translation>внутрішнє</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Створено</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовий пояс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файли</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Короткий зміст</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Підсумки</translation>
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
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Імʼя</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Імʼя в оригіналі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Представляє</translation>
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
        <source>On</source>
        <translation>До чого</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Коментар</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>DamageCategory</name>
    <message>
        <source>Perimeter</source>
        <translation>Периметр</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Споруди</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Транспортні засоби</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Будівля</translation>
    </message>
    <message>
        <source>Consular</source>
        <translation>Консульський відділ</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Обладнання</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>DamageStatus</name>
    <message>
        <source>Reported</source>
        <translation>Заявлено</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>Repair planned</source>
        <translation>Ремонт заплановано</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Відремонтовано</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Списано</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ступінь</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Вартість</translation>
    </message>
    <message>
        <source>With an estimate</source>
        <translation>З вартістю</translation>
    </message>
    <message>
        <source>Without an estimate</source>
        <translation>Без вартості</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочені</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Лише внутрішні</translation>
    </message>
    <message>
        <source>Not internal</source>
        <translation>Крім внутрішніх</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <extracomment>the stored fields as a change names them (a field not here: its name, spaced)</extracomment>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>час події</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>короткий зміст</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф обмеження доступу</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта звіту</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обмінні курси</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від кого</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>рішення, що запитуються</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>строк</translation>
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
        <source>clearances</source>
        <translation>погодження</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>імʼя в оригіналі</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>належність</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакти</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляє</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутрішнє</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>files</source>
        <translation>файли</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ступінь пошкодження</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>орієнтовна вартість</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>ціна за одиницю</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>хто оцінив</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>час оцінки</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>час проведення</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>підсумки</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>учасники</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>строк виконання</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>імʼя файлу</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>час зйомки</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>висота</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>пошкодження</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>case</source>
        <translation>справа</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>chain head</source>
        <translation>кінець ланцюжка</translation>
    </message>
    <message>
        <source>state</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>коментар</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>хто підписав</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>відкритий ключ</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>item kind</source>
        <translation>тип елемента</translation>
    </message>
    <message>
        <source>item</source>
        <translation>елемент</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation>час вирішення</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>хто вирішив</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Виконано</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Знято</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>(internal: left out of redacted briefs)</source>
        <translation>(внутрішнє: не входить до довідок без внутрішніх матеріалів)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без дати</translation>
    </message>
    <message>
        <source>Overdue, internal</source>
        <translation>Прострочено, внутрішнє</translation>
    </message>
    <message>
        <source>Open, internal</source>
        <translation>Відкрито, внутрішнє</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Прострочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Open</source>
        <extracomment>each vocabulary field&apos;s translation context and its labels by stored value</extracomment>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Incident</source>
        <extracomment>the names of the kinds of item, by stored kind</extracomment>
        <translation>Інцидент</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Damage item</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Доручення</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вкладення</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План території</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Зауваження під час розгляду</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Позначка</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Засвідчення</translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation>Засвідчена копія</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Summons</source>
        <translation>Виклик</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двостороння зустріч</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Телефонна розмова</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Виїзд на місце</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Diplomatic note</source>
        <translation>Дипломатична нота</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заява</translation>
    </message>
    <message>
        <source>Press report</source>
        <translation>Повідомлення ЗМІ</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Службова записка</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Спостереження</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Держава</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>{size} KB</source>
        <extracomment>a size in kilobytes, megabytes, gigabytes</extracomment>
        <translation>{size} КБ</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} МБ</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} ГБ</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a file of no known type</comment>
        <translation>ФАЙЛ</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>For decision</source>
        <translation>Для ухвалення рішення</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Для відома</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsModel</name>
    <message>
        <source>{kind} (deleted)</source>
        <translation>{kind} (видалено)</translation>
    </message>
    <message>
        <source>Resolved by {name}</source>
        <translation>Знято ({name})</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a review comment not resolved yet</comment>
        <translation>Відкрито</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Not assessed</source>
        <extracomment>a damage item&apos;s severity left empty</extracomment>
        <translation>Не оцінено</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначний</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Середній</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжкий</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Повне знищення</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байти</numerusform>
            <numerusform>%n байтів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>due, {status}</source>
        <translation>строк, {status}</translation>
    </message>
    <message>
        <source>{kind} · internal</source>
        <extracomment>each shown row&apos;s entry and its &quot;When&quot;, made once, as the row is first shown</extracomment>
        <translation>{kind} · внутр.</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Коли ({zone})</translation>
    </message>
    <message>
        <source>Internal: left out of redacted briefs</source>
        <translation>Внутрішнє: не входить до довідок без внутрішніх матеріалів</translation>
    </message>
</context>
</TS>
