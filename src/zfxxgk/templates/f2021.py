"""The 2021 format (国办公开办函〔2021〕30号), for reports on 2021 onward."""

from __future__ import annotations

from .common import ITEM_STUB, OTHER, S4_IDENTITIES, S4_TABLE, SECTIONS, STATED, s3_carry_over, s3_identities, s3_table
from .model import Column, Kind, Row, Stated, Table, Template, carry_over_by_row

DECISIONS = (Column("decisions", "本年处理决定数量"),)

S2_TABLES = (
    Table(
        "s2.item1",
        2,
        "第二十条第（一）项",
        "s2",
        (
            Row("regulations", "规章", (r"规章",)),
            Row("normative_documents", "行政规范性文件", (r"规范性文件",)),
        ),
        (
            Column("issued", "本年制发件数"),
            Column("repealed", "本年废止件数"),
            Column("in_force", "现行有效件数"),
        ),
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]一[)）]项",),
    ),
    Table(
        "s2.item5",
        2,
        "第二十条第（五）项",
        "s2",
        (Row("licensing", "行政许可", (r"行政许可",)),),
        DECISIONS,
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]五[)）]项",),
    ),
    Table(
        "s2.item6",
        2,
        "第二十条第（六）项",
        "s2",
        (Row("punishment", "行政处罚", (r"行政处罚",)), Row("coercion", "行政强制", (r"行政强制",))),
        DECISIONS,
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]六[)）]项",),
    ),
    Table(
        "s2.item8",
        2,
        "第二十条第（八）项",
        "s2",
        (Row("fees", "行政事业性收费", (r"事业性收费",)),),
        (Column("amount", "本年收费金额（单位：万元）", Kind.AMOUNT, unit="万元", variants=("本年收费金额",)),),
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]八[)）]项",),
    ),
)

S3 = s3_table(
    (
        Row(
            "other.no_correction",
            "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            (r"逾期不补正", r"不补正"),
            "1",
            OTHER,
        ),
        Row(
            "other.unpaid_fee",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            (r"收费通知", r"缴纳费用"),
            "2",
            OTHER,
        ),
        Row("other.other", "3.其他", (r"(?<![（(\d])3[.、．)）]?其他(?!法律|处理|结果|对外)",), "3", OTHER),
    )
)

TEMPLATE = Template(
    id="2021",
    name="中华人民共和国政府信息公开工作年度报告格式",
    years=(2021, 9999),
    sections=SECTIONS,
    tables=S2_TABLES + (S3, S4_TABLE),
    identities=s3_identities(S3) + S4_IDENTITIES,
    stated=(
        *STATED,
        Stated("in_force", "行政规范性文件现行有效件数", ("s2.normative_documents.in_force",)),
        Stated("regulations_in_force", "规章现行有效件数", ("s2.regulations.in_force",)),
    ),
    # 现行有效件数 = last year's + 本年制发 − 本年废止
    carry_over=carry_over_by_row(S2_TABLES[0], "in_force", ("in_force",), ("issued",), ("repealed",))
    + s3_carry_over(S3),
    source="国办公开办函〔2021〕30号",
)
