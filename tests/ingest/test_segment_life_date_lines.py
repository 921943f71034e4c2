"""A profile's or an obituary's labelled life dates ("Born: ...", "Died: ...", "Founded: ...")
set right under the byline are facts of the story, read as its body, never as the page's stamp:
the byline's own date still dates the page."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of


@pytest.mark.parametrize(
    ("headline", "byline", "day", "facts", "lead"),
    [
        (
            "Marta Kowal, shipyard welder who led the 1988 strike, dies at 79",
            "By Jan Nowicki | 12 March 2026 | 5 min read",
            dt.date(2026, 3, 12),
            ["Born: 2 February 1947, Gdynia", "Died: 8 March 2026, Gdańsk"],
            "Marta Kowal, who walked off the slipway with 400 others and kept the yard shut for"
            " nine days, died on Sunday at a hospital in Gdańsk, her family said.",
        ),
        (
            "Tomás Ruiz, who built a ferry line out of one leaking boat, has died aged 88",
            "By Elena Marín · 3 July 2025",
            dt.date(2025, 7, 3),
            ["Born: 30 November 1936, Cádiz", "Died: 29 June 2025, Algeciras"],
            "Tomás Ruiz bought his first boat for 9,000 pesetas in 1961 and ran four ferries"
            " across the strait by the end of the decade, his son said on Thursday.",
        ),
        (
            "The quiet owner of the valley's last paper mill",
            "By Hanna Berg | 18 September 2026",
            dt.date(2026, 9, 18),
            ["Founded: 1903, Ludvika", "Employees: 140"],
            "The mill on the river has changed hands only twice since it opened, and its owner"
            " says she has turned down three offers from abroad in the past five years.",
        ),
        (
            "Farewell to the man who taught a city to swim",
            "By Ivo Petrov - 21 January 2026",
            dt.date(2026, 1, 21),
            ["Born: 4 April 1940", "Died: 17 January 2026"],
            "Ivo Dimov opened the city's first public pool in 1968 and gave free lessons to more"
            " than 20,000 children over four decades, the council said in a tribute.",
        ),
    ],
)
def test_life_dates_under_the_byline_are_body_and_the_byline_dates_the_page(
    headline: str, byline: str, day: dt.date, facts: list[str], lead: str
) -> None:
    page = "WEEKLY HERALD · OBITUARIES\n" + "\n".join([headline, byline, *facts, lead]) + "\n"
    structure = segment_text(page)
    assert structure.title == headline
    for fact in facts:
        assert kind_of(page, fact) == "body"
    assert kind_of(page, byline) == "byline"
    assert structure.byline.published == day
