"""`kill -9` inside `claims annotate pull` (against a real Label Studio) at the two worst moments
of its Parquet writes: annotations and verdicts from the previous pull come through intact."""

from __future__ import annotations

import os
import secrets
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotation import config
from annotation.client import LabelStudio
from annotation.push import push
from annotation.server import Server, free_port, label_studio_bin
from claims.errors import ServiceError
from tests.faults.test_kill9_publish import claims_cli
from tests.fuzz.helpers import write_valid_folder

pytestmark = pytest.mark.labelstudio
PROJECT = "kill test"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    try:
        label_studio_bin()
    except ServiceError as exc:
        pytest.fail(f"{exc} -- the pull test needs the real server", pytrace=False)
    env = {
        **os.environ,
        "LABEL_STUDIO_USERNAME": "admin@example.org",
        "LABEL_STUDIO_PASSWORD": secrets.token_urlsafe(16),
        "LABEL_STUDIO_USER_TOKEN": secrets.token_hex(20),
    }
    with Server(tmp_path_factory.mktemp("ls"), port=free_port(), environ=env) as srv:
        yield srv


def ls_env(server: Server) -> dict[str, str]:
    return {
        "LABEL_STUDIO_URL": server.url,
        "LABEL_STUDIO_API_KEY": server.env["LABEL_STUDIO_USER_TOKEN"],
    }


@pytest.fixture(scope="module")
def pulled(server: Server, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder pushed, judged once per claim, and pulled: annotations and verdicts exist."""
    data = tmp_path_factory.mktemp("pull") / "data"
    write_valid_folder(data)
    client = LabelStudio(server.url, server.env["LABEL_STUDIO_USER_TOKEN"])
    report = push(data, PROJECT, client)
    user = client.create_user("annotator@example.org", "annotator")["id"]
    for task in client.export(report.project_id):
        result = [
            {
                "from_name": name,
                "to_name": config.TEXT,
                "type": "choices",
                "value": {"choices": [value]},
            }
            for name, value in ((config.EXTRACTION, "correct"), (config.VERDICT, "supported"))
        ]
        client.create_annotation(task["id"], {"result": result, "completed_by": user})
    done = claims_cli("annotate", "pull", str(data), "--project", PROJECT, env=ls_env(server))
    assert done.returncode == 0, done.stderr
    return data


@pytest.mark.parametrize("die_at", ["mid", "rename"])
def test_kill_during_pull_keeps_the_previous_judgments(
    server: Server, pulled: Path, tmp_path: Path, die_at: str
) -> None:
    data = tmp_path / "data"
    shutil.copytree(pulled, data)
    before = {n: (data / n).read_bytes() for n in ("annotations.parquet", "verdicts.parquet")}
    killed = claims_cli(
        "annotate", "pull", str(data), "--project", PROJECT, die_at=die_at, env=ls_env(server)
    )
    assert killed.returncode == -9, killed.stderr
    assert {n: (data / n).read_bytes() for n in before} == before
    assert claims_cli("validate", str(data)).returncode == 0
