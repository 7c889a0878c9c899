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
