"""Figure of the method validation: |ours − R| for every compared number, one row per analysis."""
from __future__ import annotations

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .style import OKABE_ITO

ZERO_AT = 1e-19   # where exact agreement (difference 0) is drawn on the log axis
FLOOR = 1e-17     # smaller non-zero differences are drawn here (below double precision noise)
LEGEND_STRIP = 0.3  # inches at the foot of the figure kept for the legend


def plot_agreement(records: pd.DataFrame, tolerance: float, title: str | None = None):
    """Dot plot of the absolute differences between this engine and R QCA (log scale) with the tolerance
    line; exact agreement is drawn at the left edge ("0"), differences below 1e-17 at 1e-17, and each row
    is labelled with its agreeing items (numbers and text) out of those compared. Returns the Figure."""
    needed = {"analysis", "abs_diff", "agrees"}
    missing = needed - set(records.columns)
    if missing:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"records lack column(s) {sorted(missing)}")
    if not tolerance > 0:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"tolerance must be positive, got {tolerance!r}")
    analyses = list(dict.fromkeys(records["analysis"]))
    # rows 0.45 in apart, closer when there are more than 16 analyses: the figure at most 8.5 in tall (at 0.45 in its
    # 18 rows made it 9.4 in, printed on US Letter in the book its 6.5 pt text at 5.6 pt)
    fig, ax = plt.subplots(figsize=(6.4, min(0.45, 7.2 / max(len(analyses), 1)) * len(analyses) + 1.3))
    for k, name in enumerate(analyses):
        part = records[records["analysis"] == name]
        diffs = part["abs_diff"].dropna().to_numpy(dtype=float)
        ok = diffs <= tolerance
        shown = np.where(diffs == 0, ZERO_AT, np.maximum(diffs, FLOOR))
        # deterministic vertical spread so that overlapping points stay visible
        offsets = ((np.arange(len(shown)) % 7) - 3) * 0.05
        y = np.full(len(shown), float(k)) + offsets
        ax.scatter(shown[ok], y[ok], s=9, color=OKABE_ITO[4], alpha=0.6, linewidths=0,
                   label="agrees" if k == 0 else None)
        if (~ok).any():
            ax.scatter(shown[~ok], y[~ok], s=22, color=OKABE_ITO[5], marker="x", label="disagrees")
        n_ok = int(part["agrees"].sum())
        ax.annotate(f"{n_ok}/{len(part)}", xy=(1.0, k), xycoords=("axes fraction", "data"), xytext=(4, 0),
                    textcoords="offset points", va="center", fontsize=8,
                    color="black" if n_ok == len(part) else OKABE_ITO[5])
    ax.axvline(tolerance, color="black", linestyle="--", linewidth=0.8)
    ax.text(tolerance, -0.55, f" tolerance {tolerance:g}", fontsize=8, va="center")
    ax.set_xscale("log")
    ax.set_xlim(ZERO_AT / 4, 10)
    ticks = [ZERO_AT, 1e-15, 1e-12, 1e-9, 1e-6, 1e-3, 1]
    ax.set_xticks(ticks)
    ax.set_xticklabels(["0"] + [f"1e{int(np.log10(t))}" for t in ticks[1:-1]] + ["1"])
    ax.set_yticks(range(len(analyses)))
    ax.set_yticklabels(analyses)
    ax.set_ylim(len(analyses) - 0.5, -0.8)
    ax.set_xlabel("|ours − R (QCA 3.25, SetMethods 4.0)|  (0 = identical)")
    handles, labels = ax.get_legend_handles_labels()
    by_label = dict(zip(labels, handles))
    ax.set_title(title or "Agreement with R QCA 3.25 and SetMethods 4.0 (items agreeing / compared at right)")
    # The legend in a strip of its own under the axis label: inside the plot (lower right, on the last row, right
    # of the tolerance line) its 'agrees' dot read as one more number beyond the tolerance.
    fig.legend(by_label.values(), by_label.keys(), loc="lower center", bbox_to_anchor=(0.5, 0.0),
               ncol=len(by_label), fontsize=8, frameon=False)
    fig.tight_layout(rect=(0.0, LEGEND_STRIP / fig.get_figheight(), 1.0, 1.0))
    return fig
