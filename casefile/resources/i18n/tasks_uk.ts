<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>AttachFiles</name>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Додавання файлів</translation>
    </message>
    <message>
        <source>Attaching {name} ({done} of {count})…</source>
        <translation>Додається {name} ({done} з {count})…</translation>
    </message>
</context>
<context>
    <name>AttachWords</name>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <extracomment>what was left out of files that were attached (a capture time out of range)</extracomment>
        <translation>
            <numerusform>Додається %Ln файл…</numerusform>
            <numerusform>Додаються %Ln файли…</numerusform>
            <numerusform>Додаються %Ln файлів…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <source>Unexpected error while exporting ({error}).</source>
        <translation>Неочікувана помилка під час експорту ({error}).</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Експорт довідки</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Експорт довідки…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Скасування…</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Review state: {state}</source>
        <translation>Стан розгляду: {state}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Попередження: {message}</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Перевірка файлу</translation>
    </message>
    <message>
        <source>… and {count} more (in the details)</source>
        <translation>… і ще {count} (у подробицях)</translation>
    </message>
    <message>
        <source>Do not rely on this file as it is: restore it from a copy you trust, or ask whoever sent it for it again. Opened read-only, what SQLite can read is still shown.</source>
        <translation>Не покладайтеся на цей файл у теперішньому вигляді: відновіть його з копії, якій довіряєте, або попросіть відправника надіслати його знову. Якщо відкрити лише для читання, усе, що SQLite може прочитати, однаково показано.</translation>
    </message>
    <message>
        <source>“{name}” is sound.</source>
        <translation>«{name}» у порядку.</translation>
    </message>
    <message>
        <source>Checked: integrity, schema, links, attachment hashes and the audit chain (audit log entries: {entries}), and that the log accounts for every item: nothing was changed outside casefile.</source>
        <translation>Перевірено: цілісність, схему, посилання, геші вкладень і ланцюжок журналу змін (записів журналу: {entries}), а також те, що журнал пояснює кожен запис: поза casefile нічого не змінювалося.</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблеми</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %Ln problem(s).</source>
        <translation>
            <numerusform>У «{name}» %Ln проблема.</numerusform>
            <numerusform>У «{name}» %Ln проблеми.</numerusform>
            <numerusform>У «{name}» %Ln проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln change(s) since the latest seal, which no seal covers</source>
        <translation>
            <numerusform>Попередження: після останнього засвідчення %Ln зміна, яку не охоплює жодне засвідчення</numerusform>
            <numerusform>Попередження: після останнього засвідчення %Ln зміни, які не охоплює жодне засвідчення</numerusform>
            <numerusform>Попередження: після останнього засвідчення %Ln змін, які не охоплює жодне засвідчення</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <source>yes</source>
        <translation>так</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ні</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
</context>
<context>
    <name>FileCheck</name>
    <message>
        <source>Unexpected error while checking ({error}).</source>
        <extracomment>Problems listed in the report itself; the rest are under Show Details.</extracomment>
        <translation>Неочікувана помилка під час перевірки ({error}).</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Перевірка файлу</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Перевірка файлу…</translation>
    </message>
</context>
<context>
    <name>NotOpenedPrompt</name>
    <message>
        <source>Brief not opened</source>
        <translation>Довідку не відкрито</translation>
    </message>
    <message>
        <source>“{name}” was saved, but no program here opens PDF files.</source>
        <translation>«{name}» збережено, але на цьому компʼютері немає програми для PDF-файлів.</translation>
    </message>
    <message>
        <source>Install a PDF viewer, or open the file from its folder:</source>
        <translation>Установіть програму для перегляду PDF або відкрийте файл із його теки:</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показати в теці</translation>
    </message>
</context>
<context>
    <name>OpenBriefPrompt</name>
    <message>
        <source>Brief exported</source>
        <translation>Довідку експортовано</translation>
    </message>
    <message>
        <source>The brief was saved as “{name}”.</source>
        <translation>Довідку збережено як «{name}».</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Відкрити</translation>
    </message>
</context>
<context>
    <name>PrintList</name>
    <message>
        <source>printed {date}</source>
        <translation>надруковано {date}</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln рядок</numerusform>
            <numerusform>%Ln рядки</numerusform>
            <numerusform>%Ln рядків</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln row(s)</source>
        <translation>
            <numerusform>{shown} з %Ln рядка</numerusform>
            <numerusform>{shown} з %Ln рядків</numerusform>
            <numerusform>{shown} з %Ln рядків</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release copy</source>
        <translation>Видача засвідченої копії</translation>
    </message>
    <message>
        <source>A copy for people outside the team: it leaves out deleted items, the text that editing removed, earlier seals and review comments, lists what it left out (counts, never content), and is sealed with your key.</source>
        <translation>Копія для тих, хто не входить до групи: до неї не потрапляють видалені записи, текст, прибраний під час редагування, попередні засвідчення й зауваження рецензентів; вона перелічує, що вилучено (лише кількість, ніколи не зміст), і засвідчується вашим ключем.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups</source>
        <translation>Вилучити внутрішні записи й доручення</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Зберегти як:</translation>
    </message>
    <message>
        <source>The copy:</source>
        <translation>Копія:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Парольна фраза ключа:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Видати</translation>
    </message>
    <message>
        <source>Release copy as</source>
        <translation>Зберегти засвідчену копію як</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Submit for review…</source>
        <extracomment>the translation context of the Review menu and File &gt; Release copy… (written out where lupdate reads it: it reads only literals) Review menu entries: (state, menu text, what the dialog&apos;s button says), in English; shown through QCoreApplication.translate(CONTEXT, ...)</extracomment>
        <translation>&amp;Передати на розгляд…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Передати</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Затвердити…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Затвердити</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>Повернути на &amp;доопрацювання…</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Повернути на доопрацювання</translation>
    </message>
    <message>
        <source>Sealed</source>
        <extracomment>what a seal in each state says of the case (the store&apos;s STATE_LABELS, translated)</extracomment>
        <translation>Засвідчено</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Передано на розгляд</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Затверджено</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Повернуто на доопрацювання</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Видано засвідчену копію</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in File &gt; Settings (Keys), then give your public key to the people who review your cases.</source>
        <translation>У вас поки немає ключа підпису. Створіть його в меню «Файл &gt; Налаштування» (ключі), потім передайте відкритий ключ тим, хто розглядає ваші справи.</translation>
    </message>
    <message>
        <source>Key not used</source>
        <translation>Ключ не використано</translation>
    </message>
    <message>
        <source>&amp;Release copy…</source>
        <translation>Вида&amp;ти засвідчену копію…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Засвідчена копія для тих, хто не входить до групи, — без видаленого та внутрішнього тексту</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>Немає ключа підпису</translation>
    </message>
    <message>
        <source>Case not sealed</source>
        <translation>Справу не засвідчено</translation>
    </message>
    <message>
        <source>{state} by {signer} at state {head}.</source>
        <translation>{state}: {signer}, стан {head}.</translation>
    </message>
    <message>
        <source>Release copy not written</source>
        <translation>Засвідчену копію не записано</translation>
    </message>
    <message>
        <source>Wrote the release copy {file}</source>
        <translation>Засвідчену копію записано: {file}</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>{state}: seal the case</source>
        <translation>{state}: засвідчити справу</translation>
    </message>
    <message>
        <source>This signs the case as it is now (state {state}) with your key, {name} ({fingerprint}). The seal is kept in the case file; what is changed afterwards is not covered by it.</source>
        <translation>Справу буде підписано в теперішньому вигляді (стан {state}) вашим ключем, {name} ({fingerprint}). Засвідчення зберігається у файлі справи; те, що зміниться пізніше, ним не охоплено.</translation>
    </message>
    <message>
        <source>What you vouch for, or what should change (optional)</source>
        <translation>За що ви ручаєтеся або що слід змінити (необовʼязково)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Коментар:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Парольна фраза ключа:</translation>
    </message>
</context>
<context>
    <name>SealWords</name>
    <message>
        <source>integrity</source>
        <extracomment>the parts of a case a finding of the check is about (Problem.area), as a reader names them</extracomment>
        <translation>цілісність</translation>
    </message>
    <message>
        <source>links</source>
        <translation>посилання</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>структура</translation>
    </message>
    <message>
        <source>values</source>
        <translation>значення</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фото та документи</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал змін</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>засвідчення</translation>
    </message>
    <message>
        <source>key trusted as {name}</source>
        <translation>ключу довіряють як «{name}»</translation>
    </message>
    <message>
        <source>key NOT trusted here</source>
        <translation>ключу тут НЕ довіряють</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>підпис правильний</translation>
    </message>
    <message>
        <source>SIGNATURE FAILS</source>
        <translation>ПІДПИС НЕПРАВИЛЬНИЙ</translation>
    </message>
    <message>
        <source>history intact</source>
        <translation>історію не змінено</translation>
    </message>
    <message>
        <source>HISTORY REWRITTEN</source>
        <translation>ІСТОРІЮ ПЕРЕПИСАНО</translation>
    </message>
    <message>
        <source>Seal {number} of {total}: {state} by {signer} ({trust}; {fingerprint}) on {when}, at state {head} (entry {entry}): {signature}, {history}</source>
        <translation>Засвідчення {number} з {total}: {state} — {signer} ({trust}; {fingerprint}), {when}, стан {head} (запис {entry}): {signature}, {history}</translation>
    </message>
    <message>
        <source>“{title}” ({reference})</source>
        <translation>«{title}» ({reference})</translation>
    </message>
    <message>
        <source>“{title}”</source>
        <translation>«{title}»</translation>
    </message>
    <message>
        <source>Release copy of case {case} at state {head}, released by {who} on {day}</source>
        <translation>Засвідчена копія справи {case}, стан {head}; видав(ла): {who}, {day}</translation>
    </message>
    <message>
        <source>Release copy of case {case} at state {head}</source>
        <translation>Засвідчена копія справи {case}, стан {head}</translation>
    </message>
</context>
</TS>
