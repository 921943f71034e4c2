"""Furniture in a few more shapes. A subscription offer in the site's own language, its price's
sign after the figure ('Abonnez-vous : 2 € par mois'), and a service's strip of its phone line
and chat hours ('Claims line 0800 1234 (free) · Live chat 9 am–5 pm') are never the headline.
Labels over other items ('Other news from the ministry', 'ZADNJE / LATEST', 'Other open
consultations: ...') head related lists. A quote saying that a thing is not for sale is the
story's text, no picture's usage terms."""

from __future__ import annotations

import pytest

from claims.ingest.segment import segment_text
from tests.ingest.helpers import TODAY, kind_of

HEADLINE = "Regulator fines two ferry operators over late sailings"
LEAD = (
    "The transport regulator fined two ferry operators a total of $380,000 on Monday after a"
    " review found that 1,200 sailings had left more than an hour late last year.\n\n"
    "Both operators said they would pay, and one has already added a ship to its fleet.\n"
)


@pytest.mark.parametrize(
    "offer",
    [
        "Abonnez-vous : 2 € par mois",
        "Suscríbete: 3 € al mes durante un año",
        "Assine já: 9,90 € no primeiro mês",
        "Abonnieren: 4,99 € im Monat",
    ],
)
def test_a_subscription_offer_in_another_language_is_no_headline(offer: str) -> None:
    page = "Harbour Post · Ports and shipping\nNews | Ports | Opinion\n" + offer + "\n\n"
    assert segment_text(page + HEADLINE + "\n\n" + LEAD, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    "strip",
    [
        "☎ Claims line 0800 1234 (free) · Live chat 9 am–5 pm",
        "Customer helpline +44 20 7946 0000 · Lines open Mon–Fri 8–6",
        "Bookings hotline 1800 555 010 | Office hours 9:00–17:00",
        "Emergency line 0800 999 111 (24/7) · help@ferries.example",
    ],
)
def test_a_services_contact_strip_is_no_headline(strip: str) -> None:
    page = "Island Ferries · Travel updates\n" + strip + "\n\n" + HEADLINE + "\n\n" + LEAD
    assert segment_text(page, TODAY).title == HEADLINE


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("OTHER NEWS FROM THE MINISTRY", "12.05.2026 · Minister opens a new berth, traffic up 9%"),
        ("ZADNJE / LATEST", "18:05 · Bus fares to rise 4% in July"),
        ("Other news from our office", "3 May · Visa desk closes for two days"),
        ("ÚLTIMAS / LATEST", "09:40 · Port strike called off after 30 hours"),
    ],
)
def test_labels_over_other_items_head_a_related_list(label: str, item: str) -> None:
    page = HEADLINE + "\n\n" + LEAD + "\n" + label + "\n" + item + "\n"
    assert kind_of(page, item) == "related"


@pytest.mark.parametrize(
    "line",
    [
        "OTHER OPEN CONSULTATIONS: Port dues review (closes 02/07/2026) · Pilotage fees up 5%",
        "Other current tenders: Dredging of berth 4 (closes 9 June) · Two tugboats",
        "More open consultations: Fishing quotas 2027 · Ferry fares rise 3% proposal",
        "Related tenders: Harbour lighting · Security for 12 months",
    ],
)
def test_a_flat_line_of_other_consultations_is_related(line: str) -> None:
    page = HEADLINE + "\n\n" + LEAD + "\n" + line + "\n"
    assert kind_of(page, line[-12:]) == "related"


@pytest.mark.parametrize(
    "quote",
    [
        '"Our ferries are not for sale to anyone," the minister said on Tuesday.',
        '"This harbour is not for sale," she said, "and the berths stay public."',
        'The mayor said the old pier was "not for sale at any price" to 3 bidders.',
        '"No sales will go ahead before May," a spokesman said of the 40 boats.',
    ],
)
def test_a_quote_saying_not_for_sale_stays_body(quote: str) -> None:
    page = HEADLINE + "\n\n" + LEAD + "\n" + quote + "\n\nThe review will be repeated next year.\n"
    assert kind_of(page, quote[5:30]) == "body"


@pytest.mark.parametrize(
    ("label", "item"),
    [
        ("Associated coverage: Dockers vote to strike over night shifts — Read more", "• Tug"),
        ("Related coverage: Port dues rise for the third year running", "• Tug"),
        ("EARLIER EDITIONS", "2026-W18 · Tug"),
        ("Previous issues", "Issue 17 · Tug"),
    ],
)
def test_a_coverage_line_or_an_earlier_issues_label_heads_teasers(label: str, item: str) -> None:
    teaser = item + " operator fined 14,000 over a collision (May 2)"
    page = HEADLINE + "\n" + LEAD.replace("\n\n", "\n") + label + "\n" + teaser + "\n"
    assert kind_of(page, teaser) == "related"
