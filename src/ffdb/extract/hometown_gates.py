"""Document-level gates of the hometown rules: whether the lowered text holds one of a
rule's words, asked before any regex of the rule runs over the text.

A regex ignoring case whose branches open with a cased letter gets no prefilter from
`re` and is tried at every position of the text; `str.__contains__` for each word runs
in C at memory speed. When the text's letters fold (`DocContext.folded`), the lowered
text holds one of the lower-case words exactly when the regex ignoring case would find
it; otherwise the regex is asked.
"""

from __future__ import annotations

import re

from ffdb.extract.context import DocContext


def holds_any(ctx: DocContext, words: tuple[str, ...], regex: re.Pattern[str]) -> bool:
    """Whether `regex` (the alternation of `words`, ignoring case) finds one in `ctx.low`."""
    low = ctx.folded()
    if low is None:
        return regex.search(ctx.low) is not None
    return any(word in low for word in words)
