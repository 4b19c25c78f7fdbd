#!/usr/bin/env python3
"""Scaling check: does analysis time and memory grow linearly with input?

Run from the repository root after `cargo build --release`:

    python3 tests/perf/scale.py                 # every shape, 128 KB vs 512 KB
    python3 tests/perf/scale.py --sizes 1M,10M news_varied digits
    python3 tests/perf/scale.py --bin path/to/storyline --runs 3

For each input shape it writes a text of each size, runs `storyline analyze` on it (best of
--runs), and prints the wall time, the peak resident memory of the child process, the time ratio
between the last and first size (linear = the size ratio; quadratic = its square) and peak memory
over input size. The `--jsonl` check compares the news text analyzed as one string with the same
text split into article-sized calls (bar: one string <= 1.3x the per-article time).
No assertions: this is a measuring tool, not a test.
"""
import argparse, json, os, random, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = open(os.path.join(ROOT, "tests/fixtures/seed-article.txt"), encoding="utf-8").read()

SYL = ["ka", "lo", "mi", "ne", "ra", "to", "vi", "sha", "den", "bor", "gal", "tin", "mar", "rus", "el", "an"]


def made_up_name(rng):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(2, 3))).capitalize()


def news_shuffled(size, rng):
    """The founding article's sentences, shuffled and repeated (same names throughout)."""
    sents = re.split(r"(?<=[.!?\"])\s+", SEED)
    out, n = [], 0
    while n < size:
        rng.shuffle(sents)
        para = " ".join(sents) + "\n\n"
        out.append(para)
        n += len(para.encode())
    return "".join(out)


def news_varied(size, rng):
    """The founding article repeated with its capitalized words renamed per copy: many distinct
    people, places and organizations, as in a real corpus."""
    caps = sorted(set(re.findall(r"\b[A-Z][a-z]{3,}\b", SEED)))
    out, n = [], 0
    while n < size:
        ren = {w: made_up_name(rng) for w in caps if rng.random() < 0.6}
        art = re.sub(r"\b[A-Z][a-z]{3,}\b", lambda m: ren.get(m.group(0), m.group(0)), SEED) + "\n\n"
        out.append(art)
        n += len(art.encode())
    return "".join(out)


def speakers(size, rng):
    out, n = [], 0
    while n < size:
        a, b = made_up_name(rng), made_up_name(rng)
        s = (f'"We will not give up on {b}," said {a} {b}, the minister of {made_up_name(rng)}. '
             f'{b} added: "The talks go on." "Nothing was agreed," he told reporters. ')
        out.append(s)
        n += len(s.encode())
    return "".join(out)


MONTHS = "January February March April May June July August September October November December".split()


def date_anaphora(size, rng):
    out, n = [], 0
    while n < size:
        s = (f"On {rng.choice(MONTHS)} {rng.randint(1, 28)}, {rng.randint(1990, 2030)}, the council met. "
             "The day before, the mayor had resigned; two weeks later an election was called. "
             "That Thursday the results came in, and the following year the law changed. ")
        out.append(s)
        n += len(s.encode())
    return "".join(out)


def long_sentences(size, rng):
    """10,000-character sentences of clauses joined by commas."""
    clause = "Vladimir Putin said on Thursday that talks with Donald Trump in Moscow would go on, and "
    sent = clause * (10_000 // len(clause)) + "it ended. "
    return sent * (size // len(sent) + 1)


def rep(unit):
    return lambda size, rng: unit * (size // len(unit.encode()) + 1)


SHAPES = {
    "news_shuffled": news_shuffled,
    "news_varied": news_varied,
    "speakers": speakers,
    "date_anaphora": date_anaphora,
    "long_sentences_10k": long_sentences,
    "long_sentence": rep("Vladimir Putin said on Thursday that talks with Donald Trump in Moscow would go on, and "),
    "one_capitalized_word": rep("Washington "),
    "capitalized_no_space": rep("Washington"),
    "no_spaces": rep("thequickbrownfoxjumpedoverthelazydog"),
    "digits": rep("2025131234567890"),
    "digits_spaced": rep("2025 13 03 "),
    "quotes": rep('"'),
    "quotes_speech": rep('"We will win," he said. '),
    "dates": rep("March 13, 2025, "),
    "weekdays": rep("on Thursday "),
    "caps": rep("THE KREMLIN SAID "),
    "emoji": rep("😀"),
    "names": rep("Mr. John Smith of Acme Corp. met Jane Doe in Paris. "),
    "crlf": lambda size, rng: news_shuffled(size, rng).replace("\n", "\r\n"),
}


def parse_size(s):
    m = re.fullmatch(r"(\d+)([KM]?)", s.upper())
    if not m:
        sys.exit(f"bad size {s!r}")
    return int(m.group(1)) << {"": 0, "K": 10, "M": 20}[m.group(2)]


def run(binary, args, stdin_path):
    """Wall seconds and peak RSS (bytes) of one child run."""
    with open(stdin_path, "rb") as f:
        t0 = time.perf_counter()
        p = subprocess.Popen([binary] + args, stdin=f, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, ru = os.wait4(p.pid, 0)
        dt = time.perf_counter() - t0
    if status != 0:
        sys.exit(f"{binary} {' '.join(args)} failed: {p.stderr.read().decode(errors='replace')[:500]}")
    return dt, ru.ru_maxrss * 1024


def best(binary, args, path, runs):
    rs = [run(binary, args, path) for _ in range(runs)]
    return min(r[0] for r in rs), max(r[1] for r in rs)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("shapes", nargs="*", help=f"shapes to run (default all): {', '.join(SHAPES)}")
    ap.add_argument("--sizes", default="128K,512K")
    ap.add_argument("--runs", type=int, default=2)
    ap.add_argument("--bin", default=os.path.join(ROOT, "target/release/storyline"))
    ap.add_argument("--no-jsonl", action="store_true", help="skip the one-string vs per-article check")
    a = ap.parse_args()
    sizes = [parse_size(s) for s in a.sizes.split(",")]
    shapes = a.shapes or list(SHAPES)
    tmp = tempfile.mkdtemp(prefix="storyline-scale-")
    path = os.path.join(tmp, "in.txt")
    open(path, "w").write("Hello.")
    base, _ = best(a.bin, ["analyze", "-r", "2025-03-13", "-"], path, 3)
    print(f"start-up (\"Hello.\"): {base:.3f}s; ratios below use raw times (start-up included)")
    hdr = "  ".join(f"{s >> 10:>7}K" for s in sizes)
    print(f"{'shape':22} {hdr}   ratio (x{sizes[-1] / sizes[0]:.0f} input)   peak mem / input")
    for name in shapes:
        times, mems = [], []
        for size in sizes:
            text = SHAPES[name](size, random.Random(7))
            text = text.encode()[:size].decode(errors="ignore")
            with open(path, "w", encoding="utf-8", newline="") as f:
                f.write(text)
            t, m = best(a.bin, ["analyze", "-r", "2025-03-13", "-"], path, a.runs)
            times.append(t)
            mems.append(m / max(len(text.encode()), 1))
        cols = "  ".join(f"{t:7.3f}s" for t in times)
        print(f"{name:22} {cols}   {times[-1] / max(times[0], 1e-3):5.1f}                 {mems[-1]:5.1f}x",
              flush=True)
    if not a.no_jsonl:
        size = sizes[-1]
        text = news_varied(size, random.Random(7))
        arts = [x for x in text.split("\n\n") if x.strip()]
        with open(path, "w") as f:
            f.write(json.dumps({"id": "all", "text": "\n\n".join(arts), "reference_date": "2025-03-13"}) + "\n")
        one, _ = best(a.bin, ["analyze", "--jsonl", "--threads", "1", "-"], path, a.runs)
        with open(path, "w") as f:
            for i, x in enumerate(arts):
                f.write(json.dumps({"id": str(i), "text": x, "reference_date": "2025-03-13"}) + "\n")
        per, _ = best(a.bin, ["analyze", "--jsonl", "--threads", "1", "-"], path, a.runs)
        print(f"news_varied {size >> 10}K as one string {one:.3f}s, as {len(arts)} articles {per:.3f}s: "
              f"ratio {one / max(per, 1e-3):.2f} (bar <= 1.3)")


if __name__ == "__main__":
    main()
