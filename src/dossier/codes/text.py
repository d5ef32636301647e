"""Reading the words around a mention: the title run before a name ("Chinese President" Xi Jinping), the
group noun after a demonym ("Syrian" rebels), a name that stands for a government ("Moscow", "the Kremlin")."""

from __future__ import annotations

import re
from collections.abc import Container
from functools import cache

from dossier.codes.codebook import (
    FORMER_WORDS,
    LEXICON_DIR,
    OUSTER_WORDS,
    PLACE_AFTER_OF,
    Codebook,
    _key,
    code_words,
    countries,
    ouster_adjective,
    us_state_names,
    words_of,
)
from dossier.resolve.names import club_city, entity_words

FORMER = FORMER_WORDS


# the prefixes of a compound that says what an office fights ("French anti-terrorism judge| Jean-Louis Bruguiere",
# "counter-narcotics chief"): a word of a title run
AGAINST_PREFIXES = ("anti-", "counter-", "counterterrorism", "counternarcotics")


def title_run(text: str, start: int, max_words: int) -> tuple[str, int] | None:
    """The run of title words right before a name, in its clause ("Chinese President " before "Xi Jinping";
    "Brazil's " before "Supreme Court"): capitalised words, title nouns, "of", "former"; (words, start).
    Title words and abbreviations are word lists of ``data/lexicons/codes/``."""
    window = text[max(0, start - 120) : start]
    if window and not window[-1].isspace():
        return None
    tokens = window.split()
    abbreviations, title_words = code_words("abbreviations.txt"), code_words("title_words.txt")
    taken: list[str] = []
    possessor = False  # a country's possessive read: "and" before it joins another actor's words
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.lower()
        if len(taken) >= max_words or tok[-1] in ',;:!?"“”()' or (tok.endswith(".") and low not in abbreviations):
            break
        if possessor and low == "and":
            break  # "Cuba's Isidoro Malmierca and| South Africa's Pik Botha": Botha's run is South Africa's
        if (
            low == "and"
            and i > 1
            and tokens[i - 2] == "of"
            and tokens[i - 1][:1].isupper()
            and taken
            and taken[-1][:1].isupper()
            and taken[-1].lower().rstrip(".") in title_words
        ):
            # "President Abdou Diouf of Senegal and| President Dawda Jawara": a title after "of <place> and" opens
            # another's run ("Minister of Defence and Security" goes on: no title after "and")
            break
        if (
            low == "and"
            and i > 0
            and tokens[i - 1][:1].islower()
            and any(t[:1].isupper() and t.lower().rstrip(".") in title_words for t in taken)
        ):
            # "Yulia Tymoshenko, the former prime minister and| President Viktor Yanukovich's rival": the lower-case
            # role before "and" is another's apposition, when a title of this name's own follows it ("Prime Minister
            # and Foreign Minister X" is one run; so is "Former House speaker and Ohioan John Boehner")
            break
        bare = low.rstrip(".").removesuffix("'s").removesuffix("’s")
        if not (tok[0].isupper() or bare in title_words or bare.startswith(AGAINST_PREFIXES)):
            break
        if bare in OUSTER_WORDS and not ouster_adjective(tokens, i):
            break  # "Colonel Saye Zerbo ousted| President Sangoule Lamizana": the ouster's verb, not a lost office
        possessor = possessor or low.endswith(("'s", "’s"))
        taken.append(tok)
    while taken and taken[-1].lower() in ("the", "of", "and", "for"):
        taken.pop()  # a run never starts with a function word
    if not taken or taken[0].lower() in ("and", "or"):
        return None  # nor ends with a conjunction: "Andres Rodriguez of Paraguay and| Luis Alberto Lacalle"
    words = " ".join(reversed(taken))
    at = text.rfind(words, max(0, start - 120), start)
    return (words, at) if at >= 0 else None


# two full names, a title word allowed before the second: "Sheikh Hasina and Khaleda Zia", "Khaleda Zia and
# Sheikh Hasina" (bare surnames are left out: "the delegates| Clinton and Sanders had won")
PAIR_FIRST = re.compile(r"\s+and\s+(?:[A-Z][\w.]*\s+)?[A-Z][\w.'’-]*\s+[A-Z]")
PAIR_SECOND = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s+and\s+(?:[A-Z][\w.]*\s+)?$")


def plural_title_of_pair(text: str, start: int, end: int, book: Codebook) -> tuple[str, int, str] | None:
    """The plural title two coordinated names share ("the opposition leaders| Sheikh Hasina and Khaleda Zia",
    "Democratic Senators| Bernie Sanders and Elizabeth Warren"), read in the singular for each: the run of
    title and role words right before the first name, ending in a plural whose singular ends a role phrase of
    the agents dictionary. (words as written, start, sector); None when the name is no conjunct of a pair."""
    first = start
    if len(text[start:end].split()) < 2:
        return None
    if not PAIR_FIRST.match(text, end):
        second = PAIR_SECOND.search(text[max(0, start - 80) : start])
        if second is None:
            return None
        first = max(0, start - 80) + second.start(1)
    window = text[max(0, first - 80) : first]
    if not window or not window[-1].isspace():
        return None
    titles, vocabulary = code_words("title_words.txt"), book.agent_words()
    taken: list[str] = []
    for tok in reversed(window.split()):
        if len(taken) >= 5 or tok[-1] in ',;:!?"“”()':
            break
        bare = tok.lower().rstrip(".")
        singular = bare[:-1] if bare.endswith("s") and not bare.endswith("ss") else bare
        if not taken and singular == bare:
            return None  # the head of the run must be a plural: "leaders", "Senators"
        if bare in ("the", "a", "an") or not (tok[0].isupper() or singular in titles or singular in vocabulary):
            break
        taken.append(tok)
    if not taken:
        return None
    head = taken[0].lower().rstrip(".")
    words = " ".join(reversed(taken))
    singular_words = " ".join([*(reversed(taken[1:])), head[:-1]])
    sector = book.sector_ending(singular_words)
    at = text.rfind(words, max(0, first - 80), first)
    return (words, at, sector) if sector and at >= 0 else None


# a country's contingent of a mission ("Australian peacekeepers", "Nigerian peacekeeping troops"): its armed forces,
# where the mission's own are an international body's (Phoenix's "peacekeeping troops" IGO)
CONTINGENTS = {"peacekeepers": "MIL", "peacekeeper": "MIL", "peacekeeping troops": "MIL", "peacekeeping force": "MIL"}


# a second people's or country's word joined to the first before the group both modify ("Christian| and Muslim|
# militias")
PAIRED_MODIFIER = re.compile(r"\s+(?:and|or)\s+[A-Z][\w'’-]*(?=\s+[a-z])")


# the sectors of a state's people and bodies: its officials, forces, police, spies, courts and legislators
PUBLIC_SECTORS = frozenset({"GOV", "LEG", "JUD", "MIL", "COP", "SPY"})
# the arms a state's forces are named by ("American cruise missiles", "Soviet tanks", "Israeli warplanes"): a
# presence of its forces where they are sent or sold, not the scene of its own country; not its ships, whose
# crews are its own ("opened fire on South Korean warships, killing four sailors")
WEAPON_NOUNS = frozenset({
    "missile", "missiles", "rocket", "rockets", "tank", "tanks", "warplane", "warplanes", "jet", "jets", "bomber",
    "bombers", "drone", "drones", "helicopter", "helicopters", "gunship", "gunships", "aircraft", "artillery",
    "weapons", "arms",
})  # fmt: skip


def weapons_after(text: str, end: int) -> bool:
    """Whether a country's name or demonym ending at ``end`` names arms ("American| cruise missiles", "Soviet| T-72
    tanks"): one to three words, the last a weapon's noun, before any punctuation."""
    words = []
    for tok in text[end : end + 50].split()[:3]:
        words.append(tok.strip(',.;:!?"”()').lower())
        if words[-1] in WEAPON_NOUNS:
            return True
        if tok[-1] in ',.;:!?"”)':
            break
    return False


def group_after(text: str, end: int, book: Codebook, national: bool = False) -> str | None:
    """The sector of the group a country name or demonym modifies: "Syrian| rebels" -> REB, "US| troops" ->
    MIL, "Syrian| government forces" -> MIL, "Brazil|'s Senate" -> LEG (an agents phrase starting at one of
    the next two words). ``national``: after one country's name or demonym, whose mission contingent is its armed
    forces ("Australian peacekeepers": ``CONTINGENTS``), where a region's is a mission's ("West African
    peacekeepers")."""
    tail = text[end : end + 60]
    if tail[:2] in ("'s", "’s"):
        tail = tail[2:]  # "Brazil's Senate", "Russia's army"
    if not tail[:1].isspace():
        return None
    paired = PAIRED_MODIFIER.match(tail)
    if paired:
        tail = tail[paired.end() :]  # "Christian| and Muslim militias", "Hema| and Lendu militias": both peoples'
    words = []
    for tok in tail.split()[:4]:
        stop = tok[-1] in ',.;:!?"”)'
        words.append(tok.strip(',.;:!?"”()'))
        if stop:
            break
    lowered = [w.lower() for w in words]
    best = None
    # a group one word on is the name's only past a modifier ("Syrian| government forces"), not past a verb the
    # country does ("Germany| sent investigators": the government sent them; it is no police); two words on past
    # "first" or "new" ("Italy's first woman prime minister": GOV, not the woman's CVL)
    for i in range(
        1
        if lowered[:1] and lowered[0] in VERBS_ON_GROUPS
        else min(3 if lowered[:1] in (["first"], ["new"]) else 2, len(lowered))
    ):
        for j in range(len(lowered), i, -1):
            phrase = " ".join(lowered[i:j])
            sector = (CONTINGENTS.get(phrase) if national else None) or book.agents.get(phrase)
            if national and i == 0 and phrase == "agents":
                sector = "SPY"  # "Turkish| agents", "North Korean| agents": a state's secret agents (not "FBI agents")
            if sector:
                if best is None or j - i > best[0]:
                    best = (j - i, sector)
                break
    return best[1] if best else None


# verbs of saying and of stating a position (CAMEO's statements, appeals, demands, accusations, rejections): a
# country that does one of these is its government speaking ("Saudi Arabia admitted", "Syria denied"), as a
# capital is ("Moscow said"); a country that fires, orders or cuts ties is left as the country (the gold's
# convention: "North Korea fired two missiles" has no sector)
STATEMENT_VERBS = {
    "said", "says", "told", "stated", "announced", "admitted", "acknowledged", "denied", "denies",
    "accused", "accuses", "blamed", "condemned", "condemns", "criticised", "criticized", "warned", "warns",
    "threatened", "rejected", "rejects", "demanded", "demands", "urged", "urges", "insisted", "confirmed",
    "protested", "welcomed", "welcomes", "praised", "vowed", "pledged", "declared", "complained", "claimed",
    "replied", "responded", "appealed", "asked", "called",
}  # fmt: skip
# words that may stand between a subject and its verb: auxiliaries, adverbs, a day ("Syria on Monday denied")
BEFORE_VERB = {"has", "had", "have", "also", "again", "later", "then", "publicly", "officially", "formally", "on"}
WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# words before a country's name that make it no subject: a place ("in Syria"), an object ("talks with Iran")
BEFORE_SUBJECT = {
    "in", "into", "to", "from", "of", "at", "on", "for", "with", "against", "by", "across", "inside", "throughout",
    "near", "over", "toward", "towards", "about", "between",
}  # fmt: skip


# verbs of a state's acts, past tense: a country their subject acts as its government ("Saudi Arabia expelled the
# ambassador", "Iran and Iraq had agreed to a ceasefire", "The United States, Britain and France fired missiles")
ACT_VERBS = {
    "agreed", "accepted", "signed", "ratified", "launched", "fired", "expelled", "recalled", "imposed", "lifted",
    "sent", "deployed", "seized", "captured", "arrested", "detained", "released", "freed", "withdrew", "suspended",
    "severed", "closed", "recognised", "recognized", "joined", "refused", "voted", "voting", "approved", "ordered",
    "banned", "blocked", "froze", "restored", "resumed", "halted", "struck", "attacked", "bombed", "invaded",
    "annexed", "sanctioned", "requested", "sought", "offered", "promised", "retaliated", "mobilised",
    "mobilized", "tested", "downed", "deported", "extradited", "granted", "boycotted", "vetoed", "abstained",
    "negotiated", "proposed", "pledged", "signalled", "signaled", "threatened", "agrees", "signs", "funded",
    "cut", "financed", "armed", "backed", "executed", "hanged", "jailed", "sentenced", "summoned", "raided",
    "shelled", "sued", "hosted", "evacuated", "nationalised", "nationalized", "devalued", "brokered", "mediated",
}  # fmt: skip
# verbs a country does to a group, which may stand between its name and the group's noun ("Germany| sent
# investigators": no police of Germany's), beside those of a state's acts and statements
VERBS_ON_GROUPS = ACT_VERBS | STATEMENT_VERBS | {
    "send", "sends", "dispatch", "dispatches", "dispatched", "deploy", "deploys", "order", "orders", "recall",
    "recalls", "expel", "expels", "arrest", "arrests", "withdraw", "withdraws", "rush", "rushes", "rushed", "flew",
    "trained", "trains", "backs", "helped", "helps", "hosts", "frees", "releases", "detains", "killed", "kills",
}  # fmt: skip
# modal verbs: the base verb after one is a finite act of its subject ("China would take all measures")
MODALS = {"would", "will", "could", "should", "must", "may", "might", "can", "cannot", "shall"}
NEGATED_MODALS = {"won't", "wouldn't", "can't", "couldn't", "shouldn't", "mustn't", "shan't"}
# verbs whose subject undergoes or contests rather than acts: a country their subject is its land, its economy or
# its team ("Japan suffered its worst earthquake", "Brazil lost to Germany 7-1", "China grew 7 percent"), in the
# past and as the base form after a modal ("Russia will face a harsh winter", "Greece might not survive")
UNDERGOING = {
    "suffered", "experienced", "endured", "faced", "saw", "lost", "won", "beat", "defeated", "drew", "tied",
    "qualified", "scored", "finished", "grew", "shrank", "contracted", "slowed", "recorded", "posted",
    "weathered", "survived", "roasted", "sweltered", "shivered", "batted", "bowled", "trailed", "topped",
    "ranked", "remained", "fell",
}  # fmt: skip
UNDERGOING_BASE = {
    "suffer", "experience", "endure", "face", "see", "lose", "win", "beat", "defeat", "draw", "qualify", "score",
    "finish", "grow", "shrink", "contract", "slow", "record", "post", "weather", "survive", "remain",
    "need", "get", "become", "fall", "play", "trail", "rank", "recover", "expect",
}  # fmt: skip
# the past tense of common irregular verbs, which no "-ed" shows ("Finland became", "India flew in teams")
IRREGULAR_PAST = {
    "became", "began", "bought", "brought", "built", "came", "chose", "drew", "drove", "fell", "fought", "flew",
    "forbade", "forgave", "gave", "got", "grew", "held", "hid", "hit", "kept", "knew", "led", "left", "lent",
    "lost", "made", "meant", "met", "overcame", "overtook", "paid", "put", "ran", "rose", "sank", "saw", "sent",
    "shot", "shut", "sold", "spent", "stood", "stole", "swore", "took", "threw", "told", "tore", "undertook",
    "upheld", "went", "withdrew", "withheld", "won", "wrote", "struck", "sought", "set", "said", "froze", "broke",
    "beat", "bore", "oversaw", "rebuilt", "dealt", "sat", "spoke", "stuck", "swept",
    "undercut", "cut", "bid", "cast", "quit", "spread", "shed", "upset", "overrode", "forwent", "foresaw",
}  # fmt: skip
# ... of which the simple past is no participle: never an adjective before a noun ("Belgium flew paratroopers",
# "India took control"; "refined" or "held" may be one: "U.S. refined production")
SIMPLE_PAST = {
    "became", "began", "came", "chose", "drew", "drove", "fell", "forbade", "forgave", "gave", "knew", "rose",
    "ran", "sank", "stole", "swore", "took", "threw", "tore", "went", "withdrew", "wrote", "froze", "broke",
    "spoke", "overtook", "undertook", "overcame", "flew", "overrode", "forwent", "foresaw", "oversaw",
}  # fmt: skip
# verbs of saying or pressing whose object is a state ("blamed Syria", "asked Australia and New Zealand to send
# troops", "urged Iran"): the country so addressed is its government too
ADDRESS_VERBS = {
    "blamed", "accused", "asked", "urged", "warned", "pressed", "sanctioned", "criticised", "criticized",
    "condemned", "thanked", "invited", "pressured", "lobbied", "implored", "petitioned", "punish", "punished",
    "ordered",
    "defying", "defied", "rewarded", "reward",
    # the same in "-ing", heading a clause or phrase that addresses the state ("a speech attacking Israel"), and
    # an attack's past ("attacked Israel")
    "blaming", "accusing", "urging", "warning", "pressing", "criticising", "criticizing", "condemning",
    "attacking", "attacked", "thanking", "inviting", "pressuring", "lobbying", "punishing", "sanctioning",
    # an international body's acts on a member state ("admitted Myanmar and Laos", "to suspend Honduras",
    # "banned Russia from the Olympics", "referred Iran to the Security Council", "agreed to lend Brazil")
    "admitted", "admit", "suspended", "suspend", "expelled", "expel", "readmitted", "readmit", "banned", "ban",
    "barred", "bar", "referred", "refer", "lend", "lent",
}  # fmt: skip
# nouns of what a state does, before "from" and the state ("rebukes from Greece", "help from New Zealand")
ACTS_FROM = {
    "help", "aid", "assistance", "support", "backing", "funding", "loans", "pressure", "rebukes", "rebuke",
    "criticism", "condemnation", "protests", "protest", "objections", "warnings", "warning", "threats", "demands",
    "calls", "appeals", "offers", "pledges", "pledge", "requests", "complaints", "opposition", "recognition",
}  # fmt: skip
# what a lender or donor grants a state, before "to" or "for" and the state ("a credit to Bangladesh", "loans to
# Greece", "a bailout for Sri Lanka"), and the arms one state sells another ("spare parts for Iran")
GRANTS_TO = {
    "loan", "loans", "credit", "credits", "grant", "grants", "bailout", "aid", "assistance", "debt", "arms",
    "weapons", "parts",
}  # fmt: skip
# relations one state has with another, before "with" and the state ("cut diplomatic ties with Qatar", "a
# standoff with Mexico", "peace talks with Israel"); not a border or trade, which a land has
RELATIONS_WITH = {
    "ties", "relations", "talks", "negotiations", "standoff", "dispute", "row", "war", "conflict", "agreement",
    "deal", "treaty", "accord", "pact", "alliance", "rift", "spat", "feud", "truce", "ceasefire", "cease-fire",
    "tensions", "rapprochement", "hostility", "hostilities", "reconciliation", "peace", "cooperation",
    "friendship", "normalisation", "normalization", "confrontation", "enmity", "contacts", "links", "dialogue",
}  # fmt: skip
# a state's acts against another, before "against" and the state ("the use of force against Iraq", "a case
# against Myanmar", "military action against Iran")
ACTS_AGAINST = {
    "force", "action", "war", "strikes", "attack", "attacks", "campaign", "retaliation", "measures", "aggression",
    "offensive", "case", "resolution", "revenge", "reprisals",
}  # fmt: skip
# verbs that stop a state doing something ("blocked Britain from deporting", "barred Turkey from buying"): the state
# so stopped is the one that acts, its government
STOP_VERBS = {"blocked", "barred", "banned", "prevented", "stopped", "forbade", "prohibited", "blocking", "barring"}
FROM_DOING = re.compile(r"\s+from\s+[a-z]+ing\b")
BE_FORMS = {"is", "are", "was", "were"}
# "with" opening an absolute clause after a comma (", with| Saudi Arabia| accepting"), not a relation's ("its border
# with Syria stretching 900 km", "the match with Brazil starting at 8 pm")
ABSOLUTE_WITH = re.compile(r",\s+with\s+(?:the\s+)?(?:(?:[A-Z][\w.’'-]*,?|and)\s+){0,8}\Z")
# what is aimed at a state, before "at" and the state ("missiles at Israel", "fired rockets at")
AIMED_AT = {"missiles", "rockets", "drones", "shells", "bombs", "fire", "fired", "firing", "aimed", "directed"}
# what a state asks or offers, before "of" and the state ("at the request of the United States", "at the
# invitation of Egypt")
# (and the governments a country's name stands for: "peace agreements with the governments of| Malaysia and| Thailand")
ACTS_OF = {"request", "behest", "invitation", "urging", "insistence", "initiative", "government", "governments"}
# participles a state is the subject of in the passive, addressed or acted on as a state ("Iran was allowed to
# raise output", "Russia was banned from", "Honduras was suspended")
ADDRESSED_PASSIVE = {
    "allowed", "permitted", "asked", "told", "ordered", "urged", "invited", "accused", "banned", "barred",
    "suspended", "expelled", "admitted", "sanctioned", "warned", "pressed", "granted", "offered", "awarded",
    "promised", "excluded", "readmitted", "blamed",
}  # fmt: skip
# participles after "has", "had" or "have" that no "-ed" shows ("China, its biggest creditor, had given")
IRREGULAR_PARTICIPLE = {
    "given", "taken", "written", "shown", "done", "known", "chosen", "driven", "spoken", "broken", "frozen",
    "stolen", "sworn", "thrown", "torn", "withdrawn", "drawn", "flown", "begun", "gone", "forbidden", "forgiven",
    "undertaken", "overtaken", "withheld", "upheld", "sent", "sought", "struck", "made", "paid", "sold", "lent",
}  # fmt: skip
# a state at war: "declared that Israel was at war", "Russia is at war with"
AT_WAR = re.compile(r"\s+(?:is|was|has\s+been|had\s+been|remains|remained)\s+(?:now\s+|still\s+)?at\s+war\b")
# measures one state takes against another ("sanctions on North Korea", "an embargo against Cuba")
SANCTIONS = {"sanctions", "embargo", "embargoes", "tariffs", "blockade"}
# participles that after "has" or "have" are as often adjectives of the noun after them ("has limited resources",
# "has advanced missiles", "has skilled workers")
PARTICIPLE_ADJECTIVES = {
    "limited", "advanced", "developed", "mixed", "skilled", "armed", "organised", "organized", "detailed",
    "experienced", "qualified", "established", "reduced", "increased", "expanded", "improved", "sophisticated",
    "complicated", "varied", "added", "extended", "enriched", "guided", "unlimited", "untapped", "proven", "dedicated",
}  # fmt: skip
# words that open what a verb governs, which no adjective is followed by ("became a member", "flew in teams")
AFTER_VERB = {
    "the", "a", "an", "to", "in", "on", "at", "of", "for", "with", "from", "into", "its", "his", "her", "their",
    "our", "it", "him", "them", "that", "this", "these", "those", "as", "over", "against", "no", "all", "some",
    "any", "more", "up", "out", "down", "back", "off", "away", "about", "after", "before", "under", "through",
    "across", "not", "also", "again", "between",
    # a number or a quantity ("flew hundreds of troops", "expelled two diplomats")
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands",
    "millions", "billions", "tens", "scores", "several", "both",
    # the relations a state's act ends or opens ("Taiwan ended diplomatic relations", "switched diplomatic
    # recognition"): no production a name's modifier describes
    "diplomatic",
}  # fmt: skip
# a reporting clause after a name, inverted after a quotation or a clause ("..., Iran said."; "Iran said on Monday")
REPORTED_BY = re.compile(r"\s+(?:said|says|reported|announced|added)(?:\s+on\s+[A-Z][a-z]+day)?\s*[,.;]")
# an apposition set off by commas between a country and its verb: "China|, its closest ally,| said"
# (or one it once was or now is: "Japan|, once the country's biggest aid donor,| said")
SUBJECT_APPOSITION = re.compile(
    r",\s+(?:(?:once|now|long|formerly)\s+)?(?:its|their|the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3},\s"
)
# a non-restrictive relative clause right after a name, whose subject the name is ("Russia, which granted")
WHICH_AFTER = re.compile(r",\s+(which|whose)\s+")
# a relative clause set off by commas between a country and its verb ("India|, where she has lived,| said")
RELATIVE_ASIDE = re.compile(r",\s+(?:which|where|whose|who)\s+[^,;.]{1,80},\s")
# ... or an aside that counts a list of states among others: "Brazil and the United States|, two of the four
# guarantors of a 1942 border treaty,| promised"
COUNTED_ASIDE = re.compile(r",?\s+(?:two|three|four|both|all|each|one)\s+of\s+[^,;.]{1,80},\s")
# a list of names after a country's ("..., Britain and France"), which the verb of them all follows
LIST_OF_NAMES = re.compile(r"(?:,?\s+(?:and\s+)?(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})*,?(?=\s)")


def country_speaks(text: str, start: int, end: int) -> bool:
    """Whether the country named at text[start:end] is the subject of a verb of saying or stating ("Saudi
    Arabia admitted", "Syria on Monday denied", "the United States has accused"): its government speaking.
    Not a place ("officials in Syria said"), nor a possessive ("Syria's"), whose verb is not right after it."""
    return _country_subject(text, start, end, STATEMENT_VERBS)


def country_acts(text: str, start: int, end: int) -> bool:
    """Whether the country named at text[start:end] acts as a state: the subject of a verb of saying or of a
    state's act, or of any verb in the past or after a modal, alone or in a list of names ("Saudi Arabia
    expelled", "The United States, Britain and France fired", "Iran and Iraq had agreed", "Finland became",
    "China would take"), of a relative clause about it or its head ("Russia, which granted him asylum", "Turkey,
    whose president warned"), the agent of such an act ("captured by Russia"), or the one a verb of saying or
    pressing addresses ("blamed Syria", "asked Australia and New Zealand"). Not a place ("in Syria", "fled
    Syria"), nor a possessive, nor the land, economy or team a verb of undergoing or of a contest has for subject
    ("Japan suffered its worst earthquake", "Brazil lost to Germany")."""
    if _country_subject(text, start, end, STATEMENT_VERBS | ACT_VERBS, lists=True, any_act=True):
        return True
    if AT_WAR.match(text, end) or _addressed_passive(text, end):
        return True
    if REPORTED_BY.match(text, end) and text[:start].rstrip().endswith((",", '"', "”")):
        return True  # "... pushed into the province of Khuzestan, Iran said,": the reporting clause's speaker
    listed = LIST_OF_NAMES.match(text, end)
    aside = RELATIVE_ASIDE.match(text, end) or COUNTED_ASIDE.match(text, listed.end() if listed else end)
    lead = text[max(0, start - 20) : start].split()
    subject = not (lead and lead[-1].lower().strip(",;:") in BEFORE_SUBJECT)
    if (
        aside
        and subject
        and _verb_first(text[aside.end() : aside.end() + 60].split(), STATEMENT_VERBS | ACT_VERBS, True)
    ):
        return True  # "India|, where she has lived since fleeing Dhaka,| said": the verb past a relative clause
    which = WHICH_AFTER.match(text, end)
    if which:
        # "fled to Russia, which granted him asylum", "Turkey, whose president warned": the state acts in the
        # clause about it, or its head does for it
        words = text[which.end() : which.end() + 80].split()
        if which[1] == "whose":
            words = _past_head(words)
        if words and _verb_first(words, STATEMENT_VERBS | ACT_VERBS, True):
            return True
    if text[end : end + 2] in ("'s", "’s"):
        # the possessor of a state's act is the state that acts ("answering India's nuclear tests", "to win
        # Sudan's acceptance"); of anything else it is not the one acted on or the agent: "suspended Sudan's
        # membership", "struck by Croatia's worst floods"
        return _act_possessed(text[end + 2 : end + 50].split())
    before = text[max(0, start - 40) : start].split()
    if before and before[-1].lower() in ("neighbouring", "neighboring"):
        before = before[:-1]  # "asked neighbouring Senegal to send soldiers"
    if before and before[-1].lower() == "the":
        before = before[:-1]
    # the first of a list is what the verb before the list addresses: "asked Australia and| New Zealand"
    while len(before) >= 2 and (before[-1].lower() == "and" or before[-1].endswith(",")) and before[-2][:1].isupper():
        before = before[:-2] if before[-1].lower() == "and" else before[:-1]
        while before and before[-1][:1].isupper() and before[-1].lower() not in ADDRESS_VERBS:
            before = before[:-1]
        if before and before[-1].lower() == "the":
            before = before[:-1]  # "between the United States and| China"
    if before and before[-1].lower().strip(",;:") in ADDRESS_VERBS:
        return True
    if before and before[-1].lower() in STOP_VERBS and FROM_DOING.match(text, end):
        return True  # "blocked Britain from deporting Abu Qatada": the state stopped from an act
    if DEMANDED_THAT.search(text, max(0, start - 50), start) and re.match(r"\s+[a-z]", text[end : end + 3]):
        return True  # "demanded on Friday that| Morocco| withdraw its soldiers": the state a demand is made of
    if len(before) >= 2 and before[-1].lower() in ("on", "against") and before[-2].lower() in SANCTIONS:
        return True  # "to impose sanctions on North Korea": the state a measure is aimed at
    if len(before) >= 2 and before[-1].lower() == "from" and before[-2].lower().strip(",") in ACTS_FROM:
        return True  # "drawing rebukes from UNESCO and| Greece", "with help from| New Zealand": the state's act
    if len(before) >= 2 and before[-1].lower() in ("to", "for") and before[-2].lower().strip(",") in GRANTS_TO:
        return True  # "a 1.2 billion dollar credit to| Bangladesh": the state a lender's grant is to
    if len(before) >= 2 and before[-1].lower() == "with" and before[-2].lower().strip(",") in RELATIONS_WITH:
        return True  # "cut diplomatic ties with| Qatar": the state another has relations with
    if len(before) >= 2 and before[-1].lower() == "between" and before[-2].lower().strip(",") in RELATIONS_WITH:
        return True  # "a dispute between| the United States and| China": the states of a relation
    if len(before) >= 2 and before[-1].lower() == "against" and before[-2].lower().strip(",") in ACTS_AGAINST:
        return True  # "the use of force against| Iraq"
    if len(before) >= 2 and before[-1].lower() == "of" and before[-2].lower().strip(",") in ACTS_OF:
        return True  # "at the request of the| United States"
    if len(before) >= 2 and before[-1].lower() == "at" and before[-2].lower().strip(",") in AIMED_AT:
        return True  # "launched more than 300 drones and missiles at| Israel": the state a strike is aimed at
    after = listed.end() if listed else end  # "with Cuba| and Yemen| abstaining": the clause's subjects listed
    if (
        before
        and before[-1].lower() == "with"
        and ABSOLUTE_WITH.search(text, 0, start)
        and _absolute_act(text[after : after + 30].split())
    ):
        return True  # "with| Saudi Arabia| accepting a big reduction": the subject of an absolute clause
    if before and before[-1].lower() == "report" and re.match(r"\s+to\s+the\b", text[end : end + 10]):
        return True  # "voted to report| Iran| to the UN Security Council"
    if len(before) < 2 or before[-1].lower() != "by":
        return False
    # the agent of a state's act or of any act in the past ("captured by Russia", "a case brought by Gambia")
    done = before[-2].lower().strip(",;:")
    acted = done in IRREGULAR_PAST or (done.endswith("ed") and len(done) > 4)
    return done in ACT_VERBS or (acted and done not in UNDERGOING and before[-2].islower())


# a demand made of a state in a clause of the subjunctive ("demanded on Friday that| Morocco withdraw")
DEMANDED_THAT = re.compile(
    r"\b(?:demand|demanded|demanding|demands|insisted|insisting|insists|requested|requesting)\b"
    r"(?:\s+[\w,]+){0,3}?\s+that\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# a state's acts named by a noun its possessor does ("India's nuclear tests", "Sudan's acceptance", "Russia's
# annexation of Crimea")
STATE_ACT_NOUNS = {
    "test", "tests", "acceptance", "refusal", "decision", "request", "demand", "demands", "invasion", "annexation",
    "offer", "proposal", "veto", "withdrawal", "recognition", "rejection", "approval", "response", "retaliation",
    "intervention", "occupation", "blockade", "embargo", "sanctions", "threat", "threats", "warning", "protest",
    "objection", "objections", "bid", "support", "backing", "ultimatum", "crackdown", "expulsion", "refusals",
    "aggression", "policy", "stance",
}  # fmt: skip
# ... and its part in what others do, right after the possessive ("Iran's role", "Syria's involvement"; not
# "Cuba's best role" of a namesake actor)
STATE_PART_NOUNS = {"role", "involvement", "complicity"}


def _act_possessed(words: list[str]) -> bool:
    """Whether the noun a possessor has, past up to two adjectives, is a state's act (``STATE_ACT_NOUNS``)."""
    if words and words[0].lower().strip(",.;:") in STATE_PART_NOUNS:
        return True
    for w in words[:3]:
        low = w.lower().strip(",.;:")
        if low in STATE_ACT_NOUNS:
            return True
        if not w.islower() or not low.isalpha() or w[-1:] in ",.;:":
            return False
    return False


def _addressed_passive(text: str, end: int) -> bool:
    """Whether a verb in the passive of addressing or acting on a state follows the name ("Iran| was allowed to
    raise output", "Russia| was banned"): ``ADDRESSED_PASSIVE``."""
    words = text[end : end + 40].split()
    if len(words) < 2 or not text[end : end + 1].isspace():
        return False
    if words[0].lower() in ("has", "had", "have") and words[1].lower() == "been":
        words = words[1:]
    return words[0].lower() in ("was", "were", "is", "are", "been") and words[1].lower().strip(",.;:") in (
        ADDRESSED_PASSIVE
    )


def country_leads(text: str, start: int, end: int) -> bool:
    """Whether the country named at text[start:end] is the subject of a state's act or saying ("Riyadh
    announced", "Iran and Iraq had agreed"): its government acting, not one addressed or aimed at ("sanctions
    on North Korea")."""
    return _country_subject(text, start, end, STATEMENT_VERBS | ACT_VERBS, lists=True, any_act=True)


# words of direction, which the NER takes into a place's name ("west London") and which before a country's name make
# it a part of the land ("in eastern Zimbabwe")
COMPASS_WORDS = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
        "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
        "downtown",
    }
)  # fmt: skip
PLACE_PARTS = COMPASS_WORDS | {"rural", "coastal", "mainland", "neighbouring", "neighboring"}


def _country_subject(
    text: str, start: int, end: int, verbs: set[str], lists: bool = False, any_act: bool = False
) -> bool:
    before = text[max(0, start - 30) : start].split()
    if before and before[-1].lower() in PLACE_PARTS:
        before = before[:-1]  # "areas in eastern| Zimbabwe have received": a part of the land, after its preposition
    if before and before[-1].lower() == "the":
        before = before[:-1]  # "the United States"
    if lists:
        # a later name of a list: the word before the list's first name decides ("serving in Iran, Turkey and")
        wider = text[max(0, start - 80) : start].split()
        while (
            wider
            and wider[-1][-1:] != "."
            and (
                wider[-1][:1].isupper()
                or wider[-1].lower() in ("and", "the")
                # a word of an organisation's name: "The Organization of the| Petroleum Exporting Countries and"
                or (wider[-1].lower() in ("of", "for") and len(wider) > 1 and wider[-2][:1].isupper())
            )
        ):
            if wider[-1].lower().strip(",;:") in WEEKDAYS:
                break  # "on Friday, and Norway denounced": a day ends the clause before, no list of places
            wider = wider[:-1]
        run = text[max(0, start - 80) : start].split()[len(wider) :]
        if wider and wider[-1].lower().strip(",;:") in BEFORE_SUBJECT and not _new_clause(run):
            return False
    if before and before[-1].lower().strip(",;:") in BEFORE_SUBJECT:
        return False
    listed = False
    if lists:
        more = LIST_OF_NAMES.match(text, end)
        if more and " and " in more.group(0):  # a coordination: "X, Y and Z fired"; not "Russia, Germany has"
            end, listed = more.end(), True
    apposed = SUBJECT_APPOSITION.match(text, end)
    if apposed:
        end = apposed.end() - 1  # "China|, its closest ally,| said": the verb after the apposition
    words = text[end : end + 60].split()
    if not words or not text[end : end + 1].isspace():
        return False  # "Syria's", "Syria," : a possessive or a list, not the subject itself
    # a name that opens its sentence is its subject, not a modifier of a noun after a participle ("Turkey| reimposed
    # visa requirements", "The Marshall Islands| filed lawsuits"), as coordinated names are
    first = words[0].lower()
    opens = (
        (not before or before[-1].endswith((".", "!", "?", '"', "”")))
        and first.endswith("ed")
        and first not in PARTICIPLE_ADJECTIVES | GOODS_PARTICIPLES
    )
    return _verb_first(words, verbs, any_act, listed or opens)


# participles news puts before a country's goods ("U.S. refined product stocks", "Japanese processed food")
GOODS_PARTICIPLES = {"refined", "processed", "manufactured", "finished", "frozen", "canned", "packaged", "treated"}


def _new_clause(run: list[str]) -> bool:
    """Whether ", and" in the run of names before a country's opens a clause of its own, not a list's last item:
    one name before it only ("killed a dozen people in Port Vila|, and| Australia and New Zealand flew"), where a
    list of places has two ("in Iran, Turkey, and Syria")."""
    for i in range(1, len(run)):
        if run[i].lower() == "and" and run[i - 1].endswith(","):
            return not any(w.endswith(",") for w in run[: i - 1])
    return False


def _verb_first(words: list[str], verbs: set[str], any_act: bool, listed: bool = False) -> bool:
    """Whether ``words`` open with a verb whose subject the name before them is, past the auxiliaries, adverbs
    and a day between: one of ``verbs``; or, with ``any_act``, any verb in the past ("Iran denounced", "Finland
    became") or after a modal ("China would take", "Australia will offer"), which a country's name as its
    subject makes the state's act as much as the listed ones; but not a verb of undergoing or of a contest
    (``UNDERGOING``: "Japan suffered its worst earthquake", "Brazil lost to Germany"), whose subject is the land,
    its economy or its team."""
    for i, w in enumerate(words[:5]):
        low = w.lower().strip(",.;:")
        if any_act and w.islower() and low.replace("’", "'") in NEGATED_MODALS:
            return _acts_after_modal(words[i + 1 :])  # "Russia won't accept the deal"
        if w[-1:] in "'’" or not low.isalpha():
            return False
        if low in verbs:
            return True
        if w.islower() and _present_of(low) in verbs and i + 1 < len(words):
            # a verb in the present when what it governs follows ("Israel refuses to", "which claims the former
            # colony"); a plural noun as often before anything else ("Iran sanctions bill", "U.S. funds for")
            nxt = words[i + 1].lower()
            to_ok = nxt != "to" or low in TO_INFINITIVE
            return w[-1:] not in ",.;:" and to_ok and (nxt in OPENS_OBJECT or words[i + 1][:1].isupper())
        if any_act and w.islower() and low in MODALS:
            return w[-1:] not in ",;:" and _acts_after_modal(words[i + 1 :])
        if any_act and w.islower() and low in BE_FORMS and w[-1:] not in ",;:":
            # an act in progress ("the barrier Israel is building", "Iran was enriching uranium"), not one of
            # undergoing ("Japan is facing a recession")
            return _absolute_act(words[i + 1 :])
        past = low in IRREGULAR_PAST or (low.endswith("ed") and len(low) > 4)
        past = past or (i > 0 and words[i - 1].lower() in ("has", "had", "have") and low in IRREGULAR_PARTICIPLE)
        if any_act and w.islower() and past and low not in UNDERGOING:
            # a verb when a name, a number or a function word follows ("Iran denounced the intervention"); before
            # a plain noun it is as often an adjective of a name used as a modifier ("U.S. refined production")
            nxt = words[i + 1].lower().strip(",.;:") if i + 1 < len(words) else ""
            return (
                w[-1:] in ",.;:"
                or low in SIMPLE_PAST
                or (i > 0 and _manner_adverb(words[i - 1].lower()))  # "immediately downgraded": no adjective
                or listed  # "Britain and France handed power": coordinated names are a subject, not a modifier
                # a perfect's participle ("Iran has conducted repeated attacks", "Taiwan has liberalised import
                # policy"), unless it is as often an adjective ("Japan has limited natural resources")
                or (i > 0 and words[i - 1].lower() in ("has", "had", "have") and low not in PARTICIPLE_ADJECTIVES)
                or not nxt.isalpha()
                or not words[i + 1][:1].islower()
                or nxt in AFTER_VERB
            )
        if low in BEFORE_VERB or low in WEEKDAYS or (w.islower() and _manner_adverb(low)):
            if w[-1:] in ",;:":
                return False
            continue
        return False
    return False


def _absolute_act(words: list[str]) -> bool:
    """Whether the words after a name open with a verb in "-ing" that is an act, the name its subject in an
    absolute clause after "with" ("with Saudi Arabia accepting a big reduction"); not one of undergoing ("with
    Spain facing a recession") nor "being" or "having"."""
    word = words[0].rstrip(".,;:") if words else ""  # "with Cuba and Yemen abstaining."
    if not word.islower() or not word.endswith("ing") or len(word) < 6:
        return False
    stem = word[:-3]
    bases = {stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem}
    return not bases & (UNDERGOING_BASE | {"be", "have", "go", "do"}) and word not in NOT_ACTS_ING


NOT_ACTS_ING = {"including", "according", "during", "concerning", "regarding", "involving", "following"}


# verbs in the present that take "to" and an infinitive ("Israel refuses to"); before "to" a plural noun is as
# often the thing given ("U.S. funds to the agency", "U.S. arms to Taiwan", "China's claims to the islands")
TO_INFINITIVE = {"refuses", "agrees", "threatens", "vows", "pledges", "offers", "promises", "declines", "asks", "urges"}
TO_INFINITIVE |= {"responds", "reacts"}  # no noun has these forms: "the United States responds to threats"
# words that open what a verb in the present governs, which a plural noun is not followed by
OPENS_OBJECT = {"the", "a", "an", "to", "its", "his", "her", "their", "that", "it", "them", "him", "any", "all", "no"}


def _present_of(low: str) -> str:
    """The past tense of a verb in the present's third person, by its spelling ("claims" -> "claimed", "denies"
    -> "denied", "agrees" -> "agreed"): a state's present act reads as its past one ("Guatemala, which claims
    the former colony")."""
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "ied"
    if low.endswith("es") and low[:-1] + "d" in ACT_VERBS | STATEMENT_VERBS:
        return low[:-1] + "d"
    return low[:-1] + "ed" if low.endswith("s") and not low.endswith("ss") else ""


def _manner_adverb(low: str, shortest: int = 6) -> bool:
    """An adverb in "-ly" of ``shortest`` letters or more, between a subject and its verb ("Israel immediately
    downgraded", "China quietly sent") or after a modal ("would likely", "will only"); not an adjective in "-ly"
    (``NOT_ADVERBS``: "The Brazil friendly ended"). Before a verb, "only" and other short ones are left out."""
    return low.endswith("ly") and len(low) >= shortest and low not in NOT_ADVERBS


NOT_ADVERBS = {
    "family", "assembly", "monopoly", "anomaly", "friendly", "unfriendly", "elderly", "weekly", "monthly",
    "quarterly", "deadly", "costly", "lonely", "lovely", "orderly", "unlikely", "kindly", "homely", "italy",
}  # fmt: skip


# the heads of a state that speak or act for it, after "whose" ("Turkey, whose president warned")
STATE_HEADS = {
    "president", "government", "prime", "premier", "chancellor", "king", "queen", "emir", "leader", "leaders",
    "foreign", "defence", "defense", "ministry", "minister", "ministers", "parliament", "army", "military", "navy",
    "troops", "forces", "regime", "authorities", "officials", "ambassador", "envoy", "delegation", "cabinet",
}  # fmt: skip


def _past_head(words: list[str]) -> list[str]:
    """The words after "whose" past the state's head they name, with its title run and name ("whose President
    Tayyip Erdogan| warned", "whose foreign minister| said"); nothing when the first word is no head of a state
    ("whose rebels captured", "whose economy collapsed": not the state acting)."""
    if not words or words[0].lower() not in STATE_HEADS:
        return []
    i = 1
    while i < len(words) and i < 6 and (words[i][:1].isupper() or words[i].lower() in STATE_HEADS):
        i += 1
    return words[i:]


def _acts_after_modal(words: list[str]) -> bool:
    """Whether the verb after a modal, past "not" and adverbs ("will soon", "would likely"), is an act: not "be"
    or "have" ("Italy will soon be hit"), nor a verb of undergoing ("Russia will face a harsh winter")."""
    for w in words[:4]:
        low = w.lower().strip(",.;:")
        if low in ("not", "also", "still", "soon", "never", "again") or _manner_adverb(low, shortest=4):
            continue
        return w.islower() and low.isalpha() and low not in ("be", "have") and low not in UNDERGOING_BASE
    return False


def demonym_plural(mention: str, book: Codebook) -> bool:
    """Whether a mention is a country's people named by its plural demonym ("Iraqis", "Americans", "Syrians"):
    CAMEO's citizens of that country (CVL), as ICEWS codes "Citizen (Iraq)". Its singular must be a demonym
    too: not "Chinese" or "Swiss" (adjectives as often: "Swiss francs"), not the demonym as a modifier (the
    caller reads the group after it: "Iraqi police")."""
    key = _key(mention)
    return key.endswith("s") and key in book.demonyms and key[:-1] in book.demonyms and key not in book.names


# what follows a people named by an invariant demonym used as a noun ("Togolese voted", "the killing of Senegalese
# in Nouakchott", "Lebanese who fled"): "voted", an auxiliary, a relative or a preposition of place, or the
# sentence's end (not after a copula: "the owner is Lebanese."); not a comma, "and" or "or" ("Chinese, Japanese and
# South Korean officials": adjectives before one noun), nor a noun
INVARIANT_PEOPLE_AFTER = re.compile(r"\s*(?:[.;:!?]|\s(?:who|were|are|have|had|voted|in|at|from|living|across)\b)")
# before a demonym that names a language or is an adjective, not a people ("written in Japanese", "speaks Chinese",
# "the ship is Lebanese", "in English and Chinese")
LANGUAGE_BEFORE = re.compile(
    r"\b(?:in|into|to|from|fluent|speaks?|spoke|speaking|learn|learned|learning|taught|teach"
    # an adjective after a copula ("the owner is Lebanese"), a list's second word ("in English and Chinese")
    r"|is|was|are|were|be|been|and|or)\s+$",
    re.IGNORECASE,
)


def invariant_people(text: str, start: int, end: int, mention: str, book: Codebook) -> bool:
    """Whether a demonym whose plural is its singular ("Togolese", "Congolese", "East Timorese") names its people
    here, as a noun: alone, before what ends a noun phrase (``INVARIANT_PEOPLE_AFTER``), not after "the" (a side,
    as with "the Israelis") nor after a word that makes it a language."""
    key = _key(mention)
    if key.endswith("s") or key not in book.demonyms or key + "s" in book.demonyms or key in book.names:
        return False  # "Russian" has its plural: alone it is an adjective ("Russian armoured columns")
    before = [w.strip("\"“'‘(") for w in text[max(0, start - 6) : start].split()[-1:]]
    if before in (["the"], ["The"]) or LANGUAGE_BEFORE.search(text, max(0, start - 12), start):
        return False
    return INVARIANT_PEOPLE_AFTER.match(text, end) is not None


def insurgent_army(name: str) -> bool:
    """Whether an army's name says it is not a state's: "Arakan Rohingya Salvation Army", "Kosovo Liberation
    Army", "Irish Republican Army", "Lord's Resistance Army", "Free Syrian Army" (REB, where the agents
    dictionary reads "army" as MIL). Not China's "People's Liberation Army" (the state's), nor "the Islamic
    Republic of Iran Army"."""
    low = [w.lower().strip("'’") for w in words_of(name)]
    cut = next((i for i, w in enumerate(low) if i > 0 and w in ("of", "for", "in")), len(low))
    if not cut or low[cut - 1] != "army":
        return False
    own = low[: cut - 1]
    if own[-2:] in (["people's", "liberation"], ["people", "liberation"]) and own[:-2] in ([], ["chinese"], ["china"]):
        return False  # the People's Liberation Army is China's
    if "republic" in low:
        return False  # "Islamic Republic of Iran Army", "Republic of Korea Army": a state's
    return bool(set(own) & INSURGENT_ARMY_WORDS)


INSURGENT_ARMY_WORDS = {
    "liberation", "salvation", "resistance", "independence", "revolutionary", "republican", "free", "freedom",
    "mujahideen", "rebel", "insurgent", "jihad", "separatist",
}  # fmt: skip


def government_mention(text: str, book: Codebook | None = None) -> tuple[str, str] | None:
    """(country, sector) when a name stands for a government: a capital ("Moscow": RUS, GOV) or a building
    ("the Kremlin": RUS, GOV; "the Pentagon": USA, MIL)."""
    book = book or countries()
    meto = book.metonym(text)
    if meto:
        return meto
    iso = book.capitals.get(_key(text))
    return (iso, "GOV") if iso else None


DETERMINERS = {"a", "an", "the", "its", "his", "her", "their", "our", "two", "three", "four", "another", "one"}
PREPOSITIONS = {"to", "of", "for", "with", "from", "by", "at", "in", "on", "about", "according", "against", "among"}
FUNCTION_WORDS = (PREPOSITIONS - {"of"}) | {"and", "or", "but", "as"}
SPEECH = {"said", "says", "say", "told", "added", "reported", "wrote", "noted"}
APPOSITION_STOP = PREPOSITIONS | {"who", "whom", "whose", "which", "that", "and", "or", "but", "said", "says", "told"}


# past participles that open a clause after an apposition's head noun ("the agent| convicted of ...", "a lawyer|
# accused of ...")
REDUCED_RELATIVE = {
    "convicted", "accused", "charged", "sentenced", "jailed", "arrested", "detained", "suspected", "wanted", "held",
    "killed", "found", "believed", "blamed", "linked", "known", "named", "elected", "appointed", "ousted",
}  # fmt: skip


# adjectives that name whom a role serves: "presidential spokesman" speaks for the head of state
PRINCIPAL_ADJECTIVES = {"presidential": "GOV", "ministerial": "GOV", "governmental": "GOV", "prime ministerial": "GOV"}


def _principal(words: str, book: Codebook) -> str | None:
    """The sector of a role its principal gives; a former one's is CAMEO's elites ("a former Internal Revenue
    Service commissioner": ELI)."""
    found = principal_sector(" ".join(w for w in words.split() if w.lower() not in FORMER), book)
    if found and FORMER & {w.lower() for w in words.split()}:
        # a former office of a state, a party or an international body; a company's former staff say no sector
        # ("a former HP head of global human resources", as "former head of Exxon Mobil")
        return "ELI" if found[0] in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY", "PTY", "IGO") else None
    return found[0] if found else None


# the kinds of a state's body a role before a name may serve, by the agents dictionary's code of the kind ("foreign
# ministry| spokesman": GOV); not a person's noun ("ACLU executive| Director": the executive is no body), nor a
# company, left to the readers of the company named ("the company| spokesman"), nor a department, as often a
# company's ("the company's legal department| spokesman"); the forces' words are title words, read before this.
# A commission, council, board, agency or authority is such a body only when the dictionary codes its whole phrase
# ("electoral council| head", "space agency| chief")
BODY_KINDS = {"ministry", "government", "embassy", "commission", "council", "committee", "board", "agency", "authority"}


def principal_sector(words: str, book: Codebook) -> tuple[str, str, str | None] | None:
    """The sector of a role whose head noun gives none of its own (a spokesman, director, chairman, chief,
    head, host: the agents rows with no code) and is its principal's, named by the words before it: a
    building that stands for a government ("Kremlin spokesman": RUS GOV), an adjective of the head of state or
    government ("presidential spokesman": GOV), an organisation the dictionaries file ("Republican National
    Committee research director": USA PTY), else the head of that organisation's name ("Breitbart News Daily
    host": MED, by "Daily"). (sector, the principal's words, its country or None)."""
    tokens = [t for t in words.split() if t]
    if len(tokens) < 2:
        return None
    if book.agents.get(tokens[-1].lower().strip(".")) != "":
        return None
    lead = tokens[:-1]
    while lead and lead[0].lower() in DETERMINERS:
        lead = lead[1:]
    while lead and lead[-1].lower() in code_words("title_words.txt"):
        lead = lead[:-1]  # "Republican National Committee deputy| director": title words of the head's phrase
    if not lead:
        return None
    lead[-1] = lead[-1].removesuffix("'s").removesuffix("’s")
    for n in range(min(3, len(lead)), 0, -1):
        phrase = " ".join(lead[-n:])
        meto = book.metonym(phrase)
        if meto:
            return meto[1], phrase, meto[0]
        adjective = PRINCIPAL_ADJECTIVES.get(phrase.lower())
        if adjective and n <= 2:
            return adjective, phrase, None
    # a body the agents dictionary codes, named by its kind ("foreign ministry| spokesman", "army| spokesman")
    body = book.sector_ending(" ".join(lead)) if lead[-1].lower() in BODY_KINDS else None
    if not all(t[:1].isupper() or t[:1].isdigit() or t.lower() in ("of", "for", "and", "&") for t in lead):
        # the principal must be a name or such a body: "the company's chief" says nothing more
        return (body, " ".join(lead), None) if body and len(lead) <= 3 else None
    for n in range(len(lead), 0, -1):  # the longest run of the words that the dictionaries file
        for i in range(len(lead) - n + 1):
            name = " ".join(lead[i : i + n])
            # an acronym names many bodies over the years: only dossier's own tables, written for today's news,
            # are read for one (Phoenix's "ICC" is the criminal court, not the ICC of 1987's railways)
            known = book.organisation(name, own=n == 1 and name.replace(".", "").isupper())
            if known:
                return known[1], name, known[0]
    head = organisation_head(" ".join(lead))
    return (head[1], " ".join(lead), None) if head else None


POSSESSED_DEPUTY = re.compile(r"(?:\b(?:his|her|their|its)|[\w.]['’]s)\s+deputy,?\s+$", re.I)


def possessed_deputy(text: str, start: int) -> bool:
    """Whether the name at ``start`` is someone's deputy ("Mr. Manafort and his deputy, Rick Gates"): a second
    in command, whose sector is his principal's, not the sheriff's deputy (COP) the agents dictionary means."""
    return bool(POSSESSED_DEPUTY.search(text[max(0, start - 40) : start]))


# a name then "and" and another's: the first of a pair ("Alain Mafart and| Dominique Prieur")
NEXT_OF_PAIR = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+and\s+[A-Z]")
# words that open a clause or an adverbial between a group and a name ("Algerian airliners minutes after| Ronald
# Reagan was sworn in")
CLAUSE_WORDS = {
    "than", "as", "not", "after", "before", "when", "while", "since", "until", "during", "where", "if", "because",
    "ago", "then", "also", "now", "still", "later", "earlier", "into", "over", "under",
}  # fmt: skip
# participles and gerunds that are a noun's adjectives, not a clause's verb ("the Chinese ruling party")
NOUN_PARTICIPLES = {"ruling", "governing", "leading", "reigning", "outgoing", "visiting", "founding", "retired"}


def premodifying_nouns(words: list[str], text: str, start: int) -> bool:
    """Whether lower-case words right before a name at ``start`` are nouns that say what it is ("Russian figure
    skater| Kamila Valieva", "French oil company| Elf"), not a clause: no verb of the module's lists, no "-ed" or
    "-ing" word that is not hyphenated nor a noun's adjective ("Colombian troops killed| Raul Reyes", "Turkish
    troops shelling| ..."), no word that opens a clause or an adverbial ("a Spanish priest who founded| Opus Dei",
    "airliners minutes after| Ronald Reagan"); a plural last only before a pair ("agents| Alain Mafart and
    Dominique Prieur"): before one name it is a verb ("The Turkish government claims| Gulen runs")."""
    for word in words:
        bare = word.lower()
        if bare in NOT_PREMODIFIERS:
            return False
        if "-" not in bare and bare not in NOUN_PARTICIPLES and bare.endswith(("ed", "ing")):
            return False
    last = words[-1].lower() if words else ""
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return bool(words) and (not plural or bool(NEXT_OF_PAIR.match(text, start)))


def role_before(text: str, start: int, book: Codebook) -> tuple[str, int, str] | None:
    """The role a run of words right before a person's name says, lower-case role nouns included ("Clinton
    campaign manager| Robby Mook", "Argentine prosecutor| Alberto Nisman", "army chief of staff| Park
    An-su", "co-host| Joe Scarborough"): the run of capitalised words, title words and words of the agents
    dictionary, whose last word ends a role phrase of the agents dictionary. (words, start, sector)."""
    window = text[max(0, start - 120) : start]
    if not window or not window[-1].isspace():
        return None
    titles, abbreviations = code_words("title_words.txt"), code_words("abbreviations.txt")
    vocabulary = book.agent_words()
    taken: list[str] = []
    tokens = window.split()
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        low = tok.lower()
        if len(taken) >= 6 or tok[-1] in ',;:!?"“”()' or (tok.endswith(".") and low not in abbreviations):
            break
        bare = low.rstrip(".").removesuffix("'s").removesuffix("’s")
        if (
            bare in DETERMINERS
            or bare in FUNCTION_WORDS
            or not (tok[0].isupper() or bare in titles or bare in vocabulary or bare.startswith(AGAINST_PREFIXES))
        ):
            break  # "according to| election lawyer X", "Manafort and| campaign spokesman X"
        if bare in OUSTER_WORDS and not ouster_adjective(tokens, i):
            break  # "Ben Ali deposed| President Habib Bourguiba": the ouster's verb, not a lost office
        taken.append(tok)
    while taken and taken[-1].lower() in ("of", "and", "for"):
        taken.pop()
    if not taken:
        return None
    words = " ".join(reversed(taken))
    if words.lower() == "deputy" and possessed_deputy(text, start):
        return None
    head = taken[0].lower().rstrip(".")
    if head.endswith("s") and head[:-1] in vocabulary and not head.endswith("ss"):
        return None  # a plural is no title of one person: "the delegates| Clinton had", "Walsh representatives"
    sector = book.sector_ending(words) or _principal(words, book) or _office_of_place(words, book)
    at = text.rfind(words, max(0, start - 120), start)
    return (words, at, sector) if sector and at >= 0 else None


# one item of a list under a plural title: a name and the country it is "of" ("Noboru Takeshita of Japan")
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|del|da|dos|van|von|bin|al-[\w'’-]+)){0,4}"
_LISTED_ITEM = rf"{_LISTED_NAME}\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
LISTED_BEFORE = re.compile(
    rf"((?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*s)\s+{_LISTED_ITEM}"
    rf"(?:\s*,\s*(?:and\s+)?{_LISTED_ITEM}|\s+and\s+{_LISTED_ITEM})*(?:\s*,\s*(?:and\s+)?|\s+and\s+)$"
)


# ... or the second of two names right after a plural title, neither with a place: "Foreign Ministers Qian Qichen
# and| Lee Sang-ock", "Presidents George Bush and| Mikhail Gorbachev"
PAIR_UNDER_TITLE = re.compile(rf"((?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*s)\s+{_LISTED_NAME}\s+and\s+$")


def _plural_title(pair: re.Match[str]) -> bool:
    """Whether a pair's title ends in a title noun in the plural ("Foreign Ministers", "Presidents") and the first
    name opens with no title of its own ("Armed Forces| Chief Prayuth Chan-ocha and": the chief's title alone)."""
    titles = code_words("title_words.txt")
    plural = pair[1].split()[-1].lower()
    first = pair.group(0)[len(pair[1]) :].split()[0].lower().rstrip(".")
    return _singular(plural) in titles and first not in titles


def title_over_list(text: str, start: int, end: int, book: Codebook) -> tuple[str, int] | None:
    """The plural title a person is listed under, after the first of the list: "Finance Ministers Noboru
    Takeshita of Japan, Gerhard Stoltenberg| of West Germany and Nigel Lawson| of Britain", "Foreign Ministers
    Therese Kayikwamba Wagner of Congo and Olivier Nduhungirehe| of Rwanda": each holds that office in the
    country named after the name; or the second of two names right after the title, with no place ("Foreign
    Ministers Qian Qichen and| Lee Sang-ock"). Only when the title is one the agents dictionary codes. (title,
    start)."""
    window = max(0, start - 300)
    if not re.match(r"\s+of\s+[A-Z]", text[end : end + 8]):
        pair = PAIR_UNDER_TITLE.search(text[window:start])
        before = text[window : window + pair.start(1)].split()[-1:] if pair else []
        if pair and _plural_title(pair) and book.sector_in(pair[1]) and not FORMER & {w.lower() for w in before}:
            return pair[1], window + pair.start(1)  # "Foreign Ministers Qian Qichen and| Lee Sang-ock"
        return None
    found = LISTED_BEFORE.search(text[window:start])
    if not found or not book.sector_in(found[1]):
        return None
    return found[1], window + found.start(1)


def place_after_name(text: str, end: int, book: Codebook) -> tuple[str, int, str] | None:
    """The country of the place a person is named "of" right after the name: "Patriarch Kirill| of Moscow",
    "King Abdullah| of Jordan", "Senator Jane Roe| of Ohio" (a country by its name, a capital or a US state; a
    name both a country and a US state, "Georgia", says neither; an organisation, "of Goldman Sachs", is no
    place). (words, start, alpha-3)."""
    m = re.match(r"\s+of\s+", text[end : end + 8])
    if not m:
        return None
    found = PLACE_AFTER_OF.match(text, end + len(m.group(0)) - len(m.group(0).lstrip()))
    if not found:
        return None
    words = found.group(1).strip()
    country = book.country_in(words)
    country = country if country and _fold_words(country[1]) == _fold_words(words) else None
    state = "USA" if _fold_words(words) in _us_states() else None
    if country and state:
        return None  # "of Georgia": the country or the state
    # a town only when it is a capital: "Stephanie Hooton of Derry" is of New Hampshire's, not Ulster's
    iso = country[0] if country else state or book.capitals.get(_key(words))
    return (words, found.start(1), iso) if iso else None


@cache
def _us_states() -> frozenset[str]:
    return frozenset(_fold_words(name) for name in us_state_names())


def _fold_words(words: str) -> str:
    return " ".join(words.lower().replace(".", "").split())


def role_apposed(text: str, end: int, book: Codebook) -> tuple[str, int, str] | None:
    """The role an apposition right after a name says: "Jamal Khashoggi|, a Saudi journalist who ...", "Lester
    Holt|, the anchor of NBC's ...", "Kyaw Soe Oo|, two journalists investigating ...": the noun phrase after
    the comma, up to its head (the word before a preposition, a relative pronoun, a conjunction, a verb in
    -ing or a punctuation mark), whose head ends a role phrase of the agents dictionary. (words, start, sector)."""
    m = re.match(r"\s*,\s+(?:\d{1,3},\s+)?", text[end : end + 9])  # an age first: "Ana Sol, 54, the mayor"
    if not m:
        return None
    at = end + m.end()
    chunk = re.match(r"[^,;:.!?()\"“”—–]*", text[at : at + 100])
    tokens = chunk.group(0).split() if chunk else []
    closed = at + (len(chunk.group(0)) if chunk else 0)  # where the apposition's words stop
    bare = bool(tokens) and _bare_role(tokens[0], book)
    if not tokens or (
        tokens[0].lower() not in DETERMINERS
        and tokens[0].lower() not in FORMER
        and not _country_of(tokens[0], book)
        and not bare
    ):
        return None  # "X, a journalist", "X, the anchor", "X, former ...", "X, Chile's ..."; not "X, Y and Z"
    if bare and text[closed : closed + 1] not in (",", ".", ";"):
        return None  # an apposition without an article is closed by a comma ("X, director of Y, said"), not a clause
    if _country_of(tokens[0], book) and FINITE & {t.lower() for t in tokens}:
        return None  # a clause, not an apposition: "For Hillary Clinton, Britain's uprising ... is the sort of"
    head: list[str] = []
    for i, tok in enumerate(tokens):
        low = tok.lower()
        if low in SPEECH:
            return None  # "Bardet, the minister said": a clause, not an apposition
        if low in APPOSITION_STOP or low == "now" or (i > 1 and _ing_clause(low, book.agent_words())):
            break
        if i > 1 and low in REDUCED_RELATIVE:
            break  # "the Libyan intelligence agent| convicted of the Lockerbie bombing": a clause after the head
        head.append(tok)
    words = " ".join(head)
    sector = book.sector_ending(words) or _principal(words, book)
    now = _role_now(tokens[len(head) :], book)
    if now:
        # the role it holds now, over the one it held: "Chile's former military ruler and now a senator for
        # life" (LEG), "a former tax aide now teaching at New York University" (EDU)
        words, sector = " ".join(tokens[: len(head) + now[0]]), now[1]
    return (words, at, sector) if sector else None


def _bare_role(word: str, book: Codebook) -> bool:
    """A lower-case role noun or title word in the singular opening an apposition without an article, as wire copy
    writes one ("Yevgeny Brakov, director of the ZIL car plant", "X, acting editor of the daily"); not a plural,
    which opens the main clause after an introductory phrase ("Thanks to Rosa Lima, teachers in the village ...")."""
    plural = word.endswith("s") and not word.endswith("ss") or word in ("police", "staff", "people")
    if not word.islower() or plural or word in DETERMINERS or word in FUNCTION_WORDS or word in FORMER:
        return False  # "the", "of", "former" are title words too, but open no bare role
    return word in book.agents or word in code_words("title_words.txt")


# the second name of a pair an apposition in the plural follows ("Andrew Chan| and Myuran Sukumaran, two
# Australians convicted of ...", "A and B, both journalists"): the apposition is the first name's too
PAIR_NEXT_NAME = r"\s+and\s+(?:[A-Z][\w'.-]*\s+){0,4}?[A-Z][\w'.-]*"
PAIR_APPOSED = re.compile(PAIR_NEXT_NAME + r"(?=\s*,\s+(?:the\s+)?(?:two|three|both)\s)")
# ... or a body of theirs after "of the": "Franco Montoro| and Tancredo Neves| of the opposition ..."
PAIR_BEFORE_OF = re.compile(PAIR_NEXT_NAME + r"(?=\s+of\s+the\s)")


def pair_end(text: str, end: int) -> int:
    """Where the apposition of a name's pair opens: after the second name when the two share one in the plural
    (``PAIR_APPOSED``), else right after the name."""
    pair = PAIR_APPOSED.match(text, end)
    return pair.end() if pair else end


def _ing_clause(word: str, known: Container[str]) -> bool:
    """Whether a lower-case word in "-ing" opens a clause that ends an apposition's noun phrase ("a journalist|
    investigating ...", "a station| backing the opposition"), not a noun of ``known`` ("broadcasting")."""
    return word.endswith("ing") and word not in known


# verbs that make a clause of what follows a comma (an apposition is a noun phrase)
FINITE = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "could", "should", "may", "might", "can"}
# words no noun before a name is (``premodifying_nouns``): verbs of the lists above, and words of a clause or a phrase
NOT_PREMODIFIERS = frozenset(
    VERBS_ON_GROUPS | IRREGULAR_PAST | UNDERGOING | MODALS | BE_FORMS | FINITE | APPOSITION_STOP | DETERMINERS
) | frozenset(CLAUSE_WORDS)
# a verb of the work one does now, for "now teaching at ...": the agents dictionary's teachers
NOW_VERBS = {"teaching": "EDU", "teaches": "EDU", "lecturing": "EDU", "lectures": "EDU"}


def _role_now(tokens: list[str], book: Codebook) -> tuple[int, str] | None:
    """(tokens read, sector) of the role a phrase's "now" introduces right at its start ("and now a senator
    for life", "now teaching at"): the noun phrase up to its head, or a verb of teaching."""
    low = [t.lower() for t in tokens]
    if low[:1] in (["and"], ["but"]):
        low = low[1:]
        skip = 1
    else:
        skip = 0
    if low[:1] != ["now"]:
        return None
    phrase: list[str] = []
    for w in low[1:]:
        if w in NOW_VERBS and not phrase:
            return skip + 2, NOW_VERBS[w]
        if w in APPOSITION_STOP or _ing_clause(w, book.agent_words()):
            break
        phrase.append(w)
    sector = book.sector_ending(" ".join(phrase)) if phrase else None
    if sector is None or sector == "ELI" and FORMER & set(phrase):
        return None
    return skip + 1 + len(phrase), sector


def _country_of(token: str, book: Codebook) -> str | None:
    """The country a possessive names whole: "Chile's", "Britain's" (not "Trump's")."""
    if not token.endswith(("'s", "’s")):
        return None
    hit = book.country_in(token[:-2])
    return hit[0] if hit and _key(hit[1]) == _key(token[:-2]) else None


# the families of parties whose adjective names a party before "leader" ("Labour leader", "Liberal leader");
# not Republican and Democratic, which name the US parties and more, nor Communist, whose leader is as often a
# state's ruler (China's, the Soviet Union's) as an opposition's
PARTY_FAMILIES = {"socialist", "labour", "labor", "conservative", "liberal", "green", "nationalist"}
# ... and the families named by two words, Democrats of a kind that are no US party ("Social Democrat leader")
DEMOCRAT_FAMILIES = ("social democrat", "christian democrat", "free democrat", "liberal democrat")


# the states a communist party ruled, and the day its rule ended (None: it rules still): there "Communist leader" is
# the ruler's title as often as not
COMMUNIST_RULE_ENDED = {
    "CHN": None, "VNM": None, "LAO": None, "CUB": None, "PRK": None, "RUS": "1991-08-24", "UKR": "1991-08-24",
    "BLR": "1991-08-25", "KAZ": "1991-12-16", "UZB": "1991-08-31", "TKM": "1991-10-27", "TJK": "1991-09-09",
    "KGZ": "1991-08-31", "AZE": "1991-08-30", "ARM": "1990-08-04", "GEO": "1990-11-14", "MDA": "1991-08-27",
    "LTU": "1990-03-11", "LVA": "1990-05-04", "EST": "1990-03-30", "POL": "1989-08-24", "HUN": "1989-10-23",
    "CZE": "1989-12-10", "SVK": "1989-12-10", "BGR": "1990-04-03", "ROU": "1989-12-22", "ALB": "1991-06-04",
    "MNG": "1990-03-21", "AFG": "1992-04-28", "ETH": "1991-05-28", "MOZ": "1990-11-30", "AGO": "1991-05-31",
    "SRB": "1990-01-22", "KHM": "1991-10-17", "YEM": "1990-05-22",
}  # fmt: skip


def communist_ruled(country: str | None, date: str | None) -> bool:
    """Whether a communist party ruled the country on the date (``COMMUNIST_RULE_ENDED``), or may have: no date, or
    no country known."""
    if country is None:
        return True
    if country not in COMMUNIST_RULE_ENDED:
        return False
    ended = COMMUNIST_RULE_ENDED[country]
    return ended is None or date is None or date < ended


def party_leader(words: str, communist_party: bool = False) -> bool:
    """Whether a role phrase names a party's leader: "leader" with a party named by its capitalised word, "Party"
    or a party family's adjective ("the leader of the Republican People's Party", "Labour leader", "Liberal
    Party leader"); not a ruling or governing party's, nor a party only described ("his own party's leaders"), nor
    a communist one's unless ``communist_party`` says communists do not rule there ("Communist leader Gennady
    Zyuganov" in 2000)."""
    tokens = [w.strip(".,'’") for w in words.replace("'s", " ").replace("’s", " ").split()]
    low = {w.lower() for w in tokens}
    families = PARTY_FAMILIES | ({"communist"} if communist_party else set())
    named = {w.lower() for w in tokens if w[:1].isupper()} & ({"party", "parties"} | families)
    joined = " ".join(w.lower() for w in tokens)
    if any(us in joined for us in ("republican party", "democratic party", "gop")):
        return False  # the US parties' names: no opposition code there, whatever the scene says
    named = named or {f for f in DEMOCRAT_FAMILIES if f in joined}
    barred = {"ruling", "governing"} | (set() if communist_party else {"communist"})
    return bool({"leader", "leaders"} & low and named and not barred & low)


LEAVES = re.compile(
    r"\s+(?:has\s+|had\s+|will\s+|would\s+)?(?:resigned|resigns|resign|quit|quits|stepped\s+down|steps\s+down|"
    r"step\s+down|stood\s+down)\b"
)
# leaving an office, said in the clause right after the name, within a few words of it and up to the "as" of the
# office: "Ariel Henry| agreed late on Monday to resign as", "X| resigned on Friday as", "X| will step down as"
LEAVING_AS = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,5}?(?:resigned|resigns|resign|quit|quits|stepped\s+down|steps\s+down|step\s+down|"
    r"stood\s+down|stand\s+down|stepped\s+aside|steps\s+aside|step\s+aside)\s+(?:[\w’'-]+\s+){0,4}?as\s+"
)


# an apposition of a person's name set off by commas, between the name and its verb ("Li Wei|, the founder of
# Kuaishu,| stepped down as its chief executive"); none with a clause of its own ("X, who ..., said")
PERSON_APPOSITION = re.compile(r",\s+(?:the|a|an|its|his|her|their)\s+[^,;:.!?()\"“”]{1,80}?,")


def leaving_as(text: str, end: int) -> int | None:
    """Where the office begins that a name's own clause says it leaves or offers to leave ("Ariel Henry| agreed
    late on Monday to resign as| Haiti's prime minister"), past an apposition of the name ("Li Wei, the founder
    of Kuaishu, stepped down as| its chief executive"): the holder holds it on the day (CAMEO codes the one
    resigning as in office). None when the clause ends before it."""
    aside = PERSON_APPOSITION.match(text, end)
    for at in (end, aside.end() if aside else None):
        found = LEAVING_AS.match(text, at) if at is not None else None
        if found is not None and not re.search(r"[,;:.!?()\"“”]", found[0]):
            return found.end()
    return None


# a verb that puts one in another's office, right before the other's name: "to replace| Tom Briggs as chief
# executive", "succeeded| X as"
SUCCEEDS = re.compile(
    r"\b(?:replace|replaces|replaced|replacing|succeed|succeeds|succeeded|succeeding"
    # ... or that puts one out of one's own: "Tata Sons removed| Cyrus Mistry as chairman", "fired| X as"
    r"|removed|removes|fired|fires|dismissed|dismisses|sacked|sacks|ousted|ousts)\s+$"
)
# ... and the one appointed to it, named before: "BP named| Bob Dudley to replace Tony Hayward as chief executive"
# (an appointment with "as" of one's own is the offices stage's, ``nlp.offices``)
APPOINTS = re.compile(r"\b(?:named|appointed|chose|picked)\s+$")
TO_SUCCEED = re.compile(r"\s+to\s+(?:replace|succeed)\s+[A-Z][^,;:.!?()\"“”]{1,40}?\s+as\s+")


def office_by_succession(text: str, start: int, end: int) -> int | None:
    """Where the office begins that a name's clause takes from it by succession or removal, or gives it in
    another's place: "succeeded Maria Holm as| chairman", "Tata Sons removed Cyrus Mistry as| chairman", "named Sarah
    Cole to replace Tom Briggs as| chief executive" (the name right after the verb; an apposition of the name may
    stand between). CAMEO codes the one replaced or removed and the one appointed with the office: the news of the
    day is about its holders."""
    before = text[max(0, start - 30) : start]
    aside = PERSON_APPOSITION.match(text, end)  # "removed Isabel dos Santos|, Africa's richest woman,| as"
    if SUCCEEDS.search(before):
        for at in (end, aside.end()) if aside else (end,):
            after = re.match(r"\s+as\s+", text[at : at + 8])
            if after:
                return at + after.end()
    if not APPOINTS.search(before):
        return None
    # past an apposition of the one appointed: "named Bob Dudley|, the head of its clean-up,| to replace"
    instead = TO_SUCCEED.match(text, aside.end() if aside else end)
    return instead.end() if instead else None


OFFICE_STOP = {"and", "in", "on", "after", "over", "amid", "to", "effective", "because", "following", "at", "with"}
# the time of the leaving ends the role too: "resigned as national security adviser late on Monday"
OFFICE_STOP |= {"late", "early", "last", "this", "yesterday", "today"}
PAST = {"last", "ago", "earlier", "previously", "once"}


# Being put out of an office, in the passive: "X was dismissed as director", "X had been pushed out as ..."
REMOVED = re.compile(
    r"\s+(?:was|has\s+been|had\s+been|is)\s+(?:dismissed|fired|sacked|ousted|removed|pushed\s+out|forced\s+out)\b"
)


def office_left(text: str, end: int, book: Codebook) -> tuple[str, int, str] | None:
    """The public office of a country a name's own clause says it leaves: "Suharto| resigned after 32 years as
    Indonesia's president", "X| will step down as Haiti's prime minister" (the verb right after the name, "as"
    within four words of it, the role phrase up to a preposition, a conjunction or a punctuation mark, naming
    a country and a public sector; not "former", nor a leaving told as past: "resigned last year as", "in
    1986"; not a company's "president"). (words, start, sector)."""
    m = LEAVES.match(text, end)
    if not m:
        return None
    left = _role_after_leaving(text, m.end())
    if left is None:
        return None
    words, at = left
    found = book.sector_in(words)
    if found is None or found[0] not in ("GOV", "LEG", "JUD", "MIL", "COP", "SPY") or not book.country_in(words):
        return None  # a state's office, by its country's name: a company's "president" is no head of state
    return words, at, found[0]


# the end of a rule told right after the ruler's name or its apposition: "Kim Jong-il| had died", "Omar al-Bashir|
# had been overthrown", "Kim Il Sung|, who had ruled the country since 1948, had died"; the act ends the office the
# dictionary dates to that day
RULE_ENDED = re.compile(
    r"(?:\s*,[^,;.]{1,100},)?\s+(?:has\s+|had\s+|was\s+|is\s+)?(?:been\s+)?(?:died|dies|overthrown|ousted|deposed|toppled|killed"
    r"|assassinated|executed|hanged|shot\s+dead|fled|flees|impeached)\b"
)


def rule_ended(text: str, end: int) -> tuple[str, int] | None:
    """The words right after a name that tell the end of its holder's rule: death, overthrow, flight,
    impeachment ("Kim Jong-il| had died of a heart attack"). (words, start)."""
    m = RULE_ENDED.match(text, end)
    if m is None:
        return None
    verb = m[0].rsplit(",", 1)[-1].strip()  # past an apposition: "X, who had ruled since 1948,| had died"
    return verb, m.end() - len(verb)


def role_left(text: str, end: int) -> tuple[str, int] | None:
    """The role a name's own clause says it leaves or is put out of, whatever the role names: "Michael Flynn|
    resigned as national security adviser", "X| had been dismissed as director of the FBI" (the verb right
    after the name; the same limits as ``office_left`` but no country needed). (words, start): the caller
    needs the actor's record to say which office that was."""
    m = LEAVES.match(text, end) or REMOVED.match(text, end)
    return _role_after_leaving(text, m.end()) if m else None


def _role_after_leaving(text: str, after: int) -> tuple[str, int] | None:
    """The role phrase after a leaving verb ending at ``after``: "as" within four words, up to a preposition,
    a conjunction or a punctuation mark; not "former", nor a leaving told as past. (words, start)."""
    clause = re.match(r"[^,;:.!?()\"“”—–]*", text[after : after + 120])
    tokens = clause.group(0).split() if clause else []
    low = [t.lower() for t in tokens]
    if "as" not in low[:5] or PAST & set(low[: low.index("as")]) or any(re.fullmatch(r"(?:19|20)\d\d", t) for t in low):
        return None
    role: list[str] = []
    for tok in tokens[low.index("as") + 1 :]:
        if tok.lower() in OFFICE_STOP or len(role) >= 6:
            break
        role.append(tok)
    words = " ".join(role)
    if not role or FORMER & {w.lower() for w in role}:
        return None
    return words, text.find(words, after)


def role_named_within(name: str, book: Codebook) -> tuple[str, str] | None:
    """The role a title the NER took into a person's name says ("Journalist| Lourdes Maldonado", "Grand
    Ayatollah| Ali al-Sistani", "Gov.| Terry McAuliffe"): the leading words of the name that make a role
    phrase of the agents dictionary, when at least two words of the name follow, or one after a title of the
    clergy, who go by one name ("Metropolitan| Kirill", "Bishop| Tawadros"). (words, sector)."""
    tokens = name.split()
    for k in range(min(3, len(tokens) - 1), 0, -1):
        lead = " ".join(tokens[:k])
        if not all(t[0].isupper() for t in tokens[:k]):
            continue
        sector = "REL" if lead.lower() in CLERGY_LEADS else book.sector_ending(lead, whole=True)
        if sector and (len(tokens) - k >= 2 or sector == "REL"):
            return lead, sector
    return None


# titles of the Orthodox clergy before a name, which elsewhere are no cleric's ("the Metropolitan Police", "the
# family patriarch"): read only here, capitalised before a name, not in the agents dictionary
CLERGY_LEADS = {"metropolitan", "patriarch", "ecumenical patriarch"}


def _office_of_place(words: str, book: Codebook) -> str | None:
    """The sector of an office of a place, by the noun before "of" ("the Archbishop of Canterbury", "Mayor of
    Lyon"), or of a cleric's of any see or seat ("the Grand Imam of Al-Azhar"); not a body's, whose own sector
    the office is ("the leader of Hamas", "the president of Exxon")."""
    head, _, place = words.partition(" of ")
    office = book.sector_ending(head) if place else None
    if office and (office == "REL" or book.place(place) or book.country_in(place, capitals=True)):
        return office
    return None


def role_apposed_before(text: str, start: int, book: Codebook) -> tuple[str, int, str] | None:
    """The role an apposition right before a name says: "arrested its editor-in-chief|, Ryan Law", "the
    developer's chief executive|, Shawn Siu": the noun phrase before the comma, from its determiner (not one
    after a preposition: "according to the president, X" is no apposition), whose head ends a role phrase of
    the agents dictionary. (words, start, sector)."""
    m = re.search(r",\s+$", text[max(0, start - 4) : start])
    if not m or possessed_deputy(text, start):
        return None
    comma = start - len(text[max(0, start - 4) : start]) + m.start()
    tokens = text[max(0, comma - 80) : comma].split()
    phrase: list[str] = []
    for i in range(len(tokens) - 1, max(-1, len(tokens) - 6), -1):
        tok = tokens[i]
        if tok[-1] in ',;:!?"“”()' or tok.endswith("."):
            return None
        phrase.insert(0, tok)
        low = tok.lower()
        if low in DETERMINERS or low.endswith(("'s", "’s")) and i < len(tokens) - 1:
            before = tokens[i - 1].lower() if i > 0 else ""
            if before in PREPOSITIONS:
                return None
            words = " ".join(phrase)
            sector = book.sector_ending(words) or _principal(words, book) or _office_of_place(words, book)
            at = text.rfind(words, max(0, comma - 80), comma)
            placed = PLACE_AFTER_HEAD.search(words)
            if not sector and placed is not None:
                # "the UN commander| in Bosnia, Lieutenant General Michael Rose": the role up to its head
                words = words[: placed.start()]
                sector = book.sector_ending(words) or _principal(words, book)
            return (words, at, sector) if sector and at >= 0 else None
    return None


# where or for what a role is held, after its head ("the UN commander| in Bosnia", "the UN envoy| for Syria")
PLACE_AFTER_HEAD = re.compile(r"\s+(?:in|for)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*$")


@cache
def organisation_words() -> tuple[dict[str, str], dict[str, str], frozenset[str]]:
    """``organisation_words.tsv``: (the heads of names -> sector, the kind nouns read around names -> sector, the
    kind nouns read only before a name or heading its apposition)."""
    heads: dict[str, str] = {}
    kinds: dict[str, str] = {}
    before_only: set[str] = set()
    for line in (LEXICON_DIR / "organisation_words.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        phrase, sector, *where = line.split("\t")
        phrase, places = phrase.strip(), set(where[0].strip().split("+")) if where and where[0].strip() else set()
        if places == {"entities"}:
            continue  # a kind noun the entity stage reads, too loose for a code ("a Malaysian bomb maker")
        if not places or "name" in places:
            heads[phrase] = sector.strip()
        if places != {"name"}:
            kinds[phrase] = sector.strip()
        if "before" in places:
            before_only.add(phrase)
    return heads, kinds, frozenset(before_only)


POLICE_ACRONYM = re.compile(r"^[A-Z]{2,4}PD$")  # "NYPD", "LAPD": a city's police department
# "Center for Civil Liberties", "Egyptian Initiative for Personal Rights"; a country's Olympic or Paralympic committee
# (an association of its sports bodies: NGO, as the gold codes "Brazilian Olympic Committee"), not a legislature's
NGO_MARKERS = {"rights", "liberties", "olympic", "paralympic"}
FOREIGN_COMPANY_LEADS = {
    "banca", "banco", "banque", "bankhaus", "grupo", "gruppo", "groupe", "compagnie", "compania", "compañía",
    "societe", "société", "sociedad", "societa", "società", "empresa", "empresas", "industrias", "industrie",
}  # fmt: skip
CENTRAL_BANK_WORDS = {"central", "centrale", "d'italia", "france", "españa", "espana", "portugal", "mexico", "méxico"}
SPORT_WORDS = {
    "football",
    "soccer",
    "athletics",
    "athletic",
    "rugby",
    "cricket",
    "tennis",
    "cycling",
    "basketball",
    "hockey",
    "volleyball",
    "golf",
    "boxing",
    "swimming",
    "skiing",
    "chess",
    "handball",
    "baseball",
    "sports",
    "sport",
}
SPORT_BODY_HEADS = {"federation", "association", "union", "confederation", "board", "council", "committee"}
GOVERNMENT_HEADS = {"department", "ministry", "office", "division", "commission", "agency", "bureau", "council"}


# the heads of a state body's name when a state word leads it ("National ... Commission"); not council, whose
# National Councils are as often churches', parties' or trades'
STATE_BODY_HEADS = {
    "commission",
    "agency",
    "bureau",
    "office",
    "department",
    "ministry",
    "authority",
    "administration",
    "board",
    "service",
}
STATE_LEADS = {"national", "federal", "state"}
# the word before "Council" that makes it a place's elected government ("Shetland Islands Council", "Leeds City
# Council", "Kent County Council")
LOCAL_COUNCILS = {
    "city", "county", "district", "town", "borough", "island", "islands", "municipal", "regional", "provincial",
    "parish", "village", "metropolitan",
}  # fmt: skip
# ... and the heads a "public" lead makes a state's ("Public Utilities Commission"; not "Public Broadcasting Service")
PUBLIC_BODY_HEADS = {"commission", "authority", "agency"}
BROADCAST_LEADS = {"radio", "tv", "television"}  # the first word of a station's name
ELECTORAL = {"electoral", "election", "elections"}
ELECTORAL_HEADS = {"council", "commission", "board", "authority", "institute", "committee"}
# the words of a union's name (a body of workers by its members' noun, "Association of Mineworkers and
# Construction Union", "National Union of Mineworkers", "Confederation of Venezuelan Workers")
UNION_WORDS = {"union", "unions", "association", "federation", "confederation", "congress", "syndicate", "guild"}
LABOUR = {"labour", "labor"}  # "General Confederation of Labour"


def _union_of_workers(low: list[str]) -> str | None:
    """The words by which a name is a workers' union: a word of ``UNION_WORDS`` and its members' noun, a noun
    of the agents dictionary's workers (LAB: workers, employees, laborers) or a compound of it
    ("mineworkers", "steelworkers", "autoworkers"), or labour itself ("General Confederation of Labour",
    "American Federation of Labor")."""
    body = next((w for w in low if w in UNION_WORDS), None)  # the first, in the name's order (the same every run)
    members = [w for w in low if w.endswith(("workers", "employees", "laborers", "labourers")) or w in LABOUR]
    return f"{members[0]} {body}" if body and members else None


def organisation_head(name: str) -> tuple[str, str] | None:
    """The sector an organisation's own name says by its head word ("Apple Daily", "China Evergrande Group",
    "Bain Capital", "Congressional Black Caucus"), by a rights word ("Center for Civil Liberties": NGO), or as
    a city police department's acronym ("NYPD"). (words, sector)."""
    name = name.strip()
    if POLICE_ACRONYM.match(name):
        return name, "COP"
    tail = name.split()[-1:]
    if len(name.split()) >= 3 and tail and _key(tail[0]) in countries().names:
        # a company's national arm, named for its country after its own name ("Mobil Oil Canada", "Toyota Motor
        # Europe"): the name's head is before it
        return organisation_head(name[: name.rfind(tail[0])])
    low = [w.lower() for w in words_of(name)]
    if low[:1] == ["the"]:
        low = low[1:]
    if len(low) < 2:
        return None
    cut = next((i for i, w in enumerate(low) if i > 0 and w in ("of", "for", "on", "to", "against")), len(low))
    head = low[:cut]
    words = words_of(name)
    if not words[len(words) - len(low) + cut - 1][:1].isupper():
        _, kinds, before_only = organisation_words()
        last = head[-1]
        if cut == len(low) and last not in before_only and kinds.get(last) and words[-2][:1].isupper():
            return last, kinds[last]  # a kind noun the NER took into a name ("United Steelworkers union")
        return None  # the name's own word, capitalised: not "white supremacist group" the NER took for a name
    kind = international_kind(low, cut)
    if kind:
        return kind
    heads, _, _ = organisation_words()
    # a name that ends in a head phrase of three words or more, past "for" ("State Committee for National Security":
    # a state's security service)
    ending = next((p for p in (" ".join(low[i:]) for i in range(len(low) - 2)) if p in heads), None)
    if ending:
        return ending, heads[ending]
    if len(head) > 2 and " ".join(head[-2:]) in heads:
        return " ".join(head[-2:]), heads[" ".join(head[-2:])]  # "Chicago Police Department": its police
    if low[0] in FOREIGN_COMPANY_LEADS and len(low) >= 2 and not CENTRAL_BANK_WORDS & set(low):
        # a company named in its own language, its kind first: "Banca Popolare Italiana", "Grupo Televisa",
        # "Compagnie Generale des Eaux" (not a central bank: "Banque de France", "Banco Central do Brasil")
        return low[0], "BUS"
    if _sport_club(words):
        return " ".join(words), "BUS"
    sport = next((w for w in head if w in SPORT_WORDS), None)  # the first, in the name's order
    if sport and head[-1] in SPORT_BODY_HEADS:
        # a sport's governing body: "French Football Federation", "Ghana Football Association", "Rugby Football
        # Union" (no workers' union); NGO, as the gold codes every national one
        return f"{sport} {head[-1]}", "NGO"
    union = _union_of_workers(low)
    if union:
        return union, "LAB"
    if low[0] in ("daily", "weekly") and len(low) >= 2 and len(head) >= 2:
        return low[0], "MED"  # a paper named for how often it comes out: "The Daily Caller", "Weekly Standard"
    if low[0] in BROADCAST_LEADS and len(head) >= 2:
        return low[0], "MED"  # a station named as one: "Radio Veritas", "TV Azteca", "Radio Free Europe"
    if ELECTORAL & set(head) and head[-1] in ELECTORAL_HEADS:
        # a state's election body: "National Electoral Council", "Central Election Commission", "Election
        # Commission of India" (not "Electoral Reform Society")
        return f"{next(w for w in head if w in ELECTORAL)} {head[-1]}", "GOV"
    lead = next((w for w in head[:2] if w in STATE_LEADS or w == "public" and head[-1] in PUBLIC_BODY_HEADS), None)
    if head and head[-1] in STATE_BODY_HEADS and len(head) > 1 and lead:
        # a state's body by its first or second word and its head: "National Telecommunications Commission",
        # "Federal Aviation Administration", "Nevada State Athletic Commission", "Public Utilities Commission" (not
        # "National Council of Churches", "National Rifle Association")
        return f"{lead} {head[-1]}", "GOV"
    if len(head) >= 2 and head[-1] == "council" and head[-2] in LOCAL_COUNCILS:
        return f"{head[-2]} council", "GOV"  # "Shetland Islands Council", "Birmingham City Council": local government
    if head and head[-1] in GOVERNMENT_HEADS:
        return None  # "the Civil Rights Division", "Office for Civil Rights": a government's
    marker = next((w for w in low if w in NGO_MARKERS), None)
    if marker:
        return marker, "NGO"
    for k in (2, 1):
        phrase = " ".join(head[-k:])
        if len(head) > 1 and len(head) >= k and phrase in heads:  # "Group of Seven" has no head of two words
            if phrase == "register" and low[0] in STATE_LEADS:
                return None  # "Federal Register", "National Register of Historic Places": a state's record
            return phrase, heads[phrase]
    return None


def _sport_club(words: list[str]) -> bool:
    """Whether a name is a football club's (``club_city``) of a city the atlas knows ("Real IRA" names none,
    "Georgia United" a country). Clubs are companies, as the gold codes them."""
    city = club_city(words)
    return city is not None and _city(city)


def _city(words: str) -> bool:
    """Whether words name a city the atlas knows and no country or US state ("Georgia United" is no club)."""
    book = countries()
    return book.place(words) is not None and _key(words) not in book.names and _fold_words(words) not in _us_states()


# The heads of the Phoenix dictionary's organisations named "International ..." (or "Inter-American ...",
# "Intergovernmental ..."), by the sector most of its records with that head have: "International
# Organization for Migration", "International Criminal Tribunal" (IGO: 11 of 16 "organization" records, every
# tribunal, secretariat, mission and court); "International Crisis Group" aside, associations, federations,
# institutes, societies, networks, centres, leagues, alliances, committees, foundations (NGO: 97 of 97
# associations, 70 of 71 federations, ...). Heads the records split on (council, union, commission, agency,
# fund) give nothing.
INTERNATIONAL_LEADS = {"international", "intergovernmental", "inter-american", "inter-parliamentary", "inter-african"}
INTERNATIONAL_IGO_HEADS = {"organization", "organisation", "tribunal", "secretariat", "mission", "court"}
INTERNATIONAL_NGO_HEADS = {
    "association",
    "federation",
    "confederation",
    "institute",
    "society",
    "network",
    "centre",
    "center",
    "league",
    "alliance",
    "committee",
    "foundation",
    "academy",
    "movement",
}


def international_kind(low: list[str], cut: int) -> tuple[str, str] | None:
    """IGO or NGO from an organisation's name that says it spans countries: its first word is "International"
    (``INTERNATIONAL_LEADS``) and its head one most of the dictionary's such names of that sector have; or it is
    an organisation of states by its words: a treaty's ("Collective Security Treaty Organization", "Southeast
    Asia Treaty Organization"), a cooperation organisation ("Shanghai Cooperation Organisation"), an
    "Organization of ... States|Countries|Nations" ("Organization of Petroleum Exporting Countries").
    ``low``: the name's lower-case words; ``cut``: where its head's phrase ends. (words, sector)."""
    head = low[cut - 1] if cut else ""
    if head in ("organization", "organisation", "alliance") and (
        {"treaty", "cooperation", "co-operation"} & set(low[:cut])
    ):
        return " ".join(low[:cut][-3:]), "IGO"
    if head in ("organization", "organisation") and cut < len(low) and low[-1] in ("states", "countries", "nations"):
        return " ".join(low), "IGO"
    if low[0] in INTERNATIONAL_LEADS and cut >= 2:
        if head in INTERNATIONAL_IGO_HEADS:
            return f"{low[0]} {head}", "IGO"
        if head in INTERNATIONAL_NGO_HEADS:
            return f"{low[0]} {head}", "NGO"
    return None


IGO_BACKED = re.compile(
    r"(?:\bU\.N\.|\bUN|\bUnited Nations|\bEU|\bE\.U\.|\bAfrican Union|\bOAS)[-‐]"
    r"(?:backed|sponsored|mandated|created)\s+$"
)
IGO_BACKED_HEADS = {"commission", "tribunal", "court", "mission", "panel"}


def _head_word(name: str) -> str:
    """The head of a name's first phrase, lower case: "commission" of "International Commission against
    Impunity"."""
    low = [w.lower() for w in words_of(name)]
    cut = next((i for i, w in enumerate(low) if i > 0 and w in ("of", "for", "on", "to", "against", "in")), len(low))
    return low[cut - 1] if cut else ""


ADVOCACY_PREPOSITIONS = {"for", "against", "without", "to"}
# words by which a name is a state's body ("National Center for Health Statistics", "Office for Civil Rights")
STATE_WORDS = {
    "national",
    "federal",
    "state",
    "presidential",
    "royal",
    "government",
    "ministry",
    "department",
    "office",
    "house",
    "senate",
    "congressional",
    "parliamentary",
    "us",
    "u.s",
}


def advocacy_name(name: str) -> str | None:
    """The words by which an organisation's name is an advocacy group's (NGO): a head of
    ``advocacy_heads.txt`` (people in the plural, a campaigning body) before "for", "against", "without" or
    "to" and a verb: "Citizens for| Tax Justice", "Mothers Against| Drunk Driving", "Committee to| Protect
    Journalists". Not a name with a state's word ("National Center for Health Statistics"), nor "to" and a
    place ("Committee to Cyprus")."""
    words = words_of(name)
    low = [w.lower().rstrip(".") for w in words]
    i = next((k for k, w in enumerate(low) if k > 0 and w in ADVOCACY_PREPOSITIONS), None)
    if i is None or i + 1 >= len(low) or low[i - 1] not in code_words("advocacy_heads.txt"):
        return None
    if STATE_WORDS & set(low[:i]) or not words[i - 1][:1].isupper() or low[-1] in ("party", "parties"):
        return None  # a state's body; a party ("Popular Movement for Democracy party")
    if low[i] == "to" and (not words[i + 1][:1].isupper() or countries().country_in(" ".join(words[i + 1 :]))):
        return None
    return " ".join(words[i - 1 : i + 1])


ACADEMIC = re.compile(r"\b(?:University|College|Institute of Technology)\b")


def academic_setting(text: str, start: int, end: int) -> bool:
    """Whether an organisation's name holds or stands beside a university's (within 80 characters after it, 50
    before it, in its sentence: "the Rudin Center for Transportation at New York University", "University of
    Virginia's Center for Politics", "the Center for American Women and Politics at the Eagleton Institute of
    Politics at Rutgers University"): a university's centre, not an advocacy group."""
    after = re.match(r"[^.;:!?]{0,80}", text[end : end + 80])
    return bool(
        ACADEMIC.search(text[start:end])
        or ACADEMIC.search(text[max(0, start - 50) : start].split(".")[-1])
        or (after and ACADEMIC.search(after.group(0)))
    )


# a party's standing before its name ("the ruling National Democratic Congress", organisation_words.tsv), which a
# state's ruling body has too ("the ruling Transitional Military Council", "the ruling military junta")
STANDING_WORDS = frozenset({"opposition", "ruling", "governing"})  # a party's standing ("the opposition X")
PARTY_STANDING = STANDING_WORDS - {"opposition"}
STATE_BODY_WORDS = {"military", "junta", "army", "armed", "forces", "council", "government", "transitional"}


# the name of a list right before another's, up to the "and" or comma between ("NUPENG| and PENGASSAN"): upper-case
# words only, so that a clause's words never pass for a list's name
EARLIER_IN_LIST = re.compile(r"(?<![\w.’'-])([A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*){0,3})(?:,\s+and|,|\s+and)\s+\Z")


PRINTED_IN = re.compile(
    r"\b(?:an?|one)\s+(?:[\w-]+\s+){0,2}?(report|article|story|editorial|column|interview|op-ed|cartoon|headline"
    r"|obituary)\s+(?:published\s+|carried\s+|printed\s+|run\s+)?in\s+(?:[Tt]he\s+)?(?:[A-Z]\w*['’]s\s+)?$"
)
EXAMPLE_OF = re.compile(r"\s+(?:such\s+as|including)\s+$")


def organisation_kind(text: str, start: int, end: int) -> tuple[str, int, str] | None:
    """The kind noun the words around an organisation's name give it: right after it ("Cosmopolitan
    magazine", "the CGT labour federation", "Sinaloa cartel"), right before it ("the satirical weekly
    Charlie Hebdo", "the opposition newspaper Cumhuriyet") or heading its apposition ("Patriot Coal, one of
    the nation's largest coal companies", "Energoatom, Ukraine's state nuclear operator"). (words, start,
    sector)."""
    _, kinds, before_only = organisation_words()
    backed = IGO_BACKED.search(text[max(0, start - 40) : start])
    if backed and _head_word(text[start:end]) in IGO_BACKED_HEADS:
        # "the U.N.-backed International Commission against Impunity in Guatemala", "a UN-backed tribunal":
        # a body an international organisation set up is international (not "the UN-backed government")
        return backed[0].strip(), start - len(backed[0]), "IGO"
    printed = PRINTED_IN.search(text[max(0, start - 40) : start])
    if printed:
        # what a paper prints ("confirmed a report in| The Observer", "an editorial in| Le Monde"); not "the bank's
        # annual report in| the House of Commons", where it was read
        return printed[1], start - len(printed[0]) + printed.start(1) - printed.start(), "MED"
    after = re.match(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?", text[end : end + 40])
    if after:
        for phrase in (f"{after[1]} {after[2]}" if after[2] else None, after[1]):
            if phrase and (sector := _kind_of(phrase, kinds, before_only, after=True)):
                return phrase, end + after.start(1), sector
    # a later name of a list takes the kind noun before its first ("the striking oil unions NUPENG and| PENGASSAN")
    first = start
    while (earlier := EARLIER_IN_LIST.search(text, max(0, first - 50), first)) is not None:
        if first == start and not earlier.group(0).rstrip().endswith("and"):
            break  # a list's last name follows "and" ("NUPENG and| PENGASSAN"); "Tuesday,| Amnesty" is no list
        if earlier.group(1).lower() in WEEKDAYS:
            break
        first = earlier.start(1)
    # "the independent weekly| The Standard": a name's own "The" the NER left out stands between; "state firms such
    # as| Sonangol": the kind an example is given of
    example = EXAMPLE_OF.search(text, max(0, first - 12), first)
    if example:
        first = example.start() + 1
    window = re.sub(r"\s+The\s+$", " ", text[max(0, first - 44) : first])
    # (a creed's capitalised word may open the kind: "the banned Islamist group| X")
    before = re.search(r"(?:^|[\s(])((?:(?:[a-z][\w-]*|[A-Z][a-z]+ist)\s+)?([a-z][\w-]*))\s+$", window)
    lead = text[max(0, first - 60) : first].split()[-4:-1]
    standing_of_state = PARTY_STANDING & {w.lower() for w in text[max(0, first - 12) : first].split()} and (
        STATE_BODY_WORDS & {w.lower() for w in text[start:end].split()}
    )  # "the ruling Transitional Military Council": a junta rules, no party
    if standing_of_state:
        ruling = re.search(r"\b(ruling|governing)\s+$", text[max(0, first - 12) : first], re.IGNORECASE)
        if ruling:
            # ... it is the government ("the ruling State Law and Order Restoration Council": GOV)
            return ruling[1], max(0, first - 12) + ruling.start(1), "GOV"
    if (
        before
        and not standing_of_state
        and (
            any(w.lower() in DETERMINERS or w.endswith(("'s", "’s")) for w in lead)
            or " " in before[1].strip()
            or countries().country_in(lead[-1:][0] if lead else "")
        )
    ):
        # a kind noun after a determiner ("the official newspaper El Peruano"), a noun ("engineering firm
        # SNC-Lavalin") or a demonym ("Chinese carmaker Geely"), not an adjective ("firm Sterling")
        for phrase in (before[1], before[2]):
            phrase = " ".join(phrase.split())
            if first < start and not phrase.endswith("s"):
                continue  # a list takes a plural kind ("unions"), not one of its first name ("the ruling| LDP and")
            if sector := _kind_of(phrase.lower(), kinds, before_only):
                return phrase, text.rfind(phrase, max(0, first - 40), first), sector
    apposed = _kind_apposed(text, end, kinds, before_only)
    if apposed:
        return apposed[0], apposed[1], apposed[2]
    return _kind_apposed_before(text, start, end, kinds, before_only)


# a description set off before a name it is apposed to: "Colombia's largest union federation|, the |CUT|,", "the
# country's biggest opposition party|, |X|,"; (the kind's words)
APPOSED_BEFORE = re.compile(
    r"(?:\b[Tt]he\s+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?['’]s\s+)(?:[a-z][\w-]*\s+){0,3}?"
    r"((?:[a-z][\w-]*\s+)?[a-z][\w-]*),\s+(?:the\s+)?$"
)


def _kind_apposed_before(
    text: str, start: int, end: int, kinds: dict[str, str], before_only: frozenset[str]
) -> tuple[str, int, str] | None:
    """The kind noun heading a description set off right before an organisation's name, the name closed by a comma
    or the sentence's end ("Colombia's largest union federation, the CUT, led"): (kind words, start, sector)."""
    if not re.match(r"\s*[,.;)]", text[end : end + 2]):
        return None
    described = APPOSED_BEFORE.search(text, max(0, start - 80), start)
    if described is None:
        return None
    words = described[1]
    for phrase in (words, words.split()[-1]):
        if sector := _kind_of(phrase.lower(), kinds, before_only):
            at = described.start(1) + len(words) - len(phrase)
            return phrase, at, sector
    return None


def _singular(phrase: str) -> str:
    """A phrase with its last word in the singular, by the regular endings ("private broadcasters" -> "private
    broadcaster", "coal companies" -> "coal company")."""
    *lead, last = phrase.split()
    if last.endswith("ies") and len(last) > 4:
        last = last[:-3] + "y"
    elif last.endswith(("ches", "shes", "sses", "xes")):
        last = last[:-2]
    elif last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*lead, last])


def _kind_apposed(
    text: str, end: int, kinds: dict[str, str], before_only: frozenset[str]
) -> tuple[str, int, str, str] | None:
    """The kind noun heading the apposition right after an organisation's name ("Patriot Coal|, one of the
    nation's largest coal companies", "Bofors|, the Swedish arms maker"): (kind words, start, sector, the
    apposition's words up to its head)."""
    appo = re.match(r"\s*,\s+([^,;:.!?()\"“”—–]{1,90})", text[end : end + 100])
    if not appo:
        return None
    tokens = appo[1].split()
    one_of = tokens[:2] == ["one", "of"]
    if one_of:
        tokens = tokens[2:]
    if not tokens or not (tokens[0].lower() in DETERMINERS or tokens[0].endswith(("'s", "’s"))):
        return None
    head: list[str] = []
    for i, tok in enumerate(tokens):
        if tok.lower() in SPEECH:
            return None  # "X, the company said"
        if tok.lower() in APPOSITION_STOP or (i > 1 and _ing_clause(tok.lower(), kinds)):
            break  # "Imedi, a private television station| backing the opposition"
        if i > 1 and tokens[i + 1 : i + 2] == ["by"]:
            break  # a participle's clause: "the handset maker| led by Sanjay Jha", "the carmaker| founded by"
        head.append(tok)
    low = [t.lower() for t in head]
    for k in (2, 1):
        phrase = " ".join(low[-k:])
        # a kind noun in lower case: "the International Consortium of ..." is a name
        sector = _kind_of(phrase, kinds, before_only) if len(low) >= k and head[-1].islower() else None
        if sector is None and one_of and len(low) >= k and head[-1].islower():
            # "one of Poland's biggest private broadcasters": one of a kind the word list has in the singular
            sector = _kind_of(_singular(phrase), kinds, before_only)
        if sector:
            at = text.lower().find(phrase, end)  # "the Japanese maker": found as written
            return text[at : at + len(phrase)], at, sector, " ".join(head)
    return None


# the generic nouns of an organisation that a trade word before them makes a company's ("trade_words.txt")
TRADE_HEADS = {"group", "groups", "concern", "concerns", "giant", "giants", "business", "businesses"}
# the trade nouns of a maker ("arms maker", "chipmaker", "steelmakers"): a company whatever it makes, but for the
# makers that are people ("lawmakers", "a film-maker", "a documentary maker", "policymakers")
MAKER = re.compile(r"([a-z]*)-?makers?")
PEOPLE_MAKERS = {"law", "policy", "film", "movie", "documentary", "peace", "trouble", "decision", "king", "match"}
PEOPLE_MAKERS |= {"dress", "home", "play", "merry", "holiday", "rain", "noise", "deal", "speech", "image"}
PEOPLE_MAKERS |= {"bomb"}  # "a Malaysian bomb maker" (a watchmaker or a shoemaker is as often a company)


def kind_sector(phrase: str) -> str | None:
    """The sector a lower-case kind phrase gives an organisation, by its last two words or its last
    ("the Spanish| energy group": BUS, "telecoms company": BUS)."""
    _, kinds, before_only = organisation_words()
    words = phrase.lower().split()
    for n in (2, 1):
        if len(words) >= n and (sector := _kind_of(" ".join(words[-n:]), kinds, before_only)):
            return sector
    return None


def _kind_of(phrase: str, kinds: dict[str, str], before_only: frozenset[str], after: bool = False) -> str | None:
    """The sector a kind noun gives an organisation: ``organisation_words.tsv``, or a maker of things. Right
    after a name (``after``) only the kinds read there: "a C.I.A. contractor", "Affordable Care Act exchanges",
    "European Community steelmakers" are another's."""
    if after:
        return None if phrase in before_only else kinds.get(phrase)
    if phrase in kinds:
        return kinds[phrase]
    words = phrase.split()
    if len(words) == 2 and words[1] in TRADE_HEADS and words[0] in code_words("trade_words.txt"):
        return "BUS"  # "the mining group", "the Swiss chocolate group": a group of a trade is a company
    maker = MAKER.fullmatch(words[-1]) if words else None
    if maker is None or (maker[1] or (words[-2] if len(words) > 1 else "")) in PEOPLE_MAKERS:
        return None
    # "chipmaker" alone, "arms maker" with what it makes
    return "BUS" if (maker[1] and len(words) == 1) or (not maker[1] and len(words) == 2) else None


# the words of a company's accounts between "its" and what it reports ("said its quarterly net profit rose")
ACCOUNT_WORDS = (
    r"(?:(?:net|quarterly|annual|operating|pre-tax|pretax|full-year|half-year|first-half|second-half|first-quarter|"
    r"second-quarter|third-quarter|fourth-quarter|record)\s+){0,2}(?:profits?|losses|loss|revenues?|sales|earnings)"
)
# what only a company does or has, right after its name: failing ("Enron| filed for bankruptcy", "went into
# administration"), agreeing to a deal only companies make ("Mannesmann| agreed on Thursday to a takeover") or its
# shares ("Lonmin's| shares", "Wirecard| shares fell")
COMPANY_AFTER = re.compile(
    r"(?:\s+(?:has\s+|had\s+|have\s+|will\s+|would\s+)?(?:filed\s+for\s+(?:bankruptcy|insolvency|chapter\s+11|"
    r"creditor\s+protection)|went\s+(?:bankrupt|into\s+(?:administration|receivership|liquidation))|"
    r"declared\s+(?:bankruptcy|insolvency)|(?:agreed|accepted|rejected)\s+(?:[\w,]+\s+){0,3}?(?:to\s+)?(?:a|an|the)"
    r"\s+(?:[\w$.,-]+\s+){0,4}?(?:takeover|merger|buyout)\b)"
    r"|(?:['’]s)?\s+(?:shares|stock|share\s+price|shareholders)\b"
    r"|['’]s\s+(?:(?:takeover|acquisition|buyout)\s+(?:bid\s+)?(?:of|for)|bid\s+for|chief\s+executive|ceo)\b"
    # two companies that agree to merge ("Glaxo Wellcome and SmithKline Beecham agreed on Monday to merge")
    r"|(?:\s+and\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})?\s+(?:have\s+|had\s+)?(?:agreed|voted|decided)"
    r"\s+(?:[\w,]+\s+){0,3}?to\s+merge\b"
    # its chief executive in its own words ("OceanGate said its chief executive ... had died")
    r"|\s+(?:said|says|announced)\s+(?:that\s+)?its\s+(?:chief\s+executive|ceo)\b"
    # its accounts, stakes and bids (round 190: "X said its quarterly net profit rose", "Oneksimbank won a 25 percent
    # stake", "X declared force majeure", "X launched a hostile bid"; not "said it regretted the loss of lives",
    # "reported heavy losses"), also after the rest of a name the NER cut ("SmithKline| Beecham agreed to merge")
    r"|(?-i:(?:\s+[A-Z][\w&.'’-]*){0,2})\s+(?:has\s+|had\s+)?(?:(?:said|reported)\s+(?:that\s+)?its\s+"
    + ACCOUNT_WORDS
    + r"|reported\s+(?:a\s+)?"
    + ACCOUNT_WORDS
    + r"|(?:won|bought|took|acquired|sold)\s+(?:a|its)\s+(?:[\w.-]+\s+){0,2}"
    r"stake|agreed\s+(?:on\s+\w+\s+)?to\s+(?:buy|acquire|sell|merge)|declared\s+force\s+majeure"
    r"|launched\s+a\s+(?:hostile\s+)?(?:takeover\s+)?bid)\b)",
    re.IGNORECASE,
)
# the makers of aircraft whose name follows an operator's ("a Germanwings Airbus flying from"): the entity
# stage's list; below, makers of two words or whose word is a name too ("Douglas"), read only before a model or
# a vehicle
MAKERS = sorted(entity_words("vehicle_makers.txt"))
# what a transport company runs, right after its name: "A TAM Airbus A320", "An Itavia DC-9", "a Great Western
# express", "a Greyhound bus": the carrier's name before a maker's, a model's or a vehicle's (not an air force's,
# whose name gives its own sector first)
CARRIER_AFTER = re.compile(
    rf"\s+(?:(?:{'|'.join(MAKERS)}|McDonnell\s+Douglas|Douglas|ATR|Lockheed|Sukhoi\s+Superjet)\s+)?"
    r"(?:[A-Z]{1,3}[a-z]?-?\d{1,4}\w*(?:-\d+)?\s+)?"
    r"(?:(?:commuter|passenger|cargo|freight|express|high-speed|night|sleeper|car|cruise)\s+)?"
    r"(?:jet|jets|jetliner|jetliners|airliner|airliners|plane|planes|aircraft|train|trains|express|ferry|ferries|"
    r"bus|buses|coach|tanker|freighter|ship|liner|helicopter|turboprop)\b"
    r"|\s+(?:[A-Z]{1,3}[a-z]?-?\d{1,4}\w*(?:-\d+)?|Airbus\s+A?\d{3}\w*(?:-\d+)?|Boeing\s+\d{3}\w*(?:-\d+)?)(?![\w-])"
    rf"|\s+(?:{'|'.join(MAKERS)})(?=\s+[a-z]|\s*[,;.])"
)
DECLARED_FAILED = re.compile(r"\s+(bankrupt|insolvent)\b")
CARRIER_OPENS = re.compile(r"\b(?:a|an|the|one\s+of\s+its)\s+$", re.IGNORECASE)
# ... or right before it: "shares in| Lonmin", "a stake in| Yukos", "shareholders of| Rosneft"; a deal only
# companies make ("the takeover of| Twitter", "a takeover by (Britain's)| Vodafone", "a merger with| Severstal", "a bid
# for| Yuganskneftegaz"); a company's officers ("chairman and chief executive of| Guinness"); a works one runs
# or owns ("a garment factory run by| Tazreen Fashions")
COMPANY_BEFORE = re.compile(
    r"\b(?:(?:shares|stake|stakes|shareholders|shareholding)\s+(?:in|of)"
    r"|(?:takeover|buyout|acquisition)\s+(?:bid\s+)?(?:of|for|by)|(?:takeover\s+)?bid\s+(?:worth\s+[\w\s.$,]+?\s+)?for"
    r"|merger\s+(?:with|of)|subsidiary\s+of"
    r"|(?:chief\s+executive(?:\s+officer)?|ceo|chief\s+(?:financial|operating)\s+officer|managing\s+director)\s+of"
    r"|(?:factory|plant|mine|refinery|mill|smelter|shipyard|rig|store|stores|hotel|depot|warehouse|terminal)\s+"
    r"(?:run|owned|operated|leased)"
    r"\s+by)\s+(?:the\s+)?(?:[A-Z][\w.]*['’]s\s+)?(?:[\w.-]+-based\s+|rival\s+)?"
    # and up to three lower-case words of its kind, none a function word (round 190: "a stake in the state telecoms
    # holding| Svyazinvest"; not "a bid for peace with the| Mai Mai")
    r"(?:(?!(?:with|of|the|for|in|to|from|by|and|on|at|against|over|into)\s)[a-z][\w'-]*\s+){0,3}$",
    re.IGNORECASE,
)


# ... and, before an organisation's name (not a place's: "to buy Greenland"), its being bought or bid for: "agreed
# on Monday to buy| MCA", "a bidding battle with| Jacobs Suchard", "its assets were sold to| Key Safety Systems",
# "won control of| Telecom Italia"
BOUGHT_BEFORE = re.compile(
    r"\b(?:(?:to|would|will|agreed|offered)\s+(?:[\w$.,-]+\s+){0,4}?(?:buy|acquire|take\s+over)|bought|acquired"
    r"|(?:to\s+be|were|was|be|being)\s+(?:bought|acquired|taken\s+over)\s+by|(?:were|was|be|being)\s+sold\s+to"
    r"|bidding\s+(?:battle|war|contest)\s+(?:with|for)|rival\s+(?:bid|offer)\s+(?:from|by)|won\s+control\s+of)"
    r"\s+(?:the\s+|its\s+|rival\s+)?(?:[\w.-]+-based\s+)?$",
    re.IGNORECASE,
)


def company_said(text: str, start: int, end: int, organisation: bool = False) -> tuple[str, int] | None:
    """The words around an organisation's name that only a company's take: its failing ("filed for bankruptcy")
    or its shares ("shares in| X", "X's| shares"); an ``organisation``'s being bought ("agreed to buy| X").
    (words, start)."""
    after = COMPANY_AFTER.match(text, end)
    if after:
        words = after[0].strip()
        return words, text.index(words, after.start())
    carrier = CARRIER_AFTER.match(text, end) if organisation else None
    if carrier and CARRIER_OPENS.search(text, max(0, start - 16), start):
        words = carrier[0].strip()
        return words, text.index(words, carrier.start())
    failed = DECLARED_FAILED.match(text, end)
    if failed and re.search(r"\bdeclared\s+$", text[max(0, start - 12) : start]):  # "declared Sabena bankrupt"
        return failed[1], failed.start(1)
    window = max(0, start - 80)  # "a hostile bid worth more than 100 billion dollars for| Mannesmann"
    before = COMPANY_BEFORE.search(text[window:start])
    if before is None and organisation:
        before = BOUGHT_BEFORE.search(text[window:start])
    return (before[0].strip(), window + before.start()) if before else None


# a capitalised word, then a kind noun of one or two words, right before a name: "Chinese carmaker| Geely"
KIND_BEFORE = re.compile(r"(?:^|\s)([A-Z][\w.-]*)\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s+$")
# where an organisation is based, said in a compound: "a London-based consultancy", "the Bahamas-based exchange"
BASED = re.compile(r"((?:[A-Z][\w.]*)(?:[\s-][A-Z][\w.]*){0,2})-(?:based|listed|headquartered|registered)$")


def organisation_home(text: str, start: int, end: int, book: Codebook) -> tuple[str, int, str] | None:
    """The country the words giving an organisation its kind say it is of: a country word in the apposition
    that a kind noun heads ("Bofors|, the Swedish arms maker", "Sanlu Group|, one of China's biggest dairy
    companies", "Cambridge Analytica|, a London-based political consultancy"), or a demonym right before a
    kind noun before the name ("Chinese carmaker| Geely"). (words, start, alpha-3)."""
    _, kinds, before_only = organisation_words()
    apposed = _kind_apposed(text, end, kinds, before_only)
    if apposed:
        words = apposed[3]
        for tok in words.split():
            based = BASED.match(tok)
            iso = home_place(based[1], book) if based else _country_of(tok, book) or _country_named(tok, book)
            if iso:
                return words, text.find(words, end), iso
        return None
    before = KIND_BEFORE.search(text[max(0, start - 60) : start])
    if before is None or not any(_kind_of(p, kinds, before_only) for p in (before[2], before[2].split()[-1])):
        return None
    iso = _country_named(before[1], book)
    if iso:
        at = text.rfind(before[1], max(0, start - 60), start)
        return text[at:start].strip(), at, iso
    return None


def _country_named(words: str, book: Codebook) -> str | None:
    """The country words name whole, by name, alias or demonym ("Swedish", "U.K."; not "British Columbia")."""
    found = book.country_in(words)
    return found[0] if found and _key(found[1]) == _key(words) else None


def home_place(words: str, book: Codebook) -> str | None:
    """The country of the place a "-based" or "-listed" compound names: a country's own name or demonym ("U.K.-
    based"), else a US state or a city ("Memphis-based"); not a country word inside a region's name ("British
    Columbia-based")."""
    named = book.country_in(words, capitals=True)
    return named[0] if named and _key(named[1]) == _key(words) else book.place(words)


# what a people's plural is doing when it is refugees: "Cubans seeking asylum", "Rohingya fleeing the army",
# "Syrians who had fled the war", "Iraqis displaced by the fighting" (CAMEO's REF: refugees and the displaced)
# ("Americans fled the compound" is an act of theirs, not what they are: "fled" only in a relative clause)
FLEEING = re.compile(
    r"\s*,?\s+(?:(?:who|that)\s+(?:had\s+|have\s+|has\s+)?fled|(?:who\s+(?:were\s+|are\s+)?)?"
    r"(?:fleeing|seeking\s+(?:asylum|refuge|safety)|displaced\s+by|driven\s+from\s+their\s+homes))\b",
    re.IGNORECASE,
)


# "refugees| have fled Ukraine", "migrants| who fled from Venezuela", "civilians| fleeing Mosul": the place fled
FLED_FROM = re.compile(
    r"\s*,?\s*(?:who\s+|that\s+)?(?:have\s+|had\s+|has\s+)?(?:fled|fleeing|escaped|escaping)\s+(?:from\s+)?"
    r"((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)


def place_fled(text: str, end: int) -> tuple[str, int] | None:
    """The capitalised name of the place a group has fled, right after the group ("... have fled| Ukraine"), with
    the end of the words read; a sentence's full stop is not the name's."""
    fled = FLED_FROM.match(text, end)
    if fled is None:
        return None
    place = fled[1].rstrip(".")
    return place, fled.start(1) + len(place)


# the place a group comes from, right after it ("refugees from| Syria", "Students from| Kiev", "migrants from| the
# Comoros")
FROM_PLACE = re.compile(r"\s+from\s+((?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
# ... unless the clause takes the group away from it ("recalled their ambassadors from| Doha", "evacuated
# thousands of villagers from| the Batken region", "banned Russia from| the Olympics")
TAKEN_FROM = re.compile(
    r"\b(?:recall\w*|withdr[ae]w\w*|withdrawing|withdrawn|evacuat\w*|evict\w*|bann?(?:ed|ing|s)?|barr(?:ed|ing)|bars?"
    r"|expel\w*|pull\w*|remov\w*|rescu\w*|free[ds]?|freeing|releas\w*|deport\w*|oust\w*|exclud\w*|kick\w*"
    r"|drove|driv(?:e|es|en|ing)|chas(?:e|ed|es|ing)|seiz\w*|abduct\w*|kidnapp?\w*|took|tak(?:e|es|en|ing)"
    r"|airlift\w*|flew|flown|fly(?:ing)?|bus(?:ed|sed|ing|sing)|return\w*|repatriat\w*|extradit\w*|suspend\w*"
    r"|dismiss\w*|fired|firing|sack\w*)\b[^.;:]*$",
    re.IGNORECASE,
)


# a list of places going on after one ("from Syria|, Iraq and Afghanistan")
LIST_GOES_ON = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){1,4}"
)


def place_come_from(text: str, start: int, end: int) -> tuple[list[str], int] | None:
    """The capitalised names of the places a group comes from, right after the group ("refugees from| Syria",
    "Students from| Kiev and Lviv"), with the end of the words read; None when its clause takes the group away
    from the place ("recalled their ambassadors from Doha")."""
    found = FROM_PLACE.match(text, end)
    if found is None or TAKEN_FROM.search(text, max(0, start - 80), start):
        return None
    more = LIST_GOES_ON.match(text, found.end())
    if more is not None:
        # "Students from Kiev and Lviv": the places listed, for the caller to find them all of one country
        places = [found[1], *(p.strip() for p in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", more[0]) if p.strip())]
        return [p.removeprefix("the ").rstrip(".") for p in places], found.start(1) + len(found[1]) + len(more[0])
    place = found[1].rstrip(".")
    return [place.removeprefix("the ")], found.start(1) + len(place)


def fleeing_after(text: str, end: int) -> bool:
    """Whether the words right after a group say it flees or seeks asylum ("Cubans| seeking asylum")."""
    return bool(FLEEING.match(text, end))


def on_strike(words: str) -> bool:
    """Whether a group's words say it is on strike ("striking air traffic controllers", "striking doctors"):
    people who strike act as labour (CAMEO's LAB), whatever their trade's own sector."""
    low = words.lower().split()
    return "striking" in low[:-1]


# a group that goes on strike ("taxi drivers went on strike", "miners who had staged a two-day strike"); not
# "launched a strike" (an army's) nor "walked out" (of talks as often as of work)
STRIKE_AFTER = re.compile(
    # a place or a workplace may come between ("doctors| at public hospitals across Kenya walked off the job")
    r"(?:\s+(?:at|in|across|from)\s+(?:[\w'’-]+,?\s+){0,6}?[\w'’-]+(?=\s))?"
    r"(?:\s*,?\s*(?:(?:who|which|that|have|has|had|had\s+been|have\s+been|were|are|was)\s+)*"
    r"(?:(?:went|go|goes|gone|going)\s+on|(?:staged?|staging|held|hold|began|begun)\s+an?)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strike|stoppage|walkout)\b"
    r"|\s*,?\s*(?:who\s+)?(?:walked|walk|walking)\s+off\s+the\s+job\b|\s*,?\s*(?:who\s+)?downed\s+tools\b)"
)


def strikes_after(text: str, end: int) -> bool:
    """Whether the group named up to ``end`` goes on strike in the words after it ("taxi drivers went on
    strike", "70,000 miners walked off the job"): people who strike act as labour, as "striking" ones do."""
    found = STRIKE_AFTER.match(text, end)
    return found is not None and "hunger" not in found.group(0).lower()  # a hunger strike is a protest, not labour's


# workers a disaster kills, traps or leaves missing ("killing more than 180 workers", "about 35 workers trapped",
# "300 workers were missing", "capsized with 212 oil workers aboard"): its victims, civilians (CVL), not labour
VICTIM_BEFORE = re.compile(
    r"\b(?:killing|killed|kills|kill|trapping|trapped|burying|buried|injuring|injured)\s+"
    r"(?:(?!and\b|or\b)[\w,-]+\s+){0,4}$"  # not across a second clause: "killed two and arrested 40 workers"
)
VICTIM_AFTER = re.compile(
    r"\s*,?\s*(?:(?:who\s+)?(?:were|are|was|had\s+been|have\s+been)\s+(?:trapped|missing|killed|buried)"
    r"|(?:still\s+)?(?:trapped|missing|feared\s+dead|aboard|on\s+board))\b"  # not "workers killed a manager"
)


def workers_as_victims(text: str, start: int, end: int) -> bool:
    """Whether the workers named at text[start:end] are a disaster's victims ("killing more than 180 workers",
    "leaving 11 workers missing", "35 workers trapped in a tunnel"): civilians, not labour."""
    return bool(VICTIM_BEFORE.search(text[max(0, start - 40) : start]) or VICTIM_AFTER.match(text, end))


WORKER_HEADS = {"worker", "workers", "employee", "employees"}
STAFF_SECTORS = {"GOV", "PTY", "MIL", "COP", "JUD", "LEG", "SPY"}  # bodies of a state or a party


def staff_of(words: str, book: Codebook) -> tuple[str, str] | None:
    """(sector, words) of workers named by a state's or a party's body they work for ("government workers",
    "embassy workers": GOV; "campaign workers": PTY), over the agents dictionary's "worker" (LAB), which stays
    for those of a trade or a business ("shipyard workers", "bank workers")."""
    low = [w.strip(".,'’") for w in words.lower().split()]
    if len(low) < 2 or low[-1] not in WORKER_HEADS:
        return None
    for i in range(len(low) - 2, -1, -1):
        sector = book.agents.get(low[i])
        if sector in STAFF_SECTORS:
            return sector, f"{low[i]} {low[-1]}"
    return None


POLICE_FORCES = {"police", "gendarmerie", "gendarme", "carabinieri"}  # "gendarmerie commandos": a police force's


def police_members(words: str, book: Codebook) -> tuple[str, str] | None:
    """(COP, words) of people of the police named by what they are ("Police commandos", "police officers"): the
    police's own, as the entity stage reads them (``mentions._police_members``), over the sector the agents
    dictionary gives the noun alone (Phoenix's "commandos" are an army's, MIL)."""
    low = [w.strip(".,'’") for w in words.lower().split()]
    if len(low) < 2 or low[-2] not in POLICE_FORCES or low[-1] not in book.agents:
        return None
    return "COP", f"{low[-2]} {low[-1]}"


# people who have left their country: its demonym before them names the country they left, not where they are
LEFT_HOME = {
    "refugee",
    "refugees",
    "migrant",
    "migrants",
    "emigrant",
    "emigrants",
    "emigre",
    "emigres",
    "émigré",
    "émigrés",
    "exile",
    "exiles",
    "asylum",
    "asylum-seekers",
    "evacuees",
    "deportees",
    "expatriates",
    "expats",
    "diaspora",
}
LEFT_HOME_KINDS = {"war", "economic", "political", "illegal", "undocumented"}  # "Syrian war refugees"


def left_home_after(text: str, end: int) -> bool:
    """Whether a demonym or country name is followed by people who have left it ("Venezuelan| migrants",
    "Syrian| refugees", "Cuban| exiles", "Afghan| asylum seekers", "Syrian| war refugees")."""
    words = [w.lower().strip(",.;:") for w in text[end : end + 40].split()[:2]]
    if words and words[0] in LEFT_HOME_KINDS:
        words = words[1:]
    return bool(words) and words[0] in LEFT_HOME


# the prefixes of navies' ships' names and the navy's country (as in the navies' own usage): "USS Vincennes" is the
# US Navy's, "HMS Sheffield" the Royal Navy's; "INS" (India's and Israel's) and others shared or rare are left out
SHIP_PREFIXES = {
    "USS": "USA",
    "USNS": "USA",
    "HMS": "GBR",
    "HMAS": "AUS",
    "HMCS": "CAN",
    "HMNZS": "NZL",
    "ROKS": "KOR",
    "TCG": "TUR",
    "BRP": "PHL",
}


def ship_of(name: str) -> str | None:
    """The country of the navy whose ship a name is by its prefix ("USS Cole": USA), else None."""
    words = name.split()
    if len(words) > 1 and words[0] in SHIP_PREFIXES and words[1].istitle():
        return SHIP_PREFIXES[words[0]]
    return None


SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\"“])|\n")


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of the text around [start, end)."""
    opening = max((m.end() for m in SENTENCE_END.finditer(text, 0, start)), default=0)
    closing = SENTENCE_END.search(text, end)
    return text[opening : closing.start() + 1 if closing else len(text)]
