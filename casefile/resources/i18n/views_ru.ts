<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <extracomment>the translation context of the pages&apos; titles (lupdate reads it only as a literal)</extracomment>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Damage</source>
        <translation>Ущерб</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Записи</translation>
    </message>
    <message>
        <source>Meetings &amp; follow-ups</source>
        <translation>Встречи и поручения</translation>
    </message>
    <message>
        <source>Photos &amp; documents</source>
        <translation>Фотографии и документы</translation>
    </message>
    <message>
        <source>Site plan</source>
        <translation>План территории</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Журнал изменений</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Рассмотрение</translation>
    </message>
</context>
</TS>
