//! A libFuzzer-free fuzz loop for machines without a nightly toolchain: for N seconds, feeds
//! `storyline_fuzz::check` random byte strings, texts built from risky pieces, and mutations
//! (byte flips, splices, truncations, repeats) of the seed corpus. No coverage guidance, so it is
//! weaker than libFuzzer; it still proves "no panic" over millions of inputs.
//!   loop SECONDS [SEED_DIR...]
use std::time::{Duration, Instant};

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const PIECES: &[&str] = &[
    " ", "\n", "\r\n", "\r", "\t", ".", ",", "\"", "“", "”", "'", "(", ")", "-", "—", "Putin", "Vladimir",
    "President", "Kremlin spokesman", "Moscow", "US", "U.S.", "Ukraine", "said", "on", "Thursday", "March",
    "13", "2025", "last week", "the day before", "one day after", "30-day", "months", "now", "ago",
    "MOSCOW, March 13 (Reuters) -", "2025-03-13", "$5 million", "40%", "😀", "🇺🇦", "e\u{301}", "\u{200d}",
    "\u{feff}", "\u{0}", "\u{85}", "\u{2028}", "中文", "שלום", "İ", "ß", "ﬁ", "<script>", "&amp;", "\u{10FFFF}",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let secs: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    let mut seeds: Vec<Vec<u8>> = Vec::new();
    for dir in args {
        if let Ok(rd) = std::fs::read_dir(&dir) {
            for e in rd.flatten() {
                if let Ok(b) = std::fs::read(e.path()) {
                    seeds.push(b);
                }
            }
        }
    }
    if seeds.is_empty() {
        seeds.push(b"\x00MOSCOW, March 13 (Reuters) - Putin said on Thursday.".to_vec());
    }
    let seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(1, |d| d.as_nanos() as u64)
        | 1;
    println!("fuzz loop: seed {seed}, {} seed inputs, {secs}s", seeds.len());
    let mut rng = Rng(seed);
    let end = Instant::now() + Duration::from_secs(secs);
    let (mut n, mut bytes) = (0u64, 0u64);
    while Instant::now() < end {
        for _ in 0..64 {
            let input: Vec<u8> = match rng.below(4) {
                0 => (0..rng.below(300)).map(|_| rng.next() as u8).collect(),
                1 => {
                    let mut v = vec![rng.next() as u8];
                    for _ in 0..rng.below(80) {
                        v.extend_from_slice(PIECES[rng.below(PIECES.len())].as_bytes());
                    }
                    v
                }
                _ => {
                    let mut v = seeds[rng.below(seeds.len())].clone();
                    for _ in 0..1 + rng.below(8) {
                        let len = v.len();
                        match rng.below(5) {
                            0 if len > 0 => v[rng.below(len)] = rng.next() as u8,
                            1 => {
                                let p = rng.below(len + 1);
                                let piece = PIECES[rng.below(PIECES.len())].as_bytes();
                                v.splice(p..p, piece.iter().copied());
                            }
                            2 if len > 0 => v.truncate(rng.below(len)),
                            3 if len > 0 => {
                                let (a, b) = (rng.below(len), rng.below(len));
                                let (a, b) = (a.min(b), a.max(b));
                                let chunk = v[a..b].to_vec();
                                for _ in 0..rng.below(20) {
                                    v.extend_from_slice(&chunk);
                                }
                            }
                            _ => {
                                let other = &seeds[rng.below(seeds.len())];
                                let p = rng.below(other.len() + 1);
                                v.extend_from_slice(&other[p..]);
                            }
                        }
                    }
                    v
                }
            };
            bytes += input.len() as u64;
            let input_for_report = input.clone();
            if std::panic::catch_unwind(|| storyline_fuzz::check(&input)).is_err() {
                let path = format!("crash-{seed}-{n}.bin");
                let _ = std::fs::write(&path, &input_for_report);
                eprintln!("fuzz: CRASH after {n} inputs; input saved to {path}");
                std::process::exit(1);
            }
            n += 1;
        }
    }
    println!("fuzz: {n} inputs ({} KB) in {secs}s without a crash (random loop, no coverage guidance)", bytes / 1024);
}
