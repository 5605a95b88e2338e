"""A claims ledger: each claim of a paper becomes a check computed from results, never typed.

A `Claim` holds the claim in 中文 and English, what the paper says (expected), what the compendium
computed and whether they agree. `agrees` is three-valued: True, False or NOT_TESTABLE (the data
cannot speak to the claim). `evidence` says how much the check can tell:

- "independent": the claim is compared with data or published numbers the compendium did not shape;
- "compendium's reading": the check rests on the compendium's own coding or interpretation of sources;
- "by construction": the checked data were made from the paper itself or chosen to match the claim (a file typed
  from it, data searched to fit it, a parameter anchored on the items checked), so the check says nothing about
  the paper: agreement is no evidence for it, and a disagreement (an
  aspect the construction did not enforce) none against it.

`scope` says who makes the claim: "paper" (the paper states it, or it is the compendium's test of a statement
of the paper) or "context" (a related statement the paper does not make, e.g. a date from secondary sources or
a comparison with another study; checked for the reader, never counted for or against the paper).

`ledger()` turns a list of claims into the table written to data/derived/<paper>/claims.csv, `with_robustness()` adds
each claim's robustness verdict and its breadth (or says why robustness does not apply to the paper's claims), and
`summary()` counts the verdicts of the paper's own claims by evidence level (the headline a report should give). A ledger whose
claims carry no evidence label keeps the older two-valued form (a boolean `agrees` column), so callers
that do not label evidence are unchanged.
"""
from __future__ import annotations

import numbers
import re
from dataclasses import asdict, dataclass
from typing import Sequence

import pandas as pd

from .qca.errors import counted   # '1 claim', '2 claims': the engine's one rule for a count and its noun

NOT_TESTABLE = "not testable"
EVIDENCE_LEVELS = ("independent", "compendium's reading", "by construction")
# What a check of each level is, as the book's claims page says it under each ledger's headline (tools/build_book.py
# reads it: one wording wherever the levels are explained); the module docstring above gives the same definitions.
EVIDENCE_MEANINGS = {
    "independent": "compare the paper with data or published numbers the compendium did not shape",
    "compendium's reading": "rest on the compendium's own coding or interpretation of the sources or of the paper's "
                            "words (the note names it): they are as good as that reading",
    "by construction": "read the paper's own words, data made from them or data chosen to match the claim (its "
                       "stored abstract, a file typed from it, data searched to fit it, a parameter anchored on the "
                       "items checked), whatever else they rest on: they are no evidence for or against the paper",
}
VERDICTS = ("true", "false", NOT_TESTABLE)
#: The evidence levels and verdicts as the Chinese headline (headline_zh) names them.
EVIDENCE_LEVELS_ZH = {"independent": "独立核对", "compendium's reading": "本项目解读", "by construction": "构造所致"}
VERDICTS_ZH = {"true": "一致", "false": "不一致", NOT_TESTABLE: "无法检验"}
SCOPES = ("paper", "context")

LEDGER_COLUMNS = ["paper", "claim_id", "claim_zh", "claim_en", "expected", "computed", "agrees", "note"]
EVIDENCE_COLUMNS = ["paper", "claim_id", "claim_zh", "claim_en", "expected", "computed", "agrees", "evidence", "scope",
                    "note"]
#: The columns `with_robustness` adds to a labelled ledger, before `note`: a claim's robustness verdict and its breadth.
ROBUSTNESS_COLUMNS = ["robustness", "robustness_breadth"]
#: The verdict of every claim of a ledger whose paper has no robustness protocol (Paper B's), with the reason beside.
NOT_APPLICABLE = "not applicable"


@dataclass(frozen=True)
class Claim:
    paper: str
    claim_id: str
    claim_zh: str
    claim_en: str
    expected: str
    computed: str
    agrees: bool | str          # True, False or NOT_TESTABLE
    note: str = ""
    evidence: str = ""          # one of EVIDENCE_LEVELS, or "" (unlabelled, two-valued ledgers)
    scope: str = "paper"        # one of SCOPES: the paper's own claim, or context the paper does not state

    @property
    def verdict(self) -> str:
        """'true', 'false' or 'not testable'."""
        return NOT_TESTABLE if self.agrees == NOT_TESTABLE else ("true" if self.agrees else "false")


def _agrees_value(agrees, claim_id: str = "") -> bool | str:
    """True, False or NOT_TESTABLE. A value whose truth is unknown, a NaN (a comparison computed on a missing number)
    or pandas' NA, is refused: bool(nan) is True, so such a claim was written 'true' (agreeing) without a word."""
    of = f" for claim {claim_id}" if claim_id else ""
    if isinstance(agrees, str):
        if agrees != NOT_TESTABLE:
            raise ValueError(f"agrees = {agrees!r}{of}; allowed: True, False or {NOT_TESTABLE!r}")
        return NOT_TESTABLE
    if agrees is pd.NA or (isinstance(agrees, numbers.Number) and agrees != agrees):   # NaN != NaN
        raise ValueError(f"agrees = {agrees!r}{of}: a missing value is no verdict; allowed: True, False or "
                         f"{NOT_TESTABLE!r} (say why the claim cannot be tested)")
    return bool(agrees)


def check(paper: str, claim_id: str, claim_zh: str, claim_en: str, expected, computed, agrees=None,
          note: str = "", evidence: str = "", scope: str = "paper") -> Claim:
    """Build a Claim; `agrees` defaults to expected == computed (compared as given, then as text).

    `agrees` may be NOT_TESTABLE; `evidence` must be one of EVIDENCE_LEVELS or empty; `scope` one of SCOPES.
    """
    if agrees is None:
        agrees = expected == computed
    if evidence and evidence not in EVIDENCE_LEVELS:
        raise ValueError(f"evidence = {evidence!r} for claim {claim_id}; allowed: {', '.join(map(repr, EVIDENCE_LEVELS))}")
    if scope not in SCOPES:
        raise ValueError(f"scope = {scope!r} for claim {claim_id}; allowed: {', '.join(map(repr, SCOPES))}")
    return Claim(paper, claim_id, claim_zh, claim_en, str(expected), str(computed), _agrees_value(agrees, claim_id), note,
                 evidence, scope)


def with_evidence(claim: Claim, evidence: str, scope: str | None = None) -> Claim:
    """The same claim labelled with an evidence level (and a scope, if given)."""
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=claim.agrees, note=claim.note, evidence=evidence, scope=claim.scope if scope is None else scope)


def ledger(claims: list[Claim]) -> pd.DataFrame:
    """The claims as a table in a fixed column order, sorted by claim id.

    If any claim carries an evidence label, every claim must, and `agrees` is written as text
    ('true' / 'false' / 'not testable'); otherwise the two-valued form is kept (boolean `agrees`).
    """
    ids = [c.claim_id for c in claims]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ValueError(f"duplicate claim ids: {', '.join(dupes)}")
    labelled = [c.claim_id for c in claims if c.evidence]
    if labelled and len(labelled) != len(claims):
        missing = [c.claim_id for c in claims if not c.evidence]
        raise ValueError(f"claims without an evidence label in a labelled ledger: {', '.join(missing)}; "
                         f"allowed: {', '.join(map(repr, EVIDENCE_LEVELS))}")
    if not labelled:
        if any(c.agrees == NOT_TESTABLE for c in claims):
            raise ValueError("a two-valued ledger cannot hold 'not testable' claims; label every claim's evidence")
        context = [c.claim_id for c in claims if c.scope != "paper"]
        if context:
            raise ValueError(f"context claims ({', '.join(context)}) need a labelled ledger; label every claim's evidence")
        df = pd.DataFrame([asdict(c) for c in claims], columns=LEDGER_COLUMNS)
        df["agrees"] = df["agrees"].astype(bool)
    else:
        rows = [{**asdict(c), "agrees": c.verdict} for c in claims]
        df = pd.DataFrame(rows, columns=EVIDENCE_COLUMNS)
    return df.sort_values("claim_id", key=lambda ids: ids.map(_natural), kind="stable").reset_index(drop=True)


def with_robustness(table: pd.DataFrame, robustness: pd.DataFrame | None = None, not_applicable: str = ""
                    ) -> pd.DataFrame:
    """The ledger with each claim's robustness beside its verdict (ROBUSTNESS_COLUMNS, before `note`).

    `robustness`: one row per claim (claim_id, verdict, breadth; analysis.paper_a.robustness.claim_robustness), whose
    `verdict` goes to `robustness` and `breadth` to `robustness_breadth`. Every claim of the ledger needs its row, and
    the two must agree on what the analysis itself found: a claim 'not testable' in the ledger is 'not testable' in
    robustness (nothing can evaluate it), and one 'false' is 'false at baseline' (false, not fragile), and back;
    otherwise a ValueError names the claim, as it does a missing row. `not_applicable`: instead of a table, why the
    paper's claims have no robustness verdict (Paper B's: no robustness protocol applies to them); every row then
    says NOT_APPLICABLE with that reason. Exactly one of the two is given."""
    if (robustness is None) == (not not_applicable):
        raise ValueError("give the claims' robustness table or, when robustness does not apply, the reason "
                         "(not_applicable), not both nor neither")
    if "evidence" not in table.columns:
        raise ValueError("the ledger has no 'evidence' column; robustness is added to labelled ledgers only")
    out = table.copy()
    if robustness is None:
        verdicts = [NOT_APPLICABLE] * len(out)
        breadth = [str(not_applicable)] * len(out)
    else:
        missing = [c for c in ("claim_id", "verdict", "breadth") if c not in robustness.columns]
        if missing:
            raise ValueError(f"the robustness table lacks the column(s) {', '.join(missing)}; it needs claim_id, "
                             "verdict and breadth (claim_robustness)")
        by_id = robustness.drop_duplicates("claim_id").set_index("claim_id")
        absent = [str(c) for c in out["claim_id"] if c not in by_id.index]
        if absent:
            raise ValueError(f"no robustness verdict for claim(s) {', '.join(absent)}: every claim of the ledger "
                             "needs its row")
        verdicts = [str(by_id.loc[c, "verdict"]) for c in out["claim_id"]]
        breadth = [str(by_id.loc[c, "breadth"]) for c in out["claim_id"]]
        for cid, agrees, verdict in zip(out["claim_id"], out["agrees"], verdicts):
            untestable, false = str(agrees) == NOT_TESTABLE, str(agrees) == "false"
            if untestable != verdict.startswith(NOT_TESTABLE) or false != (verdict == "false at baseline"):
                raise ValueError(f"claim {cid}: the ledger says {agrees!r} and its robustness verdict {verdict!r}: "
                                 f"a claim {NOT_TESTABLE!r} in the ledger is {NOT_TESTABLE!r} in robustness, and one "
                                 "'false' is 'false at baseline', computed on the same analysis")
    at = list(out.columns).index("note") if "note" in out.columns else len(out.columns)
    out.insert(at, ROBUSTNESS_COLUMNS[0], verdicts)
    out.insert(at + 1, ROBUSTNESS_COLUMNS[1], breadth)
    return out


def _natural(claim_id: str) -> tuple:
    """Sort key reading the numbers in an id as numbers: A2 before A10, B14-C2 before B14-C10."""
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", str(claim_id)))


def _scoped(table: pd.DataFrame, scope: str) -> pd.DataFrame:
    """The rows of one scope (a ledger without a scope column holds the paper's claims only)."""
    if "scope" not in table.columns:
        return table if scope == "paper" else table.iloc[:0]
    bad = sorted({str(v) for v in table["scope"] if v not in SCOPES})
    if bad:
        raise ValueError(f"ledger column 'scope' holds {', '.join(map(repr, bad))}; allowed: {', '.join(map(repr, SCOPES))}")
    return table[table["scope"] == scope]


def summary(table: pd.DataFrame, scope: str = "paper") -> pd.DataFrame:
    """Counts of verdicts per evidence level of the claims of one scope (default: the paper's own; context checks
    are never counted with them). Rows: the three levels; columns: scope (so a written table says what it counts),
    evidence, true, false, not testable, total."""
    if "evidence" not in table.columns:
        raise ValueError("the ledger has no 'evidence' column; build it from claims labelled with an evidence level")
    table = _scoped(table, scope)
    for col, allowed in (("evidence", EVIDENCE_LEVELS), ("agrees", VERDICTS)):  # never drop a row from the counts
        bad = sorted({str(v) for v in table[col] if v not in allowed})
        if bad:
            raise ValueError(f"ledger column {col!r} holds {', '.join(map(repr, bad))}; allowed: "
                             f"{', '.join(map(repr, allowed))}")
    counts = pd.crosstab(pd.Categorical(table["evidence"], categories=EVIDENCE_LEVELS),
                         pd.Categorical(table["agrees"], categories=VERDICTS), dropna=False)
    counts.index.name, counts.columns.name = "evidence", None
    counts = counts.reindex(index=list(EVIDENCE_LEVELS), columns=list(VERDICTS), fill_value=0).astype(int)
    counts["total"] = counts.sum(axis=1)
    return counts.reset_index().assign(scope=scope)[["scope", "evidence", *VERDICTS, "total"]]


#: How a claim's Chinese wording marks the compendium's reading of a claim the paper states: 'the claim(本项目读作: the
#: reading)'. Claims whose words before the mark are the same are checks of one claim of the paper, each under its own
#: reading (Paper A's 基础保障 checked under three readings, A5-A7); a claim without the mark is a claim of its own,
#: whatever its wording.
READING_MARK = re.compile(r"\s*[(（]本项目读作[:：]")


def stated_claim(claim_zh) -> str | None:
    """The claim as the paper states it when `claim_zh` is one reading of it (the words before '(本项目读作: ...)'),
    else None."""
    m = READING_MARK.search(str(claim_zh))
    return str(claim_zh)[:m.start()].strip() if m else None


def reading_groups(table: pd.DataFrame, scope: str = "paper") -> list[list[str]]:
    """The claim ids (in ledger order) of each claim of the paper that the ledger checks under several readings: rows
    of one scope whose claim_zh give the same stated claim (`stated_claim`). A claim checked under one reading is in
    no group."""
    if "claim_zh" not in table.columns:
        return []
    rows = _scoped(table, scope)
    groups: dict[str, list[str]] = {}
    for cid, zh in zip(rows["claim_id"], rows["claim_zh"]):
        stated = stated_claim(zh)
        if stated:
            groups.setdefault(stated, []).append(str(cid))
    return [ids for ids in groups.values() if len(ids) > 1]


#: A claim id 'STEM-PART' (B14-C1 … B14-C5) is one part of the claim STEM: the paper lists several items in one
#: statement (Paper B's 五大困境: five challenges named in one sentence) and the ledger checks each item on its own, and
#: may check the statement's count of them as a part too (B14-N: the abstract lists five). The parts are checks of one
#: claim, not claims of their own; an id without a hyphen is a claim of its own.
PART_ID = re.compile(r"(?P<stem>[^-]+)-(?P<part>[^-]+)")


def part_groups(table: pd.DataFrame, scope: str = "paper") -> list[list[str]]:
    """The claim ids (in ledger order) of each claim of the paper that the ledger checks in parts: rows of one scope
    whose ids share a stem (`PART_ID`: B14-C1 … B14-C5 are parts of B14). A stem with one part is in no group."""
    if "claim_id" not in table.columns:
        return []
    groups: dict[str, list[str]] = {}
    for cid in _scoped(table, scope)["claim_id"]:
        m = PART_ID.fullmatch(str(cid))
        if m:
            groups.setdefault(m["stem"], []).append(str(cid))
    return [ids for ids in groups.values() if len(ids) > 1]


def _shared_en(groups: Sequence[Sequence[str]], parts: Sequence[Sequence[str]]) -> list[str]:
    """The checks that share a claim, in English: 'A5, A6, A7 check one claim under 3 readings', 'B14-C1, ...,
    B14-C5 check one claim in 5 parts'."""
    return ([f"{', '.join(g)} check one claim under {len(g)} readings" for g in groups]
            + [f"{', '.join(g)} check one claim in {len(g)} parts" for g in parts])


def _shared_zh(groups: Sequence[Sequence[str]], parts: Sequence[Sequence[str]]) -> list[str]:
    """`_shared_en` in Chinese: 'A5、A6、A7 按 3 种读法核对同一论断', '... 分 5 部分核对同一论断'."""
    return ([f"{'、'.join(g)} 按 {len(g)} 种读法核对同一论断" for g in groups]
            + [f"{'、'.join(g)} 分 {len(g)} 部分核对同一论断" for g in parts])


@dataclass(frozen=True)
class LevelCount:
    """The paper's own checks of one evidence level and their verdicts."""
    level: str                  # one of EVIDENCE_LEVELS
    total: int
    true: int
    false: int
    not_testable: int


@dataclass(frozen=True)
class HeadlineFacts:
    """Every number and verdict a ledger's headline states, computed once (`headline_facts`): `headline` writes them
    in English and `headline_zh` in Chinese, so the two cannot say different things.

    `levels`: the paper's own checks per evidence level (EVIDENCE_LEVELS order); `total` the checks, `n_claims` the
    claims of the paper they check (a claim checked under several readings, `groups`, or in parts, `parts`, counted
    once); `by_construction`: 'all', 'some' or 'none' of the checks; `context`: (checks, true, false, not testable)
    of the context checks, counted apart (0, 0, 0, 0 when there are none)."""
    levels: tuple[LevelCount, ...]
    total: int
    n_claims: int
    groups: tuple[tuple[str, ...], ...]
    parts: tuple[tuple[str, ...], ...]
    by_construction: str        # 'all', 'some' or 'none'
    context: tuple[int, int, int, int]


def headline_facts(table: pd.DataFrame) -> HeadlineFacts:
    """The facts of a ledger's headline (HeadlineFacts), in no language: the verdicts of the paper's own claims per
    evidence level (`summary`), the checks and the claims they check (reading_groups, part_groups: a check is a
    reading of a claim or a part of one, never both, else a ValueError names it), how many are by construction, and
    the context checks apart."""
    s = summary(table).set_index("evidence")
    levels = tuple(LevelCount(lvl, int(s.loc[lvl, "total"]), int(s.loc[lvl, "true"]), int(s.loc[lvl, "false"]),
                              int(s.loc[lvl, NOT_TESTABLE])) for lvl in EVIDENCE_LEVELS)
    groups, parts = reading_groups(table), part_groups(table)
    shared = {c for g in groups for c in g} & {c for g in parts for c in g}
    if shared:
        raise ValueError(f"claim(s) {', '.join(sorted(shared))} are both readings of a claim (claim_zh) and parts of "
                         "one (claim_id): a check is one or the other")
    total = sum(lv.total for lv in levels)
    by_construction = next(lv.total for lv in levels if lv.level == "by construction")
    context = _scoped(table, "context")
    v = context["agrees"].value_counts()
    return HeadlineFacts(
        levels=levels, total=total, n_claims=total - sum(len(g) - 1 for g in [*groups, *parts]),
        groups=tuple(map(tuple, groups)), parts=tuple(map(tuple, parts)),
        by_construction="all" if total and by_construction == total else "some" if by_construction else "none",
        context=(len(context), int(v.get("true", 0)), int(v.get("false", 0)), int(v.get(NOT_TESTABLE, 0))))


def _claims_counted(facts: HeadlineFacts) -> str:
    """'9 claims checked' when every check is a claim of its own; else how many checks of how many claims, naming the
    checks that share a claim: a claim checked under several readings (the compendium's interpretations: 'check one
    claim under 3 readings') and a claim checked item by item ('check one claim in 5 parts'). In English alone: the
    same count in Chinese is headline_zh's (_claims_counted_zh), printed below it; the English line once carried it
    as a Chinese clause. The unit counted is always the check (a row, computed); a reading is what a check rests on,
    never what is counted."""
    if facts.n_claims == facts.total:
        return f"{counted(facts.total, 'claim')} checked"
    return (f"{counted(facts.total, 'check')} of {counted(facts.n_claims, 'claim')} of the paper, counted per check "
            f"({'; '.join(_shared_en(facts.groups, facts.parts))})")


def _claims_counted_zh(facts: HeadlineFacts) -> str:
    """`_claims_counted`'s count in Chinese alone: '共核对 9 项论断' when every check is a claim of its own, else
    '论文 6 项论断，共 9 项核对（A5、A6、A7 按 3 种读法核对同一论断；...）'."""
    if facts.n_claims == facts.total:
        return f"共核对 {facts.total} 项论断"
    return f"论文 {facts.n_claims} 项论断，共 {facts.total} 项核对（{'；'.join(_shared_zh(facts.groups, facts.parts))}）"


def _agree(n: int) -> str:
    """'1 agrees', '0 agree', '7 agree': a count of checks with its verb in the count's number (the headline's)."""
    return f"{n} {'agrees' if n == 1 else 'agree'}"


def _do_not(n: int) -> str:
    """'1 does not', '0 do not', '2 do not': as _agree."""
    return f"{n} {'does' if n == 1 else 'do'} not"


def headline(table: pd.DataFrame) -> str:
    """The verdicts on the paper's own claims counted per evidence level, every level named even when it has no
    check, e.g. '8 claims checked: 0 independent; 0 compendium's reading; 8 by construction (7 agree, 1 does not).'
    A claim of the paper the ledger checks under several readings (reading_groups) is counted once among the claims
    and once per check, and the headline says both: '9 checks of 6 claims of the paper, counted per check (A5, A6, A7
    check one claim under 3 readings; A8, A9 check one claim under 2 readings): ...'; so is a claim the ledger checks
    in parts (part_groups: B14-C1 … B14-C5), '... B14-C1, ..., B14-C5 check one claim in 5 parts'. A check is
    computed; a reading is the compendium's interpretation a check rests on: the headline counts checks, in English
    alone (headline_zh counts them in Chinese).
    Checks by construction are no evidence for or against the paper, and the headline says so in the words of
    EVIDENCE_MEANINGS (one definition for the headline and the book's claims page); context checks (claims the paper
    does not make) are counted apart, after the paper's. The numbers are headline_facts', as headline_zh's."""
    facts = headline_facts(table)
    parts = []
    for lv in facts.levels:
        if not lv.total:
            parts.append(f"0 {lv.level}")
            continue
        detail = [_agree(lv.true), _do_not(lv.false)]
        if lv.not_testable:
            detail.append(f"{lv.not_testable} not testable")
        parts.append(f"{lv.total} {lv.level} ({', '.join(detail)})")
    text = _claims_counted(facts) + ": " + "; ".join(parts) + "."
    if facts.by_construction == "all":
        text += (" Every check is by construction: the data (all of them, or some rows of a mixed file) were made to "
                 "fit the paper, so neither agreement nor disagreement here is evidence about the paper's findings.")
    elif facts.by_construction == "some":
        text += f" Checks by construction {EVIDENCE_MEANINGS['by construction']}."
    n, true, false, untestable = facts.context
    if n:
        text += (f" Besides, {counted(n, 'context check')} of statements the paper does not make (not counted above): "
                 f"{_agree(true)}, {_do_not(false)}" + (f", {untestable} not testable" if untestable else "") + ".")
    return text


def headline_zh(table: pd.DataFrame) -> str:
    """`headline` in Chinese, written from the same facts (headline_facts): the verdicts of the paper's claims per
    evidence level (EVIDENCE_LEVELS_ZH, VERDICTS_ZH; 'not testable' named where a level has such a check, as in
    English), what checks by construction can show, and the context checks apart. (The English headline once gave
    only its count of checks and claims in Chinese, so a Chinese reader of the notebooks was told how many checks
    there are and not what they found.)"""
    facts = headline_facts(table)
    parts = []
    for lv in facts.levels:
        detail = [f"{VERDICTS_ZH['true']} {lv.true}", f"{VERDICTS_ZH['false']} {lv.false}"]
        if lv.not_testable:
            detail.append(f"{VERDICTS_ZH[NOT_TESTABLE]} {lv.not_testable}")
        parts.append(f"{EVIDENCE_LEVELS_ZH[lv.level]} {lv.total} 项" + (f"（{'，'.join(detail)}）" if lv.total else ""))
    text = _claims_counted_zh(facts) + "：" + "；".join(parts) + "。"
    if facts.by_construction == "all":
        text += ("全部核对均为构造所致：数据（全部，或混合文件中的部分行）系为符合原文而构造，一致与不一致都不构成关于原文结论"
                 "的证据。")
    elif facts.by_construction == "some":
        text += "构造所致的核对读取的是原文自身的文字、据其录入或为符合论断而选定的数据，不构成支持或反对原文的证据。"
    n, true, false, untestable = facts.context
    if n:
        text += (f"另有 {n} 项背景核对（原文未作的陈述，不计入上述）：{VERDICTS_ZH['true']} {true}，"
                 f"{VERDICTS_ZH['false']} {false}"
                 + (f"，{VERDICTS_ZH[NOT_TESTABLE]} {untestable}" if untestable else "") + "。")
    return text


def data_sentence(*words: tuple[str, str], lang: str = "en") -> str:
    """The sentence that follows a ledger's headline (headline, headline_zh) and names the data its verdicts were
    computed on: each of `words` is an (English, Chinese) pair, e.g. Paper B's paper_b.claims.DATA, several joined
    (' Data: a, b.' or '数据：a、b。' with lang='zh', full-width punctuation). The one formatting of it: Paper A's
    saved headlines (paper_a.cases.data_sentence, from the case file's data source), the book's claims page
    (tools/build_book.py evidence_headline) and notebook 01's printed headline of Paper B's ledger call it."""
    if lang == "zh":
        return f"数据：{'、'.join(zh for _, zh in words)}。"
    return f" Data: {', '.join(en for en, _ in words)}."
