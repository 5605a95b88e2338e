"""Periodisation: assign dated documents to Paper B's four named stages from stage start dates.

Paper B names the stages and their order (应急协作 → 基层整合 → 系统改革 → 体系跃迁) but does not
publish the years that separate them, so the start dates are parameters (the compendium's
operationalisation). A stage runs from its start up to the next stage's start; the last stage is open.
A document dated only to a month or a year covers an interval; it is placed by the interval's first
day (or, to see what that choice decides, its last: `place`) and flagged `straddles` when the interval reaches
into another stage.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

import pandas as pd

from .hanzi import for_matching
from ..qca.errors import in_number   # 'stage' / 'stages': the engine's one rule for a noun's number

PRE_STAGE = "(before the first stage)"
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class StageParameterError(ValueError):
    """The stage parameters are not a valid periodisation."""


def date_interval(text: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """First and last day covered by a date written YYYY, YYYY-MM or YYYY-MM-DD."""
    m = _DATE_RE.match(str(text).strip())
    if not m:
        raise ValueError(f"{text!r} is not a date written YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = m.groups()
    try:
        if d is not None:
            start = pd.Timestamp(year=int(y), month=int(mo), day=int(d))
            return start, start
        if mo is not None:
            start = pd.Timestamp(year=int(y), month=int(mo), day=1)
            return start, start + pd.offsets.MonthEnd(0)
        return pd.Timestamp(year=int(y), month=1, day=1), pd.Timestamp(year=int(y), month=12, day=31)
    except ValueError as exc:
        raise ValueError(f"{text!r} is not a calendar date ({exc})") from None


@dataclass(frozen=True)
class Periodisation:
    """Validated stage starts, in Paper B's order."""

    names: tuple[str, ...]
    starts: tuple[pd.Timestamp, ...]
    written: tuple[str, ...]

    def stage_of(self, day: pd.Timestamp) -> str:
        stage = PRE_STAGE
        for name, start in zip(self.names, self.starts):
            if day >= start:
                stage = name
        return stage

    def to_frame(self) -> pd.DataFrame:
        ends = [s - pd.Timedelta(days=1) for s in self.starts[1:]] + [pd.NaT]
        return pd.DataFrame({"order": range(1, len(self.names) + 1), "stage": self.names, "start": self.written,
                             "first_day": [s.date().isoformat() for s in self.starts],
                             "last_day": [e.date().isoformat() if e is not pd.NaT else "(open)" for e in ends]})

    def to_dict(self) -> dict:
        return dict(zip(self.names, self.written))

    def __str__(self) -> str:
        parts = [f"{n} from {w}" for n, w in zip(self.names, self.written)]
        return "Periodisation: " + " → ".join(parts)

    __repr__ = __str__


def in_another_script(unknown: Sequence[str], names: Sequence[str]) -> str:
    """'; '應急協作' is 应急协作 in traditional characters: write the stage names in simplified characters, as
    paperB_readings.csv does' for those of the `unknown` stage names that are one of `names` as the keyword dictionary
    reads text (hanzi.for_matching: traditional characters, pinyin notes), else ''."""
    script = [(k, for_matching(str(k))) for k in unknown if for_matching(str(k)) in names]
    if not script:
        return ""
    return ("; " + ", ".join(f"{k!r} is {s} in traditional characters" for k, s in script)
            + ": write the stage names in simplified characters, as paperB_readings.csv does")


def validate_stage_starts(stage_starts: Mapping[str, str], stage_names: Sequence[str]) -> Periodisation:
    """Check that every named stage has a parseable start date and that starts increase in the stated order."""
    if not isinstance(stage_starts, Mapping):
        raise StageParameterError(f"stage_starts must be a mapping stage name -> start date, got {type(stage_starts).__name__}")
    names = list(stage_names)
    problems = []
    unknown = [k for k in stage_starts if k not in names]
    if unknown:
        problems.append(f"unknown {in_number(len(unknown), 'stage name')} {', '.join(map(repr, unknown))}; "
                        f"allowed: {', '.join(names)}"
                        + in_another_script(unknown, names))
    missing = [n for n in names if n not in stage_starts]
    if missing:
        problems.append(f"missing start for {in_number(len(missing), 'stage')} {', '.join(missing)}")
    starts, written = [], []
    for n in names:
        if n not in stage_starts:
            continue
        try:
            starts.append(date_interval(str(stage_starts[n]))[0])
            written.append(str(stage_starts[n]))
        except ValueError as exc:
            problems.append(f"stage {n}: {exc}")
    if not problems:
        for (n1, s1), (n2, s2) in zip(zip(names, starts), zip(names[1:], starts[1:])):
            if not s2 > s1:
                problems.append(f"stage {n2} starts {s2.date()} but must start after {n1} ({s1.date()}); "
                                f"starts must increase in the order {' → '.join(names)}")
    if problems:
        raise StageParameterError("invalid stage_starts:\n  - " + "\n  - ".join(problems))
    return Periodisation(tuple(names), tuple(starts), tuple(written))


PLACES = ("first", "last")


def assign_stages(documents: pd.DataFrame, periodisation: Periodisation, place: str = "first") -> pd.DataFrame:
    """One row per document: its date interval, stage (by the interval's first day, or its last with
    place="last"), stage order (0 before stage 1) and whether the date interval straddles a stage boundary."""
    if place not in PLACES:
        raise ValueError(f"place must be one of {', '.join(map(repr, PLACES))}, got {place!r}")
    order = {n: i + 1 for i, n in enumerate(periodisation.names)}
    rows = []
    for r in documents.itertuples(index=False):
        first, last = date_interval(r.date)
        at_first, at_last = periodisation.stage_of(first), periodisation.stage_of(last)
        stage = at_first if place == "first" else at_last
        rows.append({"doc_id": r.doc_id, "kind": r.kind, "date": r.date, "date_status": r.date_status,
                     "stage": stage, "stage_order": order.get(stage, 0), "straddles": at_first != at_last})
    return pd.DataFrame(rows, columns=["doc_id", "kind", "date", "date_status", "stage", "stage_order", "straddles"])


def stage_counts(assignments: pd.DataFrame, periodisation: Periodisation, unit: str = "documents") -> pd.DataFrame:
    """Documents and events per stage (stages in order; the pre-stage period first).

    Columns: documents, n_date_unverified (those documents whose date is U: `stage_date_unverified`, the count every
    Paper B table gives under that name), n_straddling (those documents whose date interval, a year or a month,
    reaches into another stage: placed by the interval's first or last day, `assign_stages`' place), then the same
    for the context events: events, events_date_unverified and events_straddling (events are no document, and no
    other table counts them). With unit="units" (the excerpt layer's dated units, placed as documents by
    excerpts.unit_documents) the first column is named units and the event columns, always 0 there, are left out."""
    if unit not in ("documents", "units"):
        raise ValueError(f"unit must be 'documents' or 'units', got {unit!r}")
    names = [PRE_STAGE] + list(periodisation.names)
    docs_u = stage_date_unverified(assignments, names)
    events_u = stage_date_unverified(assignments, names, kind="event")
    out = []
    for n in names:
        g = assignments[assignments["stage"] == n]
        docs, events = g[g["kind"] == "document"], g[g["kind"] == "event"]
        out.append({"stage": n, "documents": len(docs), "n_date_unverified": int(docs_u[n]),
                    "n_straddling": int(docs["straddles"].sum()),
                    "events": len(events), "events_date_unverified": int(events_u[n]),
                    "events_straddling": int(events["straddles"].sum())})
    counts = pd.DataFrame(out)
    if unit == "units":
        counts = (counts.drop(columns=["events", "events_date_unverified", "events_straddling"])
                  .rename(columns={"documents": "units"}))
    return counts


def stage_date_unverified(assignments: pd.DataFrame, stage_names: Sequence[str], kind: str = "document") -> pd.Series:
    """Per stage, how many of the items `stage_profile` counts (n_documents) have a date marked U: a date not seen in
    the source named (policy_documents.csv, paperB_units.csv), so the stage is where the compendium placed them, not
    where a source shows them. Stages in `stage_names`' order, 0 for a stage without such items."""
    a = assignments[(assignments["kind"] == kind) & assignments["stage"].isin(stage_names)]
    n = a[a["date_status"] == "U"].groupby("stage").size().reindex(list(stage_names), fill_value=0)
    n.index.name = "stage"
    return n.astype(int).rename("n_date_unverified")


SHIFTS_MONTHS = (-12, -6, 6, 12)


def boundary_variants(base: Mapping[str, str], stage_names: Sequence[str],
                      shifts_months: Sequence[int] = SHIFTS_MONTHS) -> list[tuple[str, int, dict, Periodisation]]:
    """The base periodisation, then each stage start after the first moved by each shift, one at a time:
    (moved stage or '(base)', shift in months, starts, Periodisation). Shifts that would break the order of the
    stages are left out. The grid of `boundary_sensitivity` and of the claims ledger's boundary rule."""
    names = list(stage_names)
    out = []
    for name, shift in [("(base)", 0)] + [(n, s) for n in names[1:] for s in shifts_months]:
        starts = dict(base)
        if shift:   # whole months; a start written to the day keeps its day (pandas clips the 31st to a month's end)
            first = date_interval(str(base[name]))[0] + pd.DateOffset(months=shift)
            starts[name] = first.strftime("%Y-%m-%d" if str(base[name]).strip().count("-") == 2 else "%Y-%m")
        try:
            out.append((name, shift, starts, validate_stage_starts(starts, names)))
        except StageParameterError:
            continue
    return out


def boundary_sensitivity(documents: pd.DataFrame, base: Mapping[str, str], stage_names: Sequence[str],
                         shifts_months: Sequence[int] = SHIFTS_MONTHS) -> pd.DataFrame:
    """Documents per stage when one stage start (after the first) moves by the given months, one at a time.

    Shows how much the stage profiles depend on the boundaries, which Paper B does not publish. Shifts
    that would break the order of the stages are left out. n_date_unverified: the documents in the stages whose
    date is U (`stage_date_unverified`), placed where the compendium dated them.
    """
    names = list(stage_names)
    rows = []
    for name, shift, starts, p in boundary_variants(base, names, shifts_months):
        placed = assign_stages(documents, p)
        counts = stage_counts(placed, p).set_index("stage")["documents"]
        row = {"moved_stage": name, "shift_months": shift, "new_start": starts[name] if shift else ""}
        row.update({n: int(counts.get(n, 0)) for n in [PRE_STAGE] + names})
        row["empty_stages"] = int(sum(counts.get(n, 0) == 0 for n in names))
        row["n_date_unverified"] = int(stage_date_unverified(placed, names).sum())
        rows.append(row)
    return pd.DataFrame(rows)


def start_windows(documents: pd.DataFrame, periodisation: Periodisation) -> pd.DataFrame:
    """For each stage start, the months it could be set to and leave every policy document (kind 'document', placed by
    the first day of its date, as assign_stages places it) in the stage it is in: from the month after the last
    document before the start (and after the stage before's start) to the month of the stage's first document (and
    before the next start). Paper B publishes no years; the starts are the compendium's, each anchored on a landmark,
    so no rule recovers them from the coded data; this says which choices the documents cannot tell apart: any start in
    its window gives the same documents in every stage, so the same counts, profiles and title-layer stage checks.
    Columns: stage, start, earliest_start and latest_start (YYYY-MM), last_before and first_from (the documents on
    either side: 'D09 (2020-06-07)', or 'D13 (2023-03-23, date U)' for a date marked U, one no source named shows, so
    that end of the window is where the compendium dated a document; empty where none), window_months (how many
    months the window holds) and at_edge ('earliest', 'latest', 'both' or '': a start at an end of its window is one a
    month's move would change). Notebook 01 writes it to data/derived/paperB/start_windows.csv."""
    docs = documents[documents["kind"] == "document"]
    firsts = sorted((date_interval(d)[0], f"{i} ({d}{', date U' if u == 'U' else ''})")
                    for i, d, u in zip(docs["doc_id"], docs["date"], docs["date_status"]))
    months = [pd.Period(s, "M") for s in periodisation.starts]
    rows = []
    for k, (name, start) in enumerate(zip(periodisation.names, periodisation.starts)):
        before = [(day, said) for day, said in firsts if day < start]
        after = [(day, said) for day, said in firsts if day >= start]
        low = [pd.Period(before[-1][0], "M") + 1] if before else []
        high = [pd.Period(after[0][0], "M")] if after else []
        earliest = max(low + ([months[k - 1] + 1] if k else []), default=None)
        latest = min(high + ([months[k + 1] - 1] if k + 1 < len(months) else []), default=None)
        rows.append({"stage": name, "start": periodisation.written[k],
                     "earliest_start": str(earliest) if earliest is not None else "(open)",
                     "latest_start": str(latest) if latest is not None else "(open)",
                     "last_before": before[-1][1] if before else "", "first_from": after[0][1] if after else "",
                     "window_months": (latest - earliest).n + 1 if earliest is not None and latest is not None
                     else pd.NA,
                     "at_edge": {(True, True): "both", (True, False): "earliest", (False, True): "latest"}.get(
                         (months[k] == earliest, months[k] == latest), "")})
    return pd.DataFrame(rows, columns=["stage", "start", "earliest_start", "latest_start", "last_before", "first_from",
                                       "window_months", "at_edge"])


def landmark_check(assignments: pd.DataFrame, landmarks: Mapping[str, str],
                   documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Whether each stage's landmark item (the document or event that justifies its start) falls in that stage, with
    the landmark's date and its status (V, or U: a date not seen in the source named, so that the landmark lies in
    its stage is the compendium's dating, not a source's). Given the corpus (`documents`, policy_documents.csv), also
    what the landmark's date is the date of (landmark_date_basis: its date_basis, issue, adoption, publication, ...):
    a landmark dated by publication may have been issued before its stage's start."""
    a = assignments.set_index("doc_id")
    basis = {} if documents is None else dict(zip(documents["doc_id"], documents["date_basis"]))
    rows = [{"stage": s, "landmark": d,
             "landmark_date": a["date"].get(d, ""), "landmark_date_status": a["date_status"].get(d, ""),
             "landmark_date_basis": basis.get(d, ""),
             "landmark_stage": a["stage"].get(d, "(not in the corpus)")} for s, d in landmarks.items()]
    columns = ["stage", "landmark", "landmark_date", "landmark_date_status", "landmark_date_basis", "landmark_stage"]
    df = pd.DataFrame(rows, columns=columns)
    if documents is None:
        df = df.drop(columns="landmark_date_basis")
    return df.assign(in_its_stage=df["stage"] == df["landmark_stage"])


#: The word a grassroots document names (基层整合: 'grassroots integration'): in its title, or in its document number,
#: where 国卫基层发 / 国卫基层函 is the series of the National Health Commission's primary-health department.
GRASSROOTS_TERM = "基层"


def term_documents(assignments: pd.DataFrame, documents: pd.DataFrame, term: str = GRASSROOTS_TERM) -> pd.DataFrame:
    """The policy documents whose title (title_zh) or document number (doc_number) names `term`, read as simplified
    text (hanzi.for_matching), in date order: doc_id, date, date_status, number_status, stage, and `named_in` ('title',
    'number' or 'title|number')."""
    docs = documents.set_index("doc_id")
    rows = []
    for r in assignments[assignments["kind"] == "document"].itertuples(index=False):
        d = docs.loc[r.doc_id]
        where = [f for f, col in (("title", "title_zh"), ("number", "doc_number"))
                 if for_matching(term) in for_matching(str(d.get(col, "")))]
        if where:
            rows.append({"doc_id": r.doc_id, "date": r.date, "date_status": r.date_status,
                         "number_status": d.get("number_status", ""), "stage": r.stage, "named_in": "|".join(where)})
    return pd.DataFrame(rows, columns=["doc_id", "date", "date_status", "number_status", "stage", "named_in"])


def landmark_term_note(assignments: pd.DataFrame, documents: pd.DataFrame, landmarks: Mapping[str, str],
                       stage: str = "基层整合", term: str = GRASSROOTS_TERM) -> tuple[str, str]:
    """Whether `stage`'s landmark names `term` (its title or number), and where the documents that do fall
    (term_documents), in English and in Chinese, computed from policy_documents.csv and the stage assignments: the
    grassroots stage's landmark D10 is a public-hospital opinion (国办发), and the nationwide close-knit county
    community opinion D14 (国卫基层发, 2023-12) falls in 系统改革. Dates marked U are said so."""
    docs = documents.set_index("doc_id")
    mark = landmarks.get(stage, "")
    hits = term_documents(assignments, documents, term)
    landmark = docs.loc[mark] if mark in docs.index else None
    title = "not in the corpus" if landmark is None else f"{landmark['title_zh']}, {landmark['doc_number'] or 'no number'}"
    title_zh = "不在语料中" if landmark is None else f"《{landmark['title_zh']}》，{landmark['doc_number'] or '无文号'}"
    names = mark in set(hits["doc_id"])

    def item(r, zh: bool) -> str:
        u = [("日期 U" if zh else "date U")] if r.date_status == "U" else []
        if r.named_in == "number" and r.number_status == "U":
            u.append("文号 U" if zh else "number U")
        where = ("首阶段之前" if zh else "before the stages") if r.stage == PRE_STAGE else r.stage
        return (f"{r.doc_id}（{'，'.join([r.date, *u, where])}）" if zh else f"{r.doc_id} ({', '.join([r.date, *u, where])})")

    listed_en = "; ".join(item(r, False) for r in hits.itertuples(index=False)) or "none"
    listed_zh = "；".join(item(r, True) for r in hits.itertuples(index=False)) or "无"
    staged = hits[hits["stage"] != PRE_STAGE]
    others = staged[staged["stage"] != stage]
    en = (f"{stage}'s landmark {mark} ({title}) " + ("names" if names else "does not name") + f" {term} in its title "
          f"or number. The documents that do (title, or a 国卫{term} number): {listed_en}; of those in the stages, "
          f"{len(others)} of {len(staged)} fall outside {stage}.")
    zh = (f"{stage}的标志文件 {mark}（{title_zh}）的标题与文号" + ("含" if names else "均不含") + f"“{term}”。标题或文号"
          f"（国卫{term}）含“{term}”的文件：{listed_zh}；其中在各阶段内的 {len(staged)} 份中有 {len(others)} 份不在{stage}阶段。")
    return en, zh


#: The days a document dated by publication, a repost or a basis its source does not state may have been issued before
#: its date, for `basis_placement`: the corpus's own example, D17's repost, published there on 2024-08-14, shows two
#: signing days, 2024-07-15 under the signatures (30 days before) and 2024-07-25 as its 成文日期 (20 days), and which is
#: right is unresolved (D17's note), so the longer lag is taken (a test reads the three dates from D17's row). An
#: illustration of the lag, not a bound: a longer one moves more documents.
ISSUE_LAG_DAYS = 30
#: The bases whose date may be later than the day of issue (corpus.DATE_BASES less 'issue', 'adoption' and 'event').
LATER_THAN_ISSUE = ("publication", "repost", "not stated")


def basis_placement(documents: pd.DataFrame, periodisation: Periodisation, lag_days: int = ISSUE_LAG_DAYS) -> pd.DataFrame:
    """Each policy document in the stages, placed as assign_stages places it, with its date_basis
    (policy_documents.csv) and `days_into_stage`: the days from its stage's first day to the first day of its date.
    A document dated by its issue (or, a Party decision, its adoption) is placed by that day. One dated by
    publication, a repost or a basis not stated may have been issued earlier (issue ≤ publication ≤ repost), and
    issued more than `days_into_stage` days earlier it would sit in `earlier_stage`: `moves_within_lag` says whether
    that takes less than `lag_days`. A blanket shift of every date would also move the documents dated by issue
    (D13, 22 days into 系统改革); this moves only those whose source does not date them by issue or adoption."""
    order = {n: i for i, n in enumerate(periodisation.names)}
    starts = dict(zip(periodisation.names, periodisation.starts))
    rows = []
    for r in documents[documents["kind"] == "document"].itertuples(index=False):
        first = date_interval(r.date)[0]
        stage = periodisation.stage_of(first)
        if stage == PRE_STAGE:
            continue
        days = int((first - starts[stage]).days)
        earlier = PRE_STAGE if order[stage] == 0 else periodisation.names[order[stage] - 1]
        rows.append({"doc_id": r.doc_id, "date": r.date, "date_status": r.date_status, "date_basis": r.date_basis,
                     "stage": stage, "days_into_stage": days, "earlier_stage": earlier,
                     "moves_within_lag": r.date_basis in LATER_THAN_ISSUE and days < lag_days})
    return pd.DataFrame(rows, columns=["doc_id", "date", "date_status", "date_basis", "stage", "days_into_stage",
                                       "earlier_stage", "moves_within_lag"])


def unverified_date_moves(documents: pd.DataFrame, periodisation: Periodisation) -> pd.DataFrame:
    """Each policy document in the stages whose date is U (policy_documents.csv: not seen in the source named, so
    the compendium's dating), with how far that date would have to be wrong to put the document in another stage.

    Placed as assign_stages places it (by its date's first day), a document leaves its stage when its date moves
    `days_to_earlier` days earlier (its first day then falls the day before its stage's start, in `earlier_stage`)
    or `days_to_later` days later (on the next stage's first day, in `later_stage`; empty after the last stage).
    `precision_days` is how many days the date's own interval holds beyond its first day (0 for a day, 30 for
    2020-05): a move of at most that many days keeps the date within its precision (a month or year dated anywhere
    in it), `within_precision` names the stage such a move reaches ('' when none: the interval lies in one stage).
    A date marked U may be wrong by more than its precision (D13's day is shown, its year is not), so the days
    say how wrong it would have to be rather than how wrong it is. Columns: doc_id, date, date_basis, stage,
    precision_days, within_precision, earlier_stage, days_to_earlier, later_stage, days_to_later."""
    order = {n: i for i, n in enumerate(periodisation.names)}
    starts = dict(zip(periodisation.names, periodisation.starts))
    rows = []
    docs = documents[(documents["kind"] == "document") & (documents["date_status"] == "U")]
    for r in docs.itertuples(index=False):
        first, last = date_interval(r.date)
        stage = periodisation.stage_of(first)
        if stage == PRE_STAGE:
            continue
        k = order[stage]
        later = periodisation.names[k + 1] if k + 1 < len(periodisation.names) else ""
        reached = periodisation.stage_of(last)
        rows.append({"doc_id": r.doc_id, "date": r.date, "date_basis": r.date_basis, "stage": stage,
                     "precision_days": int((last - first).days),
                     "within_precision": reached if reached != stage else "",
                     "earlier_stage": periodisation.names[k - 1] if k else PRE_STAGE,
                     "days_to_earlier": int((first - starts[stage]).days) + 1,
                     "later_stage": later,
                     "days_to_later": int((starts[later] - first).days) if later else pd.NA})
    return pd.DataFrame(rows, columns=["doc_id", "date", "date_basis", "stage", "precision_days", "within_precision",
                                       "earlier_stage", "days_to_earlier", "later_stage", "days_to_later"])


def basis_note(placement: pd.DataFrame, landmarks: Mapping[str, str], lag_days: int = ISSUE_LAG_DAYS) -> tuple[str, str]:
    """What the date bases decide (basis_placement), in English and in Chinese: how many documents in the stages are
    dated by their issue or adoption and how many may have been issued earlier, and which of those would change stage
    if issued up to `lag_days` days earlier (landmarks named as such)."""
    later = placement[placement["date_basis"].isin(LATER_THAN_ISSUE)]
    by_issue = placement[~placement["date_basis"].isin(LATER_THAN_ISSUE)]
    moving = later[later["moves_within_lag"]]
    marks = {d: s for s, d in landmarks.items()}

    def item(r, zh: bool) -> str:
        mark = ((f"，{marks[r.doc_id]}的标志文件" if zh else f", {marks[r.doc_id]}'s landmark")
                if r.doc_id in marks else "")
        basis = {"publication": "发布日期", "repost": "转载日期", "not stated": "未说明"}[r.date_basis] if zh else r.date_basis
        if zh:
            return f"{r.doc_id}（{r.date}，{basis}，{r.stage}起点后 {r.days_into_stage} 天{mark}）→ {r.earlier_stage}"
        return (f"{r.doc_id} ({r.date}, {basis}, {r.days_into_stage} days after {r.stage}'s start{mark}) → "
                f"{r.earlier_stage}")

    en = (f"Date basis: of the {len(placement)} documents in the stages, {len(by_issue)} are dated by their issue or "
          f"adoption ({', '.join(by_issue['doc_id']) or 'none'}) and {len(later)} by publication, a repost or a basis the source "
          f"does not state, so they may have been issued earlier. Issued up to {lag_days} days before their date (the "
          "longer of the two lags from signing to publication D17's repost shows, as its signing day is unresolved), "
          + (f"{len(moving)} would change stage: " + "; ".join(item(r, False) for r in moving.itertuples(index=False))
             if len(moving) else "none would change stage") + ".")
    zh = (f"日期依据：各阶段内的 {len(placement)} 份文件中，{len(by_issue)} 份按印发或通过日期"
          f"（{'、'.join(by_issue['doc_id']) or '无'}），{len(later)} 份按发布日期、转载日期或来源未说明的日期，"
          f"其印发可能更早。若印发早于所记日期 {lag_days} 天以内（D17 转载页所示签发至发布的两个间隔中较长者，其签发日期未定），"
          + (f"{len(moving)} 份会改变阶段：" + "；".join(item(r, True) for r in moving.itertuples(index=False))
             if len(moving) else "无文件改变阶段") + "。")
    return en, zh
