<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>StoreErrors</name>
    <message>
        <source>attach a photo or a document</source>
        <extracomment>code -&gt; the English the GUI shows (ERROR_TEXTS without number formats and commands)</extracomment>
        <translation>foto və ya sənəd əlavə edin</translation>
    </message>
    <message>
        <source>open a .casefile file</source>
        <translation>.casefile faylını açın</translation>
    </message>
    <message>
        <source>give a casefile-json file</source>
        <translation>casefile-json faylı verin</translation>
    </message>
    <message>
        <source>give the file holding the passphrase</source>
        <translation>parol ifadəsi olan faylı verin</translation>
    </message>
    <message>
        <source>give a PNG, JPEG or PDF file</source>
        <translation>PNG, JPEG və ya PDF faylı verin</translation>
    </message>
    <message>
        <source>restore your key folder from a backup</source>
        <translation>açarlar qovluğunuzu ehtiyat surətdən bərpa edin</translation>
    </message>
    <message>
        <source>give the file &apos;casefile key export&apos; wrote</source>
        <translation>&apos;casefile key export&apos; əmrinin yazdığı faylı verin</translation>
    </message>
    <message>
        <source>{filename!r} claims to be an image but cannot be read as one (damaged or truncated): attach the original file</source>
        <translation>“{filename}” şəkil kimi görünür, amma oxunmur (zədələnib və ya natamamdır): orijinal faylı əlavə edin</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels (a decompression bomb or a damaged image): it was not attached</source>
        <translation>“{filename}” {megapixels} meqapikseldən böyük olduğunu bildirir (dekompressiya bombası və ya zədələnmiş şəkil): əlavə edilmədi</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): there is nothing to attach</source>
        <translation>“{filename}” boşdur (0 bayt): əlavə ediləcək heç nə yoxdur</translation>
    </message>
    <message>
        <source>{filename!r} is {mib} MiB; {limit_text}</source>
        <translation>“{filename}” {mib} MiB-dır; {limit_text}</translation>
    </message>
    <message>
        <source>{filename!r} is named as a PDF but is not one</source>
        <translation>“{filename}” PDF kimi adlandırılıb, amma PDF deyil</translation>
    </message>
    <message>
        <source>no damage item, note or meeting with id {to} in this case: attach files to one of those</source>
        <translation>bu işdə id-si {to} olan zədə, qeyd və ya görüş yoxdur: faylları bunlardan birinə əlavə edin</translation>
    </message>
    <message>
        <source>bad brief date {text!r}: write it as YYYY-MM-DD, for example 2025-11-21</source>
        <translation>arayışın tarixi “{text}” yanlışdır: onu YYYY-MM-DD kimi yazın, məsələn, 2025-11-21</translation>
    </message>
    <message>
        <source>brief date must be a date, not {type}</source>
        <translation>arayışın tarixi tarix olmalıdır, {type} yox</translation>
    </message>
    <message>
        <source>a brief needs at least one section: choose from {choices}</source>
        <translation>arayışda ən azı bir bölmə olmalıdır: bunlardan seçin: {choices}</translation>
    </message>
    <message>
        <source>cannot write the brief to {out}: {reason}</source>
        <translation>arayışı {out} faylına yazmaq mümkün deyil: {reason}</translation>
    </message>
    <message>
        <source>cannot write the brief: the folder {folder} does not exist</source>
        <translation>arayışı yazmaq mümkün deyil: {folder} qovluğu mövcud deyil</translation>
    </message>
    <message>
        <source>cannot write the brief to {out} ({reason}): choose a folder you can write to</source>
        <translation>arayışı {out} faylına yazmaq mümkün deyil ({reason}): yazmaq mümkün olan qovluq seçin</translation>
    </message>
    <message>
        <source>the case file kept changing while the brief was being made: try again when nobody is editing it</source>
        <translation>arayış hazırlanarkən iş faylı dəfələrlə dəyişdi: heç kim onu redaktə etmədikdə yenidən cəhd edin</translation>
    </message>
    <message>
        <source>the disk is full: the brief was not written to {out}</source>
        <translation>disk doludur: arayış {out} faylına yazılmadı</translation>
    </message>
    <message>
        <source>{out} is a folder: give a file name for the brief, e.g. brief.pdf</source>
        <translation>{out} qovluqdur: arayış üçün fayl adı verin, məsələn, brief.pdf</translation>
    </message>
    <message>
        <source>the brief&apos;s font lacks letters {letters}: reinstall casefile</source>
        <translation>arayışın şriftində {letters} hərfləri yoxdur: casefile-ı yenidən quraşdırın</translation>
    </message>
    <message>
        <source>the brief&apos;s font is missing: reinstall casefile</source>
        <translation>arayışın şrifti yoxdur: casefile-ı yenidən quraşdırın</translation>
    </message>
    <message>
        <source>the brief&apos;s font cannot be read ({reason}): reinstall casefile</source>
        <translation>arayışın şrifti oxunmur ({reason}): casefile-ı yenidən quraşdırın</translation>
    </message>
    <message>
        <source>unknown brief language {value!r}: choose from {choices}</source>
        <translation>naməlum arayış dili “{value}”: bunlardan seçin: {choices}</translation>
    </message>
    <message>
        <source>unknown brief section {value!r}: choose from {choices}</source>
        <translation>naməlum arayış bölməsi “{value}”: bunlardan seçin: {choices}</translation>
    </message>
    <message>
        <source>attachments are added with add_attachment(data, filename)</source>
        <translation>əlavələr add_attachment(data, filename) ilə əlavə olunur</translation>
    </message>
    <message>
        <source>the case file is closed</source>
        <translation>iş faylı bağlıdır</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: restore it from a copy</source>
        <translation>bir yerinə {count} hadisə saxlayır: onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: check the id with &apos;casefile export-json&apos;</source>
        <translation>bu işdə id-si {item_id} olan element yoxdur: id-ni &apos;casefile export-json&apos; ilə yoxlayın</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id} in this case</source>
        <translation>bu işdə id-si {attachment_id} olan əlavə fayl yoxdur</translation>
    </message>
    <message>
        <source>no {kind} with id {item_id} in this case</source>
        <translation>bu işdə id-si {item_id} olan element yoxdur (növü: {kind})</translation>
    </message>
    <message>
        <source>is open read-only ({reason}): save a copy to edit it</source>
        <translation>yalnız oxumaq üçün açılıb ({reason}): redaktə etmək üçün surətini yadda saxlayın</translation>
    </message>
    <message>
        <source>no item with id {item_id} in this case: a comment needs its item</source>
        <translation>bu işdə id-si {item_id} olan element yoxdur: şərh elementə bağlı olmalıdır</translation>
    </message>
    <message>
        <source>no review comment with id {comment_id} in this case</source>
        <translation>bu işdə id-si {comment_id} olan baxılma şərhi yoxdur</translation>
    </message>
    <message>
        <source>a review comment is at most {limit} characters</source>
        <translation>baxılma şərhi ən çoxu {limit} simvol ola bilər</translation>
    </message>
    <message>
        <source>a review comment needs its text</source>
        <translation>baxılma şərhinin mətni olmalıdır</translation>
    </message>
    <message>
        <source>already exists: choose another name for {what}</source>
        <translation>artıq mövcuddur: {what} üçün başqa ad seçin</translation>
    </message>
    <message>
        <source>is already encrypted, or is not a case file: to change its passphrase use &apos;casefile rekey&apos;; the file was not changed</source>
        <translation>artıq şifrələnib və ya iş faylı deyil: parol ifadəsini dəyişmək üçün &apos;casefile rekey&apos; istifadə edin; fayl dəyişdirilmədi</translation>
    </message>
    <message>
        <source>cannot be rewritten ({reason}): copy it to a folder you can write to</source>
        <translation>yenidən yazıla bilməz ({reason}): onu yazmaq mümkün olan qovluğa köçürün</translation>
    </message>
    <message>
        <source>is not encrypted: to encrypt it use &apos;casefile encrypt&apos;; the file was not changed</source>
        <translation>şifrələnməyib: şifrələmək üçün &apos;casefile encrypt&apos; istifadə edin; fayl dəyişdirilmədi</translation>
    </message>
    <message>
        <source>the new passphrase is empty: give one that is not</source>
        <translation>yeni parol ifadəsi boşdur: boş olmayan birini verin</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy did not pass the checks ({problem}); restore it from a copy</source>
        <translation>dəyişdirilmədi: yenidən yazılmış surəti yoxlamadan keçmədi ({problem}); onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy could not be written ({reason})</source>
        <translation>dəyişdirilmədi: yenidən yazılmış surəti yazıla bilmədi ({reason})</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; the limit is {limit}: attach long documents as files instead</source>
        <translation>{field} {length} simvoldan ibarətdir; hədd {limit}-dir: uzun sənədləri fayl kimi əlavə edin</translation>
    </message>
    <message>
        <source>{field} must be a date and time, not {value!r}</source>
        <translation>{field} tarix və vaxt olmalıdır, “{value}” yox</translation>
    </message>
    <message>
        <source>{where} {text!r} is not a date and time: type it as YYYY-MM-DD HH:MM, such as 2025-11-14 01:00, or with its offset, such as 2025-11-14T01:00+02:00</source>
        <translation>{where} “{text}” tarix və vaxt deyil: onu YYYY-MM-DD HH:MM kimi yazın, məsələn, 2025-11-14 01:00, və ya ofsetlə, məsələn, 2025-11-14T01:00+02:00</translation>
    </message>
    <message>
        <source>{field} {value!r} is not a date: use YYYY-MM-DD, such as 2025-11-14</source>
        <translation>{field} “{value}” tarix deyil: YYYY-MM-DD yazın, məsələn, 2025-11-14</translation>
    </message>
    <message>
        <source>{field} is a date without time: use YYYY-MM-DD</source>
        <translation>{field} vaxtsız tarixdir: YYYY-MM-DD yazın</translation>
    </message>
    <message>
        <source>{field} must be a date (YYYY-MM-DD), not {value!r}</source>
        <translation>{field} tarix (YYYY-MM-DD) olmalıdır, “{value}” yox</translation>
    </message>
    <message>
        <source>{where} {text!r} did not happen in {zone}: the clocks went forward over it; type the time as the clocks showed it</source>
        <translation>{where} “{text}” {zone} zonasında olmayıb: saatlar bu vaxtın üzərindən irəli çəkilib; vaxtı saatların göstərdiyi kimi yazın</translation>
    </message>
    <message>
        <source>{field}: {name} is named twice; name them once</source>
        <translation>{field}: {name} iki dəfə göstərilib; bir dəfə göstərin</translation>
    </message>
    <message>
        <source>choose a file name for {what}</source>
        <translation>{what} üçün fayl adı seçin</translation>
    </message>
    <message>
        <source>name {pointed} itself</source>
        <translation>{pointed} faylının özünü göstərin</translation>
    </message>
    <message>
        <source>give a regular file</source>
        <translation>adi fayl verin</translation>
    </message>
    <message>
        <source>the case file {case} itself</source>
        <translation>{case} iş faylının özüdür</translation>
    </message>
    <message>
        <source>the {name} of the case file {case}</source>
        <translation>{case} iş faylının {name}</translation>
    </message>
    <message>
        <source>the new passphrase holds a line break, which no prompt can type: give it on one line</source>
        <translation>yeni parol ifadəsində sətir keçidi var, onu heç bir sorğuda yazmaq olmur: onu bir sətirdə verin</translation>
    </message>
    <message>
        <source>{field}: each clearance is {{name, cleared_on}}</source>
        <translation>{field}: hər razılaşdırma {{name, cleared_on}} şəklindədir</translation>
    </message>
    <message>
        <source>{field}: each clearance needs a name</source>
        <translation>{field}: hər razılaşdırmanın adı olmalıdır</translation>
    </message>
    <message>
        <source>{field}: each participant needs party_id, role</source>
        <translation>{field}: hər iştirakçının party_id və role dəyərləri olmalıdır</translation>
    </message>
    <message>
        <source>{field}: each rate is {{currency, rate, as_of, source}}</source>
        <translation>{field}: hər məzənnə {{currency, rate, as_of, source}} şəklindədir</translation>
    </message>
    <message>
        <source>{field}: each rate needs its currency</source>
        <translation>{field}: hər məzənnənin valyutası olmalıdır</translation>
    </message>
    <message>
        <source>{field} must not be empty</source>
        <translation>{field} boş ola bilməz</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>ziyanın təxmini dəyərinin valyutası olmalıdır (ISO 4217 kodu)</translation>
    </message>
    <message>
        <source>the estimate is quantity x unit cost when both are given: clear the quantity or the unit cost to enter the estimate yourself</source>
        <translation>hər ikisi verildikdə təxmini dəyər miqdar x vahid qiyməti olur: dəyəri özünüz yazmaq üçün miqdarı və ya vahid qiymətini silin</translation>
    </message>
    <message>
        <source>{field} holds a character that is not valid Unicode text</source>
        <translation>{field} etibarlı Unicode mətni olmayan simvol saxlayır</translation>
    </message>
    <message>
        <source>{field} must be an IANA zone name such as Europe/Kyiv</source>
        <translation>{field} IANA zona adı olmalıdır, məsələn, Europe/Kyiv</translation>
    </message>
    <message>
        <source>{where}: {value!r} is not an id (a UUID string)</source>
        <translation>{where}: “{value}” id deyil (UUID sətri)</translation>
    </message>
    <message>
        <source>{field} must be an ISO 4217 code such as EUR</source>
        <translation>{field} ISO 4217 kodu olmalıdır, məsələn, EUR</translation>
    </message>
    <message>
        <source>{field} must be a list of ids</source>
        <translation>{field} id-lərin siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>{field} is negative: enter an amount of 0 or more</source>
        <translation>{field} mənfidir: 0 və ya daha böyük məbləğ yazın</translation>
    </message>
    <message>
        <source>{field} must be one of {choices}; got {value!r}</source>
        <translation>{field} bunlardan biri olmalıdır: {choices}; verilən: “{value}”</translation>
    </message>
    <message>
        <source>{field} must be a list of {{name, cleared_on}}</source>
        <translation>{field} {{name, cleared_on}} siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>{field} must be a list of {{party_id, role}}</source>
        <translation>{field} {{party_id, role}} siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>{field} must be a list of {{currency, rate, as_of, source}}</source>
        <translation>{field} {{currency, rate, as_of, source}} siyahısı olmalıdır</translation>
    </message>
    <message>
        <source>{field} must be text, not {type}</source>
        <translation>{field} mətn olmalıdır, {type} yox</translation>
    </message>
    <message>
        <source>{where} {text!r} has no offset: add one (+02:00) or give a time zone</source>
        <translation>{where} “{text}” ofsetsizdir: ofset əlavə edin (+02:00) və ya saat qurşağı verin</translation>
    </message>
    <message>
        <source>{where} {value} is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC, so that every time zone can show it): correct the date</source>
        <translation>{where} {value} casefile-ın saxladığı tarixlərdən kənardadır (1-ci ilin 2 yanvarından 9999-cu ilin 30 dekabrına qədər, UTC üzrə, ki, hər saat qurşağı onu göstərə bilsin): tarixi düzəldin</translation>
    </message>
    <message>
        <source>quantity x unit cost is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>miqdar x vahid qiyməti çox böyükdür: bir təxmini dəyər ən çoxu {limit} xırda pul vahidi (sent) ola bilər</translation>
    </message>
    <message>
        <source>{field}, {currency}: {refusal}</source>
        <translation>{field}, {currency}: {refusal}</translation>
    </message>
    <message>
        <source>{field} must be a reference such as D-12 (D, a hyphen and a number from 1), not {value!r}</source>
        <translation>{field} D-12 kimi istinad olmalıdır (D, defis və 1-dən başlayan nömrə), “{value}” yox</translation>
    </message>
    <message>
        <source>{field}: {refusal}</source>
        <translation>{field}: {refusal}</translation>
    </message>
    <message>
        <source>{field} is required</source>
        <translation>{field} mütləqdir</translation>
    </message>
    <message>
        <source>a {kind}&apos;s {name} is given by casefile, in the order items are made: leave it out</source>
        <translation>{kind} üçün “{name}” dəyərini casefile elementlərin yaranma sırası ilə verir: onu göstərməyin</translation>
    </message>
    <message>
        <source>a party cannot represent itself: choose another party, or none</source>
        <translation>tərəf özünü təmsil edə bilməz: başqa tərəf seçin və ya heç birini</translation>
    </message>
    <message>
        <source>{field} has no time zone: give an offset, such as 2025-11-14T01:00:00+02:00</source>
        <translation>{field} saat qurşağı olmadan verilib: ofset verin, məsələn, 2025-11-14T01:00:00+02:00</translation>
    </message>
    <message>
        <source>{field} is too large: one estimate may be at most {limit} minor units (cents)</source>
        <translation>{field} çox böyükdür: bir təxmini dəyər ən çoxu {limit} xırda pul vahidi (sent) ola bilər</translation>
    </message>
    <message>
        <source>{field} must be true or false, not {value!r}</source>
        <translation>{field} true və ya false olmalıdır, “{value}” yox</translation>
    </message>
    <message>
        <source>{field}: {currency} has two rates; keep one per currency</source>
        <translation>{field}: {currency} üçün iki məzənnə var; hər valyuta üçün birini saxlayın</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>vahid qiymətinin valyutası olmalıdır (ISO 4217 kodu)</translation>
    </message>
    <message>
        <source>unknown {kind} field(s): {choices}</source>
        <translation>naməlum sahə(lər) ({kind}): {choices}</translation>
    </message>
    <message>
        <source>unknown kind {kind!r}: use one of {choices}</source>
        <translation>naməlum növ “{kind}”: bunlardan birini istifadə edin: {choices}</translation>
    </message>
    <message>
        <source>unknown time zone {name!r}: use an IANA name such as Europe/Kyiv or Asia/Baku</source>
        <translation>naməlum saat qurşağı “{name}”: IANA adını istifadə edin, məsələn, Europe/Kyiv və ya Asia/Baku</translation>
    </message>
    <message>
        <source>{kind} field {name!r}</source>
        <translation>“{name}” sahəsi ({kind})</translation>
    </message>
    <message>
        <source>{field} must be a whole number of minor units (cents), not {value!r}</source>
        <translation>{field} xırda pul vahidlərinin (sentlərin) tam sayı olmalıdır, “{value}” yox</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): check the path</source>
        <translation>oxunmur ({reason}): yolu yoxlayın</translation>
    </message>
    <message>
        <source>cannot be read (permission denied): check its permissions</source>
        <translation>oxunmur (icazə yoxdur): onun icazələrini yoxlayın</translation>
    </message>
    <message>
        <source>does not exist: check the path</source>
        <translation>mövcud deyil: yolu yoxlayın</translation>
    </message>
    <message>
        <source>does not exist (a part of its path is a file): check the path</source>
        <translation>mövcud deyil (yolunun bir hissəsi fayldır): yolu yoxlayın</translation>
    </message>
    <message>
        <source>is over {describe_size}; {limit_text}</source>
        <translation>{describe_size} həddini aşır; {limit_text}</translation>
    </message>
    <message>
        <source>is {kind}, not {what}: {advice}</source>
        <translation>{kind}, {what} deyil: {advice}</translation>
    </message>
    <message>
        <source>is {describe_size}; {limit_text}</source>
        <translation>ölçüsü {describe_size}; {limit_text}</translation>
    </message>
    <message>
        <source>a file casefile ships with is missing: reinstall casefile</source>
        <translation>casefile ilə gələn fayl yoxdur: casefile-ı yenidən quraşdırın</translation>
    </message>
    <message>
        <source>casefile&apos;s resources are not on disk: install casefile unpacked (pip install, not a zip archive)</source>
        <translation>casefile-ın resursları diskdə deyil: casefile-ı açılmış şəkildə quraşdırın (pip install, zip arxivi yox)</translation>
    </message>
    <message>
        <source>is about another incident ({title!r}, id {item_id}); this case is {this_title!r} (id {this_id}): import it into a new case file instead</source>
        <translation>başqa hadisəyə aiddir (“{title}”, id {item_id}); bu iş “{this_title}” işidir (id {this_id}): onu yeni iş faylına idxal edin</translation>
    </message>
    <message>
        <source>attachment {item_id} holds other bytes than the one in this case: an attachment is never replaced; give the new file a new id</source>
        <translation>{item_id} əlavəsi bu işdəkindən fərqli baytlar saxlayır: əlavə heç vaxt əvəz olunmur; yeni fayla yeni id verin</translation>
    </message>
    <message>
        <source>attachment {item_id}: {refusal}</source>
        <translation>əlavə {item_id}: {refusal}</translation>
    </message>
    <message>
        <source>the attachment&apos;s bytes do not match its sha256: the document was changed or damaged</source>
        <translation>əlavənin baytları onun sha256 dəyərinə uyğun gəlmir: sənəd dəyişdirilib və ya zədələnib</translation>
    </message>
    <message>
        <source>is not a casefile-json document ($.format is {got}, expected {FORMAT!r})</source>
        <translation>casefile-json sənədi deyil ($.format: {got}, gözlənilən: “{FORMAT}”)</translation>
    </message>
    <message>
        <source>is not a casefile-json document (the top level is not an object)</source>
        <translation>casefile-json sənədi deyil (yuxarı səviyyə obyekt deyil)</translation>
    </message>
    <message>
        <source>is casefile-json version {shown} ($.version); this casefile reads versions 1 to {VERSION} (the number): export it again from a matching casefile</source>
        <translation>casefile-json {shown} versiyasıdır ($.version); bu casefile 1-dən {VERSION}-dək versiyaları oxuyur (rəqəm): onu uyğun casefile-dan yenidən ixrac edin</translation>
    </message>
    <message>
        <source>data_base64 must hold the file&apos;s bytes in base64</source>
        <translation>data_base64 faylın baytlarını base64 şəklində saxlamalıdır</translation>
    </message>
    <message>
        <source>data_base64 is not valid base64</source>
        <translation>data_base64 etibarlı base64 deyil</translation>
    </message>
    <message>
        <source>{name} must be a decimal string such as &quot;1250.00&quot;, not {value!r}</source>
        <translation>{name} “1250.00” kimi onluq sətir olmalıdır, “{value}” yox</translation>
    </message>
    <message>
        <source>field {name!r} is required</source>
        <translation>“{name}” sahəsi mütləqdir</translation>
    </message>
    <message>
        <source>holds a number of more than {limit} digits{place}: casefile-json has no such number; fix it or export it again</source>
        <translation>{limit} rəqəmdən uzun ədəd saxlayır{place}: casefile-json-da belə ədəd yoxdur; onu düzəldin və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <source>holds {value}{place}, which is not a JSON number: fix it or export it again</source>
        <translation>{value} saxlayır{place}, bu isə JSON ədədi deyil: onu düzəldin və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <source>id {item_id} belongs to a {other_kind} in this case, not a {kind}</source>
        <translation>id {item_id} bu işdə {other_kind} elementinə aiddir, {kind} elementinə yox</translation>
    </message>
    <message>
        <source>{where}.id: id {item_id} appears twice in the document (also at {first_at}): every item needs an id of its own</source>
        <translation>{where}.id: id {item_id} sənəddə iki dəfə var (həmçinin {first_at}): hər elementin öz id-si olmalıdır</translation>
    </message>
    <message>
        <source>has no incident object ($.incident)</source>
        <translation>hadisə obyekti yoxdur ($.incident)</translation>
    </message>
    <message>
        <source>{value} has the key {key} more than once: keep one and import it again</source>
        <translation>{value} {key} açarını bir dəfədən çox saxlayır: birini saxlayıb yenidən idxal edin</translation>
    </message>
    <message>
        <source>a {table} link points to a missing {parent}</source>
        <translation>{table} əlaqəsi olmayan {parent} elementinə istinad edir</translation>
    </message>
    <message>
        <source>{name} needs a currency (an ISO 4217 code)</source>
        <translation>{name} üçün valyuta lazımdır (ISO 4217 kodu)</translation>
    </message>
    <message>
        <source>{place} nests lists or objects too deeply: casefile-json nests five deep; fix it or export it again</source>
        <translation>{place} siyahıları və ya obyektləri çox dərin iç-içə saxlayır: casefile-json beş səviyyə dərinlikdədir; onu düzəldin və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <source>nests lists or objects more than {limit} deep{place}: casefile-json nests five deep; fix it or export it again</source>
        <translation>siyahıları və ya obyektləri {limit} səviyyədən dərin iç-içə saxlayır{place}: casefile-json beş səviyyə dərinlikdədir; onu düzəldin və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <source>$.{collection} must be a list</source>
        <translation>$.{collection} siyahı olmalıdır</translation>
    </message>
    <message>
        <source>{where} must be an object</source>
        <translation>{where} obyekt olmalıdır</translation>
    </message>
    <message>
        <source>{where}.{at}: {refusal}</source>
        <translation>{where}.{at}: {refusal}</translation>
    </message>
    <message>
        <source>starts with a byte-order mark (line 1, column 1), which JSON does not allow: save it as UTF-8 without a BOM</source>
        <translation>bayt sırası nişanı (BOM) ilə başlayır (sətir 1, sütun 1), JSON buna icazə vermir: onu BOM-suz UTF-8 kimi yadda saxlayın</translation>
    </message>
    <message>
        <source>{where} has unknown field(s): {names}</source>
        <translation>{where} naməlum sahə(lər) saxlayır: {names}</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} referenced by a {kind}: include that item or remove the reference</source>
        <translation>naməlum {target_kind} id {item_id} ({kind} elementində istinad olunub): həmin elementi daxil edin və ya istinadı silin</translation>
    </message>
    <message>
        <source>has unknown top-level field(s): {names}</source>
        <translation>naməlum yuxarı səviyyə sahə(lər)i var: {names}</translation>
    </message>
    <message>
        <source>is not UTF-8 text (line {line}, column {column}: byte {byte}): save it as UTF-8</source>
        <translation>UTF-8 mətni deyil (sətir {line}, sütun {column}: bayt {byte}): onu UTF-8 kimi yadda saxlayın</translation>
    </message>
    <message>
        <source>is not valid JSON (line {line}, column {column}: {reason}): fix it or export it again</source>
        <translation>etibarlı JSON deyil (sətir {line}, sütun {column}: {reason}): onu düzəldin və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <source>data_base64 must hold the plan&apos;s image in base64</source>
        <translation>data_base64 planın şəklini base64 şəklində saxlamalıdır</translation>
    </message>
    <message>
        <source>pin {pin_id} places another item or plan in this case: give the new pin a new id</source>
        <translation>{pin_id} nişanı bu işdə başqa elementi və ya planı yerləşdirir: yeni nişana yeni id verin</translation>
    </message>
    <message>
        <source>a pin places one damage item or one photo: give exactly one</source>
        <translation>nişan bir zədəni və ya bir fotonu yerləşdirir: dəqiq birini verin</translation>
    </message>
    <message>
        <source>pin {pin_id}: {refusal}</source>
        <translation>nişan {pin_id}: {refusal}</translation>
    </message>
    <message>
        <source>pin {pin_id}: unknown site plan id {plan_id}: include that plan or remove the pin</source>
        <translation>nişan {pin_id}: naməlum ərazi planı id {plan_id}: həmin planı daxil edin və ya nişanı silin</translation>
    </message>
    <message>
        <source>the plan&apos;s image does not match its sha256: the document was changed or damaged</source>
        <translation>planın şəkli onun sha256 dəyərinə uyğun gəlmir: sənəd dəyişdirilib və ya zədələnib</translation>
    </message>
    <message>
        <source>a plan&apos;s image must be the PNG or JPEG the case stored</source>
        <translation>planın şəkli işin saxladığı PNG və ya JPEG olmalıdır</translation>
    </message>
    <message>
        <source>site plan {plan_id} holds another image than the one in this case: a plan&apos;s image is never replaced; give the new plan a new id</source>
        <translation>{plan_id} ərazi planı bu işdəkindən fərqli şəkil saxlayır: planın şəkli heç vaxt əvəz olunmur; yeni plana yeni id verin</translation>
    </message>
    <message>
        <source>already exists and is not a public key file: choose another name for the public key; nothing was written</source>
        <translation>artıq mövcuddur və açıq açar faylı deyil: açıq açar üçün başqa ad seçin; heç nə yazılmadı</translation>
    </message>
    <message>
        <source>already holds your signing key: you have one (&apos;casefile key list&apos; shows it); to make another, move this file away first</source>
        <translation>artıq imza açarınızı saxlayır: sizin açarınız var (&apos;casefile key list&apos; onu göstərir); başqasını yaratmaq üçün əvvəlcə bu faylı başqa yerə köçürün</translation>
    </message>
    <message>
        <source>already holds your signing key: another &apos;key new&apos; made it just now</source>
        <translation>artıq imza açarınızı saxlayır: onu indicə başqa &apos;key new&apos; yaratdı</translation>
    </message>
    <message>
        <source>is not a casefile public key ({why}): ask its owner for the file &apos;casefile key export&apos; writes</source>
        <translation>casefile açıq açarı deyil ({why}): sahibindən &apos;casefile key export&apos; əmrinin yazdığı faylı istəyin</translation>
    </message>
    <message>
        <source>is damaged, not a private key casefile can read: restore your key folder from a backup, or move it away and make a new key</source>
        <translation>zədələnib, casefile-ın oxuya biləcəyi şəxsi açar deyil: açarlar qovluğunuzu ehtiyat surətdən bərpa edin və ya onu köçürüb yeni açar yaradın</translation>
    </message>
    <message>
        <source>does not belong with your private key: restore your key folder from a backup</source>
        <translation>şəxsi açarınıza aid deyil: açarlar qovluğunuzu ehtiyat surətdən bərpa edin</translation>
    </message>
    <message>
        <source>is empty: a passphrase file holds the passphrase</source>
        <translation>boşdur: parol ifadəsi faylı parol ifadəsini saxlayır</translation>
    </message>
    <message>
        <source>holds a fingerprint that does not match its key: the file was damaged or altered; ask its owner for it again</source>
        <translation>açarına uyğun gəlməyən barmaq izi saxlayır: fayl zədələnib və ya dəyişdirilib; sahibindən onu yenidən istəyin</translation>
    </message>
    <message>
        <source>holds a key of another kind than Ed25519: move it away and make a new key with &apos;casefile key new&apos;</source>
        <translation>Ed25519-dan fərqli növ açar saxlayır: onu başqa yerə köçürün və &apos;casefile key new&apos; ilə yeni açar yaradın</translation>
    </message>
    <message>
        <source>a key needs its owner&apos;s name: give --name NAME</source>
        <translation>açar üçün sahibinin adı lazımdır: --name NAME verin</translation>
    </message>
    <message>
        <source>a key&apos;s name is at most {limit} characters</source>
        <translation>açarın adı ən çoxu {limit} simvol ola bilər</translation>
    </message>
    <message>
        <source>a key&apos;s name may not hold control or format characters</source>
        <translation>açarın adında idarəetmə və ya format simvolları ola bilməz</translation>
    </message>
    <message>
        <source>the key&apos;s passphrase is empty: give one, or none at all</source>
        <translation>açarın parol ifadəsi boşdur: birini verin və ya heç birini</translation>
    </message>
    <message>
        <source>the passphrase does not unlock your signing key: check it and try again</source>
        <translation>parol ifadəsi imza açarınızı açmır: onu yoxlayıb yenidən cəhd edin</translation>
    </message>
    <message>
        <source>is not UTF-8 text: a passphrase file holds the passphrase as text</source>
        <translation>UTF-8 mətni deyil: parol ifadəsi faylı parol ifadəsini mətn kimi saxlayır</translation>
    </message>
    <message>
        <source>you have no signing key yet: make one with &apos;casefile key new --name NAME&apos;</source>
        <translation>hələ imza açarınız yoxdur: onu &apos;casefile key new --name NAME&apos; ilə yaradın</translation>
    </message>
    <message>
        <source>{refusal}; your public key file is damaged: restore it from a backup of your key folder</source>
        <translation>{refusal}; açıq açar faylınız zədələnib: onu açarlar qovluğunuzun ehtiyat surətindən bərpa edin</translation>
    </message>
    <message>
        <source>your signing key is protected by a passphrase: give it with --key-passphrase-file FILE or CASEFILE_KEY_PASSPHRASE</source>
        <translation>imza açarınız parol ifadəsi ilə qorunur: onu --key-passphrase-file FILE və ya CASEFILE_KEY_PASSPHRASE ilə verin</translation>
    </message>
    <message>
        <source>attachment</source>
        <translation>əlavə fayl</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>zədə</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>tapşırıq</translation>
    </message>
    <message>
        <source>incident</source>
        <translation>hadisə</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>note</source>
        <translation>qeyd</translation>
    </message>
    <message>
        <source>party</source>
        <translation>tərəf</translation>
    </message>
    <message>
        <source>attachments are limited to {limit} MiB: reduce or split the file</source>
        <translation>əlavələr {limit} MiB ilə məhduddur: faylı kiçildin və ya bölün</translation>
    </message>
    <message>
        <source>casefile-json documents are limited to {limit} MiB: move a case this large as the case file itself (File &gt; Save a copy)</source>
        <translation>casefile-json sənədləri {limit} MiB ilə məhduddur: bu qədər böyük işi iş faylının özü kimi ötürün (Fayl &gt; Surəti yadda saxla)</translation>
    </message>
    <message>
        <source>not a lock file</source>
        <translation>kilid faylı deyil</translation>
    </message>
    <message>
        <source>a passphrase file holds one line: give the right file</source>
        <translation>parol ifadəsi faylı bir sətirdən ibarətdir: düzgün faylı verin</translation>
    </message>
    <message>
        <source>site plans are limited to {limit} MiB: export the plan at a lower resolution</source>
        <translation>ərazi planları {limit} MiB ilə məhduddur: planı daha aşağı ayırdetmə ilə ixrac edin</translation>
    </message>
    <message>
        <source>a private key is a few lines: the file is not yours</source>
        <translation>şəxsi açar bir neçə sətirdir: bu fayl sizin deyil</translation>
    </message>
    <message>
        <source>a public key file is a few lines: give the file &apos;casefile key export&apos; wrote</source>
        <translation>açıq açar faylı bir neçə sətirdir: &apos;casefile key export&apos; əmrinin yazdığı faylı verin</translation>
    </message>
    <message>
        <source>a {kind} has no field {name!r} to list</source>
        <translation>{kind} elementinin siyahıya salınacaq “{name}” sahəsi yoxdur</translation>
    </message>
    <message>
        <source>unknown {target_kind} id {item_id} in field {name!r}: link only to items of this case</source>
        <translation>“{name}” sahəsində naməlum {target_kind} id {item_id}: yalnız bu işin elementlərinə bağlayın</translation>
    </message>
    <message>
        <source>cannot be locked for editing (the folder is read-only): open it read-only</source>
        <translation>redaktə üçün kilidlənə bilmir (qovluq yalnız oxumaq üçündür): onu yalnız oxumaq üçün açın</translation>
    </message>
    <message>
        <source>cannot be locked for editing: {name} beside it is a folder, not a lock file: move that folder away, or open the case read-only</source>
        <translation>redaktə üçün kilidlənə bilmir: yanındakı {name} kilid faylı deyil, qovluqdur: həmin qovluğu başqa yerə köçürün və ya işi yalnız oxumaq üçün açın</translation>
    </message>
    <message>
        <source>cannot be opened for editing: its lock file could not be written ({reason}); free some space, or open it read-only</source>
        <translation>redaktə üçün açıla bilmir: kilid faylı yazıla bilmədi ({reason}); diskdə yer boşaldın və ya onu yalnız oxumaq üçün açın</translation>
    </message>
    <message>
        <source>could not be locked for editing: try again</source>
        <translation>redaktə üçün kilidlənə bilmədi: yenidən cəhd edin</translation>
    </message>
    <message>
        <source>is being edited by {who}: open it read-only, edit a copy, or ask them to close it</source>
        <translation>{who} tərəfindən redaktə olunur: onu yalnız oxumaq üçün açın, surətini redaktə edin və ya onlardan bağlamağı xahiş edin</translation>
    </message>
    <message>
        <source>is already open for editing in this window</source>
        <translation>artıq bu pəncərədə redaktə üçün açıqdır</translation>
    </message>
    <message>
        <source>has an audit log that was edited (its entry {entry}): nothing was merged; restore it from a copy</source>
        <translation>dəyişikliklər jurnalı redaktə olunub (qeyd {entry}): heç nə birləşdirilmədi; onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>changed {what} since the copies parted, which merge does not bring in: nothing was merged; make those changes in this case by hand, or merge the other way</source>
        <translation>surətlər ayrılandan sonra {what} dəyişib, birləşdirmə bunu gətirmir: heç nə birləşdirilmədi; bu dəyişiklikləri bu işdə əl ilə edin və ya əks istiqamətdə birləşdirin</translation>
    </message>
    <message>
        <source>changed while the merge was worked out: merge again</source>
        <translation>birləşdirmə hazırlanarkən dəyişdi: yenidən birləşdirin</translation>
    </message>
    <message>
        <source>{count} conflict(s) with the other copy: nothing was merged; choose a side with --take mine or --take theirs, or merge in the app to choose one by one</source>
        <translation>digər surətlə {count} ziddiyyət: heç nə birləşdirilmədi; tərəfi --take mine və ya --take theirs ilə seçin, yaxud birləşdirməni tətbiqdə edib hər birini ayrıca seçin</translation>
    </message>
    <message>
        <source>is a copy of another incident ({title!r}): nothing was merged; only copies of one case file merge</source>
        <translation>başqa hadisənin surətidir (“{title}”): heç nə birləşdirilmədi; yalnız bir iş faylının surətləri birləşir</translation>
    </message>
    <message>
        <source>a deleted item is kept or deleted: choose mine or theirs</source>
        <translation>silinmiş element ya saxlanılır, ya silinir: mine və ya theirs seçin</translation>
    </message>
    <message>
        <source>has no history in common with this case: it is another case file (about another incident, or made apart, such as by import-json), not a copy of this one; nothing was merged</source>
        <translation>bu işlə ortaq tarixçəsi yoxdur: bu, başqa iş faylıdır (başqa hadisə haqqında və ya ayrıca, məsələn, import-json ilə yaradılıb), bunun surəti deyil; heç nə birləşdirilmədi</translation>
    </message>
    <message>
        <source>the merge would leave a {table} link to a missing {parent}</source>
        <translation>birləşdirmə olmayan {parent} elementinə {table} əlaqəsi qoyardı</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount</source>
        <translation>dəyər “{text}” məbləğ deyil</translation>
    </message>
    <message>
        <source>cost {text!r} is not an amount: write digits with an optional decimal point, such as 1250.00</source>
        <translation>dəyər “{text}” məbləğ deyil: rəqəmlər yazın, istəsəniz onluq nöqtə ilə, məsələn, 1250.00</translation>
    </message>
    <message>
        <source>cost must be a decimal amount, not {text!r}</source>
        <translation>dəyər onluq məbləğ olmalıdır, “{text}” yox</translation>
    </message>
    <message>
        <source>cost must be a decimal amount as text, not {type}</source>
        <translation>dəyər mətn kimi onluq məbləğ olmalıdır, {type} yox</translation>
    </message>
    <message>
        <source>cost {text!r} is negative: enter an amount of 0 or more</source>
        <translation>dəyər “{text}” mənfidir: 0 və ya daha böyük məbləğ yazın</translation>
    </message>
    <message>
        <source>cost {text!r} is too large: one estimate may be at most {limit}</source>
        <translation>dəyər “{text}” çox böyükdür: bir təxmini dəyər ən çoxu {limit} ola bilər</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} və ya {second}</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number</source>
        <translation>{what} “{text}” ədəd deyil</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has (0): write a whole amount</source>
        <translation>dəyər “{text}” {currency} valyutasında olduğundan çox onluq rəqəmə malikdir (0): tam məbləğ yazın</translation>
    </message>
    <message>
        <source>{what} {text!r} is not a number: write digits with an optional decimal point, such as {example}</source>
        <translation>{what} “{text}” ədəd deyil: rəqəmlər yazın, istəsəniz onluq nöqtə ilə, məsələn, {example}</translation>
    </message>
    <message>
        <source>{what} must be a number written as text, such as {example}</source>
        <translation>{what} mətn kimi yazılmış ədəd olmalıdır, məsələn, {example}</translation>
    </message>
    <message>
        <source>quantity {text!r} must be more than 0: leave it empty for none</source>
        <translation>miqdar “{text}” 0-dan böyük olmalıdır: miqdar yoxdursa, boş saxlayın</translation>
    </message>
    <message>
        <source>quantity {text!r} has more than {limit} decimals</source>
        <translation>miqdar “{text}” {limit}-dən çox onluq rəqəmə malikdir</translation>
    </message>
    <message>
        <source>quantity {text!r} is too large: at most {limit}</source>
        <translation>miqdar “{text}” çox böyükdür: ən çoxu {limit}</translation>
    </message>
    <message>
        <source>rate {text!r} must be more than 0</source>
        <translation>məzənnə “{text}” 0-dan böyük olmalıdır</translation>
    </message>
    <message>
        <source>rate {text!r} has more than {limit} significant digits or is too large</source>
        <translation>məzənnə “{text}” {limit}-dən çox əhəmiyyətli rəqəmə malikdir və ya çox böyükdür</translation>
    </message>
    <message>
        <source>cost {text!r} has more decimals than {currency} has ({exponent}): write it with at most {exponent}</source>
        <translation>dəyər “{text}” {currency} valyutasında olduğundan çox onluq rəqəmə malikdir ({exponent}): ən çoxu {exponent} onluq rəqəmlə yazın</translation>
    </message>
    <message>
        <source>unknown currency code {code!r}: use a three-letter ISO 4217 code such as EUR, USD, UAH or AZN</source>
        <translation>naməlum valyuta kodu “{code}”: üç hərfli ISO 4217 kodu istifadə edin, məsələn, EUR, USD, UAH və ya AZN</translation>
    </message>
    <message>
        <source>cannot be opened: {problem}; move it to a shorter folder</source>
        <translation>açıla bilmir: {problem}; onu daha qısa qovluğa köçürün</translation>
    </message>
    <message>
        <source>cannot be opened: its name is {size} bytes long (UTF-8), and casefile opens names of at most {limit}, to keep its journal and lock file beside it: rename the file</source>
        <translation>açıla bilmir: adı {size} bayt uzunluğundadır (UTF-8), casefile isə jurnalını və kilid faylını yanında saxlamaq üçün ən çoxu {limit} baytlıq adları açır: faylın adını dəyişin</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose another name</source>
        <translation>{what}: {problem}; başqa ad seçin</translation>
    </message>
    <message>
        <source>{what}: {problem}; choose a shorter folder or name</source>
        <translation>{what}: {problem}; daha qısa qovluq və ya ad seçin</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>qurğudur</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>adlı kanaldır (FIFO)</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>qovluqdur</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>adi fayl deyil</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>soketdir</translation>
    </message>
    <message>
        <source>{filename!r} was attached without its capture time ({stamp}), which is outside the dates casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>“{filename}” çəkiliş vaxtı olmadan əlavə edildi ({stamp}), çünki bu vaxt casefile-ın saxladığı tarixlərdən kənardadır (1-ci ilin 2 yanvarından 9999-cu ilin 30 dekabrına qədər, UTC üzrə)</translation>
    </message>
    <message>
        <source>cleared a stale lock left by {who}</source>
        <translation>{who} tərəfindən qalmış köhnə kilid silindi</translation>
    </message>
    <message>
        <source>this file is damaged ({problem}); what SQLite can read is shown, but it cannot be edited: restore it from a copy</source>
        <translation>bu fayl zədələnib ({problem}); SQLite-ın oxuya bildiyi göstərilir, amma redaktə edilə bilməz: onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}); it is shown from a private copy with it applied as SQLite would, and neither was changed</source>
        <translation>bu faylın yanında yarımçıq qalmış yazı tapıldı ({names}); iş onun SQLite qaydası ilə tətbiq olunduğu şəxsi surətdən göstərilir və heç biri dəyişdirilmədi</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}, left by a crash or by another copy of the file): it is shown from a private copy with that write undone or completed as SQLite does; the file and {names} were not changed (opening it for editing recovers it)</source>
        <translation>bu faylın yanında yarımçıq qalmış yazı tapıldı ({names}; qəza və ya faylın başqa surəti tərəfindən qalıb): iş həmin yazının SQLite qaydası ilə geri qaytarıldığı və ya tamamlandığı şəxsi surətdən göstərilir; fayl və {names} dəyişdirilmədi (onu redaktə üçün açmaq bərpa edir)</translation>
    </message>
    <message>
        <source>an interrupted write was found beside this file ({names}), but with it the case is not sound ({problem}), so it may belong to another copy of the file: the case is shown without it, and neither was changed</source>
        <translation>bu faylın yanında yarımçıq qalmış yazı tapıldı ({names}), amma onunla iş sağlam deyil ({problem}), ona görə o, faylın başqa surətinə aid ola bilər: iş onsuz göstərilir və heç biri dəyişdirilmədi</translation>
    </message>
    <message>
        <source>this file is not encrypted: it was opened without the passphrase given (encrypt it to protect it with one)</source>
        <translation>bu fayl şifrələnməyib: verilən parol ifadəsi olmadan açıldı (onu parol ifadəsi ilə qorumaq üçün şifrələyin)</translation>
    </message>
    <message>
        <source>this file has an older schema (version {version}); it is shown from an upgraded temporary copy and was not changed</source>
        <translation>bu faylın sxemi köhnədir (versiya {version}); o, yenilənmiş müvəqqəti surətdən göstərilir və dəyişdirilmədi</translation>
    </message>
    <message>
        <source>opened read-only: the file or its folder cannot be written; save a copy elsewhere to edit it</source>
        <translation>yalnız oxumaq üçün açıldı: fayla və ya qovluğuna yazmaq mümkün deyil; redaktə etmək üçün surətini başqa yerdə yadda saxlayın</translation>
    </message>
    <message>
        <source>recovered: an unfinished change left by a crash ({name}) was rolled back; the case is as it was after its last completed edit</source>
        <translation>bərpa olundu: qəzadan qalmış yarımçıq dəyişiklik ({name}) geri qaytarıldı; iş son tamamlanmış düzəlişdən sonrakı vəziyyətdədir</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it: opening the case for editing removes it</source>
        <translation>bu faylın yarımçıq qalmış dəyişikliyi yanında {names} qoyub: işi redaktə üçün açmaq onu silir</translation>
    </message>
    <message>
        <source>an interrupted change of this file left {names} beside it, which holds this encrypted case unencrypted (a decrypt was interrupted): opening the case for editing removes it</source>
        <translation>bu faylın yarımçıq qalmış dəyişikliyi yanında {names} qoyub, orada bu şifrələnmiş iş şifrəsiz saxlanılır (deşifrələmə yarımçıq qalıb): işi redaktə üçün açmaq onu silir</translation>
    </message>
    <message>
        <source>removed what an interrupted change of this file left beside it ({names})</source>
        <translation>bu faylın yarımçıq qalmış dəyişikliyinin yanında qoyduqları silindi ({names})</translation>
    </message>
    <message>
        <source>this file holds schema objects casefile did not create ({names}); they are ignored</source>
        <translation>bu fayl casefile-ın yaratmadığı sxem obyektləri saxlayır ({names}); onlara məhəl qoyulmur</translation>
    </message>
    <message>
        <source>took over editing from {who}, who may still have it open: ask them to close it, as only one editor&apos;s changes can be kept</source>
        <translation>redaktə {who} istifadəçisindən götürüldü, onda hələ açıq qala bilər: ondan bağlamağı xahiş edin, çünki yalnız bir redaktorun dəyişiklikləri saxlanıla bilər</translation>
    </message>
    <message>
        <source>upgraded from schema {version} to {supported}; the original was kept as {backup}</source>
        <translation>{version} sxemindən {supported} sxeminə yeniləndi; orijinal {backup} kimi saxlanıldı</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy with its {names} applied, and neither was changed</source>
        <translation>bu fayl WAL rejimindədir; o, {names} tətbiq olunmuş müvəqqəti surətdən göstərilir və heç biri dəyişdirilmədi</translation>
    </message>
    <message>
        <source>this file was in WAL mode; it was converted to a single self-contained file</source>
        <translation>bu fayl WAL rejimində idi; o, tək müstəqil fayla çevrildi</translation>
    </message>
    <message>
        <source>this file is in WAL mode; it is shown from a temporary copy and was not changed</source>
        <translation>bu fayl WAL rejimindədir; o, müvəqqəti surətdən göstərilir və dəyişdirilmədi</translation>
    </message>
    <message>
        <source>recovered: the changes in {name} beside it were written into the file, which is again a single self-contained file</source>
        <translation>bərpa olundu: yanındakı {name} dəyişiklikləri fayla yazıldı və o, yenidən tək müstəqil fayldır</translation>
    </message>
    <message>
        <source>is not as casefile writes a case file ({text}): restore it from a copy</source>
        <translation>casefile-ın iş faylını yazdığı kimi deyil ({text}): onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>is busy: another program is writing to it; try again in a moment</source>
        <translation>məşğuldur: başqa proqram ona yazır; bir az sonra yenidən cəhd edin</translation>
    </message>
    <message>
        <source>cannot be created: the folder is read-only</source>
        <translation>yaradıla bilmir: qovluq yalnız oxumaq üçündür</translation>
    </message>
    <message>
        <source>cannot be opened: check that the file and its folder exist and can be read</source>
        <translation>açıla bilmir: faylın və qovluğunun mövcud olduğunu və oxuna bildiyini yoxlayın</translation>
    </message>
    <message>
        <source>cannot be read: it needs a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>oxuna bilmir: onun şəxsi surəti lazımdır, amma {folder} qovluğunda yaradıla bilmədi ({reason}): orada yer boşaldın və ya TMPDIR-i yeri olan qovluğa təyin edin</translation>
    </message>
    <message>
        <source>cannot be read ({reason}): restore it from a copy</source>
        <translation>oxuna bilmir ({reason}): onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>cannot be read ({problem}): restore it from a copy</source>
        <translation>oxuna bilmir ({problem}): onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>cannot be written here (read-only file, folder or disk): save a copy elsewhere to edit it</source>
        <translation>burada yazıla bilmir (fayl, qovluq və ya disk yalnız oxumaq üçündür): redaktə etmək üçün surətini başqa yerdə yadda saxlayın</translation>
    </message>
    <message>
        <source>is not a case file: open a .casefile made by casefile</source>
        <translation>iş faylı deyil: casefile ilə yaradılmış .casefile faylını açın</translation>
    </message>
    <message>
        <source>casefile needs SQLite {needed} or newer, and this Python has {found}: run casefile with a newer Python (those from python.org include a recent SQLite)</source>
        <translation>casefile-a SQLite {needed} və ya daha yenisi lazımdır, bu Python-da isə {found} var: casefile-ı daha yeni Python ilə işə salın (python.org-dakılarda yeni SQLite var)</translation>
    </message>
    <message>
        <source>could not be upgraded from schema {version} to {supported} ({reason}); the file was left as it was{kept}: restore it from a copy or report this</source>
        <translation>{version} sxemindən {supported} sxeminə yenilənə bilmədi ({reason}); fayl olduğu kimi saxlanıldı{kept}: onu surətdən bərpa edin və ya bu barədə bildirin</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited; it and {names} beside it were left as they were: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>zədələnib ({problem}) və redaktə oluna bilməz; o və yanındakı {names} olduğu kimi saxlanıldı: oxuna bilənləri görmək üçün onu yalnız oxumaq üçün açın və surətdən bərpa edin</translation>
    </message>
    <message>
        <source>is damaged ({problem}) and cannot be edited: open it read-only to see what can be read, and restore it from a copy</source>
        <translation>zədələnib ({problem}) və redaktə oluna bilməz: oxuna bilənləri görmək üçün onu yalnız oxumaq üçün açın və surətdən bərpa edin</translation>
    </message>
    <message>
        <source>is damaged: restore it from a copy</source>
        <translation>zədələnib: onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>is damaged, or was written by a newer SQLite than this casefile&apos;s: restore it from a copy</source>
        <translation>zədələnib və ya bu casefile-dakından daha yeni SQLite ilə yazılıb: onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>the disk is full: free some space and try again; nothing was saved from this edit, earlier edits are safe</source>
        <translation>disk doludur: yer boşaldıb yenidən cəhd edin; bu düzəlişdən heç nə yadda saxlanmadı, əvvəlki düzəlişlər təhlükəsizdir</translation>
    </message>
    <message>
        <source>the disk refused the write (I/O error): check the drive or share and try again; earlier edits are safe</source>
        <translation>disk yazmağı rədd etdi (giriş/çıxış xətası): diski və ya şəbəkə qovluğunu yoxlayıb yenidən cəhd edin; əvvəlki düzəlişlər təhlükəsizdir</translation>
    </message>
    <message>
        <source>is empty, not a case file: open another file, or create a new case</source>
        <translation>boşdur, iş faylı deyil: başqa fayl açın və ya yeni iş yaradın</translation>
    </message>
    <message>
        <source>encrypted case files need sqlcipher3, which this casefile lacks: install casefile with its dependencies</source>
        <translation>şifrələnmiş iş faylları üçün sqlcipher3 lazımdır, bu casefile-da isə o yoxdur: casefile-ı asılılıqları ilə quraşdırın</translation>
    </message>
    <message>
        <source>{what}: the folder {folder} does not exist; choose one that does</source>
        <translation>{what}: {folder} qovluğu mövcud deyil; mövcud olanı seçin</translation>
    </message>
    <message>
        <source>{what}: the folder is read-only; choose a folder you can write to</source>
        <translation>{what}: qovluq yalnız oxumaq üçündür; yazmaq mümkün olan qovluq seçin</translation>
    </message>
    <message>
        <source>is an SQLite database but not a case file: open a .casefile made by casefile</source>
        <translation>SQLite verilənlər bazasıdır, amma iş faylı deyil: casefile ilə yaradılmış .casefile faylını açın</translation>
    </message>
    <message>
        <source>is a folder, not a case file: open a .casefile file</source>
        <translation>qovluqdur, iş faylı deyil: .casefile faylını açın</translation>
    </message>
    <message>
        <source>is encrypted, or not a case file: give its passphrase (--passphrase-file F, or CASEFILE_PASSPHRASE)</source>
        <translation>şifrələnib və ya iş faylı deyil: onun parol ifadəsini verin (--passphrase-file F və ya CASEFILE_PASSPHRASE)</translation>
    </message>
    <message>
        <source>was written by a newer casefile (schema {version}; this one reads up to {supported}): update casefile to open it; the file was not changed</source>
        <translation>casefile-ın daha yeni versiyası ilə yazılıb (sxem {version}; bu versiya {supported}-dək oxuyur): onu açmaq üçün casefile-ı yeniləyin; fayl dəyişdirilmədi</translation>
    </message>
    <message>
        <source>does not exist: check the path (a share or drive may be offline), or create a new case</source>
        <translation>mövcud deyil: yolu yoxlayın (şəbəkə qovluğu və ya disk qoşulmaya bilər) və ya yeni iş yaradın</translation>
    </message>
    <message>
        <source>is not a case file (not an SQLite database): open a .casefile made by casefile</source>
        <translation>iş faylı deyil (SQLite verilənlər bazası deyil): casefile ilə yaradılmış .casefile faylını açın</translation>
    </message>
    <message>
        <source>holds schema objects casefile did not create ({names}), which could run on edit: open it read-only, or save a clean copy from a trusted version</source>
        <translation>casefile-ın yaratmadığı sxem obyektləri saxlayır ({names}), onlar redaktə zamanı işə düşə bilər: onu yalnız oxumaq üçün açın və ya etibarlı versiyadan təmiz surət yadda saxlayın</translation>
    </message>
    <message>
        <source>was not changed: opening it for editing converts it, so the change is first made on a private copy, which could not be made in {folder} ({reason}): free space there, or set TMPDIR to a folder with room</source>
        <translation>dəyişdirilmədi: redaktə üçün açmaq onu çevirir, ona görə dəyişiklik əvvəlcə şəxsi surətdə edilir, amma o, {folder} qovluğunda yaradıla bilmədi ({reason}): orada yer boşaldın və ya TMPDIR-i yeri olan qovluğa təyin edin</translation>
    </message>
    <message>
        <source>was moved or deleted while open: close it and open it again</source>
        <translation>açıq olarkən köçürülüb və ya silinib: onu bağlayıb yenidən açın</translation>
    </message>
    <message>
        <source>was not opened for editing: {names} beside it, left by an interrupted write, does not give a sound case ({problem}), so it may belong to another copy of this file. It was set aside as {aside} and the file was not changed: open the case again to edit it as it is, or, if the interrupted write was this file&apos;s own, restore the case from a copy</source>
        <translation>redaktə üçün açılmadı: yarımçıq yazıdan qalmış yanındakı {names} sağlam iş vermir ({problem}), buna görə o, bu faylın başqa surətinə aid ola bilər. O, {aside} adı ilə kənara qoyuldu və fayl dəyişdirilmədi: işi olduğu kimi redaktə etmək üçün onu yenidən açın, yaxud yarımçıq yazı bu faylın özününküdürsə, işi surətdən bərpa edin</translation>
    </message>
    <message>
        <source>was replaced or changed by another program while open; to avoid overwriting that change nothing was saved: close the case and open it again</source>
        <translation>açıq olarkən başqa proqram tərəfindən əvəz olunub və ya dəyişdirilib; o dəyişikliyin üzərinə yazmamaq üçün heç nə yadda saxlanmadı: işi bağlayıb yenidən açın</translation>
    </message>
    <message>
        <source>wrong passphrase or not a case file: try again with the right passphrase; the file was not changed</source>
        <translation>yanlış parol ifadəsi və ya iş faylı deyil: düzgün parol ifadəsi ilə yenidən cəhd edin; fayl dəyişdirilmədi</translation>
    </message>
    <message>
        <source>is {clash}: it cannot be {what}; nothing was changed</source>
        <translation>{clash}: {what} ola bilməz; heç nə dəyişdirilmədi</translation>
    </message>
    <message>
        <source>is {clash}: choose another file name for {what}; nothing was written</source>
        <translation>{clash}: {what} üçün başqa fayl adı seçin; heç nə yazılmadı</translation>
    </message>
    <message>
        <source>already exists: choose another name, or open it</source>
        <translation>artıq mövcuddur: başqa ad seçin və ya onu açın</translation>
    </message>
    <message>
        <source>{what} ({reason}): free space on the disk and try again</source>
        <translation>{what} ({reason}): diskdə yer boşaldıb yenidən cəhd edin</translation>
    </message>
    <message>
        <source>could not be replaced: another program has it open (or the folder is read-only); close it there and try again</source>
        <translation>əvəz oluna bilmədi: onu başqa proqram açıq saxlayır (və ya qovluq yalnız oxumaq üçündür); orada bağlayıb yenidən cəhd edin</translation>
    </message>
    <message>
        <source> ({kind})</source>
        <translation> ({kind})</translation>
    </message>
    <message>
        <source>{what} ({reason}): check the folder and free space</source>
        <translation>{what} ({reason}): qovluğu və boş yeri yoxlayın</translation>
    </message>
    <message>
        <source>{what} ({reason}): choose a folder you can write to</source>
        <translation>{what} ({reason}): yazmaq mümkün olan qovluq seçin</translation>
    </message>
    <message>
        <source>is {kind}, not a regular file, and writing would replace it: choose a file name for {what}; nothing was written</source>
        <translation>{kind}, adi fayl deyil və yazmaq onu əvəz edərdi: {what} üçün fayl adı seçin; heç nə yazılmadı</translation>
    </message>
    <message>
        <source>is a symbolic link to {pointed}{value}, and writing would replace the link: {advice}; nothing was written</source>
        <translation>{pointed}{value} ünvanına simvolik keçiddir və yazmaq keçidi əvəz edərdi: {advice}; heç nə yazılmadı</translation>
    </message>
    <message>
        <source>attachment {item_id} is not a photo: only damage items and photos can be pinned on a plan</source>
        <translation>{item_id} əlavəsi foto deyil: planda yalnız zədələr və fotolar işarələnə bilər</translation>
    </message>
    <message>
        <source>no damage item or photo with id {item_id} in this case (deleted, or of another case): pin an item of this case</source>
        <translation>bu işdə id-si {item_id} olan zədə və ya foto yoxdur (silinib və ya başqa işə aiddir): bu işin elementini işarələyin</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hündürlüyünün</translation>
    </message>
    <message>
        <source>the site plan {name!r} has lost its image: restore it from a copy</source>
        <translation>“{name}” ərazi planı şəklini itirib: onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>item {target} is already pinned on the plan {name!r}: move its pin instead</source>
        <translation>{target} elementi artıq “{name}” planında işarələnib: onun nişanını yerindən tərpədin</translation>
    </message>
    <message>
        <source>{item_id} is a {kind}: only damage items and photos can be pinned on a plan</source>
        <translation>{item_id} — {kind}: planda yalnız zədələr və fotolar işarələnə bilər</translation>
    </message>
    <message>
        <source>no pin with id {pin_id} in this case (it may have been removed)</source>
        <translation>bu işdə id-si {pin_id} olan nişan yoxdur (silinmiş ola bilər)</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is not a number: give a fraction from 0 to 1</source>
        <translation>nişanın {axis} dəyəri “{value}” ədəd deyil: 0-dan 1-ə qədər kəsr verin</translation>
    </message>
    <message>
        <source>pin {axis} {value!r} is outside the plan: give {axis_name} from 0 to 1 (a fraction of the plan&apos;s {side})</source>
        <translation>nişanın {axis} dəyəri “{value}” planın xaricindədir: {axis_name} dəyərini 0-dan 1-ə qədər verin (planın {side} hissəsi kimi)</translation>
    </message>
    <message>
        <source>the site plan {name!r} is already in this case</source>
        <translation>“{name}” ərazi planı artıq bu işdədir</translation>
    </message>
    <message>
        <source>no site plan with id {plan_id} in this case: &apos;casefile export-json&apos; lists the plans&apos; ids</source>
        <translation>bu işdə id-si {plan_id} olan ərazi planı yoxdur: &apos;casefile export-json&apos; planların id-lərini göstərir</translation>
    </message>
    <message>
        <source>unknown plan image {role!r}: use one of {choices}</source>
        <translation>naməlum plan şəkli “{role}”: bunlardan birini istifadə edin: {choices}</translation>
    </message>
    <message>
        <source>unknown site plan field(s): {choices}</source>
        <translation>ərazi planının naməlum sahə(lər)i: {choices}</translation>
    </message>
    <message>
        <source>width</source>
        <translation>eninin</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a plan image (damaged or truncated): export the plan again as PNG, JPEG or PDF</source>
        <translation>“{filename}” plan şəkli kimi oxunmur (zədələnib və ya natamamdır): planı yenidən PNG, JPEG və ya PDF kimi ixrac edin</translation>
    </message>
    <message>
        <source>{filename!r} cannot be read as a PDF (damaged or truncated): export the plan again as PDF, PNG or JPEG</source>
        <translation>“{filename}” PDF kimi oxunmur (zədələnib və ya natamamdır): planı yenidən PDF, PNG və ya JPEG kimi ixrac edin</translation>
    </message>
    <message>
        <source>{filename!r} claims more than {megapixels} megapixels{size} (a decompression bomb or a damaged image): export the plan at a lower resolution</source>
        <translation>“{filename}” {megapixels} meqapikseldən böyük olduğunu bildirir{size} (dekompressiya bombası və ya zədələnmiş şəkil): planı daha aşağı ayırdetmə ilə ixrac edin</translation>
    </message>
    <message>
        <source>{filename!r} is empty (0 bytes): give a PNG, JPEG or PDF plan</source>
        <translation>“{filename}” boşdur (0 bayt): PNG, JPEG və ya PDF plan verin</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF protected by a password: save it without one, or export the plan as PNG or JPEG</source>
        <translation>“{filename}” parolla qorunan PDF-dir: onu parolsuz yadda saxlayın və ya planı PNG ya JPEG kimi ixrac edin</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page cannot be drawn (damaged): export the plan as PNG or JPEG</source>
        <translation>“{filename}”: PDF-in birinci səhifəsi çəkilə bilmir (zədələnib): planı PNG və ya JPEG kimi ixrac edin</translation>
    </message>
    <message>
        <source>{filename!r}: the PDF&apos;s first page has no size</source>
        <translation>“{filename}”: PDF-in birinci səhifəsinin ölçüsü yoxdur</translation>
    </message>
    <message>
        <source>{filename!r} is a PDF without pages: give the plan&apos;s PDF</source>
        <translation>“{filename}” səhifəsiz PDF-dir: planın PDF faylını verin</translation>
    </message>
    <message>
        <source>{filename!r} is not a PNG, JPEG or PDF file: export the plan as one of those</source>
        <translation>“{filename}” PNG, JPEG və ya PDF faylı deyil: planı bunlardan biri kimi ixrac edin</translation>
    </message>
    <message>
        <source>opened read-only as asked</source>
        <translation>istəyə görə yalnız oxumaq üçün açılıb</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>fayla və ya qovluğuna yazmaq mümkün deyil</translation>
    </message>
    <message>
        <source>has {name} beside it, which is not a regular file: remove it, or copy the case file alone to another folder and open it there</source>
        <translation>yanında adi fayl olmayan {name} var: onu silin və ya iş faylını tək başqa qovluğa köçürüb orada açın</translation>
    </message>
    <message>
        <source>cannot be released: &apos;casefile check&apos; finds {count} problem(s) in it (the first: {first}); put them right first</source>
        <translation>buraxıla bilməz: &apos;casefile check&apos; onda {count} problem tapır (birincisi: {first}); əvvəlcə onları düzəldin</translation>
    </message>
    <message>
        <source>cannot be sealed: its audit log does not verify ({problem}); restore it from a copy</source>
        <translation>möhürlənə bilməz: dəyişikliklər jurnalı yoxlamadan keçmir ({problem}); onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>cannot be sealed: {problem}; restore it from a copy</source>
        <translation>möhürlənə bilməz: {problem}; onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>holds {count} incidents instead of one: it cannot be sealed</source>
        <translation>bir yerinə {count} hadisə saxlayır: möhürlənə bilməz</translation>
    </message>
    <message>
        <source>{state!r} is not a review state: give one of {choices}, or none</source>
        <translation>“{state}” baxılma vəziyyəti deyil: bunlardan birini verin: {choices}, ya da heç birini</translation>
    </message>
    <message>
        <source>a seal&apos;s comment is at most {limit} characters</source>
        <translation>möhürün şərhi ən çoxu {limit} simvol ola bilər</translation>
    </message>
    <message>
        <source>language {language!r} is not one casefile writes briefs in: use one of {choices}</source>
        <translation>“{language}” dili casefile-ın arayış yazdığı dillərdən deyil: bunlardan birini istifadə edin: {choices}</translation>
    </message>
    <message>
        <source>the settings file {problem}: correct it in a text editor, or delete it to start again from the defaults</source>
        <translation>parametrlər faylı {problem}: onu mətn redaktorunda düzəldin və ya standart dəyərlərdən yenidən başlamaq üçün silin</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>jurnalıdır</translation>
    </message>
    <message>
        <source>lock file</source>
        <translation>kilid faylıdır</translation>
    </message>
    <message>
        <source>shared-memory file</source>
        <translation>ortaq yaddaş faylıdır</translation>
    </message>
    <message>
        <source>write-ahead log</source>
        <translation>qabaqcadan yazı jurnalıdır (WAL)</translation>
    </message>
    <message>
        <source>{count} bytes</source>
        <translation>{count} bayt</translation>
    </message>
    <message>
        <source>{mib} MiB</source>
        <translation>{mib} MiB</translation>
    </message>
    <message>
        <source>the attachment</source>
        <translation>əlavə fayl</translation>
    </message>
    <message>
        <source>the brief</source>
        <translation>arayış</translation>
    </message>
    <message>
        <source>a case file</source>
        <translation>iş faylı</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>the JSON export</source>
        <translation>JSON ixracı</translation>
    </message>
    <message>
        <source>a JSON file</source>
        <translation>JSON faylı</translation>
    </message>
    <message>
        <source>the new case</source>
        <translation>yeni iş</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>parol ifadəsi faylı</translation>
    </message>
    <message>
        <source>a plan image</source>
        <translation>plan şəkli</translation>
    </message>
    <message>
        <source>the printed list</source>
        <translation>çap olunmuş siyahı</translation>
    </message>
    <message>
        <source>the public key</source>
        <translation>açıq açar</translation>
    </message>
    <message>
        <source>a public key file</source>
        <translation>açıq açar faylı</translation>
    </message>
    <message>
        <source>the table</source>
        <translation>cədvəl</translation>
    </message>
    <message>
        <source>the trusted key</source>
        <translation>etibarlı açar</translation>
    </message>
    <message>
        <source>your private key</source>
        <translation>şəxsi açarınız</translation>
    </message>
    <message>
        <source>your public key</source>
        <translation>açıq açarınız</translation>
    </message>
    <message>
        <source>could not be written</source>
        <translation>yazıla bilmədi</translation>
    </message>
    <message>
        <source>cannot hold your keys</source>
        <translation>açarlarınızı saxlaya bilmir</translation>
    </message>
    <message>
        <source>cannot hold your new key</source>
        <translation>yeni açarınızı saxlaya bilmir</translation>
    </message>
    <message>
        <source>cannot hold the trusted key</source>
        <translation>etibarlı açarı saxlaya bilmir</translation>
    </message>
    <message>
        <source>cannot be created</source>
        <translation>yaradıla bilmir</translation>
    </message>
    <message>
        <source>cannot be prepared for editing</source>
        <translation>redaktəyə hazırlana bilmir</translation>
    </message>
    <message>
        <source>cannot set {name} aside</source>
        <translation>{name} kənara qoyula bilmir</translation>
    </message>
    <message>
        <source>was not changed: its rewritten copy</source>
        <translation>dəyişdirilmədi: onun yenidən yazılmış surəti</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>sancaq</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>möhür</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>ərazinin planı</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kimə</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>mənsubiyyət</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>bütün gün</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>qiymətləndirmə vaxtı</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>qiymətləndirən</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>fotolar və sənədlər</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>izahat</translation>
    </message>
    <message>
        <source>taken at</source>
        <translation>çəkilmə vaxtı</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>məxfilik qrifi</translation>
    </message>
    <message>
        <source>clearances</source>
        <translation>razılaşdırmalar</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>əlaqə</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valyuta</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>son müddət</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>xahiş olunan qərarlar</translation>
    </message>
    <message>
        <source>description</source>
        <translation>təsvir</translation>
    </message>
    <message>
        <source>drafted by</source>
        <translation>icraçı</translation>
    </message>
    <message>
        <source>drafted on</source>
        <translation>hazırlanma tarixi</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <source>estimated cost</source>
        <translation>təxmini dəyər</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>məzənnələr</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>fayl adı</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>keçirilmə vaxtı</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>daxili</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>location</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>type</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>orijinal adı</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>baş vermə vaxtı</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>nəticələr</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>məsul</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>iştirakçılar</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>tərəflər</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>ərazi planı</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>məqsəd</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>miqdar</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>məzənnə</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>tövsiyə</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>hesabat valyutası</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>təmsil edir</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>from</source>
        <translation>kimdən</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>zədələnmə dərəcəsi</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ölçü</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>status</source>
        <translation>vəziyyət</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>xülasə</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>saat qurşağı</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlıq</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>vahidin dəyəri</translation>
    </message>
    <message>
        <source>its name is not its key&apos;s fingerprint</source>
        <translation>adı açarın barmaq izi deyil</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydinin saat vaxtı ardınca gəldiyi qeydinkindən əvvəldir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydinin saat vaxtı onun vaxtından və əvvəlki qeyddən irəli gəlmir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>dəyişikliklər jurnalı {last_seq} saylı qeyddə bitir, amma fayl sonuncu kimi {recorded} saylı qeydi yazıb: ən yeni qeydlər silinib</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values do not match their digests</source>
        <translation>jurnalın {seq} saylı qeydi ({entity} {entity_id}) dəyişdirilib: dəyərləri öz həşlərinə uyğun gəlmir</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its hash does not match</source>
        <translation>jurnalın {seq} saylı qeydi ({entity} {entity_id}) dəyişdirilib: həşi uyğun gəlmir</translation>
    </message>
    <message>
        <source>audit entry {missing} is missing (the next is {seq}): entries were deleted</source>
        <translation>jurnalın {missing} saylı qeydi yoxdur (növbəti: {seq}): qeydlər silinib</translation>
    </message>
    <message>
        <source>audit entry {seq} does not follow entry {previous}: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydi {previous} saylı qeyddən sonra gəlmir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydi jurnalda özündən əvvəl olmayan {parent} qeydinin ardınca gəlir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydi əvvəlki qeydin identifikatorunu təkrarlayır: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>jurnalın {seq} saylı qeydi ({entity} {entity_id}) dəyişdirilib: dəyərləri gizlədilmiş kimi qeyd olunub, amma element silinməyib</translation>
    </message>
    <message>
        <source>{kind} {item_id} has no audit entry: it was added outside casefile</source>
        <translation>{kind} {item_id} üçün audit jurnalında qeyd yoxdur: casefile-dan kənarda əlavə edilib</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) does not match its SHA-256: its bytes were changed</source>
        <translation>{item_id} faylı (“{filename}”) SHA-256 ilə uyğun gəlmir: onun baytları dəyişdirilib</translation>
    </message>
    <message>
        <source>attachment {item_id} ({filename!r}) has lost its bytes</source>
        <translation>{item_id} faylının (“{filename}”) baytları itib</translation>
    </message>
    <message>
        <source>not verified, nor the hashes of the photos and documents: they are checked once the findings above are put right (restore the file from a copy)</source>
        <translation>yoxlanılmadı, foto və sənədlərin heşləri də: yuxarıdakı nöqsanlar aradan qaldırıldıqdan sonra yoxlanılır (faylı nüsxədən bərpa edin)</translation>
    </message>
    <message>
        <source>{table} {key}, column {column}: {reason}</source>
        <translation>{table} {key}, sütun “{column}”: {reason}</translation>
    </message>
    <message>
        <source>{table} row {key}, column {column}: {reason}</source>
        <translation>{table}, sətir {key}, sütun “{column}”: {reason}</translation>
    </message>
    <message>
        <source>{kind} {item_id}: {field} changed outside casefile ({difference})</source>
        <translation>{kind} {item_id}: “{field}” casefile-dan kənarda dəyişdirilib ({difference})</translation>
    </message>
    <message>
        <source>{kind} {name} is defined differently: {change}</source>
        <translation>{kind} {name} başqa cür təyin edilib: {change}</translation>
    </message>
    <message>
        <source>{kind} {name} is missing</source>
        <translation>{kind} {name} yoxdur</translation>
    </message>
    <message>
        <source>{kind} {item_id} was deleted outside casefile: the audit log has no entry for its deletion</source>
        <translation>{kind} {item_id} casefile-dan kənarda silinib: audit jurnalında onun silinməsi barədə qeyd yoxdur</translation>
    </message>
    <message>
        <source>it has {parts}</source>
        <translation>artıq hissələr var: {parts}</translation>
    </message>
    <message>
        <source>{count} incidents; a case has one</source>
        <translation>{count} insident; işdə bir insident olur</translation>
    </message>
    <message>
        <source>&apos;{actual}&apos; instead of &apos;{expected}&apos;</source>
        <translation>“{expected}” əvəzinə “{actual}”</translation>
    </message>
    <message>
        <source>it lacks {parts}</source>
        <translation>çatışmır: {parts}</translation>
    </message>
    <message>
        <source>it lacks {lacks}, and has {has}</source>
        <translation>çatışmır: {lacks}; artıq: {has}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}</source>
        <translation>audit jurnalında yoxdur: {added}</translation>
    </message>
    <message>
        <source>not in the audit log: {added}; missing from the file: {removed}</source>
        <translation>audit jurnalında yoxdur: {added}; faylda yoxdur: {removed}</translation>
    </message>
    <message>
        <source>missing from the file: {removed}</source>
        <translation>faylda yoxdur: {removed}</translation>
    </message>
    <message>
        <source>in another order than the audit log has</source>
        <translation>audit jurnalındakından başqa sırada</translation>
    </message>
    <message>
        <source>{table} row {rowid} points to a {parent} that is missing</source>
        <translation>{table}, sətir {rowid}, mövcud olmayan “{parent}” obyektinə istinad edir</translation>
    </message>
    <message>
        <source>… and {count} more changes made outside casefile</source>
        <translation>… və casefile-dan kənarda edilmiş daha {count} dəyişiklik</translation>
    </message>
    <message>
        <source>{kind} {name}</source>
        <translation>{kind} {name}</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) does not match its SHA-256: its image was changed</source>
        <translation>{item_id} ərazi planı (“{name}”) SHA-256 ilə uyğun gəlmir: onun təsviri dəyişdirilib</translation>
    </message>
    <message>
        <source>site plan {item_id} ({name!r}) has lost its image</source>
        <translation>{item_id} ərazi planının (“{name}”) təsviri itib</translation>
    </message>
    <message>
        <source>schema version {version}, expected {expected}</source>
        <translation>sxem versiyası {version}, gözlənilən {expected}</translation>
    </message>
    <message>
        <source>SQLite reports: {message}</source>
        <translation>SQLite bildirir: {message}</translation>
    </message>
    <message>
        <source>{object} that casefile does not make</source>
        <translation>casefile-ın yaratmadığı {object}</translation>
    </message>
    <message>
        <source>the audit log has {logged}, the file {now}</source>
        <translation>audit jurnalında {logged}, faylda {now}</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <source>table</source>
        <translation>cədvəl</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>triqqer</translation>
    </message>
    <message>
        <source>view</source>
        <translation>görünüş</translation>
    </message>
    <message>
        <source>audit entry {seq} (by {actor}) follows seal {number} ({sealed}), yet its clock time is {clock}: it was back-dated</source>
        <translation>{seq} saylı audit qeydi ({actor}) {number} saylı möhürdən ({sealed}) sonra gəlir, amma saat vaxtı {clock}-dır: tarixi geriyə çəkilib</translation>
    </message>
    <message>
        <source>{count} audit entries go back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>geriyə gedən saat vaxtı olan audit qeydləri: {count} (birincisi: {seq} saylı qeyd, {at}): kompüterin saatı geri çəkilib</translation>
    </message>
    <message>
        <source>{count} audit entry goes back in wall-clock time (the first: entry {seq}, {at}): a computer&apos;s clock was set back</source>
        <translation>geriyə gedən saat vaxtı olan audit qeydləri: {count} ({seq} saylı qeyd, {at}): kompüterin saatı geri çəkilib</translation>
    </message>
    <message>
        <source>seal {label} differs from its audit entry {seq}: one of them was edited</source>
        <translation>{label} möhürü {seq} saylı audit qeydindən fərqlənir: onlardan biri dəyişdirilib</translation>
    </message>
    <message>
        <source>{number} of {total} ({who}, {when})</source>
        <translation>{number}/{total} ({who}, {when})</translation>
    </message>
    <message>
        <source>and {count} more entries after seal {number}</source>
        <translation>və {number} saylı möhürdən sonra daha {count} qeyd</translation>
    </message>
    <message>
        <source>seal {label} has no entry in the audit log: it was added outside casefile</source>
        <translation>{label} möhürünün audit jurnalında qeydi yoxdur: casefile-dan kənarda əlavə edilib</translation>
    </message>
    <message>
        <source>seal {label} was made on another case ({case_id})</source>
        <translation>{label} möhürü başqa iş üçün vurulub ({case_id})</translation>
    </message>
    <message>
        <source>seal {label} names its signer {signer!r}, but their key is trusted here as {trusted_as!r}</source>
        <translation>{label} möhürü imzalayanı “{signer}” adlandırır, amma onun açarına burada “{trusted_as}” kimi etibar edilir</translation>
    </message>
    <message>
        <source>the release manifest accounts for {counted} withheld audit entries, and the copy withholds {actual}: it was changed after its release</source>
        <translation>buraxılış manifesti {counted} gizlədilmiş audit qeydini göstərir, nüsxə isə {actual} qeydi gizlədir: buraxılışdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>the release manifest (audit entry {seq}) is not sealed by its releaser: the copy was changed after its release, or made outside casefile</source>
        <translation>buraxılış manifesti ({seq} saylı audit qeydi) onu buraxan tərəfindən möhürlənməyib: nüsxə buraxılışdan sonra dəyişdirilib və ya casefile-dan kənarda hazırlanıb</translation>
    </message>
    <message>
        <source>audit entry {seq} records seal {seal_id}, which the file no longer holds: the seal was removed</source>
        <translation>{seq} saylı audit qeydi {seal_id} möhürünü qeyd edir, amma faylda o artıq yoxdur: möhür silinib</translation>
    </message>
    <message>
        <source>seal {label} signed state {head} at audit entry {seq}, which the log no longer holds: the sealed history was rewritten ({where})</source>
        <translation>{label} möhürü {seq} saylı audit qeydində {head} vəziyyətini imzalayıb, jurnalda isə o artıq yoxdur: möhürlənmiş tarixçə yenidən yazılıb ({where})</translation>
    </message>
    <message>
        <source>at or before entry {seq}</source>
        <translation>{seq} saylı qeyddə və ya ondan əvvəl</translation>
    </message>
    <message>
        <source>somewhere in entries {first} to {last}</source>
        <translation>{first}–{last} saylı qeydlər arasında</translation>
    </message>
    <message>
        <source>seal {label} does not verify: its signature fails, so the seal or the state it names was altered after signing</source>
        <translation>{label} möhürü yoxlamadan keçmir: imzası düz gəlmir, yəni möhür və ya onun göstərdiyi vəziyyət imzadan sonra dəyişdirilib</translation>
    </message>
    <message>
        <source>seal {label} is signed by a key not trusted here ({fingerprint}): confirm that fingerprint with its owner, then trust their public key file in Settings (Signing keys, Trust a key…)</source>
        <translation>{label} möhürü burada etibar edilməyən açarla imzalanıb ({fingerprint}): bu barmaq izini sahibi ilə dəqiqləşdirin, sonra onun açıq açar faylına Parametrlərdə etibar edin (İmza açarları, Açara etibar et…)</translation>
    </message>
    <message>
        <source>{state} by {signer}</source>
        <translation>{state}: {signer}</translation>
    </message>
    <message>
        <source>sealed</source>
        <translation>möhürlənib</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>təsdiqlənib</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>düzəlişə qaytarılıb</translation>
    </message>
    <message>
        <source>released</source>
        <translation>möhürlənmiş surət verilib</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>baxılmaya təqdim edilib</translation>
    </message>
    <message>
        <source>is empty, and may not be</source>
        <translation>boşdur, amma boş ola bilməz</translation>
    </message>
    <message>
        <source>{value} is not as casefile writes it</source>
        <translation>{value} casefile-ın yazdığı kimi deyil</translation>
    </message>
    <message>
        <source>is not JSON</source>
        <translation>JSON deyil</translation>
    </message>
    <message>
        <source>{value} is not {type}</source>
        <translation>{value} {type} deyil</translation>
    </message>
    <message>
        <source>{value}: {refusal}</source>
        <translation>{value}: {refusal}</translation>
    </message>
    <message>
        <source>bytes</source>
        <translation>baytlar</translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation>tarix (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>a date casefile keeps (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>casefile-ın saxladığı tarix (UTC ilə 1-ci ilin 2 yanvarından 9999-cu ilin 30 dekabrınadək)</translation>
    </message>
    <message>
        <source>true or false (0 or 1)</source>
        <translation>doğru və ya yanlış (0 və ya 1)</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>tarix və vaxt</translation>
    </message>
    <message>
        <source>a date and time in UTC (2 January of year 1 to 30 December 9999, in UTC)</source>
        <translation>UTC ilə tarix və vaxt (1-ci ilin 2 yanvarından 9999-cu ilin 30 dekabrınadək)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>tam ədəd</translation>
    </message>
</context>
</TS>
