"""A decision that applies, implements or enforces another authority's listings ('a gazette
notice puts the UN designations of ... into force') is the applying state's own action: the listings' owner
named as their modifier is whose list it was, not who acts; an unnamed actor is carried."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, carried

LEAD = "Kenya froze the assets of 14 people on Monday. "


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "A further gazette notice enforces the UN designations of a broker and his firm.",
        LEAD + "Another decree implements the EU designations of three shipping firms.",
        LEAD + "A separate notice enforced the UN sanctions on four men listed in May.",
        LEAD + "The same decision also applies the Security Council designations of six men.",
    ],
)
def test_applying_another_authoritys_listings_is_the_applying_states_action(
    claims_of: Rows, text: str
) -> None:
    rows = carried(claims_of, text)
    assert len(rows) == 2, rows
    assert rows[1]["sanction_authorities"] == ["Kenya"], rows


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        (
            "The slump followed the EU designations of 3 March, which hit four shipping firms.",
            ["European Union"],
        ),
        (
            "The price rise mirrored the UK listings of May, which named six tanker operators.",
            ["United Kingdom"],
        ),
    ],
)
def test_measures_an_event_only_follows_keep_their_authority(
    claims_of: Rows, text: str, authority: list[str]
) -> None:
    rows = carried(claims_of, text)
    assert rows and rows[0]["sanction_authorities"] == authority, rows


@pytest.mark.parametrize(
    "text",
    [
        "Jersey gave effect locally to the UK designations on Friday.",
        "The island's government gave effect under its own law to the EU listings of four firms.",
        "The minister on Monday gave effect in Namibia to the UN's listing of two men.",
        "Gibraltar on Tuesday gave effect swiftly to the UN designation of a shipping agent.",
    ],
)
def test_giving_effect_with_an_adjunct_between(claims_of: Rows, text: str) -> None:
    assert len(claims_of(text, "sanction")) == 1
