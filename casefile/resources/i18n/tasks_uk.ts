<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
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
        <source>&amp;Release copy…</source>
        <translation>Вида&amp;ти засвідчену копію…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Засвідчена копія для тих, хто не входить до групи, — без видаленого та внутрішнього тексту</translation>
    </message>
</context>
</TS>
