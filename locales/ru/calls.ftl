## sipkb scan: вызовы (issue #21). Выводы — факты об одном вызове, каждый привязан к сообщению.

calls-log-lines-only = Во входных данных есть SIP-ответы, но нет целых SIP-сообщений, поэтому проследить вызовы сообщение за сообщением нельзя; подробности по каждому вызову даст полная трассировка (экспорт sngrep, siptrace sofia-sip, pjsip logger) или захват пакетов.

calls-partial = Входные данные начинаются посреди этого вызова: его INVITE в них не попал.
calls-registered = Регистрация прошла: регистратор принял REGISTER.
calls-answered = Вызов принят; { $who ->
    [caller] вызывающий абонент
   *[callee] вызываемый абонент
} завершил его через { $duration } с{ $has_reason ->
    [yes] , в BYE заголовок Reason: { $reason }
   *[no] {""}
}.
calls-answered-open = Вызов принят; входные данные кончаются раньше, чем одна из сторон его завершила.
calls-cancelled = Вызывающий абонент отменил вызов через { $after } с после INVITE{ $rang ->
    [yes] , когда уже шли длинные гудки
   *[no] , ещё до длинных гудков
}.
calls-failed = Вызов не состоялся: { $code } { $phrase } пришёл через { $after } с после INVITE{ $rang ->
    [yes] , после длинных гудков
   *[no] , без длинных гудков перед этим
}{ $has_by ->
    [yes] ; отправитель: { $by }
   *[no] {""}
}.
calls-reg-failed = Регистрация отклонена: { $code } { $phrase } пришёл через { $after } с после REGISTER{ $has_by ->
    [yes] ; отправитель: { $by }
   *[no] {""}
}.
calls-no-final = Окончательного ответа нет: вызывающий абонент ждал { $waited } с{ $provisional ->
    [yes] {" "}после предварительного ответа
   *[no] {" "}и не получил вообще никакого ответа
}; INVITE отправлен повторно ещё { $copies } { $copies ->
    [one] раз
    [few] раза
   *[other] раз
} (повторные передачи).
calls-reg-no-final = На REGISTER нет ответа за { $waited } с; он отправлен повторно ещё { $copies } { $copies ->
    [one] раз
    [few] раза
   *[other] раз
}.
calls-early-failure = Вызов не состоялся уже на раннем этапе: { $code } { $phrase } несёт Reason { $reason } — о сбое сообщили в предварительном ответе, обычно пока дальняя сторона проигрывает голосовое сообщение вместо окончательного ответа с ошибкой.
calls-auth-challenge = Сервер запросил аутентификацию ({ $code }), и повторный запрос с учётными данными был принят: это обычная digest-аутентификация, а не сбой.
calls-auth-same-credentials = После нового запроса аутентификации устройство снова прислало те же учётные данные, вычисленные по прежнему nonce: новый digest-ответ оно не вычислило.
calls-auth-nonce-loop = Сервер { $count } { $count ->
    [one] раз
    [few] раза
   *[other] раз
} запросил аутентификацию с одним и тем же nonce: каждый запрос с учётными данными снова получал { $code }, то есть сервер не принимает учётные данные (имя пользователя, пароль или realm).
calls-auth-refused = Запрос с учётными данными отклонён ответом 403: сервер знает учётную запись, но не принимает её учётные данные или не разрешает ей этот запрос.
calls-auth-unanswered = Сервер запросил аутентификацию ({ $code }), но запроса с учётными данными не последовало: у устройства нет учётных данных для этого realm, или оно прекратило попытки.
calls-auth-rejected = Запрос с учётными данными снова получил запрос аутентификации ({ $code }) с новым nonce: сервер не принял учётные данные.
calls-reinvite-failed = Повторный INVITE (re-INVITE) внутри вызова отклонён: { $code } { $phrase }.
calls-media-refused = Медиа отклонены ответом { $code }: в SDP-предложении были { $offer }{ $srtp ->
    [yes] {" "}с SRTP
   *[no] {""}
}, а SDP-ответа с медиа, которые принимает другая сторона, не было.
calls-media-no-common-codec = Нет общего кодека: в SDP-предложении { $offer }, в SDP-ответе { $answer }.
calls-media-srtp-mismatch = Несовпадение SRTP: { $srtp ->
    [offer] SDP-предложение требует SRTP ({ $offer }), а в SDP-ответе обычный RTP ({ $answer })
   *[answer] SDP-ответ требует SRTP ({ $answer }), а в SDP-предложении был обычный RTP ({ $offer })
}.
calls-nat-private-sdp = SDP, отправленное с публичного адреса { $peer }, указывает для медиа частный адрес { $addr } (c=): отправитель находится за NAT, и медиа, отправленные на этот адрес, не дойдут.
calls-nat-private-contact = Заголовок Contact, отправленный с публичного адреса { $peer }, указывает частный адрес { $addr }: отправитель находится за NAT, и запросы на его Contact до него не дойдут.
calls-forked = Вызов разветвился (forking): на один INVITE ответили { $count } { $count ->
    [one] ранний диалог
    [few] ранних диалога
   *[other] ранних диалогов
} (разные теги To).
calls-failover = После { $code } от { $from } INVITE ушёл дальше на { $to }: новая ветвь того же вызова по другому маршруту.
calls-retry = Повтор вызова { $call }, который не состоялся с ответом { $code } за { $after } с до этого: те же вызывающий и вызываемый абоненты, новый Call-ID{ $moved ->
    [yes] , отправлен на { $to } вместо { $from }
   *[no] {""}
}.

## Текстовый отчёт
calls-heading = Вызовы ({ $shown } из { $total }):
calls-none = Во входных данных нет вызовов (диалогов INVITE).
calls-totals = Вызовов: { $calls }; принято { $answered }, не состоялось { $failed }, отменено { $cancelled }, без окончательного ответа { $no_final }, начато до входных данных { $partial }.
calls-not-listed = Ещё вызовов и регистраций учтено, но не перечислено: { $count } (вызовы с проблемами сохраняются в первую очередь).
calls-closed-early = Закрыто до окончания вызовов: { $count }; одновременно было открыто больше { $max }.
calls-outcome-answered = принят
calls-outcome-failed = не состоялся
calls-outcome-cancelled = отменён
calls-outcome-no_final = нет окончательного ответа
calls-outcome-registered = зарегистрирован
calls-outcome-partial = неполный
calls-col-time = ВРЕМЯ
calls-col-call = ОТ → КОМУ
calls-col-outcome = ИТОГ
calls-col-duration = ДЛИТЕЛЬНОСТЬ
calls-col-finding = ГЛАВНОЕ
calls-ladder = Вызов { $id }: { $from } → { $to }
calls-timing = первый предварительный ответ { $first } с · задержка после набора { $pdd } с · окончательный ответ { $final } с · длительность { $duration } с
calls-explained = Окончательный ответ так, как его читает sipkb explain:
calls-more-failed = Ещё вызовов с проблемами: { $count }; --call ID покажет один полностью, --json — все.
calls-messages-dropped = … не сохранено сообщений: { $count } …
calls-registrations = Регистрации с проблемами:
calls-registrations-ok = Успешных регистраций: { $count }.
calls-options = Запросы OPTIONS (проверка доступности):
calls-options-line = { $from } → { $to }: запросов { $requests }, ответы { $answers }, без ответа { $unanswered }
calls-not-found = Во входных данных нет вызова или регистрации с Call-ID { $id }.
calls-findings = Выводы:
