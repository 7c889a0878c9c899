<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>What the photo shows</source>
        <extracomment>an owner link was clicked: kind and id, for the main window to jump to a refused caption edit, in words (&quot;&quot; clears it)</extracomment>
        <translation>Что изображено на фото</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Подпись</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пиксели</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Снято</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <source>Select a photo or document.</source>
        <translation>Выберите фотографию или документ.</translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation>в файле не указано</translation>
    </message>
    <message>
        <source>nothing yet (drop it on an item at the left)</source>
        <translation>пока ни к чему (перетащите его на элемент слева)</translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <source>Damage items</source>
        <extracomment>the kinds photos belong to, and the heading each has in the list (English, marked for translation in the OwnersModel context)</extracomment>
        <translation>Повреждения</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Встречи</translation>
    </message>
    <message>
        <source>All photos &amp; documents</source>
        <translation>Все фотографии и документы</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Перетащите сюда файлы, чтобы прикрепить их</translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <source>Not shown: {reason}</source>
        <extracomment>how much one zoom step enlarges or shrinks, and the bounds of zooming</extracomment>
        <translation>Не показано: {reason}</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <source>No preview for {name} ({type}).
Use “Save file as…” to open it in another program.</source>
        <translation>Нет предварительного просмотра для {name} ({type}).
Чтобы открыть файл в другой программе, используйте «Сохранить файл как…».</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>the files Attach offers first</extracomment>
        <translation>&amp;Добавить файлы…</translation>
    </message>
    <message>
        <source>Attach photos or documents to the selected item (Ctrl+Shift+A)</source>
        <translation>Прикрепить фотографии или документы к выбранному элементу (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>look at the file</comment>
        <translation>Прос&amp;мотр</translation>
    </message>
    <message>
        <source>&amp;Save file as…</source>
        <translation>&amp;Сохранить файл как…</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Не удалено: {reason}</translation>
    </message>
    <message>
        <source>Deleted the file. Undo brings it back (Ctrl+Z).</source>
        <translation>Файл удалён. «Отменить» вернёт его (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n files. Undo brings them back (Ctrl+Z).</source>
        <translation>
            <numerusform>Удалён %n файл. «Отменить» вернёт их (Ctrl+Z).</numerusform>
            <numerusform>Удалено %n файла. «Отменить» вернёт их (Ctrl+Z).</numerusform>
            <numerusform>Удалено %n файлов. «Отменить» вернёт их (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>Прикреплён %n файл</numerusform>
            <numerusform>Прикреплено %n файла</numerusform>
            <numerusform>Прикреплено %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>не удалось сохранить {path}: {reason}</translation>
    </message>
    <message>
        <source>Images and documents ({patterns})</source>
        <translation>Изображения и документы ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Все файлы ({patterns})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Сохранить файл как</translation>
    </message>
    <message>
        <source>Read-only: attachments can be viewed and saved, not added.</source>
        <translation>Только для чтения: вложения можно просматривать и сохранять, но не добавлять.</translation>
    </message>
    <message>
        <source>Drop files onto an item at the left to attach them to it.</source>
        <translation>Перетащите файлы на элемент слева, чтобы прикрепить их к нему.</translation>
    </message>
    <message>
        <source>Files dropped on the grid or added are attached to “{title}”.</source>
        <translation>Файлы, перетащенные сюда или добавленные, прикрепляются к «{title}».</translation>
    </message>
</context>
<context>
    <name>SitePlanView</name>
    <message>
        <source>Add plan…</source>
        <translation>Добавить план…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Удалить план</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>show the whole plan</comment>
        <translation>Целиком</translation>
    </message>
    <message>
        <source>Show the whole plan (0); zoom with the wheel, + and -</source>
        <translation>Показать план целиком (0); масштаб — колесом мыши, + и -</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Drag a damage item or a photo onto the plan to pin it.</source>
        <translation>Перетащите повреждение или фотографию на план, чтобы отметить их.</translation>
    </message>
    <message>
        <source>This case has no site plan yet: Add plan… takes a PNG, JPEG or PDF.</source>
        <translation>В этом деле ещё нет плана территории: «Добавить план…» принимает PNG, JPEG или PDF.</translation>
    </message>
    <message>
        <source>On this plan: select it to find its pin</source>
        <translation>На этом плане: выберите, чтобы найти отметку</translation>
    </message>
    <message>
        <source>Drag onto the plan to pin it</source>
        <translation>Перетащите на план, чтобы отметить</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Добавить план территории</translation>
    </message>
    <message>
        <source>No plan added: {reason}</source>
        <translation>План не добавлен: {reason}</translation>
    </message>
    <message>
        <source>Added the site plan “{name}”.</source>
        <translation>Добавлен план территории «{name}».</translation>
    </message>
    <message>
        <source>Rename the site plan</source>
        <translation>Переименовать план территории</translation>
    </message>
    <message>
        <source>Not renamed: {reason}</source>
        <translation>Не переименовано: {reason}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Не удалено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the site plan “{name}” and its %n pin(s). Undo brings it back (Ctrl+Z).</source>
        <translation>
            <numerusform>План территории «{name}» удалён вместе с %n отметкой. «Отменить» вернёт его (Ctrl+Z).</numerusform>
            <numerusform>План территории «{name}» удалён вместе с %n отметками. «Отменить» вернёт его (Ctrl+Z).</numerusform>
            <numerusform>План территории «{name}» удалён вместе с %n отметками. «Отменить» вернёт его (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the site plan “{name}”. Undo brings it back (Ctrl+Z).</source>
        <translation>План территории «{name}» удалён. «Отменить» вернёт его (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Not pinned: {reason}</source>
        <translation>Не отмечено: {reason}</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>элемент</translation>
    </message>
    <message>
        <source>the photo “{title}”</source>
        <translation>фото «{title}»</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Не перемещено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n элемент</numerusform>
            <numerusform>%n элемента</numerusform>
            <numerusform>%n элементов</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpinned: {reason}</source>
        <translation>Отметка не снята: {reason}</translation>
    </message>
    <message>
        <source>Unpinned {what}. Undo puts it back (Ctrl+Z).</source>
        <translation>Снята отметка: {what}. «Отменить» вернёт её (Ctrl+Z).</translation>
    </message>
    <message>
        <source>photo, where it was taken</source>
        <translation>фото, место съёмки</translation>
    </message>
    <message>
        <source>Pins:</source>
        <translation>Отметки:</translation>
    </message>
</context>
</TS>
