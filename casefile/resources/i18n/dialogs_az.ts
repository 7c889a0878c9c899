<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>BriefPlaces</name>
    <message>
        <source>title</source>
        <extracomment>the parts and fields of a brief, by their names in its model, as a reader names them (a list&apos;s part in the singular: it is followed by the element&apos;s number)</extracomment>
        <translation>başlıq</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>məxfilik qrifi</translation>
    </message>
    <message>
        <source>date of the brief</source>
        <translation>arayışın tarixi</translation>
    </message>
    <message>
        <source>prepared by</source>
        <translation>hazırlayan</translation>
    </message>
    <message>
        <source>review state</source>
        <translation>baxılma vəziyyəti</translation>
    </message>
    <message>
        <source>review comments</source>
        <translation>baxılma şərhləri</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>submission</source>
        <translation>təqdimat</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>saat qurşağı</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>xülasə</translation>
    </message>
    <message>
        <source>key points</source>
        <translation>əsas məqamlar</translation>
    </message>
    <message>
        <source>key facts</source>
        <translation>əsas faktlar</translation>
    </message>
    <message>
        <source>chronology</source>
        <translation>xronologiya</translation>
    </message>
    <message>
        <source>damage</source>
        <translation>zərər</translation>
    </message>
    <message>
        <source>party</source>
        <translation>tərəf</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>tapşırıq</translation>
    </message>
    <message>
        <source>note</source>
        <translation>qeyd</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>ərazinin planı</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <source>annex</source>
        <translation>əlavə</translation>
    </message>
    <message>
        <source>details</source>
        <translation>təfərrüatlar</translation>
    </message>
    <message>
        <source>label</source>
        <translation>nişan</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>zədələnmə dərəcəsi</translation>
    </message>
    <message>
        <source>time</source>
        <translation>vaxt</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>təxmini dəyər</translation>
    </message>
    <message>
        <source>description</source>
        <translation>təsvir</translation>
    </message>
    <message>
        <source>location</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>qiymətləndirən</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>qiymətləndirmə tarixi</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>miqdar</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>zədə</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>aralıq cəm</translation>
    </message>
    <message>
        <source>total</source>
        <translation>cəm</translation>
    </message>
    <message>
        <source>chart</source>
        <translation>diaqram</translation>
    </message>
    <message>
        <source>exchange rate</source>
        <translation>məzənnə</translation>
    </message>
    <message>
        <source>missing exchange rate</source>
        <translation>çatışmayan məzənnə</translation>
    </message>
    <message>
        <source>items without an estimate</source>
        <translation>təxmini dəyəri olmayan zərərlər</translation>
    </message>
    <message>
        <source>value</source>
        <translation>dəyər</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>izahat</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>fayl adı</translation>
    </message>
    <message>
        <source>belongs to</source>
        <translation>aiddir</translation>
    </message>
    <message>
        <source>taken</source>
        <translation>çəkilib</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problem</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementlər</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>məsul</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>iştirakçı</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>nəticələr</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>mentions</source>
        <translation>xatırlananlar</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>orijinal adı</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>mənsubiyyət</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>təmsil edir</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>sancaq</translation>
    </message>
    <message>
        <source>legend</source>
        <translation>şərti işarələr</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>rəng</translation>
    </message>
    <message>
        <source>item</source>
        <translation>element</translation>
    </message>
    <message>
        <source>author</source>
        <translation>müəllif</translation>
    </message>
    <message>
        <source>state</source>
        <translation>vəziyyət</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valyuta</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>məbləğ</translation>
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
        <translation>İş faylını açmaq mümkün deyil</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translation>“{name}” açıla bilmir.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with another version</source>
        <translation>Başqa versiya ilə müqayisə</translation>
    </message>
    <message>
        <source>Items that differ: {count}. This is what “{new}” adds, removes and changes from “{old}”.</source>
        <translation>Fərqlənən qeydlər: {count}. “{new}” faylının “{old}” ilə müqayisədə əlavə etdiyi, sildiyi və dəyişdiyi budur.</translation>
    </message>
    <message>
        <source>No differences: “{new}” holds what “{old}” holds.</source>
        <translation>Fərq yoxdur: “{new}” faylında “{old}” faylında olanlar var.</translation>
    </message>
    <message>
        <source>Item or field</source>
        <translation>Qeyd və ya sahə</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Əvvəl</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Kim dəyişib</translation>
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
        <translation>Seçin…</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Mənimkini saxla</translation>
    </message>
    <message>
        <source>Keep theirs</source>
        <translation>Onlarınkını saxla</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Öz dəyərim…</translation>
    </message>
    <message>
        <source>incident</source>
        <extracomment>each kind of item as a sentence names it (lower case, in English)</extracomment>
        <translation>hadisə</translation>
    </message>
    <message>
        <source>party</source>
        <translation>tərəf</translation>
    </message>
    <message>
        <source>note</source>
        <translation>qeyd</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>zədə</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>tapşırıq</translation>
    </message>
    <message>
        <source>photo or document</source>
        <translation>foto və ya sənəd</translation>
    </message>
    <message>
        <source>site plan</source>
        <translation>ərazinin planı</translation>
    </message>
    <message>
        <source>pin on a site plan</source>
        <translation>plandakı nişan</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>each stored field as the two dialogs name it (the store&apos;s names are for code)</extracomment>
        <translation>başlıq</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>baş verib</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>saat qurşağı</translation>
    </message>
    <message>
        <source>location</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>xülasə</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>classification</source>
        <translation>məxfilik qrifi</translation>
    </message>
    <message>
        <source>reporting currency</source>
        <translation>hesabat valyutası</translation>
    </message>
    <message>
        <source>exchange rates</source>
        <translation>məzənnələr</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>name in own script</source>
        <translation>öz əlifbasında ad</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>country</source>
        <translation>ölkə</translation>
    </message>
    <message>
        <source>affiliation</source>
        <translation>mənsubiyyət</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>əlaqə</translation>
    </message>
    <message>
        <source>represents</source>
        <translation>təmsil edir</translation>
    </message>
    <message>
        <source>text</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>daxili</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>tərəflər</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>fotolar və sənədlər</translation>
    </message>
    <message>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <source>description</source>
        <translation>təsvir</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>zədələnmə dərəcəsi</translation>
    </message>
    <message>
        <source>estimate</source>
        <translation>təxmini dəyər</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>valyuta</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>miqdar</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>vahidin dəyəri</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>kim qiymətləndirib</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>qiymətləndirmə tarixi</translation>
    </message>
    <message>
        <source>held at</source>
        <translation>keçirilmə vaxtı</translation>
    </message>
    <message>
        <source>all day</source>
        <translation>bütün gün</translation>
    </message>
    <message>
        <source>place</source>
        <translation>yer</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>nəticələr</translation>
    </message>
    <message>
        <source>participants</source>
        <translation>iştirakçılar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>məsul şəxs</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>faylın adı</translation>
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
        <source>file type</source>
        <translation>faylın növü</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ölçü</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>width</source>
        <translation>en</translation>
    </message>
    <message>
        <source>height</source>
        <translation>hündürlük</translation>
    </message>
    <message>
        <source>position</source>
        <translation>mövqe</translation>
    </message>
    <message>
        <source>Added</source>
        <extracomment>how a change to an item is named at the start of its row</extracomment>
        <translation>Əlavə edilib</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Silinib</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Dəyişdirilib</translation>
    </message>
    <message>
        <source>{actor}, {when} UTC</source>
        <translation>{actor}, {when} UTC</translation>
    </message>
    <message>
        <source>{kind} “{label}”</source>
        <translation>{kind} “{label}”</translation>
    </message>
</context>
<context>
    <name>CopyEncryption</name>
    <message>
        <source>Encrypted with this case&apos;s passphrase</source>
        <translation>Bu işin parol ifadəsi ilə şifrələnmiş</translation>
    </message>
    <message>
        <source>Encrypted with a passphrase of its own</source>
        <translation>Öz parol ifadəsi ilə şifrələnmiş</translation>
    </message>
    <message>
        <source>Not encrypted</source>
        <translation>Şifrələnməmiş</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this case&apos;s passphrase: give the copy only to people who may know it.</source>
        <translation>Surəti açmaq üçün bu işin parol ifadəsi lazımdır: surəti yalnız onu bilə biləcək şəxslərə verin.</translation>
    </message>
    <message>
        <source>Whoever opens the copy needs this new passphrase, not the case&apos;s: tell it to them another way than the copy travels (a call, not the same e-mail).</source>
        <translation>Surəti açmaq üçün işin deyil, bu yeni parol ifadəsi lazımdır: onu surətdən başqa yolla bildirin (zənglə, eyni e-poçtla yox).</translation>
    </message>
    <message>
        <source>Anyone who has the copy can read it, with casefile or any SQLite tool.</source>
        <translation>Surəti olan hər kəs onu casefile və ya istənilən SQLite aləti ilə oxuya bilər.</translation>
    </message>
</context>
<context>
    <name>CopyEncryptionDialog</name>
    <message>
        <source>Save a copy</source>
        <translation>Surəti yadda saxla</translation>
    </message>
    <message>
        <source>How is the copy of {name} to be encrypted?</source>
        <translation>{name} surəti necə şifrələnsin?</translation>
    </message>
</context>
<context>
    <name>DiscardTypingDialog</name>
    <message>
        <source>Discard what was typed?</source>
        <translation>Yazılanlardan imtina edilsin?</translation>
    </message>
    <message>
        <source>“{label}”</source>
        <translation>“{label}”</translation>
    </message>
    <message>
        <source>What you typed was refused and is not saved: {fields}.</source>
        <translation>Yazdığınız qəbul edilmədi və yadda saxlanılmayıb: {fields}.</translation>
    </message>
    <message>
        <source>Discard it and close, or go back and correct it (the reason is shown in red under the field). Everything else is saved.</source>
        <translation>Ondan imtina edib bağlayın və ya geri qayıdıb düzəldin (səbəb sahənin altında qırmızı ilə göstərilir). Qalan hər şey yadda saxlanılıb.</translation>
    </message>
    <message>
        <source>Discard and close</source>
        <translation>İmtina et və bağla</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Geri qayıt</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Encryption</source>
        <translation>Şifrələmə</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted: it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; şifrələnib: yalnız parol ifadəsi ilə açılır.</translation>
    </message>
    <message>
        <source>Change the passphrase…</source>
        <translation>Parol ifadəsini dəyiş…</translation>
    </message>
    <message>
        <source>Decrypt…</source>
        <translation>Şifrəni aç…</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is not encrypted: anyone who has the file can read it. Encrypted, it opens only with its passphrase.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; şifrələnməyib: faylı əldə edən hər kəs onu oxuya bilər. Şifrələndikdən sonra yalnız parol ifadəsi ilə açılır.</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase…</source>
        <translation>Parol ifadəsi ilə şifrələ…</translation>
    </message>
</context>
<context>
    <name>ExportBriefDialog</name>
    <message>
        <source>Executive summary</source>
        <translation>Qısa xülasə</translation>
    </message>
    <message>
        <source>Incident facts</source>
        <translation>Hadisə barədə faktlar</translation>
    </message>
    <message>
        <source>Chronology</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Damage schedule</source>
        <translation>Ziyanın siyahısı</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>Ərazinin planı</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Meetings and follow-ups</source>
        <translation>Görüşlər və tapşırıqlar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Photo appendix</source>
        <translation>Foto əlavə</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Arayışın ixracı</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölmələr</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups (redact)</source>
        <translation>Daxili qeydləri və tapşırıqları çıxar</translation>
    </message>
    <message>
        <source>Print the reviewers&apos; comments at the end</source>
        <translation>Baxanların şərhlərini sonda çap et</translation>
    </message>
    <message>
        <source>printed on every page, e.g. RESTRICTED</source>
        <translation>hər səhifədə çap olunur, məs. Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Harada saxlanılsın:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Məxfilik qrifi:</translation>
    </message>
    <message>
        <source>Brief date:</source>
        <translation>Arayışın tarixi:</translation>
    </message>
    <message>
        <source>Prepared by:</source>
        <translation>Hazırlayıb:</translation>
    </message>
    <message>
        <source>Language of the brief:</source>
        <translation>Arayışın dili:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <source>Choose where to save the brief.</source>
        <translation>Arayışın harada saxlanılacağını seçin.</translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation>Ən azı bir bölmə seçin.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>All files</source>
        <extracomment>the file types each picker offers: (what they are, in English, their patterns)</extracomment>
        <translation>Bütün fayllar</translation>
    </message>
    <message>
        <source>Case files</source>
        <translation>İş faylları</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF sənədləri</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel kitabı</translation>
    </message>
    <message>
        <source>CSV, comma-separated</source>
        <translation>CSV, vergüllə ayrılmış</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>Fotolar və sənədlər</translation>
    </message>
    <message>
        <source>Site plans</source>
        <translation>Ərazi planları</translation>
    </message>
    <message>
        <source>Public keys</source>
        <translation>Açıq açarlar</translation>
    </message>
    <message>
        <source>Add photos or documents</source>
        <translation>Foto və ya sənəd əlavə et</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Ərazinin planını əlavə et</translation>
    </message>
    <message>
        <source>Export your public key</source>
        <translation>Açıq açarınızı ixrac edin</translation>
    </message>
    <message>
        <source>Trust a public key</source>
        <translation>Açıq açara etibar et</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>casefile manual</source>
        <translation>casefile təlimatı</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>In the photo viewer: + and - zoom, 0 fits, 1 is actual size, the arrow keys go to the next or previous file.</source>
        <translation>Foto baxışında: + və - böyüdür və kiçildir, 0 pəncərəyə sığdırır, 1 həqiqi ölçünü göstərir, ox düymələri növbəti və ya əvvəlki fayla keçir.</translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <source>Signing keys</source>
        <translation>İmza açarları</translation>
    </message>
    <message>
        <source>Make my key…</source>
        <translation>Açarımı yarat…</translation>
    </message>
    <message>
        <source>Export my public key…</source>
        <translation>Açıq açarımı ixrac et…</translation>
    </message>
    <message>
        <source>Trust a key…</source>
        <translation>Açara etibar et…</translation>
    </message>
    <message>
        <source>Not used: {file}: {problem}</source>
        <translation>İstifadə olunmur: {file}: {problem}</translation>
    </message>
    <message>
        <source>Yours: {name} — {fingerprint}</source>
        <translation>Sizinki: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>Trusted: {name} — {fingerprint}</source>
        <translation>Etibarlı: {name} — {fingerprint}</translation>
    </message>
    <message>
        <source>No keys yet: make yours to seal cases.</source>
        <translation>Hələ açar yoxdur: işləri möhürləmək üçün öz açarınızı yaradın.</translation>
    </message>
    <message>
        <source>Made your key. Its fingerprint: {fingerprint}</source>
        <translation>Açarınız yaradıldı. Onun barmaq izi: {fingerprint}</translation>
    </message>
    <message>
        <source>Wrote {file}. Read your fingerprint to whoever receives it: {fingerprint}</source>
        <translation>{file} yazıldı. Barmaq izinizi onu alan şəxsə oxuyun: {fingerprint}</translation>
    </message>
    <message>
        <source>That is your own key, {name}.</source>
        <translation>Bu sizin öz açarınızdır, {name}.</translation>
    </message>
    <message>
        <source>The key of {name} was already trusted.</source>
        <translation>{name} açarına artıq etibar edilirdi.</translation>
    </message>
    <message>
        <source>Trusted the key of {name}.</source>
        <translation>{name} açarına etibar edildi.</translation>
    </message>
</context>
<context>
    <name>LockedDialog</name>
    <message>
        <source>Case file in use</source>
        <translation>İş faylı istifadədədir</translation>
    </message>
    <message>
        <source>Another copy of casefile is editing it.</source>
        <translation>Onu casefile-ın başqa nüsxəsi redaktə edir.</translation>
    </message>
    <message>
        <source>{user} is editing it on {host} (since {since}).</source>
        <translation>Onu {user} {host} kompüterində redaktə edir ({since} tarixindən).</translation>
    </message>
    <message>
        <source>“{name}” is open for editing elsewhere.</source>
        <translation>“{name}” başqa yerdə redaktə üçün açıqdır.</translation>
    </message>
    <message>
        <source>You can read it without changing anything, edit a copy of it (your changes then stay in the copy), or, if they are no longer editing, take it over.</source>
        <translation>Onu heç nəyi dəyişmədən oxuya, surətini redaktə edə (onda dəyişiklikləriniz surətdə qalır) və ya, əgər orada artıq redaktə etmirlərsə, onu öz üzərinizə götürə bilərsiniz.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Yalnız oxumaq üçün aç</translation>
    </message>
    <message>
        <source>Edit a copy…</source>
        <translation>Surəti redaktə et…</translation>
    </message>
    <message>
        <source>Edit anyway…</source>
        <translation>Yenə də redaktə et…</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Item</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <source>Before both</source>
        <translation>İlkin</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mənimki</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Onlarınkı</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Seçim</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Surəti birləşdir</translation>
    </message>
    <message>
        <source>Merging “{other}”: new items: {added}; changed: {changed}; removed: {removed}.</source>
        <translation>“{other}” ilə birləşdirmə: yeni qeydlər: {added}; dəyişdirilən: {changed}; silinən: {removed}.</translation>
    </message>
    <message numerus="yes">
        <source>Both copies changed %n thing(s) differently: choose for each what the case keeps.</source>
        <translation>
            <numerusform>%n ziddiyyət var: hər iki surət eyni şeyi fərqli dəyişib; hər biri üçün işdə nəyin qalacağını seçin.</numerusform>
            <numerusform>%n ziddiyyət var: hər iki surət eyni şeyi fərqli dəyişib; hər biri üçün işdə nəyin qalacağını seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birləşdir</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>dəyişdirilib</translation>
    </message>
    <message>
        <source>the whole item</source>
        <translation>bütün qeyd</translation>
    </message>
    <message>
        <source>your value</source>
        <translation>sizin dəyəriniz</translation>
    </message>
</context>
<context>
    <name>MissingGlyphsDialog</name>
    <message>
        <source>Characters without a font</source>
        <translation>Şrifti olmayan simvollar</translation>
    </message>
    <message numerus="yes">
        <source>The brief “{name}” was saved with %n character(s) no font has: each prints as its code, such as [U+5F20].</source>
        <translation>
            <numerusform>“{name}” arayışı yadda saxlanıldı, amma içindəki %n simvolun şrifti yoxdur və onlar kodları ilə çap olunur, məsələn, [U+5F20].</numerusform>
            <numerusform>“{name}” arayışı yadda saxlanıldı, amma içindəki %n simvolun şrifti yoxdur və onlar kodları ilə çap olunur, məsələn, [U+5F20].</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more place(s): see the details.</source>
        <translation>
            <numerusform>…və daha %n yer: təfərrüatlara baxın.</numerusform>
            <numerusform>…və daha %n yer: təfərrüatlara baxın.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Yeni iş</translation>
    </message>
    <message>
        <source>e.g. Missile strike damage to the embassy in Kyiv</source>
        <translation>məs. Kiyevdə səfirliyə raket zərbəsi nəticəsində dəyən ziyan</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, local time where it happened</source>
        <translation>İİİİ-AA-GG SS:DD, hadisə yerinin vaxtı ilə</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>məs. Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase</source>
        <translation>Parol ifadəsi ilə şifrələ</translation>
    </message>
    <message>
        <source>Without the passphrase nobody can read the file: a lost laptop or a mailed copy gives nothing away. A lost passphrase cannot be recovered.</source>
        <translation>Parol ifadəsi olmadan faylı heç kim oxuya bilməz: itmiş noutbuk və ya poçtla göndərilmiş surət heç nəyi açmır. Unudulmuş parol ifadəsini bərpa etmək mümkün deyil.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Başlıq:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Nömrə:</translation>
    </message>
    <message>
        <source>Occurred at:</source>
        <translation>Baş verib:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Saat qurşağı:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Yer:</translation>
    </message>
    <message>
        <source>Classification:</source>
        <translation>Məxfilik qrifi:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Xülasə:</translation>
    </message>
    <message>
        <source>What happened? You can change all of this later in the Overview.</source>
        <translation>Nə baş verib? Bütün bunları sonra Ümumi baxışda dəyişə bilərsiniz.</translation>
    </message>
    <message>
        <source>Choose where to save…</source>
        <translation>Harada saxlanılacağını seçin…</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>baş vermə vaxtı</translation>
    </message>
</context>
<context>
    <name>NewKeyDialog</name>
    <message>
        <source>Make your signing key</source>
        <translation>İmza açarınızı yaradın</translation>
    </message>
    <message>
        <source>Your name is shown on every seal you make. Without a passphrase, anyone who can read your key file can sign as you.</source>
        <translation>Adınız vurduğunuz hər möhürdə göstərilir. Parol ifadəsi olmadan açar faylınızı oxuya bilən hər kəs sizin adınızdan imzalaya bilər.</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Adınız:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Parol ifadəsi:</translation>
    </message>
    <message>
        <source>The same again:</source>
        <translation>Təkrar:</translation>
    </message>
    <message>
        <source>Give the name others will see on your seals.</source>
        <translation>Başqalarının möhürlərinizdə görəcəyi adı yazın.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>İki parol ifadəsi fərqlidir.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Keep the passphrase safe: without it nobody, you included, can open the case again.</source>
        <translation>Parol ifadəsini etibarlı yerdə saxlayın: onsuz heç kim, o cümlədən siz, işi bir daha aça bilməz.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Parol ifadəsi:</translation>
    </message>
    <message>
        <source>Again:</source>
        <translation>Təkrar:</translation>
    </message>
    <message>
        <source>Type a passphrase (several words are best).</source>
        <translation>Parol ifadəsini yazın (bir neçə söz daha yaxşıdır).</translation>
    </message>
    <message>
        <source>The two passphrases differ: type the same one twice.</source>
        <translation>İki parol ifadəsi fərqlidir: eynisini iki dəfə yazın.</translation>
    </message>
</context>
<context>
    <name>OverrideWarning</name>
    <message>
        <source>Take over the case file?</source>
        <translation>İş faylı öz üzərinizə götürülsün?</translation>
    </message>
    <message>
        <source>Edit “{name}” although another copy of casefile has it open?</source>
        <translation>casefile-ın başqa nüsxəsi “{name}” faylını açıq saxlasa da, redaktə edilsin?</translation>
    </message>
    <message>
        <source>Edit “{name}” although {user} on {host} (since {since}) has it open?</source>
        <translation>{user} {host} kompüterində ({since} tarixindən) “{name}” faylını açıq saxlasa da, redaktə edilsin?</translation>
    </message>
    <message>
        <source>Do this only if you know they are no longer editing, for example when their computer crashed. If they are, casefile will refuse to write over changes it has not seen, and one of you will have to close and reopen the case.</source>
        <translation>Bunu yalnız orada artıq redaktə etmədiklərini bildiyiniz halda edin, məsələn, onların kompüteri sıradan çıxıbsa. Əgər redaktə edirlərsə, casefile görmədiyi dəyişikliklərin üzərinə yazmaqdan imtina edəcək və biriniz işi bağlayıb yenidən açmalı olacaq.</translation>
    </message>
    <message>
        <source>Take over and edit</source>
        <translation>Öz üzərinə götür və redaktə et</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; is encrypted (or it is not a case file). Type its passphrase to open it.</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; şifrələnib (və ya iş faylı deyil). Açmaq üçün onun parol ifadəsini yazın.</translation>
    </message>
    <message>
        <source>Remember in the system keyring</source>
        <translation>Sistemin açar saxlancında yadda saxla</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keyring, not by casefile; anyone who can use your account unlocked can then open this case without typing it</source>
        <translation>casefile-da deyil, sisteminizin açar saxlancında saxlanılır; hesabınızdan kilidsiz istifadə edə bilən hər kəs bu işi onu yazmadan aça biləcək</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Parol ifadəsi:</translation>
    </message>
    <message>
        <source>Type the passphrase, or cancel.</source>
        <translation>Parol ifadəsini yazın və ya ləğv edin.</translation>
    </message>
</context>
<context>
    <name>PlanNameDialog</name>
    <message>
        <source>What the plan shows (e.g. “Compound”, “Floor 2”):</source>
        <translation>Planda nə göstərilir (məs. “Ərazi”, “2-ci mərtəbə”):</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Məzənnə</translation>
    </message>
    <message>
        <source>As of (YYYY-MM-DD)</source>
        <translation>Tarixə (İİİİ-AA-GG)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Reporting currency and exchange rates</source>
        <translation>Hesabat valyutası və məzənnələr</translation>
    </message>
    <message>
        <source>{currency} (your currency in Settings)</source>
        <translation>{currency} (Parametrlərdəki valyutanız)</translation>
    </message>
    <message>
        <source>Totals in:</source>
        <translation>Cəmi bu valyutada:</translation>
    </message>
    <message>
        <source>Add rate</source>
        <translation>Məzənnə əlavə et</translation>
    </message>
    <message>
        <source>Remove rate</source>
        <translation>Məzənnəni sil</translation>
    </message>
    <message>
        <source>One unit of each currency is worth the rate in the reporting currency.</source>
        <translation>Hər valyutanın bir vahidi hesabat valyutasında məzənnəyə bərabərdir.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Etdiyiniz hər dəyişikliklə birlikdə dəyişikliklər jurnalına yazılır</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Təxmini dəyəri valyutasız yazdıqda istifadə olunur</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>məs. Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Burada yadda saxlamaq yenisini yazacaq.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Adınız (dəyişikliklər jurnalı):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Dil (proqram və arayışlar):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Standart valyuta:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Standart məxfilik qrifi:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>%1 faylında saxlanılır; casefile əmri də onu oxuyur. Adınız bundan sonra açılan işlərə aid olur; proqramın dili isə casefile növbəti dəfə başladıqda tətbiq olunur.</translation>
    </message>
</context>
<context>
    <name>TrustPrompt</name>
    <message>
        <source>Trust this key?</source>
        <translation>Bu açara etibar edilsin?</translation>
    </message>
    <message>
        <source>The key of {name}

Fingerprint: {fingerprint}

Trust it only if its owner has read you the same fingerprint, on the phone or face to face: a file that came by mail may have been changed on the way.</source>
        <translation>{name} açarı

Barmaq izi: {fingerprint}

Ona yalnız sahibi sizə telefonla və ya üz-üzə eyni barmaq izini oxuyubsa etibar edin: poçtla gələn fayl yolda dəyişdirilə bilərdi.</translation>
    </message>
</context>
</TS>
