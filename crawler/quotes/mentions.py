"""Step 3: who a cue verb's subject is: a person, several, a role, an organisation, a pronoun.

A mention is parsed backwards from a cue verb for its subject ("Grant Shapps said", "Mike
Martin, who sits on the committee, said"); an inverted one after the cue ("said the senator")
is read in :mod:`crawler.quotes.inverted`, names themselves in :mod:`crawler.quotes.names`.
"""

from __future__ import annotations

from crawler.quotes.lexicon import (
    INDEFINITES,
    NAME_STOPWORDS,
    ORGANISATION_NOUNS,
    ROLE_NOUNS,
    SPEAKER_PRONOUNS,
    words,
)
from crawler.quotes.namekinds import organisation_named
from crawler.quotes.names import (
    NOT_PERSON,
    PARTY_TAG,
    Mention,
    coordinated,
    is_name_word,
    is_plural_group,
    is_role_word,
    is_title,
    join_tokens,
    name_mention,
    possessive_base,
    run_backwards,
    words_with_plural_owners,
)
from crawler.quotes.tokens import Token

__all__ = [
    "ROLE_STOPS",
    "parse_mention_before",
    "role_ending_at",
    "speaker_at",
    "surname_like",
]


_SKIP_BEFORE_CUE = frozenset(
    words(
        """
    has have had was is were are also later then again previously subsequently once reportedly
    recently initially first further since earlier yesterday today tonight just would will
    could can may might must did does do not never always even still often apparently publicly
    privately separately repeatedly already only
    """
    )
)
#: words that end a role phrase read backwards from its head noun
ROLE_STOPS = frozenset(
    words(
        """
    and or but said says that which who to into with for from in on at by about as than of
    is was were are be been has have had will would says told tells according after before
    """
    )
)
#: prepositions opening an apposition ("Ann Lee, of Dayton, said")
_PREPOSITION_OPENERS = frozenset(words("of from for with in at on"))
_APPOSITION_OPENERS = frozenset(
    words(
        """
    who which whose whom the a an his her their its one asked speaking when while writing
    appearing responding also now then still once too in at on during after before like of
    from for with
    """
    )
)


def _role_backwards(tokens: list[Token], last: int) -> Mention | None:
    """A role phrase ending at ``last``: "the UK Defence Secretary", "a spokeswoman"."""
    i = last
    limit = max(0, last - 6)
    while i - 1 >= limit and tokens[i - 1].kind == "word":
        word = tokens[i - 1]
        if word.lower in {"the", "a", "an", "his", "her", "their", "its", "our", "one", "another"}:
            i -= 1
            break
        if possessive_base(word.text):
            i -= 1
            while i - 1 >= 0 and (
                (is_name_word(tokens[i - 1]) and tokens[i - 1].bare not in NAME_STOPWORDS)
                or tokens[i - 1].text in _OFFICE_WORDS  # "the former vice president's aide"
            ):
                i -= 1
            break
        of_a_name = word.lower in {"of", "for"} and i - 2 >= 0 and is_name_word(tokens[i - 2])
        if of_a_name and is_name_word(tokens[i]):
            i -= 1  # "a Ministry of Defence spokesman", "a Department for Education source"
            continue
        if word.lower == "of" and i - 2 >= 0 and tokens[i - 2].lower in _OF_ROLES:
            i -= 1  # "Mr Biden's chief of staff", "the director of communications"
            continue
        joins_roles = word.lower == "and" and i - 2 >= 0 and is_role_word(tokens[i - 2])
        if joins_roles:
            i -= 1  # "president and CEO of the association"
            continue
        if word.lower in ROLE_STOPS or word.lower in SPEAKER_PRONOUNS or last - i >= 5:
            break
        i -= 1
    comma = i - 1
    if comma > 0 and tokens[comma].lower == "the":
        comma -= 1  # "Scott Reed, the Chamber's chief political strategist"
    if comma > 0 and tokens[comma].text == "," and is_name_word(tokens[comma - 1]):
        i = comma + 1
        # "Anthony Anton, president and CEO of the association, stated": the person first;
        # but "Speaking to the BBC's Laura Kuenssberg, the Prime Minister said" is the role
        first = run_backwards(tokens, i - 2)
        named = name_mention(tokens, first, i - 2)
        if named is not None and not _object_before(tokens, first):
            return named
    head = tokens[i]
    determiner = head.lower
    indefinite = determiner in INDEFINITES
    definite = not indefinite and not tokens[last].lower.endswith("s")
    words = tokens[i : last + 1]
    if determiner == "the" or indefinite:
        words = words[1:]
    return Mention(
        start=tokens[i].start,
        end=tokens[last].end,
        text=join_tokens(tokens[i : last + 1]),
        kind="role",
        role=join_tokens(words),
        definite=definite and (i < last or determiner == "the"),
    )


#: lower-case words of an office owning a role ("the prime minister's spokesman")
_OFFICE_WORDS = frozenset(words("former vice prime deputy foreign home first shadow"))
#: role nouns that take a lower-case "of" phrase ("chief of staff", "head of communications")
_OF_ROLES = frozenset(words("chief head director deputy secretary minister"))
#: determiners of a role that is nobody in particular ("a senator", "one MP")


def role_ending_at(tokens: list[Token], last: int) -> Mention | None:
    """The role phrase whose head noun is at ``last``."""
    return _role_backwards(tokens, last)


def parse_mention_before(tokens: list[Token], cue: int) -> Mention | None:
    """The subject written just before the cue at ``cue``: "Healey told", "he later said"."""
    i = cue - 1
    while (
        i >= 0
        and tokens[i].kind == "word"
        and (
            tokens[i].lower in _SKIP_BEFORE_CUE
            or (tokens[i].text.endswith("ly") and tokens[i].text.islower())
        )
    ):
        i -= 1
    if i >= 2 and tokens[i].lower == "who" and tokens[i - 1].text == ",":
        # "dismissed by Ms Reeves, who said", "Al Reyes, president of the league, who said"
        before = _skip_apposition(tokens, i - 1)
        if before != i - 1 and tokens[before + 2].lower in _PREPOSITION_OPENERS:
            before = i - 1  # "a Senate colleague, from Mike Lee, who said": the name
        return _antecedent_of_who(tokens, before if before != i - 1 else i - 2)
    while i >= 1 and tokens[i].text == ",":
        before = _skip_apposition(tokens, i)
        if before == i:
            if tokens[i - 1].text == ")" or _name_in_apposition(tokens, i - 1):
                i -= 1  # "Gov. John Kasich (R-OH), said", "her shadow, Mel Stride, said"
            break
        i = before
        # "J.J. Goldberg, editor of The Forward, a New York-based newspaper, wrote"
        while i + 2 < len(tokens) and tokens[i + 1].text == ",":
            again = _skip_apposition(tokens, i + 1)
            if again == i + 1 or not _describes(tokens[again + 2]):
                break
            i = again
    if i >= 2 and PARTY_TAG.fullmatch(tokens[i].text) and tokens[i - 1].text == ",":
        i -= 2  # "Rep. Jim Jordan, R-Ohio, the chairman of the committee, said"
    if i < 0:
        return None
    if i >= 1 and tokens[i].lower in ORGANISATION_NOUNS and tokens[i - 1].lower == "the":
        # "the company said", "the agency said": an organisation the text has named
        return Mention(
            tokens[i - 1].start,
            tokens[i].end,
            join_tokens(tokens[i - 1 : i + 1]),
            "role",
            role=tokens[i].lower,
        )
    return _mention_ending_at(tokens, i)


def _describes(opener: Token) -> bool:
    """A lower-case noun phrase opens here: "editor at large of The Forward", "a newspaper"."""
    return opener.text.islower() and (opener.lower in {"the", "a", "an"} or is_role_word(opener))


def _antecedent_of_who(tokens: list[Token], last: int) -> Mention | None:
    """The person a "who" clause is about, ending at ``last``; also the object of a
    preposition ("rejected by Ms Reeves, who said")."""
    if tokens[last].text == ")":  # "Sen. Ada Brook (D-Ore.), who said"
        while last >= 0 and tokens[last].text != "(":
            last -= 1
        last -= 1
    if last < 0:
        return None
    if not is_name_word(tokens[last]):
        return _mention_ending_at(tokens, last)
    first = run_backwards(tokens, last)
    if first >= 2 and tokens[first - 1].lower in {"of", "from"} and is_name_word(tokens[first - 2]):
        last = first - 2  # "Sen. Marco Rubio of Florida, who said": the person
        first = run_backwards(tokens, last)
    return name_mention(tokens, first, last) or _mention_ending_at(tokens, last)


def _name_in_apposition(tokens: list[Token], last: int) -> bool:
    """A name set off by commas: "her shadow, Mel Stride, said"."""
    if not is_name_word(tokens[last]):
        return False
    first = run_backwards(tokens, last)
    return first > 0 and tokens[first - 1].text == ","


def _mention_ending_at(tokens: list[Token], i: int) -> Mention | None:
    token = tokens[i]
    if token.kind == "word" and token.lower in SPEAKER_PRONOUNS:
        return Mention(token.start, token.end, token.text, "pronoun")
    if token.kind == "punct" and token.text == ")":
        j = i
        while j >= 0 and tokens[j].text != "(":
            j -= 1
        return _mention_ending_at(tokens, j - 1) if j > 0 else None
    if is_name_word(token):
        first = run_backwards(tokens, i)
        organisation = organisation_named(tokens, first, i)
        if organisation is not None:
            return organisation  # "the Society for Quiet Lanes wrote"
        if _object_of_preposition(tokens, first):
            return None  # "a source speaking to Fox News said", "wrote on Facebook"
        mention = name_mention(tokens, first, i)
        if mention is None:
            # "Sam Lau, the director for the Iowa Democratic Party said": the person first
            owner = _before_of_phrase(tokens, first)
            if owner is not None and owner.kind == "name":
                return owner
            if owner is not None and owner.role.split()[-1:] in _SPOKESPERSON:
                return _spokesperson_for(tokens, owner, first, i) or owner
            if token.bare in ROLE_NOUNS:
                return _role_backwards(tokens, i)
            return owner or _organisation(tokens, first, i) or surname_like(tokens, first, i)
        if mention.role and any(is_title(t) for t in tokens[first:i] if t.kind == "word"):
            # "Speaker of the House Rep. Paul Ryan said": a titled name is the person itself
            return coordinated(tokens, first, mention)
        # "the senator from Ohio said": the place belongs to the person before it
        return _before_of_phrase(tokens, first) or coordinated(tokens, first, mention)
    if token.kind == "word" and (token.bare in ROLE_NOUNS or token.bare.rstrip("s") in ROLE_NOUNS):
        return _role_backwards(tokens, i)
    return None


def _organisation(tokens: list[Token], first: int, last: int) -> Mention | None:
    """ "the Home Office said", "Google said": an organisation speaks as a specific speaker."""
    run = [t for t in tokens[first : last + 1] if t.kind == "word"]
    while run and (run[0].bare in NAME_STOPWORDS and run[0].bare not in _ORG_KEEP):
        run = run[1:]
    if len(run) == 1 and is_plural_group(run[0].text):
        # "Mexicans often say": a group speaks as itself
        return Mention(run[0].start, run[0].end, run[0].text, "role", role=run[0].text)
    if not run or len(run) > 6 or not any(t.bare in NOT_PERSON for t in run):
        return None
    if run[-1].bare in {"sunday", "today", "morning", "tonight", "week"}:
        return None
    name = " ".join(words_with_plural_owners(tokens, run))
    return Mention(run[0].start, run[-1].end, name, "role", role=name, definite=True)


def surname_like(tokens: list[Token], first: int, last: int) -> Mention | None:
    """ "Israel said", "Read said": one capitalised word that is also a place or a common
    word; a name only if the article gives someone that surname (see Resolver.names)."""
    if first != last or tokens[first].bare in _FUNCTION_WORDS:
        return None
    if PARTY_TAG.fullmatch(tokens[first].text):
        return None
    token = tokens[first]
    return Mention(token.start, token.end, token.text, "name", (token.text,))


#: capitalised words that are never a surname
_FUNCTION_WORDS = frozenset(
    words(
        """
    a an the this that these those there here his her their its our my your he she it they we
    i you who what when where why how which while after before since until as at on in of for
    from to by with about and but or so if then than also however meanwhile still even just
    only not no yes all any both each every some such many more most other one two three
    monday tuesday wednesday thursday friday saturday sunday today tonight yesterday
    tomorrow morning afternoon evening night week weekend month year earlier later last next
    january february march april may june july august september october november december
    """
    )
)


def speaker_at(tokens: list[Token], first: int) -> Mention | None:
    """A person or an organisation named from ``tokens[first]`` on ("the White House")."""
    if first < len(tokens) and tokens[first].lower == "the":
        first += 1
    if first >= len(tokens) or not is_name_word(tokens[first]):
        return None
    last = first
    while last + 1 < len(tokens) and is_name_word(tokens[last + 1]):
        last += 1
    return name_mention(tokens, first, last) or _organisation(tokens, first, last)


#: country words kept at the head of an organisation's name ("US State Department")
_ORG_KEEP = frozenset({"us", "u.s", "uk", "u.k", "eu", "un", "nato", "british", "american"})


#: prepositions whose object is a place, medium or audience, never the speaker of a cue after it
_OBJECT_PREPOSITIONS = frozenset(words("to on in via through into about against"))


def _object_of_preposition(tokens: list[Token], first: int) -> bool:
    j = first - 1
    if j >= 0 and tokens[j].lower == "the":
        j -= 1
    return j >= 0 and tokens[j].lower in _OBJECT_PREPOSITIONS


def _object_before(tokens: list[Token], first: int) -> bool:
    """The name starting at ``first`` is an object: of a preposition ("to Laura"), an owner
    ("the BBC's Laura") or a participle ("interviewing Laura")."""
    if first == 0:
        return False
    before = tokens[first - 1]
    return (
        before.lower in _OBJECT_PREPOSITIONS
        or before.lower in {"with", "by", "for", "from", "at"}
        or possessive_base(before.text) is not None
        or (before.lower.endswith("ing") and before.text.islower())
    )


def _spokesperson_for(tokens: list[Token], role: Mention, first: int, last: int) -> Mention | None:
    """ "a spokesman for the Home Office said": the organisation's spokesman, as the one
    voice of "a Home Office spokesman"; "a spokesperson for the Prime Minister": the Prime
    Minister's spokesperson."""
    head = role.role.split()[-1]
    org = _organisation(tokens, first, last)
    if org is not None:
        owner = org.role
    else:
        title = [t for t in tokens[first : last + 1] if t.kind == "word" and t.lower != "the"]
        if not title or not is_role_word(title[-1]) or not all(t.text[0].isupper() for t in title):
            return None
        owner = " ".join(t.text for t in title) + "'s"
    return Mention(role.start, tokens[last].end, role.text, "role", role=f"{owner} {head}")


_SPOKESPERSON = (["spokesman"], ["spokeswoman"], ["spokesperson"])


def _before_of_phrase(tokens: list[Token], first: int) -> Mention | None:
    """ "Mr. Morgan of the Sierra Club said": the person before an "of"/"at"/"from" phrase."""
    j = first - 1
    if j >= 0 and tokens[j].lower == "the":
        j -= 1
    if j >= 1 and tokens[j].lower in {"of", "at", "from", "for", "with"}:
        return _mention_ending_at(tokens, j - 1)
    return None


#: the most tokens of an apposition opening with an owner ("X, Reform's head of policy,")
_SHORT_APPOSITION = 8


def _skip_apposition(tokens: list[Token], comma: int) -> int:
    """From the comma closing "X, who ..., said", the index of the token before the first comma."""
    j = comma - 1
    while j >= 0 and tokens[j].text not in {",", "(", ";"} and tokens[j].kind != "quote":
        if tokens[j].text == ")":  # "Jane Smith, of the British Medical Association (BMA), said"
            while j > 0 and tokens[j].text != "(":
                j -= 1
        j -= 1
    if j < 0 or tokens[j].text != "," or comma - j > 20:
        return comma
    opener = tokens[j + 1]
    if (
        opener.lower in _APPOSITION_OPENERS
        or (opener.text.islower() and opener.lower.endswith("ing"))  # "X, campaigning in ..."
        or opener.text[0].isdigit()
        or opener.bare in ROLE_NOUNS
        or opener.lower == "head"  # "X, head of policy at Reform, said"
        or (tokens[comma - 1].bare in ROLE_NOUNS)
        or (possessive_base(opener.text) is not None and comma - j <= _SHORT_APPOSITION)
        or PARTY_TAG.fullmatch(opener.text)
    ):
        return j - 1
    return comma
