"""Every event cue can be found from its first letters.

The cue scanner looks for a cue only where one of its literal beginnings stands; a cue
whose beginning cannot be worked out makes the scanner search the whole text for every
cue, which once halved extraction speed without changing a single result. This test
keeps that from happening silently.
"""

from ffdb.extract.lexicon import event_cues
from ffdb.extract.scan import literal_starts


def test_every_event_cue_has_literal_beginnings() -> None:
    unanchored = [
        f"{cue.status}: {cue.pattern[:60]}"
        for cue in event_cues()
        if not literal_starts(cue.pattern)
    ]
    assert unanchored == []
