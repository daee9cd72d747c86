"""Word lists of general English news: cue verbs, titles, roles, pronouns, non-name words.

Nothing here is learnt from a particular corpus; these are the words reporters use to attribute
speech ("said", "told", "according to"), to title people ("Sen.", "Defence Secretary") and to
refer back to them ("he", "the senator").
"""

from __future__ import annotations

__all__ = [
    "CUE_FORMS",
    "DASHES",
    "FEMALE_WORDS",
    "HEADLINE_VERBS",
    "HONORIFICS",
    "INDEFINITES",
    "MALE_WORDS",
    "NAME_STOPWORDS",
    "NON_PERSON_HEADS",
    "ORGANISATION_NOUNS",
    "ROLE_NOUNS",
    "SPEAKER_PRONOUNS",
    "TITLE_WORDS",
    "words",
]


def words(text: str) -> list[str]:
    """A word list written as running text, one or more words a line."""
    return text.split()


#: speech verbs whose regular forms (-s, -ed, -ing) are derived below
_REGULAR_CUES = words(
    """
    accuse add admit affirm agree allege announce answer argue ask assert assure blast boast
    caution chant defend email
    charge chide claim comment complain concede conclude confirm contend continue counter
    declare decry demand deny describe dismiss echo emphasise emphasize estimate exclaim
    explain fume grumble hail insist inform joke lament laugh mention mock muse note object
    observe predict proclaim promise protest question quip recall recount reflect remember reiterate
    rejoin remark remind repeat reply report respond retort reveal scoff scold shout slam snap
    stress suggest tease testify thunder tweet urge vow warn wonder write yell post
    acknowledge apologise apologize assail attack blame brand call criticise criticize declare
    dub label pledge praise rail recollect sneer state summarise summarize underline point
    bark boom beam gush interject opine concur plead gloat lash react exhort characterize
    characterise condemn denounce rebuke elaborate liken bemoan deride ridicule taunt rebut
    implore reassure laud commend deplore confess whisper murmur mutter scream
    enthuse brag gripe lambaste tout speculate rage rant wail sob bellow fret
    """
)

#: irregular or awkward forms -> lemma
_IRREGULAR = {
    "said": "say",
    "says": "say",
    "say": "say",
    "saying": "say",
    "told": "tell",
    "tells": "tell",
    "tell": "tell",
    "telling": "tell",
    "wrote": "write",
    "written": "write",
    "writes": "write",
    "writing": "write",
    "spoke": "speak",
    "speaks": "speak",
    "speaking": "speak",
    "went on": "go on",
    "goes on": "go on",
    "going on": "go on",
    "pointed out": "point out",
    "points out": "point out",
    "pointing out": "point out",
    "tweeted": "tweet",
    "posted": "post",
    "began": "begin",
    "begins": "begin",
    "put it": "put",
    "puts it": "put",
    "according to": "according to",
    "quoted": "quote",
    "quoting": "quote",
    "cried": "cry",
    "replied": "reply",
    "replies": "reply",
    "replying": "reply",
    "testified": "testify",
    "testifies": "testify",
    "decried": "decry",
    "decries": "decry",
    "denied": "deny",
    "denies": "deny",
    "summed up": "sum up",
    "sums up": "sum up",
    "stated": "state",
    "slammed": "slam",
    "slamming": "slam",
    "snapped": "snap",
    "snapping": "snap",
    "shot back": "shoot back",
    "fired back": "fire back",
    "hit back": "hit back",
    "hits back": "hit back",
    "hitting back": "hit back",
    "pressed": "press",  # "press" and "presses" are more often the noun
}


#: verbs that double their final consonant ("admit" -> "admitted")
_DOUBLING = frozenset(
    set(
        words(
            """
    admit quip rebut regret submit permit omit slam snap jab blog chat plot brag fret sob
    """
        )
    )
)


def _regular_forms(lemma: str) -> dict[str, str]:
    if lemma in _DOUBLING:
        double = lemma + lemma[-1]
        return {lemma: lemma, lemma + "s": lemma, double + "ed": lemma, double + "ing": lemma}
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    past = lemma + "d" if lemma.endswith("e") else lemma + "ed"
    third = lemma + "es" if lemma.endswith(("s", "sh", "ch", "x", "o")) else lemma + "s"
    return {lemma: lemma, third: lemma, past: lemma, stem + "ing": lemma}


def _all_cue_forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for lemma in _REGULAR_CUES:
        forms.update(_regular_forms(lemma))
    forms.update(_IRREGULAR)
    forms.pop("point", None)
    forms.pop("points", None)
    forms.pop("pointed", None)
    forms.pop("pointing", None)
    return forms


#: every cue form (lower case, may be two words) -> its lemma
CUE_FORMS: dict[str, str] = _all_cue_forms()


#: verbs a Title Case headline puts between a speaker and the rest ("Hollande Says Trump ...");
#: never part of a name
HEADLINE_VERBS = frozenset(
    words(
        """
    says tells warns slams claims blasts urges vows admits insists denies rips hits praises
    defends accuses mocks pledges insults rejects responds answers asks explains predicts
    addresses announces touts dismisses hammers grills torches trashes bashes taunts scolds
    knocks lashes speaks
    """
    )
)

#: honorifics and short titles written before a name; stripped from the canonical name
TITLE_WORDS = frozenset(
    words(
        """
    mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady baroness baron prof prof. professor
    sen sen. senator rep rep. representative gov gov. governor lt lt. gen gen. general col
    col. capt capt. captain adm adm. admiral sgt sgt. rev rev. reverend father pastor rabbi
    imam sheikh president vice prime minister secretary chancellor speaker chairman chairwoman
    chair mayor judge justice attorney ambassador commissioner congressman congresswoman
    councillor councilman councilwoman deputy assistant acting former ex- shadow minister
    premier king queen prince princess pope cardinal bishop archbishop chief director leader
    candidate nominee hon hon. mp pm mep msp am mla st st. saint dem. r- d- gop defence defense
    foreign home health treasury interior state labor labour justice education energy trade
    business culture transport environment finance economic work pensions security homeland
    first lady press house senate majority minority whip white spokesman spokeswoman
    spokesperson
    """
    )
)

#: forms of address that always stand before a name ("Mr. King": "King" is the name)
HONORIFICS = frozenset(words("mr mrs ms miss dr sir dame lord lady rev prof sen rep gov"))

#: nouns a story calls an organisation by after naming it ("the company said", "the agency")
ORGANISATION_NOUNS = frozenset(
    words(
        """
    company firm agency airline bank group charity union council regulator watchdog committee
    board club network broadcaster newspaper retailer carmaker manufacturer insurer university
    hospital trust commission authority embassy foundation institute association federation
    organisation organization corporation
    """
    )
)

#: nouns that head a role mention ("the senator", "a spokeswoman", "the Defence Secretary")
ROLE_NOUNS = frozenset(
    words(
        """
    spokesman spokeswoman spokesperson spokespeople secretary minister president senator
    governor chancellor leader chairman chairwoman chair mayor congressman congresswoman
    representative ambassador official officials aide aides adviser advisers advisor advisors
    source sources candidate nominee campaign director manager strategist analyst expert
    experts lawmaker lawmakers legislator politician mp mps pm vp premier king queen prince judge
    prosecutor attorney lawyer sheriff commissioner chief executive ceo founder economist
    professor researcher pollster spokesmen spokeswomen predecessor successor counterpart
    deputy veteran activist organizer organiser voter voters resident residents member members
    owner author writer reporter journalist host anchor moderator businessman businesswoman
    billionaire father mother wife husband son daughter brother sister friend surrogate
    supporter supporters critic critics opponent rival challenger incumbent frontrunner
    front-runner administration government ministry department party team staff staffer
    officer police diplomat envoy general commander mogul star actor actress singer widow
    widower host
    columnist commentator contributor speaker republican democrat tory

    employee worker partner specialist colleague neighbour neighbor witness protester
    protesters student teacher doctor nurse soldier delegate constituent
    chairperson correspondent editor historian scholar fellow
    consultant scientist operative treasurer co-founder cofounder ally allies advocate boss
    cfo cio cto coo farmer rancher coach
    hopeful hopefuls
    councillor councilor campaigner trustee pastor priest rabbi imam preacher detective
    inspector superintendent constable sergeant surgeon physician entrepreneur investor banker
    pensioner headteacher chaplain developer tycoon office frontbencher backbencher peer
    """
    )
)

#: roles that stand for an organisation rather than a person: never a pronoun antecedent
NON_PERSON_HEADS = frozenset(
    {
        "administration",
        "government",
        "ministry",
        "department",
        "party",
        "team",
        "staff",
        "campaign",
        "office",
    }
)

SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we"})
#: words opening a mention of someone not named yet ("a spokesman", "one aide", "another MP")
INDEFINITES = frozenset({"a", "an", "one", "another"})
#: dash tokens: hyphen, en and em dash, horizontal bar, and the tilde some sites use for one
DASHES = frozenset({"-", "\u2013", "\u2014", "\u2015", "~"})

#: capitalised words that start sentences or name things but are not part of a person's name
NAME_STOPWORDS = frozenset(
    words(
        """
    a an the this that these those there here his her their its our my your he she it they we
    i you who what when where why how which while after before since until as at on in of for
    from to by with about against between into through during without within under over again
    also and but or nor so yet if then than though although because however meanwhile moreover
    still even just only not no yes all any both each every few many more most other some such
    last next earlier later today tonight yesterday tomorrow morning afternoon evening night
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec week month year weekend speaking asked told said says according meanwhile
    american british english european french german russian chinese ukrainian israeli iranian
    democrat democrats democratic republican republicans conservative conservatives labour
    liberal liberals tory tories green greens independent reform libdem lib dem snp gop u.s.
    us uk u.k. eu un nato washington london britain america europe asia africa ukraine russia
    china iran israel syria iraq france germany canada mexico india japan korea scotland wales
    ireland england brussels moscow beijing well oh now then yet instead indeed perhaps maybe
    thus therefore otherwise first second third finally one two three read watch related see
    click follow subscribe sign is are was were does do did has have can will would should
    once soon often never already recently currently eventually ultimately initially ever
    """
    )
)

#: words that say a person is a woman ("Mrs", "spokeswoman") or a man ("Sir")
FEMALE_WORDS = frozenset(
    words(
        """
    mrs ms miss dame lady baroness queen princess congresswoman spokeswoman chairwoman
    councilwoman businesswoman sister mother wife daughter widow actress
    """
    )
)
MALE_WORDS = frozenset(
    words(
        """
    mr sir lord baron king prince congressman spokesman chairman councilman businessman brother
    father husband son widower
    """
    )
)
