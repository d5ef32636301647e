"""One name, one reading per article (dossier.nlp.entities.consistency), on hand-built docs: the NER's
output is set by hand so that each rule is tested whatever a model would tag."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from dossier.nlp.entities.candidate import Candidate
from dossier.nlp.entities.consistency import (
    headline_lines,
    split_coordinated_people,
    split_titled_people,
    trim_headline_names,
    unlabelled_repeats,
)

NLP = spacy.blank("en")


def _doc(text: str, pos: dict[str, str] | None = None) -> Doc:
    doc = NLP(text)
    for tok in doc:
        tok.pos_ = (pos or {}).get(tok.text, "PROPN" if tok.text[:1].isupper() else "NOUN")
        tok.is_sent_start = tok.i == 0 or doc[tok.i - 1].text in {".", "\n"}
    return doc


def _name(doc: Doc, text: str, type: str, nth: int = 0) -> Candidate:
    """A name candidate over the nth occurrence of ``text``."""
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(text, at + 1)
    span = doc.char_span(at, at + len(text))
    assert span is not None
    return Candidate(
        start=span.start_char,
        end=span.end_char,
        text=span.text,
        kind="name",
        type=type,
        sent=0,
        tok_start=span.start,
        tok_end=span.end,
        head_i=span.end - 1,
        head=span[-1].lower_,
        name_tokens=tuple(t.text for t in span),
    )


def test_a_headline_name_is_cut_to_the_name_the_body_gives():
    doc = _doc("Red Sox Make Huge Offer To Slugger\nThe Red Sox offered eight years, the team said.")
    headlines = headline_lines(doc)
    assert headlines.lines == {0} and headlines.holds(0) and not headlines.holds(len(doc) - 1)
    names = [_name(doc, "Red Sox Make Huge Offer", "ORG"), _name(doc, "Red Sox", "ORG", nth=1)]
    trimmed = trim_headline_names(doc, names, headlines)
    assert [c.text for c in trimmed] == ["Red Sox", "Red Sox"]
    assert trimmed[0].start == 0 and trimmed[0].type == "ORG"


def test_a_headline_name_the_body_never_gives_is_kept():
    doc = _doc("Quiet Harbor Wins Award For Design\nThe town celebrated on Friday.")
    names = [_name(doc, "Quiet Harbor", "GPE")]
    assert trim_headline_names(doc, names, headline_lines(doc)) == names


def test_a_body_line_is_no_headline():
    doc = _doc("The mayor of Lindale met the governor on Friday and they spoke about roads.")
    assert headline_lines(doc).lines == set()


def test_untagged_repeats_of_a_name_become_mentions():
    doc = _doc(
        "Officials at Kestrel Mining denied it. Kestrel Mining will appeal, said Maria Okafor. Okafor was firm.",
        pos={"denied": "VERB", "will": "AUX", "appeal": "VERB", "said": "VERB", "was": "AUX", "firm": "ADJ"},
    )
    names = [_name(doc, "Kestrel Mining", "ORG"), _name(doc, "Maria Okafor", "PERSON")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), {"minister"})
    assert [(c.text, c.type) for c in repeats] == [("Kestrel Mining", "ORG"), ("Okafor", "PERSON")]
    assert doc.text[repeats[0].start : repeats[0].end] == "Kestrel Mining"


def test_a_repeat_inside_a_longer_name_is_left_alone():
    doc = _doc("Kestrel said no. The Kestrel Mining Trust said yes.", pos={"said": "VERB", "no": "DET", "yes": "INTJ"})
    names = [_name(doc, "Kestrel", "ORG")]
    assert unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set()) == []


def test_coordinated_surnames_of_people_named_in_full_are_two_people():
    doc = _doc("Lopez and Ferreira were charged. Andrew Lopez and Tomas Ferreira deny it.")
    names = [
        _name(doc, "Lopez and Ferreira", "ORG"),
        _name(doc, "Andrew Lopez", "PERSON"),
        _name(doc, "Tomas Ferreira", "PERSON"),
    ]
    out = split_coordinated_people(doc, names, [0] * len(doc))
    assert [(c.text, c.type) for c in out[:2]] == [("Lopez", "PERSON"), ("Ferreira", "PERSON")]


def test_coordinated_words_that_are_no_surnames_stay_one_name():
    doc = _doc("Fish and Wildlife said so.")
    names = [_name(doc, "Fish and Wildlife", "ORG")]
    assert split_coordinated_people(doc, names, [0] * len(doc)) == names


def test_a_titled_person_inside_an_organisation_span_is_a_person_with_a_role():
    doc = _doc("Lindale Police Chief Jim Barrow spoke.")
    names = [_name(doc, "Lindale Police Chief Jim Barrow", "ORG")]
    out = split_titled_people(doc, names, {"jim": "m"}, {"chief"})
    assert (out[0].text, out[0].type, out[0].role) == ("Jim Barrow", "PERSON", "Lindale Police Chief")


def test_an_organisation_named_after_a_person_is_left_alone():
    doc = _doc("The Harry Winston Diamond Corp. said so.")
    names = [_name(doc, "Harry Winston Diamond Corp.", "ORG")]
    assert split_titled_people(doc, names, {"harry": "m"}, {"chief"}) == names


def test_a_repeated_surname_takes_the_untagged_given_name_before_it():
    doc = _doc("Okafor scored twice. Forward Maria Okafor broke the record.", pos={"scored": "VERB", "broke": "VERB"})
    names = [_name(doc, "Okafor", "PERSON")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set(), {"maria": "f"})
    assert [(c.text, c.type) for c in repeats] == [("Maria Okafor", "PERSON")]


def test_a_name_in_a_headline_in_capitals_is_a_repeat_of_the_body_name():
    doc = _doc("COACH FIRED IN PHILLY AFTER LOSS\nThe coach was fired in Philly on Monday.", pos={"IN": "ADP"})
    names = [_name(doc, "Philly", "GPE")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set())
    assert [(c.text, c.type) for c in repeats] == [("PHILLY", "GPE")]


def test_one_name_is_one_entity_whatever_type_each_mention_was_given():
    from dossier.nlp.entities.coref import Sieve
    from dossier.nlp.entities.lexicon import EntityLexicon

    doc = _doc("Creighton beat Drake on Friday. Coaches said Creighton played well.")
    cands = [_name(doc, "Creighton", "ORG"), _name(doc, "Drake", "ORG"), _name(doc, "Creighton", "GPE", nth=1)]
    sieve = Sieve(doc, cands, EntityLexicon.load())
    sieve.run()
    assert sieve.find(0) == sieve.find(2) != sieve.find(1)


def test_a_sentences_first_function_word_is_not_part_of_the_name_after_it():
    from dossier.nlp.entities.lexicon import EntityLexicon
    from dossier.nlp.entities.mentions import _clean_name

    lex = EntityLexicon.load()
    for text, label, name in (
        ("Among Latinos , the senator lost support .", "NORP", "Latinos"),
        ("Without Marta Kovac the bill would fail .", "PERSON", "Marta Kovac"),
        ("Under Armour said sales rose .", "ORG", "Under Armour"),  # a name may open with a preposition
    ):
        doc = _doc(text)
        end = len(name.split()) + (0 if text.startswith(name) else 1)
        cand = _clean_name(doc, 0, end, label, lex, [0] * len(doc))
        assert cand is not None and cand.text == name, (text, cand)


def _tagged(text: str, ents: list[tuple[str, str]]) -> Doc:
    doc = NLP(text)
    spans = []
    for words, label in ents:
        start = text.index(words)
        spans.append(doc.char_span(start, start + len(words), label=label))
    doc.ents = spans
    return doc


def test_a_given_name_cut_off_its_surname_by_the_ner_is_one_person():
    from dossier.nlp.entities.lexicon import EntityLexicon
    from dossier.nlp.entities.mentions import _joined_of_names

    lex = EntityLexicon.load()
    doc = _tagged("Egypt said Jamal Qureshi had died.", [("Egypt", "GPE"), ("Jamal", "GPE"), ("Qureshi", "GPE")])
    assert [(e.text, e.label_) for e in _joined_of_names(doc, list(doc.ents), lex)] == [
        ("Egypt", "GPE"),
        ("Jamal Qureshi", "PERSON"),
    ]
    # a country's name is no given name here, and two places side by side stay two
    doc = _tagged("Aid reached Jordan Amman and Paris Texas.", [("Jordan", "GPE"), ("Amman", "GPE")])
    assert [e.text for e in _joined_of_names(doc, list(doc.ents), lex)] == ["Jordan", "Amman"]


def test_an_organisations_name_without_its_place_is_its_short_form():
    from dossier.nlp.entities.lexicon import EntityLexicon

    lex = EntityLexicon.load()
    assert lex.without_place(("Denver", "Night", "Owls")) == ("Night", "Owls")
    assert lex.without_place(("Kansas", "City", "Comets")) == ("Comets",)  # the longest place
    assert lex.without_place(("Iowa", "Democratic", "Party")) is None  # a kind every place has
    assert lex.without_place(("Harbor", "Night", "Owls")) is None  # no place
    assert lex.without_place(("Denver", "Latino")) is None  # one word in the singular: a word, not a team
    assert lex.without_place(("Denver", "eight", "years")) is None  # not capitalised


def test_a_headline_name_is_cut_to_the_body_name_without_its_place():
    from dossier.nlp.entities.lexicon import EntityLexicon

    doc = _doc("NIGHT OWLS SIGN NEW GOALIE\nThe Denver Night Owls signed a goalie on Monday.", pos={"on": "ADP"})
    body = _name(doc, "Denver Night Owls", "ORG")
    names = [_name(doc, "NIGHT OWLS SIGN NEW GOALIE", "ORG"), body]
    trimmed = trim_headline_names(doc, names, headline_lines(doc), EntityLexicon.load().without_place)
    assert [c.text for c in trimmed] == ["NIGHT OWLS", "Denver Night Owls"]
    assert trimmed[0].type == "ORG"
    # without the rule the headline name has no run of words the body names, and stays whole
    assert trim_headline_names(doc, names, headline_lines(doc))[0].text == "NIGHT OWLS SIGN NEW GOALIE"


def test_the_short_form_of_a_place_prefixed_name_is_a_repeat():
    from dossier.nlp.entities.lexicon import EntityLexicon

    without_place = EntityLexicon.load().without_place
    doc = _doc(
        "The Denver Night Owls won. Fans say the Night Owls and the Owls will win. Owls fly at night.",
        pos={"won": "VERB", "say": "VERB", "fly": "VERB", "will": "AUX", "win": "VERB"},
    )
    names = [_name(doc, "Denver Night Owls", "ORG")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set(), None, without_place)
    assert [(c.text, c.type) for c in repeats] == [("Night Owls", "ORG")]
    assert unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set()) == []
    # one word of it counts only after "the"; a short form two names of the article give is neither's
    doc = _doc(
        "The Denver Comets won. Fans say the Comets will win. Comets fly.",
        pos={"won": "VERB", "say": "VERB", "will": "AUX", "win": "VERB", "fly": "VERB"},
    )
    names = [_name(doc, "Denver Comets", "ORG")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set(), None, without_place)
    assert [c.text for c in repeats] == ["Comets"]
    doc = _doc("The Denver Comets beat the Boston Comets. The Comets won.", pos={"beat": "VERB", "won": "VERB"})
    names = [_name(doc, "Denver Comets", "ORG"), _name(doc, "Boston Comets", "ORG")]
    assert unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set(), None, without_place) == []


def test_a_headline_short_form_in_capitals_joins_the_place_prefixed_name():
    from dossier.nlp.entities.coref import Sieve
    from dossier.nlp.entities.lexicon import EntityLexicon

    doc = _doc("NIGHT OWLS SIGN GOALIE\nThe Denver Night Owls signed a goalie.")
    cands = [_name(doc, "NIGHT OWLS", "ORG"), _name(doc, "Denver Night Owls", "ORG")]
    sieve = Sieve(doc, cands, EntityLexicon.load())
    sieve.run()
    assert sieve.find(0) == sieve.find(1)


def test_a_place_and_a_surname_tagged_as_one_name_are_the_place_and_the_person():
    from dossier.nlp.entities.lexicon import EntityLexicon
    from dossier.nlp.entities.mentions import _known_thing

    lex = EntityLexicon.load()
    doc = _doc("The club sacked Ana Okafor in May. Denver and Okafor met again. Okafor smiled.")
    names = [_name(doc, "Ana Okafor", "FAC"), _name(doc, "Denver and Okafor", "ORG"), _name(doc, "Okafor", "PERSON", 2)]

    def known(doc):
        """The lookup of names the tables know, over one doc."""
        return lambda start, end: _known_thing(doc, start, end, lex, [0] * len(doc))

    out = split_coordinated_people(doc, names, [0] * len(doc), known(doc))
    assert [(c.text, c.type) for c in out] == [
        ("Ana Okafor", "FAC"),
        ("Denver", "GPE"),
        ("Okafor", "PERSON"),
        ("Okafor", "PERSON"),
    ]
    assert split_coordinated_people(doc, names, [0] * len(doc)) == names  # surnames only: no split
    for text, spans in [
        # two places, or a surname and a word no table or name of the article knows, stay one name
        (
            "Denver and Boston agreed. Quellby and Okafor agreed. Ana Okafor spoke.",
            [("Denver and Boston", "GPE"), ("Quellby and Okafor", "ORG"), ("Ana Okafor", "PERSON")],
        ),
        # a place's name that ends a longer name of the article is a surname there
        (
            "Mayor Ana Denver spoke. Denver and Okafor met. Ana Okafor smiled.",
            [("Mayor Ana Denver", "ORG"), ("Denver and Okafor", "ORG"), ("Ana Okafor", "PERSON")],
        ),
    ]:
        doc = _doc(text)
        names = [_name(doc, words, label) for words, label in spans]
        assert split_coordinated_people(doc, names, [0] * len(doc), known(doc)) == names, text


def test_a_surname_of_the_article_is_repeated_before_a_short_form():
    from dossier.nlp.entities.lexicon import EntityLexicon

    without_place = EntityLexicon.load().without_place
    doc = _doc("Rosa Comets spoke. The Denver Comets won. Later Comets smiled.", pos={"spoke": "VERB", "won": "VERB"})
    names = [_name(doc, "Rosa Comets", "PERSON"), _name(doc, "Denver Comets", "ORG")]
    repeats = unlabelled_repeats(doc, names, [0] * len(doc), headline_lines(doc), set(), None, without_place)
    assert [(c.text, c.type) for c in repeats] == [("Comets", "PERSON")]  # not the team's: no "the" before it
