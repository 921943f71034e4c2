"""Groups kept out: a state that bars the group just told ('them') from its ports or waters, a
bare count barred from entering a country beyond the authority table, a builder barred from
tenders or contracts (a debarment, sanctions.json `exclusions` `from_only`); and a plural measure
noun told the sentence before ('Those bans now run to 2030', `told_measures`)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The Japanese fisheries agency revoked the licences of two trawlers and barred them from"
        " Japanese waters and ports.",
        "Japan seized the two tankers on Monday and will bar them from its ports.",
        "Australia has barred them from Australian airspace since March, the minister said.",
        "Kenya's Ministry of Interior has barred 14 from entering Kenya.",
    ],
)
def test_a_told_group_or_a_count_kept_out(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    "text",
    [
        "The African Development Bank barred a Ghanaian builder and two of its managers from its"
        " projects until 2031.",
        "A Ghanaian road builder will be barred from public tenders for two years, Japan said.",
        "Japan's finance ministry has barred three contractors from state procurement.",
    ],
)
def test_a_builder_barred_from_tenders_or_contracts(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    ("second", "status"),
    [
        ("Japan extended the bans by one year, to 2029.", "extended"),
        ("Those bans were lifted on Friday.", "lifted"),
        ("These restrictions were renewed in June.", "extended"),
    ],
)
def test_a_plural_measure_told_before(claims_of: Rows, second: str, status: str) -> None:
    text = "Japan imposed entry bans on two Chilean traders in May. " + second
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == ["imposed", status], rows


@pytest.mark.parametrize(
    "text",
    [
        "They were barred from entering the concert hall.",
        "The club barred them from the stadium.",
        "Japan froze the assets of two Chilean traders in May. The shop extended its orders.",
    ],
)
def test_no_ban_on_a_group(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert all(r["sanction_status"] == "imposed" for r in rows), rows
    assert len(rows) <= 1, rows
