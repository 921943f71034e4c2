"""Words about units that state no figure: a scale word alone naming a table's unit in its
heading ('(Rs crore)', '(EUR million)'), one unit or scale word defined for the reader ('one lakh
equals 100,000', '1 crore = 10 million'), and the base of a rate read inside its figure's span
('128 cases per 100,000 people'). None is a quantity; the figures beside them still are."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    "text",
    [
        "Financial summary (Rs crore)",
        "Key figures (EUR million)",
        "Group results (US$ billion)",
        "Segment revenue (INR lakh)",
    ],
)
def test_a_scale_word_in_a_heading_is_no_figure(claims_of: Rows, text: str) -> None:
    assert _spans(claims_of, text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Output reached 4.2 lakh tonnes (one lakh equals 100,000; one crore equals 10 million).",
            ["4.2 lakh tonnes"],
        ),
        ("The grant was Rs 12 crore (1 crore = 10 million rupees).", ["Rs 12 crore"]),
        ("One lakh is equal to 100,000, and the state hired 2.5 lakh teachers.", ["2.5 lakh"]),
        ("Here one tonne equals 1,000 kg; farmers sold 800 tonnes of rice.", ["800 tonnes"]),
    ],
)
def test_a_unit_defined_for_the_reader_is_no_claim(
    claims_of: Rows, text: str, kept: list[str]
) -> None:
    spans = _spans(claims_of, text)
    assert len(spans) == len(kept), spans
    for want, got in zip(kept, spans, strict=True):
        assert want in got, spans


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Incidence reached 128 cases per 100,000 people in May.", [128]),
        ("The district logged 41 deaths per 100,000 residents last year.", [41]),
        ("There were 7.5 beds per 1,000 inhabitants, down from 8.1 per 1,000.", [7.5, 8.1]),
        ("Malaria killed 62 per 100,000 population in 2020.", [62]),
    ],
)
def test_the_base_of_a_rate_counts_nothing_of_its_own(
    claims_of: Rows, text: str, values: list[float]
) -> None:
    rows = claims_of(text, "quantity")
    assert sorted(r["quantity_value"] for r in rows) == values, _spans(claims_of, text)
