<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Записується до журналу змін з кожною вашою правкою</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Використовується, якщо орієнтовну вартість введено без валюти</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>напр. Для службового користування</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Збереження тут запише новий файл.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Ваше імʼя (журнал змін):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Мова (програма й довідки):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Типова валюта:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Типовий гриф обмеження доступу:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>Зберігається в %1; цей файл читає й команда casefile. Ваше імʼя застосовується до справ, відкритих відтепер; мова програми — під час наступного запуску casefile.</translation>
    </message>
</context>
</TS>
