"""The 2019 format (国办公开办函〔2019〕60号), for reports on 2019 and 2020."""

from __future__ import annotations

from .common import (
    ITEM_STUB,
    RESULTS,
    S4_IDENTITIES,
    S4_TABLE,
    SECTIONS,
    STATED,
    s3_carry_over,
    s3_identities,
    s3_table,
)
from .model import Column, Kind, Row, Table, Template, carry_over_by_row

ITEM_COLUMNS = (
    Column("previous", "上一年项目数量"),
    Column("change", "本年增/减", Kind.SIGNED, variants=("本年增减",)),
    Column("decisions", "处理决定数量"),
)

S2_TABLES = (
    Table(
        "s2.item1",
        2,
        "第二十条第（一）项",
        "s2",
        (
            Row("regulations", "规章", (r"规章",)),
            Row("normative_documents", "规范性文件", (r"规范性文件",)),
        ),
        (
            Column("made", "本年新制作数量"),
            Column("published", "本年新公开数量"),
            Column("total_published", "对外公开总数量"),
        ),
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]一[)）]项",),
    ),
    Table(
        "s2.item5",
        2,
        "第二十条第（五）项",
        "s2",
        (
            Row("licensing", "行政许可", (r"行政许可",)),
            Row("other_services", "其他对外管理服务事项", (r"对外管理服务",)),
        ),
        ITEM_COLUMNS,
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]五[)）]项",),
    ),
    Table(
        "s2.item6",
        2,
        "第二十条第（六）项",
        "s2",
        (Row("punishment", "行政处罚", (r"行政处罚",)), Row("coercion", "行政强制", (r"行政强制",))),
        ITEM_COLUMNS,
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]六[)）]项",),
    ),
    Table(
        "s2.item8",
        2,
        "第二十条第（八）项",
        "s2",
        (Row("fees", "行政事业性收费", (r"事业性收费",)),),
        ITEM_COLUMNS[:2],
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]八[)）]项",),
    ),
    Table(
        "s2.item9",
        2,
        "第二十条第（九）项",
        "s2",
        (Row("procurement", "政府集中采购", (r"集中采购",)),),
        (Column("projects", "采购项目数量"), Column("amount", "采购总金额", Kind.AMOUNT)),
        stub_header=ITEM_STUB,
        caption_keys=(r"第[（(]九[)）]项",),
    ),
)

S3 = s3_table((Row("other", "（六）其他处理", (r"其他处理",), "（六）", RESULTS),))

TEMPLATE = Template(
    id="2019",
    name="政府信息公开工作年度报告格式（试行）",
    years=(2019, 2020),
    sections=SECTIONS,
    tables=S2_TABLES + (S3, S4_TABLE),
    identities=s3_identities(S3) + S4_IDENTITIES,
    stated=STATED,
    # 上一年项目数量 = last year's 上一年项目数量 + 本年增/减, in every table that has both
    carry_over=tuple(
        co
        for t in S2_TABLES
        if {"previous", "change"} <= {c.id for c in t.columns}
        for co in carry_over_by_row(t, "previous", ("previous", "change"))
    )
    + s3_carry_over(S3),
    source="国办公开办函〔2019〕60号",
)
