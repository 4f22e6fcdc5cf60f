"""Which of many lower-case words a text holds, read once per text: the rules look for
some hundred words in every document with `str.find` or `in` ("later", "спустя", "həmin
il"), each a pass over the text, or for the same words in each of many stretches of it
(`scan.Needles`, asked of every sentence with a cue).

`may_hold`: the words the text holds, read off one pass of an automaton over it for the
words of every rule (`multi_scan.WORDS`), where a search for each word was a pass.
"""

from __future__ import annotations

from ffdb.extract.multi_scan import WORDS

# the word tuples asked about, by identity (kept alive here, so no other takes its id;
# a tuple of a hundred hashed on every call cost more than the tests it saved), and by
# value: a compiled module may box a constant tuple anew at each use, which must neither
# grow this nor add its words to the automaton again
_added: dict[int, tuple[str, ...]] = {}
_known: set[tuple[str, ...]] = set()


def may_hold(low: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Those of `words` (lower case, in order) that `low` (a lower-cased text) holds, as
    a search of `low` for each finds them."""
    if _added.get(id(words)) is not words:
        if words not in _known:
            _known.add(words)
            WORDS.add(words)
        if len(_added) >= 256:
            _added.clear()
        _added[id(words)] = words
    places = WORDS.places(low)
    return tuple([word for word in words if word in places or not word])
