<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New case…</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
        <translation>&amp;Yeni iş…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Open &amp;read-only…</source>
        <translation>Yalnız &amp;oxumaq üçün aç…</translation>
    </message>
    <message>
        <source>Open a case without changing a byte of it</source>
        <translation>İşi bir baytını belə dəyişmədən açın</translation>
    </message>
    <message>
        <source>Save a &amp;copy as…</source>
        <translation>Su&amp;rəti yadda saxla…</translation>
    </message>
    <message>
        <source>A compact copy to share: it holds nothing you deleted</source>
        <translation>Paylaşmaq üçün yığcam surət: sildiyiniz heç nə onda qalmır</translation>
    </message>
    <message>
        <source>Co&amp;mpare with…</source>
        <translation>&amp;Müqayisə et…</translation>
    </message>
    <message>
        <source>What changed since another version of this case: items added, removed and changed, by whom and when</source>
        <translation>Bu işin başqa versiyasından bəri nə dəyişib: əlavə edilən, silinən və dəyişdirilən qeydlər, kim tərəfindən və nə vaxt</translation>
    </message>
    <message>
        <source>&amp;Merge a copy…</source>
        <translation>Surəti &amp;birləşdir…</translation>
    </message>
    <message>
        <source>Bring in the edits made in a copy of this case; conflicts are shown side by side before anything is written</source>
        <translation>Bu işin surətində edilmiş düzəlişləri bura gətirir; ziddiyyətlər heç nə yazılmazdan əvvəl yan-yana göstərilir</translation>
    </message>
    <message>
        <source>&amp;Export brief…</source>
        <translation>Arayışı &amp;ixrac et…</translation>
    </message>
    <message>
        <source>Write a PDF brief</source>
        <translation>PDF arayış hazırla</translation>
    </message>
    <message>
        <source>Export &amp;list…</source>
        <translation>Siyahını i&amp;xrac et…</translation>
    </message>
    <message>
        <source>The list shown, with its columns, as an Excel workbook or CSV</source>
        <translation>Göstərilən siyahı, sütunları ilə birlikdə, Excel kitabı və ya CSV kimi</translation>
    </message>
    <message>
        <source>&amp;Print list…</source>
        <translation>Siyahını &amp;çap et…</translation>
    </message>
    <message>
        <source>The list shown, as it is shown, to a PDF</source>
        <translation>Göstərilən siyahı, göründüyü kimi, PDF faylına</translation>
    </message>
    <message>
        <source>Chec&amp;k file…</source>
        <translation>&amp;Faylı yoxla…</translation>
    </message>
    <message>
        <source>Is the file intact? Its integrity, links, attachment hashes and audit chain, and anything changed outside casefile</source>
        <translation>Fayl salamatdırmı? Onun bütövlüyü, əlaqələri, əlavələrin heşləri və dəyişikliklər jurnalının zənciri, həmçinin casefile-dan kənarda dəyişdirilən hər şey</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Parametrlər…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ba&amp;ğla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çıxı&amp;ş</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Əlavə &amp;et</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Axtar…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Son işlər</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Baxılma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <source>&amp;Manual</source>
        <translation>&amp;Təlimat</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <source>&amp;About casefile</source>
        <translation>casefile &amp;haqqında</translation>
    </message>
    <message>
        <source>No recent cases</source>
        <translation>Son iş yoxdur</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>İş</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (yalnız oxumaq üçün)</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Geri qaytar %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla %1</translation>
    </message>
    <message>
        <source>Read-only · %1</source>
        <translation>Yalnız oxumaq üçün · %1</translation>
    </message>
    <message>
        <source>Not saved: %1 refused (shown in red)</source>
        <translation>Yadda saxlanılmayıb: %1 qəbul edilmədi (qırmızı ilə göstərilir)</translation>
    </message>
    <message>
        <source>Typing, not saved yet: press Enter or leave the field</source>
        <translation>Yazılır, hələ yadda saxlanılmayıb: Enter düyməsini basın və ya sahədən çıxın</translation>
    </message>
    <message>
        <source>All changes saved at %1</source>
        <translation>Bütün dəyişikliklər yadda saxlanılıb (%1)</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Bütün dəyişikliklər yadda saxlanılıb</translation>
    </message>
    <message>
        <source>%1 · %2 · editing</source>
        <translation>%1 · %2 · redaktə</translation>
    </message>
    <message>
        <source>That case is already open.</source>
        <translation>Bu iş artıq açıqdır.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Parametrlər yadda saxlanıldı.</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Geri qaytarıldı: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Təkrarlandı: %1</translation>
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
        <source>&amp;Release copy…</source>
        <translation>Möhürlənmiş surət &amp;ver…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Komandadan kənar şəxslər üçün möhürlənmiş surət: silinmiş və daxili mətn olmadan</translation>
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
    <name>WelcomeView</name>
    <message>
        <source>One file per incident: damage, parties, notes, meetings and photos,
saved as you type, and a brief ready for the minister.</source>
        <translation>Hər hadisə üçün bir fayl: ziyan, tərəflər, qeydlər, görüşlər və fotolar
yazdıqca yadda saxlanılır, nazir üçün arayış isə hazırdır.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>Yeni iş…</translation>
    </message>
    <message>
        <source>Start a case for a new incident (Ctrl+N)</source>
        <translation>Yeni hadisə üçün iş açın (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Aç…</translation>
    </message>
    <message>
        <source>Open a .casefile (Ctrl+O)</source>
        <translation>.casefile faylını açın (Ctrl+O)</translation>
    </message>
    <message>
        <source>Open the demo case</source>
        <translation>Nümunə işi aç</translation>
    </message>
    <message>
        <source>The sample case: the missile strike on the Azerbaijani embassy in Kyiv, Nov 2025</source>
        <translation>Nümunə iş: Kiyevdə Azərbaycan səfirliyinə raket zərbəsi, noyabr 2025</translation>
    </message>
    <message>
        <source>Recent cases</source>
        <translation>Son işlər</translation>
    </message>
    <message>
        <source>  (not found)</source>
        <translation>  (tapılmadı)</translation>
    </message>
    <message>
        <source>No recent cases yet.</source>
        <translation>Hələ son iş yoxdur.</translation>
    </message>
</context>
</TS>
