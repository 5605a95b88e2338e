"""Stage parameters, stage assignment, stage profiles and the tests of profile differences."""
import math

import numpy as np
import pandas as pd
import pytest

from analysis.paper_b import coding, parameters, periodisation as per, profiles
from analysis.paper_b.codebook import codebook_from_frame

STAGES = ["应急协作", "基层整合", "系统改革", "体系跃迁"]
STARTS = {"应急协作": "2020-01", "基层整合": "2021-01", "系统改革": "2023-03", "体系跃迁": "2024-07"}


def docs(*rows):
    return pd.DataFrame([{"doc_id": i, "kind": k, "date": d, "date_status": "V"} for i, k, d in rows])


# ---------------------------------------------------------------- dates and parameters

@pytest.mark.parametrize("text,first,last", [
    ("2020", "2020-01-01", "2020-12-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2023-02", "2023-02-01", "2023-02-28"),
    ("2023-12-25", "2023-12-25", "2023-12-25"),
])
def test_date_interval(text, first, last):
    a, b = per.date_interval(text)
    assert (a.date().isoformat(), b.date().isoformat()) == (first, last)


@pytest.mark.parametrize("text", ["2020-13", "2021-02-29", "20", "2020/01", "Jan 2020"])
def test_date_interval_rejects_bad_dates(text):
    with pytest.raises(ValueError, match="YYYY|calendar date"):
        per.date_interval(text)


def test_valid_stage_starts():
    p = per.validate_stage_starts(STARTS, STAGES)
    assert p.names == tuple(STAGES) and p.written == ("2020-01", "2021-01", "2023-03", "2024-07")
    frame = p.to_frame()
    assert frame["last_day"].tolist() == ["2020-12-31", "2023-02-28", "2024-06-30", "(open)"]
    assert "应急协作 from 2020-01" in str(p)


@pytest.mark.parametrize("starts,needle", [
    ({**STARTS, "乱序": "2022"}, "unknown stage name '乱序'; allowed: 应急协作, 基层整合, 系统改革, 体系跃迁"),
    ({**STARTS, "乱序": "2022", "其他": "2023"}, "unknown stage names '乱序', '其他'; allowed: 应急协作, 基层整合,"),
    ({k: v for k, v in STARTS.items() if k != "系统改革"}, "missing start for stage 系统改革"),
    ({k: v for k, v in STARTS.items() if k not in ("基层整合", "系统改革")}, "missing start for stages 基层整合, 系统改革"),
    ({**STARTS, "基层整合": "2021-14"}, "stage 基层整合: '2021-14' is not"),
    ({**STARTS, "系统改革": "2020-06"}, "stage 系统改革 starts 2020-06-01 but must start after 基层整合 (2021-01-01)"),
    ({**STARTS, "基层整合": "2020-01"}, "must start after 应急协作"),
])
def test_invalid_stage_starts_say_what_is_wrong(starts, needle):
    with pytest.raises(per.StageParameterError) as err:
        per.validate_stage_starts(starts, STAGES)
    assert needle in str(err.value)


def test_stage_starts_must_be_a_mapping():
    with pytest.raises(per.StageParameterError, match="must be a mapping"):
        per.validate_stage_starts(["2020"], STAGES)


#: one policy document in each stage of STARTS, one before them, and an event
CORPUS = docs(("D00", "document", "2018-04"), ("D01", "document", "2020-05"), ("D02", "document", "2021-06-04"),
              ("D03", "document", "2023-03-23"), ("D04", "document", "2024-08"), ("E02", "event", "2020-02-14"))


def good_params(**over):
    kw = dict(lang="en", stage_starts=STARTS, stage_names=STAGES, keyword_fields=["title_zh", "key_phrases"],
              min_hits=1, include_events=False, profile_source="manual", n_permutations=999, seed=1, alpha=0.05,
              landmarks={"应急协作": "E02", "系统改革": "D03"}, documents=CORPUS)
    kw.update(over)
    return kw


def test_check_parameters_accepts_defaults():
    assert parameters.check_parameters(**good_params()).names == tuple(STAGES)


@pytest.mark.parametrize("over,needle", [
    ({"lang": "fr"}, "lang = 'fr'; allowed: 'en' or 'zh'"),
    ({"keyword_fields": ["body"]}, "keyword_fields = ['body']"),
    ({"min_hits": 0}, "min_hits = 0; expected an integer >= 1"),
    ({"include_events": "no"}, "include_events = 'no'; expected True or False"),
    ({"profile_source": "llm"}, "profile_source = 'llm'; allowed: 'manual', 'dictionary'"),
    ({"n_permutations": 10}, "n_permutations = 10; expected an integer from 99 to 1,000,000"),
    ({"n_permutations": 10**12}, "n_permutations = 1000000000000; expected an integer from 99 to 1,000,000 (at "),
    ({"n_permutations": 99.0}, "n_permutations = 99.0; expected an integer"),
    ({"seed": -1}, "seed = -1"),
    ({"alpha": 1.5}, "alpha = 1.5"),
    ({"landmarks": {"应急协作": "D99"}}, "landmarks: 应急协作 -> 'D99' is not an id"),
    ({"stage_starts": {**STARTS, "体系跃迁": "2019"}}, "体系跃迁 starts 2019-01-01 but must start after"),
])
def test_check_parameters_rejects_bad_values(over, needle):
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(**over))
    assert needle in str(err.value)


def test_n_permutations_bounds_are_inclusive():
    for n in (99, parameters.MAX_PERMUTATIONS):
        assert parameters.check_parameters(**good_params(n_permutations=n)).names == tuple(STAGES)


def test_stage_starts_that_leave_a_stage_without_a_document_are_refused():
    """The stage claims of such starts could only say 'not testable': the user's periodisation is refused, naming
    the empty stage, its dates and the documents either side of it."""
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(stage_starts={**STARTS, "体系跃迁": "2024-09"}, landmarks={}))
    assert ("stage_starts: stage 体系跃迁 (2024-09-01 to (open)) holds no policy document (the last before it is "
            "D04 (2024-08), in 系统改革; none is dated after it)") in str(err.value)
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(stage_starts={**STARTS, "基层整合": "2021-07"}, landmarks={}))
    assert ("stage 基层整合 (2021-07-01 to 2023-02-28) holds no policy document (the last before it is "
            "D02 (2021-06-04), in 应急协作; the first after it is D03 (2023-03-23), in 系统改革)") in str(err.value)
    # a date written to the year counts from its first day, as the analysis places it: D05 (2024) is not in 体系跃迁
    year_only = CORPUS.replace({"2024-08": "2024"})
    with pytest.raises(parameters.ParameterError, match=r"stage 体系跃迁 \(2024-07-01 to \(open\)\) holds no policy"):
        parameters.check_parameters(**good_params(documents=year_only, landmarks={}))
    # the period before the first stage may be empty: only the four stages must hold a document
    assert parameters.check_parameters(**good_params(documents=CORPUS[CORPUS["doc_id"] != "D00"]))
    # an event is no policy document
    with pytest.raises(parameters.ParameterError, match="stage 应急协作 .* holds no policy document"):
        parameters.check_parameters(**good_params(documents=CORPUS[CORPUS["doc_id"] != "D01"]))


def test_a_landmark_dated_outside_its_stage_is_refused():
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(landmarks={"应急协作": "E02", "基层整合": "D03", "体系跃迁": "D00"}))
    msg = str(err.value)
    assert ("landmarks: 基层整合 -> D03 is dated 2023-03-23, in 系统改革, outside 基层整合 (2021-01-01 to 2023-02-28)"
            in msg)
    assert "landmarks: 体系跃迁 -> D00 is dated 2018-04, before the first stage, outside 体系跃迁 (2024-07-01 to (open))" in msg
    assert "应急协作 -> E02" not in msg          # an event can be a landmark; E02 lies in its stage
    # a date written to the year is placed by its first day, as the analysis places it, and the message says so
    year_only = pd.concat([CORPUS, docs(("D05", "document", "2024"))], ignore_index=True)
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(documents=year_only, landmarks={"体系跃迁": "D05"}))
    assert ("体系跃迁 -> D05 is dated 2024, in 系统改革 (written to the year, it is placed by its first day, "
            "2024-01-01), outside 体系跃迁 (2024-07-01 to (open))") in str(err.value)
    assert parameters.check_parameters(**good_params(documents=year_only, landmarks={"系统改革": "D05"}))


def test_every_problem_is_listed_at_once():
    with pytest.raises(parameters.ParameterError) as err:
        parameters.check_parameters(**good_params(n_permutations=10**7, stage_starts={**STARTS, "基层整合": "2021-07"},
                                                  landmarks={"应急协作": "D03", "基层整合": ["D9"]}))
    lines = str(err.value).splitlines()[1:]
    assert len(lines) == 4, lines
    assert [l.split(":")[0].split(" =")[0].strip(" -") for l in lines] == [
        "n_permutations", "landmarks", "stage_starts", "landmarks"]


# ---------------------------------------------------------------- assignment

def test_assign_stages_boundaries_precision_and_pre_stage():
    p = per.validate_stage_starts({**STARTS, "基层整合": "2021-01-15"}, STAGES)
    d = docs(("D1", "document", "2019-12-31"), ("D2", "document", "2020"), ("D3", "document", "2021-01"),
             ("D4", "document", "2021-01-15"), ("D5", "document", "2024-07"), ("E1", "event", "2020-02-14"))
    a = per.assign_stages(d, p).set_index("doc_id")
    assert a.loc["D1", "stage"] == per.PRE_STAGE and a.loc["D1", "stage_order"] == 0
    assert a.loc["D2", "stage"] == "应急协作" and not a.loc["D2", "straddles"]
    assert a.loc["D3", "stage"] == "应急协作" and a.loc["D3", "straddles"]        # January 2021 crosses 01-15
    assert a.loc["D4", "stage"] == "基层整合" and not a.loc["D4", "straddles"]    # a start day is in the new stage
    assert a.loc["D5", "stage"] == "体系跃迁" and a.loc["D5", "stage_order"] == 4
    counts = per.stage_counts(a.reset_index(), p).set_index("stage")
    assert counts.loc["应急协作", "documents"] == 2 and counts.loc["应急协作", "events"] == 1
    assert counts.loc["应急协作", "n_straddling"] == 1 and counts.loc["应急协作", "events_straddling"] == 0


def test_stage_counts_name_what_their_unverified_dates_count():
    """stage_counts.csv had one column date_unverified that counted documents and context events with a U date
    together, where every other Paper B table's n_date_unverified counts documents (units) only: one name, two
    meanings. It now has n_date_unverified (the stage's documents whose date is U, as stage_date_unverified and
    stage_profiles.csv count them) and events_date_unverified (its context events whose date is U)."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2020-09"), ("E1", "event", "2020-02"),
             ("E2", "event", "2021-03"), ("D0", "document", "2018-01"), ("D3", "document", "2023-06"))
    d["date_status"] = ["U", "V", "U", "V", "U", "V"]
    a = per.assign_stages(d, p)
    counts = per.stage_counts(a, p)
    assert "date_unverified" not in counts.columns
    cols = list(counts.columns)
    assert cols.index("n_date_unverified") == cols.index("documents") + 1
    assert cols.index("events_date_unverified") == cols.index("events") + 1
    c = counts.set_index("stage")
    assert c["n_date_unverified"].tolist() == [1, 1, 0, 0, 0]       # D0 before the first stage, D1 in 应急协作
    assert c["events_date_unverified"].tolist() == [0, 1, 0, 0, 0]  # E1; E2 is V
    assert c.loc[STAGES, "n_date_unverified"].tolist() == per.stage_date_unverified(a, STAGES).tolist()
    assert (c["n_date_unverified"] <= c["documents"]).all() and (c["events_date_unverified"] <= c["events"]).all()


def test_stage_counts_separate_straddling_documents_from_events():
    """stage_counts.csv had one column straddling that counted documents and context events whose date interval
    reaches into another stage together, where its other columns keep documents (documents, n_date_unverified) and
    events (events, events_date_unverified) apart. It now has n_straddling (the stage's documents) next to
    n_date_unverified and events_straddling (its events) next to events_date_unverified; the excerpt layer's table
    (unit="units") has n_straddling only."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2022"), ("E1", "event", "2023"),
             ("E2", "event", "2024"), ("E3", "event", "2021-03"), ("D0", "document", "2019"), ("D3", "document", "2024"))
    # placed by first day: E1 (2023) in 基层整合 reaches 系统改革 (from 2023-03); E2 and D3 (2024) in 系统改革 reach
    # 体系跃迁 (from 2024-07); D0, D1, D2 and E3 lie within one stage
    a = per.assign_stages(d, p)
    counts = per.stage_counts(a, p)
    assert "straddling" not in counts.columns
    assert list(counts.columns) == ["stage", "documents", "n_date_unverified", "n_straddling",
                                    "events", "events_date_unverified", "events_straddling"]
    c = counts.set_index("stage")
    assert c["n_straddling"].tolist() == [0, 0, 0, 1, 0]
    assert c["events_straddling"].tolist() == [0, 0, 1, 1, 0]
    assert (c["n_straddling"] <= c["documents"]).all() and (c["events_straddling"] <= c["events"]).all()
    assert int(c["n_straddling"].sum() + c["events_straddling"].sum()) == int(a["straddles"].sum())
    d2 = docs(("D1", "document", "2023"), ("E1", "event", "2023-02-20"))
    c2 = per.stage_counts(per.assign_stages(d2, p), p).set_index("stage")
    assert c2.loc["基层整合", ["documents", "n_straddling", "events", "events_straddling"]].tolist() == [1, 1, 1, 0]
    units = per.stage_counts(per.assign_stages(d2, p), p, unit="units")
    assert list(units.columns) == ["stage", "units", "n_date_unverified", "n_straddling"]


def test_committed_stage_counts_agree_with_stage_profiles():
    """The committed stage_counts.csv counts the same U-dated documents per stage as stage_profiles.csv."""
    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    counts = pd.read_csv(out / "stage_counts.csv").set_index("stage")
    table = pd.read_csv(out / "stage_profiles.csv").drop_duplicates("stage").set_index("stage")
    assert "date_unverified" not in counts.columns and "straddling" not in counts.columns
    assignments = pd.read_csv(out / "stage_assignments.csv").set_index("stage")
    for kind, col in (("document", "n_straddling"), ("event", "events_straddling")):
        a = assignments[assignments["kind"] == kind]
        per_stage = a.groupby(level=0)["straddles"].sum().reindex(counts.index, fill_value=0)
        assert counts[col].tolist() == per_stage.astype(int).tolist(), col
    assert counts.loc[STAGES, "n_date_unverified"].tolist() == table.loc[STAGES, "n_date_unverified"].tolist()
    assert counts.loc[STAGES, "documents"].tolist() == table.loc[STAGES, "n_documents"].tolist()


def test_year_precision_before_first_stage_straddles_into_it():
    p = per.validate_stage_starts({**STARTS, "应急协作": "2020-03"}, STAGES)
    a = per.assign_stages(docs(("D1", "document", "2020")), p)
    assert a.loc[0, "stage"] == per.PRE_STAGE and bool(a.loc[0, "straddles"])


def test_boundary_sensitivity_base_row_matches_counts():
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2021-06"), ("D3", "document", "2023-06"),
             ("D4", "document", "2024-08"), ("D5", "document", "2022-12"))
    s = per.boundary_sensitivity(d, STARTS, STAGES, shifts_months=(-12, -6, 6))
    base = s.iloc[0]
    assert base["moved_stage"] == "(base)" and [base[n] for n in STAGES] == [1, 2, 1, 1]
    moved = s[(s["moved_stage"] == "系统改革") & (s["shift_months"] == -6)].iloc[0]
    assert moved["new_start"] == "2022-09" and [moved[n] for n in STAGES] == [1, 1, 2, 1]
    # moving 基层整合 12 months earlier would make it start with 应急协作: that variant is left out
    assert not ((s["moved_stage"] == "基层整合") & (s["shift_months"] == -12)).any()
    assert ((s["moved_stage"] == "基层整合") & (s["shift_months"] == -6)).any()
    # empty_stages counts the stages left without a document, never the period before the first stage
    assert s[per.PRE_STAGE].eq(0).all() and base["empty_stages"] == 0
    assert (s["empty_stages"] == s[list(STAGES)].eq(0).sum(axis=1)).all()
    emptied = per.boundary_sensitivity(d.iloc[[1, 2, 3, 4]], STARTS, STAGES, shifts_months=(-6,))
    assert emptied.iloc[0]["empty_stages"] == 1 and emptied.iloc[0][STAGES[0]] == 0


def test_boundary_sensitivity_says_how_many_staged_documents_have_an_unverified_date():
    """boundary_sensitivity.csv counts the documents of each stage under moved starts, placing them by their dates,
    and gave no word that some of those dates are U. Each row now has n_date_unverified: the documents in the
    stages under that move whose date is U (a document a move puts before the first stage is not counted)."""
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2021-06"), ("D3", "document", "2023-06"),
             ("D4", "document", "2024-08"), ("D0", "document", "2019-09"), ("E1", "event", "2021-03"))
    d["date_status"] = ["U", "V", "U", "V", "U", "U"]
    s = per.boundary_sensitivity(d, STARTS, STAGES, shifts_months=(-6,))
    assert list(s.columns)[-1] == "n_date_unverified"
    assert s.iloc[0]["n_date_unverified"] == 2                # D1 and D3; not D0 (before stage 1), not the event
    assert (s["n_date_unverified"] == 2).all()


def test_a_start_written_to_the_day_moves_by_whole_months_and_keeps_its_day():
    """The boundary grid moves a start by whole months. A start written to the day (the notebook allows it) lost its
    day: 2023-03-20 moved by +6 months became 2023-09 (1 September, 5 months and 12 days later) and by -6 months
    2022-09 (6 months and 19 days earlier). It now keeps its precision: 2023-09-20 and 2022-09-20."""
    starts = {"应急协作": "2020-01-15", "基层整合": "2021-01-10", "系统改革": "2023-03-20", "体系跃迁": "2024-07"}
    moved = {(n, s): st[n] for n, s, st, _ in per.boundary_variants(starts, STAGES, (-6, 6)) if s}
    assert moved[("系统改革", 6)] == "2023-09-20" and moved[("系统改革", -6)] == "2022-09-20"
    assert moved[("体系跃迁", 6)] == "2025-01"                      # a start written to the month stays a month
    assert moved[("基层整合", 6)] == "2021-07-10"


# ---------------------------------------------------------------- profiles and tests

def tiny_coding(assignments_docs, codes_by_doc, codes):
    rows = [(f, c, c, c, "d", c, "s") for c in codes for f in [c.split(".")[0]]]
    fams = {c.split(".")[0] for c in codes}
    for missing in {"instrument", "actor", "theme", "rainbow"} - fams:
        rows.append((missing, f"{missing}.x", "x", "x", "d", "x", "s"))
    book = codebook_from_frame(pd.DataFrame(rows, columns=["family", "code", "label_zh", "label_en", "definition",
                                                           "keywords", "source"]))
    manual = pd.DataFrame([{"doc_id": d, "family": c.split(".")[0], "code": c, "justification": "j", "coder": "c"}
                           for d, cs in codes_by_doc.items() for c in cs])
    return coding.coding_from_manual(manual, assignments_docs, book)


def test_stage_profile_counts_documents_per_stage():
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2020-09"), ("D3", "document", "2023-06"),
             ("D0", "document", "2018-01"), ("E1", "event", "2020-02"))
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.emergency"], "D2": ["theme.emergency", "theme.value"], "D3": ["theme.value"],
                        "D0": ["theme.value"]}, ["theme.emergency", "theme.value"])
    prof = profiles.stage_profile(a, c, "theme", STAGES)
    assert prof["n_documents"].tolist() == [2, 0, 1, 0]          # pre-stage document and the event are left out
    assert prof.loc["应急协作", "theme.emergency"] == 2 and prof.loc["系统改革", "theme.value"] == 1
    shares = profiles.profile_shares(prof)
    assert shares.loc["应急协作", "theme.value"] == 0.5 and math.isnan(shares.loc["基层整合", "theme.value"])
    long = profiles.profile_table(a, c, ["theme"], STAGES)
    assert len(long) == 4 * 2 and set(long["source"]) == {"manual"}



def test_profile_table_says_how_many_of_each_stages_documents_have_an_unverified_date():
    """A document's stage follows from its date, and a date marked U is where the compendium placed it, not where a
    source shows it. stage_profiles.csv and units_stage_profiles.csv gave each stage's n_documents and counts with no
    word of how many of those documents rest on such a date (the heat maps' labels said so; the tables did not).
    Each row now has n_date_unverified: the stage's counted documents whose date is U (the pre-stage document and
    the event, U or not, are not counted, as they are not in n_documents)."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2020-09"), ("D3", "document", "2023-06"),
             ("D0", "document", "2018-01"), ("E1", "event", "2020-02"))
    d["date_status"] = ["U", "V", "U", "U", "U"]
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.emergency"], "D2": ["theme.value"], "D3": ["theme.value"], "D0": ["theme.value"]},
                    ["theme.emergency", "theme.value"])
    long = profiles.profile_table(a, c, ["theme"], STAGES)
    cols = list(long.columns)
    assert cols.index("n_date_unverified") == cols.index("n_documents") + 1
    per_stage = long.drop_duplicates("stage").set_index("stage")
    assert per_stage["n_date_unverified"].tolist() == [1, 0, 1, 0]
    assert per_stage["n_documents"].tolist() == [2, 0, 1, 0]
    assert profiles.stage_date_unverified(a, STAGES).tolist() == [1, 0, 1, 0]


@pytest.mark.parametrize("name,assignments", [("stage_profiles.csv", "stage_assignments.csv"),
                                              ("units_stage_profiles.csv", "units_stage_assignments.csv")])
def test_committed_stage_profiles_count_the_unverified_dates_of_their_stages(name, assignments):
    """The committed tables agree with the committed stage assignments: per stage, the documents (units) whose
    date is U among those counted."""
    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    table = pd.read_csv(out / name)
    a = pd.read_csv(out / assignments)
    a = a[(a["kind"] == "document") & a["stage"].isin(STAGES)] if "kind" in a.columns else a[a["stage"].isin(STAGES)]
    expected = a[a["date_status"] == "U"].groupby("stage").size().reindex(STAGES, fill_value=0)
    got = table.drop_duplicates(["family", "stage"]).groupby("stage")["n_date_unverified"].agg(["min", "max"])
    assert (got["min"] == got["max"]).all()
    assert got["min"].reindex(STAGES).tolist() == expected.tolist()
    assert expected.sum() > 0, "the committed corpus has unverified dates in the stages"


def test_profiles_read_back_from_the_written_table_equal_stage_profile(tmp_path):
    # 04_figures draws the heat map from stage_profiles.csv: reading the long table back must give stage_profile's
    # frame itself (every stage, also an empty one, codes in order, n_documents first), for the requested source only
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2020-09"), ("D3", "document", "2023-06"))
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.emergency"], "D2": ["theme.emergency", "theme.value"], "D3": ["theme.value"]},
                    ["theme.emergency", "theme.value"])
    long = profiles.profile_table(a, c, ["theme"], STAGES)
    other = long.assign(source="dictionary", count=99)     # another coding's rows in the same file are ignored
    (tmp_path / "p.csv").write_text(pd.concat([other, long]).to_csv(index=False), encoding="utf-8")
    back = profiles.profiles_from_table(pd.read_csv(tmp_path / "p.csv"), "manual", ["theme"], STAGES)
    pd.testing.assert_frame_equal(back["theme"], profiles.stage_profile(a, c, "theme", STAGES), check_names=False)
    with pytest.raises(ValueError, match="^stage_profiles.csv lacks a stage or a code of family 'theme'; rerun"):
        profiles.profiles_from_table(long[long["stage"] != STAGES[1]], "manual", ["theme"], STAGES)

def test_chi_square_statistic_hand_computed():
    # [[10, 20], [30, 40]]: E = [[12, 18], [28, 42]]; X^2 = 4/12 + 4/18 + 4/28 + 4/42
    assert profiles.chi_square_statistic([[10, 20], [30, 40]]) == pytest.approx(4 / 12 + 4 / 18 + 4 / 28 + 4 / 42)
    assert profiles.chi_square_statistic([[0, 0], [0, 0]]) == 0.0
    assert profiles.chi_square_statistic([[5, 0], [0, 0]]) == 0.0       # cells with E = 0 are skipped


def test_permutation_test_separated_vs_identical_profiles():
    p = per.validate_stage_starts(STARTS, STAGES)
    dates = ["2020-03", "2020-05", "2020-07", "2021-03", "2021-05", "2021-07",
             "2023-04", "2023-05", "2023-06", "2024-08", "2024-09", "2024-10"]
    d = docs(*[(f"D{i:02d}", "document", x) for i, x in enumerate(dates)])
    a = per.assign_stages(d, p)
    codes = ["theme.a", "theme.b", "theme.c", "theme.d"]
    separated = tiny_coding(d, {f"D{i:02d}": [codes[i // 3]] for i in range(12)}, codes)
    t = profiles.permutation_test(a, separated, "theme", STAGES, n_permutations=999, seed=7)
    assert t.statistic == pytest.approx(36.0)            # 12 documents, perfect association in a 4 × 4 table: n(k-1)
    assert t.p_value < 0.01
    again = profiles.permutation_test(a, separated, "theme", STAGES, n_permutations=999, seed=7)
    assert again.p_value == t.p_value                    # fixed seed: identical
    same = tiny_coding(d, {f"D{i:02d}": ["theme.a"] for i in range(12)}, codes)
    t_same = profiles.permutation_test(a, same, "theme", STAGES, n_permutations=199, seed=7)
    assert t_same.statistic == 0.0 and t_same.p_value == 1.0
    assert "permutations, seed 7" in str(t) and t.to_dict()["n_documents"] == 12
    with pytest.raises(ValueError, match="n_permutations"):
        profiles.permutation_test(a, same, "theme", STAGES, n_permutations=0)


def test_units_of_one_item_are_shuffled_together():
    """Excerpt units cluster in items (pages): a page's units share its date, hence its stage, and usually its codes.
    Four pages, one per stage, each giving five units with the page's own code: shuffling the 20 units as if
    independent finds the stages' profiles different (p < 0.01), but there are only four pages, and every way of
    placing four pages in four stages gives the same perfect association: p = 1. With `clusters` the stage labels
    are shuffled over (item, stage) blocks: under the null the pages are exchangeable, not their units."""
    p = per.validate_stage_starts(STARTS, STAGES)
    dates = ["2020-05", "2021-05", "2023-05", "2024-09"]
    rows = [(f"P{k}-{j}", "document", dates[k]) for k in range(4) for j in range(5)]
    d = docs(*rows)
    a = per.assign_stages(d, p)
    codes = ["theme.a", "theme.b", "theme.c", "theme.d"]
    c = tiny_coding(d, {r[0]: [codes[int(r[0][1])]] for r in rows}, codes)
    item = {r[0]: r[0].split("-")[0] for r in rows}
    naive = profiles.permutation_test(a, c, "theme", STAGES, n_permutations=999, seed=7)
    assert naive.p_value < 0.01 and naive.n_blocks == 20
    clustered = profiles.permutation_test(a, c, "theme", STAGES, n_permutations=999, seed=7, clusters=item)
    assert clustered.statistic == naive.statistic and clustered.p_value == 1.0 and clustered.n_blocks == 4
    table = profiles.family_tests(a, c, ["theme"], STAGES, 999, 7, clusters=item)
    assert table.loc[0, "p_value"] == 1.0 and table.loc[0, "n_blocks"] == 4
    # without clusters every document is its own block: the same draws as before
    assert profiles.permutation_test(a, c, "theme", STAGES, 999, 7, clusters={r[0]: r[0] for r in rows}) == naive
    with pytest.raises(ValueError, match="clusters: no cluster for P0-0"):
        profiles.permutation_test(a, c, "theme", STAGES, 99, 7, clusters={"P1-0": "P1"})


@pytest.mark.parametrize("bad", [True, 99.0, 2.5, "999", -5, 0])
def test_permutation_counts_must_be_whole_numbers_of_at_least_one(bad):
    """n_permutations=True ran one permutation (p = 0.5 or 1) without a word; 99.0 or 2.5 stopped with Python's
    'float object cannot be interpreted as an integer'; order_steps with 0 or -5 with numpy's 'need at least one
    array to concatenate'. Now one ValueError names the parameter and what is allowed, in both tests."""
    from analysis.paper_b import excerpt_checks as xc
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2021-09"))
    c = tiny_coding(d, {"D1": ["theme.a"], "D2": ["theme.b"]}, ["theme.a", "theme.b"])
    with pytest.raises(ValueError, match=r"n_permutations must be a whole number >= 1, got"):
        profiles.permutation_test(per.assign_stages(d, p), c, "theme", STAGES, n_permutations=bad)
    with pytest.raises(ValueError, match=r"n_permutations must be a whole number >= 1, got"):
        xc.order_steps([[2020.5, 2021.5], [2022.5]], n_permutations=bad)


@pytest.mark.parametrize("bad", [-1, 1.5, True, "7"])
def test_permutation_seeds_must_be_non_negative_whole_numbers(bad):
    from analysis.paper_b import excerpt_checks as xc
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2021-09"))
    c = tiny_coding(d, {"D1": ["theme.a"], "D2": ["theme.b"]}, ["theme.a", "theme.b"])
    with pytest.raises(ValueError, match=r"seed must be a whole number >= 0, got"):
        profiles.permutation_test(per.assign_stages(d, p), c, "theme", STAGES, n_permutations=9, seed=bad)
    with pytest.raises(ValueError, match=r"seed must be a whole number >= 0, got"):
        xc.order_steps([[2020.5, 2021.5], [2022.5]], n_permutations=9, seed=bad)


def test_jensen_shannon_distance():
    assert profiles.jensen_shannon_distance([1, 0], [1, 0]) == pytest.approx(0.0)
    assert profiles.jensen_shannon_distance([1, 0], [0, 1]) == pytest.approx(1.0)
    # p = (1/2, 1/2), q = (1, 0): m = (3/4, 1/4); JS = 1/2 KL(p||m) + 1/2 KL(q||m)
    kl_p = 0.5 * np.log2(0.5 / 0.75) + 0.5 * np.log2(0.5 / 0.25)
    kl_q = np.log2(1 / 0.75)
    assert profiles.jensen_shannon_distance([1, 1], [2, 0]) == pytest.approx(np.sqrt(0.5 * kl_p + 0.5 * kl_q))
    assert math.isnan(profiles.jensen_shannon_distance([0, 0], [1, 0]))
    with pytest.raises(ValueError):
        profiles.jensen_shannon_distance([1, 0], [1, 0, 0])


def test_holm_adjusted_p_values():
    """Holm's step-down adjustment (Holm 1979): sorted p times m, m-1, ..., made monotone, capped at 1."""
    from analysis.paper_b.profiles import holm
    assert holm([0.01, 0.04, 0.03, 0.2]).round(6).tolist() == [0.04, 0.09, 0.09, 0.2]
    assert holm([0.5, 0.6]).tolist() == [1.0, 1.0]


def test_placement_dependent_families_are_those_whose_verdict_changes():
    # a hand-made placement_sensitivity table: theme is below alpha placed by first day only; actor never; rainbow
    # under every placement; model exactly at alpha under one placement (not below: the ledger's strict reading)
    rows = [("theme", 0.01, 0.20, 0.03), ("actor", 0.6, 0.7, 0.9), ("rainbow", 0.001, 0.01, 0.049),
            ("model", 0.05, 0.01, 0.01)]
    placement = pd.DataFrame([{"family": f, "placement": name, "p_holm": p} for f, *ps in rows
                              for name, p in zip(("first day", "last day", "straddling left out"), ps)])
    assert profiles.placement_dependent_families(placement, 0.05) == ["model", "theme"]
    assert profiles.placement_dependent_families(placement, 0.5) == []       # every theme p below, no actor p
    assert profiles.placement_dependent_families(placement, 0.65) == ["actor"]  # 0.6 below, 0.7 and 0.9 not
    assert profiles.placement_dependent_families(placement, 0.0001) == []


def test_profile_tests_say_how_many_tested_documents_have_an_unverified_date():
    """The stage × code tests (profile_tests.csv, units_profile_tests.csv, units_placement_sensitivity.csv) compare
    stages that documents (units) are placed in by their dates, some of them U; the tables gave n_documents and no
    word of it. Each row now has n_date_unverified: the tested items whose date is U (the pre-stage document is not
    tested, so not counted; leaving the straddling item out leaves its U date out too)."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2023"), ("D3", "document", "2023-06"),
             ("D4", "document", "2024-08"), ("D0", "document", "2018-01"))
    d["date_status"] = ["U", "U", "V", "V", "U"]             # D2's year straddles 系统改革's start (2023-03)
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.a"], "D2": ["theme.b"], "D3": ["theme.a"], "D4": ["theme.b"], "D0": ["theme.a"]},
                    ["theme.a", "theme.b"])
    t = profiles.permutation_test(a, c, "theme", STAGES, n_permutations=99, seed=1)
    assert (t.n_documents, t.n_date_unverified) == (4, 2)
    table = profiles.family_tests(a, c, ["theme"], STAGES, 99, 1)
    cols = list(table.columns)
    assert cols.index("n_date_unverified") == cols.index("n_documents") + 1 and table.loc[0, "n_date_unverified"] == 2
    placed = profiles.placement_sensitivity(d, c, ["theme"], p, n_permutations=99, seed=1).set_index("placement")
    assert placed["n_documents"].tolist() == [4, 4, 3]
    assert placed["n_date_unverified"].tolist() == [2, 2, 1]


@pytest.mark.parametrize("name,assignments", [("profile_tests.csv", "stage_assignments.csv"),
                                              ("units_profile_tests.csv", "units_stage_assignments.csv")])
def test_committed_profile_tests_count_the_unverified_dates_they_test(name, assignments):
    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    a = pd.read_csv(out / assignments)   # the excerpt layer's: units only, no kind column (test_paperB_unit_tables)
    a = a[(a["kind"] == "document") & a["stage"].isin(STAGES)] if "kind" in a.columns else a[a["stage"].isin(STAGES)]
    table = pd.read_csv(out / name)
    assert (table["n_documents" if name == "profile_tests.csv" else "n_units"] == len(a)).all()
    assert (table["n_date_unverified"] == int((a["date_status"] == "U").sum())).all()


def test_consecutive_distances_say_how_many_documents_of_the_two_stages_have_an_unverified_date():
    """stage_distances.csv sizes the shift between consecutive stages' profiles, whose documents sit in a stage by
    their dates, some of them U, and said nothing of it. Given the stages' counts of U-dated documents
    (stage_date_unverified), each row now has n_date_unverified: those of the two stages it compares."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2021-06"), ("D3", "document", "2023-06"),
             ("D4", "document", "2024-08"))
    d["date_status"] = ["U", "V", "U", "U"]
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.a"], "D2": ["theme.b"], "D3": ["theme.a"], "D4": ["theme.b"]},
                    ["theme.a", "theme.b"])
    prof = profiles.stage_profile(a, c, "theme", STAGES)
    dist = profiles.consecutive_distances(prof, per.stage_date_unverified(a, STAGES))
    assert dist["n_date_unverified"].tolist() == [1, 1, 2]
    assert dist["js_distance"].tolist() == profiles.consecutive_distances(prof)["js_distance"].tolist()


def test_committed_stage_distances_count_the_unverified_dates_of_the_stages_they_compare():
    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    a = pd.read_csv(out / "stage_assignments.csv")
    n_u = per.stage_date_unverified(a, STAGES)
    table = pd.read_csv(out / "stage_distances.csv")
    assert (table["n_date_unverified"] == [n_u[f] + n_u[t] for f, t in zip(table["from_stage"], table["to_stage"])]).all()


def test_a_stage_profile_shown_on_its_own_says_how_many_of_its_dates_are_unverified():
    """Notebooks 01 and 04 showed stage profiles (n_documents and code counts per stage: the theme profiles of titles
    and of units, the instrument profile the heat map draws) with no word that some of those documents sit in their
    stage by a date marked U, which stage_profiles.csv and the heat map's labels do say. with_date_unverified puts
    n_date_unverified beside n_documents, and every table the executed notebooks show with an n_documents column
    now has it."""
    import json

    from analysis.paths import ROOT

    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("D1", "document", "2020-05"), ("D2", "document", "2020-09"), ("D3", "document", "2023-06"),
             ("E1", "event", "2020-02"))
    d["date_status"] = ["U", "V", "U", "U"]
    a = per.assign_stages(d, p)
    c = tiny_coding(d, {"D1": ["theme.emergency"], "D2": ["theme.value"], "D3": ["theme.value"]},
                    ["theme.emergency", "theme.value"])
    prof = profiles.stage_profile(a, c, "theme", STAGES)
    shown = profiles.with_date_unverified(prof, per.stage_date_unverified(a, STAGES))
    assert list(shown.columns[:2]) == ["n_documents", "n_date_unverified"]
    assert shown["n_date_unverified"].tolist() == [1, 0, 1, 0]
    assert shown.drop(columns="n_date_unverified").equals(prof)
    with pytest.raises(ValueError, match=f"no count for stages {STAGES[1]}, {STAGES[2]}, {STAGES[3]}$"):
        profiles.with_date_unverified(prof, per.stage_date_unverified(a, STAGES[:2]).iloc[:1])
    with pytest.raises(ValueError, match=f"no count for stage {STAGES[3]}$"):   # was 'stage(s)' of one stage too
        profiles.with_date_unverified(prof, per.stage_date_unverified(a, STAGES[:3]))

    for name in ("01_policy_evolution", "04_figures"):
        nb = json.loads((ROOT / "notebooks" / "executed" / f"{name}.ipynb").read_text(encoding="utf-8"))
        tables = ["".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"] for o in c.get("outputs", [])]
        with_n = [t for t in tables if "<th>n_documents</th>" in t]
        assert with_n, name
        assert all("<th>n_date_unverified</th>" in t for t in with_n), name


def test_stage_counts_of_excerpt_units_name_units():
    """Notebook 01 showed the excerpt layer's stage counts with stage_counts' columns for the title layer: 'documents'
    counted units (excerpts.unit_documents places units as documents) and 'events' was always 0. With unit='units'
    the first column is named units, n_date_unverified counts units whose date is U, and the event columns are left
    out; the executed notebook shows that table. Any other unit is refused."""
    import json

    from analysis.paths import ROOT

    p = per.validate_stage_starts(STARTS, STAGES)
    d = docs(("N01-01", "document", "2020-05"), ("N01-02", "document", "2020-05"), ("L01-01", "document", "2024-08"))
    d["date_status"] = ["U", "V", "U"]
    counts = per.stage_counts(per.assign_stages(d, p), p, unit="units")
    assert list(counts.columns) == ["stage", "units", "n_date_unverified", "n_straddling"]
    c = counts.set_index("stage")
    assert c.loc["应急协作", ["units", "n_date_unverified"]].tolist() == [2, 1]
    assert c.loc["体系跃迁", ["units", "n_date_unverified"]].tolist() == [1, 1]
    assert list(per.stage_counts(per.assign_stages(d, p), p).columns)[1] == "documents"
    with pytest.raises(ValueError, match="unit must be 'documents' or 'units'"):
        per.stage_counts(per.assign_stages(d, p), p, unit="unit")
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    tables = ["".join(o.get("data", {}).get("text/html", "")) for c in nb["cells"] for o in c.get("outputs", [])]
    assert any("<th>units</th>" in t and "<th>n_date_unverified</th>" in t and "<th>events</th>" not in t
               for t in tables)


def test_a_stage_name_in_traditional_characters_is_refused_naming_the_stage():
    """stage_starts typed in traditional characters ({'應急協作': '2020-01', ...}, as a page in them writes the stage)
    was refused as four unknown names and four missing starts, without saying that they were the stages in another
    script. The message now names the stage each one is (hanzi.for_matching, whose table covers the readings'
    names), and the same for a landmark's stage; they are still refused (the names key the readings)."""
    from analysis.paper_b import hanzi
    from analysis.paper_b import corpus
    from analysis.paper_b.parameters import ParameterError, check_parameters

    traditional = {"應急協作": "2020-01", "基層整合": "2021-01", "系統改革": "2023-03", "體系躍遷": "2024-07"}
    assert [hanzi.for_matching(k) for k in traditional] == STAGES
    with pytest.raises(per.StageParameterError) as err:
        per.validate_stage_starts(traditional, STAGES)
    msg = str(err.value)
    for t, s in zip(traditional, STAGES):
        assert f"{t!r} is {s} in traditional characters" in msg, msg
    assert "write the stage names in simplified characters" in msg, msg
    with pytest.raises(ParameterError) as err:
        check_parameters(lang="en", stage_starts=STARTS, stage_names=STAGES, keyword_fields=["title_zh"], min_hits=1,
                         include_events=False, profile_source="manual", n_permutations=99, seed=1, alpha=0.05,
                         landmarks={"體系躍遷": "D16"}, documents=corpus.load_documents())
    assert "'體系躍遷' is 体系跃迁 in traditional characters" in str(err.value), str(err.value)


def test_the_traditional_table_covers_the_names_of_papers_readings():
    from analysis.paper_b import codebook as cb, corpus, hanzi

    assert hanzi.uncovered(corpus.load_readings(cb.load_codebook())["name_zh"]) == []


def _permutation_p_one_by_one(a, c, family, stages, n_permutations, seed, clusters=None):
    """The permutation p-value as permutation_test first computed it: one permutation, one table, one statistic at a
    time (the reference its chunked computation must give exactly)."""
    a = a[(a["kind"] == "document") & a["stage"].isin(stages)]
    x = c.matrix(family).loc[list(a["doc_id"])].to_numpy(dtype=float)
    labels = a["stage"].map({n: i for i, n in enumerate(stages)}).to_numpy()
    blocks = profiles._blocks(list(a["doc_id"]), labels, clusters)
    block_labels = np.zeros(int(blocks.max()) + 1, dtype=int)
    block_labels[blocks] = labels

    def table(lab):
        onehot = np.zeros((len(lab), len(stages)))
        onehot[np.arange(len(lab)), lab] = 1.0
        return onehot.T @ x

    observed = profiles.chi_square_statistic(table(labels))
    rng = np.random.default_rng(seed)
    exceed = sum(profiles.chi_square_statistic(table(rng.permutation(block_labels)[blocks])) >= observed - 1e-12
                 for _ in range(n_permutations))
    return (1 + exceed) / (1 + n_permutations)


@pytest.mark.parametrize("chunk", [7, 1000])
def test_permutation_test_in_chunks_gives_the_p_value_of_one_permutation_at_a_time(monkeypatch, chunk):
    """permutation_test computes its statistics a chunk of permutations at a time (the ledger's B05 runs it for every
    stage-start variant: most of a ledger's time went into 130,000 one-by-one statistics). Same permutations, same
    p-values, whatever the chunk (7: a last chunk shorter than the others), with clusters or without, on the
    committed corpus and on made-up codings with ties and empty codes."""
    from analysis.paper_b import codebook as cb, corpus

    monkeypatch.setattr(profiles, "_PERMUTATION_CHUNK", chunk)
    book = cb.load_codebook()
    documents = corpus.load_documents()
    p = per.validate_stage_starts({"应急协作": "2020-01", "基层整合": "2021-01", "系统改革": "2023-03",
                                   "体系跃迁": "2024-07"}, ["应急协作", "基层整合", "系统改革", "体系跃迁"])
    a = per.assign_stages(documents, p)
    c = coding.coding_from_manual(corpus.load_manual_coding(book, documents),
                                  corpus.documents_only(documents, False), book)
    for family in ("theme", "rainbow", "instrument"):
        ref = _permutation_p_one_by_one(a, c, family, p.names, 60, 3)
        assert profiles.permutation_test(a, c, family, p.names, 60, 3).p_value == ref, family
    rng = np.random.default_rng(1)
    d = docs(*[(f"D{i}", "document", f"{2020 + i % 5}-0{1 + i % 9}") for i in range(24)])
    codes = ["theme.emergency", "theme.value", "theme.talent"]
    made = tiny_coding(d, {f"D{i}": [x for x in codes[:2] if rng.random() < 0.5] for i in range(24)}, codes)
    q = per.validate_stage_starts(STARTS, STAGES)
    b = per.assign_stages(d, q)
    clusters = {f"D{i}": i // 3 for i in range(24)}
    for cl in (None, clusters):
        ref = _permutation_p_one_by_one(b, made, "theme", STAGES, 45, 11, cl)
        assert profiles.permutation_test(b, made, "theme", STAGES, 45, 11, clusters=cl).p_value == ref


def test_the_grassroots_stages_landmark_and_the_grassroots_documents_are_said_where_the_landmarks_are_shown():
    """基层整合 (grassroots integration) is anchored on D10, a public-hospital opinion (国办发〔2021〕18号), and the
    nationwide close-knit county community opinion D14 (国卫基层发〔2023〕41号, 2023-12) falls in 系统改革: notebook 01's
    A3 table named D10 without a word of it. landmark_term_note now says, computed from policy_documents.csv (title_zh,
    doc_number, date and number status) and the stage assignments, whether the landmark names 基层 and where the
    documents that do fall, in English and Chinese; notebook 01 prints it under the landmark check and its A3 table
    says so."""
    import json

    from analysis.paper_b import corpus
    from analysis.paths import ROOT

    documents = corpus.load_documents()
    assignments = per.assign_stages(documents, per.validate_stage_starts(STARTS, STAGES))
    landmarks = {"应急协作": "E02", "基层整合": "D10", "系统改革": "D13", "体系跃迁": "D16"}
    hits = per.term_documents(assignments, documents)
    # rebuilt from the corpus: the documents whose title or number holds 基层, with their stages
    d = documents[documents["kind"] == "document"]
    named = d[d["title_zh"].str.contains("基层") | d["doc_number"].str.contains("基层")]["doc_id"]
    assert sorted(hits["doc_id"]) == sorted(named) and "D10" not in set(named) and "D14" in set(named)
    stage_of = assignments.set_index("doc_id")["stage"]
    assert stage_of["D14"] == "系统改革" and stage_of["D10"] == "基层整合"
    en, zh = per.landmark_term_note(assignments, documents, landmarks)
    assert en.startswith("基层整合's landmark D10 (国务院办公厅关于推动公立医院高质量发展的意见, 国办发〔2021〕18号) does not "
                         "name 基层 in its title or number."), en
    assert "D14 (2023-12, 系统改革)" in en and "D14（2023-12，系统改革）" in zh, (en, zh)
    assert "D11 (2022-03, date U, number U, 基层整合)" in en and "D11（2022-03，日期 U，文号 U，基层整合）" in zh
    staged = hits[hits["stage"] != per.PRE_STAGE]
    n_out = int((staged["stage"] != "基层整合").sum())
    assert f"of those in the stages, {n_out} of {len(staged)} fall outside 基层整合." in en and n_out >= 1
    assert zh.startswith("基层整合的标志文件 D10（《国务院办公厅关于推动公立医院高质量发展的意见》，国办发〔2021〕18号）的标题与文号均不含“基层”。")
    assert f"有 {n_out} 份不在基层整合阶段" in zh
    # a landmark that names the word is said to
    assert " names 基层" in per.landmark_term_note(assignments, documents, {**landmarks, "基层整合": "D11"})[0]
    # notebook 01 prints both lines under the landmark check, and its A3 table says it
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                      for o in c.get("outputs", []))
    assert en in printed and zh in printed
    table = next("".join(c["source"]) for c in nb["cells"] if "| stage | start | landmark (why) |" in "".join(c["source"]))
    assert "D14 (2023-12)" in table and "not a grassroots document" in table


def test_a_document_not_dated_by_its_issue_is_said_where_an_earlier_issue_would_place_it():
    """The corpus did not say whether a date was the day of issue, publication or a repost, and the stages were built
    as if every date were the issue's. basis_placement places each document by the date it has and says, from its
    date_basis, which would fall in the stage before if issued up to ISSUE_LAG_DAYS earlier: only those not dated by
    issue (a blanket shift of every date would move an issue-dated document in its stage's first month too)."""
    p = per.validate_stage_starts(STARTS, STAGES)
    d = pd.DataFrame([{"doc_id": i, "kind": k, "date": t, "date_status": "V", "date_basis": b} for i, k, t, b in [
        ("A", "document", "2023-03-10", "not stated"),    # 9 days into 系统改革: an earlier issue moves it
        ("B", "document", "2023-03-10", "issue"),         # the same day, dated by issue: stays
        ("C", "document", "2023-05-10", "publication"),   # 70 days in: more than the lag
        ("D", "document", "2020-01", "repost"),           # first stage: before it is the pre-stage period
        ("E", "document", "2019-05", "not stated"),       # before the stages: not listed
        ("F", "event", "2024-07-02", "event")]])          # events: not listed
    b = per.basis_placement(d, p).set_index("doc_id")
    assert list(b.index) == ["A", "B", "C", "D"]
    assert b.loc["A", "days_into_stage"] == 9 and b.loc["A", "earlier_stage"] == "基层整合"
    assert b["moves_within_lag"].to_dict() == {"A": True, "B": False, "C": False, "D": True}
    assert b.loc["D", "earlier_stage"] == per.PRE_STAGE
    assert not per.basis_placement(d, p, lag_days=9).set_index("doc_id").loc["A", "moves_within_lag"]
    en, zh = per.basis_note(per.basis_placement(d, p), {"系统改革": "A"})
    assert "1 are dated by their issue or adoption (B) and 3 by publication" in en, en
    assert "2 would change stage: A (2023-03-10, not stated, 9 days after 系统改革's start, 系统改革's landmark) → 基层整合" in en
    assert "A（2023-03-10，未说明，系统改革起点后 9 天，系统改革的标志文件）→ 基层整合" in zh, zh


def test_the_committed_corpus_is_placed_with_each_dates_basis_known():
    """On policy_documents.csv at the default starts: the documents flagged are exactly those (recomputed here) not
    dated by issue or adoption whose first day lies within the lag after their stage's start; those within the lag
    (D13, in 系统改革's first month; D16 and D17, in 体系跃迁's) are dated by issue or adoption and stay, and each would
    be flagged were its basis not stated; the lag is the longer of the two D17's row shows (published 2024-08-14;
    signed 2024年7月15日 by its signature line, 2024年07月25日 by its 成文日期: which is unresolved, and the note the
    lag is named in said 'the lag ... D17's repost shows', as if there were one); notebook 01 prints the note, stage_assignments.csv carries date_basis and data/README names the
    documents moved and those within the lag as computed."""
    import json
    import re as _re

    from analysis.paper_b import corpus
    from analysis.paths import DATA_DERIVED, ROOT

    documents = corpus.load_documents()
    p = per.validate_stage_starts(STARTS, STAGES)
    b = per.basis_placement(documents, p)
    starts = dict(zip(p.names, p.starts))

    def days_in(r):
        first = per.date_interval(r.date)[0]
        return (first - starts[p.stage_of(first)]).days if p.stage_of(first) in starts else None

    docs = [r for r in documents.itertuples(index=False) if r.kind == "document" and days_in(r) is not None]
    near = sorted(r.doc_id for r in docs if days_in(r) < per.ISSUE_LAG_DAYS)
    expect = sorted(r.doc_id for r in docs if r.doc_id in near and r.date_basis not in ("issue", "adoption"))
    assert sorted(b.loc[b["moves_within_lag"], "doc_id"]) == expect and near
    assert b["days_into_stage"].tolist() == [days_in(r) for r in docs]
    for doc_id in near:   # each would move, were its basis not stated
        moved = documents.assign(date_basis=documents["date_basis"].where(documents["doc_id"] != doc_id, "not stated"))
        assert per.basis_placement(moved, p).set_index("doc_id").loc[doc_id, "moves_within_lag"], doc_id
    assert documents.set_index("doc_id").loc["D13", "date_basis"] == "issue" and "D13" in near
    d17 = documents.set_index("doc_id").loc["D17", "search_source"]
    signed = _re.search(r"signed (\d{4})年(\d{1,2})月(\d{1,2})日", d17).groups()
    published = _re.search(r"发布日期 (\d{4}-\d{2}-\d{2})", d17).group(1)
    lag = (pd.Timestamp(published) - pd.Timestamp(*map(int, signed))).days
    dated = _re.search(r"成文日期:(\d{4})年(\d{2})月(\d{2})日", documents.set_index("doc_id").loc["D17", "note"]).groups()
    other = (pd.Timestamp(published) - pd.Timestamp(*map(int, dated))).days
    assert lag == per.ISSUE_LAG_DAYS == max(lag, other) and other == 20
    en, zh = per.basis_note(b, {"应急协作": "E02", "基层整合": "D10", "系统改革": "D13", "体系跃迁": "D16"})
    assert "the longer of the two lags from signing to publication D17's repost shows" in en
    assert "D17 转载页所示签发至发布的两个间隔中较长者" in zh
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    printed = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                      for o in c.get("outputs", []))
    assert en in printed and zh in printed
    staged = pd.read_csv(DATA_DERIVED / "paperB" / "stage_assignments.csv", dtype=str, keep_default_na=False)
    assert staged.set_index("doc_id")["date_basis"].to_dict() == documents.set_index("doc_id")["date_basis"].to_dict()
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    said = _re.search(r"At the default stage starts the documents so moved are: ([^.]*)\.", readme).group(1)
    assert sorted(set(_re.findall(r"D\d\d", said))) == expect and (said == "none") == (not expect), said
    within = _re.search(r"The documents within 30 days of their stage's start, ([^,]*(?:, D\d\d)*(?: and D\d\d)?),", readme)
    assert per.ISSUE_LAG_DAYS == 30 and sorted(_re.findall(r"D\d\d", within.group(1))) == near, within.group(0)


def test_the_landmark_check_says_what_each_landmarks_date_is_the_date_of():
    """A stage start is anchored on its landmark's date, and the landmark check gave each landmark's date and status
    but not whether that date is the day of issue, adoption or publication (D10, 基层整合's landmark, is dated by its
    publication). Given the corpus, landmark_check now gives landmark_date_basis; notebook 01 passes it, and the A3
    narrative's words for each landmark's basis are the corpus's."""
    import json
    import re as _re

    from analysis.paper_b import corpus
    from analysis.paths import ROOT

    documents = corpus.load_documents()
    landmarks = {"应急协作": "E02", "基层整合": "D10", "系统改革": "D13", "体系跃迁": "D16"}
    a = per.assign_stages(documents, per.validate_stage_starts(STARTS, STAGES))
    table = per.landmark_check(a, landmarks, documents).set_index("landmark")
    basis = documents.set_index("doc_id")["date_basis"]
    assert table["landmark_date_basis"].to_dict() == {d: basis[d] for d in landmarks.values()}
    assert list(table.columns).index("landmark_date_basis") == list(table.columns).index("landmark_date_status") + 1
    assert "landmark_date_basis" not in per.landmark_check(a, landmarks).columns   # without the corpus, as before
    nb = json.loads((ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    assert any("landmark_date_basis" in "".join(o.get("data", {}).get("text/plain", ""))
               for c in nb["cells"] if c["cell_type"] == "code" for o in c.get("outputs", []))
    text = " ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown")
    words = {"is an event": "event", "dated by its issue": "issue", "by the Third Plenum's adoption": "adoption",
             "by its publication": "publication"}
    said = _re.findall(r"([DE]\d\d) (is an event|dated by its issue|by the Third Plenum's adoption|by its publication)",
                       text[text.index("`landmark_date_basis`"):][:300])
    assert len(said) == 4 and all(basis[d] == words[w] for d, w in said), said


def test_notebook_01_names_the_date_bases_the_corpus_uses():
    """Notebook 01's A3 narrative listed the date bases as issue, publication, repost or not stated after the corpus
    had gained 'adoption' (D16, the Third Plenum's decision): every basis a document of policy_documents.csv has is
    named there, in English (its word) and in the Chinese sentence (its Chinese word)."""
    import json

    from analysis.paper_b import corpus
    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    text = next("".join(c["source"]) for c in nb["cells"] if "`periodisation.basis_note`" in "".join(c["source"]))
    documents = corpus.load_documents()
    zh = {"issue": "印发", "adoption": "通过", "publication": "发布", "repost": "转载", "not stated": "未说明"}
    english = {"issue": "issue", "adoption": "adoption", "publication": "publication", "repost": "repost",
               "not stated": "not stated"}   # the words of the sentence that lists the bases
    sentence_en = text[text.index("Each document's date is what its source says"):text.index("A document is placed by")]
    sentence_zh = text[text.index("每份文件的日期依据"):text.index("见 `date_basis`")]
    for b in set(documents.loc[documents["kind"] == "document", "date_basis"]):
        assert english[b] in sentence_en and zh[b] in sentence_zh, b


def test_each_start_has_the_window_of_months_the_documents_cannot_tell_apart():
    """The stage starts are the compendium's (Paper B gives no years), each anchored on a landmark, and nothing said
    which other starts the coded data would treat alike: a reviewer could not tell a start the documents fix from one
    chosen inside a year of no document. start_windows gives each start's window: any start from earliest_start to
    latest_start leaves every document in its stage (checked here by moving each start to both ends), and one month
    beyond either end (where that keeps the stages in order) moves a document; at_edge marks a start at an end. Notebook
    01 shows the table."""
    import nbformat

    from analysis.paper_b import corpus
    from analysis.paths import ROOT

    documents = corpus.load_documents()
    starts = {"应急协作": "2020-01", "基层整合": "2021-01", "系统改革": "2023-03", "体系跃迁": "2024-07"}
    names = list(starts)
    base = per.validate_stage_starts(starts, names)
    windows = per.start_windows(documents, base).set_index("stage")
    placed = per.assign_stages(documents, base).query("kind == 'document'")["stage"].tolist()

    def moved(stage, month):
        return per.assign_stages(documents, per.validate_stage_starts({**starts, stage: month}, names)) \
            .query("kind == 'document'")["stage"].tolist()

    for stage in names:
        w = windows.loc[stage]
        for end in (w["earliest_start"], w["latest_start"]):
            assert moved(stage, end) == placed, (stage, end)
        k = names.index(stage)
        below = str(pd.Period(w["earliest_start"], "M") - 1)
        above = str(pd.Period(w["latest_start"], "M") + 1)
        if k == 0 or below > starts[names[k - 1]]:
            assert moved(stage, below) != placed, (stage, below)
        if k + 1 == len(names) or above < starts[names[k + 1]]:
            assert moved(stage, above) != placed, (stage, above)
        assert w["at_edge"] == {(True, True): "both", (True, False): "earliest", (False, True): "latest"}.get(
            (starts[stage] == w["earliest_start"], starts[stage] == w["latest_start"]), "")
    assert windows.loc["系统改革", "first_from"] == "D13 (2023-03-23, date U)"
    assert windows.loc["系统改革", "at_edge"] == "latest"
    assert windows.loc["基层整合", ["earliest_start", "latest_start"]].tolist() == ["2020-07", "2021-06"]
    # a constructed corpus: one document before, one in the stage; the window runs between them
    made = docs(("A", "document", "2019-03-05"), ("B", "document", "2019-11"), ("E", "event", "2019-05"))
    two = per.validate_stage_starts({"s1": "2019-01", "s2": "2019-09"}, ["s1", "s2"])
    got = per.start_windows(made, two).set_index("stage")
    assert got.loc["s2", ["earliest_start", "latest_start", "last_before", "first_from", "window_months"]].tolist() \
        == ["2019-04", "2019-11", "A (2019-03-05)", "B (2019-11)", 8]
    assert got.loc["s1", "earliest_start"] == "(open)" and got.loc["s1", "latest_start"] == "2019-03"
    nb = nbformat.read(ROOT / "notebooks" / "executed" / "01_policy_evolution.ipynb", as_version=4)
    shown = [o.get("data", {}).get("text/plain", "") for c in nb.cells if c.cell_type == "code"
             and "start_windows" in c.source for o in c.get("outputs", [])]
    assert any("earliest_start" in t and "at_edge" in t for t in shown), shown


def test_a_window_end_set_by_a_date_marked_u_says_so():
    """start_windows named the documents on either side of a start by id and date alone ('D13 (2023-03-23)'), so a
    window's end set by a date no source named shows (D13's year, D08's repost month) read as a source's date. Such a
    document is now named with 'date U', as the landmark and 基层 notes name them."""
    made = docs(("A", "document", "2019-03-05"), ("B", "document", "2019-11"))
    made["date_status"] = ["U", "V"]
    two = per.validate_stage_starts({"s1": "2019-01", "s2": "2019-09"}, ["s1", "s2"])
    got = per.start_windows(made, two).set_index("stage")
    assert got.loc["s2", ["last_before", "first_from"]].tolist() == ["A (2019-03-05, date U)", "B (2019-11)"]
    assert got.loc["s1", "first_from"] == "A (2019-03-05, date U)"


def test_the_start_windows_are_written_as_notebook_01_computes_them():
    """start_windows was shown in notebook 01 but written nowhere: a reader of data/derived/paperB/ saw the boundary
    grid and not which starts the documents cannot tell apart. Notebook 01 now writes it to start_windows.csv with
    the title layer's data_from; the committed table is the one start_windows gives on the committed corpus at the
    committed starts (parameters.json, in the abstract's stage order), every stage once."""
    from analysis.paper_b import claims as pb_claims

    written, expected, names, _ = _committed_table("start_windows.csv", per.start_windows)
    assert written.columns.tolist() == expected.columns.tolist() and written["stage"].tolist() == names
    pd.testing.assert_frame_equal(written, expected.reset_index(drop=True))
    assert set(written["data_from"]) == {pb_claims.DATA_FROM["corpus"]}


def _committed_table(name, compute):
    """The table data/derived/paperB/`name` as committed (strings) and as `compute`(documents, periodisation) gives it
    on the committed corpus at the committed starts (parameters.json, in the abstract's stage order), with its
    data_from; and the stage names and that periodisation."""
    import json

    from analysis.paper_b import claims as pb_claims, codebook as cb, corpus
    from analysis.paths import DATA_DERIVED

    documents = corpus.load_documents()
    readings = corpus.load_readings(cb.load_codebook())
    names = readings[readings["kind"] == "stage"].sort_values("order")["name_zh"].tolist()
    starts = json.loads((DATA_DERIVED / "paperB" / "parameters.json").read_text(encoding="utf-8"))["stage_starts"]
    periodisation = per.validate_stage_starts(starts, names)
    expected = pb_claims.with_data_from(compute(documents, periodisation), name).astype(str).replace({"<NA>": ""})
    written = pd.read_csv(DATA_DERIVED / "paperB" / name, dtype=str, keep_default_na=False, encoding="utf-8")
    return written, expected, names, (documents, periodisation)


def test_each_date_marked_u_says_how_far_it_would_have_to_move_to_change_stage():
    """The stage checks dropped the documents whose date is U (verified_dates_rule) but nothing said how wrong such a
    date would have to be to put its document in another stage: D13, 系统改革's landmark, is dated U 22 days into its
    stage. unverified_date_moves gives, per document in the stages whose date is U, the days to the stage before and
    after; moving its date by exactly those days changes its stage and one day fewer does not (checked here with
    assign_stages); a month's interval that reaches into the next stage is named in within_precision. Events and
    documents with verified dates, and documents before the first stage, have no row."""
    made = pd.DataFrame([{"doc_id": i, "kind": k, "date": d, "date_status": u, "date_basis": "issue"}
                         for i, k, d, u in [("A", "document", "2018-05", "U"), ("B", "document", "2021-03-10", "U"),
                                            ("C", "document", "2022-02", "V"), ("E", "event", "2021-02", "U"),
                                            ("F", "document", "2020", "U")]])
    two = per.validate_stage_starts({"s1": "2019-01", "s2": "2021-01-15", "s3": "2023-07"}, ["s1", "s2", "s3"])
    got = per.unverified_date_moves(made, two).set_index("doc_id")
    assert got.index.tolist() == ["B", "F"]
    assert got.loc["B", ["stage", "precision_days", "within_precision", "earlier_stage", "days_to_earlier",
                         "later_stage", "days_to_later"]].tolist() == ["s2", 0, "", "s1", 55, "s3", 843]
    assert got.loc["F", ["stage", "precision_days", "within_precision", "earlier_stage"]].tolist() == \
        ["s1", 365, "", per.PRE_STAGE]
    for r in got.reset_index().itertuples(index=False):
        first = per.date_interval(r.date)[0]
        for days, target in ((-r.days_to_earlier, r.earlier_stage), (r.days_to_later, r.later_stage)):
            step = 1 if days > 0 else -1
            assert two.stage_of(first + pd.Timedelta(days=days)) == target, (r.doc_id, days)
            assert two.stage_of(first + pd.Timedelta(days=days - step)) == r.stage, (r.doc_id, days)
    # a month that reaches into the next stage: the move within its precision is named
    straddling = made.assign(date=made["date"].where(made["doc_id"] != "B", "2021-01"))
    got = per.unverified_date_moves(straddling, two).set_index("doc_id")
    assert got.loc["B", ["stage", "within_precision", "days_to_later"]].tolist() == ["s1", "s2", 14]
    assert got.loc["B", "days_to_later"] <= got.loc["B", "precision_days"] == 30
    # the committed corpus at the defaults: D13 is 23 days from 基层整合 and no date marked U straddles
    from analysis.paper_b import corpus

    moves = per.unverified_date_moves(corpus.load_documents(), per.validate_stage_starts(STARTS, STAGES))
    d13 = moves.set_index("doc_id").loc["D13"]
    assert (d13["stage"], d13["earlier_stage"], d13["days_to_earlier"]) == ("系统改革", "基层整合", 23)
    assert (moves["within_precision"] == "").all()


def test_the_unverified_date_moves_are_written_as_notebook_01_computes_them():
    """Notebook 01 writes unverified_date_moves to unverified_date_moves.csv with the title layer's data_from; the
    committed table is the one the function gives on the committed corpus at the committed starts."""
    written, expected, names, (documents, periodisation) = _committed_table("unverified_date_moves.csv",
                                                                            per.unverified_date_moves)
    pd.testing.assert_frame_equal(written, expected.reset_index(drop=True))
    placed = per.assign_stages(documents, periodisation)
    assert set(written["doc_id"]) == set(placed.loc[(placed["kind"] == "document") & (placed["date_status"] == "U")
                                                    & placed["stage"].isin(names), "doc_id"])


def test_notebook_01s_words_on_d13s_date_are_what_its_row_shows():
    """Notebook 01 says of the dates marked U that one may be wrong by more than its precision, 'D13's day is shown,
    its year is not' (as data/README.md says): D13's row must bear it out, a date written to the day marked U whose
    search_source quotes a page showing the month and day (3月23日) and whose note says the year is not shown."""
    import nbformat

    from analysis.paper_b import corpus
    from analysis.paths import ROOT

    nb = nbformat.read(ROOT / "notebooks" / "01_policy_evolution.ipynb", as_version=4)
    said = "D13's day is shown, its year is not"
    assert any(said in c.source for c in nb.cells if c.cell_type == "markdown")
    assert "D13's day is shown and its year is" in " ".join((ROOT / "data" / "README.md").read_text(
        encoding="utf-8").split())
    d13 = corpus.load_documents().set_index("doc_id").loc["D13"]
    assert (d13["date_precision"], d13["date_status"]) == ("day", "U")
    month, day = int(d13["date"][5:7]), int(d13["date"][8:10])
    assert f"'{month}月{day}日," in d13["search_source"]
    assert "no stored page shows the year" in d13["note"]
