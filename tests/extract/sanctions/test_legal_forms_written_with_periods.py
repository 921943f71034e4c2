"""Company names that end in a legal form written with periods ('d.o.o.', 's.r.o.', 'Sdn. Bhd.',
'Kft.'): the tokenizer keeps the form whole, so its periods end no sentence inside the name, and
the name is an organization."""

from __future__ import annotations

import pytest

from tests.extract.sanctions.helpers import Rows, only


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Slovenia listed the firm Kras Promet d.o.o. and two of its owners.",
            "Kras Promet d.o.o.",
        ),
        ("Malaysia froze the assets of Mulia Jaya Sdn. Bhd. on Monday.", "Mulia Jaya Sdn. Bhd."),
        ("Hungary has sanctioned Tisza Energia Kft. over fuel smuggling.", "Tisza Energia Kft."),
        ("The Czech government sanctioned Vltava Trans s.r.o. last week.", "Vltava Trans s.r.o."),
    ],
)
def test_a_name_ending_in_a_legal_form_is_one_organization(
    claims_of: Rows, text: str, name: str
) -> None:
    targets = only(claims_of, text)["sanction_targets"]
    orgs = [t for t in targets if t["kind"] == "organization"]
    assert orgs and any(name in t["names"] for t in orgs), targets
