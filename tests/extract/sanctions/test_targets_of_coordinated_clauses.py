"""Two clauses joined by 'and', each with its own subject ('X froze the account of a shop, and
Y's ministry imposed a ban on ...'): when the first action's object names no target word, the
words of the second clause (its subject, its objects) are no targets of the first; a body named
by a nationality and a proper-noun compound ('the Danish Business Authority') acts for that
state (claims.extract.sanctions.targets.lexical_heads, authorities._seat_compound)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "authority", "other"),
    [
        (
            "The Danish Business Authority froze the account of a shop in Aarhus last week, "
            "and Estonia's Interior Ministry imposed an entry ban on one of the four.",
            "Denmark",
            "Interior Ministry",
        ),
        (
            "The Swedish Economic Crime Authority froze the account of a kiosk in Malmo on "
            "Friday, and Norway's Justice Ministry imposed a travel ban on two of the men.",
            "Sweden",
            "Justice Ministry",
        ),
        (
            "The Finnish Financial Supervisory Authority froze the account of a bakery in Turku, "
            "and Sweden's Finance Ministry imposed an asset freeze on three couriers.",
            "Finland",
            "Finance Ministry",
        ),
        (
            "The Austrian Financial Market Authority froze the account of a restaurant in Graz "
            "in May, and Italy's Economy Ministry imposed a travel ban on its owner.",
            "Austria",
            "Economy Ministry",
        ),
    ],
)
def test_the_second_clauses_words_are_not_the_firsts_targets(
    claims_of: Rows, text: str, authority: str, other: str
) -> None:
    rows = claims_of(text, "sanction")
    assert rows, text
    first = rows[0]
    assert first["sanction_authorities"] == [authority], rows
    assert all(other not in t["names"] for t in first["sanction_targets"]), first
