"""An agency's key: its name as printed, made comparable across years and sources."""

from __future__ import annotations

import re

from ..normalize import to_simplified

_SPACE = re.compile(r"\s+")
_FORMS = (("人民政府", "政府"), ("办公室", "办"), ("(", "（"), (")", "）"))  # long form → the form the key uses


def agency_key(name: str | None) -> str | None:
    """`name` in simplified characters without white space, 人民政府 as 政府 and 办公室 as 办: the
    same body however a year's report prints it. None stays None."""
    if not name:
        return None
    key = _SPACE.sub("", to_simplified(name))
    for long, short in _FORMS:
        key = key.replace(long, short)
    return key or None


# A place in a name: a few characters, then what kind of place it is (longest kind first). The body holds
# no kind's character and no word an office's name is made of, so a bureau's name never reads as a place.
_KINDS = "自治区|自治州|自治县|自治旗|省|市|地区|盟|县|区|旗"
_TOWNS = "街道|镇|乡|苏木"
_BODY = r"[^省市县区旗局厅委办会院部府处所站室心]"
_PLACE = re.compile(rf"{_BODY}{{1,8}}?(?:{_KINDS})")
_TOWN = re.compile(rf"[^镇乡]{{1,8}}?(?:{_TOWNS})")
# Words that end like a place and are none: a zone, a quarter, part of an office's name.
_NOT_A_PLACE = re.compile(
    r"(?:^城市|市区|城乡|社区|园区|景区|辖区|开发区|高新区|新区|实验区|试验区|合作区|保税区|片区|矿区|林区|山区|库区|特区)$"
)
GOVERNMENT = re.compile(r"(?:政府|(?<=街道)办事处|(?<=街道)办)$")


def places(text: str, town: bool) -> tuple[list[str], str]:
    """The places `text` starts with (a 乡镇/街道 last, when `town`), and what follows them."""
    found: list[str] = []
    while (m := _PLACE.match(text)) and not _NOT_A_PLACE.search(m.group()):
        found.append(m.group())
        text = text[m.end() :]
    if town and found and (m := _TOWN.match(text)):
        found.append(m.group())
        text = text[m.end() :]
    return found, text


def parent_key(name: str | None) -> str | None:
    """The key of the government `name` answers to, when the name says so: a department's (XX市财政局,
    XX县人民政府办公室) is its place's government; a government's (XX市XX区人民政府, XX县XX镇人民政府,
    XX区XX街道办事处) is the government of the place it names above its own. None when the name names
    no place, or no higher one, or is no government body (中共…, 国家税务总局…)."""
    key = agency_key(name)
    if not key or key.startswith(("中共", "中国共产党", "共青团")):
        return None
    if GOVERNMENT.search(key):
        chain, rest = places(GOVERNMENT.sub("", key), town=True)
        chain = chain[:-1] if not rest else []
    else:
        chain, rest = places(key, town=False)
        if not rest:
            return None  # a place, no body: nothing to answer to
    return "".join(chain) + "政府" if chain else None
