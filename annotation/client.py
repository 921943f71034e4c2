"""The only module that talks to the Label Studio server, through `label-studio-sdk`.

The SDK's `LabelStudio` client does the HTTP, the pagination and the token handling (a legacy
token goes as-is; a personal access token is a refresh token the SDK trades for short-lived
access tokens, again whenever one expires). This module keeps what is specific to claims: a
check of the server address before any request, dicts instead of SDK models at the edge, and
every failure turned into one `ServiceError` (or `UsageError`) line that says what to do. The
token only ever travels in a request header, never into a message, file or log.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import httpx
from label_studio_sdk.client import LabelStudio as SdkClient
from label_studio_sdk.core.api_error import ApiError

from claims.errors import ServiceError, UsageError

log = logging.getLogger(__name__)

DEFAULT_URL = "http://127.0.0.1:8080"
TIMEOUT = 600.0


def check_url(url: str, name: str = "LABEL_STUDIO_URL") -> str:
    """The server address without a trailing slash, or a UsageError saying what is wrong with it."""
    text = url.strip().rstrip("/")
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        hint = f" (write http://{text})" if "://" not in text else ""
        raise UsageError(f"{name} {text!r} is not an http:// or https:// address{hint}")
    try:
        port = parts.port
    except ValueError:
        raise UsageError(
            f"{name} {text!r} has an invalid port (a number from 1 to 65535)"
        ) from None
    if port == 0 or not parts.hostname:
        raise UsageError(f"{name} {text!r} has no host or an invalid port")
    return text


def _detail(exc: ApiError) -> str:
    """The first line of the server's complaint, without echoing request data back."""
    body = exc.body
    if isinstance(body, dict):
        detail = body.get("validation_errors") or body.get("detail") or body
        return str(detail).splitlines()[0][:300]
    return str(body or exc.status_code)[:300]


def _plain(obj: Any) -> Any:
    """An SDK model (pydantic) as plain JSON data."""
    if hasattr(obj, "model_dump"):
        return obj.model_dump(mode="json", by_alias=True, exclude_unset=False)
    if hasattr(obj, "dict"):
        return obj.dict(by_alias=True)
    return obj


class LabelStudio:
    """A connection to one Label Studio server, over the SDK client."""

    def __init__(self, url: str, token: str, timeout: float = TIMEOUT):
        self.url = check_url(url)
        self.timeout = timeout
        with self._errors("connect"):
            self.sdk = SdkClient(base_url=self.url, api_key=token, timeout=timeout, max_retries=0)

    @classmethod
    def from_env(cls) -> LabelStudio:
        """Connect with LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY."""
        token = os.environ.get("LABEL_STUDIO_API_KEY", "")
        if not token:
            raise ServiceError("LABEL_STUDIO_API_KEY is not set (the Label Studio API token)")
        return cls(os.environ.get("LABEL_STUDIO_URL", DEFAULT_URL), token)

    @contextlib.contextmanager
    def _errors(self, what: str) -> Iterator[None]:
        """Every SDK or network failure as one line naming the server, never the token."""
        try:
            yield
        except ApiError as exc:
            if exc.status_code in (401, 403):
                raise ServiceError(
                    f"Label Studio at {self.url} refused the API token"
                    f" ({_detail(exc)}; check LABEL_STUDIO_API_KEY)"
                ) from None
            raise ServiceError(
                f"Label Studio refused to {what} ({exc.status_code}: {_detail(exc)})"
            ) from None
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise UsageError(f"LABEL_STUDIO_URL {self.url!r} is not usable ({exc})") from None
        except httpx.TimeoutException:
            raise ServiceError(
                f"Label Studio at {self.url} did not answer within {self.timeout:.0f}s"
            ) from None
        except httpx.TransportError:
            raise ServiceError(
                f"Label Studio is not answering at {self.url}"
                " (start it with `claims annotate serve` or set LABEL_STUDIO_URL)"
            ) from None
        except json.JSONDecodeError:
            raise ServiceError(
                f"Label Studio at {self.url} answered something that is not JSON"
                " (is that address a Label Studio server?)"
            ) from None

    def _raw(self, method: str, path: str, **kwargs: Any) -> Any:
        """An endpoint the SDK has no method for, through the SDK's own HTTP client and token."""
        with self._errors(f"{method} {path}"):
            response = self.sdk._client_wrapper.httpx_client.request(path, method=method, **kwargs)
            if response.status_code >= 400:
                try:
                    body = response.json()
                except ValueError:
                    body = response.text
                raise ApiError(status_code=response.status_code, body=body)
            return response.json() if response.content else None

    def healthy(self) -> bool:
        """Whether the server answers its health check (no token needed; used while it starts)."""
        try:
            return bool((self._raw("GET", "health") or {}).get("status") == "UP")
        except (ServiceError, UsageError):
            return False

    def whoami(self) -> dict[str, Any]:
        with self._errors("say who the token belongs to"):
            return dict(_plain(self.sdk.users.whoami()))

    def projects(self) -> list[dict[str, Any]]:
        with self._errors("list projects"):
            pages: Iterable[Any] = self.sdk.projects.list(page_size=100, include="id,title")
            return [{"id": p.id, "title": p.title} for p in pages]

    def find_project(self, title: str) -> dict[str, Any] | None:
        matches = [p for p in self.projects() if p["title"] == title]
        if not matches:
            return None
        return self.get_project(min(p["id"] for p in matches))

    def get_project(self, project_id: int) -> dict[str, Any]:
        with self._errors(f"read project {project_id}"):
            return dict(_plain(self.sdk.projects.get(project_id)))

    def project(self, title: str) -> dict[str, Any]:
        """The project of that title, or a one-line error saying it is missing."""
        found = self.find_project(title)
        if found is None:
            raise ServiceError(
                f"no Label Studio project named {title!r} at {self.url} (push claims first)"
            )
        return found

    def validate_config(self, label_config: str) -> None:
        """Ask the server whether it accepts a labeling config; a ServiceError says why not."""
        # The SDK only validates against an existing project; this endpoint needs none.
        self._raw("POST", "api/projects/validate/", json={"label_config": label_config})

    def create_project(self, fields: dict[str, Any]) -> dict[str, Any]:
        with self._errors("create the project"):
            made = self.sdk.projects.create(**fields)
        return self.get_project(int(made.id))  # type: ignore[arg-type]

    def update_project(self, project_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        with self._errors("update the project"):
            self.sdk.projects.update(project_id, **fields)
        return self.get_project(project_id)

    def import_tasks(self, project_id: int, tasks: Sequence[dict[str, Any]]) -> list[int]:
        """Create tasks (with their predictions) in one transaction; returns their ids."""
        with self._errors("import tasks"):
            done = self.sdk.projects.import_tasks(
                project_id,
                request=list(tasks),  # type: ignore[arg-type]
                return_task_ids=True,
            )
        return [int(i) for i in getattr(done, "task_ids", None) or []]

    def import_predictions(self, project_id: int, predictions: Sequence[dict[str, Any]]) -> int:
        with self._errors("import predictions"):
            done = self.sdk.projects.import_predictions(
                project_id,
                request=list(predictions),  # type: ignore[arg-type]
            )
        return int(getattr(done, "created", None) or len(predictions))

    def task_data(self, project_id: int, page_size: int = 5000) -> list[dict[str, Any]]:
        """Id and data of every task, without annotations: far lighter than an export."""
        with self._errors("list tasks"):
            pages: Iterable[Any] = self.sdk.tasks.list(
                project=project_id, fields="task_only", include="id,data", page_size=page_size
            )
            return [{"id": int(t.id), "data": dict(t.data or {})} for t in pages]

    def export(self, project_id: int) -> list[dict[str, Any]]:
        """Every task with its data, predictions and annotations (skipped ones included)."""
        with self._errors("export the project"):
            body = b"".join(
                self.sdk.projects.exports.download_sync(
                    project_id, export_type="JSON", download_all_tasks=True
                )
            )
            return list(json.loads(body))

    def model_versions(self, project_id: int) -> dict[str, int]:
        """How many predictions each model version has in the project."""
        found = self._raw("GET", f"api/projects/{project_id}/model-versions/")
        return {str(k): int(v) for k, v in found.items()}

    def predictions(self, project_id: int) -> list[dict[str, Any]]:
        with self._errors("list predictions"):
            return [
                {"task": p.task, "model_version": p.model_version}
                for p in self.sdk.predictions.list(project=project_id)
            ]

    def users(self) -> list[dict[str, Any]]:
        with self._errors("list users"):
            return [{"id": u.id, "email": u.email} for u in self.sdk.users.list()]

    def create_user(self, email: str, username: str) -> dict[str, Any]:
        with self._errors("create a user"):
            made = self.sdk.users.create(email=email, username=username)
        return {"id": made.id, "email": made.email}

    def create_annotation(self, task_id: int, annotation: dict[str, Any]) -> dict[str, Any]:
        with self._errors("create an annotation"):
            return dict(_plain(self.sdk.annotations.create(task_id, **annotation)))

    def update_annotation(self, annotation_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        with self._errors("update an annotation"):
            return dict(_plain(self.sdk.annotations.update(annotation_id, **fields)))
