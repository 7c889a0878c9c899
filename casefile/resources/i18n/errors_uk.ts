<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>StoreErrors</name>
    <message>
        <source>attach a photo or a document</source>
        <extracomment>code -&gt; the English the GUI shows (ERROR_TEXTS without number formats and commands)</extracomment>
        <translation>додайте фото чи документ</translation>
    </message>
    <message>
        <source>open a .casefile file</source>
        <translation>відкрийте файл .casefile</translation>
    </message>
    <message>
        <source>give a casefile-json file</source>
        <translation>вкажіть файл casefile-json</translation>
    </message>
    <message>
        <source>give the file holding the passphrase</source>
        <translation>вкажіть файл із парольною фразою</translation>
    </message>
    <message>
        <source>give a PNG, JPEG or PDF file</source>
        <translation>вкажіть файл PNG, JPEG або PDF</translation>
    </message>
    <message>
        <source>restore your key folder from a backup</source>
        <translation>відновіть теку ключів із резервної копії</translation>
    </message>
    <message>
        <source>give the file &apos;casefile key export&apos; wrote</source>
        <translation>вкажіть файл, створений командою &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>{filename!r} claims to be an image but cannot be read as one (damaged or truncated): attach the original file</source>
        <translation>«{filename}» видає себе за зображення, але не читається як зображення (пошкоджений або обрізаний): додайте початковий файл</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels (a decompression bomb or a damaged image): it was not attached</source>
        <translation>«{filename}» заявляє розмір понад {megapixels} мегапікселів («бомба» розпакування або пошкоджене зображення): файл не додано</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): there is nothing to attach</source>
        <translation>«{filename}» порожній (0 байт): додавати нічого</translation>
    </message>
    <message>
        <source>{filename!r} is {mib} MiB; {limit_text}</source>
        <translation>«{filename}»: {mib} МіБ; {limit_text}</translation>
    </message>
    <message>
        <source>{filename!r} is named as a PDF but is not one</source>
        <translation>«{filename}» названо як PDF, але це не PDF</translation>
    </message>
    <message>
        <source>no damage item, note or meeting with id {to} in this case: attach files to one of those</source>
        <translation>у цій справі немає пошкодження, запису чи зустрічі з id {to}: додавайте файли до одного з них</translation>
    </message>
    <message>
        <source>bad brief date {text!r}: write it as YYYY-MM-DD, for example 2025-11-21</source>
        <translation>неправильна дата довідки «{text}»: вкажіть її у вигляді РРРР-ММ-ДД, наприклад 2025-11-21</translation>
    </message>
    <message>
        <source>brief date must be a date, not {type}</source>
        <translation>дата довідки має бути датою, а не {type}</translation>
    </message>
    <message>
        <source>a brief needs at least one section: choose from {choices}</source>
        <translation>у довідці має бути принаймні один розділ: виберіть із {choices}</translation>
    </message>
    <message>
        <source>cannot write the brief to {out}: {reason}</source>
        <translation>не вдається записати довідку в {out}: {reason}</translation>
    </message>
    <message>
        <source>cannot write the brief: the folder {folder} does not exist</source>
        <translation>не вдається записати довідку: теки {folder} не існує</translation>
    </message>
    <message>
        <source>cannot write the brief to {out} ({reason}): choose a folder you can write to</source>
        <translation>не вдається записати довідку в {out} ({reason}): виберіть теку, доступну для запису</translation>
    </message>
    <message>
        <source>the case file kept changing while the brief was being made: try again when nobody is editing it</source>
        <translation>файл справи весь час змінювався, поки складалася довідка: повторіть, коли його ніхто не редагуватиме</translation>
    </message>
    <message>
        <source>the disk is full: the brief was not written to {out}</source>
        <translation>диск заповнено: довідку не записано в {out}</translation>
    </message>
    <message>
        <source>{out} is a folder: give a file name for the brief, e.g. brief.pdf</source>
        <translation>{out} — це тека: вкажіть ім&apos;я файлу для довідки, наприклад brief.pdf</translation>
    </message>
    <message>
        <source>the brief&apos;s font lacks letters {letters}: reinstall casefile</source>
        <translation>у шрифті довідки немає літер {letters}: перевстановіть casefile</translation>
    </message>
    <message>
        <source>the brief&apos;s font is missing: reinstall casefile</source>
        <translation>шрифту довідки немає: перевстановіть casefile</translation>
    </message>
    <message>
        <source>the brief&apos;s font cannot be read ({reason}): reinstall casefile</source>
        <translation>шрифт довідки не читається ({reason}): перевстановіть casefile</translation>
    </message>
    <message>
        <source>unknown brief language {value!r}: choose from {choices}</source>
        <translation>невідома мова довідки «{value}»: виберіть із {choices}</translation>
    </message>
    <message>
        <source>unknown brief section {value!r}: choose from {choices}</source>
        <translation>невідомий розділ довідки «{value}»: виберіть із {choices}</translation>
    </message>
    <message>
        <source>attachments are added with add_attachment(data, filename)</source>
        <translation>вкладення додаються через add_attachment(data, filename)</translation>
    </message>
    <message>
        <source>the case file is closed</source>
        <translation>файл справи закрито</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: restore it from a copy</source>
        <translation>містить {count} інциденти(ів) замість одного: відновіть його з копії</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: check the id with &apos;casefile export-json&apos;</source>
        <translation>у цій справі немає елемента з id {item_id}: перевірте id за допомогою &apos;casefile export-json&apos;</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id} in this case</source>
        <translation>у цій справі немає вкладення з id {attachment_id}</translation>
    </message>
    <message>
        <source>no {kind} with id {item_id} in this case</source>
        <translation>у цій справі немає елемента типу «{kind}» з id {item_id}</translation>
    </message>
    <message>
        <source>is open read-only ({reason}): save a copy to edit it</source>
        <translation>відкрито лише для читання ({reason}): щоб редагувати, збережіть копію</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: a comment needs its item</source>
        <translation>у цій справі немає елемента з id {item_id}: зауваження стосується елемента</translation>
    </message>
    <message>
        <source>no review comment with id {comment_id} in this case</source>
        <translation>у цій справі немає зауваження за розглядом з id {comment_id}</translation>
    </message>
    <message>
        <source>a review comment is at most {limit} characters</source>
        <translation>зауваження за розглядом — не більше {limit} символів</translation>
    </message>
    <message>
        <source>a review comment needs its text</source>
        <translation>зауваження за розглядом має містити текст</translation>
    </message>
    <message>
        <source>already exists: choose another name for {what}</source>
        <translation>вже існує: виберіть інше ім&apos;я ({what})</translation>
    </message>
    <message>
        <source>is already encrypted, or is not a case file: to change its passphrase use &apos;casefile rekey&apos;; the file was not changed</source>
        <translation>уже зашифровано або це не файл справи: щоб змінити парольну фразу, скористайтеся &apos;casefile rekey&apos;; файл не змінено</translation>
    </message>
    <message>
        <source>cannot be rewritten ({reason}): copy it to a folder you can write to</source>
        <translation>не може бути перезаписаний ({reason}): скопіюйте його в теку, доступну для запису</translation>
    </message>
    <message>
        <source>is not encrypted: to encrypt it use &apos;casefile encrypt&apos;; the file was not changed</source>
        <translation>не зашифровано: щоб зашифрувати, скористайтеся &apos;casefile encrypt&apos;; файл не змінено</translation>
    </message>
    <message>
        <source>the new passphrase is empty: give one that is not</source>
        <translation>нова парольна фраза порожня: задайте непорожню</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy did not pass the checks ({problem}); restore it from a copy</source>
        <translation>не змінено: перезаписана копія не пройшла перевірку ({problem}); відновіть його з копії</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy could not be written ({reason})</source>
        <translation>не змінено: перезаписану копію не вдалося записати ({reason})</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the limit is {limit}: attach long documents as files instead</source>
        <translation>{field}: {length} символів за межі {limit}: довгі документи додавайте файлами</translation>
    </message>
    <message>
        <source>{field} must be a date and time, not {value!r}</source>
        <translation>{field}: потрібні дата й час, а не «{value}»</translation>
    </message>
    <message>
        <source>{where} {text!r} is not a date and time: type it as YYYY-MM-DD HH:MM, such as 2025-11-14 01:00, or with its offset, such as 2025-11-14T01:00+02:00</source>
        <translation>{where} «{text}» — це не дата й час: введіть у вигляді РРРР-ММ-ДД ГГ:ХХ, наприклад 2025-11-14 01:00, або зі зміщенням, наприклад 2025-11-14T01:00+02:00</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date: use YYYY-MM-DD, such as 2025-11-14</source>
        <translation>{field}: «{value}» — це не дата: використовуйте РРРР-ММ-ДД, наприклад 2025-11-14</translation>
    </message>
    <message>
        <source>{field} is a date without time: use YYYY-MM-DD</source>
        <translation>{field}: це дата без часу: використовуйте РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD), not {value!r}</source>
        <translation>{field}: потрібна дата (РРРР-ММ-ДД), а не «{value}»</translation>
    </message>
    <message>
        <source>{where} {text!r} did not happen in {zone}: the clocks went forward over it; type the time as the clocks showed it</source>
        <translation>{where} «{text}» не існувало в зоні {zone}: годинники в цей час переводили вперед; введіть час, який показували годинники</translation>
    </message>
    <message>
        <source>{field}: {name} is named twice; name them once</source>
        <translation>{field}: {name} зазначено двічі; зазначте один раз</translation>
    </message>
    <message>
        <source>choose a file name for {what}</source>
        <translation>виберіть ім&apos;я файлу ({what})</translation>
    </message>
    <message>
        <source>name {pointed} itself</source>
        <translation>вкажіть сам {pointed}</translation>
    </message>
    <message>
        <source>give a regular file</source>
        <translation>вкажіть звичайний файл</translation>
    </message>
    <message>
        <source>the case file {case} itself</source>
        <translation>сам файл справи {case}</translation>
    </message>
    <message>
        <source>the {name} of the case file {case}</source>
        <translation>{name} файлу справи {case}</translation>
    </message>
    <message>
        <source>the new passphrase holds a line break, which no prompt can type: give it on one line</source>
        <translation>нова парольна фраза містить перенесення рядка, яке не ввести в жодному запиті: задайте її одним рядком</translation>
    </message>
    <message>
        <source>{field}: each clearance is {{name, cleared_on}}</source>
        <translation>{field}: кожне погодження має вигляд {{name, cleared_on}}</translation>
    </message>
    <message>
        <source>{field}: each clearance needs a name</source>
        <translation>{field}: кожне погодження має містити імʼя</translation>
    </message>
    <message>
        <source>{field}: each participant needs party_id, role</source>
        <translation>{field}: кожен учасник має містити party_id і role</translation>
    </message>
    <message>
        <source>{field}: each rate is {{currency, rate, as_of, source}}</source>
        <translation>{field}: кожен курс має вигляд {{currency, rate, as_of, source}}</translation>
    </message>
    <message>
        <source>{field}: each rate needs its currency</source>
        <translation>{field}: кожен курс має містити валюту</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field}: не може бути порожнім</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>орієнтовна вартість пошкодження має містити валюту (код ISO 4217)</translation>
    </message>
    <message>
        <source>the estimate is quantity x unit cost when both are given: clear the quantity or the unit cost to enter the estimate yourself</source>
        <translation>якщо задано і кількість, і ціну за одиницю, вартість дорівнює їхньому добутку: щоб ввести вартість самостійно, очистіть кількість або ціну за одиницю</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode text</source>
        <translation>{field}: містить символ, неприпустимий у тексті Unicode</translation>
    </message>
    <message>
        <source>{field} must be an IANA zone name such as Europe/Kyiv</source>
        <translation>{field}: потрібна назва зони IANA, наприклад Europe/Kyiv</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not an id (a UUID string)</source>
        <translation>{where}: «{value}» — це не id (рядок UUID)</translation>
    </message>
    <message>
        <source>{field} must be an ISO 4217 code such as EUR</source>
        <translation>{field}: потрібен код ISO 4217, наприклад EUR</translation>
    </message>
    <message>
        <source>{field} must be a list of ids</source>
        <translation>{field}: потрібен список id</translation>
    </message>
    <message>
        <source>{field} is negative: enter an amount of 0 or more</source>
        <translation>{field}: від&apos;ємне значення: введіть суму від 0 і більше</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value!r}</source>
        <translation>{field}: допустимі значення — {choices}; отримано «{value}»</translation>
    </message>
    <message>
        <source>{field} must be a list of {{name, cleared_on}}</source>
        <translation>{field}: потрібен список {{name, cleared_on}}</translation>
    </message>
    <message>
        <source>{field} must be a list of {{party_id, role}}</source>
        <translation>{field}: потрібен список {{party_id, role}}</translation>
    </message>
    <message>
        <source>{field} must be a list of {{currency, rate, as_of, source}}</source>
        <translation>{field}: потрібен список {{currency, rate, as_of, source}}</translation>
    </message>
    <message>
        <source>{field} must be text, not {type}</source>
        <translation>{field}: потрібен текст, а не {type}</translation>
    </message>
    <message>
        <source>{where} {text!r} has no offset: add one (+02:00) or give a time zone</source>
        <translation>{where} «{text}» без зміщення: додайте його (+02:00) або вкажіть часовий пояс</translation>
    </message>
    <message>
        <source>{where} {value} is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC, so that every time zone can show it): correct the date</source>
        <translation>{where} {value} поза датами, які зберігає casefile (з 2 січня 1 року до 30 грудня 9999 року за UTC, щоб її міг показати будь-який часовий пояс): виправте дату</translation>
    </message>
    <message>
        <source>quantity x unit cost is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>добуток кількості на ціну за одиницю завеликий: одна оцінка — не більше {limit} дрібних одиниць (центів)</translation>
    </message>
    <message>
        <source>{field}, {currency}: {refusal}</source>
        <translation>{field}, {currency}: {refusal}</translation>
    </message>
    <message>
        <source>{field} must be a reference such as D-12 (D, a hyphen and a number from 1), not {value!r}</source>
        <translation>{field}: потрібен номер вигляду D-12 (D, дефіс і число від 1), а не «{value}»</translation>
    </message>
    <message>
        <source>{field}: {refusal}</source>
        <translation>{field}: {refusal}</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field}: обов&apos;язкове поле</translation>
    </message>
    <message>
        <source>a {kind}&apos;s {name} is given by casefile, in the order items are made: leave it out</source>
        <translation>поле «{name}» ({kind}) casefile заповнює сам у порядку створення елементів: не вказуйте його</translation>
    </message>
    <message>
        <source>a party cannot represent itself: choose another party, or none</source>
        <translation>сторона не може представляти саму себе: виберіть іншу сторону або жодну</translation>
    </message>
    <message>
        <source>{field} has no time zone: give an offset, such as 2025-11-14T01:00:00+02:00</source>
        <translation>{field}: без часового поясу: вкажіть зміщення, наприклад 2025-11-14T01:00:00+02:00</translation>
    </message>
    <message>
        <source>{field} is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>{field}: завелике значення: одна оцінка — не більше {limit} дрібних одиниць (центів)</translation>
    </message>
    <message>
        <source>{field} must be true or false, not {value!r}</source>
        <translation>{field}: потрібно true або false, а не «{value}»</translation>
    </message>
    <message>
        <source>{field}: {currency} has two rates; keep one per currency</source>
        <translation>{field}: для {currency} два курси; залиште по одному на валюту</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>ціна за одиницю має містити валюту (код ISO 4217)</translation>
    </message>
    <message>
        <source>unknown {kind} field(s): {choices}</source>
        <translation>невідомі поля ({kind}): {choices}</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}: use one of {choices}</source>
        <translation>невідомий тип «{kind}»: використовуйте один із {choices}</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}: use an IANA name such as Europe/Kyiv or Asia/Baku</source>
        <translation>невідомий часовий пояс «{name}»: використовуйте назву IANA, наприклад Europe/Kyiv або Asia/Baku</translation>
    </message>
    <message>
        <source>{kind} field {name!r}</source>
        <translation>поле «{name}» ({kind})</translation>
    </message>
    <message>
        <source>{field} must be a whole number of minor units (cents), not {value!r}</source>
        <translation>{field}: потрібне ціле число дрібних одиниць (центів), а не «{value}»</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): check the path</source>
        <translation>не читається ({reason}): перевірте шлях</translation>
    </message>
    <message>
        <source>cannot be read (permission denied): check its permissions</source>
        <translation>не читається (немає доступу): перевірте права доступу до нього</translation>
    </message>
    <message>
        <source>does not exist: check the path</source>
        <translation>не існує: перевірте шлях</translation>
    </message>
    <message>
        <source>does not exist (a part of its path is a file): check the path</source>
        <translation>не існує (частина шляху — це файл): перевірте шлях</translation>
    </message>
    <message>
        <source>is over {describe_size}; {limit_text}</source>
        <translation>більше за {describe_size}; {limit_text}</translation>
    </message>
    <message>
        <source>is {kind}, not {what}: {advice}</source>
        <translation>це {kind}, а не {what}: {advice}</translation>
    </message>
    <message>
        <source>is {describe_size}; {limit_text}</source>
        <translation>розмір {describe_size}; {limit_text}</translation>
    </message>
    <message>
        <source>a file casefile ships with is missing: reinstall casefile</source>
        <translation>бракує файлу, що постачається з casefile: перевстановіть casefile</translation>
    </message>
    <message>
        <source>casefile&apos;s resources are not on disk: install casefile unpacked (pip install, not a zip archive)</source>
        <translation>ресурси casefile не на диску: встановіть casefile у розпакованому вигляді (pip install, а не zip-архів)</translation>
    </message>
    <message>
        <source>is about another incident ({title!r}, id {item_id}); this case is {this_title!r} (id {this_id}): import it into a new case file instead</source>
        <translation>стосується іншого інциденту («{title}», id {item_id}); ця справа — «{this_title}» (id {this_id}): імпортуйте його в новий файл справи</translation>
    </message>
    <message>
        <source>attachment {item_id} holds other bytes than the one in this case: an attachment is never replaced; give the new file a new id</source>
        <translation>вкладення {item_id} містить не ті байти, що в цій справі: вкладення ніколи не замінюється; дайте новому файлу новий id</translation>
    </message>
    <message>
        <source>attachment {item_id}: {refusal}</source>
        <translation>вкладення {item_id}: {refusal}</translation>
    </message>
    <message>
        <source>the attachment&apos;s bytes do not match its sha256: the document was changed or damaged</source>
        <translation>байти вкладення не збігаються з його sha256: документ змінено або пошкоджено</translation>
    </message>
    <message>
        <source>is not a casefile-json document ($.format is {got}, expected {FORMAT!r})</source>
        <translation>не документ casefile-json ($.format — {got}, очікувалося «{FORMAT}»)</translation>
    </message>
    <message>
        <source>is not a casefile-json document (the top level is not an object)</source>
        <translation>не документ casefile-json (верхній рівень — не об&apos;єкт)</translation>
    </message>
    <message>
        <source>is casefile-json version {shown} ($.version); this casefile reads versions 1 to {VERSION} (the number): export it again from a matching casefile</source>
        <translation>це casefile-json версії {shown} ($.version); цей casefile читає версії з 1 по {VERSION} (число): експортуйте його знову з відповідного casefile</translation>
    </message>
    <message>
        <source>data_base64 must hold the file&apos;s bytes in base64</source>
        <translation>data_base64 має містити байти файлу в base64</translation>
    </message>
    <message>
        <source>data_base64 is not valid base64</source>
        <translation>data_base64 — неприпустимий base64</translation>
    </message>
    <message>
        <source>{name} must be a decimal string such as &quot;1250.00&quot;, not {value!r}</source>
        <translation>{name}: потрібен десятковий рядок вигляду &quot;1250.00&quot;, а не «{value}»</translation>
    </message>
    <message>
        <source>field {name!r} is required</source>
        <translation>поле «{name}» обов&apos;язкове</translation>
    </message>
    <message>
        <source>holds a number of more than {limit} digits{place}: casefile-json has no such number; fix it or export it again</source>
        <translation>містить число, довше за {limit} цифр{place}: у casefile-json таких чисел немає; виправте його або експортуйте знову</translation>
    </message>
    <message>
        <source>holds {value}{place}, which is not a JSON number: fix it or export it again</source>
        <translation>містить {value}{place}, а це не число JSON: виправте його або експортуйте знову</translation>
    </message>
    <message>
        <source>id {item_id} belongs to a {other_kind} in this case, not a {kind}</source>
        <translation>id {item_id} у цій справі належить елементу типу «{other_kind}», а не «{kind}»</translation>
    </message>
    <message>
        <source>{where}.id: id {item_id} appears twice in the document (also at {first_at}): every item needs an id of its own</source>
        <translation>{where}.id: id {item_id} трапляється в документі двічі (також у {first_at}): кожен елемент має мати свій id</translation>
    </message>
    <message>
        <source>has no incident object ($.incident)</source>
        <translation>немає об&apos;єкта інциденту ($.incident)</translation>
    </message>
    <message>
        <source>{value} has the key {key} more than once: keep one and import it again</source>
        <translation>{value}: ключ {key} трапляється більше одного разу: залиште один та імпортуйте знову</translation>
    </message>
    <message>
        <source>a {table} link points to a missing {parent}</source>
        <translation>зв&apos;язок {table} вказує на відсутній {parent}</translation>
    </message>
    <message>
        <source>{name} needs a currency (an ISO 4217 code)</source>
        <translation>{name}: потрібна валюта (код ISO 4217)</translation>
    </message>
    <message>
        <source>{place} nests lists or objects too deeply: casefile-json nests five deep; fix it or export it again</source>
        <translation>{place}: списки або об&apos;єкти вкладено надто глибоко: у casefile-json п&apos;ять рівнів вкладеності; виправте його або експортуйте знову</translation>
    </message>
    <message>
        <source>nests lists or objects more than {limit} deep{place}: casefile-json nests five deep; fix it or export it again</source>
        <translation>списки або об&apos;єкти вкладено глибше за {limit} рівнів{place}: у casefile-json п&apos;ять рівнів вкладеності; виправте його або експортуйте знову</translation>
    </message>
    <message>
        <source>$.{collection} must be a list</source>
        <translation>$.{collection} має бути списком</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} має бути об&apos;єктом</translation>
    </message>
    <message>
        <source>{where}.{at}: {refusal}</source>
        <translation>{where}.{at}: {refusal}</translation>
    </message>
    <message>
        <source>starts with a byte-order mark (line 1, column 1), which JSON does not allow: save it as UTF-8 without a BOM</source>
        <translation>починається з мітки порядку байтів (рядок 1, стовпець 1), яку JSON не допускає: збережіть його як UTF-8 без BOM</translation>
    </message>
    <message>
        <source>{where} has unknown field(s): {names}</source>
        <translation>{where}: невідомі поля: {names}</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} referenced by a {kind}: include that item or remove the reference</source>
        <translation>невідомий id {item_id} (тип «{target_kind}»), на який посилається елемент типу «{kind}»: включіть цей елемент або видаліть посилання</translation>
    </message>
    <message>
        <source>has unknown top-level field(s): {names}</source>
        <translation>невідомі поля верхнього рівня: {names}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (line {line}, column {column}: byte {byte}): save it as UTF-8</source>
        <translation>не текст UTF-8 (рядок {line}, стовпець {column}: байт {byte}): збережіть його в UTF-8</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}: {reason}): fix it or export it again</source>
        <translation>неприпустимий JSON (рядок {line}, стовпець {column}: {reason}): виправте його або експортуйте знову</translation>
    </message>
    <message>
        <source>data_base64 must hold the plan&apos;s image in base64</source>
        <translation>data_base64 має містити зображення плану в base64</translation>
    </message>
    <message>
        <source>pin {pin_id} places another item or plan in this case: give the new pin a new id</source>
        <translation>мітка {pin_id} у цій справі розміщує інший елемент або план: дайте новій мітці новий id</translation>
    </message>
    <message>
        <source>a pin places one damage item or one photo: give exactly one</source>
        <translation>мітка розміщує одне пошкодження або одне фото: вкажіть рівно одне</translation>
    </message>
    <message>
        <source>pin {pin_id}: {refusal}</source>
        <translation>мітка {pin_id}: {refusal}</translation>
    </message>
    <message>
        <source>pin {pin_id}: unknown site plan id {plan_id}: include that plan or remove the pin</source>
        <translation>мітка {pin_id}: невідомий id плану території {plan_id}: включіть цей план або видаліть мітку</translation>
    </message>
    <message>
        <source>the plan&apos;s image does not match its sha256: the document was changed or damaged</source>
        <translation>зображення плану не збігається з його sha256: документ змінено або пошкоджено</translation>
    </message>
    <message>
        <source>a plan&apos;s image must be the PNG or JPEG the case stored</source>
        <translation>зображення плану має бути тим PNG або JPEG, що зберігала справа</translation>
    </message>
    <message>
        <source>site plan {plan_id} holds another image than the one in this case: a plan&apos;s image is never replaced; give the new plan a new id</source>
        <translation>план території {plan_id} містить не те зображення, що в цій справі: зображення плану ніколи не замінюється; дайте новому плану новий id</translation>
    </message>
    <message>
        <source>already exists and is not a public key file: choose another name for the public key; nothing was written</source>
        <translation>вже існує і не є файлом відкритого ключа: виберіть інше ім&apos;я для відкритого ключа; нічого не записано</translation>
    </message>
    <message>
        <source>already holds your signing key: you have one (&apos;casefile key list&apos; shows it); to make another, move this file away first</source>
        <translation>вже містить ваш ключ підпису: він у вас є (&apos;casefile key list&apos; його покаже); щоб створити інший, спершу перемістіть цей файл</translation>
    </message>
    <message>
        <source>already holds your signing key: another &apos;key new&apos; made it just now</source>
        <translation>вже містить ваш ключ підпису: його щойно створила інша команда &apos;key new&apos;</translation>
    </message>
    <message>
        <source>is not a casefile public key ({why}): ask its owner for the file &apos;casefile key export&apos; writes</source>
        <translation>не відкритий ключ casefile ({why}): попросіть у власника файл, який створює &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>is damaged, not a private key casefile can read: restore your key folder from a backup, or move it away and make a new key</source>
        <translation>пошкоджено, це не закритий ключ, який casefile може прочитати: відновіть теку ключів із резервної копії або перемістіть його й створіть новий ключ</translation>
    </message>
    <message>
        <source>does not belong with your private key: restore your key folder from a backup</source>
        <translation>не відповідає вашому закритому ключу: відновіть теку ключів із резервної копії</translation>
    </message>
    <message>
        <source>is empty: a passphrase file holds the passphrase</source>
        <translation>порожній: у файлі парольної фрази має бути парольна фраза</translation>
    </message>
    <message>
        <source>holds a fingerprint that does not match its key: the file was damaged or altered; ask its owner for it again</source>
        <translation>містить відбиток, що не збігається з ключем: файл пошкоджено або змінено; попросіть його у власника ще раз</translation>
    </message>
    <message>
        <source>holds a key of another kind than Ed25519: move it away and make a new key with &apos;casefile key new&apos;</source>
        <translation>містить ключ іншого типу, не Ed25519: перемістіть його та створіть новий ключ командою &apos;casefile key new&apos;</translation>
    </message>
    <message>
        <source>a key needs its owner&apos;s name: give --name NAME</source>
        <translation>ключ має містити ім&apos;я власника: вкажіть --name ІМ&apos;Я</translation>
    </message>
    <message>
        <source>a key&apos;s name is at most {limit} characters</source>
        <translation>ім&apos;я ключа — не більше {limit} символів</translation>
    </message>
    <message>
        <source>a key&apos;s name may not hold control or format characters</source>
        <translation>в імені ключа не може бути керівних символів чи символів форматування</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase is empty: give one, or none at all</source>
        <translation>парольна фраза ключа порожня: задайте її або не задавайте зовсім</translation>
    </message>
    <message>
        <source>the passphrase does not unlock your signing key: check it and try again</source>
        <translation>парольна фраза не відкриває ваш ключ підпису: перевірте її та спробуйте знову</translation>
    </message>
    <message>
        <source>is not UTF-8 text: a passphrase file holds the passphrase as text</source>
        <translation>не текст UTF-8: у файлі парольної фрази вона зберігається як текст</translation>
    </message>
    <message>
        <source>you have no signing key yet: make one with &apos;casefile key new --name NAME&apos;</source>
        <translation>у вас ще немає ключа підпису: створіть його командою &apos;casefile key new --name ІМ&apos;Я&apos;</translation>
    </message>
    <message>
        <source>{refusal}; your public key file is damaged: restore it from a backup of your key folder</source>
        <translation>{refusal}; файл вашого відкритого ключа пошкоджено: відновіть його з резервної копії теки ключів</translation>
    </message>
    <message>
        <source>your signing key is protected by a passphrase: give it with --key-passphrase-file FILE or CASEFILE_KEY_PASSPHRASE</source>
        <translation>ваш ключ підпису захищено парольною фразою: вкажіть її через --key-passphrase-file ФАЙЛ або CASEFILE_KEY_PASSPHRASE</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>пошкодження</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>доручення</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>інцидент</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>зустріч</translation>
    </message>
    <message>
        <source>note</source>
        <translation>запис</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>attachments are limited to {limit} MiB: reduce or split the file</source>
        <translation>вкладення обмежено {limit} МіБ: зменште файл або розділіть його</translation>
    </message>
    <message>
        <source>casefile-json documents are limited to {limit} MiB: move a case this large as the case file itself (File &gt; Save a copy)</source>
        <translation>документи casefile-json обмежено {limit} МіБ: передавайте таку велику справу самим файлом справи (Файл &gt; Зберегти копію)</translation>
    </message>
    <message>
        <source>not a lock file</source>
        <translation>не файл блокування</translation>
    </message>
    <message>
        <source>a passphrase file holds one line: give the right file</source>
        <translation>файл парольної фрази складається з одного рядка: вкажіть правильний файл</translation>
    </message>
    <message>
        <source>site plans are limited to {limit} MiB: export the plan at a lower resolution</source>
        <translation>плани території обмежено {limit} МіБ: експортуйте план у меншій роздільній здатності</translation>
    </message>
    <message>
        <source>a private key is a few lines: the file is not yours</source>
        <translation>закритий ключ займає кілька рядків: цей файл не ваш</translation>
    </message>
    <message>
        <source>a public key file is a few lines: give the file &apos;casefile key export&apos; wrote</source>
        <translation>файл відкритого ключа займає кілька рядків: вкажіть файл, створений &apos;casefile key export&apos;</translation>
    </message>
    <message>
        <source>a {kind} has no field {name!r} to list</source>
        <translation>елемент типу «{kind}» не має поля «{name}» для списку</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} in field {name!r}: link only to items of this case</source>
        <translation>невідомий id {item_id} (тип «{target_kind}») у полі «{name}»: пов&apos;язуйте лише з елементами цієї справи</translation>
    </message>
    <message>
        <source>cannot be locked for editing (the folder is read-only): open it read-only</source>
        <translation>не вдається заблокувати для редагування (тека лише для читання): відкрийте його лише для читання</translation>
    </message>
    <message>
        <source>cannot be locked for editing: {name} beside it is a folder, not a lock file: move that folder away, or open the case read-only</source>
        <translation>не вдається заблокувати для редагування: {name} поруч із ним — тека, а не файл блокування: перемістіть цю теку або відкрийте справу лише для читання</translation>
    </message>
    <message>
        <source>cannot be opened for editing: its lock file could not be written ({reason}); free some space, or open it read-only</source>
        <translation>не вдається відкрити для редагування: не вдалося записати файл блокування ({reason}); звільніть місце або відкрийте його лише для читання</translation>
    </message>
    <message>
        <source>could not be locked for editing: try again</source>
        <translation>не вдалося заблокувати для редагування: спробуйте знову</translation>
    </message>
    <message>
        <source>is being edited by {who}: open it read-only, edit a copy, or ask them to close it</source>
        <translation>редагується: {who}; відкрийте його лише для читання, редагуйте копію або попросіть закрити його</translation>
    </message>
    <message>
        <source>is already open for editing in this window</source>
        <translation>вже відкрито для редагування в цьому вікні</translation>
    </message>
    <message>
        <source>has an audit log that was edited (its entry {entry}): nothing was merged; restore it from a copy</source>
        <translation>журнал змін було відредаговано (запис {entry}): нічого не об&apos;єднано; відновіть його з копії</translation>
    </message>
    <message>
        <source>changed {what} since the copies parted, which merge does not bring in: nothing was merged; make those changes in this case by hand, or merge the other way</source>
        <translation>після розділення копій змінилося: {what}, а об&apos;єднання цього не переносить: нічого не об&apos;єднано; внесіть ці зміни в цю справу вручну або об&apos;єднайте у зворотний бік</translation>
    </message>
    <message>
        <source>changed while the merge was worked out: merge again</source>
        <translation>змінився, поки готувалося об&apos;єднання: об&apos;єднайте знову</translation>
    </message>
    <message>
        <source>{count} conflict(s) with the other copy: nothing was merged; choose a side with --take mine or --take theirs, or merge in the app to choose one by one</source>
        <translation>конфліктів з іншою копією: {count}; нічого не об&apos;єднано: виберіть бік за допомогою --take mine або --take theirs чи об&apos;єднайте в застосунку, вибираючи по одному</translation>
    </message>
    <message>
        <source>is a copy of another incident ({title!r}): nothing was merged; only copies of one case file merge</source>
        <translation>це копія іншого інциденту («{title}»): нічого не об&apos;єднано; об&apos;єднуються лише копії одного файлу справи</translation>
    </message>
    <message>
        <source>a deleted item is kept or deleted: choose mine or theirs</source>
        <translation>видалений елемент або зберігається, або видаляється: виберіть mine або theirs</translation>
    </message>
    <message>
        <source>has no history in common with this case: it is another case file (about another incident, or made apart, such as by import-json), not a copy of this one; nothing was merged</source>
        <translation>немає спільної історії з цією справою: це інший файл справи (про інший інцидент або створений окремо, наприклад через import-json), а не копія цієї; нічого не об&apos;єднано</translation>
    </message>
    <message>
        <source>the merge would leave a {table} link to a missing {parent}</source>
        <translation>об&apos;єднання залишило б зв&apos;язок {table} з відсутнім {parent}</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount</source>
        <translation>вартість «{text}» — це не сума</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount: write digits with an optional decimal point, such as 1250.00</source>
        <translation>вартість «{text}» — це не сума: введіть цифри, за потреби з десятковою крапкою, наприклад 1250.00</translation>
    </message>
    <message>
        <source>cost must be a decimal amount, not {text!r}</source>
        <translation>вартість має бути десятковою сумою, а не «{text}»</translation>
    </message>
    <message>
        <source>cost must be a decimal amount as text, not {type}</source>
        <translation>вартість має бути десятковою сумою у вигляді тексту, а не {type}</translation>
    </message>
    <message>
        <source>cost {text!r} is negative: enter an amount of 0 or more</source>
        <translation>вартість «{text}» від&apos;ємна: введіть суму від 0 і більше</translation>
    </message>
    <message>
        <source>cost {text!r} is too large: one estimate may be at most {limit}</source>
        <translation>вартість «{text}» завелика: одна оцінка — не більше {limit}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} або {second}</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number</source>
        <translation>{what} «{text}» — це не число</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has (0): write a whole amount</source>
        <translation>у вартості «{text}» більше знаків після коми, ніж у {currency} (0): введіть цілу суму</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number: write digits with an optional decimal point, such as {example}</source>
        <translation>{what} «{text}» — це не число: введіть цифри, за потреби з десятковою крапкою, наприклад {example}</translation>
    </message>
    <message>
        <source>{what} must be a number written as text, such as {example}</source>
        <translation>{what}: потрібне число, записане текстом, наприклад {example}</translation>
    </message>
    <message>
        <source>quantity {text!r} must be more than 0: leave it empty for none</source>
        <translation>кількість «{text}» має бути більшою за 0: якщо її немає, залиште поле порожнім</translation>
    </message>
    <message>
        <source>quantity {text!r} has more than {limit} decimals</source>
        <translation>у кількості «{text}» більше {limit} знаків після коми</translation>
    </message>
    <message>
        <source>quantity {text!r} is too large: at most {limit}</source>
        <translation>кількість «{text}» завелика: не більше {limit}</translation>
    </message>
    <message>
        <source>rate {text!r} must be more than 0</source>
        <translation>курс «{text}» має бути більшим за 0</translation>
    </message>
    <message>
        <source>rate {text!r} has more than {limit} significant digits or is too large</source>
        <translation>у курсі «{text}» більше {limit} значущих цифр, або він завеликий</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has ({exponent}): write it with at most {exponent}</source>
        <translation>у вартості «{text}» більше знаків після коми, ніж у {currency} ({exponent}): введіть не більше {exponent}</translation>
    </message>
    <message>
        <source>unknown currency code {code!r}: use a three-letter ISO 4217 code such as EUR, USD, UAH or AZN</source>
        <translation>невідомий код валюти «{code}»: використовуйте трилітерний код ISO 4217, наприклад EUR, USD, UAH або AZN</translation>
    </message>
    <message>
        <source>cannot be opened: {problem}; move it to a shorter folder</source>
        <translation>не вдається відкрити: {problem}; перемістіть його в теку з коротшим шляхом</translation>
    </message>
    <message>
        <source>cannot be opened: its name is {size} bytes long (UTF-8), and casefile opens names of at most {limit}, to keep its journal and lock file beside it: rename the file</source>
        <translation>не вдається відкрити: ім&apos;я завдовжки {size} байт (UTF-8), а casefile відкриває імена не довші за {limit} байт, щоб тримати поруч журнал і файл блокування: перейменуйте файл</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose another name</source>
        <translation>{what}: {problem}; виберіть інше ім&apos;я</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose a shorter folder or name</source>
        <translation>{what}: {problem}; виберіть коротшу теку або ім&apos;я</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>пристрій</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>іменований канал (FIFO)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>тека</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>сокет</translation>
    </message>
    <message>
        <source>{filename!r} was attached without its capture time ({stamp}), which is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>«{filename}» додано без часу зйомки ({stamp}): він поза датами, які зберігає casefile (з 2 січня 1 року до 30 грудня 9999 року за UTC)</translation>
    </message>
    <message>
        <source>cleared a stale lock left by {who}</source>
        <translation>знято застаріле блокування, залишене: {who}</translation>
    </message>
    <message>
        <source>this file is damaged ({problem}); what SQLite can read is shown, but it cannot be edited: restore it from a copy</source>
        <translation>цей файл пошкоджено ({problem}); показано те, що може прочитати SQLite, але редагувати його не можна: відновіть його з копії</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}); it is shown from a private copy with it applied as SQLite would, and neither was changed</source>
        <translation>поруч із цим файлом знайдено перерваний запис ({names}); справу показано з особистої копії, до якої його застосовано так, як це зробив би SQLite, і жодне з них не змінено</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}, left by a crash or by another copy of the file): it is shown from a private copy with that write undone or completed as SQLite does; the file and {names} were not changed (opening it for editing recovers it)</source>
        <translation>поруч із цим файлом знайдено перерваний запис ({names}; лишився після збою або від іншої копії файлу): справу показано з особистої копії, де цей запис скасовано або завершено так, як це робить SQLite; файл і {names} не змінено (відкриття для редагування відновить його)</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}), but with it the case is not sound ({problem}), so it may belong to another copy of the file: the case is shown without it, and neither was changed</source>
        <translation>поруч із цим файлом знайдено перерваний запис ({names}), але з ним справа несправна ({problem}), тож він може належати до іншої копії файлу: справу показано без нього, і жодне з них не змінено</translation>
    </message>
    <message>
        <source>this file is not encrypted: it was opened without the passphrase given (encrypt it to protect it with one)</source>
        <translation>цей файл не зашифровано: його відкрито без указаної парольної фрази (зашифруйте його, щоб захистити парольною фразою)</translation>
    </message>
    <message>
        <source>this file has an older schema (version {version}); it is shown from an upgraded temporary copy and was not changed</source>
        <translation>у цього файлу стара схема (версія {version}); його показано з оновленої тимчасової копії, і його не змінено</translation>
    </message>
    <message>
        <source>opened read-only: the file or its folder cannot be written; save a copy elsewhere to edit it</source>
        <translation>відкрито лише для читання: у файл або його теку не можна записувати; щоб редагувати, збережіть копію в іншому місці</translation>
    </message>
    <message>
        <source>recovered: an unfinished change left by a crash ({name}) was rolled back; the case is as it was after its last completed edit</source>
        <translation>відновлено: незавершену зміну, що лишилася після збою ({name}), скасовано; справа така, якою була після останньої завершеної правки</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it: opening the case for editing removes it</source>
        <translation>перервана зміна цього файлу залишила поруч із ним {names}: відкриття справи для редагування видалить це</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it, which holds this encrypted case unencrypted (a decrypt was interrupted): opening the case for editing removes it</source>
        <translation>перервана зміна цього файлу залишила поруч із ним {names}, де ця зашифрована справа зберігається в незашифрованому вигляді (розшифрування було перервано): відкриття справи для редагування видалить це</translation>
    </message>
    <message>
        <source>removed what an interrupted change of this file left beside it ({names})</source>
        <translation>видалено те, що перервана зміна цього файлу залишила поруч із ним ({names})</translation>
    </message>
    <message>
        <source>this file holds schema objects casefile did not create ({names}); they are ignored</source>
        <translation>цей файл містить об&apos;єкти схеми, яких не створював casefile ({names}); їх не враховано</translation>
    </message>
    <message>
        <source>took over editing from {who}, who may still have it open: ask them to close it, as only one editor&apos;s changes can be kept</source>
        <translation>редагування перейнято в: {who}; у нього справа може бути ще відкрита: попросіть закрити її, бо зберегти можна правки лише одного редактора</translation>
    </message>
    <message>
        <source>upgraded from schema {version} to {supported}; the original was kept as {backup}</source>
        <translation>оновлено зі схеми {version} до {supported}; початковий файл збережено як {backup}</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy with its {names} applied, and neither was changed</source>
        <translation>цей файл у режимі WAL; його показано з тимчасової копії із застосованим {names}, і жодне з них не змінено</translation>
    </message>
    <message>
        <source>this file was in WAL mode; it was converted to a single self-contained file</source>
        <translation>цей файл був у режимі WAL; його перетворено на єдиний самостійний файл</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy and was not changed</source>
        <translation>цей файл у режимі WAL; його показано з тимчасової копії, і його не змінено</translation>
    </message>
    <message>
        <source>recovered: the changes in {name} beside it were written into the file, which is again a single self-contained file</source>
        <translation>відновлено: зміни з {name} поруч із ним записано у файл, і він знову єдиний самостійний файл</translation>
    </message>
    <message>
        <source>is not as casefile writes a case file ({text}): restore it from a copy</source>
        <translation>записано не так, як casefile записує файл справи ({text}): відновіть його з копії</translation>
    </message>
    <message>
        <source>is busy: another program is writing to it; try again in a moment</source>
        <translation>зайнятий: у нього пише інша програма; спробуйте трохи згодом</translation>
    </message>
    <message>
        <source>cannot be created: the folder is read-only</source>
        <translation>не вдається створити: тека лише для читання</translation>
    </message>
    <message>
        <source>cannot be opened: check that the file and its folder exist and can be read</source>
        <translation>не вдається відкрити: перевірте, що файл і його тека існують і доступні для читання</translation>
    </message>
    <message>
        <source>cannot be read: it needs a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>не вдається прочитати: потрібна його особиста копія, але створити її в {folder} не вдалося ({reason}): звільніть там місце або вкажіть у TMPDIR теку, де воно є</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): restore it from a copy</source>
        <translation>не вдається прочитати ({reason}): відновіть його з копії</translation>
    </message>
    <message>
        <source>cannot be read ({problem}): restore it from a copy</source>
        <translation>не вдається прочитати ({problem}): відновіть його з копії</translation>
    </message>
    <message>
        <source>cannot be written here (read-only file, folder or disk): save a copy elsewhere to edit it</source>
        <translation>тут не можна записати (файл, тека або диск лише для читання): щоб редагувати, збережіть копію в іншому місці</translation>
    </message>
    <message>
        <source>is not a case file: open a .casefile made by casefile</source>
        <translation>не файл справи: відкрийте файл .casefile, створений casefile</translation>
    </message>
    <message>
        <source>casefile needs SQLite {needed} or newer, and this Python has {found}: run casefile with a newer Python (those from python.org include a recent SQLite)</source>
        <translation>casefile потрібен SQLite {needed} або новіший, а в цьому Python — {found}: запустіть casefile з новішим Python (у збірках з python.org свіжий SQLite)</translation>
    </message>
    <message>
        <source>could not be upgraded from schema {version} to {supported} ({reason}); the file was left as it was{kept}: restore it from a copy or report this</source>
        <translation>не вдалося оновити зі схеми {version} до {supported} ({reason}); файл залишено як був{kept}: відновіть його з копії або повідомте про це</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited; it and {names} beside it were left as they were: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>пошкоджено ({problem}), його не можна редагувати; його та {names} поруч із ним залишено як були: відкрийте його лише для читання, щоб побачити, що можна прочитати, і відновіть із копії</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>пошкоджено ({problem}), його не можна редагувати: відкрийте його лише для читання, щоб побачити, що можна прочитати, і відновіть із копії</translation>
    </message>
    <message>
        <source>is damaged: restore it from a copy</source>
        <translation>пошкоджено: відновіть його з копії</translation>
    </message>
    <message>
        <source>is damaged, or was written by a newer SQLite than this casefile&apos;s: restore it from a copy</source>
        <translation>пошкоджено або записано новішим SQLite, ніж у цього casefile: відновіть його з копії</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again; nothing was saved from this edit, earlier edits are safe</source>
        <translation>диск заповнено: звільніть місце та спробуйте знову; з цієї правки нічого не збережено, попередні правки в безпеці</translation>
    </message>
    <message>
        <source>the disk refused the write (I/O error): check the drive or share and try again; earlier edits are safe</source>
        <translation>диск відмовив у записі (помилка введення-виведення): перевірте диск або мережеву теку та спробуйте знову; попередні правки в безпеці</translation>
    </message>
    <message>
        <source>is empty, not a case file: open another file, or create a new case</source>
        <translation>порожній, це не файл справи: відкрийте інший файл або створіть нову справу</translation>
    </message>
    <message>
        <source>encrypted case files need sqlcipher3, which this casefile lacks: install casefile with its dependencies</source>
        <translation>для зашифрованих файлів справи потрібен sqlcipher3, якого в цьому casefile немає: встановіть casefile з усіма залежностями</translation>
    </message>
    <message>
        <source>{what}: the folder {folder} does not exist; choose one that does</source>
        <translation>{what}: теки {folder} не існує; виберіть наявну</translation>
    </message>
    <message>
        <source>{what}: the folder is read-only; choose a folder you can write to</source>
        <translation>{what}: тека лише для читання; виберіть теку, доступну для запису</translation>
    </message>
    <message>
        <source>is an SQLite database but not a case file: open a .casefile made by casefile</source>
        <translation>це база даних SQLite, але не файл справи: відкрийте файл .casefile, створений casefile</translation>
    </message>
    <message>
        <source>is a folder, not a case file: open a .casefile file</source>
        <translation>це тека, а не файл справи: відкрийте файл .casefile</translation>
    </message>
    <message>
        <source>is encrypted, or not a case file: give its passphrase (--passphrase-file F, or CASEFILE_PASSPHRASE)</source>
        <translation>зашифровано або це не файл справи: вкажіть його парольну фразу (--passphrase-file F або CASEFILE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>was written by a newer casefile (schema {version}; this one reads up to {supported}): update casefile to open it; the file was not changed</source>
        <translation>записано новішою версією casefile (схема {version}; ця версія читає до {supported}): оновіть casefile, щоб відкрити його; файл не змінено</translation>
    </message>
    <message>
        <source>does not exist: check the path (a share or drive may be offline), or create a new case</source>
        <translation>не існує: перевірте шлях (мережева тека чи диск можуть бути недоступні) або створіть нову справу</translation>
    </message>
    <message>
        <source>is not a case file (not an SQLite database): open a .casefile made by casefile</source>
        <translation>не файл справи (не база даних SQLite): відкрийте файл .casefile, створений casefile</translation>
    </message>
    <message>
        <source>holds schema objects casefile did not create ({names}), which could run on edit: open it read-only, or save a clean copy from a trusted version</source>
        <translation>містить об&apos;єкти схеми, яких не створював casefile ({names}) і які можуть спрацювати під час редагування: відкрийте його лише для читання або збережіть чисту копію з довіреної версії</translation>
    </message>
    <message>
        <source>was not changed: opening it for editing converts it, so the change is first made on a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>не змінено: відкриття для редагування перетворює його, тому зміна спершу робиться в особистій копії, але створити її в {folder} не вдалося ({reason}): звільніть там місце або вкажіть у TMPDIR теку, де воно є</translation>
    </message>
    <message>
        <source>was moved or deleted while open: close it and open it again</source>
        <translation>переміщено або видалено, поки він був відкритий: закрийте його та відкрийте знову</translation>
    </message>
    <message>
        <source>was not opened for editing: {names} beside it, left by an interrupted write, does not give a sound case ({problem}), so it may belong to another copy of this file. It was set aside as {aside} and the file was not changed: open the case again to edit it as it is, or, if the interrupted write was this file&apos;s own, restore the case from a copy</source>
        <translation>не відкрито для редагування: {names} поруч із ним, що лишився від перерваного запису, не дає справної справи ({problem}), тож він може належати до іншої копії цього файлу. Його відкладено під ім&apos;ям {aside}, а файл не змінено: відкрийте справу знову, щоб редагувати її як є, або, якщо перерваний запис був її власним, відновіть справу з копії</translation>
    </message>
    <message>
        <source>was replaced or changed by another program while open; to avoid overwriting that change nothing was saved: close the case and open it again</source>
        <translation>замінено або змінено іншою програмою, поки він був відкритий; щоб не затерти цю зміну, нічого не збережено: закрийте справу та відкрийте знову</translation>
    </message>
    <message>
        <source>wrong passphrase or not a case file: try again with the right passphrase; the file was not changed</source>
        <translation>неправильна парольна фраза або це не файл справи: спробуйте знову з правильною парольною фразою; файл не змінено</translation>
    </message>
    <message>
        <source>is {clash}: it cannot be {what}; nothing was changed</source>
        <translation>це {clash}: це не може бути {what}; нічого не змінено</translation>
    </message>
    <message>
        <source>is {clash}: choose another file name for {what}; nothing was written</source>
        <translation>це {clash}: виберіть інше ім&apos;я файлу ({what}); нічого не записано</translation>
    </message>
    <message>
        <source>already exists: choose another name, or open it</source>
        <translation>вже існує: виберіть інше ім&apos;я або відкрийте його</translation>
    </message>
    <message>
        <source>{what} ({reason}): free space on the disk and try again</source>
        <translation>{what} ({reason}): звільніть місце на диску та спробуйте знову</translation>
    </message>
    <message>
        <source>could not be replaced: another program has it open (or the folder is read-only); close it there and try again</source>
        <translation>не вдалося замінити: його тримає відкритим інша програма (або тека лише для читання); закрийте його там і спробуйте знову</translation>
    </message>
    <message>
        <source> ({kind})</source>
        <translation> ({kind})</translation>
    </message>
    <message>
        <source>{what} ({reason}): check the folder and free space</source>
        <translation>{what} ({reason}): перевірте теку та вільне місце</translation>
    </message>
    <message>
        <source>{what} ({reason}): choose a folder you can write to</source>
        <translation>{what} ({reason}): виберіть теку, доступну для запису</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file, and writing would replace it: choose a file name for {what}; nothing was written</source>
        <translation>це {kind}, а не звичайний файл, і запис замінив би його: виберіть ім&apos;я файлу ({what}); нічого не записано</translation>
    </message>
    <message>
        <source>is a symbolic link to {pointed}{value}, and writing would replace the link: {advice}; nothing was written</source>
        <translation>це символьне посилання на {pointed}{value}, і запис замінив би посилання: {advice}; нічого не записано</translation>
    </message>
    <message>
        <source>attachment {item_id} is not a photo: only damage items and photos can be pinned on a plan</source>
        <translation>вкладення {item_id} — не фото: на плані можна позначати лише пошкодження та фото</translation>
    </message>
    <message>
        <source>no damage item or photo with id {item_id} in this case (deleted, or of another case): pin an item of this case</source>
        <translation>у цій справі немає пошкодження чи фото з id {item_id} (видалено або з іншої справи): позначте елемент цієї справи</translation>
    </message>
    <message>
        <source>height</source>
        <translation>висоти</translation>
    </message>
    <message>
        <source>the site plan {name!r} has lost its image: restore it from a copy</source>
        <translation>план території «{name}» втратив зображення: відновіть його з копії</translation>
    </message>
    <message>
        <source>item {target} is already pinned on the plan {name!r}: move its pin instead</source>
        <translation>елемент {target} уже позначено на плані «{name}»: перемістіть його мітку</translation>
    </message>
    <message>
        <source>{item_id} is a {kind}: only damage items and photos can be pinned on a plan</source>
        <translation>{item_id} — це {kind}: на плані можна позначати лише пошкодження та фото</translation>
    </message>
    <message>
        <source>no pin with id {pin_id} in this case (it may have been removed)</source>
        <translation>у цій справі немає мітки з id {pin_id} (можливо, її видалили)</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is not a number: give a fraction from 0 to 1</source>
        <translation>{axis} мітки «{value}» — це не число: вкажіть дріб від 0 до 1</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is outside the plan: give {axis_name} from 0 to 1 (a fraction of the plan&apos;s {side})</source>
        <translation>{axis} мітки «{value}» поза планом: вкажіть {axis_name} від 0 до 1 (частку {side} плану)</translation>
    </message>
    <message>
        <source>the site plan {name!r} is already in this case</source>
        <translation>план території «{name}» вже є в цій справі</translation>
    </message>
    <message>
        <source>no site plan with id {plan_id} in this case: &apos;casefile export-json&apos; lists the plans&apos; ids</source>
        <translation>у цій справі немає плану території з id {plan_id}: id планів покаже &apos;casefile export-json&apos;</translation>
    </message>
    <message>
        <source>unknown plan image {role!r}: use one of {choices}</source>
        <translation>невідоме зображення плану «{role}»: використовуйте одне з {choices}</translation>
    </message>
    <message>
        <source>unknown site plan field(s): {choices}</source>
        <translation>невідомі поля плану території: {choices}</translation>
    </message>
    <message>
        <source>width</source>
        <translation>ширини</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a plan image (damaged or truncated): export the plan again as PNG, JPEG or PDF</source>
        <translation>«{filename}» не читається як зображення плану (пошкоджений або обрізаний): експортуйте план знову в PNG, JPEG або PDF</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a PDF (damaged or truncated): export the plan again as PDF, PNG or JPEG</source>
        <translation>«{filename}» не читається як PDF (пошкоджений або обрізаний): експортуйте план знову в PDF, PNG або JPEG</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels{size} (a decompression bomb or a damaged image): export the plan at a lower resolution</source>
        <translation>«{filename}» заявляє розмір понад {megapixels} мегапікселів{size} («бомба» розпакування або пошкоджене зображення): експортуйте план у меншій роздільній здатності</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): give a PNG, JPEG or PDF plan</source>
        <translation>«{filename}» порожній (0 байт): вкажіть план у PNG, JPEG або PDF</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF protected by a password: save it without one, or export the plan as PNG or JPEG</source>
        <translation>«{filename}» — PDF, захищений паролем: збережіть його без пароля або експортуйте план у PNG чи JPEG</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page cannot be drawn (damaged): export the plan as PNG or JPEG</source>
        <translation>«{filename}»: першу сторінку PDF не вдається відобразити (пошкоджена): експортуйте план у PNG або JPEG</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page has no size</source>
        <translation>«{filename}»: перша сторінка PDF не має розміру</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF without pages: give the plan&apos;s PDF</source>
        <translation>«{filename}» — PDF без сторінок: вкажіть PDF із планом</translation>
    </message>
    <message>
        <source>{filename!r} is not a PNG, JPEG or PDF file: export the plan as one of those</source>
        <translation>«{filename}» — не файл PNG, JPEG або PDF: експортуйте план в один із цих форматів</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>відкрито лише для читання на запит</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>у файл або його теку не можна записувати</translation>
    </message>
    <message>
        <source>has {name} beside it, which is not a regular file: remove it, or copy the case file alone to another folder and open it there</source>
        <translation>поруч із ним лежить {name}, і це не звичайний файл: видаліть його або скопіюйте файл справи окремо в іншу теку й відкрийте там</translation>
    </message>
    <message>
        <source>cannot be released: &apos;casefile check&apos; finds {count} problem(s) in it (the first: {first}); put them right first</source>
        <translation>не може бути випущений: &apos;casefile check&apos; знаходить у ньому проблем: {count} (перша: {first}); спершу усуньте їх</translation>
    </message>
    <message>
        <source>cannot be sealed: its audit log does not verify ({problem}); restore it from a copy</source>
        <translation>не може бути засвідчений: журнал змін не проходить перевірку ({problem}); відновіть його з копії</translation>
    </message>
    <message>
        <source>cannot be sealed: {problem}; restore it from a copy</source>
        <translation>не може бути засвідчений: {problem}; відновіть його з копії</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: it cannot be sealed</source>
        <translation>містить {count} інциденти(ів) замість одного: його не можна засвідчити</translation>
    </message>
    <message>
        <source>{state!r} is not a review state: give one of {choices}, or none</source>
        <translation>«{state}» — не стан розгляду: вкажіть один із {choices} або жоден</translation>
    </message>
    <message>
        <source>a seal&apos;s comment is at most {limit} characters</source>
        <translation>коментар до засвідчення — не більше {limit} символів</translation>
    </message>
    <message>
        <source>language {language!r} is not one casefile writes briefs in: use one of {choices}</source>
        <translation>мова «{language}» не входить до мов довідок casefile: використовуйте одну з {choices}</translation>
    </message>
    <message>
        <source>the settings file {problem}: correct it in a text editor, or delete it to start again from the defaults</source>
        <translation>файл налаштувань {problem}: виправте його в текстовому редакторі або видаліть, щоб почати знову з типових налаштувань</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>журнал</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>файл блокування</translation>
    </message>
    <message>
        <source>shared-memory file</source>
        <translation>файл спільної пам&apos;яті</translation>
    </message>
    <message>
        <source>write-ahead log</source>
        <translation>журнал попереднього запису (WAL)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} байтів</translation>
    </message>
    <message>
        <source>{mib} MiB</source>
        <translation>{mib} МіБ</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>вкладення</translation>
    </message>
    <message>
        <source>the brief</source>
        <translation>довідка</translation>
    </message>
    <message>
        <source>a case file</source>
        <translation>файл справи</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>the JSON export</source>
        <translation>експорт JSON</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>файл JSON</translation>
    </message>
    <message>
        <source>the new case</source>
        <translation>нова справа</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>файл парольної фрази</translation>
    </message>
    <message>
        <source>a plan image</source>
        <translation>зображення плану</translation>
    </message>
    <message>
        <source>the printed list</source>
        <translation>друкований список</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>відкритий ключ</translation>
    </message>
    <message>
        <source>a public key file</source>
        <translation>файл відкритого ключа</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>таблиця</translation>
    </message>
    <message>
        <source>the trusted key</source>
        <translation>довірений ключ</translation>
    </message>
    <message>
        <source>your private key</source>
        <translation>ваш закритий ключ</translation>
    </message>
    <message>
        <source>your public key</source>
        <translation>ваш відкритий ключ</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>не вдалося записати</translation>
    </message>
    <message>
        <source>cannot hold your keys</source>
        <translation>не може зберігати ваші ключі</translation>
    </message>
    <message>
        <source>cannot hold your new key</source>
        <translation>не може зберігати ваш новий ключ</translation>
    </message>
    <message>
        <source>cannot hold the trusted key</source>
        <translation>не може зберігати довірений ключ</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>не вдається створити</translation>
    </message>
    <message>
        <source>cannot be prepared for editing</source>
        <translation>не вдається підготувати до редагування</translation>
    </message>
    <message>
        <source>cannot set {name} aside</source>
        <translation>не вдається відкласти {name}</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy</source>
        <translation>не змінено: його перезаписана копія</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>позначка</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>засвідчення</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>план території</translation>
    </message>
    <message>
        <source>to</source>
        <translation>кому</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>належність</translation>
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
        <translation>час оцінки</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>хто оцінив</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фото та документи</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
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
        <source>category</source>
        <translation>категорія</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>гриф обмеження доступу</translation>
    </message>
    <message>
        <source>clearances</source>
        <translation>погодження</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>контакти</translation>
    </message>
    <message>
        <source>country</source>
        <translation>країна</translation>
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
        <translation>строк</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>рішення, що запитуються</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
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
        <source>due date</source>
        <translation>строк виконання</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>орієнтовна вартість</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>обмінні курси</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>імʼя файлу</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>час проведення</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>внутрішнє</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
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
        <source>notes</source>
        <translation>записи</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>час події</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>підсумки</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>відповідальний</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>учасники</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>сторони</translation>
    </message>
    <message>
        <source>place</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>план</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>мета</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>кількість</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>курс</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>рекомендація</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>номер</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>валюта звіту</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>представляє</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <source>from</source>
        <translation>від кого</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>ступінь пошкодження</translation>
    </message>
    <message>
        <source>size</source>
        <translation>розмір</translation>
    </message>
    <message>
        <source>source</source>
        <translation>джерело</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>короткий зміст</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>часовий пояс</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>ціна за одиницю</translation>
    </message>
    <message>
        <source>its name is not its key&apos;s fingerprint</source>
        <translation>його назва не збігається з відбитком ключа</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>час годинника запису журналу {seq} раніший, ніж у запису, за яким він іде: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>час годинника запису журналу {seq} не випливає з його часу та попереднього запису: журнал було змінено</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>журнал змін закінчується на записі {last_seq}, але файл записав останнім запис {recorded}: найновіші записи було видалено</translation>
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
        <source>audit entry {missing} is missing (the next is {seq}): entries were deleted</source>
        <translation>запис журналу {missing} відсутній (наступний — {seq}): записи було видалено</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow entry {previous}: the log was edited</source>
        <translation>запис журналу {seq} не продовжує запис {previous}: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>запис журналу {seq} іде за записом {parent}, якого немає перед ним у журналі: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>запис журналу {seq} повторює ідентифікатор попереднього запису: журнал було змінено</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>запис журналу {seq} ({entity} {entity_id}) було змінено: його значення позначено як приховані, але обʼєкт не було видалено</translation>
    </message>
    <message>
        <source>{kind} {item_id} has no audit entry: it was added outside casefile</source>
        <translation>об’єкт «{kind}» {item_id} не має запису в журналі змін: його додано в обхід casefile</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) does not match its SHA-256: its bytes were changed</source>
        <translation>файл {item_id} («{filename}») не збігається зі своїм SHA-256: його байти змінено</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) has lost its bytes</source>
        <translation>файл {item_id} («{filename}») втратив свої байти</translation>
    </message>
    <message>
        <source>not verified, nor the hashes of the photos and documents: they are checked once the findings above are put right (restore the file from a copy)</source>
        <translation>не перевірено, як і хеші фотографій і документів: їх перевіряють, коли знайдене вище виправлено (відновіть файл із копії)</translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: {reason}</source>
        <translation>{table} {key}, стовпець «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{table} row {key}, column {column}: {reason}</source>
        <translation>{table}, рядок {key}, стовпець «{column}»: {reason}</translation>
    </message>
    <message>
        <source>{kind} {item_id}: {field} changed outside casefile ({difference})</source>
        <translation>{kind} {item_id}: поле «{field}» змінено в обхід casefile ({difference})</translation>
    </message>
    <message>
        <source>{kind} {name} is defined differently: {change}</source>
        <translation>{kind} {name} визначено інакше: {change}</translation>
    </message>
    <message>
        <source>{kind} {name} is missing</source>
        <translation>немає об’єкта схеми «{kind} {name}»</translation>
    </message>
    <message>
        <source>{kind} {item_id} was deleted outside casefile: the audit log has no entry for its deletion</source>
        <translation>об’єкт «{kind}» {item_id} видалено в обхід casefile: у журналі змін немає запису про його видалення</translation>
    </message>
    <message>
        <source>it has {parts}</source>
        <translation>у ньому є зайве: {parts}</translation>
    </message>
    <message>
        <source>{count} incidents; a case has one</source>
        <translation>інцидентів: {count}; у справі буває один</translation>
    </message>
    <message>
        <source>&apos;{actual}&apos; instead of &apos;{expected}&apos;</source>
        <translation>«{actual}» замість «{expected}»</translation>
    </message>
    <message>
        <source>it lacks {parts}</source>
        <translation>у ньому бракує: {parts}</translation>
    </message>
    <message>
        <source>it lacks {lacks}, and has {has}</source>
        <translation>у ньому бракує: {lacks}; зайве: {has}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}</source>
        <translation>немає в журналі змін: {added}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}; missing from the file: {removed}</source>
        <translation>немає в журналі змін: {added}; немає у файлі: {removed}</translation>
    </message>
    <message>
        <source>missing from the file: {removed}</source>
        <translation>немає у файлі: {removed}</translation>
    </message>
    <message>
        <source>in another order than the audit log has</source>
        <translation>в іншому порядку, ніж у журналі змін</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a {parent} that is missing</source>
        <translation>{table}, рядок {rowid}, посилається на відсутній об’єкт «{parent}»</translation>
    </message>
    <message>
        <source>… and {count} more changes made outside casefile</source>
        <translation>… і ще змін в обхід casefile: {count}</translation>
    </message>
    <message>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) does not match its SHA-256: its image was changed</source>
        <translation>план території {item_id} («{name}») не збігається зі своїм SHA-256: його зображення змінено</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) has lost its image</source>
        <translation>план території {item_id} («{name}») втратив своє зображення</translation>
    </message>
    <message>
        <source>schema version {version}, expected {expected}</source>
        <translation>версія схеми {version}, очікувалася {expected}</translation>
    </message>
    <message>
        <source>SQLite reports: {message}</source>
        <translation>SQLite повідомляє: {message}</translation>
    </message>
    <message>
        <source>{object} that casefile does not make</source>
        <translation>{object}, якого casefile не створює</translation>
    </message>
    <message>
        <source>the audit log has {logged}, the file {now}</source>
        <translation>у журналі змін {logged}, у файлі {now}</translation>
    </message>
    <message>
        <source>index</source>
        <translation>індекс</translation>
    </message>
    <message>
        <source>table</source>
        <translation>таблиця</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>тригер</translation>
    </message>
    <message>
        <source>view</source>
        <translation>подання</translation>
    </message>
    <message>
        <source>audit entry {seq} (by {actor}) follows seal {number} ({sealed}), yet its clock time is {clock}: it was back-dated</source>
        <translation>запис журналу {seq} (автор: {actor}) іде після засвідчення {number} ({sealed}), але її час за годинником — {clock}: її датовано заднім числом</translation>
    </message>
    <message>
        <source>{count} audit entries go back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>записів журналу, час яких за годинником іде назад: {count} (перший — запис {seq}, {at}): годинник комп’ютера було переведено назад</translation>
    </message>
    <message>
        <source>{count} audit entry goes back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>записів журналу, час яких за годинником іде назад: {count} (запис {seq}, {at}): годинник комп’ютера було переведено назад</translation>
    </message>
    <message>
        <source>seal {label} differs from its audit entry {seq}: one of them was edited</source>
        <translation>засвідчення {label} розходиться зі своїм записом журналу {seq}: одне з них було змінено</translation>
    </message>
    <message>
        <source>{number} of {total} ({who}, {when})</source>
        <translation>{number} з {total} ({who}, {when})</translation>
    </message>
    <message>
        <source>and {count} more entries after seal {number}</source>
        <translation>і ще записів після засвідчення {number}: {count}</translation>
    </message>
    <message>
        <source>seal {label} has no entry in the audit log: it was added outside casefile</source>
        <translation>засвідчення {label} не має запису в журналі змін: його додано в обхід casefile</translation>
    </message>
    <message>
        <source>seal {label} was made on another case ({case_id})</source>
        <translation>засвідчення {label} зроблено для іншої справи ({case_id})</translation>
    </message>
    <message>
        <source>seal {label} names its signer {signer!r}, but their key is trusted here as {trusted_as!r}</source>
        <translation>засвідчення {label} називає підписанта «{signer}», але його ключу тут довіряють як «{trusted_as}»</translation>
    </message>
    <message>
        <source>the release manifest accounts for {counted} withheld audit entries, and the copy withholds {actual}: it was changed after its release</source>
        <translation>маніфест видачі враховує прихованих записів журналу: {counted}, а копія приховує: {actual}; її змінено після видачі</translation>
    </message>
    <message>
        <source>the release manifest (audit entry {seq}) is not sealed by its releaser: the copy was changed after its release, or made outside casefile</source>
        <translation>маніфест видачі (запис журналу {seq}) не засвідчено тим, хто видав: копію змінено після видачі або зроблено в обхід casefile</translation>
    </message>
    <message>
        <source>audit entry {seq} records seal {seal_id}, which the file no longer holds: the seal was removed</source>
        <translation>запис журналу {seq} фіксує засвідчення {seal_id}, якого у файлі більше немає: засвідчення видалено</translation>
    </message>
    <message>
        <source>seal {label} signed state {head} at audit entry {seq}, which the log no longer holds: the sealed history was rewritten ({where})</source>
        <translation>засвідчення {label} підписало стан {head} на записі журналу {seq}, якого в журналі більше немає: засвідчену історію переписано ({where})</translation>
    </message>
    <message>
        <source>at or before entry {seq}</source>
        <translation>на записі {seq} або раніше</translation>
    </message>
    <message>
        <source>somewhere in entries {first} to {last}</source>
        <translation>десь у записах від {first} до {last}</translation>
    </message>
    <message>
        <source>seal {label} does not verify: its signature fails, so the seal or the state it names was altered after signing</source>
        <translation>засвідчення {label} не проходить перевірку: підпис хибний, отже засвідчення або названий у ньому стан змінено після підписання</translation>
    </message>
    <message>
        <source>seal {label} is signed by a key not trusted here ({fingerprint}): confirm that fingerprint with its owner, then trust their public key file in Settings (Signing keys, Trust a key…)</source>
        <translation>засвідчення {label} підписано ключем, якому тут не довіряють ({fingerprint}): звірте цей відбиток із власником, потім довіртеся файлу його відкритого ключа в Налаштуваннях (Ключі підпису, Довіряти ключу…)</translation>
    </message>
    <message>
        <source>{state} by {signer}</source>
        <translation>{state}: {signer}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>засвідчено</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>затверджено</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>повернуто на доопрацювання</translation>
    </message>
    <message>
        <source>released</source>
        <translation>видано засвідчену копію</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>передано на розгляд</translation>
    </message>
    <message>
        <source>is empty, and may not be</source>
        <translation>порожнє, а так бути не може</translation>
    </message>
    <message>
        <source>{value} is not as casefile writes it</source>
        <translation>{value} записано не так, як пише casefile</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>це не JSON</translation>
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
        <translation>байти</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>дата (РРРР-ММ-ДД)</translation>
    </message>
    <message>
        <source>a date casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>дата, яку зберігає casefile (від 2 січня 1 року до 30 грудня 9999 року, за UTC)</translation>
    </message>
    <message>
        <source>true or false (0 or 1)</source>
        <translation>істина або хибність (0 або 1)</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>дата й час</translation>
    </message>
    <message>
        <source>a date and time in UTC (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>дата й час за UTC (від 2 січня 1 року до 30 грудня 9999 року)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>ціле число</translation>
    </message>
</context>
</TS>
