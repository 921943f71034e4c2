"""`claims explain` end to end through the command line: the parse, the pattern hits, the claims
kept and the candidates rejected, each with what it depends on (publication date, saved patterns)."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from claims.cli.root import cli
from claims.extract.pipeline import load


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["explain", *args])


def section(output: str, title: str) -> list[str]:
    """The indented lines under `title:` in the output."""
    lines = output.splitlines()
    start = lines.index(f"{title}:") + 1
    body = []
    for line in lines[start:]:
        if not line.startswith("  "):
            break
        body.append(line.strip())
    return body


def test_tokens_claims_and_rejections_are_shown() -> None:
    result = run("The 110th brigade lost 40 tanks on Monday.", "--published", "2024-04-05")
    assert result.exit_code == 0, result.output
    tokens = section(result.output, "tokens")
    assert tokens[0].split() == ["i", "text", "lemma", "pos", "tag", "dep", "head"]
    lost = next(t.split() for t in tokens[1:] if t.split()[1] == "lost")
    assert lost[2:6] == ["lose", "VERB", "VBD", "ROOT"]
    tanks = next(t.split() for t in tokens[1:] if t.split()[1] == "tanks")
    assert tanks[2] == "tank" and tanks[5:] == ["dobj", lost[0], "lost"]  # dependency and head
    claims = section(result.output, "claims")
    assert any(c.startswith("quantity '40 tanks'") and "value=40" in c for c in claims)
    assert any(c.startswith("date 'Monday'") and "start='2024-04-01'" in c for c in claims)
    assert section(result.output, "rejected candidates") == ["quantity:ordinal: '110th' [4:9]"]
    assert section(result.output, "patterns matched") == ["(none)"]


def test_relative_dates_follow_published() -> None:
    early = run("The talks ended on Monday.", "--published", "2024-04-05").output
    late = run("The talks ended on Monday.", "--published", "2024-04-12").output
    assert "start='2024-04-01'" in early and "start='2024-04-08'" in late
    undated = run("The talks ended on Monday.").output
    assert "published: -" in undated and "start=" not in undated


def test_a_sanction_without_authority_is_shown_as_rejected() -> None:
    result = run("Two banks were also sanctioned.")
    assert result.exit_code == 0
    assert section(result.output, "claims") == ["(none)"]
    assert any(
        r.startswith("sanction:no_authority: 'Two banks were also sanctioned'")
        for r in section(result.output, "rejected candidates")
    )


def test_a_saved_pipeline_shows_its_own_pattern_hits(tmp_path: Path) -> None:
    nlp = load()
    nlp.get_pipe("claims_quantities").add_patterns(
        [
            {
                "id": "glued_calibre",
                "kind": "token",
                "example": "The crews fired 155mm shells.",
                "pattern": [{"LIKE_NUM": True}, {"LOWER": "mm"}],
            }
        ]
    )
    nlp.to_disk(tmp_path / "pipeline")
    result = run("Gunners fired 152mm rounds.", "--model", str(tmp_path / "pipeline"))
    assert result.exit_code == 0, result.output
    hits = section(result.output, "patterns matched")
    assert hits == ["claims_quantities/glued_calibre: '152 mm' (tokens 2,3)"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("Some text.", "--published", "2024-13-01"), "--published"),
        (("  ",), "SENTENCE is empty"),
        (("Some text.", "--model", "no_such_model_xyz"), "cannot load spaCy model"),
    ],
)
def test_bad_usage_is_one_error_line_and_exit_2(args: tuple[str, ...], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert "Error:" in result.output and message in result.output
    assert "Traceback" not in result.output
