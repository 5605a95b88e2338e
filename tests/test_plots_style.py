"""Figures do not depend on the machine they are drawn on: the user's matplotlib configuration does not reach
them (analysis.plots.style)."""
from __future__ import annotations

import os
import subprocess
import sys

from analysis.paths import ROOT

DRAW = """
import hashlib, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from analysis.plots.style import apply_style, figure_bytes
apply_style()
fig, ax = plt.subplots(figsize=(3, 2))
ax.plot([0, 1, 2], [0, 1, 0.5], marker="o", label="a")
ax.set_title("title")
ax.legend()
print(" ".join(hashlib.sha256(figure_bytes(fig, fmt)).hexdigest() for fmt in ("png", "svg")))
"""


def _draw(name: str, rc_text: str, tmp_path) -> str:
    """Hashes of a figure drawn in a fresh Python whose matplotlib reads `rc_text` as its matplotlibrc
    ($MATPLOTLIBRC comes before the user's ~/.config/matplotlib; the working folder has none)."""
    rc = tmp_path / f"{name}.matplotlibrc"
    rc.write_text(rc_text, encoding="utf-8")
    env = dict(os.environ, MATPLOTLIBRC=str(rc), PYTHONPATH=str(ROOT))
    proc = subprocess.run([sys.executable, "-c", DRAW], cwd=tmp_path, env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip()


def test_a_users_matplotlibrc_does_not_reach_the_figures(tmp_path):
    """matplotlib reads ~/.config/matplotlib/matplotlibrc (or $MATPLOTLIBRC, or ./matplotlibrc) at import; the
    compendium's style sets only its own keys, so any other key a user has set (grid, line width, background,
    margins) changed the committed figures on that user's machine. apply_style starts from matplotlib's defaults."""
    plain = _draw("empty", "", tmp_path)
    personal = _draw("personal", "axes.grid: True\nlines.linewidth: 4\nsavefig.facecolor: yellow\n"
                     "savefig.pad_inches: 0.5\naxes.titleweight: bold\nlegend.frameon: False\n", tmp_path)
    assert personal == plain


def test_a_cjk_font_installed_after_matplotlibs_font_cache_is_found(monkeypatch):
    """matplotlib lists the system's fonts once, in a cache it does not refresh: on a machine where Noto Sans CJK
    was installed after that cache was written, lang='zh' printed 'No CJK font installed (e.g. apt-get install
    fonts-noto-cjk)' and drew English labels, although the font was installed. Simulated here with a bundled font
    standing in for the CJK one: left out of matplotlib's list, present among the system's font files."""
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    from analysis.plots import style

    stand_in = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSerif.ttf"
    assert stand_in.exists()
    monkeypatch.setattr(style, "CJK_CANDIDATES", ("DejaVu Serif",))
    monkeypatch.setattr(font_manager.fontManager, "ttflist",
                        [f for f in font_manager.fontManager.ttflist if f.name != "DejaVu Serif"])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *args, **kwargs: [str(stand_in)])
    monkeypatch.setattr(style, "_SYSTEM_FONTS_RESCANNED", False, raising=False)
    assert style.cjk_font() == "DejaVu Serif"


def test_paper_a_figure_files_carry_the_data_label_in_their_metadata():
    """A Paper A figure on the reconstruction said so only in its drawn title: the PNG's and SVG's metadata held no
    title, so a file copied out of the compendium (a slide, an image search, a screen reader) carried no
    machine-readable label. Each committed figure now embeds its drawn title (PNG tEXt 'Title', SVG dc:title),
    which for Paper A ends with the data tag of cases.source_tag (the one place the label is worded)."""
    import json
    import re

    from PIL import Image

    from analysis.paper_a import cases as C

    source = json.loads((ROOT / "data" / "derived" / "paperA" / "calibration.json").read_text("utf-8"))["data_source"]
    tag = C.source_tag(source).strip()
    names = sorted(p.stem for p in (ROOT / "figures").glob("paperA_*.png"))
    assert len(names) == len(C.FIGURE_TITLES), names
    for name in names:
        with Image.open(ROOT / "figures" / f"{name}.png") as im:
            png_title = im.info.get("Title", "")
        svg = (ROOT / "figures" / f"{name}.svg").read_text(encoding="utf-8")
        m = re.search(r"<dc:title>(.*?)</dc:title>", svg, re.S)
        svg_title = m.group(1) if m else ""
        for title in (png_title, svg_title):
            assert title.endswith(tag), (name, title)


def test_figure_bytes_embed_the_drawn_title():
    """figure_bytes writes the figure's title (its suptitle, else its first axes' title, on one line) into the
    file's metadata, and nothing where the figure has no title."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.style import figure_bytes, figure_title_text

    fig, (a, b) = plt.subplots(1, 2)
    b.set_title("second")
    a.set_title("Truth table\n(reconstruction)")
    assert figure_title_text(fig) == "Truth table (reconstruction)"
    assert b"Truth table (reconstruction)" in figure_bytes(fig, "png")
    assert b"<dc:title>Truth table (reconstruction)</dc:title>" in figure_bytes(fig, "svg")
    fig.suptitle("Overall")
    assert figure_title_text(fig) == "Overall"
    plt.close(fig)
    bare, _ = plt.subplots()
    assert figure_title_text(bare) == "" and b"dc:title" not in figure_bytes(bare, "svg")
    plt.close(bare)


def test_lang_zh_without_a_cjk_font_says_so_in_chinese_too(monkeypatch, capsys):
    """The workshop's lang = "zh" (a Chinese class) on a machine without a CJK font (a Binder image) printed only
    'No CJK font installed (...); figures use English labels.': the one message of the workshop's settings not said
    in Chinese too. The same follows in Chinese on a line of its own."""
    from analysis.plots import style

    monkeypatch.setattr(style, "cjk_font", lambda: None)
    try:
        assert style.apply_style("zh") == "en"
    finally:
        style.apply_style("en")
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("No CJK font installed (e.g. apt-get install fonts-noto-cjk)"), lines
    assert lines[1] == "  未安装中文字体（例如 apt-get install fonts-noto-cjk）：图中使用英文标签。", lines


def test_the_embedded_title_keeps_a_word_the_wrap_broke_whole():
    """The configuration chart wraps its title with textwrap, which breaks a hyphenated word after the hyphen: the
    mixed file's chart title drew 'good treatment-' / 'prevention integration', and its embedded title (PNG Title,
    SVG dc:title) read 'good treatment- prevention integration'. Lines broken inside a word (after a hyphen, or
    between Chinese characters, where the Chinese wrap breaks) are now joined without a space; lines broken at a
    space keep one."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.style import figure_bytes, figure_title_text

    fig, ax = plt.subplots()
    ax.set_title("Configurations for good treatment-\nprevention integration, ESA intermediate (mixed:\n"
                 "reconstructed + original rows)")
    assert figure_title_text(fig) == ("Configurations for good treatment-prevention integration, ESA intermediate "
                                      "(mixed: reconstructed + original rows)")
    assert b"good treatment-prevention integration" in figure_bytes(fig, "svg")
    ax.set_title("良好医防融合效果的组\n态 (ESA 中间解) (混合数据)")
    assert figure_title_text(fig) == "良好医防融合效果的组态 (ESA 中间解) (混合数据)"
    ax.set_title("pre -\nand post")            # a dash between spaces: a space, as drawn
    assert figure_title_text(fig) == "pre - and post"
    plt.close(fig)


def test_chinese_case_names_in_an_english_figure_are_drawn_and_latin_figures_unchanged(monkeypatch):
    """An English XY plot (lang='en') of cases named in Chinese ('北京市第3区', a researcher's own data) printed each
    name as empty boxes even with a CJK font installed: the style's one font, DejaVu Sans, has no Chinese glyph
    (matplotlib warned 'Glyph ... missing from font(s) DejaVu Sans'). A listed CJK font is now its fallback, glyph by
    glyph; a figure without Chinese text is drawn to the same bytes as without the fallback."""
    import warnings

    import matplotlib
    import pytest

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import style
    from analysis.plots.qca import xy_plot

    if style.cjk_font() is None:
        pytest.skip("no CJK font installed: the names cannot be drawn on this machine")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        fig = xy_plot([0.2, 0.8], [0.7, 0.9], ["北京市第3区", "上海市第12区"])
        fig.canvas.draw()
        plt.close(fig)
    missing = [str(w.message) for w in caught if "missing from font" in str(w.message)]
    assert not missing, missing

    def latin():
        fig = xy_plot([0.2, 0.8], [0.7, 0.9], ["Beijing", "Shanghai"], fit={"inclS": 0.9, "covS": 0.8})
        data = style.figure_bytes(fig, "png"), style.figure_bytes(fig, "svg")
        plt.close(fig)
        return data

    with_fallback = latin()
    monkeypatch.setattr(style, "cjk_font", lambda: None)
    assert latin() == with_fallback


def test_looking_for_a_cjk_font_adds_no_other_font_to_matplotlibs_list(monkeypatch):
    """cjk_font, when matplotlib's cached list lacks a CJK font, added every system font file the list lacked: a system
    copy of DejaVu Sans among them could then draw the figures' Latin text instead of matplotlib's own. It now adds
    the CJK candidates only (a bundled font stands in for the CJK one, another for a font the list lacks)."""
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    from analysis.plots import style

    ttf = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    stand_in, other = ttf / "DejaVuSerif.ttf", ttf / "DejaVuSansMono.ttf"
    monkeypatch.setattr(style, "CJK_CANDIDATES", ("DejaVu Serif",))
    monkeypatch.setattr(font_manager.fontManager, "ttflist", [f for f in font_manager.fontManager.ttflist
                                                              if f.name not in ("DejaVu Serif", "DejaVu Sans Mono")])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *args, **kwargs: [str(other), str(stand_in)])
    monkeypatch.setattr(style, "_SYSTEM_FONTS_RESCANNED", False, raising=False)
    assert style.cjk_font() == "DejaVu Serif"
    assert "DejaVu Sans Mono" not in {f.name for f in font_manager.fontManager.ttflist}


def test_chinese_names_without_a_cjk_font_are_said_to_print_as_boxes(monkeypatch, capsys):
    """Without a CJK font, cases or conditions named in Chinese printed as empty boxes, and the only sign was
    matplotlib's warning per glyph ('Glyph 21271 missing from font(s) DejaVu Sans'). The XY plots, the heat map of
    memberships and the configuration chart now say so once, in English and Chinese, with the font to install; Latin
    names say nothing."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import pandas as pd

    from analysis.plots import style
    from analysis.plots.qca import membership_heatmap, xy_plot

    monkeypatch.setattr(style, "cjk_font", lambda: None)
    plt.close(xy_plot([0.2, 0.8], [0.7, 0.9], ["Beijing", "Shanghai"]))
    assert capsys.readouterr().out == ""
    plt.close(xy_plot([0.2, 0.8], [0.7, 0.9], ["北京市第3区", "Shanghai"]))
    plt.close(membership_heatmap(pd.DataFrame({"A": [0.2, 0.9]}, index=["a", "b"]), labels={"A": "政策整合"}))
    lines = capsys.readouterr().out.splitlines()
    assert lines == ["Chinese names in the data print as empty boxes: no CJK font installed (e.g. apt-get install "
                     "fonts-noto-cjk).", "  数据中的中文名称显示为空框：未安装中文字体（例如 apt-get install fonts-noto-cjk）。"] * 2, lines


def test_the_plotting_functions_refuse_a_bad_argument_as_the_engine_does():
    """The plotting functions refused a bad argument with a plain ValueError (lang='fr', a figure format 'jpg',
    columns=0, plot_agreement's tolerance): in a notebook that printed a whole traceback, where the engine's
    QCAInputError (a ValueError too) prints its one line. Each is now a QCAInputError, with the same message."""
    import matplotlib.pyplot as plt
    import pandas as pd
    import pytest

    from analysis.plots.style import apply_style, figure_bytes
    from analysis.plots.validation import plot_agreement
    from analysis.qca.errors import QCAInputError

    fig = plt.figure()
    try:
        for call, message in ((lambda: apply_style("fr"), "lang must be 'en' or 'zh', got 'fr'"),
                              (lambda: figure_bytes(fig, "jpg"), "unsupported figure format 'jpg'; use png, svg or pdf"),
                              (lambda: plot_agreement(pd.DataFrame(), 0.001), "records lack column(s)"),
                              ):
            with pytest.raises(QCAInputError) as info:
                call()
            assert type(info.value) is QCAInputError and str(info.value).startswith(message), info.value
    finally:
        plt.close(fig)
