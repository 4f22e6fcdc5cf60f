"""Every command, sub-command and setting is documented in the README, and every
command accepts `--db` (the evaluation contract: the database is chosen the same way
everywhere)."""

import inspect
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import typer

from ffdb.cli import app
from ffdb.cli.settings import ENVIRONMENT

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def command_names(typer_app: typer.Typer, prefix: str = "ffdb") -> list[str]:
    names = []
    for command in typer_app.registered_commands:
        name = command.name or command.callback.__name__.replace("_", "-")  # type: ignore[union-attr]
        names.append(f"{prefix} {name}")
    for group in typer_app.registered_groups:
        assert group.typer_instance is not None and group.name
        names.extend(command_names(group.typer_instance, f"{prefix} {group.name}"))
    return names


def test_every_command_is_in_the_readme() -> None:
    names = command_names(app)
    assert len(names) >= 15
    missing = [name for name in names if f"`{name}" not in README]
    assert missing == []


def test_every_setting_is_in_the_readme() -> None:
    assert [v for v in ENVIRONMENT if f"`{v}`" not in README] == []


def command_callbacks(typer_app: typer.Typer, prefix: str = "ffdb") -> Iterator[tuple[str, Any]]:
    for command in typer_app.registered_commands:
        callback: Callable[..., Any] | None = command.callback
        assert callback is not None
        yield f"{prefix} {command.name or callback.__name__}", callback
    for group in typer_app.registered_groups:
        assert group.typer_instance is not None and group.name
        yield from command_callbacks(group.typer_instance, f"{prefix} {group.name}")


def test_every_command_accepts_db() -> None:
    missing = [
        name
        for name, callback in command_callbacks(app)
        if "db" not in inspect.signature(callback).parameters
    ]
    assert missing == []
