# Подписи командной строки sipkb (и веб-страницы). Пояснения — в codes-*.ftl и vendor-*.ftl.

app-match = Совпадение: { $kind }
match-variant = вариант производителя
match-canonical = стандартный код
match-unknown_variant = код известен, фраза не найдена ни в одном списке
match-class = незарегистрированный код, обрабатывается по классу
match-phrase = фраза
match-not_found = ничего не найдено
match-cause = причина Q.850
match-headers = строки заголовков
app-canonical = Стандартное значение
app-vendor = Производитель
app-device-code = Код устройства
app-causes = Вероятные причины
app-actions = Что делать
app-ui = Сообщение для абонента
app-category = Категория
app-retry = Повтор
app-q850 = Причина Q.850
app-side = Кто должен действовать
app-impact = Что замечает вызывающий абонент
app-confirm = Как подтвердить
app-hint-asterisk = В Asterisk (PJSIP)
app-hint-freeswitch = Во FreeSWITCH
app-hint-kamailio = В Kamailio
app-hint-opensips = В OpenSIPS
app-cause-head = Причина Q.850 { $value }: { $name }
app-cause-class = Класс Q.850
app-cause-to-sip = на эту причину шлюз отвечает SIP { $code } { $reason } (RFC 3398 §7.2.4.1)
app-cause-no-sip = RFC 3398 §7.2.4.1 не задаёт для этой причины SIP-ответа
app-cause-from-sip = SIP-ответы, которые шлюз переводит в эту причину: { $codes } (RFC 3398 §8.2.6.1)
app-cause-names = Названия в коммутаторах: { $names }
app-reasons = Заголовки Reason
app-reason-q850 = Reason: причина Q.850 { $cause }
app-reason-sip = Reason: SIP { $cause }
app-reason-other = Reason: протокол { $protocol }, причина { $cause } (не разбирается)
app-reason-text = текст «{ $text }»
app-reason-unknown-cause = В ITU-T Q.850 нет причины { $cause }
app-warnings = Заголовки Warning
app-warning-head = Warning { $code } от { $agent }: «{ $text }»
app-warning-unregistered = { $code } — незарегистрированный код предупреждения; для чего зарезервирован его диапазон:
rel-same = Заголовок Reason повторяет код самого ответа { $code }.
rel-agrees-forward = Согласовано: по RFC 3398 §7.2.4.1 причина { $cause } переводится в { $code }, то есть шлюз отвечает на неё именно так.
rel-agrees-back = Согласовано: по RFC 3398 §8.2.6.1 ответ { $code } переводится в причину { $cause }.
rel-differs = Расхождение: по RFC 3398 причина { $cause } переводится в { $mapped }, а не в { $code }. Отправитель сопоставляет причины по-своему; причина обычно точнее говорит, что произошло на стороне ISDN/ОКС-7.
rel-other = Заголовок Reason называет SIP { $cause }: сбой дальше по маршруту, о котором этот узел сообщил ответом { $code }.
rel-unmapped = RFC 3398 не сопоставляет ни ответ { $code } с причиной { $cause }, ни наоборот: читайте каждый по отдельности.
app-class-fallback = Код { $code } не зарегистрирован: SIP-стеки обрабатывают его как { $fallback } (RFC 3261 §8.1.3.2).
app-unknown-variant = Фраза «{ $phrase }» не известна для кода { $code }. Протокол действует по коду; фраза может быть собственной формулировкой производителя.
app-suggestions = Ближайшие известные фразы
app-found-in = Эти слова встречаются в описаниях
app-fuzzy = Найдено по похожему написанию: «{ $phrase }» распознано как «{ $known }».
app-contradiction = Фраза «{ $phrase }» говорит об { $says ->
        [success] успехе
       *[failure] ошибке
    }, но код ответа — { $class }. SIP-стек действует по коду, а не по фразе (RFC 3261 §7.2: фраза ответа только для людей), поэтому вызов обрабатывается так, как велит класс { $class }.
app-note = Примечание { $vendor } ко всем ответам { $class }
app-not-found = В базе знаний нет ничего для «{ $input }».
app-fallback = Часть текстов показана на языке { $locales }: перевода пока нет.
app-headers = Другие строки заголовков (не разбираются)
app-no-sip-code = не соответствует ни одному SIP-ответу
app-error = ошибка
col-code = КОД
col-reason = ФРАЗА IANA
col-category = КАТЕГОРИЯ
col-vendor = ПРОИЗВОДИТЕЛЬ
col-phrase = ФРАЗА
col-variants = ВАРИАНТОВ
col-name = НАЗВАНИЕ
col-side = КТО ДЕЙСТВУЕТ
col-cause = ПРИЧИНА
col-sip = SIP
col-freeswitch = ИМЯ ВО FREESWITCH
retry-none = не применимо
retry-redirect = перейти по перенаправлению
retry-fix = только после исправления запроса
retry-later = позже, с учётом Retry-After
retry-elsewhere = через другой сервер или маршрут
retry-never = не повторять
category-auth = аутентификация
category-billing = биллинг
category-routing = маршрутизация
category-user-state = состояние абонента
category-media = медиа и кодеки
category-capacity = нагрузка и ёмкость
category-timeout = таймаут
category-protocol = протокол
category-policy = политика
category-security = безопасность
category-server = сбой сервера
category-redirect = перенаправление
category-provisional = предварительный ответ
category-success = успех
category-config = настройка устройства
category-network = сеть
side-caller = вызывающая сторона (её настройки)
side-callee = вызываемый абонент
side-carrier = оператор связи или сеть
side-operator = оператор сервера, который ответил
side-none = никто (это не сбой)
q850class-normal = нормальное событие
q850class-resource-unavailable = ресурс недоступен
q850class-service-unavailable = услуга или опция недоступна
q850class-service-not-implemented = услуга или опция не реализована
q850class-invalid-message = неверное сообщение
q850class-protocol-error = ошибка протокола
q850class-interworking = взаимодействие сетей
app-colon = { ": " }
err-empty = пустой ввод
err-too-long = длина ввода { $len } байт; допускается не более { $max }
err-control = во вводе управляющий символ { $char } в байте { $at }
err-bad-code = «{ $token }» — не код ответа SIP (RFC 3261 §7.2: три цифры, от 100 до 699)
err-bad-version = «{ $version }»: неподдерживаемая версия SIP (существует только SIP/2.0)
err-expected-code = после SIP/2.0 ожидается трёхзначный код ответа
err-no-search-terms = в поисковом запросе нет слов для поиска
err-device-no-digits = «{ $token }»: в коде устройства после 0x должны быть цифры (например, 0x751)
err-device-bad = «{ $token }» — не код состояния устройства (0x и до 8 шестнадцатеричных цифр)
err-bad-cause = «{ $token }» — не причина Q.850 (от 1 до 127)
err-header-quote = Заголовок { $header }: в «{ $value }» не закрыты кавычки
err-reason-no-protocol = Заголовок Reason: «{ $value }» не начинается с протокола (Q.850 или SIP, RFC 3326)
err-reason-no-cause = Заголовок Reason: в «{ $value }» нет параметра cause= (RFC 3326)
err-reason-bad-cause = Заголовок Reason: недопустимая причина «{ $cause }» в «{ $value }» (Q.850: от 1 до 127; SIP: от 100 до 699)
err-warning-bad-code = Заголовок Warning: «{ $code }» в «{ $value }» — не код предупреждения (три цифры, от 300 до 399; RFC 3261 §20.43)
err-warning-malformed = Заголовок Warning: «{ $value }» не имеет вида «код агент "текст в кавычках"» (например, 399 sbc.example.net "Media timeout")
err-unknown-vendor = неизвестный производитель «{ $slug }»
err-db-not-sqlite = { $path }: файл не является базой данных SQLite
err-db-cannot-open = { $path }: не удаётся открыть файл базы данных
err-db-corrupt = { $path }: база данных повреждена
err-db-foreign = { $path }: это база SQLite другого приложения, а не sipkb
err-db-not-loaded = { $path }: встроенные данные ещё не загружены; откройте базу один раз в режиме записи
err-db-older = { $path }: версия схемы { $found } старше { $supported }; откройте базу один раз sipkb с правом записи, чтобы обновить её
err-db-newer = { $path }: версия схемы базы { $found } новее поддерживаемой этой версией sipkb ({ $supported }); обновите sipkb или используйте другую базу
err-db-other = { $path }: база sipkb непригодна: { $reason }
err-not-utf8 = некорректная кодировка UTF-8 (байт { $byte })

## sipkb import: ошибки. Каждая выводится после «файл:строка: поле: ».
imp-unreadable = не удаётся прочитать: { $reason }
imp-not-found = файл не найден
imp-is-directory = это каталог, а не файл списка
imp-empty-file = файл пуст
imp-not-utf8 = текст не в кодировке UTF-8 (сохраните файл в UTF-8)
imp-unknown-format = неизвестный формат списка: дайте файлу расширение .toml, .csv или .jsonl либо укажите --format
imp-syntax = синтаксическая ошибка: { $detail }
imp-missing-column = в заголовке нет этого обязательного столбца
imp-unknown-column = неизвестный столбец (столбцы CSV перечислены в README)
imp-duplicate-column = столбец встречается в заголовке дважды
imp-delimiter = в заголовке всего один столбец: разделяйте столбцы запятой, точкой с запятой или табуляцией
imp-unterminated = поле в кавычках, начатое в этой строке, не закрыто (не хватает ")
imp-field-count = полей в строке: { $found }, а в заголовке: { $expected } (разделитель не взят в кавычки?)
imp-required = обязательное поле не заполнено
imp-bad-code = «{ $value }» — не код ответа SIP от 100 до 699
imp-no-code = у варианта должен быть code, vendor_code или оба сразу
imp-bad-vendor-code = «{ $value }» — не код устройства (буквы ASCII, цифры, . _ : -; не более 32 символов)
imp-bad-slug = «{ $value }» — не идентификатор производителя (строчные латинские буквы, цифры и -, не более 64 символов)
imp-too-long = длина — { $len } симв.; допускается не более { $max }
imp-control = содержит управляющий символ { $char }
imp-bad-category = «{ $value }» — не категория (см. sipkb list --help)
imp-bad-choice = «{ $value }» — недопустимое значение; возможные: { $allowed }
imp-bad-locale = неизвестный язык «{ $value }» (en, ru или zh)
imp-bad-class = «{ $value }» — не класс ответа (от 1 до 6 или от 1xx до 6xx)
imp-bad-message-id = «{ $value }» — не идентификатор сообщения (латинская буква, затем буквы, цифры, - или _)
imp-foreign-message = тексты для «{ $id }» импортировать нельзя: идентификатор собственного текста списка должен начинаться с «{ $prefix }»
imp-unknown-message = текста с идентификатором «{ $id }» нет: укажите тексты в этой записи или уберите сообщение
imp-multi-line = значение должно занимать одну строку
imp-placeable = «{ $found }» похоже на подстановку Fluent; тексты списков — простой текст, переменные в них недопустимы
imp-duplicate = повторяет запись из { $first }
imp-phrase-clash = та же фраза уже указана с кодом { $code } в { $first }; фразе, которая встречается с двумя кодами, нужно отдельное пояснение в каждой записи
imp-mismatch = отличается от значения в { $first }

## sipkb import: отчёт.
imp-vendor-new = { $slug } ({ $name }): новый список; добавлено: { $added }
imp-vendor = { $slug } ({ $name }): добавлено: { $added }, изменено: { $changed }, без изменений: { $unchanged }, удалено: { $removed }
imp-more-entries = { $count ->
    [one] и ещё { $count } запись (см. --json)
    [few] и ещё { $count } записи (см. --json)
    [many] и ещё { $count } записей (см. --json)
   *[other] и ещё { $count } записи (см. --json)
}
imp-file = { $file }: { $rows ->
    [one] прочитана { $rows } запись
    [few] прочитано { $rows } записи
    [many] прочитано { $rows } записей
   *[other] прочитано { $rows } записи
}, SHA-256 { $sha }…
imp-dry-run = Пробный запуск: ничего не записано.
imp-no-changes = Изменений нет: эти списки уже есть в базе в точно таком же виде.
imp-applied = Изменения записаны.
imp-nothing-written = Ничего не записано.
imp-more-problems = { $count ->
    [one] ещё { $count } ошибка не показана
    [few] ещё { $count } ошибки не показаны
    [many] ещё { $count } ошибок не показано
   *[other] ещё { $count } ошибки не показано
}
imp-refused = { $count ->
    [one] { $count } ошибка; ничего не записано (исправьте её или укажите --skip-invalid, чтобы импортировать корректные записи)
    [few] { $count } ошибки; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
    [many] { $count } ошибок; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
   *[other] { $count } ошибки; ничего не записано (исправьте их или укажите --skip-invalid, чтобы импортировать корректные записи)
}

## sipkb export, sources, remove, restore.
err-one-vendor = список TOML содержит только одного производителя: укажите его или экспортируйте в CSV или JSON
err-export-format = «{ $format }» — не формат экспорта (toml, csv, json или ftl)
err-export-ui-format = «{ $format }» — не формат экспорта текстов интерфейса (json, ftl или po)
col-id = #
col-when = КОГДА (UTC)
col-action = ДЕЙСТВИЕ
col-counts = +ДОБ ~ИЗМ =ПРЕЖ -УДЛ !ОШ
col-sha = SHA-256
col-source = ИСТОЧНИК [ПРОИЗВОДИТЕЛИ]
app-removed = { $slug }: список удалён ({ $count ->
    [one] { $count } запись
    [few] { $count } записи
    [many] { $count } записей
   *[other] { $count } записи
}).
app-restored = Встроенные списки заново загружены из этого исполняемого файла: { $slugs }.

## sipkb search
search-canonical = стандартный код
search-none = По запросу «{ $query }» ничего не найдено.

## sipkb doctor
doctor-database = База данных: { $path } ({ $origin })
db-origin-flag = задана через --db
db-origin-env = задана через SIPKB_DB
db-origin-default = расположение по умолчанию
cli-no-data-dir = для этой платформы не определён каталог данных; укажите --db PATH
cli-hint-vendors = список: sipkb vendors
cli-hint-one-vendor = укажите --vendor SLUG или --format csv либо json
cli-hint-other-db = укажите другую базу через --db PATH
doctor-schema-current = Версия схемы: { $version } (актуальная)
doctor-schema-other = Версия схемы: { $version } (этот sipkb записывает версию { $supported })
doctor-integrity-ok = Целостность базы: в порядке
doctor-integrity-bad = Целостность базы: база повреждена. Восстановите файл из резервной копии или экспортируйте списки и импортируйте их в новую базу.
doctor-index-ok = Поисковый индекс: в порядке
doctor-index-bad = Поисковый индекс повреждён: explain и search могут пропускать записи. Экспортируйте списки и импортируйте их в новую базу.
doctor-index-skipped = Поисковый индекс: не проверен (база открыта только для чтения)
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
doctor-coverage = Покрытие переводами (варианты, у которых есть заголовок или описание на данном языке):
doctor-coverage-builtin = встроенные списки
doctor-coverage-imported = импортированные списки
doctor-missing = Варианты без заголовка и описания на некоторых языках (эти части показываются на другом языке):
doctor-missing-locales = нет заголовка и описания на языках: { $locales }
doctor-unregistered = Варианты с незарегистрированными SIP-кодами (SIP-стеки обрабатывают их как x00 их класса):
doctor-conflicts = Фразы, которые у разных производителей означают разные SIP-коды:
doctor-conflict = «{ $phrase }»: { $entries }
doctor-info-item = { $item } (встроенные данные, известны и проверены)
doctor-none = нет
doctor-more = { $count ->
    [one] ещё { $count } запись не показана
    [few] ещё { $count } записи не показаны
    [many] ещё { $count } записей не показано
   *[other] ещё { $count } записи не показано
}
doctor-healthy = Всё в порядке: ничего не требует внимания.
doctor-attention = { $count ->
    [one] { $count } замечание требует внимания (отмечено «!»).
    [few] { $count } замечания требуют внимания (отмечены «!»).
    [many] { $count } замечаний требуют внимания (отмечены «!»).
   *[other] { $count } замечания требуют внимания (отмечены «!»).
}

## sipkb scan
scan-file-log = { $file }: { $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строк
}
scan-file-capture = { $file }: { $packets ->
    [one] { $packets } пакет
    [few] { $packets } пакета
    [many] { $packets } пакетов
   *[other] { $packets } пакетов
}
scan-packet = пакет { $n }
scan-failures = Ошибки (4xx–6xx), сначала самые частые:
scan-no-failures = Ответов с ошибками (4xx–6xx) не найдено.
scan-tally = Найдено SIP-ответов: { $total }
scan-others = Остальные ответы (1xx–3xx):
scan-times = { $count ->
    [one] { $count } раз
    [few] { $count } раза
    [many] { $count } раз
   *[other] { $count } раз
}
scan-seen = впервые { $first }, в последний раз { $last }
scan-seen-once = в { $at }
scan-reasons = Заголовки Reason (RFC 3326):
scan-warnings = Заголовки Warning (RFC 3261 §20.43):
scan-maps-to = соответствует SIP-ответу { $response }

## sipkb serve: HTTP errors
http-not-found = Нет такой страницы или метода API: { $path }
http-method = Этот адрес не принимает такой HTTP-метод.
http-too-large = Тело запроса слишком большое: не более { $max } КиБ.
http-uri-too-long = Адрес запроса слишком длинный: не более { $max } байт.
http-media-type = Отправьте лог как text/plain.
http-bad-request = Запрос составлен неверно.
http-bad-query = Строка запроса повреждена: неверное процентное кодирование или не UTF-8.
http-bad-utf8 = Тело запроса — не текст в UTF-8.
http-timeout = Запрос выполнялся слишком долго и был прерван.
http-internal = Внутренняя ошибка сервера.
http-missing-param = Нужен параметр «{ $name }».
http-bad-code = «{ $code }» — не код ответа SIP (три цифры, от 100 до 699).
http-unknown-code = Кода { $code } нет в реестре IANA кодов ответа SIP.
http-bad-class = «{ $class }» — не класс ответов (от 1 до 6 или от 1xx до 6xx).
http-bad-limit = Лимит должен быть числом от 1 до 1000.

## sipkb serve: the web page
web-input = Строка статуса, код, фраза или вставленный лог
web-placeholder = SIP/2.0 480 No money left
web-explain = Расшифровать
web-causes = Вероятные причины
web-actions = Что делать
web-ui = Что сказать абоненту
web-not-found = В базе знаний ничего не нашлось.
web-category = Категория
web-canonical = Стандартное значение
web-retry = Повтор
web-side = Кто действует
web-impact = Что замечает вызывающий абонент
web-confirm = Как подтвердить
web-cause = Причина
web-warning = Предупреждение
web-no-failures = В этом логе нет ответов с ошибками (4xx–6xx).
web-col-code = Код
web-col-phrase = Фраза
web-col-count = Сколько раз
web-col-line = Первая строка
web-col-meaning = Значение

## sipkb enrich (issue #23): итог в stderr и то, что останавливает обработку
enrich-summary = Строк: { $rows } · дополнено: { $enriched } · не распознано: { $unread } · повреждённых, пропущено без изменений: { $invalid } · разных исходов разобрано: { $distinct }
enrich-failures = Неуспешных вызовов (4xx–6xx или причина, которая им соответствует): { $count }
enrich-by-category = по категориям
enrich-by-side = по тому, кто должен действовать
enrich-by-retry = по совету о повторе
enrich-top = самые частые ошибки
enrich-unread-values = значения, которые sipkb не распознал
enrich-no-value = (в строке нет ни кода, ни причины)
enrich-skipped = Повреждённых строк, пропущенных без изменений: { $count }
enrich-hint-skip = с --skip-invalid такие строки проходят без изменений и подсчитываются
enrich-err-format = «{ $format }» — не формат записей о вызовах (csv или jsonl)
enrich-err-unreadable = не удаётся прочитать: { $reason }
enrich-err-empty = файл пуст: нет даже строки заголовка
enrich-err-no-column = ни в одном столбце нет кода ответа SIP или причины разъединения; столбцы: { $found } (укажите их через --code-column, --phrase-column или --cause-column)
enrich-err-no-such-column = --{ $option }-column { $column }: такого столбца нет; столбцы: { $found }
enrich-err-enriched = столбец { $column } уже есть: файл уже был дополнен
enrich-err-header = заголовок отличается от заголовка { $first }; такие файлы обрабатывайте отдельными запусками
enrich-err-fields = в строке полей: { $found }, а в заголовке: { $expected }
enrich-err-utf8 = { $column }: недопустимая последовательность UTF-8
enrich-err-utf8-line = строка не в кодировке UTF-8
enrich-err-too-long = строка длиннее { $max } байт (скорее всего, где-то не закрыта кавычка)
enrich-err-quote = поле, открытое кавычкой в этой строке, так и не закрыто
enrich-err-json = не объект JSON: { $detail }
err-export-no-parquet = эта сборка sipkb не умеет писать Parquet (соберите с поддержкой: cargo build --release --features parquet); -o FILE.csv запишет ту же таблицу в CSV
err-export-table-lang = «{ $lang }» — такого языка в sipkb нет (en, ru, zh)
