"""Every person named in one article, and the fullest form of each partial name
("Hegseth" -> "Pete Hegseth", "Mr. Lou" -> "Lou Jiwei", "Hillary" -> "Hillary Clinton")."""

from __future__ import annotations

from crawler.quotes.firstnames import first_name_gender, is_given_name

__all__ = ["NameBook"]


class NameBook:
    """Every person named in one article; maps any partial form to the fullest one."""

    def __init__(
        self,
        names: list[str],
        common: frozenset[str] = frozenset(),
        *,
        titled: frozenset[str] = frozenset(),
    ) -> None:
        #: words the article also writes in lower case
        self.common = common
        #: names the article writes with a title or role ("President Xi Jinping")
        self.titled = titled
        self._names: dict[str, tuple[str, ...]] = {}
        self._by_last: dict[str, list[str]] = {}
        self._by_first: dict[str, list[str]] = {}
        self._canonical: dict[tuple[str, bool, str | None], str] = {}
        for name in names:
            words = tuple(w.lower() for w in name.split())
            if name in self._names or not words:
                continue
            self._names[name] = words
            self._by_last.setdefault(words[-1], []).append(name)
            if len(words) > 1:
                self._by_first.setdefault(words[0], []).append(name)

    def canonical(self, name: str, *, titled: bool = False, gender: str | None = None) -> str:
        """The fullest name in the article containing ``name`` and ending with its surname;
        ``titled``: written with an honorific ("Mr. Lou"), so it may be a surname written
        first ("Lou Jiwei"), as it may when the fuller name has a title ("President Xi
        Jinping"); "Trump" in an article about "Trump Tower" is no "Trump Tower". ``gender``
        ("f" for "Mrs. Clinton") passes over fuller names whose given name says otherwise
        ("Bill Clinton")."""
        key = (name, titled, gender)
        known = self._canonical.get(key)
        if known is None:
            known = self._canonical[key] = self._fullest(name, titled, gender)
        return known

    def _fullest(self, name: str, titled: bool, gender: str | None) -> str:
        words = tuple(w.lower() for w in name.split())
        if not words:
            return name
        fuller = [
            full
            for full in self._by_last.get(words[-1], ())
            if len(self._names[full]) > len(words)
            and set(words) <= set(self._names[full])
            and not self._is_headline(self._names[full])  # "Francois Hollande Says Donald Trump"
        ]
        if gender is not None:  # "Mrs. Clinton" is not "Bill Clinton", if Hillary is named
            fitting = [f for f in fuller if first_name_gender(f.split()[0]) in (None, gender)]
            fuller = fitting or fuller
        if fuller:
            return max(fuller, key=lambda full: len(self._names[full]))
        if len(words) == 1:
            for full in self._by_first.get(words[0], ()):
                if self._by_first_name(words[0], self._names[full], titled or full in self.titled):
                    return full  # "Hillary" -> "Hillary Clinton", "Mr. Lou" -> "Lou Jiwei"
        return name

    def _is_headline(self, full: tuple[str, ...]) -> bool:
        """A Title Case headline run: a word inside it the article writes in lower case."""
        return len(full) > 2 and any(word in self.common for word in full[1:-1])

    def _by_first_name(self, word: str, full: tuple[str, ...], titled: bool) -> bool:
        """A one-word name stands for a fuller one starting with it: a given name
        ("Hillary"), or a surname written first ("Lou Jiwei"); never a headline run
        ("Trump Train", "ESPN Fires Schilling Over") whose other words are common words."""
        if is_given_name(word):
            return True
        return titled and len(full) <= 3 and not any(other in self.common for other in full[1:])

    def people(self) -> list[str]:
        """Every person of the article once, in the fullest form of their name, first named
        first."""
        return list(dict.fromkeys(self.canonical(name) for name in self._names))

    def __contains__(self, name: object) -> bool:
        return name in self._names

    def knows_surname(self, word: str) -> bool:
        """Some name of two words or more in the article ends with ``word``."""
        return any(len(self._names[full]) > 1 for full in self._by_last.get(word.lower(), ()))
