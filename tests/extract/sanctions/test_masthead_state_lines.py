"""A court's or a ministry's masthead whose first line names no state ('EASTERN CARIBBEAN
SUPREME COURT') names it on the line right below ('ANTIGUA AND BARBUDA'): that state issues the
page; a heading below the masthead names no issuer (claims.extract.sanctions.carry.page_issuer)."""

from __future__ import annotations

import pytest

from claims.extract.sanctions.carry import page_issuer


@pytest.mark.parametrize(
    ("masthead", "expected"),
    [
        ("EASTERN CARIBBEAN SUPREME COURT\nANTIGUA AND BARBUDA", ["Antigua and Barbuda"]),
        ("IN THE HIGH COURT OF JUSTICE\nREPUBLIC OF KENYA", ["Kenya"]),
        ("Official Gazette\nRepublic of Ghana", ["Ghana"]),
        ("MINISTRY OF FOREIGN AFFAIRS\nJAPAN", ["Japan"]),
    ],
)
def test_a_masthead_names_its_state_on_the_line_below(masthead: str, expected: list[str]) -> None:
    assert page_issuer(masthead + "\n\nA sentence of the page's body.\n", []) == expected


def test_a_heading_below_a_masthead_names_no_issuer() -> None:
    heading = "Ministry of Foreign Affairs\nStatement on the new sanctions against Iran\n\nBody.\n"
    assert page_issuer(heading, []) == []
    long_line = "Council news\nThe Council adopted measures on officials of Kenya this week\n"
    assert page_issuer(long_line, []) == []
