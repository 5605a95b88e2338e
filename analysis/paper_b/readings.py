"""The compendium's reading of Paper B's practice models and challenges → paths, as tables.

Names and counts come from Paper B's abstract; the links to codebook codes and Rainbow dimensions, and the pairings
of challenges with paths (challenge k with path k by listing order; a challenge with the paths of its theme, by
theme), are the compendium's reading (data/raw/paperB_readings.csv, paperB_model_rainbow.csv),
so every table here carries a `basis` column saying which is which. `abstract_list` and `names_as_listed` read the
lists of the stored abstract itself (the count it gives, 三类模式 or 五大困境, against the items it lists), for claims
B07, B14-N and B15-N.
"""
from __future__ import annotations

import re
from typing import Collection, Sequence

import pandas as pd

from .coding import CodingResult


def model_rainbow_matrix(model_rainbow: pd.DataFrame, readings: pd.DataFrame, rainbow_codes: Sequence[str]) -> pd.DataFrame:
    """Practice model × Rainbow dimension: 'core', 'supporting' or '' (models in Paper B's order), and the `basis` of
    each model's row: the basis of its mapping in paperB_model_rainbow.csv (the compendium's reading), as every table
    of this module says which is which."""
    models = readings[readings["kind"] == "model"].sort_values("order")
    role = {(r.model_id, r.code): r.role for r in model_rainbow.itertuples(index=False)}
    basis = model_rainbow.groupby("model_id", sort=False)["basis"].agg(lambda b: "; ".join(dict.fromkeys(b)))
    rows = []
    for m in models.itertuples(index=False):
        row = {"model_id": m.item_id, "model_zh": m.name_zh, "model_en": m.name_en}
        row.update({c: role.get((m.item_id, c), "") for c in rainbow_codes})
        row["basis"] = "names: Paper B abstract; Rainbow mapping: " + basis.get(m.item_id, "(none)")
        rows.append(row)
    return pd.DataFrame(rows)


def rainbow_coverage(model_rainbow: pd.DataFrame, codebook_table: pd.DataFrame, rainbow_codes: Sequence[str]) -> pd.DataFrame:
    """For each Rainbow dimension (Paper A's six integration conditions): how many models integrate it, as core or supporting."""
    labels = codebook_table.set_index("code")
    rows = []
    for c in rainbow_codes:
        g = model_rainbow[model_rainbow["code"] == c]
        rows.append({"code": c, "paper_a_condition": labels.loc[c, "label_zh"], "label_en": labels.loc[c, "label_en"],
                     "models_core": int((g["role"] == "core").sum()),
                     "models_supporting": int((g["role"] == "supporting").sum()),
                     "basis": "compendium reading"})
    return pd.DataFrame(rows)


def challenge_path_table(readings: pd.DataFrame, coding: CodingResult, doc_ids: Sequence[str],
                         date_unverified: Collection[str]) -> pd.DataFrame:
    """Each challenge with its paired path, their theme codes, and how many of `doc_ids` carry each theme.

    Two pairings, both the compendium's reading (the abstract pairs none): `path_id` is the path listed at the
    challenge's place (pair_id, by listing order), `path_by_theme` the paths whose theme (linked_code) is the
    challenge's ('|'-joined, empty when none), and `pairings_agree` whether the listed path is one of them
    (`theme_pairing_differences` says where they differ).

    `doc_ids` are chosen by their dates (notebook 01: the documents from the first stage on), so each row also says
    how many of them have a date marked U (n_date_unverified: those of `date_unverified` among `doc_ids`), a date
    the compendium placed, not one a source shows."""
    m = coding.matrix("theme").loc[list(doc_ids)]
    n_unverified = len(set(doc_ids) & set(date_unverified))
    items = readings.set_index("item_id")
    by_theme = paths_by_theme(readings)
    rows = []
    for c in readings[readings["kind"] == "challenge"].sort_values("order").itertuples(index=False):
        p = items.loc[c.pair_id]
        rows.append({"challenge_id": c.item_id, "challenge_zh": c.name_zh, "challenge_en": c.name_en,
                     "challenge_theme": c.linked_code,
                     "docs_with_challenge_theme": int(m[c.linked_code].sum()) if c.linked_code in m else 0,
                     "path_id": c.pair_id, "path_zh": p["name_zh"], "path_en": p["name_en"],
                     "path_theme": p["linked_code"],
                     "docs_with_path_theme": int(m[p["linked_code"]].sum()) if p["linked_code"] in m else 0,
                     "path_by_theme": "|".join(by_theme[c.item_id]), "pairings_agree": c.pair_id in by_theme[c.item_id],
                     "n_documents": len(m), "n_date_unverified": n_unverified,
                     "basis": "names: Paper B abstract; pairings (by listing order: path_id; by theme: path_by_theme) "
                              "and themes: compendium reading"})
    return pd.DataFrame(rows)


def paths_by_theme(readings: pd.DataFrame) -> dict[str, list[str]]:
    """Each challenge's id with the ids of the paths (in listing order) whose theme (linked_code) is its own: the
    pairing a scholar reading the themes would make (C3, 经济激励失衡, theme.incentive, with P1, 重构健康绩效导向的补偿机制),
    beside the compendium's pairing by listing order (pair_id). Both are the compendium's reading."""
    paths = readings[readings["kind"] == "path"].sort_values("order")
    return {c.item_id: paths.loc[paths["linked_code"] == c.linked_code, "item_id"].tolist()
            for c in readings[readings["kind"] == "challenge"].sort_values("order").itertuples(index=False)}


def theme_pairing_differences(readings: pd.DataFrame) -> tuple[str, str]:
    """Where the pairing by theme (paths_by_theme) differs from the pairing by listing order (pair_id), in English and
    in Chinese, computed from paperB_readings.csv: each challenge whose listed path is not of its theme (with the
    paths of its theme, or none), and each path of no challenge's theme. Both pairings are the compendium's reading."""
    items = readings.set_index("item_id")
    by_theme = paths_by_theme(readings)
    en, zh = [], []
    for cid, pids in by_theme.items():
        c = items.loc[cid]
        if c["pair_id"] in pids:
            continue
        listed = c["pair_id"]
        en.append(f"{cid} ({c['name_zh']}, {c['linked_code']}): "
                  + (f"{', '.join(pids)} by theme" if pids else "no path of its theme") + f" ({listed} by listing order)")
        zh.append(f"{cid}（{c['name_zh']}，{c['linked_code']}）：" + (f"按主题配 {'、'.join(pids)}" if pids else "无同主题路径")
                  + f"（按列举顺序配 {listed}）")
    themed = {p for pids in by_theme.values() for p in pids}
    for r in readings[readings["kind"] == "path"].sort_values("order").itertuples(index=False):
        if r.item_id not in themed:
            en.append(f"{r.item_id} ({r.name_zh}, {r.linked_code}): no challenge of its theme")
            zh.append(f"{r.item_id}（{r.name_zh}，{r.linked_code}）：无同主题困境")
    if not en:
        return ("The pairing by theme (the compendium's reading) is the pairing by listing order.",
                "按主题配对（本项目解读）与按列举顺序配对相同。")
    return ("The pairing by theme differs from the pairing by listing order (both the compendium's reading; the "
            "abstract pairs none): " + "; ".join(en) + ".",
            "按主题配对与按列举顺序配对不同（两者均为本项目解读，摘要未作配对）：" + "；".join(zh) + "。")


#: The noun after which Paper B's abstract gives how many items it has listed (...与数字赋能整合型三类模式;
#: ...及制度执行脱节五大困境; ...五维路径)
LIST_NOUNS = {"model": "类模式", "challenge": "大困境", "path": "维路径"}
_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)} | {"两": 2}


def abstract_list(abstract: str, kind: str) -> tuple[int | None, list[str]]:
    """The count Paper B's abstract states for `kind` ('model', 'challenge' or 'path': the numeral before 类模式 /
    大困境 / 维路径, None when the noun or a numeral is not there) and the items it lists before it: the clause that
    ends at the numeral, from the last ')', '）', '；', ';', '。', '：', ',' or '，' before it, split at '、', '及' and
    '与' (the first item keeps the clause's lead words: 当前改革面临价值认知偏差, 地方实践呈现权责清单嵌入型)."""
    noun = LIST_NOUNS[kind]
    at = abstract.find(noun)
    if at < 1 or abstract[at - 1] not in _NUMERALS:
        return None, []
    clause = re.split(r"[)）；;。：:,，]", abstract[:at - 1])[-1]
    return _NUMERALS[abstract[at - 1]], [x for x in re.split(r"、|及|与", clause) if x.strip()]


def names_as_listed(names: Sequence[str], listed: Sequence[str]) -> bool:
    """Whether `names` (paperB_readings.csv, in order) are the items the abstract lists, one each, in its order."""
    return len(names) == len(listed) and all(n in item for n, item in zip(names, listed))
