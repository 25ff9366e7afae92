# Подписи командной строки sipkb (и веб-страницы). Пояснения — в codes-*.ftl и vendor-*.ftl.

# en: d29034eb
app-match = Совпадение: { $kind }
# en: f6531226
match-variant = вариант производителя
# en: e1a06f58
match-canonical = стандартный код
# en: 5ac5f078
match-unknown_variant = код известен, текст причины не найден ни в одном списке
# en: 954fcdb5
match-class = незарегистрированный код, обрабатывается по классу
# en: 26926679
match-phrase = текст причины
# en: 49fc308a
match-not_found = ничего не найдено
# en: 17e2c142
match-cause = причина Q.850
# en: ea734ba9
match-headers = строки заголовков
# en: c64053ec
app-canonical = Стандартное значение
# en: 1a99779f
app-vendor = Производитель
# en: ca888e9a
app-device-code = Код устройства
# en: 2b121d96
app-causes = Вероятные причины
# en: 12a465a1
app-actions = Что делать
# en: 4f15610a
app-ui = Сообщение для абонента
# en: 93bde3a7
app-category = Категория
# en: 304641b0
app-retry = Повтор
# en: 03c993e2
app-q850 = Причина Q.850
# en: f833d8fb
app-side = Кто должен действовать
# en: 3900ece0
app-impact = Что замечает вызывающий абонент
# en: 64dea54a
app-confirm = Как подтвердить
# en: 6b638f31
app-hint-asterisk = В Asterisk (PJSIP)
# en: 01515853
app-hint-freeswitch = Во FreeSWITCH
# en: 6f53eae5
app-hint-kamailio = В Kamailio
# en: 89f17ddf
app-hint-opensips = В OpenSIPS
# en: 7b538786
app-hint-versions = В { $versions }
# en: 53d1a6ec
app-cause-named = { $cause } ({ $name })
# en: 67ea75fd
app-cause-head = Причина Q.850 { $value }: { $name }
# en: fd64a729
app-cause-class = Класс Q.850
# en: ca574f0a
app-cause-to-sip = на эту причину шлюз отвечает SIP { $code } { $reason } (RFC 3398 §7.2.4.1)
# en: e21ec941
app-cause-no-sip = RFC 3398 §7.2.4.1 не задаёт для этой причины SIP-ответа
# en: f7d3bac6
app-cause-from-sip = SIP-ответы, которые шлюз переводит в эту причину: { $codes } (RFC 3398 §8.2.6.1)
# en: 9b0b5e6e
app-cause-names = Названия в коммутаторах: { $names }
# en: 61547375
app-reasons = Заголовки Reason
# en: 2816695c
app-reason-q850 = Reason: причина Q.850 { $cause }
# en: c7d0ad35
app-reason-sip = Reason: SIP { $cause }
# en: 4898094b
app-reason-other = Reason: протокол { $protocol }, причина { $cause } (не разбирается)
# en: e45e5f3c
app-reason-text = текст «{ $text }»
# en: e6d1df2c
app-reason-unknown-cause = В ITU-T Q.850 нет причины { $cause }
# en: 62698840
app-warnings = Заголовки Warning
# en: 96fdc57b
app-warning-head = Warning { $code } от { $agent }: «{ $text }»
# en: 12f9ff58
app-warning-unregistered = { $code } — незарегистрированный код предупреждения; для чего зарезервирован его диапазон:
# en: 4fce932c
rel-same = Заголовок Reason повторяет код самого ответа { $code }.
# en: e4b883c7
rel-agrees-forward = Согласовано: по RFC 3398 §7.2.4.1 причина { $cause } переводится в { $code }, то есть шлюз отвечает на неё именно так.
# en: 3fea5c4d
rel-agrees-back = Согласовано: по RFC 3398 §8.2.6.1 ответ { $code } переводится в причину { $cause }.
# en: 6f5ce181
rel-differs = Расхождение: по RFC 3398 причина { $cause } переводится в { $mapped }, а не в { $code }. Отправитель переводит коды в причины по-своему; причина обычно точнее говорит, что произошло на стороне ISDN/ОКС-7.
# en: dfd79cd2
rel-other = Заголовок Reason называет SIP { $cause }: сбой дальше по маршруту, о котором этот узел сообщил ответом { $code }.
# en: 80a18ba8
rel-unmapped = RFC 3398 не переводит ни ответ { $code } в причину { $cause }, ни причину в этот ответ: читайте каждый по отдельности.
# en: 92dd67cf
rel-q850-override = Полученный заголовок Reason: Q.850 и в FreeSWITCH, и в Asterisk важнее их собственной таблицы соответствия SIP-кодов и причин: если в ответе с ошибкой или в BYE пришёл Reason: Q.850;cause=N, причиной отбоя становится N, а не значение, которое таблица дала бы для SIP-кода, и сам SIP-код остаётся только в SIP-переменных (sip_term_status в FreeSWITCH, HANGUPCAUSE с параметром tech в Asterisk).
# en: 2333376b
app-class-fallback = Код { $code } не зарегистрирован: SIP-стеки обрабатывают его как { $fallback } (RFC 3261 §8.1.3.2).
# en: bf0d6a7c
app-unknown-variant = Текст причины «{ $phrase }» для кода { $code } неизвестен. Протокол действует по коду; такой текст может быть собственной формулировкой производителя.
# en: 133d9f9a
app-suggestions = Ближайшие известные тексты причины
# en: ab98b8dd
app-found-in = Эти слова встречаются в описаниях
# en: c03526b3
app-fuzzy = Найдено по похожему написанию: «{ $phrase }» распознано как «{ $known }».
# en: 3e9194dc
app-contradiction = Текст причины «{ $phrase }» говорит об { $says ->
        [success] успехе
       *[failure] ошибке
    }, но код ответа — { $class }. SIP-стек действует по коду, а не по тексту причины (по RFC 3261 §7.2 текст причины предназначен только для людей), поэтому вызов обрабатывается так, как велит класс { $class }.
# en: 37ce0245
app-note = Примечание { $vendor } ко всем ответам { $class }
# en: 29d25a15
app-not-found = В базе знаний нет ничего для «{ $input }».
# en: 9160956a
app-not-found-lines = Эти строки ({ $lines }) как один запрос ничему в базе знаний не соответствуют: `explain` читает одну строку или одно SIP-сообщение. Лог читает `sipkb scan`: передайте ему файл или подайте строки на стандартный ввод (`… | sipkb scan`).
# en: af917367
app-fallback = Часть текстов показана на языке { $locales }: перевода пока нет.
# en: cebdc8bd
app-headers = Другие строки заголовков (не разбираются)
# en: ee774a93
app-no-sip-code = не соответствует ни одному SIP-ответу
# en: c82a6615
app-error = ошибка
# en: 95f8e7cd
col-code = КОД
# en: f49033b7
col-reason = ТЕКСТ ПРИЧИНЫ IANA
# en: b3d54c1c
col-category = КАТЕГОРИЯ
# en: 794caa62
col-vendor = ПРОИЗВОДИТЕЛЬ
# en: d387aa1b
col-phrase = ТЕКСТ ПРИЧИНЫ
# en: 17b70ca3
col-variants = ВАРИАНТОВ
# en: d447cc3f
col-name = НАЗВАНИЕ
# en: 999c8235
col-side = КТО ДЕЙСТВУЕТ
# en: 5e47fa89
col-cause = ПРИЧИНА
# en: 2f520c9e
col-sip = SIP
# en: d302251b
col-freeswitch = ИМЯ В FREESWITCH
# en: 07dc9f96
col-meaning = ЗНАЧЕНИЕ
# en: 4b4a8af8
col-cause-class = КЛАСС
# en: 531d8d80
col-lists = СПИСКИ
# en: f91d8ec0
col-lang-en = АНГЛИЙСКИЙ
# en: e6fbf606
col-lang-ru = РУССКИЙ
# en: d5c06766
col-lang-zh = КИТАЙСКИЙ
# en: dcb96d68
retry-none = не применимо
# en: 79ed2816
retry-redirect = перейти по перенаправлению
# en: 614fe6e0
retry-fix = только после исправления запроса
# en: 8ff33b94
retry-later = позже, с учётом Retry-After
# en: 23df1ab5
retry-elsewhere = через другой сервер или маршрут
# en: 8d7b78a6
retry-never = не повторять
# en: 1ec1b28b
category-auth = аутентификация
# en: 5fc67ee7
category-billing = биллинг
# en: fb25d47e
category-routing = маршрутизация
# en: 857f3e74
category-user-state = состояние абонента
# en: 2faec214
category-media = медиа и кодеки
# en: eaafcc42
category-capacity = нагрузка и ёмкость
# en: 060d853a
category-timeout = таймаут
# en: a95f2145
category-protocol = протокол
# en: 3e126676
category-policy = политика
# en: 2da1b153
category-security = безопасность
# en: a9bd1b49
category-server = сбой сервера
# en: cd805f62
category-redirect = перенаправление
# en: 94bc573a
category-provisional = предварительный ответ
# en: 327b5c9c
category-success = успех
# en: 4b2a2689
category-config = настройка устройства
# en: 839b9012
category-network = сеть
# en: 7df82a59
side-caller = вызывающая сторона (её настройки)
# en: 0034d23b
side-callee = вызываемый абонент
# en: 14d03fbd
side-carrier = оператор связи или сеть
# en: d04a77ab
side-operator = оператор сервера, который ответил
# en: 2441d994
side-account = владелец лицевого счёта (баланс, кредит, оплата)
# en: b2b85d7c
side-none = никто (это не сбой)
# en: 5577ef45
side-short-caller = вызывающая сторона
# en: b54961c9
side-short-callee = вызываемый абонент
# en: 4c73f58d
side-short-carrier = оператор связи
# en: c341b0c7
side-short-operator = оператор сервера
# en: 7bd02dae
side-short-account = владелец счёта
# en: 8914a0dc
side-short-none = никто
# en: a24bf9b4
q850class-normal = нормальное событие
# en: 9ef77689
q850class-resource-unavailable = ресурс недоступен
# en: 9b1af923
q850class-service-unavailable = услуга или опция недоступна
# en: 37dc37d0
q850class-service-not-implemented = услуга или опция не реализована
# en: 2d14dee0
q850class-invalid-message = неверное сообщение
# en: 502b041b
q850class-protocol-error = ошибка протокола
# en: 4297852a
q850class-interworking = взаимодействие сетей
# en: 56d243e5
app-colon = { ": " }
# en: 4e067fb0
app-list-sep = { ", " }
# en: 7bc84f75
app-parens = ({ $text })
# en: cfe62699
err-empty = пустой ввод
# en: d5a57ccf
err-too-long = длина ввода { $len } байт; допускается не более { $max }
# en: 9044457c
err-control = во вводе управляющий символ { $char } в байте { $at }
# en: 1fd0586d
err-bad-code = «{ $token }» — не код ответа SIP (RFC 3261 §7.2: три цифры, от 100 до 699)
# en: fa2dbe96
err-bad-version = «{ $version }»: неподдерживаемая версия SIP (существует только SIP/2.0)
# en: 7c6a272d
err-expected-code = после SIP/2.0 ожидается трёхзначный код ответа
# en: 22efaf6f
err-no-search-terms = в поисковом запросе нет слов для поиска
# en: c45b20c6
err-device-no-digits = «{ $token }»: в коде устройства после 0x должны быть цифры (например, 0x751)
# en: 0fd8aa6f
err-device-bad = «{ $token }» — не код состояния устройства (0x и до 8 шестнадцатеричных цифр)
# en: 9dd05750
err-bad-cause = «{ $token }» — не причина Q.850 (от 1 до 127)
# en: f0302e5a
err-header-quote = Заголовок { $header }: в «{ $value }» не закрыты кавычки
# en: bc34cfd7
err-reason-no-protocol = Заголовок Reason: «{ $value }» не начинается с протокола (Q.850 или SIP, RFC 3326)
# en: 335865a8
err-reason-no-cause = Заголовок Reason: в «{ $value }» нет параметра cause= (RFC 3326)
# en: 6a8a01d0
err-reason-bad-cause = Заголовок Reason: недопустимая причина «{ $cause }» в «{ $value }» (Q.850: от 1 до 127; SIP: от 100 до 699)
# en: 5ad59c0c
err-warning-bad-code = Заголовок Warning: «{ $code }» в «{ $value }» — не код предупреждения (три цифры, от 300 до 399; RFC 3261 §20.43)
# en: 9f0563b7
err-warning-malformed = Заголовок Warning: «{ $value }» не имеет вида «код предупреждения, агент, текст в двойных кавычках» (например, 399 sbc.example.net "Media timeout")
# en: 39c995f8
err-unknown-vendor = неизвестный производитель «{ $slug }»
# en: 4c0248f1
err-db-not-sqlite = { $path }: файл не является базой данных SQLite
# en: 1ab4f411
err-db-cannot-open = { $path }: не удаётся открыть файл базы данных
# en: 6f29cd1f
err-db-corrupt = { $path }: база данных повреждена
# en: 6d944d0d
err-db-foreign = { $path }: это база SQLite другого приложения, а не sipkb
# en: c2a9e36b
err-db-not-loaded = { $path }: встроенные данные ещё не загружены; откройте базу один раз в режиме записи
# en: 8ed254ff
err-db-older = { $path }: версия схемы { $found } старше { $supported }; откройте базу один раз sipkb с правом записи, чтобы обновить её
# en: 800cd344
err-db-newer = { $path }: версия схемы базы { $found } новее поддерживаемой этой версией sipkb ({ $supported }); обновите sipkb или используйте другую базу
# en: 916aea72
err-db-other = { $path }: база sipkb непригодна: { $reason }
# en: cdc85b0f
err-not-utf8 = некорректная кодировка UTF-8 (байт { $byte })

## sipkb import: ошибки. Каждая выводится после «файл:строка: поле: ».
# en: 3920d9dd
imp-unreadable = не удаётся прочитать: { $reason }
# en: 30bbf2c7
imp-not-found = файл не найден
# en: 381b4880
imp-is-directory = это каталог, а не файл списка
# en: 2ffb4837
imp-empty-file = файл пуст
# en: 121d1f4e
imp-not-utf8 = текст не в кодировке UTF-8 (сохраните файл в UTF-8)
# en: 36688072
imp-unknown-format = неизвестный формат списка: дайте файлу расширение .toml, .csv или .jsonl либо укажите --format
# en: 07ce5f89
imp-syntax = синтаксическая ошибка: { $detail }
# en: d77cede5
imp-missing-column = в заголовке нет этого обязательного столбца
# en: 1b3a43ff
imp-unknown-column = неизвестный столбец (столбцы CSV перечислены в README)
# en: cb1600c7
imp-duplicate-column = столбец встречается в заголовке дважды
# en: 631ea8f1
imp-delimiter = в заголовке всего один столбец: разделяйте столбцы запятой, точкой с запятой или табуляцией
# en: e6abbc8e
imp-unterminated = поле в кавычках, начатое в этой строке, не закрыто (не хватает ")
# en: 8c6962e3
imp-field-count = полей в строке: { $found }, а в заголовке: { $expected } (разделитель не взят в кавычки?)
# en: ff95e081
imp-required = обязательное поле не заполнено
# en: 28b5ad4a
imp-bad-code = «{ $value }» — не код ответа SIP от 100 до 699
# en: d1161ea9
imp-no-code = у варианта должен быть code, vendor_code или оба сразу
# en: 5e7a8586
imp-bad-vendor-code = «{ $value }» — не код устройства (буквы ASCII, цифры, . _ : -; не более 32 символов)
# en: f6401448
imp-bad-slug = «{ $value }» — не идентификатор производителя (строчная латинская буква, затем буквы, цифры и -, не более 64 символов)
# en: 391c53cb
imp-too-long = длина — { $len } симв.; допускается не более { $max }
# en: 130850ce
imp-control = содержит управляющий символ { $char }
# en: e8b66ea5
imp-bad-category = «{ $value }» — не категория (см. sipkb list --help)
# en: 89ed3a9d
imp-bad-choice = «{ $value }» — недопустимое значение; возможные: { $allowed }
# en: 45f7b5da
imp-bad-locale = неизвестный язык «{ $value }» (en, ru или zh)
# en: 66a2e5d3
imp-bad-class = «{ $value }» — не класс ответа (от 1 до 6 или от 1xx до 6xx)
# en: d216952f
imp-bad-message-id = «{ $value }» — не идентификатор сообщения (латинская буква, затем буквы, цифры, - или _)
# en: b0d54919
imp-foreign-message = тексты для «{ $id }» импортировать нельзя: идентификатор собственного текста списка должен начинаться с «{ $prefix }»
# en: 0de5f502
imp-unknown-message = текста с идентификатором «{ $id }» нет: укажите тексты в этой записи или уберите сообщение
# en: 4800f77d
imp-multi-line = значение должно занимать одну строку
# en: a33d55a7
imp-placeable = «{ $found }» похоже на подстановку Fluent; тексты списков — простой текст, переменные в них недопустимы
# en: 2f578071
imp-duplicate = повторяет запись из { $first }
# en: 2ab9d1b9
imp-phrase-clash = тот же текст причины уже указан с кодом { $code } в { $first }; тексту причины, который встречается с двумя кодами, нужно отдельное пояснение в каждой записи
# en: d24454c1
imp-mismatch = отличается от значения в { $first }

## sipkb import: отчёт.
# en: aed68dc1
imp-vendor-new = { $slug } ({ $name }): новый список; добавлено: { $added }
# en: c18e7ec9
imp-vendor = { $slug } ({ $name }): добавлено: { $added }, изменено: { $changed }, без изменений: { $unchanged }, удалено: { $removed }
# en: 2a611078
imp-more-entries = { $count ->
    [one] и ещё { $count } запись (см. --json)
    [few] и ещё { $count } записи (см. --json)
    [many] и ещё { $count } записей (см. --json)
   *[other] и ещё { $count } записи (см. --json)
}
# en: 7ea0d157
imp-file = { $file }: { $rows ->
    [one] прочитана { $rows } запись
    [few] прочитано { $rows } записи
    [many] прочитано { $rows } записей
   *[other] прочитано { $rows } записи
}, SHA-256 { $sha }…
# en: bca399da
imp-dry-run = Пробный запуск: ничего не записано.
# en: b645ae1a
imp-no-changes = Изменений нет: эти списки уже есть в базе в точно таком же виде.
# en: 3c04c4d3
imp-applied = Изменения записаны.
# en: 8b54a34a
imp-nothing-written = Ничего не записано.
# en: c3150afb
imp-more-problems = { $count ->
    [one] ещё { $count } ошибка не показана
    [few] ещё { $count } ошибки не показаны
    [many] ещё { $count } ошибок не показано
   *[other] ещё { $count } ошибки не показано
}
# en: 119cb492
imp-refused = { $count ->
    [one] { $count } ошибка; ничего не записано (исправьте её или укажите --skip-invalid, чтобы импортировать корректные записи)
    [few] { $count } ошибки; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
    [many] { $count } ошибок; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
   *[other] { $count } ошибки; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
}

## sipkb export, sources, remove, restore.
# en: 578dc090
err-one-vendor = список TOML содержит только одного производителя: укажите его или экспортируйте в CSV или JSON
# en: 62b89895
err-export-format = «{ $format }» — не формат экспорта (toml, csv, json или ftl)
# en: 70166f78
err-export-ui-format = «{ $format }» — не формат экспорта текстов интерфейса (json, ftl или po)
# en: f7a4093e
col-id = #
# en: 5314f936
col-when = КОГДА (UTC)
# en: 0c826589
col-action = ДЕЙСТВИЕ
# en: a4d9a029
col-counts = +ДОБ ~ИЗМ =ПРЕЖ -УДЛ !ОШ
# en: 8a9658b5
col-sha = SHA-256
# en: 57912439
col-source = ИСТОЧНИК [ПРОИЗВОДИТЕЛИ]
# en: c9d5536a
action-import = импорт
# en: 0f81efbf
action-remove = удаление
# en: f04e0833
action-restore = восстановление
# en: 3fd4ed20
app-removed = { $slug }: список удалён ({ $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}).
# en: 122effc5
app-restored = Встроенные списки заново загружены из этого исполняемого файла: { $slugs }.

## sipkb search
# en: c869b5f0
search-canonical = стандартный код
# en: 23f0de3a
search-none = По запросу «{ $query }» ничего не найдено.

## sipkb doctor
# en: fc48e9ec
doctor-database = База данных: { $path } ({ $origin })
# en: 7cfbbb6e
db-origin-flag = задана через --db
# en: 8484efc4
db-origin-env = задана через SIPKB_DB
# en: 9ed91232
db-origin-default = расположение по умолчанию
# en: acfb5452
cli-no-data-dir = для этой платформы не определён каталог данных; укажите --db ПУТЬ
# en: e790170a
cli-hint-vendors = список: sipkb vendors
# en: 7dbafa20
cli-hint-one-vendor = укажите --vendor ПРОИЗВОДИТЕЛЬ или --format csv либо json
# en: fe61bbe6
cli-hint-other-db = укажите другую базу через --db ПУТЬ
# en: 5db0eb59
doctor-schema-current = Версия схемы: { $version } (актуальная)
# en: fae2368d
doctor-schema-other = Версия схемы: { $version } (этот sipkb записывает версию { $supported })
# en: c8f17cc1
doctor-integrity-ok = Целостность базы: в порядке
# en: 52ce47d5
doctor-integrity-bad = Целостность базы: база повреждена. Восстановите файл из резервной копии или экспортируйте списки и импортируйте их в новую базу.
# en: 3a7c64a8
doctor-index-ok = Поисковый индекс: в порядке
# en: 5c3f6c83
doctor-index-bad = Поисковый индекс повреждён: explain и search могут пропускать записи. Экспортируйте списки и импортируйте их в новую базу.
# en: ecc1d675
doctor-index-skipped = Поисковый индекс: не проверен (база открыта только для чтения)
# en: 69ab76c5
doctor-counts = Содержимое: { $codes ->
    [one] { $codes } стандартный код
    [few] { $codes } стандартных кода
    [many] { $codes } стандартных кодов
   *[other] { $codes } стандартного кода
}, { $vendors ->
    [one] { $vendors } список производителя
    [few] { $vendors } списка производителей
    [many] { $vendors } списков производителей
   *[other] { $vendors } списка производителей
}, { $variants ->
    [one] { $variants } вариант
    [few] { $variants } варианта
    [many] { $variants } вариантов
   *[other] { $variants } варианта
}, { $imports ->
    [one] { $imports } запись в журнале источников
    [few] { $imports } записи в журнале источников
    [many] { $imports } записей в журнале источников
   *[other] { $imports } записи в журнале источников
}
# en: 38f5e9ab
doctor-coverage = Покрытие переводами (варианты, у которых есть заголовок или описание на данном языке):
# en: e411dbfa
doctor-coverage-builtin = встроенные списки
# en: a5ab801d
doctor-coverage-imported = импортированные списки
# en: b71136eb
doctor-missing = Варианты без заголовка и описания на некоторых языках (эти части показываются на другом языке):
# en: 037adbd8
doctor-missing-locales = нет заголовка и описания на языках: { $locales }
# en: 5d3ec1f5
doctor-unregistered = Варианты с незарегистрированными SIP-кодами (SIP-стеки обрабатывают их как x00 их класса):
# en: cb64c1d4
doctor-conflicts = Тексты причины, которые у разных производителей означают разные SIP-коды:
# en: 587d89db
doctor-conflict = «{ $phrase }»: { $entries }
# en: f8ee3dd0
doctor-info-item = { $item } (встроенные данные, известны и проверены)
# en: 32f663f9
doctor-none = нет
# en: 040cb387
doctor-more = { $count ->
    [one] ещё { $count } запись не показана
    [few] ещё { $count } записи не показаны
    [many] ещё { $count } записей не показано
   *[other] ещё { $count } записи не показано
}
# en: 7557050e
doctor-healthy = Всё в порядке: ничего не требует внимания.
# en: 358e0fd1
doctor-attention = { $count ->
    [one] { $count } замечание требует внимания (отмечено «!»).
    [few] { $count } замечания требуют внимания (отмечены «!»).
    [many] { $count } замечаний требуют внимания (отмечены «!»).
   *[other] { $count } замечания требуют внимания (отмечены «!»).
}

## The command line: sipkb --help, each command's help, sipkb man and the completions'
## descriptions (option and command names stay as typed), and clap's errors.
# en: cb5a21ef
cli-usage = Использование
# en: 23533ef8
cli-heading-commands = Команды
# en: 2afd0da3
cli-heading-arguments = Аргументы
# en: 6ca4abb9
cli-heading-options = Параметры
# en: 0ea39155
cli-placeholder-options = ПАРАМЕТРЫ
# en: fc4bfefd
cli-placeholder-command = КОМАНДА
# en: b77ebeb6
cli-default = { " " }[по умолчанию: { $value }]
# en: 5c774c6d
cli-possible = { " " }[допустимые значения: { $values }]
# en: 22601124
cli-man-name = Имя
# en: 16bfe3b6
cli-man-synopsis = Синтаксис
# en: 99703047
cli-man-description = Описание
# en: ab181b67
cli-man-version = Версия
# en: 4f473fe6
cli-about = Что означает ответ SIP, почему он пришёл и что делать: коды SIP, тексты причин (reason phrase) производителей и причины Q.850 с пояснениями без подключения к сети, на английском, русском и китайском
# en: 86a73846
cli-cmd-explain = Объяснить строки состояния, коды, коды устройств или тексты причин («-» — читать по одному вводу на строку со стандартного ввода)
# en: a5ad4c69
cli-cmd-list = Список стандартных кодов, вариантов производителей или причин Q.850
# en: b318cd13
cli-cmd-search = Поиск по текстам причин, названиям производителей и пояснениям на всех трёх языках
# en: 4b9451ab
cli-cmd-scan = Объяснить каждую ошибку SIP в логах (текст или .gz) и захватах трафика (pcap, pcapng)
# en: bac63aa4
cli-cmd-serve = JSON API по HTTP (по умолчанию только на локальном интерфейсе); --lang задаёт язык ответов на запросы, в которых язык не указан
# en: bb0e0afd
cli-cmd-vendors = Список производителей и число вариантов у каждого
# en: b057cd56
cli-cmd-import = Импорт списков производителей (TOML, CSV, JSON Lines) с показом изменений; одной транзакцией
# en: 4b81c05b
cli-cmd-export = Экспорт списков в TOML, CSV или JSON (импортируются обратно без изменений) или текстов в FTL
# en: 5d8eb4bb
cli-cmd-sources = Журнал происхождения данных: каждый импорт, удаление и восстановление
# en: 2aebb3ff
cli-cmd-remove = Удалить список производителя
# en: f6a7b3cc
cli-cmd-restore = Заново загрузить встроенные списки из данных этой программы
# en: a8fff3f1
cli-cmd-doctor = Проверить базу: целостность, объём данных, полноту переводов, конфликты
# en: 16d3d02d
cli-cmd-completions = Вывести скрипт автодополнения для оболочки (bash, zsh, fish, elvish, powershell)
# en: ce72f68b
cli-cmd-man = Вывести страницу руководства man (roff, sipkb.1)
# en: d5a7f98d
cli-cmd-help = Вывести эту справку или справку по указанным командам
# en: 1ae2da49
cli-arg-help = Вывести справку
# en: 3a38ade5
cli-arg-version = Вывести версию
# en: 57c7f366
cli-arg-help-subcommand = Вывести справку по указанным командам
# en: de558fd5
cli-arg-db = Файл базы данных [по умолчанию: в каталоге данных платформы; переменная окружения SIPKB_DB]
# en: 87512089
cli-arg-lang = Язык текстов: en, ru или zh (а также ru-RU, zh_TW.UTF-8…) [по умолчанию: из LC_ALL, LC_MESSAGES, LANG]
# en: a6ee4147
cli-arg-explain-inputs = Строки состояния (SIP/2.0 403 Wrong Guess), коды (486), коды устройств (0x751) или тексты причин (No money left); «-» — читать по одному вводу на строку со стандартного ввода
# en: 2996b9c4
cli-arg-explain-json = Вывести по объекту JSON на каждый ввод (JSON Lines)
# en: ca4ec907
cli-arg-explain-vendor = Показать сначала варианты этого производителя
# en: 46fc126f
cli-arg-explain-brief = Только суть ответа, как распознан ввод и факты для разбора (текстовый вывод)
# en: 504216ad
cli-arg-explain-full = Всё: после главного — каждая запись полностью, с причинами, способами проверки и подсказками по платформам (текстовый вывод)
# en: b47482ac
cli-arg-list-class = Только этот класс: 1xx … 6xx
# en: be8424d6
cli-arg-list-category = Только эта категория
# en: fef1d3b6
cli-arg-list-vendor = Варианты этого производителя вместо стандартных кодов
# en: b361a2bb
cli-arg-list-variants = Варианты всех производителей вместо стандартных кодов
# en: f1290b5e
cli-arg-list-q850 = Причины ITU-T Q.850 и их соответствие кодам SIP по RFC 3398
# en: 642e39f5
cli-arg-list-json = Вывести массив JSON
# en: 547450d6
cli-arg-search-text = Слова для поиска в текстах причин, кодах устройств, названиях производителей и пояснениях (на en, ru или zh; китайские слова без пробелов, русские в любой форме)
# en: b95cb59d
cli-arg-search-vendor = Только варианты этого производителя
# en: a7850d5f
cli-arg-search-limit = Не больше стольких результатов
# en: 6e8a7f7f
cli-arg-search-json = Вывести массив JSON с результатами (kind, code, vendor, vendor_code, phrase, matched, matched_locale, score)
# en: 9aece661
cli-arg-scan-files = Логи (текст или .gz) или захваты трафика (pcap, pcapng); «-» или ничего — читать стандартный ввод
# en: 2275969c
cli-arg-scan-all = Показать все ответы, а не только ошибки (для 1xx–3xx отдельная таблица)
# en: 8800d68b
cli-arg-scan-json = Вывести один объект JSON с отчётом (поля описаны в README)
# en: 18d4e19e
cli-arg-scan-sightings = Также перечислить каждое обнаружение построчно: где, в каком виде записано и каким шаблоном найдено
# en: 1c5fc453
cli-arg-serve-max-connections = Не больше стольких открытых соединений [по умолчанию: сколько позволяет лимит открытых файлов, но не больше 4096]
# en: a30557f6
cli-arg-serve-workers = Сколько запросов обрабатывается одновременно; остальные ждут в ограниченной очереди, затем получают 503 [по умолчанию: по одному на ядро]
# en: b4b08b55
cli-value-n = ЧИСЛО
# en: 596324c6
cli-arg-serve-addr = Адрес для приёма соединений (порт 0 — любой свободный; адрес выводится первой строкой)
# en: 76edb20b
cli-arg-serve-cors = Разрешить кросс-доменные запросы только с этого источника (по умолчанию ни с какого)
# en: 8db309bf
cli-arg-vendors-json = Вывести массив JSON производителей (slug, name, note, builtin, variants)
# en: 9def5e85
cli-arg-import-files = Файлы списков: .toml, .csv (запятая, точка с запятой или табуляция; с BOM или без), .jsonl; «-» — читать стандартный ввод
# en: 10ee4cc0
cli-arg-import-format = Формат файлов вместо определения по расширению: toml, csv или json
# en: 76ca9553
cli-arg-import-dry-run = Показать, что изменится, ничего не записывая
# en: 789e5dea
cli-arg-import-replace = Сделать список каждого производителя в точности таким, как файл: записи и тексты, которых в файле нет, удаляются
# en: 9cfbcbf9
cli-arg-import-skip-invalid = Применить корректные записи и перечислить отклонённые (по умолчанию при любой ошибке ничего не записывается)
# en: 23c95746
cli-arg-import-json = Вывести отчёт в JSON
# en: 1cee63c9
cli-arg-export-vendor = Только список этого производителя (обязателен для toml, если производителей несколько)
# en: accc1b54
cli-arg-export-ui = Строки для абонента и заголовки всех кодов и вариантов для приложений, на языке --lang, со стабильными идентификаторами: --format json, ftl или po
# en: aa2051b4
cli-arg-export-format = toml, csv или json (списки, которые импортируются обратно без изменений), ftl (тексты на языке --lang в виде файла Fluent) или table (по строке на код и запись производителя для аналитических систем, тексты на каждом языке из списка --lang, например en,ru,zh; CSV или Parquet, если -o оканчивается на .parquet)
# en: 24466dd3
cli-arg-export-output = Записать в ФАЙЛ вместо стандартного вывода
# en: a9f6cb13
cli-arg-sources-json = Вывести массив JSON
# en: afb92a95
cli-arg-remove-vendor = Производитель, чей список удаляется (встроенные списки возвращает только sipkb restore)
# en: 98414604
cli-arg-restore-vendor = Только этот встроенный список
# en: c4cf8a87
cli-arg-doctor-json = Вывести отчёт в виде объекта JSON
# en: 43659d2a
cli-arg-completions-shell = Оболочка, для которой нужен скрипт автодополнения
# en: 3c17008d
cli-value-path = ПУТЬ
# en: 73341f67
cli-value-lang = ЯЗЫК
# en: 9e95eba7
cli-value-input = ВВОД
# en: f11827bf
cli-value-slug = ПРОИЗВОДИТЕЛЬ
# en: 191cac78
cli-value-format = ФОРМАТ
# en: 0a890060
cli-value-file = ФАЙЛ
# en: 49fb9348
cli-value-files = ФАЙЛЫ
# en: ae7bb710
cli-value-class = КЛАСС
# en: 252e9c9d
cli-value-category = КАТЕГОРИЯ
# en: a831bc1c
cli-value-addr = АДРЕС
# en: 7212984e
cli-value-origin = ИСТОЧНИК
# en: 4f5ba926
cli-value-text = ТЕКСТ
# en: 4f2f6e10
cli-value-limit = ЧИСЛО
# en: a8ae27ee
cli-value-shell = ОБОЛОЧКА
# en: 8b7b4d27
cli-value-command = КОМАНДА
# en: 99e32b3d
cli-err-see-help = { " " }(справка: { $command } --help)
# en: 8aa59632
cli-err-suggest = { "; " }может быть, имелось в виду «{ $what }»?
# en: d372ed33
cli-err-valid = { "; " }допустимые значения: { $values }
# en: 02f37f5c
cli-err-unknown-argument = неизвестный аргумент «{ $arg }»
# en: eaf841da
cli-err-unknown-command = неизвестная команда «{ $command }»
# en: cf3145e5
cli-err-no-value = для { $arg } нужно значение
# en: d10924ce
cli-err-invalid-value = недопустимое значение «{ $value }» для { $arg }
# en: 872e14e9
cli-err-no-equals = значение { $arg } указывается после «=»
# en: 1dc078e6
cli-err-too-many-values = лишнее значение «{ $value }» для { $arg }
# en: 97541633
cli-err-value-count = { $arg }: нужно значений: { $expected }, указано: { $actual }
# en: f8f84a95
cli-err-conflict = { $arg } нельзя указывать вместе с { $other }
# en: c4b46289
cli-err-missing = не указано обязательное: { $arg }
# en: 88d8f8ea
cli-err-no-command = нужна команда
# en: c67fd1cb
cli-err-utf8 = аргумент не в кодировке UTF-8
# en: 22cef324
cli-err-other = недопустимая командная строка

## sipkb scan
# en: bcb78209
scan-file-log = { $file }: { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строк
}
# en: c11e9d90
scan-file-capture = { $file }: { $packets ->
    [one] { $packets } пакет
    [few] { $packets } пакета
    [many] { $packets } пакетов
   *[other] { $packets } пакетов
}
# en: f9fbaa31
scan-packet = пакет { $n }
# en: 73d793c3
scan-failures = Неуспешные исходы (ответы 4xx–6xx, причины неуспеха, неуспех в предварительном ответе), сначала самые частые:
# en: 53b43a31
scan-no-failures = Неуспешных исходов (ответов 4xx–6xx или причин неуспеха) не найдено.
# en: 039cc656
scan-tally = Найдено SIP-ответов: { $total }
# en: e56670a1
scan-others = Остальные ответы (1xx–3xx):
# en: 7eb6e04c
scan-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раз
}
# en: 17e0fb42
scan-seen = впервые { $first }, в последний раз { $last }
# en: 316bbca3
scan-seen-once = в { $at }
# en: d9c3cd09
scan-reasons = Заголовки Reason (RFC 3326):
# en: 1d7c2e1a
scan-warnings = Заголовки Warning (RFC 3261 §20.43):
# en: 79e872c2
scan-maps-to = соответствует SIP-ответу { $response }
# en: ee0a16aa
scan-cause = причина Q.850 { $cause }
# en: fd216fa3
scan-sighting = { $kind }; шаблон: { $via }
# en: 8c79b85b
sighting-status-line = строка состояния
# en: b068cb7c
sighting-method-status = метод с кодом ответа
# en: 295e4746
sighting-product-phrase = запись журнала продукта
# en: dd1356c3
sighting-hangup-cause = причина отбоя
# en: 02286e18
sighting-cdr-field = поле записи CDR
# en: ddd17528
scan-early-failure = Предварительный ответ несёт причину неуспеха: вызов срывается ещё до окончательного ответа, поэтому вызывающий абонент может слышать длинные гудки или раннее медиа, которые затем обрываются.
# en: 2bee7b89
scan-log-lines-only = Здесь только строки журнала: полная SIP-трассировка или захват трафика тех же вызовов покажут сообщения, тайминги и отправителя каждого вызова.

## sipkb serve: HTTP errors
# en: 7f33dcaa
http-not-found = Нет такой страницы или метода API: { $path }
# en: caa03d55
http-method = Этот адрес не принимает такой HTTP-метод.
# en: 4d418ef3
http-too-large = Тело запроса слишком большое: не более { $max } КиБ.
# en: 191462ef
http-uri-too-long = Адрес запроса слишком длинный: не более { $max } байт.
# en: a2681575
http-media-type = Отправьте лог как text/plain.
# en: 7c276f7a
http-bad-request = Запрос составлен неверно.
# en: 3fbd330a
http-bad-query = Строка запроса повреждена: неверное процентное кодирование или не UTF-8.
# en: 1451f4ef
http-bad-utf8 = Тело запроса — не текст в UTF-8.
# en: 73e73bb6
http-timeout = Запрос выполнялся слишком долго и был прерван.
# en: 0f257e67
http-internal = Внутренняя ошибка сервера.
# en: 8c7caa5a
http-missing-param = Нужен параметр «{ $name }».
# en: 3d1c0df1
http-bad-code = «{ $code }» — не код ответа SIP (три цифры, от 100 до 699).
# en: e986fba7
http-unknown-code = Кода { $code } нет в реестре IANA кодов ответа SIP.
# en: f7e2a95a
http-bad-class = «{ $class }» — не класс ответов (от 1 до 6 или от 1xx до 6xx).
# en: d944d800
http-bad-limit = Лимит должен быть числом от 1 до 1000.

## sipkb serve: the web page
# en: 2f227e0e
web-input = Строка статуса, код, текст причины или вставленный лог
# en: cf0a110c
web-placeholder = SIP/2.0 480 No money left
# en: 3ecef857
web-explain = Расшифровать
# en: d208dabf
web-causes = Вероятные причины
# en: 8491d9e8
web-actions = Что делать
# en: 87202a84
web-ui = Что сказать абоненту
# en: 10478aa2
web-category = Категория
# en: 41482a77
web-canonical = Стандартное значение
# en: 9108505e
web-retry = Повтор
# en: a51008cf
web-side = Кто действует
# en: 80590ca9
web-impact = Что замечает вызывающий абонент
# en: e6287c75
web-confirm = Как подтвердить
# en: 1d131afa
web-warning = Предупреждение
# en: 3807b0d4
web-no-failures = В этом логе нет ответов с ошибками (4xx–6xx).
# en: 2ea7d87a
web-no-sightings = В этом логе не найдено ни одного исхода SIP: ни строки состояния, ни причины отбоя, ни поля записи CDR, ни знакомой sipkb формулировки продукта.
# en: 2e229bba
web-log-gone = Вставленный лог хранится только в истории этой вкладки и не входит в адрес страницы. Вставьте его снова в поле выше, чтобы проверить.
# en: bf90e1e2
web-col-code = Код
# en: e2a6f2ee
web-col-phrase = Текст причины
# en: 9111317a
web-col-count = Сколько раз
# en: 5121f8f7
web-col-meaning = Значение
# en: 9f99cf15
web-title = sipkb — справочник по ошибкам SIP
# en: 819f2ae8
web-nav = Разделы
# en: 1da92aef
web-nav-explain = Расшифровка
# en: ca8d9c34
web-language = Язык
# en: 3b59cdf6
web-keys = Enter расшифровывает одну строку; вставленный лог — Ctrl+Enter.
# en: 1926c4a0
web-examples = Примеры:
# en: c85e8d18
web-suggestions = Подсказки
# en: 53ad1639
web-failed = Запрос не выполнен: сервер не ответил.
# en: 56fc42e5
web-note-info = Как найдено:
# en: c0ff501a
web-note-warning = Внимание:
# en: 331f1b0b
web-related = Точного совпадения нет — похожие записи:
# en: d3d3a3f7
web-triage = Краткая оценка
# en: 6e95e59f
web-q850 = Причина Q.850
# en: c581a10e
web-escalate = К кому обращаться
# en: 8fd2f2ac
web-reading = Что говорит текст причины
# en: 45544a38
web-also = Также толкует
# en: d2faa8cc
web-copy-link = Копировать ссылку
# en: f50255af
web-copy-caller = Копировать фразу для абонента
# en: f8c246c5
web-copy-ticket = Копировать для заявки
# en: ae28c055
web-copied = Скопировано.
# en: 32753a76
web-copy-failed = Не удалось скопировать: выделите текст и скопируйте вручную.
# en: 19086562
web-ticket-line = Строка
# en: e70873fa
web-ticket-meaning = Значение
# en: 7e190a2e
web-ticket-next = Дальнейшие шаги
# en: 431e7503
web-depth = Подробности
# en: 700eb5f6
web-details = Подробно: описание, причины, как проверить
# en: 04399415
web-hints = Подсказки по платформам
# en: 155f9ec2
web-rfc = Определён в
# en: 573eaa9d
web-other-vendors = Толкования других производителей
# en: 38b7e6bf
web-headers = Заголовки Reason и Warning
# en: e585651c
web-notes = Примечания
# en: 6bc9a210
web-sighting = Где найдено
# en: 78d859f9
web-log-title = Ошибки во вставленном логе
# en: 81a921dd
web-line = строка
# en: 5cec997d
web-col-lines = Первая / последняя
# en: 3b626a90
web-col-side = Кто действует
# en: 777916f4
web-col-action = Первый шаг
# en: a9554e96
web-col-seen = Где найдено
# en: 39ec49d4
web-calls = Вызовы
# en: 9dc2f21c
web-col-call = Call-ID
# en: f730d3bf
web-col-from = Откуда → куда
# en: ca0d30d0
web-col-outcome = Итог
# en: a273c6d1
web-col-final = Финальный ответ
# en: 09192de1
web-browse = Каталог
# en: be7d4d34
web-browse-codes = Коды SIP
# en: 0cb6e577
web-browse-vendors = Производители
# en: 7a152fe7
web-browse-q850 = Причины Q.850
# en: 0ab01def
web-filter = Фильтр
# en: f5c0c147
web-shown = Показано
# en: fca631b8
web-col-reason = Текст причины
# en: 754c54f4
web-col-vendor = Производитель
# en: 67183a3a
web-col-entries = Записей
# en: 17d1fee7
web-col-about = О списке
# en: 9a1daa51
web-col-cause = Причина
# en: a61ea5a4
web-col-sip = SIP
# en: 133665fa
web-col-names = Имена в FreeSWITCH и Asterisk
# en: 5b77d14e
web-col-response = Ответ

## Issue #20: ограничения, повреждённые базы и захваты, базы только для чтения
# en: a9f2c147
imp-refused-unreadable = { $file } не читается как файл списка; ничего не записано (--skip-invalid пропускает некорректные записи, но не файлы, которые не удаётся разобрать)
# en: 110746b0
err-db-bad-version = { $path }: версию схемы { $found } sipkb не записывает: файл изменила другая программа (восстановите копию или создайте новую базу)
# en: c04d5441
err-db-damaged = { $path }: база данных повреждена ({ $detail }); ничего не записано. Запустите sipkb doctor, затем восстановите копию или создайте новую базу
# en: 4a85b1c3
err-db-malformed = база данных повреждена: SQLite не смог прочитать её часть ({ $reason }). Запустите sipkb doctor, затем восстановите копию или создайте новую базу
# en: 71c316a8
app-warning = предупреждение
# en: 92d86367
app-notice = примечание
# en: 08374d0c
db-damaged = { $path }: база данных повреждена ({ $detail }): ответы могут быть неполными, и записывать в неё ничего не будут. Запустите sipkb doctor
# en: 68076ed9
db-read-only = { $path }: открыта только для чтения, как есть ({ $reason }); встроенные списки не обновлены
# en: f9dad910
scan-capture-damaged = { $file }: файл захвата повреждён на байте { $offset }: прочитано только то, что до него ({ $packets ->
    [one] { $packets } пакет
    [few] { $packets } пакета
    [many] { $packets } пакетов
   *[other] { $packets } пакетов
})
# en: 69996f81
scan-more = и ещё { $count ->
    [one] { $count } уникальная запись: учтена, но не показана
    [few] { $count } уникальные записи: учтены, но не показаны
    [many] { $count } уникальных записей: учтены, но не показаны
   *[other] { $count } уникальных записей: учтены, но не показаны
} (объясняются только { $max } самых частых)
# en: e01564bd
err-cancelled = работа отменена, не завершившись
# en: 2fbd57b4
http-busy = Сервер перегружен: повторите запрос через { $seconds } с.
# en: 68a2b306
http-head-too-large = Заголовки запроса слишком велики: не более { $max } КиБ.
# en: 4faf5d3a
serve-log-connections = достигнут предел соединений ({ $max }): закрыто простаивающих соединений, чтобы освободить место: { $closed }; раз, когда новые соединения ждали освобождения места: { $held }
# en: 5aecbe84
serve-log-accept = не удалось принять соединений: { $count } ({ $reason })
# en: 4af1bcac
serve-log-shed = очередь работ заполнена: ответ 503 с Retry-After получили запросов: { $count } (обработчиков: { $workers })

## sipkb enrich (issue #23): итог в stderr и то, что останавливает обработку
# en: d927032d
enrich-summary = Строк: { $rows } · дополнено: { $enriched } · не распознано: { $unread } · повреждённых, пропущено без изменений: { $invalid } · разных исходов разобрано: { $distinct }
# en: f2f268a8
enrich-failures = Неуспешных вызовов (4xx–6xx или причина, которая им соответствует): { $count }
# en: e1db91dd
enrich-by-category = по категориям
# en: 7f67b583
enrich-by-side = по тому, кто должен действовать
# en: b0b4e366
enrich-by-retry = по совету о повторе
# en: 3a8e8397
enrich-top = самые частые ошибки
# en: 57fe1f25
enrich-unread-values = значения, которые sipkb не распознал
# en: 0d1012c0
enrich-no-value = (в строке нет ни кода, ни причины)
# en: aeafbe4e
enrich-skipped = Повреждённых строк, пропущенных без изменений: { $count }
# en: 95409e8f
enrich-hint-skip = с --skip-invalid такие строки проходят без изменений и подсчитываются
# en: 69f2cdfd
enrich-err-format = «{ $format }» — не формат записей о вызовах (csv или jsonl)
# en: 73ff4e3e
enrich-err-unreadable = не удаётся прочитать: { $reason }
# en: 0114490f
enrich-err-empty = файл пуст: нет даже строки заголовка
# en: 31e2dcc0
enrich-err-no-column = ни в одном столбце нет кода ответа SIP или причины разъединения; столбцы: { $found } (укажите их через --code-column, --phrase-column или --cause-column)
# en: 654d9a94
enrich-err-no-such-column = --{ $option }-column { $column }: такого столбца нет; столбцы: { $found }
# en: 4c188f66
enrich-err-enriched = столбец { $column } уже есть: файл уже был дополнен
# en: c1568a86
enrich-err-header = заголовок отличается от заголовка { $first }; такие файлы обрабатывайте отдельными запусками
# en: b5ffc356
enrich-err-fields = в строке полей: { $found }, а в заголовке: { $expected }
# en: e0d02d38
enrich-err-utf8 = { $column }: недопустимая последовательность UTF-8
# en: d261c810
enrich-err-utf8-line = строка не в кодировке UTF-8
# en: 3c2796ea
enrich-err-too-long = строка длиннее { $max } байт (скорее всего, где-то не закрыта кавычка)
# en: d27193aa
enrich-err-quote = поле, открытое кавычкой в этой строке, так и не закрыто
# en: 4198dce3
enrich-err-json = не объект JSON: { $detail }
# en: 558d09dd
err-export-no-parquet = эта сборка sipkb не умеет писать Parquet (соберите с поддержкой: cargo build --release --features parquet); -o FILE.csv запишет ту же таблицу в CSV
# en: 541430c4
err-export-table-lang = «{ $lang }» — такого языка в sipkb нет (en, ru, zh)

# Команды, добавленные вместе с enrich (issue #23) и разбором вызовов (issue #21).
# en: 1455cf24
cli-cmd-enrich = Добавить ответ sipkb к каждой строке записей о вызовах (CDR: CSV или JSON Lines), потоково
# en: 010a087d
cli-cmd-normalize = Нормализовать фразы, по одной в строке, в ключ соединения таблицы (phrase_norm, или phrase_key с --simple)
# en: bca4e8f0
cli-arg-enrich-files = Записи о вызовах (CSV со строкой заголовка или JSON Lines); «-» или ничего — читать стандартный ввод
# en: 54de6bb3
cli-arg-enrich-format = csv или jsonl [по умолчанию: по первому байту ввода: «{"{"}» — JSON Lines]
# en: e0e1921c
cli-arg-enrich-output = Записать в ФАЙЛ вместо стандартного вывода (целиком или никак)
# en: 8a86d9da
cli-arg-enrich-code-column = Столбец с кодом ответа SIP [по умолчанию: ищется по имени, например sip_term_status, sip_code]
# en: 248258f7
cli-arg-enrich-phrase-column = Столбец с текстом причины [по умолчанию: соседний со столбцом кода]
# en: 5ce9ca0a
cli-arg-enrich-cause-column = Столбец с причиной разъединения: номер Q.850 или имя FreeSWITCH/Asterisk [по умолчанию: ищется по имени, например hangup_cause, hangupcause]
# en: b1503408
cli-arg-enrich-skip-invalid = Пропускать некорректные строки без изменений (добавленные столбцы пусты) и подсчитывать их
# en: fa4e9c12
cli-arg-enrich-summary-json = Также записать сводку в ФАЙЛ в формате JSON
# en: a575b0cd
cli-arg-normalize-files = Файлы с фразами, по одной в строке; «-» или ничего — читать стандартный ввод
# en: a3d7999c
cli-arg-normalize-simple = Выводить простой ключ (phrase_key: строчные ASCII, пробелы схлопнуты) вместо нормализованной формы sipkb (phrase_norm)
# en: 7bd8a35b
cli-arg-scan-call = Показать только вызов (или регистрацию) с этим Call-ID, полностью: каждое сообщение целиком
# en: a4e092f4
cli-arg-scan-no-calls = Только подсчитать и объяснить обнаружения, не собирая вызовы из целых сообщений (на плотной SIP-трассировке в разы быстрее)
# en: abf632c9
cli-value-name = ИМЯ
# en: 05fbbb4c
cli-value-id = ID
