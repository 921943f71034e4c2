"""An acronym defined by a name whose initials it does not spell (a body's name in its own
language), then described as a state's body ('the Data Bureau (RAB), Estonia's financial
intelligence unit'): a later claim of the bare acronym is that state's, not that of another
state named in between (claims.extract.sanctions.authorities.defined_acronyms)."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, story


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Money Laundering Data Bureau (RAB), Estonia's financial intelligence unit, "
            "froze 12 accounts on Monday. Latvia blocked 11 more accounts. "
            "The RAB also lifted the freeze on one company.",
            ["Estonia"],
        ),
        (
            "The Financial Intelligence Office (UIF), Portugal's anti-laundering unit, has frozen "
            "the assets of four firms. Spain froze two more accounts on Friday. "
            "The UIF also lifted the freeze on one firm in June.",
            ["Portugal"],
        ),
        (
            "The National Bureau (KRP), the Finnish police unit that handles terrorism, "
            "froze the funds of three men. Sweden froze the funds of a fourth. "
            "The KRP later froze the funds of a fifth man.",
            ["Finland"],
        ),
        (
            "The Anti-Fraud Agency (SKA), Latvia's financial police, said it had frozen 20 "
            "accounts. Lithuania froze seven. The SKA later lifted the freeze on two of them.",
            ["Latvia"],
        ),
    ],
)
def test_an_acronym_described_as_a_states_body_acts_for_it(
    claims_of: Rows, text: str, expected: list[str]
) -> None:
    rows = story(claims_of, text)
    assert rows and rows[-1]["sanction_authorities"] == expected, rows
