<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AuditView</name>
    <message>
        <source>✖ Audit chain broken at entry %1: %2</source>
        <translation>✖ Dəyişikliklər jurnalının zənciri %1 saylı qeyddə qırılıb: %2</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Dəyişikliklər jurnalının zənciri yoxlanılır…</translation>
    </message>
    <message numerus="yes">
        <source>✔ Audit chain verified: %Ln entr(y|ies)</source>
        <translation>
            <numerusform>✔ Dəyişikliklər jurnalının zənciri yoxlanıldı: %Ln qeyd</numerusform>
            <numerusform>✔ Dəyişikliklər jurnalının zənciri yoxlanıldı: %Ln qeyd</numerusform>
        </translation>
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
        <source>audit entry {seq} ({entity} {entity_id}) was edited: its values are marked withheld, but the item was not deleted</source>
        <translation>jurnalın {seq} saylı qeydi ({entity} {entity_id}) dəyişdirilib: dəyərləri gizlədilmiş kimi qeyd olunub, amma element silinməyib</translation>
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
        <source>audit entry {seq} repeats the id of an earlier entry: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydi əvvəlki qeydin identifikatorunu təkrarlayır: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} follows entry {parent}, which is not before it in the log: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydi jurnalda özündən əvvəl olmayan {parent} qeydinin ardınca gəlir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time that does not follow from its time and the entry before it: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydinin saat vaxtı onun vaxtından və əvvəlki qeyddən irəli gəlmir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>audit entry {seq} has a clock time before that of the entry it follows: the log was edited</source>
        <translation>jurnalın {seq} saylı qeydinin saat vaxtı ardınca gəldiyi qeydinkindən əvvəldir: jurnal dəyişdirilib</translation>
    </message>
    <message>
        <source>the audit log ends at entry {last_seq} but the file recorded entry {recorded} as its last: the newest entries were deleted</source>
        <translation>dəyişikliklər jurnalı {last_seq} saylı qeyddə bitir, amma fayl sonuncu kimi {recorded} saylı qeydi yazıb: ən yeni qeydlər silinib</translation>
    </message>
    <message>
        <source>✖ The audit chain could not be checked: %1</source>
        <translation>✖ Dəyişikliklər jurnalının zəncirini yoxlamaq mümkün olmadı: %1</translation>
    </message>
</context>
<context>
    <name>ColumnLayout</name>
    <message>
        <source>Default columns</source>
        <extracomment>the set of columns shown changed (a typed filter looks only in those)</extracomment>
        <translation>Standart sütunlar</translation>
    </message>
</context>
<context>
    <name>CommentDialog</name>
    <message>
        <source>Add a review comment</source>
        <extracomment>the kinds a comment may be on, in the order the item chooser lists them</extracomment>
        <translation>Baxılma üzrə şərh əlavə et</translation>
    </message>
    <message>
        <source>On:</source>
        <translation>Obyekt:</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Şərh:</translation>
    </message>
</context>
<context>
    <name>DamageChart</name>
    <message>
        <source>%1 %2</source>
        <comment>a count of damage items and their severity</comment>
        <extracomment>Severities from &quot;not assessed&quot; to the worst, with the colour of each segment.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No damage recorded</source>
        <translation>Ziyan qeydə alınmayıb</translation>
    </message>
    <message>
        <source>No damage items recorded yet</source>
        <translation>Hələ heç bir zədə qeydə alınmayıb</translation>
    </message>
</context>
<context>
    <name>DamageForm</name>
    <message>
        <source>Item</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Zədələnmə dərəcəsi</translation>
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
        <source>where on the premises</source>
        <translation>ərazinin harasında</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Təsvir</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Təxmini dəyər</translation>
    </message>
    <message>
        <source>Quantity × unit cost</source>
        <translation>Miqdar × qiymət</translation>
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
        <source>Photos</source>
        <translation>Fotolar</translation>
    </message>
</context>
<context>
    <name>DamageView</name>
    <message>
        <source>Add damage item</source>
        <translation>Zədə əlavə et</translation>
    </message>
    <message>
        <source>Filter damage items…</source>
        <translation>Zədələri süz…</translation>
    </message>
    <message>
        <source>Select a damage item on the left to see it.</source>
        <translation>Baxmaq üçün soldan zədə seçin.</translation>
    </message>
    <message>
        <source>Select a damage item on the left,
or add one with %1.</source>
        <translation>Soldan zədə seçin
və ya %1 ilə yenisini əlavə edin.</translation>
    </message>
    <message>
        <source>New damage item</source>
        <translation>Yeni zədə</translation>
    </message>
    <message>
        <source>Damage items</source>
        <translation>Zədələr</translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s)</source>
        <translation>
            <numerusform>%Ln zədə</numerusform>
            <numerusform>%Ln zədə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln damage item(s)</source>
        <translation>
            <numerusform>%Ln zədədən %1</numerusform>
            <numerusform>%Ln zədədən %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: no estimates</source>
        <translation>Göstərilənlərin cəmi: təxmini dəyər yoxdur</translation>
    </message>
    <message>
        <source>Total: no estimates</source>
        <translation>Cəmi: təxmini dəyər yoxdur</translation>
    </message>
    <message numerus="yes">
        <source>%Ln without an estimate</source>
        <translation>
            <numerusform>%Ln təxmini dəyərsiz</numerusform>
            <numerusform>%Ln təxmini dəyərsiz</numerusform>
        </translation>
    </message>
    <message>
        <source>Total shown: %1</source>
        <translation>Göstərilənlərin cəmi: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Cəmi: %1</translation>
    </message>
    <message>
        <source>In %1: %2 at %3</source>
        <translation>%1 ilə: %2, məzənnə: %3</translation>
    </message>
    <message>
        <source>In %1: %2</source>
        <translation>%1 ilə: %2</translation>
    </message>
</context>
<context>
    <name>EstimateWords</name>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln zədə</numerusform>
            <numerusform>%Ln zədə</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Estimates</name>
    <message>
        <source>no rate for %1: not in the total</source>
        <translation>%1 üçün məzənnə yoxdur: cəmə daxil edilməyib</translation>
    </message>
</context>
<context>
    <name>FollowUpForm</name>
    <message>
        <source>Action</source>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Məsul</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>İcra müddəti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Daxili</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>yalnız daxili (daxili materiallar çıxarılmış arayışlara düşmür)</translation>
    </message>
    <message>
        <source>From meeting</source>
        <translation>Görüşdən</translation>
    </message>
</context>
<context>
    <name>FollowUpsPane</name>
    <message>
        <source>Add follow-up</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <source>Filter follow-ups…</source>
        <translation>Tapşırıqları süz…</translation>
    </message>
    <message>
        <source>Select a follow-up on the left to see it.</source>
        <translation>Baxmaq üçün soldan tapşırıq seçin.</translation>
    </message>
    <message>
        <source>Select a follow-up on the left,
or add one with %1.</source>
        <translation>Soldan tapşırıq seçin
və ya %1 ilə yenisini əlavə edin.</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Yeni tapşırıq</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln tapşırıq</numerusform>
            <numerusform>%Ln tapşırıq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln tapşırıqdan %1</numerusform>
            <numerusform>%Ln tapşırıqdan %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <source>&amp;Title</source>
        <extracomment>a refused edit, in words for the user (&quot;&quot; clears the message)</extracomment>
        <translation>&amp;Adı</translation>
    </message>
    <message>
        <source>&amp;Reference</source>
        <translation>&amp;Qeydiyyat nömrəsi</translation>
    </message>
    <message>
        <source>&amp;Occurred at</source>
        <translation>&amp;Baş verib</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Saat q&amp;urşağı</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Yeri</translation>
    </message>
    <message>
        <source>C&amp;lassification</source>
        <translation>&amp;Məxfilik qrifi</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Xülasə</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM, in the incident&apos;s zone</source>
        <translation>İİİİ-AA-GG SS:DD, hadisənin saat qurşağında</translation>
    </message>
    <message>
        <source>an IANA zone, e.g. Europe/Kyiv</source>
        <translation>IANA qurşağı, məs. Europe/Kyiv</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>məs. Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>Shown in %1 time (UTC%2)</source>
        <translation>%1 vaxtı ilə göstərilir (UTC%2)</translation>
    </message>
</context>
<context>
    <name>ItemListPane</name>
    <message>
        <source>Type to show only the rows containing every word</source>
        <extracomment>the form&apos;s share of a list view at its first showing, and its bounds in pixels: the list keeps most of a 1024 px window, the form does not sprawl on a 1920 px one never emitted: a pane&apos;s Add and Delete always mean its own kind</extracomment>
        <translation>Yalnız bütün sözləri olan sətirləri göstərmək üçün yazın</translation>
    </message>
    <message>
        <source>Show only the rows of one choice; the first entry: all</source>
        <translation>Yalnız bir seçimin sətirlərini göstər; birinci bənd: hamısı</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Əlavə edilmədi: %1</translation>
    </message>
    <message>
        <source>Not deleted: %1</source>
        <translation>Silinmədi: %1</translation>
    </message>
    <message>
        <source>Deleted %1. Undo brings it back (Ctrl+Z).</source>
        <translation>Silindi: %1. Geri qaytarmaq üçün: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <extracomment>fields the selection&apos;s context menu sets on every selected item at once</extracomment>
        <translation>Dəyişdirilmədi: %1</translation>
    </message>
    <message>
        <source>Changed %1. Undo puts it back (Ctrl+Z).</source>
        <translation>Dəyişdirildi: %1. Əvvəlki halına qaytarmaq üçün: Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Siyahını ixrac et</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>İxrac: %1</translation>
    </message>
    <message>
        <source>Not exported: %1</source>
        <translation>İxrac edilmədi: %1</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>İxrac edilmədi</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>İxrac edildi: %1, fayl: %2</translation>
    </message>
    <message>
        <source>Print the list to PDF</source>
        <translation>Siyahını PDF-ə çap et</translation>
    </message>
    <message>
        <source>Not printed: %1</source>
        <translation>Çap edilmədi: %1</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Çap edilmədi</translation>
    </message>
    <message>
        <source>Printed the list to %1</source>
        <translation>Siyahı çap edildi: %1</translation>
    </message>
    <message>
        <source>%1: %2 could not be written (%3)</source>
        <translation>%1: %2 yazıla bilmədi (%3)</translation>
    </message>
    <message>
        <source>containing “%1”</source>
        <translation>“%1” olanlar</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Title</source>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Vaxt</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Bütün gün</translation>
    </message>
    <message>
        <source>the time of day is not known</source>
        <translation>günün vaxtı məlum deyil</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat qurşağı</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Yer</translation>
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
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
    <message>
        <source>One outcome per line</source>
        <translation>Hər sətirdə bir nəticə</translation>
    </message>
</context>
<context>
    <name>MeetingsPane</name>
    <message>
        <source>Add meeting</source>
        <translation>Görüş əlavə et</translation>
    </message>
    <message>
        <source>Filter meetings…</source>
        <translation>Görüşləri süz…</translation>
    </message>
    <message>
        <source>Select a meeting on the left to see it.</source>
        <translation>Baxmaq üçün soldan görüş seçin.</translation>
    </message>
    <message>
        <source>Select a meeting on the left,
or add one with %1.</source>
        <translation>Soldan görüş seçin
və ya %1 ilə yenisini əlavə edin.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Yeni görüş</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln görüş</numerusform>
            <numerusform>%Ln görüş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln görüşdən %1</numerusform>
            <numerusform>%Ln görüşdən %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <source>Meetings</source>
        <extracomment>Add now means another kind (the tab changed)</extracomment>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
</context>
<context>
    <name>NoteForm</name>
    <message>
        <source>Title</source>
        <extracomment>the kind of note that is internal unless its user says otherwise</extracomment>
        <translation>Başlıq</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
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
        <source>Internal</source>
        <translation>Daxili</translation>
    </message>
    <message>
        <source>internal only (left out of redacted briefs)</source>
        <translation>yalnız daxili (daxili materiallar çıxarılmış arayışlara düşmür)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Mətn</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Qoşmalar</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Add note</source>
        <translation>Qeyd əlavə et</translation>
    </message>
    <message>
        <source>Filter notes…</source>
        <translation>Qeydləri süz…</translation>
    </message>
    <message>
        <source>Select a note on the left to see it.</source>
        <translation>Baxmaq üçün soldan qeyd seçin.</translation>
    </message>
    <message>
        <source>Select a note on the left,
or add one with %1.</source>
        <translation>Soldan qeyd seçin
və ya %1 ilə yenisini əlavə edin.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Yeni qeyd</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln qeyd</numerusform>
            <numerusform>%Ln qeyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln note(s)</source>
        <translation>
            <numerusform>%Ln qeyddən %1</numerusform>
            <numerusform>%Ln qeyddən %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewView</name>
    <message>
        <source>Incident</source>
        <extracomment>the kinds counted under &quot;In this case&quot;, in the order shown the translation context of the open follow-ups&apos; model</extracomment>
        <translation>Hadisə</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>Təqdimat</translation>
    </message>
    <message>
        <source>Printed on the brief&apos;s cover; empty fields are left out</source>
        <translation>Arayışın üz səhifəsində çap olunur; boş sahələr çap olunmur</translation>
    </message>
    <message>
        <source>In this case</source>
        <translation>Bu işdə</translation>
    </message>
    <message>
        <source>Damage by category and severity</source>
        <translation>Kateqoriya və zədələnmə dərəcəsi üzrə ziyan</translation>
    </message>
    <message>
        <source>Currency and rates…</source>
        <translation>Valyuta və məzənnələr…</translation>
    </message>
    <message>
        <source>The currency totals are given in, and the exchange rates</source>
        <translation>Cəmlərin verildiyi valyuta və məzənnələr</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Təxmini dəyər</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Açıq tapşırıqlar</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Baxılma</translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s) (has|have) no estimate.</source>
        <translation>
            <numerusform>%Ln zədənin təxmini dəyəri yoxdur.</numerusform>
            <numerusform>%Ln zədənin təxmini dəyəri yoxdur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No estimates yet: %Ln damage item(s) (has|have) none.</source>
        <translation>
            <numerusform>Hələ təxmini dəyər yoxdur: %Ln zədə qiymətləndirilməyib.</numerusform>
            <numerusform>Hələ təxmini dəyər yoxdur: %Ln zədə qiymətləndirilməyib.</numerusform>
        </translation>
    </message>
    <message>
        <source>In all, in %1: %2 at %3</source>
        <translation>Hamısı %1 ilə: %2, məzənnə: %3</translation>
    </message>
    <message>
        <source>In all, in %1: %2</source>
        <translation>Hamısı %1 ilə: %2</translation>
    </message>
    <message>
        <source>No damage items recorded.</source>
        <translation>Heç bir zədə qeydə alınmayıb.</translation>
    </message>
    <message>
        <source>Open follow-ups: %1 (%2 overdue)</source>
        <translation>Açıq tapşırıqlar: %1 (%2 vaxtı keçib)</translation>
    </message>
    <message>
        <source>Open follow-ups: %1</source>
        <translation>Açıq tapşırıqlar: %1</translation>
    </message>
    <message numerus="yes">
        <source>part(y|ies)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>tərəf</numerusform>
            <numerusform>tərəf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>note(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>qeyd</numerusform>
            <numerusform>qeyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>damage item(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>zədə</numerusform>
            <numerusform>zədə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>meeting(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>görüş</numerusform>
            <numerusform>görüş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>follow-up(s)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>tapşırıq</numerusform>
            <numerusform>tapşırıq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(photo or file|photos &amp; files)</source>
        <comment>counted, under the number</comment>
        <translation>
            <numerusform>foto və ya fayl</numerusform>
            <numerusform>foto və fayl</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Yadda saxlanılmadı: %1</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Ümumi baxış</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Ziyan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <source>Meetings &amp; follow-ups</source>
        <translation>Görüşlər və tapşırıqlar</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Fotolar və sənədlər</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>Ərazinin planı</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dəyişikliklər jurnalı</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Baxılma</translation>
    </message>
</context>
<context>
    <name>PartiesView</name>
    <message>
        <source>Add party</source>
        <translation>Tərəf əlavə et</translation>
    </message>
    <message>
        <source>Filter parties…</source>
        <translation>Tərəfləri süz…</translation>
    </message>
    <message>
        <source>Select a party on the left to see it.</source>
        <translation>Baxmaq üçün soldan tərəf seçin.</translation>
    </message>
    <message>
        <source>Select a party on the left,
or add one with %1.</source>
        <translation>Soldan tərəf seçin
və ya %1 ilə yenisini əlavə edin.</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Yeni tərəf</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Tərəflər</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(y|ies)</source>
        <translation>
            <numerusform>%Ln tərəf</numerusform>
            <numerusform>%Ln tərəf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln part(y|ies)</source>
        <translation>
            <numerusform>%Ln tərəfdən %1</numerusform>
            <numerusform>%Ln tərəfdən %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PartyForm</name>
    <message>
        <source>Name</source>
        <translation>Adı</translation>
    </message>
    <message>
        <source>Native name</source>
        <translation>Orijinal adı</translation>
    </message>
    <message>
        <source>as written in its own script</source>
        <translation>öz əlifbası ilə yazıldığı kimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Role in the case</source>
        <translation>İşdəki rolu</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ölkə</translation>
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
        <source>Represents</source>
        <translation>Təmsil edir</translation>
    </message>
    <message>
        <source>Appears in</source>
        <translation>Harada görünür</translation>
    </message>
</context>
<context>
    <name>ReviewSentence</name>
    <message>
        <source> (their own submission)</source>
        <extracomment>how a seal&apos;s day is written: &quot;3 December 2025&quot;, &quot;3 декабря 2025&quot;</extracomment>
        <translation> (öz təqdimatı)</translation>
    </message>
    <message>
        <source> (the seal does not verify)</source>
        <translation> (möhür təsdiqlənmir)</translation>
    </message>
    <message>
        <source> (signer&apos;s key not trusted here)</source>
        <translation> (imzalayanın açarına burada etibar edilmir)</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln change(s) since</source>
        <translation>
            <numerusform>; o vaxtdan %Ln dəyişiklik</numerusform>
            <numerusform>; o vaxtdan %Ln dəyişiklik</numerusform>
        </translation>
    </message>
    <message>
        <source>Submitted by %1 on %2 at state %3</source>
        <translation>Təqdim edib: %1, %2, vəziyyət %3</translation>
    </message>
    <message>
        <source>Approved by %1 on %2 at state %3</source>
        <translation>Təsdiqləyib: %1, %2, vəziyyət %3</translation>
    </message>
    <message>
        <source>Changes requested by %1 on %2 at state %3</source>
        <translation>Düzəlişə qaytarıb: %1, %2, vəziyyət %3</translation>
    </message>
    <message>
        <source>Released by %1 on %2 at state %3</source>
        <translation>Surət verib: %1, %2, vəziyyət %3</translation>
    </message>
    <message>
        <source>Sealed by %1 on %2 at state %3</source>
        <translation>Möhürləyib: %1, %2, vəziyyət %3</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Show resolved comments</source>
        <translation>Həll edilmiş şərhləri göstər</translation>
    </message>
    <message>
        <source>Add comment…</source>
        <translation>Şərh əlavə et…</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Həll et</translation>
    </message>
    <message>
        <source>Add review comment</source>
        <translation>Baxılma üzrə şərh əlavə et</translation>
    </message>
    <message>
        <source>Not sealed: nobody has submitted, approved or asked for changes to this case yet (Review menu).</source>
        <translation>Möhürlənməyib: bu işi hələ heç kim təqdim etməyib, təsdiqləməyib və düzəlişə qaytarmayıb (Baxılma menyusu).</translation>
    </message>
    <message>
        <source>Open again</source>
        <translation>Yenidən aç</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>an item in the chooser: its kind, its name</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Comment not added</source>
        <translation>Şərh əlavə edilmədi</translation>
    </message>
    <message>
        <source>Comment not changed</source>
        <translation>Şərh dəyişdirilmədi</translation>
    </message>
</context>
<context>
    <name>SelectionMenu</name>
    <message>
        <source>Set status of %1</source>
        <translation>Statusu təyin et: %1</translation>
    </message>
    <message>
        <source>Set severity of %1</source>
        <translation>Zədələnmə dərəcəsini təyin et: %1</translation>
    </message>
    <message>
        <source>Set category of %1</source>
        <translation>Kateqoriyanı təyin et: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the translation context of the menu&apos;s entries (lupdate reads only a literal one)</extracomment>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>İxrac et: %1…</translation>
    </message>
    <message>
        <source>Export selection…</source>
        <translation>Seçilənləri ixrac et…</translation>
    </message>
    <message>
        <source>Export the list…</source>
        <translation>Siyahını ixrac et…</translation>
    </message>
    <message>
        <source>Print the list…</source>
        <translation>Siyahını çap et…</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Sil: %1</translation>
    </message>
    <message>
        <source>Set kind of %1</source>
        <translation>Növü təyin et: %1</translation>
    </message>
</context>
<context>
    <name>SubmissionForm</name>
    <message>
        <source>“{line}”: “{date}” is not a date: write each clearance as Name, YYYY-MM-DD</source>
        <extracomment>a date at the end of a clearance&apos;s line, after its last comma, has a digit</extracomment>
        <translation>“{line}”: “{date}” tarix deyil: hər razılaşdırmanı Ad, İİİİ-AA-GG kimi yazın</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kimdən</translation>
    </message>
    <message>
        <source>e.g. Embassy in Kyiv</source>
        <translation>məs., Kiyevdəki səfirlik</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kimə</translation>
    </message>
    <message>
        <source>e.g. Minister of Foreign Affairs</source>
        <translation>məs., Xarici İşlər Naziri</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Məqsəd</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Göstərilməyib</translation>
    </message>
    <message>
        <source>For decision</source>
        <translation>Qərar qəbul edilməsi üçün</translation>
    </message>
    <message>
        <source>For information</source>
        <translation>Məlumat üçün</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Tövsiyə</translation>
    </message>
    <message>
        <source>Decisions sought</source>
        <translation>Xahiş olunan qərarlar</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Son müddət</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>İcraçı</translation>
    </message>
    <message>
        <source>Drafted on</source>
        <translation>Hazırlanma tarixi</translation>
    </message>
    <message>
        <source>Cleared by</source>
        <translation>Razılaşdırılıb</translation>
    </message>
    <message>
        <source>One a line: name, YYYY-MM-DD</source>
        <translation>Hər sətirdə biri: ad, İİİİ-AA-GG</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Show &amp;internal items</source>
        <translation>&amp;Daxili materialları göstər</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dated item(s), shown in %1 time. Double-click or press Enter to open one.</source>
        <translation>
            <numerusform>Tarixi olan %Ln element, %1 vaxtı ilə. Açmaq üçün iki dəfə klikləyin və ya Enter basın.</numerusform>
            <numerusform>Tarixi olan %Ln element, %1 vaxtı ilə. Açmaq üçün iki dəfə klikləyin və ya Enter basın.</numerusform>
        </translation>
    </message>
</context>
</TS>
