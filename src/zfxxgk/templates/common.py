"""Parts shared by the 2019 and 2021 formats: the six sections and the tables of sections 三 and 四."""

from __future__ import annotations

import re

from ..numbering import strip_numbering
from .model import CarryOver, Column, Identity, Row, Section, Stated, Table, carry_over_by_column

SECTIONS = (
    Section(
        1,
        "一、总体情况",
        (r"总体(?:工作)?(?:情况|概述)", r"基本情况", r"工作概况"),  # 一、基本情况, 一、工作概况, 一、总体工作情况
        content=(r"总体(?:工作)?情况|总体概述|概述|基本情况|工作概况",),
    ),
    Section(2, "二、主动公开政府信息情况", (r"主动公开(?:政府信息)?(?:工作)?(?:的)?情况",)),
    Section(
        3,
        "三、收到和处理政府信息公开申请情况",
        (
            r"收到和处理政府信息公开申请(?:的)?情况",
            r"收到和处理.{0,6}申请",
            r"受理和处理(?:.{0,6}申请|情况)",  # 受理和处理政府信息公开申请情况, 政府信息公开申请的受理和处理情况
            r"依申请公开(?:政府信息)?(?:工作)?(?:的)?情况",
        ),
    ),
    Section(
        4,
        "四、政府信息公开行政复议、行政诉讼情况",
        (r"行政复议[、和及与]?.{0,4}行政诉讼(?:的)?情况", r"被申请行政复议.{0,4}提起行政诉讼"),
    ),
    Section(
        5,
        "五、存在的主要问题及改进情况",
        # (存在的不足及改进措施, 问题与改进措施, 存在的困难和问题: the older reports' wordings; the longest of
        # those a heading holds is its title's end where its text runs on after it)
        (
            r"存在的?(?:主要)?(?:问题|不足|困难)(?:及|和|与)?(?:改进|整改)",
            r"主要问题及改进",
            r"问题(?:及|和|与)(?:改进|整改)",
            r"存在的?(?:主要)?(?:问题|不足|困难)",
        ),
        content=(r"(?:主要|存在的?)(?:问题|不足|困难)", r"改进|整改|下一步|措施"),
    ),
    Section(
        6,
        "六、其他需要报告的事项",
        (r"其他需要?报告的?事项",),
        content=(r"信息处理费|其他需要?报告",),
    ),
)

# The quantities of tables 三 and 四 the prose may state, and the cells that sum to each.
STATED = (
    Stated("requests", "本年新收申请", ("s3.received.total",), also=("s3.carried_in.total",)),
    Stated("carried_in", "上年结转申请", ("s3.carried_in.total",)),
    Stated("answers", "办理结果总计", ("s3.total.total",)),
    Stated("carried_forward", "结转下年度继续办理", ("s3.carried_forward.total",)),
    Stated("review", "行政复议总计", ("s4.review.total",)),
    Stated("litigation", "行政诉讼总计", ("s4.litigation_direct.total", "s4.litigation_after_review.total")),
)

ITEM_STUB = "信息内容"  # 二: the header of the label column of each 第二十条 table
APPLICANT_HEADER = "申请人情况"
APPLICANT_GROUP = "法人或其他组织"
S3_COLUMNS = (
    Column("natural_person", "自然人"),
    Column("commercial", "商业企业", group=APPLICANT_GROUP),
    Column("research", "科研机构", group=APPLICANT_GROUP),
    Column("social_welfare", "社会公益组织", group=APPLICANT_GROUP),
    Column("legal_service", "法律服务机构", group=APPLICANT_GROUP),
    Column("other_org", "其他", group=APPLICANT_GROUP),
    Column("total", "总计"),
)
APPLICANT_COLUMNS = tuple(c.id for c in S3_COLUMNS[:-1])

RESULTS = "三、本年度办理结果"
WITHHELD = "（三）不予公开"
UNAVAILABLE = "（四）无法提供"
NOT_PROCESSED = "（五）不予处理"
OTHER = "（六）其他处理"

S3_HEAD_ROWS = (
    Row("received", "一、本年新收政府信息公开申请数量", (r"本年新收",), "一"),
    Row("carried_in", "二、上年结转政府信息公开申请数量", (r"上年结转",), "二"),
    Row("granted", "（一）予以公开", (r"予以公开",), "（一）", RESULTS),
    Row(
        "partly_granted",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
        (r"部分公开",),
        "（二）",
        RESULTS,
    ),
    Row("withheld.state_secret", "1.属于国家秘密", (r"国家秘密",), "1", WITHHELD),
    Row("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开", (r"其他法律",), "2", WITHHELD),
    Row("withheld.security_stability", "3.危及“三安全一稳定”", (r"三安全一稳定", r"危及“?三安全"), "3", WITHHELD),
    Row("withheld.third_party", "4.保护第三方合法权益", (r"第三方合法权益", r"保护第三方"), "4", WITHHELD),
    Row("withheld.internal_affairs", "5.属于三类内部事务信息", (r"内部事务",), "5", WITHHELD),
    Row("withheld.process_info", "6.属于四类过程性信息", (r"过程性信息",), "6", WITHHELD),
    Row("withheld.enforcement_file", "7.属于行政执法案卷", (r"执法案卷",), "7", WITHHELD),
    Row("withheld.query_matter", "8.属于行政查询事项", (r"行政查询事项", r"查询事项"), "8", WITHHELD),
    Row("unavailable.not_held", "1.本机关不掌握相关政府信息", (r"不掌握",), "1", UNAVAILABLE),
    Row("unavailable.needs_creation", "2.没有现成信息需要另行制作", (r"没有现成", r"另行制作"), "2", UNAVAILABLE),
    Row("unavailable.unclear", "3.补正后申请内容仍不明确", (r"仍不明确", r"补正后申请"), "3", UNAVAILABLE),
    Row("not_processed.complaint", "1.信访举报投诉类申请", (r"信访举报", r"举报投诉"), "1", NOT_PROCESSED),
    Row("not_processed.duplicate", "2.重复申请", (r"重复申请",), "2", NOT_PROCESSED),
    Row("not_processed.publication", "3.要求提供公开出版物", (r"公开出版物",), "3", NOT_PROCESSED),
    Row("not_processed.excessive", "4.无正当理由大量反复申请", (r"大量反复",), "4", NOT_PROCESSED),
    Row(
        "not_processed.confirmation",
        "5.要求行政机关确认或重新出具已获取信息",
        (r"确认或重新", r"重新出具", r"要求行政机关确认"),
        "5",
        NOT_PROCESSED,
    ),
)
S3_TAIL_ROWS = (
    Row("total", "（七）总计", (r"（七）总计", r"^总计", r"(?<![结计])总计(?!金额)"), "（七）", RESULTS),
    Row("carried_forward", "四、结转下年度继续办理", (r"结转下年度", r"转下年度", r"结转下一年度"), "四"),
)
S3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"
S3_HEADER_KEYS = (r"勾稽关系", APPLICANT_HEADER, r"本年新收")


def s3_table(other_rows: tuple[Row, ...]) -> Table:
    return Table(
        "s3",
        3,
        "收到和处理政府信息公开申请情况",
        "s3",
        S3_HEAD_ROWS + other_rows + S3_TAIL_ROWS,
        S3_COLUMNS,
        header_keys=S3_HEADER_KEYS,
        note=S3_NOTE,
        span_header=APPLICANT_HEADER,
    )


S3_FLOW_ROWS = ("received", "carried_in", "total", "carried_forward")


def s3_outcomes(table: Table) -> tuple[str, ...]:
    """The outcome rows of a section 三 table: all but 新收, 上年结转, 总计 and 结转下年度."""
    return tuple(r.id for r in table.rows if r.id not in S3_FLOW_ROWS)


_TRAILING_NOTE = re.compile(r"[(（][^()（）]*[)）]$")


def s3_outcome_kinds(table: Table) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The kinds of outcome a report's prose speaks of (予以公开, 不予公开, …), each with its rows:
    an outcome row of its own, or the rows printed under one heading such as （三）不予公开."""
    kinds: dict[str, list[str]] = {}
    for rid in s3_outcomes(table):
        row = next(r for r in table.rows if r.id == rid)
        label = row.label if row.parent == RESULTS or not row.parent else row.parent
        name = _TRAILING_NOTE.sub("", strip_numbering(label))
        kinds.setdefault(name, []).append(rid)
    return tuple((k, tuple(v)) for k, v in kinds.items())


def s3_carry_over(table: Table) -> tuple[CarryOver, ...]:
    """What one year carries forward, the next carries in: 结转下年度继续办理 → 上年结转."""
    return carry_over_by_column(table, "carried_in", "carried_forward")


def s3_identities(table: Table) -> tuple[Identity, ...]:
    outcomes = s3_outcomes(table)
    return (
        Identity(
            "identity.row_total",
            "s3",
            "row",
            ("total",),
            APPLICANT_COLUMNS,
            "三：每一行的总计等于六类申请人之和",
        ),
        Identity(
            "identity.outcome_total",
            "s3",
            "column",
            ("total",),
            outcomes,
            "三：每一列的（七）总计等于各项办理结果之和",
        ),
        Identity(
            "identity.balance",
            "s3",
            "column",
            ("received", "carried_in"),
            ("total", "carried_forward"),
            "三：勾稽关系——第一项加第二项之和等于第三项加第四项之和",
        ),
    )


S4_COLUMNS = (
    Column("upheld", "结果维持"),
    Column("corrected", "结果纠正"),
    Column("other", "其他结果"),
    Column("pending", "尚未审结"),
    Column("total", "总计"),
)
LITIGATION = "行政诉讼"
S4_TABLE = Table(
    "s4",
    4,
    "政府信息公开行政复议、行政诉讼情况",
    "s4",
    (
        Row("review", "行政复议", (r"行政复议",)),
        Row("litigation_direct", "未经复议直接起诉", (r"未经复议直接起诉", r"直接起诉"), parent=LITIGATION),
        Row("litigation_after_review", "复议后起诉", (r"复议后起诉",), parent=LITIGATION),
    ),
    S4_COLUMNS,
    header_keys=(r"结果维持", r"尚未审结", r"复议后起诉", r"未经复议"),
    flat=True,
)
S4_IDENTITIES = (
    Identity(
        "identity.s4_total",
        "s4",
        "row",
        ("total",),
        ("upheld", "corrected", "other", "pending"),
        "四：行政复议、行政诉讼每一组的总计等于维持、纠正、其他、尚未审结之和",
    ),
)
