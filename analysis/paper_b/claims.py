"""Paper B's claims as checks computed from the policy corpus, the excerpt layer, the coding and the compendium's readings.

Every `computed` value comes from the data; `expected` is what Paper B (or a source it rests on) says.
Where a check depends on a choice of the compendium (stage starts, which coding, how frequency is
measured), the note says so. Every claim carries an evidence level (analysis.claims.EVIDENCE_LEVELS):
checks of Paper B's abstract itself (B07, B14-N and B15-N: its lists of models, challenges and paths), of a file typed from it
(B01: the stage order, from paperB_readings.csv) or of a key phrase typed from the sources that date the claim (B02:
the 2018 document) are 'by construction': their agreement is built in (B01 can still fail on an empty stage); checks
resting on the compendium's coding or on its linking of another study's words to Paper B's are 'compendium's
reading'; only comparisons with sources the compendium did not shape are 'independent'. And a scope (analysis.claims.SCOPES): Paper B's abstract states the four
stages, three models, five challenges and five paths; the first use of 医防融合 in 2018 (secondary sources), its
rise from 2020 (the compendium's reading of "2020年以来") and the comparisons with 李怡霖 et al. 2023 and
马文雯 et al. 2022 are statements Paper B does not make, so they are 'context' checks, never counted for or
against Paper B.

Every finding of the abstract has a row: the four stages (B01, B04-B06, B12), the three models (B07, B11), the
five challenges (each named, B14-C1 … B14-C5, and their count, B14-N: the parts of one claim), the five paths (each
named, B15-P1 … B15-P5, and their count, B15-N: the parts of one claim, as the challenges') and the root the challenges
are traced to (B16): five findings, five claims (the counts of challenges and paths were once one row, B08, counted as
a sixth; the paths' count was then B08, a reading beside B15, one row for all five paths). What a path achieves
(B15-P1 … B15-P5) and the root (B16) no source here can test: their rows say 'not testable' so that the ledger counts
them instead of leaving them out. The abstract's opening sentence
(医防融合 as the core mechanism of the shift to a health-centred system and a lever of Healthy China) is its
premise, a policy position rather than a finding, and its method statement (field research and policy texts from
2020 on) describes the study; neither has a row (B03 reads "2020年以来" as a context check).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Callable, Mapping, Sequence

import pandas as pd

from ..qca.errors import counted, in_number   # '1 unit', '2 units': one rule for a count and its noun

from ..claims import NOT_TESTABLE, VERDICTS_ZH, Claim, check, ledger, summary, with_evidence, with_robustness
from ..qca.skew import share_said
from .coding import CodingResult, code_shares
from .excerpt_checks import (CHALLENGE_VERDICTS, LITERAL_LIST_READING, RESPONSIBILITY_LIST,  # noqa: F401 (B11's words)
                             PATH_VERDICTS, challenge_comparison, instrument_shares, literal_list_hits, locality_models,
                             locality_unverified_items, model_spread, order_steps, path_proposals, signature_dates,
                             signature_timing, UNVERIFIED_AT)
from .excerpts import ExcerptLayer
from .hanzi import for_matching
from .periodisation import (ISSUE_LAG_DAYS, SHIFTS_MONTHS, Periodisation, assign_stages, basis_placement,
                            boundary_variants, stage_counts, unverified_date_moves)
from .profiles import permutation_test, profile_shares, stage_profile
from .readings import abstract_list, names_as_listed

PAPER = "B"
TERM = "医防融合"
SPLIT_YEAR = 2020   # B03: "2020年以来" read as a split of the corpus at this year (the compendium's reading)
# Two findings of the abstract the ledger reads several ways, in the abstract's words: the four-stage evolution (B01,
# B04-B06, B12) and the three local models (B07, B11). Each check says '(本项目读作: ...)' after the same words, so the
# headline counts the finding once among Paper B's claims (analysis.claims.reading_groups), as Paper A's 基础保障.
STAGES_ZH = "医防融合历经“应急协作–基层整合–系统改革–体系跃迁”四阶段政策演变"
STAGES_EN = ("A four-stage policy evolution: emergency collaboration → grassroots integration → systemic reform → "
             "system leapfrogging")
MODELS_ZH = "地方实践呈现权责清单嵌入型、组织体系重构型与数字赋能整合型三类模式"
MODELS_EN = ("Three local practice models: embedded responsibility lists, organisational restructuring and digitally "
             "enabled integration")
# The other findings of the abstract checked by more than one row: the five challenges (one sentence, checked in parts:
# B14-C1 … B14-C5 each challenge named, B14-N their count as listed) and the five paths (one sentence too: B15-P1 …
# B15-P5 each path named, B15-N their count as listed). The abstract makes five findings (stages, models, challenges,
# root, paths): the counts of the challenges and paths are checks of two of them, not a sixth claim.
CHALLENGES_ZH = "当前改革面临价值认知偏差、管理体系割裂、经济激励失衡、人才断层及制度执行脱节五大困境"
CHALLENGES_EN = ("Current reforms face five challenges: misaligned value perceptions, fragmented management systems, "
                 "imbalanced economic incentives, talent shortages and disjointed policy implementation")
# the abstract's words, in full-width punctuation as the ledger's other Chinese (its stored text has a half-width comma)
PATHS_ZH = "需通过重构健康绩效导向的补偿机制、构建协同治理体系、创新筹资模式、重塑人才培养路径及完善动态监管五维路径，推动我国医防融合的高质量发展"
PATHS_EN = ("Five paths (reforming health-performance-based compensation, building collaborative governance systems, "
            "innovating financing models, reshaping talent development pathways and strengthening dynamic "
            "supervision) are needed to advance the high-quality development of 医防融合")
PAIRING_NOTE = ("The abstract does not pair challenges with paths: the pairing of challenge k with path k "
                "(challenges_paths.csv) is the compendium's reading by listing order, which nothing here can check, "
                "so no row counts it.")
#: Why Paper B's claims have no robustness verdict in the ledger (analysis.claims.with_robustness: 'not applicable'):
#: a robustness protocol varies the specifications of a set-theoretic analysis (calibration, thresholds, cases), and
#: Paper B's claims are counts and readings of a coded policy corpus. Not 'robust', not 'not testable' (the ledger's
#: verdict says whether the data can speak), not 'false': the sensitivity each check has is in its own note.
ROBUSTNESS_NOT_APPLICABLE = (
    "no robustness protocol applies: Paper B's claims are counts and readings of a coded policy corpus, not a QCA "
    "solution; the sensitivity of a check to the compendium's choices (stage starts: the boundary rule; dates marked "
    "U; the coding) is in its note and its evidence level")


#: what the ledger's checks are computed on, in words (English, Chinese): the compendium's corpus, never Paper B's data.
#: Notebook 01 prints it after the ledger's headlines; the book's claims page (tools/build_book.py) and the Paper B
#: figures' captions (figure_catalogue.PB_CORPUS) say it in the same words
NOT_THEIRS = ("not Paper B's data, which is not public", "并非论文B未公开的数据")
DATA = (f"the compendium's corpus rebuilt from public sources, {NOT_THEIRS[0]}",
        f"本项目依公开来源重建的政策语料，{NOT_THEIRS[1]}")


#: What each table notebook 01 writes to data/derived/paperB/ is computed on, in its `data_from` column: a table copied
#: without the README still says the data are the compendium's (a corpus rebuilt from public sources, excerpts of
#: public pages, a reading of the abstract), not Paper B's. The ledger's rows say it too, each for its own check
#: (CLAIM_DATA, claims_table), where a check may also compare with the shares other studies published ('studies').
NOT_PB_DATA = ", not Paper B's data"
DATA_FROM = {"corpus": "the compendium's corpus rebuilt from public sources" + NOT_PB_DATA,
             "excerpts": "the compendium's excerpts of public web pages" + NOT_PB_DATA,
             "reading": "the compendium's reading of Paper B's abstract" + NOT_PB_DATA,
             "studies": "the shares two other studies published (李怡霖 et al. 2023, 马文雯 et al. 2022; "
                        "policy_benchmark.csv)" + NOT_PB_DATA}
#: Each table's data (a key of DATA_FROM): the excerpt layer's tables begin units_; the model-Rainbow map is a reading.
TABLE_DATA = {name: "corpus" for name in (
    "stage_assignments.csv", "stage_counts.csv", "coded_documents.csv", "kappa_by_family.csv", "kappa_by_code.csv",
    "confusion_by_family.csv", "stage_profiles.csv", "profile_tests.csv", "stage_distances.csv",
    "boundary_sensitivity.csv", "start_windows.csv", "unverified_date_moves.csv", "benchmark_comparison.csv",
    "challenges_paths.csv")}
TABLE_DATA.update({name: "excerpts" for name in (
    "units_summary.csv", "units_coded.csv", "units_kappa_by_family.csv", "units_kappa_by_code.csv",
    "units_confusion_by_family.csv", "units_stage_assignments.csv", "units_stage_profiles.csv",
    "units_profile_tests.csv", "units_placement_sensitivity.csv", "units_localities_models.csv",
    "units_model_spread.csv", "units_stage_timing.csv", "units_instruments.csv", "units_challenges.csv",
    "units_paths.csv")})
TABLE_DATA["model_rainbow.csv"] = "reading"


def with_data_from(table: pd.DataFrame, name: str) -> pd.DataFrame:
    """`table` (a copy) with a last column `data_from` saying what the table `name` (its file name in
    data/derived/paperB/, a key of TABLE_DATA) is computed on, in DATA_FROM's words. A name not in TABLE_DATA is
    refused, so no table is written without saying it."""
    if name not in TABLE_DATA:
        raise KeyError(f"no data_from for {name!r}: add it to TABLE_DATA (one of {', '.join(map(repr, DATA_FROM))})")
    return table.drop(columns="data_from", errors="ignore").assign(data_from=DATA_FROM[TABLE_DATA[name]])


#: What each check of the ledger is computed on (keys of DATA_FROM, in its order), by claim id ('B14-C' stands for
#: B14-C1 ... B14-C5, one per challenge the abstract names). The title layer's checks read the corpus (its dates,
#: titles and coding); those that place documents in the four stages also read the stage names and their order, and
#: B06 the code each name is linked to, typed from the abstract (paperB_readings.csv); B07, B14-N and B15-N read the
#: abstract and the readings typed from it alone; the excerpt layer's checks (B11-B14, B15-P, B16) read the excerpt
#: units and, but B13, the readings their models, stages, challenges, paths and root are linked to ('B15-P' stands
#: for B15-P1 ... B15-P5, one per path); B09, B10 and B13 compare with
#: the shares of 李怡霖 et al. 2023 and 马文雯 et al. 2022. The ledger's Paper-B-wide headline says DATA.
CLAIM_DATA = {
    "B01": ("corpus", "reading"), "B02": ("corpus",), "B03": ("corpus",), "B04": ("corpus", "reading"),
    "B05": ("corpus", "reading"), "B06": ("corpus", "reading"), "B07": ("reading",),
    "B09": ("corpus", "studies"), "B10": ("corpus", "studies"), "B11": ("excerpts", "reading"),
    "B12": ("excerpts", "reading"), "B13": ("excerpts", "studies"), "B14-C": ("excerpts", "reading"),
    "B14-N": ("reading",), "B15-N": ("reading",), "B15-P": ("excerpts", "reading"),
    "B16": ("excerpts", "reading"),
}


def _data_keys(claim_id: str) -> tuple[str, ...]:
    key = claim_id if claim_id in CLAIM_DATA else claim_id.rstrip("0123456789")
    if key not in CLAIM_DATA:
        raise KeyError(f"no data_from for claim {claim_id!r}: add it to CLAIM_DATA (keys: "
                       f"{', '.join(map(repr, DATA_FROM))})")
    return CLAIM_DATA[key]


def data_from_words(keys) -> str:
    """What data of DATA_FROM `keys` name, in one phrase: 'A, B and C, not Paper B's data' (DATA_FROM's order)."""
    parts = [DATA_FROM[k].removesuffix(NOT_PB_DATA) for k in DATA_FROM if k in set(keys)]
    if not parts:
        raise ValueError("data_from_words: no data named")
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return listed + NOT_PB_DATA


def claims_table(claims: Sequence[Claim]) -> pd.DataFrame:
    """The ledger written to data/derived/paperB/claims.csv: analysis.claims.ledger with the robustness columns saying
    'not applicable' and why (ROBUSTNESS_NOT_APPLICABLE), as Paper A's ledger gives each claim's robustness, and a last
    column `data_from` saying what each check is computed on (CLAIM_DATA, in DATA_FROM's words): a row copied alone
    still says its data are the compendium's, not Paper B's. A claim id CLAIM_DATA does not know is refused."""
    table = with_robustness(ledger(list(claims)), not_applicable=ROBUSTNESS_NOT_APPLICABLE)
    return table.assign(data_from=[data_from_words(_data_keys(c)) for c in table["claim_id"]])


def claims_summary(table: pd.DataFrame) -> pd.DataFrame:
    """The ledger's verdicts counted per evidence level (analysis.claims.summary), the paper's own claims then the
    context checks, written to claims_summary.csv, with `data_from`: what the claims a row counts are computed on
    (the union of their CLAIM_DATA); a row counting no claim says what its scope's claims are computed on."""
    counts = pd.concat([summary(table), summary(table, "context")], ignore_index=True)
    keys = {cid: _data_keys(cid) for cid in table["claim_id"]}
    scope = table["scope"]

    def said(rows) -> str:
        return data_from_words({k for cid in rows for k in keys[cid]})

    out = []
    for r in counts.itertuples(index=False):
        mine = table.loc[(scope == r.scope) & (table["evidence"] == r.evidence), "claim_id"]
        out.append(said(mine) if len(mine) else said(table.loc[scope == r.scope, "claim_id"]))
    return counts.assign(data_from=out)


def _pct(x: float) -> str:
    """A share in words, as the engine says one (analysis.qca.skew.share_said): whole percents unless that rounds it
    onto a bound ('0%' only for no document, '100%' only for all of them; 199 of 200 is '99.5%'); 'n/a' for none."""
    return "n/a" if x != x else share_said(x)


def reversals(counts: Mapping[str, tuple[int, int]], verdict: Callable[[Mapping[str, int]], bool]) -> list[str]:
    """The changes of ONE coding decision that reverse a verdict computed from counts (the one-coding rule).

    `counts` maps a label to (k, n): k of n items carry a code; one coding decision moves one k by one, within
    0..n. `verdict` computes the claim's outcome from the k's. Returns the changes ('label k→k±1') that give the
    other outcome. A comparison that one document's coding can turn round cannot tell the claim from its
    negation: the ledger then says 'not testable', for a 'true' as for a 'false' (see `_one_coding`). The idea is
    the fragility index of trial results (Walsh et al. 2014, J Clin Epidemiol 67:622-8) with a threshold of one."""
    base = {label: int(k) for label, (k, _) in counts.items()}
    outcome = bool(verdict(base))
    out = []
    for label, (k, n) in counts.items():
        for step in (-1, 1):
            if 0 <= k + step <= n and bool(verdict({**base, label: int(k) + step})) != outcome:
                out.append(f"{label} {k}→{k + step}")
    return out


def _one_coding(agrees: bool, flips: Sequence[str], unit: str = "document") -> tuple[bool | str, str]:
    """The verdict under the one-coding rule, and the sentence the note gets."""
    if not flips:
        # one decision is one code of one unit (a count by one): recoding a unit wholesale can move two counts
        return agrees, (f"One-coding rule: no single coding decision (one code of one {unit} added or removed) "
                        "reverses this verdict.")
    shown = "; ".join(flips[:3]) + (f"; and {len(flips) - 3} more" if len(flips) > 3 else "")
    return NOT_TESTABLE, (f"One-coding rule: the comparison would come out '{'false' if agrees else 'true'}' after a "
                          f"change of one {unit}'s coding ({shown}), so it cannot tell the claim from its negation "
                          f"and is 'not testable' (it would be '{'true' if agrees else 'false'}' as computed).")


def boundary_rule(claim: Claim, recompute: Callable[[pd.DataFrame, Periodisation], Claim], documents: pd.DataFrame,
                  periodisation: Periodisation, shifts_months: Sequence[int] = SHIFTS_MONTHS) -> tuple[Claim, str | None]:
    """A stage-based verdict recomputed with each stage start after the first moved by each shift, one at a time
    (the grid of boundary_sensitivity.csv). Paper B publishes no stage years: the starts are the compendium's,
    anchored on items of this same corpus (the notebook's landmarks), so a verdict that one move changes rests on
    where they were put. An agreement ('true') that does not survive every move is 'by construction' (returned as
    the evidence level, else None); a 'false' that some move turns 'true' is 'not testable', as under the
    one-coding rule; a 'not testable' stays so, whatever a move gives. The note says which moves change the verdict."""
    moved = []
    for name, shift, starts, p in boundary_variants(periodisation.to_dict(), periodisation.names, shifts_months):
        if shift:
            v = recompute(assign_stages(documents, p), p).verdict
            if v != claim.verdict:
                moved.append((f"{name} {shift:+d} months (from {starts[name]})", v))
    grid = ", ".join(f"{s:+d}" for s in shifts_months)
    head = f"Boundary rule (each stage start after the first moved by {grid} months, one at a time): "
    shown = "; ".join(f"{w}: '{v}'" for w, v in moved)
    agrees, evidence = claim.agrees, None
    if not moved:
        text = head + "no move changes the verdict."
    elif claim.verdict == "true":
        evidence = "by construction"
        text = (head + f"the verdict changes at {shown}. The starts are the compendium's, anchored on items of this "
                "same corpus, so the agreement rests on where they were put: 'by construction', no evidence for "
                "Paper B.")
    elif claim.verdict == "false" and any(v == "true" for _, v in moved):
        agrees = NOT_TESTABLE
        text = (head + f"the verdict changes at {shown}. Where the compendium put the starts decides it, so it is "
                "'not testable' (it would be 'false' as computed).")
    elif any(v == "true" for _, v in moved):   # a 'not testable' that a move makes 'true': no agreement either
        text = (head + f"the verdict changes at {shown}; it stays '{claim.verdict}' as computed (an agreement under "
                "other starts would rest on where the compendium put them).")
    else:
        text = head + f"the verdict changes at {shown}; no move makes it 'true', so it stands."
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=agrees, note=f"{claim.note} {text}".strip(), evidence=claim.evidence,
                 scope=claim.scope), evidence


def _unverified_rule(claim: Claim, field: str, unverified: Sequence[str], n_used: int, where: str,
                     verdict_without: Callable[[], str]) -> Claim:
    """The claim with a sentence naming the documents it reads whose `field` ('date', 'title') is U, out of the
    `n_used` documents `where` says, and the verdict `verdict_without` computes without them (called only when
    there are some). The verdict itself stays the one computed on every document: the note is the warning."""
    if not unverified:
        text = f"Every document {where} has a verified {field}."
    else:
        text = (f"{field.capitalize()}s marked U: {len(unverified)} of the {n_used} documents {where} "
                f"({', '.join(unverified)}); with verified {field}s only the verdict is '{verdict_without()}'.")
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=claim.agrees, note=f"{claim.note} {text}".strip(), evidence=claim.evidence, scope=claim.scope)


def verified_dates_rule(claim: Claim, recompute: Callable[[pd.DataFrame, Periodisation], Claim],
                        assignments: pd.DataFrame, periodisation: Periodisation, used: pd.DataFrame | None = None,
                        where: str = "in the stages") -> Claim:
    """A date-based verdict with the documents whose date is U named, and recomputed without them.

    A document's stage (or side of a split year) follows from its date, and a date marked U (policy_documents.csv:
    not seen in the source named) places it where the compendium believes it belongs, not where a source shows it.
    The note says which documents the verdict uses have such a date and what the verdict is with verified dates
    only, as B12 says for the excerpt units; the verdict itself is the one computed on every document (the note is
    the warning). `used` are the rows of `assignments` whose dates the verdict uses (by default the documents in
    the stages, as B01 and B04-B06; B03's split at 2020 uses every document) and `where` names them in the note."""
    if used is None:
        used = assignments[(assignments["kind"] == "document") & assignments["stage"].isin(periodisation.names)]
    return _unverified_rule(claim, "date", used.loc[used["date_status"] == "U", "doc_id"].tolist(), len(used), where,
                            lambda: recompute(assignments[assignments["date_status"] == "V"], periodisation).verdict)


def unverified_move_rule(claim: Claim, recompute: Callable[[pd.DataFrame, Periodisation], Claim],
                         assignments: pd.DataFrame, periodisation: Periodisation, documents: pd.DataFrame) -> Claim:
    """A stage verdict with each document in the stages whose date is U moved, one at a time, into the stage before
    and the stage after its own (periodisation.unverified_date_moves: the fewest days that takes), and recomputed.
    verified_dates_rule leaves those documents out; this asks what a wrong date would do, where a move within the
    date's precision (a month or year dated anywhere in it) is said as such. The note names the moves that change
    the verdict and the days each takes (a later move of a date that is a publication's or a repost's is said to be
    one its issue cannot make: the issue comes first); the verdict stays the one computed on the dates as written (the note is the
    warning), as verified_dates_rule's."""
    moves = unverified_date_moves(documents, periodisation)
    order = {n: i + 1 for i, n in enumerate(periodisation.names)}
    head = "Dates marked U moved (each document alone, into the stage next to its own, by the fewest days that takes): "
    if moves.empty:
        text = head + "no document in the stages has a date marked U."
    else:
        within = moves.loc[moves["within_precision"] != "", "doc_id"].tolist()
        said = (f"within its precision, a date can reach another stage ({', '.join(within)}); " if within else
                f"within its precision (a month or year dated anywhere in it) none of {', '.join(moves['doc_id'])} "
                "changes stage; ")
        changed, tried = [], 0
        for r in moves.itertuples(index=False):
            for target, days, way in ((r.earlier_stage, r.days_to_earlier, "earlier"),
                                      (r.later_stage, r.days_to_later, "later")):
                if not target:
                    continue
                tried += 1
                stage = assignments["stage"].where(assignments["doc_id"] != r.doc_id, target)
                moved = assignments.assign(stage=stage, stage_order=stage.map(order).fillna(0).astype(int))
                verdict = recompute(moved, periodisation).verdict
                if verdict != claim.verdict:
                    precision = ", within its precision" if days <= r.precision_days else ""
                    if way == "later" and r.date_basis in ("publication", "repost"):
                        precision += f"; its date is a {r.date_basis}'s, which its issue cannot follow"
                    changed.append(f"{r.doc_id} {counted(int(days), 'day')} {way} (in {target}{precision}): "
                                   f"'{verdict}'")
        text = head + said + (f"the verdict changes at {'; '.join(changed)}" if changed else
                              f"none of the {tried} moves changes the verdict") + "."
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=claim.agrees, note=f"{claim.note} {text}".strip(), evidence=claim.evidence, scope=claim.scope)


def basis_rule(claim: Claim, recompute: Callable[[pd.DataFrame, Periodisation], Claim], assignments: pd.DataFrame,
               periodisation: Periodisation, documents: pd.DataFrame, lag_days: int = ISSUE_LAG_DAYS) -> Claim:
    """A stage verdict with the documents named that an earlier issue would move into the stage before, and
    recomputed with them there. A document is placed by the date it has; one its source dates by publication, a
    repost or not at all (policy_documents.csv's date_basis) may have been issued earlier, and those that
    periodisation.basis_placement finds within `lag_days` of their stage's start would then fall in the stage before
    (at the defaults none: the documents in their stage's first month, D13, D16 and D17, are dated by their issue or,
    D16, the Third Plenum's adoption). The verdict stays the one computed on the dates as written (the note is the
    warning), as verified_dates_rule's."""
    placement = basis_placement(documents, periodisation, lag_days)
    moving = placement[placement["moves_within_lag"]]
    head = f"Date basis (a document not dated by its issue or adoption, issued up to {lag_days} days before its date): "
    if moving.empty:
        text = head + "none in the stages would change stage."
    else:
        order = {n: i + 1 for i, n in enumerate(periodisation.names)}
        to = dict(zip(moving["doc_id"], moving["earlier_stage"]))
        stage = assignments["doc_id"].map(to).fillna(assignments["stage"])
        moved = assignments.assign(stage=stage, stage_order=stage.map(order).fillna(0).astype(int))
        named = "; ".join(f"{r.doc_id} ({r.date}, basis {r.date_basis}) in {r.earlier_stage}"
                          for r in moving.itertuples(index=False))
        text = head + f"{named}; so placed, the verdict is '{recompute(moved, periodisation).verdict}'."
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=claim.agrees, note=f"{claim.note} {text}".strip(), evidence=claim.evidence, scope=claim.scope)


#: Document types of the corpus that are not normative policy texts (policy_documents.csv's doc_type): a white paper
#: is a government publication that reports and explains (D09, 《抗击新冠肺炎疫情的中国行动》), not a text that sets
#: rules; Chinese policy-text studies count 法律法规、规划、意见、通知 and decisions, not white papers.
NON_NORMATIVE_TYPES = ("white_paper",)


def normative_rule(claim: Claim, recompute: Callable[[pd.DataFrame, Periodisation], Claim],
                   assignments: pd.DataFrame, periodisation: Periodisation, documents: pd.DataFrame) -> Claim:
    """A stage verdict with the documents in the stages that are not normative policy texts (NON_NORMATIVE_TYPES)
    named, by stage, and recomputed without them, and without them and the documents whose date is U: a stage can
    hold policy documents only through a white paper (应急协作 with verified dates: D09 alone), which the verdicts
    computed on every document did not say. The verdict stays the one computed on every document (the note is the
    warning), as verified_dates_rule's."""
    used = assignments[(assignments["kind"] == "document") & assignments["stage"].isin(periodisation.names)]
    types = dict(zip(documents["doc_id"], documents["doc_type"]))
    non = used[used["doc_id"].map(types).isin(NON_NORMATIVE_TYPES)]
    if non.empty:
        text = "Every document in the stages is a normative policy text."
    else:
        kept = assignments[~assignments["doc_id"].isin(non["doc_id"])]
        verified = kept[kept["date_status"] == "V"]
        left = verified[(verified["kind"] == "document")].groupby("stage").size()
        empty = [s for s in periodisation.names if s in set(used["stage"]) and not left.get(s, 0)]
        named = "; ".join(f"{d}, a {types[d].replace('_', ' ')}, in {s}" for d, s in zip(non["doc_id"], non["stage"]))
        text = (f"Not normative policy texts: {len(non)} of the {len(used)} documents in the stages ({named}); "
                f"without them the verdict is '{recompute(kept, periodisation).verdict}'; without them and the "
                f"documents whose date is U, '{recompute(verified, periodisation).verdict}'"
                + (f" ({', '.join(empty)} then {'holds' if len(empty) == 1 else 'hold'} no document)" if empty else "")
                + ".")
    return check(claim.paper, claim.claim_id, claim.claim_zh, claim.claim_en, claim.expected, claim.computed,
                 agrees=claim.agrees, note=f"{claim.note} {text}".strip(), evidence=claim.evidence, scope=claim.scope)


def verified_titles_rule(claim: Claim, recompute: Callable[[Sequence[str]], Claim], documents: pd.DataFrame,
                         doc_ids: Sequence[str], where: str) -> Claim:
    """A verdict read from titles with the documents whose title is U named, and recomputed without them.

    The title layer is coded from titles and key phrases (B04-B06, B09, B10) and searched for 医防融合 (B03); a title
    marked U (policy_documents.csv: not seen in the source named) is a text no source shows in that form. The note
    names those among `doc_ids` (the documents the claim reads, `where` says which in the note) and gives the
    verdict `recompute` computes with them left out (it takes the ids to leave out), as verified_dates_rule does
    for dates."""
    ids = set(doc_ids)
    unverified = documents.loc[documents["doc_id"].isin(ids) & (documents["title_status"] == "U"), "doc_id"].tolist()
    return _unverified_rule(claim, "title", unverified, len(ids), where, lambda: recompute(unverified).verdict)


def _coding_without(coding: CodingResult, doc_ids: Sequence[str]) -> CodingResult:
    """The coding with the documents `doc_ids` left out (as if they were not in the corpus)."""
    drop = set(doc_ids)
    return replace(coding, doc_ids=tuple(d for d in coding.doc_ids if d not in drop),
                   long=coding.long[~coding.long["doc_id"].isin(drop)])


def _mentions(documents: pd.DataFrame, term: str) -> pd.Series:
    text = documents["title_zh"].fillna("") + "|" + documents["key_phrases"].fillna("")
    return text.map(for_matching).str.contains(term, regex=False)   # 醫防融合 too, as the dictionary reads it


def claim_four_stages(assignments: pd.DataFrame, periodisation: Periodisation, readings: pd.DataFrame) -> Claim:
    stated = readings.loc[readings["kind"] == "stage"].sort_values("order")["name_zh"].tolist()
    counts = stage_counts(assignments, periodisation).set_index("stage")["documents"]
    per_stage = [int(counts.get(s, 0)) for s in periodisation.names]
    same_order = list(periodisation.names) == stated
    computed = ", ".join(f"{s} {n}" for s, n in zip(periodisation.names, per_stage))
    return check(PAPER, "B01", f"{STAGES_ZH}（本项目读作：按所述顺序，每阶段至少一份国家文件）",
                 f"{STAGES_EN} (the compendium reads it as: in the stated order, each stage holding at least one "
                 "national document)",
                 "4 stages " + " → ".join(stated) + ", each >= 1 document",
                 ("order as stated; " if same_order else "ORDER DIFFERS; ") + "documents: " + computed,
                 agrees=same_order and len(per_stage) == 4 and min(per_stage) >= 1,
                 note="The order is by construction: it is read from paperB_readings.csv (typed from the abstract), "
                      "the same file the stage names come from. The documents per stage are counted from the corpus "
                      "dates and the stage starts, which are the compendium's parameters (Paper B does not publish "
                      "them; a stage's landmark can be an event, which is not counted as a document): "
                      + ", ".join(f"{n} from {w}" for n, w in zip(periodisation.names, periodisation.written)) + ". "
                      + EMPTY_STAGE_REFUSED)


#: B01's note on what its count can show: notebook 01's parameter check refuses starts that leave a stage without a
#: policy document (analysis.paper_b.parameters.check_parameters), so at any starts it accepts, 'at least one per
#: stage' holds before the count is made.
EMPTY_STAGE_REFUSED = ("The count cannot come out below one at the starts notebook 01 runs with: its parameter check "
                       "(parameters.check_parameters) refuses starts that leave a stage without a policy document, so "
                       "'each stage holds a document' is met by the choice of starts, not found; it can fail only on a "
                       "stage emptied after that check (documents dropped, or the starts moved by the boundary and "
                       "date rules below).")


def claim_first_use(documents: pd.DataFrame, expected_year: int = 2018) -> Claim:
    docs = documents[documents["kind"] == "document"]
    hits = docs[_mentions(docs, TERM)]
    hits = hits.iloc[hits["date"].map(lambda d: d + "-00" * (2 - d.count("-"))).argsort(kind="stable")]
    first = hits.iloc[0] if len(hits) else None
    year = int(str(first["date"])[:4]) if first is not None else None
    computed = f"{year} ({first['doc_id']} {first['title_zh']})" if first is not None else "no document mentions it"
    return check(PAPER, "B02", "“医防融合”一词于2018年首次出现在国家政策文件中",
                 "'医防融合' first appears in a national policy document in 2018",
                 str(expected_year), computed, agrees=year == expected_year,
                 note="Searched in titles and verbatim key phrases only (full texts are not in the corpus), so an "
                      "earlier use that no source quotes would be missed; the 2018 date rests on two secondary "
                      "sources (policy-sources.md). Paper B does not state this: a context check.")


def claim_more_frequent(documents: pd.DataFrame, split_year: int = SPLIT_YEAR) -> Claim:
    docs = documents[documents["kind"] == "document"].copy()
    docs["year"] = docs["date"].str[:4].astype(int)
    docs["mentions"] = _mentions(docs, TERM)
    before = docs[docs["year"] < split_year]
    after = docs[docs["year"] >= split_year]
    sb = before["mentions"].mean() if len(before) else float("nan")
    sa = after["mentions"].mean() if len(after) else float("nan")
    first_year = int(docs.loc[docs["mentions"], "year"].min()) if docs["mentions"].any() else split_year
    last_year = int(docs["year"].max())
    rate_b = before["mentions"].sum() / max(split_year - first_year, 1)
    rate_a = after["mentions"].sum() / max(last_year - split_year + 1, 1)
    computed = (f"share of corpus documents naming it: before {split_year} {int(before['mentions'].sum())}/{len(before)} "
                f"({_pct(sb)}), from {split_year} {int(after['mentions'].sum())}/{len(after)} ({_pct(sa)})")
    counts = {f"before {split_year}": (int(before["mentions"].sum()), len(before)),
              f"from {split_year}": (int(after["mentions"].sum()), len(after))}
    higher = lambda k: bool(len(before) and len(after)  # noqa: E731
                            and k[f"from {split_year}"] / len(after) > k[f"before {split_year}"] / len(before))
    agrees, rule = _one_coding(bool(sa > sb), reversals(counts, higher))
    # the split counts split_year itself among the later documents: "from ... on", in Chinese 起 (年后 reads "after")
    return check(PAPER, "B03", f"{split_year}年起“医防融合”在国家政策文件中出现更频繁",
                 f"'医防融合' appears more often in national documents from {split_year} on",
                 f"higher share from {split_year}", computed, agrees=agrees,
                 note=f"Measured as the share of corpus documents whose title or key phrases contain {TERM}. Counted per "
                      f"year instead ({first_year}-{split_year - 1}: {rate_b:.2f}/year; {split_year}-{last_year}: "
                      f"{rate_a:.2f}/year) the comparison is {'higher' if rate_a > rate_b else 'not higher'}. Key "
                      "phrases exist only where a source quotes them. Paper B says only that its analysis covers 2020 "
                      "on (2020年以来); this reading of it is a context check. " + rule)


def claim_emergency_to_system(assignments: pd.DataFrame, coding: CodingResult, periodisation: Periodisation) -> Claim:
    names = list(periodisation.names)
    theme_profile = stage_profile(assignments, coding, "theme", names)   # each profile built once (the boundary and
    rainbow_profile = stage_profile(assignments, coding, "rainbow", names)   # date rules call this a dozen times)
    theme = profile_shares(theme_profile)
    rain = profile_shares(rainbow_profile)
    emer = theme["theme.emergency"]
    syst = rain["rainbow.system"]
    late = rainbow_profile.loc[names[2:]]
    late_share = late["rainbow.system"].sum() / late["n_documents"].sum() if late["n_documents"].sum() else float("nan")
    a = bool(emer.iloc[0] == emer.max() and emer.iloc[0] > emer.iloc[-1])
    b = bool(late_share > syst.iloc[0])
    n = rainbow_profile["n_documents"].astype(int)
    e_counts = theme_profile["theme.emergency"].astype(int)
    y_counts = rainbow_profile["rainbow.system"].astype(int)
    counts = {**{f"emergency {s}": (int(e_counts[s]), int(n[s])) for s in names},
              **{f"system {s}": (int(y_counts[s]), int(n[s])) for s in names}}

    def shift(k: Mapping[str, int]) -> bool:
        share = lambda what, s: k[f"{what} {s}"] / n[s] if n[s] else float("nan")  # noqa: E731
        e = [share("emergency", s) for s in names]
        late_n = sum(int(n[s]) for s in names[2:])
        late = sum(k[f"system {s}"] for s in names[2:]) / late_n if late_n else float("nan")
        return bool(e[0] == max(v for v in e if v == v) and e[0] > e[-1]) and bool(late > share("system", names[0]))

    agrees, rule = _one_coding(a and b, reversals(counts, shift))
    empty, why = _empty_stages(rainbow_profile, [names[0], names[-1]])
    if empty:   # stage 1's shares and stage 4's emergency share are compared (stage 3 alone suffices for 'late')
        agrees, rule = NOT_TESTABLE, why
    computed = ("emergency theme: " + ", ".join(f"{s} {_pct(v)}" for s, v in emer.items())
                + "; system integration (Rainbow): " + ", ".join(f"{s} {_pct(v)}" for s, v in syst.items())
                + f"; stages 3-4 together {_pct(late_share)}")
    return check(PAPER, "B04", f"{STAGES_ZH}（本项目读作：政策重心由应急协作转向系统层面的制度安排）",
                 f"{STAGES_EN} (the compendium reads it as: the policy focus shifts from emergency provisions to "
                 "system-level provisions across the stages)",
                 "emergency share highest in stage 1 and lower in stage 4; system-integration share higher in stages 3-4 than in stage 1",
                 computed, agrees=agrees,
                 note=f"From the {coding.source} coding of titles and key phrases; shares of each stage's documents. "
                      f"Emergency part {'holds' if a else 'fails'}; system part {'holds' if b else 'fails'}. "
                      + _small_stages(rainbow_profile) + " " + rule)


def _empty_stages(profile: pd.DataFrame, needed: Sequence[str]) -> tuple[list[str], str]:
    """The stages a comparison needs that hold no document at these stage starts (a parameter can empty one), and
    the sentence the note gets: a share of no documents is no share, so the comparison is 'not testable', not
    'false'."""
    empty = [s for s in needed if int(profile.loc[s, "n_documents"]) == 0]
    if not empty:
        return [], ""
    return empty, (f"{in_number(len(empty), 'Stage')} {', '.join(empty)} {'holds' if len(empty) == 1 else 'hold'} no "
                   "documents at these stage starts, so the comparison cannot be "
                   "made: 'not testable', not 'false'.")


def _small_stages(profile: pd.DataFrame) -> str:
    """How many documents each stage holds, and what one document weighs: the shares compared here rest on them."""
    n = profile["n_documents"].astype(int)
    if not (n > 0).any():
        return ""
    lo, hi = 1 / int(n.max()), 1 / int(n[n > 0].min())
    weight = _pct(hi) if lo == hi else f"{_pct(lo)} to {_pct(hi)}"
    return (f"The stages hold {', '.join(str(v) for v in n)} documents: one document moves a stage's share by "
            f"{weight} (percentage points).")


def claim_profiles_differ(assignments: pd.DataFrame, coding: CodingResult, periodisation: Periodisation,
                          n_permutations: int, seed: int, alpha: float = 0.05) -> Claim:
    t = permutation_test(assignments, coding, "theme", list(periodisation.names), n_permutations, seed)
    shown = bool(t.p_value < alpha)
    # the four stages' profiles are compared only if each holds a document: a test over the others (it drops an empty
    # stage's row) compares fewer stages than the claim names, so a stage the starts or a rule empties is 'not
    # testable', as B04 and B06 say (_empty_stages); `assignments` None: a test's stand-in permutation_test
    held = set() if assignments is None else set(assignments.loc[assignments["kind"] == "document", "stage"])
    empty = [] if assignments is None else [s for s in periodisation.names if s not in held]
    why = (f" {in_number(len(empty), 'Stage')} {', '.join(empty)} {'holds' if len(empty) == 1 else 'hold'} no "
           "documents at these stage starts, so the four stages cannot be "
           "compared: 'not testable', not 'false'.") if empty else ""
    return check(PAPER, "B05", f"{STAGES_ZH}（本项目读作：各阶段政策主题结构存在差异）",
                 f"{STAGES_EN} (the compendium reads it as: theme profiles differ between the four stages)",
                 f"difference (permutation p < {alpha})",
                 f"X^2 = {t.statistic:.3f}, p = {t.p_value:.4f}" + ("" if shown else f" (not shown at alpha = {alpha})"),
                 agrees=True if shown and not empty else NOT_TESTABLE,
                 note=f"Permutation test over {t.n_documents} documents and {t.n_codings} theme codings "
                      f"({t.n_permutations} permutations, seed {t.seed}); with so few documents only a large "
                      "difference can reach significance, so p >= alpha means 'not shown', not 'no shift': the "
                      "verdict is then 'not testable', never 'false' (a test without power cannot refute)." + why)


def claim_stage_signatures(assignments: pd.DataFrame, coding: CodingResult, periodisation: Periodisation,
                           readings: pd.DataFrame) -> Claim:
    names = list(periodisation.names)
    stages = readings[readings["kind"] == "stage"].set_index("name_zh")
    parts, ok, counts = [], True, {}
    weak, ties = True, []   # the verdict with a tie for highest counted as highest, and the stages tied
    profiles = {}   # family -> its stage profile, built once (the boundary and date rules call this a dozen times)

    def profile_of(family: str) -> pd.DataFrame:
        if family not in profiles:
            profiles[family] = stage_profile(assignments, coding, family, names)
        return profiles[family]

    for s in names:
        code = stages.loc[s, "linked_code"]
        profile = profile_of(coding.families[code])
        counts.update({f"{code} {t}": (int(profile.loc[t, code]), int(profile.loc[t, "n_documents"])) for t in names})
        shares = profile_shares(profile)[code]
        others = shares.drop(index=s)
        top = bool(shares[s] > 0 and (shares[s] > others).all())
        tied = bool(shares[s] > 0 and shares[s] == shares.max() and not top)
        ok &= top
        weak &= top or tied
        ties += [f"{s} ({code} {_pct(shares[s])}, with {', '.join(t for t in others.index if others[t] == shares[s])})"] \
            if tied else []
        parts.append(f"{s}: {code} {_pct(shares[s])} ({'highest' if top else 'tied highest' if tied else 'not highest'})")
    first = stages.loc[names[0], "linked_code"]
    n = {t: counts[f"{first} {t}"][1] for t in names}   # the stage's documents (the same for every code)

    def signatures(k: Mapping[str, int]) -> bool:
        for s in names:
            code = stages.loc[s, "linked_code"]
            sh = {t: k[f"{code} {t}"] / n[t] if n[t] else float("nan") for t in names}
            if not (sh[s] > 0 and all(sh[s] > sh[t] for t in names if t != s)):
                return False
        return True

    agrees, rule = _one_coding(ok, reversals(counts, signatures))
    if agrees is False and weak:   # the tie rule: the reading of a tie, not the data, decides the 'false'
        agrees = NOT_TESTABLE
    empty, why = _empty_stages(profile_of("theme"), names)
    if empty:   # every stage's share of its own signature code is compared
        agrees, rule = NOT_TESTABLE, why
    return check(PAPER, "B06", f"{STAGES_ZH}（本项目读作：各阶段名称所示的重点在该阶段最突出）",
                 f"{STAGES_EN} (the compendium reads it as: each stage's named focus is most frequent in that stage)",
                 "each stage's signature code is strictly highest in its own stage", "; ".join(parts), agrees=agrees,
                 note="Signature codes are the compendium's reading of the stage names (paperB_readings.csv, "
                      f"linked_code); {coding.source} coding. "
                      + _small_stages(profile_of("theme")) + " " + rule + _ties_note(ties, ok, weak))


def _ties_note(ties: Sequence[str], strict: bool, weak: bool) -> str:
    """B06's sentence on ties: the stages whose signature code ties for highest (as shares of stages of a few
    documents often do) and the verdict with a tie counted as highest, when that differs from the strict one. The
    tie rule: a 'false' of the strict reading that a tie counted as highest makes 'true' is 'not testable', as a
    'false' that a move of a stage start makes 'true' is under the boundary rule: which reading of 'most frequent' is
    meant, which Paper B does not say, decides between agreement and disagreement, not the documents."""
    if not ties:
        return ""
    head = (f" Ties: in {counted(len(ties), 'stage')} the signature code ties for highest: {'; '.join(ties)}; "
            "the check reads 'most frequent' strictly (a tie is not most frequent)")
    if weak == strict:
        return head + ", and with a tie counted as highest the verdict is the same."
    return head + (f"; with a tie counted as highest (at least as frequent as in any other stage) the verdict would "
                   f"be '{str(weak).lower()}' (before the one-coding rule). Tie rule: which reading of a tie is meant "
                   "decides between agreement and disagreement, not the documents, as where the compendium puts a "
                   "stage start does under the boundary rule, so the check is 'not testable' (it would be "
                   f"'{str(strict).lower()}' as computed under the strict reading).")


def _listed(readings: pd.DataFrame, abstract: str, kind: str, noun: str, n: int) -> tuple[bool, str]:
    """Whether the abstract lists `n` items of `kind` before `noun` (its numeral, 三类模式, saying how many) and
    paperB_readings.csv names them as listed, in order; and the computed text ('三类模式: 3 listed, ...')."""
    stated, listed = abstract_list(abstract, kind)
    names = _names(readings, kind)
    as_listed = names_as_listed(names, listed)
    return (stated == len(listed) == len(names) == n and as_listed,
            f"{noun}: {len(listed)} listed" + (f" (the abstract says {stated})" if stated != len(listed) else "")
            + f", paperB_readings.csv {len(names)} {'as listed' if as_listed else 'NOT as listed'}")


def claim_models(readings: pd.DataFrame, abstract: str) -> Claim:
    """What the abstract states of the local practice models, computed from the stored abstract (`abstract`, the
    text of corpus.ABSTRACT_FILE): the count it gives (三类模式) against the models it lists before it, and the names
    of paperB_readings.csv against those, in order. By construction: the claim is checked against the text that
    states it, so it can catch a mistyped file, never tell about Paper B; where the models are seen is B11. The
    abstract does not name the Rainbow Model: which dimensions each model integrates (paperB_model_rainbow.csv) is
    the compendium's reading of the model names, which no data here can check, so no row claims it."""
    ok, computed = _listed(readings, abstract, "model", "三类模式", 3)
    return check(PAPER, "B07", f"{MODELS_ZH}（本项目读作：摘要列出这三类模式，名称如本项目所录）",
                 f"{MODELS_EN} (the compendium reads it as: the abstract lists these three models, named as "
                 "paperB_readings.csv types them)",
                 "the abstract lists 3 models (三类模式)", computed, agrees=ok,
                 note="Computed from the stored abstract (data/reference/seeds/000_7f18ffbc0703f230.txt): the numeral "
                      "before 类模式 against the models listed before it (split at 、 and 与), and the names of "
                      "paperB_readings.csv against those models, in order. By construction: the claim is checked "
                      "against the text that states it; where local practice shows the models is checked in B11. "
                      "The abstract does not name the Rainbow Model: which Rainbow dimensions each model integrates "
                      "(paperB_model_rainbow.csv, model_rainbow.csv and its figure) is the compendium's reading of "
                      "the model names, which nothing here can check, so no row counts it.")


def claim_challenges_listed(readings: pd.DataFrame, abstract: str) -> Claim:
    """What the abstract states of the challenges' list, computed from the stored abstract (`abstract`, the text of
    corpus.ABSTRACT_FILE): the count it gives (五大困境) against the challenges it lists before it, and the names of
    paperB_readings.csv against those, in order. B14-N, a part of the challenges' claim beside B14-C1 … B14-C5 (each
    challenge named): the abstract's five challenges are one finding, so their count is no claim of its own (it was
    B08's, with the paths', counted as a sixth claim of the abstract's five findings; the paths' count is B15-N). By
    construction: the claim is checked against the text that states it, so it can catch a mistyped file, never tell
    about Paper B."""
    ok, computed = _listed(readings, abstract, "challenge", "五大困境", 5)
    return check(PAPER, "B14-N", f"{CHALLENGES_ZH}：摘要列出这五大困境，名称如本项目所录",
                 f"{CHALLENGES_EN}: the abstract lists these five challenges, named as paperB_readings.csv types them",
                 "the abstract lists 5 challenges (五大困境)", computed, agrees=ok,
                 note="Computed from the stored abstract (data/reference/seeds/000_7f18ffbc0703f230.txt): the numeral "
                      "before 大困境 against the challenges listed before it (split at 、 and 及), and the names of "
                      "paperB_readings.csv against them, in order. One part of the challenges' claim (the count of "
                      "the list; B14-C1 … B14-C5 check each challenge named), counted once among Paper B's claims "
                      "(analysis.claims.part_groups). By construction: the claim is checked against the text that "
                      "states it. " + PAIRING_NOTE)


def claim_paths_listed(readings: pd.DataFrame, abstract: str) -> Claim:
    """What the abstract states of the paths' list, computed from the stored abstract (`abstract`, the text of
    corpus.ABSTRACT_FILE): the count it gives (五维路径) against the paths it lists before it, and the names of
    paperB_readings.csv against those, in order. B15-N, a part of the paths' claim beside B15-P1 … B15-P5 (each path
    named; claims_paths), as B14-N is of the challenges': the abstract's five paths are one finding, so their count is
    no claim of its own (it was B08, a reading of the paths' sentence beside one row for all five paths, B15). By
    construction: the claim is checked against the text that states it, so it can catch a mistyped file, never tell
    about Paper B. The abstract does not pair challenges with paths; the pairing of paperB_readings.csv (pair_id,
    mutual by load_readings) is the compendium's reading by listing order, which no data here can check, so the row
    does not claim it."""
    ok, computed = _listed(readings, abstract, "path", "五维路径", 5)
    return check(PAPER, "B15-N", f"{PATHS_ZH}：摘要列出这五维路径，名称如本项目所录",
                 f"{PATHS_EN}: the abstract lists these five paths, named as paperB_readings.csv types them",
                 "the abstract lists 5 paths (五维路径)", computed, agrees=ok,
                 note="Computed from the stored abstract (data/reference/seeds/000_7f18ffbc0703f230.txt): the numeral "
                      "before 维路径 against the paths listed before it (split at 、 and 及), and the names of "
                      "paperB_readings.csv against them, in order. One part of the paths' claim (the count of the "
                      "list; B15-P1 … B15-P5 check each path named), counted once among Paper B's claims "
                      "(analysis.claims.part_groups). By construction: the claim is checked against the text that "
                      "states it. " + PAIRING_NOTE)


def _names(readings: pd.DataFrame, kind: str) -> list[str]:
    return readings.loc[readings["kind"] == kind].sort_values("order")["name_zh"].tolist()


#: Words with which a unit's quote traces obstacles to a root (B16): 根源 (root), 根本原因 (root cause). 根本矛盾 (a
#: fundamental contradiction, one of 王晨舟 et al.'s obstacles) names an obstacle, not what obstacles stem from.
ROOT_WORDS = ("根源", "根本原因")


def root_units(layer: ExcerptLayer | None) -> pd.DataFrame:
    """The excerpt units that trace obstacles of 医防融合 to a root (B16): problem-framed units with an explicit
    treatment-prevention link (stance 'problem', explicit_link 'yes', as B14 counts them) whose quote, read as
    simplified text (hanzi.for_matching), holds one of ROOT_WORDS; empty without a layer."""
    cols = ["unit_id", "item_id", "actor_as_read", "date", "excerpt_zh"]
    if layer is None:
        return pd.DataFrame(columns=cols)
    u = layer.units
    text = u["excerpt_zh"].map(for_matching)
    hit = (u["stance"] == "problem") & (u["explicit_link"] == "yes") & text.map(
        lambda t: any(w in t for w in ROOT_WORDS))
    return u.loc[hit, cols].sort_values("unit_id").reset_index(drop=True)


def _value_challenge(readings: pd.DataFrame) -> str:
    """The challenge(s) paperB_readings.csv links to theme.value (价值认知偏差), by name."""
    rows = readings[(readings["kind"] == "challenge") & (readings["linked_code"] == "theme.value")]
    return "、".join(rows.sort_values("order")["name_zh"]) or "no challenge"


def claim_challenges_root(readings: pd.DataFrame, layer: ExcerptLayer | None = None,
                          challenge_benchmark: pd.DataFrame | None = None) -> Claim:
    """The abstract traces the five challenges to one root; the sources can show a challenge named (B14), and a
    study's own attribution of its obstacles to a root (`root_units`: 王晨舟 et al. 2024's 其根源在于管理与服务机制不匹配,
    X11-02), never what the challenges stem from. Not testable whatever the data, as B15-P1 … B15-P5; what the sources say of a
    root is in `computed` and the note, which said 'no source here relates the challenges to a cause' beside a read
    unit that names one. `challenge_benchmark` (paperB_challenge_benchmark.csv): the obstacles the same item lists,
    named in the note beside its root, with the one the compendium links to theme.value (the code of the challenge
    价值认知偏差) said to be an obstacle beside the others, not their root."""
    challenges = _names(readings, "challenge")
    roots = root_units(layer)
    if len(roots):
        named = "; ".join(f"{r.unit_id} ({r.actor_as_read}, {r.date}): {r.excerpt_zh}" for r in roots.itertuples())
        said = f"; a root of obstacles is named in {counted(len(roots), 'problem-framed unit')}: {named}"
        why = (f"Where a source here traces obstacles of 医防融合 to a root ({', '.join(roots['unit_id'])}), it is its "
               "authors' attribution of their own list of obstacles, not an observation of what Paper B's five "
               "challenges stem from; agreeing with Paper B's root or not, it is one causal reading beside another, "
               "so it neither supports nor refutes the claim. ")
        if challenge_benchmark is not None and layer is not None:
            item_of = dict(zip(layer.units["unit_id"], layer.units["item_id"]))
            for item in dict.fromkeys(roots["item_id"]):
                own = challenge_benchmark[challenge_benchmark["unit_id"].map(item_of) == item]
                if own.empty:
                    continue
                obstacles = list(dict.fromkeys(own["obstacle_zh"]))
                value = list(dict.fromkeys(own.loc[own["linked_code"] == "theme.value", "obstacle_zh"]))
                units = ", ".join(dict.fromkeys(own["unit_id"]))
                why += (f"{item} lists {len(obstacles)} obstacles ({units}: {'; '.join(obstacles)}) and traces them "
                        f"to the root its {in_number(int((roots['item_id'] == item).sum()), 'unit')} "
                        f"{', '.join(roots.loc[roots['item_id'] == item, 'unit_id'])} "
                        f"{'names' if int((roots['item_id'] == item).sum()) == 1 else 'name'}"
                        + (f"; {'; '.join(value)}, which the compendium links to theme.value (the code of "
                           f"{_value_challenge(readings)}), is one "
                           "obstacle beside the others, not their root" if value else "")
                        + ". ")
    else:
        said = "; no source here names a root of obstacles"
        why = "No source here relates obstacles of 医防融合 to a cause. "
    return check(PAPER, "B16", "五大困境根源在于传统“治疗中心主义”与健康治理目标的系统性冲突",
                 "The five challenges stem from a systemic conflict between the traditional treatment-centred "
                 "approach and the goals of health governance",
                 "the challenges traced to that conflict (a causal account)",
                 f"not testable: {len(challenges)} challenges read from the abstract ({'; '.join(challenges)}); the "
                 f"sources here can show a challenge named (B14), not what it stems from{said}",
                 agrees=NOT_TESTABLE,
                 note="A causal attribution. " + why + "Root-naming units are the problem-framed units with an "
                      "explicit treatment-prevention link whose quote says " + " or ".join(ROOT_WORDS) + " (page "
                      "heads only: a root named further down a page was never seen). The claim is 'not testable' on "
                      "these sources, which is not 'false'.",
                 evidence=EVIDENCE["B16"])


def claim_benchmark_order(coding: CodingResult, benchmark: pd.DataFrame, family: str, claim_id: str,
                          codes: Sequence[str] | None = None) -> Claim:
    bench = benchmark[(benchmark["family"] == family) & (benchmark["benchmark_id"] == "li2023")].set_index("code")["share_percent"]
    ours = code_shares(coding, family)
    keep = list(codes) if codes is not None else list(bench.index)
    ours = ours.reindex(keep)
    ours = 100 * ours / ours.sum() if ours.sum() else ours
    b_order = list(bench.reindex(keep).sort_values(ascending=False, kind="stable").index)
    o_order = list(ours.sort_values(ascending=False, kind="stable").index)
    short = lambda cs: " > ".join(c.split(".", 1)[1] for c in cs)  # noqa: E731
    if family == "instrument":
        zh, en, what = "政策工具结构与李怡霖等2023一致：环境型>供给型>需求型", \
            "Instrument mix ranks as in 李怡霖 et al. 2023 (environment > supply > demand)", "full order (strict)"
        agrees = all(ours[x] > ours[y] for x, y in zip(b_order, b_order[1:]))
    else:
        zh, en, what = "作用对象以基层医疗卫生机构为主（与李怡霖等2023一致）", \
            "Primary care is the most frequent target actor, as in 李怡霖 et al. 2023", "top actor (strict)"
        agrees = all(ours[b_order[0]] > ours[y] for y in b_order[1:])
    n_docs = len(coding.doc_ids)
    raw = coding.matrix(family).sum(axis=0).reindex(keep).fillna(0).astype(int)
    counts = {c: (int(raw[c]), n_docs) for c in keep}
    if family == "instrument":
        order_holds = lambda k: all(k[x] > k[y] for x, y in zip(b_order, b_order[1:]))  # noqa: E731
    else:
        order_holds = lambda k: all(k[b_order[0]] > k[y] for y in b_order[1:])  # noqa: E731
    agrees, rule = _one_coding(agrees, reversals(counts, order_holds))
    ranked = " ".join(f"{'=' if i and ours[c] == ours[o_order[i - 1]] else '>' if i else ''} {c.split('.', 1)[1]}"
                      for i, c in enumerate(o_order)).strip()
    computed = ranked + " (" + ", ".join(f"{c.split('.', 1)[1]} {round(ours[c], 9):.1f}%" for c in o_order) + ")"
    return check(PAPER, claim_id, zh, en, short(b_order) + " (" + ", ".join(f"{bench[c]:.2f}%" for c in b_order) + ")",
                 computed, agrees=agrees,
                 note=f"Compares the {what}. Benchmark shares are of coded policy clauses in a larger corpus; ours are "
                      f"shares of {coding.source} codings of titles and key phrases of {len(coding.doc_ids)} documents. "
                      "Paper B does not state this: a context check. " + rule)


# Evidence level of each title-layer claim (see the module docstring).
EVIDENCE = {
    "B01": "by construction",        # the order is compared with the file typed from the abstract; the counts per
                                     # stage follow the compendium's stage starts
    "B02": "by construction",        # the 2018 document's key phrase was typed from the same two secondary
                                     # sources that date the first use to 2018 (policy-sources.md): circular
    "B03": "compendium's reading",   # the share depends on which 18 documents the compendium chose and on key
                                     # phrases existing only where a source quotes them (per year: not higher)
    "B04": "compendium's reading",   # coding of titles; B04-B06 'by construction' where the boundary rule says so
    "B05": "compendium's reading",
    "B06": "compendium's reading",
    "B07": "by construction",        # the abstract's list of models, checked against the abstract itself
    "B14-N": "by construction",      # the abstract's count of challenges, checked against the abstract itself
    "B15-N": "by construction",      # the abstract's count of paths, likewise
    "B09": "compendium's reading",
    "B10": "compendium's reading",
    "B16": "compendium's reading",   # not testable: that no source here can speak to it is the compendium's reading
                                     # of its sources (as Paper A's A10); B15-P1 … B15-P5 take path_proposals' level
}


def paper_b_claims(documents: pd.DataFrame, assignments: pd.DataFrame, periodisation: Periodisation,
                   coding: CodingResult, readings: pd.DataFrame, benchmark: pd.DataFrame, *extra,
                   n_permutations: int = 9999, seed: int = 20240701, alpha: float = 0.05,
                   abstract: str | None = None) -> list[Claim]:
    """Every title-layer Paper B claim the compendium checks, labelled with its evidence level, and the counts of the
    abstract's lists (B07, B14-N, B15-N). What each path achieves (B15-P1 … B15-P5, traced to the units) and the
    challenges' root (B16) no source here can test; their rows are excerpt_claims', which read the units.
    `alpha` is the permutation test's threshold (B05), the notebook's parameter as for the excerpt claims.
    `abstract` is Paper B's stored abstract (B07, B14-N and B15-N read it; by default corpus.load_abstract()). The Rainbow map
    of the models (paperB_model_rainbow.csv) is the compendium's reading, which no claim checks: a call that still
    passes it (before `benchmark`, as earlier versions took it; `extra`) is refused saying so."""
    if extra or not isinstance(benchmark, pd.DataFrame) or "model_id" in benchmark.columns:
        # the call of an earlier version: (..., readings, model_rainbow, benchmark, ...) put the Rainbow map here
        raise TypeError("paper_b_claims(documents, assignments, periodisation, coding, readings, benchmark, ...) "
                        "takes no model_rainbow: B07 reads the models from Paper B's abstract, and no claim checks "
                        "the compendium's Rainbow map (paperB_model_rainbow.csv); leave it out of the call")
    if abstract is None:
        from .corpus import load_abstract
        abstract = load_abstract()
    staged = {   # the claims computed from stage profiles, and how to recompute them under other stage starts
        "B04": lambda a, p: claim_emergency_to_system(a, coding, p),
        "B05": lambda a, p: claim_profiles_differ(a, coding, p, n_permutations, seed, alpha),
        "B06": lambda a, p: claim_stage_signatures(a, coding, p, readings),
    }
    ruled = {k: boundary_rule(f(assignments, periodisation), f, documents, periodisation) for k, f in staged.items()}
    ruled = {k: (verified_dates_rule(c, staged[k], assignments, periodisation), level) for k, (c, level) in ruled.items()}
    ruled = {k: (unverified_move_rule(c, staged[k], assignments, periodisation, documents), level)
             for k, (c, level) in ruled.items()}
    ruled = {k: (normative_rule(c, staged[k], assignments, periodisation, documents), level)
             for k, (c, level) in ruled.items()}
    ruled = {k: (basis_rule(c, staged[k], assignments, periodisation, documents), level) for k, (c, level) in ruled.items()}
    in_stages = assignments.loc[(assignments["kind"] == "document") & assignments["stage"].isin(periodisation.names),
                                "doc_id"]
    ruled = {k: (verified_titles_rule(c, lambda drop, k=k: staged[k](assignments[~assignments["doc_id"].isin(drop)],
                                                                     periodisation),
                                      documents, in_stages, "in the stages"), level)
             for k, (c, level) in ruled.items()}
    four = lambda a, p: claim_four_stages(a, p, readings)  # noqa: E731
    # B03 splits every document at 2020 by its date, stage or not: recomputed on the documents of the rows kept
    more_frequent = lambda a, p: claim_more_frequent(documents[documents["doc_id"].isin(a["doc_id"])])  # noqa: E731
    split = f"the split at {SPLIT_YEAR} uses"
    # B09 and B10 read the coding of titles: recomputed on a coding without the documents whose title is U
    instruments = lambda c: claim_benchmark_order(c, benchmark, "instrument", "B09")  # noqa: E731
    actors = lambda c: claim_benchmark_order(c, benchmark, "actor", "B10", codes=[  # noqa: E731
        "actor.primary_care", "actor.medical_alliance", "actor.hospital", "actor.public_health"])
    claims = [
        basis_rule(normative_rule(unverified_move_rule(verified_dates_rule(four(assignments, periodisation), four,
                                                                           assignments, periodisation),
                                                       four, assignments, periodisation, documents),
                                  four, assignments, periodisation, documents),
                   four, assignments, periodisation, documents),
        # B02 searches every document's title: one marked U is a text no source shows, where an earlier use could hide
        verified_titles_rule(claim_first_use(documents),
                             lambda drop: claim_first_use(documents[~documents["doc_id"].isin(drop)]), documents,
                             documents.loc[documents["kind"] == "document", "doc_id"], "searched"),
        verified_titles_rule(
            verified_dates_rule(claim_more_frequent(documents), more_frequent, assignments, periodisation,
                                used=assignments[assignments["kind"] == "document"], where=split),
            lambda drop: claim_more_frequent(documents[~documents["doc_id"].isin(drop)]), documents,
            documents.loc[documents["kind"] == "document", "doc_id"], split),
        ruled["B04"][0],
        ruled["B05"][0],
        ruled["B06"][0],
        claim_models(readings, abstract),
        claim_challenges_listed(readings, abstract),
        claim_paths_listed(readings, abstract),
        verified_titles_rule(instruments(coding), lambda drop: instruments(_coding_without(coding, drop)), documents,
                             coding.doc_ids, "coded"),
        verified_titles_rule(actors(coding), lambda drop: actors(_coding_without(coding, drop)), documents,
                             coding.doc_ids, "coded"),
    ]
    return [with_evidence(c, (ruled[c.claim_id][1] if c.claim_id in ruled else None) or EVIDENCE[c.claim_id],
                          "context" if c.claim_id in CONTEXT else "paper") for c in claims]


# Claims Paper B does not make (see the module docstring): checked and shown, never counted for or against it.
CONTEXT = ("B02", "B03", "B09", "B10", "B13")


# ---- claims the excerpt layer can speak to --------------------------------------------------------------

def _short(code: str) -> str:
    return code.split(".", 1)[1]


_EN_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_ZH_WORDS = ("零", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十")   # 两, not 二, before a measure word


def _at_least_en(n: int, singular: str, plural: str) -> str:
    """'at least two localities', 'at least one province', 'at least 12 provinces'."""
    return f"at least {_EN_WORDS[n] if 0 <= n <= 10 else n} {singular if n == 1 else plural}"


def _at_least_zh(n: int, noun: str) -> str:
    """'至少两个地方', '至少12个省份'."""
    return f"至少{_ZH_WORDS[n] if 0 <= n <= 10 else n}个{noun}"


def _placed_by_reading_note(loc: pd.DataFrame, spread: pd.DataFrame, names: Mapping[int, str],
                            model_codes: Sequence[str], verdict_without: Callable[[Sequence[str]], str]) -> str:
    """B11's words on the models' localities that rest on an item placed in its province by the compendium's reading
    (bodies of several provinces: model_spread's `localities_placed_by_reading`, the chart's [R]): which, of which
    model, through which items, and the verdict without those items (`verdict_without`: B11's, one-coding rule
    included, as every verdict its note gives without some items). Empty when no model's locality rests on one
    (X22, 湖南's one item, carries no model code) or the table does not say (unchecked)."""
    if "localities_placed_by_reading" not in spread.columns:
        return ""
    per_model = {m: str(spread.loc[m, "localities_placed_by_reading"] or "") for m in model_codes}
    if not any(per_model.values()):
        return ""
    shows = loc[model_codes].gt(0).any(axis=1)
    items = sorted({i for v in loc.loc[shows, "items_placed_by_reading"].fillna("") for i in str(v).split("|") if i})
    which = "; ".join(f"{names.get(k + 1, _short(m))}: {per_model[m].replace('|', ', ')}"
                      for k, m in enumerate(model_codes) if per_model[m])
    return (f" Localities resting on an item placed in its province by the compendium's reading (its bodies are of "
            f"several provinces; [R] in the chart): {which} (items {', '.join(items)}); without those items the "
            f"verdict is {verdict_without(items)}.")


def literal_list_verdicts(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame, min_localities: int = 2,
                          min_provinces: int = 2) -> pd.DataFrame:
    """B11 as coded and without the 权责清单嵌入型 codes that rest on the literal 清单 rule alone (literal_list_hits;
    L12-01, 新津区's Party and government 核心工作清单): one row each, `coding` / `coding_zh` (which), `units` (the
    units whose code is taken away, with their place), `responsibility_list` (the model's count, as B11's computed
    gives it), `agrees` and `agrees_zh`. The section on the models shows it beside the locality table, so a reader of
    the counts meets both verdicts, as B11's note gives them; empty (no rows) when no unit is so marked."""
    cols = ["coding", "coding_zh", "units", "responsibility_list", "agrees", "agrees_zh"]
    hit = literal_list_hits(layer, coding)
    if hit.empty:
        return pd.DataFrame(columns=cols)
    place = layer.units_with_items.set_index("unit_id")["place"]
    named = ", ".join(f"{u} ({place[u]})" for u in sorted(set(hit["doc_id"])))
    rows = []
    for label, label_zh, units, cut in [
            ("as coded", "按本项目编码", "", coding),
            ("without the literal 清单 reading", "去掉按“清单”字面规则的编码", named,
             replace(coding, long=coding.long.drop(index=hit.index)))]:
        c = claim_models_in_localities(layer, cut, readings, min_localities, min_provinces, notes=False)
        rows.append({"coding": label, "coding_zh": label_zh, "units": units,
                     "responsibility_list": c.computed.split("; ")[0].split(": ", 1)[1],
                     "agrees": c.verdict, "agrees_zh": VERDICTS_ZH[c.verdict]})
    return pd.DataFrame(rows, columns=cols)


def _literal_list_note(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame, min_localities: int,
                       min_provinces: int) -> str:
    """B11's words on the units coded 权责清单嵌入型 on the literal 清单 rule alone (their justification says
    LITERAL_LIST_READING; L12-01, 新津区's Party and government 核心工作清单): which, where, and B11's verdict with
    that code taken from them (the one-coding rule included), with why: below the thresholds, or at them with one
    more unit's coding carrying the agreement (the one-coding rule, which the note's own rule sentence applies to the
    data as coded). The dictionary coding matches the same 清单, so its B11 says the same. Empty when no unit is so
    marked or the coding gives none of them the code."""
    hit = literal_list_hits(layer, coding)
    if hit.empty:
        return ""
    ids = sorted(set(hit["doc_id"]))
    place = layer.units_with_items.set_index("unit_id")["place"]
    without = claim_models_in_localities(layer, replace(coding, long=coding.long.drop(index=hit.index)), readings,
                                         min_localities, min_provinces, notes=False)
    thinnest = without.computed.split("; ")[0]
    return (f" 权责清单嵌入型 rests in part on the compendium's reading of the literal rule (a 清单 in the quote) where "
            f"the list names no body's prevention or treatment task, as the model's definition asks: "
            f"{', '.join(f'{u} ({place[u]})' for u in ids)}; without that code the count is {thinnest} and the "
            f"verdict {_verdict_why(without)}.")


def _verdict_why(claim: Claim) -> str:
    """A B11 verdict computed without some items or codes, quoted, with why when it is 'not testable': below the
    thresholds, or at them with the agreement resting on one more unit's coding (the one-coding rule)."""
    if claim.verdict != NOT_TESTABLE:
        return f"'{claim.verdict}'"
    if "One-coding rule: a model would fall short" in claim.note:
        return (f"'{claim.verdict}' (the models are still at the thresholds, but the agreement would rest on one "
                "more unit's coding, which the one-coding rule makes 'not testable')")
    return f"'{claim.verdict}' (a model below the thresholds)"


def claim_models_in_localities(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame,
                               min_localities: int = 2, min_provinces: int = 2, notes: bool = True) -> Claim:
    """B11: each practice model seen in at least `min_localities` localities of at least `min_provinces` provinces,
    under the one-coding rule. `notes` (the default) adds the verdicts without the items or codes that rest on the
    compendium's reading (places or bodies marked U, items placed by reading, the literal 清单 reading), each computed
    as this verdict is, one-coding rule included, so every verdict the note gives reads alike (without them, a
    model left just at the thresholds is 'not testable', not 'true')."""
    loc = locality_models(layer, coding)
    model_codes = [c for c in coding.codes if coding.families[c] == "model"]
    spread = model_spread(loc, model_codes).set_index("model")
    names = dict(zip(readings.loc[readings["kind"] == "model", "order"], readings.loc[readings["kind"] == "model", "name_zh"]))
    ok = bool(((spread["n_localities"] >= min_localities) & (spread["n_provinces"] >= min_provinces)).all())
    # one-coding rule: a locality whose one unit of a model loses that code loses the model (an added code cannot
    # undo a 'true'; a model short of the thresholds is 'not testable' whatever one unit would add)
    flips = []
    if ok:
        for k, m in enumerate(model_codes):
            for r in loc[loc[m] == 1].itertuples(index=False):
                left = loc[(loc[m] > 0) & ~((loc["province"] == r.province) & (loc["place"] == r.place))]
                if len(left) < min_localities or left["province"].nunique() < min_provinces:
                    flips.append(f"{names.get(k + 1, _short(m))} 1→0 units in {r.province}·{r.place}")
    if not ok:
        rule = ""
    elif not flips:
        rule = ("One-coding rule: no single coding decision (one code of one unit added or removed) takes a model "
                "below the thresholds.")
    else:
        ok = NOT_TESTABLE
        rule = ("One-coding rule: a model would fall short of the thresholds after a change of one unit's coding ("
                + "; ".join(flips[:3]) + (f"; and {len(flips) - 3} more" if len(flips) > 3 else "")
                + "), so the agreement rests on one coding decision and is 'not testable' (it would be 'true' as "
                "computed).")
    # places or bodies marked U (paperB_excerpts.csv: not shown on the page), the two fields a locality is decided
    # from: the items among those the localities rest on, named, and the verdict without them, one-coding rule
    # included (the verdict stays the one computed on every item: the note is the warning, as for U dates and titles)
    used = sorted({i for items in loc["items"] for i in str(items).split("|") if i})
    items = layer.items[layer.items["item_id"].isin(used)]
    u_items = locality_unverified_items(items)   # None: a layer without the status columns, unchecked

    def verdict_without(drop: Sequence[str]) -> str:
        return _verdict_why(claim_models_in_localities(
            replace(layer, units=layer.units[~layer.units["item_id"].isin(drop)]), coding, readings, min_localities,
            min_provinces, notes=False))

    if not notes:
        places = ""
    elif u_items is None:
        places = ""
    elif u_items:
        places = (f"Places or bodies (issuers) marked U: {len(u_items)} of the {len(used)} items the localities rest "
                  f"on ({', '.join(u_items)}); with verified places and bodies only the verdict is "
                  f"{verdict_without(u_items)}.")
    else:
        places = f"Every one of the {len(used)} items the localities rest on has a verified place and body (issuer)."
    if notes:
        places += _placed_by_reading_note(loc, spread, names, model_codes, verdict_without)
        places += _literal_list_note(layer, coding, readings, min_localities, min_provinces)
    thin = [m for m in spread.index if spread.loc[m, "thinnest"]]
    computed = "; ".join(f"{names.get(k + 1, _short(m))}: {int(spread.loc[m, 'n_localities'])} localities in "
                         f"{int(spread.loc[m, 'n_provinces'])} provinces ({int(spread.loc[m, 'n_units'])} units)"
                         for k, m in enumerate(model_codes))
    computed += f"; thinnest: {', '.join(names.get(model_codes.index(m) + 1, _short(m)) for m in thin)}"
    computed += f"; hybrid localities: {int(loc['hybrid'].sum())} of {len(loc)}"
    # the claim as the check reads it: its thresholds are parameters (min_localities, min_provinces), not Paper B's
    return check(PAPER, "B11", f"{MODELS_ZH}（本项目读作：各见于"
                 f"{_at_least_zh(min_provinces, '省份')}的{_at_least_zh(min_localities, '地方')}）",
                 f"{MODELS_EN} (the compendium reads it as: each seen in "
                 f"{_at_least_en(min_localities, 'locality', 'localities')} of "
                 f"{_at_least_en(min_provinces, 'province', 'provinces')})",
                 f"each model in >= {min_localities} localities of >= {min_provinces} provinces", computed,
                 agrees=True if ok is True else NOT_TESTABLE,
                 note=f"From the {coding.source} coding of {len(layer.units)} excerpt units (page heads only). The "
                      "abstract names the three models, not where they occur: the thresholds are the compendium's "
                      "parameters (min_localities, min_provinces). Which model a unit shows is the compendium's coding; "
                      "a locality is what an item below national level speaks for, decided by the level of its body: "
                      "a provincial item its province, wherever it was held, a city, county or institution item its "
                      "place; items whose province is not shown count for none, and a study only for a locality its "
                      "title or excerpt names (its authors' affiliation is none). A one-sided check: the page heads "
                      "stored here can show a model in a locality, never its absence (it may sit further down a page, "
                      "or in a locality no stored page covers), so a model seen in fewer localities is 'not testable', "
                      f"never 'false' (as B14). {rule} {places}".replace("  ", " ").rstrip(),
                 evidence="compendium's reading")


def order_verdict(steps: pd.DataFrame, alpha: float = 0.05) -> bool | str:
    """The claimed order from one-sided permutation tests of its steps (order_steps): False when some step is
    reversed beyond chance (p_reversal < alpha / number of steps, Bonferroni), True when every step increases beyond
    chance (p_increase < alpha for each: an intersection-union test needs no adjustment), else 'not testable': a
    difference of means that chance would give is no evidence either way."""
    if steps.empty or steps["p_increase"].isna().any():
        return NOT_TESTABLE
    if (steps["p_reversal"] < alpha / len(steps)).any():
        return False
    if (steps["p_increase"] < alpha).all():
        return True
    return NOT_TESTABLE


def claim_stage_order_in_units(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame,
                               start: int = 2020, end: int = 2025, n_permutations: int = 9999, seed: int = 20240701,
                               alpha: float = 0.05) -> Claim:
    t = signature_timing(layer, coding, readings, start, end)
    item_of = dict(zip(layer.units["unit_id"], layer.units["item_id"]))

    def steps_of(dated: list) -> pd.DataFrame:   # a page's units are exchanged together (order_steps, clusters)
        return order_steps([y.to_numpy() for _, y in dated], n_permutations, seed,
                           clusters=[[item_of[u] for u in y.index] for _, y in dated])

    dated = signature_dates(layer, coding, readings, start, end)
    steps = steps_of(dated)
    compared = set().union(*(set(y.index) for _, y in dated))   # a unit may carry two stages' codes: counted once
    status = dict(zip(layer.units["unit_id"], layer.units["date_status"]))
    n_u = sum(status.get(u) != "V" for u in compared)
    stepsv = steps_of(signature_dates(layer, coding, readings, start, end, True))
    verdict, verdict_v = order_verdict(steps, alpha), order_verdict(stepsv, alpha)
    # the units dated U to a year or a month, moved within their precision: all at its first day, then all at its last
    coarse = layer.units[layer.units["unit_id"].isin(compared) & (layer.units["date_status"] == "U")
                         & layer.units["date_precision"].isin(["year", "month"])]
    verdict_at = {w: order_verdict(steps_of(signature_dates(layer, coding, readings, start, end, unverified_at=w)),
                                   alpha) for w in UNVERIFIED_AT} if len(coarse) else {}
    means_in_order = bool(t["n_units"].min() > 0) and all(a < b for a, b in zip(t["mean_year"], t["mean_year"].iloc[1:]))
    computed = "; ".join(f"{r.stage} ({r.code}) mean {r.mean_year:.2f}, median {r.median_year:.2f}, n = {r.n_units}"
                         for r in t.itertuples(index=False))
    computed += "; means " + ("in" if means_in_order else "not in") + " the claimed order; steps " + ", ".join(
        f"{k}: p_increase {r.p_increase:.3f}, p_reversal {r.p_reversal:.3f}"
        for k, r in zip(range(1, len(steps) + 1), steps.itertuples(index=False)))
    word = {True: "true", False: "false"}
    return check(PAPER, "B12", f"{STAGES_ZH}（本项目读作：四阶段的主题在{start}–{end}年间按所述顺序出现）",
                 f"{STAGES_EN} (the compendium reads it as: the four stages' themes appear in the claimed order over "
                 f"{start}-{end})",
                 "mean dates of the stage signature codes increase from 应急协作 to 体系跃迁 "
                 f"(each step shown by permutation, p < {alpha})",
                 computed, agrees=verdict,
                 note=f"Dated units {start}-{end} of the {coding.source} coding; signature codes are the compendium's reading "
                      "of the stage names (paperB_readings.csv). Each step between consecutive stages is a one-sided "
                      f"permutation test of the difference of mean dates, a page's units exchanged together (they "
                      f"share its date) ({n_permutations} permutations, seed {seed}): "
                      f"'false' needs a step reversed beyond chance (p_reversal < {alpha} / {max(len(steps), 1)}), 'true' "
                      "every step increased beyond chance; means out of order by less than chance gives are 'not "
                      f"testable', never 'false' (as B05). Dates marked U included: {n_u} of the {len(compared)} units "
                      "compared (per stage: n_date_unverified of units_stage_timing.csv); with verified dates only the "
                      f"verdict is '{word.get(verdict_v, verdict_v)}'. "
                      + (f"Of those, {len(coarse)} are dated to a year or a month, taken at its middle; moved within "
                         "their precision, all to its first day or all to its last, the verdict is "
                         f"'{word.get(verdict_at['first'], verdict_at['first'])}' and "
                         f"'{word.get(verdict_at['last'], verdict_at['last'])}'. " if len(coarse) else
                         "None of them is dated coarser than a day, so none moves within its precision. ")
                      + "Excerpts are page heads, dated by the page or the event they report, so this is a weak test "
                      "of timing.",
                 evidence="compendium's reading")


def claim_demand_smallest(coding: CodingResult, benchmark: pd.DataFrame) -> Claim:
    ours = instrument_shares(coding).set_index("code")["percent"]
    b = benchmark[benchmark["family"] == "instrument"]
    tables = {bid: g.set_index("code")["share_percent"] for bid, g in b.groupby("benchmark_id", sort=True)}
    status = {bid: "V" if (g["status"] == "V").all() else "U: not read here"
              for bid, g in b.groupby("benchmark_id", sort=True)}
    largest = {bid: _short(t.idxmax()) for bid, t in tables.items()}
    smallest = {bid: _short(t.idxmin()) for bid, t in tables.items()}
    demand = ours.get("instrument.demand", float("nan"))
    ok = bool(demand < ours.drop(index="instrument.demand").min())
    table = instrument_shares(coding).set_index("code")["n_units"]
    n_units = len(coding.doc_ids)
    smallest_is_demand = lambda k: all(k["instrument.demand"] < k[c] for c in k if c != "instrument.demand")  # noqa: E731
    ok, rule = _one_coding(ok, reversals({c: (int(v), n_units) for c, v in table.items()}, smallest_is_demand),
                           unit="unit")
    expected = ("demand smallest, as in " + " and ".join(
        f"{bid} ({status[bid]}; " + ", ".join(f"{_short(c)} {v:.2f}%" for c, v in t.sort_values(ascending=False).items())
        + ")"
        for bid, t in tables.items()))
    computed = ", ".join(f"{_short(c)} {v:.1f}%" for c, v in ours.sort_values(ascending=False).items())
    unread = [bid for bid, st in status.items() if st != "V"]   # B13 quotes their shares: the note says they are U
    agree_small = len(set(smallest.values())) == 1
    agree_large = len(set(largest.values())) == 1
    return check(PAPER, "B13", "需求型政策工具占比最小（与李怡霖等2023、马文雯等2022比较）",
                 "Demand-side instruments are the smallest share (compared with 李怡霖 et al. 2023 and 马文雯 et al. 2022)",
                 expected, computed + f"; largest here: {_short(ours.idxmax())}", agrees=ok,
                 note=f"Shares of {coding.source}-coded units that carry an instrument (one per unit). The published studies "
                      f"{'agree' if agree_small else 'disagree'} on the smallest type ({', '.join(f'{k}: {v}' for k, v in smallest.items())}) "
                      f"and {'agree' if agree_large else 'disagree'} on the largest ({', '.join(f'{k}: {v}' for k, v in largest.items())})"
                      + (f"; {', '.join(unread)}'s shares are U (not read here: as the reference leads give them), so "
                         "what the studies agree or disagree on rests on unverified figures" if unread else "")
                      + "; they code clauses of national documents, we code excerpts of national and local pages. "
                      "Paper B does not state this: a context check. " + rule,
                 evidence="compendium's reading", scope="context")


def claims_challenges(readings: pd.DataFrame, coding: CodingResult, layer: ExcerptLayer,
                      challenge_benchmark: pd.DataFrame) -> list[Claim]:
    table = challenge_comparison(readings, coding, layer, challenge_benchmark)
    out = []
    for r in table.itertuples(index=False):
        # the verdict and evidence level are the table's (units_challenges.csv), from one rule: CHALLENGE_VERDICTS
        agrees = CHALLENGE_VERDICTS[r.status]
        if r.status == "supported":
            computed = f"supported: 王晨舟 et al. 2024 name {r.study_obstacles.replace('|', '; ')}"
            if r.n_problem_units:
                computed += f"; also {counted(int(r.n_problem_units), 'problem-framed unit')} ({r.problem_units})"
        elif r.status == "units only":
            # units never confirm a challenge, however many (CHALLENGE_VERDICTS): 'only 1 unit' read as if 2 would
            computed = (f"not testable (units only: not among 王晨舟 et al.'s obstacles; named in "
                        f"{counted(int(r.n_problem_units), 'problem-framed unit')} of the compendium's coding "
                        f"({r.problem_units}), which cannot confirm a challenge however many: only the other study "
                        "can)")
        else:
            computed = "not testable: neither 王晨舟 et al. 2024 nor any problem-framed unit names it"
        out.append(check(PAPER, f"B14-{r.item_id}", f"五大困境之一：{r.challenge}",
                         f"One of the five challenges: {r.challenge_en}",
                         "named as an obstacle of 医防融合 (a one-sided check: it can confirm or be not testable, "
                         "never come out false)", computed, agrees=agrees,
                         note=f"One of five checks of one claim: the abstract names the five challenges in one sentence "
                              "(五大困境), so B14-C1 … B14-C5 are its parts, each checked on its own and counted once "
                              "among Paper B's claims (analysis.claims.part_groups). "
                              f"Challenge linked to {r.code} (compendium's reading); obstacles from the abstract of 王晨舟, "
                              "张研, 张亮 2024 (paperB_challenge_benchmark.csv, quoted from unit X11-01), each linked to a "
                              "theme code by the compendium, so even a supported challenge rests on the compendium's "
                              "reading. Problem-framed units count only where the compendium coded an explicit "
                              "treatment-prevention link (explicit_link = yes). No source here could show a challenge "
                              "absent, so the check cannot come out false.",
                         evidence=r.evidence))
    return out


def claims_paths(readings: pd.DataFrame, coding: CodingResult, layer: ExcerptLayer) -> list[Claim]:
    """One check per path the abstract names (B15-P1 … B15-P5, parts of the paths' claim beside their count, B15-N, as
    B14-C1 … B14-C5 are of the challenges'): each reads its row of excerpt_checks.path_proposals (units_paths.csv),
    whose verdict and evidence level it takes (one rule, PATH_VERDICTS): 'not testable' for a path proposed in page
    heads and for one not found there alike (a proposal shows that a measure was proposed, not that it advances
    医防融合; not found is not absent), never 'false'."""
    table = path_proposals(readings, coding, layer)
    out = []
    for r in table.itertuples(index=False):
        agrees = PATH_VERDICTS[r.status]
        if r.n_measure_units:
            study = f", {counted(int(r.n_study_pages), 'study page')}" if r.n_study_pages else ""
            ids = r.measure_units.split("|")
            listed = ", ".join(ids) if len(ids) <= 6 else ", ".join(ids[:6]) + ", …: all in units_paths.csv"
            seen = (f"{r.status}: {counted(int(r.n_measure_units), 'measure-framed unit')} on "
                    f"{counted(int(r.n_pages), 'page')}{study} ({listed}), which shows it proposed, not what it "
                    "achieves")
        else:
            seen = (f"{r.status}: no measure-framed unit with an explicit link carries {r.code}, which is not "
                    "absence (a page head is not the page)")
        computed = f"{agrees} ({seen})" if agrees == NOT_TESTABLE else seen
        out.append(check(PAPER, r.claim_id, f"五维路径之一：{r.path}（推动医防融合的高质量发展，为一项处方）",
                         f"One of the five paths: {r.path_en} (advances 医防融合, a prescription)",
                         "the path advances 医防融合 (a prescription: what it achieves, not that it is proposed)",
                         computed, agrees=agrees,
                         note=f"One of six checks of one claim: the abstract names the five paths in one sentence "
                              "(五维路径), so B15-P1 … B15-P5 (each path named) and B15-N (their count) are its "
                              "parts, each checked on its own and counted once among Paper B's claims "
                              f"(analysis.claims.part_groups). Path linked to {r.code} (compendium's reading); the "
                              "units are the measure-framed excerpt units with an explicit treatment-prevention link "
                              "(explicit_link = yes) coded with that theme (units_paths.csv, "
                              "excerpt_checks.path_proposals); a study's page counts apart (its measure is its "
                              "authors' proposal, not policy). The compendium's sources are national policy titles "
                              "and key phrases, page heads of policy pages and one study's list of obstacles: a "
                              "policy that proposes the measure shows it was proposed, not that it advances 医防融合, "
                              "and no source measures an outcome of a path. 'Not testable' on these sources, which "
                              "is not 'false', whatever the units show (PATH_VERDICTS).",
                         evidence=r.evidence))
    return out


def excerpt_claims(layer: ExcerptLayer, coding: CodingResult, readings: pd.DataFrame, benchmark: pd.DataFrame,
                   challenge_benchmark: pd.DataFrame, years: tuple[int, int] = (2020, 2025), min_localities: int = 2,
                   min_provinces: int = 2, n_permutations: int = 9999, seed: int = 20240701,
                   alpha: float = 0.05) -> list[Claim]:
    """The claims the excerpt layer can speak to (B11-B14, B15-P1 … B15-P5: each path traced to the units, and B16:
    what its units say of a root of obstacles), labelled with their evidence level."""
    return [claim_models_in_localities(layer, coding, readings, min_localities, min_provinces),
            claim_stage_order_in_units(layer, coding, readings, years[0], years[1], n_permutations, seed, alpha),
            claim_demand_smallest(coding, benchmark),
            *claims_challenges(readings, coding, layer, challenge_benchmark),
            *claims_paths(readings, coding, layer),
            claim_challenges_root(readings, layer, challenge_benchmark)]
