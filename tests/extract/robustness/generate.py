"""The robustness suite's cases, generated from templates.json: every frame of a construction
family crossed with voice, tense/aspect, negation, coordination and notation, each case with the
claims it must yield (or the claim type it must not yield)."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TEMPLATES = Path(__file__).with_name("templates.json")
VOICES = ("active", "passive")
TENSES = ("past", "perfect", "future", "progressive")


@dataclass(frozen=True)
class Expected:
    """A claim a case must yield: its type, the words it overlaps and the fields to check."""

    type: str
    anchor: str
    fields: dict[str, Any]


@dataclass(frozen=True)
class Case:
    family: str
    axes: tuple[str, ...]  # frame, voice, tense, negation, coordination, notation
    text: str
    published: str
    expected: list[Expected] = field(default_factory=list)
    absent: tuple[str, ...] = ()


def templates() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(TEMPLATES.read_text("utf-8"))
    return data


def _verb_group(
    t: dict[str, Any], fam: dict[str, Any], frame: dict[str, Any], voice: str, tense: str, neg: bool
) -> str:
    form = t["tenses"][tense][voice + ("_neg" if neg else "")]
    subject = t["agreement"][fam["subject_number"]]
    words = dict(frame["verb"]) | t["agreement"][frame["number"]]
    words |= {"have_s": subject["have"], "be_s": subject["be"]}
    return str(form.format(**words))


def _by(subject: str) -> str:
    return "the" + subject[3:] if subject.startswith("The ") else subject


def _sentence(subject: str, group: str, obj: str, comp: str, voice: str) -> str:
    if voice == "active":
        return f"{subject} {group} {obj}{comp}."
    return f"{obj[:1].upper()}{obj[1:]} {group} by {_by(subject)}{comp}."


def _axes(frame: dict[str, Any], notations: list[Any]) -> Any:
    voices = frame.get("voices", VOICES)
    return itertools.product(voices, TENSES, (False, True), (False, True), range(len(notations)))


def quantities(t: dict[str, Any]) -> list[Case]:
    fam = t["families"]["quantities"]
    cases = []
    for frame in fam["frames"]:
        notations = fam["notations"][frame["notation"]]
        for n, (voice, tense, neg, coord, k) in enumerate(_axes(frame, notations)):
            note = notations[k]
            obj = (frame["coordinated"]["object"] if coord else frame["object"]).format(
                o=note["text"]
            )
            subjects = frame.get("subjects", fam["subjects"])
            subject = subjects[n % len(subjects)]
            group = _verb_group(t, fam, frame, voice, tense, neg)
            text = _sentence(subject, group, obj, frame["complement"], voice)
            anchor = note["text"]
            expected = [
                Expected("quantity", anchor, {"value": note["value"], "item": frame["item"]})
            ]
            if coord:
                second = frame["coordinated"]
                expected.append(
                    Expected(
                        "quantity",
                        second["anchor"],
                        {"value": second["value"], "item": second["item"]},
                    )
                )
            axes = (
                frame["id"],
                voice,
                tense,
                "negated" if neg else "plain",
                "coordinated" if coord else "single",
                note["text"],
            )
            cases.append(Case("quantities", axes, text, t["published"], expected))
    return cases


def dates(t: dict[str, Any]) -> list[Case]:
    fam = t["families"]["dates"]
    cases = []
    for frame in fam["frames"]:
        notations = fam["notations"][frame["notation"]]
        for n, (voice, tense, neg, coord, k) in enumerate(_axes(frame, notations)):
            ahead = tense in ("future", "progressive")  # the progressive with a date is futurate
            note = notations[k]["future" if ahead else "past"]
            subject = fam["subjects"][n % len(fam["subjects"])]
            if coord:
                subject = frame["coordinated"]["subject"].format(s=subject)
            group = _verb_group(t, fam, frame, voice, tense, neg)
            text = _sentence(
                subject, group, frame["object"], frame["complement"].format(o=note["text"]), voice
            )
            expected = [
                Expected("date", note["anchor"], {"start": note["start"], "end": note["end"]})
            ]
            axes = (
                frame["id"],
                voice,
                tense,
                "negated" if neg else "plain",
                "coordinated" if coord else "single",
                note["text"],
            )
            cases.append(Case("dates", axes, text, t["published"], expected))
    return cases


def sanctions(t: dict[str, Any]) -> list[Case]:
    fam = t["families"]["sanctions"]
    cases = []
    for frame in fam["frames"]:
        notations = fam["notations"][frame["notation"]]
        for n, (voice, tense, neg, coord, k) in enumerate(_axes(frame, notations)):
            note = notations[k]
            subject, authority = fam["subjects"][n % len(fam["subjects"])]
            extra = frame["coordinated"] if coord else {}
            obj = extra.get("object", frame["object"]).format(o=note["text"])
            comp = extra.get("complement", frame["complement"]).format(o=note["text"])
            group = _verb_group(t, fam, frame, voice, tense, neg)
            text = _sentence(subject, group, obj, comp, voice)
            counts = [[frame["kind"], note["value"]]] + (
                [[extra["kind"], extra["count"]]] if coord else []
            )
            status = "planned" if tense == "future" else "imposed"
            fields = {"authority": authority, "status": status, "counts": counts}
            axes = (
                frame["id"],
                voice,
                tense,
                "negated" if neg else "plain",
                "coordinated" if coord else "single",
                note["text"],
            )
            if neg:
                cases.append(Case("sanctions", axes, text, t["published"], [], ("sanction",)))
            else:
                expected = [Expected("sanction", text.rstrip("."), fields)]
                cases.append(Case("sanctions", axes, text, t["published"], expected))
    return cases


def cases() -> list[Case]:
    t = templates()
    return quantities(t) + dates(t) + sanctions(t)


if __name__ == "__main__":
    for case in cases():
        print(
            case.family,
            "|",
            case.text,
            "|",
            [(e.type, e.anchor, e.fields) for e in case.expected],
            case.absent,
        )
