"""The shared claims ledger (analysis.claims): two-valued for unlabelled callers, three-valued with evidence levels."""
import re

import pandas as pd
import pytest

from analysis.claims import (EVIDENCE_COLUMNS, LEDGER_COLUMNS, NOT_TESTABLE, check, headline, headline_zh, ledger,
                             summary, part_groups, reading_groups, stated_claim,
                             with_evidence)


def test_unlabelled_ledger_keeps_the_two_valued_form():
    t = ledger([check("A", "A2", "z", "e", 1, 1), check("A", "A1", "z", "e", 1, 2)])
    assert list(t.columns) == LEDGER_COLUMNS
    assert t["claim_id"].tolist() == ["A1", "A2"]
    assert t["agrees"].dtype == bool and t["agrees"].tolist() == [False, True]


def test_labelled_ledger_is_three_valued_with_evidence():
    claims = [check("B", "B1", "z", "e", "x", "x", evidence="independent"),
              check("B", "B2", "z", "e", "x", "y", evidence="compendium's reading"),
              check("B", "B3", "z", "e", "x", "?", agrees=NOT_TESTABLE, evidence="compendium's reading"),
              with_evidence(check("B", "B4", "z", "e", 3, 3), "by construction")]
    t = ledger(claims)
    assert list(t.columns) == EVIDENCE_COLUMNS
    assert t["agrees"].tolist() == ["true", "false", "not testable", "true"]
    s = summary(t).set_index("evidence")
    assert s.loc["independent", ["true", "false", "not testable", "total"]].tolist() == [1, 0, 0, 1]
    assert s.loc["compendium's reading", ["true", "false", "not testable", "total"]].tolist() == [0, 1, 1, 2]
    assert s.loc["by construction", "total"] == 1
    assert headline(t) == ("4 claims checked: 1 independent (1 agrees, 0 do not); 2 compendium's reading (0 agree, "
                           "1 does not, 1 not testable); 1 by construction (1 agrees, 0 do not). Checks by construction "
                           "read the paper's own words, data made from them or data chosen to match the claim (its "
                           "stored abstract, a file typed from it, data searched to fit it, a parameter anchored on "
                           "the items checked), whatever else they rest on: they are no evidence for or against the "
                           "paper.")
    # the headline's words are the claims page's (EVIDENCE_MEANINGS): it said 'test data made from the paper', which
    # left out Paper B's checks by construction through a parameter anchored on the items checked; then 'read data
    # made from the paper', which left out B07 and B08, which read Paper B's stored abstract itself


def test_context_checks_are_counted_apart_from_the_papers_claims():
    """A statement the paper does not make (scope 'context') is shown in the ledger but never counted for or
    against the paper: the summary and the headline's counts hold the paper's claims only."""
    claims = [check("B", "B1", "z", "e", "x", "x", evidence="independent"),
              check("B", "B2", "z", "e", "x", "x", evidence="independent", scope="context"),
              with_evidence(check("B", "B3", "z", "e", "x", "y"), "compendium's reading", "context")]
    t = ledger(claims)
    assert t["scope"].tolist() == ["paper", "context", "context"]
    assert summary(t)["total"].sum() == 1 and summary(t, "context")["total"].sum() == 2
    # one claim and two context checks, each in its noun's number (it said '1 claims checked', '2 context check(s)')
    assert headline(t) == ("1 claim checked: 1 independent (1 agrees, 0 do not); 0 compendium's reading; 0 by "
                           "construction. Besides, 2 context checks of statements the paper does not make (not "
                           "counted above): 1 agrees, 1 does not.")


@pytest.mark.parametrize("make, msg", [
    (lambda: check("B", "B1", "z", "e", 1, 1, scope="outside"), "scope = 'outside'"),
    (lambda: ledger([check("B", "B1", "z", "e", 1, 1, scope="context")]), "context claims (B1) need a labelled ledger"),
    (lambda: summary(pd.DataFrame({"evidence": ["independent"], "agrees": ["true"], "scope": ["x"]})),
     "column 'scope' holds 'x'"),
    (lambda: check("B", "B1", "z", "e", 1, 1, evidence="anecdotal"), "evidence = 'anecdotal'"),
    (lambda: check("B", "B1", "z", "e", 1, 1, agrees="maybe"), "agrees = 'maybe'"),
    (lambda: ledger([check("B", "B1", "z", "e", 1, 1, evidence="independent"), check("B", "B2", "z", "e", 1, 1)]),
     "without an evidence label in a labelled ledger: B2"),
    (lambda: ledger([check("B", "B1", "z", "e", 1, 1, agrees=NOT_TESTABLE)]), "cannot hold 'not testable'"),
    (lambda: ledger([check("B", "B1", "z", "e", 1, 1), check("B", "B1", "z", "e", 1, 1)]), "duplicate claim ids: B1"),
    (lambda: summary(ledger([check("B", "B1", "z", "e", 1, 1)])), "no 'evidence' column"),
    # a ledger read back from CSV with a value outside the levels is refused, not left out of the counts
    (lambda: summary(pd.DataFrame({"evidence": ["independent", "paths.csv"], "agrees": ["true", "true"]})),
     "ledger column 'evidence' holds 'paths.csv'"),
    (lambda: summary(pd.DataFrame({"evidence": ["independent"], "agrees": [True]})),
     "ledger column 'agrees' holds 'True'"),
])
def test_bad_ledgers_are_refused_with_a_clear_message(make, msg):
    with pytest.raises(ValueError, match=msg.replace("(", r"\(").replace(")", r"\)")):
        make()


def test_headline_counts_the_readings_of_one_claim_once_among_the_claims():
    """A claim of the paper the ledger reads several ways ('claim(本项目读作: reading)', Paper A's 基础保障 read three
    ways as A5-A7) was counted as that many claims: '9 claims checked' for 6 claims of Paper A's abstract. The
    headline now says both numbers, in English and Chinese, computed from claim_zh; claims without the mark, even of
    the same wording, stay claims of their own."""
    claims = [check("A", "A1", "甲", "e", "x", "x", evidence="by construction"),
              check("A", "A2", "乙(本项目读作: 一)", "e", "x", "x", evidence="by construction"),
              check("A", "A3", "乙(本项目读作: 二)", "e", "x", "y", evidence="by construction"),
              check("A", "A4", "乙（本项目读作：三）", "e", "x", "y", evidence="by construction"),
              check("A", "A5", "丙(本项目读作: 一)", "e", "x", "x", evidence="by construction"),
              check("A", "A6", "丙(本项目读作: 二)", "e", "x", "x", evidence="by construction", scope="context")]
    t = ledger(claims)
    assert reading_groups(t) == [["A2", "A3", "A4"]]          # A5 read one way; A6 is context, never counted
    assert stated_claim("乙(本项目读作: 一)") == "乙" and stated_claim("甲(等效性)") is None
    assert headline(t).startswith("5 checks of 3 claims of the paper, counted per check (A2, A3, A4 check one claim "
                                  "under 3 readings): 0 independent; 0 compendium's reading; 5 by construction (3 agree, 2 do not)."), headline(t)


def test_headline_counts_a_claim_checked_in_parts_once_among_the_claims():
    """Paper B's abstract names five challenges in one sentence (五大困境); the ledger checks each (B14-C1 … B14-C5),
    and the headline counted them as five claims of the paper: '15 claims checked' for 11. Parts of one claim share
    the stem of their ids (STEM-PART); the headline now says how many checks of how many claims, naming the parts, in
    English and in Chinese, beside any claim read several ways; a stem with one part is a claim of its own."""
    claims = [check("B", "B1", "甲", "e", "x", "x", evidence="compendium's reading"),
              check("B", "B2-C1", "乙之一", "e", "x", "x", evidence="compendium's reading"),
              check("B", "B2-C2", "乙之二", "e", "x", "y", evidence="compendium's reading"),
              check("B", "B2-C3", "乙之三", "e", "x", NOT_TESTABLE, agrees=NOT_TESTABLE, evidence="compendium's reading"),
              check("B", "B3-C1", "丙之一", "e", "x", "x", evidence="by construction"),
              check("B", "B4-C1", "丁之一", "e", "x", "x", evidence="by construction", scope="context"),
              check("B", "B4-C2", "丁之二", "e", "x", "x", evidence="by construction", scope="context")]
    t = ledger(claims)
    assert part_groups(t) == [["B2-C1", "B2-C2", "B2-C3"]]   # B3-C1 alone; B4 is context, never counted
    assert headline(t).startswith(
        "5 checks of 3 claims of the paper, counted per check (B2-C1, B2-C2, B2-C3 check one claim in 3 parts): 0 "
        "independent; 4 compendium's reading (2 agree, 1 "
        "does not, 1 not testable); 1 by construction (1 agrees, 0 do not)."), headline(t)
    # readings and parts in one ledger: both named, every check counted once
    t = ledger(claims + [check("B", "B5", "戊(本项目读作: 一)", "e", "x", "x", evidence="by construction"),
                         check("B", "B6", "戊(本项目读作: 二)", "e", "x", "x", evidence="by construction")])
    assert headline(t).startswith("7 checks of 4 claims of the paper, counted per check (B5, B6 check one claim under 2 "
                                  "readings; B2-C1, B2-C2, B2-C3 check one claim in 3 parts): "), headline(t)
    assert headline_zh(t).startswith("论文 4 项论断，共 7 项核对（B5、B6 按 2 种读法核对同一论断；B2-C1、B2-C2、B2-C3 分 3 "
                                     "部分核对同一论断）："), headline_zh(t)


def test_the_headline_counts_checks_in_both_languages_and_a_reading_is_what_a_check_rests_on():
    """Paper A's headline counted '9 readings of 6 claims ... counted per reading' (论文 6 项论断的 9 种读法) where
    Paper B's counted '15 checks of 6 claims ... counted per check' (共 15 项核对), and both said a group of checks
    'read one claim N ways' (为同一论断的 N 种读法): a row of the ledger is a check (computed); a reading is the
    compendium's interpretation it rests on. Every headline now counts checks, in both languages, and names the
    readings as what the checks of one claim rest on."""
    readings_only = ledger([check("A", f"A{i}", f"乙(本项目读作: {i})", "e", "x", "x", evidence="by construction")
                            for i in (1, 2)] + [check("A", "A3", "甲", "e", "x", "x", evidence="by construction")])
    with_parts = ledger([check("B", "B1-C1", "乙之一", "e", "x", "x", evidence="by construction"),
                         check("B", "B1-C2", "乙之二", "e", "x", "x", evidence="by construction"),
                         check("B", "B2", "甲(本项目读作: 一)", "e", "x", "x", evidence="by construction"),
                         check("B", "B3", "甲(本项目读作: 二)", "e", "x", "x", evidence="by construction")])
    for t, n, m in ((readings_only, 3, 2), (with_parts, 4, 2)):
        text, text_zh = headline(t), headline_zh(t)
        assert text.startswith(f"{n} checks of {m} claims of the paper, counted per check (") and \
            text_zh.startswith(f"论文 {m} 项论断，共 {n} 项核对（"), (text, text_zh)
        for wrong in ("readings of", "counted per reading", "ways", "为同一论断的", "论断的 "):
            assert wrong not in text + text_zh, (wrong, text, text_zh)
        assert "check one claim under 2 readings" in text and "按 2 种读法核对同一论断" in text_zh, (text, text_zh)
        assert not re.search("[\u4e00-\u9fff]", text), text   # the English line in English alone


@pytest.mark.parametrize("paper", ["A", "B", "labelled", "all by construction"])
def test_the_chinese_headline_gives_the_verdicts_the_english_one_gives(paper):
    """The headline (notebooks 01 and 03, qca.json) gave in Chinese only its count of checks and claims: a Chinese
    reader was told how many checks there are, not what they found per evidence level, nor that a check by
    construction is no evidence. headline_zh gives every number the English headline gives, in the same order, the
    evidence levels and verdicts named in Chinese, what checks by construction can show, and the context checks
    apart; notebooks 01 and 03 print it below the English one."""
    import json
    import re

    from analysis.claims import EVIDENCE_LEVELS_ZH, VERDICTS_ZH, headline_zh
    from analysis.paths import DATA_DERIVED, ROOT

    if paper in ("A", "B"):
        table = pd.read_csv(DATA_DERIVED / f"paper{paper}" / "claims.csv", keep_default_na=False)
    else:
        level = "by construction" if paper == "all by construction" else None
        table = ledger([check("B", "B1", "z", "e", "x", "x", evidence=level or "independent"),
                        check("B", "B2", "z", "e", "x", "y", evidence=level or "compendium's reading"),
                        check("B", "B3", "z", "e", "x", "?", agrees=NOT_TESTABLE, evidence=level or "by construction"),
                        check("B", "B4", "z", "e", "x", "x", evidence="independent", scope="context")])
    en, zh = headline(table), headline_zh(table)
    levels_zh = {v: k for k, v in EVIDENCE_LEVELS_ZH.items()}
    found = re.findall(r"(独立核对|本项目解读|构造所致) (\d+) 项(?:（一致 (\d+)，不一致 (\d+)(?:，无法检验 (\d+))?）)?", zh)
    english = re.findall(r"(\d+) (independent|compendium's reading|by construction)(?: \((\d+) agrees?, (\d+) do(?:es)? not"
                         r"(?:, (\d+) not testable)?\))?", en)
    assert [(levels_zh[lvl], *n) for lvl, *n in found] == [(lvl, n, *rest) for n, lvl, *rest in english], (en, zh)
    assert ("Every check is by construction" in en) == ("全部核对均为构造所致" in zh)
    assert ("no evidence for or against the paper" in en) == ("不构成支持或反对原文的证据" in zh)
    if "Besides" in en:
        n, t, f = re.search(r"Besides, (\d+) context checks?\b.*?: (\d+) agrees?, (\d+) do(?:es)? not", en).groups()
        assert f"另有 {n} 项背景核对" in zh and f"{VERDICTS_ZH['true']} {t}，{VERDICTS_ZH['false']} {f}" in zh, zh
    else:
        assert "背景核对" not in zh
    counted = re.match(r"(\d+) checks of (\d+) claims of the paper, counted per check \((.*?)\): ", en)
    if counted:   # the count of checks and claims as the English headline gives it, and the checks sharing a claim
        assert zh.startswith(f"论文 {counted.group(2)} 项论断，共 {counted.group(1)} 项核对（"), zh
        shared = re.findall(r"((?:[\w-]+, )*[\w-]+) check one claim (?:under|in) (\d+)", counted.group(3))
        assert [(ids.replace(", ", "、"), k) for ids, k in shared] == re.findall(
            r"((?:[\w-]+、)*[\w-]+) (?:按|分) (\d+) (?:种读法|部分)核对同一论断", zh.split("）：", 1)[0]), (en, zh)
    else:
        n_checked = re.match(r"(\d+) claims? checked", en).group(1)
        assert zh.startswith(f"共核对 {n_checked} 项论断"), zh
    if paper in ("A", "B"):   # and the notebook that writes the ledger prints it below the English one
        name = "03_qca" if paper == "A" else "01_policy_evolution"
        nb = json.loads((ROOT / "notebooks" / "executed" / f"{name}.ipynb").read_text(encoding="utf-8"))
        printed = "".join("".join(o.get("text", "")) for c in nb["cells"] if c["cell_type"] == "code"
                          for o in c.get("outputs", []))
        if paper == "A":   # its printed results name their data source (analysis.paper_a.cases.source_text)
            from analysis.paper_a.cases import source_text
            source = json.loads((ROOT / "data" / "derived" / "paperA" / "qca.json").read_text(encoding="utf-8"))
            zh = source_text(zh, source["data_source"], "zh")
        assert zh in printed, name


def _three():
    return ledger([check("A", "A1", "z", "e", "x", "x", evidence="by construction"),
                   check("A", "A2", "z", "e", "x", "y", evidence="by construction"),
                   check("A", "A3", "z", "e", "x", "?", agrees=NOT_TESTABLE, evidence="by construction")])


def _verdicts(*verdicts):
    return pd.DataFrame({"claim_id": ["A1", "A2", "A3"], "verdict": list(verdicts),
                         "breadth": [f"breadth of {v}" for v in verdicts]})


def test_a_ledger_carries_each_claims_robustness_beside_its_verdict():
    """The ledger (claims.csv) had no robustness column: a claim's robustness verdict and its breadth were in
    robustness.csv, qca.json and notebook 03 only. with_robustness puts them before the note, 'not testable' and
    'false at baseline' kept apart from 'fragile' (test fails before: no with_robustness)."""
    from analysis.claims import ROBUSTNESS_COLUMNS, with_robustness

    t = with_robustness(_three(), _verdicts("robust to case removal only", "false at baseline", NOT_TESTABLE))
    assert list(t.columns) == EVIDENCE_COLUMNS[:-1] + ROBUSTNESS_COLUMNS + ["note"]
    assert t["robustness"].tolist() == ["robust to case removal only", "false at baseline", NOT_TESTABLE]
    assert t["robustness_breadth"].tolist() == ["breadth of robust to case removal only", "breadth of false at baseline",
                                                "breadth of not testable"]
    assert summary(t).equals(summary(_three()))   # the counts read the verdicts, whatever columns follow


@pytest.mark.parametrize("verdicts, match", [
    (("robust", "fragile", NOT_TESTABLE), "claim A2: the ledger says 'false' and its robustness verdict 'fragile'"),
    (("false at baseline", "false at baseline", NOT_TESTABLE), "claim A1: the ledger says 'true'"),
    (("robust", "false at baseline", "not tested"), "claim A3: the ledger says 'not testable'"),
])
def test_a_robustness_verdict_that_contradicts_the_ledger_is_refused(verdicts, match):
    from analysis.claims import with_robustness

    with pytest.raises(ValueError, match=match):
        with_robustness(_three(), _verdicts(*verdicts))


def test_a_claim_without_a_robustness_row_or_an_unclear_call_is_refused():
    from analysis.claims import with_robustness

    with pytest.raises(ValueError, match="no robustness verdict for claim\\(s\\) A3"):
        with_robustness(_three(), _verdicts("robust", "false at baseline", NOT_TESTABLE).iloc[:2])
    with pytest.raises(ValueError, match="not both nor neither"):
        with_robustness(_three())
    with pytest.raises(ValueError, match="not both nor neither"):
        with_robustness(_three(), _verdicts("robust", "false at baseline", NOT_TESTABLE), not_applicable="why")
    with pytest.raises(ValueError, match="lacks the column\\(s\\) breadth"):
        with_robustness(_three(), _verdicts("robust", "false at baseline", NOT_TESTABLE).drop(columns="breadth"))


def test_a_paper_without_a_robustness_protocol_says_not_applicable_and_why():
    from analysis.claims import NOT_APPLICABLE, with_robustness
    from analysis.paper_b.claims import ROBUSTNESS_NOT_APPLICABLE, claims_table

    t = with_robustness(_three(), not_applicable="no protocol")
    assert t["robustness"].tolist() == [NOT_APPLICABLE] * 3 and t["robustness_breadth"].tolist() == ["no protocol"] * 3
    assert t["agrees"].tolist() == ["true", "false", NOT_TESTABLE]   # 'not testable' stays the ledger's own verdict
    b = claims_table([check("B", "B01", "z", "e", "x", "x", evidence="independent")])
    assert b.loc[0, "robustness"] == NOT_APPLICABLE and b.loc[0, "robustness_breadth"] == ROBUSTNESS_NOT_APPLICABLE


def test_both_headlines_are_written_from_one_set_of_facts(monkeypatch):
    """headline and headline_zh each counted the verdicts, the checks, the claims and the context checks on their own
    (two parallel implementations that could drift: headline refused a check that is both a reading and a part of a
    claim, headline_zh counted it). Both now write the facts headline_facts computes once: given any facts, the two
    say the same numbers, and a ledger either both refuse or neither."""
    import re

    import analysis.claims as L

    t = ledger([check("B", "B1", "甲（本项目读作：一）", "e", "x", "x", evidence="independent"),
                check("B", "B2", "甲（本项目读作：二）", "e", "x", "y", evidence="compendium's reading"),
                check("B", "B3-C1", "乙", "e", "x", "?", agrees=NOT_TESTABLE, evidence="compendium's reading"),
                check("B", "B3-C2", "乙", "e", "x", "x", evidence="by construction"),
                check("B", "B4", "丙", "e", "x", "x", evidence="independent", scope="context"),
                check("B", "B5", "丙", "e", "x", "?", agrees=NOT_TESTABLE, evidence="independent", scope="context")])
    facts = L.headline_facts(t)
    assert [(lv.level, lv.total, lv.true, lv.false, lv.not_testable) for lv in facts.levels] == [
        ("independent", 1, 1, 0, 0), ("compendium's reading", 2, 0, 1, 1), ("by construction", 1, 1, 0, 0)]
    assert (facts.total, facts.n_claims, facts.by_construction, facts.context) == (4, 2, "some", (2, 1, 0, 1))
    assert facts.groups == (("B1", "B2"),) and facts.parts == (("B3-C1", "B3-C2"),)
    # made-up facts, every number distinct: each headline must say exactly these, whatever the table holds
    made_up = L.HeadlineFacts(
        levels=(L.LevelCount("independent", 17, 11, 5, 1), L.LevelCount("compendium's reading", 0, 0, 0, 0),
                L.LevelCount("by construction", 23, 13, 7, 3)),
        total=40, n_claims=38, groups=(("X1", "X2"),), parts=(("X3-C1", "X3-C2"),), by_construction="some",
        context=(29, 19, 6, 4))
    monkeypatch.setattr(L, "headline_facts", lambda table: made_up)
    en, zh = L.headline(t), L.headline_zh(t)
    levels_en = re.findall(r"(\d+) (independent|compendium's reading|by construction)(?: \((\d+) agrees?, (\d+) do(?:es)? not"
                           r"(?:, (\d+) not testable)?\))?", en)
    levels_zh = re.findall(r"(独立核对|本项目解读|构造所致) (\d+) 项(?:（一致 (\d+)，不一致 (\d+)(?:，无法检验 (\d+))?）)?", zh)
    said = [(lv.level, str(lv.total), *(map(str, (lv.true, lv.false)) if lv.total else ("", "")),
             str(lv.not_testable) if lv.not_testable else "") for lv in made_up.levels]
    assert [(lvl, n, *rest) for n, lvl, *rest in levels_en] == said, en
    zh_names = {v: k for k, v in L.EVIDENCE_LEVELS_ZH.items()}
    assert [(zh_names[lvl], *n) for lvl, *n in levels_zh] == said, zh
    assert en.startswith("40 checks of 38 claims of the paper, counted per check (X1, X2 check one claim under 2 "
                         "readings; X3-C1, X3-C2 check one claim in 2 parts): 17 independent"), en
    assert zh.startswith("论文 38 项论断，共 40 项核对（X1、X2 按 2 种读法核对同一论断；X3-C1、X3-C2 分 2 部分核对同一论断）："), zh
    assert "Besides, 29 context checks" in en and "19 agree, 6 do not, 4 not testable." in en, en
    assert "另有 29 项背景核对" in zh and "一致 19，不一致 6，无法检验 4。" in zh, zh
    monkeypatch.undo()
    both = ledger([check("B", "B1-C1", "甲（本项目读作：一）", "e", "x", "x", evidence="independent"),
                   check("B", "B1-C2", "甲（本项目读作：二）", "e", "x", "x", evidence="independent")])
    for write in (L.headline, L.headline_zh):   # readings of 甲 and parts of B1: a check is one or the other
        with pytest.raises(ValueError, match=r"B1-C1, B1-C2 are both readings of a claim"):
            write(both)


def test_the_data_sentence_after_a_headline_is_formatted_in_one_place():
    """The ' Data: X.' / '数据：X。' sentence that ends a ledger's headline was formatted three times (Paper A's
    saved headlines, the book's claims page and notebook 01's print of Paper B's headline), each with its own
    f-strings: one change of its punctuation would reach one of them. analysis.claims.data_sentence is now the one
    formatting, and the others call it: no code outside analysis/claims.py writes the sentence itself."""
    from pathlib import Path

    from analysis.claims import data_sentence

    assert data_sentence(("a", "甲")) == " Data: a."
    assert data_sentence(("a", "甲"), ("b", "乙"), lang="zh") == "数据：甲、乙。"
    assert data_sentence(("a", "甲"), ("b", "乙")) == " Data: a, b."
    root = Path(__file__).resolve().parents[1]
    sentence = re.compile(r"Data: \{[^\"]*\}\.|数据：\{[^\"]*\}。")   # an f-string writing the sentence itself
    files = [*root.glob("analysis/**/*.py"), *root.glob("tools/*.py"), *root.glob("notebooks/*.ipynb"),
             *root.glob("notebooks/workshop/*.ipynb")]
    writers = sorted(str(f.relative_to(root)) for f in files if sentence.search(f.read_text(encoding="utf-8")))
    assert writers == ["analysis/claims.py"], writers
