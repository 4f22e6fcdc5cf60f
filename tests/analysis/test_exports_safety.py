"""CSV exports are safe to open in a spreadsheet: no cell from a source runs as a formula."""

from ffdb.analysis.exports import spreadsheet_safe


def test_cells_that_would_run_as_formulas_are_written_behind_an_apostrophe() -> None:
    assert spreadsheet_safe('=HYPERLINK("http://x","click")') == '\'=HYPERLINK("http://x","click")'
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("+994 50 000 00 00") == "'+994 50 000 00 00"


def test_ordinary_values_are_unchanged() -> None:
    assert spreadsheet_safe("Elvin Qasımov") == "Elvin Qasımov"
    assert spreadsheet_safe(41.5) == 41.5
    assert spreadsheet_safe("") == ""
