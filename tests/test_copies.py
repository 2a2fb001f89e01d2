"""Independent sources: reprints are copies; shared boilerplate does not make two stories one."""

from __future__ import annotations

import random

from verify.cluster.copies import find_copies
from verify.models import Document

STORY = (
    "An air strike destroyed the al-Quds hospital in Aleppo late on Wednesday, killing at least 27 people "
    "including one of the last paediatricians in the city, medical charity officials said on Thursday. "
    "The hospital was supported by Doctors Without Borders and the International Committee of the Red Cross. "
    "Rescue workers were still pulling bodies from the rubble on Thursday evening, a local unit said."
)
OTHER = (
    "A gunman opened fire at an apartment complex in Bastrop on Saturday night, killing three people. "
    "Police said the suspect was among the dead and that a three-year-old boy was also killed. "
    "Witnesses at the pool said they heard several shots and saw people running from the building."
)
BOILER = (
    "Copyright 2016 Example Media Group. All rights reserved. This material may not be published, broadcast, "
    "rewritten or redistributed. Sign up for our newsletter to get the latest headlines in your inbox every morning."
)


def _doc(doc_id: str, text: str, published: str | None = None) -> Document:
    return Document(doc_id, doc_id, text, "0", published=published)


def test_a_reprint_with_another_header_is_a_copy(rules):
    docs = [_doc("wire", STORY, "2016-04-28"), _doc("outlet", "OUTLET NEWS | World\n\n" + STORY, "2016-04-29")]
    assert find_copies(docs, rules.events.duplicate_jaccard, rules.events.duplicate_shingle) == {"outlet": "wire"}


def test_two_stories_sharing_boilerplate_are_not_copies(rules):
    docs = [_doc("a", STORY + "\n\n" + BOILER), _doc("b", OTHER + "\n\n" + BOILER)]
    assert find_copies(docs, rules.events.duplicate_jaccard, rules.events.duplicate_shingle) == {}


def test_the_origin_is_the_earliest_then_the_smallest_id(rules):
    docs = [_doc("c", STORY), _doc("b", STORY, "2016-04-29"), _doc("a", STORY, "2016-04-30")]
    assert find_copies(docs, rules.events.duplicate_jaccard, rules.events.duplicate_shingle) == {"a": "b", "c": "b"}


def test_many_distinct_documents_have_no_copies(rules):
    rng = random.Random(3)
    words = STORY.split() + OTHER.split()
    docs = [_doc(f"d{i}", " ".join(rng.sample(words, 60))) for i in range(200)]
    assert find_copies(docs, rules.events.duplicate_jaccard, rules.events.duplicate_shingle) == {}


def test_many_reprints_of_one_story_have_one_origin(rules):
    docs = [_doc("wire", STORY, "2016-04-28")] + [
        _doc(f"o{i:02d}", f"OUTLET {i} | World\n\n" + STORY, "2016-04-29") for i in range(30)
    ]
    copies = find_copies(docs, rules.events.duplicate_jaccard, rules.events.duplicate_shingle)
    assert copies == {f"o{i:02d}": "wire" for i in range(30)}
