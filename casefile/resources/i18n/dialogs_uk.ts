<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>BriefPlaces</name>
    <message>
        <source>title</source>
        <extracomment>the parts and fields of a brief, by their names in its model, as a reader names them (a list&apos;s part in the singular: it is followed by the element&apos;s number)</extracomment>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф обмеження доступу</translation>
    </message>
    <message>
        <source>date of the brief</source>
        <translation>дата довідки</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>підготував</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>стан розгляду</translation>
    </message>
    <message>
        <source>review comments</source>
        <translation>зауваження рецензентів</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>подання</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>короткий зміст</translation>
    </message>
    <message>
        <source>key points</source>
        <translation>головне</translation>
    </message>
    <message>
        <source>key facts</source>
        <translation>основні факти</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>хронологія</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>шкода</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>доручення</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план території</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>додаток</translation>
    </message>
    <message>
        <source>details</source>
        <translation>подробиці</translation>
    </message>
    <message>
        <source>label</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ступінь пошкодження</translation>
    </message>
    <message>
        <source>time</source>
        <translation>час</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>орієнтовна вартість</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>хто оцінив</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>дата оцінки</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>пошкодження</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>проміжний підсумок</translation>
    </message>
    <message>
        <source>total</source>
        <translation>підсумок</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>діаграма</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>обмінний курс</translation>
    </message>
    <message>
        <source>missing exchange rate</source>
        <translation>відсутній обмінний курс</translation>
    </message>
    <message>
        <source>items without an estimate</source>
        <translation>пошкодження без оцінки</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>підпис</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>імʼя файлу</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>стосується</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>знято</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <source>items</source>
        <translation>об’єкти</translation>
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
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>учасник</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>підсумки</translation>
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
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>згадки</translation>
    </message>
    <message>
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>імʼя в оригіналі</translation>
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
        <source>represents</source>
        <translation>представляє</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>позначка</translation>
    </message>
    <message>
        <source>legend</source>
        <translation>легенда</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>колір</translation>
    </message>
    <message>
        <source>item</source>
        <translation>об’єкт</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>state</source>
        <translation>стан</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сума</translation>
    </message>
    <message>
        <source>{part} {number} ({label})</source>
        <translation>{part} {number} ({label})</translation>
    </message>
    <message>
        <source>{part} {number}</source>
        <translation>{part} {number}</translation>
    </message>
</context>
<context>
    <name>CannotOpenDialog</name>
    <message>
        <source>Cannot open the case file</source>
        <translation>Не вдається відкрити файл справи</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translation>«{name}» не вдається відкрити.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with another version</source>
        <translation>Порівняння з іншою версією</translation>
    </message>
    <message>
        <source>Items that differ: {count}. This is what “{new}” adds, removes and changes from “{old}”.</source>
        <translation>Записів, що відрізняються: {count}. Ось що «{new}» додає, видаляє та змінює порівняно з «{old}».</translation>
    </message>
    <message>
        <source>No differences: “{new}” holds what “{old}” holds.</source>
        <translation>Відмінностей немає: у «{new}» те саме, що й у «{old}».</translation>
    </message>
    <message>
        <source>Item or field</source>
        <translation>Запис або поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Було</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Хто змінив</translation>
    </message>
    <message>
        <source>{change}: {item}</source>
        <translation>{change}: {item}</translation>
    </message>
</context>
<context>
    <name>Copies</name>
    <message>
        <source>Choose…</source>
        <extracomment>the translation context of the words both dialogs share (kinds, fields, authorship) What the choice box of a conflict offers, in order, in English (its items show them translated; their data is the choice itself).</extracomment>
        <translation>Виберіть…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Залишити їхній варіант</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ввести своє…</translation>
    </message>
    <message>
        <source>incident</source>
        <extracomment>each kind of item as a sentence names it (lower case, in English)</extracomment>
        <translation>інцидент</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>пошкодження</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>доручення</translation>
    </message>
    <message>
        <source>photo or document</source>
        <translation>фото або документ</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план території</translation>
    </message>
    <message>
        <source>pin on a site plan</source>
        <translation>позначка на плані</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>each stored field as the two dialogs name it (the store&apos;s names are for code)</extracomment>
        <translation>назва</translation>
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
        <translation>стислий опис</translation>
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
        <source>name</source>
        <translation>імʼя</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>імʼя в оригінальному написанні</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
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
        <translation>контакт</translation>
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
        <translation>внутрішній</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фото та документи</translation>
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
        <source>estimate</source>
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
        <source>assessed on</source>
        <translation>дата оцінки</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>час проведення</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>увесь день</translation>
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
        <source>file name</source>
        <translation>назва файлу</translation>
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
        <source>file type</source>
        <translation>тип файлу</translation>
    </message>
    <message>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
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
        <source>position</source>
        <translation>положення</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>how a change to an item is named at the start of its row</extracomment>
        <translation>Додано</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Видалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Змінено</translation>
    </message>
    <message>
        <source>{actor}, {when} UTC</source>
        <translation>{actor}, {when} UTC</translation>
    </message>
    <message>
        <source>{kind} “{label}”</source>
        <translation>{kind} «{label}»</translation>
    </message>
</context>
<context>
    <name>CopyEncryption</name>
    <message>
        <source>Encrypted with this case&apos;s passphrase</source>
        <translation>Зашифрована парольною фразою цієї справи</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase of its own</source>
        <translation>Зашифрована власною парольною фразою</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Не зашифрована</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this case&apos;s passphrase: give the copy only to people who may know it.</source>
        <translation>Щоб відкрити копію, потрібна парольна фраза цієї справи: передавайте копію лише тим, кому її можна знати.</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this new passphrase, not the case&apos;s: tell it to them another way than the copy travels (a call, not the same e-mail).</source>
        <translation>Щоб відкрити копію, потрібна ця нова парольна фраза, а не фраза справи: повідомте її інакше, ніж передаєте копію (телефоном, а не в тому самому листі).</translation>
    </message>
    <message>
        <source>Anyone who has the copy can read it, with casefile or any SQLite tool.</source>
        <translation>Будь-хто, хто має копію, може прочитати її в casefile або будь-якою програмою для SQLite.</translation>
    </message>
</context>
<context>
    <name>CopyEncryptionDialog</name>
    <message>
        <source>Save a copy</source>
        <translation>Зберегти копію</translation>
    </message>
    <message>
        <source>How is the copy of {name} to be encrypted?</source>
        <translation>Як зашифрувати копію {name}?</translation>
    </message>
</context>
<context>
    <name>DiscardTypingDialog</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>Відмовитися від введеного?</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>«{label}»</translation>
    </message>
    <message>
        <source>What you typed was refused and is not saved: {fields}.</source>
        <translation>Введене вами відхилено й не збережено: {fields}.</translation>
    </message>
    <message>
        <source>Discard it and close, or go back and correct it (the reason is shown in red under the field). Everything else is saved.</source>
        <translation>Відмовтеся від нього й закрийте або поверніться та виправте (причину показано червоним під полем). Усе інше збережено.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Відмовитися й закрити</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Повернутися</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Шифрування</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted: it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашифровано: його можна відкрити лише з парольною фразою.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Змінити парольну фразу…</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Розшифрувати…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is not encrypted: anyone who has the file can read it. Encrypted, it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; не зашифровано: його може прочитати будь-хто, хто має файл. Зашифрований, він відкривається лише з парольною фразою.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase…</source>
        <translation>Зашифрувати парольною фразою…</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Стислий виклад</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Факти про інцидент</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Damage schedule</source>
        <translation>Перелік пошкоджень</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План території</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Meetings and follow-ups</source>
        <translation>Зустрічі та доручення</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Photo appendix</source>
        <translation>Фотододаток</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups (redact)</source>
        <translation>Без внутрішніх записів і доручень</translation>
    </message>
    <message>
        <source>Print the reviewers&apos; comments at the end</source>
        <translation>Надрукувати зауваження рецензентів наприкінці</translation>
    </message>
    <message>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>друкується на кожній сторінці, напр. ДСК</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Зберегти як:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Гриф обмеження доступу:</translation>
    </message>
    <message>
        <source>Brief date:</source>
        <translation>Дата довідки:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Підготував(ла):</translation>
    </message>
    <message>
        <source>Language of the brief:</source>
        <translation>Мова довідки:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Експортувати</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>Виберіть, куди зберегти довідку.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Виберіть хоча б один розділ.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files</source>
        <extracomment>the file types each picker offers: (what they are, in English, their patterns)</extracomment>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Файли справ</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Документи PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>CSV, comma-separated</source>
        <translation>CSV, розділювачі — коми</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фото та документи</translation>
    </message>
    <message>
        <source>Site plans</source>
        <translation>Плани території</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Відкриті ключі</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Додати фото або документи</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Додати план території</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Експорт вашого відкритого ключа</translation>
    </message>
    <message>
        <source>Trust a public key</source>
        <translation>Довіряти відкритому ключу</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>casefile manual</source>
        <translation>Посібник casefile</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>In the photo viewer: + and - zoom, 0 fits, 1 is actual size, the arrow keys go to the next or previous file.</source>
        <translation>У переглядачі фото: + і - змінюють масштаб, 0 вписує у вікно, 1 — справжній розмір, клавіші зі стрілками переходять до наступного або попереднього файлу.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Signing keys</source>
        <translation>Ключі підпису</translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation>Створити мій ключ…</translation>
    </message>
    <message>
        <source>Export my public key…</source>
        <translation>Експорт відкритого ключа…</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>Довіряти ключу…</translation>
    </message>
    <message>
        <source>Not used: {file}: {problem}</source>
        <translation>Не використовується: {file}: {problem}</translation>
    </message>
    <message>
        <source>Yours: {name} — {fingerprint}</source>
        <translation>Ваш: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted: {name} — {fingerprint}</source>
        <translation>Довірений: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>No keys yet: make yours to seal cases.</source>
        <translation>Ключів поки немає: створіть свій, щоб засвідчувати справи.</translation>
    </message>
    <message>
        <source>Made your key. Its fingerprint: {fingerprint}</source>
        <translation>Ваш ключ створено. Його відбиток: {fingerprint}</translation>
    </message>
    <message>
        <source>Wrote {file}. Read your fingerprint to whoever receives it: {fingerprint}</source>
        <translation>Записано файл {file}. Прочитайте відбиток тому, хто його отримає: {fingerprint}</translation>
    </message>
    <message>
        <source>That is your own key, {name}.</source>
        <translation>Це ваш власний ключ, {name}.</translation>
    </message>
    <message>
        <source>The key of {name} was already trusted.</source>
        <translation>Ключу {name} вже довіряли.</translation>
    </message>
    <message>
        <source>Trusted the key of {name}.</source>
        <translation>Ключ {name} додано до довірених.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>Case file in use</source>
        <translation>Файл справи зайнятий</translation>
    </message>
    <message>
        <source>Another copy of casefile is editing it.</source>
        <translation>Його редагує інший примірник casefile.</translation>
    </message>
    <message>
        <source>{user} is editing it on {host} (since {since}).</source>
        <translation>Його редагує {user} на компʼютері {host} (з {since}).</translation>
    </message>
    <message>
        <source>“{name}” is open for editing elsewhere.</source>
        <translation>«{name}» відкрито для редагування в іншому місці.</translation>
    </message>
    <message>
        <source>You can read it without changing anything, edit a copy of it (your changes then stay in the copy), or, if they are no longer editing, take it over.</source>
        <translation>Можна прочитати його, нічого не змінюючи, редагувати його копію (тоді ваші зміни залишаться в копії) або, якщо там його більше не редагують, перехопити його.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Відкрити лише для читання</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Редагувати копію…</translation>
    </message>
    <message>
        <source>Edit anyway…</source>
        <translation>Однаково редагувати…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Item</source>
        <translation>Запис</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before both</source>
        <translation>Початкове</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моє</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Їхній варіант</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Вибір</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Обʼєднання з копією</translation>
    </message>
    <message>
        <source>Merging “{other}”: new items: {added}; changed: {changed}; removed: {removed}.</source>
        <translation>Обʼєднання з «{other}»: нових записів: {added}; змінених: {changed}; видалених: {removed}.</translation>
    </message>
    <message numerus="yes">
        <source>Both copies changed %n thing(s) differently: choose for each what the case keeps.</source>
        <translation>
            <numerusform>Виявлено %n розбіжність: обидві копії змінили одне й те саме по-різному; виберіть для кожної, що залишиться у справі.</numerusform>
            <numerusform>Виявлено %n розбіжності: обидві копії змінили одне й те саме по-різному; виберіть для кожної, що залишиться у справі.</numerusform>
            <numerusform>Виявлено %n розбіжностей: обидві копії змінили одне й те саме по-різному; виберіть для кожної, що залишиться у справі.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Обʼєднати</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>видалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>змінено</translation>
    </message>
    <message>
        <source>the whole item</source>
        <translation>запис повністю</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>ваше значення</translation>
    </message>
</context>
<context>
    <name>MissingGlyphsDialog</name>
    <message>
        <source>Characters without a font</source>
        <translation>Символи без шрифту</translation>
    </message>
    <message numerus="yes">
        <source>The brief “{name}” was saved with %n character(s) no font has: each prints as its code, such as [U+5F20].</source>
        <translation>
            <numerusform>Довідку «{name}» збережено, але для %n символу в ній немає шрифту, і він друкується своїм кодом, наприклад [U+5F20].</numerusform>
            <numerusform>Довідку «{name}» збережено, але для %n символів у ній немає шрифту, і вони друкуються своїми кодами, наприклад [U+5F20].</numerusform>
            <numerusform>Довідку «{name}» збережено, але для %n символів у ній немає шрифту, і вони друкуються своїми кодами, наприклад [U+5F20].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more place(s): see the details.</source>
        <translation>
            <numerusform>…і ще %n місце: див. подробиці.</numerusform>
            <numerusform>…і ще %n місця: див. подробиці.</numerusform>
            <numerusform>…і ще %n місць: див. подробиці.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Нова справа</translation>
    </message>
    <message>
        <source>e.g. Missile strike damage to the embassy in Kyiv</source>
        <translation>напр. Пошкодження посольства в Києві ракетою</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time where it happened</source>
        <translation>РРРР-ММ-ДД ГГ:ХХ, місцевий час місця події</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для службового користування</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифрувати парольною фразою</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read the file: a lost laptop or a mailed copy gives nothing away. A lost passphrase cannot be recovered.</source>
        <translation>Без парольної фрази файл не прочитає ніхто: загублений ноутбук чи надіслана копія нічого не видадуть. Втрачену парольну фразу відновити неможливо.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Occurred at:</source>
        <translation>Час події:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовий пояс:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Гриф обмеження доступу:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Стислий опис:</translation>
    </message>
    <message>
        <source>What happened? You can change all of this later in the Overview.</source>
        <translation>Що сталося? Усе це можна пізніше змінити в розділі «Огляд».</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Вибрати, куди зберегти…</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>час події</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make your signing key</source>
        <translation>Створення ключа підпису</translation>
    </message>
    <message>
        <source>Your name is shown on every seal you make. Without a passphrase, anyone who can read your key file can sign as you.</source>
        <translation>Ваше імʼя видно на кожному вашому засвідченні. Без парольної фрази будь-хто, хто може прочитати файл вашого ключа, зможе підписувати від вашого імені.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше імʼя:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <source>Give the name others will see on your seals.</source>
        <translation>Укажіть імʼя, яке інші побачать на ваших засвідченнях.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольні фрази не збігаються.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Keep the passphrase safe: without it nobody, you included, can open the case again.</source>
        <translation>Зберігайте парольну фразу надійно: без неї ніхто, зокрема й ви, більше не відкриє справу.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ще раз:</translation>
    </message>
    <message>
        <source>Type a passphrase (several words are best).</source>
        <translation>Введіть парольну фразу (краще кілька слів).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Парольні фрази не збігаються: введіть ту саму двічі.</translation>
    </message>
</context>
<context>
    <name>OverrideWarning</name>
    <message>
        <source>Take over the case file?</source>
        <translation>Перехопити файл справи?</translation>
    </message>
    <message>
        <source>Edit “{name}” although another copy of casefile has it open?</source>
        <translation>Редагувати «{name}», хоча його відкрив інший примірник casefile?</translation>
    </message>
    <message>
        <source>Edit “{name}” although {user} on {host} (since {since}) has it open?</source>
        <translation>Редагувати «{name}», хоча його відкрив(ла) {user} на компʼютері {host} (з {since})?</translation>
    </message>
    <message>
        <source>Do this only if you know they are no longer editing, for example when their computer crashed. If they are, casefile will refuse to write over changes it has not seen, and one of you will have to close and reopen the case.</source>
        <translation>Робіть це, лише якщо знаєте, що там його більше не редагують, наприклад якщо їхній компʼютер зависнув. Якщо редагують, casefile відмовиться записувати поверх змін, яких не бачив, і комусь із вас доведеться закрити й знову відкрити справу.</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Перехопити й редагувати</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted (or it is not a case file). Type its passphrase to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашифровано (або це не файл справи). Введіть його парольну фразу, щоб відкрити.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Запамʼятати в системному сховищі ключів</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keyring, not by casefile; anyone who can use your account unlocked can then open this case without typing it</source>
        <translation>Зберігається в системному сховищі ключів, а не в casefile; будь-хто, хто може користуватися вашим розблокованим обліковим записом, зможе відкрити цю справу, не вводячи її</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольна фраза:</translation>
    </message>
    <message>
        <source>Type the passphrase, or cancel.</source>
        <translation>Введіть парольну фразу або натисніть «Скасувати».</translation>
    </message>
</context>
<context>
    <name>PlanNameDialog</name>
    <message>
        <source>What the plan shows (e.g. “Compound”, “Floor 2”):</source>
        <translation>Що показано на плані (напр. «Територія», «2-й поверх»):</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Курс</translation>
    </message>
    <message>
        <source>As of (YYYY-MM-DD)</source>
        <translation>На дату (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Reporting currency and exchange rates</source>
        <translation>Валюта звіту та обмінні курси</translation>
    </message>
    <message>
        <source>{currency} (your currency in Settings)</source>
        <translation>{currency} (ваша валюта в налаштуваннях)</translation>
    </message>
    <message>
        <source>Totals in:</source>
        <translation>Підсумки у валюті:</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Додати курс</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Видалити курс</translation>
    </message>
    <message>
        <source>One unit of each currency is worth the rate in the reporting currency.</source>
        <translation>Одна одиниця кожної валюти коштує вказаний курс у валюті звіту.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Записується до журналу змін з кожною вашою правкою</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Використовується, якщо орієнтовну вартість введено без валюти</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для службового користування</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Збереження тут запише новий файл.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Ваше імʼя (журнал змін):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Мова (програма й довідки):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Типова валюта:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Типовий гриф обмеження доступу:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>Зберігається в %1; цей файл читає й команда casefile. Ваше імʼя застосовується до справ, відкритих відтепер; мова програми — під час наступного запуску casefile.</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this key?</source>
        <translation>Довіряти цьому ключу?</translation>
    </message>
    <message>
        <source>The key of {name}

Fingerprint: {fingerprint}

Trust it only if its owner has read you the same fingerprint, on the phone or face to face: a file that came by mail may have been changed on the way.</source>
        <translation>Ключ: {name}

Відбиток: {fingerprint}

Довіряйте йому, лише якщо власник прочитав вам той самий відбиток телефоном або під час зустрічі: файл, що надійшов поштою, могли змінити дорогою.</translation>
    </message>
</context>
</TS>
