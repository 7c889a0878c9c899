<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AuditModel</name>
    <message>
        <source>When (local)</source>
        <translation>Vaxt (yerli)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Dəyişikliklər</translation>
    </message>
    <message>
        <source>create</source>
        <extracomment>what an entry did, as the log stores it and as the user reads it</extracomment>
        <translation>yaradılma</translation>
    </message>
    <message>
        <source>update</source>
        <translation>dəyişiklik</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>silinmə</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>bərpa</translation>
    </message>
    <message>
        <source>import</source>
        <translation>idxal</translation>
    </message>
    <message>
        <source>merge</source>
        <translation>birləşdirmə</translation>
    </message>
    <message>
        <source>seal</source>
        <translation>möhürləmə</translation>
    </message>
    <message>
        <source>release</source>
        <translation>surətin verilməsi</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>values withheld in this copy</source>
        <extracomment>fields the log keeps as ISO days, and as ISO instants</extracomment>
        <translation>bu surətdə dəyərlər gizlədilib</translation>
    </message>
    <message>
        <source>values not recorded</source>
        <translation>dəyərlər qeydə alınmayıb</translation>
    </message>
    <message>
        <source>Entry {seq}</source>
        <translation>Jurnal yazısı № {seq}</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n element</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChoiceListModel</name>
    <message>
        <source>(none)</source>
        <extracomment>row 0: no item chosen</extracomment>
        <translation>(yoxdur)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Action</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Ref</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Təxmini dəyər</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valyuta</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Miqdar</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Vahidin dəyəri</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
    <message>
        <source>Assessed by</source>
        <translation>Qiymətləndirən</translation>
    </message>
    <message>
        <source>Assessed at</source>
        <translation>Qiymətləndirmə vaxtı</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Müddət</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Görüşdən</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Daxili</translation>
    </message>
    <message>
        <source>internal</source>
        <extracomment>the translation context of the columns&apos; titles when a column shows by default: always; when the list has room for it (columns left to right); or only when the user asks for it (header&apos;s context menu) takes the room a wide list has to spare (a title or a name) what an exported table holds for this column: typed cells (a number, a date) under `cell_titles`; None: the text shown, under the title by column; None where a text column&apos;s key is not made yet (`_sort_key`) the key under which a block&apos;s names carry the incident&apos;s time zone, for columns that show a time where the incident happened</extracomment>
        <translation>daxili</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fayllar</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Xülasə</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Nəticələr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Orijinal adı</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
    </message>
    <message>
        <source>Represents</source>
        <translation>Təmsil edir</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Mənsubiyyət</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Əlaqə</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Şərh</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Müəllif</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nə</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
</context>
<context>
    <name>DamageCategory</name>
    <message>
        <source>Perimeter</source>
        <translation>Perimetr</translation>
    </message>
    <message>
        <source>Structures</source>
        <translation>Tikililər</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Nəqliyyat vasitələri</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Bina</translation>
    </message>
    <message>
        <source>Consular</source>
        <translation>Konsulluq</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Avadanlıq</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Digər</translation>
    </message>
</context>
<context>
    <name>DamageStatus</name>
    <message>
        <source>Reported</source>
        <translation>Bildirilib</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Qiymətləndirilib</translation>
    </message>
    <message>
        <source>Repair planned</source>
        <translation>Təmir planlaşdırılıb</translation>
    </message>
    <message>
        <source>Repaired</source>
        <translation>Təmir edilib</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>Silinib</translation>
    </message>
</context>
<context>
    <name>Facets</name>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Dərəcə</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Təxmini dəyər</translation>
    </message>
    <message>
        <source>With an estimate</source>
        <translation>Təxmini dəyəri olan</translation>
    </message>
    <message>
        <source>Without an estimate</source>
        <translation>Təxmini dəyəri olmayan</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikmiş</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Daxili</translation>
    </message>
    <message>
        <source>Internal only</source>
        <translation>Yalnız daxili</translation>
    </message>
    <message>
        <source>Not internal</source>
        <translation>Daxili olmayan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>title</source>
        <extracomment>the stored fields as a change names them (a field not here: its name, spaced)</extracomment>
        <translation>başlıq</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>nömrə</translation>
    </message>
    <message>
        <source>occurred at</source>
        <translation>baş vermə vaxtı</translation>
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
        <source>from</source>
        <translation>kimdən</translation>
    </message>
    <message>
        <source>to</source>
        <translation>kimə</translation>
    </message>
    <message>
        <source>purpose</source>
        <translation>məqsəd</translation>
    </message>
    <message>
        <source>recommendation</source>
        <translation>tövsiyə</translation>
    </message>
    <message>
        <source>decisions sought</source>
        <translation>xahiş olunan qərarlar</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>son müddət</translation>
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
        <source>clearances</source>
        <translation>razılaşdırmalar</translation>
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
        <source>files</source>
        <translation>fayllar</translation>
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
        <source>estimated cost</source>
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
        <translation>qiymətləndirən</translation>
    </message>
    <message>
        <source>assessed at</source>
        <translation>qiymətləndirmə vaxtı</translation>
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
        <translation>məsul</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>icra müddəti</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>file name</source>
        <translation>fayl adı</translation>
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
        <source>type</source>
        <translation>növ</translation>
    </message>
    <message>
        <source>size</source>
        <translation>ölçü</translation>
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
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <source>damage item</source>
        <translation>zədə</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fayl</translation>
    </message>
    <message>
        <source>case</source>
        <translation>iş</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>jurnal yazısı</translation>
    </message>
    <message>
        <source>chain head</source>
        <translation>zəncirin sonu</translation>
    </message>
    <message>
        <source>state</source>
        <translation>vəziyyət</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>şərh</translation>
    </message>
    <message>
        <source>signer</source>
        <translation>imzalayan</translation>
    </message>
    <message>
        <source>public key</source>
        <translation>açıq açar</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>imza</translation>
    </message>
    <message>
        <source>item kind</source>
        <translation>elementin növü</translation>
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
        <source>resolved at</source>
        <translation>həll olunma vaxtı</translation>
    </message>
    <message>
        <source>resolved by</source>
        <translation>həll edən</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>İcra edilib</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Ləğv edilib</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <source>(internal: left out of redacted briefs)</source>
        <translation>(daxili: daxili materiallar çıxarılmış arayışlara düşmür)</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarixsiz</translation>
    </message>
    <message>
        <source>Overdue, internal</source>
        <translation>Gecikib, daxili</translation>
    </message>
    <message>
        <source>Open, internal</source>
        <translation>Açıq, daxili</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Gecikib</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açıq</translation>
    </message>
</context>
<context>
    <name>IncidentStatus</name>
    <message>
        <source>Open</source>
        <extracomment>each vocabulary field&apos;s translation context and its labels by stored value</extracomment>
        <translation>Açıq</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Bağlı</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <source>Incident</source>
        <extracomment>the names of the kinds of item, by stored kind</extracomment>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Tərəf</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <source>Damage item</source>
        <translation>Zədə</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Görüş</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Qoşma</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>Ərazinin planı</translation>
    </message>
    <message>
        <source>Review comment</source>
        <translation>Baxılma şərhi</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Nişan</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>Möhür</translation>
    </message>
    <message>
        <source>Release copy</source>
        <translation>Möhürlənmiş surət</translation>
    </message>
</context>
<context>
    <name>MeetingKind</name>
    <message>
        <source>Summons</source>
        <translation>Çağırış</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>İkitərəfli görüş</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Telefon danışığı</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>Yerində baxış</translation>
    </message>
</context>
<context>
    <name>NoteKind</name>
    <message>
        <source>Diplomatic note</source>
        <translation>Diplomatik nota</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Bəyanat</translation>
    </message>
    <message>
        <source>Press report</source>
        <translation>Mətbuat xəbəri</translation>
    </message>
    <message>
        <source>Internal memo</source>
        <translation>Daxili xidməti qeyd</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Müşahidə</translation>
    </message>
</context>
<context>
    <name>PartyKind</name>
    <message>
        <source>Person</source>
        <translation>Şəxs</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Təşkilat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Dövlət</translation>
    </message>
</context>
<context>
    <name>PhotosModel</name>
    <message>
        <source>{size} KB</source>
        <extracomment>a size in kilobytes, megabytes, gigabytes</extracomment>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} GB</source>
        <translation>{size} GB</translation>
    </message>
    <message>
        <source>FILE</source>
        <comment>a file of no known type</comment>
        <translation>FAYL</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <source>For decision</source>
        <translation>Qərar qəbul edilməsi üçün</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Məlumat üçün</translation>
    </message>
</context>
<context>
    <name>ReviewCommentsModel</name>
    <message>
        <source>{kind} (deleted)</source>
        <translation>{kind} (silinib)</translation>
    </message>
    <message>
        <source>Resolved by {name}</source>
        <translation>Həll edilib ({name})</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>a review comment not resolved yet</comment>
        <translation>Açıq</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Not assessed</source>
        <extracomment>a damage item&apos;s severity left empty</extracomment>
        <translation>Qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>Minor</source>
        <translation>Yüngül</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Orta</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Ağır</translation>
    </message>
    <message>
        <source>Destroyed</source>
        <translation>Tam dağılıb</translation>
    </message>
</context>
<context>
    <name>SizeWords</name>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n bayt</numerusform>
            <numerusform>%n bayt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>due, {status}</source>
        <translation>icra müddəti, {status}</translation>
    </message>
    <message>
        <source>{kind} · internal</source>
        <extracomment>each shown row&apos;s entry and its &quot;When&quot;, made once, as the row is first shown</extracomment>
        <translation>{kind} · daxili</translation>
    </message>
    <message>
        <source>When ({zone})</source>
        <translation>Vaxt ({zone})</translation>
    </message>
    <message>
        <source>Internal: left out of redacted briefs</source>
        <translation>Daxili: daxili materiallar çıxarılmış arayışlara düşmür</translation>
    </message>
</context>
</TS>
