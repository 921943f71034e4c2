"""An article's earlier paragraphs, for rules that read past the paragraph a Doc holds.

The corpus parses an article's paragraphs alone, in text order, each marked (article id,
paragraph number) in `doc._.story`. A component that needs what the story said before (the people
it named, the good it is about) keeps a `Story` and notes each Doc as it comes: a later paragraph
of the article read last goes on its story; any other Doc starts a new one, so a second run over
the same article starts afresh; a Doc with no mark (one sentence, `claims explain`) is a story of
its own. Each component keeps its own, because components see a batch of Docs in turn.
"""

from __future__ import annotations

from spacy.tokens import Doc

Mark = tuple[str, int]
KEEP = 80  # Docs of one story kept at most


class Story:
    """The Docs of the story read last, in text order. One pair is read and replaced whole."""

    def __init__(self, keep: int = KEEP) -> None:
        self._keep = keep
        self._state: tuple[Mark | None, tuple[Doc, ...]] = (None, ())

    def note(self, doc: Doc) -> None:
        """Put `doc` on its story (a no-op for the Doc noted last)."""
        last, docs = self._state
        if docs and docs[-1] is doc:
            return
        mark = doc._.story if Doc.has_extension("story") else None
        same = bool(mark and last and mark[0] == last[0] and mark[1] > last[1])
        self._state = (mark, (*docs[-self._keep :], doc) if same else (doc,))

    def upto(self, doc: Doc) -> tuple[Doc, ...]:
        """The story's Docs up to and including `doc`, noting it first."""
        self.note(doc)
        docs = self._state[1]
        at = next((n for n, d in enumerate(docs) if d is doc), None)
        return docs[: at + 1] if at is not None else (doc,)

    def before(self, doc: Doc) -> tuple[Doc, ...]:
        """The article's paragraphs before `doc`, in text order."""
        return self.upto(doc)[:-1]
