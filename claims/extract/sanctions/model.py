"""The records of sanction claims: a target group, a sanction action, and a headline's action."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from schemas.claims import ClaimRow, TargetRow


@dataclass
class Target:
    kind: str
    count: int | None = None
    names: list[str] = field(default_factory=list)
    nationality: str | None = None
    guessed: bool = field(default=False, compare=False, repr=False)  # a name's kind by default

    def as_dict(self) -> TargetRow:
        return {
            "kind": self.kind,
            "count": self.count,
            "names": self.names,
            "nationality": self.nationality,
        }


@dataclass
class Sanction:
    """A sanction claim: character span, status, authorities, target groups (and their tokens)."""

    start: int
    end: int
    status: str
    authorities: list[str]
    targets: list[Target]
    target_tokens: set[int]
    confidence: float = 0.8
    restated: bool = False
    actions: set[int] = field(default_factory=set)
    elsewhere: list[str] = field(default_factory=list)  # authorities of another action named
    holdings: bool = False  # its group of kind other counts holdings ('froze three accounts')

    def fields(self) -> ClaimRow:
        return {
            "restated": self.restated,
            "elsewhere": self.elsewhere,
            "holdings": self.holdings,
            "sanction_authorities": self.authorities,
            "sanction_status": self.status,
            "sanction_targets": [t.as_dict() for t in self.targets],
        }


@dataclass
class HeadlineAction:
    doc: Doc
    first: int
    last: int
    action: int
    status: str
    authorities: list[str]
    targets: list[Target]
    target_tokens: set[int]
