<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>&amp;Release copy…</source>
        <translation>Вы&amp;дать заверенную копию…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Заверенная копия для тех, кто не входит в группу, — без удалённого и внутреннего текста</translation>
    </message>
</context>
</TS>
