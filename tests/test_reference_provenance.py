"""What the raw files give as their source can be opened in this repository.

An auditor checking a row's provenance met three sources that only the maintainers' workspace held: Paper B's
readings cite 'Paper B abstract (seeds/000; ...)' for every stage, model, challenge and path name; the excerpt layer's
`lead_id` names rows of a leads list (N01..., L01...); and ma2022's benchmark shares are 'as given by the paperB leads'
benchmarks.md'. None of these files was in the repository, so neither the names typed from the abstract nor the leads
nor the U shares could be checked against what they came from. They are copied, unchanged, into data/reference/."""
import re

import pandas as pd
import pytest

from analysis.paths import DATA_RAW, DATA_REFERENCE, ROOT

LEADS = DATA_REFERENCE / "paperB-leads"
SEEDS = DATA_REFERENCE / "seeds"
# a project path a raw cell cites as a source: data/reference/..., data/raw/...
CITED_PATH = re.compile(r"data/(?:reference|raw)/[\w.\-/]+\.(?:md|csv|txt|json)")


def raw(name: str) -> pd.DataFrame:
    return pd.read_csv(DATA_RAW / name, dtype=str, keep_default_na=False)


def raw_cells():
    for path in sorted(DATA_RAW.glob("*.csv")):
        table = raw(path.name)
        for column in table.columns:
            for line, value in enumerate(table[column], start=2):
                yield path.name, line, column, value


def test_every_file_a_raw_row_cites_is_in_the_repository():
    missing = sorted({f"{name} line {line} `{column}`: {cited}" for name, line, column, value in raw_cells()
                      for cited in CITED_PATH.findall(value) if not (ROOT / cited).is_file()})
    assert not missing, "raw rows cite files that are not in the repository:\n" + "\n".join(missing)


def test_no_raw_row_cites_a_file_of_the_maintainers_workspace_by_a_short_name():
    """'seeds/000' or 'the paperB leads' benchmarks.md' named files outside the repository; a source in the
    repository is cited by its path (data/reference/...)."""
    short = re.compile(r"(?<!data/reference/)\bseeds/\d+|leads' benchmarks\.md")
    found = sorted({f"{name} line {line} `{column}`: {m.group(0)}" for name, line, column, value in raw_cells()
                    for m in short.finditer(value)})
    assert not found, "cite the copy in data/reference/ by its path:\n" + "\n".join(found)


def test_the_readings_names_stand_verbatim_in_the_paper_b_abstract_they_cite():
    readings = raw("paperB_readings.csv")
    cited = set(readings["name_basis"].str.extract(r"(data/reference/seeds/[\w.]+)", expand=False))
    assert len(cited) == 1 and pd.notna(next(iter(cited))), cited
    abstract = (ROOT / next(iter(cited))).read_text(encoding="utf-8")
    assert "10.11847/zgggws1146402" in abstract or "我国医防融合理论内涵及实践探索" in abstract
    absent = [f"{r.item_id} {r.name_zh}" for r in readings.itertuples() if r.name_zh not in abstract]
    assert not absent, f"names not in the abstract: {absent}"
    # the counts the abstract gives (四阶段, 三类模式, 五大困境, 五维路径) are the file's
    assert readings["kind"].value_counts().to_dict() == {"stage": 4, "model": 3, "challenge": 5, "path": 5}


def test_the_paper_a_abstract_is_in_the_repository_with_the_facts_the_reconstruction_satisfies():
    """data/README.md: the reconstruction satisfies 'every fact the abstract states'; that abstract is here."""
    abstract = (SEEDS / "003_9a6248d882d62700.txt").read_text(encoding="utf-8")
    for fact in ("10.12114/j.issn.1007-9572.2023.0722", "案例15个", "共有4条组态路径", "多层面整合型、中微观整合型",
                 "服务整合对提升医防融合效果起着基础保障作用", "系统整合、专业整合和功能整合相关政策指标设置尚不健全"):
        assert fact in abstract, fact


def leads() -> pd.DataFrame:
    frames = [pd.read_csv(LEADS / f"{kind}_items.csv", dtype=str, keep_default_na=False)
              for kind in ("national", "local")]
    return pd.concat(frames, ignore_index=True).set_index("id")


def test_every_lead_id_of_the_excerpt_layer_is_a_lead_with_its_url():
    items = raw("paperB_excerpts.csv")
    items = items[items["lead_id"] != ""]
    known = leads()
    assert sorted(items["lead_id"]) == sorted(known.index), "every lead is an item, and no item names another lead"
    # the URL read is the lead's, or the item's note says where and why it differs
    differ = [f"{r.item_id}: lead {known.at[r.lead_id, 'url']} item {r.url}" for r in items.itertuples()
              if r.url != known.at[r.lead_id, "url"] and known.at[r.lead_id, "url"] not in r.note]
    assert not differ, differ


def test_the_unverified_benchmark_shares_are_those_of_the_leads_benchmarks_file():
    bench = raw("policy_benchmark.csv")
    ma = bench[bench["benchmark_id"] == "ma2022"]
    assert set(ma["status"]) == {"U"} and ma["source"].str.contains("data/reference/paperB-leads/benchmarks.md").all()
    row = next(line for line in (LEADS / "benchmarks.md").read_text(encoding="utf-8").splitlines()
               if line.startswith("| 马文雯"))
    for r in ma.itertuples():
        kind = r.code.removeprefix("instrument.")
        assert f"{kind} {r.share_percent} %" in row, (r.code, r.share_percent)


@pytest.mark.parametrize("entry", ["paperB-leads", "seeds"])
def test_the_reference_readme_says_where_each_copy_comes_from(entry):
    readme = (DATA_REFERENCE / "README.md").read_text(encoding="utf-8")
    assert re.search(rf"^\| `{entry}/` \|.*\|.*shared", readme, flags=re.M), entry


def test_the_reconstructions_constraints_quote_the_paper_a_abstract_verbatim():
    """tools/reconstruction/README.md's table of constraints gives, per constraint, the abstract's words it rests on:
    each Chinese phrase there (split at '…') stands in the stored abstract."""
    abstract = (SEEDS / "003_9a6248d882d62700.txt").read_text(encoding="utf-8")
    readme = (ROOT / "tools" / "reconstruction" / "README.md").read_text(encoding="utf-8")
    assert "data/reference/seeds/003_9a6248d882d62700.txt" in readme
    rows = [line.split("|")[2] for line in readme.splitlines() if re.match(r"^\| (\d+|–) \|", line)]
    phrases = [p for cell in rows for p in re.findall(r"[\u4e00-\u9fff0-9、，]+", cell)
               if re.search(r"[\u4e00-\u9fff]", p)]
    assert len(phrases) >= 5, phrases
    missing = [p for p in phrases if p not in abstract]
    assert not missing, missing
