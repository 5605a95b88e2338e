"""`python -m analysis.qca plot`: a researcher's own data to a figure file, the XY plots of case types (one panel per
term and the solution, SetMethods' pimplot; a necessary condition's with --nec-cond), as PNG, SVG or PDF, written all
or nothing and to the same bytes on every run; bad input is one error line."""
from __future__ import annotations

import re

import matplotlib

matplotlib.use("Agg")
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.paths import ROOT  # noqa: E402
from analysis.plots.diagnostics import term_type_xy  # noqa: E402
from analysis.plots.style import cjk_font, figure_bytes  # noqa: E402
from analysis.qca import minimize, term_typology, truth_table  # noqa: E402
from analysis.qca.cli import main  # noqa: E402

LF = str(ROOT / "data" / "reference" / "datasets" / "LF.csv")
SOLUTION = ["plot", LF, "--outcome", "SURV", "--incl-cut", "0.8"]


def _plot(capsys, *argv):
    code = main([*SOLUTION, *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("fmt", ["png", "svg", "pdf"])
def test_plot_writes_the_same_bytes_on_every_run(tmp_path, capsys, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    for path in (first, second):
        code, out, err = _plot(capsys, "--out", str(path))
        assert code == 0 and err == "", err
        assert out == f"wrote {path}: XY plots of M1 of the parsimonious solution (2 terms and the solution), 18 cases by type\n"
    assert first.read_bytes() == second.read_bytes() and len(first.read_bytes()) > 1000
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([first.name, second.name]), "no temporary file left"


def test_plot_draws_what_the_python_functions_draw(tmp_path, capsys):
    """The command adds nothing of its own to the figure: term_typology and term_type_xy, with each term's fit and the
    model's, give the same SVG."""
    path = tmp_path / "xy.svg"
    assert _plot(capsys, "--out", str(path))[0] == 0
    sol = minimize(truth_table(pd.read_csv(LF), "SURV", case_column="case", incl_cut=0.8), "?")
    m = sol.models[0]
    fits = {t: {"inclS": r["inclS"], "covS": r["covS"]} for t, r in zip(m.terms, m.term_fit.to_dict("records"))}
    fig = term_type_xy(term_typology(sol), {**fits, "solution": m.fit}, outcome="SURV",
                       title=f"M1 of the parsimonious solution: {m.expression} -> SURV")
    assert path.read_bytes() == figure_bytes(fig, "svg")


def test_plot_term_draws_one_panel_and_nec_cond_the_conditions_plot(tmp_path, capsys):
    one, every = tmp_path / "one.svg", tmp_path / "every.svg"
    code, out, _ = _plot(capsys, "--term", "URB*STB", "--out", str(one))
    assert code == 0 and "(term URB*STB)" in out
    assert _plot(capsys, "--term", "2", "--out", str(every))[0] == 0
    assert one.read_bytes() == every.read_bytes(), "the term's text and its number name the same panel"
    assert _plot(capsys, "--out", str(every))[0] == 0
    assert len(one.read_bytes()) < len(every.read_bytes())
    nec = tmp_path / "nec.png"
    code = main(["plot", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--out", str(nec)])
    out, err = capsys.readouterr()
    assert code == 0 and out == f"wrote {nec}: XY plot of LIT necessary for SURV, 18 cases by type\n"
    assert nec.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize("argv, expect", [
    (["--out", "{tmp}/xy.jpg"], "error: --out {tmp}/xy.jpg: a figure is written as PNG, SVG or PDF, named by its "
                                "suffix; got '.jpg': name the file xy.png, .svg or .pdf"),
    (["--out", "{tmp}/xy"], "got no suffix: name the file xy.png, .svg or .pdf"),
    (["--out", " "], "error: --out needs a file name: the figure's file, e.g. --out xy.png (.svg or .pdf)"),
    (["--term", "DEV*URB", "--out", "{tmp}/xy.png"], "error: --term 'DEV*URB' is not in the model (DEV*~IND + URB*STB)"),
    (["--term", "3", "--out", "{tmp}/xy.png"], "error: --term 3: term must be 1..2 or one of ['DEV*~IND', 'URB*STB'], got 3"),
    (["--model", "2", "--out", "{tmp}/xy.png"], "error: --model 2: the solution has 1 model ("),
    (["--out", "{tmp}/folder.png"], "error: --out {tmp}/folder.png: cannot write the file (Is a directory)"),
    (["--out", LF], "error: --out " + LF + ": a figure is written as PNG"),
])
def test_plot_refuses_bad_input_in_one_line_and_writes_nothing(tmp_path, capsys, argv, expect):
    (tmp_path / "folder.png").mkdir()
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = _plot(capsys, *[a.replace("{tmp}", str(tmp_path)) for a in argv])
    assert code == 2 and out == "" and len(err.splitlines()) == 1, err
    assert expect.replace("{tmp}", str(tmp_path)) in err, err
    assert sorted(p.name for p in tmp_path.iterdir()) == before, "nothing written, no temporary file left"


def test_plot_leaves_an_existing_figure_as_it_was_when_it_fails(tmp_path, capsys):
    path = tmp_path / "xy.png"
    path.write_bytes(b"an earlier figure")
    code, _, err = _plot(capsys, "--term", "DEV*URB", "--out", str(path))
    assert code == 2 and err.startswith("error: --term")
    assert path.read_bytes() == b"an earlier figure"


def test_plot_refuses_a_solutions_flags_with_nec_cond(tmp_path, capsys):
    for flags, expect in [(["--incl-cut", "0.8"], "error: --incl-cut applies to the XY plots of a solution, not to "
                                                  "--nec-cond"),
                          (["--term", "1"], "error: --term chooses a term or model of a solution, not of --nec-cond")]:
        code = main(["plot", LF, "--outcome", "SURV", "--nec-cond", "LIT", *flags, "--out", str(tmp_path / "x.png")])
        err = capsys.readouterr().err
        assert code == 2 and err.startswith(expect), err
    assert not list(tmp_path.iterdir())


def test_plot_in_chinese_has_chinese_labels_or_says_why_not(tmp_path, capsys):
    """--lang zh draws the fixed texts in Chinese where a CJK font is installed; without one, English labels and a
    warning line (apply_style's notice would have been printed into the command's report on standard output)."""
    zh, en = tmp_path / "zh.svg", tmp_path / "en.svg"
    code, out, err = _plot(capsys, "--lang", "zh", "--out", str(zh))
    assert code == 0 and out.startswith("wrote ") and "No CJK font" not in out
    assert _plot(capsys, "--out", str(en))[0] == 0
    if cjk_font() is None:
        assert err == ("warning: --lang zh: no CJK font installed (e.g. apt-get install fonts-noto-cjk): the figure "
                       "has English labels\n")
        assert zh.read_bytes() == en.read_bytes()
    else:
        assert err == "" and zh.read_bytes() != en.read_bytes()


def test_plot_in_chinese_titles_the_figure_in_chinese_too(tmp_path, capsys):
    """--lang zh drew the panels' titles, axes and legend in Chinese but kept the figure's own default title in
    English ('M1 of the parsimonious solution: DEV*~IND + URB*STB -> SURV', 'Necessity of LIT for SURV', robustness
    --plot's 'Robustness of ... -> SURV'): a Chinese figure under an English heading. Each default title is now in the
    figure's language (read back from the file's embedded title); English where no CJK font makes the labels English,
    and a --title as given."""
    from PIL import Image

    zh = cjk_font() is not None   # without a CJK font the figure is English, its title too
    spec = str(ROOT / "docs" / "examples" / "LF_sweeps.yaml")
    raw = str(ROOT / "data" / "reference" / "datasets" / "LR.csv")
    runs = {
        "solution": (SOLUTION, "--out", "简约解的模型 M1：DEV*~IND + URB*STB -> SURV",
                     "M1 of the parsimonious solution: DEV*~IND + URB*STB -> SURV"),
        "intermediate": ([*SOLUTION, "--dir-exp", "1,1,1,1,1"], "--out",
                         "中间解的模型 M1：DEV*URB*LIT*STB + DEV*LIT*~IND*STB -> SURV",
                         "M1 of the intermediate solution: DEV*URB*LIT*STB + DEV*LIT*~IND*STB -> SURV"),
        "necessity": (["plot", LF, "--outcome", "SURV", "--nec-cond", "LIT"], "--out", "LIT 对 SURV 的必要性",
                      "Necessity of LIT for SURV"),
        "robustness": (["robustness", LF, "--spec", spec, "--raw", raw], "--plot",
                       "DEV*~IND + URB*STB -> SURV 的稳健性", "Robustness of DEV*~IND + URB*STB -> SURV"),
    }
    for name, (argv, flag, chinese, english) in runs.items():
        for lang, expected in (("zh", chinese if zh else english), ("en", english)):
            path = tmp_path / f"{name}_{lang}.png"
            assert main([*argv, flag, str(path), "--lang", lang]) == 0, capsys.readouterr().err
            with Image.open(path) as image:
                assert image.info.get("Title") == expected, (name, lang)
    capsys.readouterr()
    path = tmp_path / "own.png"
    assert main([*SOLUTION, "--out", str(path), "--lang", "zh", "--title", "My title"]) == 0
    with Image.open(path) as image:
        assert image.info.get("Title") == "My title"


def test_the_panels_fit_line_in_chinese_is_punctuated_in_chinese():
    """term_type_xy's panel heads in Chinese read '一致性 0.815, 覆盖度 0.284', a half-width comma inside a Chinese
    line, where every other Chinese line of the compendium takes the full-width '，'. With lang="zh" (and a CJK font:
    else the figure is English) the head is '一致性 0.815，覆盖度 0.284'; the English one keeps ', '."""
    import matplotlib.pyplot as plt

    sol = minimize(truth_table(pd.read_csv(LF), "SURV", case_column="case", incl_cut=0.8), "?")
    m = sol.models[0]
    fits = {t: {"inclS": r["inclS"], "covS": r["covS"]} for t, r in zip(m.terms, m.term_fit.to_dict("records"))}
    zh = cjk_font() is not None
    for lang, head in (("zh", "一致性 0.815，覆盖度 0.284" if zh else "Consistency 0.815, coverage 0.284"),
                       ("en", "Consistency 0.815, coverage 0.284")):
        fig = term_type_xy(term_typology(sol), {**fits, "solution": m.fit}, outcome="SURV", lang=lang)
        try:
            assert fig.axes[0].get_title().splitlines() == ["DEV*~IND", head], (lang, fig.axes[0].get_title())
        finally:
            plt.close(fig)


def test_plot_keeps_the_backend_of_a_process_that_has_pyplot_already(tmp_path):
    """A notebook calling main() has pyplot and its backend (inline); the command switched every process to Agg,
    which took the notebook's figures away. It sets Agg only where pyplot is not loaded yet (a command line run)."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}
    for first, expect in [("import matplotlib; matplotlib.use('svg'); import matplotlib.pyplot; ", "svg"), ("", "agg")]:
        code = (f"import sys; {first}from analysis.qca.cli import main; main(sys.argv[1:]); import matplotlib; "
                "print(matplotlib.get_backend())")
        run = subprocess.run([sys.executable, "-c", code, *SOLUTION, "--out", str(tmp_path / f"{expect}.png")],
                             cwd=ROOT, capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        assert run.stdout.splitlines()[-1].lower() == expect, run.stdout
        assert (tmp_path / f"{expect}.png").read_bytes()[:4] == b"\x89PNG"


def test_a_long_models_title_is_broken_between_its_terms_and_embedded_on_one_line(tmp_path, capsys):
    from analysis.plots.style import figure_title_text

    sol = minimize(truth_table(pd.read_csv(LF), "SURV", case_column="case", incl_cut=0.8), "?")
    title = "M1: " + " + ".join(["DEV*URB*LIT*IND*STB"] * 12) + " -> SURV"
    fig = term_type_xy(term_typology(sol), title=title)
    assert "\n" in fig.get_suptitle() and figure_title_text(fig) == title


def _spec(tmp_path, tests=True):
    spec = tmp_path / "sweeps.yaml"
    body = ["outcome: SURV", "conditions: [DEV, URB, LIT, IND, STB]", "incl_cut: 0.8"]
    body += (["tests:", "  - {label: incl 0.75, incl_cut: 0.75}", "  - {label: without FI, drop_cases: [FI]}"] if tests
             else ["ranges:", "  - {parameter: incl_cut, step: 0.05, max_runs: 2}"])
    spec.write_text("\n".join(body) + "\n", encoding="utf-8")
    return str(spec)


def test_robustness_plot_writes_the_protocols_xy_plots_once_the_run_succeeded(tmp_path, capsys):
    """robustness --plot draws robustness_xy (rob.xyplot's idea) of the protocol the run printed, the same bytes on
    every run; --json stays one JSON document."""
    import json

    from analysis.plots.diagnostics import robustness_xy
    from analysis.qca import robustness_protocol

    spec = _spec(tmp_path)
    first, second = tmp_path / "rob.svg", tmp_path / "again.svg"
    assert main(["robustness", LF, "--spec", spec, "--plot", str(first)]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith(f"wrote {first}: the robustness protocol's XY plots (IS against minTS and maxTS), "
                                 "18 cases")
    assert main(["robustness", LF, "--spec", spec, "--plot", str(second), "--json"]) == 0
    json.loads(capsys.readouterr().out)
    assert first.read_bytes() == second.read_bytes()
    rob = robustness_protocol(pd.read_csv(LF, index_col="case"), "SURV", ["DEV", "URB", "LIT", "IND", "STB"],
                              [{"label": "incl 0.75", "incl_cut": 0.75}, {"label": "without FI", "drop_cases": ["FI"]}],
                              incl_cut=0.8)
    fig = robustness_xy(rob.cases, rob.fit, title=f"Robustness of {rob.specifications['expression'].iloc[0]} -> SURV")
    assert first.read_bytes() == figure_bytes(fig, "svg")


@pytest.mark.parametrize("argv, tests, expect", [
    (["--plot", "{tmp}/rob.jpg"], True, "error: --plot {tmp}/rob.jpg: a figure is written as PNG, SVG or PDF, named by "
                                        "its suffix; got '.jpg': name the file rob.png, .svg or .pdf"),
    (["--plot", "{tmp}/rob.png"], False, "error: --plot {tmp}/rob.png: the figure draws the protocol's test set, and "
                                         "{spec} has no 'tests' (ranges only): add tests, or leave --plot out"),
    (["--lang", "zh"], True, "error: --lang sets the language of --plot's figure: give --plot, or leave --lang out"),
])
def test_robustness_plot_refuses_bad_input_in_one_line_and_writes_nothing(tmp_path, capsys, argv, tests, expect):
    spec = _spec(tmp_path, tests)
    code = main(["robustness", LF, "--spec", spec, *[a.replace("{tmp}", str(tmp_path)) for a in argv]])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.splitlines()[-1] == expect.replace("{tmp}", str(tmp_path)).replace(
        "{spec}", spec), err
    assert [p.name for p in tmp_path.iterdir()] == ["sweeps.yaml"]


def test_the_flag_fuzzer_runs_plot_and_writes_its_figures_into_its_own_folder(tmp_path, monkeypatch):
    """tools/fuzz_cli.py flags runs every command with random flags; plot was not among them, and a --plot value
    would have been written where the fuzzer runs (the checkout), as --out is not. Its plot runs write into the run's
    folder only."""
    import sys

    from analysis.qca.cli import _commands, build_parser

    sys.path.insert(0, str(ROOT / "tools"))
    import fuzz_cli

    assert "plot" in fuzz_cli.BASE and set(fuzz_cli.BASE) <= set(_commands(build_parser()))
    ran = []
    monkeypatch.setattr(fuzz_cli, "run", lambda argv: (ran.append(argv), (0, "", ""))[1])
    monkeypatch.setattr(fuzz_cli.random.Random, "choice", lambda self, seq: "plot" if seq == sorted(fuzz_cli.BASE)
                        else seq[0] if "--plot" not in seq else "--plot")
    fuzz_cli.fuzz_flags(fuzz_cli.random.Random(0), 3, tmp_path)
    assert ran and all(argv[0] == "plot" and argv[argv.index("--out") + 1] == str(tmp_path / "xy.png") for argv in ran)


@pytest.mark.parametrize("extra", [["--incl-cut", "0.8"], ["--nec-cond", "DEV"]])
def test_case_names_the_font_cannot_draw_are_one_warning(tmp_path, capsys, monkeypatch, extra):
    """Chinese case names in an English figure without a CJK font (DejaVu Sans has no Chinese glyph) printed
    matplotlib's warning once per character and drawing ('warning: Glyph 21271 (\\N{CJK UNIFIED IDEOGRAPH-5317})
    missing from font(s) DejaVu Sans. (3 times)', 45 lines for 25 cities), naming neither the file nor what to do.
    They are one warning naming the file, the characters and the remedy; the figure is written as before. With a
    CJK font the names are drawn (apply_style's fallback) and nothing is said."""
    from analysis.plots import style

    if style.cjk_font() is not None:   # drawn: no warning (the CI machine has fonts-noto-cjk)
        lf = pd.read_csv(LF)
        lf.loc[:1, "case"] = ["北京", "上海"]
        (tmp_path / "with.csv").write_text(lf.to_csv(index=False), encoding="utf-8")
        assert main(["plot", str(tmp_path / "with.csv"), "--outcome", "SURV", "--out", str(tmp_path / "w.png"),
                     *extra]) == 0
        assert "glyph" not in capsys.readouterr().err.lower()
    monkeypatch.setattr(style, "CJK_CANDIDATES", ())   # as on a machine without a CJK font
    lf = pd.read_csv(LF)
    names = "北京 上海 广州 深圳 天津 重庆 成都 武汉 杭州 南京 西安 苏州 郑州 长沙 沈阳 青岛 宁波 东莞".split()
    lf["case"] = names[:len(lf)]
    data = tmp_path / "cities.csv"
    lf.to_csv(data, index=False, encoding="utf-8")
    out = tmp_path / "xy.png"
    code = main(["plot", str(data), "--outcome", "SURV", "--out", str(out), *extra])
    err = capsys.readouterr().err
    assert code == 0 and out.stat().st_size > 0, err
    assert "Glyph" not in err, err
    said = [line for line in err.splitlines() if "no glyph" in line]
    assert len(said) == 1 and said[0].startswith(f"warning: --out {out}: the figure's font (") and \
        said[0].endswith("drawn as empty boxes; install a CJK font (e.g. apt-get install fonts-noto-cjk)"), err
    assert re.search(r"has no glyph for \d+ characters of its text \(", said[0]), said[0]
    if extra[0] == "--nec-cond":   # one character in the singular (was 'for 1 character(s)')
        lf["case"] = ["京"] + [f"c{i}" for i in range(1, len(lf))]
        lf.to_csv(data, index=False, encoding="utf-8")
        assert main(["plot", str(data), "--outcome", "SURV", "--out", str(out), *extra]) == 0
        err = capsys.readouterr().err
        assert "has no glyph for 1 character of its text (京), drawn as empty boxes" in err, err


def test_plot_max_terms_is_a_flag_the_refusal_names(tmp_path, capsys):
    """term_type_xy refuses a model of more than max_terms terms (ac3cf2ca), and the CLI said 'raise max_terms', an
    argument it had no flag for: a model of 12 terms could only be drawn a term at a time. --max-terms raises it, the
    refusal names it as the flag (the CLI says the API's names as its flags), its default is the API's, and it is no
    flag of --nec-cond."""
    from analysis.plots.diagnostics import MAX_TERMS
    from analysis.qca.cli import build_parser

    out = tmp_path / "xy.png"
    code, _, err = _plot(capsys, "--max-terms", "1", "--out", str(out))
    assert code == 2 and len(err.splitlines()) == 1 and not out.exists(), err
    assert "the model has 2 terms, more than the figure draws (--max-terms 1; a panel each)" in err, err
    assert err.endswith("or raise --max-terms\n"), err
    assert _plot(capsys, "--max-terms", "2", "--out", str(out))[0] == 0 and out.exists()
    code, _, err = _plot(capsys, "--max-terms", "0", "--out", str(out))
    assert code == 2 and err.startswith("error: argument --max-terms"), err
    code = main(["plot", LF, "--outcome", "SURV", "--nec-cond", "LIT", "--max-terms", "3", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 2 and err == "error: --max-terms applies to the XY plots of a solution, not to --nec-cond\n", err
    helps = {a.dest: a.help for sp in build_parser()._subparsers._group_actions[0].choices.values()
             for a in sp._actions}
    assert f"(default {MAX_TERMS}, the API's max_terms)" in helps["max_terms"]
