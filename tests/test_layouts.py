"""The parser against each linearised table layout, on small reports written for the test."""

from __future__ import annotations

from zfxxgk import parse_text
from zfxxgk.templates import TEMPLATES

HEAD = "测试镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n无。\n二、主动公开政府信息情况\n"
S2_2021 = [
    ("规章", [0, 0, 1]),
    ("行政规范性文件", [2, 1, 19]),
    ("行政许可", [12]),
    ("行政处罚", [3]),
    ("行政强制", [0]),
    ("行政事业性收费", [1.5]),
]
TAIL = "五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n"


def s3_rows() -> list[tuple[str, list[int]]]:
    t = TEMPLATES["2021"].table_by_id["s3"]
    rows = []
    for r in t.rows:
        vals = [0] * 7
        if r.id in ("received", "granted", "total"):
            vals = [3, 1, 0, 0, 0, 0, 4]
        rows.append((r.label, vals))
    return rows


def report(layout) -> str:
    parts = [HEAD]
    parts += [layout(label, vals) for label, vals in S2_2021]
    parts.append(
        "三、收到和处理政府信息公开申请情况\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n申请人情况\n"
    )
    parts += [layout(label, vals) for label, vals in s3_rows()]
    parts.append(
        "四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计\n"
    )
    parts.append(layout("", [1, 0, 0, 0, 1] + [0] * 10))
    parts.append(TAIL)
    return "".join(parts)


def expect_ok(text: str) -> None:
    rec = parse_text(text)
    assert rec.meta.template == "2021"
    assert rec.meta.year == 2021
    assert rec.cells["s2.normative_documents.in_force"] == 19
    assert rec.cells["s2.fees.amount"] == 1.5
    assert rec.cells["s3.received.total"] == 4
    assert rec.cells["s3.granted.natural_person"] == 3
    assert rec.cells["s3.carried_forward.total"] == 0
    assert rec.cells["s4.review.upheld"] == 1 and rec.cells["s4.review.total"] == 1
    assert len(rec.cells) == 200
    assert not [f for f in rec.findings if f.rule.startswith(("identity.", "table.", "value."))], rec.findings


def test_one_cell_per_line() -> None:
    expect_ok(report(lambda label, vals: label + "\n" + "".join(f"\u00a0{v}\n\n" for v in vals)))


def test_pipes_one_row_per_line() -> None:
    expect_ok(report(lambda label, vals: f"{label} | " + " | ".join(map(str, vals)) + " | |\n"))


def test_pipe_per_line() -> None:
    expect_ok(report(lambda label, vals: label + "\n|\n" + "\n|\n".join(map(str, vals)) + "\n|\n"))


def test_tabs_with_broken_labels() -> None:
    expect_ok(
        report(
            lambda label, vals: (
                "\t" + label.replace("政府信息", "政府\n信息") + "\n" + "".join(f"\t　{v}\n" for v in vals)
            )
        )
    )


def test_space_separated_with_page_footer() -> None:
    expect_ok(report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n- 3 -\n"))


def test_numbers_before_their_label() -> None:
    expect_ok(report(lambda label, vals: " ".join(map(str, vals)) + "\n" + label + "\n"))


def test_glued_digits_resolved_by_identities() -> None:
    text = report(lambda label, vals: label + "".join(str(v) for v in vals))
    rec = parse_text(text)
    assert rec.cells["s3.received.total"] == 4
    assert rec.cells["s3.granted.natural_person"] == 3
    assert rec.cells["s4.review.total"] == 1
    # 2, 1, 19 glued as "2119" has several splits and no identity: never guessed
    assert rec.cells["s2.normative_documents.issued"] is None
    amb = [f for f in rec.findings if f.rule == "value.ambiguous"]
    assert any("s2.normative_documents.issued" in f.cells for f in amb)


def test_traditional_with_pinyin_glosses() -> None:
    from zfxxgk.normalize import to_simplified

    text = report(lambda label, vals: f"{label} | " + " | ".join(map(str, vals)) + " |\n")
    import opencc

    trad = opencc.OpenCC("s2t").convert(text).replace("公開", "公開(kāi)").replace("處理", "處(chǔ)理")
    assert to_simplified("公開") == "公开"
    expect_ok(trad)


def test_missing_values_are_null_not_zero() -> None:
    text = report(lambda label, vals: label + "\n" + "".join(f"{v}\n" for v in vals))
    text = text.replace("总计\n\n1\n0\n0\n", "总计\n\n")
    rec = parse_text(text)
    s4 = TEMPLATES["2021"].table_by_id["s4"].cell_ids
    assert all(rec.cells[c] is None for c in s4)
    assert any(f.rule == "table.incomplete" and f.cells == s4 for f in rec.findings)


def test_provenance_points_at_the_printed_value() -> None:
    text = report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n")
    rec = parse_text(text)
    loc = rec.provenance["s2.licensing.decisions"]
    assert text[loc["start"] : loc["end"]] == "12"
    assert text.splitlines()[loc["line"] - 1].startswith("行政许可")


def test_title_printed_as_a_table_row() -> None:
    text = report(lambda label, vals: f"| {label} | " + " | ".join(map(str, vals)) + " |\n")
    first = text.index("\n")
    rec = parse_text(f"| {text[:first]} |  |  |" + text[first:])
    assert rec.meta.agency == "测试镇人民政府"
    assert rec.meta.year == 2021


def test_a_word_that_starts_a_row_is_its_cell_where_the_row_breaks_its_total_without_it() -> None:
    """`一、本年新收… 暂无 1 0 0 0 0 1 0`, eight tokens for seven cells, a space apart: left out as a merged
    cell's placeholder, the word leaves 1 0 0 0 0 1 0, whose total breaks; a cell of its own, it leaves a
    stray space in the total (`1 0`), which the table's sums settle. Never 1 read as the natural person's."""
    tens = [9, 1, 0, 0, 0, 0, 10]
    text = report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n")
    for label in ("一、本年新收政府信息公开申请数量", "（一）予以公开", "（七）总计"):
        text = text.replace(f"{label} 3 1 0 0 0 0 4\n", f"{label} " + " ".join(map(str, tens)) + "\n")
    text = text.replace("申请数量 9 1 0 0 0 0 10\n", "申请数量 暂无 1 0 0 0 0 1 0\n", 1)
    rec = parse_text(text)
    row = [rec.cells[f"s3.received.{c.id}"] for c in TEMPLATES["2021"].table_by_id["s3"].columns]
    assert row == [None, 1, 0, 0, 0, 0, 10]
    assert any(f.rule == "table.incomplete" and "s3.received.natural_person" in f.cells for f in rec.findings)


def test_loose_numbers_before_a_table_fill_the_empty_cells_of_a_row_that_prints_a_word() -> None:
    """A converter's Markdown that pulls a row's numbers out of its table, printing them as loose lines before
    it, where the row keeps a word in one cell (`|  |  | 暂无 |  |`) and its label follows its parents'
    (`三、本年度办理结果 （四）无法提供 1.本机关不掌握…`): the numbers fill the row's empty cells in order, the
    word's cell blank."""
    t = TEMPLATES["2021"].table_by_id["s3"]
    values = {"received": [4, 1, 0, 0, 0, 0, 5], "granted": [3, 1, 0, 0, 0, 0, 4], "total": [4, 1, 0, 0, 0, 0, 5]}
    values["unavailable.not_held"] = [1, 0, 0, 0, 0, 0, 1]
    rows = []
    for r in t.rows:
        head = " ".join(dict.fromkeys(p for p in ("三、本年度办理结果", r.parent) if p and r.parent))
        cells = [str(v) for v in values.get(r.id, [0] * 7)]
        if r.id == "unavailable.not_held":
            cells = ["", "", "暂无", "", "", "", ""]
        rows.append(f"| {head} {r.label} | " + " | ".join(cells) + " |\n")
    loose = "\n1\n0\n0\n0\n0\n1\n\n"  # the row's numbers less the word's cell
    text = report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n")
    start, end = text.index("申请人情况\n"), text.index("四、政府信息公开行政复议")
    text = text[:start] + loose + "|  | 自然人 | 总计 |\n| --- | --- | --- |\n" + "".join(rows) + "\n" + text[end:]
    rec = parse_text(text)
    assert [rec.cells[f"s3.unavailable.not_held.{c.id}"] for c in t.columns] == [1, 0, None, 0, 0, 0, 1]
    assert rec.cells["s3.total.total"] == 5


def test_loose_numbers_before_a_table_one_short_of_its_empty_row_are_unread() -> None:
    """A converter's Markdown that pulls 四's numbers out of its table, printing them as loose lines before
    it, the row left with its fifteen cells empty, one of them a blank the report printed: fourteen numbers
    whose blank's place nothing tells — the empty line before the table is no cell — so 四 is null with
    `table.incomplete`; all fifteen pulled out are put back."""
    head = "四、政府信息公开行政复议、行政诉讼情况\n"
    table = (
        "| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 " * 3 + "|\n" + "| --- " * 15 + "|\n" + "|  " * 15 + "|\n"
    )
    text = report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n")
    start, end = text.index(head) + len(head), text.index("五、存在的主要问题")
    s4 = TEMPLATES["2021"].table_by_id["s4"].cell_ids
    rec = parse_text(text[:start] + "\n" + "0\n" * 14 + "\n" + table + "\n" + text[end:])
    assert [rec.cells[c] for c in s4] == [None] * 15
    assert any(f.rule == "table.incomplete" and "s4.review.upheld" in f.cells for f in rec.findings)
    rec = parse_text(text[:start] + "\n" + "2\n1\n0\n0\n3\n" + "0\n" * 10 + "\n" + table + "\n" + text[end:])
    assert [rec.cells[c] for c in s4] == [2, 1, 0, 0, 3] + [0] * 10


def test_loose_numbers_before_a_table_are_the_row_that_prints_its_label_alone() -> None:
    """Loose lines of numbers before a table, a note amid them (`2` `1` `包括网上申请` `19`), the row they were
    pulled out of printing its label alone (a tab row's empty cells at its end print nothing): they are
    that row's, the one row of the table named after them with no number and as many cells."""
    text = report(lambda label, vals: f"\t{label}\t" + "\t".join(map(str, vals)) + "\n")
    text = text.replace("\t行政规范性文件\t2\t1\t19\n", "\t行政规范性文件\n")
    text = text.replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n\n2\n1\n包括网上申请\n19\n\n", 1)
    rec = parse_text(text)
    assert [rec.cells[f"s2.normative_documents.{c}"] for c in ("issued", "repealed", "in_force")] == [2, 1, 19]
    assert [rec.cells[f"s2.regulations.{c}"] for c in ("issued", "repealed", "in_force")] == [0, 0, 1]


def test_a_number_of_the_prose_before_a_table_is_not_placed_across_its_first_row_by_order() -> None:
    """A figure of the prose above a table (`规划计划类信息 78 条`) and a row of the table that prints its label
    alone (its one cell left empty): no label beside the figure names the row, and the table's first row
    is named on its own line after it, so it is no later row's by order — that row null, with a finding."""
    text = report(lambda label, vals: f"{label} " + " ".join(map(str, vals)) + "\n")
    text = text.replace("行政许可 12\n", "第二十条第（五）项\n信息内容 本年处理决定数量\n行政许可\n")
    prose = "全年主动公开政府信息 1242 条，规划计划类信息 78 条。\n"
    text = text.replace("二、主动公开政府信息情况\n", "二、主动公开政府信息情况\n" + prose, 1)
    rec = parse_text(text)
    assert rec.cells["s2.licensing.decisions"] is None
    assert any(f.rule == "table.incomplete" and "s2.licensing.decisions" in f.cells for f in rec.findings)
    assert rec.cells["s2.punishment.decisions"] == 3


def test_loose_numbers_under_a_tables_caption_are_not_put_back_by_the_header_before_it() -> None:
    """A converter's Markdown that pulls a row of 二（五） out of its table, printing its numbers as loose lines
    after the table's caption and before its header, both (一)'s header and (五)'s naming their columns in
    another order than the template's: the loose numbers are (五)'s, in the order (五)'s header prints them —
    not a row under (一)'s header, put back in that table's order (6331 had been read as 本年增/减)."""
    reversed_one = "对外公开总数量 | 本年新公开数量 | 本年新制作数量"
    for header in ("本年新制作数量 | 本年新公开数量 | 对外公开总数量", reversed_one):
        text = (
            "某县人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，本机关认真贯彻落实条例。\n\n"
            "二、主动公开政府信息情况\n\n**第二十条第（一）项**\n\n"
            f"| 信息内容 | {header} |\n| --- | ---: | ---: | ---: |\n"
            "| 规章 | 93 | 6 | 6 |\n| 规范性文件 | 108 | 4 | 92 |\n\n"
            "**第二十条第（五）项**\n\n+1\n6747\n6331\n\n"
            "| 信息内容 | 本年增/减 | 上一年项目数量 | 处理决定数量 |\n| --- | ---: | ---: | ---: |\n"
            "| 行政许可 | 0 | 292 | 4151 |\n| 其他对外管理服务事项 |  |  |  |\n\n"
            "三、收到和处理政府信息公开申请情况\n\n本年度未收到申请。\n"
        )
        rec = parse_text(text)
        assert [rec.cells[f"s2.other_services.{c}"] for c in ("previous", "change", "decisions")] == [6747, 1, 6331]
        regulations = [rec.cells[f"s2.regulations.{c}"] for c in ("made", "published", "total_published")]
        assert regulations == ([6, 6, 93] if header == reversed_one else [93, 6, 6])
