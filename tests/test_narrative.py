"""Narrative checks: parts that do not add up to their stated total, and prose counts that contradict
the tables — caught when the text states them plainly, silent otherwise."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from fnmatch import fnmatchcase
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zfxxgk.checks import Context, narrative
from zfxxgk.checks.narrative import check_against_tables, check_sums
from zfxxgk.checks.prose import _DIGIT, Flat, arabic
from zfxxgk.numbering import cn_numeral
from zfxxgk.pipeline import parse_bytes, parse_path, parse_text
from zfxxgk.record import Finding, IndicatorRow, Meta, Record
from zfxxgk.templates import get_template


def _sums(text: str, year: int = 2012) -> list[str]:
    ctx = Context(Record(meta=Meta(year=year)), None, text)
    return [f.message for f in check_sums(ctx)]


SUM_MISMATCHES = [
    # the parts follow in the next sentences; their shares reach 100%
    (
        "2012年主动公开政府信息1913条。其中，区直、县直各单位主动公开政府信息1397条，占73%。"
        "各乡镇主动公开政府信息534条，占27%。",
        "正文称共 1913条，所列各项 1397+534 = 1931条，两者不符。",
    ),
    ("主动公开1913条，其中区直、县直1397条、各乡镇534条。", "正文称共 1913条，所列各项 1397+534 = 1931条，两者不符。"),
    # a line's wrap (a PDF's, a fixed-width page's) between the characters of the opener or of the closing total
    (
        "主动公开 1913 条，其\n中区直、县直 1397 条、各乡镇 534 条。",
        "正文称共 1913条，所列各项 1397+534 = 1931条，两者不符。",
    ),
    ("网上申请20件，信函申请6件，共\n计25件。", "正文称共 25件，所列各项 20+6 = 26件，两者不符。"),
    (
        "全年主动公开信息500条，其中网站公开300条，占60%；政务新媒体公开190条，占40%。",
        "正文称共 500条，所列各项 300+190 = 490条，两者不符。",
    ),
    (
        "共公布政府信息2602条(其中机构职能类信息82条，政策、规范性文件类信息80条，其他应主动公开政府信息2441条)，"
        "主要通过门户网站公开。",
        "正文称共 2602条，所列各项 82+80+2441 = 2603条，两者不符。",
    ),
    (
        "全年共受理政府信息公开申请30件，其中当面申请10件，网上申请15件，其他形式申请4件。",
        "正文称共 30件，所列各项 10+15+4 = 29件，两者不符。",
    ),
    # 收到, 达到 before a count: a verb, not a range's end (30至40件) that makes the count rough
    (
        "本年度共收到政府信息公开申请20件，其中网上收到12件、当面收到5件，其他渠道收到1件。",
        "正文称共 20件，所列各项 12+5+1 = 18件，两者不符。",
    ),
    (
        "2014年主动公开政府信息2543条。主动公开政府信息的主要类别有：机构职能类信息594条，"
        "规划计划类信息29条，其他应主动公开的信息1946条。",
        "正文称共 2543条，所列各项 594+29+1946 = 2569条，两者不符。",
    ),
    (
        "在门户网站主动公开的425条政府信息中，机构职能类信息148条，占34.8%；政策文件类信息280条，占65.2%。",
        "正文称共 425条，所列各项 148+280 = 428条，两者不符。",
    ),
    # a word of the list's own total that only looks like one (公共) does not close it
    (
        "主动公开信息100条，其中公共服务类信息30条、其他信息60条。",
        "正文称共 100条，所列各项 30+60 = 90条，两者不符。",
    ),
    # channels that overlap never add up to less than their total when all are listed (其他渠道)
    (
        "全年主动公开政府信息150条，其中网站发布80条，政务新媒体发布40条，其他渠道发布20条。",
        "正文称共 150条，所列各项 80+40+20 = 140条，两者不符。",
    ),
    # a first part opened by 包括 is a part
    (
        "主动公开信息1000条，其中：包括政策文件300条，其他信息600条。",
        "正文称共 1000条，所列各项 300+600 = 900条，两者不符。",
    ),
    # its own total closes the list: checked against it
    ("全年收到申请15件。其中网上申请12件、信函申请4件，共计15件。", "正文称共 15件，所列各项 12+4 = 16件，两者不符。"),
    # what is left named after a preposition or 等: still the part that makes the list whole
    (
        "共受理申请120件，其中当面申请30件、网络申请80件、通过信函等其他方式申请5件。",
        "正文称共 120件，所列各项 30+80+5 = 115件，两者不符。",
    ),
    # parts that overshoot, what is left listed last, and nothing said of overlap
    (
        "共受理申请120件，其中当面申请40件、网络申请90件、其他10件。本年度申请办理总体平稳。",
        "正文称共 120件，所列各项 40+90+10 = 140件，两者不符。",
    ),
    # parts said to overlap never add up to less than their total when what is left is listed too
    (
        "共受理申请120件，其中当面申请30件、网络申请80件、其他5件，部分申请涉及多个渠道。",
        "正文称共 120件，所列各项 30+80+5 = 115件，两者不符。",
    ),
    # 重复申请 is an outcome of its own, no word that the parts overlap
    (
        "共办结申请120件，其中予以公开80件、部分公开20件、重复申请15件、其他10件。",
        "正文称共 120件，所列各项 80+20+15+10 = 125件，两者不符。",
    ),
    # a 其中 in other words, opening the sentence after the total's
    (
        "全年主动公开政府信息67条。在主动公开的信息中，机构职能类信息12条，其他类信息56条。",
        "正文称共 67条，所列各项 12+56 = 68条，两者不符。",
    ),
    (
        "全年共收到政府信息公开申请30件。在收到的申请中，当面申请10件，网上申请15件，其他形式申请4件。",
        "正文称共 30件，所列各项 10+15+4 = 29件，两者不符。",
    ),
    # 同时 opening the next sentence speaks of other work, not of the parts overlapping
    (
        "全年主动公开政府信息67条。在主动公开的信息中，机构职能类信息12条，其他类信息56条。同时在公开栏公开各类告示。",
        "正文称共 67条，所列各项 12+56 = 68条，两者不符。",
    ),
    # people counted by who took part are each one part's: they do not overlap
    (
        "共举办培训班8期，培训人员320人次，其中县直部门参加200人次、乡镇参加150人次。",
        "正文称共 320人次，所列各项 200+150 = 350人次，两者不符。",
    ),
    # a count in 场次 is quoted with its whole unit, not as one in 场
    (
        "全年共开展培训12场次，其中县级层面4场次，乡镇层面9场次。",
        "正文称共 12场次，所列各项 4+9 = 13场次，两者不符。",
    ),
    # accounts named by their channel are each one channel's: they do not overlap
    (
        "我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号42个，共发布信息3404条。",
        "正文称共 70个，所列各项 29+42 = 71个，两者不符。",
    ),
    # two parts that make the total, then one more: no second breakdown
    (
        "全年办理申请120件，其中按时办结110件，延期办结10件，其他5件。",
        "正文称共 120件，所列各项 110+10+5 = 125件，两者不符。",
    ),
    # the parts in brackets right after their total
    (
        "全年共收到政府信息公开申请120件（当面申请20件、网上申请90件、信函申请20件）。",
        "正文称共 120件，所列各项 20+90+20 = 130件，两者不符。",
    ),
    (
        "全年主动公开政府信息500条 (政策文件200条、工作动态400条)。",
        "正文称共 500条，所列各项 200+400 = 600条，两者不符。",
    ),
]


SUM_MISMATCHES += [
    # a total after its parts, the only word that says they are a list: short of it or past it
    ("网上申请28件，信函申请3件，当面申请2件，合计32件。", "正文称共 32件，所列各项 28+3+2 = 33件，两者不符。"),
    (
        "全年发布政策文件30条、工作动态500条、通知公告200条，共计800条。",
        "正文称共 800条，所列各项 30+500+200 = 730条，两者不符。",
    ),
    ("办结的申请中，予以公开13件，部分公开4件，共计19件。", "正文称共 19件，所列各项 13+4 = 17件，两者不符。"),
    ("全年新收申请31件，上年结转3件，共计35件。", "正文称共 35件，所列各项 31+3 = 34件，两者不符。"),
    # the two kinds of applicant there are: a whole, short of the total
    (
        "全年共收到申请20件，其中，自然人申请17件，法人或其他组织申请2件。",
        "正文称共 20件，所列各项 17+2 = 19件，两者不符。",
    ),
    ("共收到申请20件，其中法人申请2件、自然人申请17件。", "正文称共 20件，所列各项 2+17 = 19件，两者不符。"),
    # parts parted by semicolons, or short of the total before the first one
    (
        "共受理申请35件，其中当面申请5件；网络申请28件；信函申请3件。",
        "正文称共 35件，所列各项 5+28+3 = 36件，两者不符。",
    ),
    (
        "共受理申请35件，其中当面申请5件，网络申请28件；信函申请3件。",
        "正文称共 35件，所列各项 5+28+3 = 36件，两者不符。",
    ),
]


@pytest.mark.parametrize(("text", "message"), SUM_MISMATCHES)
def test_parts_that_do_not_add_up_are_found(text: str, message: str) -> None:
    assert _sums(text) == [message]


SUMS_SILENT = [
    # they add up, in one sentence, across sentences, or with shares
    "主动公开政府信息31505条，其中区政府门户网站群公开12579条，政务新媒体公开18926条。",
    "2018年全区主动公开政府信息2069条。其中，区管委会及区直各部门主动公开政府信息1592条，占76.9%。"
    "各乡镇主动公开政府信息477条，占23.1%，政府信息公开量较大的部门是区行政审批局。",
    "我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号41个，共发布信息3404条。",
    # a category list that is not exhaustive: no 其他, short of the total
    "在网站主动公开的1913条政府信息中，机构职能信息133条，占6.95%；政策文件类信息403条，占21.07%。",
    # shares of 98.9% over nine parts are not rounding: the list is not meant to be whole
    "在网站主动公开的425条政府信息中，"
    + "；".join(f"{k}类信息{n}条，占{p}%" for k, n, p in [("甲", 148, 34.8), ("乙", 273, 64.1)])
    + "。",
    # a nested 其中 in brackets is a sub-list, not parts of the total
    "共受理申请50件，其中当面申请20件（其中已办结15件），网上申请30件。",
    # a comparison, a running total, another year's figure are not parts
    "主动公开信息1200条，其中网站公开1000条，较上年增加200条。",
    "主动公开信息1200条，其中网站公开1000条，截至年底累计公开9000条。",
    "主动公开信息1200条，其中网站公开1000条，2011年公开900条。",
    # a list of examples
    "全年主动公开信息500条，其中如机构职能信息300条、规划信息400条等。",
    # 在…中 of no 信息 or 申请, of examples, or short of a total not said to be whole
    "全年主动公开政府信息67条。在工作中，我们发布政策解读50条、回应关切20条、答复留言10条。",
    "全年主动公开政府信息67条。在主动公开的信息中，如机构职能类信息12条、规划类信息60条等。",
    "全年主动公开政府信息67条。在主动公开的信息中，机构职能类信息12条、规划类信息20条。",
    # the 其中 belongs to another total of the sentence that its parts do add up to
    "今年我局共受理审批事项117件，办结171件，办结率100%。其中办理减免税91件，个人住房减免税7件，赠与减免税19件。",
    # one part is no list
    "全年主动公开政府信息120条，其中第0类7件，其中第1类4件，其中第2类9件。",
    # parts below a total that is not said to be whole
    "主动公开政府信息1913条，其中机构职能信息133条，政策文件403条。",
    # rough counts: about so many, a range, at least so many
    "主动公开信息2000余条，其中政策文件500余条、工作动态1000余条、其他600余条。",
    "发布信息约2000条，其中政策文件约500条、工作动态约1000条、其他约600条。",
    "发布信息100条，其中政策文件30至40条、工作动态50条、其他20条。",
    "发布信息100条，其中政策文件30条以上、工作动态50条、其他30条。",
    "发布信息近2000条，其中政策文件500条、工作动态1000条、其他600条。",
    # the channels an item was published on overlap: one carries them all, or they are named by channel
    "主动公开政府信息1200条，其中通过政府网站公开1200条，通过政务微博公开800条，通过政务微信公开600条。",
    "发布信息1000条，其中门户网站800条、政务微博300条、微信公众号400条。",
    "共收到申请30件，其中当面申请30件、网上申请5件。",
    # the parts add up to two counts before the 其中 together
    "本年度新收到申请20件，上年结转2件，其中予以公开15件、部分公开5件、其他2件。",
    # a part of the part before, opened by 含 or 包括 without brackets
    "主动公开信息1000条，其中政策文件300条，含规范性文件50条，其他700条。",
    "主动公开信息1000条，其中政策文件300条、包括规范性文件50条，其他信息700条。",
    # the list's own total printed after its parts
    "全年收到申请40件。其中网上申请12件、信函申请3件，共计15件。",
    "发布政策解读，其中图文解读12篇、视频解读3篇，合计15篇。",
    # parts the text says overlap, in the list's sentence or the next
    "共受理申请120件，其中当面申请40件、网络申请90件、其他10件，部分申请涉及多个渠道的按各渠道分别统计。",
    "共受理申请120件，其中当面申请40件、网络申请90件、其他10件。有的申请人通过多种渠道重复提交申请。",
    "共受理申请120件，其中当面申请40件、网络申请90件、其他10件。有20件申请同时通过网上和信函提交。",
    "主动公开政府信息500条，其中政策文件200条、工作动态300条，其他信息50条（部分信息分属多个类别）。",
    "主动公开政府信息500条，其中重点领域信息300条、政策文件150条、其他100条（有交叉）。",
    "全年共举办政府开放日活动12次，其中线上5次，线下8次（部分活动线上线下同步开展）。",
    "全年发布信息3000条，其中市本级1000条，区县2000条，乡镇500条（含在区县数内）。",
    "全年发布信息3000条，其中市本级1000条，区县2000条，乡镇500条，乡镇信息已计入区县数中。",
    # the total broken down twice over, or a part broken down after it
    "共受理申请120件，其中自然人申请100件、法人或其他组织申请20件；当面申请30件、网络申请80件、其他10件。",
    "共受理申请120件，其中已办结115件，予以公开80件、部分公开20件、其他15件，结转下年5件。",
    # counts after what is left: a remark or another breakdown, not more parts
    "共受理申请120件，其中当面申请30件、网络申请80件、其他10件，按申请人分，自然人100件、法人20件。",
    "共受理申请120件，其中当面申请30件、网络申请80件、其他10件，涉及多个渠道的申请20件。",
    # parts by channel: one item published on several is counted on each, past the total is no defect
    "全年多种渠道主动公开政府信息31505条,其中区政府门户网站群公开各类政府信息12579条,政务新媒体公开信息18927条。",
    # 其中 alone, short of the total: the parts may be some of them
    "全县主动公开政府信息45条。其中，政策法规及业务类的信息31条；规划计划类的信息13条。",
    "我区各部门共开设新媒体数量70个。其中微博29个，共发布信息1992条；微信公众号40个，共发布信息3404条。",
    # 其他 inside a part's name (法人或其他组织) or after a preposition (与其他部门) leaves nothing over
    "共受理申请120件，其中个人申请100件、法人或其他组织申请10件。",
    "主动公开政府信息500条，其中政策文件200条、与其他部门联合发文100条。",
    # parts named by what they concern: one application may concern several
    "全年共收到政府信息公开申请120件，其中涉及房屋征收的80件，涉及规划的50件。",
    # events counted by who took part: several may take part in one
    "全年召开新闻发布会12场，其中主要负责同志出席5场、分管负责同志出席8场。",
    "全年开展政策解读12次，其中主要负责同志参与解读5次，部门负责人参与解读9次。",
    # in brackets after a total: parts that fall short, a part of a part, examples, channels, no parts
    "全年共收到政府信息公开申请120件（当面申请20件、网上申请80件、信函申请10件）。",
    "全年共收到政府信息公开申请120件，其中当面申请20件（含代理人申请5件、律师申请3件），网上申请100件。",
    "全年主动公开政府信息500条（政策文件200条、工作动态100条等）。",
    "全年主动公开政府信息500条（网站发布300条、微博发布250条）。",
    "全年共收到政府信息公开申请120件（同比增长10%），其中当面申请20件、网上申请100件。",
]


SUMS_SILENT += [
    # a closing total that adds up, or its parts' examples, another unit's, a total they break down, a second
    # closing in the sentence, one in brackets
    "全年新收申请31件，上年结转3件，共计34件。",
    "全年发布政策文件30条、工作动态500条、通知公告200条等，共计800条。",
    "召开新闻发布会12场，发布解读材料56篇，回应关切30次，共计98项。",
    "全年共收到申请31件，网上申请28件，信函申请3件，当面申请2件，共计32件。",
    "2011年受理申请28件，2012年受理申请31件，两年合计59件。",
    "全年受理申请31件，较上年增加3件，合计31件。",
    "全年受理申请31件，上年结转3件，合计34件；办结30件，结转下年度4件，合计35件。",
    "全年共收到申请31件（网上申请28件、信函申请3件、当面申请2件，共计31件）。",
    # one kind of what was received, not parts said to make up the whole; one part, then the year's other counts
    "全年共收到各类申请120件，其中政府信息公开申请100件。",
    "全年共收到各类申请120件，其中政府信息公开申请100件、咨询15件。",
    "全年共受理各类申请152件，其中政府信息公开申请142件，从上年结转6件，共办理完成133件，结转下一年度继续办理的有15件。",
    "全年共受理各类申请1359件，其中政府信息公开申请1338件，上一年度结转申请82件，依法答复1384件，36件结转至下一年度。",
    "全年共收到申请10件，其中当面申请8件，上年结转3件。",
    # channels overlap
    "全年通过政府网站发布信息100条，政务微博发布30条，政务微信发布25条，共计120条。",
    # applicants of a total that holds applications carried over, or of one kind and another
    "全年共收到申请20件（含上年结转1件），其中自然人申请17件，法人或其他组织申请2件。",
    "全年共收到申请20件，其中自然人申请17件，商业企业申请2件。",
    # the parts make the total before a semicolon: what follows it is another statement
    "本年度受理行政复议案件3件，其中维持2件，纠错1件；行政诉讼2件，均维持。",
    "全年共受理申请30件，其中予以公开20件，部分公开10件；另有咨询类5件。",
]


@pytest.mark.parametrize("text", SUMS_SILENT)
def test_what_is_not_a_sum_stays_silent(text: str) -> None:
    assert _sums(text) == []


SAID_WHOLE = [
    # the text says the parts are the whole: short of the total is a defect as much as past it
    ("全年共收到申请30件，包括当面申请10件、网络申请19件。", "正文称共 30件，所列各项 10+19 = 29件，两者不符。"),
    ("收到申请30件，包含：当面申请10件；网络申请19件。", "正文称共 30件，所列各项 10+19 = 29件，两者不符。"),
    (
        "全年主动公开信息1913条，分为区直、县直1397条，各乡镇434条。",
        "正文称共 1913条，所列各项 1397+434 = 1831条，两者不符。",
    ),
    (
        "主动公开1913条，其中区直、县直，各乡镇分别为1397条、434条。",
        "正文称共 1913条，所列各项 1397+434 = 1831条，两者不符。",
    ),
    ("共收到申请30件，当面申请、网络申请分别为10件、19件。", "正文称共 30件，所列各项 10+19 = 29件，两者不符。"),
    # names that all come before their counts: a 其他 among them is no remark after the list
    ("共收到申请30件，其中当面申请、其他申请分别为10件、19件。", "正文称共 30件，所列各项 10+19 = 29件，两者不符。"),
    # a line's wrap inside the words (分\n为, 其\n他) or a number (1\n9) says the same
    ("全年主动公开信息100条，分\n为政策文件60条、工作动态39条。", "正文称共 100条，所列各项 60+39 = 99条，两者不符。"),
    ("共受理申请120件，其中当面申请100件，其\n他申请1\n9件。", "正文称共 120件，所列各项 100+19 = 119件，两者不符。"),
    # 分为: parts named by channel do not overlap, so past the total is a defect too
    ("发布信息500条，分为门户网站300条、政务微博201条。", "正文称共 500条，所列各项 300+201 = 501条，两者不符。"),
    (
        "全年多种渠道主动公开政府信息31505条，分为区政府门户网站群公开各类政府信息12579条,政务新媒体公开信息18927条。",
        "正文称共 31505条，所列各项 12579+18927 = 31506条，两者不符。",
    ),
]


BROKEN_DOWN = [
    # a lead that says the counts after it break the total down (按…分, 从…看), in the total's sentence or the next
    (
        "全年主动公开政府信息265条。按信息类别分，工作动态、通知公告分别为118条、146条。",
        "正文称共 265条，所列各项 118+146 = 264条，两者不符。",
    ),
    ("共受理申请120件，按申请人分，自然人110件、法人20件。", "正文称共 120件，所列各项 110+20 = 130件，两者不符。"),
    ("全年收到申请30件。从申请方式看，当面申请10件，网上19件。", "正文称共 30件，所列各项 10+19 = 29件，两者不符。"),
]


@pytest.mark.parametrize(("text", "message"), BROKEN_DOWN)
def test_parts_after_a_lead_that_breaks_the_total_down_are_found(text: str, message: str) -> None:
    assert _sums(text) == [message]


@pytest.mark.parametrize(("text", "message"), SAID_WHOLE)
def test_parts_said_to_be_the_whole_that_fall_short_are_found(text: str, message: str) -> None:
    assert _sums(text) == [message]


SAID_WHOLE_LOOK_ALIKES = [
    "全年共收到申请30件，包括当面申请10件、网络申请20件。",  # adds up
    "全年共收到申请30件，包\n括当面申请1\n0件、网络申请20件。",
    "全年共收到申请30件，包括当面申请10件、网络申请19件等。",  # examples
    "全年共收到申请30件，主要包括当面申请10件、网络申请19件。",
    "全年共收到申请30件，包括如当面申请10件、网络申请19件。",
    "主动公开1913条，其中区直、县直等分别为1397条、434条。",
    "全年共收到申请30件，包括当面申请10次、网络申请19次。",  # another unit
    "全年共收到申请30件，包括当面申请占33%、网络申请占63%。",  # shares, no counts
    "全年共收到申请约30件，包括当面申请10件、网络申请19件。",  # a rough total
    "全年共收到申请30件，其中当面申请10件、网络申请19件。",  # 其中 alone: the parts may be some of them
    # a sub-list inside a part of a 其中 list, and a part's own breakdown
    "主动公开信息100条，其中政策文件60条，包括规范性文件20条、部门文件30条，工作动态40条。",
    # 包括 not right after a total: words of the sentence, not a list of its parts
    "收到申请30件，办理内容包括当面申请10件、网络申请19件。",
    # 包括 after a channel list: the parts may overlap, and past the total is no defect
    "发布信息500条，包括门户网站300条、政务微博201条。",
    # a lead that breaks down nothing (按照职责分工, 从全年情况看: no what by), or names examples; parts after a
    # lead that add up
    "全年主动公开政府信息265条。按照职责分工，办公室审核信息120条，各科室报送信息300条。",
    "全年主动公开政府信息150条。从全年情况看，发布工作动态80条，通知公告60条。",
    "全年收到申请30件，从办理结果来看，予以公开12件，部分公开3件，无法提供13件，其他处理1件。",
    "全年主动公开政府信息265条。按信息类别分，工作动态118条、通知公告76条等。",
    "全年收到申请30件。按申请方式分，当面申请10件，网上申请20件。",
    # the parts with what was carried over, which may be one of them or not
    "全年共收到政府信息公开申请4件，其中当面申请1件、网上申请3件，上年结转1件。",
]


@pytest.mark.parametrize("text", SAID_WHOLE_LOOK_ALIKES)
def test_parts_not_said_to_be_the_whole_stay_silent(text: str) -> None:
    assert _sums(text) == []


_CHANNELS = ("当面申请", "网络申请", "信函申请", "传真申请", "电子邮件申请")
_REMARKS = ("", "，部分申请涉及多个渠道", "（有交叉）", "。有的申请人通过多种渠道重复提交", "，按申请人分，自然人{n}件")


@given(
    st.lists(st.integers(0, 500), min_size=2, max_size=5),
    st.integers(0, 200),
    st.sampled_from(_REMARKS),
    st.integers(-30, 30).filter(bool),
)
def test_a_list_ending_in_what_is_left(parts: list[int], rest: int, remark: str, error: int) -> None:
    """`共受理申请N件，其中当面申请a件、网络申请b件…、其他c件` then perhaps a remark (parts that overlap,
    another breakdown): silent where the parts add up; short of its total, found unless counts follow
    what is left (another breakdown, which leaves the list no plain partition)."""
    total = sum(parts) + rest
    listed = "、".join(f"{_CHANNELS[i]}{p}件" for i, p in enumerate(parts))
    tail = remark.format(n=total)
    assert _sums(f"共受理申请{total}件，其中{listed}、其他{rest}件{tail}。") == []
    short = total + abs(error)
    found = _sums(f"共受理申请{short}件，其中{listed}、其他{rest}件{tail}。")
    listed_sum = f"{'+'.join(map(str, [*parts, rest]))} = {total}件"
    assert found == ([] if "{n}" in remark else [f"正文称共 {short}件，所列各项 {listed_sum}，两者不符。"])


def _pre2019(text: str, **year_values: int) -> list[str]:
    labels = {
        "proactive": ("主动公开信息数", "条"),
        "requests": ("受理依申请公开信息总数", "条"),
        "letter": ("信函申请数", "条"),
        "review": ("行政复议数", "件"),
        "litigation": ("行政诉讼数", "件"),
    }
    indicators = [
        IndicatorRow(labels[k][0], labels[k][1], {"2012年度": year_values.get(k, 0), "历年累计": 9999}) for k in labels
    ]
    record = Record(meta=Meta(year=2012, template="pre2019"), indicators=indicators)
    table = "\n政府信息公开情况统计表 指标名称 计量单位 2012年度 历年累计"
    ctx = Context(record, get_template("pre2019"), text + table)
    return [f.message for f in check_against_tables(ctx)]


PRE2019_MISMATCHES = [
    (
        "2012年主动公开政府信息1913条。",
        {"proactive": 739},
        "正文称“主动公开政府信息1913条”，统计表“主动公开信息数”2012年度为 739。",
    ),
    ("2012年全区未收到有关政府信息公开的申请。", {"requests": 3}, "正文称“未收到有关政府信息公开的申请”"),
    ("本年度全区共收到政府信息公开申请5件。", {"requests": 3}, "正文称“收到政府信息公开申请5件”"),
    ("全区收到有关政府信息公开的信函申请2条。", {"letter": 1}, "正文称“收到有关政府信息公开的信函申请2条”"),
    ("2012年没有发生因政府信息公开引起的行政复议。", {"review": 2}, "正文称“没有发生因政府信息公开引起的行政复议”"),
    # right after a 其中 of a larger total, a count named by its own words is the report's
    (
        "2012年获取政府信息总数1873条，其中主动公开政府信息426条，作为依申请公开信息数46条。",
        {"proactive": 425},
        "正文称“主动公开政府信息426条”",
    ),
    ("全年共收到各类申请80件，其中受理政府信息公开申请5件。", {"requests": 3}, "正文称“受理政府信息公开申请5件”"),
    # a channel's count in a list of them after the total
    ("全区受理信息公开申请5件，其中当面申请2件、信函申请3件。", {"requests": 5, "letter": 2}, "正文称“信函申请3件”"),
    # words between what is counted and its count that say it is the total
    ("2012年主动公开政府信息合计740条。", {"proactive": 739}, "正文称“主动公开政府信息合计740条”"),
    ("2012年主动公开信息总数740条。", {"proactive": 739}, "正文称“主动公开信息总数740条”"),
]


@pytest.mark.parametrize(("text", "values", "message"), PRE2019_MISMATCHES)
def test_prose_against_the_statistics_table(text: str, values: dict[str, int], message: str) -> None:
    found = _pre2019(text, **values)
    assert len(found) == 1 and found[0].startswith(message), found


@pytest.mark.parametrize("fuller", [True, False])
def test_the_plain_review_row_beside_a_form_of_fuller_wordings(fuller: bool) -> None:
    """A 统计表 whose form prints 申请行政复议数 and 提起行政诉讼数 and, as other rows, 行政复议数 and 行政诉讼数:
    where 申请行政复议数 was not read (a row lost), the prose's 申请行政复议 count is no statement of 行政复议数 —
    silent; a table with the plain wording only holds the quantity in it, and a count that differs is said."""
    rows = (
        [("提起行政诉讼数", 4), ("行政复议数", 3), ("行政诉讼数", 7)]
        if fuller
        else [("行政复议数", 3), ("行政诉讼数", 4)]
    )
    indicators = [IndicatorRow(label, "件", {"2010年度": v, "历年累计": 99}) for label, v in rows]
    record = Record(meta=Meta(year=2010, template="pre2019"), indicators=indicators)
    text = "2010年，因政府信息公开申请行政复议5件，提起行政诉讼4件。\n政府信息公开情况统计表 指标名称 计量单位 2010年度"
    found = [f.message for f in check_against_tables(Context(record, get_template("pre2019"), text))]
    assert found == ([] if fuller else ["正文称“行政复议5件”，统计表“行政复议数”2010年度为 3。"])


PRE2019_SILENT = [
    ("2012年主动公开政府信息739条。", {"proactive": 739}),
    # a 其中 whose part is named by more than the count's own words: one office's, one topic's
    ("2012年获取政府信息总数1873条，其中区直部门主动公开政府信息426条。", {"proactive": 425}),
    ("全年共收到各类申请80件，其中涉及社保的受理政府信息公开申请5件。", {"requests": 3}),
    # one office's count, not the report's
    ("在互联网上，2012年区管委会、县政府公开办主动公开信息数为121条。", {"proactive": 739}),
    # a running total, another year, an approximate figure
    ("截至2012年底，累计主动公开政府信息4359条。", {"proactive": 739}),
    ("2011年主动公开政府信息1516条。", {"proactive": 739}),
    ("全年主动公开政府信息700余条。", {"proactive": 739}),
    # 未…行政复议申请 says nothing about applications
    ("未收到有关政府信息公开行政复议申请。", {"requests": 3}),
    ("未发生因政府信息公开被申请行政复议的情况。", {"requests": 3}),
    # other matters
    ("对网民的咨询投诉件及时处理，截至目前共收到15564件咨询投诉件，已办结15042件。", {"requests": 3}),
    ("区县已入驻审批服务部门13个，共受理申请121510件。", {"requests": 1}),
    ("政务微博共发布微博1288条，拥有粉丝10659名，专栏访问量达72065人次。", {"proactive": 739}),
    ("全区未收到有关政府信息公开的申请。", {"requests": 0}),
    ("区教育局受理政府信息公开申请5件，其中信函申请3件。", {"requests": 5, "letter": 2}),
]


@pytest.mark.parametrize(("text", "values"), PRE2019_SILENT)
def test_prose_that_does_not_speak_for_the_table_stays_silent(text: str, values: dict[str, int]) -> None:
    assert _pre2019(text, **values) == []


def _f2021(text: str, **cells: int) -> list[str]:
    record = Record(meta=Meta(year=2025, template="2021"), cells=dict(cells))
    ctx = Context(record, get_template("2021"), text)
    return [f.message for f in check_against_tables(ctx)]


F2021_MISMATCHES = [
    (
        "2025年，全区共收到政府信息公开申请154件，共办结148件。",
        {"s3.received.total": 150, "s3.total.total": 148},
        ["正文称“收到政府信息公开申请154件”，表格三的本年新收申请为 150。"],
    ),
    (
        "（二）依申请公开方面。本年度全区共收到70件申请，及时依法依规办结68件，1件结转下年度继续办理。",
        {"s3.received.total": 70, "s3.total.total": 69, "s3.carried_forward.total": 1},
        ["正文称“办结68件”，表格三的办理结果总计为 69。"],
    ),
    (
        "全年办理因政府信息公开申请引发的行政复议36起，行政诉讼9起。",
        {
            "s4.review.total": 35,
            "s4.litigation_direct.total": 6,
            "s4.litigation_after_review.total": 2,
        },
        [
            "正文称“行政复议36起”，表格四的行政复议总计为 35。",
            "正文称“行政诉讼9起”，表格四的行政诉讼总计为 8。",
        ],
    ),
    (
        "全年未收到政府信息公开申请。",
        {"s3.received.total": 4},
        ["正文称“未收到政府信息公开申请”，表格三的本年新收申请为 4。"],
    ),
    # "no applications" in other words, and followed by more than they led to
    (
        "2025年我乡未收到依申请公开事件。",
        {"s3.received.total": 4},
        ["正文称“未收到依申请公开事件”，表格三的本年新收申请为 4。"],
    ),
    (
        "2025年未收到公民、法人或其他组织提出的政府信息公开申请。",
        {"s3.received.total": 4},
        ["正文称“未收到公民、法人或其他组织提出的政府信息公开申请”，表格三的本年新收申请为 4。"],
    ),
    (
        "本年度未接到政府信息公开申请。",
        {"s3.received.total": 4},
        ["正文称“未接到政府信息公开申请”，表格三的本年新收申请为 4。"],
    ),
    (
        "本年度无政府信息公开申请。",
        {"s3.received.total": 4},
        ["正文称“无政府信息公开申请”，表格三的本年新收申请为 4。"],
    ),
    (
        "全年未收到政府信息公开申请和行政复议。",
        {"s3.received.total": 4, "s4.review.total": 0},
        ["正文称“未收到政府信息公开申请”，表格三的本年新收申请为 4。"],
    ),
    (
        "全区上年结转政府信息公开申请3件。",
        {"s3.carried_in.total": 2},
        ["正文称“上年结转政府信息公开申请3件”，表格三的上年结转申请为 2。"],
    ),
    (
        "全年共收到政府信息公开申请15件（其他申请另行办理）。",
        {"s3.received.total": 10},
        ["正文称“收到政府信息公开申请15件”，表格三的本年新收申请为 10。"],
    ),
    # a numbered sub-heading run into its sentence
    (
        "倡导文明健康的生活方式。4.认真办理依申请公开2025年全区各级行政机关共受理政府信息公开申请22件，均已答复。",
        {"s3.received.total": 21},
        ["正文称“受理政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    # a section's heading (in Markdown too) and a sub-heading under it, on the lines before
    (
        "## 三、收到和处理政府信息公开申请情况\n\n4.认真办理依申请公开2025年全区共受理政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“受理政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "（二）依申请公开工作2025年全区共收到政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“收到政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全区现行有效规范性文件56件。",
        {"s2.normative_documents.in_force": 55},
        ["正文称“现行有效规范性文件56件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    # words between what is counted and its count that say it is the total; who made the applications
    (
        "全年共收到政府信息公开申请合计22件。",
        {"s3.received.total": 21},
        ["正文称“收到政府信息公开申请合计22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "本年度受理政府信息公开申请数为22件。",
        {"s3.received.total": 21},
        ["正文称“受理政府信息公开申请数为22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全年共收到申请人提出的政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“收到申请人提出的政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全年办结政府信息公开申请总数为22件。",
        {"s3.total.total": 21},
        ["正文称“办结政府信息公开申请总数为22件”，表格三的办理结果总计为 21。"],
    ),
    (
        "全区现行有效规范性文件合计56件。",
        {"s2.normative_documents.in_force": 55},
        ["正文称“现行有效规范性文件合计56件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    (
        "全年因政府信息公开被申请行政复议合计4件。",
        {"s4.review.total": 3},
        ["正文称“行政复议合计4件”，表格四的行政复议总计为 3。"],
    ),
    # the stock in force at the year's end, its date said (截至2025年底) or not; of 规章 as of 规范性文件
    (
        "截至2025年底，现行有效规范性文件56件。",
        {"s2.normative_documents.in_force": 55},
        ["正文称“现行有效规范性文件56件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    (
        "截至2025年12月31日，我局现行有效的行政规范性文件共56件。",
        {"s2.normative_documents.in_force": 55},
        ["正文称“现行有效的行政规范性文件共56件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    (
        "截至2025年底，现行有效规章2件、行政规范性文件56件。",
        {"s2.regulations.in_force": 2, "s2.normative_documents.in_force": 55},
        ["正文称“行政规范性文件56件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    (
        "截至2025年底，现行有效规章3件，现行有效规范性文件55件。",
        {"s2.regulations.in_force": 2, "s2.normative_documents.in_force": 55},
        ["正文称“现行有效规章3件”，表格二的规章现行有效件数为 2。"],
    ),
    # the count after what was carried in last year (含上年度结转…，另有…顺延到下年度)
    (
        "答复政府信息公开申请805件（含上年度结转申请18件，另有73件申请按照《条例》顺延到下年度答复）。",
        {"s3.total.total": 805, "s3.carried_in.total": 18, "s3.carried_forward.total": 72},
        ["正文称“73件申请按照《条例》顺延到下年度”，表格三的结转下年度继续办理为 72。"],
    ),
    # the count before the kind of cases
    (
        "2025年，我局有4件涉及政府信息公开工作的行政复议。",
        {"s4.review.total": 3},
        ["正文称“有4件涉及政府信息公开工作的行政复议”，表格四的行政复议总计为 3。"],
    ),
    # named with no verb, after the year and words that speak for the whole report, or after a count of more
    (
        "全年政府信息公开申请总数为22件。",
        {"s3.received.total": 21},
        ["正文称“政府信息公开申请总数为22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全年共收到各类申请30件，政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    # a "none" before a count of this report's kind (上年结转) still says none were received
    (
        "全年未收到依申请公开事件，上年结转政府信息公开申请2件。",
        {"s3.received.total": 4, "s3.carried_in.total": 2},
        ["正文称“未收到依申请公开事件”，表格三的本年新收申请为 4。"],
    ),
    # the report's own body as the party the cases are against
    (
        "本机关作为被申请人的政府信息公开行政复议案件共5件。",
        {"s4.review.total": 3},
        ["正文称“行政复议案件共5件”，表格四的行政复议总计为 3。"],
    ),
    (
        "全年本机关作为被告的政府信息公开行政诉讼案件5件。",
        {"s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
        ["正文称“行政诉讼案件5件”，表格四的行政诉讼总计为 3。"],
    ),
    # a clause naming the year speaks for the report again, after last year's count or another body's
    (
        "上年度收到政府信息公开申请20件，本年度收到政府信息公开申请25件。",
        {"s3.received.total": 24},
        ["正文称“收到政府信息公开申请25件”，表格三的本年新收申请为 24。"],
    ),
    (
        "区政府办公室、区直各部门、各乡镇对政府信息进行了梳理，2025年共收到政府信息公开申请25件。",
        {"s3.received.total": 24},
        ["正文称“收到政府信息公开申请25件”，表格三的本年新收申请为 24。"],
    ),
]


F2021_MISMATCHES += [
    # the count named in more words: 件数为, 共有, 的案件, 受理依申请公开, 办理的…件, 年度内, 被起诉
    (
        "全年受理政府信息公开申请件数为22件。",
        {"s3.received.total": 21},
        ["正文称“受理政府信息公开申请件数为22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全年共受理依申请公开22件。",
        {"s3.received.total": 21},
        ["正文称“受理依申请公开22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "因政府信息公开工作被申请行政复议的案件共有5件。",
        {"s4.review.total": 3},
        ["正文称“行政复议的案件共有5件”，表格四的行政复议总计为 3。"],
    ),
    (
        "全年因政府信息公开被起诉4件。",
        {"s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
        ["正文称“被起诉4件”，表格四的行政诉讼总计为 3。"],
    ),
    (
        "全年办结政府信息公开申请20件，结转至下一年度办理的3件。",
        {"s3.total.total": 20, "s3.carried_forward.total": 2},
        ["正文称“结转至下一年度办理的3件”，表格三的结转下年度继续办理为 2。"],
    ),
    (
        "年度内共有3件申请结转至下一年度办理。",
        {"s3.carried_forward.total": 2},
        ["正文称“3件申请结转至下一年度”，表格三的结转下年度继续办理为 2。"],
    ),
    # both kinds' count, a verb between their names, is neither's; the parts after it are each kind's
    (
        "本年度因政府信息公开被申请行政复议、提起行政诉讼共9件，其中行政复议6件，行政诉讼4件。",
        {"s4.review.total": 6, "s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
        ["正文称“行政诉讼4件”，表格四的行政诉讼总计为 3。"],
    ),
    # the court the cases are brought to names no other body
    (
        "全年申请人就政府信息公开向人民法院提起行政诉讼4件。",
        {"s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
        ["正文称“行政诉讼4件”，表格四的行政诉讼总计为 3。"],
    ),
    # a count named 政府信息公开's, its 其中 naming what some of those concern
    (
        "全年因政府信息公开被申请行政复议5件，其中涉及政府信息公开申请答复的3件。",
        {"s4.review.total": 3},
        ["正文称“行政复议5件”，表格四的行政复议总计为 3。"],
    ),
    # a bracketed sub-heading on the line before a sentence that opens without a year
    (
        "（二）依申请公开情况\n全年共收到政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“收到政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    # 办结 in the sentence after the applications', or as of the end of the year reported
    (
        "全年共收到政府信息公开申请20件。已办结22件。",
        {"s3.total.total": 21},
        ["正文称“办结22件”，表格三的办理结果总计为 21。"],
    ),
    (
        "全年共收到政府信息公开申请20件。截至12月31日，已办结22件。",
        {"s3.total.total": 21},
        ["正文称“办结22件”，表格三的办理结果总计为 21。"],
    ),
    # received in the table's own word (新收), or 接收
    (
        "2025年，本机关新收政府信息公开申请22件，办结21件。",
        {"s3.received.total": 21, "s3.carried_in.total": 0, "s3.total.total": 21},
        ["正文称“新收政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    (
        "全年共接收政府信息公开申请22件。",
        {"s3.received.total": 21},
        ["正文称“接收政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    # 结转 to next year in the table's own words, with or without 至, or 转入; its count after or before them
    (
        "全年共办结20件，结转下年度继续办理3件。",
        {"s3.carried_forward.total": 2},
        ["正文称“结转下年度继续办理3件”，表格三的结转下年度继续办理为 2。"],
    ),
    (
        "全年共办结20件，结转下一年度继续办理的申请3件。",
        {"s3.carried_forward.total": 2},
        ["正文称“结转下一年度继续办理的申请3件”，表格三的结转下年度继续办理为 2。"],
    ),
    (
        "全年共办结20件，结转2026年办理3件。",
        {"s3.carried_forward.total": 2},
        ["正文称“结转2026年办理3件”，表格三的结转下年度继续办理为 2。"],
    ),
    (
        "全年共办结20件，另有3件转入下年度继续办理。",
        {"s3.carried_forward.total": 2},
        ["正文称“3件转入下年度”，表格三的结转下年度继续办理为 2。"],
    ),
    # last year's carried in named by its year
    (
        "全年共收到政府信息公开申请20件，2024年结转的申请3件。",
        {"s3.received.total": 20, "s3.carried_in.total": 2},
        ["正文称“2024年结转的申请3件”，表格三的上年结转申请为 2。"],
    ),
    # the year's end broken by a line's wrap
    (
        "截至 20\n25 年底，现行有效规范性文件120件。",
        {"s2.normative_documents.in_force": 119},
        ["正文称“现行有效规范性文件120件”，表格二的行政规范性文件现行有效件数为 119。"],
    ),
    # the report's kind of applications, a part of every kind's count
    (
        "全年共收到各类申请150件，其中政府信息公开申请22件。",
        {"s3.received.total": 21, "s3.carried_in.total": 0},
        ["正文称“政府信息公开申请22件”，表格三的本年新收申请为 21。"],
    ),
    # 政府信息公开 said of the cases in the sentence before or the section's heading
    (
        "2025年我委有1件涉及政府信息公开工作的行政复议。涉及的行政诉讼数为2件。",
        {"s4.review.total": 1, "s4.litigation_direct.total": 0, "s4.litigation_after_review.total": 0},
        ["正文称“行政诉讼数为2件”，表格四的行政诉讼总计为 0。"],
    ),
    (
        "五、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n2025年未收到行政复议申请。行政诉讼2件。",
        {"s4.review.total": 0, "s4.litigation_direct.total": 0, "s4.litigation_after_review.total": 0},
        ["正文称“行政诉讼2件”，表格四的行政诉讼总计为 0。"],
    ),
    (
        "2025年，因政府信息公开被申请行政复议和提起行政诉讼共3件。其中行政复议3件。",
        {"s4.review.total": 2},
        ["正文称“行政复议3件”，表格四的行政复议总计为 2。"],
    ),
]


@pytest.mark.parametrize(("text", "cells", "messages"), F2021_MISMATCHES)
def test_prose_against_tables_two_three_four(text: str, cells: dict[str, int], messages: list[str]) -> None:
    assert _f2021(text, **cells) == messages


F2021_SILENT = [
    # it agrees: received, or received with last year's carried in; 结转 to next year
    ("2025年，全区共收到政府信息公开申请154件，共办结148件，结转至2026年6件。", {"s3.received.total": 154}),
    ("全市共受理政府信息公开申请3119件。", {"s3.received.total": 3085, "s3.carried_in.total": 34}),
    # an office acting for the government; a count of another year; a missing cell
    ("2024年，区政府办代表区政府受理政府信息公开申请17件。", {"s3.received.total": 95}),
    ("4.区政府办公室2025年受理政府信息公开申请17件。", {"s3.received.total": 95}),
    ("认真办理依申请公开。区政府办2025年受理政府信息公开申请17件。", {"s3.received.total": 95}),
    ("2025年共收到政府信息公开申请154件，较2024年的120件有所增加。", {"s3.received.total": 154}),
    ("2024年全区共收到政府信息公开申请120件。", {"s3.received.total": 154}),
    ("全区共收到政府信息公开申请154件。", {}),
    # 办结 after a sentence about other matters; as of another time than the year's end
    ("全年受理群众来信20件。已办结22件。", {"s3.total.total": 21}),
    ("截至目前，已办结政府信息公开申请22件。", {"s3.total.total": 21}),
    # 行政复议 in general, not about 政府信息公开
    ("全年共办理行政复议案件120件。", {"s4.review.total": 3}),
    ("未发生因政府信息公开被申请行政复议的情况。", {"s3.received.total": 5, "s4.review.total": 0}),
    # what applications led to, not applications: none of it says there were none
    ("未发生政府信息公开申请引发的行政复议。", {"s3.received.total": 5, "s4.review.total": 0}),
    ("未收到依申请公开事件的行政复议申请。", {"s3.received.total": 5, "s4.review.total": 0}),
    ("全年未发生依申请公开事件引发的行政复议。", {"s3.received.total": 5, "s4.review.total": 0}),
    ("未收到上级转办的政府信息公开申请。", {"s3.received.total": 5}),
    ("全年未收到公民、法人或其他组织对政府信息公开申请办理的投诉。", {"s3.received.total": 5}),
    # 无 before what was done with the applications made: of those, not none
    ("无逾期答复政府信息公开申请的情况。", {"s3.received.total": 5}),
    ("无政府信息公开申请被驳回的情况。", {"s3.received.total": 5}),
    ("无政府信息公开申请超期办理情况。", {"s3.received.total": 5}),
    ("全年无政府信息公开申请引发的行政复议。", {"s3.received.total": 5, "s4.review.total": 0}),
    # last year's figures, named so and not by their year
    ("上年度因政府信息公开被申请行政复议4件。", {"s4.review.total": 0}),
    ("去年共收到政府信息公开申请37件。", {"s3.received.total": 154}),
    # 结转 to next year cited with the wrong year is not this report's
    ("全区共收到政府信息公开申请10件，结转至2030年2件。", {"s3.received.total": 10, "s3.carried_forward.total": 0}),
    ("全区共收到政府信息公开申请10件，结转2030年继续办理2件。", {"s3.carried_forward.total": 0}),
    # a part of those carried, or what another matter carried
    ("全区共收到申请10件，其中结转下年度继续办理2件。", {"s3.carried_forward.total": 0}),
    ("全年办理行政复议案件12件，结转下年度继续办理2件。", {"s3.carried_forward.total": 0}),
    # applications of every kind, this report's among them
    ("全年共收到各类申请15件（政府信息公开申请10件、其他申请5件）。", {"s3.received.total": 10}),
    ("收到申请15件，其中非政府信息公开申请5件。", {"s3.received.total": 10}),
    ("依申请公开情况：全年共收到各类申请15件，其中政府信息公开申请10件。", {"s3.received.total": 10}),
    ("依申请公开情况：全年共收到各类申请15件，政府信息公开申请10件。", {"s3.received.total": 10}),
    # the clauses after another body's count, or last year's, go on with its
    ("区教育局共受理政府信息公开申请12件，办结11件。", {"s3.received.total": 30, "s3.total.total": 29}),
    ("上年度共收到政府信息公开申请20件，办结18件。", {"s3.received.total": 30, "s3.total.total": 29}),
    ("去年全年共收到政府信息公开申请20件，办结18件。", {"s3.received.total": 30, "s3.total.total": 29}),
    (
        "上年度因政府信息公开被申请行政复议4件，被提起行政诉讼2件。",
        {"s4.review.total": 0, "s4.litigation_direct.total": 0, "s4.litigation_after_review.total": 0},
    ),
    # the cases the body decides as the review authority; another body's as the party they are against
    ("本机关作为行政复议机关，全年受理政府信息公开行政复议案件80件。", {"s4.review.total": 3}),
    ("以各街道为被申请人的政府信息公开行政复议案件20件。", {"s4.review.total": 3}),
    # cases a court decided
    (
        "全市法院审结政府信息公开行政诉讼案件120件。",
        {"s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
    ),
    (
        "全年各级人民法院共审理政府信息公开行政诉讼案件120件。",
        {"s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
    ),
    # all of a body's cases, of which its sentence says some or none concern 政府信息公开
    (
        "四、因政府信息公开申请行政复议、提起行政诉讼情况\n共受理行政复议案件12件，其中无涉及政府信息公开的案件。",
        {"s4.review.total": 0},
    ),
    ("政府信息公开方面，本机关共受理行政复议案件12件，其中涉及政府信息公开的3件。", {"s4.review.total": 3}),
    (
        "四、政府信息公开行政复议、行政诉讼情况\n本年度共发生行政诉讼案件5件，均不涉及政府信息公开。",
        {"s4.litigation_direct.total": 0, "s4.litigation_after_review.total": 0},
    ),
    ("四、因政府信息公开申请行政复议情况\n本机关被申请行政复议8件，与政府信息公开工作无关。", {"s4.review.total": 0}),
    # the stock in force as of another date, or of both kinds together
    ("截至2026年3月，现行有效规范性文件56件。", {"s2.normative_documents.in_force": 55}),
    ("截至目前，现行有效规范性文件56件。", {"s2.normative_documents.in_force": 55}),
    (
        "现行有效规章和规范性文件共60件。",
        {"s2.regulations.in_force": 2, "s2.normative_documents.in_force": 55},
    ),
    # cases not yet decided: a part of those counted
    ("全年有4件政府信息公开行政复议案件尚未审结。", {"s4.review.total": 3}),
    # none corrected, not none made; one count of both kinds
    ("全年未发生因政府信息公开被纠错的行政复议案件。", {"s4.review.total": 3}),
    ("全年未发生因依申请公开引发的行政复议和行政诉讼案件纠错情况。", {"s4.review.total": 3}),
    (
        "全年共发生政府信息公开行政复议和行政诉讼案件9件，其中行政复议6件，行政诉讼3件。",
        {"s4.review.total": 6, "s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 1},
    ),
    # the report's kind of applications a part of every kind's count, as the table holds it; another year's carried
    # in; cases after a sentence not about 政府信息公开
    ("全年共收到各类申请150件，其中政府信息公开申请21件。", {"s3.received.total": 21, "s3.carried_in.total": 0}),
    ("全年共收到政府信息公开申请20件，2023年结转的申请3件。", {"s3.received.total": 20, "s3.carried_in.total": 2}),
    (
        "全年共办理行政复议案件12件。涉及的行政诉讼数为2件。",
        {"s4.litigation_direct.total": 0, "s4.litigation_after_review.total": 0},
    ),
]


@pytest.mark.parametrize(("text", "cells"), F2021_SILENT)
def test_prose_not_about_the_tables_stays_silent(text: str, cells: dict[str, int]) -> None:
    assert _f2021(text, **cells) == []


RECEIVED_120 = "本年度共收到政府信息公开申请120件。"
PROSE_AGAINST_ITSELF = [
    (
        f"{RECEIVED_120}二、依申请公开情况\n全年共受理政府信息公开申请125件。",
        ["正文称“收到政府信息公开申请120件”，又称“受理政府信息公开申请125件”，两者不符。"],
    ),
    (
        "全年未收到政府信息公开申请。（二）依申请公开\n全年共受理政府信息公开申请5件。",
        ["正文称“未收到政府信息公开申请”，又称“受理政府信息公开申请5件”，两者不符。"],
    ),
    (
        "本年度共收到政府信息公开申请120件，办结118件。全年共办结政府信息公开申请119件。",
        ["正文称“办结118件”，又称“办结政府信息公开申请119件”，两者不符。"],
    ),
    # the same count; one with last year's carried in; another body's, another year's, last year's, a sub-count
    (f"{RECEIVED_120}全年共受理政府信息公开申请120件。", []),
    (f"{RECEIVED_120}全年共受理政府信息公开申请123件。", []),
    (f"{RECEIVED_120}区教育局共受理政府信息公开申请125件。", []),
    (f"{RECEIVED_120}2024年共受理政府信息公开申请125件。", []),
    (f"{RECEIVED_120}上年度共受理政府信息公开申请125件。", []),
    # the report's kind named as a part of every kind's count is its count
    (
        f"{RECEIVED_120}全年共收到各类申请150件，其中政府信息公开申请125件。",
        ["正文称“收到政府信息公开申请120件”，又称“政府信息公开申请125件”，两者不符。"],
    ),
    (f"{RECEIVED_120}全年共收到各类申请150件，其中政府信息公开申请120件。", []),
    ("本年度共收到政府信息公开申请120件，其中当面申请20件。全年当面申请25件。", []),
]


@pytest.mark.parametrize(("text", "messages"), PROSE_AGAINST_ITSELF)
def test_two_counts_of_the_year_that_differ_where_the_tables_do_not_say(text: str, messages: list[str]) -> None:
    record = Record(meta=Meta(year=2025, template="2021"), cells={"s3.carried_in.total": 3})
    assert [f.message for f in check_against_tables(Context(record, get_template("2021"), text))] == messages


@pytest.mark.parametrize(("text", "messages"), PROSE_AGAINST_ITSELF)
def test_statements_the_table_reader_read_give_the_same_findings(text: str, messages: list[str]) -> None:
    """Given the statements of every stated quantity read once before (by the table reader), the prose is not
    read again and the findings are the same: where the tables do not say, and where they hold counts some
    statements agree with."""
    from zfxxgk.checks.prose import Statements, statements

    template = get_template("2021")
    quantities = {s.quantity for s in template.stated}
    stated = Statements.of(text, 2025, None, quantities)
    assert list(stated.found) == list(statements(Flat.of(text).text, 2025, None, quantities))
    for cells, expected in (
        ({"s3.carried_in.total": 3}, messages),
        ({"s3.carried_in.total": 3, "s3.received.total": 120, "s3.total.total": 118}, None),
    ):
        record = Record(meta=Meta(year=2025, template="2021"), cells=cells)
        own = [f.message for f in check_against_tables(Context(record, template, text))]
        assert [f.message for f in check_against_tables(Context(record, template, text, stated=stated))] == own
        assert expected is None or own == expected


def test_two_counts_of_the_year_that_differ_where_no_statistics_row_holds_it() -> None:
    record = Record(meta=Meta(year=2012, template="pre2019"))
    text = "2012年主动公开政府信息1913条。二、主动公开政府信息情况\n全年共主动公开政府信息1931条。"
    assert [f.message for f in check_against_tables(Context(record, get_template("pre2019"), text))] == [
        "正文称“主动公开政府信息1913条”，又称“主动公开政府信息1931条”，两者不符。"
    ]


def _real_reports(shared: Path) -> list[tuple[Path, dict]]:
    out = []
    for folder, gold in (("seeds", "seeds"), ("corpus", "corpus"), ("corpus-new", "corpus-new")):
        for path in sorted((shared / folder).iterdir()):
            g = shared / "gold" / gold / f"{path.stem}.json"
            if g.exists():
                out.append((path, json.loads(g.read_text(encoding="utf-8"))))
    return out


def test_real_reports_find_what_they_must_and_nothing_they_must_not(shared: Path) -> None:
    problems = []
    for path, gold in _real_reports(shared):
        found = [f for f in parse_path(path).findings if f.rule.startswith("narrative.")]
        for mf in gold.get("must_find") or []:
            if mf["rule"].startswith("narrative.") and not any(f.rule == mf["rule"] for f in found):
                problems.append(f"{path.name}: missed {mf['rule']}")
        for pattern in gold.get("must_not_find") or []:
            bad = [f for f in found if fnmatchcase(f.rule, pattern) and f.severity.value != "info"]
            problems += [f"{path.name}: false {f.rule}: {f.message}" for f in bad]
    assert problems == []


def test_a_list_of_ten_thousand_parts_is_read_in_linear_time(shared: Path) -> None:
    path = shared / "fuzz-crashes" / "slow" / "narrative_10000_parts.txt"
    zfxxgk = Path(sys.executable).with_name("zfxxgk")
    proc = subprocess.run(
        [str(zfxxgk), "parse", "--format", "json", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    record = json.loads(proc.stdout)
    assert record["error"] is None and record["meta"]["year"] == 2020
    assert not [f for f in record["findings"] if f["rule"].startswith("narrative.")]


def test_a_long_list_that_does_not_add_up_is_found_quickly() -> None:
    parts = "，".join(f"第{i}类信息1条" for i in range(20000))
    text = f"全年主动公开政府信息19999条，其中{parts}，其他信息0条。"
    code = (
        "import sys; from zfxxgk.checks import Context; from zfxxgk.checks.narrative import check_sums;"
        "from zfxxgk.record import Record; t = sys.stdin.read();"
        "print(len(list(check_sums(Context(Record(), None, t)))))"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], input=text, capture_output=True, text=True, timeout=60, check=True
    )
    assert proc.stdout.strip() == "1"


def test_flat_keeps_space_between_digits_as_isdigit_has_them() -> None:
    digit = re.compile(f"[{_DIGIT}]")
    assert all(bool(digit.match(chr(c))) == chr(c).isdigit() for c in range(0x110000))
    flat = Flat.of(" 共 12 3件\n\n① ② 条 ")
    assert flat.text == "共12 3件① ②条"
    assert [flat.source[flat.offset(i)] for i in range(len(flat.text))] == list(flat.text)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("截至 20\n23 年底，共 12 3件", "截至2023年底，共12 3件"),
        ("2 0 2 3年度", "2023年度"),
        ("19 99 年", "1999年"),
        # not a year: five digits, other first digits, no 年
        ("3 20 23年", "3 20 23年"),
        ("12 34年", "12 34年"),
        ("20 23件", "20 23件"),
        # a year whole shortly after two numbers apart: theirs is no year's space
        ("共 12 3件，2023年", "共12 3件，2023年"),
        ("2 0 2 3年度 12 3件，20 24年", "2023年度12 3件，2024年"),
    ],
)
def test_flat_joins_the_digits_of_a_year_a_wrap_or_spaces_broke(text: str, flat: str) -> None:
    joined = Flat.of(text)
    assert joined.text == flat
    assert [joined.source[joined.offset(i)] for i in range(len(flat))] == list(flat)


@pytest.mark.parametrize(
    ("text", "flat"),
    [
        ("本年度共收到政府信息公开申请12\n0件，其中网上申请", "本年度共收到政府信息公开申请120件，其中网上申请"),
        ("本年度共收到政府信息公开申请 12\n0 件，其中网上", "本年度共收到政府信息公开申请120件，其中网上"),
        # a table row's cells, one a line or several apart on it; a paragraph's end; a numbered item; a page's
        # number; a short line; no unit after the digits
        ("收到申请数\n件\n12\n0件，", "收到申请数件12\n0件，"),
        (
            "6.属于四类过程性信息 12 0 0 0 0 0 12\n7.属于行政执法案卷 9",
            "6.属于四类过程性信息12 0 0 0 0 0 12\n7.属于行政执法案卷9",
        ),
        ("本年度共收到政府信息公开申请12\n\n0件，其中网上申请", "本年度共收到政府信息公开申请12\n\n0件，其中网上申请"),
        ("本年度共办结政府信息公开申请12\n3、加强培训", "本年度共办结政府信息公开申请12\n3、加强培训"),
        ("本年度共办结政府信息公开申请12\n3\n加强培训", "本年度共办结政府信息公开申请12\n3加强培训"),
        ("共收到申请12\n0件，其中网上", "共收到申请12\n0件，其中网上"),
        ("本年度共收到政府信息公开申请12\n0年代以来", "本年度共收到政府信息公开申请12\n0年代以来"),
        # a 统计表 label's note wrapped after its unit and value
        (
            "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计 次 0\n1次）",
            "回应公众关注热点或重大舆情数（不同方式回应同一热点或舆情计次0\n1次）",
        ),
    ],
)
def test_flat_joins_the_digits_of_a_count_a_wrap_broke_in_running_prose(text: str, flat: str) -> None:
    joined = Flat.of(text)
    assert joined.text == flat
    assert [joined.source[joined.offset(i)] for i in range(len(flat))] == list(flat)


def _narrative(path: Path, text: str) -> list[tuple[str, str]]:
    rec = parse_bytes(text.encode("utf-8"), path.name)
    return [(f.rule, f.message) for f in rec.findings if f.rule.startswith("narrative.")]


def test_real_reports_with_thousands_separators_say_the_same(shared: Path) -> None:
    """`2,069条`, `1,505条` in the prose read as 2069 and 1505: the same findings, no other."""
    changed = 0
    for path, _ in _real_reports(shared):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        grouped = re.sub(r"(?<![\d,.:/-])(\d{4,})(?=[条件个次])", lambda m: f"{int(m[1]):,}", text)
        if grouped != text:
            changed += 1
            assert _narrative(path, grouped) == _narrative(path, text), path.name
    assert changed >= 5


def test_real_reports_typed_with_ascii_punctuation_say_the_same(shared: Path) -> None:
    """`。，：（）；` typed as `.,:();`: a `.` ends a sentence as `。` does, a decimal point does not."""
    ascii_punctuation = str.maketrans("。，：（）；", ".,:();")
    for path, _ in _real_reports(shared):
        if path.suffix in (".txt", ".md"):
            text = path.read_text(encoding="utf-8")
            assert _narrative(path, text.translate(ascii_punctuation)) == _narrative(path, text), path.name


CHINESE_NUMERAL_MISMATCHES = [
    (
        "全年共受理政府信息公开申请三十件，其中当面申请十件，网上申请十五件，其他形式申请四件。",
        ["正文称共 30件，所列各项 10+15+4 = 29件，两者不符。"],
    ),
    (
        "主动公开一千九百一十三条，其中区直、县直一千三百九十七条、各乡镇五百三十四条。",
        ["正文称共 1913条，所列各项 1397+534 = 1931条，两者不符。"],
    ),
    (
        "全年共受理政府信息公开申请叁拾件，其中当面申请壹拾件，网上申请拾伍件，其他形式申请肆件。",
        ["正文称共 30件，所列各项 10+15+4 = 29件，两者不符。"],
    ),
    (
        "主动公开信息2 130条，其中政策文件1 200条、工作动态1 000条。",
        ["正文称共 2130条，所列各项 1200+1000 = 2200条，两者不符。"],
    ),
]


@pytest.mark.parametrize(("text", "messages"), CHINESE_NUMERAL_MISMATCHES)
def test_parts_in_chinese_numerals_that_do_not_add_up_are_found(text: str, messages: list[str]) -> None:
    assert _sums(text) == messages


CHINESE_NUMERALS_AGAINST_TABLES = [
    (
        "2025年，全区共收到政府信息公开申请一百五十四件，共办结一百四十八件。",
        {"s3.received.total": 150, "s3.total.total": 148},
        ["正文称“收到政府信息公开申请一百五十四件”，表格三的本年新收申请为 150。"],
    ),
    (
        "全年办理因政府信息公开申请引发的行政复议十起，行政诉讼两起。",
        {"s4.review.total": 9, "s4.litigation_direct.total": 2},
        ["正文称“行政复议十起”，表格四的行政复议总计为 9。"],
    ),
    (
        "全区现行有效规范性文件五十六件。",
        {"s2.normative_documents.in_force": 55},
        ["正文称“现行有效规范性文件五十六件”，表格二的行政规范性文件现行有效件数为 55。"],
    ),
    # right, in Chinese numerals
    (
        "2025年，全区共收到政府信息公开申请一百五十四件，共办结一百四十八件。",
        {"s3.received.total": 154, "s3.total.total": 148},
        [],
    ),
    (
        "全区上年结转政府信息公开申请二件，1件结转下年度继续办理。",
        {"s3.carried_in.total": 2, "s3.carried_forward.total": 1},
        [],
    ),
    # in numerals as amounts are written, and with a space between a count's groups of three
    (
        "2025年，全区共收到政府信息公开申请叁仟贰佰壹拾玖件，共办结叁仟壹佰件。",
        {"s3.received.total": 3119, "s3.total.total": 3100},
        ["正文称“收到政府信息公开申请叁仟贰佰壹拾玖件”，表格三的本年新收申请为 3119。"],
    ),
    (
        "2025年，全区共收到政府信息公开申请3 219件，共办结3\u00a0100件。",
        {"s3.received.total": 3119, "s3.total.total": 3100},
        ["正文称“收到政府信息公开申请3 219件”，表格三的本年新收申请为 3119。"],
    ),
    (
        "全区共收到政府信息公开申请叁仟壹佰壹拾玖件，共办结3 100件。",
        {"s3.received.total": 3119, "s3.total.total": 3100},
        [],
    ),
    # a space before fewer than three digits parts no groups; 壹佰贰 reads two ways
    ("全区共收到政府信息公开申请3 19件。", {"s3.received.total": 319}, []),
    ("全区共收到政府信息公开申请壹佰贰件。", {"s3.received.total": 120}, []),
    # rough figures, ordinals and words are no counts
    ("全区共收到政府信息公开申请数十件，第一次答复均在十个工作日内。", {"s3.received.total": 37}, []),
    ("全区共收到政府信息公开申请上百件。", {"s3.received.total": 137}, []),
    ("全区共收到政府信息公开申请一百二件。", {"s3.received.total": 120}, []),
]


@pytest.mark.parametrize(("text", "cells", "messages"), CHINESE_NUMERALS_AGAINST_TABLES)
def test_prose_counts_in_chinese_numerals_against_the_tables(
    text: str, cells: dict[str, int], messages: list[str]
) -> None:
    assert _f2021(text, **cells) == messages


CHINESE_WORDS_THAT_ARE_NO_COUNTS = [
    "一是深化主动公开，二是规范依申请公开。一、总体情况。全年主动公开政府信息30条，其中第一次公开12条、一次性公开18条。",
    "共办理申请12件，其中推行一件事一次办，统一受理12件，一站式办结，落实十四五规划。",
    "主动公开信息1200条，其中网站公开一千条，较上年增加二百条。",
    "全年主动公开信息五百条，其中网站公开三百条，政务新媒体公开二百条。",
    "共受理申请二十件，其中当面申请十件（其中已办结五件），网上申请十件。",
]


@pytest.mark.parametrize("text", CHINESE_WORDS_THAT_ARE_NO_COUNTS)
def test_chinese_numerals_that_are_no_parts_or_add_up_stay_silent(text: str) -> None:
    assert _sums(text) == []


def _chinese_counts(text: str) -> str:
    """Counts run into words written in Chinese numerals (共收到申请154件 → 一百五十四件); the cells of a
    table, set apart by spaces or bars, stay."""
    return re.sub(r"(?<=[\u4e00-\u9fff])(?<![年月日第])(\d{1,4})(?=件|条|次|个)", lambda m: cn_numeral(int(m[1])), text)


def _where(path: Path, text: str) -> list[tuple[str, tuple[str, ...], object]]:
    rec = parse_bytes(text.encode("utf-8"), path.name)
    return [(f.rule, f.cells, (f.location or {}).get("line")) for f in rec.findings if f.rule.startswith("narrative.")]


def test_real_reports_with_counts_in_chinese_numerals_say_the_same(shared: Path) -> None:
    """Counts written 一百五十四件 read as 154件: the same findings, at the same lines, and no other."""
    changed = 0
    for path, _ in _real_reports(shared):
        if path.suffix not in (".txt", ".md"):
            continue
        text = path.read_text(encoding="utf-8")
        chinese = _chinese_counts(text)
        if chinese != text:
            changed += 1
            assert _where(path, chinese) == _where(path, text), path.name
    assert changed >= 10


def test_counts_in_chinese_numerals_read_as_digits_and_map_back() -> None:
    text = "收到申请一百零五件，十件当面。第一次、第\n二项、一次性、一件事、几十件、一百二件、十四五。"
    got = arabic(text)
    assert got.text == "收到申请105件，10件当面。第一次、第\n二项、一次性、一件事、几十件、一百二件、十四五。"
    assert text[got.offset(got.text.index("105"))] == "一" and text[got.offset(got.text.index("10件"))] == "十"
    tail = got.text.index("当面")
    assert [text[got.offset(i)] for i in range(tail, len(got.text))] == list(got.text[tail:])


LIST_PIECES = (
    "共10件，其中", "其中", "3条", "12件", "3条占30%", "4条，占比40%", "2020年", "较上年", "、", "，", "。", "\n\n",
    "1.", "!", "(", "）", "主要类别有：", "主动公开信息", "42条", "主动公开信息42条，", "5条政府信息中，", "x" * 13,
    "x" * 400, "其\n中", "共\n计",
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(LIST_PIECES), max_size=40).map("".join), st.sampled_from([None, 2020]))
def test_lists_read_around_their_openers_are_those_of_every_sentence(text: str, year: int | None) -> None:
    """Reading only the sentences around each opener (and each 主动公开 before a 主要类别) finds the
    lists that reading every sentence finds."""
    every = list(narrative._lists(text, narrative._sentences(text, 0, len(text)), [], year))
    assert list(narrative.find_lists(text, year)) == every


def test_a_categories_list_finds_its_headline_sentences_before() -> None:
    """The headline of a 主要类别 list may stand many sentences (up to 1,500 characters) before it."""
    filler = "。".join(["另有其他工作开展情况" * 6] * 20)
    text = f"2012年主动公开政府信息1913条。{filler}。主要类别有：机构职能类信息594条，政策文件类信息200条。"
    lists = list(narrative.find_lists(text, 2012))
    assert [(lst.totals[-1].value, [c.value for c, _ in lst.parts]) for lst in lists] == [(1913, [594, 200])]


def test_a_categories_headline_a_folds_space_parts_is_still_its_total() -> None:
    """Lines joined by spaces leave a fold's space inside a headline's word (`全区主动 公开政府信息2069条`): it
    is still the 主要类别's total, so categories adding up to it raise nothing against the part of it printed
    next (`区直各部门主动公开政府信息1592条`)."""
    head = "2018年全区主动 公开政府信息{}条。其中，区直各部门主动公开政府信息1592条，各乡镇主 动公开政府信息477条。"
    cats = "（二）主要类别有：机构职能类信息211条，政策文件类信息829条，其他信息1029条。"
    lists = list(narrative.find_lists(head.format(2069) + cats, 2018))
    assert [(lst.totals[-1].value, [c.value for c, _ in lst.parts]) for lst in lists][-1] == (2069, [211, 829, 1029])
    said = [f.message for f in parse_text(head.format(2069) + cats).findings if f.rule == "narrative.sum_mismatch"]
    assert said == []


_ROUGH = ("约{n}", "近{n}", "{n}余", "{n}多", "{n}以上", "{m}至{n}", "{m}-{n}")


@given(
    st.integers(1, 5000),
    st.lists(st.integers(0, 3000), min_size=2, max_size=5),
    st.integers(0, 5),
    st.sampled_from(_ROUGH),
    st.booleans(),
)
def test_a_list_with_a_rough_count_is_never_judged(
    total: int, parts: list[int], at: int, rough: str, other: bool
) -> None:
    """A list whose total or one of whose parts is about so many (约, 余, 多, 以上, a range) cannot be
    said not to add up, whatever its figures."""
    printed = [f"{n}条" for n in [total, *parts]]
    k = at % len(printed)
    number = rough.format(n=[total, *parts][k], m=max(0, [total, *parts][k] - 3))
    printed[k] = number.replace("余", "余条").replace("多", "多条") if number[-1] in "余多" else number + "条"
    printed[k] = printed[k].replace("以上条", "条以上")
    names = ["政策文件", "工作动态", "规划计划", "其他信息" if other else "人事信息", "财政信息"]
    listed = "、".join(f"{names[i]}{p}" for i, p in enumerate(printed[1:]))
    assert _sums(f"发布信息{printed[0]}，其中{listed}。") == []


REVIEW_3 = "正文称“行政复议3件”，表格四的行政复议总计为 5。"
REVIEW_3_BEFORE = "正文称“有3件涉及政府信息公开工作的行政复议”，表格四的行政复议总计为 5。"
OUTCOME_CELLS = {"s3.granted.total": 5, "s3.partly_granted.total": 3}


@pytest.mark.parametrize(
    ("text", "agency", "messages"),
    [
        ("全区因政府信息公开被申请行政复议3件。", "洪泽区人民政府", [REVIEW_3]),
        # the report's own agency by name speaks for the report; another body only for itself
        ("上海市科委因政府信息公开被申请行政复议3件。", "上海市科委", [REVIEW_3]),
        # after its year (2024年市科委), the count before the kind; another body so named is still another
        ("好环境。2025年市科委有3件涉及政府信息公开工作的行政复议。", "上海市科委", [REVIEW_3_BEFORE]),
        ("2025年区教委有3件涉及政府信息公开工作的行政复议。", "上海市科委", []),
        ("我分局因政府信息公开被申请行政复议3件。", "测试市公安局测试分局", [REVIEW_3]),
        ("区公安分局因政府信息公开被申请行政复议3件。", "洪泽区人民政府", []),
        ("2025年，区政府办因政府信息公开被申请行政复议3件。", "洪泽区人民政府", []),
        ("区教育局因政府信息公开被提起行政诉讼1件。", None, []),
        # the body is the subject of every count of its sentence; not 区教育局 in a 市教育局's report
        ("区公安分局因政府信息公开被申请行政复议3件，行政诉讼1件。", "洪泽区人民政府", []),
        ("区教育局因政府信息公开被申请行政复议3件。", "月古市教育局", []),
        # the units under the report's body are others
        ("上海市人民政府办公厅所属单位因政府信息公开被申请行政复议3件。", "上海市人民政府办公厅", []),
        ("月古市教育局直属单位因政府信息公开申请引发的行政复议3起。", "月古市教育局", []),
        # a verb (举办, 承办) or a place the report's body works in (在政务服务中心) names no other body
        ("全区举办培训2次，因政府信息公开被申请行政复议3件。", "洪泽区人民政府", [REVIEW_3]),
        ("我区在政务服务中心设立窗口，因政府信息公开被申请行政复议3件。", "洪泽区人民政府", [REVIEW_3]),
        ("区政府办在大厅设立窗口，因政府信息公开被申请行政复议3件。", "洪泽区人民政府", []),
    ],
)
def test_a_count_of_review_after_a_body_named(text: str, agency: str | None, messages: list[str]) -> None:
    cells = {"s4.review.total": 5, "s4.litigation_direct.total": 2, "s4.litigation_after_review.total": 0}
    record = Record(meta=Meta(year=2025, template="2021", agency=agency), cells=cells)
    assert [f.message for f in check_against_tables(Context(record, get_template("2021"), text))] == messages


NO_REVIEW_2 = "表格四的行政复议总计为 2。"
NO_LITIGATION_1 = "表格四的行政诉讼总计为 1。"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # none said, as reports say it, where table 四 has some
        ("全年未发生因政府信息公开引起的行政复议和行政诉讼。", [NO_REVIEW_2, NO_LITIGATION_1]),
        ("本年度无因政府信息公开被申请行政复议、提起行政诉讼的情况。", [NO_REVIEW_2, NO_LITIGATION_1]),
        ("全年没有因政府信息公开申请行政复议或提起行政诉讼的情况。", [NO_REVIEW_2, NO_LITIGATION_1]),
        ("未接到政府信息公开行政复议申请。", [NO_REVIEW_2]),
        # none lost or corrected, which says nothing of how many there were
        ("全年未发生因政府信息公开被行政复议纠错或行政诉讼败诉的情况。", []),
        ("全年未发生因政府信息公开工作被行政复议纠错的情况。", []),
        ("未发生政府信息公开行政诉讼败诉案件。", []),
        ("无论是否申请行政复议，均依法答复。", []),
        ("区教育局未发生因政府信息公开引起的行政复议。", []),
    ],
)
def test_no_review_or_litigation_said_against_table_four(text: str, found: list[str]) -> None:
    cells = {"s4.review.total": 2, "s4.litigation_direct.total": 1, "s4.litigation_after_review.total": 0}
    record = Record(meta=Meta(year=2025, template="2021", agency="洪泽区人民政府"), cells=cells)
    messages = [f.message for f in check_against_tables(Context(record, get_template("2021"), text))]
    assert [m.split("，")[-1] for m in messages] == found


RECEIVED_859 = "正文称“受理政府信息公开申请859件”，表格三的本年新收申请为 858。"


@pytest.mark.parametrize(
    ("text", "agency", "messages"),
    [
        # the report's own body by its name, in full or short, acting for the government it serves
        (
            "市政府办公厅代表市政府共受理政府信息公开申请859件，申请数量较去年回落12.3%。",
            "上海市人民政府办公厅",
            [RECEIVED_859],
        ),
        ("上海市人民政府办公厅共受理政府信息公开申请859件。", "上海市人民政府办公厅", [RECEIVED_859]),
        ("2.认真办理依申请公开2025年市教育局共受理政府信息公开申请859件。", "月古市教育局", [RECEIVED_859]),
        (
            "1.认真办理依申请公开2025年松杉区安塘街道办事处共受理政府信息公开申请859件。",
            "松杉区安塘街道办事处",
            [RECEIVED_859],
        ),
        # a street office calls itself by its kind alone; not another street, nor in a government's report
        ("2025年，街道共受理政府信息公开申请859件。", "松杉区安塘街道办事处", [RECEIVED_859]),
        ("本街道共受理政府信息公开申请859件。", None, [RECEIVED_859]),
        ("城西街道共受理政府信息公开申请859件。", "松杉区安塘街道办事处", []),
        ("2025年，街道共受理政府信息公开申请859件。", "洪泽区人民政府", []),
        # its units, its office, those it guides; a name without its level (全区教育局 are others); no agency known
        ("市政府办公厅所属单位共受理政府信息公开申请859件。", "上海市人民政府办公厅", []),
        ("上海市人民政府办公厅办公室受理政府信息公开申请859件。", "上海市人民政府办公厅", []),
        ("市政府办公厅指导各区共受理政府信息公开申请859件。", "上海市人民政府办公厅", []),
        ("全区教育局共受理政府信息公开申请859件。", "月古市教育局", []),
        ("区教委共受理政府信息公开申请859件。", "上海市科委", []),
        ("市政府办公厅代表市政府共受理政府信息公开申请859件。", None, []),
        # a government's: its report speaks for 全区, the 区政府 perhaps for its own offices only
        ("区政府共受理政府信息公开申请859件。", "洪泽区人民政府", []),
        ("洪泽区人民政府共受理政府信息公开申请859件。", "洪泽区人民政府", []),
    ],
)
def test_a_count_after_the_reports_own_name(text: str, agency: str | None, messages: list[str]) -> None:
    record = Record(meta=Meta(year=2025, template="2021", agency=agency), cells={"s3.received.total": 858})
    assert [f.message for f in check_against_tables(Context(record, get_template("2021"), text))] == messages


@pytest.mark.parametrize(
    ("text", "messages"),
    [
        ("全年办结申请20件，其中予以公开6件。", ["正文所述办理结果与表格三不符：予以公开6件，表格为5件。"]),
        ("本年度予以公开及部分公开9件。", ["正文所述办理结果与表格三不符：予以公开及部分公开9件，表格为8件。"]),
        # what the sentence before says is not said of the count
        ("共办结申请20件，较上年增加5件。予以公开6件。", ["正文所述办理结果与表格三不符：予以公开6件，表格为5件。"]),
        ("上年度共办结申请20件。本年度予以公开6件。", ["正文所述办理结果与表格三不符：予以公开6件，表格为5件。"]),
        # a comparison, another year's, a rough count: no count of the year's outcome
        ("予以公开较上年增加6件。", []),
        ("部分公开同比减少2件。", []),
        ("2020年予以公开6件。", []),
        ("予以公开约6件。", []),
        ("予以公开6件以上。", []),
        # last year's, another body's
        ("上年度予以公开6件。", []),
        ("区教育局予以公开6件。", []),
        ("区教育局予以公开1件，部分公开6件。", []),
        # documents sorted by how they are published, not applications by outcome
        ("全年审核公文50件，其中主动公开30件、部分公开6件、不予公开14件。", []),
        ("按公开属性分，全年发文中部分公开6件。", []),
        # a hall is where applications are made, not a body
        ("依托政务大厅，办结申请20件，其中予以公开6件。", ["正文所述办理结果与表格三不符：予以公开6件，表格为5件。"]),
    ],
)
def test_outcome_counts_against_table_three(text: str, messages: list[str]) -> None:
    assert _f2021(text, **OUTCOME_CELLS) == messages


@pytest.mark.parametrize("column", ["统计数", "本年"])
def test_prose_against_the_national_forms_rows(column: str) -> None:
    """The national form's rows (a note in the label, 行政复议数量) under its year's column (统计数, 本年,
    not 上年) are the figures the prose is compared with."""
    form = get_template("pre2019").indicator_form
    assert form is not None
    values = {"主动公开政府信息数（不同渠道和方式公开相同信息计1条）": 1250, "行政复议数量": 2}
    indicators = [IndicatorRow(r.label, r.unit, {column: values.get(r.label, 0), "上年": 7}) for r in form.indicators]
    record = Record(meta=Meta(year=2016, template="pre2019"), indicators=indicators)
    text = "2016年主动公开政府信息1350条。2016年没有发生因政府信息公开引起的行政复议。"
    ctx = Context(record, get_template("pre2019"), text + "\n政府信息公开情况统计表\n统计指标 | 单位 | " + column)
    assert [f.message for f in check_against_tables(ctx)] == [
        f"正文称“主动公开政府信息1350条”，统计表“{next(iter(values))}”{column}为 1250。",
        f"正文称“没有发生因政府信息公开引起的行政复议”，统计表“行政复议数量”{column}为 2。",
    ]


def test_statements_of_some_quantities_are_those_of_all(shared) -> None:
    """Asked for some quantities only, the prose gives the same statements of them as read for all, in every
    real report (the other quantities' patterns are not searched for)."""
    from zfxxgk.checks.prose import statements

    kinds = (
        {"requests"},
        {"online", "fax"},
        {"carried_in", "carried_forward", "in_force"},
        {"proactive", "review", "litigation"},
        set(),
    )
    seen: set[str] = set()
    for path in sorted((shared / "seeds").glob("*.txt")) + sorted((shared / "corpus").glob("*.txt")):
        flat = Flat.of(path.read_text(encoding="utf-8")).text
        every = list(statements(flat, None))
        seen |= {s.quantity for s in every}
        for wanted in kinds:
            assert list(statements(flat, None, quantities=wanted)) == [s for s in every if s.quantity in wanted]
    assert {"requests", "carried_forward", "review", "proactive"} <= seen  # the texts hold what is asked for


PROSE = Path(__file__).parent / "data" / "prose"
_EXPECTED = json.loads((PROSE / "expected.json").read_text(encoding="utf-8"))


def _meets(found: Finding, want: dict) -> bool:
    """Whether a finding is the one expected: its rule and cells, and the figures its message names."""
    if found.rule != want["rule"] or list(found.cells) != want.get("cells", []):
        return False
    if "total" in want:
        return f"共 {want['total']}" in found.message and f"= {want['sum']}" in found.message
    return f"“{want['said']}”" in found.message and found.message.endswith(f"为 {want['table']}。")


@pytest.mark.parametrize("name", sorted(_EXPECTED))
def test_hand_written_reports_give_exactly_the_findings_a_reviewer_would(name: str) -> None:
    """Reports written by hand in the forms real bodies publish, their prose in phrasings the real reports
    in ../shared do not use: the narrative and identity findings are exactly the defects written into them."""
    record = parse_text((PROSE / name).read_text(encoding="utf-8"))
    found = [f for f in record.findings if f.rule.startswith(("narrative.", "identity."))]
    expected = _EXPECTED[name]["findings"]
    assert len(found) == len(expected), [f.message for f in found]
    assert all(any(_meets(f, want) for f in found) for want in expected), [f.message for f in found]


def test_a_statistics_table_whose_last_rows_stay_unread_is_no_prose() -> None:
    """A 统计表 printed on one line, digits and units run together, its last rows' splits left open
    (value.ambiguous) but one the prose settles: those rows (`行政诉讼数32132件`) are no statement of the
    prose's; the prose agrees."""
    text = (
        "杉东县人民政府2010年政府信息公开工作年度报告\n"
        "一、概述 2010年，因政府信息公开申请行政复议24件，提起行政诉讼30件。杉东县人民政府 2011-2-7"
        "附件：政府信息公开情况统计表 指标名称2010年度历年累计计量单位主动公开政府信息数951条"
        "收到申请数210725件当面申请数106432件传真申请数47176件网络申请数3856件信函申请数1961件"
        "申请行政复议数24105件提起行政诉讼数3095件行政复议数16152件行政诉讼数32132件\n"
    )
    rec = parse_text(text)
    assert [i.values["2010年度"] for i in rec.indicators[-4:]] == [None, 30, None, None]  # 30 as the prose says
    assert not [f for f in rec.findings if f.rule.startswith("narrative.")]


@pytest.mark.parametrize("name", ["corpus-new/r008.txt", "corpus/r018.txt", "corpus-new/r004.txt"])
def test_a_count_a_space_may_have_cut_is_no_total_nor_part(shared: Path, name: str) -> None:
    """A fold's space inside a count of the prose, its lines joined by spaces (重大建设项目1 29条, 主动公开政府信息
    254 3条): the count is the number's end as likely as a count of its own. A list holding such a part or total,
    or under such a 主动公开 headline, is not judged: no finding the report as printed does not raise."""
    text = (shared / name).read_text(encoding="utf-8")
    clean = {(f.rule, f.cells) for f in parse_text(text).findings if f.rule.startswith("narrative.")}
    counts = list(re.finditer(r"(?<![\d.,])\d{2,}(?=\s*[件条个次])", text))
    assert len(counts) >= 10
    for m in counts:
        for cut in {1, len(m.group()) - 1}:
            spaced = f"{text[: m.start() + cut]} {text[m.start() + cut :]}"
            got = {(f.rule, f.cells) for f in parse_text(spaced).findings if f.rule.startswith("narrative.")}
            assert got <= clean, (m.group(), cut)


def test_a_headline_printing_a_space_between_its_thousands_is_the_categories_total(shared: Path) -> None:
    """r018's 主要类别 add up to 2641, not the 2543 its headline prints: found with the headline printed 2 543条."""
    text = (shared / "corpus" / "r018.txt").read_text(encoding="utf-8").replace("信息 2543条", "信息 2 543条")
    said = [f.message for f in parse_text(text).findings if f.rule == "narrative.sum_mismatch"]
    assert said == ["正文称共 2543条，所列各项 594+281+29+28+253+98+122+290+946 = 2641条，两者不符。"]
