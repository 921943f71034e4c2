"""A story's unnamed home government ('the Home Ministry', 'the Government') acts for the state
whose dateline opens its sentence's line ('NAIROBI: The Interior Ministry ...'), even when the
story's claims name another state more often."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

PAGES = [
    (
        "Manila designates five financiers; Manila freezes their accounts\n\n"
        "KUALA LUMPUR: The Home Ministry has frozen the assets of five men and two companies "
        "linked to kidnap gangs.\n\n"
        "The Philippine Anti-Terrorism Council designated the same five men on Wednesday.\n",
        "frozen",
        "Malaysia",
    ),
    (
        "Uganda lists four smugglers; Uganda freezes their bank accounts\n\n"
        "NAIROBI: The Interior Ministry has listed four smugglers and a transport firm under the "
        "counter-terrorism act.\n\n"
        "Uganda's finance ministry designated the same four men on Tuesday.\n",
        "listed",
        "Kenya",
    ),
    (
        "Peru blacklists nine loggers; Peru freezes their assets\n\n"
        "QUITO: The Government has frozen the assets of nine loggers and three sawmills accused "
        "of smuggling timber.\n\n"
        "Peru's financial unit froze the accounts of the same nine loggers last week.\n",
        "frozen",
        "Ecuador",
    ),
    (
        "India bans six traders; India freezes their accounts\n\n"
        "DHAKA, March 4 (BSS) - The Home Ministry has frozen the accounts of six traders and two "
        "firms in the port city.\n\n"
        "India's enforcement directorate froze the accounts of the same six traders.\n",
        "frozen the accounts of six",
        "Bangladesh",
    ),
]


@pytest.mark.parametrize(("text", "verb", "home"), PAGES)
def test_the_dateline_names_the_home_government(
    tmp_path: Path, text: str, verb: str, home: str
) -> None:
    rows = [r for r in page_sanctions(tmp_path, text) if verb in r["span_text"]]
    assert rows
    assert list(rows[0]["sanction_authorities"]) == [home]
