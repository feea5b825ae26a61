"""One clean text form: half-width ASCII, plain spaces, simplified characters, no pinyin glosses,
no page chrome or editor artifacts. Every rewrite keeps a map back to the source offsets."""

from __future__ import annotations

import re
from functools import lru_cache

from .document import Document, rewrite
from .patterns import gated

# Full-width ASCII (！..～) → ASCII; every kind of space → " ". Both keep the text's length.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)}
_WIDTH.update({cp: 0x20 for cp in (0x00A0, 0x3000, 0x2002, 0x2003, 0x2009, 0x202F, 0x205F, 0x1680)})
_WIDTH_TABLE = str.maketrans(_WIDTH)
_WIDE = re.compile(f"[{''.join(re.escape(chr(cp)) for cp in sorted(_WIDTH))}]+")  # runs of what the table maps

_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_CHROME = gated(
    "|".join(
        (
            r"\r\n?",
            r"[\u200b-\u200d\u2060\ufeff\u00ad]",
            r"\[bookmark:[^\]\n]*\]",
            # a pinyin gloss after a character: 公開(kāi); real parentheses hold more than one syllable
            rf"(?<=[\u4e00-\u9fff])\((?=[a-z{_TONED}]*[{_TONED}])[a-z{_TONED}]{{1,6}}\)",
            r"(?<=[\u4e00-\u9fff])\((?:le|de|me|ne|men|zi|ma|ba)\)",
            r"打印此页|关闭窗口|【\s*(?:打印|关闭|大|中|小)\s*】|分享到[:：]?",
            r"扫一扫在手机(?:上)?(?:打开|查看)当前页面?",
            r"微信\s+微博\s+QQ空间(?:\s+全真版)?(?:\s+文字版)?(?:\s+文件下载)?(?:\s+相关链接[:：]?\s*-*>?)?",
            r"当前位置[:：]\s*首页\S*",
            r"字号[:：]\s*(?:[大中小]\s*)*",
            r"浏览次数[:：]\s*\d*",
            r"^[ \t]*[-—–][ \t]*\d{1,4}[ \t]*[-—–][ \t]*$",  # a page footer, on one line: not -, 0, - in three cells
            r"^[ \t]*第\s*\d+\s*页(?:\s*[,，/]?\s*共\s*\d+\s*页)?[ \t]*$",
            # a converter's own header row for a table it could not read one for: | 数据1 | 数据2 | …
            r"^[ \t]*\|(?:[ \t]*(?:数据|列|[Cc]olumn|[Cc]ol)[ \t]*\d{1,2}[ \t]*\|){2,}[ \t]*$",
        )
    ),
    re.MULTILINE,
)


def _chrome_repl(m: re.Match[str]) -> str:
    return "\n" if m.group().startswith("\r") else ""


# Characters that only traditional text uses; their presence is what makes conversion worth it.
_TRADITIONAL = re.compile("[開請資關處與會機來為報調務國結總數統計辦項義規權複議訴訟當經歷應對舉錯]")


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def is_traditional(text: str) -> bool:
    """True when the text is written in traditional characters (a few of the telltale ones suffice)."""
    return len(_TRADITIONAL.findall(text, 0, 6000)) >= 5


def to_simplified(text: str) -> str:
    """Traditional → simplified with OpenCC, keeping the text's length so offsets stay valid."""
    conv = _t2s()
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    # A phrase conversion changed the length: convert line by line, keeping lines that would move.
    lines = text.split("\n")
    return "\n".join(c if len(c := conv.convert(line)) == len(line) else line for line in lines)


# The commonest of them, replaced one by one before the rest are looked for: far quicker than a
# substitution per run of full-width punctuation.
_COMMON_WIDE = tuple((a, _WIDTH_TABLE[ord(a)]) for a in "，：（）；、？！％　" if ord(a) in _WIDTH_TABLE)


def _narrow(text: str) -> str:
    """Full-width ASCII made half-width and every kind of space a plain one; the length is kept."""
    for wide, narrow in _COMMON_WIDE:
        if wide in text:
            text = text.replace(wide, chr(narrow))
    return _WIDE.sub(lambda m: m.group().translate(_WIDTH_TABLE), text) if _WIDE.search(text) else text


def normalize(doc: Document) -> Document:
    """The document's text in the one form every later stage reads."""
    text = _narrow(doc.text)
    text, offsets = rewrite(text, _CHROME, _chrome_repl)
    if is_traditional(text):
        text = to_simplified(text)
    return doc.derive(text, offsets)
