"""The season of the crop a page is about (claims/data/dates.json 'commodity_seasons') bounds its
split years when the page states no season start of its own: cocoa and coffee from October, New
Zealand's milk season from June."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extract.dates.finder import iter_dates, season_start

PUBLISHED = dt.date(2026, 3, 25)


def dated(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], str(r.start), str(r.end))
        for m, r in iter_dates(text, PUBLISHED, season=season_start(text))
    ]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Ghana's cocoa board bought 580,000 tonnes of cocoa in the 2023/24 season.",
            "2023-10-01",
            "2024-09-30",
        ),
        (
            "Coffee exports from Uganda rose in 2024/25 as coffee prices hit records.",
            "2024-10-01",
            "2025-09-30",
        ),
        (
            "Fonterra raised its milk price forecast in NZ$ for the 2025/26 season; milk "
            "collections in New Zealand rose.",
            "2025-06-01",
            "2026-05-31",
        ),
        (
            "Cocoa grindings fell and cocoa farmers were paid more in the 2025-26 season.",
            "2025-10-01",
            "2026-09-30",
        ),
    ],
)
def test_commodity_seasons(text: str, start: str, end: str) -> None:
    assert [(a, b) for _, a, b in dated(text)] == [(start, end)]


@pytest.mark.parametrize(
    "text",
    [
        "The cocoa harvest was poor in the 2023/24 season.",  # named once: no page's crop
        "Milk and butter sold well in the 2023/24 season.",  # no country that counts so
        "Cocoa and coffee prices: cocoa fell, coffee rose in the 2023/24 season.",  # a tie
    ],
)
def test_no_commodity_season(text: str) -> None:
    assert season_start(text) is None
