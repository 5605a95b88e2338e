"""Warnings about set memberships that make fit parameters misleading (Schneider & Wagemann 2012;
Cooper & Glaesser 2011 on skewed sets; Oana, Schneider & Thomann 2021):
- skewed sets: when the share of cases with membership > 0.5 in a set (condition or outcome) lies outside
  `bounds` (default [0.2, 0.8], a convention: no bound was found in the works cited, standards.FLOORS), consistency
  of sufficiency is inflated for a rare condition or a common outcome, and a common condition is "necessary" with a low relevance (check RoN);
- memberships of exactly 0.5: such cases are neither in nor out of the set (maximal ambiguity).
A multi-value condition's levels are crisp sets of their own (DEV[v]: the cases at level v), so the same check
applies to each level: one note names the condition and every level whose share of cases lies outside
`bounds`, the lower bound scaled by 2/L for a condition of L levels holding cases (an even split gives each level
1/L of the cases where a crisp set's level has 1/2, so with L >= 5 the fixed bound would flag every level of every
such condition): a level rare against its siblings inflates the consistency of the terms that hold it, as a rare
crisp condition does; a level holding more than the upper bound leaves the condition nearly constant, whatever L.
A level without a case is left to prepare_data's note (an uncoded level, not a skewed set).
"""
from __future__ import annotations

import numpy as np

from .errors import QCAInputError, in_number, quoted

__all__ = ["membership_warnings", "warn_notes", "give_again", "check_bounds", "is_skewed", "at_bound", "multivalue_skew",
           "DEFAULT_SKEW_BOUNDS"]

DEFAULT_SKEW_BOUNDS = (0.2, 0.8)
_REGISTRY: dict = {}   # the default warning filter shows each distinct note once per process
_SHOWN: set[str] = set()   # the notes shown under the 'default' action (see warn_notes)


def check_bounds(bounds) -> tuple[float, float] | None:
    """None (no skew check) or (low, high) with 0 <= low < high <= 1."""
    if bounds is None:
        return None
    try:
        if isinstance(bounds, str) or any(isinstance(b, (str, bool, np.bool_)) for b in bounds):
            raise TypeError   # '0.2,0.8' was read character by character ('01' as (0, 1)); ('0.2', '0.8') as numbers
        low, high = (float(b) for b in bounds)
    except (TypeError, ValueError):
        raise QCAInputError(f"skew_bounds must be two shares (low, high) such as (0.2, 0.8) or None, "
                            f"got {quoted(bounds)}{_bounds_text_hint(bounds)}") from None
    if not 0 <= low < high <= 1:
        percent = 1 < high <= 100 and (low == 0 or 1 <= low < high)   # (20, 80), (0, 80); not (0.5, 2)
        hint = (f"; a percentage? write ({low / 100:g}, {high / 100:g})" if percent
                else f"; the lower bound first: ({high:g}, {low:g})" if 0 <= high < low <= 1 else "")
        raise QCAInputError(f"skew_bounds must satisfy 0 <= low < high <= 1, got {quoted(bounds)}{hint}")
    return low, high


def _bounds_text_hint(bounds) -> str:
    """For skew_bounds given as text ('0.2,0.8', ('0.2', '0.8'), '20%, 80%'): the pair of numbers to write."""
    import re

    items = (re.split(r"[,;]|\s+", bounds.strip().strip("()[]")) if isinstance(bounds, str)
             else [b for b in bounds] if isinstance(bounds, (list, tuple)) else [])
    texts = [str(b).strip() for b in items if str(b).strip()]
    if len(texts) != 2 or not all(isinstance(b, (str, int, float)) and not isinstance(b, bool) for b in items):
        return ""
    try:
        values = [float(t[:-1]) / 100 if t.endswith("%") else float(t) for t in texts]
    except ValueError:
        return ""
    return f": write ({values[0]:g}, {values[1]:g}), a pair of numbers"


def is_skewed(share, bounds=DEFAULT_SKEW_BOUNDS):
    """Whether a set is skewed: its share of cases with membership above 0.5 lies outside `bounds` (strictly below
    the lower or above the upper; the compendium's one skew rule, used by the engine's notes and Paper A alike).
    The 1e-12 absorbs float error (1 - 0.8 is 0.19999999999999996). A bool for a number, a boolean array for many."""
    low, high = check_bounds(bounds)
    share = np.asarray(share, dtype=float)
    out = (share < low - 1e-12) | (share > high + 1e-12)
    return bool(out) if out.ndim == 0 else out


def at_bound(share, bounds=DEFAULT_SKEW_BOUNDS) -> bool:
    """Whether a set's share of cases (membership above 0.5) sits on a bound itself (within is_skewed's 1e-12): not
    skewed by is_skewed's strict rule, but skewed to a reader who takes the bound as inclusive (80 % of cases in at
    bounds (0.2, 0.8)), so reports name such a set rather than let 'no set skewed' read as 'none near a bound'."""
    low, high = check_bounds(bounds)
    share = float(share)
    return not is_skewed(share, (low, high)) and min(abs(share - low), abs(share - high)) <= 1e-12


def share_said(share: float, keeps=()) -> str:
    """A share as a percentage, rounded to whole percents unless that says something the share does not (then with as
    many decimals as it takes, up to six): '0%' only for a share of 0, '100%' only for 1, and the share said gives
    every test of `keeps` (functions of a share) the answer the share gives. The one rule for a share in words: the
    skew notes and rows (skew_share_said: 2,001 of 2,500 cases said '80.04%', not '80%' of a bound 0.8) and the
    permutation benchmark's sentence (standards._share_said: '4.96%', not '5%' of a level of 5%)."""
    for digits in range(7):
        text = f"{share:.{digits}%}"
        shown = float(text[:-1]) / 100
        if ((shown == 0) == (share == 0) and (shown >= 1) == (share >= 1)
                and all(keep(shown) == keep(share) for keep in keeps)):
            return text
    return text


def skew_share_said(share: float, bounds=DEFAULT_SKEW_BOUNDS) -> str:
    """A set's share of cases (membership above 0.5) as share_said says it, read against skew `bounds` (None: no
    bound): skewed or not (is_skewed) and on a bound or not (at_bound) as the share itself is, so a share just beyond
    a bound is not said as the bound ('80%' for 0.8004, outside [0.2, 0.8]) nor one just inside as beyond it."""
    b = check_bounds(bounds)
    if b is None:
        return share_said(share)
    return share_said(share, (lambda s: is_skewed(s, b), lambda s: at_bound(s, b)))


def _at_half_text(x) -> str:
    """'; 7 of 10 cases at exactly 0.5, neither in nor out' for a set with cases at the crossover itself, else '':
    the share above 0.5 counts them out, as SetMethods' skew.check counts them, so a set whose cases mostly sit at
    0.5 read as a rare set ('0% above 0.5, skewed') where it is an ambiguous one."""
    x = np.asarray(x, dtype=float)
    half = int(np.sum(x == 0.5))
    return f"; {half} of {len(x)} cases at exactly 0.5, neither in nor out" if half else ""


def multivalue_skew(x, n_levels: int, bounds=DEFAULT_SKEW_BOUNDS) -> tuple[list[tuple[int, float]], float, list[int]]:
    """The skew rule for the levels of a multi-value condition (values `x`, `n_levels` levels): (each level holding
    cases with its share of cases, the lower bound scaled by 2/L for the L levels holding cases, the levels whose
    share lies outside (scaled low, high)). Levels without a case are left out (prepare_data notes them)."""
    low, high = check_bounds(bounds)
    x = np.asarray(x)
    shares = [(v, sh) for v in range(int(n_levels)) if (sh := float(np.mean(x == v))) > 0]
    scaled = low * 2 / max(len(shares), 2)   # an even split gives each level 1/L of the cases, a crisp set's level 1/2
    return shares, scaled, [v for v, sh in shares if is_skewed(sh, (scaled, high))]


def membership_warnings(qd, bounds=DEFAULT_SKEW_BOUNDS, conditions=None) -> list[str]:
    """Notes on skewed conditions and outcome (share of cases > 0.5 outside `bounds`) and on outcome
    memberships of exactly 0.5 (conditions at 0.5 are already noted by prepare_data). `conditions`: the conditions
    of `qd` to read (None: every one), for a caller that reads only some of them."""
    b = check_bounds(bounds)
    notes = []
    sets = [(c, qd.X[:, j], qd.kinds[j]) for j, c in enumerate(qd.conditions)] + [(qd.outcome, qd.y, "outcome")]
    if b is not None:
        for j, (name, x, kind) in enumerate(sets):
            if len(x) == 0 or (conditions is not None and kind != "outcome" and name not in conditions):
                continue
            if kind == "multi-value":
                from .expressions import format_literal

                # levels without a case are noted by prepare_data (uncoded levels, not skewed sets): left out here
                shares, low, flagged = multivalue_skew(x, qd.noflevels[j], b)
                k = max(len(shares), 2)
                out = ", ".join(f"{format_literal(name, v, True)} {skew_share_said(sh, (low, b[1]))}"
                                for v, sh in shares if v in flagged)
                held = " with cases" if len(shares) < qd.noflevels[j] else ""
                if out:
                    notes.append(f"skewed condition {quoted(name, as_written=True)} (multi-value, {k} levels{held}): "
                                 f"the share of cases at {in_number(sum(v in flagged for v, _ in shares), 'level')} {out} lies outside [{low:.3g}, {b[1]:g}] "
                                 f"([{b[0]:g}, {b[1]:g}] with the lower bound scaled by 2/{k}: an even split gives "
                                 f"each level 1/{k} of the cases, "
                                 "not 1/2); each level is a set of its own, so consistency may be inflated and "
                                 "necessity of low relevance (check RoN and coverage)")
                continue
            share = float(np.mean(x > 0.5))
            if is_skewed(share, b):
                role = "outcome" if kind == "outcome" else "condition"
                notes.append(f"skewed {role} {quoted(name, as_written=True)}: {skew_share_said(share, b)} of cases have "
                             f"membership above 0.5 (outside [{b[0]:g}, {b[1]:g}]{_at_half_text(x)}); consistency may "
                             "be inflated and necessity of low relevance (check RoN and coverage)")
    half = qd.y == 0.5
    if half.any():
        from .data_lists import _names   # as the data's own notes list names: quoted, so a blank or odd character shows
        notes.append(f"outcome {quoted(qd.outcome, as_written=True)} has membership exactly 0.5 for "
                     f"{in_number(int(half.sum()), 'case')} "
                     f"{_names(qd.cases, half)}: neither in nor out of the outcome")
    return notes


def _action(note: str, category) -> str:
    """The action the warning filters give `note` as warn_notes issues it (module 'analysis.qca', line 0): the
    first matching filter's, as warnings.warn_explicit finds it, else the default action."""
    import warnings

    for action, message, cat, module, lineno in warnings.filters:
        if ((message is None or message.match(note)) and issubclass(category, cat)
                and (module is None or module.match("analysis.qca")) and lineno == 0):
            return action
    return warnings.defaultaction


def warn_notes(notes, where: str = "") -> None:
    """Issue each note as a QCAWarning attributed to the engine (no caller path in the message), so that
    executed notebooks that show warnings stay byte-identical across machines and runs. Under the 'default' action a
    note is shown once per process: warnings' own registry forgets what it showed whenever the filters are touched,
    which any warnings.catch_warnings() does (pandas enters one in common calls, truth_table() among them), so the
    notes shown are kept here too. Other actions ('always', 'error', 'ignore', ...) apply as they are.

    where: what the note concerns, added to the message in brackets ('all 6 specifications: IS and 5 tests', from
    protocol.run_tasks); the note shown once is the note itself, said with or without it. The warning keeps both
    (its message's `note` and `where`), so that a caller recording warnings can say a note once (give_again)."""
    import warnings

    from .data import QCAWarning

    for note in notes:
        if _action(note, QCAWarning) == "default":
            if note in _SHOWN:
                continue
            _SHOWN.add(note)
        message = QCAWarning(f"{note} ({where})" if where else note)
        message.note, message.where = note, where
        warnings.warn_explicit(message, QCAWarning, filename="analysis.qca", lineno=0, module="analysis.qca",
                               registry=_REGISTRY)


def give_again(caught) -> None:
    """Give again the warnings `caught` (warnings.catch_warnings(record=True)), in the order first given: an engine
    note (warn_notes) once, naming every part of the run that gave it ('all 3 specifications: IS and 2 tests;
    incl_cut range: at every step': a robustness file's protocol and ranges run on the same data); any other warning
    as it was given."""
    import warnings

    wheres: dict[str, list[str]] = {}
    order: list = []
    for w in caught:
        note = getattr(w.message, "note", None)
        if note is None:
            order.append(w)
            continue
        if note not in wheres:
            wheres[note] = []
            order.append(note)
        if w.message.where and w.message.where not in wheres[note]:
            wheres[note].append(w.message.where)
    for item in order:
        if isinstance(item, str):
            warn_notes([item], where="; ".join(wheres[item]))
        else:
            warnings.warn_explicit(item.message, item.category, item.filename, item.lineno)
