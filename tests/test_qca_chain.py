"""causal_chain(), R QCA's causalChain(): every set minimised as the outcome of the others.

d.educate is Baumgartner's (2009, "Inferring Causal Complexity") artificial data, as the R package cna ships it
(data/reference/datasets/d.educate.csv; datasets.md names its source): cna's reference manual says cna(d.educate)
gives two complex formulas, a common cause structure and a causal chain, which R QCA's causalChain(d.educate)
reproduces (its help page: "same results"). The expected models below are derived by hand from the eight rows (the
comments give the derivation); R is not installed here, so R's and cna's output rest on their documentation."""
from __future__ import annotations

import io
import itertools
import json
import math
import re
import warnings
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import qca
from analysis.qca import QCAInputError, QCAWarning, causal_chain

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def educate() -> pd.DataFrame:
    return pd.read_csv(ROOT / "data/reference/datasets/d.educate.csv", index_col="case")


@pytest.fixture(scope="module")
def chain(educate):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)   # E is skewed (7 of 8 cases): said, and tested below
        return causal_chain(educate)


def _models(step) -> set[frozenset[str]]:
    return {frozenset(m.terms) for m in step.models}


def test_d_educate_gives_baumgartners_chain_and_common_cause(chain):
    """Hand derivation. L (on U, D, G, E): positive A-F, negative G (0,0,1,1) and H (0,0,0,0); U, D and ~G*E are the
    prime implicants with the remainders, and only U + D covers A-F without a redundant term (U + ~G*E misses B, D +
    ~G*E misses D). E (on U, D, L, G): positive A-G, negative H; G is the only implicant covering G (0,0,0,1), L covers
    A-F, so L + G, and U + D + G (U covers A-D, D covers A, B, E, F): cna's two formulas for E, the causal chain
    U + D -> L -> E and the common cause U + D -> L, E. U, D and G: each has contradictory rows (A and E are U's
    (1,1,1,1) with U = 1 and 0), so a model covers half of the cases or less (covS 0.5, 0.5, 0.25): none is
    necessary (sol_cov = 1), as cna gives no formula for them."""
    assert chain.outcomes == ["U", "D", "L", "G", "E"]
    assert _models(chain["L"]) == {frozenset({"U", "D"})}
    assert _models(chain["E"]) == {frozenset({"L", "G"}), frozenset({"U", "D", "G"})}
    for outcome, best in (("U", 0.5), ("D", 0.5), ("G", 0.25)):
        step = chain[outcome]
        assert step.models == [] and step.failed, outcome
        assert max(m.fit["covS"] for m in step.failed) == pytest.approx(best)
        assert "no model passes" in step.note, step.note
    for step in (chain["L"], chain["E"]):
        assert all(m.fit["inclS"] == 1 and m.fit["covS"] == 1 for m in step.models)
    assert [m.expression for m in chain["E"].models] == ["L + G", "U + D + G"]   # fewest terms first
    # cna's reference manual: cna(d.educate) gives these two csf (no asf structurally redundant in either)
    assert [c.formula for c in chain.csf] == ["(U + D <-> L)*(L + G <-> E)", "(U + D <-> L)*(U + D + G <-> E)"]
    assert [r for *_, r in chain.csf.combinations] == [(), ()] and chain.chains_left_out == []
    assert ("U + D <-> L", "L + G <-> E") in chain.chains
    assert set(chain.links) == {("U", "L"), ("D", "L"), ("L", "E"), ("G", "E"), ("U", "E"), ("D", "E")}


def test_the_minimal_models_only_are_minimize_s(educate):
    """all_models=False keeps minimize()'s minimal models: E's L + G, not U + D + G (three terms)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        minimal = causal_chain(educate, "L, E", all_models=False)
        for outcome in ("L", "E"):
            tt = qca.truth_table(educate, outcome, [c for c in educate.columns if c != outcome])
            assert ([m.expression for m in minimal[outcome].models]
                    == [m.expression for m in qca.minimize(tt, include="?").models])
    assert [m.expression for m in minimal["E"].models] == ["L + G"]
    assert minimal.outcomes == ["L", "E"]


def _hand_chain() -> pd.DataFrame:
    """A, B, X in every combination; C = A*B; D = C + X: the chain A*B -> C -> D (with X)."""
    rows = [(a, b, x, a * b, max(a * b, x)) for a, b, x in itertools.product((0, 1), repeat=3)]
    return pd.DataFrame(rows, columns=["A", "B", "X", "C", "D"], index=[f"k{i}" for i in range(1, 9)])


def test_a_hand_made_crisp_chain():
    """C on A, B, X, D: A*B covers both positive rows (D*~X only the one with X = 0, and is then redundant). D on A,
    B, X, C: C + X, and A*B + X (A*B is C's equivalent). X on A, B, C, D: the configuration A = B = C = D = 1 is X's
    contradiction, so ~C*D (cases k2, k4, k6) and ~A*D + ~B*D (the same cases) cover 3 of X's 4 cases: covS 0.75,
    listed from sol_cov = 0.75 on, not at 1."""
    data = _hand_chain()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        full = causal_chain(data)
        lower = causal_chain(data, "X", sol_cov=0.75)
        ordered = causal_chain(data, ordering="A, B, X < C < D", strict=True)
    assert _models(full["C"]) == {frozenset({"A*B"})}
    assert _models(full["D"]) == {frozenset({"X", "C"}), frozenset({"A*B", "X"})}
    assert full["X"].models == [] and full["A"].models == [] and full["B"].models == []
    assert _models(lower["X"]) == {frozenset({"~C*D"}), frozenset({"~A*D", "~B*D"})}
    assert all(m.fit["covS"] == pytest.approx(0.75) and m.fit["inclS"] == 1 for m in lower["X"].models)
    # the ordering: A, B, X have nothing before them (strict), C is minimised on A, B, X only, D on all four
    assert [ordered[s].note for s in "ABX"] == ["not minimised: the ordering puts no set before it"] * 3
    assert ordered["C"].conditions == ("A", "B", "X") and ordered["D"].conditions == ("A", "B", "X", "C")
    c, = ordered["C"].models
    assert [(a, b) for a, b in ordered.chains] == [(f"{c.expression} <-> C", ordered["D"].formula(m))
                                                   for m in ordered["D"].models if "C" in m.terms]
    # not strict: A, B, X are minimised on each other (no model: they are independent), C and D as before
    # a negated set ('~C': ~A + ~B, as ~D misses (1,0,1,1) and (0,1,1,1) alone) and R's form of a value ('D{1}')
    # are minimised on the other sets, the set itself left out of the conditions
    forms = causal_chain(data, "~C, D{1}")
    assert _models(forms["~C"]) == {frozenset({"~A", "~B"})} and forms["~C"].conditions == ("A", "B", "X", "D")
    assert _models(forms["D{1}"]) == _models(full["D"]) and ("A", "C") in forms.links
    assert forms.chains == []   # ~C is not C: no chain through C
    loose = causal_chain(data, ordering=[["A", "B", "X"], "C", "D"])
    assert loose["A"].conditions == ("B", "X") and loose["A"].models == []
    assert _models(loose["D"]) == _models(ordered["D"])


def test_the_result_prints_and_converts(chain):
    text = _said(chain)
    assert "U + D <-> L" in text and "U + D + G <-> E" in text and "chain: U + D <-> L, then L + G <-> E" in text
    assert ("other sets (include '?'; incl_cut = 1, n_cut = 1): every redundancy-free model (R's all.sol) with inclS "
            ">= 0 and covS >= 1 outcome model formula") in text
    df = chain.to_frame()
    assert list(df[df["model"].notna()]["expression"]) == ["U + D", "L + G", "U + D + G"]
    assert list(df["minimal"]) == [False, False, True, False, True, False]
    data = json.loads(json.dumps(chain.to_dict(), allow_nan=False))
    assert [o["outcome"] for o in data["outcomes"]] == ["U", "D", "L", "G", "E"]
    assert data["outcomes"][4]["models"][1]["formula"] == "U + D + G <-> E"
    assert ["U + D <-> L", "L + G <-> E"] in data["chains"]
    with pytest.raises(QCAInputError, match=r"no outcome 'Q' in this causal chain \(outcomes: U, D, L, G, E\)"):
        chain["Q"]


def test_the_reprs_count_models_and_chains_in_the_singular_or_plural_they_take(chain):
    """The reprs said '1 model(s)', '0 model(s)' and '1 chain(s)': each count now takes its noun's number, by the
    engine's one rule (errors.counted, standards.counted). d.educate by hand (the first test): L has one model, E
    two, U, D and G none, and one chain (U + D <-> L, then L + G <-> E)."""
    assert repr(chain) == "<CausalChain U: 0 models, D: 0 models, L: 1 model, G: 0 models, E: 2 models; 1 chain>"
    assert repr(chain["L"]) == "<ChainStep L: 1 model>" and repr(chain["E"]) == "<ChainStep E: 2 models>"


def test_each_warning_is_given_once(educate):
    """Every truth table with E (as outcome or condition) warns of its skew: said once each, not once per outcome."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        causal_chain(educate)
    said = [str(w.message) for w in caught if issubclass(w.category, QCAWarning)]
    assert said and len(said) == len(set(said)), said
    assert all(w.filename == __file__ for w in caught if issubclass(w.category, QCAWarning))
    with warnings.catch_warnings(record=True) as caught:   # skew_bounds=None: no check, as truth_table()'s
        warnings.simplefilter("always")
        quiet = causal_chain(educate, skew_bounds=None)
    assert not [w for w in caught if issubclass(w.category, QCAWarning)] and quiet.notes == []
    with pytest.raises(QCAInputError, match=r"skew_bounds must be two shares \(low, high\)"):
        causal_chain(educate, skew_bounds="0.2")


def test_the_chain_command_drops_cases_with_a_missing_value_when_asked(educate, tmp_path, capsys):
    """chain --drop-missing drops a case with a blank cell in any set (every set is an outcome or a condition),
    naming it, as the other commands do; without it the file is refused naming the case. --skew-bounds none
    silences the skew warnings, as on every command that warns of skewed sets."""
    from analysis.qca.cli import main

    path = tmp_path / "educate_blank.csv"
    path.write_text(educate.reset_index().to_csv(index=False, lineterminator="\n") + "I,1,,1,1,1\n", encoding="utf-8")
    assert main(["chain", str(path), "--skew-bounds", "none"]) == 2
    assert "missing values in column(s) 'D' (case(s) 'I')" in capsys.readouterr().err
    assert main(["chain", str(path), "--drop-missing", "--skew-bounds", "none"]) == 0
    out, err = capsys.readouterr()
    assert err == ("note: dropped 1 of 9 cases for a missing value in 'U', 'D', 'L', 'G', 'E': 'I' (line 10: 'D' "
                   "empty); 8 cases left (--drop-missing)\n"), err
    assert _said(out) == _as_typed(str(causal_chain(educate, skew_bounds=None)))


def _said(result) -> str:
    """A result's print as one line, every run of blanks and line breaks one blank: what it says, wherever its
    80-column print broke a heading, a chain or a note at blanks (tests/test_qca_chain_width.py checks the lines)."""
    return " ".join(str(result).split())


def _as_typed(text: str) -> str:
    """A chain's print as the command line gives it with the default cut-offs, as one line (`_said`: the flags are
    longer than the arguments' names, so the print breaks its heading elsewhere): the flags where the library names
    the arguments (their own test: test_the_library_names_arguments_and_the_command_line_its_flags)."""
    return _said(text).replace("incl_cut = 1, n_cut = 1", "--incl-cut 1 --n-cut 1").replace(
        "(sol_cons = 0, sol_cov = 1)", "(--sol-cons 0, --sol-cov 1)")


def test_the_library_names_arguments_and_the_command_line_its_flags(educate, capsys):
    """The chain command printed the library's words: 'partial list: max_models = 1 reached', '(sol_depth = 2)',
    'incl_cut = (1, 0.5)', where its error lines name the flags (--max-models): a user of the command line was told
    of arguments it has no way to type. print(chain) names the arguments, the command's print, --json and --csv
    their flags, as typed ('--incl-cut 1,0.5'). d.educate's E at sol_depth 2, max_models 1: L + G, its one model of
    at most 2 implicants (U + D + G, of 3, not listed); U: its one model fails sol_cov 0.9 (covS 0.5); G: the first
    of its two models found fails it (covS 0.25), and the list stops there (next test)."""
    from analysis.qca.cli import main

    chain = causal_chain(educate, "E, U, G", sol_depth=2, incl_cut=(1, 0.5), sol_cov=0.9, max_models=1,
                         skew_bounds=None)
    text = _said(chain)
    assert ("(include '?'; incl_cut = (1, 0.5), n_cut = 1): every redundancy-free model (R's all.sol) of at most 2 "
            "prime implicants (sol_depth) with inclS >= 0 and covS >= 0.9 outcome model") in text
    assert chain["E"].note == "models of more than 2 prime implicants are not listed (sol_depth = 2)"
    assert chain["U"].note.startswith("no model passes (sol_cons = 0, sol_cov = 0.9)") and "--" not in text
    assert chain["G"].note.startswith("partial list: max_models = 1 reached; no model found passes (sol_cons = 0, "
                                      "sol_cov = 0.9)")
    assert "no model passes (sol_cons = 0, sol_cov = 1)" in causal_chain(educate, "U", skew_bounds=None)["U"].note
    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    typed = ["chain", path, "--outcomes", "E,U,G", "--sol-depth", "2", "--incl-cut", "1,0.5", "--sol-cov", "0.9",
             "--max-models", "1", "--skew-bounds", "none"]
    assert main(typed) == 0
    printed = capsys.readouterr().out.strip()
    text = _said(printed)
    assert ("(include '?'; --incl-cut 1,0.5 --n-cut 1): every redundancy-free model (R's all.sol) of at most 2 prime "
            "implicants (--sol-depth) with inclS >= 0 and covS >= 0.9 outcome model formula") in text
    assert text.endswith(" note: E: models of more than 2 prime implicants are not listed (--sol-depth 2)")
    typed_u = "no model passes (--sol-cons 0, --sol-cov 0.9): best ~D*L"
    typed_g = "partial list: --max-models 1 reached; no model found passes (--sol-cons 0, --sol-cov 0.9): best ~L*E"
    assert f" U {typed_u}" in text and f" G {typed_g}" in text, printed
    assert not any(a in printed for a in ("incl_cut", "n_cut", "sol_", "max_")), printed
    assert main(typed + ["--json"]) == 0
    said = json.loads(capsys.readouterr().out)
    assert said["outcomes"][0]["note"] == text.rsplit(" note: E: ", 1)[1] and said["outcomes"][1]["note"].startswith(
        typed_u) and said["outcomes"][2]["note"].startswith(typed_g) and said["settings"]["sol_depth"] == 2
    assert main(typed + ["--csv"]) == 0
    notes = pd.read_csv(io.StringIO(capsys.readouterr().out))["note"]
    assert notes[1].startswith(typed_u) and notes[2].startswith(typed_g)
    assert main(["chain", path, "--outcomes", "U", "--skew-bounds", "none"]) == 0
    assert "no model passes (--sol-cons 0, --sol-cov 1): best ~D*L" in capsys.readouterr().out


def test_a_partial_list_says_that_no_model_found_passes(educate):
    """An outcome whose list stopped at max_models, none of the models found passing sol_cons and sol_cov, was noted
    'partial list: max_models = 1 reached' alone: its row in the table showed no model and nothing said why (the
    list of a finished search says 'no model passes ... best ...'). d.educate, sol_cov 0.9, max_models 1, by hand:
    U on D, L, G, E at incl_cut (1, 0.5): positive rows D = 0, L = 1, E = 1 (cases C, D), negative 0011 and 0000,
    (1,1,1,1) and (1,1,0,1) contradictory; ~D*L is a prime implicant covering both, found first: cases C and D,
    inclS 1, covS 2 / 4 = 0.5. G on U, D, L, E: positive 0001 (case G); ~L*E covers it and no negative or
    contradictory row: inclS 1, covS 1 / 4 = 0.25. Each fails sol_cov 0.9. U has no other model: its list, of
    exactly max_models, is whole ('no model passes'; it was called partial); G has a second (~U*~D*E, the same
    fit), so its search stopped after the first ('no model found passes')."""
    chain = causal_chain(educate, "U, G", incl_cut=(1, 0.5), sol_cov=0.9, max_models=1, skew_bounds=None)
    for outcome, best, cov, said in (("U", "~D*L", 0.5, "no model passes"),
                                     ("G", "~L*E", 0.25, "partial list: max_models = 1 reached; no model found passes")):
        step = chain[outcome]
        assert step.models == [] and [m.expression for m in step.failed] == [best]
        assert step.failed[0].fit["inclS"] == 1 and step.failed[0].fit["covS"] == pytest.approx(cov)
        assert step.note == f"{said} (sol_cons = 0, sol_cov = 0.9): best {best} with inclS 1.000, covS {cov:.3f}", (
            step.note)
    # a finished search keeps its words: 'no model passes', not 'found'
    assert causal_chain(educate, "U", skew_bounds=None)["U"].note.startswith("no model passes (sol_cons = 0, ")


def test_the_chain_command_prints_what_the_function_gives(educate, capsys):
    """`python -m analysis.qca chain DATA.csv` is causal_chain() on the file: its table, --json (to_dict) and --csv
    (to_frame); R's all.sol typed as a flag says the default already lists every redundancy-free model."""
    from analysis.qca.cli import main

    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        chain = causal_chain(educate, "L, E", ordering="U, D < L < E", strict=True)
    assert main(["chain", path, "--outcomes", "L,E", "--ordering", "U, D < L < E", "--strict"]) == 0
    out, err = capsys.readouterr()
    assert _said(out) == _as_typed(str(chain)) and "chain: U + D <-> L, then L + G <-> E" in out
    assert "\nordering G < U, D < L < E (strict: " in out   # G, not named, comes first (cna's rule)
    assert err.count("warning: skewed") == 1, err   # E's skew, once
    assert main(["chain", path, "--outcomes", "L,E", "--ordering", "U, D < L < E", "--strict", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(chain.to_dict()))
    assert main(["chain", path, "--outcomes", "E", "--minimal-only", "--csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert list(table.columns) == ["outcome", "conditions", "model", "expression", "terms", "minimal", "inclS", "PRI",
                                   "covS", "complexity", "exhaustiveness", "faithfulness", "ccon", "ccov", "PAcon",
                                   "AAcov", "AACcon", "PACcov", "note", "stopped", "csf", "removed_from"]
    assert list(table["expression"]) == ["L + G"] and list(table["conditions"]) == ["U, D, L, G"]
    assert main(["chain", path, "--all-sol"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "chain takes no --all-sol: leave it out: every redundancy-free model" in err, err


def test_the_redundancy_free_models_are_every_irredundant_cover():
    """_irredundant_covers against brute force on 300 random charts (up to 8 implicants x 7 rows): every set of
    implicants covering every row with none left without a row only it covers, each once, fewest first; and the
    list cut at `limit` or at max_work says so."""
    import numpy as np

    from analysis.qca.chain import _irredundant_covers

    rng = np.random.default_rng(20261206)
    for _ in range(300):
        n_pi, n_rows = int(rng.integers(1, 9)), int(rng.integers(1, 8))
        chart = rng.random((n_pi, n_rows)) < 0.4
        chart[rng.integers(0, n_pi, n_rows), np.arange(n_rows)] = True   # every row covered by some implicant
        expected = []
        for size in range(1, n_pi + 1):
            for subset in itertools.combinations(range(n_pi), size):
                counts = chart[list(subset)].sum(axis=0)
                if (counts > 0).all() and all(((counts == 1) & chart[p]).any() for p in subset):
                    expected.append(subset)
        found, stopped, deeper = _irredundant_covers(chart.astype(np.int64), 10**6, 10**6)
        assert found == expected and stopped == "" and not deeper, (chart.astype(int).tolist(), found, expected)
        if len(expected) > 1:
            few, stopped, _ = _irredundant_covers(chart.astype(np.int64), 1, 10**6)
            assert len(few) == 1 and stopped == "max_models = 1 reached"
        # exactly max_models sets: the whole list, not a partial one (it was said 'max_models = N reached')
        whole, stopped, _ = _irredundant_covers(chart.astype(np.int64), len(expected), 10**6)
        assert whole == expected and stopped == "", (chart.astype(int).tolist(), stopped)
        depth = int(rng.integers(1, 4))   # sol_depth: the sets of at most depth implicants, the same search
        shallow, stopped, deeper = _irredundant_covers(chart.astype(np.int64), 10**6, 10**6, depth)
        assert shallow == [c for c in expected if len(c) <= depth] and stopped == ""
        assert deeper or all(len(c) <= depth for c in expected), (chart.astype(int).tolist(), depth)
    _, stopped, _ = _irredundant_covers(np.ones((6, 6), dtype=np.int64), 10**6, 3)
    assert stopped == "the search stopped at max_work = 3 steps"


def _holds(term: str, data: pd.DataFrame) -> pd.Series:
    """Each case's crisp membership in a conjunction such as 'ES*~WM', from the 0/1 columns."""
    out = pd.Series(True, index=data.index)
    for literal in term.split("*"):
        out &= data[literal.lstrip("~")] == (0 if literal.startswith("~") else 1)
    return out


def test_d_women_gives_the_two_formulas_cnas_manual_reports():
    """cna's reference manual: cna(d.women, maxstep = c(3, 4, 9)) gives two atomic solution formulas, finding WNP as
    the outcome without being told (Krook 2010's QCA), and R QCA's help page says causalChain(d.women) gives the same
    (R is not installed: both rest on their documentation). Here: two models, both of WNP, none of another set;
    each is checked from the 0/1 data without the engine: sufficient and necessary (every case with a term has WNP,
    every case with WNP has a term), no term redundant (each covers a WNP case no other term covers) and no literal
    (dropped, the shorter term covers a case without WNP)."""
    women = pd.read_csv(ROOT / "data/reference/datasets/d.women.csv", index_col="case")
    chain = causal_chain(women)
    assert [(o, len(chain[o].models)) for o in chain] == [("ES", 0), ("QU", 0), ("WS", 0), ("WM", 0), ("LP", 0),
                                                          ("WNP", 2)]
    y = women["WNP"] == 1
    for model in chain["WNP"].models:
        members = [_holds(t, women) for t in model.terms]
        union = pd.concat(members, axis=1).any(axis=1)
        assert not (union & ~y).any() and not (y & ~union).any(), model.expression
        for i, m in enumerate(members):
            others = pd.concat(members[:i] + members[i + 1:], axis=1).any(axis=1)
            assert (m & ~others).any(), (model.expression, model.terms[i])
            literals = model.terms[i].split("*")
            for j in range(len(literals)):
                shorter = "*".join(literals[:j] + literals[j + 1:])
                assert not shorter or (_holds(shorter, women) & ~y).any(), (model.terms[i], shorter)


def test_a_model_of_more_implicants_than_pythons_recursion_limit_is_found():
    """A chart where each of 1,200 implicants alone covers its own positive row (the identity) has one
    redundancy-free model of all 1,200: the search went one Python call deeper per implicant chosen and stopped
    with a RecursionError (a traceback) past about 1,000; its own stack finds the model, and max_work still stops
    it, saying so."""
    import sys

    import numpy as np

    from analysis.qca.chain import _irredundant_covers

    n = max(1_200, sys.getrecursionlimit() + 100)
    found, stopped, _ = _irredundant_covers(np.eye(n, dtype=np.int64), 10, 10**6)
    assert found == [tuple(range(n))] and stopped == ""
    found, stopped, _ = _irredundant_covers(np.eye(n, dtype=np.int64), 10, n - 1)
    assert found == [] and stopped == f"the search stopped at max_work = {n - 1:,} steps"


def test_what_differs_from_rs_pi_cons(capsys):
    """R's pi.cons keeps a prime implicant only where its own consistency reaches it (R's help page; R is not
    installed); incl_cut here is a truth table row's cut-off, and a prime implicant's own consistency is not checked.
    Lipset's fuzzy data (LF) at incl_cut = 0.9: SURV's model URB*STB is listed though URB*STB's consistency,
    computed here from the memberships without the engine (sum of min(URB, STB, SURV) over sum of min(URB, STB)), is
    0.874, below 0.9: R at pi.cons = 0.9 would not keep it. R's name (pi_cons) says so, in Python and on the command
    line, not that incl_cut is R's pi.cons."""
    from analysis.qca.cli import main

    lf = pd.read_csv(ROOT / "data/reference/datasets/LF.csv", index_col="case")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        step = causal_chain(lf, "SURV", incl_cut=0.9, sol_cov=0)["SURV"]
    x = lf[["URB", "STB"]].min(axis=1)
    by_hand = (x.clip(upper=lf["SURV"]).sum() / x.sum())
    assert [m.expression for m in step.models] == ["URB*STB"]
    assert by_hand == pytest.approx(0.874, abs=5e-4) and by_hand < 0.9
    assert step.models[0].term_fit["inclS"].tolist() == pytest.approx([by_hand])
    with pytest.raises(QCAInputError, match=r"write incl_cut=0\.9 \(the consistency a truth table row needs to be "
                       r"positive; not R's pi\.cons, a prime implicant's own consistency, which is not checked here"):
        causal_chain(lf, "SURV", pi_cons=0.9)
    path = str(ROOT / "data/reference/datasets/LF.csv")
    assert main(["chain", path, "--outcomes", "SURV", "--pi.cons", "0.9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "write --incl-cut 0.9 (the consistency a truth table row needs to be positive; " \
        "not R's pi.cons" in err, err


def test_sets_the_ordering_leaves_out_come_before_the_sets_it_names():
    """cna's help page for cna(): an ordering need not name every factor, the ones it leaves out are causally before
    the ones it names (list("C"): C is the last outcome); R QCA's causalChain help page gives
    causalChain(dat2, ordering = "AU") on d.autonomy's cases 15-30 and AU, RE, CN, DE as the same as
    fscna(dat2, ordering = list("AU")). So here: AU is minimised on RE, CN and DE, and each of those on the other two
    (the same level, not strict), or not at all with strict=True, where only AU is minimised (the call cna's help
    page gives for one outcome whose causes are independent of each other)."""
    autonomy = pd.read_csv(ROOT / "data/reference/datasets/d.autonomy.csv", index_col="case")
    dat2 = autonomy.iloc[14:30][["AU", "RE", "CN", "DE"]]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        loose = causal_chain(dat2, ordering="AU", sol_cov=0.85, sol_cons=0.9)
        strict = causal_chain(dat2, ordering=["AU"], strict=True, sol_cov=0.85, sol_cons=0.9)
    assert loose.settings["ordering"] == [["RE", "CN", "DE"], ["AU"]] == strict.settings["ordering"]
    assert {o: loose[o].conditions for o in loose} == {"AU": ("RE", "CN", "DE"), "RE": ("CN", "DE"),
                                                       "CN": ("RE", "DE"), "DE": ("RE", "CN")}
    assert strict["AU"].conditions == ("RE", "CN", "DE")
    assert [strict[o].note for o in ("RE", "CN", "DE")] == ["not minimised: the ordering puts no set before it"] * 3
    assert "\nordering RE, CN, DE < AU (strict: " in str(strict)


def test_causal_chains_errors_have_their_chinese_line(educate, chain):
    """The workshop's Chinese line (engine_error_zh) under causal_chain()'s refusals, for a teacher's own data: each
    had none. The names and values are copied from the English, its 'did you mean' is said too."""
    from analysis.workshop import engine_error_zh

    def zh(call):
        with pytest.raises(QCAInputError) as caught:
            call()
        return engine_error_zh(caught.value)

    assert zh(lambda: causal_chain(educate, "e")) == ("outcomes：'e' 不是数据中的集合（集合：U, D, L, G, E）；是否想写 "
                                                      "'E'？（名称区分大小写）")
    assert zh(lambda: causal_chain(educate, ordering="U < Q")) == "ordering：'Q' 不是数据中的集合（集合：U, D, L, G, E）"
    assert zh(lambda: causal_chain(educate, "L, ,E")) == ("outcomes：'L, ,E' 中有空的名称；请写以逗号分隔的集合名称，例如 "
                                                          "'L, E'（集合：U, D, L, G, E）")
    assert zh(lambda: causal_chain(educate, 3)) == "outcomes 必须是集合名称：文本（如 'L, E'）或名称的列表，现为 int 3"
    assert zh(lambda: causal_chain(educate, ordering=2)).endswith("现为 int 2")
    assert zh(lambda: causal_chain(educate, ordering="U, D < L < U")) == ("ordering：'U' 出现了两次（第 1 层和第 3 层）；"
                                                                          "每个集合只写一次")
    assert zh(lambda: causal_chain(educate, "L, L")) == "outcomes：'L' 写了两次；每个结果只写一次"
    assert zh(lambda: causal_chain(educate[["U"]])) == "因果链至少需要两个集合（一个结果和一个条件），数据只有 1 个：U"
    assert zh(lambda: chain["Q"]) == "这条因果链中没有结果 'Q'（结果：U, D, L, G, E）"
    assert zh(lambda: causal_chain(educate, sol_cov=95)) == ("sol_cov 必须是 0 到 1 之间的数（含 0 和 1），现为 95；"
                                                             "是百分数吗？请写 0.95")
    assert zh(lambda: causal_chain(educate, sol_cons="x")) == "sol_cons 必须是 0 到 1 之间的数（含 0 和 1），现为 'x'"
    # the data not a table, a case column not in it: causal_chain's own words had no Chinese line; it says them as
    # truth_table() does (a near name, the index that already names the cases), with their lines
    assert zh(lambda: causal_chain([1, 2])) == "data 必须是 pandas 的 DataFrame（数据表），现为 list"
    assert zh(lambda: causal_chain(educate, case_column="X")) == ("case_column 'X' 不是数据中的列：它要的是数据中一列案例名称"
                                                                  "（数据的列：'U', 'D', 'L', 'G', 'E'）")
    with pytest.raises(QCAInputError, match=r"^case column 'case' is the data's index \(read with index_col='case'\)"):
        causal_chain(educate, case_column="case")
    # sol_depth not a positive whole number had none (its 0, R's default, has its own line, kept)
    assert zh(lambda: causal_chain(educate, sol_depth=-1)) == "sol_depth 必须是正整数，现为 -1"
    assert zh(lambda: causal_chain(educate, sol_depth=2.5)) == "sol_depth 必须是正整数，现为 2.5"
    assert zh(lambda: causal_chain(educate, sol_depth=0)).startswith("sol_depth 必须是正整数，现为 0：要列出由任意多个")



def test_the_csf_refusals_have_their_chinese_line(educate):
    """The workshop's Chinese line (engine_error_zh) under csf's refusal by the max_csf budget (the count, the models
    and the budget), in the library's words and the command line's (--csf, --max-csf)."""
    from analysis.qca.errors import QCAComplexityError
    from analysis.workshop import engine_error_zh

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        with pytest.raises(QCAComplexityError) as budget:
            causal_chain(educate, max_csf=1).csf
    assert engine_error_zh(budget.value) == ("csf：每个结果取一个 asf 的组合共 2 个（1 x 2 个模型），超过预算 max_csf = 1："
                                             "请调高它以列出这些组合；或用 chain.simplest_csf(1) 只构建最简单的 1 个组合，如 "
                                             "cna 的 csf(n.init = 1)：因果链与关联取自全部复合解公式，因此 chain.csf "
                                             "不凭部分组合推断")
    cli = QCAComplexityError("--csf: 2 combinations of one asf per outcome (1 x 2 models) exceed the budget "
                             "--max-csf 1: raise it to list them")
    assert engine_error_zh(cli) == "--csf：每个结果取一个 asf 的组合共 2 个（1 x 2 个模型），超过预算 --max-csf 1：请调高它以列出这些组合"
    # the command line's refusal names --csf --n-init (cna's n.init), and --n-init without --csf is refused
    hinted = QCAComplexityError(f"{cli}; or --csf --n-init 1 lists the csf of the 1 simplest, as cna's csf(n.init = 1) "
                                "builds them (the chains are read off every csf)")
    assert engine_error_zh(hinted) == ("--csf：每个结果取一个 asf 的组合共 2 个（1 x 2 个模型），超过预算 --max-csf 1：请调高它以"
                                       "列出这些组合；或用 --csf --n-init 1 只列出最简单的 1 个组合的复合解公式，如 cna 的 "
                                       "csf(n.init = 1)（因果链取自全部复合解公式）")
    for n, said in (("5", "the 5 simplest combinations"), ("1", "the simplest combination")):
        alone = QCAInputError(f"--n-init {n} builds the complex solution formulas of {said} (cna's csf(n.init = {n})): "
                              "add --csf; the chains are read off every csf, within --max-csf")
        assert engine_error_zh(alone) == (f"--n-init {n} 构建最简单的 {n} 个组合的复合解公式（即 cna 的 csf(n.init = {n})）："
                                          "请加上 --csf；因果链取自全部复合解公式，受 --max-csf 限制")
    # max_csf not a whole number: the budgets' line (it had none: the form listed the other budgets only)
    with pytest.raises(QCAInputError) as zero:
        causal_chain(educate, max_csf=0)
    assert engine_error_zh(zero.value) == "max_csf 必须是正整数，现为 0"


def _budget_data() -> pd.DataFrame:
    """A to H in every combination (256 cases), Y = A, Z = A*B*...*H (one case)."""
    data = pd.DataFrame(list(itertools.product((0, 1), repeat=8)), columns=list("ABCDEFGH"),
                        index=[f"k{i}" for i in range(1, 257)])
    return data.assign(Y=data["A"], Z=data[list("ABCDEFGH")].min(axis=1))


def test_a_budget_that_stops_one_outcome_leaves_the_others_listed(tmp_path, capsys):
    """Y's prime implicant search compares its 128 positive with its 128 negative configurations, 16 steps of 1,000
    comparisons, more than max_work = 10: minimize() refuses it, and that refusal stopped the whole chain with an
    error (QCAComplexityError), Z's models lost with it. Now Y is recorded as stopped (the budget, the size met and
    the flag to raise, in print, to_frame() and to_dict()) and Z is minimised all the same. Z by hand: its one
    positive configuration has every set 1; a term must hold A or Y (without both it covers A = Y = 0, the rest 1,
    a negative case) and each of B..H (without H it covers H = 0, the rest 1): A*B*C*D*E*F*G*H or B*C*D*E*F*G*H*Y.
    With max_work = 20 Y is minimised: Y = A, whose one model is A."""
    from analysis.qca.cli import main

    data = _budget_data()
    chain = causal_chain(data, "Y, Z", max_work=10, skew_bounds=None)
    y, z = chain["Y"], chain["Z"]
    assert y.models == [] and y.solution is None
    assert "compare 128 positive with 128 negative configurations (16 steps" in y.stopped
    assert "more than max_work = 10 steps; raise max_work (CLI: --max-work)" in y.stopped
    assert y.note == f"stopped, no model: {y.stopped}"
    assert _models(z) == {frozenset({"A*B*C*D*E*F*G*H"}), frozenset({"B*C*D*E*F*G*H*Y"})} and z.stopped == ""
    text = _said(chain)
    assert "stopped by a budget, no model (note below)" in text and f" note: Y: {y.note}" in text
    assert chain.to_frame().set_index("outcome").loc["Y", "note"] == y.note
    # to_frame() had no stopped column (to_dict and print say stopped): Y's row holds the refusal, Z's rows ''
    frame = chain.to_frame()
    assert list(frame["stopped"]) == [y.stopped, "", ""] and list(frame["outcome"]) == ["Y", "Z", "Z"]
    # repr said 'Y: 0' models, as for an outcome minimised without a model: every view says stopped
    assert repr(y) == "<ChainStep Y: stopped by a budget, no model>" and repr(z) == "<ChainStep Z: 2 models>"
    assert repr(chain).startswith("<CausalChain Y: stopped by a budget, no model, Z: 2 models; ")
    out = json.loads(json.dumps(chain.to_dict(), allow_nan=False))["outcomes"]
    assert out[0]["stopped"] == y.stopped and out[0]["models"] == [] and out[1]["stopped"] is None
    # csf: Y is not in it, and says so (the combinations are Z's asfs alone, each its own csf)
    assert [c.asfs for c in chain.csf] == [(z.formula(m),) for m in z.models]
    assert chain.csf.notes == ["Y: stopped by a budget, so not in the csf"]
    assert "\nnote: Y: stopped by a budget, so not in the csf" in str(chain.csf)
    assert [m.expression for m in causal_chain(data, "Y", max_work=20, skew_bounds=None)["Y"].models] == ["A"]
    # the command: exit 0, the same table; --max-implicants and --max-chart-cells, which the refusals name, exist
    path = tmp_path / "budget.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    # its note names the flags alone, as error lines do ('raise max_work (CLI: --max-work)' was the API's words)
    assert main(["chain", str(path), "--outcomes", "Y,Z", "--max-work", "10", "--skew-bounds", "none"]) == 0
    cli_said = y.stopped.replace("max_work = 10", "--max-work 10").replace("max_work (CLI: --max-work)", "--max-work")
    printed = _said(capsys.readouterr().out)
    assert printed == _as_typed(text.replace(y.stopped, cli_said.replace("(n_cut)", "(--n-cut)"))) and \
        "CLI:" not in printed
    assert "more than --max-work 10 steps; raise --max-work, or use fewer conditions" in printed
    for flag, said in (("--max-implicants", "more than --max-implicants 1 prime implicants"),
                       ("--max-chart-cells", "more than --max-chart-cells 1)")):
        assert main(["chain", str(path), "--outcomes", "Z", flag, "1", "--skew-bounds", "none", "--json"]) == 0
        step = json.loads(capsys.readouterr().out)["outcomes"][0]
        assert said in step["stopped"] and f"; raise {flag}" in step["stopped"] and "CLI:" not in step["stopped"], step
        assert step["note"] == f"stopped, no model: {step['stopped']}"
    assert main(["chain", str(path), "--outcomes", "Y,Z", "--max-work", "10", "--skew-bounds", "none", "--csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)   # the command's words, as printed
    assert list(table["stopped"]) == [cli_said.replace("(n_cut)", "(--n-cut)"), "", ""]


def test_sol_depth_lists_the_models_of_at_most_that_many_prime_implicants(educate, capsys):
    """R's sol.depth (its help page: at most that many prime implicants in a model; R is not installed): d.educate's
    E has the models L + G (2 prime implicants) and U + D + G (3), derived by hand in the first test. sol_depth=2
    lists L + G and says that models of more were not listed; sol_depth=1 lists none and says why (no one prime
    implicant covers E's cases A-G: L misses G, G misses A-F, U and D miss G); 3 lists both, no note; with the minimal models only, 1 leaves out L + G. L's one
    model U + D at sol_depth=2 has no note. The command's --sol-depth gives the same; 0 is refused."""
    from analysis.qca.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        two, one, three = (causal_chain(educate, "L, E", sol_depth=d) for d in (2, 1, 3))
        minimal = causal_chain(educate, "E", sol_depth=1, all_models=False)
    assert [m.expression for m in two["E"].models] == ["L + G"] and [m.expression for m in two["L"].models] == ["U + D"]
    assert two["E"].note == "models of more than 2 prime implicants are not listed (sol_depth = 2)"
    assert two["L"].note == "" and two.settings["sol_depth"] == 2
    assert one["E"].models == [] and one["E"].failed == []
    assert one["E"].note == "no model: models of more than 1 prime implicant are not listed (sol_depth = 1)"
    assert [m.expression for m in three["E"].models] == ["L + G", "U + D + G"] and three["E"].note == ""
    assert minimal["E"].models == [] and minimal["E"].note == one["E"].note
    text = _said(two)
    assert "every redundancy-free model (R's all.sol) of at most 2 prime implicants (sol_depth)" in text
    assert " note: E: models of more than 2 prime implicants are not listed (sol_depth = 2)" in text
    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    assert main(["chain", path, "--outcomes", "L,E", "--sol-depth", "2", "--skew-bounds", "none"]) == 0
    assert _said(capsys.readouterr().out) == _as_typed(str(causal_chain(educate, "L, E", sol_depth=2,
                                                                         skew_bounds=None))).replace(
        "(sol_depth", "(--sol-depth").replace("--sol-depth = 2", "--sol-depth 2")   # the flags: test above
    # 0, R's default sol.depth written out, is told what R's 0 means, in Python and on the command line
    assert main(["chain", path, "--sol-depth", "0"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: argument --sol-depth: must be a positive whole number, "
                                                   "got '0': leave --sol-depth out for models of any number"), err
    with pytest.raises(QCAInputError, match=r"sol_depth must be a positive whole number, got 0: leave it out for "
                       r"models of any number of prime implicants; R's sol\.depth = 0 is its default, with which "
                       r"causalChain sets 5, its help says: write 5 for that"):
        causal_chain(educate, sol_depth=0)
    for wrong in (True, 1.5, "3"):
        with pytest.raises(QCAInputError, match=r"sol_depth must be a positive whole number"):
            causal_chain(educate, sol_depth=wrong)


def test_a_truth_table_budget_stops_its_outcome_only(tmp_path, capsys):
    """truth_table()'s budget of fuzzy memberships (max_memberships: observed rows x cases, fuzzy conditions only)
    stopped the whole chain with an error where one outcome's conditions held a fuzzy set; and causal_chain had no
    max_memberships to raise. The hand-made chain (A*B -> C -> D) with a fuzzy F = 0.9 where C, else 0.1: C's
    conditions hold F, 8 rows x 8 cases = 64 memberships, more than max_memberships = 1: C is stopped, saying so;
    F's conditions are crisp (no membership counted): its rows with C (the two with A = B = 1) have inclS 0.9, the
    others 0.1, so at incl_cut = 0.8 C and A*B are its models (inclS 0.9; covS 1.8 / 2.4 = 0.75). The command's
    --max-memberships does the same."""
    from analysis.qca.cli import main

    data = _hand_chain().assign(F=lambda d: d["C"] * 0.8 + 0.1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        chain = causal_chain(data, "C, F", incl_cut=0.8, sol_cov=0, max_memberships=1)
    c, f = chain["C"], chain["F"]
    assert c.models == [] and c.truth_table is None and c.note == f"stopped, no model: {c.stopped}"
    assert c.stopped.startswith("8 observed rows x 8 cases: 64 fuzzy memberships") and \
        "exceed max_memberships = 1; use fewer conditions, or raise max_memberships (CLI: --max-memberships)" \
        in c.stopped, c.stopped
    assert [m.expression for m in f.models] == ["C", "A*B"] and f.stopped == ""
    assert all(m.fit["inclS"] == pytest.approx(0.9) and m.fit["covS"] == pytest.approx(0.75) for m in f.models)
    path = tmp_path / "fuzzy_chain.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    assert main(["chain", str(path), "--outcomes", "C,F", "--incl-cut", "0.8", "--sol-cov", "0", "--max-memberships",
                 "1", "--skew-bounds", "none", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)["outcomes"]
    assert out[0]["stopped"] == c.stopped.replace("max_memberships = 1", "--max-memberships 1").replace(
        "max_memberships (CLI: --max-memberships)", "--max-memberships")   # the flag alone, as error lines say it
    assert [m["expression"] for m in out[1]["models"]] == ["C", "A*B"] and out[0]["note"].endswith(out[0]["stopped"])


def test_cnas_maxstep_is_told_its_second_number_is_sol_depth(educate, capsys):
    """cna's maxstep = c(i, j, k) bounds the conjuncts of a disjunct (i), the disjuncts of a formula (j) and its
    factors (k) (cna's help page; R is not installed). It was told 'leave it out: every prime implicant and every
    redundancy-free model is searched', though j is what sol_depth now bounds: the message names sol_depth, in Python
    and on the command line, and R QCA's pi_depth keeps its own answer."""
    from analysis.qca.cli import main

    with pytest.raises(QCAInputError, match=r"takes no argument 'maxstep'; write sol_depth=N, N the second of cna's "
                       r"three numbers \(the disjuncts of a formula: its prime implicants here\); leave out the first "
                       r"and the third"):
        causal_chain(educate, maxstep=[3, 4, 9])
    with pytest.raises(QCAInputError, match=r"takes no argument 'pi_depth'; leave it out: every prime implicant"):
        causal_chain(educate, pi_depth=2)
    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    assert main(["chain", path, "--maxstep", "3,4,9"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "chain takes no --maxstep: write --sol-depth N, N the second of cna's three " \
        "numbers" in err and "within --max-models and --max-work" in err, err


def test_cnas_inus_only_and_n_init_are_told_where_the_csf_are_read(educate, capsys):
    """cna's csf(inus.only = FALSE) keeps the csf with a partial structural redundancy, csf(n.init = n) builds the n
    simplest combinations (cna's help page; R is not installed). Given to causal_chain() (as cna's users give them to
    cna()), each was told only "takes no argument": the refusal now says where they are here, chain.csf's
    partial_left_out (the command line: --csf --json's partial_left_out) and chain.simplest_csf(n), with the value
    given. The command line has cna's n.init as --n-init (with --csf: the test of chain --csf --n-init)."""
    from analysis.qca.cli import main

    for name in ("inus_only", "inus.only"):
        with pytest.raises(QCAInputError, match=rf"^causal_chain\(\) takes no argument '{re.escape(name)}'; leave it "
                           r"out: chain\.csf leaves out the csf with a partial structural redundancy, as cna's default "
                           r"inus\.only = TRUE does; for inus\.only = FALSE read chain\.csf\.partial_left_out with "
                           r"chain\.csf \(--csf --json: partial_left_out\) \(its arguments: data, "):
            causal_chain(educate, **{name: False})
    with pytest.raises(QCAInputError, match=r"^causal_chain\(\) takes no argument 'n_init'; write "
                       r"chain\.simplest_csf\(5\) on the result, chain = causal_chain\(data, \.\.\.\) \(cna's "
                       r"csf\(n\.init = \.\.\.\): the csf of the n simplest combinations of one asf per outcome\) "
                       r"\(its arguments: "):
        causal_chain(educate, n_init=5)
    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    assert main(["chain", path, "--inus-only"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("error: unrecognized arguments: --inus-only; chain takes no "
                                                    "--inus-only: leave it out: chain.csf leaves out"), err
    assert "(--csf --json: partial_left_out)" in err


def test_the_chain_command_takes_the_budget_flags_minimize_takes():
    """cli.py declared chain's budget flags (--max-models, --max-work, --max-implicants, --max-chart-cells) a second
    time, beside the budget block every minimising command shares, so a type or default changed in one could leave
    the other behind. One definition (_budget_flag) gives both: each flag chain offers with a minimize() budget's
    name is minimize's, of the same type and default (minimize()'s, BUDGETS); every command that minimises agrees."""
    from analysis.qca.cli import _commands, build_parser
    from analysis.qca.minimize import BUDGETS

    commands = _commands(build_parser())

    def budgets(command: str) -> dict[str, tuple]:
        return {a.option_strings[0]: (a.dest, a.type, a.default, a.nargs, a.metavar)
                for a in commands[command]._actions if a.dest in BUDGETS and a.dest != "n_jobs"}

    chain, minimize = budgets("chain"), budgets("minimize")
    assert list(chain) == ["--max-models", "--max-work", "--max-implicants", "--max-chart-cells"]
    assert chain == {flag: minimize[flag] for flag in chain}
    assert all(default == BUDGETS[dest] for dest, _, default, _, _ in chain.values())
    minimising = [c for c in commands if "--max-models" in budgets(c)]   # super-subset's --max-work is its own
    assert len(minimising) > 5 and "chain" in minimising
    for command in minimising:   # every command that minimises: the same definition of each budget it offers
        assert all(minimize[flag] == said for flag, said in budgets(command).items()), command


def _redun() -> pd.DataFrame:
    """cna's vignette data dat.redun: the 8 configurations of A, B, C with D = A*B + C and E = ~A + ~C (the structure
    (A*B + C <-> D)*(a + c <-> E)), written here from the formula."""
    rows = [(a, b, c, int(a and b or c), int(not a or not c)) for a, b, c in itertools.product((0, 1), repeat=3)]
    return pd.DataFrame(rows, columns=list("ABCDE"), index=[f"k{i}" for i in range(1, 9)])


def test_a_structurally_redundant_asf_is_removed_and_its_chains_left_out():
    """dat.redun (cna's vignette): the chain finds ~E + ~A*D <-> C, C + A*B <-> D and ~A + ~C <-> E, and listed the
    chains C -> D and D -> C (a cycle) on the first. By hand, the C formula follows from the other two on every
    configuration: where D and E hold as their asfs say, A = 0 gives D = C (A*B is 0) and A = 1 gives E = ~C, so
    C = D (A = 0) = ~E (A = 1); ~E + ~A*D says the same (A = 1: ~E; A = 0: ~E is 0 as E = 1, so D). So it is
    structurally redundant (cna's redundant(), vignette), the csf is (C + A*B <-> D)*(~A + ~C <-> E) and neither chain
    is listed: each is in chains_left_out, with why. Coherence: every case satisfies both asfs: 8 / 8 = 1."""
    data = _redun()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data)
    c_asf, d_asf, e_asf = "~E + ~A*D <-> C", "C + A*B <-> D", "~A + ~C <-> E"
    assert [st.formula(m) for st in ch.steps.values() for m in st.models] == [c_asf, d_asf, e_asf]
    csf = ch.csf
    assert csf.combinations == [(1, (c_asf, d_asf, e_asf), (c_asf,))]
    assert [(c.asfs, c.removed, c.combinations) for c in csf] == [((d_asf, e_asf), (c_asf,), (1,))]
    assert csf[0].formula == f"({d_asf})*({e_asf})" and csf[0].coherence == 1
    assert ch.chains == [] and csf.redundant_everywhere == {c_asf}
    assert [(a, b) for a, b, _ in ch.chains_left_out] == [(c_asf, d_asf), (d_asf, c_asf)]
    assert all(why.startswith(f"{c_asf} is structurally redundant") for *_, why in ch.chains_left_out)
    text = _said(ch)
    assert "no chain free of structural redundancy" in text and f"chain left out: {c_asf}, then {d_asf}: " in text
    assert ch.to_dict()["chains_left_out"][0]["upstream"] == c_asf
    # links: E, A and D -> C come from the redundant C formula alone: left out, said; C -> D and A, B -> D, A -> E
    # and C -> E (the kept asfs) stay
    assert ch.links == [("A", "D"), ("B", "D"), ("C", "D"), ("A", "E"), ("C", "E")]
    assert [(c, o) for c, o, _ in ch.links_left_out] == [("A", "C"), ("D", "C"), ("E", "C")]
    assert f"link left out: E -> C: named only by structurally redundant asfs ({c_asf})" in text
    assert f"({d_asf})*({e_asf})" in str(csf) and "combination 1: structurally redundant " + c_asf in _said(csf)
    assert csf.to_frame()[["formula", "removed"]].values.tolist() == [[f"({d_asf})*({e_asf})", c_asf]]


def test_the_chains_table_says_which_csf_hold_each_asf_and_which_removed_it(tmp_path, capsys):
    """chain.to_frame() and chain --csv said nothing of structural redundancy: a user reading the table could not
    tell that dat.redun's ~E + ~A*D <-> C is in no csf. Two columns in csf's numbering (chain --csf --csv's csf
    column): csf, the csf holding the asf, and removed_from, those whose combinations had it removed. By hand (the
    test above): one csf, (C + A*B <-> D)*(~A + ~C <-> E), from which the C formula was removed. csf refused (past
    max_csf): None, an empty cell in the CSV."""
    from analysis.qca.cli import main

    data = _redun()
    path = tmp_path / "redun.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        frame = causal_chain(data).to_frame()
        assert frame[frame["model"].isna()][["csf", "removed_from"]].isna().all().all()   # A and B: no model
        assert frame.dropna(subset=["model"])[["outcome", "csf", "removed_from"]].values.tolist() == [
            ["C", "", "1"], ["D", "1", ""], ["E", "1", ""]]
        assert main(["chain", str(path), "--csv"]) == 0
        table = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False, dtype=str)
        assert table[["outcome", "csf", "removed_from"]].values.tolist() == [
            ["A", "", ""], ["B", "", ""], ["C", "", "1"], ["D", "1", ""], ["E", "1", ""]]
        # --json (to_dict) the same, as lists of numbers
        assert main(["chain", str(path), "--json"]) == 0
        models = [m for o in json.loads(capsys.readouterr().out)["outcomes"] for m in o["models"]]
        assert [(m["formula"][-1], m["csf"], m["removed_from"]) for m in models] == [("C", [], [1]), ("D", [1], []),
                                                                                      ("E", [1], [])]
        # d.educate's two csf (no asf removed): L's one asf in both, E's each in its own
        educate = causal_chain(pd.read_csv(ROOT / "data/reference/datasets/d.educate.csv", index_col="case"))
        rows = educate.to_frame().dropna(subset=["model"])
        assert rows[["outcome", "csf", "removed_from"]].values.tolist() == [["L", "1, 2", ""], ["E", "1", ""],
                                                                             ["E", "2", ""]]
        refused = causal_chain(pd.read_csv(ROOT / "data/reference/datasets/d.educate.csv", index_col="case"),
                               max_csf=1)
        frame = refused.to_frame()
    assert frame["csf"].isna().all() and frame["removed_from"].isna().all()
    assert all(m["csf"] is None and m["removed_from"] is None
               for o in refused.to_dict()["outcomes"] for m in o["models"])


def test_each_csf_has_cnas_consistency_coverage_exhaustiveness_and_faithfulness(tmp_path, capsys):
    """chain.csf gave each csf its coherence alone and said 'no consistency or coverage of a csf is given': a cna user
    missed cna's con, cov, exhaustiveness and faithfulness of each csf. cna's csf() (its combineAsf, read through the
    search tool; R is not installed) gives a csf the lowest consistency and the lowest coverage of its asfs; its
    exfaith() and help page: exhaustiveness is the number of distinct configurations of the sets the csf names that
    are in the data and satisfy it over the number of all configurations of those sets that satisfy it, faithfulness
    the same count over the number of distinct configurations in the data.
    By hand, the hand-made chain (A, B, X free; C = A*B; D = C + X) without k1 (0,0,0) and k2 (0,0,1) and with a
    case k9 (A, B = 1, X = 0, C = D = 0), at incl_cut 0.5 and the ordering A, B, X < C < D (strict): A*B <-> C
    (A*B holds in k7, k8, k9, C in k7, k8: inclS 2/3, covS 1) and X + C <-> D (inclS and covS 1). csf consistency
    min(2/3, 1) = 0.667, coverage 1. Its sets are A, B, X, C, D: 7 distinct configurations in the data, 6 of them
    satisfy the csf (k9 has A*B without C), and the csf is satisfied by 8 configurations (C and D follow from A, B,
    X): exhaustiveness 6/8 = 0.750, faithfulness 6/7 = 0.857 (coherence 6/7: k9 satisfies the D formula alone)."""
    from analysis.qca.cli import main

    data = _hand_chain().drop(index=["k1", "k2"])
    data.loc["k9"] = [1, 1, 0, 0, 0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data, ordering="A, B, X < C < D", strict=True, incl_cut=0.5)
    c, = ch.csf
    assert c.asfs == ("A*B <-> C", "X + C <-> D")
    assert (c.consistency, c.coverage) == (pytest.approx(2 / 3), 1)
    assert (c.exhaustiveness, c.faithfulness, c.coherence) == (0.75, pytest.approx(6 / 7), pytest.approx(6 / 7))
    row = ch.csf.to_frame().iloc[0]
    assert list(row[["consistency", "coverage", "exhaustiveness", "faithfulness"]].round(3)) == [0.667, 1, 0.75, 0.857]
    assert c.to_dict()["exhaustiveness"] == 0.75 and "consistency 0.667, coverage 1.000, exhaustiveness 0.750, " \
        "faithfulness 0.857" in _said(c)
    table = str(ch.csf)
    # in two blocks of 80 columns, each led by the csf's number
    assert "formula                    consistency  coverage  complexity\n" in table
    assert "(A*B <-> C)*(X + C <-> D)        0.667     1.000           4\n" in table
    assert "\ncsf  coherence  exhaustiveness  faithfulness\n  1      0.857           0.750         0.857\n" in table
    assert "no consistency or coverage" not in table
    path = tmp_path / "noisy.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    args = ["chain", str(path), "--ordering", "A, B, X < C < D", "--strict", "--incl-cut", "0.5", "--csf"]
    assert main([*args, "--csv"]) == 0
    got = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert got[["consistency", "coverage", "exhaustiveness", "faithfulness"]].round(3).values.tolist() == [
        [0.667, 1, 0.75, 0.857]]
    assert main([*args, "--json"]) == 0
    entry, = json.loads(capsys.readouterr().out)["csf"]
    assert (entry["exhaustiveness"], round(entry["faithfulness"], 3), round(entry["consistency"], 3)) == (
        0.75, 0.857, 0.667)


def test_each_asf_has_cnas_exhaustiveness_and_faithfulness(tmp_path, capsys):
    """Only the csf had exhaustiveness and faithfulness: a cna user missed them on each asf, where cna's asf() gives
    them with its details (its exfaith(), read through the search tool; R not installed): of the distinct
    configurations of the sets the asf names, those in the data that satisfy it over all configurations of those
    sets that satisfy it (exhaustiveness) and over those in the data (faithfulness).
    By hand, on the noisy hand-made chain of the csf test (k1, k2 left out, k9: A, B = 1, X = 0, C = D = 0):
    A*B <-> C names A, B, C; the data has 4 distinct configurations of them, (0,1,0) k3 k4, (1,0,0) k5 k6, (1,1,1)
    k7 k8 and (1,1,0) k9, the first three satisfying it; 4 configurations satisfy it (C = A*B for each A, B):
    exhaustiveness 3/4, faithfulness 3/4. X + C <-> D names X, C, D: 4 distinct configurations in the data, (0,0,0),
    (1,0,1), (0,1,1), (1,1,1), all satisfying it, of the 4 that do (D = X + C): 1 and 1 (fuzzy sets: the test of
    fuzzy csf)."""
    from analysis.qca.cli import main

    data = _hand_chain().drop(index=["k1", "k2"])
    data.loc["k9"] = [1, 1, 0, 0, 0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data, ordering="A, B, X < C < D", strict=True, incl_cut=0.5)
    rows = ch.to_frame().dropna(subset=["model"])
    assert rows[["expression", "exhaustiveness", "faithfulness"]].values.tolist() == [["A*B", 0.75, 0.75],
                                                                                      ["X + C", 1, 1]]
    assert ch["C"].to_frame()[["exhaustiveness", "faithfulness"]].values.tolist() == [[0.75, 0.75]]
    # in two blocks of 80 columns, each led by the outcome and the model
    assert "  exhaustiveness" in str(ch) and "  faithfulness" in str(ch)
    assert ("formula    inclS    PRI   covS  complexity  exhaustiveness\n" in str(ch["C"])
            and "A*B <-> C  0.667  0.667  1.000           2           0.750\n" in str(ch["C"])
            and "\noutcome  model  faithfulness\nC        M1            0.750" in str(ch["C"]))
    model, = ch.to_dict()["outcomes"][3]["models"]
    assert (model["formula"], model["exhaustiveness"], model["faithfulness"]) == ("A*B <-> C", 0.75, 0.75)
    path = tmp_path / "noisy.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    args = ["chain", str(path), "--ordering", "A, B, X < C < D", "--strict", "--incl-cut", "0.5"]
    assert main([*args, "--csv"]) == 0
    got = pd.read_csv(io.StringIO(capsys.readouterr().out)).dropna(subset=["model"])
    assert got[["exhaustiveness", "faithfulness"]].values.tolist() == [[0.75, 0.75], [1, 1]]
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcomes"][4]["models"][0]["exhaustiveness"] == 1


def test_each_asf_has_cna_4s_further_measures_and_its_complexity(tmp_path, capsys):
    """cna 4 offers, beside standard consistency and coverage, contrapositive consistency and coverage (ccon, ccov),
    prevalence-adjusted consistency (PAcon), antecedent-adjusted coverage (AAcov), antecedent-adjusted contrapositive
    consistency (AACcon) and prevalence-adjusted contrapositive coverage (PACcov) (its showMeasures help page and its
    package's definitions, read through the search tool; R not installed), and prints each asf's and csf's
    complexity (the literals left of '<->'); causal_chain gave none of them.
    By hand, on the noisy hand-made chain (k3..k9, 7 cases): A*B <-> C, x = A*B in k7 k8 k9 (3), y = C in k7 k8 (2);
    both 2, neither 4 (k3..k6), x without y 1 (k9), y without x 0. ccon = 4 / (7 - 2) = 0.8, ccov = 4 / (7 - 3) = 1,
    PAcon = 2 / (2 + 2/5 * 1) = 5/6, AAcov = 2 / (2 + 3/4 * 0) = 1, AACcon = 4 / (4 + 4/3 * 1) = 0.75, PACcov =
    4 / (4 + 5/2 * 0) = 1; complexity 2. X + C <-> D holds in every case: each measure 1; the csf's complexity 4."""
    from analysis.qca.cli import main

    data = _hand_chain().drop(index=["k1", "k2"])
    data.loc["k9"] = [1, 1, 0, 0, 0]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data, ordering="A, B, X < C < D", strict=True, incl_cut=0.5)
    names = ["complexity", "ccon", "ccov", "PAcon", "AAcov", "AACcon", "PACcov"]
    rows = ch.to_frame().dropna(subset=["model"])
    assert rows[names].values.tolist() == [pytest.approx([2, 0.8, 1, 5 / 6, 1, 0.75, 1]), [2, 1, 1, 1, 1, 1, 1]]
    model = ch.to_dict()["outcomes"][3]["models"][0]
    assert [model[k] for k in names] == pytest.approx([2, 0.8, 1, 5 / 6, 1, 0.75, 1])
    assert ch.csf[0].complexity == 4 and ch.csf.to_dict()["csf"][0]["complexity"] == 4
    path = tmp_path / "noisy.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    assert main(["chain", str(path), "--ordering", "A, B, X < C < D", "--strict", "--incl-cut", "0.5", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcomes"][3]["models"][0]["PAcon"] == pytest.approx(5 / 6)


def test_a_csfs_row_has_cnas_outcome_column_and_complexity(educate, tmp_path, capsys):
    """cna's csf() table gives each csf its outcomes ('L,E', one per asf, its outcome column) and its complexity (the
    literals left of each '<->'); chain.csf gave neither. d.educate: (U + D <-> L)*(L + G <-> E), 2 + 2 literals, and
    (U + D <-> L)*(U + D + G <-> E), 2 + 3: outcome 'L,E' each, complexity 4 and 5, in print, to_frame, to_dict and
    the command line's --csf --csv."""
    from analysis.qca.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        csf = causal_chain(educate).csf
    assert [(c.outcome, c.complexity) for c in csf] == [("L,E", 4), ("L,E", 5)]
    assert csf.to_frame()[["outcome", "complexity"]].values.tolist() == [["L,E", 4], ["L,E", 5]]
    assert [(e["outcome"], e["complexity"]) for e in csf.to_dict()["csf"]] == [("L,E", 4), ("L,E", 5)]
    assert "csf  outcome  formula" in str(csf) and "  1  L,E      (U + D <-> L)*(L + G <-> E)" in str(csf)
    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert main(["chain", path, "--csf", "--csv"]) == 0
    table = pd.read_csv(io.StringIO(capsys.readouterr().out))
    assert table[["outcome", "complexity"]].values.tolist() == [["L,E", 4], ["L,E", 5]]


def test_cna_4s_further_measures_on_fuzzy_memberships_by_hand():
    """On fuzzy memberships the adjusted measures take off what a case gives both a side and its negation, b = sum
    min(x, y, 1 - x, 1 - y). By hand, x = (0.9, 0.3, 0.6), y = (0.7, 0.4, 0.2), n = 3: sum x 1.8, sum y 1.3, s = sum
    min(x, y) 1.2, c = sum min(1 - x, 1 - y) 1.1, sum min(x, 1 - y) 1.2, sum min(1 - x, y) 0.7, b 0.6.
    ccon = 1.1 / 1.7 = 11/17, ccov = 1.1 / 1.2 = 11/12, PAcon = 1.2 / (1.2 + 1.3/1.7 * 0.6) = 34/47, AAcov =
    1.2 / (1.2 + 1.8/1.2 * 0.1) = 8/9, AACcon = 1.1 / (1.1 + 1.2/1.8 * 0.6) = 11/15, PACcov = 1.1 / (1.1 + 1.7/1.3 *
    0.1) = 0.89375. A model that never holds, y = (1, 0, 0): ccon 2 / 2 = 1, ccov 2 / 3, PACcov 2 / (2 + 2/1 * 1) =
    0.5; PAcon and AAcov 0 / 0, AACcon 2 / (2 + 3/0 * 0): nan, as R's floating point gives them."""
    from analysis.qca.chain import _cna_measures

    got = _cna_measures(np.array([0.9, 0.3, 0.6]), np.array([0.7, 0.4, 0.2]))
    assert got == pytest.approx({"ccon": 11 / 17, "ccov": 11 / 12, "PAcon": 34 / 47, "AAcov": 8 / 9,
                                 "AACcon": 11 / 15, "PACcov": 0.89375})
    never = _cna_measures(np.zeros(3), np.array([1.0, 0.0, 0.0]))
    assert (never["ccon"], never["ccov"], never["PACcov"]) == (1, pytest.approx(2 / 3), 0.5)
    assert all(math.isnan(never[k]) for k in ("PAcon", "AAcov", "AACcon"))


def test_a_csf_whose_asfs_are_all_in_another_is_left_out_as_cnas_csf_leaves_a_submodel(tmp_path, capsys):
    """cna's csf() (its help page, step 5 of its csf building; R not installed) removes a solution that is a submodel
    of another: a csf whose asfs are all asfs of another csf. Here both were listed. On the brute-force data of seed
    17, combination 4 (Y*~Z <-> X3, X3 + Z <-> Y, ~X3*Y <-> Z) reduces, among others, to (X3 + Z <-> Y)*(~X3*Y <->
    Z), whose two asfs are both in (~X1*Y + X1*~Z <-> X3)*(X3 + Z <-> Y)*(~X3*Y <-> Z) (read from the formulas'
    text): it is left out, the other six listed. With acyclic_only=True the cyclic csf go first, as in cna: the
    submodel (Z -> Y -> Z) is among them, and no submodel is left out."""
    from analysis.qca.cli import main

    data = _random_chain_data(17)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch, acyclic = causal_chain(data), causal_chain(data, acyclic_only=True)
    left, = ch.csf.submodels_left_out
    assert left.formula == "(X3 + Z <-> Y)*(~X3*Y <-> Z)" and 4 in left.combinations
    assert len(ch.csf) == 6 and ch.csf.submodel_of(left) == [6]
    assert ch.csf[5].formula == "(~X1*Y + X1*~Z <-> X3)*(X3 + Z <-> Y)*(~X3*Y <-> Z)"
    assert ("left out as a submodel of csf 6 (cna's csf(): its asfs are all in that csf): (X3 + Z <-> Y)*(~X3*Y <-> "
            "Z), from combination 4") in _said(ch.csf)
    entry, = ch.csf.to_dict()["submodels_left_out"]
    assert (entry["formula"], entry["submodel_of"]) == (left.formula, [6])
    assert ("X3 + Z <-> Y", "~X3*Y <-> Z") in ch.chains   # csf 6 holds both: the chain stays
    assert acyclic.csf.submodels_left_out == [] and left.formula in [c.formula for c in acyclic.csf.cyclic_left_out]
    path = tmp_path / "seed17.csv"
    data.to_csv(path, index=False, encoding="utf-8")
    assert main(["chain", str(path), "--csf", "--json"]) == 0
    assert [e["formula"] for e in json.loads(capsys.readouterr().out)["submodels_left_out"]] == [left.formula]


def test_the_csf_are_in_cnas_order_by_complexity_then_consistency_times_coverage(tmp_path, capsys):
    """The csf were listed in the order their combinations were found; cna's csf() orders them by complexity (the
    number of literals left of each asf's '<->', summed), then by consistency x coverage, highest first (its help page
    and source; R not installed). By hand, on the brute-force data of seed 8 (every csf's consistency and coverage 1):
    (X3 + Z <-> Y)*(~X3*Y <-> Z) and (Y*~Z <-> X3)*(X3 + Z <-> Y) have 4 literals, (Y*~Z <-> X3)*(~X1 + X2 <-> Y)*
    (~X3*Y <-> Z) 6, the two with one 4-literal asf 8, the two with two 10; ties keep the order found. Found first was
    the 6-literal csf."""
    from analysis.qca.cli import main

    data = _random_chain_data(8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        csf = causal_chain(data).csf
    assert [c.formula for c in csf][:3] == ["(X3 + Z <-> Y)*(~X3*Y <-> Z)", "(Y*~Z <-> X3)*(X3 + Z <-> Y)",
                                            "(Y*~Z <-> X3)*(~X1 + X2 <-> Y)*(~X3*Y <-> Z)"]
    literals = [sum(len(re.split(r"[+*]", a.split("<->")[0])) for a in c.asfs) for c in csf]
    assert literals == [4, 4, 6, 8, 8, 10, 10]
    assert csf.to_frame()["formula"].tolist()[0] == "(X3 + Z <-> Y)*(~X3*Y <-> Z)"
    path = tmp_path / "seed8.csv"
    data.to_csv(path, index=False, encoding="utf-8")
    assert main(["chain", str(path), "--csf", "--json"]) == 0
    assert [e["formula"] for e in json.loads(capsys.readouterr().out)["csf"]] == [c.formula for c in csf]


def test_acyclic_only_leaves_the_cyclic_csf_out_as_cnas_acyclic_only(tmp_path, capsys):
    """cna's csf(acyclic.only = TRUE) drops the csf in which a set is a cause of itself (its cyclic(), cycle.type
    'factor', as its help page describes it: a sequence of factors each in the antecedent of an asf of the next, back
    to the first; R not installed); the chain had no such argument, and a csf did not say it was cyclic. By hand, on
    the brute-force data of seed 4 (Y: ~X1 + X2 or ~X1 + Z; Z: four asfs, two naming Y): (~X1 + Z <-> Y)*(~X3*Y <->
    Z) has Z in Y's asf and Y in Z's, the cycle Z -> Y -> Z, as has (~X1 + Z <-> Y)*(~X1*~X3 + X1*Y <-> Z); the other
    six name no set of an asf that names their outcome. acyclic_only=True (--acyclic-only) leaves those two out (in
    cyclic_left_out, said in print and --json), and the chains only they hold go to chains_left_out with why."""
    from analysis.qca.cli import main

    data = _random_chain_data(4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        every, acyclic = causal_chain(data), causal_chain(data, acyclic_only=True)
    cyclic = ["(~X1 + Z <-> Y)*(~X3*Y <-> Z)", "(~X1 + Z <-> Y)*(~X1*~X3 + X1*Y <-> Z)"]
    assert len(every.csf) == 8 and [c.formula for c in every.csf if c.cyclic] == cyclic
    assert {c.cycle for c in every.csf if c.cyclic} == {("Z", "Y", "Z")}
    assert every.csf.to_frame()["cyclic"].sum() == 2 and not every.csf.cyclic_left_out
    assert [c.formula for c in acyclic.csf] == [c.formula for c in every.csf if not c.cyclic]
    assert [c.formula for c in acyclic.csf.cyclic_left_out] == cyclic
    held_by_cyclic = {("~X1 + Z <-> Y", "~X3*Y <-> Z"), ("~X3*Y <-> Z", "~X1 + Z <-> Y"),
                      ("~X1 + Z <-> Y", "~X1*~X3 + X1*Y <-> Z"), ("~X1*~X3 + X1*Y <-> Z", "~X1 + Z <-> Y")}
    assert held_by_cyclic < set(every.chains) and set(acyclic.chains) == set(every.chains) - held_by_cyclic
    assert {(a, b) for a, b, _ in acyclic.chains_left_out} == held_by_cyclic
    assert {why for *_, why in acyclic.chains_left_out} == {"only cyclic csf hold both, left out (cna's acyclic.only)"}
    assert f"left out as cyclic (cna's acyclic.only): {cyclic[0]} (Z -> Y -> Z)" in _said(acyclic.csf)
    assert acyclic.settings["acyclic_only"] and "cyclic csf left out (acyclic_only" in str(acyclic)
    with pytest.raises(QCAInputError, match=r"^acyclic_only must be True or False, got 'TRUE'; write "
                                            r"acyclic_only=True \(R's TRUE is Python's True, not a text\)$"):
        causal_chain(data, acyclic_only="TRUE")
    path = tmp_path / "seed4.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    assert main(["chain", str(path), "--acyclic-only", "--csf", "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [c["formula"] for c in got["cyclic_left_out"]] == cyclic and len(got["csf"]) == 6
    assert main(["chain", str(path), "--acyclic-only"]) == 0
    assert "cyclic csf left out (--acyclic-only, cna's acyclic.only)" in capsys.readouterr().out


def test_cycle_type_value_finds_cycles_of_values_as_cnas_cycle_type(tmp_path, capsys):
    """cna's cyclic() has cycle.type 'value' (its help page: (A + B <-> C)*(c + D <-> A) is a cycle of factors but
    not of values, as C = 0, not C = 1, leads to A); the chain looked for cycles of sets only. By hand, on the
    brute-force data of seed 8: (Y*~Z <-> X3)*(~X3*Y <-> Z) is a cycle of sets (Z -> X3 -> Z) but Z = 0 leads to
    X3 = 1 and X3 = 0 to Z = 1: no cycle of values; (X3 + Z <-> Y)*(~X3*Y <-> Z) is one of both (Z = 1 -> Y = 1 ->
    Z = 1), as is (Y*~Z <-> X3)*(X3 + Z <-> Y) (Y = 1 -> X3 = 1 -> Y = 1). cycle_type='value' (--cycle-type value)
    finds those two only; any other cycle_type is refused in one line."""
    from analysis.qca.cli import main

    data = _random_chain_data(8)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        sets, values = causal_chain(data), causal_chain(data, cycle_type="value", acyclic_only=True)
    cycles = {c.formula: c.cycle for c in [*sets.csf, *sets.csf.submodels_left_out]}   # the first a submodel
    assert cycles["(Y*~Z <-> X3)*(~X3*Y <-> Z)"] == ("Z", "X3", "Z") and len([c for c in cycles.values() if c]) == 8
    left = {c.formula: c.cycle for c in values.csf.cyclic_left_out}
    assert left == {"(X3 + Z <-> Y)*(~X3*Y <-> Z)": ("Z=1", "Y=1", "Z=1"),
                    "(Y*~Z <-> X3)*(X3 + Z <-> Y)": ("Y=1", "X3=1", "Y=1")}
    assert len(values.csf) == 5 and values.settings["cycle_type"] == "value"   # 3 submodels left out
    assert "cyclic csf left out (acyclic_only, cna's acyclic.only; cycle_type = 'value': cycles of values)" in \
        _said(values)
    with pytest.raises(QCAInputError, match=r"^cycle_type must be 'factor' \(a set a cause of itself\) or 'value' "
                                            r"\(a value of a set a cause of itself\), cna's cycle.type, got 'values'$"):
        causal_chain(data, cycle_type="values")
    path = tmp_path / "seed8.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    assert main(["chain", str(path), "--cycle-type", "value", "--acyclic-only", "--csf", "--json"]) == 0
    assert {c["formula"] for c in json.loads(capsys.readouterr().out)["cyclic_left_out"]} == set(left)
    assert main(["chain", str(path), "--cycle-type", "value", "--acyclic-only"]) == 0
    assert "(--acyclic-only, cna's acyclic.only; --cycle-type value: cycles of values)" in _said(capsys.readouterr().out)


def test_the_chain_command_prints_the_csf(tmp_path, capsys):
    """chain --csf prints ComplexFormulas as the library does, --json its to_dict, --csv its to_frame."""
    from analysis.qca.cli import main

    data = _redun()
    path = tmp_path / "redun.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        csf = causal_chain(data).csf
        assert main(["chain", str(path), "--csf", "--json"]) == 0
        assert json.loads(capsys.readouterr().out) == json.loads(json.dumps(csf.to_dict()))
        assert main(["chain", str(path), "--csf", "--csv"]) == 0
        got = pd.read_csv(io.StringIO(capsys.readouterr().out), keep_default_na=False)
        assert got["formula"].tolist() == csf.to_frame()["formula"].tolist()
        assert main(["chain", str(path), "--csf"]) == 0
        assert capsys.readouterr().out.strip() == str(csf).strip()


def test_asfs_sharing_no_set_are_checked_apart_past_csf_max_sets(monkeypatch):
    """A combination past 2^CSF_MAX_SETS configurations was kept unchecked as a whole even where its asfs fall into
    groups sharing no set, each small enough. dat.redun twice on disjoint sets (A..E and F..J, every configuration
    of A, B, C x F, G, H): by hand (test above) each copy's C / H formula is structurally redundant given its other
    two asfs, which name none of the other copy's sets. At a CSF_MAX_SETS of 5 (10 sets, 1,024 configurations, past
    it; each copy 5 sets, 32) the groups are checked apart and give what the full check gives (unpatched); at 4
    (each copy past it too) the combination stays unchecked."""
    from analysis.qca import chain as chain_module

    rows = [(a, b, c, int(a and b or c), int(not a or not c), f, g, h, int(f and g or h), int(not f or not h))
            for a, b, c, f, g, h in itertools.product((0, 1), repeat=6)]
    data = pd.DataFrame(rows, columns=list("ABCDEFGHIJ"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        full = causal_chain(data, "C, D, E, H, I, J").csf
        monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 5)
        apart = causal_chain(data, "C, D, E, H, I, J").csf
        monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 4)
        whole = causal_chain(data, "C, D, E, H, I, J").csf
    redundant = ("~E + ~A*D <-> C", "~J + ~F*I <-> H")
    assert full.combinations[0][2] == redundant and full.unchecked == []
    assert apart.combinations == full.combinations and apart.unchecked == []
    assert [(c.asfs, c.removed, c.checked) for c in apart] == [(c.asfs, c.removed, True) for c in full]
    assert apart[0].formula == "(C + A*B <-> D)*(~A + ~C <-> E)*(H + F*G <-> I)*(~F + ~H <-> J)"
    assert whole.unchecked == [1] and whole.combinations[0][2] == () and not whole[0].checked


def test_a_combination_with_an_unsatisfiable_group_is_kept_whole_not_checked_apart(monkeypatch):
    """Checking groups of asfs sharing no set apart (past 2^CSF_MAX_SETS) is exact only where each group's
    conjunction is satisfiable: where one is not, the whole is satisfied by no configuration, and then every asf of
    the other groups is (vacuously) redundant in it, which the groups apart would not find. The construction then
    keeps the combination whole, its redundancy not checked; this fallback was untested. By hand: X, P free, Y = X,
    Q = P (4 cases) give X <-> Y, Y <-> X, Q <-> P and P <-> Q; X's asf is swapped for ~Y <-> X (the one of the same
    sets with Y = ~X), so the group X, Y says Y = X and X = ~Y, which no configuration satisfies. At a CSF_MAX_SETS of
    3 (4 sets, 16 configurations, past it; each group 2 sets, 4) the combination is kept whole, unchecked, and said
    so; its faithfulness is 0 (no case satisfies it) and its exhaustiveness nan (no configuration does). Unpatched
    (one exact check over the 16) the P, Q group's asfs are each redundant in the unsatisfiable whole."""
    from analysis.qca import chain as chain_module

    same = pd.DataFrame([(x, x, p, p) for x, p in itertools.product((0, 1), repeat=2)], columns=list("XYPQ"))
    flipped = same.assign(Y=1 - same["Y"])

    def swapped():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", QCAWarning)
            ch, other = causal_chain(same), causal_chain(flipped)
        assert other["X"].conditions == ch["X"].conditions
        ch["X"].models = other["X"].models
        return ch

    exact = swapped().csf
    monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 3)
    ch = swapped()
    csf = ch.csf
    asfs = ("~Y <-> X", "X <-> Y", "Q <-> P", "P <-> Q")
    assert csf.combinations == [(1, asfs, ())] and csf.unchecked == [1]
    c, = csf
    assert (c.asfs, c.removed, c.checked) == (asfs, (), False)
    assert c.faithfulness == 0 and math.isnan(c.exhaustiveness)
    # JSON has no NaN: chain --csf --json stopped with a ValueError on it; to_dict gives None
    assert c.to_dict()["exhaustiveness"] is None and json.dumps(csf.to_dict(), allow_nan=False)
    assert "combination 1: structural redundancy not checked: its asfs name 4 sets, 16 configurations" in _said(csf)
    assert exact.unchecked == [] and set(exact.combinations[0][2]) == {"Q <-> P", "P <-> Q"}


def test_csf_and_csv_one_letter_apart_each_say_what_they_wrote(tmp_path, capsys, monkeypatch):
    """chain --csf and chain --csv differ by one letter and wrote different things with no word: --csv typed for
    --csf gave the chain's models as CSV, and --csf typed for --csv (chain --csf > out.csv) a text table in a file
    named .csv. Each now says on stderr what it wrote and how to get the other (--csf: only where the output is not
    a terminal, where the table is not seen; never with --csv or --json), each with its Chinese line."""
    import sys

    from analysis.qca.cli import main
    from analysis.workshop import engine_warning_zh

    path = tmp_path / "redun.csv"
    _redun().to_csv(path, index_label="case", encoding="utf-8")

    def said(*flags) -> list[str]:
        assert main(["chain", str(path), "--skew-bounds", "none", *flags]) == 0
        return [line.removeprefix("warning: ") for line in capsys.readouterr().err.splitlines()]

    csv_line = ("chain --csv: the chain's models, one row per asf (csf, removed_from: the complex solution formulas "
                "holding it and those it was removed from, as --csf numbers them); the formulas themselves: --csf --csv")
    csf_line = ("chain --csf: the complex solution formulas as a text table, not CSV (the output is not a terminal): "
                "for CSV add --csv (--csv alone writes the chain's models)")
    assert said("--csv") == [csv_line] and said("--csf") == [csf_line]
    assert said("--csf", "--csv") == said("--csf", "--json") == said() == said("--json") == []
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)   # a terminal shows the csf's heading: no word
    assert said("--csf") == []
    assert engine_warning_zh(csv_line) == ("chain --csv：输出因果链的模型，每个 asf 一行（csf、removed_from：含有它的复合解公式，以及"
                                           "把它去掉的复合解公式，按 --csf 的编号）；复合解公式本身：请用 --csf --csv")
    assert engine_warning_zh(csf_line) == ("chain --csf：复合解公式输出为文本表格，不是 CSV（输出不是终端）：要输出 CSV，请加上 "
                                           "--csv（只用 --csv 输出的是因果链的模型）")


def _asf_holds(asf: str, row: dict) -> bool:
    """An asf 'X + ~Y*Z <-> W' (or '<-> ~W'; multi-value: 'X[2]*Y[0] <-> W{1}', a condition's value in brackets and
    the outcome's in braces) evaluated on one configuration, by parsing its text (not the engine's implicants)."""
    left, out = (part.strip() for part in asf.split("<->"))

    def lit(t: str) -> bool:
        neg, name, value, values = re.fullmatch(r"(~?)(\w+)(?:\[(\d+)\]|\{([\d,]+)\})?", t).groups()
        held = (row[name] == int(value) if value else row[name] in {int(v) for v in values.split(",")} if values
                else bool(row[name]))
        return not held if neg else held

    return any(all(lit(x) for x in term.split("*")) for term in left.split(" + ")) == lit(out)


def _groups(asfs) -> list[list[str]]:
    """asfs joined where they share a set (read from their text), as cna's coherence takes csf apart."""
    groups: list[tuple[set, list[str]]] = []
    for a in asfs:
        names = set(re.findall(r"[A-Za-z_]\w*", a))   # set names, not a value's digits
        joined = [g for g in groups if g[0] & names]
        groups = [g for g in groups if g not in joined] + [
            (names.union(*[g[0] for g in joined]), [x for g in joined for x in g[1]] + [a])]
    return [members for _, members in groups]


@pytest.mark.parametrize("seed", (1, 5, 6))   # redundant asfs; a combination reduced two ways (5)
def test_structural_redundancy_and_coherence_agree_with_a_brute_force_check(seed):
    """Random crisp chains (X1..X3 free, Y and Z Boolean functions of them and of each other, some configurations
    unobserved; then one case with Z flipped, at incl_cut 0.5 and sol_cov 0.6, so asfs fail some cases): each
    combination's redundant asfs, each csf's equivalence to its combinations and irreducibility, checked over all 2^k
    configurations by evaluating the formulas' text, and coherence counted over the cases (the lowest over the groups
    of asfs sharing a set)."""
    data = _random_chain_data(seed)
    noisy = pd.concat([data, data.iloc[[0]].assign(Z=1 - data["Z"].iloc[0])], ignore_index=True)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        chains = [(data, causal_chain(data)), (noisy, causal_chain(noisy, incl_cut=0.5, sol_cons=0.5, sol_cov=0.6))]
    for cases, ch in chains:
        csf = ch.csf
        names = list(csf.sets)
        space = [dict(zip(names, v)) for v in itertools.product((0, 1), repeat=len(names))]
        _assert_csf_by_brute_force(ch, space, cases)


def _random_chain_data(seed: int) -> pd.DataFrame:
    """The crisp data of the brute-force tests: X1..X3 free, Y and Z Boolean functions of them and of each
    other, some configurations unobserved."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    for x in itertools.product((0, 1), repeat=3):
        y = int((x[0] and x[1]) or (x[2] if seed % 2 else not x[0]))
        z = int(y and not x[2] or (x[1] and x[0] and seed % 3 == 0))
        rows.append((*x, y, z))
    keep = sorted(rng.choice(8, size=int(rng.integers(5, 9)), replace=False))
    return pd.DataFrame([rows[i] for i in keep], columns=["X1", "X2", "X3", "Y", "Z"])


def test_a_combination_past_csf_max_sets_is_kept_unchecked_and_the_others_checked(monkeypatch):
    """CSF_MAX_SETS counted the sets of all the chain's asfs together: past it the whole csf was refused, though a cna
    user expects the combinations whose own asfs name few enough sets still checked (cna's redundant() takes each
    csf's own factors, its help page says; R not installed). Seed 1 of the brute-force data: 12 combinations naming
    3 to 5 sets, with redundant asfs in the ones of 3 and 4. At a CSF_MAX_SETS of 4, each combination of at most 4
    sets (counted here from the asfs' text) gets the redundancy and the csf of the full check (5 sets, one space),
    and each of 5 is kept whole as its own csf, checked False, its redundancy not checked and said so in the print,
    to_frame, to_dict and the chain's lines of the chains only such csf hold."""
    from analysis.qca import chain as chain_module

    data = _random_chain_data(1)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        full = causal_chain(data).csf
        monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 4)
        ch = causal_chain(data)
        csf = ch.csf
    sets_named = {n: len(set(re.findall(r"\w+", " ".join(asfs)))) for n, asfs, _ in full.combinations}
    past = [n for n, k in sets_named.items() if k > 4]
    assert past and len(past) < len(sets_named) and csf.unchecked == past
    assert any(r for n, _, r in full.combinations if n not in past)   # a redundancy found within the limit
    for (n, asfs, red), (m, got_asfs, got_red) in zip(full.combinations, csf.combinations, strict=True):
        assert (m, got_asfs) == (n, asfs) and got_red == (() if n in past else red)
        kept = {(c.asfs, c.checked) for c in csf if n in c.combinations}
        assert kept == ({(asfs, False)} if n in past else {(c.asfs, True) for c in full if n in c.combinations})
    assert [c.removed for c in csf if not c.checked] == [()] * len(past)
    text = _said(csf)
    assert ("configurations of the sets each combination's asfs name, where they have at most 2^CSF_MAX_SETS = 16"
            in text)
    for n in past:
        assert (f"combination {n}: structural redundancy not checked: its asfs name 5 sets, 32 configurations, more "
                "than 2^CSF_MAX_SETS = 16; kept whole as its csf, not known to be free of structural redundancy") in text
    assert csf.to_frame()["checked"].tolist() == [c.checked for c in csf]
    assert [c["checked"] for c in csf.to_dict()["combinations"]] == [n not in past for n in sets_named]
    held = {frozenset(p) for c in csf if c.checked for p in itertools.combinations(c.asfs, 2)}
    flagged = [(a, b) for a, b in ch.chains if frozenset((a, b)) not in held]
    assert flagged and len(flagged) < len(ch.chains)
    lines = [" ".join(line.split()) for line in str(ch).replace("\n  ", " ").splitlines()]   # a chain a line
    for a, b in ch.chains:
        suffix = " (structural redundancy not checked: only csf of more than 2^CSF_MAX_SETS = 16 configurations hold it)"
        assert f"chain: {a}, then {b}" + (suffix if (a, b) in flagged else "") in lines


def test_fuzzy_csf_are_built_as_cna_builds_them(tmp_path, capsys):
    """chain.csf refused fuzzy sets ('for fuzzy sets no source defines it exactly'), though cna builds csf on fuzzy
    data (R not installed; its help pages and source, read through the search tool): its full.ct takes 0 and 1 as a
    fuzzy factor's values, so structural redundancy is checked over the crisp configurations; a csf's consistency
    and coverage are the lowest of its asfs' (fuzzy inclS, covS); coherence() sums over the cases the smallest
    agreement 1 - |model - outcome| of the asfs over the largest; exfaith() rounds the memberships to 0 or 1 first.
    By hand, the hand-made chain with k1's X = 0.3 and D = 0.6 (A, B, C crisp; ordering A, B, X < C < D, strict,
    sol_cov 0.9): A*B <-> C holds in every case; X + C <-> D has model max(X, C) = 0.3 in k1 against D = 0.6, 1
    elsewhere where D is: inclS 5.3/5.3 = 1, covS 5.3/5.6 = 0.946. csf (A*B <-> C)*(X + C <-> D): consistency 1,
    coverage 0.946; coherence: k1's agreements 1 and 1 - 0.3 = 0.7, the other cases' 1 and 1, so 7.7/8 = 0.963;
    rounded, k1 is (A, B, X, C, D) = (0, 0, 0, 0, 1), which fails it, and the 8 cases are 8 distinct
    configurations, 7 satisfying it, of the 8 that do (A, B, X free): exhaustiveness 7/8, faithfulness 7/8. The asf
    X + C <-> D alone: 5 distinct (X, C, D), k1's (0, 0, 1) failing it, of the 4 that satisfy it: 4/4 = 1, 4/5 =
    0.8. The check runs over the 2^5 = 32 crisp configurations."""
    from analysis.qca.cli import main

    fuzzy = _hand_chain().astype(float)
    fuzzy.loc["k1", ["X", "D"]] = [0.3, 0.6]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(fuzzy, ordering="A, B, X < C < D", strict=True, sol_cov=0.9)
    c = ch.csf[0]
    assert c.formula == "(A*B <-> C)*(X + C <-> D)"
    assert (c.consistency, c.coverage, c.coherence) == (1, pytest.approx(5.3 / 5.6), pytest.approx(7.7 / 8))
    assert (c.exhaustiveness, c.faithfulness) == (7 / 8, 7 / 8)
    row = ch.to_frame().query("expression == 'X + C'").iloc[0]
    assert (row["exhaustiveness"], row["faithfulness"]) == (1, 0.8)
    assert "an exact check over all 32 configurations of A, B, X, C, D" in _said(ch.csf)
    assert "not checked" not in str(ch) and ch.chains == [("A*B <-> C", "X + C <-> D")]
    path = tmp_path / "fuzzy.csv"
    fuzzy.to_csv(path, index_label="case", encoding="utf-8")
    args = ["chain", str(path), "--ordering", "A, B, X < C < D", "--strict", "--sol-cov", "0.9"]
    assert main([*args, "--csf", "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)["csf"][0]
    assert (entry["formula"], round(entry["coherence"], 4), entry["exhaustiveness"]) == (c.formula, 0.9625, 0.875)
    assert main([*args, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["outcomes"][4]["models"][0]["faithfulness"] == 0.8


def test_a_group_of_asfs_no_case_satisfies_is_left_out_of_the_coherence():
    """A csf's coherence is the lowest over its groups of asfs sharing sets; a group no case satisfies at all has no
    coherence (0/0), which cna's coherence() leaves out of that lowest (its source: min(na.rm = TRUE)). Here Python's
    min over [nan, 0.5] gave nan and over [0.5, nan] 0.5: the csf's coherence depended on its asfs' order. By hand:
    group of asf a (sets A, B) agrees in neither case: 0/0; the group of c and d (sets C, D) agrees 1 and 0 in case
    1, 1 and 1 in case 2: (0 + 1)/(1 + 1) = 0.5; so 0.5 in either order."""
    import numpy as np

    from analysis.qca.chain import _coherence

    observed = {"a": np.array([0.0, 0.0]), "c": np.array([1.0, 1.0]), "d": np.array([0.0, 1.0])}
    sets_of = {"a": {"A", "B"}, "c": {"C", "D"}, "d": {"D"}}
    assert _coherence(("a", "c", "d"), observed, sets_of) == 0.5
    assert _coherence(("c", "d", "a"), observed, sets_of) == 0.5
    assert math.isnan(_coherence(("a",), observed, sets_of))


def test_csf_refuses_a_budget_it_names(educate, capsys, monkeypatch):
    """d.educate's 1 x 2 combinations past max_csf = 1 are refused naming the budget, and the chains are listed with a
    note that their redundancy was not checked; its 5 sets past a CSF_MAX_SETS of 4 are not refused (each
    combination kept whole, not checked, below)."""
    from analysis.qca import chain as chain_module
    from analysis.qca.cli import main
    from analysis.qca.errors import QCAComplexityError

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert "note: structural redundancy of the chains not checked: csf: 2 combinations" in str(
            causal_chain(educate, max_csf=1))
        with pytest.raises(QCAComplexityError, match=r"^csf: 2 combinations of one asf per outcome \(1 x 2 models\) "
                           r"exceed the budget max_csf = 1: raise it to list them; or chain\.simplest_csf\(1\) builds "
                           r"the 1 simplest, as cna's csf\(n\.init = 1\) does: its chains and links are read off every "
                           r"csf, so chain\.csf refuses to guess from a part$"):
            causal_chain(educate, max_csf=1).csf
        path = str(ROOT / "data/reference/datasets/d.educate.csv")
        assert main(["chain", path, "--csf", "--max-csf", "1"]) == 2
        err = capsys.readouterr().err.splitlines()
        # the command line's way to cna's csf(n.init): its flags, not chain.simplest_csf (it said 'raise it' alone)
        assert err[-1].startswith("error: ") and err[-1].endswith(
            "exceed the budget --max-csf 1: raise it to list them; or --csf --n-init 1 lists the csf of the 1 "
            "simplest, as cna's csf(n.init = 1) builds them (the chains are read off every csf)"), err
        assert main(["chain", path, "--max-csf", "1"]) == 0   # the chains' note says it too
        out = " ".join(capsys.readouterr().out.split())
        assert "note: structural redundancy of the chains not checked: csf: 2 combinations" in out, out
        assert "raise it to list them; or --csf --n-init 1 lists the csf of the 1 simplest" in out, out
        # a partial list of models (max_models reached) makes the combinations partial: said
        assert causal_chain(educate, "E", max_models=1).csf.notes == [
            "E: its list of models is partial (partial list: max_models = 1 reached), and so are the combinations"]
        monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 4)
        assert causal_chain(educate).csf.unchecked == [1, 2]


def test_simplest_csf_builds_the_n_init_simplest_combinations_as_cnas_csf_does():
    """cna's csf(n.init) builds the n.init simplest combinations of one asf per outcome and warns that not all were
    recorded (its help page, first step; its source: by complexity, then consistency x coverage, ties in the order the
    combinations are made); chain.csf refused past max_csf, and there was no way to cna's answer.
    By hand, on the brute-force data of seed 17 with the outcomes Z, Y, X3: Z has X1*~X3 and ~X3*Y (complexity 2
    each), Y X1 + X3 and X3 + Z (2 each), X3 Y*~Z (2) and ~X1*Y + X1*~Z (4), every asf of consistency and coverage 1.
    The 8 combinations are numbered with X3's asf changing fastest: the odd ones take Y*~Z (complexity 6), the even
    ones the other (8). The 3 simplest are 3 of 1, 3, 5, 7, ties kept in the order made: 1, 3, 5; each has Y*~Z
    structurally redundant, leaving (X1*~X3 <-> Z)*(X1 + X3 <-> Y), (X1*~X3 <-> Z)*(X3 + Z <-> Y) and (~X3*Y <-> Z)*
    (X1 + X3 <-> Y), a note saying 3 of 8. n_init = 8 builds every combination: chain.csf's formulas, no note.
    n_init = 0 is refused naming it, with its Chinese line."""
    from analysis.workshop import engine_error_zh

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(_random_chain_data(17), "Z, Y, X3")
    part = ch.simplest_csf(3)
    assert [n for n, *_ in part.combinations] == [1, 3, 5]
    assert [c.formula for c in part] == ["(X1*~X3 <-> Z)*(X1 + X3 <-> Y)", "(X1*~X3 <-> Z)*(X3 + Z <-> Y)",
                                         "(~X3*Y <-> Z)*(X1 + X3 <-> Y)"]
    assert all(red == ("Y*~Z <-> X3",) for *_, red in part.combinations)
    assert part.notes == ["partial: the 3 simplest of the 8 combinations of one asf per outcome, as cna's csf(n.init = "
                          "3) builds them (by complexity, then consistency x coverage); a csf only the others reduce "
                          "to is not listed, and a csf listed as a submodel of none may be one of theirs"]
    assert "note: partial: the 3 simplest of the 8 combinations" in str(part)
    whole = ch.simplest_csf(8)
    assert [c.formula for c in whole] == [c.formula for c in ch.csf] and whole.notes == []
    with pytest.raises(QCAInputError) as zero:
        ch.simplest_csf(0)
    assert str(zero.value) == "n_init must be a positive whole number, got 0"
    assert engine_error_zh(zero.value) == "n_init（cna 的 n.init）必须是正整数，现为 0"


def test_the_chain_command_builds_the_n_init_simplest_csf_as_cnas_csf_does(tmp_path, capsys):
    """chain --csf --n-init N is chain.simplest_csf(N) (cna's csf(n.init = N)) on the command line, which had no way
    to it: --max-csf's refusal said 'raise it' alone. The seed-17 data of the test above, by hand there: --n-init 3
    builds combinations 1, 3 and 5 of the 8, three csf with Y*~Z <-> X3 removed from each, a note saying 3 of 8;
    --n-init 8 builds them all, the csf of --csf. --n-init without --csf is refused before the data is read (a file
    that does not exist is not read), and 0 by the flag's check: each one error line, exit 2."""
    from analysis.qca.cli import main

    path = tmp_path / "seed17.csv"
    _random_chain_data(17).to_csv(path, index=False, encoding="utf-8")
    args = ["chain", str(path), "--outcomes", "Z, Y, X3", "--csf", "--json"]

    def csf(*more: str) -> dict:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", QCAWarning)
            assert main([*args, *more]) == 0
        return json.loads(capsys.readouterr().out)

    part = csf("--n-init", "3")
    assert [c["combination"] for c in part["combinations"]] == [1, 3, 5]
    assert [c["formula"] for c in part["csf"]] == ["(X1*~X3 <-> Z)*(X1 + X3 <-> Y)", "(X1*~X3 <-> Z)*(X3 + Z <-> Y)",
                                                   "(~X3*Y <-> Z)*(X1 + X3 <-> Y)"]
    assert all(c["redundant"] == ["Y*~Z <-> X3"] for c in part["combinations"])
    assert part["notes"] == ["partial: the 3 simplest of the 8 combinations of one asf per outcome, as cna's "
                             "csf(n.init = 3) builds them (by complexity, then consistency x coverage); a csf only the "
                             "others reduce to is not listed, and a csf listed as a submodel of none may be one of "
                             "theirs"]
    assert csf("--n-init", "8") == csf() and len(csf()["combinations"]) == 8
    # --max-csf does not bound the combinations --n-init builds: none past N is made
    assert csf("--n-init", "3", "--max-csf", "2") == part
    for more, said in ((["--n-init", "3"], "error: --n-init 3 builds the complex solution formulas of the 3 simplest "
                        "combinations (cna's csf(n.init = 3)): add --csf; the chains are read off every csf, within "
                        "--max-csf"),
                       (["--csf", "--n-init", "0"], "error: argument --n-init: must be a positive whole number, got '0'")):
        assert main(["chain", str(tmp_path / "absent.csv"), *more]) == 2
        err = capsys.readouterr().err
        assert err.splitlines() == [said], err
    assert main(["chain", str(tmp_path / "absent.csv"), "--n-init", "1"]) == 2
    assert "of the simplest combination (cna's csf(n.init = 1))" in capsys.readouterr().err


def _partial_redundancy_data() -> pd.DataFrame:
    """11 cases on which, at incl_cut 0.7 and sol_cov 0.7, X4 has Y <-> X4 (covS 0.75) and Y has X1*X4 + ~X2*X4 and
    ~X2*X4 + ~X3*X4 (found by a search of random noisy chains)."""
    rows = ["00000", "00100", "00111", "01000", "01100", "10111", "11000", "11011", "11100", "00000", "01110"]
    return pd.DataFrame([[int(v) for v in r] for r in rows], columns=["X1", "X2", "X3", "X4", "Y"])


def test_a_csf_with_a_partial_structural_redundancy_is_left_out_as_cnas_inus_only_leaves_it():
    """cna's csf() with inus.only = TRUE, its default, eliminates solutions with partial structural redundancies:
    by its default inus.def 'implication' (its cnaControl help page), a csf that logically implies a proper submodel
    of itself. causal_chain listed them.
    By hand: (Y <-> X4)*(X1*X4 + ~X2*X4 <-> Y). Where it holds, Y = X4 (first asf), so the second asf with X1 left
    out of X1*X4, X4 + ~X2*X4 <-> Y, which is X4 <-> Y, holds too: the csf implies that submodel. The same for
    ~X2*X4 + ~X3*X4 <-> Y (X4 + ~X3*X4). Leaving out a term instead gives none: X1 = X2 = X4 = 1, Y = 1 satisfies
    the csf and not ~X2*X4 <-> Y, and X1 = X2 = 0, X4 = Y = 1 not X1*X4 <-> Y. So both csf are left out (into
    partial_left_out, each with the asf and its submodel, what cna's inus.only = FALSE would keep), and with them
    every chain and link (said why). On the data of the submodel test (crisp, every asf inclS and covS 1) none is
    left out, as the docstring of _partial_redundancy proves."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(_partial_redundancy_data(), "X4, Y", incl_cut=0.7, sol_cov=0.7)
    assert len(ch.csf) == 0 and [c.partial for c in ch.csf.partial_left_out] == [
        ("X1*X4 + ~X2*X4 <-> Y", "X4 + ~X2*X4 <-> Y"), ("~X2*X4 + ~X3*X4 <-> Y", "X4 + ~X3*X4 <-> Y")]
    assert ch.chains == [] and ch.links == []
    assert all(why == "only csf with a partial structural redundancy hold both, left out (cna's inus.only)"
               for *_, why in ch.chains_left_out) and len(ch.chains_left_out) == 4
    assert ("left out for a partial structural redundancy (cna's inus.only): (Y <-> X4)*(X1*X4 + ~X2*X4 <-> Y): it "
            "implies its submodel with X1*X4 + ~X2*X4 <-> Y reduced to X4 + ~X2*X4 <-> Y") in _said(ch.csf)
    assert ch.csf.to_dict()["partial_left_out"][1]["implies"] == ["~X2*X4 + ~X3*X4 <-> Y", "X4 + ~X3*X4 <-> Y"]
    assert [c.formula for c in ch.csf.partial_left_out] == ["(Y <-> X4)*(X1*X4 + ~X2*X4 <-> Y)",
                                                            "(Y <-> X4)*(~X2*X4 + ~X3*X4 <-> Y)"]
    assert "no csf listed: each is left out (below)" in str(ch.csf)
    assert ch.csf.to_dict()["partial_left_out"][0]["partial"] == ["X1*X4 + ~X2*X4 <-> Y", "X4 + ~X2*X4 <-> Y"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert causal_chain(_random_chain_data(17)).csf.partial_left_out == []


def test_a_chain_follows_the_value_a_multi_value_outcome_models():
    """Chains started only from a plain set's formula, so a multi-value outcome's ('Y{2}') never did, and a plain
    set's name matched in any bracket: beside multi-value sets a crisp L is written L[1] and its absence L[0], and
    'L[0]' (~L) was listed as a chain as 'L' is. By hand, on the six configurations of X1 (0..2) and X2 (0/1), strictly
    ordered: (a) Y = X1, Z = X1 is 2 or X2: Y{2}'s model is X1[2]; Z's are X1[2] + X2[1] and X2[1] + Y[2], the
    second naming Y at the value modelled: one chain. (b) L = X1 is 2, Z = not L and X2 = 0, W = L or X2: Z's
    X2[0]*L[0] names L's absence (no chain), W's X2[1] + L[1] its presence (a chain)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        grid = list(itertools.product(range(3), range(2)))
        mv = pd.DataFrame([(x1, x2, x1, int(x1 == 2 or x2)) for x1, x2 in grid], columns=["X1", "X2", "Y", "Z"])
        a = causal_chain(mv, "Y{2}, Z", ordering="X1, X2 < Y < Z", strict=True)
        crisp = pd.DataFrame([(x1, x2, int(x1 == 2), int(x1 != 2 and x2 == 0), int(x1 == 2 or x2 == 1))
                              for x1, x2 in grid], columns=["X1", "X2", "L", "Z", "W"])
        b = causal_chain(crisp, "L, Z, W", ordering="X1, X2 < L < Z, W", strict=True)
    assert [a["Z"].formula(m) for m in a["Z"].models] == ["X1[2] + X2[1] <-> Z", "X2[1] + Y[2] <-> Z"]
    assert a.chains == [("X1[2] <-> Y{2}", "X2[1] + Y[2] <-> Z")]
    assert "chain: X1[2] <-> Y{2}, then X2[1] + Y[2] <-> Z" in str(a)
    assert "X2[0]*L[0] <-> Z" in [b["Z"].formula(m) for m in b["Z"].models]
    assert b.chains == [("X1[2] <-> L", "X2[1] + L[1] <-> W")]


def _assert_csf_by_brute_force(ch, space: list[dict], cases: pd.DataFrame) -> None:
    """chain.csf against the formulas' text evaluated on every configuration of `space`: the combinations are every
    choice of one asf per outcome, each combination's redundant asfs are those whose removal leaves the conjunction
    equivalent, each csf is equivalent to its combinations and irreducible, and its coherence is the lowest, over the
    groups of asfs sharing a set, of the cases where all hold among those where any holds."""
    csf, memo = ch.csf, {}

    def table(asfs) -> tuple:
        key = frozenset(asfs)
        if key not in memo:
            memo[key] = tuple(all(_asf_holds(a, r) for a in asfs) for r in space)
        return memo[key]

    per_outcome = [[st.formula(m) for m in st.models] for st in ch.steps.values() if st.models]
    fits = {st.formula(m): m.fit for st in ch.steps.values() for m in st.models}
    assert [a for _, a, _ in csf.combinations] == list(itertools.product(*per_outcome))
    for _, asfs, redundant in csf.combinations:
        assert redundant == tuple(a for a in asfs if table([b for b in asfs if b != a]) == table(asfs))
    records = cases.to_dict("records")
    # cna's csf() order: by complexity (the literals left of each '<->', read from the text), then consistency x
    # coverage, highest first
    keys = [(sum(len(re.split(r"[+*]", a.split("<->")[0])) for a in c.asfs), -c.consistency * c.coverage) for c in csf]
    assert keys == sorted(keys)
    for c in csf:
        assert all(table(c.asfs) == table(csf.combinations[n - 1][1]) for n in c.combinations)
        assert len(c.asfs) == 1 or all(table([b for b in c.asfs if b != a]) != table(c.asfs) for a in c.asfs)
        ratios = []
        for group in _groups(c.asfs):
            held = [[_asf_holds(a, r) for a in group] for r in records]
            ratios.append(sum(all(h) for h in held) / sum(any(h) for h in held))
        assert c.coherence == pytest.approx(min(ratios))
        # cna's exfaith(): the distinct configurations of the sets the csf names, observed ones that satisfy it over
        # all that satisfy it (exhaustiveness) and over all observed (faithfulness); consistency and coverage: the
        # lowest of its asfs' (cna's csf())
        own = [n for n in space[0] if any(re.search(rf"(?<!\w){n}(?!\w)", a) for a in c.asfs)]
        possible = {tuple(r[n] for n in own) for r in space if all(_asf_holds(a, r) for a in c.asfs)}
        seen = {tuple(int(r[n]) for n in own) for r in records}
        fine = [v for v in seen if all(_asf_holds(a, dict(zip(own, v))) for a in c.asfs)]
        assert (c.exhaustiveness, c.faithfulness) == (pytest.approx(len(fine) / len(possible)),
                                                      pytest.approx(len(fine) / len(seen)))
        assert (c.consistency, c.coverage) == (min(fits[a]["inclS"] for a in c.asfs),
                                               min(fits[a]["covS"] for a in c.asfs))
        # cna's csf() leaves out a csf whose asfs are all in another (a submodel of it; its help page)
        assert not any(set(c.asfs) < set(d.asfs) for d in csf)
        # cna's csf() drops a reduced csf that no longer reaches con or cov (its help page): none does here
        assert c.consistency >= ch.settings["sol_cons"] and c.coverage >= ch.settings["sol_cov"]


def _mv_chain_data(seed: int) -> pd.DataFrame:
    """Multi-value data: X1 in 0..2, X2 and X3 crisp, Y in 0..2 and Z crisp functions of them, some configurations
    unobserved."""
    import numpy as np

    rng = np.random.default_rng(seed)
    rows = []
    for x1, x2, x3 in itertools.product(range(3), range(2), range(2)):
        y = (x1 if x2 else 2 - x1) if seed % 2 else (2 if x1 == 2 and x3 else int(x2 or x3))
        z = int((y == 1 and not x3) or (x1 == 0 and x2 and seed % 3 == 0))
        rows.append((x1, x2, x3, y, z))
    keep = sorted(rng.choice(12, size=int(rng.integers(8, 13)), replace=False))
    return pd.DataFrame([rows[i] for i in keep], columns=["X1", "X2", "X3", "Y", "Z"])


@pytest.mark.parametrize("seed", (2, 8))   # 8 and 48 combinations, with redundant asfs
def test_multi_value_csf_agree_with_a_brute_force_check(seed):
    """Multi-value csf were refused ('multi-value sets are not implemented here'), though cna builds csf on mv data
    (its redundant() takes the factors' value ranges, its help page says; R not installed). Now each multi-value set
    ranges over its values present in the data (as cna's full.ct of the data): each combination's redundant asfs, each
    csf's equivalence to its combinations and irreducibility are checked here over every configuration of the values by
    evaluating the formulas' text ('X1[2]', 'Y{1}'), and coherence counted over the cases."""
    data = _mv_chain_data(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data, "Y{1}, Z, X3")
    csf = ch.csf
    names = list(csf.sets)
    ranges = [sorted(data[n].unique()) for n in names]   # the values present, as cna's full.ct of the data takes them
    space = [dict(zip(names, v)) for v in itertools.product(*ranges)]
    assert names == ["X1", "X2", "X3", "Y", "Z"] and len(space) == 72   # 3 x 2 x 2 x 3 x 2 configurations
    assert f"an exact check over all {len(space)} configurations of {', '.join(names)}" in _said(csf)

    assert any(r for *_, r in csf.combinations)   # a redundant asf found
    _assert_csf_by_brute_force(ch, space, data)


def test_a_multi_value_sets_configurations_are_its_values_present_in_the_data_as_cnas_full_ct(tmp_path, capsys):
    """A multi-value set ranged over 0..L-1 in the csf's check, where cna's full.ct of the data takes the values present
    (its help page: the factor values occurring in the configuration table): X takes 0 and 2, no case 1. By hand: Y
    holds where X = 2 (k3, k4), so X[2] <-> Y is the asf of Y (W plays no part). Its sets X, Y have 2 x 2 = 4
    configurations (X in 0, 2), of which (X=0, Y=0) and (X=2, Y=1) satisfy it, both in the data: exhaustiveness
    2/2 = 1, faithfulness 2/2 = 1. Over 0..2 it was 3 x 2 = 6 configurations, (X=1, Y=0) satisfying it with no case:
    exhaustiveness 2/3."""
    from analysis.qca.cli import main

    data = pd.DataFrame({"X": [0, 0, 2, 2, 0], "W": [0, 1, 0, 1, 1], "Y": [0, 0, 1, 1, 0]},
                        index=[f"k{i}" for i in range(1, 6)])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data, "Y")
    c, = ch.csf
    assert c.asfs == ("X[2] <-> Y",) and (c.exhaustiveness, c.faithfulness) == (1, 1)
    assert "an exact check over all 4 configurations of X, Y" in _said(ch.csf)
    path = tmp_path / "gap.csv"
    data.to_csv(path, index_label="case", encoding="utf-8")
    assert main(["chain", str(path), "--outcomes", "Y", "--csf", "--json"]) == 0
    entry, = json.loads(capsys.readouterr().out)["csf"]
    assert (entry["exhaustiveness"], entry["faithfulness"]) == (1, 1)


def test_each_step_of_a_chain_prints_and_converts_as_the_chain_does(chain):
    """chain['E'] (a ChainStep, exported) printed only its repr, '<ChainStep E: 2 models>', in print() and Jupyter,
    and had neither to_frame() nor to_dict(), where R's causalChain gives each outcome's solution to print and every
    other result converts; the chain built its rows and its JSON of each outcome itself. Each step now prints its
    models as the chain's table does and gives the chain's rows and JSON entry of its outcome (the chain's to_frame()
    and to_dict() are now built from them)."""
    whole, data = chain.to_frame(), chain.to_dict()
    for n, outcome in enumerate(chain.steps):
        step = chain[outcome]
        text = str(step)
        assert text.startswith(f"{outcome} minimised on {', '.join(step.conditions)}") and "<ChainStep" not in text
        assert all(f"{m.expression} <-> {outcome}" in text for m in step.models)
        part = whole[whole["outcome"] == outcome].reset_index(drop=True)   # no model: None here, NaN in the whole
        # the chain's table and JSON add what only the chain knows: the csf holding each asf (csf, removed_from)
        assert list(whole.columns) == [*step.to_frame().columns, "csf", "removed_from"]
        assert step.to_frame().to_json(orient="records") == part[step.to_frame().columns].to_json(orient="records")
        whole_entry = {**data["outcomes"][n], "models": [{k: v for k, v in m.items() if k not in ("csf", "removed_from")}
                                                          for m in data["outcomes"][n]["models"]]}
        assert step.to_dict() == whole_entry and json.dumps(step.to_dict(), allow_nan=False)
    assert repr(chain["E"]) == "<ChainStep E: 2 models>"


def test_each_complex_solution_formula_prints_and_converts_as_its_list_does(chain):
    """chain.csf[0] (a ComplexFormula, exported) printed as its dataclass repr and had neither to_frame() nor
    to_dict(), where its list (ComplexFormulas) has both; the list built each csf's row and JSON entry itself. Each
    csf now prints as a sentence and gives its row and its entry of the list's (which are built from them)."""
    whole, data = chain.csf.to_frame(), chain.csf.to_dict()
    assert len(chain.csf) > 0
    for n, c in enumerate(chain.csf):
        assert str(c).startswith(f"csf {c.formula}: coherence {c.coherence:.3f}") and "ComplexFormula(" not in str(c)
        assert f"from {'combination' if len(c.combinations) == 1 else 'combinations'} " in str(c)
        assert c.to_dict() == {k: v for k, v in data["csf"][n].items() if k != "csf"}
        assert json.dumps(c.to_dict(), allow_nan=False)
        row = whole.drop(columns="csf").iloc[[n]].reset_index(drop=True)
        assert c.to_frame().to_json(orient="records") == row.to_json(orient="records")


def test_condition_scores_a_formula_of_ones_own_as_cnas_condition_does(chain):
    """chain.condition(formula), cna's condition() / condTbl() of an asf or csf written by hand on the chain's data
    (a cna user checks a theory's formula; there was no way to score one, only the formulas the chain lists). By hand
    on d.educate (A-H: U 11110000, D 11001100, L 11111100, G 10101010, E 11111110):
    U*G <-> E: U*G holds in A and C, both E: consistency 1; E in 7 cases: coverage 2/7; complexity 2. Of the 4
    configurations of U, G, E satisfying it ((1,1,1) and E = 0 with U*G = 0), (1,1,1) and (0,0,0) are among the 5
    distinct ones observed ((1,1,1), (1,0,1), (0,1,1), (0,0,1), (0,0,0)): exhaustiveness 2/4, faithfulness 2/5; not
    a model listed (E's are L + G and U + D + G).
    (U <-> L)*(L + G <-> E): U <-> L consistency 1 (U in A-D, all L), coverage 4/6 (L in A-F); it holds in A-D, G,
    H, not in E and F; L + G <-> E holds in every case: coherence 6/8; the csf's consistency and coverage the lowest,
    1 and 4/6; complexity 3; not among chain.csf. (D + U <-> L)*(G + U + D <-> E) is csf 2 written in another order:
    listed, its asfs' too."""
    own = chain.condition("U*G <-> E")
    assert list(own.columns) == ["formula", "outcome", "consistency", "coverage", "complexity", "coherence",
                                 "exhaustiveness", "faithfulness", "redundant", "cyclic", "listed"]
    row = own.iloc[0]
    assert len(own) == 1 and row["formula"] == "U*G <-> E" and row["outcome"] == "E"
    assert (row["consistency"], row["coverage"], row["complexity"]) == (1.0, pytest.approx(2 / 7), 2)
    assert (row["exhaustiveness"], row["faithfulness"]) == (0.5, pytest.approx(0.4)) and math.isnan(row["coherence"])
    assert not row["listed"] and not row["redundant"]
    two = chain.condition(" (U <-> L) * (L + G <-> E) ")
    assert list(two["formula"]) == ["U <-> L", "L + G <-> E", "(U <-> L)*(L + G <-> E)"]
    assert list(two["coverage"]) == pytest.approx([4 / 6, 1.0, 4 / 6]) and list(two["consistency"]) == [1.0] * 3
    assert two["coherence"].iloc[2] == 0.75 and two["complexity"].iloc[2] == 3
    assert list(two["listed"]) == [False, True, False] and two["outcome"].iloc[2] == "L,E"
    again = chain.condition("(D + U <-> L)*(G + U + D <-> E)")
    assert list(again["listed"]) == [True, True, True] and again["coherence"].iloc[2] == 1.0


def test_condition_says_a_structurally_redundant_asf_and_a_cycle():
    """Where A, B and C take the same value in every case, each asf of (A <-> B)*(B <-> C)*(C <-> A) follows from
    the other two (each structurally redundant, cna: not to be read causally), and the csf is a cycle (A a cause of
    B, B of C, C of A); each fits every case (consistency, coverage and coherence 1); (A <-> B)*(B <-> C) has neither.
    A chain whose csf are refused (max_csf) says its csf's listed as None (unknown), not False."""
    data = pd.DataFrame({"A": [1, 0, 1, 0], "B": [1, 0, 1, 0], "C": [1, 0, 1, 0]})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        ch = causal_chain(data)
        tight = causal_chain(data, max_csf=1)
    three = ch.condition("(A <-> B)*(B <-> C)*(C <-> A)")
    assert list(three["redundant"]) == [True, True, True, True] and bool(three["cyclic"].iloc[3])
    assert three["coherence"].iloc[3] == 1.0 and list(three["consistency"]) == [1.0] * 4
    two = ch.condition("(A <-> B)*(B <-> C)")
    assert list(two["redundant"]) == [False, False, False] and not two["cyclic"].iloc[2]
    assert bool(two["listed"].iloc[2]) and tight.condition("(A <-> B)*(B <-> C)")["listed"].iloc[2] is None


def test_condition_says_redundancy_unknown_where_it_is_not_checked(chain, monkeypatch):
    """Past 2^CSF_MAX_SETS configurations of the sets a csf names the exact check of structural redundancy is not
    made (as chain.csf keeps such a combination unchecked): condition() said False, 'not redundant', for each asf; it
    now says None, unknown. d.educate's (U + D <-> L)*(L + G <-> E) names 5 sets, 32 configurations: past a
    CSF_MAX_SETS of 4 (16), unknown; within the real one, False each."""
    from analysis.qca import chain as chain_module

    formula = "(U + D <-> L)*(L + G <-> E)"
    assert list(chain.condition(formula)["redundant"]) == [False, False, False]
    monkeypatch.setattr(chain_module, "CSF_MAX_SETS", 4)
    assert list(chain.condition(formula)["redundant"]) == [None, None, None]


@pytest.mark.parametrize("formula, said", [
    ("U + D -> L", "condition: 'U + D -> L' is not an asf ('model <-> outcome', e.g. 'U + D <-> L') or a csf (asfs "
                   "in parentheses joined by '*', e.g. '(U + D <-> L)*(L + G <-> E)')"),
    ("(U + D <-> L)(L + G <-> E)", "condition: '(U + D <-> L)(L + G <-> E)' is not an asf"),
    (3, "condition: the formula must be an asf ('model <-> outcome', e.g. 'U + D <-> L') or a csf (asfs in "
        "parentheses joined by '*', e.g. '(U + D <-> L)*(L + G <-> E)'), got int 3"),
    ("U + D <-> Q", "condition: the outcome 'Q' of 'U + D <-> Q' is not a set of the data (sets: U, D, L, G, E)"),
    ("U + L <-> L", "condition: 'U + L <-> L' names its outcome's set L in its model; an asf explains an outcome by "
                    "the other sets"),
    ("(U + D <-> L)*(U <-> ~L)", "condition: '(U + D <-> L)*(U <-> ~L)' has more than one asf of the outcome L; a "
                                 "csf has one asf per outcome"),
])
def test_condition_refuses_a_formula_it_cannot_read_naming_it(chain, formula, said):
    with pytest.raises(QCAInputError) as refused:
        chain.condition(formula)
    assert str(refused.value).startswith(said), str(refused.value)


def test_conditions_refusals_have_their_chinese_line(chain):
    """The workshop's Chinese line (engine_error_zh) under each refusal of chain.condition() and chain --condition."""
    from analysis.workshop import engine_error_zh

    def zh(formula) -> str:
        with pytest.raises(QCAInputError) as refused:
            chain.condition(formula)
        return engine_error_zh(refused.value)

    shape = ("一个 asf（'模型 <-> 结果'，例如 'U + D <-> L'）或一个 csf（用 '*' 连接的、各自带括号的 asf，例如 "
             "'(U + D <-> L)*(L + G <-> E)'）")
    assert zh("U + D -> L") == f"condition：'U + D -> L' 不是{shape}"
    assert zh(3) == f"condition：公式必须是{shape}，现为 int 3"
    assert zh("U + D <-> Q") == "condition：'U + D <-> Q' 的结果 'Q' 不是数据中的集合（集合：U, D, L, G, E）"
    assert zh("U + L <-> L") == "condition：'U + L <-> L' 的模型中出现了其结果的集合 L；asf 用其他集合解释结果"
    assert zh("(U + D <-> L)*(U <-> ~L)") == ("condition：'(U + D <-> L)*(U <-> ~L)' 中结果 L 有不止一个 asf；一个 csf 中"
                                               "每个结果只有一个 asf")
    assert engine_error_zh(QCAInputError("--condition scores the formula given, --csf lists the chain's complex "
                                         "solution formulas: give one")) == (
        "--condition 为给出的公式计分，--csf 列出因果链自身的复合解公式：请只给出其中之一")


def test_the_chain_command_scores_a_formula_given_with_condition(chain, capsys):
    """chain --condition FORMULA prints chain.condition(FORMULA) (the test above: (U <-> L)*(L + G <-> E) by hand),
    --json its records (nan as null), --csv its table; given with --csf (or --n-init), which lists the chain's own
    csf, it is refused before the data is read; a formula it cannot read is one error line naming the flag."""
    from analysis.qca.cli import main

    path = str(ROOT / "data/reference/datasets/d.educate.csv")
    formula = "(U <-> L)*(L + G <-> E)"
    expected = chain.condition(formula)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", QCAWarning)
        assert main(["chain", path, "--condition", formula]) == 0
        text = capsys.readouterr().out
        assert text.startswith("Formula scored on the data (cna's condition(); no cut-off applies)")
        assert max(map(len, text.splitlines())) <= 80
        assert re.search(r"^\(U <-> L\)\*\(L \+ G <-> E\)\s+L,E\s+1\.000\s+0\.667\s+3\s+0\.750$", text, re.M), text
        assert main(["chain", path, "--condition", formula, "--json"]) == 0
        records = json.loads(capsys.readouterr().out)
        assert [r["formula"] for r in records] == list(expected["formula"]) and records[0]["coherence"] is None
        assert records[2]["coherence"] == 0.75 and [r["listed"] for r in records] == [False, True, False]
        assert main(["chain", path, "--condition", formula, "--csv"]) == 0
        assert pd.read_csv(io.StringIO(capsys.readouterr().out))["coverage"].tolist() == pytest.approx(
            expected["coverage"].tolist())
        assert main(["chain", path, "--condition", "U + D -> L"]) == 2
        assert capsys.readouterr().err.splitlines()[-1].startswith("error: --condition: 'U + D -> L' is not an asf")
    assert main(["chain", "absent.csv", "--condition", formula, "--csf"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: --condition scores the formula given, --csf lists the chain's complex solution formulas: give one"]
