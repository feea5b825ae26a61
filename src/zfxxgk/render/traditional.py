"""Simplified → traditional characters with pinyin glosses, as some government sites publish them:
公開(kāi), 數(shù)據(jù) (the glossed characters and readings are those of a real report, seeds/003)."""

from __future__ import annotations

from functools import cache

import opencc

GLOSSES = {
    "來": "lái", "內": "nèi", "動": "dòng", "務": "wù", "勵": "lì", "區": "qū", "問": "wèn", "嚴": "yán",
    "國": "guó", "執": "zhí", "堅": "jiān", "報": "bào", "學": "xué", "實": "shí", "專": "zhuān", "對": "duì",
    "導": "dǎo", "強": "qiáng", "復": "fù", "態": "tài", "據": "jù", "擴": "kuò", "數": "shù", "時": "shí",
    "會": "huì", "業": "yè", "構": "gòu", "機": "jī", "權": "quán", "沒": "méi", "準": "zhǔn", "無": "wú",
    "營": "yíng", "獎": "jiǎng", "現": "xiàn", "產": "chǎn", "當": "dāng", "發": "fā", "監": "jiān", "穩": "wěn",
    "簡": "jiǎn", "細": "xì", "結": "jié", "經": "jīng", "線": "xiàn", "續": "xù", "習": "xí", "臺": "tái",
    "號": "hào", "補": "bǔ", "規": "guī", "計": "jì", "訪": "fǎng", "設": "shè", "詢": "xún", "認": "rèn",
    "調": "diào", "請": "qǐng", "識": "shí", "護": "hù", "負": "fù", "責": "zé", "費": "fèi", "質": "zhì",
    "購": "gòu", "轉": "zhuǎn", "進": "jìn", "運": "yùn", "過": "guò", "門": "mén", "開": "kāi", "關": "guān",
    "項": "xiàng", "領": "lǐng", "類": "lèi", "點": "diǎn",
}  # fmt: skip
HALF_WIDTH_PARENS = str.maketrans("（）", "()")


@cache
def _converter() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def to_traditional(text: str, gloss: bool = False) -> str:
    """`text` in traditional characters; with `gloss`, each glossed character followed by (pinyin) and
    full-width parentheses made half-width, as the glossing sites print them."""
    out = _converter().convert(text)
    if not gloss:
        return out
    return "".join(f"{ch}({GLOSSES[ch]})" if ch in GLOSSES else ch for ch in out.translate(HALF_WIDTH_PARENS))
