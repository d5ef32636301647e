"""Round 181: an organisation's name that ends in a business's own word ("Computer", "Securities", "Hotel",
"Landesbank") is a company's (BUS). The sentences are written for these tests."""

from __future__ import annotations

from dossier.testing.records import analysed, codes_at


def test_round181_names_of_businesses(nlp):
    text = "Nordvik Securities and the Palmyra Hotel were fined on Tuesday, and Kestrel Computer cut 900 jobs."
    analysis = analysed(nlp, text, "2001-05-15")
    assert codes_at(analysis, "Nordvik Securities")[1] == "BUS"
    assert codes_at(analysis, "Palmyra Hotel")[1] == "BUS"
    assert codes_at(analysis, "Kestrel Computer")[1] == "BUS"
