<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Ümumi baxış</translation>
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
        <source>Meetings &amp; follow-ups</source>
        <translation>Görüşlər və tapşırıqlar</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Fotolar və sənədlər</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>Ərazinin planı</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Xronologiya</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dəyişikliklər jurnalı</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Baxılma</translation>
    </message>
</context>
</TS>
