"""Sports teams by their names and places, an institution named by its kind ("checked into rehab"), and a
headline's "Woman" or "Son". The articles are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from dossier.errors import DataError
from dossier.resolve.knowledge import default_knowledge
from dossier.resolve.teams import TeamTable

GAME = (
    "Bramley routs Evansville\n\n"
    "Tyler Hansbrough scored 20 points as North Carolina beat Evansville 91-73 on Thursday in the quarterfinals "
    "of the tournament. The Tar Heels improved to 12-0 and their coach praised the rebounds.\n"
    "Hansbrough, who grew up in Poland, Missouri, broke the record held by Phil Ford. Evansville's coach "
    "praised him.\nLawmakers in North Carolina passed a bill on Friday.\n"
)


def _entity(analysis, text: str):
    return next(e for e in analysis.entities if any(m.text == text for m in e.mentions))


def _holding(analysis, start: int):
    return next(e for e in analysis.entities if any(m.start == start for m in e.mentions))


def test_a_team_by_its_nickname_and_its_place_is_one_actor(analyze_entities):
    a = analyze_entities(GAME)
    team = _entity(a, "Tar Heels")
    assert team.name == "North Carolina Tar Heels" and team.type == "ORG"
    side = GAME.index("North Carolina beat")
    assert _holding(a, side) is team
    # the state where lawmakers sit is a place, not the team
    assert _holding(a, GAME.index("North Carolina passed")) is not team


def test_a_place_used_as_a_side_is_its_team_and_a_state_after_a_town_is_not(analyze_entities):
    a = analyze_entities(GAME)
    evansville = _holding(a, GAME.index("Evansville 91-73"))
    assert evansville.name == "Evansville Purple Aces" and evansville.type == "ORG"
    assert _holding(a, GAME.index("Evansville's coach")) is evansville
    assert _holding(a, GAME.index("Missouri")).type == "GPE"  # "Poland, Missouri": a town and its state


@pytest.mark.parametrize(
    ("text", "team", "place"),
    [
        (
            "Senator Dana Whitcombe, a Denver Broncos fan, spoke in Miami on Monday. Florida voters have turned "
            "against the bill, and Miami officials said they would sue.\n",
            "Denver Broncos",
            "Florida",
        ),
        (
            "Councillor Rosa Ibarra grew up in Miami, watching the Miami Dolphins on New Year's Day. Miami is home "
            "to the largest Cuban-American community, and her campaign opened its office there on Monday.\n",
            "Miami Dolphins",
            "Miami is home",
        ),
    ],
)
def test_a_team_named_in_passing_leaves_the_places_places(analyze_entities, text, team, place):
    a = analyze_entities(text)
    assert _entity(a, team).name == team
    assert _holding(a, text.index(place)).type == "GPE"
    assert {e.name for e in a.entities if e.type == "ORG"} == {team}  # no "Miami Dolphins" of "Miami officials"


def test_team_knowledge_joins_a_full_name_and_a_distinctive_nickname_only():
    kb = default_knowledge()
    assert kb.equivalence("Tar Heels") is not None
    assert kb.equivalence("Tar Heels") == kb.equivalence("North Carolina Tar Heels")
    assert kb.kind("Tar Heels") == "org"
    # a place, a one-word nickname and a nickname several teams bear are no knowledge of their own
    for name in ("North Carolina", "Liverpool", "Bluejays", "Tigers"):
        assert default_knowledge().teams.named(name) is None
    assert default_knowledge().teams.nicknamed("Bluejays").name == "Creighton Bluejays"
    assert default_knowledge().teams.nicknamed("Tigers") is None


def test_a_bad_team_row_is_one_clear_error(tmp_path: Path):
    bad = tmp_path / "teams.tsv"
    bad.write_text("NBA\tPhiladelphia 76ers\t76ers|Sixers\tPhiladelphia\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"teams.tsv:1: want league, name, nicknames, places, years"):
        TeamTable.load(bad)


def test_rehab_is_the_treatment_centre_the_article_names(analyze_entities):
    text = (
        "Actress Checks Into Rehab\n\n"
        "Actress Mara Quill has checked herself into rehab, her publicist said on Friday.\n"
        "Quill entered the Harborview Treatment Center in Malibu on Thursday. The clinic declined to comment.\n"
    )
    a = analyze_entities(text)
    centre = _entity(a, "Harborview Treatment Center")
    held = {m.text for m in centre.mentions}
    assert {"Rehab", "rehab", "The clinic"} <= held


def test_rehab_with_two_named_clinics_is_neither(analyze_entities):
    text = (
        "Mara Quill left rehab at the Harborview Treatment Center on Monday and checked into the Sandcliff "
        "Recovery Clinic on Tuesday, her publicist said.\n"
    )
    a = analyze_entities(text)
    for name in ("Harborview Treatment Center", "Sandcliff Recovery Clinic"):
        assert "rehab" not in {m.text for m in _entity(a, name).mentions}


def test_a_headline_woman_is_the_first_woman_the_lead_names(analyze_entities):
    text = (
        "Harbour Town Woman Killed In Crash\n\n"
        "Driver Charged With Manslaughter\n\n"
        "A 47-year-old mother of three died when a van struck her on Friday, police said.\n"
        "Delia Marsh, 47, of Harbour Town, was crossing the road when she was hit. The driver, Tom Kesby, 31, was "
        "arrested.\n"
    )
    a = analyze_entities(text)
    marsh = _entity(a, "Delia Marsh")
    assert any(m.text.endswith("Woman") for m in marsh.mentions)
    assert not any(m.text.endswith("Woman") for m in _entity(a, "Tom Kesby").mentions)


def test_a_headline_noun_that_is_no_subject_or_a_role_stays_apart(analyze_entities):
    text = (
        "Minister resigns over contract for brother-in-law's firm\n\n"
        "Defence minister Johan Lindqvist resigned on Thursday after a newspaper revealed the contract.\n"
    )
    a = analyze_entities(text)
    assert not any("brother" in m.text for m in _entity(a, "Johan Lindqvist").mentions)


def test_a_place_and_a_nickname_name_the_team_and_its_nickname_follows(analyze_entities):
    # the team is named by its place and nickname, then by its nickname alone; two teams and a coach make it sport
    text = (
        "Up the road, the Philly Sixers let Jim Corrigan go on Monday and hired Dale Munro as coach within a day.\n"
        "Munro ran the Sixers for two years before the Blazers signed him.\n"
    )
    a = analyze_entities(text)
    sixers = _entity(a, "Philly Sixers")
    assert sixers.name == "Philadelphia 76ers" and sixers.type == "ORG"
    assert _holding(a, text.index("Sixers for")) is sixers
    # "Blazers" is Portland's and UAB's; beside an NBA team it is Portland's
    assert _holding(a, text.index("Blazers")).name == "Portland Trail Blazers"


def test_a_score_beside_a_nickname_makes_a_game_of_a_short_report(analyze_entities):
    # no word of the sports list: the score in the nickname's sentence says it is a game
    text = (
        "Tyler Hansbrough broke the all-time North Carolina scoring record on Thursday night.\n"
        "His 20 points and the Heels putting away Evansville 91-73 were afterthoughts.\n"
    )
    a = analyze_entities(text)
    heels = _holding(a, text.index("Heels"))
    assert heels.name == "North Carolina Tar Heels"
    assert _holding(a, text.index("North Carolina")) is heels
    assert _holding(a, text.index("Evansville")).name == "Evansville Purple Aces"


def test_sides_of_a_game_by_their_places(analyze_entities):
    text = (
        "The Bluejays beat Drake 65-53 in the quarterfinals of the conference tournament on Friday.\n"
        "Creighton will meet the winner of the semifinal between Evansville and Indiana State.\n"
        "Two Evansville defenders fouled out, and the coach said the rebounds decided it.\n"
    )
    a = analyze_entities(text)
    evansville = _holding(a, text.index("Evansville and"))
    assert evansville.name == "Evansville Purple Aces"
    assert _holding(a, text.index("Indiana State")).name == "Indiana State Sycamores"
    assert _holding(a, text.index("Evansville defenders")) is evansville


def test_a_politics_article_with_one_game_in_it_keeps_its_places(analyze_entities):
    # two teams and a word of sport in one sentence of many: the states stay places, "(R)" is a party
    text = (
        "Governor Pat Hollins (R) said on Sunday that Minnesota would send more troopers to the border.\n"
        "The legislature in Minnesota meets again on Tuesday, and lawmakers expect a vote on the budget.\n"
        "Democrats said the plan would cost too much.\n"
        "Hollins said the state must act now.\n"
        "On Sunday evening the Carolina Panthers hosted the Minnesota Vikings in the stadium downtown.\n"
        "Minnesota officials said the governor would decide on Wednesday.\n"
    )
    a = analyze_entities(text)
    assert _holding(a, text.index("Minnesota would")).type == "GPE"
    assert _holding(a, text.index("Minnesota officials")).type == "GPE"
    assert not any(m.text == "R" for e in a.entities for m in e.mentions)


def test_a_headline_ending_on_a_quotation_still_describes_its_person(analyze_entities):
    text = (
        "Lakeside killing: Son arrested over death of father 'had asked for help'\n\n"
        "Owen Pryce, 24, was arrested on Saturday after his father was found dead at the family home in Lakeside.\n"
    )
    a = analyze_entities(text)
    assert any(m.text == "Son" for m in _entity(a, "Owen Pryce").mentions)


def test_an_honour_is_the_person_it_is_said_of_not_an_organisation(analyze_entities):
    text = (
        "Dara Okafor, who returned for her final season after being crowned the National Player of the Year, "
        "scored 30 points on Sunday.\n"
        "Coach Ivan Petrov praised her. The reigning National Player of the Year then thanked the fans.\n"
    )
    a = analyze_entities(text)
    okafor = _entity(a, "Dara Okafor")
    honours = [m for m in okafor.mentions if m.text == "National Player of the Year"]
    assert len(honours) == 2
    assert not any(e.type == "ORG" and "Year" in e.name for e in a.entities)


def test_a_named_teams_school_by_its_letters(analyze_entities):
    # the NER tags nothing in this headline ("CU’ s" as a blog writes it): the letters are added as the team
    text = (
        "Voss becomes CU’ s all-time scoring leader\n\n"
        "Jalen Voss scored 23 points as the Bluejays beat Drake 65-53 in the conference tournament.\n"
    )
    a = analyze_entities(text)
    assert _entity(a, "CU").name == "Creighton Bluejays"


def test_a_bodys_name_the_ner_cut_at_and_is_one_name():
    from spacy.tokens import Span

    from dossier.nlp.entities.lexicon import EntityLexicon
    from dossier.nlp.entities.mentions import _cut_at_and
    from dossier.nlp.pipeline import load_pipeline

    nlp = load_pipeline()
    lex = EntityLexicon.load()
    doc = nlp.make_doc("A message from the Central Commission for Elections and Referenda said so.")
    body = Span(doc, 3, 8, label="ORG")  # "the Central Commission for Elections"
    assert _cut_at_and(doc, body, Span(doc, 9, 10, label="ORG"), lex)  # "Referenda"
    doc = nlp.make_doc("The Commission for Elections and Kenya said so.")
    assert not _cut_at_and(doc, Span(doc, 0, 4, label="ORG"), Span(doc, 5, 6, label="ORG"), lex)  # a place
    doc = nlp.make_doc("The Federal Bureau of Investigation and Comey clashed over the memo.")
    assert not _cut_at_and(doc, Span(doc, 0, 5, label="ORG"), Span(doc, 6, 7, label="PERSON"), lex)  # a person


def test_a_partys_name_that_opens_with_a_clubs_nickname_stays_whole(analyze_entities):
    # "Citizens" is also Manchester City's nickname: the party's name is its own
    # a word of sport after it, as a team's possession would have ("the Bluejays' tournament opener")
    text = "Carlos Ibarra spoke at the Citizens' Action Party stadium rally on Sunday before the runoff.\n"
    a = analyze_entities(text)
    assert _entity(a, "Citizens' Action Party").type == "ORG"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a state the subject of a team's sentence is no side of a game
        (
            "Ohio agreed on Tuesday to pay the Cincinnati Bengals 200 million dollars toward a new stadium.\n"
            "Chicago will decide next year, the mayor said.\n",
            "Chicago",
        ),
        # a singular nickname ("Dream") beside a word of sport is a word
        (
            "Senator Ruth Calloway told supporters at the stadium in Ohio that the American Dream was back.\n"
            "Minnesota will vote in November, and Phoenix is next.\n",
            "Phoenix",
        ),
    ],
)
def test_places_stay_places_beside_a_team_in_passing(analyze_entities, text, place):
    a = analyze_entities(text)
    assert _holding(a, text.index(place)).type == "GPE"


def test_a_newspaper_is_no_team_beside_a_word_of_sport(analyze_entities):
    text = "The Sun reported that the England striker had been arrested after the match.\n"
    a = analyze_entities(text)
    assert _entity(a, "Sun").name == "Sun"  # not the Connecticut Sun


def test_an_honour_given_by_someone_is_not_the_givers(analyze_entities):
    text = "Voters picked Dara Okafor, and Coach Ivan Petrov called her the National Player of the Year.\n"
    a = analyze_entities(text)
    assert not any("Year" in m.text for m in _entity(a, "Ivan Petrov").mentions)


def test_a_memorials_name_is_no_description_of_the_person_at_it(analyze_entities):
    text = "Senator Joe Biden laid a wreath for the Unknown Soldier at Arlington on Monday.\n"
    a = analyze_entities(text)
    assert not any("Soldier" in m.text for m in _entity(a, "Joe Biden").mentions)
