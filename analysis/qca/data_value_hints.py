"""Why a column's cells are no numbers, and what to do (_value_hint): a minus sign or a decimal point typed otherwise,
full-width digits, thousands separators and decimal commas, percentages, yes/no labels, dates, units, text labels,
each said as the program that wrote the file fixes it (Excel, Stata, SPSS); and whether a column holds dates.
"""
from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

import numpy as np
import pandas as pd

from .data_cells import NESTED_CELLS, _MISSING_MARKS, _cell_shown, _fullwidth, _plain_number
from .data_files import DATE_VARIABLES


#: What Excel and other programs put between groups of digits in some locales ('1 038', '1\u202f038', "1'038").
_GROUP_SEPARATORS = "[ \u00a0\u202f']"


#: A date, a date and time, or a time of day as read_data writes a Stata, SPSS or Excel date ('2020-01-31',
#: '2020-01-31 14:30:00', '14:30:00'), or as a CSV file holds it (also '2020/01/31', '31.01.2020', '1/31/2020').
_DATE_TEXT = re.compile(r"(\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4})([ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?)?"
                        r"|\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?", re.ASCII)

# a day and month as Excel shows a date in its short formats ('3-Feb', 'Feb-03', '3-Feb-24'; Chinese Excel: '2月3日'):
# what a fraction typed into a cell (2/3) becomes, and how the CSV saved from the sheet writes it
_MONTHS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_EXCEL_SHOWN_DATE = re.compile(rf"\d{{1,2}}-({_MONTHS})(-\d{{2}}|-\d{{4}})?|({_MONTHS})-\d{{2}}|\d{{1,2}}月\d{{1,2}}日",
                               re.IGNORECASE)


def _dates_column(df: pd.DataFrame, c) -> bool:
    """Whether column `c` holds dates (a Stata or SPSS date variable, or every cell written as a date): like case
    names, a different text in every row, but no case names."""
    if str(c) in dict(getattr(df, "attrs", {}).get(DATE_VARIABLES) or {}):
        return True
    texts = [str(v).strip() for v in df[c].dropna()]
    return bool(texts) and all(_DATE_TEXT.fullmatch(t) for t in texts if t)


#: A number followed by its unit, as a survey's cells write them: '45岁', '8000元', '5分', '3 kg' (a unit without a digit;
#: one ASCII letter, '1x', is a typo, not a unit).
_NUMBER_WITH_UNIT = re.compile(r"([+-]?[0-9]*\.?[0-9]+)\s*((?![A-Za-z]$)[^\W\d_]\D*)")

#: Labels read as a yes/no answer (casefolded), each yes beside its no: a column of them is refused with the line that
#: recodes it (its 1/0 codes), and the calibrate command's --keep of one warns with the same codes.
YES_LABELS = ("true", "yes", "y", "是", "有", "真", "√", "✓", "✔")   # a tick and a cross, as Chinese tables mark yes/no
NO_LABELS = ("false", "no", "n", "否", "无", "假", "×", "✗", "✘")


def _value_hint(values: list, raw: bool = False, sheet: bool = False, date: str | None = None,
                program: str | None = None, column: str = "VAR", case_column=None) -> str:
    """Why non-numeric cells are probably there, and what to do (full-width digits, decimal commas, percent signs,
    labels). `raw`: the values are raw data to be calibrated (the calibrate command), not memberships. `sheet`: the
    cells were read from an Excel worksheet (read_data of a workbook), where a decimal comma is fixed in Excel, not by
    saving a CSV file again. `date`: what the column is when the file says it holds dates ("a date or time variable
    of the Stata file (format %td)"). `program`: 'Stata' or 'SPSS' when the values were read from such a file
    (`column`, the variable), where a decimal comma in a string variable is fixed."""
    if values and all(isinstance(v, NESTED_CELLS) for v in values):
        # a list or a record in each cell (a pyarrow list, struct or map column: nested JSON or Parquet data): was 'text
        # labels (e.g. SPSS value labels)' for a record, nothing for a list
        return (f"several values in each cell (a list or a record, e.g. {_cell_shown(values[0])!r}, as nested JSON or "
                "Parquet data hold), not one number: give each case one number in the column (the element meant)")
    if values and all(isinstance(v, (complex, np.complexfloating)) for v in values):   # a complex column's cells
        return ("complex numbers (an imaginary part, e.g. " f"{values[0]!r}" "): a membership or a raw value is a real "
                "number; give the column real numbers (df[col].to_numpy().real, if the imaginary parts are noise)")
    texts = [str(v).strip() for v in values]
    from .checks import MINUS_SIGNS
    minus = [t for t in texts if t[:1] in MINUS_SIGNS]
    if minus and all(re.fullmatch(r"\d*\.?\d+([eE][+-]?\d+)?", t[1:], re.ASCII) for t in minus) and len(minus) == len(
            texts):   # '−9' (U+2212) copied from a PDF, Word or a web page: was no hint at all
        return (f"a minus sign other than '-' (e.g. {minus[0]!r}: {MINUS_SIGNS[minus[0][0]]}, as a document or web page "
                f"writes it): write the ASCII '-', e.g. {'-' + minus[0][1:]!r}")
    hidden = [t for t in texts if any(unicodedata.category(ch) == "Cf" for ch in t)]
    if hidden:   # a zero-width space, a word joiner or a direction mark from a web page: shown only as '\u200b'
        t = hidden[0]
        ch = next(ch for ch in t if unicodedata.category(ch) == "Cf")
        left = "".join(c for c in t if unicodedata.category(c) != "Cf").strip()
        number = re.fullmatch(r"[+-]?\d*\.?\d+([eE][+-]?\d+)?", left, re.ASCII)
        reads = f" (the cell then reads {left})" if number else ""
        return (f"an invisible character (U+{ord(ch):04X} {unicodedata.name(ch, 'FORMAT CHARACTER')}, copied from a web "
                f"page or a document) in {t!r}: delete it{reads}")
    fractions = [re.fullmatch(r"([+-]?\d+)\s*/\s*(\d+)", t, re.ASCII) for t in texts]
    if texts and all(fractions) and all(int(f.group(2)) for f in fractions):   # '1/2': a share written as a fraction
        f = fractions[0]
        return (f"a fraction (e.g. {texts[0]!r}), not a number the engine reads: write it as a decimal number, e.g. "
                f"{int(f.group(1)) / int(f.group(2)):.6g} (in Excel, format the cells as Number, not Fraction, and "
                "save the file again)")
    if texts and all(t[:1] == "'" and _plain_number(t[1:].strip()) for t in texts):   # "'1": Excel's text number
        return (f"an apostrophe before the number (e.g. {texts[0]!r}: Excel's mark of a number stored as text): "
                f"delete the apostrophe, e.g. {texts[0][1:].strip()!r} (in Excel, retype the value without it, or use "
                "Convert to Number), and save the file again")
    if texts and all(t in _MISSING_MARKS for t in texts):   # '—' or '缺失' in a Chinese table: no datum, no typo
        return (f"a mark of a missing value (e.g. {texts[0]!r}, as Chinese tables write 'no data'): a case with a "
                "missing value cannot be placed in a configuration; drop or impute those cases explicitly first (to "
                f"drop them, naming them: in Python, drop_missing_cases(df, [{column!r}]"
                + ("" if case_column is None else f", case_column={str(case_column)!r}")   # as the call named them
                + "); on the command line, --drop-missing)")
    stops = [t for t in texts if "\u3002" in t]
    if stops and all(_plain_number(unicodedata.normalize("NFKC", t).replace("\u3002", ".")) for t in stops):
        plain = unicodedata.normalize("NFKC", stops[0]).replace("\u3002", ".")
        return (f"the Chinese full stop '。' (U+3002, typed with a Chinese input method, 全角) for the decimal point "
                f"(e.g. {stops[0]!r}): write numbers with the ASCII point '.', e.g. {plain!r}")
    wide = [t for t in texts if _fullwidth(t)]
    if wide:
        return (f"full-width characters (e.g. {wide[0]!r}, typed with a Chinese or Japanese input method, 全角): "
                "write numbers with ASCII (half-width, 半角) digits, point and signs, e.g. "
                f"{unicodedata.normalize('NFKC', wide[0]).replace(chr(0x3000), ' ').strip()!r}")
    if values and all(isinstance(v, (timedelta, np.timedelta64)) for v in values):   # was 'text labels (SPSS ...)'
        return (f"durations (e.g. {texts[0]!r}), not numbers: compute a number from each (in days, "
                "df[col].dt.total_seconds() / 86400) and " + ("calibrate that" if raw else
                                                               "calibrate it into memberships (analysis.qca.calibrate)"))
    if date or (texts and all(_DATE_TEXT.fullmatch(t) for t in texts)):
        what = f"{date}: dates (e.g. {texts[0]!r})" if date else f"dates or times (e.g. {texts[0]!r})"
        if raw:
            return (f"{what}, not numbers: calibration needs numbers; compute one from each date (a year, days since an "
                    "event) and calibrate that")
        return (f"{what}, not numbers: a date is no membership; leave the column out of the conditions, or compute a "
                "number from it (a year, days since an event) and calibrate that")
    if all(re.fullmatch(r"[+-]?\d{1,3}(" + _GROUP_SEPARATORS + r"\d{3})+([.,]\d+)?", t) for t in texts):
        plain = re.sub(_GROUP_SEPARATORS, "", texts[0]).replace(",", ".")
        return ("a thousands separator (a space or an apostrophe between groups of digits, as Excel writes numbers "
                f"in a French, Swiss or other locale): write numbers without separators, e.g. {plain!r}")
    if texts and all(re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+(\.\d+)?", t, re.ASCII) for t in texts) and any(
            "." in t for t in texts):   # '1,200.5': ',' between groups, '.' before decimals (was no hint at all)
        example = next(t for t in texts if "." in t)
        return (f"a thousands separator ',' (e.g. {example!r}, a number Excel shows with separators, kept as text): "
                f"write numbers without separators, e.g. {example.replace(',', '')!r}")
    if all(re.fullmatch(r"[+-]?\d*,\d+", t, re.ASCII) for t in texts):
        grouped = next((t for t in texts if re.fullmatch(r"[+-]?[1-9]\d{0,2}(,\d{3})+", t, re.ASCII)), None)
        if sheet and grouped is not None:   # '1,038': replacing ',' with '.' would make it 1.038
            reads = (f"{grouped.replace(',', '')} or {grouped.replace(',', '.')}?" if grouped.count(",") == 1 else
                     f"{grouped.replace(',', '')}?")
            return (f"a thousands separator or a decimal comma in cells holding text, not numbers ({grouped!r}: "
                    f"{reads}): in Excel, type each value as a number without separators, with '.' "
                    f"before decimals ({grouped.replace(',', '')}, 0.8), or format the cells as Number and type them again, then save the "
                    "workbook")
        if program == "Stata":
            return (f"a decimal comma in a string variable ({texts[0]!r}): in Stata, destring {column}, replace "
                    "dpcomma, and save the file")
        if program == "SPSS":
            return (f"a decimal comma in a string variable ({texts[0]!r}): in SPSS, COMPUTE {column} = REPLACE({column}, "
                    f"',', '.'). then ALTER TYPE {column} (F8.3). and save the file")
        if sheet:
            return (f"a decimal comma in cells holding text, not numbers ({texts[0]!r}: Excel keeps it as text where its "
                    "decimal separator is '.', or in a cell formatted as Text): in Excel, select the column and "
                    "replace ',' with '.' (Ctrl+H), or format the cells as Number and type the values again, then save "
                    "the workbook")
        one = texts[0]   # the column's own number, as it reads: '45,2' is 45.2; '1,234' is 1.234 or 1234
        reads = (f"{one.replace(',', '.')} or {one.replace(',', '')}?"
                 if re.fullmatch(r"[+-]?[1-9]\d{0,2},\d{3}", one, re.ASCII) else one.replace(",", "."))
        return (f"a decimal comma (or a thousands separator): write numbers with a point and no separators ({one!r}: "
                f"{reads}), e.g. save the CSV with '.' as decimal separator")
    if all(re.fullmatch(r"[+-]?(\d{1,3}(\.\d{3})+(,\d+)?|\d*,\d+)", t, re.ASCII) for t in texts):
        # '1.038,5', '2.100,0', '586,0' (a German, Dutch, ... export): was 'every value is text and unique, like case
        # names: pass --case-column', naming the wrong cause
        plain = texts[0].replace(".", "").replace(",", ".")
        fix = ("in Excel, type them as numbers (format the cells as Number) or replace the separators (Ctrl+H), then "
               "save the workbook" if sheet else "e.g. save the CSV with '.' as decimal separator")
        return (f"a decimal comma with '.' between groups of digits (as Excel writes numbers in a German, Dutch or "
                f"other locale; {texts[0]!r} is {plain}): write numbers with a point and no separators "
                f"({plain!r}), {fix}")
    if all(re.fullmatch(r"[+-]?\d+([.,]\d+)?\s*%", t, re.ASCII) for t in texts):
        if raw:
            number = texts[0].rstrip("%").strip()
            return (f"a percentage: remove the % signs ({texts[0]!r} -> {number!r}, "
                    "thresholds on the same 0-100 scale) or divide by 100 (thresholds on a 0-1 scale)")
        return ("a percentage: QCA needs memberships in [0, 1]; calibrate the raw percentages first "
                "(analysis.qca.calibrate)")
    if all(t.casefold() in YES_LABELS + NO_LABELS for t in texts):
        # the pandas line that recodes them (each label seen and its other half, yes first: a column of '是' alone
        # reads {'是': 1, '否': 0} as the others do): was 'recode it to 1/0' without saying how
        pairs = dict(zip(YES_LABELS, NO_LABELS))
        pairs.update({no: yes for yes, no in list(pairs.items())})
        cells = [bool(v) if isinstance(v, (bool, np.bool_)) else str(v).strip() for v in values]
        both = dict.fromkeys(c for v in cells for c in (
            (v, not v) if isinstance(v, bool) else
            (v, (str.upper if v.isupper() else str.capitalize if v[:1].isupper() else str)(pairs[v.casefold()]))))
        yes = {c for c in both if c is True or isinstance(c, str) and c.casefold() in YES_LABELS}
        codes = ", ".join(f"{c!r}: {int(c in yes)}" for c in sorted(both, key=lambda c: c not in yes))
        return (f"a yes/no label: recode it to 1/0 (in pandas: df[col] = df[col].map({{{codes}}}); or export numeric "
                "codes, not value labels)")
    if all(re.fullmatch(r"[+-]?(inf(inity)?|\d*\.?\d+(e[+-]?\d+)?)", t, re.IGNORECASE | re.ASCII) for t in texts):
        return "an infinite number (or one too large for a float, e.g. 1e400): QCA needs finite values"
    spaced = [t for t in texts if re.search(r"\s", t)]
    if spaced and len(spaced) == len(texts) and all(_plain_number(re.sub(r"\s+", "", t)) for t in spaced):
        # '0. 8', '0 .8': a space typed inside a number (was no hint at all)
        joined = re.sub(r"\s+", "", spaced[0])
        return f"a space inside a number (e.g. {spaced[0]!r}, which reads {joined!r} without it): delete the space"
    if texts and all(_EXCEL_SHOWN_DATE.fullmatch(t) for t in texts):
        return (f"a date as Excel shows one (e.g. {texts[0]!r}): Excel turns a fraction typed as 1/2 or 2/3 into a date "
                "(2 January, 3 February); type the value as a decimal (0.5, 0.67) in a cell formatted as Number or "
                "General, and save the file again")
    units = [_NUMBER_WITH_UNIT.fullmatch(t) for t in texts]
    if texts and all(units):   # '45岁', '8000元', '5分', '3 kg': was 'text labels (e.g. SPSS value labels)'
        return (f"a number with its unit (e.g. {texts[0]!r}, which reads {units[0].group(1)}): write the number alone "
                "(the unit in the column's name, or in the codebook)")
    if all(re.search(r"[^\W\d_]", t) for t in texts):
        return "text labels (e.g. SPSS value labels): export the numeric codes, or recode the labels to numbers"
    return ""
