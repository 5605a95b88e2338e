"""Dictionary coding on small inputs, and Cohen's kappa against hand-computed values."""
import math
import re
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.paper_b import codebook as cb
from analysis.paper_b import coding, corpus, reliability


def small_book():
    rows = [
        ("instrument", "instrument.supply", "供给", "supply", "d", "人才|培训", "s"),
        ("instrument", "instrument.environment", "环境", "environment", "d", "规划|制度", "s"),
        ("instrument", "instrument.demand", "需求", "demand", "d", "签约", "s"),
        ("actor", "actor.primary_care", "基层", "primary care", "d", "基层|家庭医生", "s"),
        ("theme", "theme.coordination", "协同", "coordination", "d", "医防融合|协同|融合", "s"),
        ("rainbow", "rainbow.system", "制度", "system", "d", "制度|体系", "s"),
    ]
    df = pd.DataFrame(rows, columns=["family", "code", "label_zh", "label_en", "definition", "keywords", "source"])
    return cb.codebook_from_frame(df)


def small_docs():
    return pd.DataFrame({
        "doc_id": ["D01", "D02", "D03"],
        "title_zh": ["关于加强基层人才培训的通知", "关于完善医防融合制度的意见", "健康规划"],
        "key_phrases": [None, "促进医防协同、医防融合", "家庭医生签约"],
        "title_en": ["a", "b", "c"], "issuer": ["x", "y", None],
    })


# ---------------------------------------------------------------- dictionary coding

def test_match_keywords_is_substring_matching_in_keyword_order():
    assert coding.match_keywords("促进医防协同、医防融合", ["融合", "医防融合", "协同", "签约"]) == ["融合", "医防融合", "协同"]
    assert coding.match_keywords("", ["a"]) == []


def test_document_text_skips_empty_fields_and_splits_phrases():
    d = small_docs().iloc[0]
    assert coding.document_text(d, ("title_zh", "key_phrases")) == "关于加强基层人才培训的通知"
    d = {"title_zh": "T", "key_phrases": "a|b"}
    assert coding.document_text(d, ("title_zh", "key_phrases")) == "T\na\nb"


def test_code_documents_assigns_codes_by_keyword_hits():
    res = coding.code_documents(small_docs(), small_book())
    m = res.matrix()
    assert m.loc["D01"].to_dict() == {"instrument.supply": 1, "instrument.environment": 0, "instrument.demand": 0,
                                      "actor.primary_care": 1, "theme.coordination": 0, "rainbow.system": 0}
    assert m.loc["D02", "theme.coordination"] == 1 and m.loc["D02", "instrument.environment"] == 1
    assert m.loc["D02", "rainbow.system"] == 1
    # D03: 规划 (environment), 家庭医生 (primary care) and 签约 (demand) come from the key phrases
    assert m.loc["D03"].sum() == 3 and m.loc["D03", "instrument.demand"] == 1
    hits = res.long.set_index(["doc_id", "code"])
    assert hits.loc[("D02", "theme.coordination"), "hits"] == 3
    assert hits.loc[("D02", "theme.coordination"), "matched"] == "医防融合|协同|融合"


def test_min_hits_and_fields_options():
    two = coding.code_documents(small_docs(), small_book(), min_hits=2).matrix()
    assert two.loc["D01", "instrument.supply"] == 1          # 人才 and 培训
    assert two.loc["D01", "actor.primary_care"] == 0         # only 基层
    assert two.loc["D02", "theme.coordination"] == 1
    title_only = coding.code_documents(small_docs(), small_book(), fields=("title_zh",)).matrix()
    assert title_only.loc["D03"].sum() == 1                  # only 规划 is in the title


@pytest.mark.parametrize("kwargs,msg", [
    ({"min_hits": 0}, "min_hits must be an integer >= 1"),
    ({"min_hits": 1.5}, "min_hits must be an integer >= 1"),
    ({"fields": ("body",)}, "fields must be a non-empty subset"),
    ({"fields": ()}, "fields must be a non-empty subset"),
])
def test_code_documents_rejects_bad_options(kwargs, msg):
    with pytest.raises(ValueError, match=msg):
        coding.code_documents(small_docs(), small_book(), **kwargs)


def test_manual_coding_wrapper_and_shares():
    book = small_book()
    manual = pd.DataFrame({"doc_id": ["D01", "D01", "D02"], "family": ["instrument", "actor", "instrument"],
                           "code": ["instrument.supply", "actor.primary_care", "instrument.supply"],
                           "justification": ["j"] * 3, "coder": ["c"] * 3})
    res = coding.coding_from_manual(manual, small_docs(), book)
    assert res.source == "manual" and res.has("D02", "instrument.supply") and not res.has("D03", "instrument.supply")
    shares = coding.code_shares(res, "instrument")
    assert shares.to_dict() == {"instrument.supply": 100.0, "instrument.environment": 0.0, "instrument.demand": 0.0}
    assert "2 documents" not in str(res) and "3 documents, 3 codings" in str(res)


# ---------------------------------------------------------------- Cohen's kappa, hand-computed

def test_kappa_two_by_two_textbook_example():
    # 50 items: both yes 20, a yes / b no 5, a no / b yes 10, both no 15.
    # p_o = 35/50 = 0.70; p_a(yes) = 0.5, p_b(yes) = 0.6; p_e = 0.5*0.6 + 0.5*0.4 = 0.50; kappa = 0.2/0.5 = 0.40
    a = ["yes"] * 25 + ["no"] * 25
    b = ["yes"] * 20 + ["no"] * 5 + ["yes"] * 10 + ["no"] * 15
    k = reliability.cohen_kappa(a, b, categories=("yes", "no"))
    assert k.n == 50 and k.confusion.tolist() == [[20, 5], [10, 15]]
    assert k.p_o == pytest.approx(0.70) and k.p_e == pytest.approx(0.50) and k.kappa == pytest.approx(0.40)
    # Cohen's (1960) large-sample se: sqrt(0.7*0.3 / (50 * 0.5**2)) = sqrt(0.0168)
    assert k.se == pytest.approx(math.sqrt(0.0168))
    lo, hi = k.ci95
    assert lo == pytest.approx(0.40 - 1.96 * math.sqrt(0.0168))


def test_kappa_three_categories_hand_computed():
    # confusion (rows a, columns b) [[25, 2, 3], [3, 20, 2], [2, 5, 38]], n = 100
    # p_o = 0.83; margins a = (30, 25, 45), b = (30, 27, 43); p_e = (900 + 675 + 1935) / 10000 = 0.351
    table = [[25, 2, 3], [3, 20, 2], [2, 5, 38]]
    a, b = [], []
    for i, row in enumerate(table):
        for j, count in enumerate(row):
            a += [i] * count
            b += [j] * count
    k = reliability.cohen_kappa(a, b)
    assert k.p_o == pytest.approx(0.83) and k.p_e == pytest.approx(0.351)
    assert k.kappa == pytest.approx(0.479 / 0.649)
    assert k.to_frame().to_numpy().tolist() == table


def test_kappa_extremes_and_errors():
    assert reliability.cohen_kappa([1, 0, 1, 0], [1, 0, 1, 0]).kappa == pytest.approx(1.0)
    assert reliability.cohen_kappa([1, 0, 1, 0], [0, 1, 0, 1]).kappa == pytest.approx(-1.0)
    undefined = reliability.cohen_kappa([0, 0, 0], [0, 0, 0])
    assert math.isnan(undefined.kappa) and undefined.p_e == 1.0
    with pytest.raises(ValueError, match="different numbers of items"):
        reliability.cohen_kappa([1, 0], [1])
    with pytest.raises(ValueError, match="^label not among the categories: 2$"):   # was 'label(s)' of one label
        reliability.cohen_kappa([1, 2], [1, 1], categories=(0, 1))
    with pytest.raises(ValueError, match="^labels not among the categories: 2, 3$"):
        reliability.cohen_kappa([1, 2], [3, 1], categories=(0, 1))
    assert reliability.landis_koch(0.5) == "moderate" and reliability.landis_koch(-0.1) == "poor"
    assert reliability.landis_koch(0.0) == "slight" and reliability.landis_koch(float("nan")) == "undefined"


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=2, max_size=40))
def test_kappa_properties(pairs):
    a = [p[0] for p in pairs]
    b = [p[1] for p in pairs]
    k = reliability.cohen_kappa(a, b, categories=(0, 1, 2))
    k_swapped = reliability.cohen_kappa(b, a, categories=(0, 1, 2))
    if not math.isnan(k.kappa):
        assert k.kappa <= 1 + 1e-12
        assert k.kappa == pytest.approx(k_swapped.kappa)
        assert k.confusion.sum() == len(pairs)
    same = reliability.cohen_kappa(a, a, categories=(0, 1, 2))
    assert math.isnan(same.kappa) or same.kappa == pytest.approx(1.0)


def test_family_agreement_pools_decisions():
    book = small_book()
    docs = small_docs()
    dictionary = coding.code_documents(docs, book)
    manual = coding.coding_from_manual(pd.DataFrame({
        "doc_id": ["D01", "D02", "D02", "D03"], "family": ["instrument", "instrument", "instrument", "actor"],
        "code": ["instrument.supply", "instrument.environment", "instrument.demand", "actor.primary_care"],
        "justification": ["j"] * 4, "coder": ["c"] * 4}), docs, book)
    ag = reliability.agreement(manual, dictionary, book.families)
    fam = ag.families.set_index("family")
    # instrument: 3 documents × 3 codes = 9 decisions; manual yes on (D01 supply, D02 env, D02 demand);
    # dictionary yes on (D01 supply, D02 env, D03 env, D03 demand): both 2, manual only 1, dictionary only 2, neither 4
    assert fam.loc["instrument", ["n_decisions", "both", "reference_only", "test_only", "neither"]].tolist() == [9, 2, 1, 2, 4]
    # pooled kappa (de Vries et al. 2008): p_o and p_e averaged over the family's codes, each code's p_e from its
    # own margins. p_o: supply 3/3, environment 2/3, demand 1/3 -> 6/9. Margins (manual yes, dictionary yes) of 3
    # documents: supply (1, 1), environment (1, 2), demand (1, 1): p_e = 5/9, 4/9, 5/9 -> mean 14/27 (here equal
    # to the collapsed table's 42/81: the manual coder's yes-rate is the same for every code)
    assert fam.loc["instrument", "p_o"] == pytest.approx(6 / 9)
    assert fam.loc["instrument", "p_e"] == pytest.approx(14 / 27)
    assert fam.loc["instrument", "kappa"] == pytest.approx((6 / 9 - 14 / 27) / (1 - 14 / 27))
    assert ag.confusion("instrument").to_numpy().tolist() == [[2, 1], [2, 4]]
    assert len(ag.codes) == len(book.codes)
    with pytest.raises(KeyError, match="no agreement computed for family 'cost'"):
        ag.confusion("cost")


def test_family_kappa_takes_chance_agreement_code_by_code():
    """Two codes on which the raters agree no better than chance (kappa -1/9 each: A said yes by both for 9 of 10
    documents, B for 1 of 10, the one disagreement each way) give a family kappa of -1/9, de Vries et al.'s (2008,
    Field Methods 20:272-282) pooled kappa (mean p_o - mean p_e) / (1 - mean p_e). Kappa of the 20 decisions
    collapsed into one 2x2 table counted the codes' different prevalence (A common, B rare) as agreement: p_e 0.5
    instead of 0.82, kappa 0.6 ('moderate') where neither code shows any."""
    ref = np.array([[1, 0]] * 8 + [[1, 0], [0, 1]])
    test = np.array([[1, 0]] * 8 + [[0, 1], [1, 0]])
    per_code = [reliability.cohen_kappa(ref[:, j].tolist(), test[:, j].tolist(), categories=(1, 0)) for j in range(2)]
    assert [k.kappa for k in per_code] == pytest.approx([-1 / 9, -1 / 9])
    row = reliability._binary_row("f", "(all codes)", ref, test, 50, np.random.default_rng(0))
    assert row["n_decisions"] == 20 and row["p_o"] == pytest.approx(0.8) and row["p_e"] == pytest.approx(0.82)
    assert row["kappa"] == pytest.approx(-1 / 9)
    # one code: the pooled kappa is Cohen's
    one = reliability._binary_row("f", "A", ref[:, :1], test[:, :1], 50, np.random.default_rng(0))
    assert (one["kappa"], one["se"]) == pytest.approx((per_code[0].kappa, per_code[0].se))


def test_agreement_requires_same_documents():
    book = small_book()
    a = coding.code_documents(small_docs(), book)
    b = coding.code_documents(small_docs().iloc[:2], book)
    with pytest.raises(ValueError, match="different documents"):
        reliability.agreement(a, b, book.families)


# ---------------------------------------------------------------- the committed corpus

def test_committed_corpus_agreement_is_recomputed_not_typed():
    book = cb.load_codebook()
    docs = corpus.load_documents()
    d = corpus.documents_only(docs)
    manual = coding.coding_from_manual(corpus.load_manual_coding(book, docs), d, book, families=cb.TITLE_FAMILIES)
    dictionary = coding.code_documents(d, book, families=cb.TITLE_FAMILIES)
    ag = reliability.agreement(manual, dictionary, cb.TITLE_FAMILIES)
    fam = ag.families.set_index("family")
    assert fam["n_decisions"].to_dict() == {"instrument": 54, "actor": 90, "theme": 162, "rainbow": 108}
    assert ((fam["kappa"] > 0.4) & (fam["kappa"] < 0.9)).all(), fam["kappa"].to_dict()   # instrument 0.44
    # every code the manual coder used is seen at least once by some keyword rule, except content-only codes
    used = set(manual.long["code"])
    seen = set(dictionary.long["code"])
    assert used - seen == {"theme.incentive", "rainbow.functional"}
    assert np.isfinite(fam["kappa"]).all()


# ---------------------------------------------------------------- pages in traditional characters

def test_a_page_in_traditional_characters_with_pinyin_notes_is_coded_as_its_simplified_text():
    """Unit X13-01 quotes a mirror page that shows 医防融合 in traditional characters with pinyin inserted
    (醫(yī)防融合): matched as written it carried none of its keywords (医防融合, 医防协同, 机制), and the dictionary
    disagreed with the manual coding only because of the script. It is now coded as the same words in simplified
    characters, and the quote itself stays verbatim."""
    from analysis.paper_b import excerpts as ex
    from analysis.paper_b.hanzi import for_matching

    traditional = "中國(guó)衛(wèi)生行政部門(mén)提出要“創(chuàng)新醫(yī)防協(xié)同、醫(yī)防融合機(jī)制”"
    simplified = "中国卫生行政部门提出要“创新医防协同、医防融合机制”"
    book = cb.load_codebook()
    res = coding.code_texts(["T", "S"], [traditional, simplified], book)
    assert res.code_sets("theme")["T"] == res.code_sets("theme")["S"] == frozenset({"theme.coordination"})
    hits = res.long.set_index(["doc_id", "code"])["matched"]
    assert hits[("T", "theme.coordination")] == hits[("S", "theme.coordination")]
    assert "医防融合" in hits[("T", "theme.coordination")].split("|")
    assert res.matrix().loc["T"].to_dict() == res.matrix().loc["S"].to_dict()
    # the committed units so quoted: their dictionary codes are those of their text mapped to simplified characters
    raw = pd.read_csv(ex.UNITS_FILE, dtype=str, keep_default_na=False)   # the committed quotes (loaded elsewhere)
    quoted = raw[raw["unit_id"].isin(["X13-01", "L45-01"])]
    units = quoted.set_index("unit_id")
    assert "醫(yī)防融合" in units.loc["X13-01", "excerpt_zh"]          # quoted as displayed (its sha256 is of that)
    dictionary = ex.dictionary_coding(ex.ExcerptLayer(items=raw.iloc[:0], units=quoted, coding=raw.iloc[:0]), book)
    for uid in ("X13-01", "L45-01"):
        mapped = coding.code_texts([uid], [for_matching(units.loc[uid, "excerpt_zh"])], book,
                                   families=ex.CODED_FAMILIES)
        assert set(dictionary.long.loc[dictionary.long["doc_id"] == uid, "code"]) == set(mapped.long["code"]), uid
    assert dictionary.has("X13-01", "theme.coordination") and dictionary.has("L45-01", "actor.primary_care")


@pytest.mark.parametrize("text, expected", [
    ("醫(yī)防融合", "医防融合"), ("醫（yī）防融合", "医防融合"), ("醫(yi)防", "医防"),
    # not a pinyin note: a number, capitals or a note after Latin text stay
    ("医防融合(2023)", "医防融合(2023)"), ("医防融合(PPP)", "医防融合(PPP)"), ("abc(de)", "abc(de)"),
    ("简体文本不变", "简体文本不变"), ("衞生", "卫生"), ("體系", "体系"),
])
def test_for_matching_leaves_out_pinyin_notes_and_maps_traditional_forms(text, expected):
    from analysis.paper_b.hanzi import for_matching

    assert for_matching(text) == expected


def test_notebook_01_names_the_units_quoted_in_traditional_characters_as_the_data_hold_them():
    """Notebook 01 types which units quote pages in traditional characters with pinyin notes ('three units quote
    mirror pages in traditional characters with pinyin inserted (X13-01 ..., L45-01, L45-02)'): typed, tied to no
    data. The units it names, and their count in words, are those of paperB_units.csv whose excerpt the dictionary
    reads otherwise than as written (hanzi.for_matching changes it)."""
    import json
    import re

    from analysis.paper_b import excerpts as ex
    from analysis.paper_b.hanzi import for_matching
    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    text = " ".join(" ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown").split())
    m = re.search(r"(\w+) units quote mirror pages in traditional characters with pinyin inserted \(([^)]*\)[^)]*)\)",
                  text)
    assert m, "notebook 01 no longer names the units in traditional characters in the expected words"
    named = re.findall(r"\b[A-Z]\d+-\d+\b", m.group(2))
    raw = pd.read_csv(ex.UNITS_FILE, dtype=str, keep_default_na=False)
    mapped = raw.loc[raw["excerpt_zh"].map(lambda t: for_matching(t) != t), "unit_id"].tolist()
    assert named == mapped, (named, mapped)
    assert m.group(1).lower() == {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}[len(mapped)]


def test_the_traditional_table_covers_every_keyword_character():
    """The table maps the traditional forms of the characters the keywords use; a keyword with a character it was
    not made for would miss that character's traditional form: regenerate it with tools/t2s_table.py."""
    from analysis.paper_b import hanzi

    book = cb.load_codebook()
    keywords = [k for c in book.codes for k in book.keywords(c)]
    assert hanzi.uncovered(keywords) == []
    assert hanzi.uncovered(["医防融合", "医疗卫生"]) == [], "the table's own characters"
    assert hanzi.uncovered(["茶叶"]) == ["茶", "叶"]
    assert set(hanzi.T2S.values()) <= set(hanzi.COVERED)
    assert not set(hanzi.T2S) & set(hanzi.T2S.values()), "a form is never itself a target"


# ---------------------------------------------------------------- the item (cluster) bootstrap interval

def _pooled_kappa(ref, test):
    """de Vries et al. (2008): p_o and p_e of each code by cohen_kappa, averaged over the codes."""
    ks = [reliability.cohen_kappa(ref[:, j].tolist(), test[:, j].tolist(), categories=(1, 0)) for j in range(ref.shape[1])]
    p_o, p_e = np.mean([k.p_o for k in ks]), np.mean([k.p_e for k in ks])
    return np.nan if math.isclose(p_e, 1.0) else (p_o - p_e) / (1 - p_e)


def _naive_bootstrap(ref, test, n_boot, seed):
    """Independent twin: draw items one resample at a time, pooled kappa of the drawn items from cohen_kappa per code."""
    rng = np.random.default_rng(seed)
    n = len(ref)
    weights = rng.multinomial(n, np.full(n, 1.0 / n), size=n_boot)
    values = []
    for w in weights:
        idx = np.repeat(np.arange(n), w)
        values.append(_pooled_kappa(ref[idx], test[idx]))
    return tuple(np.nanquantile(values, [0.025, 0.975]))


def test_kappa_bootstrap_resamples_whole_items():
    rng = np.random.default_rng(5)
    ref = rng.random((18, 4)) < 0.4
    test = np.where(rng.random((18, 4)) < 0.8, ref, ~ref)
    lo, hi = reliability.kappa_bootstrap(ref, test, 300, np.random.default_rng(11))
    assert (lo, hi) == pytest.approx(_naive_bootstrap(ref.astype(int), test.astype(int), 300, 11))
    assert lo <= _pooled_kappa(ref.astype(int), test.astype(int)) <= hi
    # items that copy each other's decisions: Cohen's se treats the copies as independent evidence, the item
    # bootstrap does not, so its interval is wider than Cohen's
    clustered_ref, clustered_test = np.repeat(ref[:, :1], 8, axis=1), np.repeat(test[:, :1], 8, axis=1)
    k = reliability.cohen_kappa(clustered_ref.astype(int).ravel().tolist(),
                                clustered_test.astype(int).ravel().tolist(), categories=(1, 0))
    lo, hi = reliability.kappa_bootstrap(clustered_ref, clustered_test, 500, np.random.default_rng(1))
    assert hi - lo > 1.5 * (2 * 1.96 * k.se)
    # all-agreeing "no" decisions: kappa undefined in every resample
    none = np.zeros((5, 2), dtype=bool)
    assert all(math.isnan(x) for x in reliability.kappa_bootstrap(none, none, 50, np.random.default_rng(0)))


def _disagreeing_docs() -> pd.DataFrame:
    """14 made-up documents with titles and key phrases (see _disagreeing_codings)."""
    words = ["人才", "规划", "签约", "基层", "协同", "制度", "培训", "体系", "融合", "家庭医生"]
    n = 14
    return pd.DataFrame({"doc_id": [f"D{i:02d}" for i in range(n)],
                         "title_zh": ["".join(words[(i * j) % 10] for j in range(1, i % 4 + 2)) for i in range(n)],
                         "key_phrases": [words[(3 * i + 1) % 10] if i % 3 else None for i in range(n)]})


def _disagreeing_codings(book, docs: pd.DataFrame | None = None):
    """Two codings of 14 made-up documents (`docs`, _disagreeing_docs by default) that disagree (key phrases read
    by one only): a coding compared with itself has kappa 1 in every bootstrap resample, so it cannot show whether
    the interval depends on the seed."""
    docs = _disagreeing_docs() if docs is None else docs
    return coding.code_documents(docs, book), coding.code_documents(docs.assign(key_phrases=None), book)


def test_agreement_bootstrap_is_seeded_and_checked():
    book = small_book()
    docs = small_docs()
    a = coding.code_documents(docs, book)
    ref, test = _disagreeing_codings(book)
    first = reliability.agreement(ref, test, book.families, n_boot=200, seed=3).family_table()
    again = reliability.agreement(ref, test, book.families, n_boot=200, seed=3).family_table()
    pd.testing.assert_frame_equal(first, again)
    other = reliability.agreement(ref, test, book.families, n_boot=200, seed=4).family_table()
    boot = ["boot_ci95_low", "boot_ci95_high"]
    assert not first[boot].equals(other[boot]), "another seed gave the same bootstrap intervals"
    # Cohen's interval, kappa +- 1.96 se, with the pooled p_o and p_e (de Vries et al. 2008: p_e code by code,
    # then averaged) worked out here
    for fam, row in first.set_index("family").iterrows():
        rm, tm = ref.matrix(fam).to_numpy() == 1, test.matrix(fam).to_numpy() == 1
        r, t = rm.ravel(), tm.ravel()
        n = len(r)
        p_o = np.mean(r == t)
        p_e = np.mean([rm[:, j].mean() * tm[:, j].mean() + (1 - rm[:, j].mean()) * (1 - tm[:, j].mean())
                       for j in range(rm.shape[1])])
        kappa = (p_o - p_e) / (1 - p_e)
        se = math.sqrt(p_o * (1 - p_o) / (n * (1 - p_e) ** 2))
        assert row["n_decisions"] == n and row["both"] == (r & t).sum() and row["test_only"] == (~r & t).sum()
        assert (row["kappa"], row["se"]) == pytest.approx((kappa, se))
        assert (row["ci95_low"], row["ci95_high"]) == pytest.approx((kappa - 1.96 * se, kappa + 1.96 * se))
    assert (first["kappa"] < 1).any()   # the two codings do disagree
    for bad in (0, -1, 2.5, True, "10"):
        with pytest.raises(ValueError, match="n_boot must be a positive whole number"):
            reliability.agreement(a, a, book.families, n_boot=bad)


def test_landis_koch_reads_kappa_at_the_precision_of_its_bands():
    # Landis & Koch (1977) give 0.41-0.60 moderate and 0.61-0.80 substantial: 0.6012 is printed 0.60, moderate
    assert reliability.landis_koch(0.6012) == "moderate"
    assert reliability.landis_koch(0.6051) == "substantial" and reliability.landis_koch(0.8049) == "substantial"
    assert reliability.landis_koch(0.8051) == "almost perfect" and reliability.landis_koch(-0.004) == "slight"


# ---------------------------------------------------------------- where items dated by a year alone are placed

def test_assign_stages_places_an_interval_by_its_first_or_last_day():
    from analysis.paper_b import periodisation as per
    p = per.validate_stage_starts({"A": "2020-01", "B": "2023-03"}, ["A", "B"])
    docs = pd.DataFrame({"doc_id": ["y", "d"], "kind": "document", "date": ["2023", "2022-05-01"], "date_status": "V"})
    first, last = per.assign_stages(docs, p), per.assign_stages(docs, p, place="last")
    assert first["stage"].tolist() == ["A", "A"] and last["stage"].tolist() == ["B", "A"]
    assert first["straddles"].tolist() == last["straddles"].tolist() == [True, False]
    with pytest.raises(ValueError, match="place must be one of 'first', 'last', got 'middle'"):
        per.assign_stages(docs, p, place="middle")


def test_placement_sensitivity_moves_only_the_straddling_items():
    from analysis.paper_b import periodisation as per, profiles
    book = small_book()
    docs = small_docs().assign(kind="document", date=["2021-05-01", "2023", "2024-02-01"], date_status="V")
    p = per.validate_stage_starts({"A": "2020-01", "B": "2023-03"}, ["A", "B"])
    coded = coding.code_documents(docs, book)
    table = profiles.placement_sensitivity(docs, coded, ["instrument"], p, n_permutations=99, seed=1)
    assert table["placement"].tolist() == ["first day", "last day", "straddling left out"]
    assert table["n_documents"].tolist() == [3, 3, 2] and set(table["n_straddling"]) == {1}


#: Notebook 01's tables computed from the coding the analysis uses (`profile_source`: manual or dictionary). Each
#: must say which: with -p profile_source dictionary they change, and a reader of one file (without
#: parameters.json) could not tell the keyword coding from the manual one. stage_profiles.csv and profile_tests.csv
#: already said so; their excerpt-layer twins and the rest did not.
CODING_DEPENDENT = ("stage_profiles.csv", "profile_tests.csv", "stage_distances.csv", "challenges_paths.csv",
                    "units_stage_profiles.csv", "units_profile_tests.csv", "units_placement_sensitivity.csv",
                    "units_localities_models.csv", "units_model_spread.csv", "units_stage_timing.csv",
                    "units_instruments.csv", "units_challenges.csv", "units_paths.csv")


@pytest.mark.parametrize("name", CODING_DEPENDENT)
def test_tables_computed_from_the_analysed_coding_name_it(name):
    import json

    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    if not (out / "parameters.json").exists():
        pytest.skip("run `make` (notebook 01) to write data/derived/paperB/")
    source = json.loads((out / "parameters.json").read_text(encoding="utf-8"))["profile_source"]
    table = pd.read_csv(out / name)
    assert "source" in table.columns, f"{name} does not say which coding it was computed from"
    assert set(table["source"]) == {source}, name


def test_figures_name_the_coding_they_draw():
    """The stage heat maps and the localities chart are drawn from the coding the analysis uses (manual, or the
    keyword dictionary with -p profile_source dictionary); their titles said only "the compendium's coding", so the
    two runs' figures could not be told apart. The title now names it, and notebooks 01 and 04 pass it."""
    import ast

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import nbformat

    from analysis.paths import ROOT
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage", "model", "model"], "order": [1, 2, 1, 2],
                             "name_zh": ["甲", "乙", "丙", "丁"], "name_en": ["A", "B", "C", "D"]})
    prof = {"theme": pd.DataFrame({"n_documents": [2, 3], "theme.value": [1, 0]}, index=["甲", "乙"])}
    loc = pd.DataFrame({"province": ["省"], "province_en": ["P"], "place": ["地"], "place_en": ["X"],
                        "model.a": [1], "model.b": [0], "hybrid": [False]})
    for source, words in (("manual", "the compendium's manual coding"),
                          ("dictionary", "the compendium's keyword (dictionary) coding")):
        fig = policy_plots.stage_heatmaps(prof, readings, source=source)
        assert words in " ".join(fig._suptitle.get_text().split())  # the title is wrapped to the figure's width
        plt.close(fig)
        fig = policy_plots.locality_models_chart(loc, ["model.a", "model.b"], readings, source=source)
        assert words in " ".join(fig.axes[0].get_title(loc="left").split())
        plt.close(fig)
    with pytest.raises(ValueError, match="source must be 'manual', 'dictionary' or None"):
        policy_plots.stage_heatmaps(prof, readings, source="keywords")
    for name, n_calls in (("01_policy_evolution", 3), ("04_figures", 1)):
        nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
        calls = [n for c in nb.cells if c.cell_type == "code" for n in ast.walk(ast.parse(c.source))
                 if isinstance(n, ast.Call) and getattr(n.func, "attr", None) in ("stage_heatmaps", "locality_models_chart")]
        assert len(calls) == n_calls and all(any(k.arg == "source" for k in c.keywords) for c in calls), name


def _assert_marked_alone(loc: pd.DataFrame, column: str, readings: pd.DataFrame, lang: str, mark: str, marked: int):
    """The localities chart of `loc` (two localities) labels locality `marked` alone with `mark` and says what it
    means in its title, a line opening with the mark; without `column` it draws no mark and no note."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import policy as policy_plots

    fig = policy_plots.locality_models_chart(loc, ["model.a", "model.b"], readings, lang=lang, source="manual")
    plain = policy_plots.locality_models_chart(loc.drop(columns=column), ["model.a", "model.b"], readings, lang=lang,
                                               source="manual")
    try:
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        assert labels[marked].endswith(mark) and not labels[1 - marked].endswith(mark), labels
        assert any(line.startswith(mark.strip()) for line in fig.axes[0].get_title(loc="left").splitlines())
        assert not any(mark.strip() in t.get_text() for t in plain.axes[0].get_yticklabels())
        assert mark.strip() not in plain.axes[0].get_title(loc="left")
    finally:
        plt.close(fig)
        plt.close(plain)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the labels' text is read, not its glyphs
@pytest.mark.parametrize("lang,mark", [("en", " [U]"), ("zh", "［U］")])
def test_locality_chart_marks_a_locality_resting_on_an_item_with_a_u_place_or_body(lang, mark):
    """units_localities_models.csv names a locality's items whose place or body (issuer) is U
    (items_place_or_body_u); the localities chart drew every locality alike. A locality resting on such an item is
    now labelled [U] and the title says what [U] means; a table without the column (or without U items) draws no
    mark and no note."""
    readings = pd.DataFrame({"kind": ["model"] * 2, "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    loc = pd.DataFrame({"province": ["省", "省"], "province_en": ["P", "P"], "place": ["地", "城"],
                        "place_en": ["X", "Y"], "model.a": [1, 0], "model.b": [0, 1], "hybrid": [False, False],
                        "items_place_or_body_u": ["L01", np.nan]})
    _assert_marked_alone(loc, "items_place_or_body_u", readings, lang, mark, marked=0)


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the labels' text is read, not its glyphs
@pytest.mark.parametrize("lang,mark", [("en", " [R]"), ("zh", "［R］")])
def test_locality_chart_marks_a_locality_resting_on_an_item_placed_by_reading(lang, mark):
    """units_localities_models.csv names a locality's items placed in it by the compendium's reading
    (items_placed_by_reading: X22, whose bodies are 广东's and 湖南's associations, placed in 湖南); the localities
    chart drew 湖南 · 湖南省 like a locality its page decides. It is now labelled [R] and the title says what [R]
    means; a table without the column (or without such items) draws no mark and no note. The committed table
    marks 湖南省 alone."""
    from analysis.paths import DATA_DERIVED

    readings = pd.DataFrame({"kind": ["model"] * 2, "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    loc = pd.DataFrame({"province": ["省", "省"], "province_en": ["P", "P"], "place": ["地", "城"],
                        "place_en": ["X", "Y"], "model.a": [1, 0], "model.b": [0, 0], "hybrid": [False, False],
                        "items_place_or_body_u": [np.nan, np.nan], "items_placed_by_reading": [np.nan, "X22"]})
    _assert_marked_alone(loc, "items_placed_by_reading", readings, lang, mark, marked=1)
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv", keep_default_na=False)
    assert committed.loc[committed["items_placed_by_reading"] != "", "place"].tolist() == ["湖南省"]


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the labels' text is read, not its glyphs
@pytest.mark.parametrize("lang,mark", [("en", " [L]"), ("zh", "［L］")])
def test_locality_chart_marks_a_locality_whose_list_code_rests_on_the_literal_reading(lang, mark):
    """B11's note and the table beside the locality table say that 成都市新津区's 权责清单嵌入型 code (L12-01) rests
    on the compendium's literal reading of a 清单; the localities chart drew 新津区's circle like any coded one. The
    locality table now names such units (units_literal_list, from the coding's justification), the chart labels the
    locality [L] and its title says what [L] means, naming the model as the columns do; a table without the column
    draws no mark and no note. The committed table marks 新津区 alone, with the units whose justification says so."""
    from analysis.paper_b import claims as bclaims
    from analysis.paths import DATA_DERIVED, DATA_RAW

    readings = pd.DataFrame({"kind": ["model"] * 2, "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    loc = pd.DataFrame({"province": ["省", "省"], "province_en": ["P", "P"], "place": ["地", "城"],
                        "place_en": ["X", "Y"], "model.responsibility_list": [0, 1], "model.b": [1, 1],
                        "hybrid": [False, True], "units_literal_list": [np.nan, "L12-01"]})
    loc = loc.rename(columns={"model.responsibility_list": "model.a"})
    _assert_marked_alone(loc, "units_literal_list", readings, lang, mark, marked=1)
    import matplotlib.pyplot as plt

    from analysis.plots import policy as policy_plots
    loc = loc.rename(columns={"model.a": "model.responsibility_list"})
    fig = policy_plots.locality_models_chart(loc, ["model.responsibility_list", "model.b"], readings, lang=lang,
                                             source="manual")
    try:   # the note names the model the literal reading gives (the first column here), not another
        note = fig.axes[0].get_title(loc="left").split(mark.strip())[1]
        assert ("A" if lang == "en" else "甲") in note and ("B" if lang == "en" else "乙") not in note, note
    finally:
        plt.close(fig)
    coding = pd.read_csv(DATA_RAW / "paperB_units_coding.csv", keep_default_na=False, encoding="utf-8")
    said = coding.loc[coding["justification"].str.contains(bclaims.LITERAL_LIST_READING, regex=False), "unit_id"]
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "units_localities_models.csv", keep_default_na=False)
    marked = committed[committed["units_literal_list"] != ""]
    assert marked["place"].tolist() == ["成都市新津区"], marked
    assert set(marked["units_literal_list"].iloc[0].split("|")) == set(said) != set()
    spread = pd.read_csv(DATA_DERIVED / "paperB" / "units_model_spread.csv", keep_default_na=False).set_index("model")
    assert spread["localities_literal_list"].to_dict() == {
        m: ("四川:成都市新津区" if m == "model.responsibility_list" else "") for m in spread.index}


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")   # only the title's text is read, not its glyphs
@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_localities_charts_own_l_note_says_what_its_caption_says(lang):
    """The localities chart's [L] note said only 'its embedded responsibility lists code is a literal reading' in
    English, where the figure index's caption says what the reading is (a list that names no body's prevention or
    treatment task), and its Chinese left out the caption's parenthesis: a figure met without its caption (a slide,
    the book's image) did not say what [L] means. The title's note, its lines from the mark on, now says the
    caption's words in both languages (the model named as the columns name it), no wider than the title above it."""
    import csv

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paths import FIGURES
    from analysis.plots import policy as policy_plots

    with open(FIGURES / "index.csv", encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["figure"] == "paperB_localities_models")
    readings = pd.DataFrame({"kind": ["model"] * 2, "order": [1, 2], "name_zh": ["权责清单嵌入型", "乙"],
                             "name_en": ["embedded responsibility lists", "B"]})
    loc = pd.DataFrame({"province": ["省", "省"], "province_en": ["P", "P"], "place": ["地", "城"],
                        "place_en": ["X", "Y"], "model.responsibility_list": [1, 1], "model.b": [0, 1],
                        "hybrid": [False, True], "items_place_or_body_u": ["L01", np.nan],
                        "units_literal_list": [np.nan, "L12-01"]})
    fig = policy_plots.locality_models_chart(loc, ["model.responsibility_list", "model.b"], readings, lang=lang,
                                             source="manual")
    try:
        lines = fig.axes[0].get_title(loc="left").splitlines()
    finally:
        plt.close(fig)
    mark = "[L]" if lang == "en" else "［L］"
    at = next(i for i, line in enumerate(lines) if line.startswith(mark))
    if lang == "en":   # the caption's clause, the model as the columns name it, without its Chinese word
        said = re.search(r"\[L\]: (.+?)\.", row["caption_en"]).group(1)
        said = said.replace("embedded-responsibility-lists", "embedded responsibility lists").replace(" (清单)", "")
        note = " ".join(" ".join(lines[at:]).replace("[L] = ", "", 1).split())
    else:
        said = re.search(r"［L］：(.+?)。", row["caption_zh"]).group(1)
        note = "".join(line.strip("　 ") for line in lines[at:]).replace("［L］表示", "", 1)
    assert note == said, (note, said)
    widest = max(len(line) for line in lines[:at])   # the figure's width is set by its title's widest line
    assert all(len(line) <= widest for line in lines[at:]), lines


def test_the_localities_caption_says_what_u_marks():
    """The localities chart labels a locality [U] when an item it rests on does not show its place or body; the
    figure index (and the README's figure table written from it) says so in both languages."""
    import csv

    from analysis.paths import FIGURES, ROOT
    with open(FIGURES / "index.csv", encoding="utf-8", newline="") as fh:
        row = next(r for r in csv.DictReader(fh) if r["figure"] == "paperB_localities_models")
    assert "[U]: an item the locality rests on does not show its place or body" in row["caption_en"], row["caption_en"]
    assert "［U］：该地所依据的条目页面未显示其地点或发布主体" in row["caption_zh"], row["caption_zh"]
    assert "[R]: placed there by the compendium's reading" in row["caption_en"], row["caption_en"]
    assert "［R］：依本项目解读归入此地" in row["caption_zh"], row["caption_zh"]
    assert "[L]: its embedded-responsibility-lists code rests on the compendium's literal reading" in row["caption_en"]
    assert "［L］：其权责清单嵌入型编码仅依本项目对“清单”的字面解读" in row["caption_zh"], row["caption_zh"]
    assert row["caption_en"] in (ROOT / "README.md").read_text(encoding="utf-8")


def test_locality_chart_counts_are_not_struck_through_by_the_hybrid_line():
    """The number of units beside each model's circle was centred on the row, where the line joining a hybrid's models
    runs: in the committed figure the counts of the middle model (Qinghai's 5, Datian's 3, Yongning's 4) were struck
    through and read as '-5-'. Each count now sits clear of that line (its box does not meet the line's row)."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["model"] * 3, "order": [1, 2, 3], "name_zh": ["甲", "乙", "丙"],
                             "name_en": ["A", "B", "C"]})
    loc = pd.DataFrame({"province": ["省", "省"], "province_en": ["P", "P"], "place": ["地", "城"],
                        "place_en": ["X", "Y"], "model.a": [2, 0], "model.b": [5, 1], "model.c": [1, 0],
                        "hybrid": [True, False]})
    fig = policy_plots.locality_models_chart(loc, ["model.a", "model.b", "model.c"], readings, source="manual")
    ax = fig.axes[0]
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    lines = [line for line in ax.get_lines() if len(line.get_xdata()) == 2]
    assert len(lines) == 1   # the hybrid's line, on row 0
    (x0, x1), (y, _) = lines[0].get_xdata(), lines[0].get_ydata()
    to_data = ax.transData.inverted()
    counts = [t for t in ax.texts if t.get_text().isdigit()]
    assert sorted(t.get_text() for t in counts) == ["1", "1", "2", "5"]
    for text in counts:
        box = text.get_window_extent(renderer)
        (bx0, by0), (bx1, by1) = to_data.transform([(box.x0, box.y0), (box.x1, box.y1)])
        crosses = min(by0, by1) <= y <= max(by0, by1) and bx0 < x1 and bx1 > x0
        assert not crosses, (text.get_text(), text.get_position())
    plt.close(fig)


def test_units_timeline_draws_the_earliest_unit_whole():
    """The time axis began on 1 January of the earliest unit's year, which is where a unit dated by its year alone
    sits (N01, '2015'): the committed figure showed it as half a marker cut by the axis. Every unit is now inside the
    axis, not on its edge."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import Periodisation
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"],
                             "name_en": ["A", "B"]})
    periodisation = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                                  written=("2020-01", "2022-01"))
    units = pd.DataFrame({"unit_id": ["N01-01", "N02-01", "L01-01"], "date": ["2015", "2021-06-01", "2023-12"],
                          "date_status": ["V", "U", "V"], "level": ["national", "national", "county"]})
    fig = policy_plots.units_timeline(units, periodisation, readings)
    ax = fig.axes[0]
    left, right = ax.get_xlim()
    days = [mdates.date2num(pd.Timestamp(x)) for line in ax.get_lines() for x in line.get_xdata()
            if line.get_markeredgecolor() != "none"]   # not an open marker's white middle, drawn over its marker
    assert len(days) == 3 and all(left < d < right for d in days), (left, right, days)
    plt.close(fig)


def test_a_rows_bootstrap_interval_does_not_depend_on_the_other_rows():
    """One generator served every row in turn, so a family's interval depended on which families were computed
    before it (the committed theme interval [0.494, 0.876] came out [0.502, 0.880] computed alone; found by the
    Paper B methods audit). Each row now draws from its own generator, from the seed and its family and code."""
    book = small_book()
    ref, test = _disagreeing_codings(book)
    families = list(book.families)
    together = reliability.agreement(ref, test, families, n_boot=200, seed=3)
    boot = ["boot_ci95_low", "boot_ci95_high"]
    for fam in families:
        alone = reliability.agreement(ref, test, [fam], n_boot=200, seed=3)
        pd.testing.assert_frame_equal(alone.family_table()[boot].reset_index(drop=True),
                                      together.family_table().loc[lambda d: d["family"] == fam, boot]
                                      .reset_index(drop=True))
    backwards = reliability.agreement(ref, test, families[::-1], n_boot=200, seed=3).family_table()
    pd.testing.assert_frame_equal(backwards.set_index("family").loc[families, boot],
                                  together.family_table().set_index("family")[boot])
    for bad in (-1, 1.5, True):
        with pytest.raises(ValueError, match="seed must be a whole number"):
            reliability.agreement(ref, test, families, n_boot=10, seed=bad)


def test_kappa_bootstrap_intervals_do_not_depend_on_the_order_of_the_documents():
    """The corpus is sorted by date, and the bootstrap drew documents by their position: an edit of one date that
    moved a document (codes unchanged) moved the title layer's intervals in the second decimal (round 52). The
    bootstrap now resamples in doc_id order, so reordering the documents (with or without clusters) leaves every
    row as it was."""
    book = small_book()
    docs = _disagreeing_docs()
    moved = docs.iloc[np.random.default_rng(5).permutation(len(docs))].reset_index(drop=True)   # as a date edit
    assert list(moved["doc_id"]) != list(docs["doc_id"])
    pages = {d: f"p{int(d[1:]) // 3}" for d in docs["doc_id"]}
    for clusters in (None, pages):
        tables = []
        for frame in (docs, moved):
            ref, test = _disagreeing_codings(book, frame)
            res = reliability.agreement(ref, test, book.families, n_boot=300, seed=3, clusters=clusters)
            tables.append((res.family_table(), res.codes))
        (fam_a, codes_a), (fam_b, codes_b) = tables
        pd.testing.assert_frame_equal(fam_a, fam_b)
        pd.testing.assert_frame_equal(codes_a, codes_b)
        assert (fam_a["boot_ci95_high"] > fam_a["boot_ci95_low"]).any()   # intervals that could have moved


def test_kappa_bootstrap_draws_a_pages_units_together():
    """The excerpt units' kappa intervals resampled units as independent, though a page's units share its reading
    (found by the Paper B methods audit; the units' permutation tests already shuffle pages). With clusters the
    bootstrap draws whole pages: units that are r identical copies of their page give the page-level interval
    exactly, where drawing units singly makes it narrower."""
    rng = np.random.default_rng(7)
    ref = rng.random((30, 4)) < 0.4
    test = np.where(rng.random((30, 4)) < 0.8, ref, ~ref)
    r = 5
    ref_u, test_u = np.repeat(ref, r, axis=0), np.repeat(test, r, axis=0)
    pages = np.repeat([f"p{i:02d}" for i in range(30)], r)
    by_page = reliability.kappa_bootstrap(ref, test, 400, np.random.default_rng(1))
    clustered = reliability.kappa_bootstrap(ref_u, test_u, 400, np.random.default_rng(1), clusters=pages)
    single = reliability.kappa_bootstrap(ref_u, test_u, 400, np.random.default_rng(1))
    assert clustered == pytest.approx(by_page, abs=1e-12)
    assert single[1] - single[0] < 0.75 * (clustered[1] - clustered[0]), (single, clustered)


def test_agreement_takes_clusters_of_every_document():
    book = small_book()
    ref, test = _disagreeing_codings(book)
    own = {d: f"page-{d}" for d in ref.doc_ids}      # every document its own page: a cluster of one
    res = reliability.agreement(ref, test, book.families, n_boot=50, seed=3, clusters=own).family_table()
    plain = reliability.agreement(ref, test, book.families, n_boot=50, seed=3).family_table()
    pd.testing.assert_frame_equal(res.drop(columns=["boot_ci95_low", "boot_ci95_high"]),
                                  plain.drop(columns=["boot_ci95_low", "boot_ci95_high"]))
    with pytest.raises(ValueError, match="clusters: no cluster for documents "):
        reliability.agreement(ref, test, book.families, n_boot=10, seed=3, clusters={})
    one = dict(list(own.items())[1:])   # one document without its cluster: said in the singular (was 'document(s)')
    with pytest.raises(ValueError, match=f"clusters: no cluster for document {ref.doc_ids[0]}; give every document"):
        reliability.agreement(ref, test, book.families, n_boot=10, seed=3, clusters=one)


def test_rows_whose_kappa_interval_is_degenerate_are_flagged_and_keep_their_numbers():
    """A code on which the codings never disagree gets kappa 1 in every bootstrap resample, an interval [1, 1] (and
    Cohen's se 0) that looks like certainty; with fewer than MIN_POSITIVES decisions that either coding said yes to,
    the interval rests on a handful of decisions (one disagreement: kappa 0, [0, 0]). Such rows say so in
    `interval_note` (codes and families, so the family table the notebook shows too, and the printed summary
    of flagged codes); the numbers are unchanged."""
    ref = np.zeros((20, 4), dtype=int)
    test = np.zeros((20, 4), dtype=int)
    ref[:3, 0] = test[:3, 0] = 1                                # code A: 3 yes by both, no disagreement
    ref[0, 1] = 1                                                # code B: one yes by one coding only
    ref[:8, 2] = 1
    test[2:10, 2] = 1                                            # code C: 6 both, 2 + 2 disagreements
    rows = {c: reliability._binary_row("f", c, ref[:, [j]], test[:, [j]], 200, np.random.default_rng(1))
            for j, c in enumerate("ABCD")}
    assert (rows["A"]["kappa"], rows["A"]["boot_ci95_low"], rows["A"]["boot_ci95_high"]) == (1.0, 1.0, 1.0)
    assert "no disagreement" in rows["A"]["interval_note"]
    assert (rows["B"]["boot_ci95_low"], rows["B"]["boot_ci95_high"]) == (0.0, 0.0)
    assert f"fewer than {reliability.MIN_POSITIVES} positive" in rows["B"]["interval_note"]
    assert rows["C"]["interval_note"] == ""                      # 10 positives, disagreement both ways
    assert "no positive" in rows["D"]["interval_note"] and math.isnan(rows["D"]["kappa"])
    family = reliability._binary_row("f", "(all codes)", ref, test, 200, np.random.default_rng(1))
    assert family["interval_note"] == ""
    plain = {k: v for k, v in rows["A"].items() if k != "interval_note"}
    assert list(plain) == [c for c in reliability.AGREEMENT_COLUMNS if c != "interval_note"]   # numbers as before


def test_the_committed_agreement_flags_its_degenerate_codes():
    book = cb.load_codebook()
    docs = corpus.load_documents()
    d = corpus.documents_only(docs)
    manual = coding.coding_from_manual(corpus.load_manual_coding(book, docs), d, book, families=cb.TITLE_FAMILIES)
    dictionary = coding.code_documents(d, book, families=cb.TITLE_FAMILIES)
    ag = reliability.agreement(manual, dictionary, cb.TITLE_FAMILIES, n_boot=200)
    codes = ag.codes.set_index("code")
    zero_width = codes.index[codes["boot_ci95_low"] == codes["boot_ci95_high"]]
    assert len(zero_width) > 0 and (codes.loc[zero_width, "interval_note"] != "").all()
    assert "interval_note" in ag.family_table().columns
    text = ag.interval_notes()
    assert all(code in text for code in zero_width)
    # the rows counted in their number: it said '13 row(s)', and '1 row(s)' of one
    assert text.splitlines()[0] == (f"degenerate kappa intervals ({len(text.splitlines()) - 1} rows; the numbers are "
                                    "as computed):"), text
    noted = ag.codes[ag.codes["interval_note"] != ""]
    one = replace(ag, families=ag.families.iloc[:0], codes=noted.iloc[:1])
    assert one.interval_notes().splitlines()[0] == ("degenerate kappa intervals (1 row; the numbers are as "
                                                    "computed):"), one.interval_notes()


def test_challenge_path_table_says_how_many_of_its_documents_have_an_unverified_date():
    """challenges_paths.csv counts the challenge and path themes among the documents from the first stage on, a set
    chosen by their dates, and gave n_documents (11) with no word that three of those dates (D08, D11, D13) are U.
    Each row now has n_date_unverified: the counted documents whose date is U (a U date outside them is not
    counted)."""
    from analysis.paper_b import readings as rd
    book = cb.load_codebook()
    documents = corpus.load_documents()
    readings = corpus.load_readings(book)
    manual = coding.coding_from_manual(corpus.load_manual_coding(book, documents),
                                       corpus.documents_only(documents, False), book, families=cb.TITLE_FAMILIES)
    table = rd.challenge_path_table(readings, manual, ["D08", "D09", "D10"], date_unverified=["D08", "D06"])
    cols = list(table.columns)
    assert cols.index("n_date_unverified") == cols.index("n_documents") + 1
    assert set(table["n_documents"]) == {3} and set(table["n_date_unverified"]) == {1}

    from analysis.paths import DATA_DERIVED
    out = DATA_DERIVED / "paperB"
    a = pd.read_csv(out / "stage_assignments.csv")
    counted = a[(a["kind"] == "document") & (a["stage_order"] > 0)]
    committed = pd.read_csv(out / "challenges_paths.csv")
    assert set(committed["n_documents"]) == {len(counted)}
    assert set(committed["n_date_unverified"]) == {int((counted["date_status"] == "U").sum())} != {0}


def test_challenges_are_paired_with_paths_by_theme_beside_the_listing_order():
    """challenges_paths.csv paired challenge k with path k by listing order only, which puts P1 (重构健康绩效导向的补偿机制,
    theme.incentive) with C1 (价值认知偏差, theme.value) and not with C3 (经济激励失衡, theme.incentive), as a scholar
    reading the themes would. The table now gives the pairing by theme beside it (path_by_theme, pairings_agree), both
    labelled the compendium's reading, and theme_pairing_differences says where they differ, in both languages, all
    computed from the linked_code of paperB_readings.csv."""
    from analysis.paper_b import readings as rd
    from analysis.paths import DATA_DERIVED

    readings = corpus.load_readings(cb.load_codebook())
    items = readings.set_index("item_id")
    challenges = readings[readings["kind"] == "challenge"].sort_values("order")
    paths = readings[readings["kind"] == "path"]
    expected = {c: sorted(paths.loc[paths["linked_code"] == items.loc[c, "linked_code"], "item_id"]) for c in challenges["item_id"]}
    assert rd.paths_by_theme(readings) == expected
    assert expected["C3"] == ["P1"] and items.loc["C1", "pair_id"] == "P1"   # the difference the table now shows
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "challenges_paths.csv", dtype=str, keep_default_na=False)
    assert committed["path_by_theme"].tolist() == ["|".join(expected[c]) for c in committed["challenge_id"]]
    assert committed["pairings_agree"].tolist() == [str(items.loc[c, "pair_id"] in expected[c])
                                                    for c in committed["challenge_id"]]
    assert all("by theme: path_by_theme" in b and "compendium reading" in b for b in committed["basis"])
    en, zh = rd.theme_pairing_differences(readings)
    differ = [c for c in challenges["item_id"] if items.loc[c, "pair_id"] not in expected[c]]
    unthemed = sorted(set(paths["item_id"]) - {p for ps in expected.values() for p in ps})
    assert differ == ["C1", "C3"] and unthemed == ["P3"]
    for x in differ + unthemed:
        assert f"{x} (" in en and f"{x}（" in zh, (x, en, zh)
    assert "C3 (经济激励失衡, theme.incentive): P1 by theme (P3 by listing order)" in en, en
    assert "C3（经济激励失衡，theme.incentive）：按主题配 P1（按列举顺序配 P3）" in zh, zh
    assert "compendium's reading" in en and "本项目解读" in zh
    # readings whose themes follow the listing order: the two pairings are one
    same = readings.copy()
    for k in range(1, 6):
        same.loc[same["item_id"] == f"P{k}", "linked_code"] = items.loc[f"C{k}", "linked_code"]
    assert rd.theme_pairing_differences(same) == (
        "The pairing by theme (the compendium's reading) is the pairing by listing order.", "按主题配对（本项目解读）与按列举顺序配对相同。")


def test_each_challenge_and_path_note_says_both_pairings_as_challenges_paths_gives_them():
    """P1's note in paperB_readings.csv said 'Paired with C1 by listing order only', though since the pairing by theme
    (paths_by_theme) was added, challenges_paths.csv pairs P1 with C3 by theme too; the other notes said the listing
    order alone. Each challenge's and path's note now names its pairing by listing order (pair_id) and its pairing by
    theme, the ids challenges_paths.csv's path_by_theme gives (or that none shares its theme), with its theme."""
    from analysis.paper_b import readings as rd
    from analysis.paths import DATA_DERIVED

    readings = corpus.load_readings(cb.load_codebook())
    committed = pd.read_csv(DATA_DERIVED / "paperB" / "challenges_paths.csv", dtype=str, keep_default_na=False)
    by_theme = {r.challenge_id: [p for p in r.path_by_theme.split("|") if p] for r in committed.itertuples(index=False)}
    assert by_theme == rd.paths_by_theme(readings)
    challenges_of = {p: [c for c, ps in by_theme.items() if p in ps] for p in readings.loc[readings["kind"] == "path", "item_id"]}
    for r in readings[readings["kind"].isin(["challenge", "path"])].itertuples(index=False):
        partners = by_theme[r.item_id] if r.kind == "challenge" else challenges_of[r.item_id]
        note = str(r.note)
        assert note.startswith(f"Paired with {r.pair_id} by listing order (pair_id)"), (r.item_id, note)
        assert f"by theme ({r.linked_code})" in note, (r.item_id, note)
        if partners == [r.pair_id]:
            assert f"by listing order (pair_id) and by theme ({r.linked_code})" in note, (r.item_id, note)
        elif partners:
            assert f"by theme ({r.linked_code}) with {', '.join(partners)}" in note and "path_by_theme" in note, (r.item_id, note)
        else:
            assert f"by theme ({r.linked_code}) with no {'path' if r.kind == 'challenge' else 'challenge'}" in note, note
    assert "only" not in readings.set_index("item_id").loc["P1", "note"]
    # data/README says both pairings exist and names where they differ, as computed
    from analysis.paths import ROOT
    readme = (ROOT / "data" / "README.md").read_text(encoding="utf-8")
    said = re.search(r"By theme the pairs that differ from the listing order are: ([^.]*)\.", readme).group(1)
    items = readings.set_index("item_id")
    differ = [f"{c} with {', '.join(ps)}" for c, ps in by_theme.items() if ps and items.loc[c, "pair_id"] not in ps]
    differ += [f"no path for {c}" for c, ps in by_theme.items() if not ps]
    differ += [f"no challenge for {p}" for p, cs in challenges_of.items() if not cs]
    assert said == "; ".join(differ), (said, differ)


def test_heat_map_stage_labels_count_only_the_profiled_items_with_an_unverified_date():
    """The heat maps label a stage '(k U)': k of the documents the cells divide by have a U date. The labels read
    profile_table's n_date_unverified (date_unverified_from_table), which counts what stage_profile counts: a U-dated
    context event of the stage is not among them."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b import periodisation as per, profiles
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    assignments = pd.DataFrame({"doc_id": ["D1", "E1", "D2"], "kind": ["document", "event", "document"],
                                "date_status": ["V", "U", "U"], "stage": ["甲", "甲", "乙"]})
    n_u = per.stage_date_unverified(assignments, ["甲", "乙"])
    long = pd.DataFrame({"source": "manual", "family": "theme", "stage": ["甲", "乙"], "n_documents": [1, 1],
                         "n_date_unverified": n_u.tolist(), "code": "theme.value", "count": [1, 0],
                         "share": [1.0, 0.0]})
    prof = {"theme": pd.DataFrame({"n_documents": [1, 1], "theme.value": [1, 0]}, index=["甲", "乙"])}
    fig = policy_plots.stage_heatmaps(prof, readings, source="manual",
                                      date_unverified=profiles.date_unverified_from_table(long, "manual", ["甲", "乙"]))
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    plt.close(fig)
    assert labels == ["A", "B (1 U)"], labels
    stale = long.assign(n_date_unverified=[0, 1]).iloc[[0, 1, 1]].reset_index(drop=True)
    stale.loc[2, "n_date_unverified"] = 2
    with pytest.raises(ValueError, match="no single n_date_unverified for stage 乙 "):
        profiles.date_unverified_from_table(stale, "manual", ["甲", "乙"])
    with pytest.raises(ValueError, match="has no column n_date_unverified .*rerun 01_policy_evolution"):
        profiles.date_unverified_from_table(long.drop(columns="n_date_unverified"), "manual", ["甲", "乙"])
    with pytest.raises(ValueError, match="has no columns stage, n_date_unverified \\(written by an older"):
        profiles.date_unverified_from_table(long.drop(columns=["stage", "n_date_unverified"]), "manual", ["甲", "乙"])
    with pytest.raises(ValueError, match="no single n_date_unverified for stages 甲, 乙 "):
        profiles.date_unverified_from_table(long.assign(source="dictionary"), "manual", ["甲", "乙"])


def test_heat_map_u_labels_move_with_the_counts_when_a_date_becomes_unverified():
    """Notebook 04 drew the heat map's U labels from stage_assignments.csv (stage_date_unverified on the assignments a
    second time) while its cell counts and every table's n_date_unverified come from stage_profiles.csv: two sources
    for one fact, which agree only while both files come from one run. The labels now read the profile table's
    n_date_unverified (profiles.date_unverified_from_table), in notebook 01 and in notebook 04. Here a verified date
    of the committed corpus is marked U in a copy: the heat map's label, stage_profiles' n_date_unverified and
    stage_counts' n_date_unverified all move by one, in that document's stage only."""
    import ast

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import nbformat

    from analysis.paper_b import periodisation as per, profiles
    from analysis.paths import ROOT
    from analysis.plots import policy as policy_plots

    book = cb.load_codebook()
    documents = corpus.load_documents()
    readings = corpus.load_readings(book)
    stages = readings.loc[readings["kind"] == "stage"].sort_values("order")["name_zh"].tolist()
    p = per.validate_stage_starts({"应急协作": "2020-01", "基层整合": "2021-01", "系统改革": "2023-03",
                                   "体系跃迁": "2024-07"}, stages)
    manual = coding.coding_from_manual(corpus.load_manual_coding(book, documents),
                                       corpus.documents_only(documents, False), book, families=cb.TITLE_FAMILIES)
    en = dict(zip(readings["name_zh"], readings["name_en"]))

    def three_counts(docs):
        a = per.assign_stages(docs, p)
        long = profiles.profile_table(a, manual, list(cb.TITLE_FAMILIES), stages)
        prof = {f: profiles.stage_profile(a, manual, f, stages) for f in ("instrument", "theme")}
        fig = policy_plots.stage_heatmaps(prof, readings, source="manual",
                                          date_unverified=profiles.date_unverified_from_table(long, "manual", stages))
        labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
        plt.close(fig)
        assert [lab.split(" (")[0] for lab in labels] == [en[s] for s in stages]
        label_u = [int(lab.rsplit("(", 1)[1][:-len(" U)")]) if lab.endswith(" U)") else 0 for lab in labels]
        table_u = long.drop_duplicates("stage").set_index("stage").loc[stages, "n_date_unverified"].tolist()
        counts_u = per.stage_counts(a, p).set_index("stage").loc[stages, "n_date_unverified"].tolist()
        return label_u, table_u, counts_u, a

    label_u, table_u, counts_u, a = three_counts(documents)
    assert label_u == table_u == counts_u and sum(label_u) > 0
    target = a[(a["kind"] == "document") & (a["date_status"] == "V") & a["stage"].isin(stages)].iloc[0]
    marked = documents.copy()
    marked.loc[marked["doc_id"] == target["doc_id"], "date_status"] = "U"
    label_u2, table_u2, counts_u2, _ = three_counts(marked)
    assert label_u2 == table_u2 == counts_u2
    moved = [k2 - k for k, k2 in zip(label_u, label_u2)]
    assert moved == [int(s == target["stage"]) for s in stages], (target["doc_id"], moved)

    # both notebooks give the heat maps their U counts from the profile table, never from the assignments
    for name, n_calls in (("01_policy_evolution", 2), ("04_figures", 1)):
        nb = nbformat.read(ROOT / "notebooks" / f"{name}.ipynb", as_version=4)
        trees = [ast.parse(c.source) for c in nb.cells if c.cell_type == "code"]
        calls = [n for t in trees for n in ast.walk(t)
                 if isinstance(n, ast.Call) and getattr(n.func, "attr", None) == "stage_heatmaps"]
        assert len(calls) == n_calls, name
        assert all(k.arg != "assignments" for c in calls for k in c.keywords), name
        for c in calls:
            arg = next((k.value for k in c.keywords if k.arg == "date_unverified"), None)
            if isinstance(arg, ast.Name):   # a variable: the assignment that gives it
                arg = next(n.value for t in trees for n in ast.walk(t) if isinstance(n, ast.Assign)
                           and any(getattr(tg, "id", None) == arg.id for tg in n.targets))
            assert isinstance(arg, ast.Call) and ast.unparse(arg.func).endswith("date_unverified_from_table"), name
    # and notebook 04 says where its U labels come from, in both languages
    nb = nbformat.read(ROOT / "notebooks" / "04_figures.ipynb", as_version=4)
    text = " ".join(" ".join(c.source.split()) for c in nb.cells if c.cell_type == "markdown")
    assert "U labels (documents with an unverified date) both from `stage_profiles.csv`" in text
    assert "U标注（日期未核实的文件数）同取自 `stage_profiles.csv`" in text


def test_tables_built_from_titles_say_which_titles_are_unverified():
    """A title marked U (D02: a description, not verified in its source) was coded and counted like any other, and
    the tables built from the titles did not say so (only the B03/B09/B10 notes did; the Paper B helper's finding).
    coded_documents.csv and stage_assignments.csv now carry each title's title_status, and benchmark_comparison.csv
    counts, per coding and code, the U titles among the documents counted."""
    from analysis.paths import ROOT

    docs = corpus.load_documents()
    u_titles = set(docs.loc[docs["title_status"] == "U", "doc_id"])
    assert u_titles   # the committed corpus has one (D02): the check below can fail
    out = ROOT / "data" / "derived" / "paperB"
    for name in ("coded_documents.csv", "stage_assignments.csv"):
        t = pd.read_csv(out / name)
        assert list(t.columns).index("title_status") == list(t.columns).index("doc_id") + 1, name
        assert (t["title_status"] == t["doc_id"].map(docs.set_index("doc_id")["title_status"])).all(), name
    coded = pd.read_csv(out / "coded_documents.csv")
    bench = pd.read_csv(out / "benchmark_comparison.csv")
    for src in ("manual", "dictionary"):
        c = coded[(coded["source"] == src) & coded["doc_id"].isin(u_titles)]
        for r in bench.itertuples(index=False):
            assert getattr(r, f"{src}_n_title_unverified") == int((c["code"] == r.code).sum()), (src, r.code)
    assert bench["manual_n_title_unverified"].sum() > 0
    with pytest.raises(ValueError, match="^doc_id D99 not in the documents: no title_status for it$"):
        corpus.with_title_status(pd.DataFrame({"doc_id": ["D99"]}), docs)
    with pytest.raises(ValueError, match="^doc_ids D98, D99 not in the documents: no title_status for them$"):
        corpus.with_title_status(pd.DataFrame({"doc_id": ["D99", "D98"]}), docs)


def test_units_timeline_counts_say_dated_of_all_units_per_level():
    """Each level's count beside its row said 'n = 24' for the dated units only (the provincial level has 37 units
    in all), and only the title said that undated units are left out. The count now says both."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.paper_b.periodisation import Periodisation
    from analysis.plots import policy as policy_plots

    readings = pd.DataFrame({"kind": ["stage", "stage"], "order": [1, 2], "name_zh": ["甲", "乙"],
                             "name_en": ["A", "B"]})
    periodisation = Periodisation(names=("甲", "乙"), starts=(pd.Timestamp("2020-01-01"), pd.Timestamp("2022-01-01")),
                                  written=("2020-01", "2022-01"))
    units = pd.DataFrame({"unit_id": ["N01-01", "N02-01", "N03-01", "L01-01"],
                          "date": ["2021-03", "2021-06-01", None, "2023-12"],
                          "date_status": ["V", "U", "U", "V"], "level": ["national", "national", "national", "county"]})
    fig = policy_plots.units_timeline(units, periodisation, readings)
    counts = sorted(t.get_text().strip() for t in fig.axes[0].texts if "dated" in t.get_text())
    assert counts == ["1 dated of 1", "2 dated of 3"], counts
    plt.close(fig)


def _matrix_cell_by_cell(result, family=None):
    """The 0/1 table as CodingResult.matrix first built it: one cell set per coding that names a listed document
    and code (the reference its one-assignment build must give exactly)."""
    codes = [c for c in result.codes if family is None or result.families[c] == family]
    m = pd.DataFrame(0, index=pd.Index(result.doc_ids, name="doc_id"), columns=codes, dtype=int)
    for r in result.long.itertuples(index=False):
        if r.code in m.columns and r.doc_id in m.index:
            m.loc[r.doc_id, r.code] = 1
    return m


def test_the_coding_matrix_is_the_table_of_its_codings():
    """CodingResult.matrix is built in one assignment (the ledger's stage-profile claims ask for it hundreds of times,
    and the cell-by-cell build took half of the ledger's time); it must be the same table, dtypes and labels
    included: for the committed manual and dictionary codings, for codings naming a document or code not listed
    (left out), for no coding at all, and for a document listed twice (each of its rows set)."""
    book = cb.load_codebook()
    documents = corpus.load_documents()
    docs = corpus.documents_only(documents, False)
    results = [coding.coding_from_manual(corpus.load_manual_coding(book, documents), docs, book,
                                         families=cb.TITLE_FAMILIES),
               coding.code_documents(docs, book, families=cb.TITLE_FAMILIES)]
    small = coding.code_documents(small_docs(), small_book())
    stray = pd.DataFrame([{"doc_id": "D99", "family": "theme", "code": "theme.coordination", "hits": 1, "matched": "x"},
                          {"doc_id": "D01", "family": "theme", "code": "theme.unknown", "hits": 1, "matched": "x"}])
    results += [replace(small, long=pd.concat([small.long, stray], ignore_index=True)),
                replace(small, long=small.long.iloc[:0]),
                replace(small, doc_ids=small.doc_ids + small.doc_ids[:1])]
    for result in results:
        for family in (None, *sorted(set(result.families.values()))):
            pd.testing.assert_frame_equal(result.matrix(family), _matrix_cell_by_cell(result, family))
    assert results[-3].matrix("theme").loc["D02", "theme.coordination"] == 1                  # the stray rows left out
    assert results[-2].matrix().to_numpy().sum() == 0


def test_notebook_01_states_the_bootstrap_and_the_degenerate_rule_it_runs():
    """Notebook 01 types two numbers of its reliability method: the bootstrap's '2,000 resamples, seeded' and the
    degenerate interval's 'fewer than 5 decisions either coding said yes to'. The notebook passes neither (it runs
    the defaults of analysis/paper_b/reliability.py), so each is the default it runs: DEFAULT_N_BOOT, MIN_POSITIVES
    and agreement()'s own n_boot default."""
    import inspect
    import json
    import re

    from analysis.paths import ROOT

    nb = json.loads((ROOT / "notebooks" / "01_policy_evolution.ipynb").read_text(encoding="utf-8"))
    code = "\n".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code")
    assert "n_boot" not in code and "MIN_POSITIVES" not in code, "notebook 01 now sets them: read them from there"
    text = " ".join(" ".join("".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "markdown").split())
    m = re.search(r"\(`boot_ci95_\*`, ([\d,]+) resamples, seeded\)", text)
    assert m, "notebook 01 no longer states the number of bootstrap resamples in the expected words"
    default = inspect.signature(reliability.agreement).parameters["n_boot"].default   # the call notebook 01 makes
    assert int(m[1].replace(",", "")) == reliability.DEFAULT_N_BOOT == default, (m[1], default)
    m = re.search(r"or fewer than (\d+) decisions either coding said yes to", text)
    assert m, "notebook 01 no longer states the degenerate interval's rule in the expected words"
    assert int(m[1]) == reliability.MIN_POSITIVES


def test_a_locality_chart_of_100_localities_is_one_page_tall_with_every_locality_in_side_by_side_panels():
    """The locality chart gave each locality a row of 0.24 inch: 100 localities drew a figure 25.7 inches tall. Its
    localities are drawn in panels of at most PANEL_ROWS side by side (by province, then place, as before), the
    figure as tall as one panel, the provinces' shading kept across panels; more than max_rows are refused."""
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from analysis.plots import policy as policy_plots
    from analysis.plots.layout import PANEL_ROWS
    from analysis.qca.errors import QCAInputError

    readings = pd.DataFrame({"kind": ["model"] * 2, "order": [1, 2], "name_zh": ["甲", "乙"], "name_en": ["A", "B"]})
    loc = pd.DataFrame({"province": "省", "province_en": [f"P{i // 30}" for i in range(100)], "place": "地",
                        "place_en": [f"X{i:03d}" for i in range(100)], "model.a": [i % 3 for i in range(100)],
                        "model.b": [i % 2 for i in range(100)], "hybrid": [i % 3 > 0 and i % 2 > 0 for i in range(100)]})
    codes = ["model.a", "model.b"]
    fig = policy_plots.locality_models_chart(loc, codes, readings, source="manual")
    one = policy_plots.locality_models_chart(loc.iloc[:PANEL_ROWS], codes, readings, source="manual")
    try:
        assert len(fig.axes) == 3 and fig.get_figheight() <= one.get_figheight() + 1e-9 < 15
        drawn = [t.get_text().split(" · ")[1].split(" ")[0] for ax in fig.axes for t in ax.get_yticklabels()]
        assert drawn == list(loc["place_en"])
        # P1 (rows 30-59) is not shaded, P0 and P2 are: the second panel (rows 34-67) shades its rows of P2 only
        spans = [(round(p.get_y(), 1), round(p.get_y() + p.get_height(), 1)) for p in fig.axes[1].patches]
        assert spans == [(25.5, 33.5)], spans
        assert "Local practice models" in fig.get_suptitle()
    finally:
        plt.close(fig)
        plt.close(one)
    with pytest.raises(QCAInputError, match=r"^the figure has 100 localities, more than it draws \(max_rows=50; "):
        policy_plots.locality_models_chart(loc, codes, readings, max_rows=50)


def test_rows_give_specific_agreement_beside_p_o():
    """p_o counts the items both codings leave without a code: a rare code the two never both assign showed p_o
    0.9 and nothing said that they agree on none of the items either gives it. Each row now gives the positive and
    negative specific agreement, 2 both / (2 both + disagreements) and 2 neither / (2 neither + disagreements); a
    family's from its counts pooled over its codes; NaN where no decision is yes (or no) by either coding."""
    assert reliability.specific_agreement(0, 1, 0, 9) == (0.0, pytest.approx(18 / 19))
    assert reliability.specific_agreement(3, 1, 2, 4) == pytest.approx((6 / 9, 8 / 11))
    p_pos, p_neg = reliability.specific_agreement(0, 0, 0, 5)
    assert math.isnan(p_pos) and p_neg == 1.0
    ref = np.array([[1, 0]] * 8 + [[1, 0], [0, 1]])
    test = np.array([[1, 0]] * 8 + [[0, 1], [1, 0]])
    rare = reliability._binary_row("f", "B", ref[:, 1:], test[:, 1:], 20, np.random.default_rng(0))
    assert (rare["p_o"], rare["p_pos"], rare["p_neg"]) == pytest.approx((0.8, 0.0, 16 / 18))
    family = reliability._binary_row("f", "(all codes)", ref, test, 20, np.random.default_rng(0))
    # pooled counts: both 8, reference only 2, test only 2, neither 8
    assert (family["p_pos"], family["p_neg"]) == pytest.approx((16 / 20, 16 / 20))
    assert "inter-coder reliability" in reliability.DESIGN_LIMIT and "one human coder" in reliability.DESIGN_LIMIT.lower()


def test_the_committed_agreement_tables_carry_specific_agreement():
    """The four committed agreement tables carry p_pos and p_neg, consistent with their own counts."""
    from analysis.paths import DATA_DERIVED
    for name in ("kappa_by_code.csv", "kappa_by_family.csv", "units_kappa_by_code.csv", "units_kappa_by_family.csv"):
        path = DATA_DERIVED / "paperB" / name
        if not path.exists():
            pytest.skip("run `make` (notebook 01) to write data/derived/paperB/")
        t = pd.read_csv(path)
        dis = t["reference_only"] + t["test_only"]
        pos = (2 * t["both"] / (2 * t["both"] + dis)).where(2 * t["both"] + dis > 0)
        assert np.allclose(t["p_pos"], pos, equal_nan=True), name
        assert np.allclose(t["p_neg"], 2 * t["neither"] / (2 * t["neither"] + dis), equal_nan=True), name
