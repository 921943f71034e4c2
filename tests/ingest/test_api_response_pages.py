"""A story saved as a news API's raw JSON response: the headline's value is the title, the
standfirst and body values are the story, a picture's caption is a caption, related headlines
are teasers, an advert's copy and the request fields are boilerplate, and the authors and the
day come from their fields. Offsets point into the text as saved, its escapes kept."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from claims.ingest.markup import plain_text, read_entities, shows_entities
from claims.ingest.segment import segment_text
from tests.ingest.helpers import kind_of

HEADLINE = "Customs seizes 14 containers of undeclared cigarettes at river port"
STANDFIRST = "Inspectors say the cargo was listed as ceramic tiles"
BODY = (
    "ROSARIO \u2013 Customs officers on Tuesday seized 14 containers holding about 9 million"
    " cigarettes.\n\nThe cargo had been declared as floor tiles."
)
CAPTION = "Officers open a container at the river terminal on Tuesday."
RELATED = "Port workers vote to end a four-day strike"
AD = "Fibre broadband 500 Mbps for $19 a month"


def response(shape: int) -> str:
    story = {"headline": HEADLINE, "standfirst": STANDFIRST, "body": BODY}
    obj: dict[str, object]
    if shape == 0:
        obj = {
            "status": "ok",
            "article": {
                **story,
                "byline": "Lucia Ferraro",
                "published_at": "2026-05-12T09:30:00-03:00",
                "image": {"url": "https://img.example/c.jpg", "caption": CAPTION},
                "related": [{"headline": RELATED, "url": "https://news.example/a/1"}],
            },
            "ads": [{"slot": "top", "text": AD}],
        }
    elif shape == 1:
        obj = {
            "data": {
                "title": HEADLINE,
                "summary": STANDFIRST,
                "content": BODY,
                "authors": ["Lucia Ferraro"],
                "publishedAt": "2026-05-12T12:30:00Z",
                "media": [{"type": "photo", "caption": CAPTION}],
                "related_articles": [{"title": RELATED}],
            },
            "sponsored": {"text": AD},
        }
    else:
        obj = {
            "request_id": "a81f",
            "result": {
                "story": {
                    "headline": HEADLINE,
                    "dek": STANDFIRST,
                    "text": BODY,
                    "author": "Lucia Ferraro",
                    "date_published": "2026-05-12",
                    "lead_image": {"alt": CAPTION},
                    "recommended": [RELATED],
                },
                "promos": [AD],
            },
        }
    return json.dumps(obj, indent=2)


@pytest.mark.parametrize("shape", [0, 1, 2])
def test_an_api_response_is_read_by_its_fields(shape: int) -> None:
    text = response(shape)
    structure = segment_text(text)
    assert structure.title == HEADLINE
    assert structure.byline.published == dt.date(2026, 5, 12)
    assert structure.byline.authors == ["Lucia Ferraro"]
    assert kind_of(text, HEADLINE) == "title"
    assert kind_of(text, STANDFIRST) == "body"
    assert kind_of(text, "Customs officers on Tuesday") == "body"
    assert kind_of(text, CAPTION) == "caption"
    assert kind_of(text, RELATED) == "related"
    assert kind_of(text, AD) == "boilerplate"


def test_a_json_text_without_a_headline_is_read_as_a_page() -> None:
    text = json.dumps({"note": "The ferry leaves at nine.", "count": 3}, indent=2)
    assert segment_text(text).segments


# A CMS's raw story object: the title under the story's attributes, the body one string of HTML
# paragraphs with the string's escapes kept (accented letters as '\u00e9'), the day in its
# first-publish stamp, other stories' headlines under its relationships.
CMS_PAGES = [
    (
        "Harbour board fines two tug operators over night towing",
        "<p>The harbour board in Set\\u00fabal fined Rebocadores Uni\\u00e3o and another firm a"
        " combined $310,000 on Monday.</p>\\n<p>Both firms may appeal within 30 days.</p>",
        "2026-02-03T08:00:00+01:00",
        "Ferry fares rise 4% from April",
    ),
    (
        "Regulator suspends a Lisbon broker for three months",
        "<p>The market regulator suspended Corretora Mar\\u00e9 on Thursday for 90"
        " days.</p>\\n<p>It had sold 1,200 clients bonds they couldn\\u2019t value.</p>",
        "2025-11-20T17:45:10Z",
        "Bond sales to retail savers drop again",
    ),
    (
        "City freezes a builder\\u2019s payments over cracked school walls",
        "<p>The council froze payments of about \\u20ac2 million to the builder.</p>\\n"
        "<h3>WHAT COMES NEXT</h3>\\n<p>An engineer will report by 15 June.</p>",
        "2024-05-09T06:30:00-03:00",
        "Two schools reopen after summer repairs",
    ),
]


def cms_response(title: str, body: str, stamp: str, related: str) -> str:
    """The JSON as the CMS wrote it (the escapes in `title` and `body` left as they are)."""
    return (
        '{"data": {"type": "story", "attributes": {\n'
        f'  "title": "{title}", "status": "published",\n'
        f'  "first_publish_date": "{stamp}", "modified": "2027-01-01T00:00:00Z",\n'
        '  "promo_items": {"basic": {"type": "image", "caption": "A tug in the harbour."}},\n'
        f'  "body_html": "{body}",\n'
        '  "word_count": 412},\n'
        ' "links": {"recommended": [\n'
        f'  {{"id": "x1", "headline": "{related}", "shown": "2023-01-02"}}]}}}},\n'
        ' "meta": {"served_by": "edge-2", "built": "2027-01-01T00:00:00Z"}}\n'
    )


@pytest.mark.parametrize(("title", "body", "stamp", "related"), CMS_PAGES)
def test_a_cms_story_object_is_read_by_its_fields(
    title: str, body: str, stamp: str, related: str
) -> None:
    text = cms_response(title, body, stamp, related)
    structure = segment_text(text)
    assert structure.title == json.loads(f'"{title}"')
    assert structure.byline.published == dt.date.fromisoformat(stamp[:10])
    first = body[3:30]
    assert kind_of(text, first) == "body"
    assert kind_of(text, related) == "related"
    assert kind_of(text, "A tug in the harbour.") == "caption"


@pytest.mark.parametrize(("title", "body", "stamp", "related"), CMS_PAGES)
def test_a_cms_story_is_parsed_with_its_tags_blanked_and_its_escapes_read(
    title: str, body: str, stamp: str, related: str
) -> None:
    text = cms_response(title, body, stamp, related)
    assert shows_entities(text)
    start = text.index(body)
    read = read_entities(plain_text(text)[start : start + len(body)])
    assert "<" not in read and "\\" not in read
    assert " ".join(read.split()) == " ".join(
        re.sub(r"<[^>]+>", " ", json.loads(f'"{body}"')).split()
    )
