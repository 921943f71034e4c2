"""A quotation set alone in its block with its speaker and role after a dash and no verb of
saying is a magazine's pull quote, set apart in large type: no text of the story, even when
the story does not repeat its words. A paragraph that quotes someone says who said it."""

from __future__ import annotations

import pytest

from tests.ingest.helpers import kind_of

HEAD = "The slow unwinding of a fishing empire\n\nBy Sara Lind | 9 min read\n\n"
ABOVE = (
    "The court in the capital granted the order on Monday over three trawlers and two local"
    " companies linked to the group, which fished off the coast until 2020.\n\n"
)
BELOW = (
    "\n\nThe group went into liquidation in early 2022, and its liquidators have so far"
    " recovered about a quarter of what creditors claim.\n"
)


@pytest.mark.parametrize(
    "quote",
    [
        '"We are following the money through four countries. It takes time." - Ana Ruiz, chief'
        " prosecutor",
        "“Nobody has paid back a single krona yet.” — Jón Sveinsson, liquidator",
        '"The quota was sold twice, and the sea paid for it." -- Maria Nangolo, fisheries'
        " researcher",
        '"Six years on, the crews are still waiting." - Olga Berg, union official, Walvis Bay',
    ],
)
def test_a_quote_set_apart_with_its_speaker_and_role_is_no_body(quote: str) -> None:
    page = f"{HEAD}{ABOVE}{quote}{BELOW}"
    assert kind_of(page, quote[1:20]) != "body"
    assert kind_of(page, "The group went into liquidation") == "body"


@pytest.mark.parametrize(
    "paragraph",
    [
        '"We will appeal the order," the group\'s lawyer, Ana Ruiz, said on Tuesday.',
        '"We will appeal the order." - said Ana Ruiz, the lawyer, on Tuesday',
        '"We will appeal" - the group\'s statement',
    ],
)
def test_a_quoted_paragraph_that_says_who_said_it_stays_body(paragraph: str) -> None:
    page = f"{HEAD}{ABOVE}{paragraph}{BELOW}"
    assert kind_of(page, paragraph[1:20]) == "body"
