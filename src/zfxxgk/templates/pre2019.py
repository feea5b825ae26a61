"""Reports on 2008–2018, under the 2008 条例 (国务院令第492号) 第三十二条: free-form sections and an
optional 统计表 of indicators (from 2014 the national 政府信息公开情况统计表, 国办发〔2014〕32号)."""

from __future__ import annotations

import re

from .model import Form, FormRow, Indicator, IndicatorSum, Section, Stated, Template

SECTIONS = (
    Section(1, "概述", (r"概述", r"总体情况", r"基本情况"), required=False),
    Section(2, "主动公开政府信息情况", (r"主动公开",), required=False),
    Section(3, "依申请公开政府信息情况", (r"依申请", r"申请公开", r"申请.{0,4}情况"), required=False),
    Section(4, "收费及减免情况", (r"收费及减免", r"收费.{0,3}减免"), required=False),
    Section(5, "因政府信息公开申请行政复议、提起行政诉讼情况", (r"行政复议", r"行政诉讼", r"申诉"), required=False),
    Section(6, "存在的主要问题及改进情况", (r"主要问题", r"改进"), required=False),
    Section(7, "其他需要报告的事项", (r"其他需要?报告(?:的?事项)?", r"附件", r"统计表"), required=False),
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

# The national form of 2014 (国办发〔2014〕32号), most reports' 统计表 of 2014–2018: rows as printed.
NATIONAL_FORM = Form(
    ("统计指标", "单位"),
    (("统计数",), ("统计数", "上年"), ("统计数", "历年累计"), ("本年", "上年")),  # 统计数 alone in most
    (
        FormRow("一、", "主动公开情况"),
        FormRow("（一）", "主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "条"),
        FormRow("其中：", "主动公开规范性文件数", "条"),
        FormRow("", "制发规范性文件总数", "件"),
        FormRow("（二）", "通过不同渠道和方式公开政府信息的情况"),
        FormRow("1．", "政府公报公开政府信息数", "条"),
        FormRow("2．", "政府网站公开政府信息数", "条"),
        FormRow("3．", "政务微博公开政府信息数", "条"),
        FormRow("4．", "政务微信公开政府信息数", "条"),
        FormRow("5．", "其他方式公开政府信息数", "条"),
        FormRow("二、", "回应解读情况"),
        FormRow("（一）", "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）", "次"),
        FormRow("（二）", "通过不同渠道和方式回应解读的情况"),
        FormRow("1．", "参加或举办新闻发布会总次数", "次"),
        FormRow("其中：", "主要负责同志参加新闻发布会次数", "次"),
        FormRow("2．", "政府网站在线访谈次数", "次"),
        FormRow("其中：", "主要负责同志参加政府网站在线访谈次数", "次"),
        FormRow("3．", "政策解读稿件发布数", "篇"),
        FormRow("4．", "微博微信回应事件数", "次"),
        FormRow("5．", "其他方式回应事件数", "次"),
        FormRow("三、", "依申请公开情况"),
        FormRow("（一）", "收到申请数", "件"),
        FormRow("1．", "当面申请数", "件"),
        FormRow("2．", "传真申请数", "件"),
        FormRow("3．", "网络申请数", "件"),
        FormRow("4．", "信函申请数", "件"),
        FormRow("（二）", "申请办结数", "件"),
        FormRow("1．", "按时办结数", "件"),
        FormRow("2．", "延期办结数", "件"),
        FormRow("（三）", "申请答复数", "件"),
        FormRow("1．", "属于已主动公开范围数", "件"),
        FormRow("2．", "同意公开答复数", "件"),
        FormRow("3．", "同意部分公开答复数", "件"),
        FormRow("4．", "不同意公开答复数", "件"),
        FormRow("其中：", "涉及国家秘密", "件"),
        FormRow("", "涉及商业秘密", "件"),
        FormRow("", "涉及个人隐私", "件"),
        FormRow("", "危及国家安全、公共安全、经济安全和社会稳定", "件"),
        FormRow("", "不是《条例》所指政府信息", "件"),
        FormRow("", "法律法规规定的其他情形", "件"),
        FormRow("5．", "不属于本行政机关公开数", "件"),
        FormRow("6．", "申请信息不存在数", "件"),
        FormRow("7．", "告知作出更改补充数", "件"),
        FormRow("8．", "告知通过其他途径办理数", "件"),
        FormRow("四、", "行政复议数量", "件"),
        FormRow("（一）", "维持具体行政行为数", "件"),
        FormRow("（二）", "被依法纠错数", "件"),
        FormRow("（三）", "其他情形数", "件"),
        FormRow("五、", "行政诉讼数量", "件"),
        FormRow("（一）", "维持具体行政行为或者驳回原告诉讼请求数", "件"),
        FormRow("（二）", "被依法纠错数", "件"),
        FormRow("（三）", "其他情形数", "件"),
        FormRow("六、", "举报投诉数量", "件"),
        FormRow("（一）", "维持具体行政行为数", "件"),
        FormRow("（二）", "被纠错数", "件"),
        FormRow("（三）", "其他情形数", "件"),
        FormRow("七、", "依申请公开信息收取的费用", "万元"),
        FormRow("八、", "机构建设和保障经费情况"),
        FormRow("（一）", "政府信息公开工作专门机构数", "个"),
        FormRow("（二）", "设置政府信息公开查阅点数", "个"),
        FormRow("（三）", "从事政府信息公开工作人员数", "人"),
        FormRow("1．", "专职人员数（不包括政府公报及政府网站工作人员数）", "人"),
        FormRow("2．", "兼职人员数", "人"),
        FormRow("（四）", "政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元"),
        FormRow("九、", "政府信息公开会议和培训情况"),
        FormRow("（一）", "召开政府信息公开工作会议或专题会议数", "次"),
        FormRow("（二）", "举办各类培训班数", "次"),
        FormRow("（三）", "接受培训人员数", "人次"),
    ),
    # each sum's parts are the first rows so labelled after its total (四, 五 and 六 share labels); a sum that
    # is a part of another is listed before it
    sums=(
        ("收到申请数", ("当面申请数", "传真申请数", "网络申请数", "信函申请数")),
        ("申请办结数", ("按时办结数", "延期办结数")),
        (
            "不同意公开答复数",
            (
                "涉及国家秘密",
                "涉及商业秘密",
                "涉及个人隐私",
                "危及国家安全、公共安全、经济安全和社会稳定",
                "不是《条例》所指政府信息",
                "法律法规规定的其他情形",
            ),
        ),
        (
            "申请答复数",
            (
                "属于已主动公开范围数",
                "同意公开答复数",
                "同意部分公开答复数",
                "不同意公开答复数",
                "不属于本行政机关公开数",
                "申请信息不存在数",
                "告知作出更改补充数",
                "告知通过其他途径办理数",
            ),
        ),
        ("行政复议数量", ("维持具体行政行为数", "被依法纠错数", "其他情形数")),
        ("行政诉讼数量", ("维持具体行政行为或者驳回原告诉讼请求数", "被依法纠错数", "其他情形数")),
        ("举报投诉数量", ("维持具体行政行为数", "被纠错数", "其他情形数")),
        ("从事政府信息公开工作人员数", ("专职人员数（不包括政府公报及政府网站工作人员数）", "兼职人员数")),
    ),
    since=2014,
)

# The labels, as printed without their numbering, of the rows of applications received and answered on
# the forms of the regions, and of the rows under each that break it down (by channel; by answer)
_REQUESTS = r"(?:受理|收到)(?:依申请公开信息|(?:政府信息公开)?申请)总?数"
_ANSWERS = r"对申请的答复总?数"
_CHANNELS = r"(?:当面|传真|电子邮件|网上|网络|信函(?:、传真)?|其[他它](?:形式|方式)?)申请数"
# … and those answered as the 2014 form names them where a region's form prints some of its kinds only
# (申请答复数, 其中：同意公开答复数、不予公开答复数、信息不存在数), with that form's kinds (as its sums list them)
_ANSWERED_ON_FORM = "申请答复数"
_ANSWERED = rf"{_ANSWERS}|{_ANSWERED_ON_FORM}"
_ANSWER_KINDS = "|".join(
    (
        r"(?:同意(?:部分)?|不予|否决|不同意)公开答复数|其[他它]类型答复数|信息不存在数",
        *map(re.escape, dict(NATIONAL_FORM.sums)[_ANSWERED_ON_FORM]),
    )
)

# The sums every form states: the channels add up to the applications received, the answers to those answered.
INDICATOR_SUMS = (IndicatorSum(_REQUESTS, _CHANNELS), IndicatorSum(_ANSWERED, _ANSWER_KINDS))

# The form that prints 申请行政复议数 and 提起行政诉讼数 prints 行政复议数 and 行政诉讼数 as other rows
_FULLER = r"申请行政复议数|提起行政诉讼数"

# Which 统计表 rows hold a quantity the prose may state (labels as printed, without their numbering).
STATED = (
    Stated("proactive", "主动公开数", label=r"主动公开(?:政府)?(?:信息|文件)总?数"),
    Stated("requests", "申请数", label=_REQUESTS),
    Stated("answers", "答复数", label=rf"{_ANSWERS}|申请办结数"),
    Stated("in_person", "当面申请数", label=r"当面申请数"),
    Stated("online", "网上申请数", label=r"网上申请数|网络申请数"),
    Stated("letter", "信函申请数", label=r"信函(?:、传真)?申请数"),
    Stated("fax", "传真申请数", label=r"传真申请数"),
    Stated("email", "电子邮件申请数", label=r"电子邮件申请数"),
    Stated("review", "行政复议数", label=r"(?:申请)?行政复议数量?", plain=(r"行政复议数", _FULLER)),
    Stated("litigation", "行政诉讼数", label=r"(?:提起)?行政诉讼数量?", plain=(r"行政诉讼数", _FULLER)),
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
    # 统计项目 (项目名称, 指标项目) · 计量单位 · 2012年度, or 指标 (or 项目) · 单位 · 数量 in some, the short words
    # standing apart as a header's cells do
    indicator_header_keys=(
        r"指标名称|统计指标|统计项目|项目名称|指标项目|(?<![\u4e00-\u9fff])(?:指标|项目)(?=[\s|])",
        r"计量单位|单位",
    ),
    indicator_column_keys=(
        # a year's column: a fold's break, or the space it became, inside its digits too (201 8年度)
        r"(?:1\s?9|2\s?0)\s?\d\s?\d\s*年度?",
        CUMULATIVE,
        r"累计",
        r"本年度?",
        r"上年度?",
        r"统计数",
        r"数量",
        r"数值",
    ),
    indicator_note_column=r"备注|说明",
    cumulative_key="累计",
    year_columns=("统计数", "本年", "本年度"),
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
    indicator_form=NATIONAL_FORM,
    indicator_sums=INDICATOR_SUMS,
    source="国务院令第492号；国办发〔2014〕32号",
)
