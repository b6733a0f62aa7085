"""A small suffix-stripping stemmer, enough to make inflections compare equal."""

from functools import lru_cache

_IRREGULAR = {
    "led": "lead",
    "built": "build",
    "made": "make",
    "taught": "teach",
    "thought": "think",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "met": "meet",
    "took": "take",
    "gave": "give",
    "began": "begin",
    "brought": "bring",
    "chose": "choose",
    "grew": "grow",
    "knew": "know",
    "felt": "feel",
    "kept": "keep",
    "lost": "lose",
    "sent": "send",
    "spent": "spend",
    "won": "win",
    "told": "tell",
    "understood": "understand",
    "found": "find",
    "caught": "catch",
    "broke": "break",
    "fell": "fall",
    "ran": "run",
    "sold": "sell",
    "bought": "buy",
    "paid": "pay",
    "children": "child",
    "people": "person",
    "data": "data",
}
_SUFFIXES = (
    ("izations", "iz"),
    ("ization", "iz"),
    ("isation", "iz"),
    ("abilities", ""),
    ("ability", ""),
    ("ibility", ""),
    ("ational", ""),
    ("ations", ""),
    ("ation", ""),
    ("ments", ""),
    ("ment", ""),
    ("nesses", ""),
    ("ness", ""),
    ("ities", ""),
    ("ity", ""),
    ("ively", ""),
    ("ingly", ""),
    ("ings", ""),
    ("ating", ""),
    ("ated", ""),
    ("ates", ""),
    ("ing", ""),
    ("ship", ""),
    ("ies", "y"),
    ("ied", "y"),
    ("ally", ""),
    ("able", ""),
    ("ible", ""),
    ("ate", ""),
    ("ive", ""),
    ("ers", ""),
    ("er", ""),
    ("ed", ""),
    ("es", ""),
    ("ly", ""),
    ("al", ""),
    ("s", ""),
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Reduce a word to a crude stem so that inflections compare equal."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    for _ in range(2):
        for suffix, repl in _SUFFIXES:
            if w.endswith(suffix) and len(w) - len(suffix) >= 3:
                if suffix in ("ed", "es") and w[-3] == "e":
                    suffix = suffix[1:]
                w = w[: -len(suffix)] + repl
                break
        else:
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "ls":
        w = w[:-1]
    return w
