"""HTML loading: the real r001 fragment and pages written here (charsets, chrome, layout tables)."""

from __future__ import annotations

import html
import random
import re
from pathlib import Path

import pytest

from zfxxgk import parse_bytes, parse_text
from zfxxgk.document import Document
from zfxxgk.load import load_bytes, sniff, with_table_rows
from zfxxgk.load.cell_breaks import without_cell_breaks
from zfxxgk.load.html import load_html
from zfxxgk.load.layout import MAX_COLUMNS, SpanCell, cell_value, resolve_spans, unstacked
from zfxxgk.render.noise import char_width, fold, write_noisy
from zfxxgk.synth import random_report


def rows(text: str) -> list[list[str]]:
    return [[c.strip() for c in ln[2:-2].split(" | ")] for ln in text.splitlines() if ln.startswith("| ")]


def test_r001_spans_resolved_into_the_grid(shared: Path) -> None:
    doc = load_bytes((shared / "corpus" / "r001.html").read_bytes(), "r001.html")
    assert doc.media_type == "text/html"
    grid = rows(doc.text)
    received = next(r for r in grid if r[0].startswith("一、本年新收"))
    assert received == ["一、本年新收政府信息公开申请数量", "", "", "821", "35", "", "", "2", "1", "859"]
    header = next(r for r in grid if r[0] == "信息内容")
    assert header == ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"]  # <br> joined
    assert ["规章", "13", "13", "524"] in grid
    # values spanning columns 1–2 under headers spanning 2–3 (a one-pixel Word grid column) stay under them
    assert ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"] in grid
    assert ["行政许可", "0", "0", "0"] in grid
    assert ["行政事业性收费", "0", "0", ""] in grid  # under 本年增/减 spanning the last two columns
    outcome = next(r for r in grid if "本年度办理结果" in r[0])
    assert outcome[:2] == ["三、本年度办理结果", "（一）予以公开"]
    secret = next(r for r in grid if "1.属于国家秘密" in r)
    assert secret[:3] == ["", "（三）不予公开", "1.属于国家秘密"]
    assert doc.text.startswith("2019年上海市人民政府办公厅政府信息公开工作年度报告\n发布日期：2020-01-31\n")
    at = doc.text.index("859", doc.text.index("| 一、本年新收"))
    assert doc.locate(at, at + 3) == {"table": 1, "row": 3, "column": 9}
    assert doc.locate(0, 4) == {"paragraph": 0}


def test_gbk_page_with_wrong_charset_and_chrome() -> None:
    page = """<html><head><meta charset="utf-8"><title>某县2021年政府信息公开工作年度报告</title>
    <meta name="PubDate" content="2022-01-28 09:30"></head><body>
    <div id="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政府信息公开年报</a></div>
    <header>某县人民政府门户网站 欢迎您</header>
    <div class="main"><div class="article">
      <p>某县2021年政府信息公开工作年度报告</p><p>一、总体情况</p>
      <p>本年度，某县人民政府认真贯彻落实《条例》，全面推进政务公开。</p>
      <table><tr><td rowspan="2">信息内容</td><td colspan="2">本年<br/>制发件数</td></tr>
      <tr><td>甲</td><td>乙</td></tr>
      <tr><td>规章</td><td>&nbsp;</td><td>3</td></tr></table>
    </div></div>
    <footer>版权所有 某县人民政府办公室 地址：某路1号</footer><script>var x = "不应出现";</script>
    </body></html>"""
    doc = load_bytes(page.encode("gbk"), "page.txt")  # GBK bytes, a utf-8 label, saved as .txt
    assert doc.media_type == "text/html"
    assert doc.meta_hints == {"title": "某县2021年政府信息公开工作年度报告", "published": "2022-01-28"}
    assert "首页" not in doc.text and "版权所有" not in doc.text and "不应出现" not in doc.text
    assert rows(doc.text) == [["信息内容", "本年制发件数", ""], ["", "甲", "乙"], ["规章", "", "3"]]
    assert "本年度，某县人民政府认真贯彻落实《条例》，全面推进政务公开。" in doc.text.splitlines()


def test_a_page_inside_an_aspnet_form_and_an_articles_own_header() -> None:
    """An ASP.NET page wraps its whole body in a <form>: the report is read, the form's controls are not; the
    article's own <header> (its title and published date) is kept, the site's <header>, <nav> and <footer> go."""
    page = """<html><body><form id="form1" method="post" action="./show.aspx">
    <input type="hidden" name="__VIEWSTATE" value="/wEPDwUK" /><input type="text" placeholder="请输入关键词" />
    <button>搜索</button><textarea>留言内容</textarea>
    <header>某县人民政府门户网站</header><nav><a href="/">首页</a></nav>
    <main><article><header><h1>某县2021年政府信息公开工作年度报告</h1><div>发布日期：2022-01-28</div></header>
    <p>一、总体情况</p><p>本年度，某县人民政府全面推进政务公开。</p>
    <footer>（此件公开发布）</footer></article></main>
    <footer>版权所有 某县人民政府办公室</footer></form></body></html>"""
    assert load_html(page.encode()).text.splitlines() == [
        "某县2021年政府信息公开工作年度报告",
        "发布日期：2022-01-28",
        "一、总体情况",
        "本年度，某县人民政府全面推进政务公开。",
        "（此件公开发布）",
    ]


def test_correct_gb2312_label_is_honoured() -> None:
    page = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head>'
    page += "<body><p>政府信息公开工作年度报告</p><p>镕</p></body></html>"  # 镕 is GBK, not GB2312
    doc = load_html(page.encode("gbk"))
    assert doc.text.splitlines() == ["政府信息公开工作年度报告", "镕"]


def test_layout_table_becomes_paragraphs_and_nested_tables_are_found() -> None:
    page = """<table width="100%"><tr><td>
      <p>一、总体情况</p><p>全年主动公开信息 120 条。</p>
      <table><tr><td>行政许可</td><td>本年处理决定数量</td></tr><tr><td>行政许可</td><td>42</td></tr></table>
      <p>二、其他</p></td></tr></table>"""
    doc = load_bytes(page.encode(), "x.html")
    assert doc.text.splitlines() == [
        "一、总体情况",
        "全年主动公开信息 120 条。",
        "| 行政许可 | 本年处理决定数量 |",
        "| 行政许可 | 42 |",
        "二、其他",
    ]
    assert doc.locate(doc.text.index("42"), doc.text.index("42") + 2) == {"table": 0, "row": 1, "column": 1}


def test_sniff_finds_markup_after_a_bom() -> None:
    assert sniff("\ufeff<p>年度报告</p>".encode()) == "text/html"
    assert sniff("年度报告\n一、总体情况".encode()) == "text/plain"


def test_columns_made_only_by_misaligned_spans_are_dropped() -> None:
    page = """<table>
      <tr><td>信息内容</td><td>上一年项目数量</td><td colspan="2">本年增/减</td><td>处理决定数量</td></tr>
      <tr><td>行政许可</td><td colspan="2">5</td><td>-1</td><td>7</td></tr>
      <tr><td>行政处罚</td><td colspan="2"></td><td></td><td>3</td></tr>
      <tr><td colspan="5">注：空白处为未发生</td></tr></table>"""
    assert rows(load_html(page.encode()).text) == [
        ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "5", "-1", "7"],
        ["行政处罚", "", "", "3"],  # real blank cells stay
        ["注：空白处为未发生", "", "", ""],
    ]


def test_a_huge_colspan_stops_at_the_widest_grid() -> None:
    wide = [SpanCell(str(i), 1, 1000) for i in range(100)]  # would be 100,000 grid columns
    assert resolve_spans([[SpanCell("信息内容"), SpanCell("5")], wide]) == [["信息内容", "5"], ["0", ""]]
    many = [SpanCell(str(i)) for i in range(MAX_COLUMNS + 5)]
    assert resolve_spans([[SpanCell("x", 1, 10**6)], many])[1] == [str(i) for i in range(MAX_COLUMNS)]


def _as_markdown(html: str) -> str:
    """r001 as a PDF→Markdown converter writes it: paragraphs as lines, tables left as HTML."""
    out = []
    for part in re.split(r"(<table.*?</table>)", html, flags=re.S):
        if part.startswith("<table"):
            out.append(part)
        else:
            part = re.sub(r"<br\s*/?>|</p>|</div>", "\n", part)
            part = re.sub(r"<[^>]+>", "", part).replace("&nbsp;", " ")
            out.append("\n".join(line.strip() for line in part.splitlines() if line.strip()))
    return "\n\n".join(out)


def test_html_tables_inside_markdown_are_read_as_tables(shared: Path) -> None:
    """The same cells as the page itself, whether the Markdown comes as a file or as text in hand."""
    html = (shared / "corpus" / "r001.html").read_text(encoding="utf-8")
    page = parse_bytes(html.encode("utf-8"), "r001.html")
    md = _as_markdown(html)
    assert md.count("<table") == 3 and not md.startswith("<")
    for rec in (parse_bytes(md.encode("utf-8"), "r001.md"), parse_text(md)):
        assert rec.cells == page.cells
        assert rec.provenance["s3.received.total"]["line"] > 1  # a line of the Markdown


@pytest.mark.parametrize("width", [60, 80])
def test_html_tables_inside_markdown_folded_at_a_fixed_width_are_read_as_tables(shared: Path, width: int) -> None:
    """The Markdown folded at a fixed width, its tags cut too (`</ta` / `ble>`): the same cells, the text
    between the tables (a section's heading) kept."""
    html = (shared / "corpus" / "r001.html").read_text(encoding="utf-8")
    md = _as_markdown(html)
    folded = fold(md, width, char_width(True))
    assert folded.count("</td>") < md.count("</td>")  # tags cut
    rec = parse_bytes(folded.encode("utf-8"), "r001.md")
    assert rec.cells == parse_bytes(md.encode("utf-8"), "r001.md").cells
    assert not [f for f in rec.findings if f.rule == "section.missing"]


@pytest.mark.parametrize("blank", ["", " ", "\u3000"])
def test_html_tables_folded_then_double_spaced_are_read_as_tables(shared: Path, blank: str) -> None:
    """… and the folded text then saved double-spaced, an empty line (or one of a space) after each, so inside
    a cut tag too (`<` / ` ` / `td>`): the same cells."""
    html = (shared / "corpus" / "r001.html").read_text(encoding="utf-8")
    md = _as_markdown(html)
    spaced = "".join(f"{line}\n{blank}\n" for line in fold(md, 60, char_width(True)).split("\n"))
    assert "<\n" in spaced or "</\n" in spaced or re.search(r"<[a-z/]+\n", spaced)  # tags cut
    assert parse_bytes(spaced.encode("utf-8"), "r001.md").cells == parse_bytes(md.encode("utf-8"), "r001.md").cells


@pytest.mark.parametrize("width", [60, 77])
def test_html_tables_folded_then_joined_by_spaces_are_read_as_tables(shared: Path, width: int) -> None:
    """… and the folded text's lines then joined by spaces, so a fold inside a tag leaves a space there
    (`< td>`, `<t d>`, `< /p>`): the same cells, but for those whose number a fold's space cuts (`4 4`, 44 or 4
    and 4: null), never another number."""
    html = (shared / "corpus" / "r001.html").read_text(encoding="utf-8")
    md = _as_markdown(html)
    joined = fold(md, width, char_width(True)).replace("\n", " ")
    assert re.search(r"< /?t|<t [dhr]|</t [dhr]", joined)  # tags cut
    got, want = parse_bytes(joined.encode("utf-8"), "r001.md").cells, parse_bytes(md.encode("utf-8"), "r001.md").cells
    assert not {c for c, v in want.items() if got[c] is not None and got[c] != v}
    assert sum(got[c] is None and v is not None for c, v in want.items()) <= 10


@pytest.mark.parametrize("width", [63, 70])
def test_html_tables_folded_amid_lines_shorter_than_the_fold_are_read_as_tables(shared: Path, width: int) -> None:
    """Only the tables' markup reaches the width a fold cut the text at, its lines of prose all shorter: the
    widths tell no fold, but a tag a line break cuts (`<` / `td>`) does, in each table's markup — the tag
    that ends a table too (at 63 columns)."""
    html = (shared / "corpus" / "r001.html").read_text(encoding="utf-8")
    md = _as_markdown(html)
    parts = re.split(r"(<table.*?</table>)", md, flags=re.S)
    folded = "".join(fold(p, width, char_width(None)) if p.startswith("<table") else p for p in parts)
    assert folded.count("</td>") < md.count("</td>")
    rec = parse_bytes(folded.encode("utf-8"), "r001.md")
    assert rec.cells == parse_bytes(md.encode("utf-8"), "r001.md").cells


def test_rows_stacked_in_one_are_the_rows_they_hold() -> None:
    """A row whose every cell of numbers prints as many lines as a label cell (a converter's `<br>`, a
    table missing a rule): as many rows; a cell of one line goes to the first, a cell of numbers whose last
    line is empty leaves that row's cell blank, and a label wrapped beside them is a row of its own first."""
    assert unstacked(["行政处罚\n行政强制", "69\n67"]) == [["行政处罚", "69"], ["行政强制", "67"]]
    assert unstacked(["三、本年度办理结果", "1.甲\n2.乙", "3\n", "\n4\n5\n"]) == [
        ["三、本年度办理结果", "1.甲", "3", "4"],
        ["", "2.乙", "", "5"],
    ]
    assert unstacked(["1.甲\n2.乙\n3.丙", "1\n2", "3\n4"]) == [["1.甲2.乙3.丙"], ["", "1", "3"], ["", "2", "4"]]
    assert unstacked(["", "0\n1", "2\n3"]) == [["", "0", "2"], ["", "1", "3"]]
    # numbers printed with their unit, their sentence's full stop or a footnote mark after them
    assert unstacked(["新公开规范性文件数\n收到申请数", "条\n件", "0。\n49件", "0\n244［注2］"]) == [
        ["新公开规范性文件数", "条", "0。", "0"],
        ["收到申请数", "件", "49件", "244［注2］"],
    ]
    assert unstacked(["行政许可\n行政处罚", "572①\n16※"]) == [["行政许可", "572①"], ["行政处罚", "16※"]]
    # the first row's cells left blank, `<br>` before the second's numbers (a paragraph may centre a number)
    assert unstacked(["收到申请数\n当面申请数", "件\n件", "\n0", "\n0"], marked=True) == [
        ["收到申请数", "件", "", ""],
        ["当面申请数", "件", "0", "0"],
    ]
    # … or a heading over two rows, its cells printing nothing, `<br>` before their numbers and units
    heading = "（二）通过不同渠道和方式公开政府信息的情况"
    assert unstacked([f"{heading}\n1．政府公报\n2．政府网站", "\n条\n条", "\n13\n0", "\n55\n2"], marked=True) == [
        [heading, "", "", ""],
        ["1．政府公报", "条", "13", "55"],
        ["2．政府网站", "条", "0", "2"],
    ]
    # … over one row: its one unit after a `<br>` is that row's, not the heading's
    assert unstacked([f"{heading}\n1．政府公报", "\n条", "\n140"], marked=True) == [
        [heading, "", ""],
        ["1．政府公报", "条", "140"],
    ]


def test_markdown_rows_stacked_with_character_references_for_spaces_are_the_rows_they_hold() -> None:
    """A Markdown row stacking rows with `<br>` on a page that printed its spaces as `&nbsp;` (beside the
    breaks, or inside the tag): the rows it holds, each number a cell."""
    for br in ("<br>", "<br&#xa0;/>", "&nbsp;<br />&nbsp;"):
        line = f"|&nbsp;信函申请数(件){br}申请办结数(件)&nbsp;|&nbsp;0{br}62&nbsp;|&nbsp;1{br}338&nbsp;|"
        assert without_cell_breaks(Document(line)).text.split("\n") == [
            "| 信函申请数(件) | 0 | 1 |",
            "| 申请办结数(件) | 62 | 338 |",
        ]


@pytest.mark.parametrize("whole", [False, True])
def test_markdown_rows_stacked_with_their_numbers_in_bold_are_the_rows_they_hold(whole: bool) -> None:
    """A converter's row stacking rows, each number in bold (`**207**<br/>**10**`) or the bold round the whole
    cell (`**207<br/>10**`): the rows it holds, the marks left for the normalising to take out."""
    numbers = ("207", "10", "51"), ("1243", "75", "328")
    cells = [f"**{'<br/>'.join(c)}**" if whole else "<br/>".join(f"**{n}**" for n in c) for c in numbers]
    line = f"| 传真申请数<br/>网络申请数<br/>信函申请数 | 件<br/>件<br/>件 | {' | '.join(cells)} |"
    got = without_cell_breaks(Document(line)).text.split("\n")
    assert [row.replace("*", "") for row in got] == [
        "| 传真申请数 | 件 | 207 | 1243 |",
        "| 网络申请数 | 件 | 10 | 75 |",
        "| 信函申请数 | 件 | 51 | 328 |",
    ]


def test_rows_stacked_amid_tab_rows_beside_a_row_with_a_two_character_label() -> None:
    """Rows a `<br>` stacks amid rows a tab apart, the lines run together, the only other row's label two
    characters long (规章): that row is a row, the stacked ones each a row of their own, not all one row
    whose stacked numbers are joined by spaces (`12 4`)."""
    line = "\t规章\t0\t0\t3\t规范性文件<br>行政许可\t12<br>4\t5<br>6\t40<br>7"
    assert without_cell_breaks(Document(line)).text.split("\n") == [
        "\t规章\t0\t0\t3",
        "\t规范性文件\t12\t5\t40",
        "\t行政许可\t4\t6\t7",
    ]


@pytest.mark.parametrize("cut", ["<br/ >", "<b r/>", "< br />", "<br / >"])
def test_a_break_a_fold_cut_inside_its_tag_on_a_page_whose_lines_were_joined_by_spaces(cut: str) -> None:
    """A `<br/>` a fold cut inside, the page's lines then joined by spaces (`<br/ >`, `<b r/>`): still a
    break, the rows the cells stack each a row, never a row named `>`."""
    line = f"| 3．政策解读稿件发布数<br/>4．微博微信回应事件数 | 篇{cut}次 | 0<br/>5 | 1{cut}2 |"
    assert without_cell_breaks(Document(line)).text.split("\n") == [
        "| 3．政策解读稿件发布数 | 篇 | 0 | 1 |",
        "| 4．微博微信回应事件数 | 次 | 5 | 2 |",
    ]


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        (
            "| --- | ---: | | 行政处罚<br>行政强制 | 1<br>2 | **第二十条第（八）项** | 信息内容 |",
            "| --- | ---: | | 行政处罚 | 1 | | 行政强制 | 2 | **第二十条第（八）项** | 信息内容 |",
        ),
        (  # a number a narrow column wrapped, after a cell of numbers
            "| ---: | | 政府集中采购 | 839 | 10<br>59414元 |  | ## 三、收到和处理",
            "| ---: | | 政府集中采购 | 839 | 10 59414元 |  | ## 三、收到和处理",
        ),
        (  # no label before the break on its line, an empty cell between (a row's end, perhaps): left alone
            "| 0 | | 1<br>2 | 三、",
            "| 0 | | 1\n2 | 三、",
        ),
    ],
)
def test_a_row_stacking_rows_on_a_line_of_rows_joined_by_spaces_is_the_rows_it_holds(line: str, rows: str) -> None:
    """A page whose lines were joined by spaces, a `<br>` row amid the line: from its label's cell to its last
    cell that breaks, the rows it holds a space apart (no row's end is told there), or its number whole."""
    assert without_cell_breaks(Document(f"上文。{line}")).text == f"上文。{rows}"


@pytest.mark.parametrize("seed", [2000045, 2000264, 2000352])
def test_rows_stacked_on_a_page_whose_lines_were_joined_by_spaces_are_read_as_printed(seed: int) -> None:
    """Rows stacked with `<br>` on a page whose lines were joined by spaces: every value as printed, or null."""
    rec = random_report(random.Random(seed))
    text = str(write_noisy(rec, "md", ["cell_breaks", "page_footers", "lines_spaced_together"], seed))
    assert "<br" in text and "\n" not in text.strip()
    got = parse_text(text)
    assert not {c: (v, got.cells[c]) for c, v in rec.cells.items() if got.cells[c] not in (v, None)}
    assert [i.label for i in got.indicators] == [i.label for i in rec.indicators]


def test_a_markdown_row_stacking_rows_whose_cells_print_a_word_for_a_number_is_the_rows_it_holds() -> None:
    """A `<br>` row one of whose rows prints words for its numbers (暂无, 空): those cells are its cells of
    numbers as well, and the row the two it holds, the words in the first's cells."""
    line = "| 主动公开政府信息数<br>全文电子化率 | 条<br>% | 暂无<br>100 | 空<br>100 |"
    assert without_cell_breaks(Document(line)).text.split("\n") == [
        "| 主动公开政府信息数 | 条 | 暂无 | 空 |",
        "| 全文电子化率 | % | 100 | 100 |",
    ]


def test_a_markdown_row_stacking_rows_whose_digits_ocr_read_as_letters_is_the_rows_it_holds() -> None:
    """A `<br>` row one of whose numbers OCR read as letters (`O` for 0, `l` for 1, `4O` for 40): still a cell
    of numbers, and the row the two it holds, the letters left for the normalising to read. A lone `o` (a
    list's bullet) is no number, nor is a word."""
    line = "| 2．同意公开答复数<br>3．同意部分公开答复数 | 件<br>件 | 0<br>O | l<br>4O |"
    assert without_cell_breaks(Document(line)).text.split("\n") == [
        "| 2．同意公开答复数 | 件 | 0 | l |",
        "| 3．同意部分公开答复数 | 件 | O | 4O |",
    ]
    assert cell_value("O") and cell_value("1l") and cell_value("I0件")
    assert not cell_value("o") and not cell_value("OK") and not cell_value("l号")
    # … in a whole report: every row of its 统计表 read, with its unit
    rec = random_report(random.Random(1537598))
    text = str(write_noisy(rec, "md", ["ocr_letters", "cell_breaks"], 1537598))
    assert "0<br>O |" in text
    got = parse_text(text)
    assert [(i.label, i.unit) for i in got.indicators] == [(i.label, i.unit) for i in rec.indicators]


@pytest.mark.parametrize("blank", ["", " ", "\u3000", "— 2 —", "- 12 -", "第 2 页 共 5 页", "2/5"])
def test_a_markdown_row_stacking_rows_in_a_double_spaced_text_keeps_the_next_row_apart(blank: str) -> None:
    """A double-spaced text (each line followed by an empty one, holding nothing, a space or an ideographic
    space), or a page's footer on the line after the row: that line is no piece of a row a fold cut, and the `|`
    row after it a row of its own."""
    text = (
        f"| 同意公开答复数<br />同意部分公开答复数 | 件<br />件 | 1835<br />1998 | 10637<br />10446 |\n{blank}\n"
        "| 不同意公开答复数 | 件 | 371 | 1880 |"
    )
    assert without_cell_breaks(Document(text)).text.split("\n") == [
        "| 同意公开答复数 | 件 | 1835 | 10637 |",
        "| 同意部分公开答复数 | 件 | 1998 | 10446 |",
        blank,
        "| 不同意公开答复数 | 件 | 371 | 1880 |",
    ]


def test_a_markdown_row_stacking_rows_broken_after_its_units_under_another_tables_rule() -> None:
    """A `<br>` row whose values' cells a line break put on the next line (`| … | 件<br/>万元<br/>件 |` /
    `1366<br/>35<br/>1 495 | 7 317<br/>366<br/>6057 |`), the nearest rule before it a converter's table of loose
    cells with as many columns as its first line (`|---|---|`, its labels then printed as lines): that rule is
    not its table's, so its first line is no whole row, and the rows it stacks are read with their numbers."""
    text = (
        "| 指标名称 | 计量单位 | 2010年度 | 历年累计 |\n| --- | ---: | ---: | ---: |\n"
        "| 主动公开政府信息数 | 条 | 2 | 12 |\n"
        "| 100 | 100 |\n|---|---|\n\n全文电子化率\n%\n\n"
        "| 同意部分公开答复数 | 件 | 1515 | 9 129 |\n"
        "| 不同意公开答复数<br/>实际收取的总金额<br/>申请行政复议数 | 件<br/>万元<br/>件 | \n"
        "1366<br/>35<br/>1 495 | 7 317<br/>366<br/>6057 |\n| 提起行政诉讼数 | 件 | 328 | 1 455 |"
    )
    assert without_cell_breaks(Document(text)).text.split("\n")[-5:] == [
        "| 同意部分公开答复数 | 件 | 1515 | 9 129 |",
        "| 不同意公开答复数 | 件 | 1366 | 7 317 |",
        "| 实际收取的总金额 | 万元 | 35 | 366 |",
        "| 申请行政复议数 | 件 | 1 495 | 6057 |",
        "| 提起行政诉讼数 | 件 | 328 | 1 455 |",
    ]


def test_a_markdown_row_stacking_rows_under_its_own_rule_with_a_units_note_between() -> None:
    """A `<br>` row as many cells as its table's rule and as the rows between, a unit's note on a line of its
    own under the row before (`（条）`): the row is whole on its line, and the lines after it are no rest of it."""
    text = (
        "| 指标名称 | 计量单位 | 2010年度 | 历年累计 |\n| --- | ---: | ---: | ---: |\n"
        "| 主动公开政府信息数 | 条 | 2 | 12 |\n（条）\n"
        "| 全文电子化率<br/>收到申请数 | %<br/>件 | 100<br/>7 | 100<br/>9 |\n（件）\n| 当面申请数 | 件 | 3 | 4 |"
    )
    assert without_cell_breaks(Document(text)).text.split("\n")[-5:] == [
        "（条）",
        "| 全文电子化率 | % | 100 | 100 |",
        "| 收到申请数 | 件 | 7 | 9 |",
        "（件）",
        "| 当面申请数 | 件 | 3 | 4 |",
    ]


def test_a_markdown_row_stacking_rows_folded_over_three_lines_a_tag_cut_too() -> None:
    """A Markdown row stacking rows with `<br />`, folded at a fixed width over three lines, one of its tags
    cut (`| —<` / `br />378<br />130 | … |`): the rows it holds, each number a cell, no `>` label of its own."""
    text = (
        "| 九、政府信息公开会议和培训情况<br />（一）召开政府信息公开工作会议或专题会\n"
        "议数<br />（二）举办各类培训班数 | —<br />次<br />次 | —<\n"
        "br />378<br />130 | —<br />2046<br />495 |\n"
        "| （三）接受培训人员数 | 人次 | 603 | 1661 |"
    )
    assert without_cell_breaks(Document(text)).text.split("\n") == [
        "| 九、政府信息公开会议和培训情况 | — | — | — |",
        "| （一）召开政府信息公开工作会议或专题会议数 | 次 | 378 | 2046 |",
        "| （二）举办各类培训班数 | 次 | 130 | 495 |",
        "| （三）接受培训人员数 | 人次 | 603 | 1661 |",
    ]


@pytest.mark.parametrize("eol", ["\n", "\r\n", "\r"])
def test_a_markdown_row_stacking_rows_folded_right_before_a_cells_bar(eol: str) -> None:
    """A Markdown `<br>` row folded right before a cell's `|` (`…<br>— ` then `| —<br>0<br>— | … |`), its line
    breaks perhaps CR LF or CR: the line after is the rest of the row, the line before it closing on no `|`."""
    text = eol.join(
        [
            "| 二、回应解读情况<br>（一）回应公众关注热点或重大舆情数（不同方式回应同一",
            "热点或舆情计1次）<br>（二）通过不同渠道和方式回应解读的情况 | —<br>次<br>— ",
            "| —<br>0<br>— | —<br>4<br>— |",
            "| 1．参加或举办新闻发布会总次数 | 次 | 0 | 0 |",
        ]
    )
    got = with_table_rows(Document(text)).text.split("\n")
    assert got == [
        "| 二、回应解读情况 | — | — | — |",
        "| （一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次） | 次 | 0 | 4 |",
        "| （二）通过不同渠道和方式回应解读的情况 | — | — | — |",
        "| 1．参加或举办新闻发布会总次数 | 次 | 0 | 0 |",
    ]


def test_a_row_of_cells_a_tab_apart_stacking_rows_with_br_is_each_row() -> None:
    """A table's text with its cells a tab apart and their `<br>` kept (`信函申请数<br />申请办结数` beside
    `7<br />89`): each row it stacks on a line of its own, its cells a tab apart; a row of words alone is one
    row, each cell's lines joined."""
    text = "\t传真申请数\t件\t7\t22\n\t信函申请数<br />申请办结数\t件<br />件\t7<br />89\t30<br />550\n说明\t见<br>附件"
    assert without_cell_breaks(Document(text)).text.split("\n") == [
        "\t传真申请数\t件\t7\t22",
        "\t信函申请数\t件\t7\t30",
        "\t申请办结数\t件\t89\t550",
        "说明\t见附件",
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # rows run together (the rule run on after the header, each `||` a row's end) after the text before them,
        # one stacking two: the text, then each row on a line of its own; the empty cell after 规章 kept
        (
            "附件：统计表| 指标 | 单位 | 2011年度 || --- | --- | ---: || 收到申请数 | 件 | 181 |"
            "| 同意公开答复数<br/>同意部分公开答复数 | 件<br/>件 | 9<br/>6 || 规章 |  | 19 |",
            [
                "附件：统计表| 指标 | 单位 | 2011年度 |",
                "| --- | --- | ---: |",
                "| 收到申请数 | 件 | 181 |",
                "| 同意公开答复数 | 件 | 9 |",
                "| 同意部分公开答复数 | 件 | 6 |",
                "| 规章 |  | 19 |",
            ],
        ),
        # a row stacking three cut by a fold inside its label cell: the label whole, never `条` a label of its own
        (
            "| 其中：主动公开规范性文件数<br>制发规范性文件总数<br>（二）通过不同渠道和\n"
            "方式公开政府信息的情况 | 条<br>件<br>— | 49<br>12<br>— |\n| 1．政府公报公开政府信息数 | 条 | 21 |",
            [
                "| 其中：主动公开规范性文件数 | 条 | 49 |",
                "| 制发规范性文件总数 | 件 | 12 |",
                "| （二）通过不同渠道和方式公开政府信息的情况 | — | — |",
                "| 1．政府公报公开政府信息数 | 条 | 21 |",
            ],
        ),
    ],
)
def test_markdown_rows_stacked_with_br_run_together_or_cut_by_a_fold_are_each_row(text: str, want: list) -> None:
    """A Markdown row stacking others with `<br>`, on a line of rows run together or cut by a fold: each row
    it holds on a line of its own."""
    assert without_cell_breaks(Document(text)).text.split("\n") == want


def _folded_in_label(space: str) -> str:
    """A tab row stacking three with `<br />` (its spaces `space`), a fold cutting its label cell, a row after."""
    br = f"<br{space}/>"
    return (
        f"\t3．同意部分公开答复数{br}4．不同意公开答复数{br}其中：涉及国\n"
        f"家秘密\t件{br}件{br}件\t42{br}273{br}3\n涉及商业秘密\t件\t97"
    )


FOLDED_IN_LABEL = [
    "\t3．同意部分公开答复数\t件\t42",
    "\t4．不同意公开答复数\t件\t273",
    "\t其中：涉及国家秘密\t件\t3",
    "涉及商业秘密\t件\t97",
]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (_folded_in_label(" "), FOLDED_IN_LABEL),
        (_folded_in_label("&ensp;"), FOLDED_IN_LABEL),
        # cut inside its label cell and again inside its last cell (`…\t—<br />5` / `<br />—`)
        (
            "\t二、回应解读情况<br />（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或\n"
            "舆情计1次）<br />（二）通过不同渠道和方式回应解读的情况\t—<br />次<br />—\t—<br />5\n<br />—\n"
            "\t1．参加或举办新闻发布会总次数\t次\t66",
            [
                "\t二、回应解读情况\t—\t—",
                "\t（一）回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计1次）\t次\t5",
                "\t（二）通过不同渠道和方式回应解读的情况\t—\t—",
                "\t1．参加或举办新闻发布会总次数\t次\t66",
            ],
        ),
        # stacking its rows on its own line, a row after it that opens on a word: each read alone, never joined
        (
            "信函申请数<br />申请办结数\t件<br />件\t7<br />89\n"
            "网上申请数<br />当面申请数\t件<br />件\t1<br />2\n结束。",
            ["信函申请数\t件\t7", "申请办结数\t件\t89", "网上申请数\t件\t1", "当面申请数\t件\t2", "结束。"],
        ),
    ],
    ids=["fold_in_label", "fold_in_label_references", "two_folds", "stacks_alone"],
)
def test_a_tab_row_cut_by_folds_is_read_to_where_its_cells_break_alike(text: str, want: list[str]) -> None:
    """A row of cells a tab apart stacking three with `<br />` (its spaces references too), cut by a fold inside
    its label cell, or inside its last cell as well: read with the fewest lines after it where every cell breaks
    as often — each row's label whole, never `家秘密` a label of its own or `件` a row's name, not the first line
    after it alone where that stacks two rows a cell short; the row after it, stacking none, as it was. A row
    that stacks its rows on its own line is read alone."""
    assert without_cell_breaks(Document(text)).text.split("\n") == want


@pytest.mark.parametrize(
    ("after", "want"),
    [
        ("## 五、其他事项。测试局2022年1月20日", ["| 规章 |  | 19 |", "## 五、其他事项。测试局2022年1月20日"]),
        (" 5", ["| 规章 |  | 19 | 5 |"]),  # a number: the last row's cell, its closing `|` left off
    ],
)
def test_text_run_on_after_markdown_rows_run_together_is_no_cell(after: str, want: list[str]) -> None:
    """The text a page ran on after the last row of a Markdown table whose line breaks were lost, rows stacked
    with `<br>` in it (`…| 19 |## 五、…2022年1月20日`): a line of its own after the rows, never the last
    row's cell with a `|` closing it (a signature's date read as a table's cell)."""
    line = "| 指标 | 单位 | 2011年度 || --- | --- | ---: || 收到<br>同意 | 件<br>件 | 1<br>2 || 规章 |  | 19 |" + after
    assert without_cell_breaks(Document(line)).text.split("\n")[4:] == want


def test_a_cell_broken_alone_is_one_cell() -> None:
    """A label wrapped onto two lines, a number wrapped in a narrow column (`3.` over `701072`), a cell's
    empty last paragraph (Word's), a row only some of whose numbers break: one row."""
    assert unstacked(["（二）部分公开（区分处理的，只\n计这一情形）", "0"]) == [
        ["（二）部分公开（区分处理的，只计这一情形）", "0"]
    ]
    assert unstacked(["行政事业性收费", "3.\n701072"]) == [["行政事业性收费", "3.701072"]]
    assert unstacked(["行政许可", "19\n"]) == [["行政许可", "19"]]
    assert unstacked(["行政许可", "1\n9", "2"]) == [["行政许可", "1 9", "2"]]  # the reader tells the cells


_STACKED_OVER_HEADING = (
    "<table><tr><td>统计指标</td><td>单位</td><td>本年</td><td>上年</td></tr>"
    "<tr><td>制发规范性文件总数<br>（二）通过不同渠道和方式公开政府信息的情况</td><td>件<br></td>"
    "<td>178<br></td><td>183<br></td></tr><tr><td>1．政府公报公开政府信息数</td><td>条</td><td>147</td>"
    "<td>861</td></tr></table>"
)


@pytest.mark.parametrize(
    ("page", "want"),
    [
        # the markup's own line breaks inside a cell only spaces: the label's source break joined
        (
            "<html><body><h1>某县2023年政府信息公开工作年度报告</h1><table>"
            "<tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
            "<tr><td><p>行政处罚</p><p>行政强制</p></td><td>69<br>67</td></tr>"
            "<tr><td>行政\n事业性收费</td><td>3.<br/>25</td></tr></table></body></html>",
            [["信息内容", "本年处理决定数量"], ["行政处罚", "69"], ["行政强制", "67"], ["行政事业性收费", "3.25"]],
        ),
        # a row stacked over a heading, each cell broken by `<br>` alone, the heading's cells empty after the break
        # (seed 1840828): two rows, the cells the first's, not one label holding both, the heading's cells
        (
            _STACKED_OVER_HEADING,
            [
                ["统计指标", "单位", "本年", "上年"],
                ["制发规范性文件总数", "件", "178", "183"],
                ["（二）通过不同渠道和方式公开政府信息的情况", "", "", ""],
                ["1．政府公报公开政府信息数", "条", "147", "861"],
            ],
        ),
        # … where a paragraph breaks a cell (one may begin a cell to centre its number): one row, as printed
        (
            _STACKED_OVER_HEADING.replace("<td>178<br></td>", "<td><p></p><p>178</p></td>"),
            [
                ["统计指标", "单位", "本年", "上年"],
                ["制发规范性文件总数（二）通过不同渠道和方式公开政府信息的情况", "件", "178", "183"],
                ["1．政府公报公开政府信息数", "条", "147", "861"],
            ],
        ),
    ],
    ids=["paragraphs", "br_over_a_heading", "centred"],
)
def test_html_cells_stacking_rows_are_read_as_rows(page: str, want: list[list[str]]) -> None:
    """A page's table printing two rows in one, each cell's lines apart by `<br>` (or paragraphs): each row
    read."""
    assert rows(load_html(page.encode()).text) == want


@pytest.mark.parametrize("space", [" ", "\u3000", " \u3000"])
def test_rows_stacked_with_a_number_whose_thousands_a_space_parts(space: str) -> None:
    """`| （三）其他情形数<br />六、举报投诉数量<br />… | 件<br />件<br />件 | 148<br />1 930<br />748 |`: a stacked
    cell's number printed with its thousands spaced is one of its numbers — the rows it holds, not one row of
    all the labels run together (`件件`)."""
    row = [
        "（三）其他情形数\n六、举报投诉数量\n（一）维持具体行政行为数",
        "件\n件\n件",
        f"148\n1{space}930\n748",
        "1107\n9 222\n4 184",
    ]
    assert [r[0] for r in unstacked(row, marked=True)] == [
        "（三）其他情形数",
        "六、举报投诉数量",
        "（一）维持具体行政行为数",
    ]
    assert unstacked(row, marked=True)[1][2:] == ["1 930", "9 222"]  # its white space one space, as a cell's


@pytest.mark.parametrize("marked", [False, True])
def test_a_number_a_cell_breaks_after_its_thousands_comma_is_one_number(marked: bool) -> None:
    """`<td>2,<br />495</td>`: a narrow cell wrapped a number after its thousands' comma — one number, 2,495,
    not 2 and a row of 495; stacked rows keep their own numbers still."""
    assert unstacked(["行政处罚", "2,\n495"], marked) == [["行政处罚", "2,495"]]
    assert unstacked(["行政处罚\n行政强制", "2,\n495\n7"], marked) == [["行政处罚", "2,495"], ["行政强制", "7"]]
    page = (
        "<table><tr><td>信息内容</td><td>本年处理决定数量</td></tr>"
        "<tr><td>行政处罚</td><td>2,<br />495</td></tr></table>"
    )
    assert "| 行政处罚 | 2,495 |" in load_html(page.encode()).text


def test_a_pre_keeps_its_lines_spaces_and_empty_lines() -> None:
    """A page that prints the report inside `<pre>` lays it out as printed: each line its own, the spaces and tabs
    between cells and the empty line of an empty cell kept, not run into one paragraph."""
    page = "<html><body><p>标题</p><pre>一、总体情况\n规章  0   1\n\n\t行政许可\t3\n</pre><p>尾</p></body></html>"
    doc = load_html(page.encode())
    assert doc.text == "标题\n一、总体情况\n规章  0   1\n\n\t行政许可\t3\n尾\n"


def test_real_reports_printed_inside_a_pre_read_as_printed(shared: Path) -> None:
    """Every real text report saved as a page that prints it inside `<pre>` reads as the text itself does."""
    for p in [*sorted((shared / "seeds").glob("*.txt")), *sorted((shared / "corpus").glob("r*.txt"))]:
        text = p.read_text(encoding="utf-8")
        page = f"<html><head><meta charset='utf-8'></head><body><pre>{html.escape(text)}</pre></body></html>"
        got, want = parse_bytes(page.encode(), "r.html"), parse_text(text)
        assert (got.cells, got.indicators) == (want.cells, want.indicators), p.name
