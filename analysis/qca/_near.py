"""The project's one 'did you mean' rule (`near_names`), for column names, specification keys and notebook parameters.

Standard library only, and importing nothing of the package: tools/param_files.py loads this file by its path while
make reads the Makefile (before .venv exists, with the system's Python), so a misspelt notebook parameter gets the
same hint there as from the runner and the engine.
"""
from __future__ import annotations

import re
from typing import Sequence

# text made only of Chinese characters (_chinese's ranges), matched at C speed: a name of 100,000 characters was
# tested a character at a time in Python (tests/test_qca_long_input_errors.py: about 2 s of its CPU)
_CHINESE_TEXT = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]+")


def _edits(a: str, b: str, limit: int | None = None) -> int:
    """Edit distance with adjacent transpositions (optimal string alignment: 'LTI' is one edit from 'LIT'). `limit`:
    the most edits that matter; only the cells within `limit` of the diagonal are computed (a name of 100,000
    characters against a column of about its length: 500,000 cells, not 10,000,000,000), and any distance above it
    is returned as limit + 1."""
    limit = max(len(a), len(b)) if limit is None else limit
    over = limit + 1
    if abs(len(a) - len(b)) > limit:
        return over
    prev2: dict[int, int] = {}
    prev = {j: j for j in range(min(len(b), limit) + 1)}
    for i, ca in enumerate(a, 1):
        cur = {0: i} if i <= limit else {}
        for j in range(max(1, i - limit), min(len(b), i + limit) + 1):
            cb = b[j - 1]
            v = min(prev.get(j, over) + 1, cur.get(j - 1, over) + 1, prev.get(j - 1, over) + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                v = min(v, prev2.get(j - 2, over) + 1)
            cur[j] = min(v, over)
        if min(cur.values(), default=over) >= over and min(prev.values(), default=over) >= over:
            return over   # two rows past the limit: no later cell comes back under it
        prev2, prev = prev, cur
    return min(prev.get(len(b), over), over)


def near_names(name: str, candidates) -> list[str]:
    """The candidates `name` is probably meant to be, for a 'did you mean' hint: those fewest edits away (at most one,
    two for names of 7 or more characters; optimal string alignment, so 'LTI' finds 'LIT'), else those that start
    `name` or that it starts ('SURVIVAL' for 'SURV'; at least 3 characters in common); none for names under 3
    characters, where one edit reaches too many, nor when more than 3 are as near. A Chinese name of 2 or more
    characters (each a word's worth, where a Latin letter is not) finds the names that hold it or that it holds
    ('经济' and '发展' find '经济发展', '存活' finds '是否存活'), which no edit rule reached under 3 characters. The one rule
    of every such hint: column names, specification keys and notebook parameters."""
    text = name.strip()
    if len(text) >= 2 and _CHINESE_TEXT.fullmatch(text):
        held = [c for c in candidates if c != text and len(c) >= 2 and _CHINESE_TEXT.fullmatch(c)
                and (text in c or c in text)]
        if held:
            return held if len(held) <= 3 else []
    if len(text) < 3:
        return []
    limit = 2 if len(text) >= 7 else 1
    scored = [(_edits(text, c, limit), c) for c in candidates if abs(len(c) - len(text)) <= limit]
    best = min((d for d, _ in scored), default=limit + 1)
    near = [c for d, c in scored if d == best] if best <= limit else []
    if not near:
        near = [c for c in candidates if len(c) >= 3 and (c.startswith(text) or text.startswith(c))]
    return near if len(near) <= 3 else []


def _chinese(ch: str) -> bool:
    """A Chinese character (CJK Unified Ideographs and extension A; CJK compatibility ideographs)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _quoted():
    """How a hint names a name by default: errors.quoted (repr, a name of 100,000 characters cut to its beginning and
    its length), or repr where this file is loaded on its own (tools/param_files.py: no package to import from)."""
    try:
        from .errors import quoted
    except ImportError:
        return repr
    return quoted


def did_you_mean(near, shown=None) -> str:
    """The one wording of a 'did you mean' hint: "did you mean 'DEV'?", "did you mean 'URB' or 'SURV'?" (each name
    meant as `shown` writes it: errors.quoted for names and keys, str for the command line's flags, '--include')."""
    return f"did you mean {' or '.join(map(shown or _quoted(), near))}?"


def hints_by_name(hints, shown=None) -> str:
    """The hints of names given together, `hints` holding (name, hint) with each name's hint ('; did you mean
    'DEV'?', '' for none): one name's hint as it is; several, each 'did you mean' naming the name it is for ("; 'DEVV':
    did you mean 'DEV'?; 'URBB': did you mean 'URB'?"), so that it is not read as another name's. The one form of a
    'did you mean' that names its name, for columns, conditions, keys, budgets, cases and flags (`shown`: errors.quoted,
    or str for flags: '; --inclde: did you mean --include?'). A hint of another kind shows the name it corrects itself
    ("write 'DEV*URB'" for 'DEV & URB', DEV[2] for 'DEV=2') and stays as it is (the workshop's Chinese lines read it
    so)."""
    hints = list(hints)
    if len(hints) == 1:
        return hints[0][1]
    shown = shown or _quoted()
    return "".join(f"; {shown(name)}: {hint[2:]}" if hint.startswith("; did you mean ") else hint
                   for name, hint in hints)


def unknown_keys(unknown, allowed: Sequence[str], what: str = "key") -> str:
    """"unknown key(s) 'ncut'; did you mean 'n_cut'?; allowed: ...": each unknown key with the allowed one it is
    probably meant to be (another case, '.', '-' or a blank for '_', a small typo; for several keys, each hint naming
    its key, _near.hints_by_name), and a key holding a full-width colon ('n_cut：2', typed with a Chinese input
    method) read as the 'key: value' it was meant to be."""
    parts, hints = [], []
    for k in sorted(unknown, key=str):
        text = str(k)
        if "\uff1a" in text:
            key, _, value = text.partition("\uff1a")
            parts.append(f"{text!r} (a full-width colon '\uff1a', typed with a Chinese input method, 全角: write "
                         f"'{key.strip()}: {value.strip()}' with the ASCII ':' and a blank after it)")
            hints.append((text, ""))
            continue
        assigned = re.fullmatch(r"\s*([A-Za-z_][\w.]*)\s*=\s*(\S.*?)\s*", text)
        if assigned and assigned.group(1) in allowed:   # {incl_cut = 0.7}: R's assignment, read as one key
            parts.append(f"{text!r} (written with '=', R's assignment: write '{assigned.group(1)}: "
                         f"{assigned.group(2)}' with ':' and a blank after it)")
            hints.append((text, ""))
            continue
        norm = text.strip().lower().replace(".", "_").replace("-", "_").replace(" ", "_")
        near = near_names(norm, allowed)
        parts.append(repr(text))
        hints.append((text, f"; {did_you_mean(near)}" if near else ""))
    return f"unknown {what}(s) {', '.join(parts)}{hints_by_name(hints)}; allowed: {', '.join(allowed)}"
