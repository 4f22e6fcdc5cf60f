"""The Telegram Desktop JSON reader on real exports and on small ones written here."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from ffdb.ingest import choose_reader
from ffdb.ingest.telegram_json import READER
from ffdb.model.document import Document
from ffdb.model.errors import ReadError
from support import shared_path


def read_keyed(path: Path) -> dict[str, Document]:
    docs = list(READER.read(path))
    keyed = {d.key: d for d in docs}
    assert len(keyed) == len(docs), "keys must be unique inside a file"
    return keyed


def messages(docs: dict[str, Document]) -> list[Document]:
    return [d for d in docs.values() if d.kind == "message"]


def write_json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def chat(messages: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {"name": "Kanal", "type": "public_channel", "id": 777, **fields, "messages": messages}


def msg(msg_id: int, text: Any = "salam", **fields: Any) -> dict[str, Any]:
    return {
        "id": msg_id,
        "type": "message",
        "date": "2023-06-19T15:47:09",
        "date_unixtime": "1687178829",
        "from": "Rauf Qasımov",
        "from_id": "user1001",
        "text": text,
        **fields,
    }


# --- real exports -------------------------------------------------------------------


def test_every_shared_telegram_json_is_chosen_by_content() -> None:
    folder = shared_path("fixtures", "telegram")
    for name in (
        "innerdvations_public_channel.json",
        "innerdvations_saved_messages.json",
        "langchain_telegram_chat_json/result.json",
    ):
        reader = choose_reader(folder / name)
        assert reader is not None and reader.name == "telegram_json", name


def test_public_channel_with_old_integer_ids_skips_service_messages() -> None:
    docs = read_keyed(shared_path("fixtures", "telegram", "innerdvations_public_channel.json"))
    channel = docs["chat:44444444444"]
    assert (channel.kind, channel.title, channel.meta["chat_type"]) == (
        "channel",
        "test",
        "public_channel",
    )
    # ids 1 (create_channel) and 4 (pin_message) are service messages
    assert [d.meta["id"] for d in messages(docs)] == [2, 3, 5, 6, 7]
    reply = docs["chat:44444444444/msg:3"]
    assert reply.text == "reply in test channel"
    assert reply.author == "test"
    assert reply.parent_key == "chat:44444444444"
    assert reply.meta["reply_to_message_id"] == 2
    assert reply.meta["from_id"] == 44444444444  # the old exporters' integer id
    # no date_unixtime in old exports: the exporter's local time, as written
    assert reply.published == "2021-03-22T17:16:41"


def test_poll_question_and_answers_become_searchable_text() -> None:
    docs = read_keyed(shared_path("fixtures", "telegram", "innerdvations_public_channel.json"))
    poll = docs["chat:44444444444/msg:6"]
    assert poll.text == "quiz poll\n- option 1\n- option 2\n- option 3"
    assert poll.meta["poll"]["total_voters"] == 1


def test_saved_messages_media_forwards_and_entity_lists() -> None:
    docs = read_keyed(shared_path("fixtures", "telegram", "innerdvations_saved_messages.json"))
    assert docs["chat:9999999999"].title == "Saved Messages"  # the exporter writes no name
    assert len(messages(docs)) == 20  # 21 entries, one service message
    assert "chat:9999999999/msg:4" not in docs

    photo = docs["chat:9999999999/msg:173429"]
    assert photo.text == "I'm a photo message sent straight to saved."
    assert [(a.path, a.kind, a.missing) for a in photo.attachments] == [
        ("photos/photo_1@01-08-2020_22-01-49.jpg", "photo", False)
    ]

    styled = docs["chat:9999999999/msg:173430"]
    assert styled.text.startswith("bold italic strikethrough underline @person")
    assert styled.text.endswith("monospace http://mystery.knightlab.com/")
    assert styled.meta["links"] == ["http://google.com/"]

    forwarded = docs["chat:9999999999/msg:323662"]
    assert forwarded.forwarded_from == "ForwardedFrom Person"
    assert forwarded.meta["saved_from"] == "SavedFrom Person"
    assert forwarded.published == "2021-03-21T18:20:17"

    voice = docs["chat:9999999999/msg:217584"].attachments[0]
    assert (voice.path, voice.kind, voice.media_type) == (
        "voice_messages/audio_1@06-10-2020_00-33-06.ogg",
        "voice",
        "audio/ogg",
    )
    sticker = docs["chat:9999999999/msg:278329"]
    assert [a.kind for a in sticker.attachments] == ["sticker", "thumbnail"]
    assert docs["chat:9999999999/msg:226106"].meta["via_bot"] == "@gif"


def test_files_left_out_of_the_export_are_missing_attachments_not_errors() -> None:
    docs = read_keyed(shared_path("fixtures", "telegram", "innerdvations_saved_messages.json"))
    video = docs["chat:9999999999/msg:318170"]
    assert [(a.kind, a.missing) for a in video.attachments] == [
        ("video", True),
        ("thumbnail", True),
    ]
    assert video.attachments[0].path.startswith("(File exceeds maximum size.")
    assert video.forwarded_from == "Other Person"


def test_newer_export_dates_are_utc_from_unixtime() -> None:
    path = shared_path("fixtures", "telegram", "langchain_telegram_chat_json", "result.json")
    docs = read_keyed(path)
    assert docs["chat:5965280513"].title == "Jimmeny"
    first = docs["chat:5965280513/msg:1"]
    # date_unixtime 1692821483; the local "date" 13:11:23 is kept beside it
    assert first.published == "2023-08-23T20:11:23+00:00"
    assert first.meta["date_local"] == "2023-08-23T13:11:23"
    assert first.meta["from_id"] == "user123450513"
    assert docs["chat:5965280513/msg:2"].author == "Batman & Robin"
    assert docs["chat:5965280513/msg:5"].text == "this is bold text: BOLD TEXT"
    assert docs["chat:5965280513/msg:6"].text == "this is an email: admin@example.com"
    assert len(messages(docs)) == 6


# --- exports written here -------------------------------------------------------------


def test_reactions_buttons_edits_and_signature_are_kept_in_meta(tmp_path: Path) -> None:
    reactions = [{"type": "emoji", "count": 12, "emoji": "👍"}]
    buttons = [[{"type": "url", "text": "Kanal", "data": "https://t.me/example_channel"}]]
    path = write_json(
        tmp_path / "export.json",
        chat(
            [
                msg(
                    5,
                    "Xəbər",
                    reactions=reactions,
                    inline_bot_buttons=buttons,
                    edited="2023-06-19T16:00:00",
                    edited_unixtime="1687179600",
                    author="Redaktor",
                    views=340,
                )
            ]
        ),
    )
    doc = read_keyed(path)["chat:777/msg:5"]
    assert doc.meta["reactions"] == reactions
    assert doc.meta["inline_bot_buttons"] == buttons
    assert doc.meta["edited"] == "2023-06-19T13:00:00+00:00"
    assert doc.meta["signature"] == "Redaktor"
    assert doc.meta["views"] == 340
    assert doc.published == "2023-06-19T12:47:09+00:00"


def test_text_given_only_as_entities_and_text_links(tmp_path: Path) -> None:
    entities = [
        {"type": "plain", "text": "Bax: "},
        {"type": "text_link", "text": "məqalə", "href": "https://example.org/a"},
        {"type": "hashtag", "text": " #xəbər"},
    ]
    path = write_json(tmp_path / "e.json", chat([msg(1, "", text_entities=entities)]))
    doc = read_keyed(path)["chat:777/msg:1"]
    assert doc.text == "Bax: məqalə #xəbər"
    assert doc.meta["links"] == ["https://example.org/a"]
    assert "text_entities" not in doc.meta


def test_integer_from_id_and_missing_sender(tmp_path: Path) -> None:
    old = {"id": 9, "type": "message", "date": "2019-01-02T03:04:05", "from_id": 123, "text": "x"}
    deleted_account = {**msg(10), "from": None}
    path = write_json(tmp_path / "old.json", chat([old, deleted_account]))
    docs = read_keyed(path)
    assert docs["chat:777/msg:9"].meta["from_id"] == 123
    assert docs["chat:777/msg:9"].published == "2019-01-02T03:04:05"
    assert docs["chat:777/msg:10"].author is None
    assert docs["chat:777/msg:10"].meta["from_id"] == "user1001"


def test_a_date_that_is_no_date_leaves_the_message_undated(tmp_path: Path) -> None:
    odd = [
        {"id": 1, "type": "message", "date": "yesterday", "text": "a"},
        {"id": 2, "type": "message", "date": 1546398245, "text": "b"},
        {"id": 3, "type": "message", "date_unixtime": "soon", "date": "", "text": "c"},
    ]
    docs = read_keyed(write_json(tmp_path / "odd.json", chat(odd)))
    assert [d.published for d in messages(docs)] == [None, None, None]
    assert docs["chat:777/msg:1"].meta["date_local"] == "yesterday"  # kept as written


def test_invalid_hex_escapes_are_repaired_but_escaped_backslashes_are_not(
    tmp_path: Path,
) -> None:
    raw = (
        b'{"name": "K", "type": "private_channel", "id": 1, "messages": [\n'
        b'{"id": 1, "type": "message", "date_unixtime": "1600000000", "from": "A",'
        b' "text": "tab\\x09here \\\\x41 stays \\\\\\x42"}]}'
    )
    path = tmp_path / "escapes.json"
    path.write_bytes(raw)
    doc = read_keyed(path)["chat:1/msg:1"]
    # \x09 is a tab; \\x41 is a backslash and "x41"; \\\x42 is a backslash and "B"
    assert doc.text == "tab\there \\x41 stays \\B"


def test_full_account_export_gives_every_chat_and_its_messages(tmp_path: Path) -> None:
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 1, "first_name": "Test"},
        "contacts": {"about": "", "list": [{"first_name": "X", "date": "2020-01-01T00:00:00"}]},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                {"name": "Qrup", "type": "private_supergroup", "id": 11, "messages": [msg(1)]},
                {"type": "saved_messages", "id": 12, "messages": [msg(1), msg(2, "ikinci")]},
            ],
        },
        "left_chats": {
            "about": "",
            "list": [{"name": "Köhnə", "type": "public_channel", "id": 13, "messages": []}],
        },
    }
    path = write_json(tmp_path / "result.json", export)
    docs = read_keyed(path)
    assert {k: d.title for k, d in docs.items() if d.kind == "channel"} == {
        "chat:11": "Qrup",
        "chat:12": "Saved Messages",
        "chat:13": "Köhnə",
    }
    assert docs["chat:13"].meta["left"] is True
    assert sorted(d.key for d in messages(docs)) == [
        "chat:11/msg:1",
        "chat:12/msg:1",
        "chat:12/msg:2",
    ]
    assert docs["chat:12/msg:2"].parent_key == "chat:12"
    assert choose_reader(path) is READER


def test_account_export_without_personal_section_is_recognised(tmp_path: Path) -> None:
    contacts = [{"first_name": f"Ad {i}", "phone_number": "+000"} for i in range(400)]
    export = {
        "about": "Here is the data you requested.",
        "contacts": {"about": "", "list": contacts},  # pushes the chats past the head
        "chats": {"about": "", "list": [chat([msg(1)])]},
    }
    path = write_json(tmp_path / "result.json", export)
    assert path.stat().st_size > 20_000
    assert choose_reader(path) is READER
    assert [d.key for d in READER.read(path)] == ["chat:777", "chat:777/msg:1"]


def test_repeated_message_ids_get_distinct_keys(tmp_path: Path) -> None:
    path = write_json(tmp_path / "dup.json", chat([msg(3, "a"), msg(3, "b"), msg(4, "c")]))
    docs = read_keyed(path)
    assert [docs[k].text for k in ("chat:777/msg:3", "chat:777/msg:3#2", "chat:777/msg:4")] == [
        "a",
        "b",
        "c",
    ]


def test_attachment_paths_outside_the_export_are_never_followed(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "x.json",
        chat([msg(1, photo="../../etc/passwd"), msg(2, file="/etc/hostname")]),
    )
    docs = read_keyed(path)
    assert docs["chat:777/msg:1"].attachments[0].missing is True
    assert docs["chat:777/msg:2"].attachments[0].missing is True


def test_json_that_is_not_a_telegram_export_is_left_to_other_readers(tmp_path: Path) -> None:
    plain = write_json(tmp_path / "result.json", {"messages": ["a", "b"], "count": 2})
    assert not READER.sniff(plain.read_bytes(), plain)
    named_anyhow = write_json(tmp_path / "kanal_2023.txt", chat([msg(1)]))
    assert READER.sniff(named_anyhow.read_bytes(), named_anyhow)


def test_truncated_export_names_the_byte_where_it_ends(tmp_path: Path) -> None:
    full = json.dumps(chat([msg(i, "söz " * 20) for i in range(1, 200)])).encode()
    path = tmp_path / "cut.json"
    path.write_bytes(full[:5000])
    with pytest.raises(ReadError) as caught:
        list(READER.read(path))
    assert caught.value.path == str(path)
    assert caught.value.reason == "JSON ends early at byte 5000: the export is truncated"


def test_corrupt_export_names_the_exact_byte(tmp_path: Path) -> None:
    full = json.dumps(chat([msg(i, "söz " * 20) for i in range(1, 200)]), indent=1).encode()
    where = full.index(b'"id": 150')
    path = tmp_path / "bad.json"
    path.write_bytes(full[:where] + b"@" + full[where:])
    with pytest.raises(ReadError) as caught:
        list(READER.read(path))
    assert caught.value.reason.startswith(f"invalid JSON at byte {where}: ")
    assert "\n" not in caught.value.reason
