<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own strings the app shows, in Azerbaijani: Qt ships no qtbase_az. Kept by hand
     (pyside6-lupdate does not see these contexts in our code). -->
<TS version="2.1" language="az">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Yadda saxla</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Hamısını yadda saxla</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Aç</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Bəli</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>&amp;Hamısına bəli</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Xeyr</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Hamısına x&amp;eyr</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Dayandır</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Yenidən cəhd et</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Nəzərə alma</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Bağla</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Ləğv et</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Yadda saxlama</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Kömək</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Tətbiq et</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Sıfırla</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Standart dəyərləri bərpa et</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Yadda saxla</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Ləğv et</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Bağla</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Yadda saxlamadan bağla</translation>
        </message>
    </context>
</TS>
