# sipkb 命令行（及网页）的界面文字。解释文本见 codes-*.ftl 与 vendor-*.ftl。

app-match = 匹配：{ $kind }
match-variant = 厂商变体
match-canonical = 标准响应码
match-unknown_variant = 响应码已知，但原因短语不在任何列表中
match-class = 未注册的响应码，按其类别处理
match-phrase = 原因短语
match-not_found = 未找到
app-canonical = 标准含义
app-vendor = 厂商
app-device-code = 设备代码
app-causes = 可能原因
app-actions = 处理建议
app-ui = 面向用户的提示
app-category = 类别
app-retry = 重试
app-q850 = Q.850 原因值
app-class-fallback = { $code } 不是已注册的 SIP 响应码：SIP 协议栈将其按 { $fallback } 处理（RFC 3261 §8.1.3.2）。
app-unknown-variant = “{ $phrase }”不是 { $code } 的已知原因短语。协议按响应码处理；该短语可能是厂商自定义的措辞。
app-suggestions = 最接近的已知短语
app-found-in = 这些词出现在以下条目的说明中
app-fuzzy = 按相近拼写匹配：“{ $phrase }”被识别为“{ $known }”。
app-contradiction = 原因短语“{ $phrase }”表示{ $says ->
        [success] 成功
       *[failure] 失败
    }，但响应码属于 { $class }。SIP 协议按响应码而不是短语处理（RFC 3261 §7.2：原因短语只供人阅读），因此呼叫按 { $class } 的含义处理。
app-note = { $vendor } 对所有 { $class } 响应的说明
app-not-found = 知识库中没有与“{ $input }”匹配的条目。
app-fallback = 部分文字以 { $locales } 显示：尚无译文。
app-headers = 输入中的头域（暂不解析）
app-no-sip-code = 不对应任何 SIP 响应
app-error = 错误
col-code = 响应码
col-reason = IANA 短语
col-category = 类别
col-vendor = 厂商
col-phrase = 原因短语
col-variants = 变体数
col-name = 名称
retry-none = 不适用
retry-redirect = 按重定向重新发起
retry-fix = 须先修正请求
retry-later = 稍后重试，遵守 Retry-After
retry-elsewhere = 改用其他服务器或路由
retry-never = 不要重试
category-auth = 鉴权
category-billing = 计费
category-routing = 路由
category-user-state = 被叫状态
category-media = 媒体与编解码
category-capacity = 容量
category-timeout = 超时
category-protocol = 协议
category-policy = 策略
category-security = 安全
category-server = 服务器故障
category-redirect = 重定向
category-provisional = 临时响应
category-success = 成功
category-config = 设备配置
category-network = 网络
app-colon = { "：" }
err-empty = 输入为空
err-too-long = 输入长度为 { $len } 字节，最多允许 { $max } 字节
err-control = 输入在第 { $at } 字节处含有控制字符 { $char }
err-bad-code = “{ $token }”不是 SIP 响应码（RFC 3261 §7.2：三位数字，100 至 699）
err-bad-version = “{ $version }”：不支持的 SIP 版本（只有 SIP/2.0）
err-expected-code = SIP/2.0 之后应为三位数的响应码
err-no-search-terms = 搜索内容中没有可查找的词
err-device-no-digits = “{ $token }”：设备状态码在 0x 之后需要数字（例如 0x751）
err-device-bad = “{ $token }”不是设备状态码（0x 后接最多 8 位十六进制数字）
err-unknown-vendor = 未知厂商“{ $slug }”（参见 sipkb vendors）
err-db-not-sqlite = { $path }：该文件不是 SQLite 数据库
err-db-cannot-open = { $path }：无法打开数据库文件
err-db-corrupt = { $path }：数据库已损坏
err-db-foreign = { $path }：这是其他应用程序的 SQLite 数据库，不是 sipkb 的
err-db-not-loaded = { $path }：尚未加载内置数据；请先以可写方式打开一次数据库
err-db-older = { $path }：数据库结构版本 { $found } 低于 { $supported }；请用可写的 sipkb 打开一次以升级
err-db-newer = { $path }：数据库结构版本 { $found } 高于此版本 sipkb 所支持的版本（{ $supported }）；请升级 sipkb 或改用其他 --db
err-db-other = { $path }：不是可用的 sipkb 数据库：{ $reason }
err-not-utf8 = 不是有效的 UTF-8（第 { $byte } 字节）
err-no-data-dir = 此平台没有已知的数据目录；请使用 --db PATH

## sipkb import：问题。每条都跟在“文件:行号: 字段: ”之后。
imp-unreadable = 无法读取：{ $reason }
imp-not-found = 文件不存在
imp-is-directory = 是目录，不是列表文件
imp-empty-file = 文件为空
imp-not-utf8 = 不是 UTF-8 文本（请另存为 UTF-8）
imp-unknown-format = 未知的列表格式：请将文件命名为 .toml、.csv 或 .jsonl，或使用 --format 指定
imp-syntax = 语法错误：{ $detail }
imp-missing-column = 表头缺少此必需列
imp-unknown-column = 未知列（CSV 的列见 README）
imp-duplicate-column = 该列在表头中出现了两次
imp-delimiter = 表头只有一列：请用逗号、分号或制表符作为列分隔符
imp-unterminated = 从此行开始的带引号字段没有闭合（缺少 "）
imp-field-count = 该行有 { $found } 个字段，而表头有 { $expected } 个（是否有未加引号的分隔符？）
imp-required = 为必填项
imp-bad-code = “{ $value }”不是 100 至 699 之间的 SIP 响应码
imp-no-code = 变体需要 code、vendor_code 或两者兼有
imp-bad-vendor-code = “{ $value }”不是设备代码（ASCII 字母、数字及 . _ : -；最多 32 个字符）
imp-bad-slug = “{ $value }”不是厂商标识（小写拉丁字母、数字和 -，最多 64 个字符）
imp-too-long = 长度为 { $len } 个字符；最多允许 { $max } 个
imp-control = 含有控制字符 { $char }
imp-bad-category = “{ $value }”不是有效类别（参见 sipkb list --help）
imp-bad-locale = 未知语言“{ $value }”（可用 en、ru 或 zh）
imp-bad-class = “{ $value }”不是响应类别（1 至 6，或 1xx 至 6xx）
imp-bad-message-id = “{ $value }”不是消息 ID（以拉丁字母开头，后接字母、数字、- 或 _）
imp-foreign-message = 无法导入“{ $id }”的文本：列表自带文本的 ID 必须以“{ $prefix }”开头
imp-unknown-message = 没有 ID 为“{ $id }”的文本：请在此条目中提供文本，或删除该消息
imp-multi-line = 必须为单行
imp-placeable = “{ $found }”看起来像 Fluent 占位符；列表文本是纯文本，不能使用变量
imp-duplicate = 与 { $first } 处的条目重复
imp-phrase-clash = 同一短语已在 { $first } 处列于响应码 { $code } 下；用于两个响应码的短语需要在每个条目中分别给出说明
imp-mismatch = 与 { $first } 处的值不同

## sipkb import：报告。
imp-vendor-new = { $slug }（{ $name }）：新列表；新增 { $added } 条
imp-vendor = { $slug }（{ $name }）：新增 { $added } 条，修改 { $changed } 条，未变 { $unchanged } 条，删除 { $removed } 条
imp-more-entries = 还有 { $count } 个条目（见 --json）
imp-file = { $file }：读取 { $rows } 个条目，SHA-256 { $sha }…
imp-dry-run = 试运行：未写入任何内容。
imp-no-changes = 没有变化：数据库中已有这些列表，内容完全相同。
imp-applied = 更改已写入。
imp-nothing-written = 未写入任何内容。
imp-more-problems = 另有 { $count } 个问题未显示
imp-refused = 共 { $count } 个问题；未写入任何内容（请修正，或使用 --skip-invalid 导入有效条目）

## sipkb export、sources、remove、restore。
err-one-vendor = 一个 TOML 列表只包含一个厂商：请使用 --vendor SLUG，或导出为 csv 或 json
err-export-format = “{ $format }”不是导出格式（toml、csv、json 或 ftl）
err-export-ui-format = “{ $format }”不是界面文本导出格式（json、ftl 或 po）
col-id = #
col-when = 时间（UTC）
col-action = 操作
col-counts = +新增 ~修改 =未变 -删除 !无效
col-sha = SHA-256
col-source = 来源 [厂商]
app-removed = { $slug }：列表已删除（{ $count } 个条目）。
app-restored = 已从此程序重新加载内置列表：{ $slugs }。

## sipkb search
search-canonical = 标准含义
search-none = 未找到与“{ $query }”相关的结果。

## sipkb doctor
doctor-database = 数据库：{ $path }
doctor-schema-current = 数据库结构版本：{ $version }（最新）
doctor-schema-other = 数据库结构版本：{ $version }（此版本 sipkb 写入的是版本 { $supported }）
doctor-integrity-ok = 数据库完整性：正常
doctor-integrity-bad = 数据库完整性：已损坏。请从备份恢复该文件，或导出列表后导入到新数据库。
doctor-index-ok = 搜索索引：正常
doctor-index-bad = 搜索索引已损坏，explain 和 search 可能漏掉条目。请导出列表后导入到新数据库。
doctor-index-skipped = 搜索索引：未检查（数据库以只读方式打开）
doctor-counts = 内容：{ $codes } 个标准响应码，{ $vendors } 个厂商列表，{ $variants } 个变体，来源日志中 { $imports } 条记录
doctor-coverage = 译文覆盖情况（在该语言中有标题或摘要的变体）：
doctor-coverage-builtin = 内置列表
doctor-coverage-imported = 导入的列表
doctor-missing = 在某些语言中缺少标题和摘要的变体（这些部分会改用其他语言显示）：
doctor-missing-locales = 缺少以下语言的标题和摘要：{ $locales }
doctor-unregistered = 使用未注册 SIP 响应码的变体（协议栈按其类别的 x00 处理）：
doctor-conflicts = 在不同厂商处表示不同 SIP 响应码的原因短语：
doctor-conflict = “{ $phrase }”：{ $entries }
doctor-info-item = { $item }（内置数据，已知且已审核）
doctor-none = 无
doctor-more = 另有 { $count } 项未显示
doctor-healthy = 状态良好：没有需要处理的问题。
doctor-attention = 有 { $count } 项需要处理（标有“!”）。

## sipkb scan
scan-file-log = { $file }：{ $lines } 行
scan-file-capture = { $file }：{ $packets } 个数据包
scan-packet = 第 { $n } 个数据包
scan-failures = 失败响应（4xx–6xx），按出现次数从多到少：
scan-no-failures = 未发现失败响应（4xx–6xx）。
scan-tally = 共发现 SIP 响应 { $total } 条
scan-others = 其他响应（1xx–3xx）：
scan-times = { $count } 次
scan-seen = 首次出现：{ $first }，最后一次：{ $last }
scan-seen-once = 出现于 { $at }
scan-reasons = Reason 头（RFC 3326）：
scan-warnings = Warning 头（RFC 3261 §20.43）：
scan-maps-to = 对应 SIP 响应 { $response }

## sipkb serve: HTTP errors
http-not-found = 没有这个页面或 API 路由：{ $path }
http-method = 此路由不接受该 HTTP 方法。
http-too-large = 请求体过大：最多 { $max } KiB。
http-uri-too-long = 请求 URL 过长：最多 { $max } 字节。
http-media-type = 请以 text/plain 格式发送日志。
http-bad-request = 请求格式错误。
http-bad-query = 查询字符串有误：百分号编码错误或不是 UTF-8。
http-bad-utf8 = 请求体不是有效的 UTF-8 文本。
http-timeout = 请求耗时过长，已被中止。
http-internal = 服务器内部错误。
http-missing-param = 缺少必需参数“{ $name }”。
http-bad-code = “{ $code }”不是 SIP 响应码（三位数字，100 到 699）。
http-unknown-code = { $code } 不在 IANA 的 SIP 响应码注册表中。
http-bad-class = “{ $class }”不是响应类别（1 到 6，或 1xx 到 6xx）。
http-bad-limit = limit 必须是 1 到 1000 之间的数字。

## sipkb serve: the web page
web-input = 状态行、响应码、短语或粘贴的日志
web-placeholder = SIP/2.0 480 No money left
web-explain = 解释
web-causes = 可能原因
web-actions = 处理建议
web-ui = 告知主叫用户的提示
web-not-found = 知识库中没有匹配的条目。
web-category = 类别
web-canonical = 标准含义
web-retry = 重试
web-no-failures = 此日志中没有失败响应（4xx–6xx）。
web-col-code = 响应码
web-col-phrase = 短语
web-col-count = 次数
web-col-line = 首次出现行
web-col-meaning = 含义
