"""The learner's language: English or Korean, chosen once in each notebook's set-up cell.

The course is written in English; every message a learner reads (a verdict, a hint, the load
report, the capstone's summary page, a figure's title) has its Korean text in a catalogue,
``helpers/ko/*.py`` - one module per notebook or concern, each a ``MESSAGES`` dict from the
English text to the Korean. Code says the English and asks :func:`tr` for the learner's
language, the way gettext does::

    tr("{n} users never rode", n=42)     # '42 users never rode' or '42명은 한 번도 ...'

The template is the key: write it as a literal (never an f-string), with ``{name}`` fields
filled by keyword. ``tests/helpers/test_i18n.py`` reads every ``tr(...)`` call in the helpers and
checks the catalogue holds its Korean text with the same fields, so no message can exist in
one language only.

Figures: text a notebook's code cell writes on a figure (``ax.set_title("...")``) is code,
the same in both editions. In Korean, :func:`translate_figure` swaps each text on a figure for
its catalogue entry just before the figure is shown (:func:`set_language` installs it in
JupyterLab); a catalogue key may hold ``{fields}`` to match a title built by an f-string.

>>> tr("{n} users", n=3)
'3 users'
>>> with language("ko"):
...     tr("Synthetic data (fictional company)")
'합성 데이터(가상의 회사)'
>>> get_language()
'en'
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import os
import pkgutil
import re
import string
from collections.abc import Iterator
from typing import Any

from helpers.hangul import has_hangul

LANGUAGES = ("en", "ko")
_state = {"lang": "en"}


def get_language() -> str:
    """The learner's language: ``"en"`` or ``"ko"``."""
    return _state["lang"]


def set_language(lang: str) -> str:
    """Choose the language of every message, hint and figure from here on; returns it.

    Called once, in the set-up cell of each notebook (``"ko"`` in the Korean edition). In
    JupyterLab it also makes figures show their Korean text.

    Raises ValueError for a language the course does not have.

    >>> set_language("en")
    'en'
    """
    if lang not in LANGUAGES:
        raise ValueError(
            f"The course has no language {lang!r}: use one of {', '.join(LANGUAGES)} "
            '(set_language("ko") for Korean).'
        )
    _state["lang"] = lang
    if lang != "en":  # English figures need no swap: no hook, no figure made at set-up
        _install_figure_hook()
    return lang


@contextlib.contextmanager
def language(lang: str) -> Iterator[str]:
    """Use ``lang`` inside a ``with`` block, then go back (for tests and reports)."""
    before = get_language()
    set_language(lang)
    try:
        yield lang
    finally:
        set_language(before)


#: Particle pairs a template writes after a field: (after a final consonant, after a vowel).
_PAIRS = [("으로", "로"), ("이", "가"), ("은", "는"), ("을", "를"), ("과", "와"), ("아", "야")]
#: A field followed by a particle, normalised to the pair: "{n}는 " -> "{n}은(는) ".
_FIELD_PARTICLE = re.compile(r"(\}`?'?)(으로|로|이|가|은|는|을|를|과|와)(?=[\s.,:;!?)\]]|$)")
_PAIRED = re.compile(r"(.)(으로\(로\)|이\(가\)|은\(는\)|을\(를\)|과\(와\)|와\(과\)|아\(야\))")
#: Korean readings of the last digit that end in a consonant (영 일 삼 육 칠 팔; 십 백 천 ...).
_DIGIT_BATCHIM = set("013678")
#: English letters whose Korean reading ends in a consonant (the common cases: "return" ->
#: 리턴, "app_open" -> 오픈, "CTA" is a vowel; "ml" -> 엘): m n ng l k p t b c g...
_LETTER_BATCHIM = set("bcklmnpt")


def _normalise(template: str) -> str:
    """A particle written right after a field becomes the pair the field's value decides."""
    by_form = {form: pair for pair in _PAIRS for form in pair}
    return _FIELD_PARTICLE.sub(
        lambda m: m.group(1) + "{}({})".format(*by_form[m.group(2)]), template
    )


def _has_batchim(char: str) -> bool | None:
    """Does the Korean reading of ``char`` end in a consonant (받침)? None: cannot tell."""
    if "가" <= char <= "힣":
        return (ord(char) - 0xAC00) % 28 != 0
    if char.isdigit():
        return char in _DIGIT_BATCHIM
    if char.isascii() and char.isalpha():
        return char.lower() in _LETTER_BATCHIM
    if char == "%":  # 퍼센트
        return False
    return None


def _ends_in_rieul(char: str) -> bool:
    if "가" <= char <= "힣":
        return (ord(char) - 0xAC00) % 28 == 8
    return char in "178" or char.lower() == "l"


def particles(text: str) -> str:
    """Choose each paired particle by the word before it, as a Korean writer would.

    >>> particles("return과(와) 매출, 12일은(는), 4을(를), 서울이(가), 서울으로(로), 집으로(로)")
    'return과 매출, 12일은, 4를, 서울이, 서울로, 집으로'
    """

    def choose(m: re.Match) -> str:
        before, pair = m.group(1), m.group(2)
        first, second = pair[:-1].split("(")
        # the pair is written (after a consonant)(after a vowel), except 와(과)
        consonant, vowel = (second, first) if pair.startswith("와") else (first, second)
        look = before
        if look in "`'\")]" and m.start() > 0:
            inner = m.string[: m.start() + 1].rstrip("`'\")]")
            look = inner[-1] if inner else look
        batchim = _has_batchim(look)
        if batchim is None:
            return before + pair
        if consonant == "으로" and _ends_in_rieul(look):
            return before + vowel  # 서울로, 1로 (일): ㄹ takes 로
        return before + (consonant if batchim else vowel)

    return _PAIRED.sub(choose, text)


#: The packages whose modules hold the Korean catalogue (each module a ``MESSAGES`` dict). The
#: general helpers' own texts are in ``helpers.ko``; a package built on the helpers (the course's
#: worlds and checkers, in ``course``) adds its own with :func:`register_catalogue`.
CATALOGUE_PACKAGES: list[str] = ["helpers.ko"]


def register_catalogue(package: str) -> None:
    """Add the Korean texts of ``package`` (a dotted package name whose modules each hold a
    ``MESSAGES`` dict) to the catalogue. Registering twice is a no-op.

    >>> register_catalogue("helpers.ko")  # already there
    >>> CATALOGUE_PACKAGES[0]
    'helpers.ko'
    """
    if package not in CATALOGUE_PACKAGES:
        CATALOGUE_PACKAGES.append(package)
        catalogue.cache_clear()
        _templates.cache_clear()


@functools.cache
def catalogue(packages: tuple[str, ...] | None = None) -> dict[str, str]:
    """English text -> Korean text, from every module of ``packages`` (default: the registered
    :data:`CATALOGUE_PACKAGES` - ``helpers/ko``, and ``course/ko`` once the course is imported).

    Raises ValueError if two modules give one English text different Korean texts.

    >>> "a DataFrame ({n} rows)" in catalogue(("helpers.ko",))
    True
    """
    merged: dict[str, str] = {}
    where: dict[str, str] = {}
    for package in packages or CATALOGUE_PACKAGES:
        path = importlib.import_module(package).__path__
        for info in sorted(pkgutil.iter_modules(path), key=lambda m: m.name):
            name = f"{package}.{info.name}"
            module = importlib.import_module(name)
            for en, kr in getattr(module, "MESSAGES", {}).items():
                if en in merged and merged[en] != kr:
                    raise ValueError(
                        f"{name.replace('.', '/')}.py and {where[en].replace('.', '/')}.py "
                        f"translate {en!r} differently: keep one."
                    )
                merged[en], where[en] = _normalise(kr), name
    return merged


def fields(template: str) -> set[str]:
    """The ``{name}`` fields of a template (``{{`` is a brace, not a field).

    >>> sorted(fields("{n} of {total:,} users ({share:.0%})"))
    ['n', 'share', 'total']
    """
    return {f for _, f, _, _ in string.Formatter().parse(template) if f}


def tr(template: str, /, **values: Any) -> str:
    """``template`` in the learner's language, its ``{fields}`` filled from ``values``.

    An English text the catalogue lacks stays English (``tests/helpers/test_i18n.py`` makes sure none
    does).

    >>> tr("{n} of {total} users", n=2, total=5)
    '2 of 5 users'
    """
    text = template
    if _state["lang"] != "ko":
        return text.format(**values) if values else text
    text = catalogue().get(template, template)
    return particles(text.format(**values) if values else text)


def translate_text(text: str) -> str:
    """One text of a figure in the learner's language (unchanged in English or if unknown).

    Tries the catalogue's exact entry, then its templates (``"{share} never rode"`` matches
    ``"42% never rode"``), line by line for a title of several lines.
    """
    if _state["lang"] != "ko" or not text or not text.strip():
        return text
    table = catalogue()
    if text in table:
        return particles(table[text])
    if "\n" in text:
        return "\n".join(translate_text(line) for line in text.split("\n"))
    for pattern, ko_template in _templates():
        m = pattern.fullmatch(text)
        if m:
            return particles(ko_template.format(**m.groupdict()))
    return text


@functools.cache
def _templates() -> list[tuple[re.Pattern, str]]:
    """Catalogue keys with fields, as patterns for figure text, the most specific first (the
    most literal text); a key whose fields touch (``{a}{b}``) or that has little literal text
    of its own would match almost anything, so it is left to :func:`tr`."""
    out = []
    for en, kr in catalogue().items():
        if "{" not in en or not fields(en):
            continue
        regex, literal, touching, previous_field = "", "", False, False
        for text, name, _spec, _conv in string.Formatter().parse(en):
            regex += re.escape(text)
            literal += text
            touching = touching or (previous_field and not text and bool(name))
            if name:
                regex += f"(?P<{name}>.+?)"
            previous_field = bool(name)
        if touching or len(re.sub(r"\W", "", literal)) < 6:
            continue
        plain = re.sub(r"\{(\w+)(![rsa])?(:[^{}]*)?\}", r"{\1}", kr)
        with contextlib.suppress(re.error):
            out.append((len(literal), re.compile(regex, re.DOTALL), plain))
    out.sort(key=lambda t: -t[0])
    return [(pattern, plain) for _, pattern, plain in out]


def translate_figure(fig: Any) -> Any:
    """Put every text of a matplotlib figure (titles, labels, ticks, legend, notes) in the
    learner's language, in place; returns the figure. Does nothing in English."""
    if _state["lang"] != "ko":
        return fig
    from matplotlib.text import Text

    for ax in fig.get_axes():
        for axis in (ax.xaxis, ax.yaxis):
            _translate_tick_names(axis)
            _korean_dates(axis)
    for artist in fig.findobj(Text):
        text = artist.get_text()
        new = translate_text(text)
        if new != text:
            artist.set_text(new)
    _log_untranslated(fig)
    return fig


#: Dates on a Korean axis: 2025년, 3월, 15일 (matplotlib writes English month names).
KOREAN_DATE_FORMATS = {
    "formats": ["%Y년", "%m월", "%d일", "%H:%M", "%H:%M", "%S.%f"],
    "zero_formats": ["", "%Y년", "%m월", "%m월 %d일", "%H:%M", "%H:%M"],
    "offset_formats": ["", "%Y년", "%Y년 %m월", "%Y년 %m월 %d일", "%Y-%m-%d", "%Y-%m-%d %H:%M"],
}


def _korean_dates(axis: Any) -> None:
    """The course's concise date axes (style: ``date.converter = concise``) in Korean."""
    from matplotlib.dates import ConciseDateFormatter

    formatter = axis.get_major_formatter()
    if isinstance(formatter, ConciseDateFormatter):
        for name, formats in KOREAN_DATE_FORMATS.items():
            setattr(formatter, name, list(formats))


def _translate_tick_names(axis: Any) -> None:
    """Tick labels given as names (``set_xticks(..., labels)``, a seaborn category axis) are
    rewritten from the axis' formatter at every draw: translate the formatter's names."""
    from matplotlib.category import StrCategoryFormatter
    from matplotlib.ticker import FixedFormatter, FuncFormatter

    formatter = axis.get_major_formatter()
    if isinstance(formatter, FixedFormatter):
        formatter.seq = [translate_text(str(name)) for name in formatter.seq]
    elif isinstance(formatter, StrCategoryFormatter):
        # the formatter's own view of the category names (the axis keeps its mapping)
        formatter._units = {translate_text(str(k)): v for k, v in formatter._units.items()}
    elif isinstance(formatter, FuncFormatter) and isinstance(formatter.func, functools.partial):
        # set_ticks(..., labels=...): a {position: name} dict made for this axis alone
        names = formatter.func.args[0] if formatter.func.args else None
        if isinstance(names, dict):
            for position, name in names.items():
                names[position] = translate_text(str(name))


_ENGLISH_WORD = re.compile(r"(?<![\w])[A-Za-z]{3,}(?![\w])")


def untranslated(fig: Any) -> list[str]:
    """The titles and axis labels of a figure still in English (a word of 3+ letters, not a
    column name, and no Hangul): what the Korean edition must not show."""
    texts = [fig.get_suptitle()] if hasattr(fig, "get_suptitle") else []
    for ax in fig.get_axes():
        texts += [ax.get_title(loc=loc) for loc in ("left", "center", "right")]
        texts += [ax.get_xlabel(), ax.get_ylabel()]
    return [t for t in texts if t and not has_hangul(t) and _ENGLISH_WORD.search(t)]


def _log_untranslated(fig: Any) -> None:
    """Under the tests (``COURSE_UNTRANSLATED_LOG``), note English titles for the run's end."""
    log = os.environ.get("COURSE_UNTRANSLATED_LOG")
    if not log:
        return
    left = untranslated(fig)
    if left:
        with open(log, "a", encoding="utf-8") as f:
            f.write("".join(t.replace("\n", " ") + "\n" for t in left))


def _install_figure_hook() -> None:
    """In IPython, translate each figure just before JupyterLab draws it.

    The inline backend registers its figure formatters when pyplot first loads it (and again
    on ``%matplotlib inline``), so the wrapper is put in place now and checked before every
    cell."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - the course installs IPython
        return
    shell = get_ipython()
    if shell is None:
        return
    import matplotlib.pyplot as plt

    plt.close(plt.figure())  # loads the backend, which registers its formatters
    _wrap_formatters(shell)
    if not getattr(shell, "_course_figure_hook", False):
        shell.events.register("pre_run_cell", lambda *_: _wrap_formatters(shell))
        shell._course_figure_hook = True


def _wrap_formatters(shell: Any) -> None:
    from matplotlib.figure import Figure

    formatters = shell.display_formatter.formatters
    for mime in ("image/png", "image/svg+xml", "image/jpeg", "application/pdf"):
        formatter = formatters.get(mime)
        if formatter is None:
            continue
        try:
            original = formatter.lookup_by_type(Figure)
        except KeyError:
            continue
        if not getattr(original, "_course_translating", False):
            formatter.for_type(Figure, _translating(original))


def _translating(original):
    def show(fig, *args, **kwargs):
        return original(translate_figure(fig), *args, **kwargs)

    show._course_translating = True
    return show
