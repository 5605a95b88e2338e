"""Notebook 04_figures: its figure index, its outputs, its parameter checks and the README's figure index.

Every figure file has exactly one owner: the notebook that computes its data saves it to figures/. 04_figures
redraws the figures it can from data/derived only and checks (in the notebook) that the redraw is byte-identical
to the owner's file, which shows that the derived tables carry everything the figure needs; it writes no copy.
"""
from __future__ import annotations

import re
import struct
from pathlib import Path

import nbformat
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "notebooks" / "04_figures.ipynb"
FIGURES = ROOT / "figures"
INDEX = FIGURES / "index.csv"
COLUMNS = ["figure", "stem", "formats", "made_by", "checked_by", "source_notebook", "derived_files", "raw_label_files",
           "caption_en", "caption_zh", "redrawn_here"]
README_FILES = [ROOT / "README.md"]


def _code_cells() -> list[str]:
    nb = nbformat.read(SOURCE, as_version=4)
    return [c.source for c in nb.cells if c.cell_type == "code"]


def _split(value: str) -> list[str]:
    return [v for v in str(value).split(";") if v]


@pytest.fixture(scope="module")
def index() -> pd.DataFrame:
    if not INDEX.exists():
        pytest.fail(f"{INDEX.relative_to(ROOT)} is missing: run `make` (notebook 04_figures)")
    return pd.read_csv(INDEX, dtype=str, keep_default_na=False)


def _validate(**overrides) -> dict:
    """Run the parameters cell, apply `overrides`, then the validation cell; return the namespace."""
    cells = _code_cells()
    ns: dict = {}
    exec(cells[0], ns)
    ns.update(overrides)
    exec(cells[1], ns)
    return ns


def test_index_lists_every_figure_with_its_inputs_and_files(index):
    assert list(index.columns) == COLUMNS
    assert index["figure"].is_unique and len(index) >= 9
    for r in index.itertuples(index=False):
        assert r.stem == f"figures/{r.figure}", r.figure
        assert r.made_by == r.source_notebook, r.figure
        assert r.checked_by == ("04_figures" if r.redrawn_here == "True" else ""), r.figure
        assert (ROOT / "notebooks" / f"{r.source_notebook}.ipynb").exists(), r.source_notebook
        derived = _split(r.derived_files)
        assert derived, f"{r.figure}: no derived file listed"
        for p in derived:
            assert p.startswith("data/derived/") and (ROOT / p).exists(), f"{r.figure}: {p}"
        for p in _split(r.raw_label_files):
            assert p.startswith("data/raw/") and (ROOT / p).exists(), f"{r.figure}: {p}"
        for fmt in _split(r.formats):
            assert (ROOT / f"{r.stem}.{fmt}").exists(), f"{r.stem}.{fmt} missing"
        assert r.caption_en and r.caption_zh and re.search(r"[\u4e00-\u9fff]", r.caption_zh), r.figure


def test_index_matches_the_notebooks_catalogue(index):
    ns = _validate()
    assert list(index["figure"]) == list(ns["CATALOGUE"].index)
    assert list(index["source_notebook"]) == list(ns["CATALOGUE"]["source_notebook"])


def test_png_files_are_300_dpi(index):
    for stem in index["stem"]:
        data = (ROOT / f"{stem}.png").read_bytes()
        at = data.find(b"pHYs")
        assert at > 0, f"{stem}.png has no resolution chunk"
        x, y, unit = struct.unpack(">IIB", data[at + 4:at + 13])
        assert unit == 1 and round(x * 0.0254) == 300 and round(y * 0.0254) == 300, f"{stem}.png: {x}, {y} px/m"


def _unindexed_figure_files(folder: Path, stems: list[str]) -> tuple[list[str], list[str]]:
    """(the indexed stems without a PNG in `folder`, the PNGs in `folder` that are neither an indexed figure nor its
    Chinese variant <stem>_zh, which 01-03 write beside it with lang = "zh")."""
    found = {p.relative_to(ROOT).with_suffix("").as_posix() if p.is_relative_to(ROOT) else p.with_suffix("").as_posix()
             for p in folder.glob("*.png")}
    known = set(stems) | {f"{s}_zh" for s in stems}
    return sorted(set(stems) - found), sorted(found - known)


def test_every_figure_file_has_exactly_one_owner(index):
    """Each file below figures/ is indexed once (or is the Chinese variant of an indexed figure), and the owner's
    source is the only notebook that saves it."""
    missing, unknown = _unindexed_figure_files(FIGURES, list(index["stem"]))
    assert not missing and not unknown, f"not in figures/: {missing}; not in the index: {unknown}"
    assert len(set(index["stem"])) == len(index), "a stem is indexed twice"
    sources = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "notebooks").glob("*.ipynb")}
    for r in index.itertuples(index=False):
        savers = [nb for nb, text in sources.items() if "save_figure" in text and r.figure.split("_", 1)[1] in text
                  and nb != "04_figures"]
        assert r.source_notebook in savers, f"{r.figure}: its owner {r.source_notebook} does not save it"
    assert not (FIGURES / "publication").exists(), "figures/publication/ holds copies: one owner per figure"


def test_04_checks_its_redraws_against_the_owners_files(tmp_path):
    """04 publishes every figure through analysis.plots.publish, which refuses a redraw that differs from the
    owner's file by one byte, and a missing owner's file."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.publish import RedrawMismatch, publish
    from analysis.plots.style import figure_bytes

    assert "publish_figure(fig, name" in "\n".join(_code_cells())

    def fig_of(y):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, y])
        return fig

    (tmp_path / "f.png").write_bytes(figure_bytes(fig_of(1), "png"))
    assert publish(fig_of(1), "f", formats=["png"], lang="en", owner="00", figures=tmp_path) == [
        f"checked {tmp_path / 'f.png'}"]
    with pytest.raises(RedrawMismatch, match="differs from"):
        publish(fig_of(2), "f", formats=["png"], lang="en", owner="00", figures=tmp_path)
    with pytest.raises(FileNotFoundError, match="it is written by 00"):
        publish(fig_of(1), "f", formats=["svg"], lang="en", owner="00", figures=tmp_path)
    plt.close("all")


def test_readme_figure_index_lists_exactly_the_indexed_figures(index):
    sections = []
    for path in README_FILES:
        if path.exists():
            text = path.read_text(encoding="utf-8")
            m = re.search(r"^## Figure index.*?(?=^## |\Z)", text, flags=re.S | re.M)
            if m:
                sections.append((path, m.group(0)))
    assert sections, "no '## Figure index' section in README.md"
    for path, section in sections:
        shown = re.findall(r'<img src="(figures/[^"]+)\.png"', section)
        assert sorted(shown) == sorted(index["stem"]), f"{path.relative_to(ROOT)} lists {shown}"
        for r in index.itertuples(index=False):
            assert f"`{r.source_notebook}`" in section, f"{path.name}: source notebook of {r.figure} not named"


def test_committed_parameters_are_english_and_complete():
    ns = _validate()
    assert ns["lang"] == "en" and ns["figures"] == "all"
    assert ns["selected"] == [f for f in ns["CATALOGUE"].index if ns["CATALOGUE"].loc[f, "redrawn"]]


@pytest.mark.parametrize("overrides, message", [
    ({"lang": "fr"}, "lang must be"),
    ({"figures": ["paperA_xy", "no_such_figure"]}, "unknown figure name"),
    ({"figures": "paperA_xy,nope"}, "unknown figure name"),
    ({"figures": []}, "figures must be"),
    ({"formats": ["png", "gif"]}, "formats must be"),
    ({"formats": []}, "formats must be"),
    ({"validation_tolerance": 0}, "validation_tolerance must be"),
])
def test_bad_parameters_are_refused_with_a_clear_error(overrides, message):
    with pytest.raises(ValueError, match=message):
        _validate(**overrides)


def test_a_selection_is_kept_in_catalogue_order():
    ns = _validate(figures="paperA_xy, paperB_timeline", formats="png,pdf")
    assert ns["selected"] == ["paperB_timeline", "paperA_xy"]
    assert ns["formats"] == ["png", "pdf"]


def test_notebook_recomputes_nothing():
    code = "\n".join(_code_cells())
    for call in ("truth_table(", "minimize(", "analyse_configurations(", "code_documents(", "coding_from_manual(",
                 "assign_stages(", "stage_profile(", "calibrate(", "necessity("):
        assert call not in code, f"04_figures must draw from data/derived, but calls {call[:-1]}"


def _paper_a_data_source() -> str:
    """What data/derived/paperA/ was computed from (notebook 02's calibration.json): 'reconstruction' as shipped,
    'original' or 'mixed' once a holder of Paper A's matrix has dropped it in (README: then every Paper A output
    holds that data, while README's figure table describes the shipped reconstruction)."""
    import json
    meta = ROOT / "data" / "derived" / "paperA" / "calibration.json"
    return json.loads(meta.read_text(encoding="utf-8"))["data_source"] if meta.exists() else "reconstruction"


def test_readme_figure_table_is_generated_from_the_index():
    import subprocess
    import sys
    if _paper_a_data_source() != "reconstruction":
        pytest.skip("Paper A's outputs are not the reconstruction (original data dropped in): README's figure table "
                    "describes the shipped reconstruction")
    r = subprocess.run([sys.executable, "tools/readme_figure_index.py", "--check"], cwd=ROOT, capture_output=True,
                       text=True)
    assert r.returncode == 0, r.stderr


def test_paper_a_captions_name_the_data_the_figures_come_from(index):
    """Paper A's captions say what the figures are drawn from: the reconstruction (the shipped data, in the index),
    or original / mixed case data once a holder drops them in (they said 'by default ... reconstruction' whatever
    the data)."""
    from analysis.figure_catalogue import catalogue

    paper_a = [f for f in index["figure"] if f.startswith("paperA_")]
    shipped = index.set_index("figure").loc[paper_a]
    source = _paper_a_data_source()
    if source == "reconstruction":
        assert shipped["caption_en"].str.contains("reconstruction of the cases, not the paper's data", regex=False).all()
        assert shipped["caption_zh"].str.contains("重建数据", regex=False).all()
    else:   # the index written from a drop-in names its data, and not the reconstruction
        import json
        form = json.loads((ROOT / "data" / "derived" / "paperA" / "calibration.json").read_text(encoding="utf-8"))["form"]
        # a matrix without a sufficient configuration: the figures of the solution are captioned as the panels they are
        no_solution = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8")).get(
            "no_solution", "")
        assert shipped["caption_en"].equals(catalogue(source, form=form, no_solution=no_solution).loc[
            paper_a, "caption_en"]), shipped["caption_en"]
        assert not shipped["caption_zh"].str.contains("本项目的重建数据", regex=False).any()
    original = catalogue("original").loc[paper_a]
    assert original["caption_en"].str.contains("(data: the original case data)", regex=False).all()
    assert not original["caption_en"].str.contains("reconstruct").any()
    assert not original["caption_zh"].str.contains("重建").any()
    assert catalogue("mixed").loc[paper_a, "caption_en"].str.contains("mixing reconstructed and original").all()
    assert not catalogue().drop(index=paper_a)["caption_en"].str.contains("{data", regex=False).any()
    with pytest.raises(ValueError, match="paper_a_source must be one of"):
        catalogue("orignal")


def test_figures_are_listed_in_the_order_of_their_notebooks(index):
    """The figure index (figures/index.csv, README's figure table, the book's figure page and its contents) lists the
    figures notebook by notebook, 00 to 04, as the book's sidebar orders the notebooks: Paper B's excerpt-layer
    figures (01) came after Paper A's (02, 03), so a reader met Paper B, then Paper A, then Paper B again."""
    from analysis.figure_catalogue import catalogue

    for owners in (list(catalogue()["source_notebook"]), list(index["source_notebook"])):
        assert owners == sorted(owners), owners


def test_a_chinese_full_run_indexes_the_figures_it_draws(tmp_path):
    """README: `make P_04_figures="-p lang zh"` draws Chinese-labelled variants to figures/zh/. With a CJK font it
    failed at the index ('indexed file(s) missing after a full run: figures/zh/paperB_units_timeline_zh.png, ...'):
    the zh index listed the three figures 04 does not draw (their owner, 01, writes its Chinese variants to
    figures/<name>_zh). The index cell runs here on a folder holding exactly what the run drew."""
    import json

    from analysis.io import keep_output, write_csv
    from analysis.paths import DATA_DERIVED

    ns = _validate(lang="zh")
    out = tmp_path / "zh"
    out.mkdir()
    drawn = [f for f in ns["CATALOGUE"].index if ns["CATALOGUE"].loc[f, "redrawn"]]
    for name in drawn:
        for fmt in ns["formats"]:
            (out / f"{name}_zh.{fmt}").write_bytes(b"")
    ns.update(OUT=out, suffix="_zh", lang_used="zh", write_csv=write_csv, keep_output=keep_output,
              display=lambda *args, **kwargs: None,
              derived_json=lambda name: json.loads((DATA_DERIVED / name).read_text(encoding="utf-8")))
    (cell,) = [c for c in _code_cells() if "index_file = OUT" in c]
    exec(cell, ns)  # noqa: S102 - the notebook's own cell
    written = pd.read_csv(out / "index.csv", dtype=str, keep_default_na=False)
    assert written["figure"].tolist() == drawn and list(written.columns) == COLUMNS


def test_a_chinese_run_never_overwrites_the_english_figures():
    """02 and 03 saved their figures under the English names whatever `lang`: with a CJK font, `make
    P_03_qca="-p lang zh"` wrote Chinese-labelled figures over figures/paperA_*.png (committed files) and 04 then
    stopped with RedrawMismatch. A notebook with a `lang` parameter saves under a name that follows the language
    (*_zh, as 01 does); 04 writes its Chinese variants to figures/zh/ through analysis.plots.publish."""
    checked = []
    for path in sorted((ROOT / "notebooks").glob("*.ipynb")):
        cells = [c for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code"]
        if path.stem == "04_figures" or not any("parameters" in c.metadata.get("tags", []) and
                                                re.search(r"^lang\s*=", c.source, re.M) for c in cells):
            continue
        for call in re.findall(r"save_figure\(\s*\w+\s*,\s*FIGURES\s*/\s*(f?\"[^\"]*\")", "\n".join(c.source for c in cells)):
            assert call.startswith('f"') and "{suffix}" in call, f"{path.name}: save_figure(..., FIGURES / {call})"
            checked.append(call)
    assert len(checked) >= 6, checked


def test_a_chinese_variant_beside_its_figure_is_not_an_unindexed_file(tmp_path):
    """After `make P_01_policy_evolution="-p lang zh"` (data/README.md) figures/ holds paperB_*_zh.png beside the
    English files, and `make test` failed: 'figures/ holds files the index does not list'. A Chinese variant of an
    indexed figure is expected there; any other file is still reported, and so is a missing one."""
    stems = [(tmp_path / name).as_posix() for name in ("fig_a", "fig_b")]
    for name in ("fig_a", "fig_a_zh", "fig_b"):
        (tmp_path / f"{name}.png").write_bytes(b"")
    assert _unindexed_figure_files(tmp_path, stems) == ([], [])
    (tmp_path / "stray.png").write_bytes(b"")
    (tmp_path / "fig_b.png").unlink()
    assert _unindexed_figure_files(tmp_path, stems) == ([stems[1]], [(tmp_path / "stray").as_posix()])


def test_chinese_figure_variants_are_git_ignored():
    """A lang = "zh" run writes figures/<name>_zh.* (01-03) and figures/zh/ (04) beside the committed English
    figures; they were untracked but not ignored, so `git add -A` would commit them."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    paths = ["figures/paperA_configurations_zh.png", "figures/paperB_units_timeline_zh.svg",
             "figures/zh/paperA_xy_zh.png"]
    out = subprocess.run(["git", "check-ignore", "--no-index", *paths], cwd=ROOT, capture_output=True, text=True)
    assert out.stdout.split() == paths
    kept = subprocess.run(["git", "check-ignore", "--no-index", "figures/paperA_configurations.png"], cwd=ROOT,
                          capture_output=True, text=True)
    assert kept.returncode == 1   # the English figure is not ignored


def test_the_introduction_names_the_figures_drawn_here(index):
    """04's introduction lists, per owner notebook, the figures it redraws, and says how many it leaves to 01 ('all but
    the three figures of Paper B's excerpt layer'): typed by hand, both must follow the catalogue's redrawn_here."""
    nb = nbformat.read(SOURCE, as_version=4)
    intro = next(c.source for c in nb.cells if c.cell_type == "markdown" and "| figure | data from |" in c.source)
    rows = [line for line in intro.splitlines() if line.startswith("| `")]
    listed = {name: line.split("|")[2].strip() for line in rows for name in re.findall(r"`(\w+)`", line.split("|")[1])}
    here = index[index["redrawn_here"] == "True"]
    assert listed == dict(zip(here["figure"], here["source_notebook"])), listed
    words = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
    m = re.search(r"all but the (\w+) figures? of Paper B's excerpt layer", " ".join(intro.split()))
    assert m and words.get(m.group(1), -1) == int((index["redrawn_here"] != "True").sum()), m and m.group(0)
    # the 中文 paragraph said 04 redraws 全部出版用图 (every figure): it says which it leaves to 01, as the English does
    chinese = next(p for p in intro.split("\n\n") if p.startswith("**中文**"))
    zh_words = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}
    m = re.search(r"论文B摘录层的(\w)张图", chinese)
    assert "全部出版用图" not in chinese and m and zh_words.get(m.group(1), -1) == int(
        (index["redrawn_here"] != "True").sum()), chinese


def test_paper_b_figures_that_mark_unverified_dates_say_so_in_their_captions(index):
    """Both Paper B timelines draw a unit or document whose date is U as an open marker (their legends say so), but
    only the corpus timeline's caption said it: the excerpt units' caption (README figure table, the book's figure
    index) described squares and colours and not the open markers, though most of the units' dates are U. Each
    figure whose legend has a 'date U' entry now says so in both captions."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import Periodisation
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    p = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                      written=("2020-01", "2022-01"))
    units = pd.DataFrame({"unit_id": ["N01-01", "L01-01"], "date": ["2021-06-01", "2023-12"],
                          "date_status": ["U", "V"], "level": ["national", "county"]})
    docs = pd.DataFrame({"doc_id": ["D1", "D2"], "kind": ["document", "document"], "date": ["2021-06", "2023-12"],
                         "date_status": ["U", "V"], "label_en": ["a", "b"], "title_zh": ["甲", "乙"]})
    from analysis.paper_b.periodisation import assign_stages
    drawn = {"paperB_units_timeline": policy_plots.units_timeline(units, p, readings),
             "paperB_timeline": policy_plots.timeline(docs, assign_stages(docs, p), p, readings)}
    captions = index.set_index("figure")
    for name, fig in drawn.items():
        # the legend sits in the axes, or below them in a figure legend when it would cover the markers (a corpus
        # this small, depending on the fonts measured): read whichever was drawn
        legends = [fig.axes[0].get_legend(), *fig.legends]
        legend = [t.get_text() for lg in legends if lg is not None for t in lg.get_texts()]
        plt.close(fig)
        assert any(t.startswith("date U") for t in legend), (name, legend)
        assert "open markers: date unverified" in captions.loc[name, "caption_en"], name
        assert "空心标记：日期未核实" in captions.loc[name, "caption_zh"], name


def test_readme_figure_index_says_in_both_languages_what_paper_a_figures_show(index):
    """The figure index of README.md is bilingual (the captions are English and Chinese); its English text says that
    Paper A's figures show the compendium's reconstruction and that 04_figures redraws each figure it can, but the
    Chinese line said neither: it named no reconstruction and said 04_figures redraws (every figure). The Chinese now
    says both: the reconstruction, not the paper's data, and that the excerpt layer's figures (catalogued
    redrawn_here = False) are drawn by their owner only."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Figure index.*?(?=^\| figure)", text, flags=re.S | re.M).group(0)
    english = " ".join(line for line in section.splitlines() if line and not re.search(r"[\u4e00-\u9fff]{4}", line))
    chinese = "".join(line for line in section.splitlines() if re.search(r"[\u4e00-\u9fff]{4}", line)
                      and not line.startswith("#"))
    assert "reconstruction" in english and "each figure it can" in english
    assert chinese, "the figure index has no Chinese text"
    assert "重建" in chinese and "并非原文数据" in chinese, chinese
    if not index["redrawn_here"].astype(str).eq("True").all():
        assert "摘录层" in chinese and "仅由" in chinese, chinese


def test_locality_caption_describes_hybrids_as_the_data_define_them(index):
    """A hybrid locality is one coded with two or more practice models (excerpt_checks.locality_models: n_models >= 2),
    and the chart joins all of a hybrid's models by one line. The caption said 'a locality coded with two models (a
    hybrid) shows both' (兼具两种模式), while the committed data have hybrids coded with all three models (Datian
    county, Hainan prefecture). Both captions now say two or more."""
    from analysis.paths import DATA_DERIVED

    loc = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    assert (loc["hybrid"] == (loc["n_models"] >= 2)).all()
    assert loc.loc[loc["hybrid"], "n_models"].max() > 2, "no hybrid with more than two models: the test shows nothing"
    cap = index.set_index("figure").loc["paperB_localities_models"]
    assert "two or more models (a hybrid)" in cap["caption_en"] and "shows both" not in cap["caption_en"], cap["caption_en"]
    assert "兼具两种或以上模式" in cap["caption_zh"] and "兼具两种模式" not in cap["caption_zh"], cap["caption_zh"]


def test_paper_b_captions_say_what_their_figures_rest_on(index):
    """Paper B publishes no stage years: every figure that places items in stages rests on the compendium's stage
    starts, and only the corpus timeline's caption said so (the figure titles do; the README's figure table and the
    book's figure index show the captions alone). The excerpt layer reads page heads, not full texts, and only the
    units timeline's caption said so, though the units heat map and the localities chart count the same excerpts
    (a model absent from a locality may sit further down its pages). Which figures are which is read from the files
    they are drawn from: stage tables (stage_*, units_stage_*), excerpt tables (units_*)."""
    rows = index[index["figure"].str.startswith("paperB_")].set_index("figure")
    files = {f: _split(rows.loc[f, "derived_files"]) for f in rows.index}
    staged = [f for f, fs in files.items() if any(Path(p).name.startswith(("stage_", "units_stage_")) for p in fs)]
    excerpts = [f for f, fs in files.items() if any(Path(p).name.startswith("units_") for p in fs)]
    assert len(staged) >= 4 and len(excerpts) >= 3, (staged, excerpts)
    for f in staged:
        assert "stage starts are the compendium's parameters" in rows.loc[f, "caption_en"], f
        assert "阶段起点为本项目设定的参数" in rows.loc[f, "caption_zh"], f
    for f in excerpts:
        assert "not full texts" in rows.loc[f, "caption_en"] and "page" in rows.loc[f, "caption_en"], f
        assert "页面开头" in rows.loc[f, "caption_zh"] and "并非全文" in rows.loc[f, "caption_zh"], f


def test_every_paper_b_caption_says_its_data_are_the_compendiums_not_the_papers(index):
    """Paper A's captions say '(data: the compendium's reconstruction of the cases, not the paper's data)'; Paper B's
    said 'documents of the corpus' or 'excerpt units' without saying whose: a reader of the README's figure table or
    the book's figure index could take the corpus for the paper's own policy texts, which are not public (only its
    abstract is). Every Paper B caption, in both languages and for either coding, now says what it rests on: the
    corpus rebuilt from public sources (title layer), the excerpts of public web pages (excerpt layer) or the
    compendium's reading of the abstract (the model-Rainbow map), and that this is not Paper B's data."""
    from analysis.figure_catalogue import catalogue

    rows = index[index["figure"].str.startswith("paperB_")].set_index("figure")
    assert len(rows) >= 6, rows.index.tolist()
    for cat in (rows, *(catalogue(coding=c).loc[rows.index] for c in ("manual", "dictionary"))):
        for f, r in cat.iterrows():
            assert "data: the compendium's " in r["caption_en"], f
            assert "not Paper B's data, which is not public" in r["caption_en"], f
            assert "数据：本项目" in r["caption_zh"] and "并非论文B未公开的数据" in r["caption_zh"], f
    files = {f: " ".join(_split(rows.loc[f, "derived_files"])) for f in rows.index}
    for f in rows.index:   # which data, by the tables the figure is drawn from
        said = ("excerpts of public web pages" if "/units_" in files[f] else "reading of Paper B's abstract"
                if "model_rainbow" in files[f] else "corpus rebuilt from public sources")
        assert said in rows.loc[f, "caption_en"], (f, said)
    # and every Paper B figure's drawn title says it too (the units timeline, the localities chart and the
    # model-Rainbow map did not: only their captions said it)
    for name in rows.index:
        svg = (FIGURES / f"{name}.svg").read_text(encoding="utf-8")
        title = re.search(r"<dc:title>([^<]*)", svg).group(1)
        assert "data: the compendium's " in title and "not Paper B's" in title, (name, title)


def test_paper_b_captions_name_the_coding_their_figures_draw(index):
    """The units heat map's caption said 'the compendium's manual coding' in so many words, while notebook 01 draws it
    (and the localities chart and the title layer's heat map) from the coding its parameter profile_source names, as
    the figures' titles say (policy.coding_words): with profile_source = 'dictionary' the caption in figures/index.csv
    and the README's figure table would have said manual under a figure that says keyword coding. The captions now
    take the coding from catalogue(coding=...), which notebook 04 reads from parameters.json."""
    import json

    from analysis.figure_catalogue import catalogue
    from analysis.paths import DATA_DERIVED
    from analysis.plots.policy import coding_words

    coded = ["paperB_stage_heatmap", "paperB_units_stage_heatmap", "paperB_localities_models"]
    for coding, other in (("manual", "dictionary"), ("dictionary", "manual")):
        cat = catalogue(coding=coding).loc[coded]
        for lang, col in (("en", "caption_en"), ("zh", "caption_zh")):
            assert cat[col].str.contains(coding_words(coding, lang), regex=False).all(), (coding, lang)
            assert not cat[col].str.contains(coding_words(other, lang), regex=False).any(), (coding, lang)
    with pytest.raises(ValueError, match="coding must be one of manual, dictionary"):
        catalogue(coding="keywords")
    shipped = json.loads((DATA_DERIVED / "paperB" / "parameters.json").read_text(encoding="utf-8"))["profile_source"]
    rows = index.set_index("figure").loc[coded]
    assert rows["caption_en"].str.contains(coding_words(shipped, "en"), regex=False).all()
    code = "\n".join(_code_cells())
    assert 'derived_json("paperB/parameters.json")["profile_source"]' in code and "coding=coding_B" in code


def _two_stage_corpus():
    """Readings, periodisation and two documents of a two-stage corpus, for the timeline's tests."""
    from analysis.paper_b.periodisation import Periodisation

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    p = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                      written=("2020-01", "2022-01"))
    docs = pd.DataFrame({"doc_id": ["D1", "D2"], "kind": ["document", "document"], "date": ["2021-06", "2023-12"],
                         "date_status": ["V", "V"], "label_en": ["a", "b"], "title_zh": ["甲", "乙"]})
    return readings, p, docs


def test_a_corpus_timeline_of_200_items_is_one_page_tall_with_every_item_in_side_by_side_panels():
    """The corpus timeline gave each item a row of 0.28 inch: a researcher's corpus of 200 documents drew a figure 57.6
    inches tall. Its items are drawn in panels of at most PANEL_ROWS side by side, in date order, the figure as tall
    as one panel, the legend below them all; more than max_rows items are refused, naming max_rows."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import assign_stages
    from analysis.plots import policy as policy_plots
    from analysis.plots.layout import PANEL_ROWS
    from analysis.qca.errors import QCAInputError

    readings, p, _ = _two_stage_corpus()
    docs = pd.DataFrame({"doc_id": [f"D{i:03d}" for i in range(200)], "kind": "document",
                         "date": [f"{2019 + i // 40}-{1 + i % 12:02d}" for i in range(200)], "date_status": "V",
                         "label_en": [f"item {i}" for i in range(200)], "title_zh": "甲"})
    fig = policy_plots.timeline(docs, assign_stages(docs, p), p, readings)
    one = policy_plots.timeline(docs.iloc[:PANEL_ROWS], assign_stages(docs.iloc[:PANEL_ROWS], p), p, readings)
    try:
        panels = [ax for ax in fig.axes if ax.get_visible()]
        assert len(panels) == 5 and fig.get_figheight() <= one.get_figheight() + 1e-9 < 15
        drawn = [t.get_text().split()[0] for ax in panels for t in sorted(ax.texts, key=lambda t: -t.get_position()[1])
                 if t.get_text().startswith("D")]
        assert drawn == list(docs["doc_id"])
        assert fig.legends and not any(ax.get_legend() for ax in panels)
        assert fig.get_suptitle().startswith("National documents and context events by stage")
    finally:
        plt.close(fig)
        plt.close(one)
    with pytest.raises(QCAInputError, match=r"^the figure has 200 corpus items, more than it draws \(max_rows=100; "):
        policy_plots.timeline(docs, assign_stages(docs, p), p, readings, max_rows=100)

@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the title's text is read, not its glyphs
def test_the_corpus_timeline_title_says_the_same_in_both_languages():
    """The corpus timeline's English title reads 'National documents and context events by stage', the Chinese
    read 医防融合相关国家文件与背景事件: it called every document 'related to 医防融合' (some predate the term) and
    left out 'by stage'. The Chinese now says what the English says (各阶段的国家文件与背景事件)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import assign_stages
    from analysis.plots import policy as policy_plots

    readings, p, docs = _two_stage_corpus()
    titles = {}
    for lang in ("en", "zh"):
        fig = policy_plots.timeline(docs, assign_stages(docs, p), p, readings, lang=lang)
        titles[lang] = fig.axes[0].get_title(loc="left")
        plt.close(fig)
    assert titles["en"].startswith("National documents and context events by stage")
    assert titles["zh"].startswith("各阶段的国家文件与背景事件") and "医防融合" not in titles["zh"]
    assert "not Paper B's" in titles["en"] and "并非论文B的数据" in titles["zh"], titles


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the legend's text is read, not its glyphs
def test_the_corpus_timeline_says_what_its_bold_labels_are(index):
    """The corpus timeline draws the landmark items (the documents and events each stage start is anchored on,
    notebook 01's `landmarks`) with bold labels, but neither its legend nor its caption (README figure table, the
    book's figure index) said what bold meant: a reader saw four items set apart without a reason. The legend now has
    an entry for them (only when landmarks are drawn) and both captions say it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import assign_stages
    from analysis.plots import policy as policy_plots

    readings, p, docs = _two_stage_corpus()
    legends = {}
    for lang, landmarks in (("en", ("D1",)), ("zh", ("D1",)), ("none", ())):
        fig = policy_plots.timeline(docs, assign_stages(docs, p), p, readings, landmarks=landmarks,
                                    lang="en" if lang == "none" else lang)
        legend = fig.axes[0].get_legend() or fig.legends[0]   # below the axes when it would cover the plot
        legends[lang] = [t.get_text() for t in legend.get_texts()]
        bold = [t.get_text() for t in fig.axes[0].texts if t.get_fontweight() == "bold" and t.get_text().startswith("D")]
        assert bold == (["D1  a" if lang == "en" else "D1  甲"] if landmarks else []), (lang, bold)
        plt.close(fig)
    assert any(t.startswith("bold: landmark") for t in legends["en"]), legends["en"]
    assert any(t.startswith("加粗") for t in legends["zh"]), legends["zh"]
    assert not any("bold" in t for t in legends["none"]), legends["none"]
    row = index.set_index("figure").loc["paperB_timeline"]
    assert "landmark" in row["caption_en"] and "in bold" in row["caption_en"], row["caption_en"]
    assert "标志性条目" in row["caption_zh"] and "加粗" in row["caption_zh"], row["caption_zh"]


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the legend's text is read, not its glyphs
def test_the_model_rainbow_map_says_what_its_grey_dots_are(index):
    """The practice models x Rainbow dimensions figure draws a grey dot where the compendium links a model to no
    dimension, but its legend named only 'core' and 'supporting' and its caption said nothing of the dots: a reader
    could take a dot for a weak link. The legend now has an entry for them (only when some are drawn) and both
    captions say it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"item_id": ["M1", "M2"], "kind": ["model", "model"], "order": [1, 2],
                             "name_zh": ["甲型", "乙型"], "name_en": ["A", "B"]})
    codes = ["rainbow.system", "rainbow.service"]
    some = pd.DataFrame({"model_id": ["M1", "M2"], "code": codes, "role": ["core", "supporting"]})
    full = pd.DataFrame({"model_id": ["M1", "M1", "M2", "M2"], "code": codes * 2,
                         "role": ["core", "supporting", "core", "core"]})
    legends = {}
    for name, table, lang in (("en", some, "en"), ("zh", some, "zh"), ("full", full, "en")):
        fig = policy_plots.model_rainbow_map(table, readings, codes, lang=lang)
        legends[name] = [t.get_text() for t in fig.axes[0].get_legend().get_texts()]
        plt.close(fig)
    assert legends["en"] == ["core", "supporting", "not linked"], legends["en"]
    assert legends["zh"] == ["核心", "支撑", "无对应"], legends["zh"]
    assert legends["full"] == ["core", "supporting"], legends["full"]
    row = index.set_index("figure").loc["paperB_model_rainbow"]
    assert "grey dot: not linked" in row["caption_en"], row["caption_en"]
    assert "灰点：无对应" in row["caption_zh"], row["caption_zh"]


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the labels' text is read, not its glyphs
def test_the_chinese_corpus_timeline_marks_a_shortened_title():
    """The Chinese corpus timeline labels each item with its title cut to 16 characters, with nothing to say it was
    cut: D08 read 国务院应对新型冠状病毒感染肺炎疫, D01 国务院办公厅关于推进分级诊疗制度, titles that do not exist. A shortened title now ends with an ellipsis (…); a title that fits is shown whole."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import Periodisation, assign_stages
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    p = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                      written=("2020-01", "2022-01"))
    long_title = "国务院办公厅关于推进分级诊疗制度建设的指导意见"
    docs = pd.DataFrame({"doc_id": ["D1", "D2"], "kind": ["document", "document"], "date": ["2021-06", "2023-12"],
                         "date_status": ["V", "V"], "label_en": ["a", "b"], "title_zh": [long_title, "健康中国2030"]})
    fig = policy_plots.timeline(docs, assign_stages(docs, p), p, readings, lang="zh")
    labels = {t.get_text().split("  ", 1)[0]: t.get_text().split("  ", 1)[1]
              for t in fig.axes[0].texts if t.get_text().startswith("D")}
    plt.close(fig)
    assert labels["D2"] == "健康中国2030"
    assert labels["D1"].endswith("…") and long_title.startswith(labels["D1"][:-1]), labels["D1"]
    assert len(labels["D1"]) <= 16, labels["D1"]


def test_the_units_heat_map_caption_says_where_a_straddling_unit_is_counted(index):
    """The excerpt units' heat map counts each unit in one stage, and a unit dated only by a year or month whose
    interval spans a stage start (12 at the defaults: units_placement_sensitivity.csv) is counted in the stage of the
    interval's first day. The units timeline's caption said so (by the first day of the date); the heat map's, which
    shows the counts that rule makes, did not. Both captions of the heat map now say it."""
    row = index.set_index("figure").loc["paperB_units_stage_heatmap"]
    assert "first day" in row["caption_en"], row["caption_en"]
    assert "首日" in row["caption_zh"], row["caption_zh"]


def test_locality_caption_says_a_provincial_item_counts_for_its_province(index):
    """The level of an item's body decides its locality (analysis/paper_b/localities.py): X22, a provincial meeting
    held in 郴州, is Hunan province's row in the chart, not Chenzhou's. The caption now says so in both languages,
    so a reader does not look for the city where a provincial body met."""
    from analysis.paths import DATA_DERIVED

    loc = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    assert (loc["levels"] == "provincial").any()
    cap = index.set_index("figure").loc["paperB_localities_models"]
    assert "a provincial item counts for its province, wherever it was held" in cap["caption_en"], cap["caption_en"]
    assert "省级条目计入其省份" in cap["caption_zh"], cap["caption_zh"]


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the title's text is read, not its glyphs
def test_every_excerpt_layer_figure_says_in_its_drawn_title_that_it_shows_page_heads():
    """The units' timeline and heat map say 'page heads' in their drawn titles, the localities chart did not: its
    title 'Local practice models by province and locality' read, without the caption, as a survey of the provinces'
    practice rather than of the reachable heads of some stored pages. Every committed excerpt-layer figure's
    embedded title (SVG dc:title) now says so, and the Chinese title as well."""
    import re

    from analysis.paths import FIGURES
    for name in ("paperB_units_timeline", "paperB_units_stage_heatmap", "paperB_localities_models"):
        svg = (FIGURES / f"{name}.svg").read_text(encoding="utf-8")
        title = re.search(r"<dc:title>([^<]*)", svg).group(1)
        assert "page heads" in title, (name, title)
    import matplotlib.pyplot as plt

    from analysis.paper_b import codebook as cb, corpus
    from analysis.paths import DATA_DERIVED
    from analysis.plots import policy as policy_plots
    book = cb.load_codebook()
    loc = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv")
    fig = policy_plots.locality_models_chart(loc, book.codes_of("model"), corpus.load_readings(book), lang="zh")
    try:
        assert "页面开头" in fig.axes[0].get_title(loc="left"), fig.axes[0].get_title(loc="left")
    finally:
        plt.close(fig)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the labels' text is read, not its glyphs
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_figure_names_the_practice_models_alike(lang):
    """The units heat map labelled the practice models from their code names ('responsibility list', 'digital
    integration') while the localities chart and the model x Rainbow map used the models' names ('embedded
    responsibility lists', 'digitally enabled integration'), and the Chinese heat map the full Chinese names: one
    model, two English labels. Every figure now names a model by its name in the codebook (label_en / label_zh),
    the same name as paperB_readings.csv gives it."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b import codebook as cb, corpus
    from analysis.plots import policy as policy_plots
    book = cb.load_codebook()
    readings = corpus.load_readings(book)
    codes = book.codes_of("model")
    names = [book.label(c, lang) for c in codes]
    models = readings[readings["kind"] == "model"].sort_values("order")
    assert models["name_zh" if lang == "zh" else "name_en"].tolist() == names
    stages = readings.loc[readings["kind"] == "stage"].sort_values("order")["name_zh"].tolist()
    prof = pd.DataFrame({c: [1] * len(stages) for c in codes} | {"n_documents": [2] * len(stages)}, index=stages)
    heat = policy_plots.stage_heatmaps({"model": prof}, readings, book.table, lang=lang, unit="units")
    loc = pd.DataFrame({"province": ["浙江"], "place": ["杭州"], "province_en": ["Zhejiang"], "place_en": ["Hangzhou"],
                        "hybrid": [False]} | {c: [1] for c in codes})
    chart = policy_plots.locality_models_chart(loc, codes, readings, lang=lang)
    rainbow = policy_plots.model_rainbow_map(pd.DataFrame({"model_id": models["item_id"], "code": "rainbow.system",
                                                           "role": "core"}), readings, ["rainbow.system"], book.table,
                                             lang=lang)
    try:
        assert [t.get_text() for t in heat.axes[0].get_xticklabels()] == names
        assert [t.get_text() for t in chart.axes[0].get_xticklabels()] == names
        assert [t.get_text() for t in rainbow.axes[0].get_yticklabels()] == names[::-1]
    finally:
        for f in (heat, chart, rainbow):
            plt.close(f)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the titles' text is read, not its glyphs
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_every_paper_b_figure_title_names_its_data_in_either_language(lang):
    """The corpus timeline and the stage heat maps said in their drawn titles that they rest on the compendium's
    data, not Paper B's; the units timeline, the localities chart and the model-Rainbow map did not (their captions
    alone said it), so a figure copied without its caption read as Paper B's own. Every Paper B figure's title now
    names its data, in English and in Chinese."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b import codebook as cb, corpus
    from analysis.paper_b.periodisation import assign_stages
    from analysis.plots import policy as policy_plots

    book = cb.load_codebook()
    readings = corpus.load_readings(book)
    codes = book.codes_of("model")
    models = readings[readings["kind"] == "model"].sort_values("order")
    _, p, docs = _two_stage_corpus()
    two = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    units = pd.DataFrame({"unit_id": ["N01-01", "L01-01"], "date": ["2021-06-01", "2023-12"],
                          "date_status": ["U", "V"], "level": ["national", "county"]})
    prof = pd.DataFrame({c: [1, 1] for c in codes} | {"n_documents": [2, 2]}, index=["甲", "乙"])
    loc = pd.DataFrame({"province": ["浙江"], "place": ["杭州"], "province_en": ["Zhejiang"], "place_en": ["Hangzhou"],
                        "hybrid": [False]} | {c: [1] for c in codes})
    figs = {"timeline": policy_plots.timeline(docs, assign_stages(docs, p), p, two, lang=lang),
            "stage_heatmap": policy_plots.stage_heatmaps({"model": prof}, two, book.table, lang=lang),
            "units_stage_heatmap": policy_plots.stage_heatmaps({"model": prof}, two, book.table, lang=lang,
                                                               unit="units"),
            "units_timeline": policy_plots.units_timeline(units, p, two, lang=lang),
            "localities_models": policy_plots.locality_models_chart(loc, codes, readings, lang=lang),
            "model_rainbow": policy_plots.model_rainbow_map(
                pd.DataFrame({"model_id": models["item_id"], "code": "rainbow.system", "role": "core"}), readings,
                ["rainbow.system"], book.table, lang=lang)}
    try:
        for name, fig in figs.items():
            title = " ".join([fig.get_suptitle()] + [ax.get_title(loc="left") for ax in fig.axes])
            said = ("data: the compendium's ", "not Paper B's") if lang == "en" else ("数据：本项目", "并非论文B的数据")
            assert all(s in title for s in said), (name, title)
    finally:
        for fig in figs.values():
            plt.close(fig)


def test_the_committed_figures_name_the_practice_models_alike():
    """The drawn English figures (their SVG keeps each text as a comment) name every practice model by its name,
    never by its code's short form."""
    from analysis.paper_b import codebook as cb
    from analysis.paths import FIGURES
    book = cb.load_codebook()
    for name in ("paperB_units_stage_heatmap", "paperB_localities_models", "paperB_model_rainbow"):
        texts = re.findall(r"<!-- (.*?) -->", (FIGURES / f"{name}.svg").read_text(encoding="utf-8"))
        for code in book.codes_of("model"):
            assert book.label(code, "en") in texts, (name, code)
            if code_short(code) != book.label(code, "en"):
                assert code_short(code) not in texts, (name, code)


def code_short(code: str) -> str:
    return code.split(".", 1)[1].replace("_", " ")


def _legend_covers(fig) -> list[str]:
    """The markers and text labels of the figure's plot whose drawn boxes meet its legend's box (the legend of the
    axes, or one the figure holds below them)."""
    ax = fig.axes[0]
    legend = ax.get_legend() or (fig.legends[0] if fig.legends else None)
    assert legend is not None, "the figure has no legend"
    renderer = fig.canvas.get_renderer()
    box = legend.get_window_extent(renderer)
    texts = [f"label {t.get_text()!r}" for t in ax.texts if t.get_text().strip()
             and t.get_window_extent(renderer).overlaps(box)]
    markers = [f"marker {line.get_xydata().tolist()}" for line in ax.lines
               if line.get_marker() not in (None, "None", "") and line.get_window_extent(renderer).overlaps(box)]
    return texts + markers


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # boxes are measured, glyphs not drawn
def test_the_corpus_timelines_legend_covers_no_marker_or_label():
    """The corpus timeline's legend sits inside the plot, in the lower left corner the documents leave free: nothing
    guarded it, and a corpus of one or two years (six documents from January to June 2020) had its last marker
    under the legend. The legend now covers no marker and no label: the committed figure's (drawn from the
    derived tables as notebook 04 draws it) and, moved below the axes, such a corpus's."""
    import json

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b import codebook as cb
    from analysis.paper_b import corpus
    from analysis.paper_b.periodisation import PRE_STAGE, Periodisation, assign_stages, validate_stage_starts
    from analysis.paths import DATA_DERIVED
    from analysis.plots import policy as policy_plots
    from analysis.plots.style import apply_style

    params = json.loads((DATA_DERIVED / "paperB" / "parameters.json").read_text(encoding="utf-8"))
    stages = [s for s in pd.read_csv(DATA_DERIVED / "paperB" / "stage_counts.csv")["stage"] if s != PRE_STAGE]
    periodisation = validate_stage_starts(params["stage_starts"], stages)
    readings = corpus.load_readings(cb.load_codebook())
    items = pd.read_csv(DATA_DERIVED / "paperB" / "stage_assignments.csv", dtype=str, keep_default_na=False)
    items = items.merge(corpus.load_documents()[["doc_id", "label_en"]], on="doc_id", how="left")
    problems = {}
    try:
        apply_style("en")
        fig = policy_plots.timeline(items, items, periodisation, readings,
                                    landmarks=tuple(params["landmarks"][s] for s in stages))
        problems["the committed figure"] = _legend_covers(fig)
        plt.close(fig)
        two = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
        p = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                          written=("2020-01", "2022-01"))
        docs = pd.DataFrame({"doc_id": [f"D{i}" for i in range(1, 7)], "kind": "document",
                             "date": [f"2020-0{i}" for i in range(1, 7)], "date_status": "V",
                             "label_en": list("abcdef"), "title_zh": list("甲乙丙丁戊己")})
        fig = policy_plots.timeline(docs, assign_stages(docs, p), p, two)
        problems["six documents of 2020"] = _legend_covers(fig)
        inside = fig.axes[0].get_legend() is not None
        plt.close(fig)
    finally:
        apply_style("en")
    assert not any(problems.values()), problems
    assert not inside, "the legend stayed inside the crowded plot"


def test_the_model_rainbow_map_says_paper_b_names_no_rainbow_dimension(index):
    """The practice models x Rainbow dimensions figure said only 'as read by the compendium': beside Paper B's other
    figures a reader took the map for Paper B's (the ledger's B07 even checked it, against the compendium's own
    table). Paper B's abstract names no Rainbow dimension, and no claim checks the map: both captions say so."""
    abstract = (ROOT / "data" / "reference" / "seeds" / "000_7f18ffbc0703f230.txt").read_text(encoding="utf-8")
    assert "彩虹" not in abstract and "Rainbow" not in abstract
    row = index.set_index("figure").loc["paperB_model_rainbow"]
    assert "abstract names no Rainbow dimension" in row["caption_en"] and "no claim" in row["caption_en"], \
        row["caption_en"]
    assert "摘要未提及彩虹模型" in row["caption_zh"] and "无论断核对" in row["caption_zh"], row["caption_zh"]
    ledger = pd.read_csv(ROOT / "data" / "derived" / "paperB" / "claims.csv", dtype=str, keep_default_na=False)
    assert not ledger["claim_en"].str.contains("Rainbow").any()   # as the caption says


def test_04_counts_the_paths_of_a_model_not_the_rows_of_every_group():
    """Notebook 04 printed 'intermediate solution, 48 path(s), 8 distinct model(s)': 48 is the rows of paths.csv over
    its 12 model groups, while each model has 4 paths (the chart it checks shows 4 per group). It now prints the
    groups, the models and the paths of G1, as the configuration analysis prints itself, and the rows apart."""
    qca = __import__("json").loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))
    if qca.get("no_solution"):
        pytest.skip("no sufficient configuration: no paths to count")
    paths = pd.read_csv(ROOT / "data" / "derived" / "paperA" / "paths.csv", dtype=str, keep_default_na=False)
    nb = nbformat.read(ROOT / "notebooks" / "executed" / "04_figures.ipynb", as_version=4)
    printed = [o["text"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
               if o.get("name") == "stdout" and " distinct model" in o["text"] and " in G1 (" in o["text"]]
    assert len(printed) == 1, printed
    g1 = int((paths["group"] == "G1").sum())
    groups, models = paths["group"].nunique(), qca["n_models"]   # each count in its noun's number (was 'group(s)')
    assert (f"{qca['report']} solution ({qca['data_source']}): {groups} model group{'s' * (groups != 1)} of {models} "
            f"distinct model{'s' * (models != 1)}, {g1} path{'s' * (g1 != 1)} in G1 ({len(paths)} path rows over the "
            "groups); M1 consistency") in printed[0], \
        printed[0]


def test_04_names_the_analysis_and_the_data_source_of_paper_as_results():
    """Notebook 04 printed 'intermediate solution, 12 model group(s) ...; M1 consistency 1.000, coverage 0.750' and
    'solution membership of ...: consistency ...' without saying that the solution is ESA's (notebook 03's default,
    qca.json's analysis) or whose cases they are (reconstruction), which every result line of notebook 03 says. They
    now name both, read from qca.json."""
    from analysis.paper_a import cases as C

    qca = __import__("json").loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))
    nb = nbformat.read(ROOT / "notebooks" / "executed" / "04_figures.ipynb", as_version=4)
    printed = "".join(o["text"] for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
                      if o.get("name") == "stdout")
    kind = {"esa": "ESA", "standard": "standard"}[qca["parameters"]["analysis"]]
    assert f"\n{kind} {qca['report']} solution{C.source_text(': ', qca['data_source'])}" in printed, printed
    assert all(C.source_text(f"note: {n}", qca["data_source"]) in printed for n in qca["notes"]), printed
    if not qca.get("no_solution"):
        assert C.source_text("solution membership of X: consistency", qca["data_source"]).replace(
            "solution membership of X", "") in printed, printed


def test_a_stale_english_figure_left_by_a_chinese_run_is_named_as_such(tmp_path):
    """A holder's `make P_02_case_calibration="-p case_file paperA_cases.csv -p lang zh"`: 02 wrote the Chinese
    variants (paperA_memberships_zh.png) and left figures/paperA_memberships.png from the reconstruction's run, so 04's
    English redraw from the holder's derived tables differed and make stopped with 'the figure does not follow from
    the derived tables alone', blaming the figure. The message now says the owner last ran with lang = 'zh', names
    the Chinese variant it wrote and the stale English file, and says to run the owner without -p lang zh."""
    import os

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.publish import RedrawMismatch, publish
    from analysis.plots.style import figure_bytes

    def fig_of(y):
        fig, ax = plt.subplots()
        ax.plot([0, 1], [0, y])
        return fig

    owned, variant = tmp_path / "f.png", tmp_path / "f_zh.png"
    owned.write_bytes(figure_bytes(fig_of(1), "png"))               # the earlier (English) run's figure
    variant.write_bytes(b"zh")                                       # the last run's Chinese variant, newer
    os.utime(owned, ns=(1_000_000_000, 1_000_000_000))
    with pytest.raises(RedrawMismatch) as exc:
        publish(fig_of(2), "f", formats=["png"], lang="en", owner="02_case_calibration", figures=tmp_path)
    text = str(exc.value)
    assert "02_case_calibration's last run drew Chinese labels (lang = 'zh'; it wrote" in text and "f_zh.png" in text
    assert "run 02_case_calibration again without -p lang zh" in text and "does not follow" not in text
    # a Chinese variant older than the English figure (the English run came last): the figure's own mismatch
    os.utime(variant, ns=(1, 1))
    with pytest.raises(RedrawMismatch, match="the figure does not follow from the derived tables alone"):
        publish(fig_of(2), "f", formats=["png"], lang="en", owner="02_case_calibration", figures=tmp_path)
    plt.close("all")
