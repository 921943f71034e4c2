"""A headline whose action verb's past form comes right after the sanction noun it acts on
('Restraint Orders Granted Against Ivory Smuggling Gang', 'Travel Bans Imposed On Six Officials'),
in any casing the headline rules read, states that action with no agent: the story names the
authority. A past form after another noun ('Prices Raised ...') states none."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.sanctions.helpers import page_sanctions

BODY = (
    "\n\nThe High Court of Botswana on Tuesday froze the assets of six people and two companies"
    " accused of smuggling ivory.\n\n"
    "The gang moved tusks through a border post, investigators said.\n"
)


@pytest.mark.parametrize(
    ("headline", "status"),
    [
        ("RESTRAINT ORDERS GRANTED AGAINST IVORY SMUGGLING GANG", "imposed"),
        ("Travel Bans Imposed On Six Wildlife Officials", "imposed"),
        ("Asset Freezes Lifted For Two Safari Firms", "lifted"),
        ("PRESERVATION ORDERS EXTENDED FOR TUSK SMUGGLING NETWORK", "extended"),
    ],
)
def test_a_past_form_after_its_sanction_noun_is_the_headline_s_action(
    tmp_path: Path, headline: str, status: str
) -> None:
    rows = page_sanctions(tmp_path, headline + BODY)
    heads = [r for r in rows if r["span_start"] < len(headline)]
    assert len(heads) == 1, rows
    assert heads[0]["sanction_status"] == status
    assert list(heads[0]["sanction_authorities"]) == ["Botswana"]


def test_a_past_form_after_another_noun_states_none(tmp_path: Path) -> None:
    headline = "Park Fees Raised For Foreign Safari Firms"
    rows = page_sanctions(tmp_path, headline + BODY)
    assert all(r["span_start"] > len(headline) for r in rows), rows
