# sipkb 命令行（及网页）的界面文字。解释文本见 codes-*.ftl 与 vendor-*.ftl。

# en: d29034eb
app-match = 匹配：{ $kind }
# en: f6531226
match-variant = 厂商变体
# en: e1a06f58
match-canonical = 标准响应码
# en: 5ac5f078
match-unknown_variant = 响应码已知，但原因短语不在任何列表中
# en: 954fcdb5
match-class = 未注册的响应码，按其类别处理
# en: 26926679
match-phrase = 原因短语
# en: 49fc308a
match-not_found = 未找到
# en: 17e2c142
match-cause = Q.850 原因值
# en: ea734ba9
match-headers = 头域行
# en: c64053ec
app-canonical = 标准含义
# en: 1a99779f
app-vendor = 厂商
# en: ca888e9a
app-device-code = 设备代码
# en: 2b121d96
app-causes = 可能原因
# en: 12a465a1
app-actions = 处理建议
# en: 4f15610a
app-ui = 面向用户的提示
# en: 93bde3a7
app-category = 类别
# en: 304641b0
app-retry = 重试
# en: 03c993e2
app-q850 = Q.850 原因值
# en: f833d8fb
app-side = 由谁处理
# en: 3900ece0
app-impact = 主叫感受到的现象
# en: 64dea54a
app-confirm = 如何确认
# en: 6b638f31
app-hint-asterisk = Asterisk（PJSIP）上
# en: 01515853
app-hint-freeswitch = FreeSWITCH 上
# en: 6f53eae5
app-hint-kamailio = Kamailio 上
# en: 89f17ddf
app-hint-opensips = OpenSIPS 上
# en: 7b538786
app-hint-versions = { $versions } 上
# en: 53d1a6ec
app-cause-named = { $cause }（{ $name }）
# en: 67ea75fd
app-cause-head = Q.850 原因值 { $value }：{ $name }
# en: fd64a729
app-cause-class = Q.850 类别
# en: ca574f0a
app-cause-to-sip = 网关对此原因值回复 SIP { $code } { $reason }（RFC 3398 §7.2.4.1）
# en: e21ec941
app-cause-no-sip = RFC 3398 §7.2.4.1 没有为此原因值规定 SIP 响应
# en: f7d3bac6
app-cause-from-sip = 网关会映射为此原因值的 SIP 响应：{ $codes }（RFC 3398 §8.2.6.1）
# en: 9b0b5e6e
app-cause-names = 交换机中的名称：{ $names }
# en: 61547375
app-reasons = Reason 头域
# en: 2816695c
app-reason-q850 = Reason：Q.850 原因值 { $cause }
# en: c7d0ad35
app-reason-sip = Reason：SIP { $cause }
# en: 4898094b
app-reason-other = Reason：协议 { $protocol }，原因值 { $cause }（不解析）
# en: e45e5f3c
app-reason-text = 文本“{ $text }”
# en: e6d1df2c
app-reason-unknown-cause = ITU-T Q.850 没有定义原因值 { $cause }
# en: 62698840
app-warnings = Warning 头域
# en: 96fdc57b
app-warning-head = 来自 { $agent } 的 Warning { $code }：“{ $text }”
# en: 12f9ff58
app-warning-unregistered = { $code } 不是已注册的警告码；其所在区段的用途：
# en: 4fce932c
rel-same = Reason 头域重复了响应本身的状态码 { $code }。
# en: e4b883c7
rel-agrees-forward = 一致：按 RFC 3398 §7.2.4.1，原因值 { $cause } 映射为 { $code }，网关对该原因值正是这样回复的。
# en: 3fea5c4d
rel-agrees-back = 一致：按 RFC 3398 §8.2.6.1，{ $code } 映射为原因值 { $cause }。
# en: 6f5ce181
rel-differs = 不一致：按 RFC 3398，原因值 { $cause } 应映射为 { $mapped }，而不是 { $code }。发送方用了自己的映射；原因值通常更准确地说明了 ISDN/七号信令一侧发生的情况。
# en: dfd79cd2
rel-other = Reason 头域给出的是 SIP { $cause }：这是更远处发生的故障，本跳以 { $code } 上报。
# en: 80a18ba8
rel-unmapped = RFC 3398 既没有把 { $code } 映射为原因值 { $cause }，也没有反向映射：请分别解读。
# en: 92dd67cf
rel-q850-override = FreeSWITCH 和 Asterisk 都以收到的 Reason: Q.850 头域为准，而不使用各自的 SIP 响应码到原因值的映射表：失败响应或 BYE 中带有 Reason: Q.850;cause=N 时，挂机原因即为 N，而不是映射表根据 SIP 响应码给出的值；SIP 响应码只保留在 SIP 侧的变量中（FreeSWITCH 的 sip_term_status，Asterisk 中带 tech 选项的 HANGUPCAUSE）。
# en: 2333376b
app-class-fallback = { $code } 不是已注册的 SIP 响应码：SIP 协议栈将其按 { $fallback } 处理（RFC 3261 §8.1.3.2）。
# en: bf0d6a7c
app-unknown-variant = “{ $phrase }”不是 { $code } 的已知原因短语。协议按响应码处理；该原因短语可能是厂商自定义的措辞。
# en: 133d9f9a
app-suggestions = 最接近的已知原因短语
# en: ab98b8dd
app-found-in = 这些词出现在以下条目的说明中
# en: c03526b3
app-fuzzy = 按相近拼写匹配：“{ $phrase }”被识别为“{ $known }”。
# en: 3e9194dc
app-contradiction = 原因短语“{ $phrase }”表示{ $says ->
        [success] 成功
       *[failure] 失败
    }，但响应码属于 { $class }。SIP 协议按响应码而不是原因短语处理（RFC 3261 §7.2：原因短语只供人阅读），因此呼叫按 { $class } 的含义处理。
# en: 37ce0245
app-note = { $vendor } 对所有 { $class } 响应的说明
# en: 29d25a15
app-not-found = 知识库中没有与“{ $input }”匹配的条目。
# en: 9160956a
app-not-found-lines = 这 { $lines } 行作为一个查询在知识库中没有匹配：`explain` 只读取一行或一条 SIP 消息。日志请用 `sipkb scan` 读取：把文件交给它，或通过管道输入这些行（`… | sipkb scan`）。
# en: af917367
app-fallback = 部分文字以 { $locales } 显示：尚无译文。
# en: cebdc8bd
app-headers = 其他头域行（不解析）
# en: ee774a93
app-no-sip-code = 不对应任何 SIP 响应
# en: c82a6615
app-error = 错误
# en: 95f8e7cd
col-code = 响应码
# en: f49033b7
col-reason = IANA 原因短语
# en: b3d54c1c
col-category = 类别
# en: 794caa62
col-vendor = 厂商
# en: d387aa1b
col-phrase = 原因短语
# en: 17b70ca3
col-variants = 变体数
# en: d447cc3f
col-name = 名称
# en: 999c8235
col-side = 处理方
# en: 5e47fa89
col-cause = 原因值
# en: 2f520c9e
col-sip = SIP
# en: d302251b
col-freeswitch = FreeSWITCH 名称
# en: 07dc9f96
col-meaning = 含义
# en: 4b4a8af8
col-cause-class = 原因类别
# en: 531d8d80
col-lists = 列表
# en: f91d8ec0
col-lang-en = 英文
# en: e6fbf606
col-lang-ru = 俄文
# en: d5c06766
col-lang-zh = 中文
# en: dcb96d68
retry-none = 不适用
# en: 79ed2816
retry-redirect = 按重定向重新发起
# en: 614fe6e0
retry-fix = 须先修正请求
# en: 8ff33b94
retry-later = 稍后重试，遵守 Retry-After
# en: 23df1ab5
retry-elsewhere = 改用其他服务器或路由
# en: 8d7b78a6
retry-never = 不要重试
# en: 1ec1b28b
category-auth = 认证
# en: 5fc67ee7
category-billing = 计费
# en: fb25d47e
category-routing = 路由
# en: 857f3e74
category-user-state = 被叫状态
# en: 2faec214
category-media = 媒体与编解码
# en: eaafcc42
category-capacity = 容量
# en: 060d853a
category-timeout = 超时
# en: a95f2145
category-protocol = 协议
# en: 3e126676
category-policy = 策略
# en: 2da1b153
category-security = 安全
# en: a9bd1b49
category-server = 服务器故障
# en: cd805f62
category-redirect = 重定向
# en: 94bc573a
category-provisional = 临时响应
# en: 327b5c9c
category-success = 成功
# en: 4b2a2689
category-config = 设备配置
# en: 839b9012
category-network = 网络
# en: 7df82a59
side-caller = 主叫侧（其配置）
# en: 0034d23b
side-callee = 被叫
# en: 14d03fbd
side-carrier = 运营商或网络
# en: d04a77ab
side-operator = 应答服务器的运营方
# en: 2441d994
side-account = 账户持有人（余额、信用额度或付款）
# en: b2b85d7c
side-none = 无需处理（不是故障）
# en: 5577ef45
side-short-caller = 主叫侧
# en: b54961c9
side-short-callee = 被叫
# en: 4c73f58d
side-short-carrier = 运营商
# en: c341b0c7
side-short-operator = 服务器运营方
# en: 7bd02dae
side-short-account = 账户持有人
# en: 8914a0dc
side-short-none = 无需处理
# en: a24bf9b4
q850class-normal = 正常事件
# en: 9ef77689
q850class-resource-unavailable = 资源不可用
# en: 9b1af923
q850class-service-unavailable = 业务或选项不可用
# en: 37dc37d0
q850class-service-not-implemented = 业务或选项未实现
# en: 2d14dee0
q850class-invalid-message = 无效消息
# en: 502b041b
q850class-protocol-error = 协议错误
# en: 4297852a
q850class-interworking = 网间互通
# en: 56d243e5
app-colon = { "：" }
# en: 4e067fb0
app-list-sep = { "、" }
# en: 7bc84f75
app-parens = （{ $text }）
# en: cfe62699
err-empty = 输入为空
# en: d5a57ccf
err-too-long = 输入长度为 { $len } 字节，最多允许 { $max } 字节
# en: 9044457c
err-control = 输入在第 { $at } 字节处含有控制字符 { $char }
# en: 1fd0586d
err-bad-code = “{ $token }”不是 SIP 响应码（RFC 3261 §7.2：三位数字，100 至 699）
# en: fa2dbe96
err-bad-version = “{ $version }”：不支持的 SIP 版本（只有 SIP/2.0）
# en: 7c6a272d
err-expected-code = SIP/2.0 之后应为三位数的响应码
# en: 22efaf6f
err-no-search-terms = 搜索内容中没有可查找的词
# en: c45b20c6
err-device-no-digits = “{ $token }”：设备状态码在 0x 之后需要数字（例如 0x751）
# en: 0fd8aa6f
err-device-bad = “{ $token }”不是设备状态码（0x 后接最多 8 位十六进制数字）
# en: 9dd05750
err-bad-cause = “{ $token }”不是 Q.850 原因值（1 到 127）
# en: f0302e5a
err-header-quote = { $header } 头域：“{ $value }”中的引号没有闭合
# en: bc34cfd7
err-reason-no-protocol = Reason 头域：“{ $value }”没有以协议开头（Q.850 或 SIP，RFC 3326）
# en: 335865a8
err-reason-no-cause = Reason 头域：“{ $value }”缺少 cause= 参数（RFC 3326）
# en: 6a8a01d0
err-reason-bad-cause = Reason 头域：“{ $value }”中的原因值“{ $cause }”无效（Q.850：1 到 127；SIP：100 到 699）
# en: 5ad59c0c
err-warning-bad-code = Warning 头域：“{ $value }”中的“{ $code }”不是警告码（三位数字，300 到 399；RFC 3261 §20.43）
# en: 9f0563b7
err-warning-malformed = Warning 头域：“{ $value }”不符合“警告码、代理、加双引号的文本”的格式（例如 399 sbc.example.net "Media timeout"）
# en: 39c995f8
err-unknown-vendor = 未知厂商“{ $slug }”
# en: 4c0248f1
err-db-not-sqlite = { $path }：该文件不是 SQLite 数据库
# en: 1ab4f411
err-db-cannot-open = { $path }：无法打开数据库文件
# en: 6f29cd1f
err-db-corrupt = { $path }：数据库已损坏
# en: 6d944d0d
err-db-foreign = { $path }：这是其他应用程序的 SQLite 数据库，不是 sipkb 的
# en: c2a9e36b
err-db-not-loaded = { $path }：尚未加载内置数据；请先以可写方式打开一次数据库
# en: 8ed254ff
err-db-older = { $path }：数据库结构版本 { $found } 低于 { $supported }；请用可写的 sipkb 打开一次以升级
# en: 800cd344
err-db-newer = { $path }：数据库结构版本 { $found } 高于此版本 sipkb 所支持的版本（{ $supported }）；请升级 sipkb 或改用其他数据库
# en: 916aea72
err-db-other = { $path }：不是可用的 sipkb 数据库：{ $reason }
# en: cdc85b0f
err-not-utf8 = 不是有效的 UTF-8（第 { $byte } 字节）

## sipkb import：问题。每条都跟在“文件:行号: 字段: ”之后。
# en: 3920d9dd
imp-unreadable = 无法读取：{ $reason }
# en: 30bbf2c7
imp-not-found = 文件不存在
# en: 381b4880
imp-is-directory = 是目录，不是列表文件
# en: 2ffb4837
imp-empty-file = 文件为空
# en: 121d1f4e
imp-not-utf8 = 不是 UTF-8 文本（请另存为 UTF-8）
# en: 36688072
imp-unknown-format = 未知的列表格式：请将文件命名为 .toml、.csv 或 .jsonl，或使用 --format 指定
# en: 07ce5f89
imp-syntax = 语法错误：{ $detail }
# en: d77cede5
imp-missing-column = 表头缺少此必需列
# en: 1b3a43ff
imp-unknown-column = 未知列（CSV 的列见 README）
# en: cb1600c7
imp-duplicate-column = 该列在表头中出现了两次
# en: 631ea8f1
imp-delimiter = 表头只有一列：请用逗号、分号或制表符作为列分隔符
# en: e6abbc8e
imp-unterminated = 从此行开始的带引号字段没有闭合（缺少 "）
# en: 8c6962e3
imp-field-count = 该行有 { $found } 个字段，而表头有 { $expected } 个（是否有未加引号的分隔符？）
# en: ff95e081
imp-required = 为必填项
# en: 28b5ad4a
imp-bad-code = “{ $value }”不是 100 至 699 之间的 SIP 响应码
# en: d1161ea9
imp-no-code = 变体需要 code、vendor_code 或两者兼有
# en: 5e7a8586
imp-bad-vendor-code = “{ $value }”不是设备代码（ASCII 字母、数字及 . _ : -；最多 32 个字符）
# en: f6401448
imp-bad-slug = “{ $value }”不是厂商标识（以小写拉丁字母开头，其后为字母、数字和 -，最多 64 个字符）
# en: 391c53cb
imp-too-long = 长度为 { $len } 个字符；最多允许 { $max } 个
# en: 130850ce
imp-control = 含有控制字符 { $char }
# en: e8b66ea5
imp-bad-category = “{ $value }”不是有效类别（参见 sipkb list --help）
# en: 89ed3a9d
imp-bad-choice = “{ $value }”不是允许的值，可选：{ $allowed }
# en: 45f7b5da
imp-bad-locale = 未知语言“{ $value }”（可用 en、ru 或 zh）
# en: 66a2e5d3
imp-bad-class = “{ $value }”不是响应类别（1 至 6，或 1xx 至 6xx）
# en: d216952f
imp-bad-message-id = “{ $value }”不是消息 ID（以拉丁字母开头，后接字母、数字、- 或 _）
# en: b0d54919
imp-foreign-message = 无法导入“{ $id }”的文本：列表自带文本的 ID 必须以“{ $prefix }”开头
# en: 0de5f502
imp-unknown-message = 没有 ID 为“{ $id }”的文本：请在此条目中提供文本，或删除该消息
# en: 4800f77d
imp-multi-line = 必须为单行
# en: a33d55a7
imp-placeable = “{ $found }”看起来像 Fluent 占位符；列表文本是纯文本，不能使用变量
# en: 2f578071
imp-duplicate = 与 { $first } 处的条目重复
# en: 2ab9d1b9
imp-phrase-clash = 同一原因短语已在 { $first } 处列于响应码 { $code } 下；用于两个响应码的原因短语需要在每个条目中分别给出说明
# en: d24454c1
imp-mismatch = 与 { $first } 处的值不同

## sipkb import：报告。
# en: aed68dc1
imp-vendor-new = { $slug }（{ $name }）：新列表；新增 { $added } 条
# en: c18e7ec9
imp-vendor = { $slug }（{ $name }）：新增 { $added } 条，修改 { $changed } 条，未变 { $unchanged } 条，删除 { $removed } 条
# en: 2a611078
imp-more-entries = 还有 { $count } 个条目（见 --json）
# en: 7ea0d157
imp-file = { $file }：读取 { $rows } 个条目，SHA-256 { $sha }…
# en: bca399da
imp-dry-run = 试运行：未写入任何内容。
# en: b645ae1a
imp-no-changes = 没有变化：数据库中已有这些列表，内容完全相同。
# en: 3c04c4d3
imp-applied = 更改已写入。
# en: 8b54a34a
imp-nothing-written = 未写入任何内容。
# en: c3150afb
imp-more-problems = 另有 { $count } 个问题未显示
# en: 119cb492
imp-refused = 共 { $count } 个问题；未写入任何内容（请修正，或使用 --skip-invalid 导入有效条目）

## sipkb export、sources、remove、restore。
# en: 578dc090
err-one-vendor = 一个 TOML 列表只包含一个厂商：请指定厂商，或导出为 CSV 或 JSON
# en: 62b89895
err-export-format = “{ $format }”不是导出格式（toml、csv、json 或 ftl）
# en: 70166f78
err-export-ui-format = “{ $format }”不是界面文本导出格式（json、ftl 或 po）
# en: f7a4093e
col-id = #
# en: 5314f936
col-when = 时间（UTC）
# en: 0c826589
col-action = 操作
# en: a4d9a029
col-counts = +新增 ~修改 =未变 -删除 !无效
# en: 8a9658b5
col-sha = SHA-256
# en: 57912439
col-source = 来源 [厂商]
# en: c9d5536a
action-import = 导入
# en: 0f81efbf
action-remove = 删除
# en: f04e0833
action-restore = 恢复
# en: 3fd4ed20
app-removed = { $slug }：列表已删除（{ $count } 个条目）。
# en: 122effc5
app-restored = 已从此程序重新加载内置列表：{ $slugs }。

## sipkb search
# en: c869b5f0
search-canonical = 标准含义
# en: 23f0de3a
search-none = 未找到与“{ $query }”相关的结果。

## sipkb doctor
# en: fc48e9ec
doctor-database = 数据库：{ $path }（{ $origin }）
# en: 7cfbbb6e
db-origin-flag = 由 --db 指定
# en: 8484efc4
db-origin-env = 由 SIPKB_DB 指定
# en: 9ed91232
db-origin-default = 默认位置
# en: acfb5452
cli-no-data-dir = 此平台没有已知的数据目录；请使用 --db 路径
# en: e790170a
cli-hint-vendors = 参见 sipkb vendors
# en: 7dbafa20
cli-hint-one-vendor = 请使用 --vendor 厂商，或 --format csv 或 json
# en: fe61bbe6
cli-hint-other-db = 请用 --db 路径 指定其他数据库
# en: 5db0eb59
doctor-schema-current = 数据库结构版本：{ $version }（最新）
# en: fae2368d
doctor-schema-other = 数据库结构版本：{ $version }（此版本 sipkb 写入的是版本 { $supported }）
# en: c8f17cc1
doctor-integrity-ok = 数据库完整性：正常
# en: 52ce47d5
doctor-integrity-bad = 数据库完整性：已损坏。请从备份恢复该文件，或导出列表后导入到新数据库。
# en: 3a7c64a8
doctor-index-ok = 搜索索引：正常
# en: 5c3f6c83
doctor-index-bad = 搜索索引已损坏，explain 和 search 可能漏掉条目。请导出列表后导入到新数据库。
# en: ecc1d675
doctor-index-skipped = 搜索索引：未检查（数据库以只读方式打开）
# en: 69ab76c5
doctor-counts = 内容：{ $codes } 个标准响应码，{ $vendors } 个厂商列表，{ $variants } 个变体，来源日志中 { $imports } 条记录
# en: 38f5e9ab
doctor-coverage = 译文覆盖情况（在该语言中有标题或摘要的变体）：
# en: e411dbfa
doctor-coverage-builtin = 内置列表
# en: a5ab801d
doctor-coverage-imported = 导入的列表
# en: b71136eb
doctor-missing = 在某些语言中缺少标题和摘要的变体（这些部分会改用其他语言显示）：
# en: 037adbd8
doctor-missing-locales = 缺少以下语言的标题和摘要：{ $locales }
# en: 5d3ec1f5
doctor-unregistered = 使用未注册 SIP 响应码的变体（协议栈按其类别的 x00 处理）：
# en: cb64c1d4
doctor-conflicts = 在不同厂商处表示不同 SIP 响应码的原因短语：
# en: 587d89db
doctor-conflict = “{ $phrase }”：{ $entries }
# en: f8ee3dd0
doctor-info-item = { $item }（内置数据，已知且已审核）
# en: 32f663f9
doctor-none = 无
# en: 040cb387
doctor-more = 另有 { $count } 项未显示
# en: 7557050e
doctor-healthy = 状态良好：没有需要处理的问题。
# en: 358e0fd1
doctor-attention = 有 { $count } 项需要处理（标有“!”）。

## The command line: sipkb --help, each command's help, sipkb man and the completions'
## descriptions (option and command names stay as typed), and clap's errors.
# en: cb5a21ef
cli-usage = 用法
# en: 23533ef8
cli-heading-commands = 命令
# en: 2afd0da3
cli-heading-arguments = 参数
# en: 6ca4abb9
cli-heading-options = 选项
# en: 0ea39155
cli-placeholder-options = 选项
# en: fc4bfefd
cli-placeholder-command = 命令
# en: b77ebeb6
cli-default = （默认：{ $value }）
# en: 5c774c6d
cli-possible = （可选值：{ $values }）
# en: 22601124
cli-man-name = 名称
# en: 16bfe3b6
cli-man-synopsis = 概要
# en: 99703047
cli-man-description = 描述
# en: ab181b67
cli-man-version = 版本
# en: 4f473fe6
cli-about = SIP 响应的含义、产生原因和处理方法：离线解释 SIP 响应码、厂商的原因短语和 Q.850 原因值，提供英文、俄文和中文
# en: 86a73846
cli-cmd-explain = 解释状态行、响应码、设备状态码或原因短语（参数为 - 时从标准输入逐行读取）
# en: a5ad4c69
cli-cmd-list = 列出标准响应码、厂商变体或 Q.850 原因值
# en: b318cd13
cli-cmd-search = 在三种语言的原因短语、厂商名称和解释中搜索
# en: 4b9451ab
cli-cmd-scan = 解释日志（文本或 .gz）和抓包文件（pcap、pcapng）中的每个 SIP 失败响应
# en: bac63aa4
cli-cmd-serve = 通过 HTTP 提供 JSON API（默认只监听本机回环地址）；--lang 设定未指明语言的请求所得回答的语言
# en: bb0e0afd
cli-cmd-vendors = 列出厂商及各自的变体数
# en: b057cd56
cli-cmd-import = 导入厂商列表（TOML、CSV、JSON Lines）并显示改动；在一个事务中完成
# en: 4b81c05b
cli-cmd-export = 将列表导出为 TOML、CSV 或 JSON（可原样导回），或将文本导出为 FTL
# en: 5d8eb4bb
cli-cmd-sources = 显示来源日志：每次导入、删除和恢复
# en: 2aebb3ff
cli-cmd-remove = 删除某个厂商的列表
# en: f6a7b3cc
cli-cmd-restore = 从本程序自带的数据重新加载内置列表
# en: a8fff3f1
cli-cmd-doctor = 检查数据库：完整性、数量、翻译覆盖率和冲突
# en: 16d3d02d
cli-cmd-completions = 输出命令行外壳的补全脚本（bash、zsh、fish、elvish、powershell）
# en: ce72f68b
cli-cmd-man = 输出 man 手册页（roff 格式，sipkb.1）
# en: d5a7f98d
cli-cmd-help = 显示本帮助或指定命令的帮助
# en: 1ae2da49
cli-arg-help = 显示帮助
# en: 3a38ade5
cli-arg-version = 显示版本
# en: 57c7f366
cli-arg-help-subcommand = 显示指定命令的帮助
# en: de558fd5
cli-arg-db = 数据库文件（默认：平台的数据目录；环境变量 SIPKB_DB）
# en: 87512089
cli-arg-lang = 文本语言：en、ru 或 zh（也接受 ru-RU、zh_TW.UTF-8 等）（默认：取自 LC_ALL、LC_MESSAGES、LANG）
# en: a6ee4147
cli-arg-explain-inputs = 状态行（SIP/2.0 403 Wrong Guess）、响应码（486）、设备状态码（0x751）或原因短语（No money left）；参数为 - 时从标准输入逐行读取
# en: 2996b9c4
cli-arg-explain-json = 每个输入输出一个 JSON 对象（JSON Lines）
# en: ca4ec907
cli-arg-explain-vendor = 优先列出该厂商的变体
# en: 46fc126f
cli-arg-explain-brief = 只显示结论、输入的匹配方式和分诊要点（文本输出）
# en: 504216ad
cli-arg-explain-full = 显示全部：在要点之后完整列出每个条目，包括原因、确认方法和平台提示（文本输出）
# en: b47482ac
cli-arg-list-class = 只列出该类：1xx … 6xx
# en: be8424d6
cli-arg-list-category = 只列出该类别
# en: fef1d3b6
cli-arg-list-vendor = 列出该厂商的变体，而不是标准响应码
# en: b361a2bb
cli-arg-list-variants = 列出所有厂商的变体，而不是标准响应码
# en: f1290b5e
cli-arg-list-q850 = 列出 ITU-T Q.850 原因值及其 RFC 3398 SIP 映射
# en: 642e39f5
cli-arg-list-json = 输出 JSON 数组
# en: 547450d6
cli-arg-search-text = 要在原因短语、设备状态码、厂商名称和解释中查找的词（en、ru、zh 均可；中文词无需空格，俄文词可用任何词形）
# en: b95cb59d
cli-arg-search-vendor = 只查该厂商的变体
# en: a7850d5f
cli-arg-search-limit = 最多显示的结果数
# en: 6e8a7f7f
cli-arg-search-json = 输出结果的 JSON 数组（kind、code、vendor、vendor_code、phrase、matched、matched_locale、score）
# en: 9aece661
cli-arg-scan-files = 日志（文本或 .gz）或抓包文件（pcap、pcapng）；为 - 或省略时读取标准输入
# en: 2275969c
cli-arg-scan-all = 列出所有响应，而不只是失败响应（1xx–3xx 另列一表）
# en: 8800d68b
cli-arg-scan-json = 输出一个 JSON 报告对象（字段见 README）
# en: 18d4e19e
cli-arg-scan-sightings = 同时逐行列出每一处发现：位置、打印形式以及识别它的模式
# en: 1c5fc453
cli-arg-serve-max-connections = 最多同时打开的连接数（默认：打开文件数上限所允许的数量，最多 4096）
# en: a30557f6
cli-arg-serve-workers = 同时处理的查询数；其余的在有限长度的队列中等待，队列满时返回 503（默认：每个 CPU 核一个）
# en: b4b08b55
cli-value-n = 数量
# en: 596324c6
cli-arg-serve-addr = 监听地址（端口为 0 时任选空闲端口；首先输出实际地址）
# en: 76edb20b
cli-arg-serve-cors = 只允许来自该源的跨域请求（默认不允许）
# en: 8db309bf
cli-arg-vendors-json = 输出厂商的 JSON 数组（slug、name、note、builtin、variants）
# en: 9def5e85
cli-arg-import-files = 列表文件：.toml、.csv（逗号、分号或制表符分隔；有无 BOM 均可）、.jsonl；为 - 时读取标准输入
# en: 10ee4cc0
cli-arg-import-format = 文件格式（不按扩展名判断）：toml、csv 或 json
# en: 76ca9553
cli-arg-import-dry-run = 只显示将发生的改动，不写入任何内容
# en: 789e5dea
cli-arg-import-replace = 使每个厂商的列表与文件完全一致：删除文件中没有的条目和文本
# en: 9cfbcbf9
cli-arg-import-skip-invalid = 应用有效条目并列出被拒绝的条目（默认：只要有一条无效就不写入任何内容）
# en: 23c95746
cli-arg-import-json = 以 JSON 输出报告
# en: 1cee63c9
cli-arg-export-vendor = 只导出该厂商的列表（有多个厂商时导出 toml 必须指定）
# en: accc1b54
cli-arg-export-ui = 以稳定的 ID 导出每个响应码和变体面向用户的提示和标题，供应用程序使用，语言由 --lang 指定：--format json、ftl 或 po
# en: aa2051b4
cli-arg-export-format = toml、csv 或 json（可原样导回的列表）、ftl（--lang 所指语言的文本，Fluent 文件），或 table（供分析引擎使用，每个代码和厂商条目一行，文本为 --lang 列表中的每种语言，如 en,ru,zh；CSV，-o 以 .parquet 结尾时为 Parquet）
# en: 24466dd3
cli-arg-export-output = 写入该文件而不是标准输出
# en: a9f6cb13
cli-arg-sources-json = 输出 JSON 数组
# en: afb92a95
cli-arg-remove-vendor = 要删除其列表的厂商（内置列表只能通过 sipkb restore 恢复）
# en: 98414604
cli-arg-restore-vendor = 只恢复该内置列表
# en: c4cf8a87
cli-arg-doctor-json = 以 JSON 对象输出报告
# en: 43659d2a
cli-arg-completions-shell = 要为其生成补全脚本的命令行外壳
# en: 3c17008d
cli-value-path = 路径
# en: 73341f67
cli-value-lang = 语言
# en: 9e95eba7
cli-value-input = 输入
# en: f11827bf
cli-value-slug = 厂商
# en: 191cac78
cli-value-format = 格式
# en: 0a890060
cli-value-file = 文件
# en: 49fb9348
cli-value-files = 文件
# en: ae7bb710
cli-value-class = 类
# en: 252e9c9d
cli-value-category = 类别
# en: a831bc1c
cli-value-addr = 地址
# en: 7212984e
cli-value-origin = 源
# en: 4f5ba926
cli-value-text = 文本
# en: 4f2f6e10
cli-value-limit = 数量
# en: a8ae27ee
cli-value-shell = 外壳
# en: 8b7b4d27
cli-value-command = 命令
# en: 99e32b3d
cli-err-see-help = （参见 { $command } --help）
# en: 8aa59632
cli-err-suggest = ；是否想输入“{ $what }”？
# en: d372ed33
cli-err-valid = ；可选值：{ $values }
# en: 02f37f5c
cli-err-unknown-argument = 未知参数“{ $arg }”
# en: eaf841da
cli-err-unknown-command = 未知命令“{ $command }”
# en: cf3145e5
cli-err-no-value = { $arg } 需要一个值
# en: d10924ce
cli-err-invalid-value = { $arg } 的值“{ $value }”无效
# en: 872e14e9
cli-err-no-equals = { $arg } 的值须写在“=”之后
# en: 1dc078e6
cli-err-too-many-values = { $arg } 多出了值“{ $value }”
# en: 97541633
cli-err-value-count = { $arg } 需要 { $expected } 个值，实际给出 { $actual } 个
# en: f8f84a95
cli-err-conflict = { $arg } 不能与 { $other } 同时使用
# en: c4b46289
cli-err-missing = 缺少必需的参数：{ $arg }
# en: 88d8f8ea
cli-err-no-command = 需要指定命令
# en: c67fd1cb
cli-err-utf8 = 有参数不是有效的 UTF-8
# en: 22cef324
cli-err-other = 命令行无效

## sipkb scan
# en: bcb78209
scan-file-log = { $file }：{ $lines } 行
# en: c11e9d90
scan-file-capture = { $file }：{ $packets } 个数据包
# en: f9fbaa31
scan-packet = 第 { $n } 个数据包
# en: 73d793c3
scan-failures = 失败（4xx–6xx 响应、失败原因、临时响应中的提前失败），按出现次数从多到少：
# en: 53b43a31
scan-no-failures = 未发现失败（4xx–6xx 响应或失败原因）。
# en: 039cc656
scan-tally = 共发现 SIP 响应 { $total } 条
# en: e56670a1
scan-others = 其他响应（1xx–3xx）：
# en: 7eb6e04c
scan-times = { $count } 次
# en: 17e0fb42
scan-seen = 首次出现：{ $first }，最后一次：{ $last }
# en: 316bbca3
scan-seen-once = 出现于 { $at }
# en: d9c3cd09
scan-reasons = Reason 头域（RFC 3326）：
# en: 1d7c2e1a
scan-warnings = Warning 头域（RFC 3261 §20.43）：
# en: 79e872c2
scan-maps-to = 对应 SIP 响应 { $response }
# en: ee0a16aa
scan-cause = Q.850 原因值 { $cause }
# en: fd216fa3
scan-sighting = { $kind }，识别模式：{ $via }
# en: 8c79b85b
sighting-status-line = 状态行
# en: b068cb7c
sighting-method-status = 方法与状态码
# en: 295e4746
sighting-product-phrase = 产品日志措辞
# en: dd1356c3
sighting-hangup-cause = 挂机原因
# en: 02286e18
sighting-cdr-field = 话单字段
# en: ddd17528
scan-early-failure = 临时响应携带了失败原因：在最终响应到达之前呼叫就已失败，主叫可能先听到回铃音或早期媒体，随后中断。
# en: 2bee7b89
scan-log-lines-only = 这里只有日志行：同一批呼叫的完整 SIP 跟踪或抓包能显示每个呼叫的消息、时序和发送方。

## sipkb serve: HTTP errors
# en: 7f33dcaa
http-not-found = 没有这个页面或 API 路由：{ $path }
# en: caa03d55
http-method = 此路由不接受该 HTTP 方法。
# en: 4d418ef3
http-too-large = 请求体过大：最多 { $max } KiB。
# en: 191462ef
http-uri-too-long = 请求 URL 过长：最多 { $max } 字节。
# en: a2681575
http-media-type = 请以 text/plain 格式发送日志。
# en: 7c276f7a
http-bad-request = 请求格式错误。
# en: 3fbd330a
http-bad-query = 查询字符串有误：百分号编码错误或不是 UTF-8。
# en: 1451f4ef
http-bad-utf8 = 请求体不是有效的 UTF-8 文本。
# en: 73e73bb6
http-timeout = 请求耗时过长，已被中止。
# en: 0f257e67
http-internal = 服务器内部错误。
# en: 8c7caa5a
http-missing-param = 缺少必需参数“{ $name }”。
# en: 3d1c0df1
http-bad-code = “{ $code }”不是 SIP 响应码（三位数字，100 到 699）。
# en: e986fba7
http-unknown-code = { $code } 不在 IANA 的 SIP 响应码注册表中。
# en: f7e2a95a
http-bad-class = “{ $class }”不是响应类别（1 到 6，或 1xx 到 6xx）。
# en: d944d800
http-bad-limit = limit 必须是 1 到 1000 之间的数字。

## sipkb serve: the web page
# en: 2f227e0e
web-input = 状态行、响应码、原因短语或粘贴的日志
# en: cf0a110c
web-placeholder = SIP/2.0 480 No money left
# en: 3ecef857
web-explain = 解释
# en: d208dabf
web-causes = 可能原因
# en: 8491d9e8
web-actions = 处理建议
# en: 87202a84
web-ui = 告知主叫用户的提示
# en: 10478aa2
web-category = 类别
# en: 41482a77
web-canonical = 标准含义
# en: 9108505e
web-retry = 重试
# en: a51008cf
web-side = 处理方
# en: 80590ca9
web-impact = 主叫感受到的现象
# en: e6287c75
web-confirm = 如何确认
# en: 1d131afa
web-warning = 警告
# en: 3807b0d4
web-no-failures = 此日志中没有失败响应（4xx–6xx）。
# en: 2ea7d87a
web-no-sightings = 此日志中未发现任何 SIP 结果：没有状态行、挂机原因、话单字段，也没有 sipkb 能识别的产品日志措辞。
# en: 2e229bba
web-log-gone = 粘贴的日志只保存在此标签页的历史记录中，不包含在网址里。请在上方重新粘贴后再扫描。
# en: bf90e1e2
web-col-code = 响应码
# en: e2a6f2ee
web-col-phrase = 原因短语
# en: 9111317a
web-col-count = 次数
# en: 5121f8f7
web-col-meaning = 含义
# en: 9f99cf15
web-title = sipkb — SIP 故障参考
# en: 819f2ae8
web-nav = 栏目
# en: 1da92aef
web-nav-explain = 解释
# en: ca8d9c34
web-language = 语言
# en: 3b59cdf6
web-keys = 按 Enter 解释单行；粘贴的日志按 Ctrl+Enter 解释。
# en: 1926c4a0
web-examples = 试试：
# en: c85e8d18
web-suggestions = 建议
# en: 53ad1639
web-failed = 请求失败：服务器没有响应。
# en: 56fc42e5
web-note-info = 匹配方式：
# en: c0ff501a
web-note-warning = 注意：
# en: 331f1b0b
web-related = 没有完全匹配的条目，相关条目：
# en: d3d3a3f7
web-triage = 初步判断
# en: 6e95e59f
web-q850 = Q.850 原因值
# en: c581a10e
web-escalate = 升级处理
# en: 8fd2f2ac
web-reading = 原因短语提示的含义
# en: 45544a38
web-also = 另见
# en: d2faa8cc
web-copy-link = 复制链接
# en: f50255af
web-copy-caller = 复制给主叫的话术
# en: f8c246c5
web-copy-ticket = 复制为工单备注
# en: ae28c055
web-copied = 已复制。
# en: 32753a76
web-copy-failed = 无法复制：请选中文本手动复制。
# en: 19086562
web-ticket-line = 原始行
# en: e70873fa
web-ticket-meaning = 含义
# en: 7e190a2e
web-ticket-next = 后续步骤
# en: 431e7503
web-depth = 详细信息
# en: 700eb5f6
web-details = 详情：概述、原因、如何确认
# en: 04399415
web-hints = 各平台提示
# en: 155f9ec2
web-rfc = 定义于
# en: 573eaa9d
web-other-vendors = 其他厂商的解释
# en: 38b7e6bf
web-headers = Reason 和 Warning 头域
# en: e585651c
web-notes = 备注
# en: 6bc9a210
web-sighting = 出现形式
# en: 78d859f9
web-log-title = 粘贴日志中的失败响应
# en: 81a921dd
web-line = 行
# en: 5cec997d
web-col-lines = 首次 / 末次
# en: 3b626a90
web-col-side = 由谁处理
# en: 777916f4
web-col-action = 第一步
# en: a9554e96
web-col-seen = 出现形式
# en: 39ec49d4
web-calls = 呼叫
# en: 9dc2f21c
web-col-call = Call-ID
# en: f730d3bf
web-col-from = 主叫 → 被叫
# en: ca0d30d0
web-col-outcome = 结果
# en: a273c6d1
web-col-final = 最终响应
# en: 09192de1
web-browse = 浏览
# en: be7d4d34
web-browse-codes = SIP 响应码
# en: 0cb6e577
web-browse-vendors = 厂商
# en: 7a152fe7
web-browse-q850 = Q.850 原因值
# en: 0ab01def
web-filter = 筛选
# en: f5c0c147
web-shown = 显示
# en: fca631b8
web-col-reason = 原因短语
# en: 754c54f4
web-col-vendor = 厂商
# en: 67183a3a
web-col-entries = 条目数
# en: 17d1fee7
web-col-about = 列表说明
# en: 9a1daa51
web-col-cause = 原因值
# en: a61ea5a4
web-col-sip = SIP
# en: 133665fa
web-col-names = FreeSWITCH 和 Asterisk 中的名称
# en: 5b77d14e
web-col-response = 响应

## 问题 #20：限制、损坏的数据库和抓包文件、只读数据库
# en: a9f2c147
imp-refused-unreadable = 无法将 { $file } 作为列表文件读取；未写入任何内容（--skip-invalid 只跳过无效条目，不跳过无法解析的文件）
# en: 110746b0
err-db-bad-version = { $path }：sipkb 不会写入架构版本 { $found }：该文件被其他程序修改过（请恢复副本，或新建数据库）
# en: c04d5441
err-db-damaged = { $path }：数据库已损坏（{ $detail }）；未写入任何内容。请运行 sipkb doctor，然后恢复副本或新建数据库
# en: 4a85b1c3
err-db-malformed = 数据库已损坏：SQLite 无法读取其中一部分（{ $reason }）。请运行 sipkb doctor，然后恢复副本或新建数据库
# en: 71c316a8
app-warning = 警告
# en: 92d86367
app-notice = 注意
# en: 08374d0c
db-damaged = { $path }：数据库已损坏（{ $detail }）：回答可能不完整，且不会向其写入任何内容。请运行 sipkb doctor
# en: 68076ed9
db-read-only = { $path }：按原样以只读方式打开（{ $reason }）；内置列表未更新
# en: f9dad910
scan-capture-damaged = { $file }：抓包文件在第 { $offset } 字节处损坏：只读取了此前的内容（{ $packets } 个数据包）
# en: 69996f81
scan-more = 另有 { $count } 条不同的条目：已计数，未列出（只解释出现最多的 { $max } 条）
# en: e01564bd
err-cancelled = 工作在完成前已被取消
# en: 2fbd57b4
http-busy = 服务器繁忙：请在 { $seconds } 秒后重试。
# en: 68a2b306
http-head-too-large = 请求头域过大：最多 { $max } KiB。
# en: 4faf5d3a
serve-log-connections = 已达到连接上限（{ $max }）：为腾出位置关闭了 { $closed } 个空闲连接；新连接等待已有连接结束 { $held } 次
# en: 5aecbe84
serve-log-accept = 有 { $count } 个连接无法接受：{ $reason }
# en: 4af1bcac
serve-log-shed = 工作队列已满：{ $count } 个请求收到带 Retry-After 的 503 响应（{ $workers } 个工作线程）

## sipkb enrich（issue #23）：stderr 上的汇总，以及导致处理停止的问题
# en: d927032d
enrich-summary = 行数：{ $rows } · 已补充：{ $enriched } · 无法识别：{ $unread } · 格式错误、原样输出：{ $invalid } · 解析的不同结果：{ $distinct }
# en: f2f268a8
enrich-failures = 失败呼叫（4xx–6xx，或对应失败响应的原因值）：{ $count }
# en: e1db91dd
enrich-by-category = 按类别
# en: 7f67b583
enrich-by-side = 按责任方
# en: b0b4e366
enrich-by-retry = 按重试建议
# en: 3a8e8397
enrich-top = 最常见的失败
# en: 57fe1f25
enrich-unread-values = sipkb 无法识别的值
# en: 0d1012c0
enrich-no-value = （该行既无响应码也无原因值）
# en: aeafbe4e
enrich-skipped = 原样输出的格式错误行：{ $count }
# en: 95409e8f
enrich-hint-skip = 使用 --skip-invalid 可让这类行原样输出并计数
# en: 69f2cdfd
enrich-err-format = “{ $format }”不是呼叫记录格式（csv 或 jsonl）
# en: 73ff4e3e
enrich-err-unreadable = 无法读取：{ $reason }
# en: 0114490f
enrich-err-empty = 文件为空，连表头行都没有
# en: 31e2dcc0
enrich-err-no-column = 没有任何列包含 SIP 响应码或挂机原因；现有列：{ $found }（请用 --code-column、--phrase-column 或 --cause-column 指定）
# en: 654d9a94
enrich-err-no-such-column = --{ $option }-column { $column }：没有这一列；现有列：{ $found }
# en: 4c188f66
enrich-err-enriched = 已存在列 { $column }：该文件之前已补充过
# en: c1568a86
enrich-err-header = 表头与 { $first } 的不同；请分开处理这类文件
# en: b5ffc356
enrich-err-fields = 该行有 { $found } 个字段，表头有 { $expected } 个
# en: e0d02d38
enrich-err-utf8 = { $column }：不是有效的 UTF-8
# en: d261c810
enrich-err-utf8-line = 该行不是有效的 UTF-8
# en: 3c2796ea
enrich-err-too-long = 该行超过 { $max } 字节（很可能有引号未闭合）
# en: d27193aa
enrich-err-quote = 该行中以引号开始的字段一直没有闭合
# en: 4198dce3
enrich-err-json = 不是 JSON 对象：{ $detail }
# en: 558d09dd
err-export-no-parquet = 此 sipkb 构建不支持 Parquet（请用 cargo build --release --features parquet 构建）；-o FILE.csv 可将同一张表写成 CSV
# en: 541430c4
err-export-table-lang = “{ $lang }”不是 sipkb 支持的语言（en、ru、zh）

# 随 enrich（issue #23）和呼叫分析（issue #21）新增的命令。
# en: 1455cf24
cli-cmd-enrich = 为通话记录（CDR：CSV 或 JSON Lines）的每一行流式添加 sipkb 的解答
# en: 010a087d
cli-cmd-normalize = 将短语（每行一个）规范化为表的连接键（phrase_norm；加 --simple 则为 phrase_key）
# en: bca4e8f0
cli-arg-enrich-files = 通话记录（带表头行的 CSV 或 JSON Lines）；“-”或不指定则读取标准输入
# en: 54de6bb3
cli-arg-enrich-format = csv 或 jsonl [默认：按输入的第一个字节判断：“{"{"}”为 JSON Lines]
# en: e0e1921c
cli-arg-enrich-output = 写入该文件而不是标准输出（要么完整写入，要么不写）
# en: 8a86d9da
cli-arg-enrich-code-column = 存放 SIP 状态码的列 [默认：按列名查找，例如 sip_term_status、sip_code]
# en: 248258f7
cli-arg-enrich-phrase-column = 存放原因短语的列 [默认：状态码列旁边的列]
# en: 5ce9ca0a
cli-arg-enrich-cause-column = 存放挂机原因的列：Q.850 原因值或 FreeSWITCH/Asterisk 名称 [默认：按列名查找，例如 hangup_cause、hangupcause]
# en: b1503408
cli-arg-enrich-skip-invalid = 格式错误的行原样输出（新增列为空）并计数
# en: fa4e9c12
cli-arg-enrich-summary-json = 同时将汇总以 JSON 写入该文件
# en: a575b0cd
cli-arg-normalize-files = 短语文件，每行一个；“-”或不指定则读取标准输入
# en: a3d7999c
cli-arg-normalize-simple = 输出简单键（phrase_key：ASCII 小写，空白合并）而不是 sipkb 的规范形式（phrase_norm）
# en: 7bd8a35b
cli-arg-scan-call = 只显示该 Call-ID 的呼叫（或注册），完整显示每条消息
# en: a4e092f4
cli-arg-scan-no-calls = 只统计并解释发现项，不从完整消息重建呼叫（在密集的 SIP 跟踪上快数倍）
# en: abf632c9
cli-value-name = 名称
# en: 05fbbb4c
cli-value-id = ID
