"""'identified the firms as A, B and C': names after 'as' on the verb are the members of a definite
plural object and count it."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            "The Treasury named the sanctioned judges as Alma Ruiz, Pedro Vaca and Lina Ortez.",
            "person",
            ["Alma Ruiz", "Pedro Vaca", "Lina Ortez"],
        ),
        (
            "Japan listed the sanctioned firms as Kaito Trading and Sakura Marine.",
            "organization",
            ["Kaito Trading", "Sakura Marine"],
        ),
        (
            "Britain named the sanctioned officials as Oleg Marin and Ivan Tarko on Monday.",
            "person",
            ["Oleg Marin", "Ivan Tarko"],
        ),
        (
            "The Treasury named the sanctioned companies as Delta Ore Ltd, Kivu Metals and"
            " Lakeshore Gold.",
            "organization",
            ["Delta Ore Ltd", "Kivu Metals", "Lakeshore Gold"],
        ),
    ],
)
def test_names_after_as_count_the_object(
    claims_of: Rows, text: str, kind: str, names: list[str]
) -> None:
    targets = only(claims_of, text)["sanction_targets"]
    assert [(t["kind"], t["count"]) for t in targets] == [(kind, len(names))]
    assert list(targets[0]["names"]) == names


def test_a_role_after_as_is_no_name(claims_of: Rows) -> None:
    text = "The Treasury designated the two firms as fronts for the army on Friday."
    targets = only(claims_of, text)["sanction_targets"]
    assert [(t["kind"], t["count"]) for t in targets] == [("organization", 2)]
