<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AuditModel</name>
    <message>
        <source>When (local)</source>
        <translation>Когда (местное время)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Объект</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <source>create</source>
        <extracomment>what an entry did, as the log stores it and as the user reads it</extracomment>
        <translation>создание</translation>
    </message>
    <message>
        <source>update</source>
        <translation>изменение</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>удаление</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <source>import</source>
        <translation>импорт</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>объединение</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>заверение</translation>
    </message>
    <message>
        <source>release</source>
        <translation>выдача копии</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>values withheld in this copy</source>
        <extracomment>fields the log keeps as ISO days, and as ISO instants</extracomment>
        <translation>значения в этой копии скрыты</translation>
    </message>
    <message>
        <source>values not recorded</source>
        <translation>значения не записаны</translation>
    </message>
    <message>
        <source>Entry {seq}</source>
        <translation>Запись журнала № {seq}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceListModel</name>
    <message>
        <source>(none)</source>
        <extracomment>row 0: no item chosen</extracomment>
        <translation>(нет)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Степень</translation>
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
        <source>Estimate</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Цена за единицу</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Фото</translation>
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
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>По итогам встречи</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>the translation context of the columns&apos; titles when a column shows by default: always; when the list has room for it (columns left to right); or only when the user asks for it (header&apos;s context menu) takes the room a wide list has to spare (a title or a name) what an exported table holds for this column: typed cells (a number, a date) under `cell_titles`; None: the text shown, under the title by column; None where a text column&apos;s key is not made yet (`_sort_key`) the key under which a block&apos;s names carry the incident&apos;s time zone, for columns that show a time where the incident happened</extracomment>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
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
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Имя в оригинале</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Представляет</translation>
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
        <source>On</source>
        <translation>К чему</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Подробности</translation>
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
        <translation>Сооружения</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Транспортные средства</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Consular</source>
        <translation>Консульский отдел</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Оборудование</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
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
        <translation>Оценено</translation>
    </message>
    <message>
        <source>Repair planned</source>
        <translation>Ремонт запланирован</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Отремонтировано</translation>
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
        <translation>Категория</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Степень</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>With an estimate</source>
        <translation>Со стоимостью</translation>
    </message>
    <message>
        <source>Without an estimate</source>
        <translation>Без стоимости</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Внутр.</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Только внутренние</translation>
    </message>
    <message>
        <source>Not internal</source>
        <translation>Кроме внутренних</translation>
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
        <translation>время события</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта отчёта</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обменные курсы</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от кого</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>испрашиваемые решения</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
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
        <source>clearances</source>
        <translation>согласования</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>имя в оригинале</translation>
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
        <translation>страна</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>принадлежность</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляет</translation>
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
        <translation>источник</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>files</source>
        <translation>файлы</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>степень повреждения</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>ориентировочная стоимость</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>кто оценил</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>время оценки</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>время проведения</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>итоги</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>время съёмки</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширина</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высота</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>case</source>
        <translation>дело</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>chain head</source>
        <translation>конец цепочки</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>кто подписал</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>открытый ключ</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>item kind</source>
        <translation>тип элемента</translation>
    </message>
    <message>
        <source>item</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>resolved at</source>
        <translation>время решения</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>кто решил</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Снято</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>(internal: left out of redacted briefs)</source>
        <translation>(внутреннее: не входит в справки без внутренних материалов)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>без даты</translation>
    </message>
    <message>
        <source>Overdue, internal</source>
        <translation>Просрочено, внутреннее</translation>
    </message>
    <message>
        <source>Open, internal</source>
        <translation>Открыто, внутреннее</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Open</source>
        <extracomment>each vocabulary field&apos;s translation context and its labels by stored value</extracomment>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Incident</source>
        <extracomment>the names of the kinds of item, by stored kind</extracomment>
        <translation>Инцидент</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Damage item</source>
        <translation>Повреждение</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Поручение</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План территории</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Замечание при рассмотрении</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Отметка</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Заверение</translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation>Заверенная копия</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Summons</source>
        <translation>Вызов</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Телефонный разговор</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Выезд на место</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Diplomatic note</source>
        <translation>Дипломатическая нота</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <source>Press report</source>
        <translation>Сообщение СМИ</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Служебная записка</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Государство</translation>
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
        <translation>Для принятия решения</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Для сведения</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsModel</name>
    <message>
        <source>{kind} (deleted)</source>
        <translation>{kind} (удалено)</translation>
    </message>
    <message>
        <source>Resolved by {name}</source>
        <translation>Снято ({name})</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a review comment not resolved yet</comment>
        <translation>Открыто</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Not assessed</source>
        <extracomment>a damage item&apos;s severity left empty</extracomment>
        <translation>Не оценена</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Незначительная</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Средняя</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Тяжёлая</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Полное уничтожение</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>due, {status}</source>
        <translation>срок, {status}</translation>
    </message>
    <message>
        <source>{kind} · internal</source>
        <extracomment>each shown row&apos;s entry and its &quot;When&quot;, made once, as the row is first shown</extracomment>
        <translation>{kind} · внутр.</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Когда ({zone})</translation>
    </message>
    <message>
        <source>Internal: left out of redacted briefs</source>
        <translation>Внутреннее: не входит в справки без внутренних материалов</translation>
    </message>
</context>
</TS>
