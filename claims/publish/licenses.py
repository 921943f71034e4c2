"""License ids the Hugging Face Hub accepts in a dataset card (its documented list)."""

from __future__ import annotations

from dataclasses import dataclass

from claims.errors import UsageError

HUB_LICENSES = frozenset(
    [
        "apache-2.0",
        "mit",
        "openrail",
        "bigscience-openrail-m",
        "creativeml-openrail-m",
        "bigscience-bloom-rail-1.0",
        "bigcode-openrail-m",
        "afl-3.0",
        "artistic-2.0",
        "bsl-1.0",
        "bsd",
        "bsd-2-clause",
        "bsd-3-clause",
        "bsd-3-clause-clear",
        "c-uda",
        "cc",
        "cc0-1.0",
        "cc-by-2.0",
        "cc-by-2.5",
        "cc-by-3.0",
        "cc-by-4.0",
        "cc-by-sa-3.0",
        "cc-by-sa-4.0",
        "cc-by-nc-2.0",
        "cc-by-nc-3.0",
        "cc-by-nc-4.0",
        "cc-by-nd-4.0",
        "cc-by-nc-nd-3.0",
        "cc-by-nc-nd-4.0",
        "cc-by-nc-sa-2.0",
        "cc-by-nc-sa-3.0",
        "cc-by-nc-sa-4.0",
        "cdla-sharing-1.0",
        "cdla-permissive-1.0",
        "cdla-permissive-2.0",
        "wtfpl",
        "ecl-2.0",
        "epl-1.0",
        "epl-2.0",
        "etalab-2.0",
        "eupl-1.1",
        "eupl-1.2",
        "agpl-3.0",
        "gfdl",
        "gpl",
        "gpl-2.0",
        "gpl-3.0",
        "lgpl",
        "lgpl-2.1",
        "lgpl-3.0",
        "isc",
        "lppl-1.3c",
        "ms-pl",
        "mpl-2.0",
        "odc-by",
        "odbl",
        "osl-3.0",
        "postgresql",
        "ofl-1.1",
        "ncsa",
        "unlicense",
        "zlib",
        "pddl",
        "lgpl-lr",
        "unknown",
        "other",
    ]
)
URLS = {
    "cc-by-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "cc-by-sa-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "cc-by-nc-4.0": "https://creativecommons.org/licenses/by-nc/4.0/",
    "cc-by-nc-sa-4.0": "https://creativecommons.org/licenses/by-nc-sa/4.0/",
    "cc0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
    "odc-by": "https://opendatacommons.org/licenses/by/1-0/",
    "odbl": "https://opendatacommons.org/licenses/odbl/1-0/",
    "mit": "https://opensource.org/licenses/MIT",
    "apache-2.0": "https://www.apache.org/licenses/LICENSE-2.0",
}


@dataclass(frozen=True)
class License:
    """A Hub license id; `other` carries a name and a link."""

    id: str
    name: str | None = None
    link: str | None = None

    @property
    def url(self) -> str | None:
        return self.link if self.id == "other" else URLS.get(self.id)

    def as_dict(self) -> dict[str, str | None]:
        return {"id": self.id, "name": self.name, "link": self.link}


def parse(license_id: str | None, name: str | None, link: str | None) -> License | None:
    """Check --license (and --license-name/--license-link for `other`); None when not given."""
    if license_id is None:
        if name or link:
            raise UsageError("--license-name and --license-link go with --license other")
        return None
    lid = license_id.strip().lower()
    if lid not in HUB_LICENSES:
        raise UsageError(
            f"--license {license_id!r} is not a Hugging Face Hub license id (e.g. cc-by-4.0, "
            "cc-by-nc-4.0, odc-by, or `other` with --license-name and --license-link)"
        )
    if lid == "other":
        if not name or not link or not link.startswith(("http://", "https://")):
            raise UsageError("--license other needs --license-name NAME and --license-link URL")
        return License(lid, name, link)
    if name or link:
        raise UsageError("--license-name and --license-link go with --license other only")
    return License(lid)
