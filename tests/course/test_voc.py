"""The voice-of-customer corpus (data/voc.csv) and its tagger (course/voc.py): the corpus is
seeded, labelled synthetic and carries world 1's story; the tagger finds the planted themes
and behaves like every helper (no change to the input, any index, clear errors)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from course import bomcar, combinations, data, important_customer, voc
from course.generate import voc as gen
from tests.facts import ROOT


@pytest.fixture(scope="module")
def planted():
    return gen.corpus(with_theme=True)


def test_corpus_is_the_committed_file_and_seeded(planted):
    committed = data.load_voc()
    assert list(committed.columns) == [c for c in planted.columns if c != "theme"]
    assert committed["text_en"].tolist() == planted["text_en"].tolist()
    pd.testing.assert_frame_equal(gen.corpus(), gen.corpus())
    assert not gen.corpus(seed=1)["text_en"].equals(gen.corpus()["text_en"])


def test_corpus_shape_and_values(planted):
    assert 200 <= len(planted) <= 400  # "a few hundred short texts"
    assert planted["id"].is_unique
    assert set(planted["source"]) == {"review", "ticket"}
    assert planted["date"].between(gen.START, gen.END).all()
    stages = set(bomcar.JOURNEY["stage"]) | {"sign up"}
    assert set(planted["stage"]) == stages
    assert set(planted["situation"]) <= set(combinations.MASS + combinations.SPECIFIC)
    reviews = planted["source"] == "review"
    assert planted.loc[reviews, "rating"].between(1, 5).all()
    assert planted.loc[~reviews, "rating"].isna().all()
    hangul = re.compile(r"[\uac00-\ud7a3]")
    assert planted["text_ko"].map(lambda t: bool(hangul.search(t))).all()
    assert not planted["text_en"].map(lambda t: bool(hangul.search(t))).any()
    assert planted["text_en"].str.len().max() < 160  # short texts
    assert planted["text_en"].nunique() / len(planted) > 0.7  # varied, not one template


def test_data_dictionary_describes_every_column_and_says_synthetic():
    readme = (ROOT / "data" / "README.md").read_text()
    section = readme[readme.index("### `voc.csv`") : readme.index("## World 2")]
    assert "Synthetic" in section
    for col in data.load_voc().columns:
        assert f"| `{col}` |" in section, col


def test_the_tagger_finds_the_planted_themes_in_either_language(planted):
    want = planted["theme"].replace({"noise": voc.NO_THEME})
    for columns in [("text_ko", "text_en"), ("text_ko",), ("text_en",)]:
        got = voc.tag(planted, columns=columns)
        assert (got == want).mean() >= 0.95, columns


def test_business_side_texts_are_never_tagged_as_a_need(planted):
    business = planted[planted["theme"] == "business_side"]
    assert len(business) >= 10
    assert set(voc.tag(business)) == {voc.BUSINESS}


def test_world_1_story_is_planted(planted):
    """The search stage's most-cited need is the important customer's, and pay-per-ride
    members write it far more than their share of all texts."""
    search = planted[planted["stage"] == "search/browse"]
    assert search["theme"].value_counts().index[0] == "free_at_time"
    assert planted["theme"].value_counts().index[0] == "free_at_time"
    free = planted[planted["theme"] == "free_at_time"]
    ppr = "pay-per-ride member"
    assert (free["situation"] == ppr).mean() > 1.5 * (planted["situation"] == ppr).mean()
    assert voc.need_of("free_at_time") in important_customer.NEED
    # Specific situations voice their own stage's needs
    assert planted.loc[planted["situation"] == "card failed", "theme"].value_counts().index[0] == (
        "card_fails"
    )
    lic = planted.loc[planted["situation"] == "licence on hold", "theme"]
    assert lic.value_counts().index[0] == "licence_wait"


def test_tag_leaves_the_input_alone_and_keeps_any_index():
    texts = pd.DataFrame(
        {"text_ko": ["결제가 안 돼요", "좋아요"], "text_en": ["Payment fails", "Nice"]},
        index=["b", "a"],
    )
    before = texts.copy()
    out = voc.tag(texts)
    pd.testing.assert_frame_equal(texts, before)
    assert out.to_dict() == {"b": "card_fails", "a": voc.NO_THEME}
    assert voc.tag(pd.Series(["광고 더 하면 가입자 늘 듯"], index=[7])).to_dict() == {
        7: voc.BUSINESS
    }


def test_tag_and_top_needs_reject_bad_input_clearly():
    with pytest.raises(ValueError, match="text_ko"):
        voc.tag(pd.DataFrame({"text": ["x"]}))
    with pytest.raises(ValueError, match="theme"):
        voc.top_needs(pd.DataFrame({"stage": ["pay"]}))
    with pytest.raises(KeyError, match="unknown theme"):
        voc.need_of("fast cars")


def test_top_needs_counts_a_theme_only_in_its_stage_and_skips_non_needs():
    tagged = pd.DataFrame(
        {
            "stage": ["pay", "pay", "pay", "pay", "ride"],
            "theme": [voc.BUSINESS, voc.BUSINESS, "clean_car", "card_fails", "clean_car"],
        }
    )
    assert voc.top_needs(tagged).to_dict() == {
        "pay": voc.need_of("card_fails"),
        "ride": voc.need_of("clean_car"),
    }


# ---- the Korean edition: the needs in the learner's language --------------------------------


def test_every_theme_need_has_korean_and_needs_stay_english_values():
    from helpers import i18n
    from helpers.hangul import has_hangul

    table = i18n.catalogue()
    missing = [t.need for t in voc.THEMES.values() if not has_hangul(table.get(t.need, ""))]
    assert not missing, missing
    with i18n.language("ko"):
        assert voc.need_of("free_at_time") == "see which cars are free at the hour I set"
        assert has_hangul(voc.need_text("free_at_time"))
        row = voc.describe("free_at_time")
        assert row["stage"] == "search/browse" and has_hangul(row["need"])
        texts = data.load_voc().assign(theme=lambda d: voc.tag(d))
        needs = voc.top_needs(texts)
        assert all(has_hangul(n) for n in needs)
    assert voc.need_text("free_at_time") == voc.need_of("free_at_time")
    assert voc.describe("card_fails")["need"] == voc.need_of("card_fails")
    with pytest.raises(KeyError, match="unknown theme"):
        voc.describe("fast cars")
