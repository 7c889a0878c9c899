<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppearsInEditor</name>
    <message>
        <source>mentioned</source>
        <extracomment>how an item links to a party, as &quot;appears in&quot; says it</extracomment>
        <translation>упоминается</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>represents it</source>
        <translation>представляет эту сторону</translation>
    </message>
    <message>
        <source>{how} ({role})</source>
        <translation>{how} ({role})</translation>
    </message>
    <message>
        <source>Not linked to any note, meeting or follow-up yet</source>
        <translation>Пока не связано ни с одной записью, встречей или поручением</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>Add photos or documents to this item</source>
        <translation>Добавить фотографии или документы к этому элементу</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Отвязать</translation>
    </message>
    <message>
        <source>Take the selected file off this item (it stays in the case)</source>
        <translation>Отвязать выделенный файл от этого элемента (он останется в деле)</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не добавлено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>Добавлен %n файл</numerusform>
            <numerusform>Добавлено %n файла</numerusform>
            <numerusform>Добавлено %n файлов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostField</name>
    <message>
        <source>not estimated</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <source>ISO 4217 code, such as EUR, USD, UAH or AZN</source>
        <translation>Код ISO 4217, например EUR, USD, UAH или AZN</translation>
    </message>
    <message>
        <source>quantity × unit cost</source>
        <translation>количество × цена за единицу</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>для цены за единицу нужна валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>для ориентировочной стоимости нужна валюта (код ISO 4217)</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <source>YYYY-MM-DD or {example}</source>
        <extracomment>the user finished a change; the form commits it the user changed the text and has not finished (Enter, leaving the field)</extracomment>
        <translation>ГГГГ-ММ-ДД или {example}</translation>
    </message>
    <message>
        <source>Pick from a calendar: {field}</source>
        <translation>Выбрать в календаре: {field}</translation>
    </message>
    <message>
        <source>Pick a date: {field}</source>
        <translation>Выбрать дату: {field}</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a date: type it as YYYY-MM-DD or as {example}, or pick it from the calendar</source>
        <translation>{field}: «{text}» — не дата: введите её как ГГГГ-ММ-ДД или {example} либо выберите в календаре</translation>
    </message>
</context>
<context>
    <name>FollowUpsOfMeeting</name>
    <message>
        <source>Add follow-up</source>
        <translation>Добавить поручение</translation>
    </message>
    <message>
        <source>Add an action that came out of this meeting</source>
        <translation>Добавить поручение по итогам этой встречи</translation>
    </message>
    <message>
        <source>{title} (due {date}) — {status}</source>
        <translation>{title} (срок: {date}) — {status}</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Новое поручение</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не добавлено: {reason}</translation>
    </message>
</context>
<context>
    <name>InstantField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Local time in {zone}</source>
        <translation>Местное время: {zone}</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не сохранено: {reason}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>{kind}: press Enter or double-click to open</source>
        <translation>{kind}: чтобы открыть, нажмите Enter или дважды щёлкните</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add the chosen party with this role</source>
        <translation>Добавить выбранную сторону с этой ролью</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Убрать выделенного участника</translation>
    </message>
    <message>
        <source>Double-click to open this party</source>
        <translation>Дважды щёлкните, чтобы открыть эту сторону</translation>
    </message>
    <message>
        <source>Choose a party to add as a participant</source>
        <translation>Выберите сторону, чтобы добавить её как участника</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>цена за единицу</translation>
    </message>
</context>
<context>
    <name>RefListEditor</name>
    <message>
        <source>Choose a party to link</source>
        <extracomment>what a list of links to items of a kind says of its picker, Add and Remove (&quot;&quot; for a kind without words of its own)</extracomment>
        <translation>Выберите сторону для связи</translation>
    </message>
    <message>
        <source>Link the chosen party</source>
        <translation>Связать с выбранной стороной</translation>
    </message>
    <message>
        <source>Unlink the selected party (Delete)</source>
        <translation>Убрать связь с выделенной стороной (Delete)</translation>
    </message>
    <message>
        <source>Choose a note to link</source>
        <translation>Выберите запись для связи</translation>
    </message>
    <message>
        <source>Link the chosen note</source>
        <translation>Связать с выбранной записью</translation>
    </message>
    <message>
        <source>Unlink the selected note (Delete)</source>
        <translation>Убрать связь с выделенной записью (Delete)</translation>
    </message>
    <message>
        <source>Choose an item to link</source>
        <translation>Выберите элемент для связи</translation>
    </message>
    <message>
        <source>Link the chosen item</source>
        <translation>Связать с выбранным элементом</translation>
    </message>
    <message>
        <source>Unlink the selected item (Delete)</source>
        <translation>Убрать связь с выделенным элементом (Delete)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
</context>
</TS>
