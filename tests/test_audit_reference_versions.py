"""The agreement figure and its captions name the R packages' versions ('R QCA 3.25', 'SetMethods 4.0') as typed
text: notebook 04 redraws the figure from data/derived alone, which does not carry them. They are tied here to the
versions every reference record says it was made with (data/reference/r-qca/*.json, r-setmethods/*.json, their
'versions'): references regenerated with another release fail this test rather than leave the figure naming the
old one."""
import json

import matplotlib
import pandas as pd

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from analysis.figure_catalogue import catalogue  # noqa: E402
from analysis.paths import R_QCA, R_SETMETHODS  # noqa: E402
from analysis.plots.validation import plot_agreement  # noqa: E402


def _versions(folder, package):
    return {json.loads(p.read_text(encoding="utf-8"))["versions"][package] for p in sorted(folder.glob("*.json"))}


def test_the_agreement_figure_names_the_versions_the_references_were_made_with():
    qca = _versions(R_QCA, "QCA") | _versions(R_SETMETHODS, "QCA")
    setmethods = _versions(R_SETMETHODS, "SetMethods")
    assert len(qca) == 1 and len(setmethods) == 1, (qca, setmethods)   # one release each, or the text cannot say it
    (qca,), (setmethods,) = qca, setmethods
    records = pd.DataFrame({"analysis": ["LC"], "abs_diff": [0.0], "agrees": [True]})
    fig = plot_agreement(records, tolerance=1e-9)
    try:
        ax = fig.axes[0]
        drawn = [ax.get_title(), ax.get_xlabel()]
    finally:
        plt.close(fig)
    row = catalogue().loc["method_validation_agreement"]
    for text in drawn + [row["caption_en"], row["caption_zh"]]:
        assert f"QCA {qca}" in text and f"SetMethods {setmethods}" in text, text
