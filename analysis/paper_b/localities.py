"""Which locality an item of Paper B's excerpt layer speaks for: the level of its issuing body decides.

An item's `place` is where it happened as the page shows it; its `level` is that of the body whose document, meeting
or practice it records (the issuing or organising body; for a news report, the body reported on; for a study, the
bodies whose practice its text describes, never its authors' affiliation). A locality's practice is what bodies *of
that locality* do, so:

- a national item speaks for no locality;
- a provincial item speaks for its province (the locality is the province itself, e.g. 湖南省), wherever it was
  held: a provincial meeting held in 郴州 is provincial-level evidence, not Chenzhou's practice;
- a city, county or institution item speaks for its place (an institution for the place where it stands);
- an item whose province is not shown speaks for no locality.

The level is the body's, so two readings are refused when the items are loaded (`analysis/paper_b/excerpts.py`):

- an item whose every issuing body is one of its province's own (its name starts with the province's full name,
  浙江省肿瘤医院、浙江省疾病预防控制中心) is provincial, wherever the bodies stand (`provincial_bodies`): X14, their
  cancer-control agreement, is Zhejiang's provincial evidence, not Hangzhou's practice;
- a study's issuer is its authors, whose affiliation is not the place of a practice: a study below national level
  must name its locality in its title or in one of its units (`locality_names`). L44, by 济南市疾控 authors, describes
  the national supervisor system (我国在全国推行疾控监督员制度) and names no locality: it is national.

Provinces are written by their short names (湖南, 宁夏, 上海); `PROVINCES` gives each one's full Chinese name and
English names, as the figures label them.

Place names are read as the keyword dictionary reads a page (`analysis.paper_b.hanzi.for_matching`): traditional
characters as simplified, pinyin notes left out. A mirror in traditional characters (X13's) shows 廣州市, 廣東省疾病預防
控制中心: the study rule finds 广州 in it, the body is 广东省's own, and a place written 廣州市 is the locality 广州市,
one locality with an item that wrote 广州市.
"""
from __future__ import annotations

import re

import pandas as pd

from .hanzi import for_matching

#: short name -> (full name, English short name, English name of the province as a locality)
PROVINCES: dict[str, tuple[str, str, str]] = {
    "北京": ("北京市", "Beijing", "Beijing"),
    "天津": ("天津市", "Tianjin", "Tianjin"),
    "上海": ("上海市", "Shanghai", "Shanghai"),
    "重庆": ("重庆市", "Chongqing", "Chongqing"),
    "河北": ("河北省", "Hebei", "Hebei province"),
    "山西": ("山西省", "Shanxi", "Shanxi province"),
    "辽宁": ("辽宁省", "Liaoning", "Liaoning province"),
    "吉林": ("吉林省", "Jilin", "Jilin province"),
    "黑龙江": ("黑龙江省", "Heilongjiang", "Heilongjiang province"),
    "江苏": ("江苏省", "Jiangsu", "Jiangsu province"),
    "浙江": ("浙江省", "Zhejiang", "Zhejiang province"),
    "安徽": ("安徽省", "Anhui", "Anhui province"),
    "福建": ("福建省", "Fujian", "Fujian province"),
    "江西": ("江西省", "Jiangxi", "Jiangxi province"),
    "山东": ("山东省", "Shandong", "Shandong province"),
    "河南": ("河南省", "Henan", "Henan province"),
    "湖北": ("湖北省", "Hubei", "Hubei province"),
    "湖南": ("湖南省", "Hunan", "Hunan province"),
    "广东": ("广东省", "Guangdong", "Guangdong province"),
    "海南": ("海南省", "Hainan", "Hainan province"),
    "四川": ("四川省", "Sichuan", "Sichuan province"),
    "贵州": ("贵州省", "Guizhou", "Guizhou province"),
    "云南": ("云南省", "Yunnan", "Yunnan province"),
    "陕西": ("陕西省", "Shaanxi", "Shaanxi province"),
    "甘肃": ("甘肃省", "Gansu", "Gansu province"),
    "青海": ("青海省", "Qinghai", "Qinghai province"),
    "内蒙古": ("内蒙古自治区", "Inner Mongolia", "Inner Mongolia region"),
    "广西": ("广西壮族自治区", "Guangxi", "Guangxi region"),
    "西藏": ("西藏自治区", "Tibet", "Tibet region"),
    "宁夏": ("宁夏回族自治区", "Ningxia", "Ningxia region"),
    "新疆": ("新疆维吾尔自治区", "Xinjiang", "Xinjiang region"),
}

#: the levels whose items speak for their own place (a provincial item speaks for its province)
PLACE_LEVELS = ("city", "county", "institution")


def province_problem(province: str | None, province_en: str | None) -> str | None:
    """Why a (province, province_en) pair of an item is not allowed, or None: the province is a short name of
    `PROVINCES` and province_en its English short name."""
    if province is None:
        return None
    if province not in PROVINCES:
        if for_matching(province) in PROVINCES:
            return (f"{province!r} is in traditional characters; write {for_matching(province)} (a province's short "
                    "name, in simplified characters)")
        return (f"{province!r} is not a province's short name; expected one of {', '.join(PROVINCES)} "
                "(e.g. 湖南, not 湖南省)")
    if province_en is not None and province_en != PROVINCES[province][1]:
        return f"{province_en!r} for {province}; expected {PROVINCES[province][1]!r}"
    return None


def provincial_bodies(issuer: str | None, province: str | None) -> list[str]:
    """The bodies an item's `issuer` names when every one of them is its province's own (the name starts with the
    province's full name: 浙江省肿瘤医院, or 廣東省人民醫院 in traditional characters, read as hanzi.for_matching reads
    them), else []. The bodies are the issuer's text before a parenthesis (which says who reported or where),
    separated by 、 , ， ; or ；, and are returned as written."""
    if not issuer or province not in PROVINCES:
        return []
    full = PROVINCES[province][0]
    head = re.split(r"\s*[(（]", str(issuer), maxsplit=1)[0]
    bodies = [b.strip() for b in re.split(r"[、,，;；]", head) if b.strip()]
    return bodies if bodies and all(for_matching(b).startswith(full) for b in bodies) else []


def body_provinces(issuer: str | None) -> list[str]:
    """The provinces (short names, in the order the issuer names them, each once) whose own bodies an item's `issuer`
    names: a body is the province's own when its name starts with the province's full name (广东省预防医学会), read
    as hanzi.for_matching reads it; bodies are split as `provincial_bodies` splits them."""
    if not issuer or (isinstance(issuer, float) and issuer != issuer):
        return []
    full = {v[0]: short for short, v in PROVINCES.items()}
    head = re.split(r"\s*[(（]", str(issuer), maxsplit=1)[0]
    out: list[str] = []
    for body in (b.strip() for b in re.split(r"[、,，;；]", head)):
        for name, short in full.items():
            if body and for_matching(body).startswith(name) and short not in out:
                out.append(short)
    return out


def items_placed_by_reading(items: pd.DataFrame) -> list[str]:
    """The items (sorted) whose bodies are the own bodies of two or more provinces, so that the one province they are
    placed in (`province`) is the compendium's reading, not a fact of the page: X22, organised by 广东省预防医学会 and
    湖南省预防医学会, is placed in 湖南, the host, and could as well speak for 广东 or for both. A table counting such
    an item's locality or province names it."""
    return sorted(r.item_id for r in items.itertuples(index=False) if len(body_provinces(r.issuer)) >= 2)


def locality_names(place: str | None, province: str | None) -> list[str]:
    """The names by which a text shows an item's locality: the province's short name (山东) and each part of the
    place left between the suffixes 省 市 区 县 and 自治州 that is two characters or longer (济南市 -> 济南; 上海市金山区
    -> 上海, 金山; 海南藏族自治州 -> 海南藏族). 州 alone ends many a city's name (杭州市 -> 杭州, 郑州市 -> 郑州), so it
    is no suffix: split there, 杭州 gave 杭, too short to count, and a study naming 杭州 named no locality. The names
    are in simplified characters (a place written as a page in traditional characters shows it, 廣州市, gives 广州):
    match them in text read by hanzi.for_matching."""
    names = [province] if province else []
    if place:
        names += [p for p in re.split(r"自治州|[省市区县]", for_matching(place)) if len(p) >= 2 and p not in names]
    return names


def item_localities(items: pd.DataFrame) -> pd.DataFrame:
    """Per item (`item_id`), the locality it speaks for: `locality` and `locality_en`, empty (None) for a
    national item or one whose province is not shown. A provincial item's locality is its province's full name
    (湖南省, 'Hunan province') whatever its place; a city, county or institution item's is its place, in
    simplified characters (hanzi.for_matching: 廣州市 and 广州市 are one locality, 广州市)."""
    rows = []
    for r in items.itertuples(index=False):
        province = None if pd.isna(r.province) else r.province
        if province is None or r.level == "national":
            loc, loc_en = None, None
        elif r.level == "provincial":
            if province not in PROVINCES:
                raise ValueError(f"item {r.item_id!r}: province {province!r} is not a province's short name; "
                                 f"expected one of {', '.join(PROVINCES)}")
            loc, loc_en = PROVINCES[province][0], PROVINCES[province][2]
        elif r.level in PLACE_LEVELS:
            loc, loc_en = for_matching(r.place), r.place_en
        else:
            raise ValueError(f"item {r.item_id!r}: level {r.level!r}; expected national, provincial or one of "
                             f"{', '.join(PLACE_LEVELS)}")
        rows.append({"item_id": r.item_id, "locality": loc, "locality_en": loc_en})
    return pd.DataFrame(rows, columns=["item_id", "locality", "locality_en"])
