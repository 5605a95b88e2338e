"""What a Chinese input method types for an ASCII character (全角: 'ＵＲＢ', '，', '＊', '、'): the one table of
full-width forms, and the hints that say so, with the text written in ASCII as the argument accepts it.
"""
from __future__ import annotations

from .errors import QCAInputError, quoted


#: What a Chinese input method types for an ASCII character (全角 forms U+FF01-FF5E, '、', '×', curly quotes, the
#: ideographic space), mapped to the ASCII character meant. One table; each syntax takes the characters it uses.
FULL_WIDTH = {**{chr(c + 0xFEE0): chr(c) for c in range(0x21, 0x7F)}, "\u3001": ",", "\u00d7": "*",
              "\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u3000": " "}
_HALF_WIDTH = str.maketrans(FULL_WIDTH)


def half_width(text: str) -> str:
    """`text` with every character FULL_WIDTH maps written in ASCII ('ＵＲＢ' -> 'URB'); str.translate, as a value of
    100,000 characters took a generator step per character (a third of a second per hint)."""
    return text.translate(_HALF_WIDTH)


def full_width_name_hint(name, columns) -> str:
    """For a name typed with full-width characters (a Chinese input method, 全角: 'ＵＲＢ', 'Ｕrb') that is one of
    `columns` once written in ASCII, up to case and blanks: "; did you mean 'URB'? (the name given is written with
    full-width characters, ...)", saying also that names are case-sensitive when the case differs too; '' otherwise.
    The one such check of column names (_near; calibrate's raw columns)."""
    given = str(name).strip()
    narrow = half_width(given).strip()
    if narrow == given:
        return ""
    same = [str(c) for c in columns if str(c).strip().casefold() == narrow.casefold()]
    if not same:
        return ""
    case = "; names are case-sensitive" if same[0].strip() != narrow else ""
    return (f"; did you mean {quoted(same[0])}? (the name given is written with full-width characters, typed with a Chinese "
            f"input method, 全角{case})")


def full_width_forms(ascii_chars: str) -> dict[str, str]:
    """The entries of FULL_WIDTH meaning one of `ascii_chars`: the hints' table for one syntax."""
    return {wide: ch for wide, ch in FULL_WIDTH.items() if ch in ascii_chars}


#: Full-width forms of the expression syntax's characters.
_WIDE_OPERATORS = full_width_forms("*+,=;[]{}")
_WIDE_OPERATORS_ASCII = str.maketrans(_WIDE_OPERATORS)
#: Full-width letters, digits, '_' and '.' ('ＤＥＶ', typed with the comma: 'ＤＥＶ，ＵＲＢ'): wide_operator_hint's example
#: writes them in ASCII too, so that it is all half-width ('DEV,URB', not 'ＤＥＶ,ＵＲＢ'); full-width brackets and
#: punctuation, which a Chinese column's name may hold ('医生数（人）'), stay as typed.
_WIDE_WORD_CHARS = {wide: ch for wide, ch in FULL_WIDTH.items() if ch.isalnum() or ch in "_."}


def wide_operator_hint(text, chars: str | None = None, accepts=None) -> str:
    """A hint when `text` holds a full-width operator ('，', '＊', '＋', '＝', ...) or '、' where QCA's syntax needs
    the ASCII one; '' otherwise. `chars`: the ASCII characters of another syntax (include's '?', 'C' and ',';
    dir_exp's '-' too), whose full-width forms ('？', 'Ｃ', '－') get the same hint; default the expression syntax's
    operators; its example writes the text's full-width letters and digits in ASCII too (_WIDE_WORD_CHARS). `accepts`:
    for an argument with a parser, a function of the text written in ASCII that raises QCAInputError when the
    argument would be refused, else returns the text to show (or None: that text itself); the hint's example is then
    only ever a text the argument accepts ('?，' -> '?', not '?,' with its empty item), or left out."""
    if not isinstance(text, str):
        return ""
    table = _WIDE_OPERATORS if chars is None else full_width_forms(chars)
    found = sorted(table.keys() & set(text), key=text.index)   # in the order of their first place in the text
    if not found:
        return ""
    said = ", ".join(f"{ch!r} -> {table[ch]!r}" for ch in found)
    example = (_without_empty_items(text.translate(str.maketrans({**_WIDE_WORD_CHARS, **table, "\uff5e": "~"})))
               if accepts is None else written_in_ascii(text, table, accepts))
    return (f"; {said}: QCA's syntax needs the ASCII character, not the full-width one (typed with a Chinese input "
            f"method, 全角)" + (f", e.g. {example!r}" if example is not None else ""))


def _without_empty_items(text: str) -> str:
    """`text` without the empty items of its comma- and '+'-separated lists ('DEV,URB,' -> 'DEV,URB', 'A*B++C' ->
    'A*B+C'): a stray separator, typed full-width, that the example written in ASCII would keep, to be refused
    again."""
    for sep in (",", "+"):
        parts = text.split(sep)
        if len(parts) > 1 and not all(p.strip() for p in parts) and any(p.strip() for p in parts):
            text = sep.join(p for p in parts if p.strip())
    return text


def written_in_ascii(text: str, table: dict[str, str], accepts) -> str | None:
    """The text meant by `text` typed with full-width characters, as `accepts` (see wide_operator_hint) takes it:
    its syntax's characters written in ASCII, then every full-width character, each also without empty
    comma-separated items ('?，' is '?,', whose empty item is refused: '?'). None when no such text is accepted."""
    every = {**FULL_WIDTH, **table}
    tried = []
    for t in (table, every):
        ascii_text = text.translate(str.maketrans(t))
        tried += [ascii_text, ",".join(p.strip() for p in ascii_text.split(",") if p.strip())]
    for candidate in dict.fromkeys(tried):
        if not candidate.strip() or candidate == text:
            continue
        try:
            shown = accepts(candidate)
        except QCAInputError:
            continue
        return candidate if shown is None else shown
    return None
