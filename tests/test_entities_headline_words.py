"""A title-case headline's words are no names: a span the NER tags there, which the body never names, is read
against the words the body writes in lower case. Nothing but those words is no name ("Clinch Playoff Berth");
a name the tables know between them is that name ("Reverse Bush Rules" -> "Bush"); a span whose rest the tables
do not know stays as tagged ("Hennepin County Medical Center"), and so does a title-case line that ends in a
full stop (a byline: "Editing by Will Dunham."). Original articles through the real pipeline."""

from __future__ import annotations

from dossier.testing.records import analysed


def _names(nlp, text: str) -> dict[str, str]:
    return {m.text: e.type for e in analysed(nlp, text, "2019-03-02").entities for m in e.mentions if m.kind == "name"}


def test_a_headline_of_common_words_names_no_one(nlp):
    text = (
        "Striker Scores Twice to Clinch Playoff Berth\n"
        "A striker scored twice on Sunday as the home side beat the visitors to clinch a berth in the playoff "
        "round. The club said the striker had signed a new contract.\n"
    )
    assert _names(nlp, text) == {}


def test_a_known_name_between_common_words_is_that_name(nlp):
    text = (
        "Senators Urge Treasury to Reverse Bush Rules on Offshore Drilling\n"
        "A group of senators on Tuesday urged the Treasury to reverse rules on offshore drilling adopted under "
        "the last administration. The senators said the rules cost jobs.\n"
    )
    names = _names(nlp, text)
    assert "Bush" in names
    assert not [n for n in names if "Rules" in n or "Reverse" in n]


def test_a_name_the_tables_lack_stays_as_tagged(nlp):
    text = (
        "Hennepin County Medical Center Opens New Wing\n"
        "The hospital said on Monday that its new wing would open in June, the medical center's director said.\n"
    )
    assert _names(nlp, text).get("Hennepin County Medical Center") == "ORG"


def test_a_title_case_line_ending_in_a_full_stop_keeps_its_names(nlp):
    text = (
        "The agency will rule on the power plant appeal in the spring, officials said on Friday.\n"
        "(Reporting by Valerie Hurd; Additional Reporting by Lawrence Kemp; Editing by Will Smith.)\n"
    )
    assert _names(nlp, text).get("Will Smith") == "PERSON"


def test_a_known_surname_is_no_common_word_of_the_body(nlp):
    text = (
        "Harding Wins Gold in Downhill\nThe skier said the win was hard to believe and the gold was for her family.\n"
    )
    assert any(name.startswith("Harding") for name in _names(nlp, text))
