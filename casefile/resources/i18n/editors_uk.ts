<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AppearsInEditor</name>
    <message>
        <source>mentioned</source>
        <extracomment>how an item links to a party, as &quot;appears in&quot; says it</extracomment>
        <translation>згадується</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>учасник</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <source>represents it</source>
        <translation>представляє цю сторону</translation>
    </message>
    <message>
        <source>{how} ({role})</source>
        <translation>{how} ({role})</translation>
    </message>
    <message>
        <source>Not linked to any note, meeting or follow-up yet</source>
        <translation>Поки не повʼязано з жодним записом, зустріччю чи дорученням</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>Add photos or documents to this item</source>
        <translation>Додати фото або документи до цього елемента</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Відвʼязати</translation>
    </message>
    <message>
        <source>Take the selected file off this item (it stays in the case)</source>
        <translation>Відвʼязати виділений файл від цього елемента (він залишиться у справі)</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не додано: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>Додано %n файл</numerusform>
            <numerusform>Додано %n файли</numerusform>
            <numerusform>Додано %n файлів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostField</name>
    <message>
        <source>not estimated</source>
        <translation>не оцінено</translation>
    </message>
    <message>
        <source>ISO 4217 code, such as EUR, USD, UAH or AZN</source>
        <translation>Код ISO 4217, наприклад EUR, USD, UAH або AZN</translation>
    </message>
    <message>
        <source>quantity × unit cost</source>
        <translation>кількість × ціна за одиницю</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>для ціни за одиницю потрібна валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>для орієнтовної вартості потрібна валюта (код ISO 4217)</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <source>YYYY-MM-DD or {example}</source>
        <extracomment>the user finished a change; the form commits it the user changed the text and has not finished (Enter, leaving the field)</extracomment>
        <translation>РРРР-ММ-ДД або {example}</translation>
    </message>
    <message>
        <source>Pick from a calendar: {field}</source>
        <translation>Вибрати в календарі: {field}</translation>
    </message>
    <message>
        <source>Pick a date: {field}</source>
        <translation>Вибрати дату: {field}</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a date: type it as YYYY-MM-DD or as {example}, or pick it from the calendar</source>
        <translation>{field}: «{text}» — не дата: введіть її як РРРР-ММ-ДД або {example} чи виберіть у календарі</translation>
    </message>
</context>
<context>
    <name>FollowUpsOfMeeting</name>
    <message>
        <source>Add follow-up</source>
        <translation>Додати доручення</translation>
    </message>
    <message>
        <source>Add an action that came out of this meeting</source>
        <translation>Додати доручення за підсумками цієї зустрічі</translation>
    </message>
    <message>
        <source>{title} (due {date}) — {status}</source>
        <translation>{title} (строк: {date}) — {status}</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Нове доручення</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Не додано: {reason}</translation>
    </message>
</context>
<context>
    <name>InstantField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ</translation>
    </message>
    <message>
        <source>Local time in {zone}</source>
        <translation>Місцевий час: {zone}</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Не збережено: {reason}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>{kind}: press Enter or double-click to open</source>
        <translation>{kind}: щоб відкрити, натисніть Enter або двічі клацніть</translation>
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
        <translation>Додати</translation>
    </message>
    <message>
        <source>Add the chosen party with this role</source>
        <translation>Додати вибрану сторону з цією роллю</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Прибрати виділеного учасника</translation>
    </message>
    <message>
        <source>Double-click to open this party</source>
        <translation>Двічі клацніть, щоб відкрити цю сторону</translation>
    </message>
    <message>
        <source>Choose a party to add as a participant</source>
        <translation>Виберіть сторону, щоб додати її як учасника</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>ціна за одиницю</translation>
    </message>
</context>
<context>
    <name>RefListEditor</name>
    <message>
        <source>Choose a party to link</source>
        <extracomment>what a list of links to items of a kind says of its picker, Add and Remove (&quot;&quot; for a kind without words of its own)</extracomment>
        <translation>Виберіть сторону для звʼязку</translation>
    </message>
    <message>
        <source>Link the chosen party</source>
        <translation>Повʼязати з вибраною стороною</translation>
    </message>
    <message>
        <source>Unlink the selected party (Delete)</source>
        <translation>Прибрати звʼязок із виділеною стороною (Delete)</translation>
    </message>
    <message>
        <source>Choose a note to link</source>
        <translation>Виберіть запис для звʼязку</translation>
    </message>
    <message>
        <source>Link the chosen note</source>
        <translation>Повʼязати з вибраним записом</translation>
    </message>
    <message>
        <source>Unlink the selected note (Delete)</source>
        <translation>Прибрати звʼязок із виділеним записом (Delete)</translation>
    </message>
    <message>
        <source>Choose an item to link</source>
        <translation>Виберіть елемент для звʼязку</translation>
    </message>
    <message>
        <source>Link the chosen item</source>
        <translation>Повʼязати з вибраним елементом</translation>
    </message>
    <message>
        <source>Unlink the selected item (Delete)</source>
        <translation>Прибрати звʼязок із виділеним елементом (Delete)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Прибрати</translation>
    </message>
</context>
</TS>
