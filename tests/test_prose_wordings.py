"""The wordings real county, city and department reports use to state each quantity the tables hold, as
clerks vary them: each read with its value; and the look-alikes (a part of another total, a comparison,
a running total, another body's or another year's count, another matter's) read as none."""

from __future__ import annotations

import pytest

from zfxxgk.checks.prose import Clauses, Flat, arabic, statements

YEAR = 2022
# what the sentence is about, where its own words do not say it (收到申请…件 under its section's heading)
ABOUT = "（二）依申请公开情况\n"

READ = [
    # 收到申请…件
    ("2022年，本机关共收到政府信息公开申请120件。", [("requests", 120)]),
    ("全年共受理政府信息公开申请120件。", [("requests", 120)]),
    ("本年度新收政府信息公开申请120件。", [("requests", 120)]),
    ("2022年度我局共接收政府信息公开申请120件。", [("requests", 120)]),
    ("全区共收到依申请公开政府信息申请120件。", [("requests", 120)]),
    ("本机关全年共收到政府信息公开申请共计120件。", [("requests", 120)]),
    ("全年收到政府信息公开申请总数为120件。", [("requests", 120)]),
    ("全年收到政府信息公开申请达120件。", [("requests", 120)]),
    ("2022年全区政府信息公开申请总量为120件。", [("requests", 120)]),
    ("全年受理依申请公开120件。", [("requests", 120)]),
    ("本年度共收到政务公开申请120件。", [("requests", 120)]),
    ("全年共收到120件政府信息公开申请。", [("requests", 120)]),
    ("2022年，全区各级行政机关共受理政府信息公开申请120件。", [("requests", 120)]),
    ("本年度共收到公民、法人和其他组织提出的政府信息公开申请120件。", [("requests", 120)]),
    (f"{ABOUT}全年共收到申请120件。", [("requests", 120)]),
    (f"{ABOUT}本机关全年共接收申请一百二十件。", [("requests", 120)]),
    ("2022年1月1日至12月31日，我局共收到政府信息公开申请120件。", [("requests", 120)]),
    ("2022年度，全县共收到政府信息公开申请120件。", [("requests", 120)]),
    ("全年政府信息公开申请数量为120件。", [("requests", 120)]),
    ("全年新增政府信息公开申请120件。", [("requests", 120)]),
    ("全年共计受理各类信息公开申请120件，均在法定期限内答复。", [("requests", 120)]),
    ("截至2022年12月31日，共收到政府信息公开申请120件。", [("requests", 120)]),
    ("本年度内共收到政府信息公开申请120件。", [("requests", 120)]),
    ("全年度共收到政府信息公开申请120件。", [("requests", 120)]),
    ("2022年，我中心共收到政府信息公开申请120件。", [("requests", 120)]),
    ("本院全年受理政府信息公开申请120件。", [("requests", 120)]),
    ("2022年，全系统共受理政府信息公开申请120件。", [("requests", 120)]),
    ("2022年共收到并办理政府信息公开申请120件。", [("requests", 120)]),
    ("2022年未收到政府信息公开申请。", [("requests", 0)]),
    # the report's kind named as a part of every kind's count, not that count
    ("全年共收到各类申请120件，其中政府信息公开申请100件。", [("requests", 100)]),
    ("全年共收到申请120件，其中政府信息公开申请100件，其他申请20件。", [("requests", 100)]),
    ("全年共收到政府信息公开申请120件，其中政府信息公开申请100件。", [("requests", 120)]),
    ("三、收到和处理政府信息公开申请情况\n全年共受理各类申请120件，其中政府信息公开申请100件。", [("requests", 100)]),
    ("本年度本机关没有收到政府信息公开申请。", [("requests", 0)]),
    # the section's heading in a table's last cell before it, or run on from a table's words left unread
    (
        "三、收到和处理政府信息公开申请情况|3.认真办理依申请公开2022年全区各级行政机关共受理政府信息公开申请120件。",
        [("requests", 120)],
    ),
    ("行政处罚行政强制三、收到和处理政府信息公开申请情况2022年共收到政府信息公开申请120件。", [("requests", 120)]),
    (
        "年度增减31.38三、收到和处理政府信息公开申请情况|全年共受理各类申请130件，其中政府信息公开申请120件。",
        [("requests", 120)],
    ),
    # 办结…件
    ("全年共收到政府信息公开申请120件，办结118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请120件，已全部办结120件。", [("requests", 120), ("answers", 120)]),
    ("全年共收到政府信息公开申请120件，按时办结118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请120件，依法答复118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请120件，办理完毕118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请120件，已办理完毕的118件。", [("requests", 120), ("answers", 118)]),
    ("本年度共答复政府信息公开申请118件。", [("answers", 118)]),
    ("全年共收到政府信息公开申请120件，共办理完成118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请120件，办结率达98%。", [("requests", 120)]),
    # 上年结转…件
    ("全年新收政府信息公开申请120件，上年结转5件。", [("requests", 120), ("carried_in", 5)]),
    ("另有上年度结转政府信息公开申请5件。\n（依申请公开）", [("carried_in", 5)]),
    ("本年度收到政府信息公开申请120件，上一年度结转申请5件。", [("requests", 120), ("carried_in", 5)]),
    ("全年共收到政府信息公开申请120件，从上年结转5件。", [("requests", 120), ("carried_in", 5)]),
    ("全年共收到政府信息公开申请120件，上年度结转至本年度的申请5件。", [("requests", 120), ("carried_in", 5)]),
    # last year by its number
    ("全年共收到政府信息公开申请120件，2021年结转的申请5件。", [("requests", 120), ("carried_in", 5)]),
    ("全年共收到政府信息公开申请120件，2021年度结转至本年度的申请5件。", [("requests", 120), ("carried_in", 5)]),
    ("全年共收到政府信息公开申请120件，2021年未办结的5件。", [("requests", 120), ("carried_in", 5)]),
    ("2021年度结转至下一年度的政府信息公开申请5件。", [("carried_in", 5)]),
    (  # the counts after it in its sentence are still the year's, its own count read or not (two numbers: 7 3件)
        "全年共收到政府信息公开申请120件，2021年结转的申请5件，办结118件。",
        [("requests", 120), ("carried_in", 5), ("answers", 118)],
    ),
    ("全年共收到政府信息公开申请120件，2021年结转的申请7 3件，办结118件。", [("requests", 120), ("answers", 118)]),
    # a count a line's wrap broke inside running prose, spaced around its digits as a PDF's text is or not
    ("全年共收到政府信息公开申请12\n0件，办结118件。", [("requests", 120), ("answers", 118)]),
    ("全年共收到政府信息公开申请 12\n0 件，办结 118 件。", [("requests", 120), ("answers", 118)]),
    (
        "全年共收到政府信息公开申请120件，2021年结转的申请7\n3件，办结118件。",
        [("requests", 120), ("carried_in", 73), ("answers", 118)],
    ),
    # 结转下年度…件
    ("全年共办结政府信息公开申请118件，结转下年度继续办理2件。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，2件结转下年度办理。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，另有2件顺延至下年度办理。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，顺延至下一年度答复的2件。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，结转至2023年办理2件。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，结转下一年度继续办理的有2件。", [("answers", 118), ("carried_forward", 2)]),
    (
        "所有办结的信息公开申请中同意公开答复9件，其他处理14件，转下一年度办理答复的有2件。",
        [("carried_forward", 2)],
    ),
    ("全年共办结政府信息公开申请118件，2件结转至2023年继续办理。", [("answers", 118), ("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，2022年结转至下一年度2件。", [("answers", 118), ("carried_forward", 2)]),
    # the year's own by its number: left unfinished in it, or carried to the year after it
    ("全年共办结政府信息公开申请118件，2022年未办结的2件。", [("answers", 118), ("carried_forward", 2)]),
    ("2022年度未办结、结转到下一年度的政府信息公开申请2件。", [("carried_forward", 2)]),
    ("2022年度未办结政府信息公开申请2件。", [("carried_forward", 2)]),
    ("全年共办结政府信息公开申请118件，结转至2023年度继续办理的2件。", [("answers", 118), ("carried_forward", 2)]),
    ("2021年度未办结、结转到下一年度的政府信息公开申请5件。", [("carried_in", 5)]),
    # the year before's carried in, then the next year's (含上年度结转…，另有…顺延到下年度)
    (
        "答复政府信息公开申请118件（含上年度结转申请5件，另有2件申请按照规定顺延到下年度答复）。",
        [("answers", 118), ("carried_in", 5), ("carried_forward", 2)],
    ),
    # 行政复议…件, 行政诉讼…件
    ("2022年，因政府信息公开工作被申请行政复议3件。", [("review", 3)]),
    ("全年发生政府信息公开行政复议案件3起，行政诉讼案件1起。", [("review", 3), ("litigation", 1)]),
    ("本机关因政府信息公开被申请行政复议3件，被提起行政诉讼1件。", [("review", 3), ("litigation", 1)]),
    ("全年共收到政府信息公开行政复议申请3件。", [("review", 3)]),
    ("本年度因政府信息公开被起诉1件。", [("litigation", 1)]),
    ("涉及政府信息公开的行政复议案件数为3件。", [("review", 3)]),
    ("全区共发生政府信息公开行政诉讼案件1起。", [("litigation", 1)]),
    ("政府信息公开行政诉讼应诉案件1件。", [("litigation", 1)]),
    ("2022年，全区因政府信息公开被申请行政复议3件、被提起行政诉讼1件。", [("review", 3), ("litigation", 1)]),
    ("2022年，我局有3件涉及政府信息公开工作的行政复议。", [("review", 3)]),
    ("全年发生3起因政府信息公开引发的行政复议。", [("review", 3)]),
    ("2022年未发生因政府信息公开引起的行政复议、行政诉讼。", [("review", 0), ("litigation", 0)]),
    # the topic carried from the sentence before, opened elliptically (涉及的…, 其中 of both kinds' count)
    (
        "2022年我委有1件涉及政府信息公开工作的行政复议，该行政复议件未被复议审查机关纠错。涉及的行政诉讼数为0件。",
        [("review", 1), ("litigation", 0)],
    ),
    (
        "2022年，因政府信息公开被申请行政复议和提起行政诉讼共3件。其中行政复议2件，行政诉讼1件。",
        [("review", 2), ("litigation", 1)],
    ),
    (
        "2022年，因政府信息公开被申请行政复议、提起行政诉讼共3件，其中行政复议2件，行政诉讼1件。",
        [("review", 2), ("litigation", 1)],
    ),
    # a 其中 of one kind's count is a part of it
    ("2022年，因政府信息公开被申请行政复议5件。其中行政复议案件3件。", [("review", 5)]),
    # or from the section's heading
    (
        "五、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n2022年未收到行政复议申请。行政诉讼0件。",
        [("review", 0), ("litigation", 0)],
    ),
    (
        "（五）因政府信息公开申请提起行政复议、行政诉讼的情况\n详见下表。本年度行政复议1件，行政诉讼0件。",
        [("review", 1), ("litigation", 0)],
    ),
    # 现行有效规范性文件…件, 现行有效规章…件
    ("现行有效规范性文件120件。", [("in_force", 120)]),
    ("截至2022年底，现行有效规范性文件120件。", [("in_force", 120)]),
    ("截至2022年12月31日，我局现行有效的行政规范性文件共120件。", [("in_force", 120)]),
    ("截止2022年年底，全区现行有效行政规范性文件数量为120件。", [("in_force", 120)]),
    ("截至2022年末，本机关现行有效的规范性文件有120件。", [("in_force", 120)]),
    ("全市现行有效的行政规范性文件总数为120件。", [("in_force", 120)]),
    ("截至2022年12月底，现行有效规范性文件120件。", [("in_force", 120)]),
    # the year broken by a line's wrap or spaces
    ("截至 20\n22 年底，现行有效规范性文件120件。", [("in_force", 120)]),
    ("截至20 22年12月31日，现行有效规范性文件120件。", [("in_force", 120)]),
    ("2 022年共收到政府信息公开申请120件。", [("requests", 120)]),
    ("现行有效规章5件。", [("regulations_in_force", 5)]),
    ("截至2022年底，现行有效规章5件、行政规范性文件120件。", [("regulations_in_force", 5), ("in_force", 120)]),
    ("现行有效行政规范性文件120件，规章5件。", [("in_force", 120), ("regulations_in_force", 5)]),
    # the list's next item of the same kind, or said to be something else, is no count in force
    ("现行有效规范性文件120件，规范性文件5件。", [("in_force", 120)]),
    ("现行有效规范性文件120件，规章5件已废止。", [("in_force", 120)]),
    ("截至2022年底，现行有效政府规章共5件。", [("regulations_in_force", 5)]),
    # 主动公开…条
    ("2022年主动公开政府信息1913条。", [("proactive", 1913)]),
    ("全年共主动公开各类政府信息1913条。", [("proactive", 1913)]),
    ("本年度全区主动公开政府信息共计1913条。", [("proactive", 1913)]),
    ("（一）公开的主要内容\n2022年新增主动公开政府信息45条。", [("proactive", 45)]),
]

SILENT = [
    # a part of another total
    "全年共收到各类来信200件，其中涉及社保的受理政府信息公开申请5件。",
    "2022年获取政府信息总数1873条，其中区直部门主动公开政府信息426条。",
    "全年共收到申请10件，其中结转下年度继续办理2件。",
    # a comparison, a share, a running total
    "全年收到政府信息公开申请较上年增加12件。",
    "全年收到政府信息公开申请同比增长12件。",
    "收到政府信息公开申请数量占比12%。",
    "累计收到政府信息公开申请1200件。",
    "本年度共受理政府信息公开申请数较上年增加20件。",
    "上年度结转申请数同比增长5件。",
    "截至2022年底，累计主动公开政府信息4359条。",
    "历年累计现行有效规范性文件120件。",
    # another body's, last year's, another year's
    "区教育局共受理政府信息公开申请12件，办结11件。",
    "区行政服务中心共收到政府信息公开申请120件。",
    "市人民法院共受理政府信息公开行政诉讼案件9件。",
    # handled: received or answered, it does not say
    "全年共办理政府信息公开申请120件。",
    "上年度共收到政府信息公开申请20件，办结18件。",
    "2021年共收到政府信息公开申请20件。",
    "去年因政府信息公开被申请行政复议4件。",
    # last year's carried in named by another year, or this year's; a year broken apart that is another year
    "2020年结转的申请5件。",
    "2022年结转的申请5件。",
    "2020年度结转至下一年度的申请5件。",
    "全年共办理行政复议案件12件，2021年结转的5件。",
    # the year's carried forward named by another year, or another matter's
    "2023年未办结的申请2件。",
    "2020年度未办结、结转到下一年度的申请2件。",
    "结转至2024年度继续办理的申请2件。",
    "结转至2022年度继续办理的申请2件。",
    "全年共办理行政复议案件12件，2022年未办结的2件。",
    "区教育局2022年未办结的申请2件。",
    # a heading's look-alike after a comma does not part the sentence from the year it names
    "上年度收到政府信息公开申请20件，四、依申请公开工作办结18件。",
    "2022年未办结率为0，未办结申请0件。",
    "截至 20\n23 年底，现行有效规范性文件120件。",
    "2 021年共收到政府信息公开申请20件。",
    # as of another date, or of now
    "截至2023年3月，现行有效规范性文件120件。",
    "截至2022年6月，现行有效规范性文件120件。",
    "截至目前，现行有效规范性文件120件。",
    "截至2023年底，现行有效规章5件。",
    "截至目前，已办结政府信息公开申请22件。",
    # both kinds' count
    "现行有效规章和规范性文件共30件。",
    "现行有效规范性文件和规章共30件。",
    "全年共发生政府信息公开行政复议和行政诉讼案件9件。",
    # 行政复议 about other matters, or decided as the review authority
    "全年共办理行政复议案件120件。",
    "本机关作为行政复议机关，全年受理政府信息公开行政复议案件80件。",
    # an elliptical sentence after one not about 政府信息公开, another year's or another body's; a heading not about
    # the cases; a part of those decided one way
    "全年共办理行政复议案件12件。涉及的行政诉讼数为0件。",
    "2021年，本机关有1件涉及政府信息公开工作的行政复议。涉及的行政诉讼数为0件。",
    "区教育局有1件涉及政府信息公开工作的行政复议。涉及的行政诉讼数为0件。",
    "四、政府信息公开的收费情况\n详见下表。行政诉讼0件。",
    "五、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n详见下表。区教育局行政诉讼2件。",
    "因政府信息公开被申请行政复议和提起行政诉讼共3件，其中被纠错的行政复议1件。",
    "全年共收到行政复议案件10件。其中行政诉讼2件。",
    # other matters: 咨询, 信访, 投诉, 审批
    "全年共受理群众咨询120件，办结118件。",
    "全年受理信访件120件，办结118件。",
    "全年受理政府信息公开相关投诉12件。",
    "全年共受理审批事项117件，办结171件。",
    # none corrected, not none made; none of a part
    "全年未发生因政府信息公开被纠错的行政复议案件。",
    "全年未发生因依申请公开引发的行政复议和行政诉讼案件纠错情况。",
    "未收到上级转办的政府信息公开申请。",
    # cases decided one way or not yet: a part of those counted
    "全年有3件政府信息公开行政复议案件尚未审结。",
    "本年度有1起政府信息公开行政诉讼被法院判决败诉。",
    # a rate, not a count; no count of another kind of document in force
    "政府信息公开申请办结率达100%。",
    "现行有效规章制度12件。",
    # rough counts
    "全年主动公开政府信息5500余条。",
    "全年收到政府信息公开申请约120件。",
]


def _read(text: str) -> list[tuple[str, int]]:
    flat = Flat.of(arabic(text).text).text
    return sorted((s.quantity, s.value) for s in statements(flat, YEAR))


@pytest.mark.parametrize(("text", "read"), READ)
def test_each_wording_is_read_with_its_value(text: str, read: list[tuple[str, int]]) -> None:
    assert _read(text) == sorted(read)


@pytest.mark.parametrize("text", SILENT)
def test_each_look_alike_is_read_as_none(text: str) -> None:
    assert _read(text) == []


# A whole place's count (全市, 全区) is a government's own; in a department's report it is the place's, not the
# department's. A government's own office (政府办公室) reports for its government.
WHOLE_PLACE = [
    "2022年，全市共收到政府信息公开申请1200件。",
    "全区现行有效规范性文件300件。",
    "全县共发生因政府信息公开被申请行政复议3件。",
]


@pytest.mark.parametrize("text", WHOLE_PLACE)
@pytest.mark.parametrize(
    ("agency", "own"),
    [("XX市教育委员会", False), ("XX区财政局", False), ("XX区人民政府", True), ("XX县人民政府办公室", True)],
)
def test_a_whole_places_count_is_only_a_governments_own(text: str, agency: str, own: bool) -> None:
    flat = Flat.of(arabic(text).text).text
    assert bool(list(statements(flat, YEAR, agency))) is own


def test_a_departments_own_count_beside_the_whole_places_is_read() -> None:
    text = "2022年，全市教育系统共收到申请1200件，我委收到政府信息公开申请35件。"
    flat = Flat.of(arabic(text).text).text
    assert [(s.quantity, s.value) for s in statements(flat, YEAR, "XX市教育委员会")] == [("requests", 35)]


@pytest.mark.parametrize(
    ("agency", "short"),
    [
        ("北京市科学技术委员会", "市科委"),
        ("XX区发展和改革委员会", "区发改委"),
        ("XX市人力资源和社会保障局", "市人社局"),
    ],
)
def test_the_report_bodys_short_name_is_its_own(agency: str, short: str) -> None:
    """A report names its own body by the short name reports use; the count after it is the report's."""
    text = f"2022年，{short}共收到政府信息公开申请35件。"
    flat = Flat.of(arabic(text).text).text
    assert [(s.quantity, s.value) for s in statements(flat, YEAR, agency)] == [("requests", 35)]


@pytest.mark.parametrize("other", ["市教委", "市科协", "区财政局"])
def test_another_bodys_short_name_is_not_the_reports(other: str) -> None:
    text = f"2022年，{other}共收到政府信息公开申请35件。"
    flat = Flat.of(arabic(text).text).text
    assert list(statements(flat, YEAR, "北京市科学技术委员会")) == []


def test_the_clauses_that_may_hold_a_statement_are_read_together_with_their_offsets() -> None:
    """Only the clauses holding a count's unit right after a digit, or a "none"'s word, each with its mark;
    those next to each other in one run, every character mapped back to where it stands."""
    flat = "2022年，本机关主动公开政府信息120条。全年工作平稳，收到申请5件，办结5件；未收到复议申请。其他事项。"
    clauses = Clauses.of(flat)
    assert clauses.text == "本机关主动公开政府信息120条。收到申请5件，办结5件；未收到复议申请。"
    assert len(clauses.starts) == 2
    assert "".join(flat[clauses.offset(i)] for i in range(len(clauses.text))) == clauses.text
    assert Clauses.of("工作平稳，共3人参加").text == ""


def test_the_clauses_of_a_text_as_printed_are_those_of_its_flat_text() -> None:
    """Read as printed, each clause is flattened by itself (a count's digits and unit, 没 and 有, a line's wrap
    apart), with the same offsets in the flat text, which is built whole only once asked for."""
    text = (
        "2022年，全年工作平稳。\n\n本机关今年主动公开政府信息12\n0条，收到申请5 件，"
        "没\n有收到复议申请；截至20\n23年底共3 000件。\n"
    )
    flat = Flat.of(text)
    clauses = Clauses.of(text, printed=True)
    said = "本机关今年主动公开政府信息120条，收到申请5件，没有收到复议申请；截至2023年底共3 000件。"
    assert clauses.text == Clauses.of(flat.text).text == said
    whole = clauses.flat()
    assert (whole.text, whole.joined) == (flat.text, flat.joined)
    assert "".join(flat.text[clauses.offset(i)] for i in range(len(clauses.text))) == clauses.text


def test_a_statement_of_a_count_the_caller_holds_already_is_not_read() -> None:
    flat = Flat.of("2022年，本机关共收到政府信息公开申请120件，办结118件。").text
    held = {"requests": (120,)}
    read = statements(flat, YEAR, agreed=lambda kind: held.get(kind, ()))
    assert [(s.quantity, s.value) for s in read] == [("answers", 118)]
