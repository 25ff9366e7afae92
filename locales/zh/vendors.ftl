# 内置厂商列表的名称，按 slug 索引。

# en: 365e4498
vendor-ru-softswitch = 俄罗斯运营商软交换（技术支持整理的列表）
# en: debea257
vendor-gigaset = 西门子 / Gigaset IP 话机（手柄显示的状态码）
