"""dossier_events on short sentences written for these tests: voice, coordination, light verbs, nominal
events, prepositional targets, modality, negation and denial."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def run(nlp):
    from dossier.api import analyze_text

    def analyse(text: str):
        return analyze_text(text, nlp=nlp)

    return analyse


def only(analysis, etype):
    found = [e for e in analysis.events if e.type == etype]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in analysis.events]
    return found[0]


def name(analysis, entity_id):
    ent = analysis.entity(entity_id)
    return ent.name if ent else None


def test_events_active_voice_source_and_target(run):
    a = run("Chile expelled two Peruvian diplomats on Monday.")
    ev = only(a, "SANCTION")
    assert ev.mode == "expel" and ev.trigger.text == "expelled"
    assert name(a, ev.source) == "Chile"
    assert name(a, ev.target) == "Peru"
    assert ev.certainty == "asserted" and not ev.negated
    assert (ev.quad_class, ev.penta_class, ev.cameo_root) == (3, 3, "16")


def test_events_passive_agent_is_the_source(run):
    a = run("The senator was paid $20,000 by two Canadian firms in 2019.")
    ev = only(a, "AID")
    assert name(a, ev.source) == "Canada"
    assert ev.target is not None and "senator" in name(a, ev.target).lower()


def test_events_coordinated_actors_meet_in_one_event(run):
    a = run("Angela Merkel and Emmanuel Macron met in Paris on Tuesday.")
    ev = only(a, "CONSULT")
    assert {name(a, ev.source), name(a, ev.target)} == {"Angela Merkel", "Emmanuel Macron"}
    assert name(a, ev.place) == "Paris"


def test_events_light_verb_noun_is_the_event(run):
    a = run("Egypt launched an air strike on a camp of the Libyan National Army.")
    ev = only(a, "ASSAULT")
    assert ev.trigger.text == "strike" and ev.mode == "aerial"
    assert name(a, ev.source) == "Egypt"
    assert "Libyan National Army" in name(a, ev.target)


def test_events_held_discussions_with(run):
    a = run("Mary Jones held discussions with Japan about fishing rights.")
    ev = only(a, "CONSULT")
    assert name(a, ev.source) == "Mary Jones"
    assert name(a, ev.target) == "Japan"


def test_events_nominal_event_with_of_object(run):
    a = run("The kidnapping of Pedro Alvarez shocked Bolivia.")
    ev = only(a, "ASSAULT")
    assert ev.mode == "abduct"
    assert name(a, ev.target) == "Pedro Alvarez"


def test_events_prepositional_target(run):
    a = run("Tom Baker negotiated new gas contracts with Norway.")
    ev = only(a, "CONSULT")
    assert name(a, ev.source) == "Tom Baker" and name(a, ev.target) == "Norway"


def test_events_pronoun_source_resolves_to_its_entity(run):
    a = run("Maria Silva became mayor last year. She approved the sanctions against Venezuela.")
    ev = next(e for e in a.events if e.trigger.text == "approved")
    assert name(a, ev.source) == "Maria Silva"


def test_events_will_meet_is_planned(run):
    a = run("Kenya's president will meet Ethiopia's prime minister next week.")
    ev = only(a, "CONSULT")
    assert ev.certainty == "planned"


def test_events_future_aid_is_an_agreement(run):
    a = run("Sweden is willing to provide loans to Ukraine.")
    assert any(e.type == "AGREE" and e.certainty == "planned" for e in a.events)


def test_events_negation(run):
    a = run("Portugal did not attack Spain.")
    ev = only(a, "ASSAULT")
    assert ev.negated


def test_events_refusal_of_a_future_concession_is_a_rejection(run):
    a = run("Cuba will not lift the sanctions on Panama.")
    assert [e.type for e in a.events] == ["REJECT"]


def test_events_denial_by(run):
    a = run("The report, denied by Oleg Petrov, described a secret deal.")
    ev = next(e for e in a.events if e.trigger.text == "denied")
    assert ev.type == "REJECT" and name(a, ev.source) == "Oleg Petrov"
    assert ev.penta_class == 0  # a denial of a claim is a statement, not a conflict


def test_events_reported_event_keeps_its_own_source(run):
    a = run("The agencies stated that Kim Jong Un had ordered the attack on South Korea.")
    ev = next(e for e in a.events if e.type == "ASSAULT")
    assert name(a, ev.source) == "Kim Jong Un"
    assert ev.certainty == "reported"


def test_events_alleged_attack(run):
    a = run("Inspectors visited the site of the alleged chemical attack on Douma.")
    ev = next(e for e in a.events if e.type == "ASSAULT")
    assert ev.mode == "unconventional" and ev.certainty == "alleged"


def test_events_conditional(run):
    a = run("Iran will attack Israel if the embargo continues.")
    ev = only(a, "ASSAULT")
    assert ev.certainty in {"conditional", "planned"}


def test_events_modal_demand_under_a_report_verb(run):
    a = run("Germany says Turkey must release the journalists.")
    ev = next(e for e in a.events if e.type == "REQUEST")
    assert name(a, ev.source) == "Germany" and name(a, ev.target) == "Turkey"


def test_events_main_event_is_nearest_the_root(nlp):
    from dossier.analysis import make_doc
    from dossier.models import Article, Offsets
    from dossier.nlp.components.events import main_event

    doc = nlp(make_doc(nlp, Article(id="t", text="Brazil condemned the bombing of the embassy in Lima.")))
    ev = main_event(doc, doc._.events, Offsets(0, len(doc.text)))
    assert ev.type == "ACCUSE"
    doc = nlp(make_doc(nlp, Article(id="t", text="Chile expressed concern about the attack on Bolivia.")))
    assert main_event(doc, doc._.events, Offsets(0, len(doc.text))) is None


def test_events_same_entity_is_never_source_and_target(run):
    a = run("France criticised France's own record, and Paris attacked Paris in the press.")
    for ev in a.events:
        assert ev.source is None or ev.source != ev.target


def test_events_evidence_spans_are_in_the_text(run):
    a = run("Rebels freed three hostages in Mali, and Mali thanked them.")
    text = a.article.text
    assert a.events
    for ev in a.events:
        assert text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert ev.sentence.start <= ev.trigger.start < ev.trigger.end <= ev.sentence.end
        for span in (ev.source_span, ev.target_span):
            if span is not None:
                assert text[span.start : span.end] == span.text


def test_events_time_is_the_expression_governing_the_clause(nlp):
    from dossier.analysis import make_doc
    from dossier.models import Article, TimeExpr
    from dossier.nlp.components.events import extract_events
    from dossier.nlp.components.events_lexicon import PloverLexicon

    text = "On May 3, Chile expelled two diplomats, a year after Peru had arrested its consul in 2019."
    doc = nlp(make_doc(nlp, Article(id="t", text=text)))
    may = text.index("May 3")
    y2019 = text.index("2019")
    doc._.times = [
        TimeExpr("t1", may, may + 5, "May 3", "DATE", "2024-05-03"),
        TimeExpr("t2", y2019, y2019 + 4, "2019", "DATE", "2019"),
    ]
    events = {e.trigger.text: e for e in extract_events(doc, PloverLexicon.load())}
    assert events["expelled"].time.value == "2024-05-03"
    assert events["arrested"].time.value == "2019"


def test_events_concession_done_is_material_cooperation_intention_verbal(run):
    # PentaClass aggregates CAMEO roots: a concession made is a yielding act (CAMEO 08, class 2), a
    # promise to make one an intention (CAMEO 035, class 1); PLOVER's CONCEDE is verbal either way
    done = only(run("The Chilean miners' union called off its strike against Codelco."), "CONCEDE")
    assert (done.quad_class, done.penta_class, done.cameo_root) == (1, 2, "08")
    planned = only(run("The Chilean miners' union will call off its strike against Codelco."), "CONCEDE")
    assert planned.certainty == "planned"
    assert (planned.quad_class, planned.penta_class, planned.cameo_root) == (1, 1, "03")


def test_events_assent_to_a_proposition_is_an_opinion_not_an_agreement(nlp, run):
    from dossier.analysis import make_doc
    from dossier.models import Article
    from dossier.nlp.components.events import STATEMENT_ARGS_KEY

    text = "The Canadian government agreed with the Senate that the law should be changed."
    doc = nlp(make_doc(nlp, Article(id="s", text=text)))
    assert not [e for e in doc._.events if e.type == "AGREE"]
    source, _, target, _ = doc.user_data[STATEMENT_ARGS_KEY][0]
    assert "Canadian" in source.text and target.text == "Senate"
    assert any(e.trigger.text == "agreed" for e in run("Canada and Mexico agreed on a new trade deal.").events)
    assert any(e.type == "AGREE" for e in run("Canada agreed to resign from the commission.").events)


def test_events_calling_on_someone_is_an_appeal_calling_someone_a_phone_call(run):
    appeal = only(run("The union called on Mexican leaders to raise wages."), "REQUEST")
    assert (appeal.cameo_root, appeal.penta_class) == ("02", 0)
    call = only(run("Justin Trudeau called his Mexican counterpart on Monday."), "CONSULT")
    assert call.mode == "phone"
