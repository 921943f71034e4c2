"""A saved teletext capture: each page opens on its header line (page number, service, day and
clock); the first story's page and its subpages are the article, its first line the title; the
index page, other stories' pages, subpage counters, 'continued' lines and the fastext row are not
body."""

from __future__ import annotations

import datetime as dt

from claims.ingest.segment import segment_text, split_lines
from tests.ingest.helpers import kind_of

PAGE = """Saved teletext capture · NORDTEXT · pages 200-203 · 03.02.2026 19:05
P200  NORDTEXT 200   Tue 03.02. 19:05:02
      NEWS / NYHETER
 Harbour fire destroys 3 warehouses 201
 Rail strike called off .............. 202
 Weather ............................. 203
 Sport 310   Weather 410   TV 510   Index 100
P201  NORDTEXT 201   Tue 03.02. 19:05:20
                                    1/2
HARBOUR FIRE DESTROYS 3 WAREHOUSES

A fire at the north harbour destroyed
three warehouses on Tuesday and caused
damage put at NOK 85 million, police
said.
          Continued on 201/2
P201  NORDTEXT 201   Tue 03.02. 19:05:41
                                    2/2
About 40 firefighters fought the blaze
for nine hours until the fire was out.
P202  NORDTEXT 202   Tue 03.02. 19:06:00
RAIL STRIKE CALLED OFF
Train drivers called off a strike set
for Friday after a 4% pay offer.
 Home 100  Sport 310  Weather 410  TV 510
"""


def test_the_first_story_page_is_the_article_and_its_first_line_the_title() -> None:
    structure = segment_text(PAGE, dt.date(2026, 12, 1))
    assert structure.title == "HARBOUR FIRE DESTROYS 3 WAREHOUSES"
    assert structure.byline.published == dt.date(2026, 2, 3)
    assert kind_of(PAGE, "damage put at NOK 85 million") == "body"
    assert kind_of(PAGE, "About 40 firefighters") == "body"


def test_the_index_other_pages_and_page_furniture_are_not_body() -> None:
    for line in (
        "Harbour fire destroys 3 warehouses 201",
        "Rail strike called off ....",
        "for Friday after a 4% pay offer.",
        "P201  NORDTEXT 201   Tue 03.02. 19:05:41",
        "Continued on 201/2",
        "Sport 310   Weather 410",
        "Home 100  Sport 310",
    ):
        assert kind_of(PAGE, line) not in ("body", "title"), line
    counter = PAGE.index("2/2\nAbout")
    body = [s for s in segment_text(PAGE).segments if s.kind in ("body", "title")]
    assert not any(s.start <= counter < s.end for s in body)


def test_a_page_with_one_header_line_is_read_as_usual() -> None:
    page = "P201  NORDTEXT 201   Tue 03.02. 19:05:20\n" + PAGE.split("1/2\n", 1)[1]
    assert segment_text(page).title != "Continued on 201/2"


def test_a_story_cut_at_the_pages_width_reads_as_whole_paragraphs() -> None:
    texts = [line.text for line in split_lines(PAGE)]
    assert (
        "A fire at the north harbour destroyed three warehouses on Tuesday and caused damage put"
        " at NOK 85 million, police said." in texts
    )
    assert "Harbour fire destroys 3 warehouses 201" in texts  # an index entry stays its own line
