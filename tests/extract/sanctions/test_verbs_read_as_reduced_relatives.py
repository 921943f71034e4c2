"""A sentence whose verb the parser read as a reduced relative on its subject, with the measure
after a fronted adjunct read as an apposition ('a court extended by 90 days a freeze on ...'
parsed with 'court' the root): the verb acts on the measure, and the measure's status is the
verb's."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "In a separate case, a court extended by 90 days a freeze on the assets of two money"
            " changers in Zarqa on Monday.",
            "extended",
        ),
        (
            "In Lagos a court extended by six months a freeze on the deposits of four firms.",
            "extended",
        ),
        (
            "Last week a judge lifted after two years a freeze on the accounts of a charity.",
            "lifted",
        ),
        (
            "A tribunal renewed for another year the freeze on the funds of three former ministers.",
            "extended",
        ),
    ],
)
def test_measure_after_a_fronted_adjunct(claims_of: Rows, text: str, status: str) -> None:
    rows = claims_of(text, "sanction")
    assert [r["sanction_status"] for r in rows] == [status], rows


def test_a_verbless_apposition_is_no_action(claims_of: Rows) -> None:
    text = "The judge, a former prosecutor known for a freeze on the accounts of a sect, retired."
    assert all(r["sanction_status"] != "extended" for r in claims_of(text, "sanction"))
