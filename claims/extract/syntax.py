"""The shared syntax layer: walks of the dependency parse that every claim rule uses, written once
so the rules agree. Each question about a parse has one function here: the token of a span
(`token_at`), the clause a word is stated in (`governing_verb`), its subject (`subject_of`, with
`acting_subject` for who acts), the phrase a noun heads (`expand_noun`), coordination
(`coordinated`) and apposition (`appositions`), the antecedent of a relative clause
(`relative_antecedent`) and the agent of a passive (`passive_agent`).

Only grammar is written here (dependency labels, part-of-speech and Penn tags); words live in
claims/data.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
#: Links an acting subject is looked for through: an infinitive, a coordinated or reported clause.
ACTING_LINKS = ("xcomp", "conj", "ccomp", "advcl", "pcomp", "prep")
#: Dependents that belong to a noun phrase on the left of its head ('the two Russian oil tankers').
NOUN_LEFT = ("det", "predet", "amod", "compound", "nummod", "poss", "nmod", "quantmod", "case")
#: ... and on its right, with `right=True` ('tankers of the shadow fleet that ...').
NOUN_RIGHT = ("prep", "relcl", "acl", "appos", "amod", "compound", "nummod")
#: Penn tags of relative pronouns ('which', 'that', 'who', 'whose').
RELATIVE_TAGS = ("WDT", "WP", "WP$")
MAX_DEPTH = 40

#: The Doc whose text was read last, with that text: the claim components ask for the same Doc's
#: text one after another, and Doc.text joins every token on each access.
_last_text: tuple[Doc | None, str] = (None, "")
#: Where `made_from` keeps the text a Doc was tokenized from, with its token count then.
TEXT_KEY = "claims.text"


def made_from(doc: Doc, text: str) -> Doc:
    """Note on a Doc spaCy's tokenizer has just made from `text` that `text` is its text (the
    tokenizer keeps every character), so doc_text need not join its tokens."""
    doc.user_data[TEXT_KEY] = (len(doc), text)
    return doc


def doc_text(doc: Doc) -> str:
    """doc.text, joined once per Doc (a Doc's tokens, so its text, never change); the text it
    was made from when `made_from` noted it (and its tokens are as many as then)."""
    global _last_text
    last = _last_text  # one read: another thread may replace it meanwhile, never change it
    if last[0] is not doc:
        noted = doc.user_data.get(TEXT_KEY)
        text = noted[1] if noted is not None and noted[0] == len(doc) else doc.text
        last = _last_text = (doc, text)
    return last[1]


def token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The syntactic head of the characters start:end."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def governing_verb(token: Token) -> Token:
    """The nearest verb (or the root) above a token: the clause the claim is stated in."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.pos_ in ("VERB", "AUX") or current.head == current:
            return current
        current = current.head
    return current


def relative_antecedent(token: Token) -> Token | None:
    """The noun a relative clause is about: for the clause's verb, a relative pronoun or any
    word inside the clause ('the EU, which banned ...' -> EU)."""
    current = token
    for _ in range(MAX_DEPTH):
        if current.dep_ == "relcl":
            return current.head
        if current.head == current:
            return None
        current = current.head
    return None


def _resolve(subject: Token) -> Token:
    """A relative pronoun as subject stands for its antecedent; a dateline read as the subject
    stands for the noun after its dash."""
    if subject.tag_ in RELATIVE_TAGS:
        return relative_antecedent(subject) or subject
    return _past_dateline(subject)


DASHES = ("-", "--", "–", "—")
DATELINE_MARKS = (*DASHES, ":")  # 'IMPHAL, Feb 5: The ministry ...' closes with a colon


def _past_dateline(subject: Token) -> Token:
    """'OSLO/BERN, June 28 (Wire) - Norway aligned ...': the parser makes the dateline's city
    the subject and the real one its apposition after the dash (or colon). A dateline opens the
    sentence and has its city in capitals or a date before the dash."""
    from claims.extract.columns import columns  # columns reads doc_text from here

    if subject.i - columns(subject.doc).sent_start(subject.i) > 3:
        return subject
    for c in subject.children:
        if c.dep_ != "appos" or c.i < subject.i:
            continue
        dash = [t for t in subject.doc[subject.i + 1 : c.i] if t.text in DATELINE_MARKS]
        if not dash:
            continue
        dated = any(t.like_num for t in subject.doc[subject.i : dash[0].i])
        if subject.is_upper or dated:
            return c
    return subject


def subject_of(verb: Token, *, acting: bool = False) -> Token | None:
    """The clause's subject. Plain: its own (active or passive, clausal, expletive), else that of
    the verb it is coordinated with or depends on. `acting=True`: who acts, an active subject
    only, found through infinitive, coordinated and reported clauses ('Tokyo moved to freeze')."""
    owner = perfect_read_as_owner(verb)  # 'X has frozen assets ...' with 'has' the main verb
    current = verb if owner is None else owner
    for _ in range(5 if acting else 6):
        found = [
            c for c in current.children if c.dep_ == "nsubj" or (not acting and c.dep_ in SUBJECTS)
        ]
        if found:  # two subjects: a dateline read as one ('PARIS, May 2 - France banned ...')
            before = [c for c in found if c.i < current.i]
            return _resolve(before[-1] if before else found[0])
        misread = past_read_as_modifier(current)  # 'the court extended by a year the ban'
        if misread is not None:
            return _resolve(misread)
        if current.head == current or (acting and current.dep_ not in ACTING_LINKS):
            return None
        if split_by_semicolon(current, current.head):
            return None  # 'X is listed; Japan set to follow': two statements
        raised = [  # 'Action taken with X; the EU is expected to follow': the EU
            c
            for c in current.head.children
            if c.dep_ == "nsubjpass" and not split_by_semicolon(c, current)
        ]
        active = not any(c.dep_ == "auxpass" for c in current.children)
        if acting and current.dep_ == "xcomp" and raised and active:
            return _resolve(raised[0])  # 'Ottawa is expected to publish': Tokyo acts
        current = current.head
    return None


def split_by_semicolon(a: Token, b: Token) -> bool:
    """A semicolon stands between the two words: they belong to separate statements, whatever
    link the parser drew across it."""
    low, high = sorted((a.i, b.i))
    return any(t.text == ";" for t in a.doc[low + 1 : high])


def acting_subject(verb: Token) -> Token | None:
    """The subject acting through a verb: its own, else that of the verb it depends on
    ('Moscow responded by banning': Moscow); 'the EU, which banned ...': the EU."""
    return subject_of(verb, acting=True)


def stranded_subject(verb: Token) -> Token | None:
    """The subject of a passive verb the parser left without one because it read a reduced
    relative as the main clause ('Two firms believed to supply parts were listed': 'believed'
    takes 'firms' as subject and 'listed' hangs under it): that verb's subject."""
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or verb.dep_ not in ("conj", "ccomp"):
        return None
    head = verb.head
    infinitive = any(
        c.dep_ == "xcomp" and c.i < verb.i and any(a.tag_ == "TO" for a in c.children)
        for c in head.children
    )
    if not infinitive or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    return subjects[0] if subjects else None


def inverted_subject(verb: Token) -> Token | None:
    """The subject a fronted passive puts after its auxiliary ('Also listed was a tanker',
    'Frozen were the assets of two firms'), which the parser reads as the auxiliary's (or the
    verb's) attribute. A participle the tagger read as an adjective counts too, with the
    auxiliary as its own child or as the copula it complements ('Frozen too were ...' with
    'frozen' an adjective that 'were' takes)."""
    found = inverted_subjects(verb)
    return found[0] if found else None


def inverted_subjects(verb: Token) -> list[Token]:
    """All the subjects a fronted passive puts after its auxiliary, the first (inverted_subject)
    and any the parser hung on the auxiliary as a second subject after a comma and 'and' ('Also listed
    were two captains, each for a year, and a tug operator')."""
    if verb.tag_ not in ("VBN", "JJ") or any(c.dep_ in SUBJECTS for c in verb.children):
        return []
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass" and c.i > verb.i]
    if verb.tag_ == "JJ" and verb.dep_ == "acomp" and verb.head.i > verb.i:
        auxiliaries = [verb.head] if verb.head.pos_ == "AUX" else []
    if not auxiliaries:
        return []
    return [
        c
        for holder in (verb, *auxiliaries)
        for c in holder.children
        if c.dep_ in ("attr", "nsubj") and c.i > auxiliaries[0].i
    ]


def causative_holder(verb: Token, causatives: frozenset[str]) -> tuple[Token, Token] | None:
    """'Six firms have had their accounts frozen': a past participle with a subject of its own
    (what is frozen) in the complement of a causative verb (lemmas `causatives`, from the
    caller's data); returns that subject and the causative verb's subject (who undergoes it)."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":  # read as 'had [their assets frozen]'
        own, causative = [verb.head], verb.head.head
    elif verb.dep_ in ("ccomp", "xcomp"):
        own, causative = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i], verb.head
    else:
        return None
    if causative.lemma_ not in causatives:
        return None
    holders = [c for c in causative.children if c.dep_ in ("nsubj", "nsubjpass")]
    return (own[0], holders[0]) if own and holders else None


def modifier_object(verb: Token) -> Token | None:
    """A finite or perfect verb the parser hung as a modifier of the noun after it ('the bank on
    Friday barred X' or 'has frozen assets ...' read with the verb as an adjective of the noun):
    with a subject or an auxiliary of its own it acts, and that noun is its object."""
    if verb.dep_ != "amod" or verb.tag_ not in ("VBD", "VBN", "VBZ") or verb.head.i < verb.i:
        return None
    if verb.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if not any(c.dep_ in ("nsubj", "aux") and c.i < verb.i for c in verb.children):
        return verb.head if perfect_read_as_owner(verb) is not None else None
    return verb.head


def object_past_adjunct(verb: Token) -> Token | None:
    """A verb's object put after a phrase of its own that the parser hung on that phrase's noun
    ('suspend for a month the next nine accounts' read with 'accounts' as an adverbial of
    'month'): when the verb has no direct object, a noun with a determiner or a number of its own,
    hanging on the object of one of the verb's prepositions and coming after it. That noun, else
    None."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for prep in verb.rights:
        if prep.dep_ != "prep":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            for noun in pobj.rights:
                if (
                    noun.dep_ in ("npadvmod", "appos", "dobj")
                    and noun.pos_ in ("NOUN", "PROPN")
                    and any(c.dep_ in ("det", "nummod") for c in noun.children)
                ):
                    return noun
    return None


def past_read_as_modifier(verb: Token) -> Token | None:
    """A past tense the parser read as a participle modifying the noun right before it ('On
    Monday, the board extended by a year the ban on X' with 'extended' an `acl` of 'board',
    the board itself hung on the phrase before): a modifying participle has no direct object of
    its own, so one that has is the noun's verb, the noun its subject. That noun, else None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or verb.i != noun.i + 1:
        return None
    return noun if any(c.dep_ == "dobj" for c in verb.children) else None


def finite_read_as_modifier(doc: Doc, start: int, end: int) -> Token | None:
    """A past tense the parser read as an adjective of the noun after it, the subject before it
    still its own child ('The agency last week barred Acme Ltd and its owner, after ...' with
    'barred' an `amod` of 'Ltd', the name then hung as subject on a later clause's verb): of the
    tokens of the characters start:end, the first such verb with a subject child before it. That
    verb, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    for tok in span if span is not None else ():
        if tok.dep_ != "amod" or tok.head.i <= tok.i:
            continue
        if any(c.dep_ == "nsubj" and c.i < tok.i for c in tok.children):
            return tok
    return None


def perfect_read_as_owner(verb: Token) -> Token | None:
    """The auxiliary of a perfect the parser made the main verb, owning the noun after the
    participle ('the court has frozen assets of 40 people' read as 'has' with 'frozen assets'
    as its object): a finite verb with a subject of its own right before the participle
    (adverbs aside), whose object is the noun the participle modifies. That verb, else None."""
    if verb.dep_ != "amod" or verb.tag_ != "VBN" or verb.head.dep_ != "dobj":
        return None
    owner = verb.head.head
    if owner.tag_ not in ("VBZ", "VBP", "VBD") or not owner.i < verb.i:
        return None
    between = verb.doc[owner.i + 1 : verb.i]
    if any(t.pos_ != "ADV" for t in between):
        return None
    if any(c.dep_ == "det" for c in verb.head.children):
        return None  # 'has the frozen assets': a possession with its determiner
    return owner if any(c.dep_ == "nsubj" for c in owner.children) else None


def clause_subject_object(verb: Token) -> Token | None:
    """A verb left with no object because the parser read its object as the subject of an -ing
    clause right after it ('froze 40 accounts holding $2m' with 'accounts' the subject of
    'holding'): that noun, the verb's object."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return None
    for clause in verb.rights:
        if clause.dep_ not in ("ccomp", "advcl") or clause.tag_ != "VBG":
            continue
        for subj in clause.lefts:
            if subj.dep_ == "nsubj" and subj.pos_ in ("NOUN", "PROPN"):
                return subj
    return None


def nominal_verb(token: Token) -> bool:
    """A base-form verb the tagger gave a noun's role ('- Court freeze covers 14 people' with
    'freeze' a VBP that is the subject), or a verb in -s in an object slot ('have secured freezes
    on ...' with 'freezes' a VBZ object): a noun, since a verb with no subject nor auxiliary of
    its own stands in no subject or object slot."""
    plural = token.tag_ == "VBZ" and token.dep_ in ("dobj", "pobj")
    return (
        token.pos_ == "VERB"
        and (token.tag_ in ("VB", "VBP") or plural)
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in token.children)
    )


def noun_read_as_verb(token: Token) -> Token | None:
    """The subject of a verb the tagger read as a noun: a noun that governs an object ('bottled
    water cost EUR 2 a litre' with 'cost' a noun that 'water' compounds and the sum its object,
    its dative, or a figure read as in apposition to it) is the clause's verb; its subject is the
    noun before it that it governs as a subject or was read to compound. None for any other
    token."""
    if token.pos_ != "NOUN" or token.i == 0:
        return None
    figure = any(
        c.dep_ in ("appos", "dative") and (c.like_num or any(n.like_num for n in c.children))
        for c in token.children
    )
    if not figure and not any(c.dep_ == "dobj" for c in token.children):
        return None
    subject = next((c for c in token.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    before = token.doc[token.i - 1]
    if subject is not None:
        return subject if subject.pos_ in ("NOUN", "PROPN") else None
    if before.dep_ != "compound" or before.head != token or before.pos_ not in ("NOUN", "PROPN"):
        return None
    return before


def first_of_two_objects(noun: Token, figure: Token, own: Collection[str]) -> bool:
    """Whether `noun` is the first of a verb's two objects ('cost the port about $8m', 'charged
    each family nearly $40'), which the parser labels a dative or a second direct object, and
    `figure`, after it, the second: who the sum falls on and the sum. The figure hangs on the
    verb as an object or adverbial noun, or under a bound word parsed as the verb's or the
    noun's preposition ('charge buyers around $5', 'cost the trade about $7m'), but not one of
    `own`, which makes the figure the noun's own ('charged fees of $9': the fees' sum)."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "dative") or verb.pos_ not in ("VERB", "AUX") or verb == noun:
        return False
    if any(c.dep_ in ("dobj", "dative") and c.i < noun.i for c in verb.children):
        return False  # 'charged each buyer a levy of $9': the levy is the second object
    slots = [c for c in verb.children if c.dep_ in ("dobj", "dative", "npadvmod", "attr", "prep")]
    slots += [c for c in noun.rights if c.dep_ == "prep" and c.lower_ not in own]
    return figure.i > noun.i and any(
        (c.i > noun.i and c.is_ancestor(figure)) or c == figure for c in slots
    )


def participle_read_as_adjective(token: Token) -> bool:
    """A headline's or deck's passive participle with no auxiliary that the tagger read as an
    adjective heading its clause ('Nine accounts frozen' with 'frozen' a JJ root over 'accounts'
    as subject): with a subject of its own and no auxiliary it is the clause's verb,
    as 'Nine accounts blocked' is; so is one that closes a verbless line as the last conjunct of
    its list ('Funds of two men, a firm and a yacht frozen' read as one more item). The caller
    checks the word is a participle it knows."""
    if token.pos_ != "ADJ" or token.tag_ != "JJ" or token.dep_ not in ("ROOT", "conj"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in token.children):
        return False
    if any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in token.children):
        return True
    if token.dep_ != "conj" or any(t.i > token.i and not t.is_punct for t in token.sent):
        return False
    top = token.head
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return top.dep_ == "ROOT" and top.pos_ in ("NOUN", "PROPN")


def bare_participle_subject(verb: Token) -> Token | None:
    """A headline's or deck's passive with no auxiliary that the tagger read as an active past
    closing its clause ('Twenty accounts frozen;' with 'frozen' a VBD root over 'accounts'): a
    past with a subject, no object, auxiliary or particle of its own, and nothing after it in its
    sentence but punctuation, says what its subject underwent. That subject, else None."""
    if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "ROOT":
        return None
    if any(c.dep_ in ("dobj", "aux", "auxpass", "prt", "ccomp", "xcomp") for c in verb.children):
        return None
    after = [t for t in verb.sent if t.i > verb.i and not t.is_punct]
    if after and (verb.tag_ != "VBN" or after[0].dep_ != "prep" or after[0].head != verb):
        return None  # a VBN may keep a phrase: 'Savings of 17 frozen over bribes'
    return next((c for c in verb.children if c.dep_ == "nsubj" and _plural_noun(c)), None)


def _plural_noun(token: Token) -> bool:
    """A noun, or a plural noun the tagger read as a verb in -s with no clause of its own
    ('Deposit accounts of six men blocked' with 'accounts' a VBZ subject)."""
    if token.pos_ == "NOUN":
        return True
    return token.tag_ == "VBZ" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in token.children
    )


def passive_read_as_complement(token: Token) -> Token | None:
    """A passive participle the tagger read as an adjective complement of 'be' ('the deposits
    of five men were also frozen' with 'frozen' a JJ acomp of 'were'): the clause's passive,
    its subject the be-verb's. That subject, else None. The caller checks the word is a
    participle it knows."""
    if token.tag_ != "JJ" or token.dep_ != "acomp" or token.head.pos_ != "AUX":
        return None
    be = token.head
    if any(_negated(c) for c in (*token.children, *be.children)):
        return None  # 'have not been frozen since', 'were not frozen': no act of freezing told
    subject = next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and _plural_noun(subject) else None


def _negated(token: Token) -> bool:
    """A negation, or a modifier that holds one ('no longer')."""
    return token.dep_ == "neg" or any(c.dep_ == "neg" for c in token.children)


def swapped_verb(token: Token) -> Token | None:
    """A headline's verb in -s read as a plural noun, and its object read as a base-form verb
    with that noun as subject ('Samoa lifts freeze on church trust' parsed as 'lifts' a noun
    and 'freeze' the verb): the noun right before, which is the verb, when the base form has
    no auxiliary, object or other subject of its own (an object after a preposition of its own
    is that preposition's: 'lifts freeze on three companies'). Else None."""
    if token.tag_ != "VBP" or any(c.dep_ in ("aux", "nsubjpass") for c in token.children):
        return None
    preps = [c.i for c in token.children if c.dep_ == "prep" and c.i > token.i]
    if any(c.dep_ == "dobj" and not any(p < c.i for p in preps) for c in token.children):
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].i != token.i - 1 or subjects[0].tag_ != "NNS":
        return None
    return subjects[0]


def appos_read_for_object(noun: Token) -> Token | None:
    """The verb whose object an apposition is when the parser read a sentence's verb as a
    reduced relative on its subject ('a court extended by 90 days a freeze on ...' parsed with
    'court' the root, 'extended' its modifier and 'freeze' an apposition of 'court'): the root
    is a noun, the verb (past form) hangs on it right after it and before the apposition, and
    the sentence has no other verb of its own. That verb, else None."""
    head = noun.head
    if noun.dep_ != "appos" or head.dep_ != "ROOT" or head.pos_ not in ("NOUN", "PROPN"):
        return None
    verbs = [
        c
        for c in head.children
        if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN") and head.i < c.i < noun.i
    ]
    if len(verbs) != 1 or any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in verbs[0].children):
        return None
    return verbs[0]


def nominal_gerund(token: Token) -> bool:
    """An -ing form the tagger read as a verb with a determiner of its own before it ('the
    state's new listing of two firms', 'extended the Schedule listing of 12 men', parsed as an
    object or as a clause on the verb): a noun, since a verb takes no determiner; none with a
    subject, auxiliary or object of its own."""
    return (
        token.pos_ == "VERB"
        and token.tag_ == "VBG"
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "advcl", "xcomp")
        and token.left_edge.dep_ == "det"  # its own or its modifier's ('the Fourth Schedule')
        and token.left_edge.i < token.i
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in token.children)
    )


def counting_word(token: Token) -> bool:
    """A number that counts the noun it modifies: its `nummod`, or a spelled-out number the
    parser read as a compound in title case ('Designation Of Two Officers': 'Two')."""
    if token.dep_ == "nummod":
        return True
    return (
        token.dep_ == "compound"
        and token.like_num
        and token.is_alpha
        and token.is_title
        and token.i < token.head.i
    )


def parted_object(noun: Token) -> Token | None:
    """A noun the parser left hanging (`dep`) after a comma-set phrase that parts it from its
    verb ('decided to impose, with immediate effect, new sanctions on ...'): the verb just before
    that phrase, with no object of its own, takes it as its object."""
    if noun.dep_ != "dep" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    head = noun.head
    verbs = [head, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp", "conj"))]
    doc = noun.doc
    before = noun.left_edge.i - 1
    for verb in sorted((v for v in verbs if v.i < noun.i), key=lambda v: -v.i):
        if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
            continue
        if verb.i + 1 < before and doc[verb.i + 1].text == "," and doc[before].text == ",":
            return verb
    return None


def passive_agent(verb: Token) -> Token | None:
    """The agent of a passive verb, the object of its 'by' phrase ('were sanctioned by Japan')."""
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return objects[0] if objects else None
    return None


def prep_object(token: Token, preps: Collection[str]) -> Token | None:
    """The object of the token's first prepositional child among `preps` ('a rise in rents':
    rents for 'in'), or None when it has no such child or the child has no object."""
    prep = next((c for c in token.children if c.lower_ in preps), None)
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def prep_objects(token: Token, preps: Collection[str]) -> list[Token]:
    """The objects of every prepositional child of the token among `preps`, in order ('accounts
    of three firms and of a bank': firms, bank for 'of')."""
    return [
        p
        for c in token.children
        if c.dep_ == "prep" and c.lower_ in preps
        for p in c.children
        if p.dep_ == "pobj"
    ]


def coordinated(token: Token) -> list[Token]:
    """The token and every word coordinated with it, in text order ('tankers, banks and firms')."""
    return sorted({token, *token.conjuncts}, key=lambda t: t.i)


def appositions(token: Token) -> list[Token]:
    """Words in apposition to the token, either way ('the tanker Arctic Sky': Sky; and back)."""
    found = [c for c in token.children if c.dep_ == "appos"]
    if token.dep_ == "appos":
        found.append(token.head)
    return sorted(found, key=lambda t: t.i)


def expand_noun(token: Token, *, right: bool = False) -> Span:
    """The noun phrase a noun heads: its left modifiers with their own words ('two Russian oil
    tankers'); with `right=True` also what follows it (prepositional phrases, clauses)."""
    left = [c for c in token.lefts if c.dep_ in NOUN_LEFT]
    start = min((c.left_edge.i for c in left), default=token.i)
    end = token.i + 1
    if right:
        after = [c for c in token.rights if c.dep_ in NOUN_RIGHT]
        end = max((c.right_edge.i + 1 for c in after), default=end)
    else:  # a right-hand part of the same name or number ('Arctic Sky II', '3 million')
        for c in token.rights:
            name_part = c.dep_ in ("compound", "nummod", "appos") and c.pos_ in ("PROPN", "NUM")
            if c.left_edge.i == end and name_part:
                end = c.right_edge.i + 1
            else:
                break
    return token.doc[start:end]


def standing_for(token: Token) -> Token:
    """What a word stands for: a relative pronoun its antecedent ('a judge who was removed':
    judge), any other word itself."""
    if token.tag_ in RELATIVE_TAGS:
        return relative_antecedent(token) or token
    return token
