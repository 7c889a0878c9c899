<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Записывается в журнал изменений при каждой вашей правке</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Используется, если ориентировочная стоимость введена без валюты</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для служебного пользования</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Сохранение здесь запишет новый файл.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Ваше имя (журнал изменений):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Язык (программа и справки):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Валюта по умолчанию:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Гриф по умолчанию:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>Хранится в %1; этот файл читает и команда casefile. Ваше имя применяется к делам, открытым с этого момента; язык программы — при следующем запуске casefile.</translation>
    </message>
</context>
</TS>
