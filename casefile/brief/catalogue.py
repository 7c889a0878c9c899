"""The brief's labels in Azerbaijani (Latin script), Russian and Ukrainian.

Keys are the English labels as the code writes them (`language.tr("Chronology")`);
each entry gives the (az, ru, uk) translations. Terms follow the users' glossary
(/work/shared/GLOSSARY.md in the project's notes): "arayış / справка / довідка" for the
brief, "ziyan / ущерб / пошкодження" for damage. {placeholders} stay as they are.
`NOUNS` holds the counted nouns in each language's plural forms (CLDR categories).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str, str]] = {
    # -- sections
    "Executive summary": ("Qısa xülasə", "Краткое изложение", "Стислий виклад"),
    "Incident facts": ("Hadisə barədə faktlar", "Факты об инциденте", "Факти про інцидент"),
    "Chronology": ("Xronologiya", "Хронология", "Хронологія"),
    "Damage schedule": ("Ziyanın siyahısı", "Перечень ущерба", "Перелік пошкоджень"),
    "Site plan": ("Ərazinin planı", "План территории", "План території"),
    "Parties": ("Tərəflər", "Стороны", "Сторони"),
    "Meetings and follow-ups": (
        "Görüşlər və tapşırıqlar",
        "Встречи и поручения",
        "Зустрічі та доручення",
    ),
    "Notes": ("Qeydlər", "Записи", "Записи"),
    "Photo appendix": ("Foto əlavə", "Фотоприложение", "Фотододаток"),
    "Review comments": (
        "Baxılma üzrə şərhlər",
        "Замечания по рассмотрению",
        "Зауваження за розглядом",
    ),
    # -- cover
    "BRIEF": ("ARAYIŞ", "СПРАВКА", "ДОВІДКА"),
    "UNCLASSIFIED": ("MƏXFİ DEYİL", "НЕСЕКРЕТНО", "НЕСЕКРЕТНО"),
    "Untitled incident": ("Adsız hadisə", "Инцидент без названия", "Інцидент без назви"),
    "Reference": ("Qeydiyyat nömrəsi", "Номер дела", "Номер справи"),
    "Date of brief": ("Arayışın tarixi", "Дата справки", "Дата довідки"),
    "Prepared by": ("Hazırlayıb", "Подготовил(а)", "Підготував(ла)"),
    "Case status": ("İşin vəziyyəti", "Статус дела", "Стан справи"),
    "Case fingerprint": ("İşin barmaq izi", "Отпечаток дела", "Відбиток справи"),
    "Review": ("Baxılma", "Рассмотрение", "Розгляд"),
    "Contents": ("Mündəricat", "Содержание", "Зміст"),
    # -- the submission's framing on the cover
    "From": ("Kimdən", "От кого", "Від кого"),
    "To": ("Kimə", "Кому", "Кому"),
    "Purpose": ("Məqsəd", "Цель", "Мета"),
    "For decision": ("Qərar qəbul edilməsi üçün", "Для принятия решения", "Для прийняття рішення"),
    "For information": ("Məlumat üçün", "Для сведения", "До відома"),
    "Recommendation": ("Tövsiyə", "Рекомендация", "Рекомендація"),
    "Decisions sought": (
        "Xahiş olunan qərarlar",
        "Испрашиваемые решения",
        "Рішення, що запитуються",
    ),
    "Deadline": ("Son müddət", "Срок", "Строк"),
    "Drafted by": ("İcraçı", "Исполнитель", "Виконавець"),
    "Cleared by": ("Razılaşdırılıb", "Согласовано", "Погоджено"),
    "Annexes": ("Əlavələr", "Приложения", "Додатки"),
    (
        "The case fingerprint is the head of the case file's audit chain when this brief "
        "was made: a brief with the same fingerprint comes from the same state of the case."
    ): (
        "İşin barmaq izi bu arayış hazırlanarkən iş faylının dəyişikliklər jurnalı zəncirinin "
        "son həlqəsidir: eyni barmaq izli arayışlar işin eyni vəziyyətindən hazırlanıb.",
        "Отпечаток дела — последнее звено цепочки журнала изменений файла дела на момент "
        "составления справки: справки с одинаковым отпечатком составлены по одному и тому же "
        "состоянию дела.",
        "Відбиток справи — остання ланка ланцюжка журналу змін файлу справи на момент "
        "складання довідки: довідки з однаковим відбитком складено з одного й того самого "
        "стану справи.",
    ),
    # -- page furniture
    "page {page} of {total}": (
        "səhifə {page} / {total}",
        "страница {page} из {total}",
        "сторінка {page} з {total}",
    ),
    "Ref. {reference}": ("№ {reference}", "№ {reference}", "№ {reference}"),
    "case fingerprint {fingerprint}": (
        "işin barmaq izi {fingerprint}",
        "отпечаток дела {fingerprint}",
        "відбиток справи {fingerprint}",
    ),
    "REDACTED: internal material removed": (
        "REDAKTƏ EDİLİB: daxili materiallar çıxarılıb",
        "ОТРЕДАКТИРОВАНО: без внутренних материалов",
        "ВІДРЕДАГОВАНО: без внутрішніх матеріалів",
    ),
    "REDACTED: internal material removed ({items} left out)": (
        "REDAKTƏ EDİLİB: daxili materiallar çıxarılıb ({items} daxil edilməyib)",
        "ОТРЕДАКТИРОВАНО: без внутренних материалов (исключено: {items})",
        "ВІДРЕДАГОВАНО: без внутрішніх матеріалів (вилучено: {items})",
    ),
    "NOT REDACTED: contains internal material ({items} marked [internal])": (
        "REDAKTƏ EDİLMƏYİB: daxili materiallar var ({items} [daxili] kimi qeyd olunub)",
        "НЕ ОТРЕДАКТИРОВАНО: содержит внутренние материалы (с пометкой [внутреннее]: {items})",
        "НЕ ВІДРЕДАГОВАНО: містить внутрішні матеріали (з позначкою [внутрішнє]: {items})",
    ),
    "Not redacted: the case holds no internal material": (
        "Redaktə edilməyib: işdə daxili material yoxdur",
        "Не отредактировано: в деле нет внутренних материалов",
        "Не відредаговано: у справі немає внутрішніх матеріалів",
    ),
    " and {more} more": (" və daha {more}", " и ещё {more}", " і ще {more}"),
    # -- facts
    "Title": ("Adı", "Название", "Назва"),
    "Occurred": ("Baş verib", "Дата и время", "Дата й час"),
    "Location": ("Yer", "Место", "Місце"),
    "Status": ("Vəziyyət", "Статус", "Стан"),
    "Classification": ("Məxfilik qrifi", "Гриф", "Гриф обмеження доступу"),
    "not recorded": ("qeyd olunmayıb", "не указано", "не зазначено"),
    "none set": ("təyin edilməyib", "не установлен", "не встановлено"),
    # -- summary
    "No summary has been written for this case.": (
        "Bu iş üzrə xülasə yazılmayıb.",
        "Краткое изложение по этому делу не составлено.",
        "Стислий виклад у цій справі не складено.",
    ),
    "Key points": ("Əsas məqamlar", "Основные положения", "Основні положення"),
    "Redacted: internal material removed.": (
        "Redaktə edilib: daxili materiallar çıxarılıb.",
        "Отредактировано: внутренние материалы исключены.",
        "Відредаговано: внутрішні матеріали вилучено.",
    ),
    # -- chronology
    "No dated entries.": (
        "Tarixli qeyd yoxdur.",
        "Нет датированных записей.",
        "Немає датованих записів.",
    ),
    "When": ("Vaxt", "Когда", "Коли"),
    "Kind": ("Növ", "Вид", "Вид"),
    "Entry": ("Qeyd", "Запись", "Запис"),
    # -- damage
    "No damage items are recorded.": (
        "Zədə qeydə alınmayıb.",
        "Повреждения не зарегистрированы.",
        "Пошкодження не зареєстровано.",
    ),
    "Schedule": ("Siyahı", "Перечень", "Перелік"),
    "Item details": (
        "Zədələr barədə ətraflı",
        "Подробности о повреждениях",
        "Подробиці пошкоджень",
    ),
    "Damage by category": (
        "Kateqoriyalar üzrə ziyan",
        "Ущерб по категориям",
        "Пошкодження за категоріями",
    ),
    "No cost estimate yet: no cost chart.": (
        "Hələ təxmini dəyər yoxdur: dəyər diaqramı verilmir.",
        "Ориентировочной стоимости пока нет: диаграмма стоимости не приводится.",
        "Орієнтовної вартості поки немає: діаграму вартості не наведено.",
    ),
    "Ref": ("№", "№", "№"),
    "Category": ("Kateqoriya", "Категория", "Категорія"),
    "Item": ("Zədə", "Повреждение", "Пошкодження"),
    # table headers: the short word where the glossary's term would not fit the column
    "Severity": ("Dərəcə", "Степень", "Ступінь"),
    "Estimate": ("Təxmini dəyər", "Оценка стоимости", "Оцінка вартості"),
    "Fig.": ("Şək.", "Рис.", "Рис."),
    "All categories": ("Bütün kateqoriyalar", "Все категории", "Усі категорії"),
    "No category": ("Kateqoriyasız", "Без категории", "Без категорії"),
    "Not assessed": ("Qiymətləndirilməyib", "Не оценена", "Не оцінено"),
    "not assessed": ("qiymətləndirilməyib", "не оценено", "не оцінено"),
    # -- parties
    "No parties are recorded.": (
        "Tərəflər qeydə alınmayıb.",
        "Стороны не указаны.",
        "Сторони не зазначено.",
    ),
    "Name": ("Ad", "Имя или название", "Імʼя або назва"),
    "Role in the case": ("İşdəki rolu", "Роль в деле", "Роль у справі"),
    "Country": ("Ölkə", "Страна", "Країна"),
    # -- meetings
    "No meetings or follow-ups are recorded.": (
        "Görüş və ya tapşırıq qeydə alınmayıb.",
        "Встречи и поручения не зарегистрированы.",
        "Зустрічі та доручення не зареєстровано.",
    ),
    "Participants": ("İştirakçılar", "Участники", "Учасники"),
    "Outcomes": ("Nəticələr", "Итоги", "Підсумки"),
    "Follow-ups": ("Tapşırıqlar", "Поручения", "Доручення"),
    # -- notes
    "No notes are on file.": (
        "İşdə qeyd yoxdur.",
        "В деле нет записей.",
        "У справі немає записів.",
    ),
    "INTERNAL: left out when the brief is redacted": (
        "DAXİLİ: redaktə edilmiş arayışa daxil edilmir",
        "ВНУТРЕННЕЕ: не входит в отредактированную справку",
        "ВНУТРІШНЄ: не входить до відредагованої довідки",
    ),
    "(no text)": ("(mətn yoxdur)", "(без текста)", "(без тексту)"),
    # -- site plan
    "No site plan is kept in this case.": (
        "Bu işdə ərazinin planı yoxdur.",
        "В деле нет плана территории.",
        "У справі немає плану території.",
    ),
    # -- photos
    "No photos are attached to this case.": (
        "Bu işə foto əlavə edilməyib.",
        "К делу не приложены фотографии.",
        "До справи не додано фото.",
    ),
    "Pin": ("Nişan", "Метка", "Позначка"),
    # -- vocabularies (casefile.store vocab labels)
    "Incident": ("Hadisə", "Инцидент", "Інцидент"),
    "Party": ("Tərəf", "Сторона", "Сторона"),
    "Note": ("Qeyd", "Запись", "Запис"),
    "Damage item": ("Zədə", "Повреждение", "Пошкодження"),
    "Meeting": ("Görüş", "Встреча", "Зустріч"),
    "Follow-up": ("Tapşırıq", "Поручение", "Доручення"),
    "Attachment": ("Qoşma", "Вложение", "Вкладення"),
    "Open": ("Açıq", "Открыто", "Відкрито"),
    "Closed": ("Bağlı", "Закрыто", "Закрито"),
    "Person": ("Şəxs", "Лицо", "Особа"),
    "Organisation": ("Təşkilat", "Организация", "Організація"),
    "State": ("Dövlət", "Государство", "Держава"),
    "Diplomatic note": ("Diplomatik nota", "Дипломатическая нота", "Дипломатична нота"),
    "Statement": ("Bəyanat", "Заявление", "Заява"),
    "Press report": ("Mətbuat xəbəri", "Сообщение СМИ", "Повідомлення ЗМІ"),
    "Internal memo": ("Daxili xidməti qeyd", "Служебная записка", "Службова записка"),
    "Observation": ("Müşahidə", "Наблюдение", "Спостереження"),
    "Perimeter": ("Perimetr", "Периметр", "Периметр"),
    "Structures": ("Tikililər", "Сооружения", "Споруди"),
    "Vehicles": ("Nəqliyyat vasitələri", "Транспортные средства", "Транспортні засоби"),
    "Building": ("Bina", "Здание", "Будівля"),
    "Consular": ("Konsulluq", "Консульский отдел", "Консульський відділ"),
    "Equipment": ("Avadanlıq", "Оборудование", "Обладнання"),
    "Other": ("Digər", "Прочее", "Інше"),
    "Minor": ("Yüngül", "Незначительная", "Незначний"),
    "Moderate": ("Orta", "Средняя", "Середній"),
    "Severe": ("Ağır", "Тяжёлая", "Тяжкий"),
    "Destroyed": ("Tam dağılıb", "Полное уничтожение", "Повне знищення"),
    "Reported": ("Bildirilib", "Заявлено", "Заявлено"),
    "Assessed": ("Qiymətləndirilib", "Оценено", "Оцінено"),
    "Repair planned": ("Təmir planlaşdırılıb", "Ремонт запланирован", "Ремонт заплановано"),
    "Repaired": ("Təmir edilib", "Отремонтировано", "Відремонтовано"),
    "Written off": ("Silinib", "Списано", "Списано"),
    "Summons": ("Çağırış", "Вызов", "Виклик"),
    "Bilateral meeting": ("İkitərəfli görüş", "Двусторонняя встреча", "Двостороння зустріч"),
    "Call": ("Telefon danışığı", "Телефонный разговор", "Телефонна розмова"),
    "Site visit": ("Yerində baxış", "Выезд на место", "Виїзд на місце"),
    "Done": ("İcra edilib", "Выполнено", "Виконано"),
    "Dropped": ("Ləğv edilib", "Снято", "Знято"),
    # -- sentences of the sections
    " (nothing pinned)": (" (heç nə qeyd olunmayıb)", " (без меток)", " (без позначок)"),
    " (small original, {width} × {height} pixels: printed at {dpi} dpi, not enlarged)": (
        " (kiçik orijinal, {width} × {height} piksel: {dpi} dpi ilə çap olunub, böyüdülməyib)",
        " (исходник мал, {width} × {height} пикселей: напечатан с разрешением {dpi} dpi, "
        "без увеличения)",
        " (оригінал малий, {width} × {height} пікселів: надруковано з роздільністю {dpi} dpi, "
        "без збільшення)",
    ),
    " ({counts} pinned)": (
        " ({counts} qeyd olunub)",
        " (отмечено: {counts})",
        " (позначено: {counts})",
    ),
    " and ": (" və ", " и ", " і "),
    "(untitled)": ("(adsız)", "(без названия)", "(без назви)"),
    "<b>Annex {n}.</b> {title}": (
        "<b>Əlavə {n}.</b> {title}",
        "<b>Приложение {n}.</b> {title}",
        "<b>Додаток {n}.</b> {title}",
    ),
    "Annex {n}.": ("Əlavə {n}.", "Приложение {n}.", "Додаток {n}."),
    "<b>Figure {n}.</b> {caption}<i>{pinned}</i>": (
        "<b>Şəkil {n}.</b> {caption}<i>{pinned}</i>",
        "<b>Рисунок {n}.</b> {caption}<i>{pinned}</i>",
        "<b>Рисунок {n}.</b> {caption}<i>{pinned}</i>",
    ),
    "<b>Figure {n}.</b> {caption}<i>{small}</i>": (
        "<b>Şəkil {n}.</b> {caption}<i>{small}</i>",
        "<b>Рисунок {n}.</b> {caption}<i>{small}</i>",
        "<b>Рисунок {n}.</b> {caption}<i>{small}</i>",
    ),
    "<b>Not assessed</b> ({count} of {all} items, outside the totals)": (
        "<b>Qiymətləndirilməyib</b> ({all} zədədən {count}, cəmiyə daxil deyil)",
        "<b>Не оценено</b> ({count} из {all}, не входят в итоги)",
        "<b>Не оцінено</b> ({count} з {all}, не входять до підсумків)",
    ),
    "<b>Subtotal {category}</b> ({counts})": (
        "<b>Aralıq cəmi: {category}</b> ({counts})",
        "<b>Промежуточный итог: {category}</b> ({counts})",
        "<b>Проміжний підсумок: {category}</b> ({counts})",
    ),
    "<b>Total in {currency}</b> ({items} assessed{notes})": (
        "<b>Cəmi, {currency}</b> ({items} qiymətləndirilib{notes})",
        "<b>Итого в {currency}</b> (оценено: {items}{notes})",
        "<b>Разом у {currency}</b> (оцінено: {items}{notes})",
    ),
    "<b>Total</b> ({items} assessed)": (
        "<b>Cəmi</b> ({items} qiymətləndirilib)",
        "<b>Итого</b> (оценено: {items})",
        "<b>Разом</b> (оцінено: {items})",
    ),
    "Belongs to {owners}": ("Aiddir: {owners}", "Относится к: {owners}", "Стосується: {owners}"),
    (
        "Comments of the case's reviewers, kept in the case file; they are not part of the "
        "case's account of events."
    ): (
        "İşə baxanların şərhləri iş faylında saxlanılır; onlar işdəki hadisələrin şərhinə "
        "daxil deyil.",
        "Замечания рассматривавших дело хранятся в файле дела; они не входят в изложение "
        "событий по делу.",
        "Зауваження тих, хто розглядав справу, зберігаються у файлі справи; вони не входять "
        "до викладу подій у справі.",
    ),
    (
        "Each damage item pinned on a plan is marked with its reference, in the colour of its "
        "severity; a camera marks where a photo was taken. Plans are drawn to fit the page."
    ): (
        "Planda qeyd olunan hər zədə öz nömrəsi ilə, zədələnmə dərəcəsinin rəngində "
        "göstərilib; kamera nişanı fotonun çəkildiyi yeri bildirir. Planlar səhifəyə "
        "sığdırılıb.",
        "Каждое повреждение, отмеченное на плане, обозначено своим номером цветом степени "
        "повреждения; значок камеры показывает, где сделан снимок. Планы вписаны в страницу.",
        "Кожне пошкодження, позначене на плані, позначено своїм номером кольором ступеня "
        "пошкодження; значок камери показує, де зроблено знімок. Плани вписано в сторінку.",
    ),
    "Estimated cost ({currency})": (
        "Təxmini dəyər ({currency})",
        "Ориентировочная стоимость ({currency})",
        "Орієнтовна вартість ({currency})",
    ),
    "Estimated cost so far: {amounts} ({items} assessed)": (
        "Hələlik təxmini dəyər: {amounts} ({items} qiymətləndirilib)",
        "Ориентировочная стоимость на сегодня: {amounts} (оценено: {items})",
        "Орієнтовна вартість на сьогодні: {amounts} (оцінено: {items})",
    ),
    "Fig. ": ("Şək. ", "Рис. ", "Рис. "),
    "Figs. ": ("Şək. ", "Рис. ", "Рис. "),
    "Follow-up due ({status})": (
        "Tapşırığın icra müddəti ({status})",
        "Срок исполнения поручения ({status})",
        "Строк виконання доручення ({status})",
    ),
    "In all {total} ({items})": (
        "Cəmi {total} ({items})",
        "Итого {total} ({items})",
        "Разом {total} ({items})",
    ),
    "Internal notes and follow-ups are left out of this brief.": (
        "Daxili qeydlər və tapşırıqlar bu arayışa daxil edilməyib.",
        "Внутренние записи и поручения в эту справку не включены.",
        "Внутрішні записи та доручення до цієї довідки не включено.",
    ),
    "Items by severity": (
        "Zədələnmə dərəcəsinə görə",
        "Повреждения по степени",
        "Пошкодження за ступенем",
    ),
    (
        "Items without a cost estimate ({count} of {all}) are shown as “not assessed”: they are "
        "counted, and left out of every subtotal and total."
    ): (
        "Təxmini dəyəri olmayan zədələr ({all} zədədən {count}) “qiymətləndirilməyib” kimi "
        "göstərilib: onlar sayılır, lakin heç bir aralıq cəmiyə və cəmiyə daxil edilmir.",
        "Повреждения без ориентировочной стоимости ({count} из {all}) показаны как «не "
        "оценено»: они учтены в количестве, но не входят ни в промежуточные итоги, ни в итог.",
        "Пошкодження без орієнтовної вартості ({count} з {all}) показано як «не оцінено»: їх "
        "враховано в кількості, але не включено ні до проміжних підсумків, ні до підсумку.",
    ),
    "Mentions: {names}": ("Adı çəkilir: {names}", "Упоминаются: {names}", "Згадуються: {names}"),
    "No cost estimate has been made yet for any damage item.": (
        "Heç bir zədə üçün hələ təxmini dəyər müəyyən edilməyib.",
        "Ориентировочная стоимость пока не определена ни для одного повреждения.",
        "Орієнтовну вартість поки не визначено для жодного пошкодження.",
    ),
    "Occurred {when} at {where}.": (
        "Baş verib: {when}, {where}.",
        "Произошло: {when}, {where}.",
        "Сталося: {when}, {where}.",
    ),
    "Occurred {when}.": ("Baş verib: {when}.", "Произошло: {when}.", "Сталося: {when}."),
    "On the site plan": ("Ərazinin planında", "На плане территории", "На плані території"),
    "One damage item in each of {count} categories: {parts}.": (
        "{count} kateqoriyanın hər birində bir zədə: {parts}.",
        "По одному повреждению в каждой из {count} категорий: {parts}.",
        "По одному пошкодженню в кожній із {count} категорій: {parts}.",
    ),
    "One damage item in the one category: {parts}.": (
        "Yeganə kateqoriyada bir zədə: {parts}.",
        "Одно повреждение в единственной категории: {parts}.",
        "Одне пошкодження в єдиній категорії: {parts}.",
    ),
    "Other follow-ups": ("Digər tapşırıqlar", "Прочие поручения", "Інші доручення"),
    "Photos": ("Fotolar", "Фотографии", "Фото"),
    (
        "Photos are downscaled for this brief. The SHA-256 prefix identifies the original file "
        "in the case."
    ): (
        "Fotolar bu arayış üçün kiçildilib. SHA-256 prefiksi işdəki orijinal faylı müəyyən edir.",
        "Фотографии для справки уменьшены. Префикс SHA-256 указывает на исходный файл в деле.",
        "Фото для довідки зменшено. Префікс SHA-256 вказує на оригінальний файл у справі.",
    ),
    "Related notes: {notes}": (
        "Əlaqəli qeydlər: {notes}",
        "Связанные записи: {notes}",
        "Повʼязані записи: {notes}",
    ),
    (
        "The cost chart shows amounts in {currency} only; amounts in {others} are in the "
        "schedule's subtotals."
    ): (
        "Dəyər diaqramı yalnız {currency} ilə məbləğləri göstərir; {others} ilə məbləğlər "
        "siyahının aralıq cəmilərindədir.",
        "Диаграмма стоимости показывает только суммы в {currency}; суммы в {others} — в "
        "промежуточных итогах перечня.",
        "Діаграма вартості показує лише суми в {currency}; суми в {others} — у проміжних "
        "підсумках переліку.",
    ),
    (
        "Times are local to the incident ({tz}). Notes, meetings and follow-ups appear in full "
        "in their own sections."
    ): (
        "Vaxt hadisə yerinin vaxtı ilə göstərilib ({tz}). Qeydlər, görüşlər və tapşırıqlar "
        "tam şəkildə öz bölmələrində verilib.",
        "Время указано местное для места инцидента ({tz}). Записи, встречи и поручения "
        "полностью приведены в своих разделах.",
        "Час зазначено місцевий для місця інциденту ({tz}). Записи, зустрічі та доручення "
        "повністю наведено у своїх розділах.",
    ),
    "Untitled meeting": ("Adsız görüş", "Встреча без названия", "Зустріч без назви"),
    "Untitled note": ("Adsız qeyd", "Запись без названия", "Запис без назви"),
    "affiliation: {text}": ("mənsubiyyət: {text}", "принадлежность: {text}", "належність: {text}"),
    "at {rates}": ("məzənnə: {rates}", "по курсу {rates}", "за курсом {rates}"),
    "by {name}": ("qiymətləndirən: {name}", "оценщик: {name}", "оцінювач: {name}"),
    "{date} ({notes})": ("{date} ({notes})", "{date} ({notes})", "{date} ({notes})"),
    "date not recorded": ("tarix qeyd olunmayıb", "дата не указана", "дату не зазначено"),
    "due {date}": ("icra müddəti {date}", "срок {date}", "строк {date}"),
    "file {name}": ("fayl {name}", "файл {name}", "файл {name}"),
    "from {source}": ("mənbə: {source}", "от: {source}", "від: {source}"),
    "items": ("sayı", "кол-во", "к-сть"),
    "no estimate": ("dəyər yoxdur", "нет оценки", "немає оцінки"),
    "not included, for want of an exchange rate: {missing}": (
        "məzənnə olmadığı üçün daxil edilməyib: {missing}",
        "не включено из-за отсутствия обменного курса: {missing}",
        "не включено через відсутність обмінного курсу: {missing}",
    ),
    "on {date}": ("{date}", "{date}", "{date}"),
    "owner: {name}": ("icraçı: {name}", "исполнитель: {name}", "виконавець: {name}"),
    "photo": ("foto", "фото", "фото"),
    "photo not included": ("foto daxil edilməyib", "фотография не включена", "фото не включено"),
    "plan not included": ("plan daxil edilməyib", "план не включён", "план не включено"),
    "represents: {text}": ("təmsil edir: {text}", "представляет: {text}", "представляє: {text}"),
    "severity not yet assessed for {count}": (
        "{count} zədənin dərəcəsi hələ qiymətləndirilməyib",
        "степень не оценена: {count}",
        "ступінь не оцінено: {count}",
    ),
    "taken {date}": ("çəkilib {date}", "снято {date}", "знято {date}"),
    "the latest, on {date}: {kind}, “{title}”": (
        "sonuncusu {date}: {kind}, “{title}”",
        "последняя — {date}: {kind}, «{title}»",
        "остання — {date}: {kind}, «{title}»",
    ),
    "unknown party": ("naməlum tərəf", "неизвестная сторона", "невідома сторона"),
    "where it was taken": ("çəkildiyi yer", "место съёмки", "місце зйомки"),
    "without an estimate: {refs}": ("dəyərsiz: {refs}", "без оценки: {refs}", "без оцінки: {refs}"),
    "{count} assessed in {currency}": (
        "{count} zədə {currency} ilə qiymətləndirilib",
        "оценено в {currency}: {count}",
        "оцінено в {currency}: {count}",
    ),
    "{count} not assessed": (
        "{count} qiymətləndirilməyib",
        "не оценено: {count}",
        "не оцінено: {count}",
    ),
    "{count} {severity}": ("{severity}: {count}", "{severity}: {count}", "{severity}: {count}"),
    "{count} {status}": ("{status}: {count}", "{status}: {count}", "{status}: {count}"),
    "{date} (all day)": ("{date} (bütün gün)", "{date} (весь день)", "{date} (увесь день)"),
    "{items} not yet assessed": (
        "{items} hələ qiymətləndirilməyib",
        "ещё не оценено: {items}",
        "ще не оцінено: {items}",
    ),
    "{items} recorded: {detail}.": (
        "Qeydə alınıb: {items}; {detail}.",
        "Зарегистрировано: {items}; {detail}.",
        "Зареєстровано: {items}; {detail}.",
    ),
    "{kind} from {source}": (
        "{kind}, mənbə: {source}",
        "{kind} от: {source}",
        "{kind} від: {source}",
    ),
    "{meetings} recorded": (
        "Qeydə alınıb: {meetings}",
        "Зарегистрировано: {meetings}",
        "Зареєстровано: {meetings}",
    ),
    "{follow_ups}: {parts}.": (
        "{follow_ups}, o cümlədən {parts}.",
        "{follow_ups}, из них {parts}.",
        "{follow_ups}, з них {parts}.",
    ),
    "internal": ("daxili", "внутреннее", "внутрішнє"),
    "Brief on case {reference}": (
        "{reference} saylı iş üzrə arayış",
        "Справка по делу {reference}",
        "Довідка у справі {reference}",
    ),
    "Brief on an incident": ("Hadisə üzrə arayış", "Справка об инциденте", "Довідка про інцидент"),
    "<b>{label}</b> (in full)": (
        "<b>{label}</b> (tam mətn)",
        "<b>{label}</b> (полностью)",
        "<b>{label}</b> (повністю)",
    ),
    "plan": ("plan", "план", "план"),
    "{what} not included: {reason}": (
        "{what} daxil edilməyib: {reason}",
        "{what} не включается в справку: {reason}",
        "{what} не включено до довідки: {reason}",
    ),
    "too large to decode safely": (
        "təhlükəsiz açmaq üçün çox böyükdür",
        "слишком велико для безопасного декодирования",
        "завелике для безпечного декодування",
    ),
    "not an image format we can read": (
        "oxuya bildiyimiz şəkil formatı deyil",
        "формат изображения не поддерживается",
        "формат зображення не підтримується",
    ),
    "the image data cannot be read": (
        "şəkil məlumatları oxunmur",
        "данные изображения не читаются",
        "дані зображення не читаються",
    ),
    "document": ("sənəd", "документ", "документ"),
    (
        "{kind}, {size} bytes, attached to the meeting “{title}”; kept in the case file "
        "(SHA-256 {sha})"
    ): (
        "{kind}, {size} bayt, “{title}” görüşünə əlavə edilib; iş faylında saxlanılır "
        "(SHA-256 {sha})",
        "{kind}, {size} байт, приложен к встрече «{title}»; хранится в файле дела (SHA-256 {sha})",
        "{kind}, {size} байт, додано до зустрічі «{title}»; зберігається у файлі справи "
        "(SHA-256 {sha})",
    ),
    "… (text continues: {more}, see the case file)": (
        "… (mətnin davamı: daha {more}, iş faylına baxın)",
        "… (текст продолжается: ещё {more}, см. файл дела)",
        "… (текст продовжується: ще {more}, див. файл справи)",
    ),
    "… (list continues: {more}, see the case file)": (
        "… (siyahının davamı: daha {more}, iş faylına baxın)",
        "… (список продолжается: ещё {more}, см. файл дела)",
        "… (список продовжується: ще {more}, див. файл справи)",
    ),
    "{kind} (deleted)": ("{kind} (silinib)", "{kind} (удалено)", "{kind} (видалено)"),
    "resolved by {name}": ("həll edib: {name}", "снято: {name}", "знято: {name}"),
    "open": ("açıq", "открыто", "відкрито"),
    "{notes} on file.": ("İşdə: {notes}.", "В деле: {notes}.", "У справі: {notes}."),
    # -- the review line on the cover (ReviewState's parts)
    "{state} by {signer} on {date} at state {head}": (
        "{state}: {signer}, {date}, işin vəziyyəti {head}",
        "{state}: {signer}, {date}, состояние дела {head}",
        "{state}: {signer}, {date}, стан справи {head}",
    ),
    "Sealed": ("Möhürlənib", "Заверено", "Засвідчено"),
    "Submitted": ("Təqdim olunub", "Представлено", "Подано"),
    "Approved": ("Təsdiqlənib", "Утверждено", "Затверджено"),
    "Changes requested": (
        "Düzəlişə qaytarılıb",
        "Возвращено на доработку",
        "Повернуто на доопрацювання",
    ),
    "Released": ("Buraxılıb", "Выпущено", "Випущено"),
    "(their own submission)": ("(öz təqdimatı)", "(своё же представление)", "(власне подання)"),
    "(the seal does not verify)": (
        "(möhür yoxlamadan keçmir)",
        "(заверение не проходит проверку)",
        "(засвідчення не проходить перевірку)",
    ),
    "(signer's key not trusted here)": (
        "(imzalayanın açarı burada etibarlı sayılmır)",
        "(ключ подписавшего здесь не считается доверенным)",
        "(ключ підписанта тут не вважається довіреним)",
    ),
    "{changes} since": (
        "ondan sonra {changes}",
        "после этого {changes}",
        "після цього {changes}",
    ),
    # -- the PDF's keywords
    "casefile brief": ("casefile arayışı", "справка casefile", "довідка casefile"),
    "case audit head {head}": (
        "işin jurnalının son həlqəsi {head}",
        "последнее звено журнала дела {head}",
        "остання ланка журналу справи {head}",
    ),
    "review: {review}": ("baxılma: {review}", "рассмотрение: {review}", "розгляд: {review}"),
    "redacted": ("redaktə edilib", "отредактировано", "відредаговано"),
    "not redacted": ("redaktə edilməyib", "не отредактировано", "не відредаговано"),
    # -- the classification labels the glossary gives words for
    "RESTRICTED": (
        "XİDMƏTİ İSTİFADƏ ÜÇÜN",
        "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ",
        "ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ",
    ),
}

#: Counted nouns: language -> CLDR plural category -> form ("other" is always there).
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "item": {
        "en": {"one": "item", "other": "items"},
        "az": {"one": "material", "other": "material"},
        "ru": {"one": "материал", "few": "материала", "many": "материалов", "other": "материала"},
        "uk": {"one": "матеріал", "few": "матеріали", "many": "матеріалів", "other": "матеріалу"},
    },
    "damage item": {
        "en": {"one": "damage item", "other": "damage items"},
        "az": {"one": "zədə", "other": "zədə"},
        "ru": {
            "one": "повреждение",
            "few": "повреждения",
            "many": "повреждений",
            "other": "повреждения",
        },
        "uk": {
            "one": "пошкодження",
            "few": "пошкодження",
            "many": "пошкоджень",
            "other": "пошкодження",
        },
    },
    "meeting": {
        "en": {"one": "meeting", "other": "meetings"},
        "az": {"one": "görüş", "other": "görüş"},
        "ru": {"one": "встреча", "few": "встречи", "many": "встреч", "other": "встречи"},
        "uk": {"one": "зустріч", "few": "зустрічі", "many": "зустрічей", "other": "зустрічі"},
    },
    "follow-up": {
        "en": {"one": "follow-up", "other": "follow-ups"},
        "az": {"one": "tapşırıq", "other": "tapşırıq"},
        "ru": {"one": "поручение", "few": "поручения", "many": "поручений", "other": "поручения"},
        "uk": {"one": "доручення", "few": "доручення", "many": "доручень", "other": "доручення"},
    },
    "note": {
        "en": {"one": "note", "other": "notes"},
        "az": {"one": "qeyd", "other": "qeyd"},
        "ru": {"one": "запись", "few": "записи", "many": "записей", "other": "записи"},
        "uk": {"one": "запис", "few": "записи", "many": "записів", "other": "запису"},
    },
    "change": {
        "en": {"one": "change", "other": "changes"},
        "az": {"one": "dəyişiklik", "other": "dəyişiklik"},
        "ru": {"one": "изменение", "few": "изменения", "many": "изменений", "other": "изменения"},
        "uk": {"one": "зміна", "few": "зміни", "many": "змін", "other": "зміни"},
    },
    "photo": {
        "en": {"one": "photo", "other": "photos"},
        "az": {"one": "foto", "other": "foto"},
        "ru": {"one": "фото", "few": "фото", "many": "фото", "other": "фото"},
        "uk": {"one": "фото", "few": "фото", "many": "фото", "other": "фото"},
    },
    "more characters": {
        "en": {"one": "more character", "other": "more characters"},
        "az": {"one": "simvol", "other": "simvol"},
        "ru": {"one": "символ", "few": "символа", "many": "символов", "other": "символа"},
        "uk": {"one": "символ", "few": "символи", "many": "символів", "other": "символу"},
    },
    "more lines": {
        "en": {"one": "more line", "other": "more lines"},
        "az": {"one": "sətir", "other": "sətir"},
        "ru": {"one": "строка", "few": "строки", "many": "строк", "other": "строки"},
        "uk": {"one": "рядок", "few": "рядки", "many": "рядків", "other": "рядка"},
    },
    "more entries": {
        "en": {"one": "more entry", "other": "more entries"},
        "az": {"one": "bənd", "other": "bənd"},
        "ru": {"one": "пункт", "few": "пункта", "many": "пунктов", "other": "пункта"},
        "uk": {"one": "пункт", "few": "пункти", "many": "пунктів", "other": "пункту"},
    },
    "more outcomes": {
        "en": {"one": "more outcome", "other": "more outcomes"},
        "az": {"one": "nəticə", "other": "nəticə"},
        "ru": {"one": "итог", "few": "итога", "many": "итогов", "other": "итога"},
        "uk": {"one": "підсумок", "few": "підсумки", "many": "підсумків", "other": "підсумку"},
    },
}
