<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>What the photo shows</source>
        <extracomment>an owner link was clicked: kind and id, for the main window to jump to a refused caption edit, in words (&quot;&quot; clears it)</extracomment>
        <translation>Fotoda nə göstərilir</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;İzahat</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ölçü</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Piksel</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Çəkilib</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Aiddir</translation>
    </message>
    <message>
        <source>Select a photo or document.</source>
        <translation>Foto və ya sənəd seçin.</translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation>faylda qeyd olunmayıb</translation>
    </message>
    <message>
        <source>nothing yet (drop it on an item at the left)</source>
        <translation>hələ heç nəyə (onu soldakı elementin üzərinə atın)</translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <source>Damage items</source>
        <extracomment>the kinds photos belong to, and the heading each has in the list (English, marked for translation in the OwnersModel context)</extracomment>
        <translation>Zədələr</translation>
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
        <source>All photos &amp; documents</source>
        <translation>Bütün fotolar və sənədlər</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Faylları qoşmaq üçün bura atın</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Not shown: {reason}</source>
        <extracomment>how much one zoom step enlarges or shrinks, and the bounds of zooming</extracomment>
        <translation>Göstərilmədi: {reason}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} / {count}</translation>
    </message>
    <message>
        <source>No preview for {name} ({type}).
Use “Save file as…” to open it in another program.</source>
        <translation>{name} ({type}) üçün önbaxış yoxdur.
Onu başqa proqramda açmaq üçün “Faylı yadda saxla…” düyməsindən istifadə edin.</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>the files Attach offers first</extracomment>
        <translation>Fayl &amp;əlavə et…</translation>
    </message>
    <message>
        <source>Attach photos or documents to the selected item (Ctrl+Shift+A)</source>
        <translation>Seçilmiş elementə foto və ya sənəd qoşun (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>look at the file</comment>
        <translation>&amp;Bax</translation>
    </message>
    <message>
        <source>&amp;Save file as…</source>
        <translation>Faylı &amp;yadda saxla…</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Silinmədi: {reason}</translation>
    </message>
    <message>
        <source>Deleted the file. Undo brings it back (Ctrl+Z).</source>
        <translation>Fayl silindi. Ctrl+Z ilə geri qaytarmaq olar.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n files. Undo brings them back (Ctrl+Z).</source>
        <translation>
            <numerusform>%n fayl silindi. Ctrl+Z ilə geri qaytarmaq olar.</numerusform>
            <numerusform>%n fayl silindi. Ctrl+Z ilə geri qaytarmaq olar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>%n fayl qoşuldu</numerusform>
            <numerusform>%n fayl qoşuldu</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>{path} yadda saxlanılmadı: {reason}</translation>
    </message>
    <message>
        <source>Images and documents ({patterns})</source>
        <translation>Şəkillər və sənədlər ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Bütün fayllar ({patterns})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Faylları qoş</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Faylı yadda saxla</translation>
    </message>
    <message>
        <source>Read-only: attachments can be viewed and saved, not added.</source>
        <translation>Yalnız oxumaq üçün: qoşmalara baxmaq və onları yadda saxlamaq olar, əlavə etmək olmaz.</translation>
    </message>
    <message>
        <source>Drop files onto an item at the left to attach them to it.</source>
        <translation>Faylları qoşmaq üçün onları soldakı elementin üzərinə atın.</translation>
    </message>
    <message>
        <source>Files dropped on the grid or added are attached to “{title}”.</source>
        <translation>Bura atılan və ya əlavə edilən fayllar “{title}” elementinə qoşulur.</translation>
    </message>
</context>
<context>
    <name>SitePlanView</name>
    <message>
        <source>Add plan…</source>
        <translation>Plan əlavə et…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Adını dəyiş…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Planı sil</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>show the whole plan</comment>
        <translation>Sığdır</translation>
    </message>
    <message>
        <source>Show the whole plan (0); zoom with the wheel, + and -</source>
        <translation>Bütün planı göstər (0); miqyası təkərlə, + və - ilə dəyişin</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Drag a damage item or a photo onto the plan to pin it.</source>
        <translation>Zədəni və ya fotonu plana sürükləyib nişanlayın.</translation>
    </message>
    <message>
        <source>This case has no site plan yet: Add plan… takes a PNG, JPEG or PDF.</source>
        <translation>Bu işdə hələ ərazi planı yoxdur: “Plan əlavə et…” PNG, JPEG və ya PDF qəbul edir.</translation>
    </message>
    <message>
        <source>On this plan: select it to find its pin</source>
        <translation>Bu plandadır: nişanını tapmaq üçün seçin</translation>
    </message>
    <message>
        <source>Drag onto the plan to pin it</source>
        <translation>Nişanlamaq üçün plana sürükləyin</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Ərazi planı əlavə et</translation>
    </message>
    <message>
        <source>No plan added: {reason}</source>
        <translation>Plan əlavə edilmədi: {reason}</translation>
    </message>
    <message>
        <source>Added the site plan “{name}”.</source>
        <translation>“{name}” ərazi planı əlavə edildi.</translation>
    </message>
    <message>
        <source>Rename the site plan</source>
        <translation>Ərazi planının adını dəyiş</translation>
    </message>
    <message>
        <source>Not renamed: {reason}</source>
        <translation>Adı dəyişdirilmədi: {reason}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Silinmədi: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the site plan “{name}” and its %n pin(s). Undo brings it back (Ctrl+Z).</source>
        <translation>
            <numerusform>“{name}” ərazi planı və onun %n nişanı silindi. Ctrl+Z ilə geri qaytarmaq olar.</numerusform>
            <numerusform>“{name}” ərazi planı və onun %n nişanı silindi. Ctrl+Z ilə geri qaytarmaq olar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the site plan “{name}”. Undo brings it back (Ctrl+Z).</source>
        <translation>“{name}” ərazi planı silindi. Ctrl+Z ilə geri qaytarmaq olar.</translation>
    </message>
    <message>
        <source>Not pinned: {reason}</source>
        <translation>Nişanlanmadı: {reason}</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>element</translation>
    </message>
    <message>
        <source>the photo “{title}”</source>
        <translation>“{title}” fotosu</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Yeri dəyişdirilmədi: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n element</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpinned: {reason}</source>
        <translation>Nişan götürülmədi: {reason}</translation>
    </message>
    <message>
        <source>Unpinned {what}. Undo puts it back (Ctrl+Z).</source>
        <translation>Nişan götürüldü: {what}. Ctrl+Z ilə geri qaytarmaq olar.</translation>
    </message>
    <message>
        <source>photo, where it was taken</source>
        <translation>foto, çəkildiyi yer</translation>
    </message>
    <message>
        <source>Pins:</source>
        <translation>Nişanlar:</translation>
    </message>
</context>
</TS>
