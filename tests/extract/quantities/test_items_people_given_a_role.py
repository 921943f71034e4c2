"""A count of people that a verb employs counts employees: the role the verb gives them
(item_features people_role_verbs); people counted otherwise stay people."""

from __future__ import annotations

import pytest

from tests.extract.quantities.helpers import Rows, found


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("The group employs about 1,300 people in six countries.", "1,300 people"),
        ("At its peak the mill employed some 4,000 people.", "4,000 people"),
        ("The new plant will employ up to 600 people from next year.", "600 people"),
        ("Founded in 1998, the firm now employs 85 people in Leeds.", "85 people"),
    ],
)
def test_people_a_firm_employs_are_employees(claims_of: Rows, text: str, anchor: str) -> None:
    assert found(claims_of, text, anchor)["quantity_item"] == "employees"


def test_people_who_do_something_else_stay_people(claims_of: Rows) -> None:
    text = "The storm forced about 1,300 people from their homes."
    assert found(claims_of, text, "1,300 people")["quantity_item"] == "people"
