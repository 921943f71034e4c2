"""Page-top furniture of three families: a site's name and its tagline split by a middle dot
('NAME · what it covers'), another story's breaking strip set between box-drawing rules, and a
play button beside a share row under the byline. None is the headline; none is body."""

from __future__ import annotations

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

LEAD = (
    "The port authority said on Thursday that container traffic rose by 7% in the first half,"
    " helped by two new weekly services to the Gulf.\n"
)


def test_a_name_and_its_dotted_tagline_give_way_to_the_headline() -> None:
    for top in (
        "GRAIN WIRE · Cereal markets for the trade, every morning\n",
        "The Harbour Ledger • Shipping news you can use\n",
        "COAST TIMES · Local reporting since breakfast\n",
    ):
        page = top + "Markets | Ports | Policy\n\nPort traffic climbs as new routes open\n\n" + LEAD
        assert segment_text(page, TODAY).title == "Port traffic climbs as new routes open", top


def test_a_breaking_strip_between_rules_is_not_the_headline() -> None:
    for strip in (
        "━ BREAKING ━ Bridge closed after lorry fire ━ Storm warning for the coast ━",
        "═ Breaking ═ Mayor resigns",
        "── JUST IN ── Trains halted on the northern line",
    ):
        page = (
            "CITY NEWS\n"
            + strip
            + "\nNews › Transport\n\nPort traffic climbs as new routes open\n\n"
            + LEAD
        )
        assert segment_text(page, TODAY).title == "Port traffic climbs as new routes open", strip


def test_a_play_button_beside_a_share_row_is_furniture() -> None:
    for bar in (
        "▶ Watch the report (3:12)  |  Share: Facebook · WhatsApp · Copy link",
        "▶ Listen (6:05) | Share: Twitter · LinkedIn",
        "► Play the clip (0:58)  |  Share: Telegram · Email",
    ):
        page = (
            "Port traffic climbs as new routes open\n\nHarbour desk · 4 May 2026, 9.10 AM\n"
            + bar
            + "\n\n"
            + LEAD
        )
        assert kind_of(page, bar, TODAY) == "boilerplate", bar
        assert kind_of(page, "container traffic rose", TODAY) == "body"
