"""A date written inside a web address (a story's link, an API record's url field, a bare host
and path) is the address's path, no date claim; a date beside the address stays one."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Full story: https://harbourpost.example/business/2025/11/02/dockers-vote-to-strike",
        '{"title": "Ferry fares to rise", "link": "https://news.example.org/en/2025/10/30/fares-884"},',
        "See www.valleygazette.example/archive/2024-07-19/flood-levels.html for the earlier report.",
        "Mirror copy at riverwatch.example.net/reports/2025-09-01/summary (PDF).",
    ],
)
def test_a_date_inside_a_web_address_is_no_claim(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "date", "2025-11-20") == []


def test_a_date_beside_a_web_address_stays_a_date(claims_of: Rows) -> None:
    text = (
        "The council posted the notice on 3 November 2025 at https://council.example/n/2025/11/03/x"
    )
    rows = claims_of(text, "date", "2025-11-20")
    assert [(r["date_text"], str(r["date_start"])) for r in rows] == [
        ("on 3 November 2025", "2025-11-03")
    ]
