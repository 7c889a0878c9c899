<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the app shows that Qt's qtbase_uk leaves untranslated, in Ukrainian
     (Qt 6's file dialog labels, whose sources gained an accelerator, in Qt's own words).
     Installed after Qt's catalogue, so searched first. Kept by hand. -->
<TS version="2.1" language="uk">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Перегляд в:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Тип файлів:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Тека</translation>
        </message>
    </context>
</TS>
