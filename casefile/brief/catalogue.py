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
    "Severity": ("Zədələnmə dərəcəsi", "Степень повреждения", "Ступінь пошкодження"),
    "Estimate": ("Təxmini dəyər", "Ориентировочная стоимость", "Орієнтовна вартість"),
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
}

#: Counted nouns: language -> CLDR plural category -> form ("other" is always there).
NOUNS: dict[str, dict[str, dict[str, str]]] = {
    "item": {
        "en": {"one": "item", "other": "items"},
        "az": {"one": "material", "other": "material"},
        "ru": {"one": "материал", "few": "материала", "many": "материалов", "other": "материала"},
        "uk": {"one": "матеріал", "few": "матеріали", "many": "матеріалів", "other": "матеріалу"},
    },
}
