<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az">
<context>
    <name>Advice</name>
    <message>
        <source>restore it from a copy</source>
        <translation>onu surətdən bərpa edin</translation>
    </message>
    <message>
        <source>“%1” %2</source>
        <translation>“%1” %2</translation>
    </message>
</context>
<context>
    <name>CaseOpener</name>
    <message>
        <source>The keyring&apos;s passphrase no longer opens it: type the new one.</source>
        <extracomment>The passphrases that opened encrypted cases in this session (memory only), so that opening one again (read-only after the lock dialog, a copy) asks no more.</extracomment>
        <translation>Açar zəncirindəki parol ifadəsi artıq onu açmır: yenisini yazın.</translation>
    </message>
    <message>
        <source>Wrong passphrase (or not a case file): try again.</source>
        <translation>Parol ifadəsi səhvdir (və ya bu iş faylı deyil): yenidən cəhd edin.</translation>
    </message>
    <message>
        <source>Save a copy to edit</source>
        <translation>Redaktə üçün surəti saxla</translation>
    </message>
    <message>
        <source>Save the new case as</source>
        <translation>Yeni işi belə yadda saxla</translation>
    </message>
    <message>
        <source>case</source>
        <comment>a file name</comment>
        <translation>is</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (surət)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source> — Sealed by %1</source>
        <extracomment>What a case file&apos;s name ends with (any case: Windows and macOS ignore it). what the title bar says of each review state; %1: who sealed the case</extracomment>
        <translation> — möhürlənib: %1</translation>
    </message>
    <message>
        <source> — Submitted by %1</source>
        <translation> — baxılmaya təqdim edilib: %1</translation>
    </message>
    <message>
        <source> — Approved by %1</source>
        <translation> — təsdiqlənib: %1</translation>
    </message>
    <message>
        <source> — Changes requested by %1</source>
        <translation> — düzəlişə qaytarılıb: %1</translation>
    </message>
    <message>
        <source> — Released by %1</source>
        <translation> — möhürlənmiş surət verilib: %1</translation>
    </message>
    <message>
        <source> (seal does not verify)</source>
        <translation> (möhür təsdiqlənmir)</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <extracomment>a case is open and shown (its path) the open case was closed (the welcome screen is back) a brief export finished (the PDF&apos;s path) File &gt; Check file finished (the problems found, the audit entries verified)</extracomment>
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
        <source>Encr&amp;yption…</source>
        <translation>Şifrə&amp;ləmə…</translation>
    </message>
    <message>
        <source>Encrypt the case with a passphrase, change its passphrase, or decrypt it</source>
        <translation>İşi parol ifadəsi ilə şifrələyin, parol ifadəsini dəyişin və ya şifrəni açın</translation>
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
        <translation>&amp;Geri qaytar: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Təkrarla: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
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
        <source>Open read-only</source>
        <translation>Yalnız oxumaq üçün aç</translation>
    </message>
    <message>
        <source>Open a case</source>
        <translation>İşi aç</translation>
    </message>
    <message>
        <source>That case is already open.</source>
        <translation>Bu iş artıq açıqdır.</translation>
    </message>
    <message>
        <source>could not be written (%1): free some space, or check that %2 can be written</source>
        <translation>yazıla bilmədi (%1): diskdə yer boşaldın və ya %2 qovluğuna yazmağın mümkün olduğunu yoxlayın</translation>
    </message>
    <message>
        <source>Save a copy as</source>
        <translation>Surəti belə yadda saxla</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Surət yadda saxlanılmadı</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Surət belə yadda saxlanıldı: %1</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Müqayisə et</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Müqayisə etmək mümkün deyil</translation>
    </message>
    <message>
        <source>Merge a copy</source>
        <translation>Surəti birləşdir</translation>
    </message>
    <message>
        <source>Already up to date: %1 holds every change of %2.</source>
        <translation>Artıq aktualdır: %1 faylında %2 faylının bütün dəyişiklikləri var.</translation>
    </message>
    <message>
        <source>Not merged</source>
        <translation>Birləşdirilmədi</translation>
    </message>
    <message>
        <source>Merged %1: %2, %3, %4.</source>
        <translation>%1 birləşdirildi: %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) added</source>
        <translation>
            <numerusform>%Ln qeyd əlavə edildi</numerusform>
            <numerusform>%Ln qeyd əlavə edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln changed</source>
        <comment>items</comment>
        <translation>
            <numerusform>%Ln dəyişdirildi</numerusform>
            <numerusform>%Ln dəyişdirildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln removed</source>
        <comment>items</comment>
        <translation>
            <numerusform>%Ln silindi</numerusform>
            <numerusform>%Ln silindi</numerusform>
        </translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Şifrələmə</translation>
    </message>
    <message>
        <source>This case is open read-only: open it for editing to change its encryption.</source>
        <translation>Bu iş yalnız oxumaq üçün açılıb: şifrələməni dəyişmək üçün onu redaktə üçün açın.</translation>
    </message>
    <message>
        <source>Decrypt</source>
        <translation>Şifrəni aç</translation>
    </message>
    <message>
        <source>Decrypted, the case can be read by anyone who has the file. Decrypt it?</source>
        <translation>Şifrəsi açılmış işi faylı olan hər kəs oxuya bilər. Şifrə açılsın?</translation>
    </message>
    <message>
        <source>Encrypt</source>
        <translation>Şifrələ</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Parol ifadəsini dəyiş</translation>
    </message>
    <message>
        <source>The new passphrase of %1:</source>
        <translation>%1 üçün yeni parol ifadəsi:</translation>
    </message>
    <message>
        <source>Encryption not changed</source>
        <translation>Şifrələmə dəyişdirilmədi</translation>
    </message>
    <message>
        <source>Encrypted: it opens only with its passphrase.</source>
        <translation>Şifrələndi: iş yalnız parol ifadəsi ilə açılır.</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Parol ifadəsi dəyişdirildi.</translation>
    </message>
    <message>
        <source>Decrypted: anyone who has the file can read it.</source>
        <translation>Şifrə açıldı: faylı olan hər kəs onu oxuya bilər.</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Arayış ixrac edilir…</translation>
    </message>
    <message>
        <source>Brief saved as %1</source>
        <translation>Arayış belə yadda saxlanıldı: %1</translation>
    </message>
    <message>
        <source>Its folder could not be shown either: the brief is %1</source>
        <translation>Qovluğu da göstərmək mümkün olmadı. Arayış: %1</translation>
    </message>
    <message>
        <source>Brief not exported</source>
        <translation>Arayış ixrac edilmədi</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>İxrac ləğv edildi: heç bir fayl yazılmadı.</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Fayl yoxlanılır…</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>problem yoxdur</translation>
    </message>
    <message>
        <source>Checked %1: %2.</source>
        <translation>%1 yoxlanıldı: %2.</translation>
    </message>
    <message>
        <source>File not checked</source>
        <translation>Fayl yoxlanılmadı</translation>
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
    <message>
        <source>About casefile</source>
        <translation>casefile haqqında</translation>
    </message>
    <message>
        <source>Offline case files for incidents that damage a diplomatic mission, and PDF briefs from them.</source>
        <translation>Diplomatik nümayəndəliyə ziyan vuran hadisələr üçün oflayn iş faylları və onlardan PDF arayışlar.</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <source>Find in this case</source>
        <extracomment>the user chose a result: (kind, id)</extracomment>
        <translation>Bu işdə axtar</translation>
    </message>
    <message>
        <source>Search notes, parties, damage, meetings, files…</source>
        <translation>Qeydlərdə, tərəflərdə, ziyanda, görüşlərdə, fayllarda axtar…</translation>
    </message>
    <message numerus="yes">
        <source>The best %Ln matches are shown, and there are more: add a word to narrow the search. Enter opens the selected one.</source>
        <translation>
            <numerusform>Ən uyğun %Ln nəticə göstərilir, daha çoxu var: axtarışı daraltmaq üçün söz əlavə edin. Enter seçiləni açır.</numerusform>
            <numerusform>Ən uyğun %Ln nəticə göstərilir, daha çoxu var: axtarışı daraltmaq üçün söz əlavə edin. Enter seçiləni açır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Heç nə tapılmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found. Enter opens the selected one.</source>
        <comment>matches</comment>
        <translation>
            <numerusform>%Ln nəticə tapıldı. Enter seçiləni açır.</numerusform>
            <numerusform>%Ln nəticə tapıldı. Enter seçiləni açır.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <source>Incident</source>
        <extracomment>the groups of results, one per kind, in this order; in English (translated where shown)</extracomment>
        <translation>Hadisə</translation>
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
        <source>Meetings</source>
        <translation>Görüşlər</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Tapşırıqlar</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Fotolar və sənədlər</translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <comment>the best of more matches</comment>
        <extracomment>matches listed, best first; past it the panel says there are more</extracomment>
        <translation>%1 (%2 göstərilir)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Ctrl+Shift+N or Insert</source>
        <translation>Ctrl+Shift+N və ya Insert</translation>
    </message>
</context>
<context>
    <name>UndoSteps</name>
    <message>
        <source>Pin %1</source>
        <extracomment>the translation context of the Undo and Redo menu items&apos; words kind (&quot;incident&quot;, &quot;party&quot;, … or &quot;*&quot; for everything) and the ids that changed an undo or redo that the case file refused (e.g. the file changed on disk) after each successful write: tells the status bar &quot;saved&quot; whether some field holds typed text not yet written (its user has not left it) an undo brought back a deleted item (kind, id): the window shows it an undo or redo changed an item&apos;s fields (kind, id): the window shows it, as the change may be in a view not shown</extracomment>
        <translation>Nişanlama: %1</translation>
    </message>
    <message>
        <source>Move the pin of %1</source>
        <translation>Nişanın yerdəyişməsi: %1</translation>
    </message>
    <message>
        <source>Unpin %1</source>
        <translation>Nişanın götürülməsi: %1</translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>how a field reads in the Undo and Redo menu items (&quot;Edit place of …&quot;), in English</extracomment>
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
        <source>assessed at</source>
        <translation>qiymətləndirmə vaxtı</translation>
    </message>
    <message>
        <source>assessed by</source>
        <translation>qiymətləndirən</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>fotolar və sənədlər</translation>
    </message>
    <message>
        <source>body</source>
        <translation>mətn</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>izah</translation>
    </message>
    <message>
        <source>captured at</source>
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
        <source>estimate</source>
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
        <source>time</source>
        <translation>vaxt</translation>
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
        <source>meeting</source>
        <translation>görüş</translation>
    </message>
    <message>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <source>native name</source>
        <translation>ana dilində ad</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>qeydlər</translation>
    </message>
    <message>
        <source>outcomes</source>
        <translation>nəticələr</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>icraçı</translation>
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
        <source>purpose</source>
        <translation>məqsəd</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>miqdar</translation>
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
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
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
        <source>Incident “%1”</source>
        <extracomment>an item of each kind named in the Undo and Redo menu items; %1: its title or name</extracomment>
        <translation>hadisə “%1”</translation>
    </message>
    <message>
        <source>Party “%1”</source>
        <translation>tərəf “%1”</translation>
    </message>
    <message>
        <source>Note “%1”</source>
        <translation>qeyd “%1”</translation>
    </message>
    <message>
        <source>Damage item “%1”</source>
        <translation>zədə “%1”</translation>
    </message>
    <message>
        <source>Meeting “%1”</source>
        <translation>görüş “%1”</translation>
    </message>
    <message>
        <source>Follow-up “%1”</source>
        <translation>tapşırıq “%1”</translation>
    </message>
    <message>
        <source>Attachment “%1”</source>
        <translation>fayl “%1”</translation>
    </message>
    <message>
        <source>Item “%1”</source>
        <extracomment>an item of a kind the Undo menu has no word for; %1: its title or name</extracomment>
        <translation>element “%1”</translation>
    </message>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Dəyişiklik (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln part(y|ies)</source>
        <translation>
            <numerusform>%Ln tərəf</numerusform>
            <numerusform>%Ln tərəf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln qeyd</numerusform>
            <numerusform>%Ln qeyd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln damage item(s)</source>
        <translation>
            <numerusform>%Ln zədə</numerusform>
            <numerusform>%Ln zədə</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s)</source>
        <translation>
            <numerusform>%Ln görüş</numerusform>
            <numerusform>%Ln görüş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln tapşırıq</numerusform>
            <numerusform>%Ln tapşırıq</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s)</source>
        <translation>
            <numerusform>%Ln fayl</numerusform>
            <numerusform>%Ln fayl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln element</numerusform>
            <numerusform>%Ln element</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Əlavə: %1</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Silinmə: %1</translation>
    </message>
    <message numerus="yes">
        <source>Add %Ln attachment(s)</source>
        <translation>
            <numerusform>%Ln faylın əlavəsi</numerusform>
            <numerusform>%Ln faylın əlavəsi</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the site plan “%1”</source>
        <extracomment>QUndoCommand.id() of the attach commands that merge into one step (see `run`)</extracomment>
        <translation>Ərazi planının əlavəsi: “%1”</translation>
    </message>
    <message>
        <source>Rename the site plan “%1”</source>
        <translation>Ərazi planının adının dəyişməsi: “%1”</translation>
    </message>
    <message>
        <source>Delete the site plan “%1”</source>
        <translation>Ərazi planının silinməsi: “%1”</translation>
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
<context>
    <name>Workspace</name>
    <message>
        <source>opened read-only</source>
        <extracomment>a view asked the window to say something in the status bar the current view changed, or what Add means in it the read-only banner&apos;s &quot;Save a copy to edit&quot; was pressed</extracomment>
        <translation>yalnız oxumaq üçün açılıb</translation>
    </message>
    <message>
        <source>&lt;b&gt;Read-only&lt;/b&gt; (%1). Nothing you do here changes this file.</source>
        <translation>&lt;b&gt;Yalnız oxumaq üçün&lt;/b&gt; (%1). Burada etdiyiniz heç nə bu faylı dəyişmir.</translation>
    </message>
    <message>
        <source>Save a copy to edit…</source>
        <translation>Redaktə üçün surət saxla…</translation>
    </message>
    <message>
        <source>Could not apply that change: %1</source>
        <translation>Bu dəyişikliyi tətbiq etmək mümkün olmadı: %1</translation>
    </message>
    <message>
        <source>That item is no longer in the case.</source>
        <translation>Bu qeyd artıq işdə yoxdur.</translation>
    </message>
</context>
</TS>
