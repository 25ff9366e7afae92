# Labels of the sipkb command line (and later the web page). Explanations live in codes-*.ftl
# and vendor-*.ftl.

app-match = Match: { $kind }
match-variant = vendor variant
match-canonical = canonical code
match-unknown_variant = known code, phrase not in any list
match-class = unregistered code, handled by its class
match-phrase = phrase
match-not_found = nothing found
match-cause = Q.850 cause
match-headers = header lines
app-canonical = Canonical meaning
app-vendor = Vendor
app-device-code = Device code
app-causes = Likely causes
app-actions = What to do
app-ui = End-user message
app-category = Category
app-retry = Retry
app-q850 = Q.850 cause
app-side = Who acts
app-impact = What the caller notices
app-confirm = How to confirm
app-hint-asterisk = On Asterisk (PJSIP)
app-hint-freeswitch = On FreeSWITCH
app-hint-kamailio = On Kamailio
app-hint-opensips = On OpenSIPS
app-hint-versions = On { $versions }
app-cause-named = { $cause } ({ $name })
app-cause-head = Q.850 cause { $value }: { $name }
app-cause-class = Q.850 class
app-cause-to-sip = a gateway answers SIP { $code } { $reason } for this cause (RFC 3398 §7.2.4.1)
app-cause-no-sip = RFC 3398 §7.2.4.1 gives no SIP response for this cause
app-cause-from-sip = SIP responses a gateway turns into this cause: { $codes } (RFC 3398 §8.2.6.1)
app-cause-names = Switch names: { $names }
app-reasons = Reason headers
app-reason-q850 = Reason: Q.850 cause { $cause }
app-reason-sip = Reason: SIP { $cause }
app-reason-other = Reason: protocol { $protocol }, cause { $cause } (not interpreted)
app-reason-text = text “{ $text }”
app-reason-unknown-cause = ITU-T Q.850 defines no cause { $cause }
app-warnings = Warning headers
app-warning-head = Warning { $code } from { $agent }: “{ $text }”
app-warning-unregistered = { $code } is not a registered warn-code; what its range is reserved for:
rel-same = The Reason header repeats the response's own code { $code }.
rel-agrees-forward = Consistent: RFC 3398 §7.2.4.1 maps cause { $cause } to { $code }, so this is the response a gateway sends for it.
rel-agrees-back = Consistent: RFC 3398 §8.2.6.1 maps { $code } to cause { $cause }.
rel-differs = Mismatch: RFC 3398 maps cause { $cause } to { $mapped }, not { $code }. The sender maps causes its own way; the cause usually says more precisely what happened on the ISDN/SS7 side.
rel-other = The Reason header names SIP { $cause }: the failure further along that this hop reported as { $code }.
rel-unmapped = RFC 3398 maps neither { $code } to cause { $cause } nor the other way: read each on its own.
rel-q850-override = A received Reason: Q.850 header overrides the SIP-to-cause mapping in both FreeSWITCH and Asterisk: when a failure response or a BYE carries Reason: Q.850;cause=N, the hangup cause becomes N instead of the value their own table gives for the SIP code, and only the SIP-side values (sip_term_status in FreeSWITCH, HANGUPCAUSE with the tech option in Asterisk) keep the SIP code.
app-class-fallback = { $code } is not a registered SIP code: SIP stacks handle it as { $fallback } (RFC 3261 §8.1.3.2).
app-unknown-variant = “{ $phrase }” is not a known phrase for { $code }. The code is what the protocol acts on; the phrase may be a vendor's own wording.
app-suggestions = Closest known phrases
app-found-in = Its words appear in the explanations of
app-fuzzy = Matched by a close spelling: “{ $phrase }” was read as “{ $known }”.
app-contradiction = The phrase “{ $phrase }” reads as { $says ->
        [success] a success
       *[failure] a failure
    }, but the code is { $class }. SIP acts on the code, not the phrase (RFC 3261 §7.2: the reason phrase is for people only), so the call is handled as { $class } says.
app-note = Note from { $vendor } on every { $class } response
app-not-found = Nothing in the knowledge base matches “{ $input }”.
app-not-found-lines = Nothing in the knowledge base matches these { $lines } lines as one query: `explain` reads one line or one SIP message. A log is read by `sipkb scan`: give it the file, or pipe the lines in (`… | sipkb scan`).
app-fallback = Some texts are shown in { $locales }: no translation exists yet.
app-headers = Other header lines (not interpreted)
app-no-sip-code = stands for no SIP response
app-error = error
col-code = CODE
col-reason = REASON
col-category = CATEGORY
col-vendor = VENDOR
col-phrase = PHRASE
col-variants = VARIANTS
col-name = NAME
col-side = WHO ACTS
col-cause = CAUSE
col-sip = SIP
col-freeswitch = FREESWITCH NAME
col-meaning = MEANING
col-cause-class = CLASS
col-lists = LISTS
col-lang-en = ENGLISH
col-lang-ru = RUSSIAN
col-lang-zh = CHINESE
retry-none = not applicable
retry-redirect = follow the redirect
retry-fix = only after fixing the request
retry-later = later, honouring Retry-After
retry-elsewhere = via another server or route
retry-never = do not retry
category-auth = authentication
category-billing = billing
category-routing = routing
category-user-state = callee state
category-media = media and codecs
category-capacity = capacity
category-timeout = timeout
category-protocol = protocol
category-policy = policy
category-security = security
category-server = server fault
category-redirect = redirection
category-provisional = provisional
category-success = success
category-config = device configuration
category-network = network
side-caller = the caller's side (its configuration)
side-callee = the called party
side-carrier = the carrier or the network
side-operator = the operator of the server that answered
side-account = the account holder (balance, credit or payment)
side-none = nobody (not a fault)
side-short-caller = caller
side-short-callee = callee
side-short-carrier = carrier
side-short-operator = server operator
side-short-account = account holder
side-short-none = nobody
q850class-normal = normal event
q850class-resource-unavailable = resource unavailable
q850class-service-unavailable = service or option not available
q850class-service-not-implemented = service or option not implemented
q850class-invalid-message = invalid message
q850class-protocol-error = protocol error
q850class-interworking = interworking
app-colon = { ": " }
app-list-sep = { ", " }
app-parens = ({ $text })
err-empty = empty input
err-too-long = the input is { $len } bytes long; at most { $max } are accepted
err-control = the input contains the control character { $char } at byte { $at }
err-bad-code = “{ $token }” is not a SIP status code (RFC 3261 §7.2: three digits, 100 to 699)
err-bad-version = “{ $version }”: unsupported SIP version (only SIP/2.0 exists)
err-expected-code = expected a three-digit status code after SIP/2.0
err-no-search-terms = the search query has no words to look for
err-device-no-digits = “{ $token }”: a device status code needs digits after 0x (e.g. 0x751)
err-device-bad = “{ $token }” is not a device status code (0x followed by up to 8 hex digits)
err-bad-cause = “{ $token }” is not a Q.850 cause (1 to 127)
err-header-quote = { $header } header: a quoted string is never closed in “{ $value }”
err-reason-no-protocol = Reason header: “{ $value }” does not start with a protocol (Q.850 or SIP, RFC 3326)
err-reason-no-cause = Reason header: “{ $value }” has no cause= parameter (RFC 3326)
err-reason-bad-cause = Reason header: cause “{ $cause }” in “{ $value }” is not valid (Q.850: 1 to 127; SIP: 100 to 699)
err-warning-bad-code = Warning header: “{ $code }” in “{ $value }” is not a warn-code (three digits, 300 to 399; RFC 3261 §20.43)
err-warning-malformed = Warning header: “{ $value }” is not warn-code, agent and quoted text (e.g. 399 sbc.example.net "Media timeout")
err-unknown-vendor = unknown vendor “{ $slug }”
err-db-not-sqlite = { $path }: the file is not an SQLite database
err-db-cannot-open = { $path }: cannot open the database file
err-db-corrupt = { $path }: the database is damaged
err-db-foreign = { $path }: an SQLite database of another application, not sipkb's
err-db-not-loaded = { $path }: the built-in data was never loaded; open the database once read-write
err-db-older = { $path }: schema version { $found } is older than { $supported }; open it once with a writable sipkb to upgrade
err-db-newer = { $path }: database schema version { $found } is newer than this sipkb supports ({ $supported }); upgrade sipkb or use another database
err-db-other = { $path }: not a usable sipkb database: { $reason }
err-not-utf8 = not valid UTF-8 (byte { $byte })

## sipkb import: problems. Each follows "file:line: field: ".
imp-unreadable = cannot be read: { $reason }
imp-not-found = no such file
imp-is-directory = is a directory, not a list file
imp-empty-file = the file is empty
imp-not-utf8 = is not UTF-8 text (save it as UTF-8)
imp-unknown-format = unknown list format: name the file .toml, .csv or .jsonl, or pass --format
imp-syntax = syntax error: { $detail }
imp-missing-column = this required column is missing from the header
imp-unknown-column = unknown column (README lists the CSV columns)
imp-duplicate-column = the column appears twice in the header
imp-delimiter = the header is a single column: separate columns with a comma, a semicolon or a tab
imp-unterminated = a quoted field that starts on this line is never closed (a missing ")
imp-field-count = the row has { $found } fields but the header has { $expected } (an unquoted delimiter?)
imp-required = is required
imp-bad-code = “{ $value }” is not a SIP status code from 100 to 699
imp-no-code = a variant needs a code, a vendor_code, or both
imp-bad-vendor-code = “{ $value }” is not a device code (ASCII letters, digits, . _ : -; up to 32)
imp-bad-slug = “{ $value }” is not a vendor slug (a lower-case Latin letter, then letters, digits and -, up to 64)
imp-too-long = is { $len } characters long; at most { $max } are allowed
imp-control = contains the control character { $char }
imp-bad-category = “{ $value }” is not a category (see: sipkb list --help)
imp-bad-choice = “{ $value }” is not one of: { $allowed }
imp-bad-locale = unknown locale “{ $value }” (en, ru or zh)
imp-bad-class = “{ $value }” is not a response class (1 to 6, or 1xx to 6xx)
imp-bad-message-id = “{ $value }” is not a message id (a Latin letter, then letters, digits, - or _)
imp-foreign-message = texts for “{ $id }” cannot be imported: a list's own texts need an id that starts with “{ $prefix }”
imp-unknown-message = no text has the id “{ $id }”: give the texts in this entry, or drop the message
imp-multi-line = must be a single line
imp-placeable = “{ $found }” looks like a Fluent placeable; list texts are plain text and cannot take variables
imp-duplicate = duplicate of the entry at { $first }
imp-phrase-clash = the same phrase is listed under code { $code } at { $first }; a phrase used with two codes needs its own explanation in each entry
imp-mismatch = differs from the value at { $first }

## sipkb import: the report.
imp-vendor-new = { $slug } ({ $name }): new list; { $added } added
imp-vendor = { $slug } ({ $name }): { $added } added, { $changed } changed, { $unchanged } unchanged, { $removed } removed
imp-more-entries = { $count ->
    [one] and one more entry (see --json)
   *[other] and { $count } more entries (see --json)
}
imp-file = { $file }: { $rows ->
    [one] one entry read
   *[other] { $rows } entries read
}, SHA-256 { $sha }…
imp-dry-run = Dry run: nothing was written.
imp-no-changes = Nothing changed: the database already holds these lists as they are.
imp-applied = Changes written.
imp-nothing-written = Nothing was written.
imp-more-problems = { $count ->
    [one] one more problem is not shown
   *[other] { $count } more problems are not shown
}
imp-refused = { $count ->
    [one] one problem; nothing was written (fix it, or pass --skip-invalid to import the valid entries)
   *[other] { $count } problems; nothing was written (fix them, or pass --skip-invalid to import the valid entries)
}

## sipkb export, sources, remove, restore.
err-one-vendor = a TOML list holds one vendor: name one, or export as CSV or JSON
err-export-format = “{ $format }” is not an export format (toml, csv, json or ftl)
err-export-ui-format = “{ $format }” is not a UI text format (json, ftl or po)
col-id = #
col-when = WHEN (UTC)
col-action = ACTION
col-counts = +ADD ~CHG =SAME -DEL !BAD
col-sha = SHA-256
col-source = SOURCE [VENDORS]
action-import = import
action-remove = removal
action-restore = restore
app-removed = { $slug }: list removed ({ $count ->
    [one] one entry
   *[other] { $count } entries
}).
app-restored = Built-in lists loaded again from this binary: { $slugs }.

## sipkb search
search-canonical = canonical
search-none = Nothing found for “{ $query }”.

## sipkb doctor
doctor-database = Database: { $path } ({ $origin })
db-origin-flag = set by --db
db-origin-env = set by SIPKB_DB
db-origin-default = the default location
cli-no-data-dir = no data directory is known for this platform; pass --db PATH
cli-hint-vendors = see: sipkb vendors
cli-hint-one-vendor = pass --vendor SLUG, or --format csv or json
cli-hint-other-db = pass another --db PATH
doctor-schema-current = Schema version: { $version } (current)
doctor-schema-other = Schema version: { $version } (this sipkb writes version { $supported })
doctor-integrity-ok = Database integrity: ok
doctor-integrity-bad = Database integrity: damaged. Restore the file from a backup, or export the lists and import them into a new database.
doctor-index-ok = Search index: ok
doctor-index-bad = Search index: damaged, so explain and search may miss entries. Export the lists and import them into a new database.
doctor-index-skipped = Search index: not checked (the database is open read-only)
doctor-counts = Contents: { $codes ->
    [one] { $codes } canonical code
   *[other] { $codes } canonical codes
}, { $vendors ->
    [one] { $vendors } vendor list
   *[other] { $vendors } vendor lists
}, { $variants ->
    [one] { $variants } variant
   *[other] { $variants } variants
}, { $imports ->
    [one] { $imports } entry in the provenance log
   *[other] { $imports } entries in the provenance log
}
doctor-coverage = Translation coverage (variants with a title or summary in each language):
doctor-coverage-builtin = built-in lists
doctor-coverage-imported = imported lists
doctor-missing = Variants with no title or summary in some languages (those parts fall back to another language):
doctor-missing-locales = no title or summary in { $locales }
doctor-unregistered = Variants under unregistered SIP codes (stacks treat them as x00 of the class):
doctor-conflicts = Phrases that mean different SIP codes at different vendors:
doctor-conflict = “{ $phrase }”: { $entries }
doctor-info-item = { $item } (built-in data, known and reviewed)
doctor-none = none
doctor-more = { $count ->
    [one] and one more, not shown
   *[other] and { $count } more, not shown
}
doctor-healthy = Healthy: nothing needs attention.
doctor-attention = { $count ->
    [one] One finding needs attention (marked “!”).
   *[other] { $count } findings need attention (marked “!”).
}

## The command line: sipkb --help, each command's help, sipkb man and the completions'
## descriptions (option and command names stay as typed), and clap's errors.
cli-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-placeholder-options = OPTIONS
cli-placeholder-command = COMMAND
cli-default = { " " }[default: { $value }]
cli-possible = { " " }[possible values: { $values }]
cli-man-name = Name
cli-man-synopsis = Synopsis
cli-man-description = Description
cli-man-version = Version
cli-about = What a SIP response means, why it happened and what to do: SIP codes, vendor reason phrases and Q.850 causes explained offline in English, Russian and Chinese
cli-cmd-explain = Explain status lines, codes, device codes or phrases (`-` reads one per line from stdin)
cli-cmd-list = List canonical codes, vendors' variants or Q.850 causes
cli-cmd-search = Search phrases, vendor names and explanations in all three languages
cli-cmd-scan = Explain every SIP failure in logs (text or .gz) and captures (pcap, pcapng)
cli-cmd-serve = Serve the JSON API over HTTP (loopback by default); --lang sets the language of answers to requests that ask for none
cli-cmd-vendors = List vendors and how many variants each has
cli-cmd-import = Import vendor lists (TOML, CSV, JSON Lines), showing what changes; one transaction
cli-cmd-export = Export lists as TOML, CSV or JSON (they import back as the same content), or texts as FTL
cli-cmd-sources = Show the provenance log: every import, removal and restore
cli-cmd-remove = Delete a vendor's list
cli-cmd-restore = Load the built-in lists again from this binary's data
cli-cmd-doctor = Check the database: integrity, counts, translation coverage, conflicts
cli-cmd-completions = Print a completion script for a shell (bash, zsh, fish, elvish, powershell)
cli-cmd-man = Print the man page (roff, sipkb.1)
cli-cmd-help = Print this message or the help of the given subcommand(s)
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-help-subcommand = Print help for the subcommand(s)
cli-arg-db = Database file [default: the platform data directory; env: SIPKB_DB]
cli-arg-lang = Language of the texts: en, ru or zh (also ru-RU, zh_TW.UTF-8…) [default: from LC_ALL, LC_MESSAGES, LANG]
cli-arg-explain-inputs = Status lines (`SIP/2.0 403 Wrong Guess`), codes (`486`), device codes (`0x751`) or phrases (`No money left`); `-` reads one input per line from stdin
cli-arg-explain-json = Print one JSON object per input (JSON Lines)
cli-arg-explain-vendor = List this vendor's variants first
cli-arg-explain-brief = Only the headline, how the input matched and the triage facts (text output)
cli-arg-explain-full = Everything: after the lead, every entry in full with its causes, how to confirm and the platform hints (text output)
cli-arg-list-class = Only this class: 1xx … 6xx
cli-arg-list-category = Only this triage category
cli-arg-list-vendor = List this vendor's variants instead of the canonical codes
cli-arg-list-variants = List every vendor's variants instead of the canonical codes
cli-arg-list-q850 = List the ITU-T Q.850 causes with their RFC 3398 SIP mapping
cli-arg-list-json = Print a JSON array
cli-arg-search-text = Words to look for in phrases, device codes, vendor names and explanations (any of en, ru, zh; a Chinese word needs no spaces, a Russian word may be in any form)
cli-arg-search-vendor = Only this vendor's variants
cli-arg-search-limit = At most this many results
cli-arg-search-json = Print a JSON array of results (kind, code, vendor, vendor_code, phrase, matched, matched_locale, score)
cli-arg-scan-files = Logs (text or .gz) or captures (pcap, pcapng); `-` or none reads stdin
cli-arg-scan-all = List every response, not only failures (1xx-3xx get their own table)
cli-arg-scan-json = Print one JSON report object (README documents its fields)
cli-arg-scan-sightings = Also list every sighting, line by line: where, how it was printed and by which pattern
cli-arg-serve-max-connections = At most this many open connections [default: what the open-file limit allows, at most 4096]
cli-arg-serve-workers = Lookups run at once; more wait in a bounded line, then get 503 [default: one per core]
cli-value-n = N
cli-arg-serve-addr = Address to listen on (port 0: any free port; the address is printed first)
cli-arg-serve-cors = Allow cross-origin requests from this origin only (none by default)
cli-arg-vendors-json = Print a JSON array of vendors (slug, name, note, builtin, variants)
cli-arg-import-files = List files: .toml, .csv (comma, semicolon or tab; BOM or not), .jsonl; `-` reads stdin
cli-arg-import-format = The files' format, instead of their extension: toml, csv or json
cli-arg-import-dry-run = Show what would change, and write nothing
cli-arg-import-replace = Make each vendor exactly its file: entries and texts the file lacks are removed
cli-arg-import-skip-invalid = Apply the valid entries and list the rejected ones (default: write nothing if any is bad)
cli-arg-import-json = Print the report as JSON
cli-arg-export-vendor = Only this vendor's list (required for toml when there are several vendors)
cli-arg-export-ui = The end-user lines and titles of every code and variant for applications, in the --lang locale, under stable ids: --format json, ftl or po
cli-arg-export-format = toml, csv or json (lists that import back as the same content), ftl (the texts of the --lang locale as a Fluent file), or table (one row per code and vendor entry for analytics engines, texts in every --lang of a list such as en,ru,zh; CSV, or Parquet when -o ends in .parquet)
cli-arg-export-output = Write to FILE instead of stdout
cli-arg-sources-json = Print a JSON array
cli-arg-remove-vendor = The vendor whose list is deleted (built-in lists come back only with `sipkb restore`)
cli-arg-restore-vendor = Only this built-in list
cli-arg-doctor-json = Print the report as a JSON object
cli-arg-completions-shell = The shell to write the completion script for
cli-value-path = PATH
cli-value-lang = LANG
cli-value-input = INPUT
cli-value-slug = SLUG
cli-value-format = FORMAT
cli-value-file = FILE
cli-value-files = FILES
cli-value-class = CLASS
cli-value-category = CATEGORY
cli-value-addr = ADDR
cli-value-origin = ORIGIN
cli-value-text = TEXT
cli-value-limit = LIMIT
cli-value-shell = SHELL
cli-value-command = COMMAND
cli-err-see-help = { " " }(see: { $command } --help)
cli-err-suggest = { "; " }did you mean “{ $what }”?
cli-err-valid = { "; " }possible values: { $values }
cli-err-unknown-argument = unexpected argument “{ $arg }”
cli-err-unknown-command = unknown command “{ $command }”
cli-err-no-value = { $arg } needs a value
cli-err-invalid-value = invalid value “{ $value }” for { $arg }
cli-err-no-equals = { $arg } takes its value after “=”
cli-err-too-many-values = unexpected value “{ $value }” for { $arg }
cli-err-value-count = { $arg } takes { $expected } values, { $actual } given
cli-err-conflict = { $arg } cannot be used with { $other }
cli-err-missing = missing: { $arg }
cli-err-no-command = a command is required
cli-err-utf8 = an argument is not valid UTF-8
cli-err-other = the command line is not valid

## sipkb scan
scan-file-log = { $file }: { $lines ->
    [one] { $lines } line
   *[other] { $lines } lines
}
scan-file-capture = { $file }: { $packets ->
    [one] { $packets } packet
   *[other] { $packets } packets
}
scan-packet = packet { $n }
scan-failures = Failures (4xx–6xx responses, failure causes, failures signalled early), most frequent first:
scan-no-failures = No failures (4xx–6xx responses or failure causes) found.
scan-tally = SIP responses found: { $total }
scan-others = Other responses (1xx–3xx):
scan-times = { $count ->
    [one] once
   *[other] { $count } times
}
scan-seen = first { $first }, last { $last }
scan-seen-once = at { $at }
scan-reasons = Reason headers (RFC 3326):
scan-warnings = Warning headers (RFC 3261 §20.43):
scan-maps-to = stands for SIP { $response }
scan-cause = Q.850 cause { $cause }
scan-sighting = { $kind }, found by { $via }
sighting-status-line = status line
sighting-method-status = method with its status
sighting-product-phrase = the product's own log wording
sighting-hangup-cause = hangup cause
sighting-cdr-field = call record field
scan-early-failure = A provisional response carries a failure cause: the call is failing before any final response, so the caller may hear ringback or early media that then stops.
scan-log-lines-only = These are log lines only: a full SIP trace or a capture of the same calls would show each call's messages, timing and sender.

## sipkb serve: HTTP errors
http-not-found = No such page or API route: { $path }
http-method = This route does not take that HTTP method.
http-too-large = The request body is too large: at most { $max } KiB.
http-uri-too-long = The request URL is too long: at most { $max } bytes.
http-media-type = Send the log as text/plain.
http-bad-request = The request is malformed.
http-bad-query = The query string is malformed: bad percent-encoding or not UTF-8.
http-bad-utf8 = The request body is not valid UTF-8 text.
http-timeout = The request took too long and was stopped.
http-internal = Internal server error.
http-missing-param = The “{ $name }” parameter is required.
http-bad-code = “{ $code }” is not a SIP status code (three digits, 100 to 699).
http-unknown-code = { $code } is not in the IANA registry of SIP response codes.
http-bad-class = “{ $class }” is not a response class (1 to 6, or 1xx to 6xx).
http-bad-limit = The limit must be a number from 1 to 1000.

## sipkb serve: the web page
web-input = Status line, code, phrase or a pasted log
web-placeholder = SIP/2.0 480 No money left
web-explain = Explain
web-causes = Likely causes
web-actions = What to do
web-ui = What to tell the caller
web-category = Category
web-canonical = Standard meaning
web-retry = Retry
web-side = Who acts
web-impact = What the caller notices
web-confirm = How to confirm
web-warning = Warning
web-no-failures = No failure responses (4xx–6xx) in this log.
web-no-sightings = No SIP outcome found in this log: no status line, hangup cause, call-record field or product wording that sipkb reads.
web-log-gone = A pasted log stays only in this tab's history and is not part of the address. Paste it again above to scan it.
web-col-code = Code
web-col-phrase = Phrase
web-col-count = Count
web-col-meaning = Meaning
web-title = sipkb — SIP failure reference
web-nav = Sections
web-nav-explain = Explain
web-language = Language
web-keys = Enter explains one line; in a pasted log, Ctrl+Enter explains it.
web-examples = Try:
web-suggestions = Suggestions
web-failed = The request failed: the server did not answer.
web-note-info = How it matched:
web-note-warning = Note:
web-related = No exact match — related entries:
web-triage = Triage
web-q850 = Q.850 cause
web-escalate = Escalate
web-reading = What the phrase suggests
web-also = Also glossed by
web-copy-link = Copy link
web-copy-caller = Copy the caller's line
web-copy-ticket = Copy as ticket note
web-copied = Copied.
web-copy-failed = Could not copy: select the text and copy it by hand.
web-ticket-line = Line
web-ticket-meaning = Meaning
web-ticket-next = Next steps
web-depth = In depth
web-details = Details: summary, causes, how to confirm
web-hints = Platform hints
web-rfc = Defined in
web-other-vendors = Other vendors' readings
web-headers = Reason and Warning headers
web-notes = Notes
web-sighting = Seen as
web-log-title = Failures in the pasted log
web-line = line
web-col-lines = First / last
web-col-side = Who acts
web-col-action = First action
web-col-seen = Seen as
web-calls = Calls
web-col-call = Call-ID
web-col-from = From → to
web-col-outcome = Outcome
web-col-final = Final response
web-browse = Browse
web-browse-codes = SIP codes
web-browse-vendors = Vendors
web-browse-q850 = Q.850 causes
web-filter = Filter
web-shown = Shown
web-col-reason = Reason phrase
web-col-vendor = Vendor
web-col-entries = Entries
web-col-about = About the list
web-col-cause = Cause
web-col-sip = SIP
web-col-names = FreeSWITCH and Asterisk names
web-col-response = Response

## Issue #20: limits, damaged databases and captures, read-only databases
imp-refused-unreadable = { $file } cannot be read as a list file; nothing was written (--skip-invalid skips invalid entries, not files that do not parse)
err-db-bad-version = { $path }: schema version { $found } is not one sipkb writes: another program changed this file (restore a copy, or start a new database)
err-db-damaged = { $path }: the database is damaged ({ $detail }); nothing was written. Run sipkb doctor, then restore a copy or start a new database
err-db-malformed = the database is damaged: SQLite could not read part of it ({ $reason }). Run sipkb doctor, then restore a copy or start a new database
app-warning = warning
app-notice = note
db-damaged = { $path }: the database is damaged ({ $detail }): answers may be incomplete, and nothing will be written into it. Run sipkb doctor
db-read-only = { $path }: opened read-only, as it is ({ $reason }); its built-in lists are not refreshed
scan-capture-damaged = { $file }: the capture is damaged at byte { $offset }: only what comes before it was read ({ $packets ->
    [one] { $packets } packet
   *[other] { $packets } packets
})
scan-more = and { $count ->
    [one] one more distinct entry, counted but not listed
   *[other] { $count } more distinct entries, counted but not listed
} (only the { $max } most frequent are explained)
err-cancelled = the work was cancelled before it finished
http-busy = The server is busy: try again in { $seconds } s.
http-head-too-large = The request's header block is too large: at most { $max } KiB.
serve-log-connections = connection limit ({ $max }) reached: { $closed } idle connections closed to make room; { $held } times new connections waited for one to end
serve-log-accept = { $count } connections could not be accepted: { $reason }
serve-log-shed = work queue full: { $count } requests answered 503 with Retry-After ({ $workers } workers)

## sipkb enrich (issue #23): the summary on stderr and what stops a run
enrich-summary = Rows: { $rows } · enriched: { $enriched } · unread: { $unread } · malformed, passed through: { $invalid } · distinct outcomes explained: { $distinct }
enrich-failures = Failures (4xx–6xx, or a cause that maps to one): { $count }
enrich-by-category = by category
enrich-by-side = by who acts
enrich-by-retry = by retry advice
enrich-top = most frequent failures
enrich-unread-values = values sipkb could not read
enrich-no-value = (no code or cause in the row)
enrich-skipped = Malformed rows passed through unchanged: { $count }
enrich-hint-skip = --skip-invalid passes such rows through unchanged and counts them
enrich-err-format = “{ $format }” is not a call-record format (csv or jsonl)
enrich-err-unreadable = cannot read: { $reason }
enrich-err-empty = the file is empty: not even a header row
enrich-err-no-column = no column holds a SIP status code or a hangup cause; the columns are: { $found } (name them with --code-column, --phrase-column or --cause-column)
enrich-err-no-such-column = --{ $option }-column { $column }: there is no such column; the columns are: { $found }
enrich-err-enriched = the column { $column } is already there: this file was enriched before
enrich-err-header = the header differs from that of { $first }; enrich such files in separate runs
enrich-err-fields = the row has { $found } fields; the header has { $expected }
enrich-err-utf8 = { $column }: not valid UTF-8
enrich-err-utf8-line = the line is not valid UTF-8
enrich-err-too-long = the row is longer than { $max } bytes (most likely a quote that is never closed)
enrich-err-quote = a quoted field opened on this row is never closed
enrich-err-json = not a JSON object: { $detail }
err-export-no-parquet = this sipkb was built without Parquet support (build it with: cargo build --release --features parquet); -o FILE.csv writes the same table as CSV
err-export-table-lang = “{ $lang }” is not a language of sipkb (en, ru, zh)

# Commands added with enrich (issue #23) and calls (issue #21).
cli-cmd-enrich = Add sipkb's answer to every row of call records (CDRs: CSV or JSON Lines), streaming
cli-cmd-normalize = Normalize phrases, one per line, into the table's join key (phrase_norm, or --simple for phrase_key)
cli-arg-enrich-files = Call records (CSV with a header row, or JSON Lines); `-` or none reads stdin
cli-arg-enrich-format = csv or jsonl [default: from the first byte of the input: `{"{"}` is JSON Lines]
cli-arg-enrich-output = Write to FILE instead of stdout (written whole, or not at all)
cli-arg-enrich-code-column = The column with the SIP status code [default: found by name, e.g. sip_term_status, sip_code]
cli-arg-enrich-phrase-column = The column with the reason phrase [default: the one beside the code column]
cli-arg-enrich-cause-column = The column with the hangup cause: a Q.850 number or a FreeSWITCH/Asterisk name [default: found by name, e.g. hangup_cause, hangupcause]
cli-arg-enrich-skip-invalid = Pass malformed rows through unchanged (added columns empty) and count them
cli-arg-enrich-summary-json = Also write the summary as JSON to FILE
cli-arg-normalize-files = Files of phrases, one per line; `-` or none reads stdin
cli-arg-normalize-simple = Write the simple key (phrase_key: ASCII lower case, spaces collapsed) instead of sipkb's normalized form (phrase_norm)
cli-arg-scan-call = Show only the call (or registration) with this Call-ID, in full: every message whole
cli-arg-scan-no-calls = Count and explain the sightings only, without building calls from whole messages (several times faster on a dense trace)
cli-value-name = NAME
cli-value-id = ID
