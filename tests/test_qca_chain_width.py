"""causal_chain's and permutation_benchmark's prints fit an 80-column terminal (display.PRINT_WIDTH), counted by
display width (a Chinese character takes two columns), as the other results do (tests/test_qca_results_width.py):
headings, chains and notes broken at blanks, their further lines indented, the model and csf tables in blocks of
columns each led by the names of a row (frame_blocks), a long formula wrapped within its cell. Checked on LC, LF and
LF with Chinese set and case names. Before, on the reference data: print(chain) ran to 116 columns on LF (193 on LC,
173 with the Chinese names), a ChainStep to 106, chain.csf to 201 and permutation_benchmark to 111."""
from __future__ import annotations

import warnings

import pandas as pd
import pytest

import analysis.qca as q
from analysis.paths import ROOT
from analysis.qca.display import PRINT_WIDTH, width

ZH = {"DEV": "经济发展水平高", "URB": "城市化程度高", "LIT": "成人识字率高", "IND": "工业劳动力比重高",
      "STB": "政府稳定性强", "SURV": "民主制度存续至二战"}
CONDITIONS = ["DEV", "URB", "LIT", "IND", "STB"]


@pytest.fixture(scope="module", params=["LC", "LF", "zh"])
def wide(request):
    """The data (LC, LF, or LF with Chinese names of its sets and cases), its chain of STB and SURV (fuzzy on LF)
    and the chain of its memberships rounded to 0 or 1 (whose csf are computed)."""
    data = pd.read_csv(ROOT / "data/reference/datasets" / f"{'LC' if request.param == 'LC' else 'LF'}.csv",
                       index_col="case", encoding="utf-8")
    names = ZH if request.param == "zh" else {k: k for k in ZH}
    if request.param == "zh":
        data.index = [f"国家{c}共和国第{i}号案例" for i, c in enumerate(data.index)]
    data = data.rename(columns=names)[[names[c] for c in [*CONDITIONS, "SURV"]]]
    data.index.name = "case"
    outcomes = [names["STB"], names["SURV"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        chain = q.causal_chain(data, outcomes, sol_cov=0.6, incl_cut=0.8)
        crisp = q.causal_chain(data.round(), outcomes, sol_cov=0.6)
        crisp.csf   # computed here, warnings and all
    return dict(name=request.param, data=data, names=names, chain=chain, crisp=crisp)


def widest(text: str) -> int:
    return max(map(width, text.splitlines()))


def said(text) -> str:
    """What a print says, every run of blanks and line breaks one blank."""
    return " ".join(str(text).split())


def test_a_causal_chain_and_its_steps_print_within_80_columns(wide):
    """The heading, the table of models (in blocks, each with the outcome and the model), the chains and the notes;
    every formula and every chain still said whole, read across the breaks."""
    chain = wide["chain"]
    for printed in (chain, chain.steps, *chain.steps.values()):
        text = str(printed)
        assert widest(text) <= PRINT_WIDTH, text
    text = str(chain)
    assert text.startswith("Causal chain (R QCA's causalChain; coincidence analysis, Baumgartner 2009): each\n  ")
    assert all(f"chain: {a}, then {b}" in said(text) for a, b in chain.chains)
    assert chain.chains or wide["name"] == "LC"   # LC's models link no outcome to the other's
    for step in chain.steps.values():
        assert said(step).startswith(f"{step.outcome} minimised on {', '.join(step.conditions)} outcome model")
        # a formula wrapped within its cell (the last of its block here): its words in order down the column
        assert all(step.formula(m) in said(step) for m in step.models), str(step)
    blocks = text.split("\n\n")[1:-1]   # the table's blocks, between the heading and the chains
    assert len(blocks) >= 2 and all(b.split()[:2] == ["outcome", "model"] for b in blocks), text


def test_the_csf_print_within_80_columns(wide):
    """chain.csf's heading, its table (blocks led by the csf's number) or its 'none listed', each csf left out and
    the notes; a single csf's line too."""
    csf = wide["crisp"].csf
    text = str(csf)
    assert widest(text) <= PRINT_WIDTH, text
    assert said(text).startswith("Complex solution formulas (csf; cna's): ")
    for c in csf.partial_left_out:
        assert (f"left out for a partial structural redundancy (cna's inus.only): {c.formula}: it implies its "
                f"submodel with {c.partial[0]} reduced to {c.partial[1]}") in said(text)
    for c in [*csf, *csf.partial_left_out, *csf.submodels_left_out, *csf.cyclic_left_out]:
        assert widest(str(c)) <= PRINT_WIDTH and said(c).startswith(f"csf {c.formula}: coherence "), str(c)
    if len(csf):
        assert "\ncsf  outcome  formula" in text
    assert len(csf) + len(csf.partial_left_out) > 0


def test_a_permutation_benchmarks_print_within_80_columns(wide):
    """The heading wrapped; each value beside its name, its meaning wrapped within its cell ('share fitting at least
    as well on both (NaN: no yardstick)' ran to 92 columns)."""
    data, names = wide["data"], wide["names"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        bench = q.permutation_benchmark(data.round(), names["SURV"], [names[c] for c in CONDITIONS], n_draws=5,
                                        max_exact=1, seed=1)
    text = str(bench)
    assert widest(text) <= PRINT_WIDTH, text
    assert said(text).startswith("Permutation benchmark (Braumoeller 2015): could the outcome, assigned to the same "
                                 "cases at random, fit as well? value meaning assignments 5 ")
    assert "share fitting at least as well on both (NaN: no yardstick)" in said(text)
    assert all(f"\n{k}" in text for k in bench)
