"""Field rules of claims evaluate: number tolerance, lenient head nouns, dates, authorities."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from claims.evaluate.fields import head_noun, judge, same_number, singular, target_counts


def test_numbers_equal_within_tolerance_only() -> None:
    assert same_number(3000000, 3e6)
    assert same_number(0.3, 0.1 + 0.2)
    assert not same_number(1000, 1001)
    assert not same_number(5, None) and same_number(None, None)
    assert not same_number(5, float("nan"))


@pytest.mark.parametrize(
    ("gold", "got", "right"),
    [
        ("artillery shells", "shells", True),
        ("artillery shells", "artillery shell", True),
        ("casualties", "casualty", True),
        ("containers", "containers of military equipment", True),  # "of ..." modifies the head
        ("military equipment", "containers of military equipment", False),
        ("people", "people wounded", True),  # a trailing participle is a post-modifier
        ("civilians killed or injured", "civilians", True),
        ("aid to the army", "aid", True),
        ("crude available for export", "crude", True),
        ("wind speed", "wind", False),  # a noun in -eed stays the head
        ("hostages freed", "hostages", True),
        ("loans to farmers", "farmers", False),
        ("global total", "total", True),  # "total" is a noun head, not a post-modifier
        ("tanks", "troops", False),
        ("soldiers", None, False),
    ],
)
def test_item_is_lenient_on_the_head_noun(gold: str, got: str | None, right: bool) -> None:
    gold_claim = {"value": 1, "bound": "eq", "item": gold}
    pred = {"quantity_value": 1.0, "quantity_bound": "eq", "quantity_item": got}
    assert judge("quantity", gold_claim, pred)["item"][0] is right


def test_singular_and_head_noun() -> None:
    assert [singular(w) for w in ("ships", "boxes", "bus", "analysis", "batteries")] == [
        "ship",
        "box",
        "bus",
        "analysis",
        "battery",
    ]
    assert head_noun("Russian Tanks") == "tank" and head_noun("") is None
    assert head_noun("votes against") == "vote"  # a post-modifier word is never the first word
    assert head_noun("of") == "of" and head_noun("killed") == "killed"
    assert head_noun("rubles per dollar") == "ruble" and head_noun("seed") == "seed"


def test_value_and_bound_are_separate_fields() -> None:
    gold = {"value": 1500, "bound": "approx", "item": "troops"}
    verdicts = judge(
        "quantity",
        gold,
        {"quantity_value": 1500.0, "quantity_bound": "gt", "quantity_item": "troops"},
    )
    assert {k: v[0] for k, v in verdicts.items()} == {"value": True, "bound": False, "item": True}


def test_dates_compare_start_and_end_including_null() -> None:
    gold = {"start": "2024-03-21", "end": "2024-03-31"}
    pred = {"date_start": dt.date(2024, 3, 21), "date_end": dt.date(2024, 3, 30)}
    verdicts = judge("date", gold, pred)
    assert verdicts["start"][0] and not verdicts["end"][0]
    assert verdicts["end"][1:] == ("2024-03-31", "2024-03-30")
    unresolved = judge("date", {"start": None, "end": None}, {"date_start": None, "date_end": None})
    assert all(v[0] for v in unresolved.values())


@pytest.mark.parametrize(
    ("gold", "got", "right"),
    [
        ("South Korea", ["Seoul"], True),
        ("United States", ["U.S. Treasury"], True),
        ("United Kingdom", ["Britain"], True),
        (["United States", "South Korea"], ["South Korea", "US"], True),
        (["United States", "South Korea"], ["United States"], False),
        ("European Union", ["EU", "Japan"], False),
        ("Japan", [], False),
    ],
)
def test_authority_is_a_set_after_aliases(gold: object, got: list[str], right: bool) -> None:
    gold_claim = {"authority": gold, "status": "imposed", "targets": []}
    pred = {"sanction_authorities": got, "sanction_status": "imposed", "sanction_targets": []}
    assert judge("sanction", gold_claim, pred)["authority"][0] is right


def test_target_counts_are_summed_per_kind() -> None:
    groups: list[dict[str, Any]] = [
        {"kind": "organization", "count": 3},
        {"kind": "organization", "count": 11},
        {"kind": "person", "count": None},
        {"kind": "vessel", "count": 2},
    ]
    assert target_counts(groups) == {"organization": 14, "person": None, "vessel": 2}
    gold = {"authority": "Japan", "status": "imposed", "targets": groups}
    pred = {
        "sanction_authorities": ["Japan"],
        "sanction_status": "lifted",
        "sanction_targets": [{"kind": "organization", "count": 14}, {"kind": "vessel", "count": 2}],
    }
    verdicts = judge("sanction", gold, pred)
    assert not verdicts["targets"][0]  # the uncounted persons are missing
    assert not verdicts["status"][0]


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("patients waiting", "patient"),
        ("people facing charges", "people"),
        ("families fleeing the fighting", "family"),
        ("vessels carrying grain", "vessel"),
        ("defence spending", "spending"),
    ],
)
def test_a_participle_after_the_noun_is_a_post_modifier(phrase: str, head: str) -> None:
    assert head_noun(phrase) == head


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("homes without water", "home"),  # a 'without' phrase is a post-modifier
        ("villagers without shelter", "villager"),
        ("officials familiar with the talks", "official"),  # a post-positive adjective
        ("residents familiar with the site", "resident"),
        ("miners died", "miner"),  # a short past form after the noun
        ("cyclists aged over 70 injured", "cyclist"),  # an 'aged' phrase
        ("workers aged 18-24", "worker"),
        ("aged care beds", "bed"),  # a first word never starts a post-modifier
    ],
)
def test_a_without_aged_or_familiar_phrase_is_a_post_modifier(phrase: str, head: str) -> None:
    assert head_noun(phrase) == head
