"""Reports on 2008–2018, under the 2008 条例 (国务院令第492号) 第三十二条: free-form sections and an
optional 统计表 of indicators (from 2014 the national 政府信息公开情况统计表, 国办发〔2014〕32号)."""

from __future__ import annotations

from .model import Indicator, Section, Stated, Template

SECTIONS = (
    Section(1, "概述", (r"概述", r"总体情况", r"基本情况"), required=False),
    Section(2, "主动公开政府信息情况", (r"主动公开",), required=False),
    Section(3, "依申请公开政府信息情况", (r"依申请", r"申请公开", r"申请.{0,4}情况"), required=False),
    Section(4, "收费及减免情况", (r"收费及减免", r"收费.{0,3}减免"), required=False),
    Section(5, "因政府信息公开申请行政复议、提起行政诉讼情况", (r"行政复议", r"行政诉讼", r"申诉"), required=False),
    Section(6, "存在的主要问题及改进情况", (r"主要问题", r"改进"), required=False),
    Section(7, "其他需要报告的事项", (r"其他需要报告", r"附件", r"统计表"), required=False),
)

INDICATOR_TITLE = "政府信息公开情况统计表"
INDICATOR_HEADER = ("指标名称", "计量单位")
CUMULATIVE = "历年累计"

INDICATORS = (
    Indicator("主动公开政府信息数", "条"),
    Indicator("全文电子化率", "%"),
    Indicator("新公开规范性文件数", "条"),
    Indicator("收到申请数", "件"),
    Indicator("当面申请数", "件"),
    Indicator("传真申请数", "件"),
    Indicator("网络申请数", "件"),
    Indicator("信函申请数", "件"),
    Indicator("申请办结数", "件"),
    Indicator("按时办结数", "件"),
    Indicator("延期办结数", "件"),
    Indicator("同意公开答复数", "件"),
    Indicator("同意部分公开答复数", "件"),
    Indicator("不同意公开答复数", "件"),
    Indicator("实际收取的总金额", "万元"),
    Indicator("申请行政复议数", "件"),
    Indicator("提起行政诉讼数", "件"),
    Indicator("行政复议数", "件"),
    Indicator("行政诉讼数", "件"),
)

# Which 统计表 rows hold a quantity the prose may state (labels as printed, without their numbering).
STATED = (
    Stated("proactive", "主动公开数", label=r"主动公开(?:政府)?(?:信息|文件)总?数"),
    Stated("requests", "申请数", label=r"(?:受理|收到)(?:依申请公开信息|(?:政府信息公开)?申请)总?数"),
    Stated("answers", "答复数", label=r"对申请的答复总?数|申请办结数"),
    Stated("in_person", "当面申请数", label=r"当面申请数"),
    Stated("online", "网上申请数", label=r"网上申请数|网络申请数"),
    Stated("letter", "信函申请数", label=r"信函(?:、传真)?申请数"),
    Stated("fax", "传真申请数", label=r"传真申请数"),
    Stated("email", "电子邮件申请数", label=r"电子邮件申请数"),
    Stated("review", "行政复议数", label=r"(?:申请)?行政复议数"),
    Stated("litigation", "行政诉讼数", label=r"(?:提起)?行政诉讼数"),
)

TEMPLATE = Template(
    id="pre2019",
    name="政府信息公开情况统计表（2008–2018）",
    years=(2008, 2018),
    sections=SECTIONS,
    tables=(),
    indicators=INDICATORS,
    indicator_title=INDICATOR_TITLE,
    indicator_header=INDICATOR_HEADER,
    indicator_columns=("{year}年度", CUMULATIVE),
    # 指标名称 · 计量单位 · 2012年度 · 历年累计 in most regions; 统计指标 · 单位 · 统计数 on the national form of 2014;
    # 指标 (or 项目) · 单位 · 数量 in some, the short words standing apart as a header's cells do
    indicator_header_keys=(r"指标名称|统计指标|(?<![\u4e00-\u9fff])(?:指标|项目)(?=[\s|])", r"计量单位|单位"),
    indicator_column_keys=(
        r"(?:19|20)\d{2}\s*年度?",
        CUMULATIVE,
        r"累计",
        r"本年度?",
        r"上年度?",
        r"统计数",
        r"数量",
        r"数值",
    ),
    cumulative_key="累计",
    indicator_units=(
        "万元",
        "人次",
        "元",
        "条",
        "件",
        "个",
        "次",
        "项",
        "篇",
        "期",
        "人",
        "份",
        "场",
        "天",
        "家",
        "%",
        "批",
        "册",
    ),
    stated=STATED,
    source="国务院令第492号；国办发〔2014〕32号",
)
