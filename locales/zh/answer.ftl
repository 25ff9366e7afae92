# 答案开头（issue #19）：输入如何匹配、向谁升级、谁发送了响应，以及未知短语的用词说明了什么。

# en: f9b5989e
note-standard = 标准响应 { $code } { $reason }：含义取自注册表。
# en: 06f35413
note-vendor = { $lists ->
    [1] 在“{ $vendor }”列表中找到：这是该列表的解读，而非代码的标准含义。
   *[other] 有 { $lists } 个列表收录此短语；先列出“{ $vendor }”列表的解读，而非代码的标准含义。
}
# en: daee6397
note-fuzzy = 无精确匹配：“{ $phrase }”按“{ $known }”解读（相似度 { $percent }%）。
# en: f622f4ff
note-unknown-phrase = 任何列表都没有“{ $phrase }”：下面给出 { $code } 的标准含义。
# en: c968a5c3
note-unknown-phrase-read = 任何列表都没有“{ $phrase }”：下面给出 { $code } 的标准含义，以及该短语用词所指向的问题。
# en: ae164510
note-cause = Q.850 原因值 { $value }：网关对其回复 SIP { $code }（RFC 3398 §7.2.4.1）。
# en: fbe9aea4
note-cause-no-sip = Q.850 原因值 { $value }：RFC 3398 未给出对应的 SIP 响应。
# en: 059629cf
note-headers = 仅有头域行：下面逐一解释每个 Reason 和 Warning。
# en: fd40e1b5
note-related = 无精确匹配——相关条目：
# en: 1f15d627
also-glossed = { $vendor } 也有解读：{ $title }

# en: cc8d0828
escalate-caller = 在主叫侧修正：发出请求的设备、PBX 或中继配置。
# en: 50d939ab
escalate-callee = 无需升级：由被叫方决定；稍后再试或换其他方式联系。
# en: b04b0467
escalate-carrier = 向运营商 NOC 提交工单，附上 Call-ID、时间和主被叫号码。
# en: b8dc28b1
escalate-operator = 联系应答服务器的运营方，附上 Call-ID 和时间。
# en: c0f8534b
escalate-account = 联系运营商的计费或账户团队，或为账户充值。
# en: 420ee945
escalate-none = 无需升级：这不是故障。

# en: 715c9a7d
attribution-header = 发送方为 { $vendor }，见响应头域：{ $header }
# en: 822dd427
attribution-phrase = 发送方为 { $vendor }：其他列表中都没有此短语。
# en: 3555eaad
attribution-phrase-sender = 发送方为 { $vendor }（其他列表中都没有此短语）：{ $sender }

# en: d2e6633f
reading-head = 短语说明了什么
# en: 8e01bc68
reading-disagrees = 短语更能说明原因（{ $reading }）；代码 { $code } 说明协议如何处理（{ $category }）。
# en: 2b0d35f7
reading-confidence-low = 置信度低
# en: 8e3754d8
reading-confidence-medium = 置信度中
# en: 7617ea0d
reading-confidence-high = 置信度高

# The lead as terminal text.
# en: 6cafc602
lead-read-as = 识别为
# en: dd162612
lead-escalate = 升级处理
# en: aac22b7c
lead-caller = 给主叫的提示：“{ $line }”
# en: c05758e2
lead-more = 更多内容（原因、确认方法、各平台提示）：加上 --full
