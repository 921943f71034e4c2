"""A sanctions programme renewed through what stands for it: its term owned by a pronoun after a
sentence that names the programme ('Its validity was extended'), the term of the programme, or a
relative pronoun of the programme noun: an extension with no target group; the term of a
licence or of anything else is none."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "Norway first applied the Libya sanctions regime in 2019. Its validity has now been extended"
        " until March 2028.",
        "The UN arms embargo regime on the country dates from 2004. Its validity was extended"
        " by the Security Council on Thursday.",
        "Sanctions on the general remain. The term of the regime has been prolonged by a year.",
        "Canada sanctioned four generals. Ottawa also pointed to its Myanmar regime, which was"
        " extended in March until 2027.",
    ],
)
def test_programme_renewed_through_a_reference(claims_of: Rows, text: str) -> None:
    rows = claims_of(text, "sanction")
    assert rows and rows[-1]["sanction_status"] == "extended", rows


@pytest.mark.parametrize(
    "text",
    [
        "The company said its licence was renewed. Its validity has been extended until 2027.",
        "The ministry published the new visa rules. Their validity was extended to June.",
    ],
)
def test_other_terms_are_none(claims_of: Rows, text: str) -> None:
    assert claims_of(text, "sanction") == []
