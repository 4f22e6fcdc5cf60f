"""The errors ffdb raises on purpose.

    FfdbError
     ├── ReadError            a file could not be read as any format it claims to be
     │    └── UnknownFormatError   no reader recognises the bytes
     └── StoreError           the database refused or is not set up

Every message names the file or object concerned, so a one-line report is enough.
"""


class FfdbError(Exception):
    """Base of every error ffdb raises on purpose."""


class ReadError(FfdbError):
    """A file's bytes cannot be turned into documents."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class UnknownFormatError(ReadError):
    """No reader recognises the file."""


class StoreError(FfdbError):
    """The store cannot do what was asked."""
