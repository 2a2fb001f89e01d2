"""The named sites a sentence's figures are counted at ("27 died at Kestrel General Hospital", "41
at the Al Noor mosque, 7 at Linwood Mosque"): each figure given site by site is its site's count,
a part of the toll (``split_by_site``), and carries the site's name (``site_name``) so that it is
compared only with the same site's counts (``verify.compare.figures``)."""

from __future__ import annotations

from spacy.tokens import Token

from ...rules.figures import Sites
from .compose import a_stop
from .figures import Figure

_SITE_PREPS = ("at", "in", "inside", "to", "from")
_ACT_PREPS = ("at", "on", "in", "inside")


def named_site(obj: Token, sites: Sites) -> bool:
    """An organisation's or a building's name ("Kestrel General Hospital"), or a facility noun
    (``figures.sites.facilities``) named by the proper nouns before it ("the Al Noor mosque")."""
    if obj.ent_type_ in ("ORG", "FAC") and obj.pos_ == "PROPN":
        return True
    return obj.lemma_.lower() in sites.facilities and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < obj.i for c in obj.children
    )


def site_of(figure: Figure, sites: Sites) -> Token | None:
    """The named site a figure is counted at, read from the figure, its noun and the verbs above
    them ("at Kestrel General Hospital", "in Norvale Burn Institute", "brought to ..."), or any thing
    it was taken "from" ("27 bodies from the plane and one from the helicopter"); the site a
    participle's clause hangs on ("attacked the Linwood mosque, killing seven people") or a
    "where" clause tells of ("the Al Noor mosque, where more than 40 people died"); None for none.
    A country, a region or a town is a place (``where_of``), no site."""
    node = figure.noun or figure.node
    holders = [figure.node, node]
    verb = node
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
        holders.append(verb)  # (every word up to the verb may hold the site)
    doc = node.doc
    # "89 were killed and many more injured in an assault on ...": a verb's conjoined verb with no
    # subject of its own hangs the shared preposition
    holders += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > figure.last]
    for holder in holders:
        preps = [c for c in holder.children if c.dep_ == "prep" and c.lower_ in _SITE_PREPS]
        # ("25 at the Halloran Church, 7 at Kessby Church", each "at" hung on "died": the one
        # right after a figure is its own)
        preps.sort(key=lambda p: (p.i < figure.last, abs(p.i - figure.last)))
        for prep in preps:
            if prep.i > figure.last and any(a_stop(t) for t in doc[figure.last + 1 : prep.i]):
                continue  # "49 people have died - 41 at the Central Mosque": the site of the list after the dash
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                if named_site(obj, sites):
                    return obj
                if (act := _site_of_act(obj, sites)) is not None:
                    return act
                if prep.lower_ == "from" and obj.pos_ == "NOUN" and not obj.ent_type_:
                    return obj
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i < verb.i:
        # "attacked the Linwood mosque, killing seven people": those the attack on that site killed
        for obj in verb.head.children:
            if obj.dep_ == "dobj" and named_site(obj, sites):
                return obj
    if verb.dep_ == "relcl" and any(c.lower_ == "where" for c in verb.children) and named_site(verb.head, sites):
        return verb.head  # "the Al Noor mosque, where more than 40 people died"
    return None


def _site_of_act(obj: Token, sites: Sites) -> Token | None:
    """The named site an attack noun's own "at"/"on" names ("in the attack on Le Bataclan")."""
    if obj.lemma_.lower() not in sites.acts:
        return None
    for prep in (c for c in obj.children if c.dep_ == "prep" and c.lower_ in _ACT_PREPS):
        for place in (c for c in prep.children if c.dep_ == "pobj"):
            if named_site(place, sites):
                return place
    return None


def site_name(site: Token, sites: Sites) -> str:
    """The name a site is known by across pages: its name's words less ``figures.sites.generic``
    ones, then its facility noun ("the Masjid Al Noor mosque" and "the Al Noor mosque": Al Noor
    mosque); a name of generic words only is kept whole."""
    words = [t for t in site.subtree if t.i <= site.i and t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
    words.append(site)
    named = [t.text for t in words if t.lower_ not in sites.generic]
    kind = site.lemma_.lower()
    if not named:
        return " ".join(t.text for t in words)
    return " ".join(named + ([kind] if kind in sites.facilities else []))


def split_by_site(figures: list[Figure], sites: Sites) -> None:
    """Figures of one measure given site by site in one sentence ("27 were pronounced dead at
    Kestrel General Hospital and 9 others at the Norvale Burn Institute"): each is the count of its
    own site, a part of the toll, never the toll itself. A figure listed after another's site ("27
    bodies were brought to Kestrel General Hospital and 9 others to ...") counts what that one does."""
    by_site: dict[str, dict[int, list[Figure]]] = {}
    at: dict[int, Figure] = {}
    for figure in figures:
        # "while 29 died in Kestrel General Hospital, 17 deaths in Norvale Hospital and four in ...":
        # a figure the parse took for the total of the ones after it, at a site of its own while
        # they name others, is one more site's count beside them
        total = figure.total
        if (
            total is not None
            and (own := site_of(total, sites)) is not None
            and (site := site_of(figure, sites)) is not None
            and site.i != own.i
        ):
            figure.total = None
    wholes = {id(f.total) for f in figures if f.total is not None}
    for figure in figures:
        if (
            figure.attribute is None
            or figure.singular
            or id(figure) in wholes
            or (site := site_of(figure, sites)) is None
        ):
            continue  # (a total the sentence breaks down is no site's count: "28 recovered from the scene: ...")
        node = figure.noun or figure.node
        attribute = figure.attribute
        if node.dep_ == "conj" and (before := at.get(node.head.i)) is not None and before.attribute is not None:
            attribute = figure.attribute = before.attribute
        at[site.i] = figure
        by_site.setdefault(attribute, {}).setdefault(site.i, []).append(figure)
    for listed in by_site.values():
        if len(listed) > 1:
            for group in listed.values():
                for figure in group:
                    figure.part = True
