"""Round 97 (batch 83's kinds): a party said to govern in a coalition is in power, whatever the table of heads says
of its own. The sentence is written for this test; the people in it are invented."""

from __future__ import annotations

from dossier.codes.actors import IN_GOVERNMENT_AFTER
from dossier.testing.records import analysed, codes_at


def test_round97_a_junior_partner_of_the_governing_coalition_is_in_power(nlp):
    text = (
        "The Freedom Party came second in Sunday's general election in Austria, narrowly ahead of the People's "
        "Party, the junior partner in Chancellor Viktor Klima's governing coalition."
    )
    analysis = analysed(nlp, text, "1999-10-04")
    assert codes_at(analysis, "People's Party") == ("AUT", "PTY")  # not OPP: the table names Klima's party only
    assert IN_GOVERNMENT_AFTER.match(", a partner in the ruling coalition, said")
    assert not IN_GOVERNMENT_AFTER.match(", a former partner of the chancellor, said")
