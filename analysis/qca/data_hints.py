"""Hints for a name that is no column of the data: the column meant (blanks, case, full-width characters, a header read
in the wrong code page, a misspelling), another language's 'and', 'or' and 'not' written as QCA writes them, an
outcome compared rather than named, conditions joined by other separators than commas, a column left out of the
conditions; the message for a case column missing from the data.
"""
from __future__ import annotations

import re

from ._near import near_names
from .data_files import first_sheet_hint
from .data_lists import _show_columns
from .data_wide import _WIDE_OPERATORS, _WIDE_OPERATORS_ASCII, full_width_name_hint, wide_operator_hint
from .errors import quoted, shortened


def left_out_hint(message: str, conditions, columns, *, cli: bool = False) -> str:
    """For "unknown condition 'EDU'" where EDU is one of `columns`, a column of the data left out of `conditions` (a
    theory, nec_cond, untenable, an expression, dir_exp naming it): say so and the conditions that include it, in the
    API's words (conditions='A, B, EDU', with the CLI's form) or, `cli`, the CLI's (--conditions A,B,EDU); '' for a
    name that is no such column (a typo), or where the message says so already."""
    m = re.search(r"unknown conditions?:? (.*?)(?: in term | in expression |; | \((?![\d,]+ characters\))|$)",
                  message)
    if m is None or "not among the conditions" in message:
        return ""
    chosen = [str(c) for c in conditions]
    names = ([_column_cut(name, length, columns) for name, length in
              re.findall(r"'([^']*)'(?: \(([\d,]+) characters\))?", m.group(1))]
             or [n.strip() for n in m.group(1).split(",")])
    left = [n for n in dict.fromkeys(names) if n in columns and n not in chosen]
    if not left:
        return ""
    one = len(left) == 1
    listed = [shortened(n) for n in chosen + left]   # a column of 1,000 characters cut, as the message names it
    flag = f"--conditions {','.join(listed)}"
    where = flag if cli else f"conditions='{', '.join(listed)}' (CLI: {flag})"
    return (f"; {', '.join(map(quoted, left))} {'is a column' if one else 'are columns'} of the data not among the "
            f"conditions: to use {'it' if one else 'them'}, include {'it' if one else 'them'} in {where}")


def _column_cut(name: str, length: str, columns) -> str:
    """The column a message names cut ('QuQu…' (1,000 characters): `name` and `length` as errors.quoted writes them)
    when exactly one of `columns` is cut so; else `name` as it is (a name written whole, `length` '')."""
    if not length:
        return name
    cut = [str(c) for c in columns if shortened(str(c)) == f"{name} ({length} characters)"]
    return cut[0] if len(cut) == 1 else name


def missing_case_column(case_column, data) -> str:
    """The message for a case_column that is no column of `data`: when it is the name of data's index (read with
    index_col=...), that the index already names the cases; else the near column names and the columns."""
    columns = [str(c) for c in data.columns]
    names = [n for n in getattr(data.index, "names", [data.index.name]) if n is not None]
    if str(case_column) in [str(n) for n in names]:
        return (f"case column {quoted(case_column, as_written=True)} is the data's index (read with "
                f"index_col={quoted(case_column, as_written=True)}), "
                "which already names the cases: leave case_column out (it takes a column of case names)")
    return (f"case column {quoted(case_column, as_written=True)} is not in the data{_near(str(case_column), columns)} "
            f"(columns: {_show_columns(columns)}){first_sheet_hint(data, [case_column])}")


def _gbk_file_encoding(path: str) -> str:
    """", encoding='gb18030'" when the file at `path` is not UTF-8 but Chinese text in the code page GBK (Excel's
    'CSV (逗号分隔)' on Chinese Windows), which pd.read_csv reads only so (it refuses it as UTF-8, and reads it as
    Latin-1 garbled, '·¢Õ¹' for '发展'); '' otherwise, or when the file cannot be read (a look only). GB18030, which
    holds GBK, reads any such file."""
    from .read import _chinese_line

    try:
        with open(path, "rb") as fh:
            payload = fh.read(1 << 20)
    except (OSError, ValueError):
        return ""
    try:
        payload.decode("utf-8-sig")
        return ""
    except UnicodeDecodeError as exc:
        return ", encoding='gb18030'" if exc.start < len(payload) - 4 and _chinese_line(payload, exc.start) else ""


def _gbk_read_as_latin1(text: str) -> str | None:
    """`text` (a column or case name of a frame) as the Chinese it is when it is GBK text a reader took for Latin-1 or
    Windows-1252 (pd.read_csv(path, encoding='latin-1') of Excel's 'CSV (逗号分隔)' from Chinese Windows: '·¢Õ¹' is
    '发展'); None when it is no such text: each byte beyond ASCII paired with another (GB2312's characters, two bytes
    from 0xA1), so that a Latin name ('Québec', 'Zürich': one accented letter before a plain one) is none, and not
    UTF-8 text read as Latin-1 ('Ã©' for 'é')."""
    if not isinstance(text, str) or not re.search(r"[\x80-\xff]", text):
        return None
    for page in ("latin-1", "cp1252"):
        try:
            payload = text.encode(page)
            meant = payload.decode("gb18030")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        try:   # UTF-8 read as Latin-1 ('Ã©' for 'é') is no GBK text
            payload.decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
        i = 0
        while i < len(payload):
            if payload[i] >= 0x80 and (i + 1 >= len(payload) or payload[i + 1] < 0x80):
                break
            i += 2 if payload[i] >= 0x80 else 1
        if i >= len(payload) and any("\u4e00" <= ch <= "\u9fff" for ch in meant):
            return meant
    return None


def _gbk_names_hint(name: str, cols: list[str]) -> str:
    """For a name missing from columns that are Chinese names read in the wrong code page (_gbk_read_as_latin1): the
    column meant, or the first such column as it reads, and the encoding to read the file with; '' otherwise."""
    meant = {c: _gbk_read_as_latin1(c) for c in cols}
    meant = {c: m for c, m in meant.items() if m is not None}
    if not meant:
        return ""
    hit = next((c for c, m in meant.items() if m.strip() == name.strip()), None)
    column, text = (hit, meant[hit]) if hit is not None else next(iter(meant.items()))
    return (f"; column {quoted(column)} is {quoted(text)} read in the wrong code page (Chinese text saved in GBK, as "
            "Excel on Chinese Windows saves 'CSV (逗号分隔)', read as Latin-1): read the file with "
            "encoding='gb18030', e.g. pd.read_csv(path, encoding='gb18030')")


def _near(name: str, columns, sets: bool = True) -> str:
    """A hint when `name` is missing but a column is the same up to blanks or case, or the header is one
    semicolon-separated cell, or `name` joins columns with a full-width operator. sets=False for a column that is
    no set (a unit or cluster id): no advice on writing a negation or joining sets."""
    cols = [str(c) for c in columns]
    garbled = _gbk_names_hint(name, cols)
    if garbled:
        return garbled
    # a character a column's own name holds ('医生数（人，每千人口）') is no operator typed by mistake, unless the name
    # read with ASCII operators is made of columns ('财政，人员' for 财政 and 人员)
    in_header = any(ch in c for ch in _WIDE_OPERATORS.keys() & set(name) for c in cols)
    pieces = [p.strip().lstrip("~").strip() for p in re.split(r"[,*+;=\[\]{}]", name.translate(_WIDE_OPERATORS_ASCII))]
    pieces = [p for p in pieces if p and not p.isdigit()]
    wide = wide_operator_hint(name) if not in_header or (pieces and all(p in cols for p in pieces)) else ""
    if wide:
        return wide
    if len(cols) == 1 and (";" in cols[0] or "\t" in cols[0]):
        sep, source, read = (("';'", "Excel in a locale with decimal commas", "sep=';', decimal=','") if ";" in cols[0]
                             else ("a tab", "Excel's 'Text (Tab delimited)', a .tsv file", "sep='\\t'"))
        return (f"; the data has a single column {cols[0]!r}: the file looks separated by {sep}, not commas "
                f"({source}); save it as 'CSV UTF-8 (comma delimited)' or read it with pd.read_csv(path, {read})")
    wide = full_width_name_hint(name, cols)
    if wide:
        return wide
    same = [c for c in cols if c != name and c.strip() == name.strip()]
    if same and same[0] != same[0].strip():
        return (f"; column {quoted(same[0])} has blanks around its name: strip the header "
                "(df.columns = df.columns.str.strip())")
    if same:  # the blanks are in the name asked for, not in the header
        return f"; did you mean {quoted(same[0])}? (the name given has blanks around it)"
    same = [c for c in cols if c.strip().casefold() == name.strip().casefold()]
    if same:
        if sets and name.strip().islower() and not same[0].islower():
            # an older R QCA / fsQCA convention writes absence in lowercase; here it is only a misspelt name
            return (f"; did you mean {quoted(same[0])}? (names are case-sensitive; lowercase does not mean absence "
                    f"here: its negation is written {quoted('~' + same[0])})")
        return f"; did you mean {quoted(same[0])}? (names are case-sensitive)"
    if not sets:
        return _misspelt_hint(name, cols)
    return _negation_hint(name, cols) or _operator_hint(name, cols) or _misspelt_hint(name, cols)


#: Ways of writing 'and' / 'or' that QCA's expressions do not read (other languages' and logic's operators), with
#: the operator QCA writes for each: '*' for a conjunction, '+' for a disjunction.
_AND_OR_SIGNS = (("&&", "*"), ("&", "*"), ("\u2227", "*"), ("\u00b7", "*"), ("\u00d7", "*"), (".", "*"),
                 ("||", "+"), ("|", "+"), ("\u2228", "+"))
_AND_OR_WORDS = re.compile(r"\s+(AND|and|OR|or)\s+")


def _list_separator_hint(name: str, cols) -> str:
    """For a condition name that is several columns joined by ';', blanks, '|', '/' or Boolean '+' / '*' ('DEV;URB',
    'DEV URB', 'DEV+URB'): conditions are listed with commas, and an expression is no condition. '' otherwise
    (full-width punctuation such as '、' has wide_operator_hint)."""
    seps = re.findall(r"[;|/+*]|\s+", str(name).strip())
    parts = [p for p in re.split(r"[;|/+*\s]+", str(name).strip()) if p]
    if len(parts) < 2 or not all(p in [str(c) for c in cols] for p in parts):
        return ""
    marks = [m for m in dict.fromkeys(x.strip() for x in seps) if m]
    said = " or ".join(repr(m) for m in marks) if marks else "a space"
    boolean = (" (each condition is one column; an expression such as 'DEV*URB' is what pof and --expression read, "
               "not a condition)" if {"+", "*"} & set(marks) else "")
    return f"; conditions are separated by commas: {quoted(','.join(parts), as_written=True)}, not by {said}{boolean}"


def _operator_hint(name: str, cols) -> str:
    """A hint when `name` joins columns with another language's 'and' / 'or' ('DEV & URB', 'DEV OR URB',
    'DEV.URB'): QCA writes a conjunction with '*' and a disjunction with '+' (Ragin 1987's Boolean notation)."""
    text = name.strip()
    literals = lambda parts: len(parts) > 1 and all(p.strip().lstrip("~").strip() in cols for p in parts)
    words = _AND_OR_WORDS.split(text)
    if len(words) > 1 and literals(words[0::2]):
        fixed = "".join(w if i % 2 == 0 else ("*" if w.lower() == "and" else " + ")
                        for i, w in enumerate(p.strip() if i % 2 == 0 else p for i, p in enumerate(words)))
        said = " / ".join(repr(w) for w in sorted(set(words[1::2])))
        return f"; QCA writes 'and' as '*' and 'or' as '+': {quoted(fixed)}, not with {said}"
    for sign, op in _AND_OR_SIGNS:
        parts = text.split(sign)
        ends = text.startswith(sign) or text.endswith(sign)  # 'DEV &&' when the rest was read apart ('~URB')
        said = "a conjunction (and)" if op == "*" else "a disjunction (or)"
        if literals(parts):
            fixed = ("*" if op == "*" else " + ").join(p.strip() for p in parts)
            return f"; {said} is written {op!r}: {quoted(fixed)}, not with {sign!r}"
        if ends and len(parts) == 2 and literals([p for p in parts if p.strip()] * 2):
            return f"; {said} is written {op!r}, not with {sign!r}"
    return ""


def _misspelt_hint(name: str, cols) -> str:
    """'; did you mean ...?' for the column(s) `name` is near (`near_names`)."""
    near = near_names(name, cols)
    return f"; did you mean {' or '.join(map(quoted, near))}?" if near else ""


#: Ways of writing 'not' that QCA's expressions do not read, with how to name them in a hint.
_NOT_SIGNS = (("\uff5e", "the full-width tilde '\uff5e' (typed with a Chinese input method, 全角)"),
              ("\uff0d", "the full-width hyphen-minus '\uff0d' (typed with a Chinese input method, 全角)"),
              ("\uff01", "the full-width exclamation mark '\uff01' (typed with a Chinese input method, 全角)"),
              ("\u2212", "the minus sign '\u2212'"),
              ("\u301c", "the wave dash '\u301c'"), ("-", "'-'"), ("!", "'!'"), ("\u00ac", "'\u00ac'"),
              ("not ", "'not '"), ("NOT ", "'NOT '"))


def _negation_hint(name: str, cols) -> str:
    """A hint when `name` is a column negated with something other than the ASCII tilde ('~SURV')."""
    text = name.strip()
    for sign, said in _NOT_SIGNS:
        base = text[len(sign):].strip()
        if text.startswith(sign) and base in cols:
            return f"; a negation is written with the ASCII tilde '~': {quoted('~' + base)}, not with {said}"
    return ""


def _outcome_value_hint(name: str, cols) -> str:
    """For an outcome written as a value or R's fuzzy negation ('SURV=0', 'SURV == 1', '1-SURV'): how the engine
    writes the outcome's absence ('~SURV') or a multi-value outcome's values ('SURV{0}'). '' otherwise."""
    text = str(name).strip()
    m = re.fullmatch(r"(?P<col>.+?)\s*==?\s*(?P<value>\d+)", text)
    if m and m.group("col") in cols:
        col, value = m.group("col"), m.group("value")
        if value in ("0", "1"):
            said = f"its absence is written {quoted('~' + col)}" if value == "0" else f"its presence is written {quoted(col)}"
            return (f"; the outcome is named, not compared: {said} (a multi-value outcome's value {value}: "
                    f"{quoted(f'{col}{{{value}}}')})")
        return (f"; the outcome is named, not compared: a multi-value outcome's value {value} is written "
                f"{quoted(f'{col}{{{value}}}')}")
    m = re.fullmatch(r"1\s*-\s*(?P<col>.+)", text)
    if m and m.group("col").strip() in cols:
        col = m.group("col").strip()
        return f"; the outcome's absence (R's 1 - {shortened(col)}) is written {quoted('~' + col)}"
    return ""


def invisible_name_hint(name, cols, written=None) -> str:
    """For a name holding an invisible (format, Unicode Cf) character that is a column of `cols` without it ('DEV\u200b',
    a zero-width space copied from a web page): the character and the name to write; '' otherwise (a 'did you mean'
    over a difference nobody can see said nothing). `written`: the whole text the name was read from (an outcome
    '~SURV\u2060' or 'SURV\u2060{1}'), quoted and written back without its invisible characters, its '~' and values
    kept (the hint said write 'SURV', the negation or the value dropped)."""
    text = str(name).strip()
    if text.isprintable() or _visible(text).strip() not in cols:
        return ""
    return hidden_character_hint(text if written is None else str(written))


def _visible(text: str) -> str:
    """`text` without its invisible (format, Unicode Cf) characters."""
    import unicodedata

    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def hidden_character_hint(text: str) -> str:
    """For a text holding an invisible (format, Unicode Cf) character ('SURV{1}\u2060', copied from a web page or a
    document): "; 'SURV{1}\u2060' holds an invisible character (U+2060 WORD JOINER, ...): write 'SURV{1}'"; '' for a
    text without one."""
    import unicodedata

    text = str(text).strip()
    hidden = [ch for ch in text if unicodedata.category(ch) == "Cf"]
    if not hidden:
        return ""
    return (f"; {quoted(text)} holds an invisible character (U+{ord(hidden[0]):04X} "
            f"{unicodedata.name(hidden[0], 'FORMAT CHARACTER')}, copied from a web page or a document): write "
            f"{quoted(_visible(text).strip())}")


def _condition_item_hint(name: str, cols) -> str:
    """For an item of a list of conditions that is several conditions joined by commas (['DEV, URB']), or a
    condition negated with another sign than '~' (['-DEV']): the list to write. Conditions are listed by name,
    without any negation: the analysis considers each one's presence and absence. '' otherwise."""
    text = str(name).strip()
    hidden = invisible_name_hint(text, cols)
    if hidden:
        return hidden
    bare = text.strip("'\"[](){}\u2018\u2019\u201c\u201d ")
    if bare != text and bare in cols:   # --conditions "'DEV','URB'" or [DEV,URB]: a list copied as text
        return f"; {quoted(text)}: without the quotes or brackets of a list copied as text, {quoted(bare)}"
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if "," in text and len(parts) > 1 and all(p in cols for p in parts):
        return f"; each item of the list is one condition: {quoted(parts)}, not [{quoted(text)}]"
    for sign, said in _NOT_SIGNS:
        base = text[len(sign):].strip()
        if text.startswith(sign) and base in cols:
            return (f"; list the conditions by name, without {said}: {quoted(base)}: the analysis considers each "
                    "condition's presence and its absence")
    return ""
