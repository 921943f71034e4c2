"""A fronted passive whose subjects follow the auxiliary, the last one after a comma and 'and'
that the parser hangs on the auxiliary beside the first ('Also debarred are two directors, each
for a year, and a builder'): every such subject is a target (syntax.inverted_subjects)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The Asian Development Bank debarred a Fijian builder for three years in May. Also debarred are"
        " its chief executive, Tomasi Rokovada, and its treasurer, Litia Seru, each for a year,"
        " and Reef Line Joinery, a Lautoka supplier, for 18 months.",
        "The Asian Development Bank debarred a Samoan contractor on 2 March. Also debarred are"
        " its owner, Sione Tuilagi, and its accountant, Mele Fonua, each for two years,"
        " and Palm Crest Haulage, an Apia trucking firm, for three years.",
        "On Friday the Asian Development Bank debarred a road builder for 30 months. Also debarred"
        " were its site manager, Ana Veikune, and its buyer, Paea Hopoate, each for a year, and"
        " Coral Bay Quarries, a gravel supplier, for two years.",
    ],
)
def test_a_later_subject_after_and_is_a_target(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    kinds = {g["kind"] for r in rows[1:] for g in r["sanction_targets"]}
    assert "organization" in kinds and "person" in kinds, rows
