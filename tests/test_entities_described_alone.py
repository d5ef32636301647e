"""Descriptions coreference follows no further that are actors of their sentence all the same ("officials accused
of stuffing ballot boxes", "A parliamentary committee ... voted", "three cabinet ministers"): an entity of one
mention each, marked ``described alone``, coded like any actor, but no antecedent, no source's entity, no event's
target (only the doer of an act) and
no corpus actor; and the descriptions that stay no one's. Sentences written for these tests; the people invented."""

from __future__ import annotations

import pytest

from dossier.analysis import analyze_articles
from dossier.codes.codebook import default_knowledge
from dossier.models import ALONE, Analysis, Article
from dossier.resolve.keys import DocEntity, identify
from dossier.testing.records import mention_holder as holder

pytestmark = pytest.mark.slow


def _analysed(nlp, text: str) -> Analysis:
    [analysis] = list(analyze_articles(nlp, [Article("alone", text, published="2021-05-07")], max_chars=10_000))
    return analysis


@pytest.mark.parametrize(
    ("text", "mention", "codes"),
    [
        # one of a kind the sentence tells of: an indefinite body that acts
        ("A parliamentary committee in Lusaka voted on Tuesday to censure the mines minister.",
         "A parliamentary committee", ("ZMB", "LEG")),
        # a group inside an infinitive of a clause in the past
        ("The electoral commission in Kano refused on Monday to dismiss officials accused of stuffing ballot boxes.",
         "officials", ("NGA", "GOV")),
        # a set counted, acted on
        ("Prosecutors in Lima charged three cabinet ministers with bribery on Friday.",
         "three cabinet ministers", ("PER", "GOV")),
        # the doers of an act named by a noun
        ("A hunger strike by democracy activists in Ulan Bator forced the party's Politburo to resign on Friday.",
         "democracy activists", ("MNG", "OPP")),
        # people by kind the sentence tells of, though no group that acts where it is
        ("Rebels demanded the release of political prisoners in Tegucigalpa on Monday.",
         "political prisoners", ("HND", "OPP")),
        ("The strike by young workers at the plant in Shenzhen ended on Friday.", "young workers", ("CHN", "LAB")),
        # a body whose "of" holds people not followed either, in the past with "did"
        ("A committee of lawmakers in Seoul approved the budget on Tuesday.", "A committee", ("KOR", "LEG")),
        ("A parliamentary committee did approve the plan in Lusaka on Monday.", "A parliamentary committee",
         ("ZMB", "LEG")),
        ("The court in Seoul ordered a company to pay damages on Monday.", "a company", ("KOR", "BUS")),
    ],
)  # fmt: skip
def test_described_alone_is_an_actor_of_its_sentence(nlp, text, mention, codes):
    analysis = _analysed(nlp, text)
    ent = holder(analysis, mention)
    assert ent is not None, mention
    assert [(m.text, m.linked_by) for m in ent.mentions] == [(mention, ALONE)]
    assert (ent.country_code, ent.sector) == codes
    # only described: resolution keeps it out of the corpus
    assert identify(DocEntity.of(ent), default_knowledge()).kind == "generic"
    # no event's target: as an object it may be the force moved ("massed troops")
    assert all(ent.id != ev.target for ev in analysis.events)


def test_described_alone_is_the_doer_of_an_act(nlp):
    analysis = _analysed(nlp, "A parliamentary committee in Lusaka voted on Tuesday to censure the mines minister.")
    committee = holder(analysis, "A parliamentary committee")
    assert committee is not None and any(ev.source == committee.id for ev in analysis.events)
    # the event carries its source's codes, as GDELT's Actor1CountryCode and Actor1Type1Code
    ev = next(ev for ev in analysis.events if ev.source == committee.id)
    assert (ev.source_country, ev.source_sector) == ("ZMB", "LEG")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A soldier must obey the orders of his commander.", "A soldier"),  # in general: a modal
        ("A mob is a danger to any town in the valley.", "A mob"),  # in general: the present
        ("No soldiers were hurt in the attack on the base.", "soldiers"),  # denied
        ("The minister told reporters in Nairobi that the talks had failed.", "reporters"),  # the audience
        ("Analysts said the currency would fall further.", "Analysts"),  # a voice that comments
        ("NATO troops patrolled the border town on Sunday.", "NATO troops"),  # the name stands for them
        ("The envoy met leaders of the Sudanese army in Port Sudan.", "leaders"),  # the army stands for them
        ("The government withdrew troops from the northern province.", "troops"),  # the forces it moves
        ("World leaders gathered in Oslo on Monday.", "World leaders"),  # of no one country
        ("Most soldiers stayed in their barracks on Friday.", "Most soldiers"),  # a part of a larger body
        ("Men wrote most of the letters, the survey found.", "Men"),  # people of no kind, not counted
        ("Farmers want higher prices for their grain.", "Farmers"),  # in general
        ("Workers' compensation claims rose in Ohio last year.", "Workers"),  # a modifier
        ("The senator spoke of the dangers posed by hackers to the grid.", "hackers"),  # what such things are
        ("Soldiers removed settlers from homes near the border on Wednesday.", "settlers"),  # not of that place
        ("A bank in Lagos was fined on Tuesday, and the bank said it would appeal.", "A bank"),  # taken up later
        ("Additional troops arrived in Gao on Sunday.", "Additional troops"),  # a part added to a body
        ("A lawyer by training, Maria Soto entered politics in Quito in 1990.", "A lawyer"),  # a predicate
    ],
)
def test_described_alone_not_for_no_one(nlp, text, mention):
    analysis = _analysed(nlp, text)
    ent = holder(analysis, mention)
    assert ent is None or all(m.linked_by != ALONE for m in ent.mentions), (mention, ent)


def test_described_alone_is_no_antecedent_and_no_source(nlp):
    text = (
        "The interior ministry in Quito suspended officials accused of selling passports on Friday. "
        "Analysts said the scandal would hurt the government."
    )
    analysis = _analysed(nlp, text)
    officials = holder(analysis, "officials")
    assert officials is not None and len(officials.mentions) == 1
    assert holder(analysis, "Analysts") is None
    said = [a for a in analysis.attributions if a.source.text == "Analysts"]
    assert said and said[0].source.kind == "vague" and said[0].source.entity is None
