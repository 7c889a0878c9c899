<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>Review</name>
    <message>
        <source>&amp;Submit for review…</source>
        <extracomment>the translation context of the Review menu and File &gt; Release copy… (written out where lupdate reads it: it reads only literals) Review menu entries: (state, menu text, what the dialog&apos;s button says), in English; shown through QCoreApplication.translate(CONTEXT, ...)</extracomment>
        <translation>&amp;Baxılmaya təqdim et…</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>Təqdim et</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Təsdiqlə…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Təsdiqlə</translation>
    </message>
    <message>
        <source>Request &amp;changes…</source>
        <translation>&amp;Düzəlişə qaytar…</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Düzəlişə qaytar</translation>
    </message>
    <message>
        <source>&amp;Release copy…</source>
        <translation>Möhürlənmiş surət &amp;ver…</translation>
    </message>
    <message>
        <source>A sealed copy for people outside the team, without removed or internal text</source>
        <translation>Komandadan kənar şəxslər üçün möhürlənmiş surət: silinmiş və daxili mətn olmadan</translation>
    </message>
</context>
</TS>
