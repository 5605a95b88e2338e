"""The public API of analysis.qca documents every parameter: a researcher reading help() in JupyterLab finds each
argument of each exported function and class named in its docstring (what it is and which values it takes)."""
from __future__ import annotations

import inspect
import re

import analysis.qca as qca


def undocumented_parameters(obj) -> list[str]:
    """The parameters of `obj`'s signature that its docstring does not name (a word-boundary match); private ones
    (a leading underscore) and *args / **kwargs are not part of the API."""
    doc = inspect.getdoc(obj) or ""
    return [name for name, p in inspect.signature(obj).parameters.items()
            if not name.startswith("_") and name != "self"
            and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
            and not re.search(rf"(?<![\w.]){re.escape(name)}(?!\w)", doc)]


def exported_callables() -> dict[str, object]:
    """Every function and class in analysis.qca.__all__ except the exceptions (their one argument is the message)."""
    out = {}
    for name in qca.__all__:
        obj = getattr(qca, name)
        if inspect.isclass(obj) and issubclass(obj, BaseException):
            continue
        if callable(obj):
            out[name] = obj
    return out


def public_methods() -> dict[str, object]:
    """The public methods (no leading underscore) that the exported classes define themselves, as 'Class.method'."""
    return {f"{name}.{attr}": member for name, cls in exported_callables().items() if inspect.isclass(cls)
            for attr, member in vars(cls).items() if not attr.startswith("_") and inspect.isfunction(member)}


def test_every_exported_parameter_is_documented():
    missing = {name: gaps for name, obj in {**exported_callables(), **public_methods()}.items()
               if (gaps := undocumented_parameters(obj))}
    assert not missing, "parameters the docstring does not name:\n" + "\n".join(
        f"  {name}: {', '.join(gaps)}" for name, gaps in sorted(missing.items()))


def test_the_check_sees_a_missing_parameter():
    def f(data, show_cases=True, *args, _private=None, **kwargs):
        """Uses `data`; show_cases_extra is another word, and x.show_cases an attribute."""

    assert undocumented_parameters(f) == ["show_cases"]
    assert len(exported_callables()) > 40 and "truth_table" in exported_callables()
    assert "Solution.to_dict" in public_methods() and "TruthTable.rows_with" in public_methods()


def test_each_measure_states_its_formula_and_its_source():
    """pri's docstring said 'formula above', pointing at the module's docstring, which neither help(pri) nor the
    book's entry for pri shows, and haesebrouck's gave no formula: each measure now states its formula and cites its
    source, as consistency, coverage and ron did."""
    for name in ("consistency", "coverage", "pri", "ron", "haesebrouck"):
        doc = " ".join(inspect.getdoc(getattr(qca, name)).split())
        assert re.search(r"\b(inclS|inclN|covS|covN|PRI|RoN|inclH) = \(?Σ", doc), f"{name}: no formula"
        assert re.search(r"(Ragin|Schneider & Wagemann|Haesebrouck) (19|20)\d\d", doc), f"{name}: no source"
        assert "above" not in doc, f"{name}: points at text its reader does not see"


#: The public functions a reviewer reads a solution with, each computing a formula the literature gives: fit
#: measures, case types and their Best scores, cluster distances, robustness ranges and fits, the permutation test.
REVIEW_FUNCTIONS = ("pof", "pofind", "necessity", "super_subset", "negate", "theory_evaluation", "cluster_diagnostics",
                    "robustness_protocol", "threshold_range", "smmr", "smmr_focal_conjuncts", "case_typology",
                    "term_typology", "typology_by_model", "necessity_cases", "necessity_typology", "necessity_xy",
                    "contradictions", "permutation_benchmark")
#: An author-year citation of a work the engine cites ('Ragin 2006', 'Schneider & Rohlfing's (2013, 2016)').
CITATION = re.compile(r"\b(Ragin|Wagemann|Rohlfing|Schneider|Haesebrouck|Ariño|Braumoeller|Oana|Goertz|Thomann)"
                      r"(?:'s)?[\s(]*(?:19|20)\d\d\b")


def test_each_reviewers_function_cites_the_source_of_its_formula():
    """pofind's and super_subset's docstrings gave inclS, covS, inclN, covN, RoN and PRI with no source (only 'R's
    pofInd' / 'R QCA's superSubset', software), cluster_diagnostics' its consistencies and distances with none
    (García-Castro & Ariño 2016 stood on the ClusterDiagnostics class only), case_typology, necessity_cases and
    necessity_xy their case types and Best scores with none, smmr_focal_conjuncts 'Schneider & Rohlfing's wording'
    without a year, threshold_range the ranges of the robustness protocol without Oana & Schneider 2021, and negate
    its 1 − X without one: help() and the book's API reference, which show a function's own docstring, did not say
    where a number comes from. Each now cites the work (without a page or chapter: test_qca_necessity checks that)."""
    missing = [name for name in REVIEW_FUNCTIONS
               if not CITATION.search(" ".join(inspect.getdoc(getattr(qca, name)).split()))]
    assert not missing, f"no author-year source in the docstring of: {', '.join(missing)}"
    assert CITATION.search("(Schneider & Rohlfing's (2013, 2016) wording") and not CITATION.search("R QCA's pofind")


def test_the_calls_pofs_docstring_shows_do_what_it_says():
    """pof's docstring wrote 'so is a call in R's order of arguments, pof(setms, outcome, data): pof('A*B', 'Y',
    data=df) or pof('A*B', 'Y', df).', which reads as the calls to write; both are refused. It now names them as
    the refused ones and shows the call to write, and each does what the docstring says."""
    import pandas as pd
    import pytest

    doc = " ".join(inspect.getdoc(qca.pof).split())
    refused = re.search(r"such as (pof\(.*?\)) or (pof\(.*?\)):", doc)
    right = re.search(r"here the data come second, (pof\([^)]*\))", doc)
    assert refused and right, doc
    names = {"pof": qca.pof, "df": pd.DataFrame({"A": [1, 0, 1, 1], "B": [1, 1, 0, 1], "Y": [1, 0, 0, 1]})}
    for call in refused.groups():
        with pytest.raises(qca.QCAInputError, match="data come second"):
            eval(call, names)
    assert eval(right.group(1), names).to_frame()["inclS"].iloc[0] == 1.0


def result_classes() -> dict[str, type]:
    """The classes analysis.qca's functions return without exporting them (necessity() -> NecessityResult, ...): the
    book's API reference documents them too (book/_ext/qca_api.py, RESULT_CLASSES)."""
    from importlib import import_module

    from _scripts import load_script

    paths = load_script("book/_ext/qca_api.py").RESULT_CLASSES
    return {name: getattr(import_module(path.rpartition(".")[0]), name) for name, path in paths.items()}


def test_every_public_name_and_member_has_a_docstring():
    """The book's API reference shows each public function, class, method and property by its docstring (autodoc
    leaves out a member without one): TruthTable.conditions, Model.fit, PofResult.to_frame, NecessityResult.to_dict,
    the prime implicant chart's chart and names and 29 more had none, so a researcher could not look them up in the
    book, nor with help(). Every name of __all__, every public method and property the exported classes and the
    result classes define, has one now."""
    classes = {name: obj for name, obj in exported_callables().items() if inspect.isclass(obj)} | result_classes()
    missing = [name for name in qca.__all__ if not inspect.getdoc(getattr(qca, name))]
    for name, cls in classes.items():
        for attr, member in vars(cls).items():
            if attr.startswith("_"):
                continue
            if isinstance(member, property) or inspect.isfunction(member):
                if not (member.__doc__ or "").strip():
                    missing.append(f"{name}.{attr}")
    assert not missing, f"{len(missing)} without a docstring: {', '.join(missing)}"


def test_the_packages_docstring_says_where_the_reference_is():
    """help(analysis.qca) showed two calls and nothing of where the rest is documented: it now names the book's API
    and command-line references, files that exist."""
    from analysis.paths import ROOT

    doc = " ".join(qca.__doc__.split())
    for rel in ("docs/api-reference.md", "docs/cli-reference.md"):
        assert rel in doc and (ROOT / rel).is_file(), rel


def test_read_data_is_public_and_refuses_a_keyword_it_does_not_take(tmp_path):
    """README tells researchers to read their file with read_data, but it was not in analysis.qca.__all__ (so the
    book's API reference had no entry for it) and, undecorated, read_data(path, sheet_name=...) (pandas' word) was
    Python's TypeError. It is exported, documented, and names the argument meant as every public function does."""
    import pytest

    path = tmp_path / "d.csv"
    path.write_text("case,A,Y\nc1,1,1\nc2,0,0\n", encoding="utf-8")
    assert "read_data" in qca.__all__ and "read_data" in exported_callables()
    df, case = qca.read_data(path)
    assert case == "case" and list(df.columns) == ["case", "A", "Y"]
    with pytest.raises(qca.QCAInputError, match="'sheet'"):
        qca.read_data(path, sheet_name="Calibrated")


def _private_engine_imports(package) -> list[str]:
    """'file: module.name' for each name starting with '_' a module of `package` imports from analysis.qca."""
    import ast

    found = []
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ImportFrom):
                continue
            module = ("analysis." + (node.module or "") if node.level == 2 else node.module or "")
            if module == "analysis.qca" or module.startswith("analysis.qca."):
                found += [f"{path.name}: {module}.{a.name}" for a in node.names if a.name.startswith("_")]
    return found


def test_the_papers_import_no_private_name_of_the_engine():
    """Paper A imported data._SUMMARY_NAME, standards._CONVENTION and protocol._core_expression / _core_minimised:
    private names, which the engine may rename without a word. Each now has a public spelling in its module
    (SUMMARY_NAME, CONVENTION, core_expression, core_minimised; one implementation, the engine's own uses read it),
    and the papers' packages import those."""
    from analysis.paths import ROOT
    from analysis.qca import protocol

    assert {"core_expression", "core_minimised"} <= set(protocol.__all__)
    for package in ("paper_a", "paper_b"):
        assert _private_engine_imports(ROOT / "analysis" / package) == [], package


def test_every_default_reads_as_a_value_in_the_api_reference():
    """A default the API reference shows as '<function ...<lambda>>' (ConfigurationChart.path_records' clean) tells a
    reader nothing: every default of an exported function or public method prints as the value it is."""
    unreadable = {f"{name}({p})": repr(d.default)
                  for name, obj in {**exported_callables(), **public_methods()}.items()
                  for p, d in inspect.signature(obj).parameters.items()
                  if d.default is not d.empty and re.search(r"<(function|lambda|bound method|object) ", repr(d.default))}
    assert not unreadable, unreadable
