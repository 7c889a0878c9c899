<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <translation>гриф</translation>
    </message>
    <message>
        <source>date of the brief</source>
        <translation>дата справки</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>подготовил</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>состояние рассмотрения</translation>
    </message>
    <message>
        <source>review comments</source>
        <translation>замечания рецензентов</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>представление</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>key points</source>
        <translation>главное</translation>
    </message>
    <message>
        <source>key facts</source>
        <translation>основные факты</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>хронология</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>ущерб</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план территории</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>приложение</translation>
    </message>
    <message>
        <source>details</source>
        <translation>подробности</translation>
    </message>
    <message>
        <source>label</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>степень повреждения</translation>
    </message>
    <message>
        <source>time</source>
        <translation>время</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>ориентировочная стоимость</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>кто оценил</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>дата оценки</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>промежуточный итог</translation>
    </message>
    <message>
        <source>total</source>
        <translation>итог</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>диаграмма</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>обменный курс</translation>
    </message>
    <message>
        <source>missing exchange rate</source>
        <translation>недостающий обменный курс</translation>
    </message>
    <message>
        <source>items without an estimate</source>
        <translation>повреждения без оценки</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>подпись</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>относится к</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>снято</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <source>items</source>
        <translation>объекты</translation>
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
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>участник</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>итоги</translation>
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
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>упоминания</translation>
    </message>
    <message>
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>имя в оригинале</translation>
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
        <source>represents</source>
        <translation>представляет</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>legend</source>
        <translation>легенда</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <source>item</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>state</source>
        <translation>состояние</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
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
        <translation>Не удаётся открыть файл дела</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translation>«{name}» не удаётся открыть.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with another version</source>
        <translation>Сравнение с другой версией</translation>
    </message>
    <message>
        <source>Items that differ: {count}. This is what “{new}” adds, removes and changes from “{old}”.</source>
        <translation>Различающихся записей: {count}. Вот что «{new}» добавляет, удаляет и изменяет по сравнению с «{old}».</translation>
    </message>
    <message>
        <source>No differences: “{new}” holds what “{old}” holds.</source>
        <translation>Различий нет: в «{new}» то же, что и в «{old}».</translation>
    </message>
    <message>
        <source>Item or field</source>
        <translation>Запись или поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Было</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Стало</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Кто изменил</translation>
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
        <translation>Выберите…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Оставить их вариант</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ввести своё…</translation>
    </message>
    <message>
        <source>incident</source>
        <extracomment>each kind of item as a sentence names it (lower case, in English)</extracomment>
        <translation>инцидент</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>photo or document</source>
        <translation>фотография или документ</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план территории</translation>
    </message>
    <message>
        <source>pin on a site plan</source>
        <translation>отметка на плане</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>each stored field as the two dialogs name it (the store&apos;s names are for code)</extracomment>
        <translation>название</translation>
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
        <translation>краткое описание</translation>
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
        <source>name</source>
        <translation>имя</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>имя в оригинальном написании</translation>
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
        <translation>страна</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>принадлежность</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакт</translation>
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
        <translation>внутренняя</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фотографии и документы</translation>
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
        <source>estimate</source>
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
        <source>assessed on</source>
        <translation>дата оценки</translation>
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
        <source>file type</source>
        <translation>тип файла</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
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
        <translation>высота</translation>
    </message>
    <message>
        <source>position</source>
        <translation>положение</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>how a change to an item is named at the start of its row</extracomment>
        <translation>Добавлено</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Удалено</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Изменено</translation>
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
        <translation>Зашифрована парольной фразой этого дела</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase of its own</source>
        <translation>Зашифрована собственной парольной фразой</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Не зашифрована</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this case&apos;s passphrase: give the copy only to people who may know it.</source>
        <translation>Чтобы открыть копию, нужна парольная фраза этого дела: передавайте копию только тем, кому её можно знать.</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this new passphrase, not the case&apos;s: tell it to them another way than the copy travels (a call, not the same e-mail).</source>
        <translation>Чтобы открыть копию, нужна эта новая парольная фраза, а не фраза дела: сообщите её иначе, чем передаёте копию (по телефону, а не в том же письме).</translation>
    </message>
    <message>
        <source>Anyone who has the copy can read it, with casefile or any SQLite tool.</source>
        <translation>Любой, у кого есть копия, может прочитать её в casefile или любой программой для SQLite.</translation>
    </message>
</context>
<context>
    <name>CopyEncryptionDialog</name>
    <message>
        <source>Save a copy</source>
        <translation>Сохранить копию</translation>
    </message>
    <message>
        <source>How is the copy of {name} to be encrypted?</source>
        <translation>Как зашифровать копию {name}?</translation>
    </message>
</context>
<context>
    <name>DiscardTypingDialog</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>Отказаться от введённого?</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>«{label}»</translation>
    </message>
    <message>
        <source>What you typed was refused and is not saved: {fields}.</source>
        <translation>Введённое вами отклонено и не сохранено: {fields}.</translation>
    </message>
    <message>
        <source>Discard it and close, or go back and correct it (the reason is shown in red under the field). Everything else is saved.</source>
        <translation>Откажитесь от него и закройте или вернитесь и исправьте (причина показана красным под полем). Всё остальное сохранено.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>Отказаться и закрыть</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Вернуться</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted: it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашифрован: он открывается только с парольной фразой.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Сменить парольную фразу…</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Расшифровать…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is not encrypted: anyone who has the file can read it. Encrypted, it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; не зашифрован: его может прочитать любой, у кого есть файл. Зашифрованный, он открывается только с парольной фразой.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase…</source>
        <translation>Зашифровать парольной фразой…</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Краткое изложение</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Факты об инциденте</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Damage schedule</source>
        <translation>Перечень ущерба</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План территории</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Meetings and follow-ups</source>
        <translation>Встречи и поручения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Photo appendix</source>
        <translation>Фотоприложение</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups (redact)</source>
        <translation>Без внутренних записей и поручений</translation>
    </message>
    <message>
        <source>Print the reviewers&apos; comments at the end</source>
        <translation>Напечатать замечания рецензентов в конце</translation>
    </message>
    <message>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>печатается на каждой странице, напр. ДСП</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <source>Brief date:</source>
        <translation>Дата справки:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Подготовил(а):</translation>
    </message>
    <message>
        <source>Language of the brief:</source>
        <translation>Язык справки:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>Выберите, куда сохранить справку.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Выберите хотя бы один раздел.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files</source>
        <extracomment>the file types each picker offers: (what they are, in English, their patterns)</extracomment>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>Файлы дел</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Документы PDF</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Книга Excel</translation>
    </message>
    <message>
        <source>CSV, comma-separated</source>
        <translation>CSV, разделители — запятые</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Фотографии и документы</translation>
    </message>
    <message>
        <source>Site plans</source>
        <translation>Планы территории</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Открытые ключи</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Добавить фотографии или документы</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Добавить план территории</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Экспорт вашего открытого ключа</translation>
    </message>
    <message>
        <source>Trust a public key</source>
        <translation>Доверять открытому ключу</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>casefile manual</source>
        <translation>Руководство casefile</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>In the photo viewer: + and - zoom, 0 fits, 1 is actual size, the arrow keys go to the next or previous file.</source>
        <translation>В просмотре фотографий: + и - меняют масштаб, 0 вписывает в окно, 1 — реальный размер, клавиши со стрелками переходят к следующему или предыдущему файлу.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Signing keys</source>
        <translation>Ключи подписи</translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation>Создать мой ключ…</translation>
    </message>
    <message>
        <source>Export my public key…</source>
        <translation>Экспорт открытого ключа…</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>Доверять ключу…</translation>
    </message>
    <message>
        <source>Not used: {file}: {problem}</source>
        <translation>Не используется: {file}: {problem}</translation>
    </message>
    <message>
        <source>Yours: {name} — {fingerprint}</source>
        <translation>Ваш: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted: {name} — {fingerprint}</source>
        <translation>Доверенный: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>No keys yet: make yours to seal cases.</source>
        <translation>Ключей пока нет: создайте свой, чтобы заверять дела.</translation>
    </message>
    <message>
        <source>Made your key. Its fingerprint: {fingerprint}</source>
        <translation>Ваш ключ создан. Его отпечаток: {fingerprint}</translation>
    </message>
    <message>
        <source>Wrote {file}. Read your fingerprint to whoever receives it: {fingerprint}</source>
        <translation>Записан файл {file}. Прочитайте отпечаток тому, кто его получит: {fingerprint}</translation>
    </message>
    <message>
        <source>That is your own key, {name}.</source>
        <translation>Это ваш собственный ключ, {name}.</translation>
    </message>
    <message>
        <source>The key of {name} was already trusted.</source>
        <translation>Ключу {name} уже доверяли.</translation>
    </message>
    <message>
        <source>Trusted the key of {name}.</source>
        <translation>Ключ {name} добавлен в доверенные.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>Case file in use</source>
        <translation>Файл дела занят</translation>
    </message>
    <message>
        <source>Another copy of casefile is editing it.</source>
        <translation>Его редактирует другая копия casefile.</translation>
    </message>
    <message>
        <source>{user} is editing it on {host} (since {since}).</source>
        <translation>Его редактирует {user} на компьютере {host} (с {since}).</translation>
    </message>
    <message>
        <source>“{name}” is open for editing elsewhere.</source>
        <translation>«{name}» открыт для редактирования в другом месте.</translation>
    </message>
    <message>
        <source>You can read it without changing anything, edit a copy of it (your changes then stay in the copy), or, if they are no longer editing, take it over.</source>
        <translation>Можно прочитать его, ничего не меняя, редактировать его копию (тогда ваши изменения останутся в копии) или, если там его больше не редактируют, перехватить его.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Редактировать копию…</translation>
    </message>
    <message>
        <source>Edit anyway…</source>
        <translation>Всё равно редактировать…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before both</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моё</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их вариант</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Выбор</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Объединение с копией</translation>
    </message>
    <message>
        <source>Merging “{other}”: new items: {added}; changed: {changed}; removed: {removed}.</source>
        <translation>Объединение с «{other}»: новых записей: {added}; изменённых: {changed}; удалённых: {removed}.</translation>
    </message>
    <message numerus="yes">
        <source>Both copies changed %n thing(s) differently: choose for each what the case keeps.</source>
        <translation>
            <numerusform>Обнаружено %n расхождение: обе копии изменили одно и то же по-разному; выберите для каждого, что останется в деле.</numerusform>
            <numerusform>Обнаружено %n расхождения: обе копии изменили одно и то же по-разному; выберите для каждого, что останется в деле.</numerusform>
            <numerusform>Обнаружено %n расхождений: обе копии изменили одно и то же по-разному; выберите для каждого, что останется в деле.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>удалено</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>изменено</translation>
    </message>
    <message>
        <source>the whole item</source>
        <translation>запись целиком</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>ваше значение</translation>
    </message>
</context>
<context>
    <name>MissingGlyphsDialog</name>
    <message>
        <source>Characters without a font</source>
        <translation>Символы без шрифта</translation>
    </message>
    <message numerus="yes">
        <source>The brief “{name}” was saved with %n character(s) no font has: each prints as its code, such as [U+5F20].</source>
        <translation>
            <numerusform>Справка «{name}» сохранена, но для %n символа в ней нет шрифта, и он печатается своим кодом, например [U+5F20].</numerusform>
            <numerusform>Справка «{name}» сохранена, но для %n символов в ней нет шрифта, и они печатаются своими кодами, например [U+5F20].</numerusform>
            <numerusform>Справка «{name}» сохранена, но для %n символов в ней нет шрифта, и они печатаются своими кодами, например [U+5F20].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more place(s): see the details.</source>
        <translation>
            <numerusform>…и ещё %n место: см. подробности.</numerusform>
            <numerusform>…и ещё %n места: см. подробности.</numerusform>
            <numerusform>…и ещё %n мест: см. подробности.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <source>e.g. Missile strike damage to the embassy in Kyiv</source>
        <translation>напр. Ущерб посольству в Киеве от ракетного удара</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time where it happened</source>
        <translation>ГГГГ-ММ-ДД ЧЧ:ММ, местное время места события</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для служебного пользования</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Зашифровать парольной фразой</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read the file: a lost laptop or a mailed copy gives nothing away. A lost passphrase cannot be recovered.</source>
        <translation>Без парольной фразы файл не прочитает никто: потерянный ноутбук или пересланная копия ничего не выдадут. Утраченную парольную фразу восстановить нельзя.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Occurred at:</source>
        <translation>Время события:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Гриф:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Краткое описание:</translation>
    </message>
    <message>
        <source>What happened? You can change all of this later in the Overview.</source>
        <translation>Что произошло? Всё это можно позже изменить в разделе «Обзор».</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Выбрать, куда сохранить…</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>время события</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make your signing key</source>
        <translation>Создание ключа подписи</translation>
    </message>
    <message>
        <source>Your name is shown on every seal you make. Without a passphrase, anyone who can read your key file can sign as you.</source>
        <translation>Ваше имя видно на каждом вашем заверении. Без парольной фразы любой, кто может прочитать файл вашего ключа, сможет подписывать от вашего имени.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Ваше имя:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Give the name others will see on your seals.</source>
        <translation>Укажите имя, которое другие увидят на ваших заверениях.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Keep the passphrase safe: without it nobody, you included, can open the case again.</source>
        <translation>Храните парольную фразу надёжно: без неё никто, включая вас, больше не откроет дело.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Ещё раз:</translation>
    </message>
    <message>
        <source>Type a passphrase (several words are best).</source>
        <translation>Введите парольную фразу (лучше несколько слов).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>Парольные фразы не совпадают: введите одну и ту же дважды.</translation>
    </message>
</context>
<context>
    <name>OverrideWarning</name>
    <message>
        <source>Take over the case file?</source>
        <translation>Перехватить файл дела?</translation>
    </message>
    <message>
        <source>Edit “{name}” although another copy of casefile has it open?</source>
        <translation>Редактировать «{name}», хотя его открыла другая копия casefile?</translation>
    </message>
    <message>
        <source>Edit “{name}” although {user} on {host} (since {since}) has it open?</source>
        <translation>Редактировать «{name}», хотя его открыл(а) {user} на компьютере {host} (с {since})?</translation>
    </message>
    <message>
        <source>Do this only if you know they are no longer editing, for example when their computer crashed. If they are, casefile will refuse to write over changes it has not seen, and one of you will have to close and reopen the case.</source>
        <translation>Делайте это, только если знаете, что там его больше не редактируют, например если их компьютер завис. Если редактируют, casefile откажется записывать поверх изменений, которых не видел, и одному из вас придётся закрыть и заново открыть дело.</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Перехватить и редактировать</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted (or it is not a case file). Type its passphrase to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; зашифрован (или это не файл дела). Введите его парольную фразу, чтобы открыть.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Запомнить в системном хранилище ключей</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keyring, not by casefile; anyone who can use your account unlocked can then open this case without typing it</source>
        <translation>Хранится в системном хранилище ключей, а не в casefile; любой, кто может пользоваться вашей разблокированной учётной записью, сможет открыть это дело, не вводя её</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Парольная фраза:</translation>
    </message>
    <message>
        <source>Type the passphrase, or cancel.</source>
        <translation>Введите парольную фразу или нажмите «Отмена».</translation>
    </message>
</context>
<context>
    <name>PlanNameDialog</name>
    <message>
        <source>What the plan shows (e.g. “Compound”, “Floor 2”):</source>
        <translation>Что показано на плане (напр. «Территория», «2-й этаж»):</translation>
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
        <translation>На дату (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Reporting currency and exchange rates</source>
        <translation>Валюта отчёта и обменные курсы</translation>
    </message>
    <message>
        <source>{currency} (your currency in Settings)</source>
        <translation>{currency} (ваша валюта в настройках)</translation>
    </message>
    <message>
        <source>Totals in:</source>
        <translation>Итоги в валюте:</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Добавить курс</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Удалить курс</translation>
    </message>
    <message>
        <source>One unit of each currency is worth the rate in the reporting currency.</source>
        <translation>Одна единица каждой валюты стоит указанный курс в валюте отчёта.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Записывается в журнал изменений при каждой вашей правке</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Используется, если ориентировочная стоимость введена без валюты</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для служебного пользования</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Сохранение здесь запишет новый файл.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Ваше имя (журнал изменений):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Язык (программа и справки):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Гриф по умолчанию:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>Хранится в %1; этот файл читает и команда casefile. Ваше имя применяется к делам, открытым с этого момента; язык программы — при следующем запуске casefile.</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this key?</source>
        <translation>Доверять этому ключу?</translation>
    </message>
    <message>
        <source>The key of {name}

Fingerprint: {fingerprint}

Trust it only if its owner has read you the same fingerprint, on the phone or face to face: a file that came by mail may have been changed on the way.</source>
        <translation>Ключ: {name}

Отпечаток: {fingerprint}

Доверяйте ему, только если владелец прочитал вам тот же отпечаток по телефону или при встрече: файл, пришедший по почте, могли изменить в пути.</translation>
    </message>
</context>
</TS>
