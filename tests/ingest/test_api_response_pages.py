"""A story saved as a news API's raw JSON response: the headline's value is the title, the
standfirst and body values are the story, a picture's caption is a caption, related headlines
are teasers, an advert's copy and the request fields are boilerplate, and the authors and the
day come from their fields. Offsets point into the text as saved, its escapes kept."""

from __future__ import annotations

import datetime as dt
import json

import pytest

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
