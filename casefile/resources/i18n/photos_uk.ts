<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttachmentDetails</name>
    <message>
        <source>What the photo shows</source>
        <extracomment>an owner link was clicked: kind and id, for the main window to jump to a refused caption edit, in words (&quot;&quot; clears it)</extracomment>
        <translation>Що зображено на фото</translation>
    </message>
    <message>
        <source>&amp;Caption</source>
        <translation>&amp;Підпис</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>Пікселі</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Знято</translation>
    </message>
    <message>
        <source>Belongs to</source>
        <translation>Належить до</translation>
    </message>
    <message>
        <source>Select a photo or document.</source>
        <translation>Виберіть фото або документ.</translation>
    </message>
    <message>
        <source>not recorded in the file</source>
        <translation>у файлі не зазначено</translation>
    </message>
    <message>
        <source>nothing yet (drop it on an item at the left)</source>
        <translation>поки ні до чого (перетягніть його на елемент ліворуч)</translation>
    </message>
</context>
<context>
    <name>OwnersModel</name>
    <message>
        <source>Damage items</source>
        <extracomment>the kinds photos belong to, and the heading each has in the list (English, marked for translation in the OwnersModel context)</extracomment>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>All photos &amp; documents</source>
        <translation>Усі фото та документи</translation>
    </message>
    <message>
        <source>Drop files here to attach them</source>
        <translation>Перетягніть сюди файли, щоб прикріпити їх</translation>
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
        <translation>{number} з {count}</translation>
    </message>
    <message>
        <source>No preview for {name} ({type}).
Use “Save file as…” to open it in another program.</source>
        <translation>Немає попереднього перегляду для {name} ({type}).
Щоб відкрити файл в іншій програмі, скористайтеся «Зберегти файл як…».</translation>
    </message>
</context>
<context>
    <name>PhotosView</name>
    <message>
        <source>&amp;Add files…</source>
        <extracomment>the files Attach offers first</extracomment>
        <translation>&amp;Додати файли…</translation>
    </message>
    <message>
        <source>Attach photos or documents to the selected item (Ctrl+Shift+A)</source>
        <translation>Прикріпити фото або документи до вибраного елемента (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>look at the file</comment>
        <translation>Перегл&amp;янути</translation>
    </message>
    <message>
        <source>&amp;Save file as…</source>
        <translation>&amp;Зберегти файл як…</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Не видалено: {reason}</translation>
    </message>
    <message>
        <source>Deleted the file. Undo brings it back (Ctrl+Z).</source>
        <translation>Файл видалено. «Повернути» відновить його (Ctrl+Z).</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n files. Undo brings them back (Ctrl+Z).</source>
        <translation>
            <numerusform>Видалено %n файл. «Повернути» відновить їх (Ctrl+Z).</numerusform>
            <numerusform>Видалено %n файли. «Повернути» відновить їх (Ctrl+Z).</numerusform>
            <numerusform>Видалено %n файлів. «Повернути» відновить їх (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attached %n file(s)</source>
        <translation>
            <numerusform>Прикріплено %n файл</numerusform>
            <numerusform>Прикріплено %n файли</numerusform>
            <numerusform>Прикріплено %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>could not save {path}: {reason}</source>
        <translation>не вдалося зберегти {path}: {reason}</translation>
    </message>
    <message>
        <source>Images and documents ({patterns})</source>
        <translation>Зображення та документи ({patterns})</translation>
    </message>
    <message>
        <source>All files ({patterns})</source>
        <translation>Усі файли ({patterns})</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикріпити файли</translation>
    </message>
    <message>
        <source>Save file as</source>
        <translation>Зберегти файл як</translation>
    </message>
    <message>
        <source>Read-only: attachments can be viewed and saved, not added.</source>
        <translation>Лише для читання: вкладення можна переглядати й зберігати, але не додавати.</translation>
    </message>
    <message>
        <source>Drop files onto an item at the left to attach them to it.</source>
        <translation>Перетягніть файли на елемент ліворуч, щоб прикріпити їх до нього.</translation>
    </message>
    <message>
        <source>Files dropped on the grid or added are attached to “{title}”.</source>
        <translation>Файли, перетягнуті сюди або додані, прикріплюються до «{title}».</translation>
    </message>
</context>
<context>
    <name>SitePlanView</name>
    <message>
        <source>Add plan…</source>
        <translation>Додати план…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Перейменувати…</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Видалити план</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>show the whole plan</comment>
        <translation>Цілком</translation>
    </message>
    <message>
        <source>Show the whole plan (0); zoom with the wheel, + and -</source>
        <translation>Показати план цілком (0); масштаб — коліщатком миші, + і -</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>План:</translation>
    </message>
    <message>
        <source>Drag a damage item or a photo onto the plan to pin it.</source>
        <translation>Перетягніть пошкодження або фото на план, щоб позначити їх.</translation>
    </message>
    <message>
        <source>This case has no site plan yet: Add plan… takes a PNG, JPEG or PDF.</source>
        <translation>У цій справі ще немає плану території: «Додати план…» приймає PNG, JPEG або PDF.</translation>
    </message>
    <message>
        <source>On this plan: select it to find its pin</source>
        <translation>На цьому плані: виберіть, щоб знайти позначку</translation>
    </message>
    <message>
        <source>Drag onto the plan to pin it</source>
        <translation>Перетягніть на план, щоб позначити</translation>
    </message>
    <message>
        <source>Add a site plan</source>
        <translation>Додати план території</translation>
    </message>
    <message>
        <source>No plan added: {reason}</source>
        <translation>План не додано: {reason}</translation>
    </message>
    <message>
        <source>Added the site plan “{name}”.</source>
        <translation>Додано план території «{name}».</translation>
    </message>
    <message>
        <source>Rename the site plan</source>
        <translation>Перейменувати план території</translation>
    </message>
    <message>
        <source>Not renamed: {reason}</source>
        <translation>Не перейменовано: {reason}</translation>
    </message>
    <message>
        <source>Not deleted: {reason}</source>
        <translation>Не видалено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the site plan “{name}” and its %n pin(s). Undo brings it back (Ctrl+Z).</source>
        <translation>
            <numerusform>План території «{name}» видалено разом із %n позначкою. «Повернути» відновить його (Ctrl+Z).</numerusform>
            <numerusform>План території «{name}» видалено разом із %n позначками. «Повернути» відновить його (Ctrl+Z).</numerusform>
            <numerusform>План території «{name}» видалено разом із %n позначками. «Повернути» відновить його (Ctrl+Z).</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted the site plan “{name}”. Undo brings it back (Ctrl+Z).</source>
        <translation>План території «{name}» видалено. «Повернути» відновить його (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Not pinned: {reason}</source>
        <translation>Не позначено: {reason}</translation>
    </message>
    <message>
        <source>an item</source>
        <translation>елемент</translation>
    </message>
    <message>
        <source>the photo “{title}”</source>
        <translation>фото «{title}»</translation>
    </message>
    <message>
        <source>Not moved: {reason}</source>
        <translation>Не переміщено: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n елемент</numerusform>
            <numerusform>%n елементи</numerusform>
            <numerusform>%n елементів</numerusform>
        </translation>
    </message>
    <message>
        <source>Not unpinned: {reason}</source>
        <translation>Позначку не знято: {reason}</translation>
    </message>
    <message>
        <source>Unpinned {what}. Undo puts it back (Ctrl+Z).</source>
        <translation>Знято позначку: {what}. «Повернути» відновить її (Ctrl+Z).</translation>
    </message>
    <message>
        <source>photo, where it was taken</source>
        <translation>фото, місце зйомки</translation>
    </message>
    <message>
        <source>Pins:</source>
        <translation>Позначки:</translation>
    </message>
</context>
</TS>
