"""A report's plain section numbers ('3 Outlook'): a number opening a line whose title opens
another line after the same number, one of them a contents entry with a dot leader and page
number, orders the report and counts nothing; a headline's figure repeated by the page is no
section."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows


def _spans(claims_of: Rows, text: str) -> list[str]:
    return [text[r["span_start"] : r["span_end"]] for r in claims_of(text, "quantity")]


@pytest.mark.parametrize(
    ("text", "section", "counted"),
    [
        (
            "Contents\n1 Summary .................... 2\n2 Tariffs .................... 4\n\n"
            "2 Tariffs\nThe utility raised bills by 6% in July.\n",
            "2 Tariffs",
            "6%",
        ),
        (
            "Contents\n1 Key figures ............. 3\n2 Network renewal ........... 5\n\n"
            "1 Key figures\nCrews laid 236 km of new pipe.\n",
            "1 Key figures",
            "236 km",
        ),
        (
            "CONTENTS\n3 Staff and training .......... 9\n4 Outlook .......... 12\n\n"
            "4 Outlook\nThe board expects 14,600 new connections next year.\n",
            "4 Outlook",
            "14,600",
        ),
        (
            "Contents\n5 Finance ...... 6\n6 Annexes ...... 9\n\nText\n\n"
            "5 Finance\nRevenue rose to $48 million, the report says.\n",
            "5 Finance",
            "$48 million",
        ),
    ],
)
def test_a_plain_section_number_listed_in_the_contents_is_no_quantity(
    claims_of: Rows, text: str, section: str, counted: str
) -> None:
    spans = _spans(claims_of, text)
    assert not any(s.strip() == section.split()[0] or s in section for s in spans), spans
    assert any(counted in s for s in spans), spans


def test_a_headline_figure_the_page_repeats_is_counted(claims_of: Rows) -> None:
    text = "12 Killed In Blast\nHome | News\n12 Killed In Blast\nTwelve people were killed.\n"
    spans = _spans(claims_of, text)
    assert spans.count("12") == 2, spans
