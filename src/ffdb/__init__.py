"""ffdb: an evidence-backed database of foreign fighters and militant releases."""

__version__ = "0.1.0"
