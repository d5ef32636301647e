"""Round 70: one person news names by a sport, a stage or a screen is a celebrity, CAMEO's elite (ELI); a group of
that trade stays civilians. The sentences are written for these tests; the people in them are invented."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round70_a_named_athlete_or_actress_is_an_elite(nlp):
    text = "Brazilian sprinter Paulo Vieira was banned for two years on Tuesday after failing a drug test."
    assert codes_at(analysed(nlp, text, "2016-03-01"), "Paulo Vieira") == ("BRA", "ELI")
    text = "Actress Maria Lenz told a court in Munich on Monday that the producer had threatened her."
    assert codes_at(analysed(nlp, text, "2018-02-12"), "Maria Lenz")[1] == "ELI"
