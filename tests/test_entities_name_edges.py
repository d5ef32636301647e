"""Where a person's name begins and ends: the Bantu particle "wa" ("of") and the Arabic "bint" ("daughter of") join
the words around them as "bin" and "de" do ("President Bingu wa Mutharika"); a lower-case verb the NER took in at a
name's start is no part of it ("Police arrested| Karim Rahman"). Original sentences through the real pipeline."""

from __future__ import annotations

from dossier.testing.records import analysed, held_codes, held_entity, mention_holder


def test_a_name_with_the_particle_wa_is_one_person(nlp):
    text = (
        "The electoral commission declared President Bingu wa Mutharika re-elected on Friday with two-thirds of "
        "the vote. Mutharika thanked the voters."
    )
    analysis = analysed(nlp, text, "2009-05-22")
    person = held_entity(analysis, "Bingu wa Mutharika")
    assert person.type == "PERSON"
    assert held_codes(analysis, "Bingu wa Mutharika") == ("MWI", "GOV")
    assert mention_holder(analysis, "Mutharika") is person  # the second sentence's


def test_a_verb_before_a_name_is_no_part_of_it(nlp):
    text = "Police arrested Karim Rahman, a newspaper editor, in Dhaka on Thursday."
    analysis = analysed(nlp, text, "2013-04-11")
    names = {m.text for e in analysis.entities for m in e.mentions if m.kind == "name"}
    assert "Karim Rahman" in names and not any(n.startswith("arrested") for n in names)


def test_a_lower_case_particle_still_opens_a_name(nlp):
    analysis = analysed(nlp, "President F.W. de Klerk met Nelson Mandela in Cape Town on Friday.", "1990-02-09")
    assert any(m.text.endswith("de Klerk") for e in analysis.entities for m in e.mentions)


def test_a_country_of_two_names_joined_by_and_is_one_mention(nlp):
    # the small model cuts it at the "and" and types the halves apart ("Antigua" a person, "Tobago" an organisation)
    for text, name, iso in (
        ("Trinidad and Tobago hanged a convicted drug lord on Saturday.", "Trinidad and Tobago", "TTO"),
        ("Antigua and Barbuda asked Britain for help on Friday.", "Antigua and Barbuda", "ATG"),
    ):
        country = held_entity(analysed(nlp, text, "1996-03-01"), name)
        assert (country.type, country.country_code) == ("GPE", iso)
