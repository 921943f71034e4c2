"""Upload a published version to the Hugging Face Hub and tag it there.

The token comes from HF_TOKEN only and is handed straight to huggingface_hub: never written,
never logged, never put in a git remote.
"""

from __future__ import annotations

import os
from pathlib import Path

from claims.errors import ServiceError, UsageError

TOKEN_ENV = "HF_TOKEN"


def token() -> str:
    value = os.environ.get(TOKEN_ENV, "").strip()
    if not value:
        raise UsageError(
            f"--hub needs a Hugging Face write token in the {TOKEN_ENV} environment variable"
        )
    return value


def upload(repo: Path, repo_id: str, version: str, hf_token: str) -> str:
    """upload_folder (data files replaced, .git left out), then tag the returned commit."""
    from huggingface_hub import HfApi

    api = HfApi(token=hf_token)
    tag = f"v{version}"
    try:
        api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
        info = api.upload_folder(
            repo_id=repo_id,
            repo_type="dataset",
            folder_path=repo,
            commit_message=f"Release {tag}",
            ignore_patterns=[".git", ".git/*", ".git/**"],
            delete_patterns=["data/**"],
        )
        api.create_tag(
            repo_id, tag=tag, revision=info.oid, repo_type="dataset", tag_message=f"Release {tag}"
        )
    except (
        Exception
    ) as exc:  # a service boundary: any failure is the Hub's answer, said in one line
        message = (str(exc).replace(hf_token, "***").splitlines() or [type(exc).__name__])[0]
        raise ServiceError(
            f"Hugging Face Hub refused the upload of {repo_id} {tag}: {message}"
        ) from None
    return str(info.oid)
