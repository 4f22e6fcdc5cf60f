"""Cue phrases for aliases beyond the shared list (`lexicon.cues`), and the tests
`aliases` asks of the words around a cue: whether the sentence has no subject of its own
(a list entry, a timeline), and whether the words before the alias name someone else.
"""

from __future__ import annotations

import re
from typing import Final

from ffdb.extract.lexicon import organisation_words, roles
from ffdb.extract.tokens import fold

# Ways of giving a name that the shared cue list lacks, every tense and person of them:
# "ona “Əbu Yəhya” adını verirlər", "“Tuti” deyə tanınırmış", "“Ebu Osman” diye
# çağırıyorlarmış", "“Ümmü Meryem” adıyla tanınıyor" (the alias before), "получил имя",
# "дали ему прозвище", "звали его просто", "whom fighters call", "gave him the name",
# "called him simply" (the alias after)
EXTRA_CUES: Final = (
    (
        "before",
        r"(?:adını|ləqəbini|lakabını|ismini) (?:ver(?:irlər|irdilər|ərdilər|iblər|miş|mişlər|di"
        r"|diler|dilər|ir|iyorlar|iyorlardı|mişdilər)|qoy(?:ub|ublar|dular|muşdular|du)"
        r"|koy(?:du|dular|muşlar)|taktı|taktılar)"
        r"|(?:deyə|diye|kimi|olarak) (?:da |de |də )?(?:tanın(?:ırmış|ırdı|ır|ıb|ıyordu|ıyormuş"
        r"|ıyor|mış|mıştı|mışdı|dı|dılar|acaq|acaqdı|acak|acaktı)"
        r"|çağır(?:ıyormuş|ıyorlarmış|ırmış|ırlarmış|ırlardı|ıyorlardı|ırdı|dılar|ırdılar|ıblar)"
        r"|bilin(?:ir|irdi|iyordu|irmiş|iyor|di|miş|mişti)"
        r"|anıl(?:ır|ırdı|ıyordu|ıyor|dı|mış|mıştı|dıktan sonra))"
        # "“Ebu Ömer” kod adını kullanıyor", "“Əbu Əli” adından istifadə edib"
        r"|(?:kod |takma )?(?:adını|lakabını|ismini) kullan(?:ıyor|ır|ıyormuş|maktadır"
        r"|ıyorlardı)"
        r"|(?:adından|ləqəbindən|adını|ləqəbini) istifadə (?:edib|edirdi|edir|etmişdi|edərək"
        r"|etdiyi|edən|etmiş)"
        # "“Ebu Usame” adını alan Schäfer", "“Ebu Yusuf et-Türkistani” adıyla ... oldu"
        r"|(?:adını|lakabını|ismini|ləqəbini) (?:alan|almış olan)"
        # every tense of taking and using a name: "“Əbu Ubeyd” adını götürür", "“Ümmü
        # Yasin” adını kullandığını", "“Ebu Talha” adını aldı"
        r"|(?:kod |takma )?(?:adını|ləqəbini|lakabını|ismini|təxəllüsünü) (?:götür(?:ür|ürdü"
        r"|dü|üblər|ürlər|əcək)|kullan(?:dığını|dıklarını|an|ıyordu|acak|mıştı)"
        r"|al(?:dı|ır|ıyor|mıştı|dığını|dığı))"
        # remembered by it: "onu “Əbu Yəhya” kimi xatırlayırlar", "“Ebu Enes” olarak
        # hatırlıyorlar"
        r"|(?:kimi|olarak|diye) (?:da |de |də )?(?:xatırla(?:yır|yırlar|yırdı|yırdılar|nır"
        r"|yıblar)|hatırl(?:ıyor|ıyorlar|ar|arlar|anıyor|anır|ıyordu))"
        r"|(?<=[”\"»’] )(?:adıyla|ismiyle)"
        r"|(?:adıyla|adı ilə|ləqəbi ilə|lakabıyla|kunyası ilə|künyəsi ilə|kunyasıyla|künyesiyle)"
        r" (?:tanın(?:ıyor|ır|ırmış|ıyormuş|dı|dığı|dığını|ıb|ırdı|mışdı|mıştı))"
        # presented as it: "kanal onu Əbu Dücanə əl-Azəri kimi təqdim edir", "örgüt onu
        # “Ebu Hafs” olarak tanıttı"
        r"|(?:kimi|olarak) (?:təqdim (?:edir|edib|edirdi|edirlər|edilir|edilib|olunur|olunub"
        r"|etmişdi|edərək)|takdim (?:ediyor|etti|ediyordu|edildi|ediliyor)"
        r"|tanıt(?:ıyor|tı|ıyordu|ıldı|ılıyor|mıştı|mış))"
        # several names used: "“Ebu Ubeyde” ve “Ebu Ubeyde et-Türki” kod adlarını
        # kullanıyordu", "“Əbu Əli” və “Əbu Zeyd” ləqəblərindən istifadə edib"
        r"|(?:kod |takma )?(?:adlarını|lakaplarını|isimlerini) (?:kullan(?:ıyordu|ıyor|dı|mış"
        r"|mıştı|dığı|dığını|an|ır)|taşıyordu|taşıyor)"
        r"|(?:adlarından|ləqəblərindən|adlarını|ləqəblərini) istifadə (?:edib|edirdi|edir|etmişdi"
        r"|edən|etdiyi)",
    ),
    (
        "after",
        r"получил(?:а|и)? (?:имя|прозвище|кличку|позывной|куню|кунию)"
        r"|(?:дали|дал|присвоили) (?:ему |ей )?(?:имя|прозвище|кличку|позывной)"
        r"|(?:звали|зовут|называли|называют|прозвали) (?:его|её|ее)(?: просто)?"
        # "Его там звали Абу Саид", "её в лагере называли"; "называл себя Абу Хамза"
        r"|(?:его|её|ее) (?:там|тогда|все|потом|в группе|в отряде|в лагере|среди своих)"
        r" (?:звали|зовут|называли|называют|прозвали|знали как|знают как)"
        r"|(?:называл|называла|называли|называет|называют|звал|звала|именовал|именовала)"
        r" себя|(?:представлялся|представлялась|представляется)(?: как)?"
        r"|(?:представляет|представлял|представляли|представляют) (?:его|её|ее) как"
        r"|(?:presents|presented|introduces|introduced|hails|hailed) (?:him|her) as"
        r"|(?:gave|give|gives|given) (?:him |her )?the (?:nick)?(?:name|kunya|nom de guerre)"
        r"|whom [\w ]{1,30}? (?:call|called|calls|knew as|know as)"
        r"|(?:called|call|calls|named) (?:him|her) (?:simply|just|only)"
        r"|(?:took|takes|take|taking|adopts|assumes|chooses|uses) the (?:nick)?(?:kunya|name"
        r"|nom de guerre)"
        r"|remember(?:s|ed)? (?:him|her) as|(?:помнят|помнили|помнит|вспоминают) (?:его|её|ее)"
        r" как|(?:его|её|ее) (?:помнят|помнили|вспоминают) как"
        r"|(?:берёт|берет|принимает|выбрал|выбрала) (?:себе )?(?:имя|прозвище|кунию|куню"
        r"|псевдоним)"
        r"|known (?:there|here|locally|then|later|widely|simply|mostly) as"
        r"|(?:использует|использовал|использовала|использовали|носил|носила) (?:имя|прозвище"
        r"|псевдоним|кличку|позывной|кунию|куню|кунью|кунъю)"
        r"|(?:известен|известна|известны) (?:как|под (?:именем|прозвищем|псевдонимом|кличкой"
        r"|ником|кунией|куней|кунией))|под (?:кунией|куней|кунъей|куньей)",
    ),
)


# Russian has no article: a word for a person, the subject of its clause ("завербовал
# выходец из Нижнекамска, известный как"), is someone the text has not named. Right
# after a name and its comma it describes that name ("Ахмед Мальсагов, уроженец Назрани,")
_NEWCOMER_BEFORE: Final = re.compile(
    # in any case: "Марьям вышла замуж за уроженца Андижана, известного под именем …"
    r"(?<![\w-])(?:выход(?:ец|ц[а-яё]+)|урожен(?:ец|ц[а-яё]+|к[а-яё]+)|жител[а-яё]*|"
    r"жительниц[а-яё]*|мужчин[а-яё]*|женщин[а-яё]*|человек[а-яё]*|вербовщи[а-яё]+|"
    r"эмиссар[а-яё]*|незнаком(?:ец|ц[а-яё]+|к[а-яё]+))(?:\s+[\w’'-]+){0,3}[\s,(]*$"
)


def newcomer_before(gap: str) -> bool:
    """Between a name and an `after` cue: a word for someone not named, the subject of
    its own clause ("Закирова завербовал выходец из Нижнекамска, известный под …")."""
    return _NEWCOMER_BEFORE.search(gap) is not None and not gap.lstrip().startswith(",")


# The words a sentence with no subject opens with in a list entry or a timeline: an
# English verb in the present or past, a word for the membership, a Russian verb in the
# past or present ("Вступил в … и взял имя", "Уезжает в Сирию, где берёт себе имя")
_SUBJECTLESS_EN: Final = frozenset(
    "joins joined takes took adopts adopted uses used goes went becomes became fights fought"
    " serves served leads led heads headed moves moved travels travelled traveled returns"
    " returned appears appeared flies flew crosses crossed marries married enlists enlisted"
    " known nicknamed member former later then reportedly".split()
)
_SUBJECTLESS_RU: Final = re.compile(
    r"[А-ЯЁ][а-яё]{2,}(?:ил|ал|ял|ел|ила|ала|яла|ела|ился|ался|илась|алась|ает|яет|ует)"
)
_SENTENCE_OPENING: Final = re.compile(
    r"\s*(?:[^—–\n.]{0,30}\s[—–]\s+|\d{1,3}[.)]\s+)?([^\W\d_][\w-]*)"
)


def opens_without_subject(text: str, cue: int) -> bool:
    """Whether the sentence of the cue opens with a verb or a word for membership, after
    a date and a dash or an entry's number ("3. …", "August 2013 — Joins …"); nouns
    shaped like a Russian verb ("Генерал", "Канал") are offices and bodies."""
    begin = max(text.rfind(". ", 0, cue) + 1, text.rfind("\n", 0, cue) + 1, 0)
    opening = _SENTENCE_OPENING.match(text, begin, cue)
    if opening is None:
        return False
    word = opening.group(1)
    if not word[0].isupper():
        return False
    if word.lower() in _SUBJECTLESS_EN:
        return True
    folded = fold(word)
    return (
        _SUBJECTLESS_RU.fullmatch(word) is not None
        and folded not in roles()
        and folded not in organisation_words()
    )


# A leader or a relative named as the subject right before the alias: the sentence has
# its own subject, no one named before it
_SUBJECT_BEFORE: Final = re.compile(
    r"(?<![\w-])([^\W\d_]+)\s+(?:(?:ise|isə|da|də|de|də isə)\s+)?[“\"«„']?$"
)
_SUBJECT_NOUNS: Final = frozenset(
    fold(w)
    for w in "komutanı komutan emiri lideri sorumlusu başkanı yöneticisi kardeşi ağabeyi"
    " babası oğlu eşi kocası komandiri əmiri rəhbəri lideri qardaşı atası oğlu əri arvadı"
    " həyat yoldaşı".split()
)


def leader_before(text: str, begin: int, alias_start: int) -> bool:
    """ "Birimin komutanı ise “Ebu Enes” olarak biliniyor": the sentence's subject is a
    leader or relative of someone, not the person named before it."""
    subject = _SUBJECT_BEFORE.search(text, begin, alias_start)
    return subject is not None and fold(subject.group(1)) in _SUBJECT_NOUNS
