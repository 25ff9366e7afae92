## sipkb scan: вызовы (issue #21). Выводы — факты об одном вызове, каждый привязан к сообщению.

# en: 791ff35a
calls-log-lines-only = Во входных данных есть SIP-ответы, но нет целых SIP-сообщений, поэтому проследить вызовы сообщение за сообщением нельзя; подробности по каждому вызову даст полная трассировка (экспорт sngrep, siptrace sofia-sip, pjsip logger) или захват пакетов.

# en: a6bff590
calls-partial = Входные данные начинаются посреди этого вызова: его INVITE в них не попал.
# en: 6a3b4508
calls-partial-reg = Входные данные начинаются посреди этой регистрации: её REGISTER в них не попал.
# en: 57a7acc1
calls-reg-refused = Регистрация отклонена: { $code } { $phrase }.
# en: 98e9905e
calls-registered = Регистрация прошла: регистратор принял REGISTER.
# en: e913aca0
calls-answered = Вызов принят; { $who ->
    [caller] вызывающий абонент
   *[callee] вызываемый абонент
} завершил его через { $duration } с{ $has_reason ->
    [yes] , в BYE заголовок Reason: { $reason }
   *[no] {""}
}.
# en: 9ca1e18a
calls-answered-open = Вызов принят; входные данные кончаются раньше, чем одна из сторон его завершила.
# en: d07f69fd
calls-cancelled = Вызывающий абонент отменил вызов через { $after } с после INVITE{ $rang ->
    [yes] , когда уже шли длинные гудки
   *[no] , ещё до длинных гудков
}.
# en: 7eb262fc
calls-failed = Вызов не состоялся: { $code } { $phrase } пришёл через { $after } с после INVITE{ $rang ->
    [yes] , после длинных гудков
   *[no] , без длинных гудков перед этим
}{ $has_by ->
    [yes] ; отправитель: { $by }
   *[no] {""}
}.
# en: 9a7bf10f
calls-reg-failed = Регистрация отклонена: { $code } { $phrase } пришёл через { $after } с после REGISTER{ $has_by ->
    [yes] ; отправитель: { $by }
   *[no] {""}
}.
# en: c7d1eb9a
calls-no-final = Окончательного ответа нет: вызывающий абонент ждал { $waited } с{ $provisional ->
    [yes] {" "}после предварительного ответа
   *[no] {" "}и не получил вообще никакого ответа
}; INVITE отправлен повторно ещё { $copies } { $copies ->
    [one] раз
    [few] раза
   *[other] раз
} (повторные передачи).
# en: 8ed1fdc6
calls-reg-no-final = На REGISTER нет ответа за { $waited } с; он отправлен повторно ещё { $copies } { $copies ->
    [one] раз
    [few] раза
   *[other] раз
}.
# en: 1db3e75c
calls-early-failure = Вызов не состоялся уже на раннем этапе: { $code } { $phrase } несёт Reason { $reason } — о сбое сообщили в предварительном ответе, обычно пока дальняя сторона проигрывает голосовое сообщение вместо окончательного ответа с ошибкой.
# en: 7df274ed
calls-auth-challenge = Сервер запросил аутентификацию ({ $code }), и повторный запрос с учётными данными был принят: это обычная digest-аутентификация, а не сбой.
# en: cbc57282
calls-auth-same-credentials = После нового запроса аутентификации устройство снова прислало те же учётные данные, вычисленные по прежнему nonce: новый digest-ответ оно не вычислило.
# en: ad36267b
calls-auth-nonce-loop = Сервер { $count } { $count ->
    [one] раз
    [few] раза
   *[other] раз
} запросил аутентификацию с одним и тем же nonce: каждый запрос с учётными данными снова получал { $code }, то есть сервер не принимает учётные данные (имя пользователя, пароль или realm).
# en: 1b612421
calls-auth-refused = Запрос с учётными данными отклонён ответом 403: сервер знает учётную запись, но не принимает её учётные данные или не разрешает ей этот запрос.
# en: b5eeef7f
calls-auth-unanswered = Сервер запросил аутентификацию ({ $code }), но запроса с учётными данными не последовало: у устройства нет учётных данных для этого realm, или оно прекратило попытки.
# en: 1284d58b
calls-auth-rejected = Запрос с учётными данными снова получил запрос аутентификации ({ $code }) с новым nonce: сервер не принял учётные данные.
# en: c0a843b7
calls-reinvite-failed = Повторный INVITE (re-INVITE) внутри вызова отклонён: { $code } { $phrase }.
# en: f413ddac
calls-media-refused = Медиа отклонены ответом { $code }: в SDP-предложении были { $offer }{ $srtp ->
    [yes] {" "}с SRTP
   *[no] {""}
}, а SDP-ответа с медиа, которые принимает другая сторона, не было.
# en: 91f85ec2
calls-media-no-common-codec = Нет общего кодека: в SDP-предложении { $offer }, в SDP-ответе { $answer }.
# en: f467d030
calls-media-srtp-mismatch = Несовпадение SRTP: { $srtp ->
    [offer] SDP-предложение требует SRTP ({ $offer }), а в SDP-ответе обычный RTP ({ $answer })
   *[answer] SDP-ответ требует SRTP ({ $answer }), а в SDP-предложении был обычный RTP ({ $offer })
}.
# en: c673745d
calls-nat-private-sdp = SDP, отправленное с публичного адреса { $peer }, указывает для медиа частный адрес { $addr } (c=): отправитель находится за NAT, и медиа, отправленные на этот адрес, не дойдут.
# en: 4264eae8
calls-nat-private-contact = Заголовок Contact, отправленный с публичного адреса { $peer }, указывает частный адрес { $addr }: отправитель находится за NAT, и запросы на его Contact до него не дойдут.
# en: bfbc23bf
calls-forked = Вызов разветвился (forking): на один INVITE ответили { $count } { $count ->
    [one] ранний диалог
    [few] ранних диалога
   *[other] ранних диалогов
} (разные теги To).
# en: 1d110f28
calls-failover = После { $code } от { $from } INVITE ушёл дальше на { $to }: новая ветвь того же вызова по другому маршруту.
# en: 5eb6ce4c
calls-retry = Повтор вызова { $call }, который не состоялся с ответом { $code } за { $after } с до этого: те же вызывающий и вызываемый абоненты, новый Call-ID{ $moved ->
    [yes] , отправлен на { $to } вместо { $from }
   *[no] {""}
}.

## Текстовый отчёт
# en: a81da1c9
calls-heading = Вызовы ({ $shown } из { $total }):
# en: 2d3efcc3
calls-none = Во входных данных нет вызовов (диалогов INVITE).
# en: c4499168
calls-totals = Вызовов: { $calls }; принято { $answered }, не состоялось { $failed }, отменено { $cancelled }, без окончательного ответа { $no_final }, начато до входных данных { $partial }.
# en: abc64add
calls-not-listed = Ещё вызовов и регистраций учтено, но не перечислено: { $count } (вызовы с проблемами сохраняются в первую очередь).
# en: 5285024e
calls-closed-early = Закрыто до окончания вызовов: { $count }; одновременно было открыто больше { $max }.
# en: 65db7867
calls-outcome-answered = принят
# en: 40476fe5
calls-outcome-failed = не состоялся
# en: c01e65ad
calls-outcome-cancelled = отменён
# en: 04dea6ac
calls-outcome-no_final = нет окончательного ответа
# en: d1a79991
calls-outcome-registered = зарегистрирован
# en: d9b5c413
calls-outcome-partial = неполный
# en: 5e08ebef
calls-col-time = ВРЕМЯ
# en: af68b933
calls-col-call = ОТ → КОМУ
# en: 0f871a73
calls-col-outcome = ИТОГ
# en: 8fec0621
calls-col-duration = ДЛИТЕЛЬНОСТЬ
# en: fc8548cc
calls-col-finding = ГЛАВНОЕ
# en: 95e4212e
calls-ladder = Вызов { $id }: { $from } → { $to }
# en: ffb9027e
calls-timing = первый предварительный ответ { $first } с · задержка после набора { $pdd } с · окончательный ответ { $final } с · длительность { $duration } с
# en: e9479aa2
calls-explained = Окончательный ответ так, как его читает sipkb explain:
# en: 9b124bd8
calls-more-failed = Ещё вызовов с проблемами: { $count }; --call ID покажет один полностью, --json — все.
# en: f1e6a984
calls-messages-dropped = … не сохранено сообщений: { $count } …
# en: 1366192f
calls-registrations = Регистрации с проблемами:
# en: 580b1b1c
calls-registrations-ok = Успешных регистраций: { $count }.
# en: df093379
calls-options = Запросы OPTIONS (проверка доступности):
# en: 7a2078ac
calls-options-line = { $from } → { $to }: запросов { $requests }, ответы { $answers }, без ответа { $unanswered }
# en: c308a025
calls-not-found = Во входных данных нет вызова или регистрации с Call-ID { $id }.
# en: ca3c1036
calls-findings = Выводы:
