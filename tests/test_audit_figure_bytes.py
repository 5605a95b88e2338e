"""A figure's file holds no trace of when, where or with what it was drawn, so that a rerun writes the same bytes:
analysis.plots.style.figure_bytes leaves out the PNG's 'Software' (matplotlib's version), the SVG's date and
creator, the PDF's dates and producer, and the style's svg.hashsalt fixes the SVG's element ids (matplotlib draws a
random salt per figure without it). Checked here without tools/run_notebook.py's SOURCE_DATE_EPOCH (a notebook run
in JupyterLab, `make lab`, has none): notebook 04's redraw check, which would catch a change, runs only in `make`."""
import io
import re

import matplotlib
import pytest

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image  # noqa: E402

from analysis.plots.style import apply_style, figure_bytes  # noqa: E402


@pytest.fixture
def figure(monkeypatch):
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    apply_style("en")
    fig, ax = plt.subplots(figsize=(2, 1.5))
    ax.plot([0, 1], [0, 1])
    ax.fill_between([0, 1], [0, 0.5], alpha=0.3)   # a clipped patch: the SVG names its clip path by an id
    ax.set_title("t (reconstruction)")
    yield fig
    plt.close(fig)


def test_an_svg_drawn_twice_is_the_same_bytes_and_undated(figure):
    first, second = figure_bytes(figure, "svg"), figure_bytes(figure, "svg")
    assert first == second
    text = first.decode("utf-8")
    assert re.search(r'id="[a-z]*[0-9a-f]{6,}"', text), "no hashed id drawn: the test no longer checks the salt"
    assert "<dc:date>" not in text and "<dc:creator>" not in text and "Matplotlib v" not in text


def test_a_png_names_no_software_version(figure):
    info = Image.open(io.BytesIO(figure_bytes(figure, "png"))).info
    assert "Software" not in info and not any("matplotlib" in str(v).lower() for v in info.values()), info
    assert info["Title"] == "t (reconstruction)"


def test_a_pdf_is_undated(figure):
    pdf = figure_bytes(figure, "pdf")
    assert b"/CreationDate" not in pdf and b"/ModDate" not in pdf and b"/Producer" not in pdf
