"""The Telegram Desktop HTML reader on a real export page and on a page written here."""

from __future__ import annotations

from pathlib import Path

from ffdb.ingest import choose_reader
from ffdb.ingest.telegram_html import READER
from ffdb.model.document import Document
from support import shared_path


def read_keyed(path: Path) -> dict[str, Document]:
    docs = list(READER.read(path))
    keyed = {d.key: d for d in docs}
    assert len(keyed) == len(docs)
    return keyed


def test_real_page_messages_dates_authors_and_joined_messages() -> None:
    path = shared_path("fixtures", "telegram", "langchain_telegram_chat_html", "messages.html")
    assert choose_reader(path) is READER
    docs = read_keyed(path)
    assert docs["chat"].kind == "channel"
    assert docs["chat"].title == "Jimmeny Marvelton"
    # the "23 August 2023" date separator is a service message: skipped
    assert [k for k in docs if k != "chat"] == [f"chat/msg:{i}" for i in (1, 2, 3, 4)]
    first = docs["chat/msg:1"]
    assert first.text == "i refuse to converse with you"
    assert first.author == "Jimmeny Marvelton"
    assert first.published == "2023-08-23T21:11:23+00:00"  # 13:11:23 UTC-08:00
    assert first.parent_key == "chat"
    assert docs["chat/msg:2"].author == "Batman & Robin"
    # message 4 is "joined": no sender shown, it is the previous sender's
    assert docs["chat/msg:4"].author == "Jimmeny Marvelton"
    assert docs["chat/msg:4"].text == "you will not trick me this time"


PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"/><title>Exported Data</title></head>
<body><div class="page_wrap">
 <div class="page_header"><div class="content"><div class="text bold">
Xəbər Kanalı
 </div></div></div>
 <div class="page_body chat_page"><div class="history">
  <div class="message service" id="message-1"><div class="body details">19 June 2023</div></div>
  <div class="message default clearfix" id="message10">
   <div class="body">
    <div class="pull_right date details" title="19.06.2023 15:47:09 UTC+03:00">15:47</div>
    <div class="from_name">Xəbər Kanalı</div>
    <div class="forwarded body">
     <div class="from_name">Rauf Qasımov<span class="date details"
       title="18.06.2023 10:00:00 UTC+03:00"> 18.06.2023 10:00:00</span></div>
     <div class="reply_to details">In reply to <a href="#go_to_message7"
       onclick="return GoToMessage(7)">this message</a></div>
     <div class="media_wrap clearfix">
      <a class="photo_wrap clearfix pull_left" href="photos/photo_3@19-06-2023_15-47-09.jpg">
       <img class="photo" src="photos/photo_3@19-06-2023_15-47-09_thumb.jpg"/></a>
     </div>
     <div class="text">Birinci sətir<br>ikinci <a href="https://example.org/x">keçid</a></div>
    </div>
   </div>
  </div>
  <div class="message default clearfix joined" id="message11">
   <div class="body">
    <div class="pull_right date details" title="19.06.2023 15:47:09 UTC+03:00">15:47</div>
    <div class="forwarded body">
     <div class="media_wrap clearfix">
      <div class="media clearfix pull_left media_video"><div class="fill pull_left"></div>
       <div class="body"><div class="title bold">Video file</div>
        <div class="description">Not included, change data exporting settings to download.</div>
        <div class="status details">01:12, 4.1 MB</div></div></div>
     </div>
     <div class="text">Video</div>
    </div>
   </div>
  </div>
  <div class="message service" id="message12">
   <div class="body details">Channel photo changed</div></div>
  <div class="message default clearfix" id="message13">
   <div class="body">
    <div class="pull_right date details" title="20.06.2023 08:00:00">08:00</div>
    <div class="from_name">Тимур Алиев via @helper_bot</div>
    <div class="media_wrap clearfix">
     <a class="media clearfix pull_left block_link media_voice_message"
        href="voice_messages/audio_1@20-06-2023_08-00-00.ogg"><div class="body"></div></a>
    </div>
    <div class="text">Səsli mesaj</div>
    <div class="signature details">Admin</div>
   </div>
  </div>
  <div class="message default clearfix joined" id="message14">
   <div class="body">
    <div class="pull_right date details" title="20.06.2023 08:01:00">08:01</div>
    <div class="text">davamı</div>
   </div>
  </div>
 </div></div>
</div></body></html>
"""


def test_forwards_media_replies_and_joined_runs(tmp_path: Path) -> None:
    path = tmp_path / "messages2.html"
    path.write_text(PAGE, encoding="utf-8")
    assert choose_reader(path) is READER
    docs = read_keyed(path)
    assert docs["chat"].title == "Xəbər Kanalı"
    assert sorted(docs) == ["chat", "chat/msg:10", "chat/msg:11", "chat/msg:13", "chat/msg:14"]

    forwarded = docs["chat/msg:10"]
    assert forwarded.author == "Xəbər Kanalı"
    assert forwarded.forwarded_from == "Rauf Qasımov"
    assert forwarded.text == "Birinci sətir\nikinci keçid"
    assert forwarded.published == "2023-06-19T12:47:09+00:00"
    assert forwarded.meta["reply_to_message_id"] == 7
    assert forwarded.meta["links"] == ["https://example.org/x"]
    assert [(a.path, a.kind, a.missing) for a in forwarded.attachments] == [
        ("photos/photo_3@19-06-2023_15-47-09.jpg", "photo", False)
    ]

    # joined: same sender and same forwarded origin as the message before
    video = docs["chat/msg:11"]
    assert (video.author, video.forwarded_from) == ("Xəbər Kanalı", "Rauf Qasımov")
    assert [(a.kind, a.missing) for a in video.attachments] == [("video", True)]
    assert "Not included" in video.attachments[0].path

    voice = docs["chat/msg:13"]
    assert voice.author == "Тимур Алиев"
    assert voice.meta["via_bot"] == "@helper_bot"
    assert voice.meta["signature"] == "Admin"
    assert voice.forwarded_from is None
    assert voice.attachments[0].path == "voice_messages/audio_1@20-06-2023_08-00-00.ogg"
    assert voice.attachments[0].kind == "voice"
    # no UTC offset in older exports: the exporter's local time, as written
    assert voice.published == "2023-06-20T08:00:00"
    assert voice.meta["date_local"] == "2023-06-20T08:00:00"

    assert docs["chat/msg:14"].author == "Тимур Алиев"


def test_html_that_is_not_a_telegram_page_is_left_to_other_readers(tmp_path: Path) -> None:
    page = tmp_path / "messages.html"
    page.write_text("<html><body><div class='message'>hi</div></body></html>")
    assert not READER.sniff(page.read_bytes(), page)
    # the export's list of chats has the same header but no messages
    chats = tmp_path / "chats.html"
    chats.write_text(PAGE.split('<div class="page_body')[0] + "</div></body></html>")
    assert 'class="page_header"' in chats.read_text()
    assert not READER.sniff(chats.read_bytes(), chats)
