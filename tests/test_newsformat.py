"""News format (``dossier.nlp.newsformat``): datelines, credits, bylines and page leftovers found in the
raw text, offsets exact, the text never changed. No model is loaded here."""

from __future__ import annotations

import pytest

from dossier.models import Article
from dossier.nlp.newsformat import actor_allowed, apply_news_format, find_news_format, mention_allowed

KNOWN = {"kyiv", "washington", "moscow", "lima", "nairobi", "rome"}


def known(words: str) -> bool:
    return words.lower() in KNOWN


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.text) for s in find_news_format(text, known).spans]


LEAD = "President Donald Trump met Russian President Vladimir Putin on Friday in Hamburg."


@pytest.mark.parametrize(
    ("opening", "place", "date", "agency"),
    [
        ("WASHINGTON —", "WASHINGTON", None, None),
        ("WASHINGTON (AP) —", "WASHINGTON", None, "Associated Press"),
        ("MOSCOW, July 8 (Reuters) -", "MOSCOW", "July 8", "Reuters"),
        ("HAMBURG, July 01, 2017 —", "HAMBURG", "July 01, 2017", None),
        ("KYIV, Ukraine —", "KYIV, Ukraine", None, None),
        ("HEMPSTEAD, N.Y., Sept. 26 (UPI) —", "HEMPSTEAD, N.Y.", "Sept. 26", "United Press International"),
        ("Lisbon, 4 September (AFP) –", "Lisbon", "4 September", "Agence France-Presse"),
        ("Washington (CNN) —", "Washington", None, "CNN"),
        ("NEW YORK --", "NEW YORK", None, None),
        ("JERUSALEM (AP)_", "JERUSALEM", None, "Associated Press"),
        ("WASHINGTON ―", "WASHINGTON", None, None),
        ("Kyiv —", "Kyiv", None, None),
        ("SAN JUAN, Puerto Rico —", "SAN JUAN, Puerto Rico", None, None),
    ],
)
def test_newsformat_reads_dateline_forms(opening: str, place: str, date: str | None, agency: str | None):
    text = f"Headline of the story\n{opening} {LEAD}\n"
    news = find_news_format(text, known)
    line = news.dateline
    assert line is not None
    assert line.text == opening and text[line.start : line.end] == opening
    assert line.place.text == place and text[line.place.start : line.place.end] == place
    assert (line.date.text if line.date else None) == date
    assert news.agency == agency
    assert text[line.end :].lstrip().startswith("President Donald Trump")


@pytest.mark.parametrize(
    "paragraph",
    [
        "On Monday, Graham—who had endorsed another candidate—will speak in Ohio.",
        "TRUMP MEETS PUTIN — LIVE UPDATES",
        "UPDATE 2 — Oil prices rose on Monday as traders weighed new sanctions on Iran.",
        "Reuters — the agency said on Monday that it would open a bureau in the city.",
        'PSA—"You have until the end of December to get free museum memberships," the city said.',
        "The minister — who spoke in Rome on Monday — said the deal was close.",
        "However, Putin — unlike his predecessor — has never visited the city.",
    ],
)
def test_newsformat_leaves_dashes_in_sentences_and_headings_alone(paragraph: str):
    assert find_news_format(f"A title\n{paragraph}\n", known).dateline is None
    assert not [s for s in find_news_format(f"A title\n{paragraph}\n", known).spans if s.kind == "dateline"]


def test_newsformat_reads_bylines_and_trailers_as_authors_not_text():
    text = (
        "Russia accuses US of meddling\n"
        "By JANE DOE and JOHN ROE, Associated Press\n"
        "MOSCOW (AP) — Russian Foreign Minister Sergei Lavrov accused Washington of meddling in Syria.\n"
        "Reporting by Denis Pinchuk in Moscow; Additional reporting by Jeff Mason; Editing by Peter Graff\n"
        "Compiled by Anna Berg\n"
        "Associated Press writer Vladimir Isachenkov in Moscow contributed to this report.\n"
        "© 2017 Reuters. All rights reserved.\n"
    )
    news = find_news_format(text, known)
    assert news.authors == ["Jane Doe", "John Roe", "Denis Pinchuk", "Jeff Mason", "Anna Berg"]
    assert "Peter Graff" not in news.authors  # an editor, not an author
    assert [s.kind for s in news.spans] == ["byline", "dateline", "agency", "credit", "credit", "credit", "copyright"]
    assert news.agency == "Associated Press"  # the dateline's credit comes first
    for s in news.spans:
        assert text[s.start : s.end] == s.text


def test_newsformat_byline_of_an_agency_alone_is_a_credit():
    news = find_news_format(
        "Title\nBy The Associated Press\nThe Senate voted on Tuesday to approve the budget.\n", known
    )
    assert [(s.kind, s.value) for s in news.spans] == [("agency", "Associated Press")]
    assert news.authors == [] and news.agency == "Associated Press"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Photo: Angela Merkel greets Emmanuel Macron in Hamburg.", "caption"),
        ("Photograph: Jonas Albrecht/Reuters", "caption"),
        (
            "FILE - In this July 7, 2017, file photo, Donald Trump meets Vladimir Putin. (AP Photo/Evan Vucci, File)",
            "caption",
        ),
        ("Image source, Getty Images", "caption"),
        ("Image caption, Traders at the stock exchange in Karachi", "caption"),
        ("REUTERS/Carlos Barria", "caption"),
        ("Read more: Merkel hosts G20 amid protests", "link"),
        ("RELATED: What to know about the summit", "link"),
        ("Related Topics", "link"),
        ("Advertisement", "link"),
        ("Sign up for our daily newsletter", "promo"),
        ("Follow Jane Doe on Twitter @janedoe.", "promo"),
        ("Updated 3:15 PM ET, Fri July 7, 2017", "timestamp"),
        ("Correction: An earlier version of this story misstated the length of the meeting.", "correction"),
        ("An earlier version of this article misspelled the minister's name.", "correction"),
        ("Editor's note: This story has been updated with comment from the ministry.", "note"),
        ("Copyright 2017 The Associated Press. All rights reserved.", "copyright"),
        ("Contributing: Nicole Gaudiano.", "credit"),
    ],
)
def test_newsformat_finds_page_leftovers(line: str, kind: str):
    text = f"A title\nThe ministry said on Monday that the talks would resume next week in the capital.\n{line}\n"
    assert kinds(text)[-1] == (kind, line)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Updated figures published on Monday showed that inflation rose to 5 percent in June.",
        "Follow the money, investigators told the committee on Tuesday.",
        "More than 200 people were arrested in the capital on Sunday.",
        "Photographers waited outside the court for the verdict.",
        "The minister said the photo had been taken in 2015 (before the war began).",
    ],
)
def test_newsformat_keeps_ordinary_paragraphs(paragraph: str):
    assert kinds(f"A title\n{paragraph}\n") == []


def test_newsformat_credit_inside_a_paragraph():
    text = "A title\nThe two leaders spoke for two hours (Getty Images) and agreed on a ceasefire.\n"
    assert kinds(text) == [("credit", "(Getty Images)")]


def test_newsformat_notes_keep_corrections_and_editors_notes():
    text = (
        "A title\nThe ministry said on Monday that talks would resume.\n"
        "Correction: An earlier version misstated the date.\nEditor's note: Updated with comment.\n"
    )
    assert find_news_format(text, known).notes == [
        "Correction: An earlier version misstated the date.",
        "Editor's note: Updated with comment.",
    ]


def test_newsformat_a_dateline_place_may_be_a_mention_but_never_an_actor():
    text = "A title\nKYIV, Ukraine, July 8 (AP) — Ukraine said it shot down 20 drones.\n"
    news = find_news_format(text, known)
    kyiv = text.index("KYIV")
    ukraine = text.index("Ukraine")
    ap = text.index("AP")
    assert mention_allowed(news, kyiv, kyiv + 4) and mention_allowed(news, ukraine, ukraine + 7)
    assert not mention_allowed(news, ap, ap + 2)
    assert not actor_allowed(news, kyiv, kyiv + 4)
    lead = text.index("Ukraine said")
    assert actor_allowed(news, lead, lead + 7)


def test_newsformat_fills_the_source_only_when_the_input_named_none():
    text = "A title\nMOSCOW (Reuters) - Russia said on Monday it would expel two diplomats.\n"
    news = find_news_format(text, known)
    article = apply_news_format(Article(id="a", text=text), news)
    assert article.source == "Reuters" and article.dateline is not None and article.dateline.name == "Moscow"
    given = apply_news_format(Article(id="b", text=text, source="The Daily Ledger"), news)
    assert given.source == "The Daily Ledger"


def test_newsformat_never_changes_the_text():
    text = "Title\r\n  WASHINGTON (AP) —  President Trump met Putin on Friday in Hamburg.  \n\nBy Jane Doe\n"
    news = find_news_format(text, known)
    assert news.spans
    for s in news.spans:
        assert text[s.start : s.end] == s.text


def test_newsformat_authors_from_the_reader_come_first_and_agencies_are_no_authors():
    text = "A title\nBy Jane Doe\nThe ministry said on Monday that talks would resume next week.\n"
    news = find_news_format(text, known)
    article = apply_news_format(
        Article(id="a", text=text, authors=["Rachel Whitmore", "Associated Press", "Jane Doe"]), news
    )
    assert article.authors == ["Rachel Whitmore", "Jane Doe"]


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("By Katrin Vogel in Hamburg", ["Katrin Vogel"]),
        ("By JANE DOE, AP Diplomatic Writer", ["Jane Doe"]),
        ("By Imran Qureshi, Business reporter", ["Imran Qureshi"]),
        ("By Friday Morning, officials said the talks had failed.", []),
        ("By Tuesday, the two sides had agreed on a ceasefire.", []),
    ],
)
def test_newsformat_bylines_are_names_and_a_newsroom(line: str, authors: list[str]):
    news = find_news_format(f"A title\n{line}\nThe ministry said on Monday that talks would resume next week.\n", known)
    assert news.authors == authors
    assert bool([s for s in news.spans if s.kind == "byline"]) == bool(authors)
