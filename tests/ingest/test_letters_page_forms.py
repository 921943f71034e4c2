"""A letters-to-the-editor page: each letter is a block of its heading, its text and the writer's
signature ('Yours faithfully, Name (Place)'); a block that closes on such a signature is the
page's own text, its heading no teaser's headline over an excerpt."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

TOP = (
    "THE ISLAND TIMES · Published every Friday\nHome | News | Letters | Sport\n"
    "Letters: bus fares, the new wharf and a missing pension\n"
    "Letters should be under 250 words; the editor may shorten them.\n\n"
)
LETTER = (
    "{heading}\nThe new wharf cost us about $30 million and still no cruise ship has docked there,"
    " while the old one rots beside it.\n{signature}\n\n"
)


@pytest.mark.parametrize(
    ("heading", "signature"),
    [
        ("A wharf for nobody", "Yours faithfully, Ana Taufa (Neiafu)"),
        ("★ LETTER OF THE WEEK\nWho will pay for the wharf", "Yours, Rev. Sione Lui (Pangai)"),
        ("The wharf was the wrong choice", "Yours sincerely, M. Kata (Nuku'alofa)"),
        ("Fix the old wharf first", "Sincerely, Losa Fifita (Hihifo)"),
    ],
)
def test_a_signed_letter_is_the_page_text(heading: str, signature: str) -> None:
    page = TOP + LETTER.format(heading=heading, signature=signature) * 2
    assert kind_of(page, heading.splitlines()[-1]) == "body"
    assert kind_of(page, "The new wharf cost us") == "body"
