"""The errors ffdb raises on purpose.

    FfdbError
     ├── ReadError            a file could not be read as any format it claims to be
     │    └── UnknownFormatError   no reader recognises the bytes
     ├── ExtractionError      extraction broke on a document (a fault of ffdb's rules)
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


class ExtractionError(FfdbError):
    """Extraction failed on one document: the file it came from is not written at all,
    and the reason names the document, so the fault can be reported and the file taken
    in with `--no-extract` meanwhile."""


class StoreError(FfdbError):
    """The store cannot do what was asked."""
