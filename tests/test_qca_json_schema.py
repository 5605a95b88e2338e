"""The JSON Schemas of the engine's JSON (analysis/qca/schemas/, draft 2020-12; docs/json-output.md) stay true: each
command's --json output (and the results' to_dict(), which the command line writes) validates against its schema,
on R QCA's Lipset examples (LC, LF, LR), Paper A's calibrated cases and a partial (counted) answer; every object the
engine writes is closed (additionalProperties: false), so a key the engine writes and the schema does not document
fails here, as does a documented key the engine stops writing (required); and every property says what it is.

The schemas are read as the installed package holds them (importlib.resources), so a schema left out of the
package data fails too. One run per command line (module-scoped), all in this process: the whole file takes about a
second of CPU."""
from __future__ import annotations

import contextlib
import copy
import io
import json
import warnings
from importlib.resources import files

import pandas as pd
import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from analysis.paths import ROOT
from analysis.qca.cli import main

SCHEMAS = files("analysis.qca") / "schemas"
BASE = "urn:analysis-qca:schema:"
DATASETS = ROOT / "data" / "reference" / "datasets"
LF, LC, EMME = (str(DATASETS / f"{n}.csv") for n in ("LF", "LC", "Emme"))
PAPER_A = str(ROOT / "data" / "derived" / "paperA" / "calibrated_fuzzy.csv")
A = ["--outcome", "EFF", "--conditions", "SYS,ORG,PRO,SER,FUN,NOR", "--incl-cut", "0.8"]
S = ["--outcome", "SURV", "--incl-cut", "0.8"]
COMMANDS = ["minimize", "truth-table", "necessity", "super-subset", "pof", "pofind", "find-rows", "esa", "robustness",
            "cases", "theory", "cluster", "chart", "good-practice", "chain", "chain-csf", "chain-condition", "calibrate"]
#: the schemas of a command's other JSON shapes: chain --csf, chain --condition
COMMAND_OF = {"chain-csf": "chain", "chain-condition": "chain"}

#: command -> its command lines (without --json): each option that changes the JSON's shape, once
RUNS = {
    "minimize": [[LF, *S, "--include", "?"], [LF, *S, "--include", "?", "--dir-exp", "1,1,1,1,1", "--pi-chart"],
                 [LC, *S], [PAPER_A, *A, "--include", "?", "--rows-limit", "1"],
                 [PAPER_A, *A, "--include", "?", "--dir-exp", "1,1,1,1,1,1"],
                 # multi-value conditions, a condition without an expectation (null)
                 [str(DATASETS / "LM.csv"), *S, "--include", "?", "--dir-exp", "DEV=1,URB=-,LIT=1,IND=1,STB=1"],
                 # a partial answer: the first of 5 models listed, the count said, the chart not computed (null)
                 [str(DATASETS / "d.CS.csv"), "--outcome", "REL", "--include", "?", "--max-models", "1"]],
    "truth-table": [[LF, *S, "--dcc"], [PAPER_A, *A]],
    "necessity": [[LF, "--outcome", "SURV"], [PAPER_A, *A[:4]]],
    "super-subset": [[LF, "--outcome", "SURV"],
                     [LF, "--outcome", "SURV", "--relation", "sufficiency", "--incl-cut", "0.8", "--cov-cut", "0.3"]],
    "pof": [[LF, "--outcome", "SURV", "--expression", "DEV*~URB + STB"],
            [LF, "--outcome", "SURV", "--expression", "STB", "--necessity"],
            [LF, "--outcome", "SURV", "--expression", "DEV*STB", "--haesebrouck"]],
    "pofind": [[LF, "--outcome", "SURV"], [LF, "--outcome", "SURV", "--relation", "sufficiency"]],
    "find-rows": [[LF, *S, "--type", "all"], [LF, *S, "--type", "untenable", "--expression", "~DEV*STB"]],
    "esa": [[LF, *S, "--untenable", "~DEV*STB"], [LF, *S, "--nec-cond", "LIT", "--csa", "--dir-exp", "1,1,1,1,1"]],
    "robustness": "made by the fixture: a sweep file smaller than docs/examples/LF_sweeps.yaml (0.15 s, not 0.7)",
    "cases": [[LF, *S, "--type", "typical"], [EMME, "--outcome", "JSR", "--incl-cut", "0.7", "--type",
                                                "deviant-consistency"],
              [LF, "--outcome", "SURV", "--incl-cut", "0.9", "--type", "deviant-coverage"],
              [LF, *S[:2], "--incl-cut", "0.7", "--type", "irrelevant"], [LF, *S, "--type", "focal-conjuncts"],
              [LF, *S, "--pairs", "typical-irrelevant"], [LF, *S, "--pairs", "typical-typical"],
              [LF, *S, "--pairs", "typical-irrelevant", "--by", "term"],
              # a term of one conjunct: its pairs' pair_rank is '-'; a case at 0.5 in a condition: TT_ 0.5
              [str(DATASETS / "HC.csv"), "--outcome", "VOTE", "--incl-cut", "0.75", "--pairs", "typical-irrelevant"],
              [str(DATASETS / "d.CZH.csv"), "--outcome", "SA", "--incl-cut", "0.75", "--type", "deviant-coverage"],
              [LF, "--outcome", "SURV", "--nec-cond", "LIT", "--pairs", "typical-deviant-relevance"],
              [LF, "--outcome", "SURV", "--nec-cond", "LIT", "--pairs", "typical-typical"],
              [EMME, "--outcome", "JSR", "--nec-cond", "C", "--pairs", "typical-deviant-consistency"],
              [LF, "--outcome", "SURV", "--nec-cond", "LIT", "--type", "typical"],
              [LF, "--outcome", "SURV", "--nec-cond", "LIT + STB", "--component", "LIT", "--type", "typical"],
              [LF, "--outcome", "SURV", "--nec-cond", "STB", "--type", "deviant-relevance"],
              [LF, "--outcome", "SURV", "--nec-cond", "LIT", "--pairs", "typical-irrelevant"]],
    "theory": [[LF, *S, "--theory", "DEV*STB", "--haesebrouck"]],
    "cluster": "made by the fixture: a panel file",
    "chart": [[LF, *S], [LF, *S, "--dir-exp", "1,1,1,1,1"]],
    "good-practice": [[LF, *S], [LC, *S, "--permutations", "20", "--seed", "1"]],
    "chain": [[str(DATASETS / "d.educate.csv")], [str(DATASETS / "d.educate.csv"), "--ordering", "U, D < L < E"],
              [str(DATASETS / "d.educate.csv"), "--max-csf", "1"]],   # csf not computed: a model's csf null
    "chain-csf": [[str(DATASETS / "d.educate.csv"), "--csf"]],
    "chain-condition": [[str(DATASETS / "d.educate.csv"), "--condition", "U + D <-> L"]],
    "calibrate": [[str(DATASETS / "LR.csv"), "--spec", str(ROOT / "docs" / "examples" / "LR_calibration.yaml")]],
}


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))


def _registry(schemas: dict) -> Registry:
    return Registry().with_resources((s["$id"], Resource.from_contents(s)) for s in schemas.values())


def _validator(schemas: dict, name: str) -> Draft202012Validator:
    return Draft202012Validator(schemas[name], registry=_registry(schemas))


def _errors(schemas: dict, name: str, doc) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in _validator(schemas, name).iter_errors(doc)]


@pytest.fixture(scope="module")
def schemas() -> dict:
    names = [p.name.removesuffix(".schema.json") for p in SCHEMAS.iterdir() if p.name.endswith(".schema.json")]
    return {n: _schema(n) for n in sorted(names)}


def _run(argv: list[str]) -> object:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--json"])
    assert code == 0, (argv, err.getvalue())
    return json.loads(out.getvalue())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict:
    """command -> its JSON documents, one per command line of RUNS (about 1.3 s of CPU in all)."""
    folder = tmp_path_factory.mktemp("json_schema")
    panel, spec = folder / "panel.csv", folder / "sweeps.yaml"
    spec.write_text("outcome: SURV\nconditions: [DEV, URB, LIT, IND, STB]\nincl_cut: 0.8\ninclude: '?'\ntests:\n"
                    "  - {label: n 2, n_cut: 2}\n"
                    "  - {label: DEV c=600, calibrate: {DEV: {thresholds: 'e=350, c=600, i=900'}}}\n"
                    "ranges:\n  - {parameter: incl_cut, step: 0.05, max_runs: 3}\n", encoding="utf-8")
    lf = pd.read_csv(LF)
    rows = [f"{c},w{w},{a},{b},{min(a, b)}" for w in range(3) for c, a, b in
            zip(lf["case"], lf["DEV"].round(2), lf["STB"].round(2))]
    panel.write_text("CASE,WAVE,A,B,Y\n" + "\n".join(rows) + "\n", encoding="utf-8")
    tests_only, ranges_only = folder / "tests.yaml", folder / "ranges.yaml"   # the protocol alone, the ranges alone
    text = spec.read_text(encoding="utf-8")
    tests_only.write_text(text.split("ranges:")[0], encoding="utf-8")
    ranges_only.write_text(text.split("tests:")[0] + "ranges:" + text.split("ranges:")[1], encoding="utf-8")
    runs = {**RUNS, "robustness": [[LF, "--spec", str(spec), "--raw", str(DATASETS / "LR.csv")],
                                   [LF, "--spec", str(tests_only), "--raw", str(DATASETS / "LR.csv")],
                                   [LF, "--spec", str(ranges_only)]], "cluster": [[str(panel), "--outcome", "Y", "--expression", "A*B", "--unit", "CASE", "--cluster",
                                 "WAVE"], [str(panel), "--outcome", "Y", "--expression", "A", "--unit", "CASE",
                                           "--cluster", "WAVE", "--necessity"]]}
    return {c: [_run([COMMAND_OF.get(c, c), *argv]) for argv in runs[c]] for c in COMMANDS}


def test_one_schema_per_json_command_and_the_shared_parts(schemas):
    assert sorted(schemas) == sorted([*COMMANDS, "common"])
    # a sweep file with tests only has no ranges, one with ranges only no protocol; --component is documented
    assert schemas["robustness"]["required"] == [] and "component" in schemas["cases"]["properties"]


@pytest.mark.parametrize("name", [*COMMANDS, "common"])
def test_schema_is_draft_2020_12_and_says_what_each_key_is(schemas, name):
    """Each schema is a valid draft 2020-12 schema with its $id; every property (and pattern of keys) has a
    one-line description, and every object the engine writes is closed (additionalProperties given), so a key the
    engine writes must be documented."""
    sch = schemas[name]
    Draft202012Validator.check_schema(sch)
    assert sch["$schema"] == "https://json-schema.org/draft/2020-12/schema" and sch["$id"] == BASE + name
    missing, open_ = [], []

    def walk(node, path):
        if isinstance(node, dict):
            for key in ("properties", "patternProperties"):
                for k, sub in node.get(key, {}).items():
                    text = sub.get("description", "")
                    if not text or "\n" in text or text == "TODO":
                        missing.append(f"{path}/{k}")
            if node.get("type") == "object" or "object" in node.get("type", []):
                if "additionalProperties" not in node:
                    open_.append(path)
            for k, v in node.items():
                walk(v, f"{path}/{k}")
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{path}/{i}")

    walk(sch, name)
    assert not missing, f"properties without a one-line description: {missing}"
    assert not open_, f"objects neither closed nor given a schema for their keys: {open_}"


@pytest.mark.parametrize("command", COMMANDS)
def test_command_line_json_validates(schemas, outputs, command):
    for doc in outputs[command]:
        assert not _errors(schemas, command, doc), _errors(schemas, command, doc)[:5]


def test_partial_answer_validates_and_is_partial(schemas, outputs):
    """A counted answer (--max-models 1 of 5 models) says so, and has the schema's shape (its prime implicant
    chart not computed: null)."""
    doc = outputs["minimize"][-1]
    assert doc["partial"] is True and len(doc["models"]) == 1 and doc["n_models"] > 1 and doc["pi_chart"] is None
    assert not _errors(schemas, "minimize", doc)


def test_api_to_dict_validates(schemas):
    """The results' to_dict(), which the command line writes (minimize's truth table and its notes, esa's rows
    blocked are the command line's own): a solution on LC, LF and LR, a truth table, necessity, pof."""
    import analysis.qca as q

    conds = ["DEV", "URB", "LIT", "IND", "STB"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name in ("LC", "LF", "LR"):
            data = pd.read_csv(DATASETS / f"{name}.csv", index_col="case")
            if name == "LR":   # raw values: crisp sets at their medians
                data = (data > data.median()).astype(int)
            tt = q.truth_table(data, "SURV", conds, incl_cut=0.8)
            for sol in (q.minimize(tt, "?"), q.minimize(tt, "?", dir_exp="1,1,1,1,1"), q.minimize(tt)):
                assert not _errors(schemas, "minimize", sol.to_dict()), name
            assert not _errors(schemas, "truth-table", tt.to_dict()), name
            assert not _errors(schemas, "necessity", q.necessity(data, "SURV", conds).to_dict()), name
            assert not _errors(schemas, "pof", q.pof("DEV*STB + ~URB", data, "SURV").to_dict()), name


def _without(schemas: dict, name: str, *path: str, key: str) -> dict:
    """A copy of `schemas` whose schema `name` (at `path`, a chain of keys) no longer documents `key`."""
    changed = copy.deepcopy(schemas)
    node = changed[name]
    for k in path:
        node = node[k]
    del node["properties"][key]
    if key in node.get("required", []):
        node["required"].remove(key)
    return changed


@pytest.mark.parametrize("name, path, key, command", [
    ("minimize", (), "partial", "minimize"),
    ("common", ("$defs", "fit_record"), "covU", "minimize"),
    ("common", ("$defs", "truth_table_row"), "DCC", "truth-table"),
    ("robustness", ("properties", "protocol", "properties", "fit"), "RF_cov", "robustness"),
    ("chain", ("properties", "settings"), "cycle_type", "chain"),
])
def test_a_key_the_schema_does_not_document_fails(schemas, outputs, name, path, key, command):
    """Testing the test: with a key taken out of a copy of a schema, the engine's output no longer validates."""
    changed = _without(schemas, name, *path, key=key)
    assert any(_errors(changed, command, doc) for doc in outputs[command])


def test_a_documented_key_the_engine_does_not_write_fails(schemas, outputs):
    """And the other way: a required key missing from the output is an error."""
    doc = copy.deepcopy(outputs["necessity"][0])
    del doc["rows"][0]["RoN"]
    assert any("RoN" in e for e in _errors(schemas, "necessity", doc))


def test_json_output_page_is_generated_from_the_schemas():
    """docs/json-output.md is what tools/json_schema_doc.py writes from the schemas (rerun it after editing them),
    and lists every key of every schema."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("json_schema_doc", ROOT / "tools" / "json_schema_doc.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    page = (ROOT / "docs" / "json-output.md").read_text(encoding="utf-8")
    assert page == tool.page(), "docs/json-output.md is out of date: run python tools/json_schema_doc.py"
    for name in COMMANDS:
        assert f"\n## {name}\n" in page and f"`analysis/qca/schemas/{name}.schema.json`" in page
    assert "| `models[].term_fit` |" not in page and "| `models` | array of *model* |" in page


def test_schemas_are_package_data():
    """pyproject.toml's package data takes every schema into the wheel (`pip install .` has them: a wheel built by
    `uv build` listed analysis/qca/schemas/*.schema.json); the tests read them through importlib.resources, as an
    installed package does."""
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    globs = config["tool"]["setuptools"]["package-data"]["analysis.qca"]
    shipped = {p.name for g in globs for p in (ROOT / "analysis" / "qca").glob(g)}
    assert shipped == {p.name for p in SCHEMAS.iterdir() if p.suffix == ".json"} and len(shipped) == len(COMMANDS) + 1


def test_every_command_with_json_has_a_schema(schemas):
    """A command the parser gives --json has its schema here (a new command's JSON must be documented); plot, which
    writes a figure and one 'wrote ...' line, has no --json (it accepted the flag and left it unused)."""
    import argparse

    from analysis.qca.cli_args import build_parser

    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    with_json = {name for name, p in sub.choices.items() if "--json" in p._option_string_actions}
    assert with_json and with_json <= set(schemas), sorted(with_json - set(schemas))
