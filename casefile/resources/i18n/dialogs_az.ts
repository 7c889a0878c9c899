<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>how each language is named in the list (in itself, so a reader of it finds it)</extracomment>
        <translation>Parametrlər</translation>
    </message>
    <message>
        <source>Recorded in the audit log with every change you make</source>
        <translation>Etdiyiniz hər dəyişikliklə birlikdə dəyişikliklər jurnalına yazılır</translation>
    </message>
    <message>
        <source>Used when you type an estimate without a currency</source>
        <translation>Təxmini dəyəri valyutasız yazdıqda istifadə olunur</translation>
    </message>
    <message>
        <source>e.g. RESTRICTED</source>
        <translation>məs. Xidməti istifadə üçün</translation>
    </message>
    <message>
        <source>%1 Saving here writes a new one.</source>
        <translation>%1 Burada yadda saxlamaq yenisini yazacaq.</translation>
    </message>
    <message>
        <source>Your name (audit log):</source>
        <translation>Adınız (dəyişikliklər jurnalı):</translation>
    </message>
    <message>
        <source>Language (app and briefs):</source>
        <translation>Dil (proqram və arayışlar):</translation>
    </message>
    <message>
        <source>Default currency:</source>
        <translation>Standart valyuta:</translation>
    </message>
    <message>
        <source>Default classification:</source>
        <translation>Standart məxfilik qrifi:</translation>
    </message>
    <message>
        <source>Kept in %1, which the casefile command reads too. Your name applies to cases opened from now on; the app&apos;s language, the next time casefile starts.</source>
        <translation>%1 faylında saxlanılır; casefile əmri də onu oxuyur. Adınız bundan sonra açılan işlərə aid olur; proqramın dili isə casefile növbəti dəfə başladıqda tətbiq olunur.</translation>
    </message>
</context>
</TS>
