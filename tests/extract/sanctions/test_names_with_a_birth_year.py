"""A name with a birth mark in brackets right after it ('X Y (born 1971)') is a person's, also
on a list line whose name the parser joined to the line before."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The EU designated Rignor Alvarez-Mendoza (born 1971) on Monday.",
        "Canada sanctioned Oskar Brandt-Lindqvist (born 1964) on Friday.",
        "Japan froze the assets of Teodor Vasquez-Lira (born 1980) last week.",
        "The persons designated are:\n- Anselm Koolman-Prado (born 1966), Oranjestad\n"
        "- Dario Pieters-Kock (born 1990), Noord\n",
    ],
)
def test_names_with_a_birth_year_are_people(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    named = [t for r in rows for t in r["sanction_targets"] if t["names"]]
    assert named, rows
    assert all(t["kind"] == "person" for t in named), named
    assert not any("\n" in n for t in named for n in t["names"]), named
