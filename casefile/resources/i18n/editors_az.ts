<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>AppearsInEditor</name>
    <message>
        <source>mentioned</source>
        <extracomment>how an item links to a party, as &quot;appears in&quot; says it</extracomment>
        <translation>adı çəkilir</translation>
    </message>
    <message>
        <source>source</source>
        <translation>mənbə</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>iştirakçı</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>məsul</translation>
    </message>
    <message>
        <source>represents it</source>
        <translation>bu tərəfi təmsil edir</translation>
    </message>
    <message>
        <source>{how} ({role})</source>
        <translation>{how} ({role})</translation>
    </message>
    <message>
        <source>Not linked to any note, meeting or follow-up yet</source>
        <translation>Hələ heç bir qeyd, görüş və ya tapşırıqla əlaqələndirilməyib</translation>
    </message>
</context>
<context>
    <name>AttachmentsEditor</name>
    <message>
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <source>Add photos or documents to this item</source>
        <translation>Bu elementə foto və ya sənəd əlavə edin</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Əlaqəni kəs</translation>
    </message>
    <message>
        <source>Take the selected file off this item (it stays in the case)</source>
        <translation>Seçilmiş faylı bu elementdən ayırın (fayl işdə qalır)</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Əlavə edilmədi: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Added %n file(s)</source>
        <translation>
            <numerusform>%n fayl əlavə edildi</numerusform>
            <numerusform>%n fayl əlavə edildi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostField</name>
    <message>
        <source>not estimated</source>
        <translation>qiymətləndirilməyib</translation>
    </message>
    <message>
        <source>ISO 4217 code, such as EUR, USD, UAH or AZN</source>
        <translation>ISO 4217 kodu, məsələn, EUR, USD, UAH və ya AZN</translation>
    </message>
    <message>
        <source>quantity × unit cost</source>
        <translation>miqdar × vahidin dəyəri</translation>
    </message>
    <message>
        <source>a unit cost needs its currency (an ISO 4217 code)</source>
        <translation>vahidin dəyəri üçün valyuta lazımdır (ISO 4217 kodu)</translation>
    </message>
    <message>
        <source>a damage estimate needs its currency (an ISO 4217 code)</source>
        <translation>zədənin təxmini dəyəri üçün valyuta lazımdır (ISO 4217 kodu)</translation>
    </message>
</context>
<context>
    <name>DayField</name>
    <message>
        <source>YYYY-MM-DD or {example}</source>
        <extracomment>the user finished a change; the form commits it the user changed the text and has not finished (Enter, leaving the field)</extracomment>
        <translation>İİİİ-AA-GG və ya {example}</translation>
    </message>
    <message>
        <source>Pick from a calendar: {field}</source>
        <translation>Təqvimdən seçin: {field}</translation>
    </message>
    <message>
        <source>Pick a date: {field}</source>
        <translation>Tarix seçin: {field}</translation>
    </message>
    <message>
        <source>{field} “{text}” is not a date: type it as YYYY-MM-DD or as {example}, or pick it from the calendar</source>
        <translation>{field}: “{text}” tarix deyil: onu İİİİ-AA-GG və ya {example} şəklində yazın, yaxud təqvimdən seçin</translation>
    </message>
</context>
<context>
    <name>FollowUpsOfMeeting</name>
    <message>
        <source>Add follow-up</source>
        <translation>Tapşırıq əlavə et</translation>
    </message>
    <message>
        <source>Add an action that came out of this meeting</source>
        <translation>Bu görüşün nəticəsində yaranan tapşırığı əlavə edin</translation>
    </message>
    <message>
        <source>{title} (due {date}) — {status}</source>
        <translation>{title} (müddət: {date}) — {status}</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Yeni tapşırıq</translation>
    </message>
    <message>
        <source>Not added: {reason}</source>
        <translation>Əlavə edilmədi: {reason}</translation>
    </message>
</context>
<context>
    <name>InstantField</name>
    <message>
        <source>YYYY-MM-DD HH:MM</source>
        <translation>İİİİ-AA-GG SS:DD</translation>
    </message>
    <message>
        <source>Local time in {zone}</source>
        <translation>Yerli vaxt: {zone}</translation>
    </message>
</context>
<context>
    <name>ItemForm</name>
    <message>
        <source>Not saved: {reason}</source>
        <translation>Yadda saxlanılmayıb: {reason}</translation>
    </message>
</context>
<context>
    <name>LinkList</name>
    <message>
        <source>{kind}: press Enter or double-click to open</source>
        <translation>{kind}: açmaq üçün Enter düyməsini basın və ya iki dəfə klikləyin</translation>
    </message>
</context>
<context>
    <name>ParticipantsEditor</name>
    <message>
        <source>Party</source>
        <translation>Tərəf</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rol</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <source>Add the chosen party with this role</source>
        <translation>Seçilmiş tərəfi bu rolla əlavə et</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
    <message>
        <source>Remove the selected participant</source>
        <translation>Seçilmiş iştirakçını çıxar</translation>
    </message>
    <message>
        <source>Double-click to open this party</source>
        <translation>Bu tərəfi açmaq üçün iki dəfə klikləyin</translation>
    </message>
    <message>
        <source>Choose a party to add as a participant</source>
        <translation>İştirakçı kimi əlavə etmək üçün tərəf seçin</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <source>quantity</source>
        <translation>miqdar</translation>
    </message>
    <message>
        <source>unit cost</source>
        <translation>vahidin dəyəri</translation>
    </message>
</context>
<context>
    <name>RefListEditor</name>
    <message>
        <source>Choose a party to link</source>
        <extracomment>what a list of links to items of a kind says of its picker, Add and Remove (&quot;&quot; for a kind without words of its own)</extracomment>
        <translation>Əlaqələndirmək üçün tərəf seçin</translation>
    </message>
    <message>
        <source>Link the chosen party</source>
        <translation>Seçilmiş tərəfi əlaqələndir</translation>
    </message>
    <message>
        <source>Unlink the selected party (Delete)</source>
        <translation>Seçilmiş tərəflə əlaqəni kəs (Delete)</translation>
    </message>
    <message>
        <source>Choose a note to link</source>
        <translation>Əlaqələndirmək üçün qeyd seçin</translation>
    </message>
    <message>
        <source>Link the chosen note</source>
        <translation>Seçilmiş qeydi əlaqələndir</translation>
    </message>
    <message>
        <source>Unlink the selected note (Delete)</source>
        <translation>Seçilmiş qeydlə əlaqəni kəs (Delete)</translation>
    </message>
    <message>
        <source>Choose an item to link</source>
        <translation>Əlaqələndirmək üçün element seçin</translation>
    </message>
    <message>
        <source>Link the chosen item</source>
        <translation>Seçilmiş elementi əlaqələndir</translation>
    </message>
    <message>
        <source>Unlink the selected item (Delete)</source>
        <translation>Seçilmiş elementlə əlaqəni kəs (Delete)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Əlavə et</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Çıxar</translation>
    </message>
</context>
</TS>
