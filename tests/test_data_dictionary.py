"""Every column of every committed CSV under data/derived/ and data/raw/, and every top-level key of a JSON file under
data/derived/, is named, in backticks, in data/README.md within that file's own part of the data dictionary: a section
whose heading names the file (a raw file's section), or a paragraph, list item or table row that names it (by its
name, or by a glob such as `derived/paperA/*.csv`). An audit found 376 columns of the derived tables (the kappa
tables' `n_decisions`/`both`, 35 of `robustness_settings.csv`'s 41 columns, ...), the reconstruction's 21 indicator
columns, and 43 of the 48 top-level keys of the three JSON files, in no part of the dictionary describing their file.

A family of columns (one per condition, per stage, per model, ...) may be named by a pattern with a placeholder in
angle brackets, e.g. `<coding>_count` or `covU(<model>)`. Only the placeholders `_placeholders` knows exist, each
standing for a closed list of values read from the raw files or the code, so a pattern cannot match a column by
accident.
"""
import csv
import fnmatch
import json
import re

import pytest

from analysis.paper_a.robustness import SWEEP_LABELS
from analysis.paper_b.periodisation import PRE_STAGE
from analysis.paper_b.reliability import RATERS
from analysis.paths import ROOT

README = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
RAW = ROOT / "data" / "raw"
DERIVED = ROOT / "data" / "derived"


def _column(name: str, column: str) -> list[str]:
    with open(RAW / name, encoding="utf-8-sig", newline="") as fh:
        return [row[column] for row in csv.DictReader(fh)]


def _placeholders() -> dict[str, str]:
    """Each placeholder and the regular expression of the values it stands for."""
    kinds = _column("paperB_readings.csv", "kind")
    stages = [n for n, k in zip(_column("paperB_readings.csv", "name_zh"), kinds) if k == "stage"]
    families = dict(zip(_column("policy_codebook.csv", "code"), _column("policy_codebook.csv", "family")))

    def alt(values) -> str:
        return "(?:" + "|".join(re.escape(v) for v in sorted(values, key=len, reverse=True)) + ")"

    return {
        "<indicator_id>": alt(_column("paperA_codebook.csv", "indicator_id")),   # SYS1 ... EFF3
        "<set>": alt(_column("paperA_codebook.csv", "condition")),               # SYS ... NOR and EFF
        "<sweep>": alt(SWEEP_LABELS),                                             # Paper A's robustness sweeps
        "<j>": r"[0-9]",                                                          # indicators present (n_0 ... n_k)
        "<stage>": alt(stages + [PRE_STAGE]),                                   # Paper B's stage names
        "<rainbow code>": alt(c for c, f in families.items() if f == "rainbow"),
        "<model code>": alt(c for c, f in families.items() if f == "model"),
        "<coding>": alt(RATERS),                                                 # the two codings of notebook 01
        "<model>": r"M[1-9][0-9]*",                                               # models M1, M2, ... of a solution
    }


def _pattern(name: str, placeholders: dict[str, str]) -> re.Pattern | None:
    parts = re.split(r"(<[^<>]+>)", name)
    if len(parts) == 1:
        return None
    unknown = [p for p in parts[1::2] if p not in placeholders]
    assert not unknown, f"data/README.md uses placeholder(s) {unknown} in `{name}`; known: {sorted(placeholders)}"
    return re.compile("".join(placeholders[p] if i % 2 else re.escape(p) for i, p in enumerate(parts)))


def _blocks(text: str) -> list[tuple[int, str, str]]:
    """(section, heading, block) triples: paragraphs, list items (a line starting '- ' and its indented continuation
    lines) and table rows (one line each), with the number and heading line of the section they stand in."""
    out: list[tuple[int, str, str]] = []
    section, heading, current = 0, "", []

    def flush():
        if current:
            out.append((section, heading, "\n".join(current)))
            current.clear()

    for line in text.splitlines():
        if line.startswith("#"):
            flush()
            section, heading = section + 1, line
        elif not line.strip() or line.startswith("- ") or line.startswith("|"):
            flush()
            if line.strip():
                current.append(line)
                if line.startswith("|"):
                    flush()
        else:
            current.append(line)
    flush()
    return out


def _names_file(text: str, relative: str, folders: set[str]) -> bool:
    """`relative` (e.g. paperA/paths.csv, or paperB_units.csv for a raw file) named in backticks: by its path under
    data/derived/ (`derived/paperA/paths.csv`, `paperA/paths.csv`), by a glob (`derived/paperA/robustness*.csv`) or
    by its bare name (`paths.csv`), which for a derived table counts only in a part of the page (a '## ' section)
    that names its folder (`derived/paperA/`) or no folder at all: paperA/ and paperB/ both have a claims.csv."""
    for n in re.findall(r"`([^`]+)`", text):
        n = n.removeprefix("data/").removeprefix("derived/").removeprefix("raw/")
        if "/" not in n and "/" in relative:
            folder = relative.rsplit("/", 1)[0]
            if folders and folder not in folders:
                continue
            n = folder + "/" + n
        if fnmatch.fnmatchcase(relative, n):
            return True
    return False


def _parts() -> list[tuple[set[str], list[tuple[int, str, str]]]]:
    """The page cut at its '## ' headings: each part with the data/derived/ folders it names and its blocks."""
    chunks = re.split(r"(?m)^(?=## )", README)
    return [(set(re.findall(r"derived/(\w+)/", chunk)), _blocks(chunk)) for chunk in chunks]


def _ignored(path) -> bool:
    """Whether .gitignore's rules for data/raw/ ignore the file: a matrix dropped in as data/raw/paperA_cases.csv is
    the user's (data/README.md, "Dropping in the original data"), not a committed file this page must describe, and
    `make test` must pass while it is there."""
    rel, ignored = path.relative_to(ROOT).as_posix(), False
    for line in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines():
        rule = line.strip()
        negated = rule.startswith("!")
        if fnmatch.fnmatchcase(rel, rule.lstrip("!")):
            ignored = not negated
    return ignored


def _tables() -> list[tuple[str, list[str]]]:
    """Each committed CSV (its header) and JSON file of data/derived/ (its top-level keys), by its path."""
    files = [(f"raw/{p.name}", p) for p in sorted(RAW.glob("*.csv")) if not _ignored(p)]
    files += [(p.relative_to(DERIVED).as_posix(), p) for p in sorted(DERIVED.glob("*/*.csv"))]
    files += [(p.relative_to(DERIVED).as_posix(), p) for p in sorted(DERIVED.glob("*/*.json"))]
    out = []
    for relative, path in files:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            out.append((relative, list(json.load(fh)) if path.suffix == ".json" else next(csv.reader(fh))))
    return out


def _part_of(relative: str) -> str:
    """The text of data/README.md that belongs to the file: the sections whose heading names it, and the
    paragraphs, list items and table rows that name it."""
    base = relative.removeprefix("raw/")
    out = []
    for folders, blocks in _parts():
        sections = {s for s, h, _ in blocks if _names_file(h, base, folders)}
        out += [b for s, h, b in blocks if s in sections or _names_file(b, base, folders)]
    return "\n".join(out)


def test_the_block_rule_finds_the_parts_it_should():
    """The rule the test below applies, on known parts of data/README.md (so it cannot pass by finding nothing)."""
    assert "`share_percent`" in _part_of("raw/policy_benchmark.csv")             # a section whose heading names it
    assert "`doc_number`" in _part_of("raw/policy_documents.csv")                # a table row under that heading
    assert "`doc_number`" not in _part_of("raw/paperA_codebook.csv")             # ... and not elsewhere
    assert "`indicator_en`" in _part_of("raw/paperA_codebook.csv")               # a paragraph that names it
    assert "`p_o`" in _part_of("paperB/kappa_by_family.csv")                     # a list item that names it
    assert "`p_o`" not in _part_of("paperA/paths.csv")
    assert "`data_source`" in _part_of("paperA/paths.csv")                        # a glob: derived/paperA/*.csv
    assert "`data_source`" not in _part_of("paperB/claims.csv")                   # ... not Paper B's
    assert "`scope`" in _part_of("paperB/claims.csv")                             # a bare name in Paper B's part
    assert "`B01`" not in _part_of("paperA/claims.csv")                           # ... is not Paper A's claims.csv
    ph = _placeholders()
    assert _pattern("covU(<model>)", ph).fullmatch("covU(M12)")
    assert not _pattern("covU(<model>)", ph).fullmatch("covU(X)")
    assert _pattern("<coding>_count", ph).fullmatch("dictionary_count")
    assert not _pattern("<coding>_count", ph).fullmatch("reference_count")
    with pytest.raises(AssertionError, match="placeholder"):
        _pattern("<anything>", ph)
    assert _ignored(RAW / "paperA_cases.csv") and _ignored(RAW / "paperA_cases 2024.csv")   # a dropped-in matrix
    assert not _ignored(RAW / "paperA_cases_reconstruction.csv") and not _ignored(RAW / "policy_documents.csv")


@pytest.mark.parametrize("relative, header", _tables(), ids=[r for r, _ in _tables()])
def test_every_column_is_named_in_its_files_part_of_the_data_dictionary(relative, header):
    assert len(_tables()) > 60     # data/derived/ holds the tables (74 after a run on a memberships-form matrix)
    part = _part_of(relative)
    assert part, f"data/README.md names {relative} nowhere"
    ph = _placeholders()
    names = set(re.findall(r"`([^`]+)`", part))
    patterns = [p for p in (_pattern(n, ph) for n in names) if p is not None]
    missing = [c for c in header if c not in names and not any(p.fullmatch(c) for p in patterns)]
    what = "top-level keys" if relative.endswith(".json") else "columns"
    assert not missing, (f"data/README.md does not name these {what} of {relative} in backticks where it "
                         f"describes that file: {missing}")


def test_the_tables_said_to_carry_a_column_carry_it():
    """Two statements of data/README.md about many tables at once, checked against the files: every Paper A table
    carries `data_source`, and the Paper B tables listed as computed from the coding the analysis uses are exactly
    those whose `source` column holds the notebook's `profile_source` alone (coded_documents.csv and units_coded.csv
    have a `source` too, but there it says which coding each row is)."""
    paper_a = sorted(DERIVED.glob("paperA/*.csv"))
    assert paper_a and all("data_source" in _tables_header(p) for p in paper_a)
    m = re.search(r"^- Every table computed from the coding the analysis uses has a `source` column(.*?)(?=^- |^#)",
                  README, re.S | re.M)
    assert m, "data/README.md no longer lists the tables computed from the coding the analysis uses"
    listed = set(re.findall(r"`(\w+\.csv)`", m.group(1)))
    profile_source = json.loads((DERIVED / "paperB" / "parameters.json").read_text(encoding="utf-8"))["profile_source"]
    carrying = set()
    for p in sorted(DERIVED.glob("paperB/*.csv")):
        with open(p, encoding="utf-8-sig", newline="") as fh:
            values = {row["source"] for row in csv.DictReader(fh)} if "source" in _tables_header(p) else set()
        if values == {profile_source}:
            carrying.add(p.name)
    assert len(carrying) >= 10 and listed == carrying, (sorted(listed - carrying), sorted(carrying - listed))


def _tables_header(path) -> list[str]:
    with open(path, encoding="utf-8-sig", newline="") as fh:
        return next(csv.reader(fh))
