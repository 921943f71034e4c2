"""Upload a published version to the Hugging Face Hub and tag it there.

The token comes from HF_TOKEN only and is handed straight to huggingface_hub: never written,
never logged, never put in a git remote. `check` runs before anything is committed, so a bad
repo id or token never leaves a version half-published.
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


def check_repo_id(repo_id: str) -> None:
    """ORG/NAME as the Hub accepts it (huggingface_hub's own rule), with the namespace."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    try:
        validate_repo_id(repo_id)
    except HFValidationError as exc:
        first = str(exc).splitlines()[0]
        raise UsageError(f"--hub {repo_id!r} is not a valid Hub repo id: {first}") from None
    if "/" not in repo_id:
        raise UsageError(f"--hub needs ORG/NAME (a namespace and a name), got {repo_id!r}")


def _say(exc: Exception, hf_token: str) -> str:
    return (str(exc).replace(hf_token, "***").splitlines() or [type(exc).__name__])[0]


def check(repo_id: str, hf_token: str) -> set[str]:
    """Before any commit: the id is valid, the token works; returns the tags already on the Hub."""
    check_repo_id(repo_id)
    from huggingface_hub import HfApi
    from huggingface_hub.errors import RepositoryNotFoundError

    api = HfApi(token=hf_token)
    try:
        api.whoami()
    except Exception as exc:  # a service boundary: the Hub's answer, in one line
        raise ServiceError(
            f"Hugging Face Hub refused the token or cannot be reached: {_say(exc, hf_token)}"
        ) from None
    try:
        refs = api.list_repo_refs(repo_id, repo_type="dataset")
    except RepositoryNotFoundError:
        return set()
    except Exception as exc:
        raise ServiceError(
            f"Hugging Face Hub: cannot read {repo_id}: {_say(exc, hf_token)}"
        ) from None
    return {t.name for t in refs.tags}


def upload(folder: Path, repo_id: str, version: str, hf_token: str) -> str:
    """upload_folder (data files replaced, .git left out), then tag the returned commit."""
    from huggingface_hub import HfApi

    api = HfApi(token=hf_token)
    tag = f"v{version}"
    try:
        api.create_repo(repo_id, repo_type="dataset", exist_ok=True)
        info = api.upload_folder(
            repo_id=repo_id,
            repo_type="dataset",
            folder_path=folder,
            commit_message=f"Release {tag}",
            ignore_patterns=[".git", ".git/*", ".git/**"],
            delete_patterns=["data/**"],
        )
        api.create_tag(
            repo_id, tag=tag, revision=info.oid, repo_type="dataset", tag_message=f"Release {tag}"
        )
    except Exception as exc:  # a service boundary: any failure is the Hub's answer, in one line
        raise ServiceError(
            f"Hugging Face Hub refused the upload of {repo_id} {tag}: {_say(exc, hf_token)}"
        ) from None
    return str(info.oid)
