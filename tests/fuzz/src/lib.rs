//! The one property every fuzzer checks: `analyze` never panics, and every span it returns lies in
//! bounds, on char boundaries, slicing back to its `text`, both in UTF-8 and as the UTF-16 document.

use storyline::{analyze, Options};

/// Splits fuzz bytes into options and text: byte 0 picks how the reference date is given (none,
/// arbitrary bytes as the date string, or a date built from the next 4 bytes), the rest is the text
/// (invalid UTF-8 replaced, as a browser's TextEncoder would).
pub fn decode(data: &[u8]) -> (Result<Options, String>, String) {
    let (mode, rest) = data.split_first().map_or((0, data), |(m, r)| (*m, r));
    match mode % 3 {
        0 => (Ok(Options::new()), String::from_utf8_lossy(rest).into_owned()),
        1 => {
            let n = rest.len().min(12);
            let date = String::from_utf8_lossy(&rest[..n]).into_owned();
            (
                Options::new().with_reference_date(&date).map_err(|e| e.to_string()),
                String::from_utf8_lossy(&rest[n..]).into_owned(),
            )
        }
        _ => {
            let n = rest.len().min(4);
            let mut b = [0u8; 4];
            b[..n].copy_from_slice(&rest[..n]);
            let year = 1 + u16::from_le_bytes([b[0], b[1]]) % 9999;
            let (month, day) = (1 + b[2] % 12, 1 + b[3] % 31);
            let date = format!("{year:04}-{month:02}-{day:02}");
            // Impossible days (31 April) must be an error naming the field, never a panic.
            let opts = Options::new().with_reference_date(&date).map_err(|e| {
                assert!(e.to_string().contains("referenceDate"), "{e}");
                e.to_string()
            });
            (opts, String::from_utf8_lossy(&rest[n..]).into_owned())
        }
    }
}

/// Runs `analyze` on the decoded input and checks every span; panics on any violation.
pub fn check(data: &[u8]) {
    let (opts, text) = decode(data);
    let Ok(opts) = opts else { return };
    let a = match analyze(&text, &opts) {
        Ok(a) => a,
        Err(e) => {
            assert!(text.len() > storyline::MAX_INPUT_BYTES, "analyze refused {} bytes: {e}", text.len());
            return;
        }
    };
    let span = |what: &str, s: usize, e: usize, t: Option<&str>| {
        assert!(s <= e && e <= text.len(), "{what}: {s}..{e} out of bounds ({})", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what}: {s}..{e} splits a char");
        if let Some(t) = t {
            assert_eq!(&text[s..e], t, "{what}: text does not slice back");
        }
        let b = text.as_bytes();
        for p in [s, e] {
            assert!(!(p > 0 && p < b.len() && b[p - 1] == b'\r' && b[p] == b'\n'), "{what}: {p} splits a CRLF");
        }
    };
    for m in &a.mentions {
        span("mention", m.start, m.end, Some(&m.text));
        assert!(m.start < m.end, "empty mention at {}", m.start);
        assert!(m.entity < a.entities.len(), "mention entity out of range");
    }
    for t in &a.times {
        span("time", t.start, t.end, Some(&t.text));
        assert!(t.start < t.end, "empty time at {}", t.start);
    }
    for t in &a.timeline {
        span("timeline", t.start, t.end, Some(&t.text));
        assert!(t.times.iter().all(|&i| i < a.times.len()), "timeline time out of range");
        assert!(t.entities.iter().all(|&i| i < a.entities.len()), "timeline entity out of range");
    }
    for q in &a.quotes {
        span("quote", q.start, q.end, Some(&q.text));
        if let Some(c) = &q.cue {
            span("quote cue", c.start, c.end, Some(&c.text));
        }
    }
    for e in &a.entities {
        assert!(e.mentions.iter().all(|&i| i < a.mentions.len()), "entity mention out of range");
        for r in &e.roles {
            span("role", r.start, r.end, None);
        }
    }
    for s in &a.sentences {
        span("sentence", s.start, s.end, None);
    }
    // The JSON edge: UTF-16 conversion and serialization never fail.
    let doc: storyline::json::Document<'_, ()> = storyline::json::Document::new(a, &text, None);
    let json = serde_json::to_string(&doc).expect("serializes");
    assert!(json.starts_with('{'));
}
