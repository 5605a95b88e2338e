"""One figure style for the whole compendium, and byte-deterministic saving.

Committed figures must not depend on the fonts a machine happens to have: the default style uses
matplotlib's bundled DejaVu Sans, SVG text is stored as paths and the hash salt and metadata are
fixed. Chinese labels are opt-in (`lang="zh"`) and need a CJK font; `cjk_font()` finds one.
"""
from __future__ import annotations

import io
from pathlib import Path

import matplotlib
import matplotlib.pyplot as plt
from matplotlib import font_manager

from ..io import write_bytes_atomic

# Okabe & Ito (2008) colour-blind-safe palette.
OKABE_ITO = ["#E69F00", "#56B4E9", "#009E73", "#F0E442", "#0072B2", "#D55E00", "#CC79A7", "#000000"]
SEQUENTIAL_CMAP = "viridis"


def _luminance(colour) -> float:
    """WCAG 2.2 relative luminance of a matplotlib colour (a name, '#rrggbb' or an RGB(A) tuple of 0-1 floats)."""
    rgb = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in matplotlib.colors.to_rgb(colour)]
    return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]


def contrast_ratio(one, other) -> float:
    """WCAG 2.2 contrast ratio of two matplotlib colours (1 to 21; text needs 4.5 or more, 1.4.3)."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_colour_on(background) -> str:
    """'black' or 'white', whichever contrasts more with `background` (a heat map cell's colour). On viridis the two
    give the same contrast at about 0.43, where both are 4.6:1 or more; the heat maps switched at 0.6 and wrote white
    on cells of 0.44 to 0.6 (a fuzzy membership of 0.5: white on teal at 3.8:1, below WCAG's 4.5:1 for text)."""
    return "black" if contrast_ratio(background, "black") >= contrast_ratio(background, "white") else "white"

MARKER_EDGE = "#222222"   # every stage or role marker's outline: about 16:1 on white and on any stage's band


def stage_marker(ax, x, y, *, marker: str, ms: float, colour, filled: bool, zorder: float = 3) -> None:
    """One marker in `colour` outlined in MARKER_EDGE; open (`filled=False`): a ring of `colour` around a white middle.

    WCAG 2.2 (1.4.11) asks graphical objects a reader needs for 3:1 against what is next to them; orange and sky
    blue, two of the stages' colours, are 2.3:1 on white, and an open marker was a ring of that colour alone. The
    outline gives every marker's shape 3:1 or more, and the colour still says the stage."""
    ax.plot([x], [y], marker=marker, ms=ms, mfc=colour, mec=MARKER_EDGE, mew=0.7, ls="none", zorder=zorder)
    if not filled:
        ax.plot([x], [y], marker=marker, ms=_open_middle(ms), mfc="white", mec="none", ls="none", zorder=zorder + 0.01)


def _open_middle(ms: float) -> float:
    """The size of an open marker's white middle: a ring of its colour 1.1 pt wide (15 % of a large marker)."""
    return ms - 2 * max(1.1, 0.15 * ms)


def marker_handle(marker: str, filled: bool, label: str, ms: float = 6, colour="#555555"):
    """The legend's entry for a `stage_marker` (a tuple of two markers drawn over each other when open);
    give the legend `legend_labels(handles)` as its labels."""
    from matplotlib.lines import Line2D

    outer = Line2D([], [], marker=marker, ls="none", ms=ms, mfc=colour, mec=MARKER_EDGE, mew=0.7, label=label)
    if filled:
        return outer
    return (outer, Line2D([], [], marker=marker, ls="none", ms=_open_middle(ms), mfc="white", mec="none"))


def legend_labels(handles) -> list[str]:
    """The labels of legend `handles`, an open marker's tuple labelled by its outer marker."""
    return [(h[0] if isinstance(h, tuple) else h).get_label() for h in handles]


CJK_CANDIDATES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
                  "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC", "AR PL UMing CN")

RC = {
    "font.family": "DejaVu Sans",
    "font.size": 9,
    "axes.titlesize": 10,
    "axes.labelsize": 9,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.prop_cycle": matplotlib.cycler(color=OKABE_ITO),
    "figure.dpi": 100,
    "savefig.dpi": 300,
    "savefig.bbox": "tight",
    "svg.fonttype": "path",
    "svg.hashsalt": "yifang-ronghe-compendium",
    "pdf.fonttype": 42,
    "image.cmap": SEQUENTIAL_CMAP,
    "axes.unicode_minus": False,
}


def cjk_font() -> str | None:
    """Name of an installed font that can draw Chinese, or None.

    matplotlib lists the system's fonts once, in a cache (matplotlib.get_cachedir()) that it does not refresh when
    fonts are installed later: a CJK font installed after that, as apply_style's message advises, went unseen and
    the message came again. When no candidate is listed, the font files the list lacks are added (once per process)
    and the candidates looked up again."""
    name = _listed_cjk_font()
    if name is None and _add_unlisted_system_fonts():
        name = _listed_cjk_font()
    return name


def _listed_cjk_font() -> str | None:
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for name in CJK_CANDIDATES:
        if name in installed:
            return name
    return None


_SYSTEM_FONTS_RESCANNED = False


def _add_unlisted_system_fonts() -> bool:
    """Add to matplotlib's font list the CJK candidates (CJK_CANDIDATES) among the system font files its (possibly
    stale) cache lacks; True if any was added. Only those: another font added (a system copy of DejaVu Sans) could
    change which file draws the figures' Latin text."""
    global _SYSTEM_FONTS_RESCANNED
    if _SYSTEM_FONTS_RESCANNED:
        return False
    _SYSTEM_FONTS_RESCANNED = True
    fonts = font_manager.fontManager.ttflist
    listed = {str(Path(f.fname).resolve()) for f in fonts}
    added = False
    for path in font_manager.findSystemFonts():
        if str(Path(path).resolve()) in listed:
            continue
        before = len(fonts)
        try:
            font_manager.fontManager.addfont(path)
        except (OSError, RuntimeError, ValueError):  # a file FreeType cannot read: matplotlib's own scan skips it too
            continue
        keep = [f for f in fonts[before:] if f.name in CJK_CANDIDATES]
        del fonts[before:]
        fonts.extend(keep)
        added = added or bool(keep)
    return added


def apply_style(lang: str = "en") -> str:
    """Set the compendium's rcParams on top of matplotlib's own defaults; return the language actually used ('en'
    or 'zh').

    Starting from the defaults (`rcdefaults`, which keeps the backend) keeps a user's matplotlibrc (read at import
    from ~/.config/matplotlib, $MATPLOTLIBRC or ./matplotlibrc) out of the committed figures: the style sets only
    its own keys. With lang='zh' and no CJK font installed, falls back to English and says so. With lang='en', a CJK
    font (cjk_font) is DejaVu Sans' fallback, glyph by glyph: Chinese case or condition names in an English
    figure printed as empty boxes (DejaVu Sans has no Chinese glyph); a figure without them is drawn as before.
    """
    if lang not in ("en", "zh"):
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"lang must be 'en' or 'zh', got {lang!r}")
    matplotlib.rcdefaults()
    matplotlib.rcParams.update(RC)
    if lang == "zh":
        font = cjk_font()
        if font is None:
            print("No CJK font installed (e.g. apt-get install fonts-noto-cjk); figures use English labels.\n"
                  "  未安装中文字体（例如 apt-get install fonts-noto-cjk）：图中使用英文标签。")
            return "en"
        matplotlib.rcParams["font.family"] = [font, "DejaVu Sans"]
        return lang
    fallback = cjk_font()
    if fallback is not None:
        matplotlib.rcParams["font.family"] = ["DejaVu Sans", fallback]
    return lang


def say_if_chinese_cannot_be_drawn(texts) -> bool:
    """Say so (in English and Chinese) when one of `texts` (names from the data: cases, conditions) has Chinese
    characters and no CJK font is installed: they print as empty boxes, and matplotlib's warning per missing glyph
    does not say what to do. True when said."""
    if not any(_cjk(ch) for text in texts for ch in str(text)) or cjk_font() is not None:
        return False
    print("Chinese names in the data print as empty boxes: no CJK font installed (e.g. apt-get install "
          "fonts-noto-cjk).\n  数据中的中文名称显示为空框：未安装中文字体（例如 apt-get install fonts-noto-cjk）。")
    return True


def figure_languages(lang_used: str) -> tuple[str, ...]:
    """The languages a notebook that owns figures draws them in, given apply_style's answer `lang_used`: English
    always (saved under the plain name; notebook 04 checks those against the derived tables), then Chinese too
    (saved as *_zh beside them) when lang_used is 'zh'. A Chinese run drew only the *_zh variants and left the
    English files from an earlier run, perhaps on other data (a holder's `make P_02_case_calibration="-p case_file
    paperA_cases.csv -p lang zh"`), and notebook 04 then stopped make. The language shown last is lang_used."""
    if lang_used not in ("en", "zh"):
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"lang must be 'en' or 'zh', got {lang_used!r}")
    return ("en",) if lang_used == "en" else ("en", "zh")


def figure_title_text(fig) -> str:
    """The figure's title on one line: its suptitle, else the first title of its first axes that has one ('' when
    none). Paper A's titles end with the data tag (cases.figure_title: ' (reconstruction)', ...)."""
    suptitle = fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""
    titles = [suptitle] + [ax.get_title(loc) for ax in fig.axes for loc in ("center", "left", "right")]
    return next((_one_line(t) for t in titles if t and t.strip()), "")


def _one_line(text: str) -> str:
    """A drawn title's lines as one line: joined by a space, except where the wrap broke a word, not a space: after a
    hyphen ('treatment-' / 'prevention', textwrap breaks hyphenated words there) and between Chinese characters (the
    Chinese wrap breaks between them). The embedded title of the mixed file's chart read 'good treatment- prevention
    integration'."""
    lines = [" ".join(line.split()) for line in text.splitlines()]
    out = ""
    for line in (ln for ln in lines if ln):
        glued = out and ((out[-1] == "-" and len(out) > 1 and out[-2].isalpha() and line[0].isalpha())
                         or (_cjk(out[-1]) and _cjk(line[0])))
        out = out + line if glued or not out else f"{out} {line}"
    return out


def _cjk(ch: str) -> bool:
    """A Chinese character or full-width punctuation (CJK blocks, full-width forms)."""
    return "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef"


#: The PNG text chunk in which figure_bytes records the smallest text a figure draws (smallest_text_pt), '7.5 pt':
#: the book (tools/build_book.py, figure_smallest_pt) reads it to print each figure's text at 6 pt or more.
SMALLEST_TEXT_KEY = "Smallest text"


def _drawn_texts(artist):
    """The texts drawn in `artist` and its children, none under an artist that is not drawn (get_visible False: an
    axis turned off draws none of its tick labels)."""
    from matplotlib.text import Text

    if not artist.get_visible():
        return
    if isinstance(artist, Text) and artist.get_text().strip():
        yield artist
    for child in artist.get_children():
        yield from _drawn_texts(child)


def smallest_text_pt(fig) -> float | None:
    """The least font size, in points, of the texts `fig` draws (titles, labels, tick labels, legends, annotations;
    tick labels are written when the figure is laid out, which this does first, drawing nothing); None when it
    draws no text."""
    fig.draw_without_rendering()
    sizes = [t.get_fontsize() for t in _drawn_texts(fig)]
    return min(sizes) if sizes else None


def figure_bytes(fig, fmt: str, dpi: float | None = None) -> bytes:
    """Render `fig` to bytes with fixed metadata, so reruns are byte-identical (`dpi`: None = the style's 300). The
    figure's title (figure_title_text) is embedded as the file's title (PNG tEXt 'Title', SVG dc:title, PDF Title),
    so a file copied out of the compendium still says what it shows, and for Paper A which data (its data tag). A PNG
    also records the smallest text the figure draws (tEXt SMALLEST_TEXT_KEY, '6.5 pt': smallest_text_pt), which the
    book reads to print each figure's text large enough."""
    buf = io.BytesIO()
    if fmt == "png":
        meta = {"Software": None}
        smallest = smallest_text_pt(fig)
        if smallest is not None:
            meta[SMALLEST_TEXT_KEY] = f"{smallest:g} pt"
    elif fmt == "svg":
        meta = {"Date": None, "Creator": None}
    elif fmt == "pdf":
        meta = {"CreationDate": None, "ModDate": None, "Creator": None, "Producer": None}
    else:
        from ..qca.errors import QCAInputError
        raise QCAInputError(f"unsupported figure format {fmt!r}; use png, svg or pdf")
    title = figure_title_text(fig)
    if title:
        meta["Title"] = title
    fig.savefig(buf, format=fmt, metadata=meta, dpi=dpi)
    return buf.getvalue()


def show_figure(fig, dpi: int = 80) -> None:
    """Show `fig` in the notebook as a PNG preview (`dpi`; the same bytes on every run) and close it. Executed
    notebooks and the book then hold the figure whatever the backend: papermill runs use Agg, under which a bare
    `fig` prints only '<Figure size ...>'; closing it keeps JupyterLab's inline backend from showing it twice."""
    from IPython.display import Image, display

    preview = figure_bytes(fig, "png", dpi=dpi)
    plt.close(fig)
    display(Image(data=preview))


def save_figure(fig, stem: Path | str, formats: tuple[str, ...] = ("png", "svg")) -> list[Path]:
    """Save `fig` as `stem.png` (300 dpi) and `stem.svg` atomically; return the paths written. The figure is then
    closed in pyplot (it stays usable, e.g. for `show_figure`): an inline backend would otherwise show every saved
    figure at the end of its cell, where the notebook does not discuss it."""
    stem = Path(stem)
    written = []
    for fmt in formats:
        written.append(write_bytes_atomic(stem.with_suffix("." + fmt), figure_bytes(fig, fmt)))
    plt.close(fig)
    return written
