"""The whole-text patterns that consume their first character (so the regex engine can skip to it) find
exactly what the plain alternations they stand for find, on text made of the characters that matter."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zfxxgk import checks, meta, normalize, segment
from zfxxgk.checks import narrative, prose
from zfxxgk.extract import groups
from zfxxgk.numbering import NUMERALS, ZERO
from zfxxgk.segment import _NUMBERED
from zfxxgk.templates import TEMPLATES, s3_outcome_kinds

_END = (
    r"(?!\d|(?<!(?<!\d)\d{3})(?<!\d{5})年(?![\s|]|$|\d{1,2}[.、．](?!\d))|[ \t]*[月日%号页])"
    r"(?!(?<=(?:19|20)\d\d)[ \t]*年)"
)
PLAIN_TABLE_TOKEN = re.compile(
    rf"(?P<num>(?<![\d.])(?<!第)\d+(?:\.\d+){{2,}}(?:万元|元)?{_END}"
    rf"|(?<![\d.])(?<!第)[+-]?\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?:万元|元)?{_END}"
    r"|(?<![\d.])(?<!第)[+-]?\d+(?:,\d+)+(?:\.\d+)?(?:万元|元)?"
    rf"|(?<![\d.])(?<!第)[+-]?\d+(?:\.\d+)?(?:[ \t]?(?P<count>件|条|个|项|次)(?=[\s|\d]|$)|(?:万元|元)?{_END})"
    rf"|(?<=\d)[+-]\d+(?:,\d+)*{_END})"
    r"|(?P<blank>(?<![^\s|])(?:[-—–/]{1,3}|无)(?![^\s|])"
    r"|(?:(?<=\d)|(?<=\d[ \t])|(?<=\d无)|(?<=\d无[ \t])|(?<=\d[ \t]无)|(?<=\d[ \t]无[ \t]))"
    rf"无(?={groups._row_starts()})|(?:(?<=\d)|(?<=\d[ \t]))(?:/|—(?=\d)|[-—–](?:[—–]?(?![\d+-])|(?=\d[.、][^\d\s])))"
    rf"(?={groups._row_starts()})"
    r"|无(?=(?:[ \t]*无)*[ \t]*\d)|(?:(?<=[^\W\d_])|(?<=[）)”]))[—–/][—–]?(?=\d))"
)
PLAIN_PROSE_TOKEN = re.compile(
    r"(?P<share>(?<![\d.])\d+(?:\n\d+)*)\s*条\s*(?:政府)?信息中\s*[,，]"
    rf"|(?P<n>(?<![\d.])\d+(?:\n\d+)*)\s*(?:[余多])?\s*(?P<unit>{narrative._UNITS})(?!\d)"
    r"|(?P<whereof>其中(?:包括)?)|(?P<categories>主要类别(?:有|包括|为)?\s*[:：])"
    r"|(?P<including>包\n?(?:括|含)\s*[:：]?)|(?P<divided>分\n?(?:为|成)\s*[:：]?)|(?P<respectively>分\n?别)"
    r"|(?P<open>[(（])|(?P<close>[)）])|(?P<end>[。！？!?]|(?<!\d)\.(?!\d)|\n[ \t]*\n)"
)
# A digit and the run of white space after it before another digit: the runs the flat text keeps.
PLAIN_KEPT = re.compile(rf"([{prose._DIGIT}])(\s+)(?=[{prose._DIGIT}])")
PLAIN_GROUPED = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?![\d,])")
PLAIN_SENTENCE_BREAK = re.compile(r"[。；;！？!?]|(?<!\d)\.(?!\d)")
PLAIN_SPELT_YEAR = re.compile(rf"[一二][{ZERO}一二三四五六七八九]{{3}}(?=\s*年)|(?<!\d)[12](?:[ \t]+\d){{3}}(?=\s*年)")
PLAIN_YEAR_WORD = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
PLAIN_NUMBERED = re.compile(rf"(?P<num>[{NUMERALS}]{{1,2}})\s*、\s*|[（(](?P<sub>[{NUMERALS}]{{1,2}})[)）]\s*")


def texts(*pieces: str) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=16).map("".join)


TABLE_TEXT = texts(
    "0", "1", "19", "2020", "3.5", ",000", "+", "-", "—", "/", "无", " ", "\t", "\n", "|", ".", "第", "年"
)
TABLE_TEXT_MORE = texts(
    "元", "万元", "月", "%", "页", "12", "0.01", " 年", "a", "件", "条", "——", "无", "规章", "四、", "（", "）"
)
PROSE_TEXT = texts("3", "12", ".", "条", "件", "人次", "余", "多", " ", "\n", "\n\n", "其中", "包括", "主要类别有", ":")
PROSE_TEXT_MORE = texts("信息中", "政府", ",", "(", "）", "。", "?", "x", "1.5", "包", "分", "为", "别")


@settings(max_examples=400, deadline=None)
@given(st.tuples(TABLE_TEXT, TABLE_TEXT_MORE).map("".join))
@example("|---|:--:|\n| 1 | - |\n|--| --- |")  # a rule's dashes are no blank; a cell of two dashes is one
@example("1000001—2.其他 33年 8.属于 5年\n6年度")  # a dash before a row's number; a 年 with a space after it
def test_table_tokens(text: str) -> None:
    """The same spans, kinds and numbers (a count's printed unit left out; None for a blank mark)."""
    assert groups._matches(text) == _plain_tokens(text)


# Lines of labels, `|`, digits of other scripts, and a point or comma not before a digit, each perhaps
# with one thing that needs the whole token pattern.
PLAIN_LINE = texts("7", "30", "２", "٣", " ", "\t", "|", "1.", "a,", "（一）", "其他", "。")
MARKS = ["", *"+-—–/无第年月日%号页件条个项次元万", ".5", ",000", " 年", "——", "万元"]
LINES_TEXT = st.lists(st.tuples(PLAIN_LINE, st.sampled_from(MARKS), PLAIN_LINE).map("".join), max_size=6).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(LINES_TEXT)
@example("第 7\n7 +\n第 7")  # a lone digit between two lines opening with one character: a stub label's
def test_table_tokens_line_by_line(text: str) -> None:
    """Reading plain lines as digit runs and the rest with the whole pattern finds what the plain
    alternation finds over the whole text."""
    assert groups._matches(text) == _plain_tokens(text)


def test_table_tokens_of_real_reports(shared) -> None:
    """The same tokens in the text of every real report."""
    for path in sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert groups._matches(text) == _plain_tokens(text), path.name


def _plain_tokens(text: str) -> list[tuple[int, int, str | None]]:
    """The plain alternation's tokens, less the digits that are characters of a stub label printed down the
    page (`groups._stub_digits`, tested on its own in test_groups) and the marks of a Markdown table's rule."""
    stub = groups._stub_digits(text)
    rules = _rule_rows(text)
    return [
        (*m.span(), _plain_number(text, m))
        for m in PLAIN_TABLE_TOKEN.finditer(text)
        if m.start() not in stub and not any(a <= m.start() < b for a, b in rules)
    ]


def _rule_rows(text: str) -> list[tuple[int, int]]:
    """Where each line of `|` and cells each blank or a Markdown table's rule's (`---`, `:--:`: dashes and
    colons, three dashes at least) is."""
    out, at = [], 0
    for line in text.split("\n"):
        cells = [c.strip(" \t") for c in line.split("|")]
        if "|" in line and all(not c or (set(c) <= set("-:") and c.count("-") >= 3) for c in cells):
            out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _plain_number(text: str, m: re.Match[str]) -> str | None:
    if m.lastgroup != "num":
        return None
    return m.group() if m.start("count") < 0 else text[m.start() : m.start("count")].rstrip(" \t")


@settings(max_examples=400, deadline=None)
@given(st.tuples(PROSE_TEXT, PROSE_TEXT_MORE, PROSE_TEXT).map("".join))
def test_prose_tokens(text: str) -> None:
    """The same spans, kinds, counts and units (a count's last group is its unit in the plain form); the
    fast form's `skip` matches, the rest of a number that opens no count, are no token."""
    plain = [
        (m.span(), m.lastgroup, m.group("n") or m.group("share"), m.group("unit"))
        for m in PLAIN_PROSE_TOKEN.finditer(text)
    ]
    fast = [
        (
            m.span(),
            "unit" if m.lastgroup == "n" else m.lastgroup,
            text[m.start() : m.end("digits")] if m.lastgroup in ("n", "share") else None,
            m.group("unit"),
        )
        for m in narrative._TOKEN.finditer(text)
        if m.lastgroup != "skip"
    ]
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(texts("一", "二", "十", "、", " ", "(", "（", ")", "）", "\n", "x"))
def test_heading_numbering(text: str) -> None:
    plain = [(m.span(), m.group("num"), m.group("sub")) for m in PLAIN_NUMBERED.finditer(text)]
    fast = [
        (m.span(), None if m.group("sub") else text[m.start() : m.end("num")], m.group("sub"))
        for m in _NUMBERED.finditer(text)
    ]
    assert fast == plain


@settings(max_examples=300, deadline=None)
@given(texts("1", "²", "①", " ", "\t", "\n", "\u3000", "a", "年", ","))
def test_flat_text_keeps_only_spaces_between_digits(text: str) -> None:
    parts = PLAIN_KEPT.split(text)  # text, digit, run, text, …: the runs between two digits are kept
    parts[::3] = ["".join(p.split()) for p in parts[::3]]
    flat = prose.Flat.of(text)
    assert flat.text == "".join(parts)
    assert all(flat.text[i] == text[flat.offset(i)] for i in range(len(flat.text)))


@settings(max_examples=300, deadline=None)
@given(texts("1", "23", "505", ",", ".", " ", "a"))
def test_grouped_numbers(text: str) -> None:
    assert [m.span() for m in checks._GROUPED.finditer(text)] == [m.span() for m in PLAIN_GROUPED.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts("1", "23", "505", "2017", ",", ".", " ", "a"))
def test_every_grouped_number_holds_a_group_mark(text: str) -> None:
    """The cheap search for a group mark finds one wherever there is a grouped number to rewrite."""
    for m in checks._GROUPED.finditer(text):
        assert checks._GROUP_MARK.search(text, m.start(), m.end())


@settings(max_examples=300, deadline=None)
@given(texts("1", ".", "。", ";", "!", "a", "年"), st.integers(0, 16), st.integers(0, 16))
def test_sentence_breaks(text: str, pos: int, endpos: int) -> None:
    """The same breaks, also in part of a text (the statements read the sentence before a count)."""
    plain = [m.span() for m in PLAIN_SENTENCE_BREAK.finditer(text, pos, endpos)]
    assert [m.span() for m in prose._SENTENCE_BREAK.finditer(text, pos, endpos)] == plain


@settings(max_examples=300, deadline=None)
@given(texts("1", ".", "。", ";", "!", "，", "(", "a", "x" * 90), st.integers(0, 400))
def test_sentence_and_clause_starts_read_back(text: str, start: int) -> None:
    """The sentence before a place starts after its last break (within 200 characters), the clause
    after the last clause break in it: read back in the reversed text."""
    start = min(start, len(text))
    window = max(0, start - 200)
    sentence = max((m.end() for m in PLAIN_SENTENCE_BREAK.finditer(text, window, start)), default=window)
    assert prose.sentence_start(text, start) == sentence
    clause = max((m.end() for m in re.finditer(r"[。；;，,：:！？!?（(）)]", text[:start])), default=0)
    assert start - prose._CLAUSE_TAIL.match(text[sentence:start][::-1]).end() == max(clause, sentence)


OUTCOME_TABLE = TEMPLATES["2021"].section_tables(3)[0]
OUTCOME_KINDS = [k for k, _ in s3_outcome_kinds(OUTCOME_TABLE)]


@settings(max_examples=300, deadline=None)
@given(texts(*OUTCOME_KINDS, "及", "、", "不予", "3", "12", " ", "件", "。", "x"))
def test_outcome_counts(text: str) -> None:
    """One pattern per first character finds what the alternation of every kind finds."""
    names = "|".join(re.escape(k) for k in sorted(OUTCOME_KINDS, key=len, reverse=True))
    plain = re.compile(rf"({names})(?:{narrative._AND}({names}))?[^。；;，,\d%]{{0,6}}?(\d+)\s*件")
    patterns, _ = narrative._outcome_patterns(OUTCOME_TABLE)
    fast = [(m.span(), m.groups()) for m in prose.finditer(patterns, text)]
    assert fast == [(m.span(), m.groups()) for m in plain.finditer(text)]


CHROME_TEXT = texts(
    "\r",
    "\n",
    " ",
    "\t",
    "\u200b",
    "\ufeff",
    "[bookmark:x]",
    "公",
    "(kāi)",
    "(de)",
    "(ab)",
    "打印此页",
    "关闭窗口",
    "【 打印 】",
    "分享到:",
    "扫一扫在手机打开当前页",
    "微信 微博 QQ空间",
    " 相关链接:->",
    "当前位置:首页>",
    "字号:大 中",
    "浏览次数:12",
    "-",
    "—",
    "3",
    "第",
    "页",
    "共",
    "|",
    "/",
    "12",
    "数据1",
    "列2",
    "关",
    "(",
)


@settings(max_examples=400, deadline=None)
@given(CHROME_TEXT)
def test_page_chrome(text: str) -> None:
    """The inline chrome alone, first character consumed, finds what its plain alternation finds; and the
    inline chrome and the chrome lines, each found by its own pattern, are what the whole chrome pattern finds
    (less the lines that are no page number)."""
    plain = re.compile("|".join(normalize._INLINE_CHROME))
    assert [m.span() for m in normalize._INLINE_ONLY.finditer(text)] == [m.span() for m in plain.finditer(text)]
    every = re.compile("|".join((*normalize._INLINE_CHROME, f"^(?:{normalize._LINE_CHROME})")), re.MULTILINE)
    want = [m.span() for m in every.finditer(text) if normalize._is_chrome(m)]
    assert [m.span() for m in normalize._chrome(text)] == want


def _plain_candidates(text: str, starts: str | None = None) -> list[tuple[int, int]]:
    """The numberings, and the lines that may be a heading with no number read one by one (not where a
    numbering already is; holding one of `starts` if given), as (start, words start), in document order."""
    numbered = list(_NUMBERED.finditer(text))
    out: list[tuple[int, int]] = []
    k, taken, a = 0, 0, 0
    for raw in text.split("\n"):
        words = raw.lstrip(" \t#")
        body = a + len(raw) - len(words)
        if words and not words[0].isspace():
            while k < len(numbered) and numbered[k].start() <= a:
                out.append(numbered[k].span())
                taken = numbered[k].end()
                k += 1
            keyed = starts is None or any(c in words for c in starts)
            if a >= taken and not words[0].isdecimal() and len("".join(words.split())) <= 44 and keyed:
                out.append((a, body))
        a += len(raw) + 1
    return out + [m.span() for m in numbered[k:]]


@settings(max_examples=400, deadline=None)
@given(texts("一、", "(二)", "总体情况", "x" * 20, "1", " ", "\t", "#", "\n", "\u3000", "\u2028", "\x1c", "。"))
def test_heading_candidates(text: str) -> None:
    assert [(a, b) for a, b, _ in segment._candidates(text)] == _plain_candidates(text)
    assert [(a, b) for a, b, _ in segment._candidates(text, "总|情")] == _plain_candidates(text, "总情")


@settings(max_examples=400, deadline=None)
@given(texts("1", "2", "0", "9", "一", "二", "〇", "零", "三", " ", "\t", "\n", "年", "x"))
def test_spelt_title_years(text: str) -> None:
    assert [m.span() for m in meta._SPELT_YEAR.finditer(text)] == [m.span() for m in PLAIN_SPELT_YEAR.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts("1", "2", "0", "9", "一", "二", "〇", "O", "三", " ", "\t", "\n", "年", "x"))
def test_a_text_without_a_spelt_years_end_holds_no_spelt_year(text: str) -> None:
    if meta._SPELT_YEAR_END.search(text) is None:
        assert PLAIN_SPELT_YEAR.search(text) is None


@settings(max_examples=400, deadline=None)
@given(texts("19", "20", "1", "2", "0", "9", "年", " ", "\n", "月", "日", "12", "x", "."))
def test_year_words(text: str) -> None:
    assert [m.span(1) for m in meta._YEAR_WORD.finditer(text)] == [m.span(1) for m in PLAIN_YEAR_WORD.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(texts("3", "12", "件", "申请", "结转", "顺延", "至", "下", "一", "年", "度", "，", "。", "x" * 6, " "))
def test_counts_carried_forward(text: str) -> None:
    assert [m.span() for m in prose._carried(text)] == [m.span() for m in prose._CARRIED.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(texts("我", "本", "全", "市", "县", "区", "旗", "x", "\n"))
def test_the_kind_of_place_spoken_for(text: str) -> None:
    kinds = {kind for speaks in meta._SPEAKS_AS for kind in speaks.findall(text)}
    assert kinds == set(re.findall(r"[我本全]([市县区旗])", text))


@settings(max_examples=400, deadline=None)
@given(texts("一", "二", "十", "百", "〇", "0", "两", "第", "余", "多", "件", "条", "次", "性", "起", "，", "x", " "))
def test_counts_in_chinese_numerals(text: str) -> None:
    assert [m.span() for m in prose._cn_counts(text)] == [m.span() for m in prose._CN_COUNT.finditer(text)]


# (a note's mark perhaps with a fold's line break inside it: `15[注2` / `]`)
_PLAIN_MARK = r"(?:[\u2460-\u2473※]|(?<!\*)\*(?!\*)|\[\n?注(?:\n?\d){0,2}\n?\])"
# glued to a cell or a label, or opening a line before a unit in brackets (a label's rest: [注1](个))
PLAIN_SIGN_OR_MARK = re.compile(rf"[↑↓−](?=\d)|(?<=[\d\u4e00-\u9fff)]){_PLAIN_MARK}|(?<![^\n]){_PLAIN_MARK}(?=\()")


@settings(max_examples=400, deadline=None)
@given(texts("↑", "↓", "−", "①", "⑳", "※", "*", "**", "[注1]", "[注", "]", "3", "12", "件", ")", "(", " ", "\n", "x"))
def test_signs_and_footnote_marks(text: str) -> None:
    """The marks are found from the mark, what they are glued to read behind it, as the pattern with the
    look-behind first finds them; and the one search for rare wide characters finds the circled numbers."""
    plain = PLAIN_SIGN_OR_MARK.sub(
        lambda m: m.group().translate(normalize._AS_SIGNS) if m.group() in "↑↓−" else " " * len(m.group()), text
    )
    assert normalize.signs_and_marks(text) == plain
    marked = normalize._RARE.search(text) is not None or any(mark in text for mark in normalize._MARKS)
    assert marked or plain == text


@settings(max_examples=400, deadline=None)
@given(texts("x", "政", "府", "開", "錯", "與", "，", "！", "０", "\u3000", "\u00a0", "①", "⑳", " ", "\n"))
def test_one_search_for_rare_wide_and_traditional_characters(text: str) -> None:
    """The one search before normalising finds a character where the search for rare wide characters or
    the one for traditional characters would, and only there."""
    either = normalize._RARE_OR_TRADITIONAL.search(text)
    first = min((m.start() for p in (normalize._RARE, normalize._TRADITIONAL) if (m := p.search(text))), default=None)
    assert (either.start() if either else None) == first


PLAIN_OPENER = re.compile(r"(?=其\n?中|信息中|申请中|包\n?[括含]|分\n?[为成别])")  # a line's wrap may fall in 其中 too


@settings(max_examples=400, deadline=None)
@given(texts("其", "中", "信息", "申请", "信", "息", "包", "括", "含", "分", "为", "成", "别", "\n", "x"))
def test_list_openers(text: str) -> None:
    """The list openers found by a scan for one character of each kind begin where the words do."""
    assert sorted(narrative._openers(text)) == [m.start() for m in PLAIN_OPENER.finditer(text)]


def test_a_page_footer_begins_with_its_first_word() -> None:
    """A label piece of the 统计表 is searched for a page footer only where it holds a 第: every match
    begins with it."""
    from zfxxgk.patterns import literal_prefix

    assert literal_prefix(normalize.PAGE_FOOTER) == "第"


# The prose patterns as plainly written, each match's look-behind before its first character, and the pieces
# of text that matter to each
PLAIN_PROSE_WORDS = {
    "_HEADING": (r"#*[一二三四五六七八九十]+、[^，,。；;]{0,30}?(?:情况|概述|方面|工作)", "#一三十、，情况工作x"),
    "_SECTION": (
        r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])[^，,。；;]{0,40}?情况",
        "一三十、，情况（()）x",
    ),
    "_THIS_YEAR": (r"(?:19|20)\d{2}年|本年|今年|(?<!年)全年", "1920年本今全去x"),
    "_LAST_YEAR_SAID": (r"(?<![较比与同于])(?:上一?年度?|去年|前一年)(?!度?结转)", "上一年度去前结转较比x"),
    "_BODY": (
        r"(?<![我本])(?:(?<![我本]分)局(?!面|势|限)|委(?![托屈])"
        r"|(?<![举承主协督交代开包创兴申查合筹])办(?![理结件事法好])|(?<!大)厅|中心|街道|管委会|[所下直]属(?:单位|部门|机构)"
        r"|(?<![向至到被经由])(?<![向至到被经由]人民)法院)",
        "我本分局面委托举办理大厅中心街道管会所属单位人民法院向被x",
    ),
}


@pytest.mark.parametrize("name", sorted(PLAIN_PROSE_WORDS))
def test_prose_word_patterns(name: str) -> None:
    """The same matches, also from a place inside a text (a sentence's words are read from its start)."""
    plain, pieces = PLAIN_PROSE_WORDS[name]
    fast = getattr(prose, name)

    @settings(max_examples=400, deadline=None)
    @given(texts(*pieces), st.integers(0, 8))
    def same(text: str, pos: int) -> None:
        assert [m.span() for m in fast.finditer(text, pos)] == [m.span() for m in re.compile(plain).finditer(text, pos)]

    same()
