"""An inline teaser set in the paper's own language ('LEIA TAMBÉM: ...', 'Lesen Sie auch: ...')
between the story's paragraphs is another story's headline."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

PAGE = (
    "Harbour board to add two berths as cargo volumes climb\n\n"
    "By Lena Okafor\n\n"
    "The harbour board said on Thursday that it would add two berths by March, after cargo"
    " volumes rose 12% in the first nine months of the year.\n\n"
    "{line}\n\n"
    "The board expects the new berths to handle 400,000 containers a year once both are open,"
    " its chairman told reporters at the port.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "LEIA TAMBÉM: Port fees rise 7% as shipping lines add calls",
        "Lesen Sie auch: Ferry operator adds 3 routes for the summer",
        "Lea también — Customs seize 40 containers of counterfeit tyres",
        "À LIRE AUSSI : Dockers strike for 48 hours over night shifts",
    ],
)
def test_an_inline_teaser_in_another_language_is_related(line: str) -> None:
    page = PAGE.format(line=line)
    assert kind_of(page, line) == "related"
    assert kind_of(page, "The board expects the new berths") == "body"
