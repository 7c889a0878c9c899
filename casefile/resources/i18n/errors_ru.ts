<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>StoreErrors</name>
    <message>
        <source>attach a photo or a document</source>
        <extracomment>code -&gt; the English the GUI shows (ERROR_TEXTS without number formats and commands)</extracomment>
        <translation>приложите фотографию или документ</translation>
    </message>
    <message>
        <source>open a .casefile file</source>
        <translation>откройте файл .casefile</translation>
    </message>
    <message>
        <source>give a casefile-json file</source>
        <translation>укажите файл casefile-json</translation>
    </message>
    <message>
        <source>give the file holding the passphrase</source>
        <translation>укажите файл с парольной фразой</translation>
    </message>
    <message>
        <source>give a PNG, JPEG or PDF file</source>
        <translation>укажите файл PNG, JPEG или PDF</translation>
    </message>
    <message>
        <source>restore your key folder from a backup</source>
        <translation>восстановите папку ключей из резервной копии</translation>
    </message>
    <message>
        <source>give the file &apos;casefile key export&apos; wrote</source>
        <translation>укажите файл, созданный командой &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>{filename!r} claims to be an image but cannot be read as one (damaged or truncated): attach the original file</source>
        <translation>«{filename}» выдаёт себя за изображение, но не читается как изображение (повреждён или обрезан): приложите исходный файл</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels (a decompression bomb or a damaged image): it was not attached</source>
        <translation>«{filename}» заявляет размер более {megapixels} мегапикселей («бомба» распаковки или повреждённое изображение): файл не приложен</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): there is nothing to attach</source>
        <translation>«{filename}» пуст (0 байт): прикладывать нечего</translation>
    </message>
    <message>
        <source>{filename!r} is {mib} MiB; {limit_text}</source>
        <translation>«{filename}»: {mib} МиБ; {limit_text}</translation>
    </message>
    <message>
        <source>{filename!r} is named as a PDF but is not one</source>
        <translation>«{filename}» назван как PDF, но не является им</translation>
    </message>
    <message>
        <source>no damage item, note or meeting with id {to} in this case: attach files to one of those</source>
        <translation>в этом деле нет повреждения, записи или встречи с id {to}: прикладывайте файлы к одному из них</translation>
    </message>
    <message>
        <source>bad brief date {text!r}: write it as YYYY-MM-DD, for example 2025-11-21</source>
        <translation>неверная дата справки «{text}»: укажите её в виде ГГГГ-ММ-ДД, например 2025-11-21</translation>
    </message>
    <message>
        <source>brief date must be a date, not {type}</source>
        <translation>дата справки должна быть датой, а не {type}</translation>
    </message>
    <message>
        <source>a brief needs at least one section: choose from {choices}</source>
        <translation>в справке должен быть хотя бы один раздел: выберите из {choices}</translation>
    </message>
    <message>
        <source>cannot write the brief to {out}: {reason}</source>
        <translation>не удаётся записать справку в {out}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the brief: the folder {folder} does not exist</source>
        <translation>не удаётся записать справку: папки {folder} не существует</translation>
    </message>
    <message>
        <source>cannot write the brief to {out} ({reason}): choose a folder you can write to</source>
        <translation>не удаётся записать справку в {out} ({reason}): выберите папку, доступную для записи</translation>
    </message>
    <message>
        <source>the case file kept changing while the brief was being made: try again when nobody is editing it</source>
        <translation>файл дела всё время менялся, пока составлялась справка: повторите, когда его никто не будет редактировать</translation>
    </message>
    <message>
        <source>the disk is full: the brief was not written to {out}</source>
        <translation>диск заполнен: справка не записана в {out}</translation>
    </message>
    <message>
        <source>{out} is a folder: give a file name for the brief, e.g. brief.pdf</source>
        <translation>{out} — это папка: укажите имя файла для справки, например brief.pdf</translation>
    </message>
    <message>
        <source>the brief&apos;s font lacks letters {letters}: reinstall casefile</source>
        <translation>в шрифте справки нет букв {letters}: переустановите casefile</translation>
    </message>
    <message>
        <source>the brief&apos;s font is missing: reinstall casefile</source>
        <translation>шрифт справки отсутствует: переустановите casefile</translation>
    </message>
    <message>
        <source>the brief&apos;s font cannot be read ({reason}): reinstall casefile</source>
        <translation>шрифт справки не читается ({reason}): переустановите casefile</translation>
    </message>
    <message>
        <source>unknown brief language {value!r}: choose from {choices}</source>
        <translation>неизвестный язык справки «{value}»: выберите из {choices}</translation>
    </message>
    <message>
        <source>unknown brief section {value!r}: choose from {choices}</source>
        <translation>неизвестный раздел справки «{value}»: выберите из {choices}</translation>
    </message>
    <message>
        <source>attachments are added with add_attachment(data, filename)</source>
        <translation>вложения добавляются через add_attachment(data, filename)</translation>
    </message>
    <message>
        <source>the case file is closed</source>
        <translation>файл дела закрыт</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: restore it from a copy</source>
        <translation>содержит {count} инцидента(ов) вместо одного: восстановите его из копии</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: check the id with &apos;casefile export-json&apos;</source>
        <translation>в этом деле нет элемента с id {item_id}: проверьте id с помощью &apos;casefile export-json&apos;</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id} in this case</source>
        <translation>в этом деле нет вложения с id {attachment_id}</translation>
    </message>
    <message>
        <source>no {kind} with id {item_id} in this case</source>
        <translation>в этом деле нет элемента типа «{kind}» с id {item_id}</translation>
    </message>
    <message>
        <source>is open read-only ({reason}): save a copy to edit it</source>
        <translation>открыт только для чтения ({reason}): чтобы редактировать, сохраните копию</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: a comment needs its item</source>
        <translation>в этом деле нет элемента с id {item_id}: замечание относится к элементу</translation>
    </message>
    <message>
        <source>no review comment with id {comment_id} in this case</source>
        <translation>в этом деле нет замечания по рассмотрению с id {comment_id}</translation>
    </message>
    <message>
        <source>a review comment is at most {limit} characters</source>
        <translation>замечание по рассмотрению — не более {limit} символов</translation>
    </message>
    <message>
        <source>a review comment needs its text</source>
        <translation>у замечания по рассмотрению должен быть текст</translation>
    </message>
    <message>
        <source>already exists: choose another name for {what}</source>
        <translation>уже существует: выберите другое имя ({what})</translation>
    </message>
    <message>
        <source>is already encrypted, or is not a case file: to change its passphrase use &apos;casefile rekey&apos;; the file was not changed</source>
        <translation>уже зашифрован или не является файлом дела: чтобы сменить парольную фразу, используйте &apos;casefile rekey&apos;; файл не изменён</translation>
    </message>
    <message>
        <source>cannot be rewritten ({reason}): copy it to a folder you can write to</source>
        <translation>не может быть перезаписан ({reason}): скопируйте его в папку, доступную для записи</translation>
    </message>
    <message>
        <source>is not encrypted: to encrypt it use &apos;casefile encrypt&apos;; the file was not changed</source>
        <translation>не зашифрован: чтобы зашифровать, используйте &apos;casefile encrypt&apos;; файл не изменён</translation>
    </message>
    <message>
        <source>the new passphrase is empty: give one that is not</source>
        <translation>новая парольная фраза пуста: задайте непустую</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy did not pass the checks ({problem}); restore it from a copy</source>
        <translation>не изменён: перезаписанная копия не прошла проверку ({problem}); восстановите его из копии</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy could not be written ({reason})</source>
        <translation>не изменён: перезаписанную копию не удалось записать ({reason})</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the limit is {limit}: attach long documents as files instead</source>
        <translation>{field}: {length} символов при пределе {limit}: длинные документы прикладывайте файлами</translation>
    </message>
    <message>
        <source>{field} must be a date and time, not {value!r}</source>
        <translation>{field}: нужны дата и время, а не «{value}»</translation>
    </message>
    <message>
        <source>{where} {text!r} is not a date and time: type it as YYYY-MM-DD HH:MM, such as 2025-11-14 01:00, or with its offset, such as 2025-11-14T01:00+02:00</source>
        <translation>{where} «{text}» — это не дата и время: введите в виде ГГГГ-ММ-ДД ЧЧ:ММ, например 2025-11-14 01:00, или со смещением, например 2025-11-14T01:00+02:00</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date: use YYYY-MM-DD, such as 2025-11-14</source>
        <translation>{field}: «{value}» — это не дата: используйте ГГГГ-ММ-ДД, например 2025-11-14</translation>
    </message>
    <message>
        <source>{field} is a date without time: use YYYY-MM-DD</source>
        <translation>{field}: это дата без времени: используйте ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD), not {value!r}</source>
        <translation>{field}: нужна дата (ГГГГ-ММ-ДД), а не «{value}»</translation>
    </message>
    <message>
        <source>{where} {text!r} did not happen in {zone}: the clocks went forward over it; type the time as the clocks showed it</source>
        <translation>{where} «{text}» не существовало в зоне {zone}: часы в это время переводились вперёд; введите время, которое показывали часы</translation>
    </message>
    <message>
        <source>{field}: {name} is named twice; name them once</source>
        <translation>{field}: {name} указан дважды; укажите один раз</translation>
    </message>
    <message>
        <source>choose a file name for {what}</source>
        <translation>выберите имя файла ({what})</translation>
    </message>
    <message>
        <source>name {pointed} itself</source>
        <translation>укажите сам {pointed}</translation>
    </message>
    <message>
        <source>give a regular file</source>
        <translation>укажите обычный файл</translation>
    </message>
    <message>
        <source>the case file {case} itself</source>
        <translation>сам файл дела {case}</translation>
    </message>
    <message>
        <source>the {name} of the case file {case}</source>
        <translation>{name} файла дела {case}</translation>
    </message>
    <message>
        <source>the new passphrase holds a line break, which no prompt can type: give it on one line</source>
        <translation>новая парольная фраза содержит перевод строки, который не ввести ни в одном запросе: задайте её одной строкой</translation>
    </message>
    <message>
        <source>{field}: each clearance is {{name, cleared_on}}</source>
        <translation>{field}: каждое согласование имеет вид {{name, cleared_on}}</translation>
    </message>
    <message>
        <source>{field}: each clearance needs a name</source>
        <translation>{field}: у каждого согласования должно быть имя</translation>
    </message>
    <message>
        <source>{field}: each participant needs party_id, role</source>
        <translation>{field}: у каждого участника должны быть party_id и role</translation>
    </message>
    <message>
        <source>{field}: each rate is {{currency, rate, as_of, source}}</source>
        <translation>{field}: каждый курс имеет вид {{currency, rate, as_of, source}}</translation>
    </message>
    <message>
        <source>{field}: each rate needs its currency</source>
        <translation>{field}: у каждого курса должна быть валюта</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field}: не может быть пустым</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>у ориентировочной стоимости ущерба должна быть валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>the estimate is quantity x unit cost when both are given: clear the quantity or the unit cost to enter the estimate yourself</source>
        <translation>если заданы и количество, и цена за единицу, стоимость равна их произведению: чтобы ввести стоимость самостоятельно, очистите количество или цену за единицу</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode text</source>
        <translation>{field}: содержит символ, недопустимый в тексте Unicode</translation>
    </message>
    <message>
        <source>{field} must be an IANA zone name such as Europe/Kyiv</source>
        <translation>{field}: нужно имя зоны IANA, например Europe/Kyiv</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not an id (a UUID string)</source>
        <translation>{where}: «{value}» — это не id (строка UUID)</translation>
    </message>
    <message>
        <source>{field} must be an ISO 4217 code such as EUR</source>
        <translation>{field}: нужен код ISO 4217, например EUR</translation>
    </message>
    <message>
        <source>{field} must be a list of ids</source>
        <translation>{field}: нужен список id</translation>
    </message>
    <message>
        <source>{field} is negative: enter an amount of 0 or more</source>
        <translation>{field}: отрицательное значение: введите сумму от 0 и больше</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value!r}</source>
        <translation>{field}: допустимые значения — {choices}; получено «{value}»</translation>
    </message>
    <message>
        <source>{field} must be a list of {{name, cleared_on}}</source>
        <translation>{field}: нужен список {{name, cleared_on}}</translation>
    </message>
    <message>
        <source>{field} must be a list of {{party_id, role}}</source>
        <translation>{field}: нужен список {{party_id, role}}</translation>
    </message>
    <message>
        <source>{field} must be a list of {{currency, rate, as_of, source}}</source>
        <translation>{field}: нужен список {{currency, rate, as_of, source}}</translation>
    </message>
    <message>
        <source>{field} must be text, not {type}</source>
        <translation>{field}: нужен текст, а не {type}</translation>
    </message>
    <message>
        <source>{where} {text!r} has no offset: add one (+02:00) or give a time zone</source>
        <translation>{where} «{text}» без смещения: добавьте его (+02:00) или укажите часовой пояс</translation>
    </message>
    <message>
        <source>{where} {value} is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC, so that every time zone can show it): correct the date</source>
        <translation>{where} {value} вне дат, которые хранит casefile (со 2 января 1 года по 30 декабря 9999 года по UTC, чтобы её мог показать любой часовой пояс): исправьте дату</translation>
    </message>
    <message>
        <source>quantity x unit cost is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>произведение количества на цену за единицу слишком велико: одна оценка — не более {limit} дробных единиц (центов)</translation>
    </message>
    <message>
        <source>{field}, {currency}: {refusal}</source>
        <translation>{field}, {currency}: {refusal}</translation>
    </message>
    <message>
        <source>{field} must be a reference such as D-12 (D, a hyphen and a number from 1), not {value!r}</source>
        <translation>{field}: нужен номер вида D-12 (D, дефис и число от 1), а не «{value}»</translation>
    </message>
    <message>
        <source>{field}: {refusal}</source>
        <translation>{field}: {refusal}</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field}: обязательное поле</translation>
    </message>
    <message>
        <source>a {kind}&apos;s {name} is given by casefile, in the order items are made: leave it out</source>
        <translation>поле «{name}» ({kind}) casefile заполняет сам в порядке создания элементов: не указывайте его</translation>
    </message>
    <message>
        <source>a party cannot represent itself: choose another party, or none</source>
        <translation>сторона не может представлять саму себя: выберите другую сторону или никакую</translation>
    </message>
    <message>
        <source>{field} has no time zone: give an offset, such as 2025-11-14T01:00:00+02:00</source>
        <translation>{field}: без часового пояса: укажите смещение, например 2025-11-14T01:00:00+02:00</translation>
    </message>
    <message>
        <source>{field} is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>{field}: слишком большое значение: одна оценка — не более {limit} дробных единиц (центов)</translation>
    </message>
    <message>
        <source>{field} must be true or false, not {value!r}</source>
        <translation>{field}: нужно true или false, а не «{value}»</translation>
    </message>
    <message>
        <source>{field}: {currency} has two rates; keep one per currency</source>
        <translation>{field}: для {currency} два курса; оставьте по одному на валюту</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>у цены за единицу должна быть валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>unknown {kind} field(s): {choices}</source>
        <translation>неизвестные поля ({kind}): {choices}</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}: use one of {choices}</source>
        <translation>неизвестный тип «{kind}»: используйте один из {choices}</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}: use an IANA name such as Europe/Kyiv or Asia/Baku</source>
        <translation>неизвестный часовой пояс «{name}»: используйте имя IANA, например Europe/Kyiv или Asia/Baku</translation>
    </message>
    <message>
        <source>{kind} field {name!r}</source>
        <translation>поле «{name}» ({kind})</translation>
    </message>
    <message>
        <source>{field} must be a whole number of minor units (cents), not {value!r}</source>
        <translation>{field}: нужно целое число дробных единиц (центов), а не «{value}»</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): check the path</source>
        <translation>не читается ({reason}): проверьте путь</translation>
    </message>
    <message>
        <source>cannot be read (permission denied): check its permissions</source>
        <translation>не читается (нет доступа): проверьте права доступа к нему</translation>
    </message>
    <message>
        <source>does not exist: check the path</source>
        <translation>не существует: проверьте путь</translation>
    </message>
    <message>
        <source>does not exist (a part of its path is a file): check the path</source>
        <translation>не существует (часть пути — это файл): проверьте путь</translation>
    </message>
    <message>
        <source>is over {describe_size}; {limit_text}</source>
        <translation>больше {describe_size}; {limit_text}</translation>
    </message>
    <message>
        <source>is {kind}, not {what}: {advice}</source>
        <translation>это {kind}, а не {what}: {advice}</translation>
    </message>
    <message>
        <source>is {describe_size}; {limit_text}</source>
        <translation>размер {describe_size}; {limit_text}</translation>
    </message>
    <message>
        <source>a file casefile ships with is missing: reinstall casefile</source>
        <translation>отсутствует файл, поставляемый с casefile: переустановите casefile</translation>
    </message>
    <message>
        <source>casefile&apos;s resources are not on disk: install casefile unpacked (pip install, not a zip archive)</source>
        <translation>ресурсы casefile не на диске: установите casefile в распакованном виде (pip install, а не zip-архив)</translation>
    </message>
    <message>
        <source>is about another incident ({title!r}, id {item_id}); this case is {this_title!r} (id {this_id}): import it into a new case file instead</source>
        <translation>относится к другому инциденту («{title}», id {item_id}); это дело — «{this_title}» (id {this_id}): импортируйте его в новый файл дела</translation>
    </message>
    <message>
        <source>attachment {item_id} holds other bytes than the one in this case: an attachment is never replaced; give the new file a new id</source>
        <translation>вложение {item_id} содержит не те байты, что в этом деле: вложение никогда не заменяется; дайте новому файлу новый id</translation>
    </message>
    <message>
        <source>attachment {item_id}: {refusal}</source>
        <translation>вложение {item_id}: {refusal}</translation>
    </message>
    <message>
        <source>the attachment&apos;s bytes do not match its sha256: the document was changed or damaged</source>
        <translation>байты вложения не совпадают с его sha256: документ изменён или повреждён</translation>
    </message>
    <message>
        <source>is not a casefile-json document ($.format is {got}, expected {FORMAT!r})</source>
        <translation>не документ casefile-json ($.format — {got}, ожидалось «{FORMAT}»)</translation>
    </message>
    <message>
        <source>is not a casefile-json document (the top level is not an object)</source>
        <translation>не документ casefile-json (верхний уровень — не объект)</translation>
    </message>
    <message>
        <source>is casefile-json version {shown} ($.version); this casefile reads versions 1 to {VERSION} (the number): export it again from a matching casefile</source>
        <translation>это casefile-json версии {shown} ($.version); этот casefile читает версии с 1 по {VERSION} (число): экспортируйте его заново из подходящего casefile</translation>
    </message>
    <message>
        <source>data_base64 must hold the file&apos;s bytes in base64</source>
        <translation>data_base64 должно содержать байты файла в base64</translation>
    </message>
    <message>
        <source>data_base64 is not valid base64</source>
        <translation>data_base64 — недопустимый base64</translation>
    </message>
    <message>
        <source>{name} must be a decimal string such as &quot;1250.00&quot;, not {value!r}</source>
        <translation>{name}: нужна десятичная строка вида &quot;1250.00&quot;, а не «{value}»</translation>
    </message>
    <message>
        <source>field {name!r} is required</source>
        <translation>поле «{name}» обязательно</translation>
    </message>
    <message>
        <source>holds a number of more than {limit} digits{place}: casefile-json has no such number; fix it or export it again</source>
        <translation>содержит число длиннее {limit} цифр{place}: в casefile-json таких чисел нет; исправьте его или экспортируйте заново</translation>
    </message>
    <message>
        <source>holds {value}{place}, which is not a JSON number: fix it or export it again</source>
        <translation>содержит {value}{place}, а это не число JSON: исправьте его или экспортируйте заново</translation>
    </message>
    <message>
        <source>id {item_id} belongs to a {other_kind} in this case, not a {kind}</source>
        <translation>id {item_id} в этом деле принадлежит элементу типа «{other_kind}», а не «{kind}»</translation>
    </message>
    <message>
        <source>{where}.id: id {item_id} appears twice in the document (also at {first_at}): every item needs an id of its own</source>
        <translation>{where}.id: id {item_id} встречается в документе дважды (также в {first_at}): у каждого элемента должен быть свой id</translation>
    </message>
    <message>
        <source>has no incident object ($.incident)</source>
        <translation>нет объекта инцидента ($.incident)</translation>
    </message>
    <message>
        <source>{value} has the key {key} more than once: keep one and import it again</source>
        <translation>{value}: ключ {key} встречается больше одного раза: оставьте один и импортируйте снова</translation>
    </message>
    <message>
        <source>a {table} link points to a missing {parent}</source>
        <translation>связь {table} указывает на отсутствующий {parent}</translation>
    </message>
    <message>
        <source>{name} needs a currency (an ISO 4217 code)</source>
        <translation>{name}: нужна валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>{place} nests lists or objects too deeply: casefile-json nests five deep; fix it or export it again</source>
        <translation>{place}: списки или объекты вложены слишком глубоко: в casefile-json пять уровней вложенности; исправьте его или экспортируйте заново</translation>
    </message>
    <message>
        <source>nests lists or objects more than {limit} deep{place}: casefile-json nests five deep; fix it or export it again</source>
        <translation>списки или объекты вложены глубже {limit} уровней{place}: в casefile-json пять уровней вложенности; исправьте его или экспортируйте заново</translation>
    </message>
    <message>
        <source>$.{collection} must be a list</source>
        <translation>$.{collection} должен быть списком</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} должен быть объектом</translation>
    </message>
    <message>
        <source>{where}.{at}: {refusal}</source>
        <translation>{where}.{at}: {refusal}</translation>
    </message>
    <message>
        <source>starts with a byte-order mark (line 1, column 1), which JSON does not allow: save it as UTF-8 without a BOM</source>
        <translation>начинается с метки порядка байтов (строка 1, столбец 1), которую JSON не допускает: сохраните его как UTF-8 без BOM</translation>
    </message>
    <message>
        <source>{where} has unknown field(s): {names}</source>
        <translation>{where}: неизвестные поля: {names}</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} referenced by a {kind}: include that item or remove the reference</source>
        <translation>неизвестный id {item_id} (тип «{target_kind}»), на который ссылается элемент типа «{kind}»: включите этот элемент или удалите ссылку</translation>
    </message>
    <message>
        <source>has unknown top-level field(s): {names}</source>
        <translation>неизвестные поля верхнего уровня: {names}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (line {line}, column {column}: byte {byte}): save it as UTF-8</source>
        <translation>не текст UTF-8 (строка {line}, столбец {column}: байт {byte}): сохраните его в UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}: {reason}): fix it or export it again</source>
        <translation>недопустимый JSON (строка {line}, столбец {column}: {reason}): исправьте его или экспортируйте заново</translation>
    </message>
    <message>
        <source>data_base64 must hold the plan&apos;s image in base64</source>
        <translation>data_base64 должно содержать изображение плана в base64</translation>
    </message>
    <message>
        <source>pin {pin_id} places another item or plan in this case: give the new pin a new id</source>
        <translation>метка {pin_id} в этом деле размещает другой элемент или план: дайте новой метке новый id</translation>
    </message>
    <message>
        <source>a pin places one damage item or one photo: give exactly one</source>
        <translation>метка размещает одно повреждение или одну фотографию: укажите ровно одно</translation>
    </message>
    <message>
        <source>pin {pin_id}: {refusal}</source>
        <translation>метка {pin_id}: {refusal}</translation>
    </message>
    <message>
        <source>pin {pin_id}: unknown site plan id {plan_id}: include that plan or remove the pin</source>
        <translation>метка {pin_id}: неизвестный id плана территории {plan_id}: включите этот план или удалите метку</translation>
    </message>
    <message>
        <source>the plan&apos;s image does not match its sha256: the document was changed or damaged</source>
        <translation>изображение плана не совпадает с его sha256: документ изменён или повреждён</translation>
    </message>
    <message>
        <source>a plan&apos;s image must be the PNG or JPEG the case stored</source>
        <translation>изображение плана должно быть тем PNG или JPEG, что хранило дело</translation>
    </message>
    <message>
        <source>site plan {plan_id} holds another image than the one in this case: a plan&apos;s image is never replaced; give the new plan a new id</source>
        <translation>план территории {plan_id} содержит не то изображение, что в этом деле: изображение плана никогда не заменяется; дайте новому плану новый id</translation>
    </message>
    <message>
        <source>already exists and is not a public key file: choose another name for the public key; nothing was written</source>
        <translation>уже существует и не является файлом открытого ключа: выберите другое имя для открытого ключа; ничего не записано</translation>
    </message>
    <message>
        <source>already holds your signing key: you have one (&apos;casefile key list&apos; shows it); to make another, move this file away first</source>
        <translation>уже содержит ваш ключ подписи: он у вас есть (&apos;casefile key list&apos; его покажет); чтобы создать другой, сначала переместите этот файл</translation>
    </message>
    <message>
        <source>already holds your signing key: another &apos;key new&apos; made it just now</source>
        <translation>уже содержит ваш ключ подписи: его только что создала другая команда &apos;key new&apos;</translation>
    </message>
    <message>
        <source>is not a casefile public key ({why}): ask its owner for the file &apos;casefile key export&apos; writes</source>
        <translation>не открытый ключ casefile ({why}): попросите у владельца файл, который создаёт &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>is damaged, not a private key casefile can read: restore your key folder from a backup, or move it away and make a new key</source>
        <translation>повреждён, это не закрытый ключ, который casefile может прочитать: восстановите папку ключей из резервной копии или переместите его и создайте новый ключ</translation>
    </message>
    <message>
        <source>does not belong with your private key: restore your key folder from a backup</source>
        <translation>не соответствует вашему закрытому ключу: восстановите папку ключей из резервной копии</translation>
    </message>
    <message>
        <source>is empty: a passphrase file holds the passphrase</source>
        <translation>пуст: в файле парольной фразы должна быть парольная фраза</translation>
    </message>
    <message>
        <source>holds a fingerprint that does not match its key: the file was damaged or altered; ask its owner for it again</source>
        <translation>содержит отпечаток, не совпадающий с ключом: файл повреждён или изменён; попросите его у владельца ещё раз</translation>
    </message>
    <message>
        <source>holds a key of another kind than Ed25519: move it away and make a new key with &apos;casefile key new&apos;</source>
        <translation>содержит ключ другого типа, не Ed25519: переместите его и создайте новый ключ командой &apos;casefile key new&apos;</translation>
    </message>
    <message>
        <source>a key needs its owner&apos;s name: give --name NAME</source>
        <translation>у ключа должно быть имя владельца: укажите --name ИМЯ</translation>
    </message>
    <message>
        <source>a key&apos;s name is at most {limit} characters</source>
        <translation>имя ключа — не более {limit} символов</translation>
    </message>
    <message>
        <source>a key&apos;s name may not hold control or format characters</source>
        <translation>в имени ключа не может быть управляющих символов или символов форматирования</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase is empty: give one, or none at all</source>
        <translation>парольная фраза ключа пуста: задайте её или не задавайте вовсе</translation>
    </message>
    <message>
        <source>the passphrase does not unlock your signing key: check it and try again</source>
        <translation>парольная фраза не открывает ваш ключ подписи: проверьте её и попробуйте снова</translation>
    </message>
    <message>
        <source>is not UTF-8 text: a passphrase file holds the passphrase as text</source>
        <translation>не текст UTF-8: в файле парольной фразы она хранится как текст</translation>
    </message>
    <message>
        <source>you have no signing key yet: make one with &apos;casefile key new --name NAME&apos;</source>
        <translation>у вас ещё нет ключа подписи: создайте его командой &apos;casefile key new --name ИМЯ&apos;</translation>
    </message>
    <message>
        <source>{refusal}; your public key file is damaged: restore it from a backup of your key folder</source>
        <translation>{refusal}; файл вашего открытого ключа повреждён: восстановите его из резервной копии папки ключей</translation>
    </message>
    <message>
        <source>your signing key is protected by a passphrase: give it with --key-passphrase-file FILE or CASEFILE_KEY_PASSPHRASE</source>
        <translation>ваш ключ подписи защищён парольной фразой: укажите её через --key-passphrase-file ФАЙЛ или CASEFILE_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>повреждение</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>поручение</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>инцидент</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>встреча</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запись</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>attachments are limited to {limit} MiB: reduce or split the file</source>
        <translation>вложения ограничены {limit} МиБ: уменьшите файл или разделите его</translation>
    </message>
    <message>
        <source>casefile-json documents are limited to {limit} MiB: move a case this large as the case file itself (File &gt; Save a copy)</source>
        <translation>документы casefile-json ограничены {limit} МиБ: передавайте такое большое дело самим файлом дела (Файл &gt; Сохранить копию)</translation>
    </message>
    <message>
        <source>not a lock file</source>
        <translation>не файл блокировки</translation>
    </message>
    <message>
        <source>a passphrase file holds one line: give the right file</source>
        <translation>файл парольной фразы состоит из одной строки: укажите правильный файл</translation>
    </message>
    <message>
        <source>site plans are limited to {limit} MiB: export the plan at a lower resolution</source>
        <translation>планы территории ограничены {limit} МиБ: экспортируйте план в меньшем разрешении</translation>
    </message>
    <message>
        <source>a private key is a few lines: the file is not yours</source>
        <translation>закрытый ключ занимает несколько строк: этот файл не ваш</translation>
    </message>
    <message>
        <source>a public key file is a few lines: give the file &apos;casefile key export&apos; wrote</source>
        <translation>файл открытого ключа занимает несколько строк: укажите файл, созданный &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>a {kind} has no field {name!r} to list</source>
        <translation>у элемента типа «{kind}» нет поля «{name}» для списка</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} in field {name!r}: link only to items of this case</source>
        <translation>неизвестный id {item_id} (тип «{target_kind}») в поле «{name}»: связывайте только с элементами этого дела</translation>
    </message>
    <message>
        <source>cannot be locked for editing (the folder is read-only): open it read-only</source>
        <translation>не удаётся заблокировать для редактирования (папка только для чтения): откройте его только для чтения</translation>
    </message>
    <message>
        <source>cannot be locked for editing: {name} beside it is a folder, not a lock file: move that folder away, or open the case read-only</source>
        <translation>не удаётся заблокировать для редактирования: {name} рядом с ним — папка, а не файл блокировки: переместите эту папку или откройте дело только для чтения</translation>
    </message>
    <message>
        <source>cannot be opened for editing: its lock file could not be written ({reason}); free some space, or open it read-only</source>
        <translation>не удаётся открыть для редактирования: не удалось записать файл блокировки ({reason}); освободите место или откройте его только для чтения</translation>
    </message>
    <message>
        <source>could not be locked for editing: try again</source>
        <translation>не удалось заблокировать для редактирования: попробуйте снова</translation>
    </message>
    <message>
        <source>is being edited by {who}: open it read-only, edit a copy, or ask them to close it</source>
        <translation>редактируется: {who}; откройте его только для чтения, редактируйте копию или попросите закрыть его</translation>
    </message>
    <message>
        <source>is already open for editing in this window</source>
        <translation>уже открыт для редактирования в этом окне</translation>
    </message>
    <message>
        <source>has an audit log that was edited (its entry {entry}): nothing was merged; restore it from a copy</source>
        <translation>журнал изменений был отредактирован (запись {entry}): ничего не объединено; восстановите его из копии</translation>
    </message>
    <message>
        <source>changed {what} since the copies parted, which merge does not bring in: nothing was merged; make those changes in this case by hand, or merge the other way</source>
        <translation>после разделения копий изменилось: {what}, а объединение этого не переносит: ничего не объединено; внесите эти изменения в это дело вручную или объедините в обратную сторону</translation>
    </message>
    <message>
        <source>changed while the merge was worked out: merge again</source>
        <translation>изменился, пока готовилось объединение: объедините снова</translation>
    </message>
    <message>
        <source>{count} conflict(s) with the other copy: nothing was merged; choose a side with --take mine or --take theirs, or merge in the app to choose one by one</source>
        <translation>конфликтов с другой копией: {count}; ничего не объединено: выберите сторону с помощью --take mine или --take theirs либо объедините в приложении, выбирая по одному</translation>
    </message>
    <message>
        <source>is a copy of another incident ({title!r}): nothing was merged; only copies of one case file merge</source>
        <translation>это копия другого инцидента («{title}»): ничего не объединено; объединяются только копии одного файла дела</translation>
    </message>
    <message>
        <source>a deleted item is kept or deleted: choose mine or theirs</source>
        <translation>удалённый элемент либо сохраняется, либо удаляется: выберите mine или theirs</translation>
    </message>
    <message>
        <source>has no history in common with this case: it is another case file (about another incident, or made apart, such as by import-json), not a copy of this one; nothing was merged</source>
        <translation>нет общей истории с этим делом: это другой файл дела (о другом инциденте или созданный отдельно, например через import-json), а не копия этого; ничего не объединено</translation>
    </message>
    <message>
        <source>the merge would leave a {table} link to a missing {parent}</source>
        <translation>объединение оставило бы связь {table} с отсутствующим {parent}</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount</source>
        <translation>стоимость «{text}» — это не сумма</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount: write digits with an optional decimal point, such as 1250.00</source>
        <translation>стоимость «{text}» — это не сумма: введите цифры, при необходимости с десятичной точкой, например 1250.00</translation>
    </message>
    <message>
        <source>cost must be a decimal amount, not {text!r}</source>
        <translation>стоимость должна быть десятичной суммой, а не «{text}»</translation>
    </message>
    <message>
        <source>cost must be a decimal amount as text, not {type}</source>
        <translation>стоимость должна быть десятичной суммой в виде текста, а не {type}</translation>
    </message>
    <message>
        <source>cost {text!r} is negative: enter an amount of 0 or more</source>
        <translation>стоимость «{text}» отрицательна: введите сумму от 0 и больше</translation>
    </message>
    <message>
        <source>cost {text!r} is too large: one estimate may be at most {limit}</source>
        <translation>стоимость «{text}» слишком велика: одна оценка — не более {limit}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number</source>
        <translation>{what} «{text}» — это не число</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has (0): write a whole amount</source>
        <translation>в стоимости «{text}» больше знаков после запятой, чем у {currency} (0): введите целую сумму</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number: write digits with an optional decimal point, such as {example}</source>
        <translation>{what} «{text}» — это не число: введите цифры, при необходимости с десятичной точкой, например {example}</translation>
    </message>
    <message>
        <source>{what} must be a number written as text, such as {example}</source>
        <translation>{what}: нужно число, записанное текстом, например {example}</translation>
    </message>
    <message>
        <source>quantity {text!r} must be more than 0: leave it empty for none</source>
        <translation>количество «{text}» должно быть больше 0: если его нет, оставьте поле пустым</translation>
    </message>
    <message>
        <source>quantity {text!r} has more than {limit} decimals</source>
        <translation>в количестве «{text}» больше {limit} знаков после запятой</translation>
    </message>
    <message>
        <source>quantity {text!r} is too large: at most {limit}</source>
        <translation>количество «{text}» слишком велико: не более {limit}</translation>
    </message>
    <message>
        <source>rate {text!r} must be more than 0</source>
        <translation>курс «{text}» должен быть больше 0</translation>
    </message>
    <message>
        <source>rate {text!r} has more than {limit} significant digits or is too large</source>
        <translation>в курсе «{text}» больше {limit} значащих цифр, или он слишком велик</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has ({exponent}): write it with at most {exponent}</source>
        <translation>в стоимости «{text}» больше знаков после запятой, чем у {currency} ({exponent}): введите не более {exponent}</translation>
    </message>
    <message>
        <source>unknown currency code {code!r}: use a three-letter ISO 4217 code such as EUR, USD, UAH or AZN</source>
        <translation>неизвестный код валюты «{code}»: используйте трёхбуквенный код ISO 4217, например EUR, USD, UAH или AZN</translation>
    </message>
    <message>
        <source>cannot be opened: {problem}; move it to a shorter folder</source>
        <translation>не удаётся открыть: {problem}; переместите его в папку с более коротким путём</translation>
    </message>
    <message>
        <source>cannot be opened: its name is {size} bytes long (UTF-8), and casefile opens names of at most {limit}, to keep its journal and lock file beside it: rename the file</source>
        <translation>не удаётся открыть: имя длиной {size} байт (UTF-8), а casefile открывает имена не длиннее {limit} байт, чтобы держать рядом журнал и файл блокировки: переименуйте файл</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose another name</source>
        <translation>{what}: {problem}; выберите другое имя</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose a shorter folder or name</source>
        <translation>{what}: {problem}; выберите папку или имя покороче</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>устройство</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>именованный канал (FIFO)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>папка</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не обычный файл</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>{filename!r} was attached without its capture time ({stamp}), which is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>«{filename}» приложен без времени съёмки ({stamp}): оно вне дат, которые хранит casefile (со 2 января 1 года по 30 декабря 9999 года по UTC)</translation>
    </message>
    <message>
        <source>cleared a stale lock left by {who}</source>
        <translation>снята устаревшая блокировка, оставленная: {who}</translation>
    </message>
    <message>
        <source>this file is damaged ({problem}); what SQLite can read is shown, but it cannot be edited: restore it from a copy</source>
        <translation>этот файл повреждён ({problem}); показано то, что может прочитать SQLite, но редактировать его нельзя: восстановите его из копии</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}); it is shown from a private copy with it applied as SQLite would, and neither was changed</source>
        <translation>рядом с этим файлом найдена прерванная запись ({names}); дело показано из личной копии, к которой она применена так, как это сделал бы SQLite, и ни то ни другое не изменено</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}, left by a crash or by another copy of the file): it is shown from a private copy with that write undone or completed as SQLite does; the file and {names} were not changed (opening it for editing recovers it)</source>
        <translation>рядом с этим файлом найдена прерванная запись ({names}; осталась после сбоя или от другой копии файла): дело показано из личной копии, где эта запись отменена или завершена так, как это делает SQLite; файл и {names} не изменены (открытие для редактирования восстановит его)</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}), but with it the case is not sound ({problem}), so it may belong to another copy of the file: the case is shown without it, and neither was changed</source>
        <translation>рядом с этим файлом найдена прерванная запись ({names}), но с ней дело неисправно ({problem}), поэтому она может относиться к другой копии файла: дело показано без неё, и ни то ни другое не изменено</translation>
    </message>
    <message>
        <source>this file is not encrypted: it was opened without the passphrase given (encrypt it to protect it with one)</source>
        <translation>этот файл не зашифрован: он открыт без указанной парольной фразы (зашифруйте его, чтобы защитить парольной фразой)</translation>
    </message>
    <message>
        <source>this file has an older schema (version {version}); it is shown from an upgraded temporary copy and was not changed</source>
        <translation>у этого файла старая схема (версия {version}); он показан из обновлённой временной копии и не изменён</translation>
    </message>
    <message>
        <source>opened read-only: the file or its folder cannot be written; save a copy elsewhere to edit it</source>
        <translation>открыт только для чтения: в файл или его папку нельзя записывать; чтобы редактировать, сохраните копию в другом месте</translation>
    </message>
    <message>
        <source>recovered: an unfinished change left by a crash ({name}) was rolled back; the case is as it was after its last completed edit</source>
        <translation>восстановлено: незавершённое изменение, оставшееся после сбоя ({name}), отменено; дело такое, каким было после последней завершённой правки</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it: opening the case for editing removes it</source>
        <translation>прерванное изменение этого файла оставило рядом с ним {names}: открытие дела для редактирования удалит это</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it, which holds this encrypted case unencrypted (a decrypt was interrupted): opening the case for editing removes it</source>
        <translation>прерванное изменение этого файла оставило рядом с ним {names}, где это зашифрованное дело хранится в незашифрованном виде (расшифровка была прервана): открытие дела для редактирования удалит это</translation>
    </message>
    <message>
        <source>removed what an interrupted change of this file left beside it ({names})</source>
        <translation>удалено то, что прерванное изменение этого файла оставило рядом с ним ({names})</translation>
    </message>
    <message>
        <source>this file holds schema objects casefile did not create ({names}); they are ignored</source>
        <translation>этот файл содержит объекты схемы, которые не создавал casefile ({names}); они не учитываются</translation>
    </message>
    <message>
        <source>took over editing from {who}, who may still have it open: ask them to close it, as only one editor&apos;s changes can be kept</source>
        <translation>редактирование перенято у: {who}; у него дело может быть ещё открыто: попросите закрыть его, так как сохранить можно правки только одного редактора</translation>
    </message>
    <message>
        <source>upgraded from schema {version} to {supported}; the original was kept as {backup}</source>
        <translation>обновлено со схемы {version} до {supported}; исходный файл сохранён как {backup}</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy with its {names} applied, and neither was changed</source>
        <translation>этот файл в режиме WAL; он показан из временной копии с применённым {names}, и ни то ни другое не изменено</translation>
    </message>
    <message>
        <source>this file was in WAL mode; it was converted to a single self-contained file</source>
        <translation>этот файл был в режиме WAL; он преобразован в единый самостоятельный файл</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy and was not changed</source>
        <translation>этот файл в режиме WAL; он показан из временной копии и не изменён</translation>
    </message>
    <message>
        <source>recovered: the changes in {name} beside it were written into the file, which is again a single self-contained file</source>
        <translation>восстановлено: изменения из {name} рядом с ним записаны в файл, и он снова единый самостоятельный файл</translation>
    </message>
    <message>
        <source>is not as casefile writes a case file ({text}): restore it from a copy</source>
        <translation>записан не так, как casefile записывает файл дела ({text}): восстановите его из копии</translation>
    </message>
    <message>
        <source>is busy: another program is writing to it; try again in a moment</source>
        <translation>занят: в него пишет другая программа; попробуйте чуть позже</translation>
    </message>
    <message>
        <source>cannot be created: the folder is read-only</source>
        <translation>не удаётся создать: папка только для чтения</translation>
    </message>
    <message>
        <source>cannot be opened: check that the file and its folder exist and can be read</source>
        <translation>не удаётся открыть: проверьте, что файл и его папка существуют и доступны для чтения</translation>
    </message>
    <message>
        <source>cannot be read: it needs a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>не удаётся прочитать: нужна его личная копия, но создать её в {folder} не удалось ({reason}): освободите там место или укажите в TMPDIR папку, где оно есть</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): restore it from a copy</source>
        <translation>не удаётся прочитать ({reason}): восстановите его из копии</translation>
    </message>
    <message>
        <source>cannot be read ({problem}): restore it from a copy</source>
        <translation>не удаётся прочитать ({problem}): восстановите его из копии</translation>
    </message>
    <message>
        <source>cannot be written here (read-only file, folder or disk): save a copy elsewhere to edit it</source>
        <translation>здесь нельзя записать (файл, папка или диск только для чтения): чтобы редактировать, сохраните копию в другом месте</translation>
    </message>
    <message>
        <source>is not a case file: open a .casefile made by casefile</source>
        <translation>не файл дела: откройте файл .casefile, созданный casefile</translation>
    </message>
    <message>
        <source>casefile needs SQLite {needed} or newer, and this Python has {found}: run casefile with a newer Python (those from python.org include a recent SQLite)</source>
        <translation>casefile нужен SQLite {needed} или новее, а в этом Python — {found}: запустите casefile с более новым Python (в сборках с python.org свежий SQLite)</translation>
    </message>
    <message>
        <source>could not be upgraded from schema {version} to {supported} ({reason}); the file was left as it was{kept}: restore it from a copy or report this</source>
        <translation>не удалось обновить со схемы {version} до {supported} ({reason}); файл оставлен как был{kept}: восстановите его из копии или сообщите об этом</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited; it and {names} beside it were left as they were: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>повреждён ({problem}) и не может быть отредактирован; он и {names} рядом с ним оставлены как были: откройте его только для чтения, чтобы увидеть, что можно прочитать, и восстановите из копии</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>повреждён ({problem}) и не может быть отредактирован: откройте его только для чтения, чтобы увидеть, что можно прочитать, и восстановите из копии</translation>
    </message>
    <message>
        <source>is damaged: restore it from a copy</source>
        <translation>повреждён: восстановите его из копии</translation>
    </message>
    <message>
        <source>is damaged, or was written by a newer SQLite than this casefile&apos;s: restore it from a copy</source>
        <translation>повреждён или записан более новым SQLite, чем у этого casefile: восстановите его из копии</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again; nothing was saved from this edit, earlier edits are safe</source>
        <translation>диск заполнен: освободите место и попробуйте снова; из этой правки ничего не сохранено, прежние правки в сохранности</translation>
    </message>
    <message>
        <source>the disk refused the write (I/O error): check the drive or share and try again; earlier edits are safe</source>
        <translation>диск отказал в записи (ошибка ввода-вывода): проверьте диск или сетевую папку и попробуйте снова; прежние правки в сохранности</translation>
    </message>
    <message>
        <source>is empty, not a case file: open another file, or create a new case</source>
        <translation>пуст, это не файл дела: откройте другой файл или создайте новое дело</translation>
    </message>
    <message>
        <source>encrypted case files need sqlcipher3, which this casefile lacks: install casefile with its dependencies</source>
        <translation>для зашифрованных файлов дела нужен sqlcipher3, которого в этом casefile нет: установите casefile со всеми зависимостями</translation>
    </message>
    <message>
        <source>{what}: the folder {folder} does not exist; choose one that does</source>
        <translation>{what}: папки {folder} не существует; выберите существующую</translation>
    </message>
    <message>
        <source>{what}: the folder is read-only; choose a folder you can write to</source>
        <translation>{what}: папка только для чтения; выберите папку, доступную для записи</translation>
    </message>
    <message>
        <source>is an SQLite database but not a case file: open a .casefile made by casefile</source>
        <translation>это база данных SQLite, но не файл дела: откройте файл .casefile, созданный casefile</translation>
    </message>
    <message>
        <source>is a folder, not a case file: open a .casefile file</source>
        <translation>это папка, а не файл дела: откройте файл .casefile</translation>
    </message>
    <message>
        <source>is encrypted, or not a case file: give its passphrase (--passphrase-file F, or CASEFILE_PASSPHRASE)</source>
        <translation>зашифрован или не является файлом дела: укажите его парольную фразу (--passphrase-file F или CASEFILE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>was written by a newer casefile (schema {version}; this one reads up to {supported}): update casefile to open it; the file was not changed</source>
        <translation>записан более новой версией casefile (схема {version}; эта версия читает до {supported}): обновите casefile, чтобы открыть его; файл не изменён</translation>
    </message>
    <message>
        <source>does not exist: check the path (a share or drive may be offline), or create a new case</source>
        <translation>не существует: проверьте путь (сетевая папка или диск могут быть недоступны) или создайте новое дело</translation>
    </message>
    <message>
        <source>is not a case file (not an SQLite database): open a .casefile made by casefile</source>
        <translation>не файл дела (не база данных SQLite): откройте файл .casefile, созданный casefile</translation>
    </message>
    <message>
        <source>holds schema objects casefile did not create ({names}), which could run on edit: open it read-only, or save a clean copy from a trusted version</source>
        <translation>содержит объекты схемы, которые не создавал casefile ({names}) и которые могут сработать при редактировании: откройте его только для чтения или сохраните чистую копию из доверенной версии</translation>
    </message>
    <message>
        <source>was not changed: opening it for editing converts it, so the change is first made on a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>не изменён: открытие для редактирования преобразует его, поэтому изменение сначала делается в личной копии, но создать её в {folder} не удалось ({reason}): освободите там место или укажите в TMPDIR папку, где оно есть</translation>
    </message>
    <message>
        <source>was moved or deleted while open: close it and open it again</source>
        <translation>перемещён или удалён, пока был открыт: закройте его и откройте снова</translation>
    </message>
    <message>
        <source>was not opened for editing: {names} beside it, left by an interrupted write, does not give a sound case ({problem}), so it may belong to another copy of this file. It was set aside as {aside} and the file was not changed: open the case again to edit it as it is, or, if the interrupted write was this file&apos;s own, restore the case from a copy</source>
        <translation>не открыт для редактирования: {names} рядом с ним, оставшийся от прерванной записи, не даёт исправного дела ({problem}), поэтому он может относиться к другой копии этого файла. Он отложен под именем {aside}, а файл не изменён: откройте дело снова, чтобы редактировать его как есть, или, если прерванная запись была его собственной, восстановите дело из копии</translation>
    </message>
    <message>
        <source>was replaced or changed by another program while open; to avoid overwriting that change nothing was saved: close the case and open it again</source>
        <translation>заменён или изменён другой программой, пока был открыт; чтобы не затереть это изменение, ничего не сохранено: закройте дело и откройте снова</translation>
    </message>
    <message>
        <source>wrong passphrase or not a case file: try again with the right passphrase; the file was not changed</source>
        <translation>неверная парольная фраза или это не файл дела: попробуйте снова с правильной парольной фразой; файл не изменён</translation>
    </message>
    <message>
        <source>is {clash}: it cannot be {what}; nothing was changed</source>
        <translation>это {clash}: это не может быть {what}; ничего не изменено</translation>
    </message>
    <message>
        <source>is {clash}: choose another file name for {what}; nothing was written</source>
        <translation>это {clash}: выберите другое имя файла ({what}); ничего не записано</translation>
    </message>
    <message>
        <source>already exists: choose another name, or open it</source>
        <translation>уже существует: выберите другое имя или откройте его</translation>
    </message>
    <message>
        <source>{what} ({reason}): free space on the disk and try again</source>
        <translation>{what} ({reason}): освободите место на диске и попробуйте снова</translation>
    </message>
    <message>
        <source>could not be replaced: another program has it open (or the folder is read-only); close it there and try again</source>
        <translation>не удалось заменить: его держит открытым другая программа (или папка только для чтения); закройте его там и попробуйте снова</translation>
    </message>
    <message>
        <source> ({kind})</source>
        <translation> ({kind})</translation>
    </message>
    <message>
        <source>{what} ({reason}): check the folder and free space</source>
        <translation>{what} ({reason}): проверьте папку и свободное место</translation>
    </message>
    <message>
        <source>{what} ({reason}): choose a folder you can write to</source>
        <translation>{what} ({reason}): выберите папку, доступную для записи</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file, and writing would replace it: choose a file name for {what}; nothing was written</source>
        <translation>это {kind}, а не обычный файл, и запись заменила бы его: выберите имя файла ({what}); ничего не записано</translation>
    </message>
    <message>
        <source>is a symbolic link to {pointed}{value}, and writing would replace the link: {advice}; nothing was written</source>
        <translation>это символическая ссылка на {pointed}{value}, и запись заменила бы ссылку: {advice}; ничего не записано</translation>
    </message>
    <message>
        <source>attachment {item_id} is not a photo: only damage items and photos can be pinned on a plan</source>
        <translation>вложение {item_id} — не фотография: на плане можно отмечать только повреждения и фотографии</translation>
    </message>
    <message>
        <source>no damage item or photo with id {item_id} in this case (deleted, or of another case): pin an item of this case</source>
        <translation>в этом деле нет повреждения или фотографии с id {item_id} (удалены или из другого дела): отметьте элемент этого дела</translation>
    </message>
    <message>
        <source>height</source>
        <translation>высоты</translation>
    </message>
    <message>
        <source>the site plan {name!r} has lost its image: restore it from a copy</source>
        <translation>план территории «{name}» потерял изображение: восстановите его из копии</translation>
    </message>
    <message>
        <source>item {target} is already pinned on the plan {name!r}: move its pin instead</source>
        <translation>элемент {target} уже отмечен на плане «{name}»: переместите его метку</translation>
    </message>
    <message>
        <source>{item_id} is a {kind}: only damage items and photos can be pinned on a plan</source>
        <translation>{item_id} — это {kind}: на плане можно отмечать только повреждения и фотографии</translation>
    </message>
    <message>
        <source>no pin with id {pin_id} in this case (it may have been removed)</source>
        <translation>в этом деле нет метки с id {pin_id} (возможно, её удалили)</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is not a number: give a fraction from 0 to 1</source>
        <translation>{axis} метки «{value}» — это не число: укажите дробь от 0 до 1</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is outside the plan: give {axis_name} from 0 to 1 (a fraction of the plan&apos;s {side})</source>
        <translation>{axis} метки «{value}» вне плана: укажите {axis_name} от 0 до 1 (долю {side} плана)</translation>
    </message>
    <message>
        <source>the site plan {name!r} is already in this case</source>
        <translation>план территории «{name}» уже есть в этом деле</translation>
    </message>
    <message>
        <source>no site plan with id {plan_id} in this case: &apos;casefile export-json&apos; lists the plans&apos; ids</source>
        <translation>в этом деле нет плана территории с id {plan_id}: id планов покажет &apos;casefile export-json&apos;</translation>
    </message>
    <message>
        <source>unknown plan image {role!r}: use one of {choices}</source>
        <translation>неизвестное изображение плана «{role}»: используйте одно из {choices}</translation>
    </message>
    <message>
        <source>unknown site plan field(s): {choices}</source>
        <translation>неизвестные поля плана территории: {choices}</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширины</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a plan image (damaged or truncated): export the plan again as PNG, JPEG or PDF</source>
        <translation>«{filename}» не читается как изображение плана (повреждён или обрезан): экспортируйте план заново в PNG, JPEG или PDF</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a PDF (damaged or truncated): export the plan again as PDF, PNG or JPEG</source>
        <translation>«{filename}» не читается как PDF (повреждён или обрезан): экспортируйте план заново в PDF, PNG или JPEG</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels{size} (a decompression bomb or a damaged image): export the plan at a lower resolution</source>
        <translation>«{filename}» заявляет размер более {megapixels} мегапикселей{size} («бомба» распаковки или повреждённое изображение): экспортируйте план в меньшем разрешении</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): give a PNG, JPEG or PDF plan</source>
        <translation>«{filename}» пуст (0 байт): укажите план в PNG, JPEG или PDF</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF protected by a password: save it without one, or export the plan as PNG or JPEG</source>
        <translation>«{filename}» — PDF, защищённый паролем: сохраните его без пароля или экспортируйте план в PNG или JPEG</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page cannot be drawn (damaged): export the plan as PNG or JPEG</source>
        <translation>«{filename}»: первую страницу PDF не удаётся отрисовать (повреждена): экспортируйте план в PNG или JPEG</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page has no size</source>
        <translation>«{filename}»: у первой страницы PDF нет размера</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF without pages: give the plan&apos;s PDF</source>
        <translation>«{filename}» — PDF без страниц: укажите PDF с планом</translation>
    </message>
    <message>
        <source>{filename!r} is not a PNG, JPEG or PDF file: export the plan as one of those</source>
        <translation>«{filename}» — не файл PNG, JPEG или PDF: экспортируйте план в один из этих форматов</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>открыт только для чтения по запросу</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>в файл или его папку нельзя записывать</translation>
    </message>
    <message>
        <source>has {name} beside it, which is not a regular file: remove it, or copy the case file alone to another folder and open it there</source>
        <translation>рядом с ним лежит {name}, и это не обычный файл: удалите его или скопируйте файл дела отдельно в другую папку и откройте там</translation>
    </message>
    <message>
        <source>cannot be released: &apos;casefile check&apos; finds {count} problem(s) in it (the first: {first}); put them right first</source>
        <translation>не может быть выпущен: &apos;casefile check&apos; находит в нём проблем: {count} (первая: {first}); сначала устраните их</translation>
    </message>
    <message>
        <source>cannot be sealed: its audit log does not verify ({problem}); restore it from a copy</source>
        <translation>не может быть заверен: журнал изменений не проходит проверку ({problem}); восстановите его из копии</translation>
    </message>
    <message>
        <source>cannot be sealed: {problem}; restore it from a copy</source>
        <translation>не может быть заверен: {problem}; восстановите его из копии</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: it cannot be sealed</source>
        <translation>содержит {count} инцидента(ов) вместо одного: его нельзя заверить</translation>
    </message>
    <message>
        <source>{state!r} is not a review state: give one of {choices}, or none</source>
        <translation>«{state}» — не состояние рассмотрения: укажите одно из {choices} или никакое</translation>
    </message>
    <message>
        <source>a seal&apos;s comment is at most {limit} characters</source>
        <translation>комментарий к заверению — не более {limit} символов</translation>
    </message>
    <message>
        <source>language {language!r} is not one casefile writes briefs in: use one of {choices}</source>
        <translation>язык «{language}» не входит в языки справок casefile: используйте один из {choices}</translation>
    </message>
    <message>
        <source>the settings file {problem}: correct it in a text editor, or delete it to start again from the defaults</source>
        <translation>файл настроек {problem}: исправьте его в текстовом редакторе или удалите, чтобы начать заново с настроек по умолчанию</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>файл блокировки</translation>
    </message>
    <message>
        <source>shared-memory file</source>
        <translation>файл общей памяти</translation>
    </message>
    <message>
        <source>write-ahead log</source>
        <translation>журнал упреждающей записи (WAL)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} байт</translation>
    </message>
    <message>
        <source>{mib} MiB</source>
        <translation>{mib} МиБ</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>вложение</translation>
    </message>
    <message>
        <source>the brief</source>
        <translation>справка</translation>
    </message>
    <message>
        <source>a case file</source>
        <translation>файл дела</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the JSON export</source>
        <translation>экспорт JSON</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>файл JSON</translation>
    </message>
    <message>
        <source>the new case</source>
        <translation>новое дело</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>файл парольной фразы</translation>
    </message>
    <message>
        <source>a plan image</source>
        <translation>изображение плана</translation>
    </message>
    <message>
        <source>the printed list</source>
        <translation>печатный список</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>открытый ключ</translation>
    </message>
    <message>
        <source>a public key file</source>
        <translation>файл открытого ключа</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>the trusted key</source>
        <translation>доверенный ключ</translation>
    </message>
    <message>
        <source>your private key</source>
        <translation>ваш закрытый ключ</translation>
    </message>
    <message>
        <source>your public key</source>
        <translation>ваш открытый ключ</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>не удалось записать</translation>
    </message>
    <message>
        <source>cannot hold your keys</source>
        <translation>не может хранить ваши ключи</translation>
    </message>
    <message>
        <source>cannot hold your new key</source>
        <translation>не может хранить ваш новый ключ</translation>
    </message>
    <message>
        <source>cannot hold the trusted key</source>
        <translation>не может хранить доверенный ключ</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>не удаётся создать</translation>
    </message>
    <message>
        <source>cannot be prepared for editing</source>
        <translation>не удаётся подготовить к редактированию</translation>
    </message>
    <message>
        <source>cannot set {name} aside</source>
        <translation>не удаётся отложить {name}</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy</source>
        <translation>не изменён: его перезаписанная копия</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>метка</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>заверение</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план территории</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>принадлежность</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>на дату</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>время оценки</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>кто оценил</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фотографии и документы</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
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
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф</translation>
    </message>
    <message>
        <source>clearances</source>
        <translation>согласования</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакты</translation>
    </message>
    <message>
        <source>country</source>
        <translation>страна</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>испрашиваемые решения</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
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
        <source>due date</source>
        <translation>срок исполнения</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>ориентировочная стоимость</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обменные курсы</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>имя файла</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>время проведения</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутреннее</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>location</source>
        <translation>место</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
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
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>время события</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>итоги</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>участники</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>стороны</translation>
    </message>
    <message>
        <source>place</source>
        <translation>место</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>количество</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>курс</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендация</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта отчёта</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляет</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>from</source>
        <translation>от кого</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>степень повреждения</translation>
    </message>
    <message>
        <source>size</source>
        <translation>размер</translation>
    </message>
    <message>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>краткое содержание</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовой пояс</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>цена за единицу</translation>
    </message>
    <message>
        <source>its name is not its key&apos;s fingerprint</source>
        <translation>его имя не совпадает с отпечатком ключа</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>время часов записи журнала {seq} раньше, чем у записи, за которой она следует: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>время часов записи журнала {seq} не следует из её времени и предыдущей записи: журнал был изменён</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>журнал изменений заканчивается на записи {last_seq}, но файл записал последней запись {recorded}: самые новые записи были удалены</translation>
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
        <source>audit entry {missing} is missing (the next is {seq}): entries were deleted</source>
        <translation>запись журнала {missing} отсутствует (следующая — {seq}): записи были удалены</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow entry {previous}: the log was edited</source>
        <translation>запись журнала {seq} не продолжает запись {previous}: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>запись журнала {seq} следует за записью {parent}, которой нет перед ней в журнале: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>запись журнала {seq} повторяет идентификатор более ранней записи: журнал был изменён</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>запись журнала {seq} ({entity} {entity_id}) была изменена: её значения помечены как скрытые, но объект не был удалён</translation>
    </message>
    <message>
        <source>{kind} {item_id} has no audit entry: it was added outside casefile</source>
        <translation>у объекта «{kind}» {item_id} нет записи в журнале изменений: он добавлен в обход casefile</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) does not match its SHA-256: its bytes were changed</source>
        <translation>файл {item_id} («{filename}») не совпадает со своим SHA-256: его байты изменены</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) has lost its bytes</source>
        <translation>у файла {item_id} («{filename}») пропали байты</translation>
    </message>
    <message>
        <source>not verified, nor the hashes of the photos and documents: they are checked once the findings above are put right (restore the file from a copy)</source>
        <translation>не проверен, как и хеши фотографий и документов: они проверяются, когда найденное выше исправлено (восстановите файл из копии)</translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: {reason}</source>
        <translation>{table} {key}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{table} row {key}, column {column}: {reason}</source>
        <translation>{table}, строка {key}, столбец «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{kind} {item_id}: {field} changed outside casefile ({difference})</source>
        <translation>{kind} {item_id}: поле «{field}» изменено в обход casefile ({difference})</translation>
    </message>
    <message>
        <source>{kind} {name} is defined differently: {change}</source>
        <translation>{kind} {name} определена иначе: {change}</translation>
    </message>
    <message>
        <source>{kind} {name} is missing</source>
        <translation>нет объекта схемы «{kind} {name}»</translation>
    </message>
    <message>
        <source>{kind} {item_id} was deleted outside casefile: the audit log has no entry for its deletion</source>
        <translation>объект «{kind}» {item_id} удалён в обход casefile: в журнале изменений нет записи о его удалении</translation>
    </message>
    <message>
        <source>it has {parts}</source>
        <translation>в ней есть лишнее: {parts}</translation>
    </message>
    <message>
        <source>{count} incidents; a case has one</source>
        <translation>инцидентов: {count}; в деле бывает один</translation>
    </message>
    <message>
        <source>&apos;{actual}&apos; instead of &apos;{expected}&apos;</source>
        <translation>«{actual}» вместо «{expected}»</translation>
    </message>
    <message>
        <source>it lacks {parts}</source>
        <translation>в ней не хватает: {parts}</translation>
    </message>
    <message>
        <source>it lacks {lacks}, and has {has}</source>
        <translation>в ней не хватает: {lacks}; лишнее: {has}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}</source>
        <translation>нет в журнале изменений: {added}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}; missing from the file: {removed}</source>
        <translation>нет в журнале изменений: {added}; нет в файле: {removed}</translation>
    </message>
    <message>
        <source>missing from the file: {removed}</source>
        <translation>нет в файле: {removed}</translation>
    </message>
    <message>
        <source>in another order than the audit log has</source>
        <translation>в ином порядке, чем в журнале изменений</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a {parent} that is missing</source>
        <translation>{table}, строка {rowid}, ссылается на отсутствующий объект «{parent}»</translation>
    </message>
    <message>
        <source>… and {count} more changes made outside casefile</source>
        <translation>… и ещё изменений в обход casefile: {count}</translation>
    </message>
    <message>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) does not match its SHA-256: its image was changed</source>
        <translation>план территории {item_id} («{name}») не совпадает со своим SHA-256: его изображение изменено</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) has lost its image</source>
        <translation>у плана территории {item_id} («{name}») пропало изображение</translation>
    </message>
    <message>
        <source>schema version {version}, expected {expected}</source>
        <translation>версия схемы {version}, ожидалась {expected}</translation>
    </message>
    <message>
        <source>SQLite reports: {message}</source>
        <translation>SQLite сообщает: {message}</translation>
    </message>
    <message>
        <source>{object} that casefile does not make</source>
        <translation>{object}, которого casefile не создаёт</translation>
    </message>
    <message>
        <source>the audit log has {logged}, the file {now}</source>
        <translation>в журнале изменений {logged}, в файле {now}</translation>
    </message>
    <message>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>триггер</translation>
    </message>
    <message>
        <source>view</source>
        <translation>представление</translation>
    </message>
    <message>
        <source>audit entry {seq} (by {actor}) follows seal {number} ({sealed}), yet its clock time is {clock}: it was back-dated</source>
        <translation>запись журнала {seq} (автор: {actor}) следует за заверением {number} ({sealed}), но её время по часам — {clock}: она датирована задним числом</translation>
    </message>
    <message>
        <source>{count} audit entries go back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>записей журнала, время которых по часам идёт назад: {count} (первая — запись {seq}, {at}): часы компьютера были переведены назад</translation>
    </message>
    <message>
        <source>{count} audit entry goes back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>записей журнала, время которых по часам идёт назад: {count} (запись {seq}, {at}): часы компьютера были переведены назад</translation>
    </message>
    <message>
        <source>seal {label} differs from its audit entry {seq}: one of them was edited</source>
        <translation>заверение {label} расходится со своей записью журнала {seq}: одно из них было изменено</translation>
    </message>
    <message>
        <source>{number} of {total} ({who}, {when})</source>
        <translation>{number} из {total} ({who}, {when})</translation>
    </message>
    <message>
        <source>and {count} more entries after seal {number}</source>
        <translation>и ещё записей после заверения {number}: {count}</translation>
    </message>
    <message>
        <source>seal {label} has no entry in the audit log: it was added outside casefile</source>
        <translation>у заверения {label} нет записи в журнале изменений: оно добавлено в обход casefile</translation>
    </message>
    <message>
        <source>seal {label} was made on another case ({case_id})</source>
        <translation>заверение {label} сделано для другого дела ({case_id})</translation>
    </message>
    <message>
        <source>seal {label} names its signer {signer!r}, but their key is trusted here as {trusted_as!r}</source>
        <translation>заверение {label} называет подписавшего «{signer}», но его ключу здесь доверяют как «{trusted_as}»</translation>
    </message>
    <message>
        <source>the release manifest accounts for {counted} withheld audit entries, and the copy withholds {actual}: it was changed after its release</source>
        <translation>манифест выдачи учитывает скрытых записей журнала: {counted}, а копия скрывает: {actual}; она изменена после выдачи</translation>
    </message>
    <message>
        <source>the release manifest (audit entry {seq}) is not sealed by its releaser: the copy was changed after its release, or made outside casefile</source>
        <translation>манифест выдачи (запись журнала {seq}) не заверен выдавшим: копия изменена после выдачи или сделана в обход casefile</translation>
    </message>
    <message>
        <source>audit entry {seq} records seal {seal_id}, which the file no longer holds: the seal was removed</source>
        <translation>запись журнала {seq} фиксирует заверение {seal_id}, которого в файле больше нет: заверение удалено</translation>
    </message>
    <message>
        <source>seal {label} signed state {head} at audit entry {seq}, which the log no longer holds: the sealed history was rewritten ({where})</source>
        <translation>заверение {label} подписало состояние {head} на записи журнала {seq}, которой в журнале больше нет: заверенная история переписана ({where})</translation>
    </message>
    <message>
        <source>at or before entry {seq}</source>
        <translation>на записи {seq} или раньше</translation>
    </message>
    <message>
        <source>somewhere in entries {first} to {last}</source>
        <translation>где-то в записях с {first} по {last}</translation>
    </message>
    <message>
        <source>seal {label} does not verify: its signature fails, so the seal or the state it names was altered after signing</source>
        <translation>заверение {label} не проходит проверку: подпись неверна, значит заверение или названное в нём состояние изменены после подписания</translation>
    </message>
    <message>
        <source>seal {label} is signed by a key not trusted here ({fingerprint}): confirm that fingerprint with its owner, then trust their public key file in Settings (Signing keys, Trust a key…)</source>
        <translation>заверение {label} подписано ключом, которому здесь не доверяют ({fingerprint}): сверьте этот отпечаток с владельцем, затем доверьтесь файлу его открытого ключа в Настройках (Ключи подписи, Доверять ключу…)</translation>
    </message>
    <message>
        <source>{state} by {signer}</source>
        <translation>{state}: {signer}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>заверено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>утверждено</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>возвращено на доработку</translation>
    </message>
    <message>
        <source>released</source>
        <translation>выдана заверенная копия</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>передано на рассмотрение</translation>
    </message>
    <message>
        <source>is empty, and may not be</source>
        <translation>пусто, а так быть не может</translation>
    </message>
    <message>
        <source>{value} is not as casefile writes it</source>
        <translation>{value} записано не так, как пишет casefile</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>это не JSON</translation>
    </message>
    <message>
        <source>{value} is not {type}</source>
        <translation>{value} — не {type}</translation>
    </message>
    <message>
        <source>{value}: {refusal}</source>
        <translation>{value}: {refusal}</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>байты</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>a date casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>дата, которую хранит casefile (со 2 января 1 года по 30 декабря 9999 года, по UTC)</translation>
    </message>
    <message>
        <source>true or false (0 or 1)</source>
        <translation>истина или ложь (0 или 1)</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>дата и время</translation>
    </message>
    <message>
        <source>a date and time in UTC (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>дата и время по UTC (со 2 января 1 года по 30 декабря 9999 года)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
</context>
</TS>
