<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the app shows that Qt's qtbase_ru leaves untranslated, in Russian
     (Qt 6's file dialog labels, whose sources gained an accelerator, in Qt's own words).
     Installed after Qt's catalogue, so searched first. Kept by hand. -->
<TS version="2.1" language="ru">
    <context>
        <name>QFileDialog</name>
        <message>
            <source>&amp;Look in:</source>
            <translation>&amp;Перейти к:</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>&amp;Типы файлов:</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>Папка</translation>
        </message>
    </context>
</TS>
