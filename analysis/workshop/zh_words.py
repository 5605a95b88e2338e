"""The Chinese of the small phrases the engine's errors, warnings and notes share: a list of cases
('and 13 more'), case: value pairs, a kind of solution, rows and cut-offs, shares, the cases dropped
from a file, a spec file's place, and the lengths of values the engine cut short."""
from __future__ import annotations

import re
from typing import Callable

_MORE_CASES = re.compile(r" and (\d+) more$")   # "'AU', 'BE' and 13 more": the cases an error names


#: calibrate.PERCENTILE_METHOD (how percentiles of the raw values are computed), as a form reads it, and in Chinese:
#: said by the refusal of the anchors a set's percentiles make and by the calibrate command's note of those anchors.
_PERCENTILE_METHOD = (r"R's quantile\(\) default, type 7, as pandas' quantile\(\) and Excel's PERCENTILE\.INC; SPSS's "
                      r"percentiles, type 6, differ in small samples")
_PERCENTILE_METHOD_ZH = ("R 的 quantile() 默认方法 type 7，与 pandas 的 quantile() 和 Excel 的 PERCENTILE.INC 相同；SPSS 的百分位数为 "
                         "type 6，小样本中结果不同")


def _more_cases_zh(cases: str) -> str:
    return _MORE_CASES.sub(r" 及另外 \1 个", cases)


_CASE_VALUE = re.compile(r"""('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"): ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|[^,\s]+)""")


def _case_values_zh(cases: str) -> str:
    """Cases each said with its own value ("'AU': -0.2, 'BE': 1.5 and 3 more", data._names_with_values) in
    Chinese: "'AU'（-0.2）, 'BE'（1.5） 及另外 3 个"."""
    return _more_cases_zh(_CASE_VALUE.sub(r"\1（\2）", cases))


def _raw_value_place_zh(where: str) -> str:
    """calibrate's place of a raw value ("case 'B'", "index 3", "positions 1, 4", a Series' index name before its
    labels: calibrate._positions) in Chinese."""
    word, _, labels = where.partition(" ")
    return f"{_AT_WORDS_ZH[word]} {labels}" if word in _AT_WORDS_ZH else where


#: calibrate's words for where a raw value is (calibrate._positions), in Chinese
_AT_WORDS_ZH = {"case": "案例", "index": "索引", "positions": "位置"}


#: How the engine quotes a long value (analysis.qca.errors.quoted / shortened): its first characters and an ellipsis,
#: in its quotes or not, then its length ("'xxxx…' (100,000 characters)", "xxxx… (100,000 characters)").
_LONG_VALUE = re.compile(r"…(?P<quote>['\"]?) \((?P<n>\d{1,3}(?:,\d{3})*) characters\)")


def _with_lengths_zh(line_zh: Callable[[str], str | None], message: str) -> str | None:
    """line_zh(message) (a Chinese line for an engine message) for a message quoting long values by their beginning
    and their length: each length is set aside, so that the forms of ENGINE_ERRORS_ZH read the value as they read a
    short one, and said in Chinese after the value the line copies ('xxxx…'（共 100,000 个字符）)."""
    lengths = []

    def mark(m: re.Match) -> str:
        lengths.append(m.group("n"))
        return f"…{chr(0xE000 + len(lengths))}{m.group('quote')}"

    line = line_zh(_LONG_VALUE.sub(mark, message))
    for i, n in enumerate(lengths, 1):
        line = line and re.sub(f"…{chr(0xE000 + i)}(['\"]?)", lambda m: f"…{m.group(1)}（共 {n} 个字符）", line)
    return line


#: Where a researcher's file puts an engine error, before the error's own words: the calibrate and robustness
#: commands' specification file (a YAML or JSON file) or the data file the command line names first (CSV, a
#: workbook, a Stata or SPSS file: 'LF.csv: unknown condition ...'), then a sweep file's test or range, or
#: calibrate_frame's set (spec['DEV']), each said before the error's line.
_SPEC_FILE = re.compile(r"(?P<file>.+?\.(?:ya?ml|json|csv|tsv|txt|xlsx|xlsm|xls|ods|dta|sav)): (?P<rest>.+)$",
                        re.IGNORECASE)


#: One case drop_missing_cases names ('CZ' (line 4: 'DEV' 'NA', 'URB' empty)): its name, where it is in the file, and
#: its missing cells, each a column and its text or 'empty'.
_NAME = r"""(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")"""
_DROPPED_CASE = re.compile(rf"(?P<name>{_NAME}) \((?:line (?P<line>\d+): |row (?P<row>\d+) of sheet (?P<sheet>{_NAME}): )?"
                           rf"(?P<cells>{_NAME} (?:{_NAME}|empty)(?:, {_NAME} (?:{_NAME}|empty))*)\)")
_DROPPED_CELL = re.compile(rf"(?P<column>{_NAME}) (?:(?P<text>{_NAME})|empty)")


def _dropped_list_zh(listed: str) -> str | None:
    """The cases drop_missing_cases names ("'CZ' (line 4: 'DEV' 'NA'), 'EE' (line 5: 'URB' empty)"), in Chinese;
    None for a list of another form."""
    said, at = [], 0
    while at < len(listed):
        case = _DROPPED_CASE.match(listed, at)
        if case is None:
            return None
        where = (f"第 {case.group('line')} 行：" if case.group("line") else
                 f"工作表 {case.group('sheet')} 第 {case.group('row')} 行：" if case.group("row") else "")
        cells = "，".join(f"{c.group('column')} 为 {c.group('text')}" if c.group("text") else f"{c.group('column')} 为空"
                         for c in _DROPPED_CELL.finditer(case.group("cells")))
        said.append(f"{case.group('name')}（{where}{cells}）")
        at = case.end()
        if at < len(listed):
            if not listed.startswith(", ", at):
                return None
            at += 2
    return "、".join(said)


def _kind_zh(kind: str) -> str:
    """A solution's kind (conservative, parsimonious, intermediate) in Chinese, as the configuration charts name it."""
    from analysis.plots.configurations import KIND_ZH

    return KIND_ZH[kind]


def _shares_zh(shares: str) -> str:
    """A list of sets' shares of cases as the engine joins it ('SYS 47%, ORG 67%'), joined by full-width commas in a
    Chinese line ('SYS 47%，ORG 67%'): the skew row's shares and a skewed multi-value condition's levels."""
    return re.sub(r"(?<=[%）]), ", "，", shares)


def _parts_zh(text: str, form: str | re.Pattern, said, sep: str = "; ") -> list[str] | None:
    """Each part of a list good_practice or a note joins with `sep`, in Chinese: `said` of its match of `form`
    (whole part); None when a part has another form or `said` gives None (no half-translated line)."""
    out = []
    for part in text.split(sep):
        found = re.fullmatch(form, part)
        line = None if found is None else said(found)
        if line is None:
            return None
        out.append(line)
    return out


def _cut_list(listed: str) -> tuple[str, str | None]:
    """A list good_practice cuts ('a, b, c and 3 more', standards._listed): its items in Chinese, joined by '、' (the
    commas between the items, not those in their brackets), and how many more (None when it is whole)."""
    found = re.fullmatch(r"(?P<items>.+?)(?: and (?P<more>\d+) more)?", listed)
    return re.sub(r", (?![^()]*\))", "、", found.group("items")), found.group("more")


def _rows_zh(rows: str) -> str:
    """Rows good_practice lists ('10, 12, 17 and 3 more'), in Chinese ('第 10、12、17 行，另有 3 行')."""
    items, more = _cut_list(rows)
    return f"第 {items} 行" + (f"，另有 {more} 行" if more else "")
