"""The workshop's data's columns by their meaning in Chinese (step 1's table for Lipset's data, Paper A's
labels): the column a meaning names, the columns a name is near, and the note under an engine
error that names a column by its meaning."""
from __future__ import annotations

import re

from analysis.qca import QCAInputError
from analysis.qca.data import near_names
from analysis.workshop.bilingual import Note
from analysis.workshop.zh_hints import _LISTED


def near_columns(name: str, columns) -> list[str]:
    """The columns `name` is probably meant to be: those equal to it up to case and blanks ('eff' for 'EFF'), the
    column of the workshop's data whose meaning it gives in Chinese ('识字率' for 'LIT', '系统整合' for 'SYS':
    column_of_meaning), else the engine's near names (one or two edits: 'EFT' for 'EFF')."""
    columns = [str(c) for c in columns]
    same = [c for c in columns if c.strip().casefold() == str(name).strip().casefold()]
    meant = column_of_meaning(name)
    return same or ([meant] if meant in columns else []) or near_names(str(name), columns)


#: The meanings of Lipset's columns in Chinese, as step 1's table gives them (and their shorter forms).
LIPSET_MEANINGS_ZH = {"DEV": ("经济发展水平", "经济发展", "发展水平", "人均GDP", "人均 GDP"), "URB": ("城市化", "城市化水平"),
                      "LIT": ("识字率",), "IND": ("工业化", "工业化水平"), "STB": ("政府稳定性", "政府稳定", "内阁数"),
                      "SURV": ("民主存续", "结果")}


def _paper_a_meanings_zh() -> dict[str, tuple[str, ...]]:
    """The meanings of Paper A's sets in Chinese, as its package labels them (analysis.paper_a.cases: 系统整合 for SYS,
    良好医防融合效果 and its short form 医防融合效果 for EFF)."""
    from analysis.paper_a.cases import _ZH_SETS, SET_NAMES

    return {code: tuple(label for label, named in _ZH_SETS.items() if named == code) for code in SET_NAMES}


#: The meanings of Paper A's sets in Chinese, as Paper A's data dictionary (its package) gives them.
PAPER_A_MEANINGS_ZH = _paper_a_meanings_zh()
#: The workshop's data whose columns have a meaning in Chinese: the data (English, Chinese: whose column), the meanings.
MEANINGS_ZH: dict[Note, dict[str, tuple[str, ...]]] = {("Lipset's", "Lipset 数据中"): LIPSET_MEANINGS_ZH,
                                                       ("Paper A's", "论文 A 的表中"): PAPER_A_MEANINGS_ZH}


def meaning_of(name) -> tuple[str, Note] | None:
    """The column of the workshop's data whose meaning `name` gives in Chinese (step 1's table for Lipset's data:
    '识字率' is 'LIT'; Paper A's labels: '系统整合' is 'SYS') and the data it is of (MEANINGS_ZH's key); None for any
    other name."""
    text = str(name).strip()
    return next(((column, data) for data, meanings in MEANINGS_ZH.items()
                 for column, said in meanings.items() if text in said), None)


def column_of_meaning(name) -> str | None:
    """The column of the workshop's data whose meaning `name` gives in Chinese (meaning_of: '识字率': 'LIT',
    '系统整合': 'SYS'); None for any other name."""
    found = meaning_of(name)
    return found[0] if found else None


def meaning_said(name, near) -> Note:
    """Why `near` (the columns near_columns found) is meant for `name`, when `name` is its meaning in Chinese: that
    a column is named by its code (English, Chinese); ('', '') otherwise."""
    meant = column_of_meaning(name)
    if not near or near[0] != meant:
        return "", ""
    return (f" (a column is named by its code: {meant!r} is {str(name).strip()})",
            f"（列以代码命名：{str(name).strip()}即 {meant!r}）")


#: What a name is read apart from in an engine's message: blanks, quotes, brackets and the signs of an expression.
_NAME_APART = re.compile(r"[^\s'\"()\[\]{},;:=*+~]+")


def meaning_error_note(error: BaseException) -> Note | None:
    """What an engine error means when it names a column of the workshop's data by its meaning in Chinese (meaning_of:
    truth_table(crisp, "结果"), a condition 识字率, paperA_outcome's 系统整合 in a call), in English and in Chinese:
    the column's code to write; none for a meaning whose code is not among the columns the message lists (Lipset's
    SURV for 结果 in Paper A's table), or a message that names the code already (a setting's error:
    setting_column_error). None for any other error."""
    message = str(error)
    if not isinstance(error, QCAInputError) or "is named by its code" in message:
        return None
    listed = {name.strip().strip("'\"") for m in _LISTED.finditer(message) for name in m.group("names").split(",")}
    meant = {}
    for word in _NAME_APART.findall(message):
        found = meaning_of(word)
        if found and (not listed or found[0] in listed):
            meant.setdefault(word, found)
    if not meant:
        return None
    return ("; ".join(f"{word!r} is what {data} column {code} measures: a column is named by its code; write {code!r} "
                      f"for {word!r}" for word, (code, (data, _)) in meant.items()),
            "；".join(f"{word!r} 是{' ' * data_zh[0].isascii()}{data_zh}列 {code} 的含义：列以代码命名；请把 {word!r} 写作 "
                     f"{code!r}" for word, (code, (_, data_zh)) in meant.items()))
