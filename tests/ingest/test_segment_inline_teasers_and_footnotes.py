"""An inline teaser set in the paper's own language ('LEIA TAMBÉM: ...', 'Lesen Sie auch: ...')
between the story's paragraphs is another story's headline, and a commentary's numbered notes
('[1] Figures from ..., 3 May 2026.') under its text are its sources, not its body."""

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


@pytest.mark.parametrize(
    "notes",
    [
        "Notes\n[1] Port figures from the harbour board, annual briefing, 3 May 2026.\n"
        '[2] Shipping Data Hub, "Berth use, 2022-2025", satellite counts.',
        "Sources\n[1] Ministry of Transport, press statement, 11 January 2025.",
        "[1] Board minutes of 4 February 2026, item 7.\n[2] Interview with the harbour master,"
        " 9 March 2026.",
    ],
)
def test_a_commentarys_numbered_notes_are_no_body(notes: str) -> None:
    page = PAGE.format(line="The views expressed are the author's own.") + "\n" + notes + "\n"
    first = notes.splitlines()[-1]
    assert kind_of(page, first) != "body"
    assert kind_of(page, "The board expects the new berths") == "body"
