<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the app shows, in Azerbaijani: Qt ships no qtbase_az. Kept by hand
     (pyside6-lupdate does not see these contexts in our code). -->
<TS version="2.1" language="az">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hamısını yadda saxla</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Bəli</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Hamısına bəli</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Xeyr</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hamısına x&amp;eyr</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Dayandır</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Yenidən cəhd et</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Nəzərə alma</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Yadda saxlama</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Kömək</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Sıfırla</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standart dəyərləri bərpa et</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Yadda saxla</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Ləğv et</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Bağla</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Yadda saxlamadan bağla</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Ətraflı göstər...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ətraflını gizlət...</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Harada:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>Faylın &amp;növü:</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Harada:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>Faylın &amp;adı:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Aç</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Yadda saxla</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Seç</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Belə yadda saxla</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>İrəli</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Yuxarı qovluq</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Yeni qovluq yarat</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Siyahı</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Ətraflı görünüş</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Yeni qovluq</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 artıq mövcuddur.
Onu əvəz etmək istəyirsiniz?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Son yerlər</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Adını dəyiş</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Sil</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Yan panel</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Fayllar</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Qovluq:</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>İrəli</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Yuxarı qovluğa keç</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Yeni qovluq yarat</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Siyahı görünüşünə keç</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ətraflı görünüşə keç</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Bütün fayllar (*)</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Qovluqlar</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fayl</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Qovluq</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Ləqəb</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Qısayol</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Naməlum</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>&amp;Gizli faylları göstər</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>&amp;Yeni qovluq</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Qovluğu tap</translation>
        </message>
        <message>
            <source>Are you sure you want to delete &apos;%1&apos;?</source>
            <translation>“%1” silinsin?</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Fayl tapılmadı.
Faylın adının düzgün yazıldığını yoxlayın.</translation>
        </message>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Qovluq tapılmadı.
Qovluğun adının düzgün yazıldığını yoxlayın.</translation>
        </message>
        <message>
            <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” yazılmaqdan qorunur.
Yenə də silinsin?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Qovluğu silmək mümkün olmadı.</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Yerlər və əlfəcinlər</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Göstər </translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Disk</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>My Computer</source>
            <translation>Kompüterim</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Ad</translation>
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
            <source>Date Modified</source>
            <translation>Dəyişdirilmə tarixi</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Növ</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Kompüter</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>New</source>
            <translation>Yeni</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Geri qaytar</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Təkrarla</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Axtar</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Köçür</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Yapışdır</translation>
        </message>
        <message>
            <source>Cut</source>
            <translation>Kəs</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>İrəli</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Yenilə</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Qovluq</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri qaytar</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kəs</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Köçür</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Yapışdır</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hamısını seç</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Geri qaytar</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Təkrarla</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>&amp;Kəs</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Köçür</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Keçidin ünvanını kö&amp;çür</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Yapışdır</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Hamısını seç</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Hamısını seç</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>Bir addım &amp;yuxarı</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>Bir addım &amp;aşağı</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Scroll here</source>
            <translation>Bura sürüşdür</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Sol kənar</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Ən yuxarı</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Sağ kənar</translation>
        </message>
        <message>
            <source>Bottom</source>
            <translation>Ən aşağı</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Bir səhifə sola</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Bir səhifə yuxarı</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Bir səhifə sağa</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Bir səhifə aşağı</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Sola sürüşdür</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Yuxarı sürüşdür</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Sağa sürüşdür</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Aşağı sürüşdür</translation>
        </message>
    </context>
</TS>
