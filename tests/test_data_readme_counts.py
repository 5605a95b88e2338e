"""The counts data/README.md states about the raw files of Paper B and Paper A, recomputed from the files: a
count typed into the data dictionary must follow the data (a review found them correct but tied to nothing)."""
import re

import pandas as pd
import pytest

from analysis.paths import ROOT

RAW = ROOT / "data" / "raw"
README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")


def raw(name: str) -> pd.DataFrame:
    return pd.read_csv(RAW / name, dtype=str, keep_default_na=False)


def _one(sizes: pd.Series) -> int:
    """The one value every group has (-1 when the groups differ, which no stated count matches)."""
    return int(sizes.iloc[0]) if sizes.nunique() == 1 else -1


def counts() -> dict[str, int]:
    items, units = raw("paperB_excerpts.csv"), raw("paperB_units.csv")
    read = items[items["item_id"].isin(units["item_id"])]
    return {
        "items": len(items),
        "units": len(units),
        "read_items": len(read),
        "provinces": read.loc[read["province"] != "", "province"].nunique(),
        "explicit_units": int((units["explicit_link"] == "yes").sum()),
        "codes": len(raw("policy_codebook.csv")),
        "manual_codings": len(raw("policy_coding_manual.csv")),
        "leads": int((items["lead_id"] != "").sum()),
        "not_reachable": int((items["read_status"] == "not reachable").sum()),
        "pages_read": int((items["read_status"] == "read").sum()),
        "documents": int((raw("policy_documents.csv")["kind"] == "document").sum()),
        "events": int((raw("policy_documents.csv")["kind"] == "event").sum()),
        "from_search": int(raw("policy_documents.csv")["source"].str.startswith("search tool").sum()),
        "paperA_indicators": len(raw("paperA_codebook.csv")),
        "paperA_per_set": _one(raw("paperA_codebook.csv").groupby("condition").size()),
        "paperA_cases": len(raw("paperA_cases_reconstruction.csv")),
        "paperA_case_indicators": len([c for c in raw("paperA_cases_reconstruction.csv").columns
                                       if c not in ("case_id", "status")]),
        **{f"readings_{kind}": int((raw("paperB_readings.csv")["kind"] == kind).sum())
           for kind in ("stage", "model", "challenge", "path")},
    }


@pytest.mark.parametrize("what, pattern", [
    ("items", r"excerpt layer: (\d+) items \(\d+ pages read"),
    ("pages_read", r"excerpt layer: \d+ items \((\d+) pages read"),     # it said 'pages read (80 items)': 5 were not
    ("not_reachable", r"excerpt layer: \d+ items \(\d+ pages read, (\d+) leads not reachable\)"),
    ("units", r"verbatim coding units \((\d+)\)"),
    ("units", r"one row per coding unit \((\d+), from"),
    ("read_items", r"from (\d+) read items"),
    ("provinces", r"read items in (\d+) provinces"),
    ("explicit_units", r"`explicit_link` = `yes`, (\d+) units"),
    ("codes", r"policy_codebook.csv`: (\d+) codes"),
    ("manual_codings", r"manual coding \((\d+) codings\)"),
    ("items", r"one row per item \((\d+)\)"),
    ("leads", r"The leads \((\d+) national and local\s+items"),
    ("not_reachable", r"after at least two queries: (\d+) leads"),
    ("documents", r"national documents \((\d+)\) and context events"),
    ("events", r"and context events \((\d+)\)"),
    ("from_search", r"(\w+) documents were \*\*added from search"),
    ("readings_stage", r"Paper B's (\d+) stages"),
    # Paper A's files table and the reconstruction's shape (typed, tied to nothing before)
    ("paperA_indicators", r"`raw/paperA_codebook.csv` \| [^|]+ \| (\d+) \(\d+ per set\) \|"),
    ("paperA_per_set", r"`raw/paperA_codebook.csv` \| [^|]+ \| \d+ \((\d+) per set\) \|"),
    ("paperA_cases", r"`raw/paperA_cases_reconstruction.csv` \| [^|]+ \| (\d+) \|"),
    ("paperA_cases", r"the reconstruction: (\d+) generic cases × \d+ indicators"),
    ("paperA_case_indicators", r"the reconstruction: \d+ generic cases × (\d+) indicators"),
    ("readings_model", r"(\d+) practice models, \d+ challenges"),
    ("readings_challenge", r"practice models, (\d+) challenges"),
    ("readings_path", r"challenges and (\d+) paths \(|challenges and (\d+) paths\."),
])
def test_data_readme_counts_follow_the_raw_files(what, pattern):
    m = re.search(pattern, README)
    assert m, f"data/README.md no longer says {pattern!r}"
    stated = next(g for g in m.groups() if g is not None)
    stated = {"One": 1, "Two": 2, "Three": 3, "Four": 4, "Five": 5}.get(stated, stated)
    assert int(stated) == counts()[what], what


def test_benchmark_shares_quoted_in_prose_are_the_files():
    """data/README.md and notebook 01's markdown quote the published shares (李怡霖 et al. 2023, 马文雯 et al. 2022)
    typed by hand: each quoted 'NN.NN %' must be a share policy_benchmark.csv gives for the study last named before it
    in its paragraph (a share typed wrong, or given to the other study, fails)."""
    import json

    bench = raw("policy_benchmark.csv")
    shares = {sid: {float(v) for v in part["share_percent"]} for sid, part in bench.groupby("benchmark_id")}
    names = {"li2023": ("李怡霖", "`li2023`"), "ma2022": ("马文雯", "`ma2022`")}
    notebook = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    texts = {"data/README.md": README, "notebooks/01_policy_evolution.ipynb": "\n\n".join(
        "".join(c["source"]) for c in notebook["cells"] if c["cell_type"] == "markdown")}
    quoted = 0
    for where, text in texts.items():
        for paragraph in text.split("\n\n"):
            mentions = sorted((m.start(), sid) for sid, words in names.items() for w in words
                              for m in re.finditer(re.escape(w), paragraph))
            for number in re.finditer(r"(\d+\.\d{2}) ?%", paragraph):
                before = [sid for at, sid in mentions if at < number.start()]
                assert before, (where, number.group(0), paragraph)
                assert float(number.group(1)) in shares[before[-1]], (where, number.group(0), before[-1], paragraph)
                quoted += 1
    assert quoted >= 16, quoted


def test_every_derived_table_is_described_in_the_data_dictionary():
    """data/README.md describes every file the notebooks write under data/derived/ (named with its folder, in the
    section of the notebook that writes it): an auditor checking the dictionary against the files found Paper B's
    complete, and Paper A's truth_table.csv, shares.csv, presence.csv, esa_comparison.csv, checklist.csv and
    calibration.json, and notebook 00's agreement.csv and setmethods_differences.csv, in no line of it."""
    derived = ROOT / "data" / "derived"
    files = sorted(p.relative_to(derived).as_posix() for p in derived.glob("*/*")
                   if p.is_file() and not p.name.startswith("."))
    assert len(files) > 60, files                      # make has run (make test runs after make)
    missing = [f for f in files if not re.search(rf"`(?:[\w/]*/)?{re.escape(f.split('/', 1)[1])}`", README)]
    assert not missing, f"data/README.md does not describe: {missing}"
    for folder in sorted({f.split("/", 1)[0] for f in files}):
        assert f"derived/{folder}/" in README, folder


def test_data_readme_keeps_the_reconstructions_choices_apart_from_the_abstracts_facts():
    """data/README.md listed '8 good outcomes of 15' and 'a parsimonious solution of at least two terms' among the
    constraints from Paper A's abstract, which states neither (tools/reconstruction/README.md calls them the
    compendium's choices). The list now names them as the compendium's choices, not the paper's."""
    from analysis.paths import ROOT
    text = " ".join((ROOT / "data" / "README.md").read_text(encoding="utf-8").split())
    seed = (ROOT / "data" / "reference" / "seeds" / "003_9a6248d882d62700.txt").read_text(encoding="utf-8")
    assert "阳性" not in seed and "8个" not in seed          # the abstract gives no count of good outcomes
    i = text.index("8 good outcomes of 15")
    assert "the compendium's choices, not the paper's" in text[i - 200:i], text[i - 200:i + 100]


def test_data_readme_reads_the_two_benchmarks_as_their_shares_say():
    """data/README.md reads the two published benchmarks: 'The two studies **disagree on the largest type**
    (environment vs supply) and agree that demand is the smallest'. The shares themselves are checked above
    (test_benchmark_shares_quoted_in_prose_are_the_files); the reading was typed and tied to nothing: the largest
    instrument type of li2023 and of ma2022 (the order the sentence names them), and the smallest of both, are those
    of policy_benchmark.csv."""
    table = raw("policy_benchmark.csv")
    instruments = table[table["family"] == "instrument"].assign(share=lambda t: t["share_percent"].astype(float))
    largest = instruments.loc[instruments.groupby("benchmark_id")["share"].idxmax()].set_index("benchmark_id")["code"]
    smallest = instruments.loc[instruments.groupby("benchmark_id")["share"].idxmin(), "code"]
    m = re.search(r"disagree on the largest type\*\* \((\w+) vs (\w+)\) and agree that (\w+) is the smallest",
                  " ".join(README.split()))
    assert m, "data/README.md no longer reads the two benchmarks in the expected words"
    assert [f"instrument.{m[1]}", f"instrument.{m[2]}"] == [largest["li2023"], largest["ma2022"]], largest.to_dict()
    assert set(smallest) == {f"instrument.{m[3]}"}, smallest.tolist()
