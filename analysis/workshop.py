"""Helpers of the workshop notebooks (notebooks/workshop/): what the engine cannot know about a class.

The engine's errors and hints are in English and name the engine's own parameters; a participant meets them through
the workshop's settings, in English and Chinese. `setting_column_error` says a setting names no column of a table,
with the engine's 'did you mean' rule (`near_names`)."""
from __future__ import annotations

from analysis.qca.data import near_names


def near_columns(name: str, columns) -> list[str]:
    """The columns `name` is probably meant to be: those equal to it up to case and blanks ('eff' for 'EFF'), else
    the engine's near names (one or two edits: 'EFT' for 'EFF')."""
    columns = [str(c) for c in columns]
    same = [c for c in columns if c.strip().casefold() == str(name).strip().casefold()]
    return same or near_names(str(name), columns)


def setting_column_error(setting: str, name, columns, what: str, what_zh: str) -> str:
    """The one-line message, in English and then in Chinese, for a workshop setting that names no column of a table:
    the setting, its value, the columns allowed (`what` / `what_zh` say of which table) and, when the value is near
    one of them, 'did you mean'."""
    allowed = ", ".join(map(str, columns))
    near = near_columns(name, columns) if isinstance(name, str) else []
    case = bool(near) and near[0].strip().casefold() == str(name).strip().casefold()   # the name in other case
    hint = (f"; did you mean {' or '.join(map(repr, near))}?" + (" (names are case-sensitive)" if case else "")
            if near else "")
    hint_zh = (f"；是否想写 {' 或 '.join(map(repr, near))}？" + ("（列名区分大小写）" if case else "") if near else "")
    return (f"workshop setting: {setting} {name!r} is not {what}: {allowed}{hint} / "
            f"工作坊设置：{setting} {name!r} 不是{what_zh}：{allowed}{hint_zh}")

