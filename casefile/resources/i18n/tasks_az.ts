<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AttachFiles</name>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Fayllar əlavə edilir</translation>
    </message>
    <message>
        <source>Attaching {name} ({done} of {count})…</source>
        <translation>{name} əlavə edilir ({done} / {count})…</translation>
    </message>
</context>
<context>
    <name>AttachWords</name>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <extracomment>what was left out of files that were attached (a capture time out of range)</extracomment>
        <translation>
            <numerusform>%Ln fayl əlavə edilir…</numerusform>
            <numerusform>%Ln fayl əlavə edilir…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <source>Unexpected error while exporting ({error}).</source>
        <translation>İxrac zamanı gözlənilməz xəta ({error}).</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Arayışın ixracı</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Arayış ixrac edilir…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Review state: {state}</source>
        <translation>Baxılma vəziyyəti: {state}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Xəbərdarlıq: {message}</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Faylın yoxlanışı</translation>
    </message>
    <message>
        <source>… and {count} more (in the details)</source>
        <translation>… və daha {count} (ətraflı məlumatda)</translation>
    </message>
    <message>
        <source>Do not rely on this file as it is: restore it from a copy you trust, or ask whoever sent it for it again. Opened read-only, what SQLite can read is still shown.</source>
        <translation>Bu fayla olduğu kimi etibar etməyin: onu etibar etdiyiniz surətdən bərpa edin və ya göndərəndən yenidən istəyin. Yalnız oxumaq üçün açıldıqda SQLite-ın oxuya bildikləri yenə göstərilir.</translation>
    </message>
    <message>
        <source>“{name}” is sound.</source>
        <translation>“{name}” salamatdır.</translation>
    </message>
    <message>
        <source>Checked: integrity, schema, links, attachment hashes and the audit chain (audit log entries: {entries}), and that the log accounts for every item: nothing was changed outside casefile.</source>
        <translation>Yoxlanıldı: bütövlük, sxem, əlaqələr, əlavələrin heşləri və dəyişikliklər jurnalının zənciri (jurnal yazıları: {entries}), həmçinin jurnalın hər qeydi əhatə etməsi: casefile-dan kənarda heç nə dəyişdirilməyib.</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %Ln problem(s).</source>
        <translation>
            <numerusform>“{name}” faylında %Ln problem var.</numerusform>
            <numerusform>“{name}” faylında %Ln problem var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln change(s) since the latest seal, which no seal covers</source>
        <translation>
            <numerusform>Xəbərdarlıq: son möhürdən sonra %Ln dəyişiklik var və onları heç bir möhür əhatə etmir</numerusform>
            <numerusform>Xəbərdarlıq: son möhürdən sonra %Ln dəyişiklik var və onları heç bir möhür əhatə etmir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Siyahı</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Unexpected error while checking ({error}).</source>
        <extracomment>Problems listed in the report itself; the rest are under Show Details.</extracomment>
        <translation>Yoxlama zamanı gözlənilməz xəta ({error}).</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Faylın yoxlanışı</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Fayl yoxlanılır…</translation>
    </message>
</context>
<context>
    <name>NotOpenedPrompt</name>
    <message>
        <source>Brief not opened</source>
        <translation>Arayış açılmadı</translation>
    </message>
    <message>
        <source>“{name}” was saved, but no program here opens PDF files.</source>
        <translation>“{name}” yadda saxlanıldı, lakin bu kompüterdə PDF fayllarını açan proqram yoxdur.</translation>
    </message>
    <message>
        <source>Install a PDF viewer, or open the file from its folder:</source>
        <translation>PDF baxış proqramı quraşdırın və ya faylı öz qovluğundan açın:</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Qovluqda göstər</translation>
    </message>
</context>
<context>
    <name>OpenBriefPrompt</name>
    <message>
        <source>Brief exported</source>
        <translation>Arayış ixrac edildi</translation>
    </message>
    <message>
        <source>The brief was saved as “{name}”.</source>
        <translation>Arayış “{name}” adı ilə yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Aç</translation>
    </message>
</context>
<context>
    <name>PrintList</name>
    <message>
        <source>printed {date}</source>
        <translation>çap tarixi: {date}</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln sətir</numerusform>
            <numerusform>%Ln sətir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln row(s)</source>
        <translation>
            <numerusform>{shown} / %Ln sətir</numerusform>
            <numerusform>{shown} / %Ln sətir</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release copy</source>
        <translation>Möhürlənmiş surətin verilməsi</translation>
    </message>
    <message>
        <source>A copy for people outside the team: it leaves out deleted items, the text that editing removed, earlier seals and review comments, lists what it left out (counts, never content), and is sealed with your key.</source>
        <translation>Komandadan kənar şəxslər üçün surət: silinmiş qeydlər, redaktə zamanı çıxarılmış mətn, əvvəlki möhürlər və baxılma şərhləri ona daxil edilmir, nəyin çıxarıldığı sadalanır (yalnız say, məzmun heç vaxt) və surət sizin açarınızla möhürlənir.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups</source>
        <translation>Daxili qeydləri və tapşırıqları çıxar</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Harada saxlanılsın:</translation>
    </message>
    <message>
        <source>The copy:</source>
        <translation>Surət:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Açarınızın parol ifadəsi:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Release copy as</source>
        <translation>Möhürlənmiş surəti belə saxla</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Submit for review…</source>
        <extracomment>the translation context of the Review menu and File &gt; Release copy… (written out where lupdate reads it: it reads only literals) Review menu entries: (state, menu text, what the dialog&apos;s button says), in English; shown through QCoreApplication.translate(CONTEXT, ...)</extracomment>
        <translation>&amp;Baxılmaya təqdim et…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Təqdim et</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Təsdiqlə…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Düzəlişə qaytar…</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Düzəlişə qaytar</translation>
    </message>
    <message>
        <source>Sealed</source>
        <extracomment>what a seal in each state says of the case (the store&apos;s STATE_LABELS, translated)</extracomment>
        <translation>Möhürlənib</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Baxılmaya təqdim edilib</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Təsdiqlənib</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Düzəlişə qaytarılıb</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Möhürlənmiş surət verilib</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in File &gt; Settings (Keys), then give your public key to the people who review your cases.</source>
        <translation>Hələ imza açarınız yoxdur. Onu Fayl &gt; Parametrlər (Açarlar) bölməsində yaradın, sonra açıq açarınızı işlərinizə baxan şəxslərə verin.</translation>
    </message>
    <message>
        <source>Key not used</source>
        <translation>Açar istifadə olunmadı</translation>
    </message>
    <message>
        <source>&amp;Release copy…</source>
        <translation>Möhürlənmiş surət &amp;ver…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Komandadan kənar şəxslər üçün möhürlənmiş surət: silinmiş və daxili mətn olmadan</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>İmza açarı yoxdur</translation>
    </message>
    <message>
        <source>Case not sealed</source>
        <translation>İş möhürlənmədi</translation>
    </message>
    <message>
        <source>{state} by {signer} at state {head}.</source>
        <translation>{state}: {signer}, vəziyyət {head}.</translation>
    </message>
    <message>
        <source>Release copy not written</source>
        <translation>Möhürlənmiş surət yazılmadı</translation>
    </message>
    <message>
        <source>Wrote the release copy {file}</source>
        <translation>Möhürlənmiş surət yazıldı: {file}</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>{state}: seal the case</source>
        <translation>{state}: işi möhürlə</translation>
    </message>
    <message>
        <source>This signs the case as it is now (state {state}) with your key, {name} ({fingerprint}). The seal is kept in the case file; what is changed afterwards is not covered by it.</source>
        <translation>Bu, işi indiki halında (vəziyyət {state}) sizin açarınızla, {name} ({fingerprint}), imzalayır. Möhür iş faylında saxlanılır; sonradan dəyişdirilənləri əhatə etmir.</translation>
    </message>
    <message>
        <source>What you vouch for, or what should change (optional)</source>
        <translation>Nəyə zəmanət verirsiniz və ya nə dəyişməlidir (istəyə görə)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Şərh:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Açarınızın parol ifadəsi:</translation>
    </message>
</context>
<context>
    <name>SealWords</name>
    <message>
        <source>integrity</source>
        <extracomment>the parts of a case a finding of the check is about (Problem.area), as a reader names them</extracomment>
        <translation>bütövlük</translation>
    </message>
    <message>
        <source>links</source>
        <translation>əlaqələr</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>struktur</translation>
    </message>
    <message>
        <source>values</source>
        <translation>dəyərlər</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>fotolar və sənədlər</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>dəyişikliklər jurnalı</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>möhürlər</translation>
    </message>
    <message>
        <source>key trusted as {name}</source>
        <translation>açara {name} adı ilə etibar edilir</translation>
    </message>
    <message>
        <source>key NOT trusted here</source>
        <translation>bu kompüterdə açara etibar EDİLMİR</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>imza düzgündür</translation>
    </message>
    <message>
        <source>SIGNATURE FAILS</source>
        <translation>İMZA YANLIŞDIR</translation>
    </message>
    <message>
        <source>history intact</source>
        <translation>tarixçə toxunulmazdır</translation>
    </message>
    <message>
        <source>HISTORY REWRITTEN</source>
        <translation>TARİXÇƏ YENİDƏN YAZILIB</translation>
    </message>
    <message>
        <source>Seal {number} of {total}: {state} by {signer} ({trust}; {fingerprint}) on {when}, at state {head} (entry {entry}): {signature}, {history}</source>
        <translation>Möhür {number} / {total}: {state} — {signer} ({trust}; {fingerprint}), {when}, vəziyyət {head} (yazı {entry}): {signature}, {history}</translation>
    </message>
    <message>
        <source>“{title}” ({reference})</source>
        <translation>“{title}” ({reference})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>“{title}”</translation>
    </message>
    <message>
        <source>Release copy of case {case} at state {head}, released by {who} on {day}</source>
        <translation>{case} işinin möhürlənmiş surəti, vəziyyət {head}; verib: {who}, {day}</translation>
    </message>
    <message>
        <source>Release copy of case {case} at state {head}</source>
        <translation>{case} işinin möhürlənmiş surəti, vəziyyət {head}</translation>
    </message>
</context>
</TS>
