"""The Hub token comes from HF_TOKEN only; without it --hub stops before anything happens."""

from __future__ import annotations

import pytest

from claims.errors import UsageError
from claims.publish import hub


def test_missing_or_blank_token_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for value in (None, "  "):
        if value is None:
            monkeypatch.delenv("HF_TOKEN", raising=False)
        else:
            monkeypatch.setenv("HF_TOKEN", value)
        with pytest.raises(UsageError, match="HF_TOKEN"):
            hub.token()
    monkeypatch.setenv("HF_TOKEN", "hf_x ")
    assert hub.token() == "hf_x"
