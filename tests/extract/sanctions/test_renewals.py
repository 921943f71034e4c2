"""Renewals stated by a legal instrument, a phrasal verb or a participle (round 18)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


def _renewals(claims_of: Rows, text: str) -> list[dict[str, object]]:
    rows = claims_of(text, "sanction")
    return [r for r in rows if r["sanction_status"] in ("extended", "planned")]


@pytest.mark.parametrize(
    "text",
    [
        "Oslo froze the assets of two generals. Cabinet also renewed the Myanmar ordinance "
        "until 2029.",
        "Bern listed four colonels and prolonged its Syria decree for a year.",
        "Canada sanctioned six traders. The Venezuela regime was rolled over in June for "
        "another two years.",
        "The bloc added three judges to its list. Its framework will be rolled over in March.",
    ],
)
def test_a_programme_renewed_by_instrument_or_rolled_over(claims_of: Rows, text: str) -> None:
    renewed = _renewals(claims_of, text)
    assert len(renewed) == 1, renewed
    assert renewed[0]["sanction_targets"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Britain froze the assets of two ministers. London said its listings, renewed in "
        "April, would stay.",
        "Japan banned three banks. The bans, extended last week, now run to 2027.",
        "Canada sanctioned four firms. Ottawa's designations, prolonged in May, expire in 2028.",
        "The EU listed two colonels. The sanctions, renewed in January, remain in force.",
    ],
)
def test_a_participle_of_renewal_on_the_measures_is_an_extension(
    claims_of: Rows, text: str
) -> None:
    renewed = _renewals(claims_of, text)
    assert len(renewed) == 1, renewed
    assert renewed[0]["sanction_status"] == "extended"


def test_rolling_over_a_loan_is_no_renewal(claims_of: Rows) -> None:
    text = "The bank rolled over a loan to the utility in May."
    assert claims_of(text, "sanction") == []
