# The lead of an answer (issue #19): how the input matched, whom to escalate to, who sent the
# response and what an unknown phrase's words say.

note-standard = Standard response { $code } { $reason }: the meaning is the registry's.
note-vendor = { $lists ->
    [1] Found in the list “{ $vendor }”: this is its reading, not the code's standard meaning.
   *[other] { $lists } lists know this phrase; the reading of the list “{ $vendor }” comes first, not the code's standard meaning.
}
note-fuzzy = No exact match: “{ $phrase }” is read as “{ $known }” ({ $percent } % alike).
note-unknown-phrase = “{ $phrase }” is in no list: the standard meaning of { $code } is shown.
note-unknown-phrase-read = “{ $phrase }” is in no list: the standard meaning of { $code } is shown, and what the phrase's words suggest.
note-cause = Q.850 cause { $value }: a gateway answers it with SIP { $code } (RFC 3398 §7.2.4.1).
note-cause-no-sip = Q.850 cause { $value }: RFC 3398 gives it no SIP response.
note-headers = Header lines only: each Reason and Warning is explained below.
note-related = No exact match — related entries:
also-glossed = Also glossed by { $vendor }: { $title }

escalate-caller = Fix it on the calling side: the device, PBX or trunk settings that sent the request.
escalate-callee = Nobody to escalate to: the called party decides; try later or reach them another way.
escalate-carrier = Open a ticket with the carrier's NOC, with the Call-ID, the time and both numbers.
escalate-operator = Ask the operator of the server that answered, with the Call-ID and the time.
escalate-account = Ask the provider's billing or account team, or top up the account.
escalate-none = Nothing to escalate: this is not a fault.

attribution-header = Sent by { $vendor }, as the response's header says: { $header }
attribution-phrase = Sent by { $vendor }: no other list has this phrase.
attribution-phrase-sender = Sent by { $vendor } (no other list has this phrase): { $sender }

reading-head = What the phrase says
reading-disagrees = The phrase is the better clue to the cause ({ $reading }); the code { $code } says what the protocol does ({ $category }).
reading-confidence-low = low confidence
reading-confidence-medium = medium confidence
reading-confidence-high = high confidence

# The lead as terminal text.
lead-read-as = Read as
lead-escalate = Escalate
lead-caller = For the caller: “{ $line }”
lead-more = More (causes, how to confirm, platform hints): add --full
