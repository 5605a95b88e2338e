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
