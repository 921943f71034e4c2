"""An emissions scope ('Scope 1', 'Scope 3') names a class of emissions, no count: the figures
of the sentence stay claims, the scope's number is none, nor the number joined to it ('Scope 1
and 2')."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("Scope 3 emissions rose 4% last year, the airline said.", "3", "4%"),
        ("The brewer cut its Scope 1 emissions by 12% in 2025.", "1", "12%"),
        ("Scope 2 emissions were 18,400 tonnes lower than planned.", "2", "18,400 tonnes"),
        ("Scope 1 and 2 emissions will fall 30% by 2030, the miner expects.", "1", "30%"),
    ],
)
def test_a_scope_number_names_emissions(claims_of: Rows, text: str, name: str, kept: str) -> None:
    spans = [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]
    assert any(kept in s for s in spans), spans
    assert not any(s.split()[0] in (name, "2") for s in spans), spans
