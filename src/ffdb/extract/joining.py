"""Joining the mentions of one person inside a document into one cluster.

Three passes over the name mentions, in text order:

1. names with two words or more (full names, kunyas, titled names, aliases) join a
   cluster holding the same name, or one whose name they begin or extend ("Abu ‘Umar"
   and "Abu ‘Umar al-Kubaysi"; "Zaur Ilyasov" and "Zaur Ilgar oğlu Ilyasov"), the most
   recent when several do. A Russian name read as a woman's nominative ("Эльнура
   Ильясова") joins the man it may also be the genitive of ("Эльнур Ильясов") when the
   document names him;
2. partial names (a surname alone, a nisba alone, a given name alone) join the cluster
   that last used that word before them (else the first after), a Russian or
   Azerbaijani surname in a case form ("Алиханова", "Əsədullayevə") through its
   nominative; a surname that joins nothing is a person of its own unless it opens a
   sentence (Russian sentence-initial plurals look like surnames: "Боевиков"), a nisba or
   given name that joins nothing is dropped;
3. each alias's cluster merges into its owner's ("Ebu Huzeyfe lakaplı Kadir Demir";
   "Abu Yusuf al-Azeri (Rasim Bagirzade)"), so that later mentions of the alias alone
   ("Abu Yusuf was killed") belong to the owner. Mentions that repeat an alias are
   marked as alias mentions: the record is named by the person's own name. A person
   named only by a kunya with a nisba then joins the one person whose alias is that
   kunya without it ("Абу Салих аль-Ингуши … Абу Салих, в миру Магомед Хамхоев").

Words are compared by `tokens.name_key`: Qaraxanov = Qarakhanov, Мамедов = Mammadov.
The cluster and the name forms the passes share are in `joining_cluster`; the passes
that join persons named only by a kunya, in `joining_kunyas`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from ffdb.extract import forms
from ffdb.extract.family import kin_words
from ffdb.extract.joining_cluster import (
    CYRILLIC,
    Cluster,
    Key,
    alternative_reading,
    as_written,
    extends,
    key_of,
    word_key,
    words_key,
)
from ffdb.extract.joining_kin_surnames import read_kin_surnames
from ffdb.extract.joining_kunya_owners import join_named_kunyas
from ffdb.extract.joining_kunyas import (
    add_short_kunyas,
    join_lone_kunyas,
    join_nisba_kunyas,
    read_as_man_with_kunya,
)
from ffdb.extract.joining_leads import without_lead_words
from ffdb.extract.joining_namesakes import gender_after, is_cyrillic
from ffdb.extract.joining_readings import read_shared_plural_surnames, read_women_by_document
from ffdb.extract.joining_umm_owners import is_umm, join_umm_kunyas
from ffdb.extract.people import NameMention, quoted_candidates
from ffdb.extract.people_alias_pairs import AliasLink
from ffdb.extract.people_corrections import corrected_names, join_corrected
from ffdb.extract.people_passes import add_known_surnames
from ffdb.extract.people_readings import (
    reread_names,
    without_bodies,
    without_opening_verbs,
)
from ffdb.extract.scan import lowered
from ffdb.extract.tokens import UPPER, strip_apostrophe_suffix

_PARTIAL: Final = ("surname", "nisba", "given")
_INITIALS: Final = "initials"  # "M.K.": a person the text names by initials only
_PLURAL_ENDINGS: Final = ("ы", "ых", "ыми", "lar", "lər", "ları", "ləri")
_COUNTED: Final = re.compile(
    r"(?<![\w-])(?:двух|трёх|трех|четырёх|четырех|обоих|нескольких)\s+$", re.IGNORECASE
)


def join_mentions(
    text: str, names: list[NameMention], links: Sequence[AliasLink]
) -> tuple[list[NameMention], list[Cluster]]:
    """The mentions (alias mentions added) and their clusters; `mention.person` is set."""
    names = without_bodies(text, names)
    without_opening_verbs(text, names)
    without_lead_words(names)  # "Задержаны Тимур Кушхов"
    if reread_names(text, names):
        # "Agron Selmani … Selmani'nin": the surname alone, sought under its first reading
        names = add_known_surnames(text, names, ())
    read_shared_plural_surnames(text, names)  # "Абдурахман и Сафия Бисултановы"
    read_women_by_document(text, names)  # "Жена Валиуллина, Эльвира Валиуллина,"
    read_kin_surnames(text, names)  # "Её сын Ринат": Ринат Хуснутдинов
    names, pairs = _with_alias_mentions(text, names, links)
    for mention in names:
        if mention.kind == "full" and len(mention.words) == 1 and " " in mention.text:
            mention.kind = "given"  # "Гульнара Рафаэлевна": a given name and patronymic
    owned = {id(alias) for alias, owner in pairs if owner is not None}
    clusters: list[Cluster] = []
    for mention in names:
        if id(mention) in owned:
            _place_alias(clusters, mention)
        elif mention.kind == _INITIALS:
            _place_initials(clusters, mention)
        elif not _is_partial(mention):
            _place_in_cluster(clusters, mention)
    for mention in names:
        if _is_partial(mention) and id(mention) not in owned:
            _join_partial(clusters, mention, text)
    merged = _merge_aliases(clusters, pairs)
    corrections = corrected_names(text, names)
    if corrections:  # "adı “Oğuz Keskin” olarak geçmiştir … doğru isim Oğuzhan Keskin'dir"
        live_now = [c for c in clusters if c.index not in merged]
        merged |= join_corrected(live_now, corrections)
    live = join_lone_kunyas([c for c in clusters if c.index not in merged])
    live = join_nisba_kunyas(live)
    live = join_named_kunyas(text, live)  # "Orada ona “Əbu Ubeydə” ləqəbi verilib"
    live = join_umm_kunyas(text, live)  # "she became Umm Yusuf"
    live = _join_initialled(live)
    for i, cluster in enumerate(live):
        cluster.index = i
        for mention in cluster.mentions:
            mention.person = i
        add_short_kunyas(cluster)
        _add_official_oblique_forms(cluster)
        _mark_alias_mentions(cluster)
        read_as_man_with_kunya(cluster)
    return names, live


def _place_in_cluster(clusters: list[Cluster], mention: NameMention) -> None:
    found = _find_cluster(clusters, key_of(mention))
    if found is None:
        alt = alternative_reading(mention)
        if alt is not None and (found := _find_cluster(clusters, words_key(alt))) is not None:
            mention.words = alt
    if found is None:
        found = Cluster(len(clusters))
        clusters.append(found)
    found.add(mention)
    for alias in mention.aliases:  # a nickname inside the name: later mentions of it join
        if alias not in found.aliases:
            found.aliases.append(alias)
            found.keys.add(words_key(alias.split()))


def _place_initials(clusters: list[Cluster], mention: NameMention) -> None:
    """Initials join only the same initials ("M.K." twice is one person): never a full
    name sharing their letters ("Mehmet Kaya"), nor other initials."""
    letters = _initials_letters(mention)
    for cluster in clusters:
        if _initials_cluster(cluster) and _initials_letters(cluster.mentions[0]) == letters:
            cluster.add(mention)
            return
    made = Cluster(len(clusters))
    clusters.append(made)
    made.add(mention)


def _initials_letters(mention: NameMention) -> str:
    return "".join(c for c in mention.text if c.isalpha())


def _initials_cluster(cluster: Cluster) -> bool:
    return bool(cluster.mentions) and cluster.mentions[0].kind == _INITIALS


def _is_partial(mention: NameMention) -> bool:
    """A surname, nisba or given name alone, or one word after a title ("Mr. Bagirov")."""
    return mention.kind in _PARTIAL or (mention.kind == "titled" and len(mention.words) == 1)


def _place_alias(clusters: list[Cluster], mention: NameMention) -> None:
    """An alias joins a cluster of the very same name only: a kunya is shared by many
    ("Ebu Omer" is not the "Abu ‘Umar al-Kubaysi" named earlier), and never another
    owner's alias ("Другой Абу Салих, в миру Ислам Евлоев": not the first Абу Салих)."""
    key = key_of(mention)
    # a cluster that also holds a longer name ("Abu ‘Umar" of "Abu ‘Umar al-Kubaysi")
    # is someone more specific: the alias is not his
    exact = [
        c
        for c in clusters
        if key
        and key in c.keys
        and not c.alias_only  # another owner's alias: "Другой Абу Салих, в миру …"
        and not _initials_cluster(c)
        and not any(len(k) > len(key) for k in c.keys)
    ]
    if exact:
        max(exact, key=lambda c: c.last).add(mention)
        return
    made = Cluster(len(clusters), alias_only=True)
    clusters.append(made)
    made.add(mention)


def _with_alias_mentions(
    text: str, names: list[NameMention], links: Sequence[AliasLink]
) -> tuple[list[NameMention], list[tuple[NameMention, NameMention | None]]]:
    """Make each alias a mention (reusing a name found at its span), paired with the
    mention of its owner (None when the text names none)."""
    names = list(names)
    pairs: list[tuple[NameMention, NameMention | None]] = []
    for link in links:
        owner = names[link.owner] if link.owner is not None else None
        inside = [
            n for n in names if link.start <= n.start and n.end <= link.end and n is not owner
        ]
        if inside:
            alias = inside[0]
            for extra in inside[1:]:
                names.remove(extra)
        else:
            made = quoted_candidates(text, link.start, link.end)
            if made is None:
                continue
            alias = made
            names.append(alias)
        alias.text = as_written(link.text, alias.words)  # titles and all
        alias.start, alias.end = link.start, link.end
        if alias.kind in _PARTIAL:
            alias.kind = "quoted"
        pairs.append((alias, owner))
    names.sort(key=lambda m: m.start)
    return names, pairs


def _a_man(mention: NameMention, by_index: dict[int, Cluster]) -> bool:
    """Whether the text reads `mention`, or another mention of its person, as a man's."""
    if mention.gender == "m":
        return True
    found = by_index.get(mention.person) if mention.person is not None else None
    return found is not None and any(m.gender == "m" for m in found.mentions)


def _merge_aliases(
    clusters: list[Cluster], pairs: Sequence[tuple[NameMention, NameMention | None]]
) -> set[int]:
    """Merge each alias's cluster into its owner's; the indexes of the clusters merged."""
    merged: set[int] = set()
    by_index = {c.index: c for c in clusters}
    for alias, owner in pairs:
        if owner is None or alias.person is None:
            continue
        if is_umm(alias.text) and _a_man(owner, by_index):
            continue  # "married Elvin X ... known as Ümmü Aişe": hers (`join_umm_kunyas`)
        owner_index = owner.person
        if owner_index is None:  # an owner named by a given name or nisba alone
            owner.standalone = owner.kind == "given"  # someone: the alias vouches for him
            made = Cluster(len(clusters))
            clusters.append(made)
            by_index[made.index] = made
            made.add(owner)
            owner_index = made.index
        target = by_index[_root(owner_index, by_index)]
        source = by_index[_root(alias.person, by_index)]
        written = as_written(alias.text, alias.words) if alias.kind == "kunya" else alias.text
        if written not in target.aliases:
            target.aliases.append(written)
        if source is target:
            continue
        target.absorb(source)
        merged.add(source.index)
        by_index[source.index] = target
    return merged


def _initialled(cluster: Cluster) -> NameMention | None:
    """The mention of a person named only with the initial of the surname ("Kevin D.")."""
    named = [
        m for m in cluster.mentions if m.kind not in _PARTIAL and m.text not in cluster.aliases
    ]
    if not named or any(m.kind != "full" or len(m.words) != 2 for m in named):
        return None
    last = {m.words[-1] for m in named}
    return named[0] if len(last) == 1 and len(named[0].words[-1]) == 1 else None


def _join_initialled(clusters: list[Cluster]) -> list[Cluster]:
    """ "Kevin D., born in 1992 ... identified in the press as Kevin Dufour": a person a
    press release names by the surname's initial is the one person the text names in
    full with that given name and initial; the short form stays as an alias."""
    out = list(clusters)
    for short in clusters:
        mention = _initialled(short)
        if mention is None:
            continue
        given, initial = key_of(mention)[0], mention.words[-1].upper()
        holders = [
            c
            for c in out
            if c is not short
            and any(
                m.kind == "full"
                and len(m.words) >= 2
                and key_of(m)[:1] == (given,)
                and m.words[-1][:1].upper() == initial
                and len(m.words[-1]) > 1
                for m in c.mentions
            )
        ]
        if len(holders) != 1:
            continue
        holders[0].absorb(short)
        holders[0].alias_mentions.extend(m for m in short.mentions if m.kind == "full")
        holders[0].aliases.insert(0, f"{mention.words[0]} {mention.words[-1]}.")
        out.remove(short)
    return out


def _root(index: int, by_index: dict[int, Cluster]) -> int:
    """The index of the cluster that absorbed (perhaps through others) cluster `index`."""
    while by_index[index].index != index:
        index = by_index[index].index
    return index


# A Russian patronymic in an oblique case: "Ахмедовича", "Ахмедовичу", "Расуловны"
_RU_PATRONYMIC_CASE: Final = re.compile(
    r"^(.+(?:вич|ьич))(?:а|у|ем|е)$|^(.+(?:вн|чн))(?:ы|е|у|ой)$"
)


def _add_official_oblique_forms(cluster: Cluster) -> None:
    """A name an official text writes surname first in an oblique case ("в отношении
    Гаджиева Мурада Ахмедовича") is recorded, as the nominative one is, in its official
    form too, in the nominative: "Гаджиев Мурад Ахмедович"."""
    for mention in cluster.mentions:
        if mention.kind != "full" or len(mention.words) != 2 or not CYRILLIC.search(mention.text):
            continue
        written = mention.text.split()
        if len(written) != 3:
            continue
        found = _RU_PATRONYMIC_CASE.match(written[2])
        given, surname = mention.words
        if (
            found is None
            or not _same_stem(written[0], surname)
            or not _same_stem(written[1], given)
        ):
            continue
        patronymic = found.group(1) or found.group(2) + "а"
        official = f"{surname} {given} {patronymic}"
        if official not in cluster.aliases:
            cluster.aliases.append(official)


def _same_stem(written: str, nominative: str) -> bool:
    """ "Гаджиева" / "Гаджиев", "Мурада" / "Мурад", "Патимат" / "Патимат"."""
    stem = nominative[:-1] if len(nominative) > 4 else nominative
    return written == nominative or written.startswith(stem)


def _mark_alias_mentions(cluster: Cluster) -> None:
    """Mentions repeating a declared alias ("Abu Yusuf" after "Abu Yusuf al-Azeri")
    name the alias, not the person: the record takes its name from the others."""
    if not cluster.aliases:
        return
    alias_keys = {key_of(m) for m in cluster.alias_mentions}
    alias_keys |= {key_of(m) for m in cluster.mentions if any(m.text == a for a in cluster.aliases)}
    own = []
    for mention in cluster.mentions:
        key = key_of(mention)
        if mention in cluster.alias_mentions:
            continue
        if any(key == k or extends(key, k) or extends(k, key) for k in alias_keys):
            cluster.alias_mentions.append(mention)
        else:
            own.append(mention)
    if not any(m.kind not in _PARTIAL or m.standalone for m in own):
        cluster.alias_mentions = []  # nothing else names the person: the alias does


def _find_cluster(clusters: list[Cluster], key: Key) -> Cluster | None:
    if not key:
        return None
    clusters = [c for c in clusters if not _initials_cluster(c)]
    exact = [c for c in clusters if key in c.keys and not c.alias_only]
    if exact:
        return max(exact, key=lambda c: c.last)
    # an alias's name is a weaker hold than a person's: the most recent of either wins
    near = [
        c
        for c in clusters
        if key in c.keys
        or any(extends(key, k) or (extends(k, key) and not c.alias_only) for k in c.keys)
    ]
    return max(near, key=lambda c: c.last) if near else None


def _partial_readings(mention: NameMention) -> list[tuple[str, str]]:
    """(key, word) readings a partial name may join by: as read, then its nominatives as
    a man's and a woman's surname ("Алиханова" → Алиханов; "Мамедовой" → Мамедова)."""
    key = key_of(mention)
    if not key:
        return []
    out = [(key[0], mention.words[0])]
    if mention.kind == "surname":
        bare = strip_apostrophe_suffix(mention.text)
        for gender in ("m", "f"):
            word = forms.lemma_surname(bare, gender)
            alt = word_key(word)
            if all(alt != k for k, _ in out):
                out.append((alt, word))
    return out


def _join_partial(clusters: list[Cluster], mention: NameMention, text: str) -> None:
    initial = _INITIAL.search(text, max(0, mention.start - 4), mention.start)
    # a reading whose person was named before beats one whose person comes only later:
    # "Мусаева" after Адам Мусаев is his accusative, though a Зулай Мусаева comes later
    found: tuple[str, list[Cluster]] | None = None
    readings = _partial_readings(mention)
    if len(readings) > 1 and _join_by_gender(clusters, mention, text, readings):
        return
    for word, reading in readings:
        holders = [
            c
            for c in clusters
            if word in c.words and not _initials_cluster(c) and _position_ok(c, mention, word)
        ]
        if initial and len(holders) > 1:
            # "A. Qasımov" after Anar and Elvin Qasımov: the one whose name starts with A
            agree = [c for c in holders if _given_initial(c) == initial.group(1)]
            holders = agree or holders
        if not holders:
            continue
        if found is None:
            found = (reading, holders)
        if any(m.start < mention.start for c in holders for m in c.mentions):
            found = (reading, holders)
            break
    if found is not None:
        reading, holders = found
        mention.words = (reading,)
        if len(holders) > 1:
            # "Krasniqi travelled in 2014; his wife joined him": the pronoun tells which
            holders = _of_the_gender(holders, _pronoun_gender(text, mention.end)) or holders
        before = [c for c in holders if any(m.start < mention.start for m in c.mentions)]
        if before:
            best = _likeliest_before(before, mention.start, text)
        else:
            best = min(holders, key=lambda c: min(m.start for m in c.mentions))
        best.add(mention)
        return
    cyrillic = bool(CYRILLIC.search(mention.text))
    plural = mention.text.endswith(_PLURAL_ENDINGS)  # "братья Гаджиевы": whom, alone?
    # "путают двух Исламов": a given name counted, in the genitive plural, is no surname
    plural = plural or _COUNTED.search(text, max(0, mention.start - 16), mention.start) is not None
    with_patronymic = mention.kind == "given" and (" " in mention.text or mention.standalone)
    if (
        mention.kind == "titled"
        or with_patronymic
        or (
            mention.kind == "surname" and not plural and not (mention.sentence_initial and cyrillic)
        )
    ):
        cluster = Cluster(len(clusters))
        clusters.append(cluster)
        cluster.add(mention)


# A possessive pronoun later in the clause of a bare surname shows its gender.
_PRONOUN_AFTER: Final = re.compile(
    r"[^.!?\n]{0,80}?(?<![\w-])(his|her|him|его|её|ее)(?![\w-])", re.I
)
_PRONOUN_GENDERS: Final = {"his": "m", "him": "m", "her": "f", "его": "m", "её": "f", "ее": "f"}


def _pronoun_gender(text: str, pos: int) -> str | None:
    found = _PRONOUN_AFTER.match(text, pos)
    return _PRONOUN_GENDERS.get(found.group(1).lower()) if found else None


def _of_the_gender(holders: list[Cluster], gender: str | None) -> list[Cluster]:
    if gender is None:
        return []
    return [c for c in holders if any(m.gender == gender for m in c.mentions)]


_INITIAL: Final = re.compile(rf"(?<![\w.])([{UPPER}])\.\s?$")


def _given_initial(cluster: Cluster) -> str | None:
    full = [m for m in cluster.mentions if m.kind == "full" and len(m.words) >= 2]
    return full[0].words[0][:1].upper() if full else None


def _likeliest_before(holders: list[Cluster], at: int, text: str) -> Cluster:
    """The person a bare surname speaks of: the one named last before it, unless that one
    was named once (a relative: "His sister, Nadia Rashid, wept") while the first one
    named already had the text's attention (named three times or more, or twice when a
    kin word introduced the other: "Ağabeyi Valon Krasniqi ... Krasniqi, 2016'da
    Türkiye'ye geçti" is still Arben): "Rashid, known in Syria as Abu Hurayra" is still
    the defendant."""

    def named_before(c: Cluster) -> list[int]:
        return [m.start for m in c.mentions if m.start < at]

    latest = max(holders, key=lambda c: max(named_before(c)))
    first = min(holders, key=lambda c: min(named_before(c)))
    if first is latest:
        return latest
    if _surname_written(first) and not _surname_written(latest):
        # "His elder brother, Ruslan" bears the surname only by the kin word: "On Tuesday,
        # Betergaziev appeared in court" is the man the text named in full
        return first
    attention = len(named_before(first))
    if len(named_before(latest)) != 1:
        # "eşi Mustafa Yıldız ... Mustafa Yıldız öldürüldü. Yıldız, 2019'da yakalandı": a
        # relative the kin word brought in is not the one the text is about
        introduced = _kin_introduced(text, min(named_before(latest)))
        return first if introduced and attention >= len(named_before(latest)) else latest
    if attention >= 3 or (attention == 2 and _kin_introduced(text, min(named_before(latest)))):
        return first
    return latest


def _surname_written(cluster: Cluster) -> bool:
    """Whether the text writes the person's surname in some full mention (not only
    lends it through a kin word, `read_kin_surnames`)."""
    return any(
        m.kind == "full" and len(m.words) >= 2 and m.words[-1][:4].lower() in m.text.lower()
        for m in cluster.mentions
    )


# a kin word right before a name, perhaps with "his"/"onun"/"его" and a comma
_KIN_BEFORE: Final = re.compile(r"([^\W\d_]+)[ ,]*$")


def _kin_introduced(text: str, start: int) -> bool:
    """Whether a kin word stands right before the name at `start` ("Ağabeyi Valon",
    "his brother Valon", "его брат Валон")."""
    found = _KIN_BEFORE.search(text, max(0, start - 30), start)
    return found is not None and lowered(found.group(1)) in kin_words()


def _position_ok(cluster: Cluster, mention: NameMention, word: str) -> bool:
    """A surname joins a person whose name ends (or nearly ends) in it; a given name one
    whose name starts with it; a nisba anywhere after the first word."""
    for key in cluster.keys:
        if mention.kind == "given" and key and key[0] == word:
            return True
        if mention.kind in ("surname", "titled") and word in key:
            return True  # "Р. Гасанов" after "Гасанов Р.А.", too
        if mention.kind == "nisba" and word in key[1:]:
            return True
    return False


def _join_by_gender(
    clusters: list[Cluster], mention: NameMention, text: str, readings: list[tuple[str, str]]
) -> bool:
    """Whether a Russian surname alone that reads as a man's and as a woman's, both named
    before it, joined the one of the gender the words after it show (`joining_namesakes`)."""
    if not is_cyrillic(mention.text):
        return False
    by_reading: list[tuple[str, Cluster]] = []
    for word, reading in readings:
        for c in clusters:
            if (
                word in c.words
                and not _initials_cluster(c)
                and _position_ok(c, mention, word)
                and any(m.start < mention.start for m in c.mentions)
            ):
                by_reading.append((reading, c))
    if len({id(c) for _, c in by_reading}) < 2:
        return False
    gender = gender_after(text, mention.end)
    agree = [(r, c) for r, c in by_reading if any(m.gender == gender for m in c.mentions)]
    if gender is None or not agree or len(agree) == len(by_reading):
        return False
    reading, best = max(
        agree, key=lambda rc: max(m.start for m in rc[1].mentions if m.start < mention.start)
    )
    mention.words = (reading,)
    best.add(mention)
    return True
