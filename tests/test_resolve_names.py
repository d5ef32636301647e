"""Person names: parsing and the rule that keeps different people apart (no model needed)."""

from dossier.resolve.names import compatible, different_people, parse_person


def test_names_parse_titles_particles_and_suffixes():
    assert parse_person("President Donald J. Trump") == parse_person("Donald J. Trump").__class__(
        first="donald", middle=("j",), surname="trump", title="president"
    )
    assert parse_person("Marine Le Pen").surname == "le pen"
    assert parse_person("Bill de Blasio").surname == "de blasio"
    assert parse_person("Donald Trump Jr.").suffix == "jr"
    assert parse_person("Sen. Ted Cruz").first == "ted"
    assert parse_person("Mr. Trump").full is False


def test_names_same_person_variants_are_compatible():
    p = parse_person
    assert compatible(p("Bill Clinton"), p("William Jefferson Clinton"))
    assert compatible(p("Donald Trump"), p("Donald J. Trump"))
    assert compatible(p("J. Smith"), p("John Smith"))
    assert compatible(p("Alex Padilla"), p("Alexander Padilla"))
    assert compatible(p("Trump"), p("Donald Trump"))
    assert compatible(p("Bettie Marsh"), p("Betty Marsh"))  # spellings of one short form


def test_names_different_people_are_not_compatible():
    p = parse_person
    assert not compatible(p("Bill Clinton"), p("Hillary Clinton"))
    assert not compatible(p("George W. Bush"), p("George H. W. Bush"))
    assert not compatible(p("Donald Trump"), p("Donald Trump Jr."))
    assert not compatible(p("Karen Hobert Flynn"), p("Michael Flynn"))
    assert not compatible(p("Rick Perry"), p("Katy Perry"))
    assert not compatible(p("Kim Jong Un"), p("Jim Yong Kim"))
    assert different_people(["Donald Trump", "Clinton", "Hillary Clinton", "Donald J. Trump"]) == [
        ("Donald Trump", "Hillary Clinton"),
        ("Hillary Clinton", "Donald J. Trump"),
    ]


def test_names_a_given_name_with_a_capital_inside_is_not_a_description():
    # "Footballer" before a known given name is a description; "LuAnn" before one is her own given name
    assert parse_person("Footballer Peter Kovac").first == "peter"
    assert parse_person("LuAnn Marie Johnson").first == "luann"
    assert compatible(parse_person("Luann Johnson"), parse_person("LuAnn Marie Johnson"))
    assert not compatible(parse_person("LaTonya Sharon Brown"), parse_person("Sharon Brown"))
    # an initial before a given name: the person goes by the given name
    assert compatible(parse_person("W. Mark Felt"), parse_person("Mark Felt"))


def test_names_a_place_or_an_organisations_word_is_never_a_mistyped_surname():
    from dossier.resolve.knowledge import Knowledge
    from dossier.resolve.resolver import names_no_person

    kb = Knowledge.load()
    # "London" beside an entity the NER called "Breitbart London" stays the city; "Varga" may be a surname
    assert names_no_person("London", kb) and names_no_person("Idaho", kb)
    assert names_no_person("Administration", kb)
    assert not names_no_person("Varga", kb)


def test_names_an_organisation_is_filed_without_its_legal_form_only_where_a_name_is_left():
    from dossier.resolve.keys import DocEntity, identify
    from dossier.resolve.knowledge import Knowledge

    kb = Knowledge.load()

    def names(name: str) -> set[str]:
        return {k.key for k in identify(DocEntity("e1", name, "ORG", None, (name,)), kb).keys if k.kind == "name"}

    assert {"name:harlow freight group", "name:harlow freight"} <= names("Harlow Freight Group Ltd")
    assert "name:norcastle steel" in names("Norcastle Steel & Co.")
    assert "name:vodafone" in names("Vodafone Group Plc")  # a company the tables know
    # what the NER may have kept of a longer name: "International Corp" is not "International"
    assert names("International Corp") == {"name:international corp"}
    assert names("Bank Plc") == {"name:bank plc"}
    assert "name:ardmore police" in names("Ardmore Police Department")
    assert names("Ardmore Police Federation") == {"name:ardmore police federation"}
    # the initials of the name without its legal form, which an acronym meets ("IBM")
    machines = "Northvale Business Machines Corp"
    keys = {k.key for k in identify(DocEntity("e1", machines, "ORG", None, (machines,)), kb).keys}
    assert "init:nbm" in keys


def test_names_a_two_word_surname_alone_is_the_person_who_bears_it():
    p = parse_person
    assert compatible(p("Wasserman Schultz"), p("Debbie Wasserman Schultz"))
    assert compatible(p("Lopez Obrador"), p("Andres Manuel Lopez Obrador"))
    # a given name before a surname is a first name, not half of a compound surname
    assert not compatible(p("John Smith"), p("Mary John Smith"))
    assert not compatible(p("Wasserman Schultz"), p("Debbie Wasserman Schultz Jr."))
