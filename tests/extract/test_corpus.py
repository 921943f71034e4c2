"""End to end through the CLI: `claims run` on the seeds, `claims extract`, bad input."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claims import store
from claims.cli.root import cli
from claims.extract.corpus import extract
from claims.ingest.corpus import ingest
from claims.validate.tables import validate
from tests.extract.stories import page_rows


@pytest.fixture(scope="module")
def seed_run(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("seed-run")
    result = CliRunner().invoke(cli, ["run", str(seeds_dir), "--out", str(out)])
    return out, result


def test_run_prints_a_summary_and_validates(seed_run: tuple[Path, Any]) -> None:
    out, result = seed_run
    assert result.exit_code == 0, result.output
    assert "quantity" in result.output and "sanction" in result.output
    assert "claims.parquet: claims" in result.output and "ok" in result.output
    assert validate([out]).ok


def test_seed_key_claims(seed_run: tuple[Path, Any]) -> None:
    out, _ = seed_run
    rows = store.read_table(out / "claims.parquet").to_dict("records")
    shells = [r for r in rows if r["span_text"] == "over 3 million artillery shells"]
    assert len(shells) == 1
    assert (
        shells[0]["quantity_value"],
        shells[0]["quantity_bound"],
        shells[0]["quantity_item"],
    ) == (3_000_000, "gt", "artillery shells")
    april = [r for r in rows if r["claim_type"] == "sanction" and "two ships" in r["span_text"]]
    assert len(april) == 1
    row = april[0]
    assert (
        list(row["sanction_authorities"]) == ["South Korea"] and row["sanction_status"] == "imposed"
    )
    assert {t["kind"]: t["count"] for t in row["sanction_targets"]} == {
        "organization": 2,
        "person": 2,
        "vessel": 2,
    }
    assert str(row["sanction_date"]) == "2024-04-02"
    dates = {r["date_text"]: str(r["date_start"]) for r in rows if r["claim_type"] == "date"}
    assert dates["on April 2"] == "2024-04-02" and dates["in February 2024"] == "2024-02-01"
    assert not any(r["segment"] in ("byline", "boilerplate") for r in rows)
    assert not any(
        r["claim_type"] == "quantity" and r["span_text"].startswith("2 min") for r in rows
    )


def test_every_row_is_grounded(seed_run: tuple[Path, Any]) -> None:
    out, _ = seed_run
    text = store.read_table(out / "articles.parquet")["text"][0]
    for r in store.read_table(out / "claims.parquet").to_dict("records"):
        assert text[r["span_start"] : r["span_end"]] == r["span_text"]
        assert text[r["sentence_start"] : r["sentence_end"]] == r["sentence"]
        assert r["extractor"].startswith("claims ")


def test_extract_is_deterministic(seed_run: tuple[Path, Any], tmp_path: Path) -> None:
    out, _ = seed_run
    copy = tmp_path / "again"
    copy.mkdir()
    (copy / "articles.parquet").write_bytes((out / "articles.parquet").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(copy), "--batch-size", "3"])
    assert result.exit_code == 0, result.output
    assert (copy / "claims.parquet").read_bytes() == (out / "claims.parquet").read_bytes()


def test_extract_without_articles_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["extract", str(tmp_path)])
    assert result.exit_code == 2
    assert "articles.parquet" in result.output and "Traceback" not in result.output


def test_unknown_model_is_a_clear_error(seed_run: tuple[Path, Any], tmp_path: Path) -> None:
    out, _ = seed_run
    (tmp_path / "articles.parquet").write_bytes((out / "articles.parquet").read_bytes())
    result = CliRunner().invoke(cli, ["extract", str(tmp_path), "--model", "no_such_model_xyz"])
    assert result.exit_code == 2
    assert "no_such_model_xyz" in result.output
    assert not (tmp_path / "claims.parquet").exists()


def test_bad_input_articles(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "nosentences.txt").write_text("...\n\n---\n\n* * *\n", "utf-8")
    (src / "german.txt").write_text(
        "Die Regierung hat am Dienstag neue Sanktionen gegen drei Firmen und zwei Personen "
        "verhängt, wie das Ministerium mitteilte. Die Maßnahmen gelten für ein Jahr. " * 3,
        "utf-8",
    )
    (src / "numbers.txt").write_text(
        "Odd codes\n\nThe crates were stamped 1,2,3,4 and 2.4.2024 and 12.34.56 or 9,99.\n",
        "utf-8",
    )
    filler = "The committee discussed the weather and the roads at length without any decision. "
    (src / "huge.txt").write_text(
        "Huge report\n\n"
        + (filler * 200 + "\n") * 320
        + "The agency counted 40 drones on Friday.\n",
        "utf-8",
    )
    assert (src / "huge.txt").stat().st_size > 5_000_000
    data = tmp_path / "data"
    ingest([src], data)
    report = extract(data)
    assert report.articles == 4
    assert report.skipped_non_english == 1
    assert report.validation is not None and report.validation.ok
    rows = store.read_table(data / "claims.parquet").to_dict("records")
    assert [(r["claim_type"], r["span_text"]) for r in rows if r["claim_type"] == "quantity"] == [
        ("quantity", "40 drones")
    ]
    assert report.rejections["quantity:malformed_number"] >= 2


def test_authority_carries_over_within_an_article(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "Canberra widens sanctions\n\n"
        "Australia sanctioned 12 individuals and four companies on Monday.\n\n"
        "Two shipping firms were also sanctioned for moving arms.\n\n"
        "Among the companies are three banks and one insurer.\n",
        "utf-8",
    )
    data = tmp_path / "data"
    ingest([src], data)
    report = extract(data)
    assert report.validation is not None and report.validation.ok
    rows = store.read_table(data / "claims.parquet").to_dict("records")
    sanctions = [r for r in rows if r["claim_type"] == "sanction"]
    assert len(sanctions) == 4  # the headline widens sanctions too
    assert all(list(r["sanction_authorities"]) == ["Australia"] for r in sanctions)


@pytest.mark.parametrize(
    ("entry", "surface", "day"),
    [
        (
            "Air defence units downed 14 drones over the port this morning.",
            "this morning",
            "2025-03-12",
        ),
        ("The governor said the ferry line would reopen tomorrow.", "tomorrow", "2025-03-13"),
        (
            "Shelling had hit the rail depot the day before, officials added.",
            "the day before",
            "2025-03-11",
        ),
        ("Crews worked through the night and finished today.", "today", "2025-03-12"),
    ],
)
def test_live_page_entries_speak_from_their_day_heading(
    tmp_path: Path, entry: str, surface: str, day: str
) -> None:
    page = (
        "Live: strikes on the southern ports\n\nBy Ana Ruiz | Published 13 March 2025\n\n"
        "Thursday 13 March\n\n09:10\n\nThe mayor visited the damaged quay.\n\n"
        f"Wednesday 12 March\n\n21:40\n\n{entry}\n"
    )
    dates = {r["span_text"]: str(r["date_start"]) for r in page_rows(tmp_path, page, "date")}
    assert dates.get(surface) == day, dates


@pytest.mark.parametrize(
    ("lead", "intro", "items"),
    [
        (
            "Canada imposed sanctions on two more people on Tuesday.",
            "Those designated include:",
            ["Ivan Sorokin", "Pavel Gusev"],
        ),
        (
            "The Council has frozen the assets of two businessmen.",
            "The persons listed are:",
            ["Marta Kovacs", "Oleg Rudin"],
        ),
        (
            "Norway will sanction two executives of a grain trader.",
            "The individuals sanctioned are:",
            ["Anton Belov", "Sergei Marin"],
        ),
        (
            "Japan blacklisted two financiers of the drone programme this week.",
            "Those blacklisted include:",
            ["Yuri Danko", "Ilya Frolov"],
        ),
    ],
)
def test_bulleted_names_under_a_list_introduction_are_claims(
    tmp_path: Path, lead: str, intro: str, items: list[str]
) -> None:
    """Bullets with no number, date or sanction word of their own still reach the parser when the
    line that opens their list was kept."""
    bullets = "\n".join(f"- {name}, a director of a trading firm" for name in items)
    page = f"New listings announced\n\nBy Ana Ruiz | 4 June 2025\n\n{lead}\n\n{intro}\n{bullets}\n"
    rows = page_rows(tmp_path, page, "sanction")
    named = [r["span_text"] for r in rows if any(n in r["span_text"] for n in items)]
    assert len(named) == len(items), [r["span_text"] for r in rows]


@pytest.mark.parametrize(
    ("article", "anchor", "unit", "item"),
    [
        (
            "Nordvik Paper cuts outlook\n\n"
            "Revenue rose 2% to 14.1 billion crowns in the quarter.\n\n"
            "Operating profit fell to 1.9 billion Swedish crowns, the company said.\n",
            "14.1 billion crowns",
            "SEK",
            "revenue",
        ),
        (
            "Floods hit Moravia\n\n"
            "Damage in the region is estimated at 4 billion Czech crowns.\n\n"
            "The government will pay up to 50,000 crowns to each household.\n",
            "50,000 crowns",
            "CZK",
            None,
        ),
        (
            "Danish brewer beats forecasts\n\n"
            "Sales were 21.3 billion Danish crowns.\n\n"
            "The board proposed a dividend of 7 crowns per share.\n",
            "7 crowns",
            "DKK",
            "dividend",
        ),
        (
            "Oslo ferry fares to rise\n\n"
            "A single ticket will cost 45 crowns from March, up from 40 Norwegian crowns.\n",
            "45 crowns",
            "NOK",
            None,
        ),
    ],
)
def test_a_bare_currency_word_is_the_currency_its_article_names(
    tmp_path: Path, article: str, anchor: str, unit: str, item: str | None
) -> None:
    rows = page_rows(tmp_path, article, "quantity")
    row = next(r for r in rows if anchor in r["span_text"])
    assert row["quantity_unit"] == unit
    assert item is None or row["quantity_item"] == item


def test_a_bare_currency_word_an_article_names_two_ways_has_no_unit(tmp_path: Path) -> None:
    page = (
        "Nordic exchange rates\n\n"
        "The fund holds 3 billion Swedish crowns and 2 billion Danish crowns.\n\n"
        "It paid out 400 million crowns last year.\n"
    )
    rows = page_rows(tmp_path, page, "quantity")
    row = next(r for r in rows if "400 million crowns" in r["span_text"])
    assert not isinstance(row["quantity_unit"], str)  # null (read back as NaN)


_FILLER = (
    "Officials said the work had gone more slowly than hoped, and residents who spoke at the "
    "meeting asked for clearer notices before each stage began. The council promised a fuller "
    "account at its next session, along with a breakdown of what each stage had cost so far.\n\n"
)


@pytest.mark.parametrize(
    ("opening", "later", "anchor", "day"),
    [
        (
            "Harbour wall repairs resume\n\nWork restarted on 14 October after a pause.\n\n",
            "Timeline\n06/04/2010 - The wall is first surveyed\n",
            "06/04/2010",
            "2010-04-06",
        ),
        (
            "Rail fares review published\n\nThe review was handed to ministers on 2 March 2025.\n\n",
            "An earlier review, signed off on 09/11/2021, had found the same gaps.\n",
            "09/11/2021",
            "2021-11-09",
        ),
        (
            "Clinic waiting lists shrink\n\nFigures released on Tuesday 3 June showed a fall.\n\n",
            "The last peak was recorded on 11/02/2024, when 9,400 people were waiting.\n",
            "11/02/2024",
            "2024-02-11",
        ),
        (
            "Ferry timetable cut again\n\nThe operator said on 21 January it lacked crews.\n\n",
            "Key dates\n- 05/07/2023: new vessel ordered\n",
            "05/07/2023",
            "2023-07-05",
        ),
    ],
)
def test_slash_dates_far_below_the_page_s_written_days_follow_their_order(
    tmp_path: Path, opening: str, later: str, anchor: str, day: str
) -> None:
    rows = page_rows(tmp_path, opening + _FILLER * 4 + later, "date")
    row = next(r for r in rows if anchor in r["span_text"])
    assert str(row["date_start"]) == day
