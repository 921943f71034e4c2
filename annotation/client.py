"""The only module that talks to the Label Studio server (plain HTTP on its REST API).

Every failure leaves as one `ServiceError` line that says what to do; the API token only ever
travels in a request header, never into a message, file or log.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import Any

import requests

from claims.errors import ServiceError

DEFAULT_URL = "http://127.0.0.1:8080"
TIMEOUT = 600.0


def _short(response: requests.Response) -> str:
    """The first line of the server's complaint, without echoing request data back."""
    try:
        body = response.json()
    except ValueError:
        return response.reason or str(response.status_code)
    if isinstance(body, dict):
        detail = body.get("detail") or body.get("validation_errors") or body
        return str(detail).splitlines()[0][:300]
    return str(body)[:300]


class LabelStudio:
    """A logged-in connection to one Label Studio server."""

    def __init__(self, url: str, token: str, timeout: float = TIMEOUT):
        self.url = url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self._token = token
        self.session.headers["Authorization"] = self._authorization(token)

    @classmethod
    def from_env(cls) -> LabelStudio:
        """Connect with LABEL_STUDIO_URL and LABEL_STUDIO_API_KEY."""
        token = os.environ.get("LABEL_STUDIO_API_KEY", "")
        if not token:
            raise ServiceError("LABEL_STUDIO_API_KEY is not set (the Label Studio API token)")
        return cls(os.environ.get("LABEL_STUDIO_URL", DEFAULT_URL), token)

    def _authorization(self, token: str) -> str:
        """Legacy tokens go as-is; a personal access token (a JWT) is traded for an access one."""
        if token.count(".") != 2:
            return f"Token {token}"
        body = self._send("POST", "/api/token/refresh/", json={"refresh": token})
        return f"Bearer {body['access']}"

    def _send(self, method: str, path: str, **kwargs: Any) -> Any:
        try:
            response = self.session.request(method, self.url + path, timeout=self.timeout, **kwargs)
        except requests.ConnectionError:
            raise ServiceError(
                f"Label Studio is not answering at {self.url}"
                " (start it with `claims annotate serve`"
                " or set LABEL_STUDIO_URL)"
            ) from None
        except requests.Timeout:
            raise ServiceError(
                f"Label Studio at {self.url} did not answer within {self.timeout:.0f}s"
            ) from None
        if response.status_code in (401, 403):
            raise ServiceError(
                f"Label Studio at {self.url} refused the API token (check LABEL_STUDIO_API_KEY)"
            )
        if response.status_code >= 400:
            raise ServiceError(
                f"Label Studio refused {method} {path} ({response.status_code}: {_short(response)})"
            )
        if response.status_code == 204 or not response.content:
            return None
        return response.json()

    def whoami(self) -> dict[str, Any]:
        return dict(self._send("GET", "/api/current-user/whoami"))

    def projects(self) -> list[dict[str, Any]]:
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            body = self._send("GET", "/api/projects/", params={"page": page, "page_size": 100})
            found.extend(body["results"])
            if not body.get("next"):
                return found
            page += 1

    def find_project(self, title: str) -> dict[str, Any] | None:
        matches = [p for p in self.projects() if p["title"] == title]
        return min(matches, key=lambda p: p["id"]) if matches else None

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
        self._send("POST", "/api/projects/validate/", json={"label_config": label_config})

    def create_project(self, fields: dict[str, Any]) -> dict[str, Any]:
        return dict(self._send("POST", "/api/projects/", json=fields))

    def update_project(self, project_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        return dict(self._send("PATCH", f"/api/projects/{project_id}/", json=fields))

    def import_tasks(self, project_id: int, tasks: Sequence[dict[str, Any]]) -> list[int]:
        """Create tasks (with their predictions) in one transaction; returns their ids."""
        body = self._send(
            "POST",
            f"/api/projects/{project_id}/import",
            params={"return_task_ids": "true"},
            json=list(tasks),
        )
        return [int(i) for i in body.get("task_ids") or []]

    def import_predictions(self, project_id: int, predictions: Sequence[dict[str, Any]]) -> int:
        body = self._send(
            "POST", f"/api/projects/{project_id}/import/predictions", json=list(predictions)
        )
        return int((body or {}).get("created", len(predictions)))

    def task_data(self, project_id: int, page_size: int = 5000) -> list[dict[str, Any]]:
        """Id and data of every task, without annotations: far lighter than an export."""
        found: list[dict[str, Any]] = []
        page = 1
        while True:
            params = {
                "project": project_id,
                "fields": "task_only",
                "include": "id,data",
                "page_size": page_size,
                "page": page,
            }
            body = self._send("GET", "/api/tasks/", params=params)
            found.extend(body["tasks"])
            if not body["tasks"] or len(found) >= int(body.get("total", 0)):
                return found
            page += 1

    def export(self, project_id: int) -> list[dict[str, Any]]:
        """Every task with its data, predictions and annotations (skipped ones included)."""
        params = {"exportType": "JSON", "download_all_tasks": "true"}
        return list(self._send("GET", f"/api/projects/{project_id}/export", params=params))

    def model_versions(self, project_id: int) -> dict[str, int]:
        """How many predictions each model version has in the project."""
        return {
            str(k): int(v)
            for k, v in self._send("GET", f"/api/projects/{project_id}/model-versions/").items()
        }

    def predictions(self, project_id: int) -> list[dict[str, Any]]:
        return list(self._send("GET", "/api/predictions/", params={"project": project_id}))

    def users(self) -> list[dict[str, Any]]:
        return list(self._send("GET", "/api/users/"))

    def create_user(self, email: str, username: str) -> dict[str, Any]:
        return dict(self._send("POST", "/api/users/", json={"email": email, "username": username}))

    def create_annotation(self, task_id: int, annotation: dict[str, Any]) -> dict[str, Any]:
        return dict(self._send("POST", f"/api/tasks/{task_id}/annotations/", json=annotation))

    def update_annotation(self, annotation_id: int, fields: dict[str, Any]) -> dict[str, Any]:
        return dict(self._send("PATCH", f"/api/annotations/{annotation_id}/", json=fields))
