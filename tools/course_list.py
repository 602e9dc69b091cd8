"""The course's notebooks, in order, from the one list ``notebooks/src/course.toml``.

Everything that names the notebooks in order is generated from this list, never typed:

* each notebook's navigation line - the ``{{nav}}`` mark, filled by ``tools/build_notebooks.py``
  (:func:`nav`);
* the course map in 00 - the ``{{course-map}}`` mark (:func:`course_map_rows`);
* the course tables of README.md and README.ko.md, between ``<!-- course:table -->`` marks,
  and the notebook titles of the facilitator guides' agendas and timing table - written by
  ``python tools/timing.py --write`` (:func:`readme_table`, :func:`titles`).

Times are not in the list: they come from ``docs/notebook_times.csv`` (``tools/timing.py``), and
the functions that show a time take the minutes as an argument.

>>> [n.stem for n in load()][:2]
['00_welcome', '01_north_star']
>>> nav("01_north_star")
'[← 00 Welcome](00_welcome.ipynb) · [Course index](00_welcome.ipynb) · [02 Journey map and funnel →](02_journey_funnel.ipynb)'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = ROOT / "notebooks" / "src" / "course.toml"
LANGUAGES = ("en", "ko")

#: The words the generated lines add around the titles, per language.
INDEX = {"en": "Course index", "ko": "코스 목차"}
BACK_TO_START = {"en": "Back to the start: ", "ko": "처음으로: "}
UNIT = {"en": " min", "ko": "분"}
README_HEADER = {
    "en": "| # | notebook | time | you will learn to |",
    "ko": "| # | 노트북 | 시간 | 배우는 것 |",
}


@dataclass(frozen=True)
class Notebook:
    """One notebook of the course: its source's stem and what the list says of it."""

    stem: str
    title: str
    title_ko: str
    map: str
    map_ko: str
    readme: str
    readme_ko: str

    @property
    def number(self) -> str:
        """The two-digit course index, e.g. '04'."""
        return self.stem[:2]

    def title_in(self, lang: str) -> str:
        return self.title_ko if _lang(lang) == "ko" else self.title

    def label(self, lang: str = "en") -> str:
        """Number and title, e.g. '04 Quadrant' ('04 사분면')."""
        return f"{self.number} {self.title_in(lang)}"


def _lang(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f'lang must be "en" or "ko", not {lang!r}')
    return lang


def load(path: Path = LIST) -> list[Notebook]:
    """The notebooks of ``path`` in course order.

    Raises ValueError naming the entry and the fix when an entry lacks a field or has an
    unknown one, a text is empty or holds a '|' (it would break a table), or the numbers are
    not 00, 01, 02, ... in order.
    """
    with path.open("rb") as f:
        entries = tomllib.load(f).get("notebook", [])
    names = {f.name for f in fields(Notebook)}
    out = []
    for i, entry in enumerate(entries):
        where = f"{path.name}, notebook {i + 1} ({entry.get('stem', 'no stem')})"
        if set(entry) != names:
            raise ValueError(
                f"{where}: give exactly the fields {sorted(names)} "
                f"(missing {sorted(names - set(entry))}, unknown {sorted(set(entry) - names)})"
            )
        bad = [k for k, v in entry.items() if not isinstance(v, str) or not v.strip() or "|" in v]
        if bad:
            raise ValueError(f"{where}: {bad} must be non-empty text without '|'")
        if entry["stem"][:3] != f"{i:02d}_":
            raise ValueError(f"{where}: the stem must start with {i:02d}_ (the list is in order)")
        out.append(Notebook(**entry))
    if not out:
        raise ValueError(f"{path}: no [[notebook]] entries")
    return out


def _find(stem: str, notebooks: list[Notebook]) -> int:
    stems = [n.stem for n in notebooks]
    if stem not in stems:
        raise ValueError(f"{stem} is not in {LIST.relative_to(ROOT)}: add a [[notebook]] for it")
    return stems.index(stem)


def nav(stem: str, lang: str = "en", notebooks: list[Notebook] | None = None) -> str:
    """The navigation line of notebook ``stem``: previous · course index · next.

    The first notebook (the course index itself) gets only its link to the next one; the last
    one's next link goes back to the start.
    """
    notebooks = notebooks or load()
    i = _find(stem, notebooks)
    first, nxt = notebooks[0], notebooks[(i + 1) % len(notebooks)]
    ahead = f"[{BACK_TO_START[_lang(lang)] if i + 1 == len(notebooks) else ''}{nxt.label(lang)} →]"
    ahead += f"({nxt.stem}.ipynb)"
    if i == 0:
        return ahead
    prev = notebooks[i - 1]
    return (
        f"[← {prev.label(lang)}]({prev.stem}.ipynb) · [{INDEX[lang]}]({first.stem}.ipynb) · {ahead}"
    )


def _minutes(minutes: dict[str, int], stem: str, lang: str) -> str:
    if stem not in minutes:
        raise ValueError(f"{stem} has no time: run `python tools/timing.py --write`")
    return f"{minutes[stem]}{UNIT[lang]}"


def course_map_rows(
    minutes: dict[str, int], lang: str = "en", notebooks: list[Notebook] | None = None
) -> str:
    """The rows of the course map in 00 (links beside 00, so without a folder)."""
    return "\n".join(
        f"| {n.number} | [{n.title_in(lang)}]({n.stem}.ipynb) | {_minutes(minutes, n.stem, lang)} "
        f"| {n.map_ko if lang == 'ko' else n.map} |"
        for n in notebooks or load()
    )


def readme_table(
    minutes: dict[str, int], lang: str = "en", notebooks: list[Notebook] | None = None
) -> str:
    """The README's course table (README.ko.md's for ``lang="ko"``, linking notebooks/ko/)."""
    folder = "notebooks/ko/" if _lang(lang) == "ko" else "notebooks/"
    rows = [
        f"| {n.number} | [{n.title_in(lang)}]({folder}{n.stem}.ipynb) | "
        f"{_minutes(minutes, n.stem, lang)} | {n.readme_ko if lang == 'ko' else n.readme} |"
        for n in notebooks or load()
    ]
    return "\n".join([README_HEADER[lang], "|---|---|---|---|", *rows])


def titles(lang: str = "en") -> dict[str, str]:
    """Stem -> '04 Quadrant' ('04 사분면'), in course order."""
    return {n.stem: n.label(_lang(lang)) for n in load()}
