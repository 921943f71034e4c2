"""A day word written with a capital after a capitalised word in a line of running text ends a
name (an outlet, a programme: 'a question from Odesa Today'), and 'that is enough for today' closes
a session (claims/data/dates.json 'closing_day_word_leads'): neither dates an event. A title-case
headline's 'Today' and a sentence's opening 'Today' still do."""

from __future__ import annotations

import pytest

from tests.extract.dates.helpers import WED_24_SEP_2025, surfaces


@pytest.mark.parametrize(
    "text",
    [
        "MODERATOR: Next question, please. Lviv Business Today.",
        "QUESTION (Iryna Melnyk, Kharkiv Today): Which banks are on the list?",
        "The minister told the host of Newsnight Tonight that talks would go on.",
        "A reporter for Kenya Today asked whether the freeze covered the ring's lawyers.",
    ],
)
def test_a_capitalised_day_word_ending_a_name_dates_nothing(text: str) -> None:
    assert surfaces(text, WED_24_SEP_2025) == []


@pytest.mark.parametrize(
    "text",
    [
        "HOST: Thanks, everyone, and that's all for today.",
        "That's it for tonight, and good night from the studio.",
        "Well, I think that is enough for today!",
        "Thank you, everyone; that's all from us for today.",
    ],
)
def test_a_closing_line_dates_nothing(text: str) -> None:
    assert surfaces(text, WED_24_SEP_2025) == []


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Ministers Meet Today to Settle Fuel Prices", "Today"),
        ("Questions, please. Today the council approved the plan.", "Today"),
        ("Talks moved to Geneva. Today the envoys meet again.", "Today"),
        ("The court said it would rule on the appeal for today, not Friday.", "today"),
    ],
)
def test_a_day_word_in_a_headline_or_opening_a_sentence_is_a_day(text: str, surface: str) -> None:
    assert surface in surfaces(text, WED_24_SEP_2025)
