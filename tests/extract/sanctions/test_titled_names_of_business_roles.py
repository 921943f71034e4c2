"""A business role word ('importer', 'supplier', 'dealer') with a titled name in apposition ('a
Vietnamese importer, Ms X') stands for a person: the courtesy or rank title makes the name a
person's, whatever kind the role word has alone."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, counts, only


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain sanctioned a Nigerian freight agent, Mr Chukwuemeka Obiora, and a "
            "Vietnamese importer, Ms Dang Thi Hanh.",
            {"person": 2},
        ),
        ("Britain also froze the assets of a Turkish fuel trader, Mr Kemal Aydin.", {"person": 1}),
        ("The EU froze the assets of a Dubai gold dealer, Dr Karim Haddad.", {"person": 1}),
        (
            "Australia listed an Iranian drone supplier, Gen. Reza Tavakoli, and his company.",
            {"person": 1, "organization": 1},
        ),
    ],
)
def test_a_titled_name_makes_the_role_a_person(
    claims_of: Rows, text: str, expected: dict[str, int | None]
) -> None:
    assert counts(only(claims_of, text)) == expected
