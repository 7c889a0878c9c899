<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttachFiles</name>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Attaching files</source>
        <translation>Добавление файлов</translation>
    </message>
    <message>
        <source>Attaching {name} ({done} of {count})…</source>
        <translation>Добавляется {name} ({done} из {count})…</translation>
    </message>
</context>
<context>
    <name>AttachWords</name>
    <message numerus="yes">
        <source>Attaching %Ln file(s)…</source>
        <extracomment>what was left out of files that were attached (a capture time out of range)</extracomment>
        <translation>
            <numerusform>Добавляется %Ln файл…</numerusform>
            <numerusform>Добавляются %Ln файла…</numerusform>
            <numerusform>Добавляются %Ln файлов…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BriefExport</name>
    <message>
        <source>Unexpected error while exporting ({error}).</source>
        <translation>Непредвиденная ошибка при экспорте ({error}).</translation>
    </message>
    <message>
        <source>Export brief</source>
        <translation>Экспорт справки</translation>
    </message>
    <message>
        <source>Exporting the brief…</source>
        <translation>Экспорт справки…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>CheckReport</name>
    <message>
        <source>Review state: {state}</source>
        <translation>Состояние рассмотрения: {state}</translation>
    </message>
    <message>
        <source>Warning: {message}</source>
        <translation>Предупреждение: {message}</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>… and {count} more (in the details)</source>
        <translation>… и ещё {count} (в подробностях)</translation>
    </message>
    <message>
        <source>Do not rely on this file as it is: restore it from a copy you trust, or ask whoever sent it for it again. Opened read-only, what SQLite can read is still shown.</source>
        <translation>Не полагайтесь на этот файл в нынешнем виде: восстановите его из копии, которой доверяете, или попросите отправителя прислать его снова. При открытии только для чтения всё, что SQLite может прочитать, по-прежнему показывается.</translation>
    </message>
    <message>
        <source>“{name}” is sound.</source>
        <translation>«{name}» в порядке.</translation>
    </message>
    <message>
        <source>Checked: integrity, schema, links, attachment hashes and the audit chain (audit log entries: {entries}), and that the log accounts for every item: nothing was changed outside casefile.</source>
        <translation>Проверено: целостность, схема, ссылки, хеши вложений и цепочка журнала изменений (записей журнала: {entries}), а также то, что журнал объясняет каждую запись: вне casefile ничего не менялось.</translation>
    </message>
</context>
<context>
    <name>CheckWords</name>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln проблема</numerusform>
            <numerusform>%Ln проблемы</numerusform>
            <numerusform>%Ln проблем</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“{name}” has %Ln problem(s).</source>
        <translation>
            <numerusform>В «{name}» %Ln проблема.</numerusform>
            <numerusform>В «{name}» %Ln проблемы.</numerusform>
            <numerusform>В «{name}» %Ln проблем.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Warning: %Ln change(s) since the latest seal, which no seal covers</source>
        <translation>
            <numerusform>Предупреждение: после последнего заверения %Ln изменение, не охваченное ни одним заверением</numerusform>
            <numerusform>Предупреждение: после последнего заверения %Ln изменения, не охваченные ни одним заверением</numerusform>
            <numerusform>Предупреждение: после последнего заверения %Ln изменений, не охваченных ни одним заверением</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportList</name>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
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
        <translation>Непредвиденная ошибка при проверке ({error}).</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Проверка файла</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Проверка файла…</translation>
    </message>
</context>
<context>
    <name>NotOpenedPrompt</name>
    <message>
        <source>Brief not opened</source>
        <translation>Справка не открыта</translation>
    </message>
    <message>
        <source>“{name}” was saved, but no program here opens PDF files.</source>
        <translation>«{name}» сохранена, но на этом компьютере нет программы для PDF-файлов.</translation>
    </message>
    <message>
        <source>Install a PDF viewer, or open the file from its folder:</source>
        <translation>Установите программу для просмотра PDF или откройте файл из его папки:</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Показать в папке</translation>
    </message>
</context>
<context>
    <name>OpenBriefPrompt</name>
    <message>
        <source>Brief exported</source>
        <translation>Справка экспортирована</translation>
    </message>
    <message>
        <source>The brief was saved as “{name}”.</source>
        <translation>Справка сохранена как «{name}».</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Открыть</translation>
    </message>
</context>
<context>
    <name>PrintList</name>
    <message>
        <source>printed {date}</source>
        <translation>напечатано {date}</translation>
    </message>
</context>
<context>
    <name>PrintWords</name>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln строка</numerusform>
            <numerusform>%Ln строки</numerusform>
            <numerusform>%Ln строк</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln row(s)</source>
        <translation>
            <numerusform>{shown} из %Ln строки</numerusform>
            <numerusform>{shown} из %Ln строк</numerusform>
            <numerusform>{shown} из %Ln строк</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <source>Release copy</source>
        <translation>Выдача заверенной копии</translation>
    </message>
    <message>
        <source>A copy for people outside the team: it leaves out deleted items, the text that editing removed, earlier seals and review comments, lists what it left out (counts, never content), and is sealed with your key.</source>
        <translation>Копия для тех, кто не входит в группу: в неё не попадают удалённые записи, текст, убранный при правке, прежние заверения и замечания рецензентов; она перечисляет, что исключено (только количество, никогда не содержание), и заверяется вашим ключом.</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <source>Leave out internal notes and follow-ups</source>
        <translation>Исключить внутренние записи и поручения</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Сохранить как:</translation>
    </message>
    <message>
        <source>The copy:</source>
        <translation>Копия:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Парольная фраза ключа:</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Выдать</translation>
    </message>
    <message>
        <source>Release copy as</source>
        <translation>Сохранить заверенную копию как</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>&amp;Submit for review…</source>
        <extracomment>the translation context of the Review menu and File &gt; Release copy… (written out where lupdate reads it: it reads only literals) Review menu entries: (state, menu text, what the dialog&apos;s button says), in English; shown through QCoreApplication.translate(CONTEXT, ...)</extracomment>
        <translation>&amp;Передать на рассмотрение…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Передать</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Утвердить…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Утвердить</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Вернуть на доработку…</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Вернуть на доработку</translation>
    </message>
    <message>
        <source>Sealed</source>
        <extracomment>what a seal in each state says of the case (the store&apos;s STATE_LABELS, translated)</extracomment>
        <translation>Заверено</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Передано на рассмотрение</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Утверждено</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Возвращено на доработку</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Выдана заверенная копия</translation>
    </message>
    <message>
        <source>You have no signing key yet. Make one in File &gt; Settings (Keys), then give your public key to the people who review your cases.</source>
        <translation>У вас пока нет ключа подписи. Создайте его в меню «Файл &gt; Настройки» (ключи), затем передайте открытый ключ тем, кто рассматривает ваши дела.</translation>
    </message>
    <message>
        <source>Key not used</source>
        <translation>Ключ не использован</translation>
    </message>
    <message>
        <source>&amp;Release copy…</source>
        <translation>Вы&amp;дать заверенную копию…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Заверенная копия для тех, кто не входит в группу, — без удалённого и внутреннего текста</translation>
    </message>
    <message>
        <source>No signing key</source>
        <translation>Нет ключа подписи</translation>
    </message>
    <message>
        <source>Case not sealed</source>
        <translation>Дело не заверено</translation>
    </message>
    <message>
        <source>{state} by {signer} at state {head}.</source>
        <translation>{state}: {signer}, состояние {head}.</translation>
    </message>
    <message>
        <source>Release copy not written</source>
        <translation>Заверенная копия не записана</translation>
    </message>
    <message>
        <source>Wrote the release copy {file}</source>
        <translation>Заверенная копия записана: {file}</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>{state}: seal the case</source>
        <translation>{state}: заверить дело</translation>
    </message>
    <message>
        <source>This signs the case as it is now (state {state}) with your key, {name} ({fingerprint}). The seal is kept in the case file; what is changed afterwards is not covered by it.</source>
        <translation>Дело будет подписано в нынешнем виде (состояние {state}) вашим ключом, {name} ({fingerprint}). Заверение хранится в файле дела; то, что изменится позже, им не охвачено.</translation>
    </message>
    <message>
        <source>What you vouch for, or what should change (optional)</source>
        <translation>За что вы ручаетесь или что следует изменить (необязательно)</translation>
    </message>
    <message>
        <source>Comment:</source>
        <translation>Комментарий:</translation>
    </message>
    <message>
        <source>Your key&apos;s passphrase:</source>
        <translation>Парольная фраза ключа:</translation>
    </message>
</context>
<context>
    <name>SealWords</name>
    <message>
        <source>integrity</source>
        <extracomment>the parts of a case a finding of the check is about (Problem.area), as a reader names them</extracomment>
        <translation>целостность</translation>
    </message>
    <message>
        <source>links</source>
        <translation>ссылки</translation>
    </message>
    <message>
        <source>structure</source>
        <translation>структура</translation>
    </message>
    <message>
        <source>values</source>
        <translation>значения</translation>
    </message>
    <message>
        <source>photos and documents</source>
        <translation>фотографии и документы</translation>
    </message>
    <message>
        <source>audit log</source>
        <translation>журнал изменений</translation>
    </message>
    <message>
        <source>seals</source>
        <translation>заверения</translation>
    </message>
    <message>
        <source>key trusted as {name}</source>
        <translation>ключу доверяют как «{name}»</translation>
    </message>
    <message>
        <source>key NOT trusted here</source>
        <translation>ключу здесь НЕ доверяют</translation>
    </message>
    <message>
        <source>signature valid</source>
        <translation>подпись верна</translation>
    </message>
    <message>
        <source>SIGNATURE FAILS</source>
        <translation>ПОДПИСЬ НЕВЕРНА</translation>
    </message>
    <message>
        <source>history intact</source>
        <translation>история не тронута</translation>
    </message>
    <message>
        <source>HISTORY REWRITTEN</source>
        <translation>ИСТОРИЯ ПЕРЕПИСАНА</translation>
    </message>
    <message>
        <source>Seal {number} of {total}: {state} by {signer} ({trust}; {fingerprint}) on {when}, at state {head} (entry {entry}): {signature}, {history}</source>
        <translation>Заверение {number} из {total}: {state} — {signer} ({trust}; {fingerprint}), {when}, состояние {head} (запись {entry}): {signature}, {history}</translation>
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
        <translation>Заверенная копия дела {case}, состояние {head}; выдал(а): {who}, {day}</translation>
    </message>
    <message>
        <source>Release copy of case {case} at state {head}</source>
        <translation>Заверенная копия дела {case}, состояние {head}</translation>
    </message>
</context>
</TS>
