"""A party named as the party of someone in a state's office on the date is in power (PTY), whatever the table of
heads files as that head's party or the party's family name would say ("Prime Minister Mahathir Mohamad's National
Front", "Chancellor Helmut Kohl's Christian Democrats"); a party named as a partner in a head's coalition is too.
A former head's party is not. The possessor's title is his, not the description's ("Prime Minister Manmohan Singh's
Congress party" is a party, not the government), and a party the organisations table files keeps its type where
the NER took it for a person. Sentences written for these tests: the parties and people are real, the wording is
ours."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at, held_entity


@pytest.mark.parametrize(
    ("text", "date", "party", "country"),
    [
        ("Prime Minister Mahathir Mohamad's National Front held on to power in Monday's vote, results showed.",
         "1999-11-30", "National Front", "MYS"),
        ("Chancellor Helmut Kohl's Christian Democrats took nearly half the vote in Sunday's election.",
         "1983-03-07", "Christian Democrats", "DEU"),
        ("Voters on Sunday pushed Prime Minister Leo Varadkar's Fine Gael into third place, results showed.",
         "2020-02-09", "Fine Gael", "IRL"),
        ("President Donald Ramotar's People's Progressive Party lost its majority in Monday's general election.",
         "2015-05-15", "People's Progressive Party", "GUY"),
    ],
)  # fmt: skip
def test_the_party_of_an_office_holder_is_in_power(nlp, text, date, party, country):
    assert codes_at(analysed(nlp, text, date), party) == (country, "PTY")


def test_a_former_heads_party_is_not_made_the_ruling_one(nlp):
    text = "Former Prime Minister Iyad Allawi's Iraqiya bloc called on Friday for a recount of the Baghdad vote."
    assert codes_at(analysed(nlp, text, "2010-04-02"), "Iraqiya")[1] != "PTY"


def test_the_owners_title_is_not_the_descriptions(nlp):
    text = "Prime Minister Manmohan Singh's Congress party and its allies won a second term in the election."
    assert codes_at(analysed(nlp, text, "2009-05-16"), "Congress party") == ("IND", "PTY")


def test_a_partner_in_a_heads_coalition_is_in_power(nlp):
    text = (
        "Mohamed Osman al-Mirghani, the leader of the Democratic Unionist Party, a partner in Prime Minister Sadiq "
        "al-Mahdi's coalition, flew to Addis Ababa for talks on Wednesday."
    )
    assert codes_at(analysed(nlp, text, "1988-11-16"), "Democratic Unionist Party") == ("SDN", "PTY")


def test_a_coalition_with_a_described_party_is_in_power(nlp):
    text = (
        "Timoci Bavadra was sworn in as prime minister after his coalition with the mostly centrist National "
        "Federation Party won a majority of the seats."
    )
    assert codes_at(analysed(nlp, text, "1987-04-13"), "National Federation Party") == ("FJI", "PTY")


def test_a_party_the_tables_file_is_no_person(nlp):
    text = "Voters ousted Prime Minister Ewa Kopacz's Civic Platform after eight years in power, results showed."
    assert held_entity(analysed(nlp, text, "2015-10-27"), "Civic Platform").type == "ORG"


def test_a_party_of_a_heads_coalition_is_in_power(nlp):
    text = "Chancellor Helmut Schmidt's coalition of Social Democrats and Free Democrats won a bigger majority."
    assert codes_at(analysed(nlp, text, "1980-10-05"), "Free Democrats") == ("DEU", "PTY")
