"""Common given names of English-language news, by the gender they usually go with.

A short list written by hand (no corpus behind it): enough to tell that "Don Guardian" is a
person, and that "she" after "Elizabeth Warren" is not "Jake Sullivan". Names used for both
("Lee", "Kelly", "Jan", "Ashley") are in neither list: :func:`first_name_gender` gives them no
gender, and :func:`is_given_name` still knows them for a person's. :func:`speaker_gender`
reads a speaker's gender from a given name or a gendered role word ("spokeswoman").
"""

from __future__ import annotations

from crawler.quotes.lexicon import FEMALE_WORDS, MALE_WORDS, words

__all__ = [
    "FEMALE_NAMES",
    "MALE_NAMES",
    "UNISEX_NAMES",
    "first_name_gender",
    "is_given_name",
    "role_gender",
    "speaker_gender",
]

#: given names worn by women and men alike ("Lee Anderson", "Jan Schakowsky", "Kelly Ayotte")
UNISEX_NAMES = frozenset(
    words(
        """
    alex ashley casey dale dana jackie jamie jan kelly kim lee leslie lynn marion robin terry
    tracy
    """
    )
)

FEMALE_NAMES = (
    frozenset(
        words(
            """
    abigail ada adele adriana agnes aisha alexandra alice alicia alison allison amanda amber
    amelia amy ana andrea angela angelina angie anita ann anna anne annie antonia april ashley
    audrey barbara beatrice becky belinda beth betsy betty beverly brenda bridget brigid
    brittany brooke caitlin camilla candace cara carla carly carmen carol caroline carolyn
    catherine cathy cecilia charlotte chelsea cheryl chloe christina christine cindy claire
    clara claudia colleen connie cora courtney cynthia daisy dana danielle daphne darlene
    dawn debbie deborah debra denise diana diane dianne donna doris dorothy edith eileen elaine
    eleanor elena elise eliza elizabeth ella ellen eloise emily emma erica erin esther eva
    evelyn faith fiona florence frances gabrielle gail gemma georgia geraldine gina gillian
    gladys gloria grace gretchen gwen hannah harriet hazel heather heidi helen hilary hillary
    holly ida ilhan imogen ingrid irene iris isabel isabella ivanka jackie jacqueline jane
    janet janice jasmine jean jeanne jennifer jenny jessica jill jillian joan joanna joanne
    jodi josephine joy joyce judith judy julia julie june karen kate katherine kathleen kathryn
    kathy katie katy kay kayleigh kelly kelli kellyanne kemi kimberly kirsten kristen kristin
    laura lauren laurie leah leila lesley lillian lily linda lindsay lisa liz lois loretta
    lorraine louise lucia lucy lydia lynn madeleine maggie mandy marcia margaret maria marianne
    marie marilyn marion marjorie martha mary maureen maxine megan megyn melania melanie
    melissa meredith mia michele michelle mildred miranda molly monica nadine nancy naomi
    natalie natasha nicola nicole nikki nina nora norma olivia paige pamela patricia paula
    pauline peggy penelope penny phyllis polly priscilla rachel rebecca regina renee rita
    roberta rosa rosalind rose rosemary ruth sabrina sally samantha sandra sara sarah sharon
    sheila shirley sonia sophia sophie stacey stella stephanie sue susan susanna suzanne sylvia
    tamara tammy tanya teresa theresa tiffany tina tracey tracy tulsi ursula valerie vanessa
    vera veronica victoria viola violet virginia vivian wanda wendy whitney yvonne zoe
    jacinda kamala kari karine kristi marsha mindy nadia priti robyn suella therese yvette
    """
        )
    )
    - UNISEX_NAMES
)

MALE_NAMES = (
    frozenset(
        words(
            """
    aaron abraham adam adrian alan albert alec alexander alfred allen alvin andrew andy angus
    anthony antonio archie arnold arthur austin barack barry ben benjamin bernard bernie bill
    billy bob bobby boris brad bradley brandon brendan brett brian bruce bryan byron calvin
    carl carlos cecil chad charles charlie chris christopher chuck clarence claude clifford
    clint clyde colin conor craig curtis dale dan daniel danny darrell darren dave david dean
    dennis derek desmond dick dmitri dominic don donald doug douglas duncan dwight earl ed eddie
    edgar edmund edward edwin elijah elliot emmanuel eric ernest eugene evan frank franklin
    fred frederick gabriel gareth gary gavin gene geoffrey george gerald gilbert glenn gordon
    graham grant greg gregory harold harry harvey hector henry herbert herman howard hugh hunter
    ian isaac ivan jack jacob jake james jared jason jeb jeff jeffrey jeremy jerome jerry jesse
    jim jimmy joe joel john johnny jon jonathan joseph josh joshua juan julian justin karl keir
    keith ken kenneth kevin kurt kyle lance larry lawrence lee leo leon leonard lewis liam
    lloyd louis luke malcolm marco marcus mario mark martin marvin matt matthew maurice max
    melvin michael miguel mike mitch mitt morris nathan neil nicholas nick nigel noah norman
    oliver oscar owen patrick paul pedro pete peter phil philip ralph randy ray raymond reince
    reuben rex richard rick rishi rob robert rod rodney roger roland ron ronald ross roy rudy
    rupert russell ryan sam samuel scott sean sebastian seth shane sidney simon stanley stephen
    steve steven stuart ted terry theodore thomas tim timothy toby todd tom tommy tony travis
    trevor troy tyler vernon victor vince vincent vladimir walter warren wayne wesley wilbur
    william willie wilson winston yusuf zach zachary
    """
        )
    )
    - UNISEX_NAMES
)


def first_name_gender(word: str) -> str | None:
    """ "f" or "m" for a common given name, else None."""
    lower = word.lower()
    if lower in FEMALE_NAMES:
        return "f"
    if lower in MALE_NAMES:
        return "m"
    return None


def is_given_name(word: str) -> bool:
    """A common given name of either gender ("Elizabeth", "Jake", "Lee")."""
    lower = word.lower()
    return lower in FEMALE_NAMES or lower in MALE_NAMES or lower in UNISEX_NAMES


def role_gender(role_words: list[str]) -> str | None:
    """ "f" for "Mrs", "congresswoman"; "m" for "Mr", "Sir"; else None."""
    if any(w in FEMALE_WORDS for w in role_words):
        return "f"
    if any(w in MALE_WORDS for w in role_words):
        return "m"
    return None


def speaker_gender(name: str) -> str | None:
    """ "f" for "Elizabeth Warren", "Melania", "a Labour spokeswoman", "Bill Clinton's wife";
    "m" for "Jake Sullivan", "the Prime Minister's official spokesman"; None for "Lee
    Anderson" or a rare name."""
    _, possessive, role = name.replace("\u2019", "'").rpartition("'s ")
    words = (role if possessive else name).lower().split()
    return role_gender(words) or first_name_gender(name.split()[0])
