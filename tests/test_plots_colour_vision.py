"""The figures' colours for readers with colour-vision deficiency, and the contrast of text drawn on colour.

Colour vision is simulated with the matrices of Machado, Oliveira & Fernandes (2009, IEEE TVCG 15(6), severity 1.0:
protanopia, deuteranopia, tritanopia) applied to linear sRGB; colours are compared in CIELAB (D65) by CIEDE2000
(Sharma, Wu & Dalal 2005), checked below on their published test pairs. A colour drawn with transparency is taken
as it shows on the white page. Text contrast is WCAG 2.2's ratio (analysis.plots.style.contrast_ratio).
"""
from __future__ import annotations

import itertools
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.colors import to_rgba  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402

from analysis.plots.style import OKABE_ITO, contrast_ratio, text_colour_on  # noqa: E402

MACHADO_2009 = {
    "normal": np.eye(3),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "tritanopia": np.array([[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602],
                            [0.004733, 0.691367, 0.303900]]),
}
SRGB_TO_XYZ = np.array([[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750],
                        [0.0193339, 0.1191920, 0.9503041]])
WHITE_D65 = (0.95047, 1.0, 1.08883)


def _on_white(colour) -> np.ndarray:
    r, g, b, a = to_rgba(colour)
    return np.array([r, g, b]) * a + (1 - a)


def seen_as(colour, vision: str) -> tuple[float, float, float]:
    """CIELAB of `colour` (on white) as a reader with `vision` sees it (Machado 2009 on linear sRGB)."""
    c = _on_white(colour)
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    xyz = SRGB_TO_XYZ @ np.clip(MACHADO_2009[vision] @ linear, 0, 1)
    f = [t ** (1 / 3) if t > (6 / 29) ** 3 else t / (3 * (6 / 29) ** 2) + 4 / 29 for t in xyz / WHITE_D65]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def ciede2000(lab1, lab2) -> float:
    (l1, a1, b1), (l2, a2, b2) = lab1, lab2
    c_bar = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_bar ** 7 / (c_bar ** 7 + 25 ** 7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p, h2p = math.degrees(math.atan2(b1, a1p)) % 360, math.degrees(math.atan2(b2, a2p)) % 360
    dh = 0.0 if c1p * c2p == 0 else (h2p - h1p if abs(h2p - h1p) <= 180 else
                                     h2p - h1p - 360 if h2p - h1p > 180 else h2p - h1p + 360)
    d_big_h = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))
    l_bar, cp_bar = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_bar = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_bar = (h1p + h2p) / 2
    else:
        h_bar = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(h_bar - 30)) + 0.24 * math.cos(math.radians(2 * h_bar))
         + 0.32 * math.cos(math.radians(3 * h_bar + 6)) - 0.20 * math.cos(math.radians(4 * h_bar - 63)))
    r_t = (-2 * math.sqrt(cp_bar ** 7 / (cp_bar ** 7 + 25 ** 7))
           * math.sin(math.radians(60 * math.exp(-(((h_bar - 275) / 25) ** 2)))))
    s_l = 1 + 0.015 * (l_bar - 50) ** 2 / math.sqrt(20 + (l_bar - 50) ** 2)
    s_c, s_h = 1 + 0.045 * cp_bar, 1 + 0.015 * cp_bar * t
    dl, dc, dh_ = (l2 - l1) / s_l, (c2p - c1p) / s_c, d_big_h / s_h
    return math.sqrt(dl ** 2 + dc ** 2 + dh_ ** 2 + r_t * dc * dh_)


def closest_pair(colours, pairs=None) -> tuple[float, str, tuple]:
    """The smallest CIEDE2000 difference between two of `colours` (or the given index pairs) over the four kinds of
    vision, with the vision and the pair."""
    pairs = pairs or list(itertools.combinations(range(len(colours)), 2))
    return min((ciede2000(seen_as(colours[i], v), seen_as(colours[j], v)), v, (colours[i], colours[j]))
               for v in MACHADO_2009 for i, j in pairs)


@pytest.mark.parametrize("lab1, lab2, expected", [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_gives_sharmas_published_differences(lab1, lab2, expected):
    assert ciede2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_sees_the_confusions_it_should():
    """White stays white for every vision; a red and a green of the same lightness, far apart for normal vision, come
    close for protanopia and deuteranopia but not for tritanopia."""
    for vision in MACHADO_2009:
        assert seen_as("white", vision) == pytest.approx((100, 0, 0), abs=0.5)
    red, green = "#d0605e", "#6f8f3d"
    normal = ciede2000(seen_as(red, "normal"), seen_as(green, "normal"))
    assert normal > 40
    for vision in ("protanopia", "deuteranopia"):
        assert ciede2000(seen_as(red, vision), seen_as(green, vision)) < normal / 3, vision
    assert ciede2000(seen_as(red, "tritanopia"), seen_as(green, "tritanopia")) > normal / 2


def _four_stage_timelines():
    from analysis.paper_b.periodisation import Periodisation, assign_stages
    from analysis.plots import policy

    names = ("甲", "乙", "丙", "丁")
    readings = pd.DataFrame({"kind": ["stage"] * 4, "order": [1, 2, 3, 4], "name_zh": list(names),
                             "name_en": ["A", "B", "C", "D"]})
    p = Periodisation(names=names, starts=tuple(pd.Timestamp(f"{y}-01-01") for y in (2020, 2021, 2023, 2024)),
                      written=("2020-01", "2021-01", "2023-01", "2024-01"))
    dates = ["2018-05", "2020-06", "2022-03", "2023-06", "2025-01"]
    docs = pd.DataFrame({"doc_id": [f"D{i}" for i in range(5)], "kind": "document", "date": dates,
                         "date_status": ["V", "U", "V", "U", "V"], "label_en": list("abcde"), "title_zh": list("甲乙丙丁戊")})
    units = pd.DataFrame({"unit_id": [f"U{i}" for i in range(5)], "level": "national", "date": dates,
                          "date_status": ["V"] * 5})
    return (policy.timeline(docs, assign_stages(docs, p), p, readings),
            policy.units_timeline(units, p, readings))


def _drawn_colours(fig):
    ax = fig.axes[0]
    bands = [to_rgba(patch.get_facecolor()) for patch in ax.patches]   # axvspan: one per stage, in order
    markers = list(dict.fromkeys(to_rgba(line.get_markerfacecolor()) for line in ax.lines
                                 if line.get_marker() != "None" and to_rgba(line.get_markerfacecolor()) != (1, 1, 1, 1)))
    return ax, bands, markers


def test_the_stages_colours_stay_apart_for_colour_blind_readers():
    """The corpus timeline and the excerpt units' timeline colour each item by its stage and shade each stage's band.
    Their stages were vermillion, sky blue, bluish green and reddish purple, 'before stage 1' grey: for deuteranopia
    reddish purple and the grey were 6 apart in CIEDE2000 (both grey; bluish green too near both), and neighbouring
    bands 1 apart. Now, for protanopia, deuteranopia and tritanopia as for normal vision, any two markers are 12 or
    more apart, the legend's swatches 7 or more, and neighbouring bands 5 or more."""
    problems = []
    for fig in _four_stage_timelines():
        ax, bands, markers = _drawn_colours(fig)
        title = ax.get_title(loc="left")[:30]
        assert len(bands) == 4 and len(markers) == 5, (title, bands, markers)   # 4 stages and 'before stage 1'
        swatches = [to_rgba(h.get_facecolor()) for h in ax.get_legend().legend_handles[:5]]
        for what, colours, pairs, least in (("markers", markers, None, 12), ("legend swatches", swatches, None, 7),
                                            ("neighbouring bands", bands, [(0, 1), (1, 2), (2, 3)], 5)):
            difference, vision, pair = closest_pair(colours, pairs)
            if difference < least:
                problems.append(f"{title}: {what} {difference:.1f} apart for {vision} (under {least}): {pair}")
        plt.close(fig)
    assert not problems, "\n".join(problems)


def _model_rainbow_map():
    from analysis.plots import policy

    readings = pd.DataFrame({"kind": ["model"] * 3, "order": [1, 2, 3], "item_id": ["M1", "M2", "M3"],
                             "name_zh": ["甲", "乙", "丙"], "name_en": ["A", "B", "C"]})
    links = pd.DataFrame({"model_id": ["M1", "M1", "M2", "M3"], "code": ["rainbow.R1", "rainbow.R2", "rainbow.R2", "rainbow.R3"],
                          "role": ["core", "supporting", "supporting", "core"]})
    return policy.model_rainbow_map(links, readings, ["rainbow.R1", "rainbow.R2", "rainbow.R3", "rainbow.R4"])


def test_every_marker_stands_out_from_the_page_and_its_band():
    """WCAG 2.2 (1.4.11) asks graphical objects a reader needs for 3:1 against what is next to them. The timelines'
    markers were drawn in their stage's colour alone (orange and sky blue are 2.3:1 on white; an open marker, date
    unverified, was a ring of that colour), the practice models' open squares likewise, and the 'not linked' dot was
    #cccccc (1.6:1). Now every marker is outlined 3:1 or more against white and against each stage's band, and an
    open marker is a ring of its colour around a white middle drawn over it (no outline of its own)."""
    problems = []
    for fig in (*_four_stage_timelines(), _model_rainbow_map()):
        ax = fig.axes[0]
        title = ax.get_title(loc="left")[:30]
        backgrounds = [(1, 1, 1)] + [tuple(_on_white(p.get_facecolor())) for p in ax.patches]
        outlined = []
        for line in ax.lines:
            if line.get_marker() in (None, "None", ""):
                continue
            face, edge = to_rgba(line.get_markerfacecolor()), line.get_markeredgecolor()
            if face == (1, 1, 1, 1):    # an open marker's white middle: inside an outlined marker at its point
                assert edge == "none", (title, edge)
                assert any(np.allclose(line.get_xydata(), o.get_xydata()) and o.get_markersize() > line.get_markersize()
                           for o in outlined), (title, line.get_xydata())
                continue
            colour = face if line.get_marker() == "." else to_rgba(edge)
            worst = min(contrast_ratio(colour, b) for b in backgrounds)
            if worst < 3:
                problems.append(f"{title}: marker at {line.get_xydata().tolist()} {worst:.2f}:1")
            outlined.append(line)
        assert outlined, title
        plt.close(fig)
    assert not problems, "\n".join(problems)


def test_the_stage_numbers_over_the_bands_are_readable_text():
    """The corpus timeline numbers each stage over its band (the number that names it in the legend): the number was
    drawn in the stage's colour, text at 2.3 to 3.9:1 on its band (sky blue at 2.3). It is now dark, 4.5:1 or more
    on any band (WCAG 2.2, 1.4.3), and the legend's number, not a colour, says which band is which."""
    timeline, units = _four_stage_timelines()
    ax, bands, _ = _drawn_colours(timeline)
    numbers = [t for t in ax.texts if t.get_text() in ("1", "2", "3", "4")]
    assert len(numbers) == 4
    for number, band in zip(numbers, bands):
        assert contrast_ratio(number.get_color(), _on_white(band)) >= 4.5, (number.get_text(), number.get_color())
    plt.close(timeline)
    plt.close(units)


def test_the_units_timeline_numbers_its_bands_as_the_corpus_timeline_does():
    """The excerpt units' timeline told which band is which stage by its tint and the legend alone (colour alone,
    WCAG 2.2, 1.4.1), where the corpus timeline writes each band's number over it. Both now do: one number per band,
    1 to 4 in the legend's order, at the band's middle, in the same dark bold text, inside the axes and over no
    marker."""
    import matplotlib.dates as mdates

    drawn = _four_stage_timelines()
    styles = []
    for fig in drawn:
        ax, _, _ = _drawn_colours(fig)
        fig.canvas.draw()
        renderer = fig.canvas.get_renderer()
        numbers = [t for t in ax.texts if t.get_text() in ("1", "2", "3", "4")]
        assert [t.get_text() for t in numbers] == ["1", "2", "3", "4"], ax.get_title(loc="left")
        for number, band in zip(numbers, [p for p in ax.patches if p.get_width() > 0][:4]):
            x = mdates.date2num(number.get_position()[0]) if not isinstance(number.get_position()[0], float) \
                else number.get_position()[0]
            left, right = sorted(band.get_path().transformed(band.get_patch_transform()).get_extents().intervalx)
            assert left < x < right and abs(x - (left + right) / 2) < 1, (number.get_text(), left, x, right)
            box = number.get_window_extent(renderer)
            assert ax.bbox.contains(box.x0, box.y0) and ax.bbox.contains(box.x1, box.y1), number.get_text()
            for line in ax.lines:
                for point in line.get_transform().transform(line.get_xydata()):
                    assert not box.expanded(1.2, 1.2).contains(*point), (number.get_text(), point)
        styles.append({(t.get_color(), t.get_fontsize(), t.get_fontweight()) for t in numbers})
        plt.close(fig)
    assert styles[0] == styles[1] and len(styles[0]) == 1, styles


def test_text_on_a_heat_map_cell_contrasts_as_wcag_asks():
    """The membership heat maps and the stage heat maps write each cell's value on its viridis colour, white below
    0.6 and black above: on cells of 0.44 to 0.6 (a fuzzy membership of 0.5) white at 3.0 to 4.4:1, under the 4.5:1
    text needs. The colour that contrasts more is now chosen (text_colour_on): 4.5:1 or more on every cell."""
    cmap = plt.get_cmap("viridis")
    assert min(contrast_ratio(cmap(v), text_colour_on(cmap(v))) for v in np.linspace(0, 1, 201)) >= 4.5
    from analysis.plots import qca

    values = np.round(np.linspace(0, 1, 21), 2)
    memberships = pd.DataFrame({"A": values, "B": values[::-1]}, index=[f"C{i}" for i in range(21)])
    fig = qca.membership_heatmap(memberships)
    ax = fig.axes[0]
    cells = {(round(r.get_x() + r.get_width() / 2, 2), round(r.get_y() + r.get_height() / 2, 2)): r.get_facecolor()
             for r in ax.patches if isinstance(r, Rectangle)}
    checked = 0
    for text in ax.texts:
        cell = cells.get(tuple(round(float(c), 2) for c in text.get_position()))
        if cell is not None:
            ratio = contrast_ratio(text.get_color(), cell)
            assert ratio >= 4.5, f"{text.get_text()} at {ratio:.2f}:1"
            checked += 1
    plt.close(fig)
    assert checked == 42


def test_the_xy_plots_case_types_differ_by_marker_and_colour_for_every_reader():
    """The XY plot by case type (diagnostics) tells its seven case types apart by colour and by marker: the colours stay
    10 or more apart in CIEDE2000 for every kind of colour vision, and no two types share a marker, so the types are
    never told apart by colour alone."""
    from analysis.plots.diagnostics import _STYLE

    colours, markers = zip(*_STYLE.values())
    assert len(set(markers)) == len(markers)
    difference, vision, pair = closest_pair(list(colours))
    assert difference >= 10, (difference, vision, pair)
    assert set(colours) - {"#999999", "#cccccc"} <= set(OKABE_ITO)
