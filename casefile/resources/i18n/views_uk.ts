<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Огляд</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Пошкодження</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings &amp; follow-ups</source>
        <translation>Зустрічі та доручення</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фото та документи</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План території</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал змін</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Розгляд</translation>
    </message>
</context>
</TS>
