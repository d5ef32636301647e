"""A member of a royal house that holds no office of government, other than the reigning monarch, is of CAMEO's
elite (ELI), not the government the agents dictionary reads "prince" as: Cambodia's restored monarchy and Bhutan's
among them since session 54. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dossier.testing.records import analysed, codes_at


@pytest.mark.parametrize(
    ("text", "date", "name"),
    [
        ("Prime Minister Hun Sen said a throne council would choose the next king, with Prince Norodom Sihamoni "
         "seen as the favourite.", "2004-10-07", "Norodom Sihamoni"),
        ("The king told crowds in Thimphu that he would hand the throne to Crown Prince Jigme Khesar Namgyel "
         "Wangchuck in two years.", "2005-12-17", "Jigme Khesar Namgyel Wangchuck"),
    ],
)  # fmt: skip
def test_a_prince_of_a_house_that_holds_no_office_is_of_the_elite(nlp, text, date, name):
    assert codes_at(analysed(nlp, text, date), name)[1] == "ELI"
