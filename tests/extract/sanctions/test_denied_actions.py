"""An action denied by its subject's determiner ('No entities are listed') or
by a verb of failing before it ('the bloc failed to agree on a joint listing', 'refused to
lift') states no sanction; the action before it keeps its claim."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows


@pytest.mark.parametrize(
    "text",
    [
        "The EU listed four people on Tuesday. No entities are listed.",
        "Canada sanctioned six officials. No companies were designated.",
        "Germany imposed entry bans on four officials after the European Union failed to agree"
        " on a joint listing.",
        "The US sanctioned two banks. Japan failed to follow.",
        "Britain froze the assets of three generals. The council refused to lift the sanctions"
        " on the bank.",
    ],
)
def test_a_denied_action_adds_no_claim(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1


def test_a_determiner_that_does_not_deny_keeps_the_claim(claims_of: Rows) -> None:
    rows = claims_of("The EU listed four people. Two entities are listed as well.", "sanction")
    assert len(rows) == 2, rows
