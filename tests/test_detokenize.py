"""Rebuilding printed text from space-joined tokens, and moving offsets with it."""

from __future__ import annotations

from dossier.eval.detokenize import detokenize, respace


def test_detokenize_glues_initials_quotes_times_and_joiners():
    tokens = ["Judge", "Ada", "R", ".", "Quill", "told", "the", "U", ".", "S", ".", "Marshals", "at", "7", ":", "15"]
    tokens += ["p", ".", "m", ".", ",", '"', "we", "'re", "done", '"', ",", "on", "5", "/", "2", "."]
    text, offsets = detokenize(tokens)
    assert text == 'Judge Ada R. Quill told the U.S. Marshals at 7:15 p.m., "we\'re done", on 5/2.'
    assert [text[a:b] for a, b in offsets] == tokens


def test_detokenize_leaves_a_lone_initial_before_a_name_spaced():
    text, _ = detokenize(["Walter", "J", ".", "Ostrow", "left", "."])
    assert text == "Walter J. Ostrow left."


def test_detokenize_joins_a_web_address_whole():
    text, _ = detokenize(["http", ":", "/", "/", "www", ".", "example", ".", "com", "/", "a", "-", "b"])
    assert text == "http://www.example.com/a-b"


def test_detokenize_rejoins_a_site_name_in_running_text():
    text, _ = detokenize(["Read", "it", "on", "People", ".", "com", "."])
    assert text == "Read it on People.com."


def test_respace_maps_every_token_of_every_line():
    old = "Flood hits Millbrook .\nMayor Ina Ruiz 's office ( city hall ) said the U . S . Army came ."
    new, where = respace(old)
    assert new == "Flood hits Millbrook.\nMayor Ina Ruiz's office (city hall) said the U.S. Army came."
    assert len(where) == len(old) + 1
    for token in ("Millbrook", "Ina Ruiz", "'s", "city hall", "U . S . Army", "came"):
        start = old.index(token)
        end = start + len(token)
        assert new[where[start] : where[end]] == token.replace(" . ", ".").replace("U.S.Army", "U.S. Army")
    assert where[len(old)] == len(new)


def test_detokenize_keeps_a_dash_after_a_bracket_spaced():
    tokens = ["Oslo", "(", "Wire", "Service", ")", "-", "Ada", "Quill", "won", "a", "five", "-", "set", "match", "."]
    text, offsets = detokenize(tokens)
    assert text == "Oslo (Wire Service) - Ada Quill won a five-set match."
    assert [text[a:b] for a, b in offsets] == tokens
