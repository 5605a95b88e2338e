"""README.md's speed paragraph, written from `make bench`'s record (benchmarks/results/latest.csv and the header
of latest.md), so that every speed or memory figure the README quotes is one the benchmark measured.

A full `make bench` run rewrites the paragraph between README's markers (`readme_with`; run.py writes it together
with the record it comes from); tests check that the committed paragraph is the one this module writes from the
committed record (a figure typed by hand fails them).
"""
from __future__ import annotations

import re
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results"
README = ROOT / "README.md"
BEGIN = "<!-- speed: written by make bench (benchmarks/readme_speed.py) from benchmarks/results/latest.csv -->"
END = "<!-- /speed -->"


def header_values(md: str) -> tuple[float, int, tuple[float, float]]:
    """(load average at the start, cores, (floor wall s, floor CPU s)) from latest.md's first paragraph."""
    load = re.search(r"Load average at the start: ([\d.]+) on (\d+) cores", md)
    floor = re.search(r"\): ([\d.]+) s wall, ([\d.]+) s CPU", md)
    if not (load and floor):
        raise ValueError("latest.md: no 'Load average at the start' / CLI floor line in its header")
    return float(load.group(1)), int(load.group(2)), (float(floor.group(1)), float(floor.group(2)))


def _s(x: float) -> str:
    """Seconds as the README writes them: two significant digits below 10 s, one decimal above, '< 0.01' below."""
    x = float(x)
    if x >= 10:
        return f"{x:.1f}"
    return f"{float(f'{x:.2g}'):g}" if x >= 0.01 else "< 0.01"


def _count(n: int) -> str:
    """A number of models in words past a million ('51.5 million'), with thousands separators below."""
    n = int(n)
    for size, word in ((10**9, "billion"), (10**6, "million")):
        if n >= size:
            return f"{n / size:.1f} {word}"
    return f"{n:,}"


def _refused_after(status: str) -> float | None:
    m = re.match(r"refused after ([\d.]+) s", str(status))
    return float(m.group(1)) if m else None


def _count_stopped(status) -> bool:
    """A partial answer whose count of minimal models stopped at max_work (run.py's status for it)."""
    return str(status).startswith("count stopped")


def _settled_size(status: str) -> str:
    m = re.search(r"exactly (\d+) prime implicants", str(status))
    if m:
        return f"the exact size of its minimal models ({m.group(1)})"
    m = re.search(r"at least (\d+) and at most (\d+)", str(status))
    return f"bounds on the size of its minimal models ({m.group(1)}–{m.group(2)})" if m else "what it had settled"


def _r_note(row) -> str:
    """R QCA's recorded time or outcome, in brackets, where one is recorded."""
    if pd.notna(row.get("r_seconds")):
        return f" (R {_s(row['r_seconds'])} s)"
    status = str(row.get("r_status", ""))
    if status.startswith("killed at"):
        return f" (R {status})"
    if status.startswith("refused"):
        return " (R refuses more than 25 conditions)"
    return ""


def _kn(name: str) -> tuple[int, int]:
    m = re.search(r"k(\d+)_n(\d+)", name)
    return int(m.group(1)), int(m.group(2))


def speed_paragraph(t: pd.DataFrame, load0: float, cores: int, floor: tuple[float, float]) -> str:
    """The README's speed paragraph from a full benchmark record `t` (latest.csv's rows)."""
    row = {f: r for f, r in zip(t["file"], t.to_dict("records"))}
    ok = t["status"] == "ok"

    def api(name: str) -> str:
        return _s(row[name]["api_seconds"])

    ind = t["independent"].astype(str)
    full = int(ind.str.startswith("checked with CP-SAT").sum())
    by_size = int(ind.str.contains("size only").sum())
    none = int(ind.str.contains("no proven optimum").sum())
    disagree = int((t["independent_agrees"].astype(str) == "False").sum())
    verdict = (f"it agreed on all {full + by_size} problems it settled within 10 s" if not disagree else
               f"it DISAGREED on {disagree} of the {full + by_size} problems it settled within 10 s")
    parts = [
        "Speed (`make bench`, public path only: `truth_table()` + `minimize()` + `to_dict()` in one process, and the "
        "CLI `python -m analysis.qca minimize ... --json` as a whole process; every answer checked for prime, "
        "irredundant, covering, minimum-size models, and on small problems against an independent CP-SAT "
        f"enumeration, OR-Tools being installed by `make bench`: {verdict}, {full} of them fully — size, number and "
        f"list of minimal models — and {by_size} by size, and proved nothing in time on {none} problems). Medians of "
        f"up to 3 runs on this project's {cores}-core machine (load {load0:.1f} at the start; the machine's speed "
        "varies between runs), with `n_jobs=-1` / `--jobs -1` (a search for every model still running after 20,000 "
        "search steps, about 1–2 s, is split over every core; shorter ones run in one process); R QCA's recorded "
        "times in brackets."]
    every = f" for all {int(row['k16_n40.csv']['n_models']):,} minimal models with their fit and JSON"
    n40 = [f"k = {k}" + (" conditions" if i == 0 else "") + f": {api(f'k{k:02d}_n40.csv')} s"
           + (every if k == 16 else "") + _r_note(row[f"k{k:02d}_n40.csv"]) for i, k in enumerate((10, 12, 16, 20, 24))]
    big = row["k30_n200.csv"]
    n200 = [f"k = 10: {api('k10_n200.csv')} s{_r_note(row['k10_n200.csv'])}",
            f"k = 24: {api('k24_n200.csv')} s{_r_note(row['k24_n200.csv'])}",
            f"k = 30: {_s(big['api_seconds'])} s and {big['peak_mib']:,.0f} MiB peak{_r_note(big)[:-1]}; issue #10 "
            "counted 2.3 million prime implicants there, a count `make bench` does not make)"]
    parts.append("40 cases: " + "; ".join(n40) + ". 200 cases: " + "; ".join(n200) + ".")
    cons = t[t["file"].str.startswith("cons_crisp_") & ok]
    if len(cons):
        parts.append("Conservative solutions (" + ", ".join(
            f"{_kn(f)[0]} crisp conditions × {_kn(f)[1]} cases: {_s(s)} s"
            for f, s in zip(cons["file"], cons["api_seconds"])) + ").")
    cli = {f: _s(row[f]["cli_seconds"]) for f in ("k12_n40.csv", "k16_n40.csv", "planted_k16.csv")}
    parts.append(f"Dense table `planted_k16`: {api('planted_k16.csv')} s. Whole CLI runs with `--json`: k12_n40 "
                 f"{cli['k12_n40.csv']} s, k16_n40 {cli['k16_n40.csv']} s, planted_k16 {cli['planted_k16.csv']} s, "
                 f"where starting Python and importing the engine alone took {floor[0]:.2f} s.")

    draws = t[t["file"].str.startswith("issue10_")]
    answered = draws[draws["status"] == "ok"]
    part = answered[answered["partial"].astype(str) == "True"]
    slow = answered.loc[answered["api_seconds"].astype(float).idxmax()]
    k, n = _kn(slow["file"])
    text = (f"Random data without structure (9–12 conditions × 45–180 cases): {len(answered)} of {len(draws)} "
            f"draws answered exactly — {len(part)} of them as counted partial answers (up to "
            f"{_count(part['n_models'].astype(float).max())} minimal models, the first 1,000 listed) — in at most "
            f"{_s(slow['api_seconds'])} s ({k} conditions × {n} cases: {_count(slow['n_models'])} minimal models)")
    for row in draws[draws["status"] != "ok"].to_dict("records"):
        k, n = _kn(row["file"])
        if _count_stopped(row["status"]):
            text += (f"; 1 ({k} conditions × {n} cases) is answered in part: counting its minimal models passes the "
                     f"default search budget (100,000 steps), so after {_s(row['api_seconds'])} s it gives at least "
                     f"{_count(row['n_models'])} minimal models of {int(row['model_size'])} prime implicants, the first "
                     "1,000 of them listed, and says that the count is a lower bound (the exact count needs "
                     "`--max-work` raised)")
        else:
            text += (f"; 1 ({k} conditions × {n} cases) needs more than the default search budget (100,000 steps) "
                     f"and is refused after {_s(_refused_after(row['status']))} s, naming `--max-work` and "
                     f"{_settled_size(row['status'])}")
    parts.append(text + ".")

    wider = t[t["file"].str.startswith("rand_")]
    crisp, fuzzy = (wider[wider["series"] == f"random {s}"] for s in ("crisp", "fuzzy"))
    c_ok = crisp[crisp["status"] == "ok"]
    most = c_ok.loc[c_ok["n_models"].astype(float).idxmax()]
    in_part = [f"{n} {kind}" for kind, n in (("crisp", sum(map(_count_stopped, crisp["status"]))),
                                             ("fuzzy", sum(map(_count_stopped, fuzzy["status"])))) if n]
    parts.append(f"Of the wider random series {len(c_ok)} of {len(crisp)} crisp draws (one with "
                 f"{_count(most['n_models'])} minimal models, counted in {_s(most['api_seconds'])} s) and "
                 f"{int((fuzzy['status'] == 'ok').sum())} of {len(fuzzy)} fuzzy draws are answered exactly"
                 + (f", {' and '.join(in_part)} in part (the count of their minimal models stopped at the search "
                    "budget)" if in_part else "")
                 + " (fuzzy at "
                 "`incl_cut = 0.93`: at 0.8 seven of them had no negative row, and their answer was the tautology "
                 "`1`, which `minimize()` now refuses as R does).")
    budget = [_refused_after(st) for st in t["status"] if "max_work" in str(st) and _refused_after(st) is not None]
    if budget:
        parts.append(f"Every refusal by the search budget in the benchmark came after {_s(min(budget))}–"
                     f"{_s(max(budget))} s.")
    parts.append("Full table, the goals of the engine-scale issue and caveats: "
                 "[`benchmarks/results/latest.md`](benchmarks/results/latest.md), "
                 "[`benchmarks/README.md`](benchmarks/README.md).")
    return " ".join(parts)


def from_record(results: Path | None = None) -> str:
    """The paragraph from a record on disk (latest.csv and latest.md's header; default: RESULTS)."""
    results = RESULTS if results is None else results
    from run import exact_counts  # the record's counts read back exactly, as run.py writes them

    t = exact_counts(pd.read_csv(results / "latest.csv"))
    load0, cores, floor = header_values((results / "latest.md").read_text(encoding="utf-8"))
    return speed_paragraph(t, load0, cores, floor)


def readme_block(readme: str) -> str:
    """The paragraph README.md holds between its speed markers."""
    if readme.count(BEGIN) != 1 or readme.count(END) != 1:
        raise ValueError(f"README.md: expected one speed block between {BEGIN!r} and {END!r}")
    return readme.split(BEGIN, 1)[1].split(END, 1)[0].strip()


def readme_with(paragraph: str, text: str) -> str:
    """README's text `text` with its speed block replaced by `paragraph` (wrapped at 118 columns)."""
    import textwrap

    readme_block(text)  # the markers are there, once each
    body = textwrap.fill(paragraph, 118, break_on_hyphens=False, break_long_words=False)
    head, rest = text.split(BEGIN, 1)
    return head + BEGIN + "\n" + body + "\n" + END + rest.split(END, 1)[1]

