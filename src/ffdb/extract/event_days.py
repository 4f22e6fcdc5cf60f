"""The day of the report, and episodes, as an event's date (see `event_dates`): the
dateline (standing alone or run into the lead: "BAKU, 14 October 2022 (Reuters) - ...")
dates what the lead reports of its own day, what a court of the day decides, and what a
later paragraph tells of that day with no other date before it in its paragraph; an
episode named again ("during the raid", "при задержании", "əməliyyat zamanı") takes the
date of the sentence that told it.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.context import DocContext
from ffdb.extract.date_relative import is_header_tail
from ffdb.extract.dates import DateSpan
from ffdb.extract.event_date_news import days_before, status_day
from ffdb.extract.scan import Needles, word_start_regex
from ffdb.extract.sentences import Sentence

# A dateline run into the lead ("BAKU, 14 October 2022 (Reuters) - Police detained ..."):
# a full date with at most three words before it on its line, then a dash, bracket or stop.
_RUN_IN_AFTER: Final = re.compile(r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:[—–-]|\.|:|\n|$)")
_BYLINE: Final = re.compile(
    r"(?:[|•·]|\b(?:by|published|updated|posted)\b[^\n]{0,60}?[|,–—-])\s*$", re.I
)
_DASHED_LEAD: Final = re.compile(r"\)\s*[—–-]\s*$")
_dateline_memo: list[tuple[str, tuple[int, DateSpan] | None]] = []


def dateline_day(ctx: DocContext) -> tuple[int, DateSpan] | None:
    """(index of the lead sentence, the date) of the document's dateline: one standing as
    a sentence of its own (`DocContext.dateline`), or one run into the lead sentence."""
    if _dateline_memo and _dateline_memo[0][0] is ctx.text:
        return _dateline_memo[0][1]
    found = ctx.dateline
    if found is None:
        for date in ctx.dates_in(0, min(len(ctx.text), 400)):
            if len(date.value) != 10 or date.inferred_year:
                continue
            line_start = ctx.text.rfind("\n", 0, date.start) + 1
            lead = ctx.text[line_start : date.start]
            sentence = ctx.index.at(date.start)
            words = len(lead.split())
            # (each test asked only when those before leave it open: most first dates
            # of a document stand in its lead sentence, past a few words)
            short = (
                words <= 3
                or _BYLINE.search(lead) is not None  # "By John Smith | 12 March 2021"
                # "GAZİANTEP (Güney Haber Ajansı) - 12 Nisan 2023 - ...": a place, an outlet
                or (words <= 6 and _DASHED_LEAD.search(lead) is not None)
            )
            if (
                sentence
                and short
                and (_RUN_IN_AFTER.match(ctx.text, date.end) or is_header_tail(ctx.text, date.end))
            ):
                found = (sentence.index, date)
            break
    _dateline_memo[:] = [(ctx.text, found)]
    return found


_news_memo: list[tuple[str, DateSpan, Sentence | None]] = []


def news_day(ctx: DocContext, status: str | None = None, later: bool = False) -> DateSpan:
    """The day the report's news happened: the dateline's, unless the lead paragraph
    names a day of the week before it ("Police yesterday detained ...", "dün görülen
    duruşmada", "Noyabrın 30-da ... gətirilənlər" under "3 dekabr 2018"). Of two days
    there, a `status` takes the one told of its kind of event (`status_day`; `later`:
    told in a later paragraph)."""
    if not (_news_memo and _news_memo[0][0] is ctx.text):
        _news_memo[:] = [(ctx.text, *_lead_day(ctx))]
    found, told = _news_memo[0][1], _news_memo[0][2]
    if status is None or told is None:
        return found
    return status_day(ctx, status, found, told, later)


def _lead_day(ctx: DocContext) -> tuple[DateSpan, Sentence | None]:
    """The news day (see `news_day`) and the lead sentence that names it, if one does."""
    dateline = dateline_day(ctx)
    assert dateline is not None
    day = dateline[1]
    first = dateline[0]
    # a headline and a byline ("By X, Courts Correspondent") before the lead
    while first < min(len(ctx.sentences) - 1, dateline[0] + 3) and _is_title(
        ctx, ctx.sentences[first]
    ):
        first += 1
    for k in range(first, min(len(ctx.sentences), first + 4)):
        sentence = ctx.sentences[k]
        gap = ctx.text[ctx.sentences[k - 1].end : sentence.start] if k else ""
        if k > first + 1 and "\n" in gap:
            break  # past the lead paragraph (a title line may stand before it)
        # a run-in dateline repeating the day ("DERBENT, Oct 14 (Wire) - ... on Tuesday")
        days = [
            d
            for d in ctx.dates_in(sentence.start, sentence.end)
            if len(d.value) == 10 and d is not day and d.value != day.value
        ]
        if days and days_before(days[0].value, day.value):
            return days[0], sentence
        if days:
            break
    return day, None


# Participles of a state rather than an event ("düşərgədə saxlanılan", "cezaevinde
# tutulan", "aranan"): held or sought, since a day not told.
STATE: Final = re.compile(r"saxlanılan|tutulan|aranan|axtarış|разыскиваем|находящ", re.I)
_HANDED_BACK: Final = re.compile(
    r"qaytarıl|gətiril|təhvil|deportasiya|ekstradisiya|repatriasiya|iade|getiril|sınır dışı|"
    r"экстрадир|депортир|репатри|возвращ[её]н|выдан|передан|extradit|deport|repatriat|"
    r"handed over|brought back|brought home|вернули|доставил|"
    # "Four women ... landed in Tbilisi on Thursday", "flown home"
    r"landed in|flown (?:home|back)|came home|come home",
    re.I,
)
# The same told in the active voice of the state that brought its people home, as a lead
# says it ("Qazaxıstan ... 25 vətəndaşını ölkəyə qaytarıb", "Tajikistan flew home 41
# women", "Россия вернула из Сирии", "Türkiye ... geri getirdi"): whose return that is
# only a lead tells.
_BROUGHT_BACK: Final = re.compile(
    r"qaytar(?:ıb|dı)|gətir(?:ib|di)|təhvil verib|"
    r"getirdi|iade etti|teslim etti|"
    r"вернул[аио]?\b|вывезл[аио]|вывез\b|"
    r"flew (?:home|back)|flown (?:home|back)|brought (?:home|back)",
    re.I,
)
# Those handed back, named as a group ("Among the returnees was X", "Qaytarılanlar
# arasında", "Список возвращённых"): a report's lead tells when.
_RETURNEES: Final = re.compile(
    r"returnees?|возвращ[её]нн|вернувш|репатриированн|qaytarılanlar|gətirilənlər|"
    r"iade edilenler|getirilenler|dönenler|qayıdanlar|возвращенц",
    re.I,
)


def is_dateline(ctx: DocContext, date: DateSpan) -> bool:
    dateline = dateline_day(ctx)
    return dateline is not None and date is dateline[1]


# Words that put an event told later in a report after the day's ("later", "daha sonra").
_LATER: Final = re.compile(
    r"(?<![\w-])(?:later|subsequently|eventually|afterwards|позже|впоследствии|спустя|"
    r"затем|потом|daha sonra|sonradan|sonralar|bir (?:müddət|süre) sonra)(?![\w-])",
    re.I,
)


def _same_day_told(ctx: DocContext, sentence: Sentence, dateline: tuple[int, DateSpan]) -> bool:
    """A later paragraph of a press release that goes back to the day's operation
    ("Rauf Aliyev and Samir Guliyev were taken into custody in Sumgait"): no date in the
    paragraph before it (else it narrates another time) and nothing told as earlier or
    later."""
    if sentence.index <= dateline[0]:
        return False
    first = paragraph_first(ctx, sentence)
    before = [
        d
        for d in ctx.dates_in(first.start, sentence.start)
        if d is not dateline[1] and not is_birth(ctx, d)
    ]
    if before:
        return False
    text = ctx.text[sentence.start : sentence.end]
    return not (_EARLIER.search(text) or _LATER.search(text) or _AFTER_EVENT.search(text))


# "after X's arrest" tells of an earlier event, of a day not told ("Quliyevin həbsindən
# sonra polis Fərid Əliyevi saxlayıb", "Yıldırım'ın tutuklanmasının ardından").
_AFTER_EVENT: Final = re.compile(
    r"(?:(?:həbs|saxlanılma|tutulma|yaxalanma|ölüm|öldürülmə|tutuklanma|gözaltına alınma|"
    r"yakalanma|öldürülme)\w*\s+(?:sonra|ardından)|(?:after|following) (?:his|her|their|"
    r"[^\W\d_]+['’]s) (?:arrest|detention|capture|death|killing|release|return)|"
    r"после (?:его |её |ее )?(?:ареста|задержания|гибели|смерти|освобождения|возвращения))",
    re.I,
)


def paragraph_first(ctx: DocContext, sentence: Sentence) -> Sentence:
    """The first sentence of `sentence`'s paragraph: the text before it back to a line
    break (`Sentence.paragraph` does not count a break right after a full stop)."""
    k = sentence.index
    while k > 0 and "\n" not in ctx.text[ctx.sentences[k - 1].end : ctx.sentences[k].start]:
        k -= 1
    return ctx.sentences[k]


# An episode told before, named again ("wounded during the raid", "in the same strike",
# "при задержании", "əməliyyat zamanı", "aynı saldırıda"): its date is that of the last
# sentence naming the same kind of episode with a date, else the dateline's day.
_EPISODE: Final = re.compile(
    r"(?<![\w-])(?:(?:during|amid|in the course of) (?:the|that|this) (?:same )?(?:night )?"
    r"(?P<en>raid|operation|strike|air ?strike|attack|clash(?:es)?|battle|assault|bombing|"
    r"ambush|shelling|arrest|fighting)|(?:in|after|by) (?:the same|that|this) (?:night )?"
    r"(?P<en2>raid|operation|strike|air ?strike|attack|clash|battle|assault|bombing|ambush|"
    r"shelling)|(?:in|during) the (?P<en4>strike|air ?strike|raid|attack|clash(?:es)?|battle|"
    r"ambush|shelling|bombing)|(?:on )?(?:the same|that) (?P<day>day)|in the (?:ensuing )?"
    r"(?P<en3>shootout|gunfight|firefight|exchange of fire)|"
    r"в (?:ходе )?(?P<ru6>перестрелки|перестрелке)|во время (?P<ru7>штурма|задержания|"
    r"обыска|спецоперации|операции)|(?P<az4>atışma) (?:zamanı|nəticəsində)|"
    r"çıkan (?P<tr4>çatışma)da|"
    r"при (?P<ru>задержании|штурме|обыске)|при попытке (?P<ru8>задержания|ареста)|"
    r"(?:while )?resisting (?P<en5>arrest)|в ходе (?:этой |той же |этого |того же )?"
    r"(?P<ru2>(?:спец)?операции|задержания|штурма|боя|налета|налёта|обыска)|"
    r"в (?:том же|этом) (?P<ru3>бою|обстреле|ударе|авиаударе)|"
    r"(?:тем же|этим) (?P<ru4>ударом|обстрелом)|"
    r"(?:в результате|в ходе|во время) (?:того же|этого) (?P<ru9>удара|обстрела|боя)|"
    r"в (?:тот же|этот) (?P<ru5>день)|"
    r"(?P<az>əməliyyat) (?:zamanı|vaxtı|əsnasında|zamanı isə)|(?:həmin|eyni) "
    r"(?P<az2>əməliyyat|hücum|zərbə|döyüş|atəş|gün)(?:da|də|dən)?|"
    r"(?P<az3>saxlanılma|tutulma) zamanı|"
    r"(?P<tr>operasyon) sırasında|(?:aynı|söz konusu|bu) (?P<tr2>saldırı|operasyon|çatışma|"
    r"baskın|ateş|bombardıman|gün)(?:da|de|te)?|(?P<tr3>yakalama|gözaltı) sırasında|"
    # the fall of a town told before ("Bağuz düştüğünde", "after the fall of Mosul")
    r"(?P<fall>[^\W\d_]{3,})(?:['’]n?[ıiuü]n)? (?:düştüğünde|düştüğü sırada|düşünce|"
    r"düşmesinin ardından|düşmesinden sonra|süqut etdikdə|süqutundan sonra)|"
    r"(?:after|with|when) the fall of (?P<fall2>[^\W\d_]{3,})|"
    r"(?:после|при) падени[иия] (?P<fall3>[^\W\d_]{3,}))(?![\w-])",
    re.I,
)


# Fighting named again ("wounded in the same battle") is that of a death or wound told
# before ("was martyred yesterday in Idlib").
_COMBAT: Final = frozenset(["battl", "strik", "airst", "attac", "clash", "bombi", "shell", "ambus"])
_COMBAT_WORDS: Final = re.compile(
    r"(?:martyr|killed|died|wounded|fighting|убит|погиб|ранен|şəhid|həlak|öldürül|yaralan|"
    r"şehit|hayatını|бою|боях|удар|döyüş|hücum|zərbə|çatışma|saldırı)",
    re.I,
)


_DEATH_WORDS: Final = re.compile(
    r"(?:martyr|killed|died|убит|погиб|шахид|şəhid|şəhadət|həlak|öldürül|şehit|şehadet|"
    r"hayatını kaybet)",
    re.I,
)


def _death_date(ctx: DocContext, sentence: Sentence) -> DateSpan | None:
    """The date nearest the word of the last death told with a date before `sentence`
    (among the twelve sentences before it), unless as earlier ("ещё в 2010 году")."""
    for k in range(sentence.index - 1, max(-1, sentence.index - 12), -1):
        earlier = ctx.sentences[k]
        death = _DEATH_WORDS.search(ctx.low, earlier.start, earlier.end)
        if death is None:
            continue
        dates = [d for d in ctx.dates_in(earlier.start, earlier.end) if not is_birth(ctx, d)]
        if dates:
            return min(dates, key=lambda d: abs(d.start - death.start()))
    return None


_COMBAT_STEMS = frozenset(["бою", "удар", "обст", "döyü", "hücu", "zərb", "çatı", "sald", "atəş"])
_COMBAT_STEMS |= {"ateş", "bomb"}


def _named_before(ctx: DocContext, sentence: Sentence, stem: str) -> DateSpan | None:
    """The last date of the nearest sentence before `sentence` (among twelve) that names
    the episode's noun again ("repelling an attack" for "in the same attack")."""
    for k in range(sentence.index - 1, max(-1, sentence.index - 12), -1):
        earlier = ctx.sentences[k]
        if stem not in ctx.low[earlier.start : earlier.end].replace(" ", ""):
            continue
        dates = [d for d in ctx.dates_in(earlier.start, earlier.end) if not is_birth(ctx, d)]
        if dates:
            return dates[-1]
    return None


_EPISODE_NEEDLES: Final = Needles(_EPISODE)


def _episode_date(ctx: DocContext, sentence: Sentence) -> DateSpan | None:
    if not _EPISODE_NEEDLES.may_match(ctx.folded(), sentence.start, sentence.end):
        return None
    found = _EPISODE.search(ctx.text, sentence.start, sentence.end)
    if found is None:
        return None
    noun = next(g for g in found.groups() if g).lower()
    day = noun in ("day", "день", "gün")
    stem = noun.replace(" ", "")[:5]
    combat = stem in _COMBAT or stem[:4] in _COMBAT_STEMS
    if combat:
        # "In the same attack X was wounded": the sentence naming that attack; else, after
        # a death notice, the fighting the death was told of, not an older wound told in
        # between ("ranen ... прошлой осенью")
        named = _named_before(ctx, sentence, stem)
        death = named or _death_date(ctx, sentence)
        if death is not None:
            return death
    anchor = sentence.index
    for k in range(sentence.index - 1, max(-1, sentence.index - 12), -1):
        earlier = ctx.sentences[k]
        text = ctx.low[earlier.start : earlier.end]
        dates = [d for d in ctx.dates_in(earlier.start, earlier.end) if not is_birth(ctx, d)]
        if day:
            days = [d for d in dates if len(d.value) == 10]
            if days:
                return days[-1]
            continue
        if stem in text.replace(" ", "") or (combat and _COMBAT_WORDS.search(text)):
            if dates:
                return dates[-1]
            if anchor == sentence.index:
                anchor = k
    # told before without a date, or not named as such ("police raided a flat on 12 May
    # 2016 ... killed in the shootout"): the day the two sentences before give
    for k in range(anchor - 1, max(-1, anchor - 3), -1):
        earlier = ctx.sentences[k]
        days = [d for d in ctx.dates_in(earlier.start, earlier.end) if len(d.value) == 10]
        if days:
            return news_day(ctx) if is_dateline(ctx, days[-1]) else days[-1]
    return news_day(ctx) if dateline_day(ctx) is not None else None


# The hearing a court report tells of, named again ("освобождён из-под стражи в зале
# суда", "этим же приговором", "released in the courtroom", "məhkəmə zalından azad
# edilib", "duruşma salonunda tahliye edildi", "aynı kararla").
_COURTROOM: Final = re.compile(
    r"(?<![\w-])(?:в зале (?:суда|судебного заседания)|(?:этим|тем) же (?:приговором|решением)|"
    r"in (?:the )?court ?room|in the same (?:verdict|ruling|judgment)|by the same (?:verdict|"
    r"ruling|judgment|court)|məhkəmə zalından|məhkəmə zalında|eyni hökmlə|"
    r"(?:mahkeme|duruşma) salonunda(?:n)?|aynı kararla|"
    # released for the time already held: at the verdict
    r"tutuklu kaldığı süre|time (?:already )?served|с учётом (?:срока|времени) "
    r"(?:содержания|нахождения)|həbsdə qaldığı müddət)(?![\w-])",
    re.I,
)
# Words of a court's hearing or verdict: the sentence telling it holds the day.
_HEARING: Final = re.compile(
    r"суд|приговор|court|verdict|sentenced|convicted|acquitted|mahkeme|hapis cezas|beraat|"
    r"məhkəmə|hökm|bəraət",
    re.I,
)


_COURTROOM_NEEDLES: Final = Needles(_COURTROOM)


def courtroom_date(ctx: DocContext, sentence: Sentence, clause: tuple[int, int]) -> DateSpan | None:
    """The day of the hearing an event's clause names again (see `_COURTROOM`): that of
    the last sentence before it of a court with a full day, else the report's day."""
    if not _COURTROOM_NEEDLES.may_match(ctx.folded(), clause[0], clause[1]):
        return None
    if _COURTROOM.search(ctx.text, clause[0], clause[1]) is None:
        return None
    for k in range(sentence.index, max(-1, sentence.index - 15), -1):
        earlier = ctx.sentences[k]
        if not _HEARING.search(ctx.text, earlier.start, earlier.end):
            continue
        end = clause[0] if k == sentence.index else earlier.end
        dates = [d for d in ctx.dates_in(earlier.start, end) if not is_birth(ctx, d)]
        days = [d for d in dates if len(d.value) == 10]
        if days:
            return news_day(ctx) if is_dateline(ctx, days[-1]) else days[-1]
        if dates and k == sentence.index - 1:
            return dates[-1]  # "2021 yılının Haziran ayında ... çarptırdı. ... tahliye edilen"
    return news_day(ctx) if dateline_day(ctx) is not None else None


# A court as the sentence's subject ("Mahkeme, Yavuz'a 12 yıl hapis cezası verdi", "Суд
# приговорил ..."): a court report's verdict of the dateline's day, unless told as earlier.
_COURT: Final = re.compile(
    r"^\W*(?:[\w-]+\s+){0,4}?(?:mahkeme(?:si)?|məhkəmə(?:si)?|суд|court)\b", re.I
)
_EARLIER: Final = re.compile(
    r"(?<![\w-])(?:earlier|previously|ранее|прежде|daha önce|önceden|əvvəllər|əvvəlcə|"
    r"[^\W\d_]+m[ıi]şt[ıi]|[^\W\d_]+müştü|[^\W\d_]+muştu)(?![\w-])",
    re.I,
)


def _in_lead(ctx: DocContext, sentence: Sentence, lead_index: int) -> bool:
    """The lead sentence after the dateline, or one of its paragraph that tells nothing
    as earlier ("Gözaltına alınan şüpheli ... tutuklanarak cezaevine gönderildi")."""
    if lead_index >= len(ctx.sentences):
        return False
    lead = ctx.sentences[lead_index]
    if _is_title(ctx, lead):
        return _in_lead(ctx, sentence, lead_index + 1)
    if lead.index == sentence.index:
        return True
    if sentence.start < lead.start or "\n" in ctx.text[lead.start : sentence.start]:
        return False
    return not _EARLIER.search(ctx.text[sentence.start : sentence.end])


def _is_title(ctx: DocContext, sentence: Sentence) -> bool:
    """A headline: a line of its own with no stop, a paragraph after it."""
    nxt = sentence.index + 1
    if nxt >= len(ctx.sentences) or ctx.text[sentence.end - 1 : sentence.end] in ".!?":
        return False
    return "\n" in ctx.text[sentence.end : ctx.sentences[nxt].start]


def _court_of_the_day(ctx: DocContext, sentence: Sentence) -> bool:
    text = ctx.text[sentence.start : sentence.end]
    return bool(_COURT.match(text)) and not _EARLIER.search(text)


# What a news lead reports of its own day ("Махачкала, 16 сентября 2020 года. Суд
# приговорил X ..."); a journey or a return told there is usually older.
OF_THE_DAY: Final = frozenset(
    ["killed", "injured", "arrested", "detained", "sentenced", "released"]
)


def report_day(
    ctx: DocContext, sentence: Sentence, match: re.Match[str], status: str, mode: str, undated: bool
) -> tuple[DateSpan, str] | None:
    """The date of an event whose sentence gives none (`undated`: no date in it at all, or
    none before the cue of a listed person): an episode's, else the dateline's day for
    what the lead or the court of the day reports."""
    episode = _episode_date(ctx, sentence) if undated else None
    if episode is not None:
        return episode, "episode"
    dateline = dateline_day(ctx)
    if dateline is None or (mode == "pre" and STATE.match(match.group())):
        return None
    listed = _list_day(ctx, sentence) if undated else None
    if listed is not None:
        return listed, "sentence"
    if status not in OF_THE_DAY:
        # a return the lead reports as done to the person ("X ölkəyə qaytarılıb",
        # "экстрадирован") is the day's news; one the person made is older; so is that
        # of those a list below tells of ("Qaytarılan qadınlar haqqında məlumat:")
        handed = status == "returned" and _HANDED_BACK.search(match.group())
        if handed and _in_lead(ctx, sentence, dateline[0]):
            return news_day(ctx), "dateline"
        group = (handed and _heads_list(ctx, sentence)) or (
            status == "returned" and _RETURNEES.search(match.group())
        )
        if group and undated and _lead_hands_back(ctx, dateline[0]):
            return news_day(ctx), "dateline"
        # a later paragraph's "X də ... qaytarılıb", "was also flown home" under a lead
        # that tells of people handed back: the same return, unless told as older
        if (
            handed
            and undated
            and _lead_hands_back(ctx, dateline[0])
            and not _BEFORE_THE_DAY.search(ctx.text, sentence.start, sentence.end)
        ):
            return news_day(ctx), "dateline"
        # "firari sanık X hakkında yakalama kararı çıkarıldı": issued at the day's hearing
        issued = status == "wanted" and _WARRANT_ISSUED.search(
            ctx.text, sentence.start, sentence.end
        )
        if issued and (
            _in_lead(ctx, sentence, dateline[0])
            or (undated and _same_day_told(ctx, sentence, dateline))
        ):
            return news_day(ctx, "sentenced"), "dateline"
        return None
    court = status in ("sentenced", "released") and _court_of_the_day(ctx, sentence)
    if _in_lead(ctx, sentence, dateline[0]) or court:
        return news_day(ctx, status), "dateline"
    if undated and _same_day_told(ctx, sentence, dateline):
        return news_day(ctx, status, later=True), "dateline"
    day = _paragraph_day(ctx, sentence, dateline) if undated else None
    if day is not None:
        return day, "sentence"
    if status == "sentenced" and undated and _verdict_of_the_day(ctx, sentence, dateline[0]):
        return news_day(ctx, status), "dateline"
    return None


# Told as before the day ("had been sentenced", "уже был судим", "məhkum olunmuşdu").
_BEFORE_THE_DAY: Final = re.compile(
    r"(?<![\w-])(?:had|уже|[^\W\d_]+m[ıiuü]şd[ıiuü])(?![\w-])", re.I
)


def _verdict_of_the_day(ctx: DocContext, sentence: Sentence, lead_index: int) -> bool:
    """A sentence with no date in a court report whose lead tells the day's verdict
    ("PRISTINA, 21 June 2019 - The court on Thursday sentenced four men ...") tells of
    that verdict, unless as earlier or later."""
    if sentence.index <= lead_index or lead_index >= len(ctx.sentences):
        return False
    lead = ctx.sentences[lead_index]
    end = ctx.text.find("\n", lead.end)
    if not _VERDICT.search(ctx.text, lead.start, len(ctx.text) if end < 0 else end):
        return False
    text = ctx.text[sentence.start : sentence.end]
    told = _EARLIER.search(text) or _LATER.search(text) or _AFTER_EVENT.search(text)
    return not (told or _BEFORE_THE_DAY.search(text))


_VERDICT: Final = re.compile(
    r"sentenced|convicted|jailed|verdict|приговор|осуди|осужд|hapis cezas|mahkum|"
    r"cezaya çarptır|hökm|məhkum|azadlıqdan məhrum",
    re.I,
)


# A warrant issued (not one in force: "aranan", "wanted since"), by the court of the day.
_WARRANT_ISSUED: Final = re.compile(
    r"yakalama kararı (?:çıkarıldı|çıkarılmasına|verildi)|(?:arrest )?warrant (?:was|has been) "
    r"issued|issued an? (?:\w+ )?arrest warrant|həbs qərarı (?:çıxarılıb|verilib)|"
    r"выдан ордер|ордер на (?:его |её |ее )?арест",
    re.I,
)


_BULLET: Final = re.compile(r"[^\S\n]*(?:[-–—•*▪●]|\d{1,2}[.)]|[0-9]\ufe0f?\u20e3)")


def _heads_list(ctx: DocContext, sentence: Sentence) -> bool:
    return ctx.text[sentence.start : sentence.end].rstrip().endswith(":")


def _list_day(ctx: DocContext, sentence: Sentence) -> DateSpan | None:
    """The day in the line closing the list a sentence heads ("deportasiya olunmuş:\n- A;\n
    - B\nbu ayın 14-də Bakıya gətirilərək saxlanılıblar"), not one of an item's own."""
    if not _heads_list(ctx, sentence):
        return None
    end = ctx.text.find("\n\n", sentence.end)
    for date in ctx.dates_in(sentence.end, len(ctx.text) if end < 0 else end):
        line_start = ctx.text.rfind("\n", 0, date.start) + 1
        if len(date.value) == 10 and not _BULLET.match(ctx.text, line_start):
            return date
    return None


_RELATIONS: Final = frozenset(("since", "until", "before", "after"))


def lead_return_day(ctx: DocContext) -> DateSpan | None:
    """The news day of a report whose lead tells of people handed back ("Dünən İraqdan
    ... 4 qadın ... Bakıya gətirilib"): custody at the airport told later is of it."""
    dateline = dateline_day(ctx)
    if dateline is None or not _lead_hands_back(ctx, dateline[0]):
        return None
    span = lead_paragraph(ctx, dateline[0])
    told = [] if span is None else ctx.dates_in(*span)
    told = [
        d
        for d in told
        # "the largest repatriation since 2022" dates no flight
        if d is not dateline[1] and not is_birth(ctx, d) and d.qualifier not in _RELATIONS
    ]
    if told and span is not None:
        # "Ötən ay İraqdan repatriasiya olunan 11 qadın": the return's own date
        back = _HANDED_BACK.search(ctx.text, *span) or _BROUGHT_BACK.search(ctx.text, *span)
        at = span[0] if back is None else back.start()
        return min(told, key=lambda d: abs(d.start - at))
    return news_day(ctx)


def _lead_hands_back(ctx: DocContext, lead_index: int) -> bool:
    """The lead paragraph tells of people handed back ("Dünən İraqdan repatriasiya edilən 4
    qadın ... Bakıya gətirilib")."""
    span = lead_paragraph(ctx, lead_index)
    return span is not None and (
        _HANDED_BACK.search(ctx.text, *span) is not None
        or _BROUGHT_BACK.search(ctx.text, *span) is not None
    )


def lead_paragraph(ctx: DocContext, lead_index: int) -> tuple[int, int] | None:
    """Where the lead paragraph stands: from the sentence at `lead_index`, past titles."""
    k = lead_index
    while k < len(ctx.sentences) - 1 and _is_title(ctx, ctx.sentences[k]):
        k += 1
    if k >= len(ctx.sentences):
        return None
    lead = ctx.sentences[k]
    end = ctx.text.find("\n\n", lead.start)
    return lead.start, len(ctx.text) if end < 0 else end


_HAS_DIGIT: Final = re.compile(r"\d")


def _paragraph_day(
    ctx: DocContext, sentence: Sentence, dateline: tuple[int, DateSpan]
) -> DateSpan | None:
    """A day of the week of the report that opens the paragraph ("Накануне тот же суд
    рассмотрел дело X. X приговорён к ..."): what the paragraph goes on to tell of it."""
    if sentence.index <= dateline[0]:
        return None
    first = paragraph_first(ctx, sentence)
    told = [d for d in ctx.dates_in(first.start, sentence.start) if not is_birth(ctx, d)]
    # only days told as the report's ("накануне", "bugün", "on Tuesday"): a date written
    # out ("12 Ağustos'ta gözaltına alındı") may be that of an earlier step
    if not told or any(len(d.value) != 10 or _HAS_DIGIT.search(d.text) for d in told):
        return None
    if told[-1].value != dateline[1].value and not days_before(told[-1].value, dateline[1].value):
        return None
    text = ctx.text[sentence.start : sentence.end]
    if _EARLIER.search(text) or _LATER.search(text) or _AFTER_EVENT.search(text):
        return None
    return told[-1]


_BIRTH: Final = word_start_regex(
    r"born|birth|рождени\w*|родил\w*|родивш\w*|г\.\s*р\.|doğumlu|doğum|təvəllüdlü|"
    r"anadan ol\w*",
)


_CLOSED: Final = re.compile(r"[).!?\n]")
_BIRTH_AFTER: Final = re.compile(
    r"[\s,-]*(?:года\s+|г\.\s*|-?c[iıuü] il\s+|-?c[iıuü] ildə\s+|yılı\s+|yılında\s+|"
    r"['’]?(?:d[ae]|t[ae])\s+)?(?:born|рождени\w*|р\.|doğumlu|təvəllüdlü|doğum|doğan|doğdu|"
    r"doğmuş|doğul\w*|anadan ol\w*|dünyaya gel\w*)",
    re.I,
)


# A bare year in brackets right after a name is its bearer's year of birth ("Arben
# Kelmendi (1971), from Peja", "Ayten Quliyeva (1990), Sumqayıt").
_NAME_BEFORE_BRACKET: Final = re.compile(r"[^\W\d_]\s*\($")


def is_birth(ctx: DocContext, date: DateSpan) -> bool:
    """A year of birth ("born in 1990", "1990 года рождения", "1990 doğumlu", "X (1990)")
    dates no event. Kept for the document's dates: every cue of a sentence, and the
    episodes told before, ask about the same ones."""
    if _birth_memo_text[0] is not ctx.text:
        _birth_memo.clear()
        _birth_memo_text[0] = ctx.text
    key = (date.start, date.end, len(date.value) == 4)
    found = _birth_memo.get(key)
    if found is None:
        found = _birth_memo[key] = _is_birth(ctx, date)
    return found


_birth_memo: dict[tuple[int, int, bool], bool] = {}
_birth_memo_text: list[str | None] = [None]  # the text `_birth_memo` is about


def _is_birth(ctx: DocContext, date: DateSpan) -> bool:
    before = _BIRTH.search(ctx.text, max(0, date.start - 16), date.start)
    if before and _CLOSED.search(ctx.text, before.end(), date.start):
        # "(1988-ci il təvəllüdlü) 2014-cü ildə Suriyaya getmiş", "Born in X.\n\nJune 2012"
        before = None
    if before and "," in ctx.text[before.end() : date.start]:
        before = None  # "1995 года рождения, в 2015 году уехала": the birth is the year before
    if before or _BIRTH_AFTER.match(ctx.text, date.end):
        return True
    return (
        len(date.value) == 4
        and ctx.text.startswith(")", date.end)
        and _NAME_BEFORE_BRACKET.search(ctx.text, max(0, date.start - 3), date.start) is not None
        and _capitalised_before(ctx.text, date.start)
    )


def _capitalised_before(text: str, pos: int) -> bool:
    """The word before the bracket at `pos` opens with a capital (a name, not "(in 2014)")."""
    head = text[max(0, pos - 40) : pos].rstrip(" (")
    words = head.split()
    return bool(words) and words[-1][:1].isupper()
