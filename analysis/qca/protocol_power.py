"""The power of a sweep (analysis.qca.protocol's module docstring, power): truth_table_power, which values of a
cut-off change what minimisation sees of a truth table, read from the table itself without a new analysis; and
the notes of a sweep none of whose specifications changes the truth table, or whose tests change several kinds
of setting together.
"""
from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np
import pandas as pd

from .checks import choice_hint
from .data_lists import _all_names
from .errors import QCAInputError, quoted

#: What a test of each kind can change when the truth table (each row's OUT) stays the same, for a sweep mixing kinds
#: (tests that recalibrate and move incl_cut, 'calibration+incl_cut'): the cut-offs and a case subset move nothing
#: then; a recalibration of a condition can still move the memberships (_recalibration_text)
_UNCHANGED_TABLE_KIND = {
    **dict.fromkeys(("incl_cut", "n_cut", "pri_cut"),
                    "it can change only which rows pass (their OUT), and no row's OUT changes here"),
    "cases": "the subset keeps every row's OUT here, and the cases it leaves out are read on the initial data",
}


def _recalibration_text(recal: Sequence[str], recalibrated: Mapping[str, list], by_label: Mapping[str, dict],
                        initial_membership: np.ndarray) -> str:
    """What a sweep's recalibration of conditions can still change with the truth table unchanged (its tests `recal`,
    each recalibrating the conditions recalibrated[label]): the solution's memberships, and whether they do."""
    sets = list(dict.fromkeys(c for lab in recal for c in recalibrated[lab]))
    moved = [lab for lab in recal if by_label[lab].get("membership") is not None
             and not np.array_equal(by_label[lab]["membership"], initial_membership)]
    return (f"test(s) {_all_names(recal)} recalibrate {', '.join(map(str, sets))}, so the solution's memberships, and "
            f"with them the robust core's fit and the RF measures, can still move: "
            + (f"they do in {_all_names(moved)}" if moved else "they do not here (the same memberships)"))


def _powerless_note(labels: Sequence[str], recalibrated: Mapping[str, list], by_label: Mapping[str, dict],
                    initial_membership: np.ndarray, kind: str = "") -> str:
    """The note of a sweep none of whose specifications changes the truth table: the solution (its expression)
    cannot change; a test recalibrating a condition still reads the solution on its own memberships, so the robust
    core's fit and the RF measures can move (module docstring, power). A sweep whose tests mix kinds ('calibration+
    incl_cut': each test recalibrates and moves incl_cut) says what each kind can change, one part each."""
    recal = [lab for lab in labels if lab in recalibrated]
    parts = kind.split("+")
    if len(parts) > 1:
        said = [f"{part}: " + ((_recalibration_text(recal, recalibrated, by_label, initial_membership) if recal else
                                "it recalibrates no condition of the analysis, so the memberships stay the initial "
                                "ones") if part == "calibration" else _UNCHANGED_TABLE_KIND[part]) for part in parts]
        return ("no specification changes the truth table: this sweep cannot change the solution (its expression)"
                + ("" if recal else " nor its memberships and tests nothing")
                + f"; each test changes {' and '.join(parts)} together, what each can change: " + "; ".join(said))
    if not recal:
        return ("no specification changes the truth table or recalibrates a condition: this sweep cannot change the "
                "solution nor its memberships and tests nothing")
    return ("no specification changes the truth table: this sweep cannot change the solution (its expression); "
            + _recalibration_text(recal, recalibrated, by_label, initial_membership))


def _mixed_note(kind: str) -> str:
    """The note of a sweep that changes the truth table and whose tests mix kinds ('calibration+cases'): each test
    changes them together, so which of them changed the table is not told apart ('' for a sweep of one kind)."""
    parts = kind.split("+")
    if len(parts) < 2:
        return ""
    return (f"each test changes {' and '.join(parts)} together: which of them changes the truth table is not told "
            "apart (a sweep of each on its own tells)")


# ---------------------------------------------------------------- power of a cut-off sweep, without re-running
def truth_table_power(tt, parameter: str, values) -> pd.DataFrame:
    """For each value of incl_cut, n_cut or pri_cut: the rows whose OUT would change (recomputed from the
    table's own incl, PRI and n with the engine's rule, no new analysis) and whether the table changes at all.
    A value changes nothing unless it crosses some row's consistency (PRI, number of cases). Rows blocked by
    exclude_rows() / esa() (tt.excluded: remainders added without cases, observed rows recoded) stay OUT = 0 at
    every cut-off, as the protocol's `exclude` keeps them in every specification, so they never change; they were
    listed as changing at every value, the table's own cut-offs included."""
    from .truth_table import _cutoffs, output_value, swept_incl_cut

    if parameter not in ("incl_cut", "n_cut", "pri_cut"):
        raise QCAInputError(f"parameter must be incl_cut, n_cut or pri_cut, got {quoted(parameter)}"
                            f"{choice_hint(parameter, ('incl_cut', 'n_cut', 'pri_cut'))}")
    base = {"incl_cut": tt.incl_cut, "n_cut": tt.n_cut, "pri_cut": tt.pri_cut}
    blocked = {int(r) for r in getattr(tt, "excluded", ())}
    rows = []
    for v in values:
        value = swept_incl_cut(tt.incl_cut, v) if parameter == "incl_cut" else v
        ic1, ic0, n_cut, pri_cut = _cutoffs(*({**base, parameter: value}[k] for k in ("incl_cut", "n_cut", "pri_cut")))
        flips = [int(r) for r, rec in tt.rows.iterrows()
                 if int(r) not in blocked and int(rec["n"]) > 0
                 and output_value(float(rec["incl"]), float(rec["PRI"]), int(rec["n"]), ic1, ic0, n_cut, pri_cut)
                 != rec["OUT"]]
        rows.append({parameter: v, "changes_truth_table": bool(flips), "rows_changing": flips})
    return pd.DataFrame(rows, columns=[parameter, "changes_truth_table", "rows_changing"])
