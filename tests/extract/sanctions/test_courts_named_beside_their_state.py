"""A court that acts under its own name alone ('the Supreme Court froze ...') in a story led by
a foreign authority's action sits in the state that another sentence names beside the same
court ('Ruritania's fraud unit will apply to the Supreme Court', 'the High Court in <capital>'),
not in the state the story names most; another state's own court of that name
("Fiji's High Court") says nothing of it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story

OPENING = (
    "Washington sanctioned a smuggling ring on Monday. The US Treasury said the United States "
    "had traced the money, and American officials in Washington said more would follow.\n\n"
)


@pytest.mark.parametrize(
    ("text", "court", "state"),
    [
        (
            "Ghana's Financial Intelligence Centre said it would apply to the High Court for "
            "freezing orders. On Friday the High Court froze three accounts of the ring's leader.",
            "High Court",
            "Ghana",
        ),
        (
            "The Supreme Court has frozen the assets of the ring's accountant. Lawyers for "
            "the Zambian attorney general had asked the Supreme Court for the order in June.",
            "Supreme Court",
            "Zambia",
        ),
        (
            "The Commercial Court will freeze the assets of four import firms, officials said. "
            "The Commercial Court in Kigali heard the application on Tuesday.",
            "Commercial Court",
            "Rwanda",
        ),
        (
            "Prosecutors in Lilongwe took the case to the Criminal Court last week. The Criminal "
            "Court later extended the freeze on the assets of two customs officers.",
            "Criminal Court",
            "Malawi",
        ),
    ],
)
def test_a_court_sits_in_the_state_named_beside_it(
    claims_of: Rows, text: str, court: str, state: str
) -> None:
    rows = story(claims_of, OPENING + text)
    own = [r for r in rows if court in (r.get("subject") or "")]
    assert own, rows
    assert all(r["sanction_authorities"] == [state] for r in own), own


def test_another_states_court_of_the_same_name_says_nothing(claims_of: Rows) -> None:
    text = (
        "The High Court froze the accounts of three of the ring's couriers on Friday. Fiji's "
        "High Court had frozen similar accounts in 2023."
    )
    rows = story(claims_of, OPENING + text)
    own = [r for r in rows if (r.get("subject") or "").startswith("The High Court")]
    assert own, rows
    assert all(r["sanction_authorities"] != ["Fiji"] for r in own), own
