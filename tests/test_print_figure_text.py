"""Each figure's smallest text, from the figure itself: analysis.plots.style.figure_bytes records in a PNG the least
font size of the texts matplotlib drew (its 'Smallest text' chunk), and the book (tools/build_book.py,
figure_smallest_pt) reads it to decide how a figure is shown and printed (readable_width_px, turned_in_print,
print_slices); tests/test_report_print.py multiplies it by the scale at which a printed page sets the figure. Every
figure was taken to have 6.5 pt text (FIGURE_SMALLEST_PT, the least any plot sets), whatever it drew."""
from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from _book import ROOT, bb

#: a text matplotlib draws as paths in an SVG ('svg.fonttype': 'path'): a group moved to the text's place, turned by
#: its angle and scaled by its size over 100 (matplotlib's text-to-path scale), the y axis flipped
_SVG_TEXT = re.compile(r'<g\b[^>]*\btransform="translate\([^)]*\)(?: rotate\([^)]*\))? scale\(([0-9.e-]+) -\1\)"')


def _svg_smallest_pt(path: Path) -> float:
    """The least size, in points, of the texts drawn in the SVG at `path` (read from the drawing, not recorded)."""
    return min(float(s) * 100 for s in _SVG_TEXT.findall(path.read_text(encoding="utf-8")))


def _figure(**sizes):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots.style import apply_style

    apply_style()
    fig, (ax, off) = plt.subplots(1, 2, figsize=(4, 2))
    ax.plot([0, 1], [0, 1], label="a line")
    ax.set_title("a title")
    ax.legend(fontsize=sizes.get("legend", 9))
    ax.tick_params(labelsize=sizes.get("ticks", 9))
    ax.text(0.5, 0.5, "hidden", fontsize=3, visible=False)
    off.text(0.5, 0.5, "shown", fontsize=sizes.get("note", 9))
    off.tick_params(labelsize=2)
    off.axis("off")   # its tick labels (2 pt) are not drawn
    ax.text(0.2, 0.2, "   ", fontsize=1)   # nothing to draw
    return fig


@pytest.mark.parametrize("sizes, smallest", [({}, 9), ({"legend": 5.5}, 5.5), ({"ticks": 4}, 4),
                                             ({"note": 7.25}, 7.25)])
def test_a_figure_records_the_smallest_text_it_draws(sizes, smallest, tmp_path):
    """The least font size of the texts a figure draws: its legend's, its tick labels' (written only when the figure
    is laid out), a note's; a text not drawn (hidden, blank, or on an axis turned off) does not count. Recorded in the
    PNG, read back by the book's builder; an SVG or PDF records nothing of it."""
    from PIL import Image

    from analysis.plots.style import SMALLEST_TEXT_KEY, figure_bytes

    import matplotlib.pyplot as plt

    fig = _figure(**sizes)
    try:
        png = figure_bytes(fig, "png", dpi=50)
        assert figure_bytes(fig, "png", dpi=50) == png, "the same bytes on every run"
        assert SMALLEST_TEXT_KEY not in figure_bytes(fig, "svg").decode("utf-8")
    finally:
        plt.close(fig)
    assert Image.open(io.BytesIO(png)).text[SMALLEST_TEXT_KEY] == f"{smallest:g} pt"
    (tmp_path / "figure.png").write_bytes(png)
    assert bb.figure_smallest_pt(tmp_path / "figure.png") == smallest
    assert bb.SMALLEST_TEXT_KEY == SMALLEST_TEXT_KEY


def test_a_png_that_does_not_say_is_taken_at_the_plots_least_size(tmp_path):
    """A PNG drawn elsewhere (no chunk, or one that says no size) is taken at FIGURE_SMALLEST_PT, as every figure was;
    a missing file too."""
    from PIL import Image, PngImagePlugin

    Image.new("RGB", (4, 4)).save(tmp_path / "plain.png", dpi=(100, 100))
    assert bb.figure_smallest_pt(tmp_path / "plain.png") == bb.FIGURE_SMALLEST_PT
    assert bb.png_width_pt(tmp_path / "plain.png") == pytest.approx(4 * 72 / 100, abs=0.01)
    for said in ("", "small", "0 pt", "-3 pt", "7"):
        info = PngImagePlugin.PngInfo()
        info.add_text(bb.SMALLEST_TEXT_KEY, said)
        Image.new("RGB", (4, 4)).save(tmp_path / "said.png", pnginfo=info)
        assert bb.figure_smallest_pt(tmp_path / "said.png") == bb.FIGURE_SMALLEST_PT, said
    assert bb.figure_smallest_pt(tmp_path / "missing.png") == bb.FIGURE_SMALLEST_PT


COMMITTED = sorted((ROOT / "figures").glob("*.png"))


@pytest.mark.parametrize("path", COMMITTED, ids=[p.stem for p in COMMITTED])
def test_each_committed_figure_records_the_smallest_text_its_drawing_has(path):
    """Each committed figure says its smallest text, and it is the least size of the texts drawn in its SVG twin
    (the same figure, its texts drawn as paths, each scaled by its size): the configuration chart's 7.5 pt, not the
    6.5 pt every figure was taken to have."""
    from PIL import Image

    said = Image.open(path).text.get(bb.SMALLEST_TEXT_KEY)
    assert said, f"{path.name} records no smallest text"
    assert bb.figure_smallest_pt(path) == pytest.approx(_svg_smallest_pt(path.with_suffix(".svg")), abs=1e-6)
    assert bb.figure_smallest_pt(path) >= bb.FIGURE_SMALLEST_PT


def test_every_figure_of_the_book_records_its_smallest_text(project_book):
    """Every figure the book shows (the figure index's, each notebook's, the workshop's) says its smallest text: none is
    taken at the assumed 6.5 pt any more."""
    from PIL import Image

    pngs = sorted((project_book / "_images").glob("*.png"))
    assert len(pngs) >= 12
    silent = [p.name for p in pngs if bb.SMALLEST_TEXT_KEY not in Image.open(p).text]
    assert not silent, silent
