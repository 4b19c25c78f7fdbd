//! The `storyline` command line: arguments, errors and exit codes, one-document and JSONL modes,
//! `id` echo, and output order under threads.

#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Output, Stdio};

const BIN: &str = env!("CARGO_BIN_EXE_storyline");
const SEED: &str = include_str!("fixtures/seed-article.txt");

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs the CLI");
    let mut input = child.stdin.take().unwrap();
    let data = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&data);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    out
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("stdout is UTF-8")
}
fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
fn lines(o: &Output) -> Vec<Value> {
    stdout(o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn tmp_file(name: &str, data: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("storyline-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, data).unwrap();
    p
}

#[test]
fn version_and_help() {
    let o = run(&["--version"], b"");
    assert!(o.status.success());
    assert!(stdout(&o).starts_with("storyline "), "{}", stdout(&o));
    for args in [&["--help"][..], &["analyze", "--help"][..]] {
        let o = run(args, b"");
        assert!(o.status.success(), "{args:?}");
        assert!(stdout(&o).contains("storyline analyze"), "{args:?}");
    }
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let rows: &[(&str, &[&str], &str)] = &[
        ("no command", &[], "usage"),
        ("unknown command", &["analyse"], "unknown command"),
        (
            "unknown option",
            &["analyze", "--refdate", "2025-03-13"],
            "unknown option",
        ),
        (
            "missing date value",
            &["analyze", "--reference-date"],
            "needs a value",
        ),
        (
            "threads not a number",
            &["analyze", "--jsonl", "--threads", "many"],
            "not a number",
        ),
        (
            "two inputs",
            &["analyze", "a.txt", "b.txt"],
            "more than one input",
        ),
    ];
    for (name, args, want) in rows {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert!(stderr(&o).contains(want), "{name}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{name}: nothing on stdout");
    }
}

#[test]
fn input_errors_exit_1_with_a_message() {
    let bad_date = ["analyze", "--reference-date", "2025-02-30"];
    let rows: &[(&str, &[&str], &[u8], &str)] = &[
        ("impossible date", &bad_date, b"Paris.", "referenceDate"),
        (
            "word as date",
            &["analyze", "--reference-date=tomorrow"],
            b"Paris.",
            "referenceDate",
        ),
        (
            "10,000-year date",
            &["analyze", "-r", "10000-01-01"],
            b"Paris.",
            "referenceDate",
        ),
        (
            "missing file",
            &["analyze", "/nonexistent/article.txt"],
            b"",
            "/nonexistent/article.txt",
        ),
        (
            "invalid UTF-8",
            &["analyze"],
            b"Paris \xff\xfe said",
            "not valid UTF-8",
        ),
        (
            "bad default date for jsonl",
            &["analyze", "--jsonl", "-r", "2025-13-01"],
            b"",
            "referenceDate",
        ),
    ];
    for (name, args, input, want) in rows {
        let o = run(args, input);
        assert_eq!(o.status.code(), Some(1), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(want), "{name}: {}", stderr(&o));
        assert!(o.stdout.is_empty(), "{name}: nothing on stdout");
    }
}

#[test]
fn oversize_input_is_refused() {
    let big = vec![b'a'; storyline::MAX_INPUT_BYTES + 1];
    let o = run(&["analyze"], &big);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("too large"), "{}", stderr(&o));
}

#[test]
fn one_document_from_stdin_dash_or_file_is_the_same() {
    let from_stdin = run(
        &["analyze", "--reference-date", "2025-03-13"],
        SEED.as_bytes(),
    );
    let from_dash = run(
        &["analyze", "--reference-date", "2025-03-13", "-"],
        SEED.as_bytes(),
    );
    let file = tmp_file("seed.txt", SEED.as_bytes());
    let from_file = run(
        &[
            "analyze",
            "--reference-date",
            "2025-03-13",
            file.to_str().unwrap(),
        ],
        b"",
    );
    let pretty = run(
        &["analyze", "--pretty", "--reference-date", "2025-03-13"],
        SEED.as_bytes(),
    );
    for o in [&from_stdin, &from_dash, &from_file, &pretty] {
        assert!(o.status.success(), "{}", stderr(o));
    }
    assert_eq!(stdout(&from_stdin).lines().count(), 1, "one line of JSON");
    assert_eq!(stdout(&from_stdin), stdout(&from_dash));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
    let doc: Value = serde_json::from_str(&stdout(&from_stdin)).unwrap();
    let pretty_doc: Value = serde_json::from_str(&stdout(&pretty)).unwrap();
    assert_eq!(doc, pretty_doc);
    assert_eq!(doc["reference_date"], "2025-03-13");
    assert_eq!(doc["offsets"], "utf16");
    assert!(doc.get("id").is_none(), "no id outside --jsonl");
}

#[test]
fn jsonl_echoes_ids_of_any_type() {
    let input = r#"{"id": 7, "text": "Paris."}
{"id": "a-1", "text": "Rome.", "reference_date": "2025-03-13"}
{"id": {"doc": [1, 2]}, "text": ""}
{"id": null, "text": "Oslo."}
{"text": "No id here."}
"#;
    let o = run(&["analyze", "--jsonl"], input.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let out = lines(&o);
    assert_eq!(out.len(), 5);
    assert_eq!(out[0]["id"], 7);
    assert_eq!(out[1]["id"], "a-1");
    assert_eq!(out[1]["reference_date"], "2025-03-13");
    assert_eq!(out[2]["id"], serde_json::json!({"doc": [1, 2]}));
    assert!(out[3]["id"].is_null());
    assert!(out[4].get("id").map_or(true, Value::is_null));
    for d in &out {
        assert!(d["mentions"].is_array() && d.get("error").is_none(), "{d}");
    }
}

#[test]
fn jsonl_bad_lines_give_error_lines_and_exit_1_but_the_rest_is_analyzed() {
    let mut input = Vec::new();
    input.extend_from_slice(
        b"\xEF\xBB\xBF{\"id\": 1, \"text\": \"Paris, with a BOM before the line.\"}\r\n",
    );
    input.extend_from_slice(b"not json\n");
    input.extend_from_slice(b"\n   \n");
    input.extend_from_slice(b"{\"id\": 3, \"text\": 42}\n");
    input.extend_from_slice(b"{\"id\": 4, \"text\": \"x\", \"reference_date\": \"2025-02-30\"}\n");
    input.extend_from_slice(b"{\"id\": 5, \"text\": \"x\", \"reference_date\": 20250313}\n");
    input.extend_from_slice(b"{\"id\": 6, \"text\": \"bad \xff byte\"}\n");
    input.extend_from_slice(b"[1, 2]\n");
    input.extend_from_slice(b"{\"id\": 8, \"text\": \"Rome, last line without a newline.\"}");
    let o = run(&["analyze", "--jsonl"], &input);
    assert_eq!(o.status.code(), Some(1), "a bad line makes the exit code 1");
    let out = lines(&o);
    assert_eq!(
        out.len(),
        8,
        "one output line per non-blank input line:\n{}",
        stdout(&o)
    );
    let err = |i: usize| {
        out[i]["error"]
            .as_str()
            .unwrap_or_else(|| panic!("line {i} should be an error: {}", out[i]))
            .to_string()
    };
    assert!(
        out[0].get("error").is_none() && out[0]["id"] == 1,
        "BOM skipped: {}",
        out[0]
    );
    assert!(err(1).contains("line 2"), "{}", err(1));
    assert!(err(2).contains("text") && out[2]["id"] == 3);
    assert!(
        err(3).contains("referenceDate") && out[3]["id"] == 4,
        "{}",
        err(3)
    );
    assert!(
        err(4).contains("reference_date") && out[4]["id"] == 5,
        "{}",
        err(4)
    );
    assert!(err(5).contains("UTF-8"), "{}", err(5));
    assert!(err(6).contains("text"), "{}", err(6));
    assert!(out[7].get("error").is_none() && out[7]["id"] == 8);
}

#[test]
fn jsonl_default_reference_date_applies_when_a_line_has_none() {
    let input = "{\"id\":1,\"text\":\"On Thursday.\"}\n{\"id\":2,\"text\":\"On Thursday.\",\"reference_date\":\"2024-01-01\"}\n";
    let out = lines(&run(
        &["analyze", "--jsonl", "--reference-date", "2025-03-13"],
        input.as_bytes(),
    ));
    assert_eq!(out[0]["reference_date"], "2025-03-13");
    assert_eq!(out[1]["reference_date"], "2024-01-01");
}

#[test]
fn jsonl_keeps_input_order_under_threads() {
    // Documents of very different sizes so threads finish out of order; more lines than one batch.
    let mut input = String::new();
    for i in 0..700 {
        let text = match i % 7 {
            0 => SEED.repeat(1 + i % 5),
            1 => String::new(),
            2 => "MOSCOW, March 13 (Reuters) - Kremlin spokesman Dmitry Peskov said on Thursday."
                .into(),
            3 => format!("Document {i}. ").repeat(i % 50),
            _ => format!("Paris {i}."),
        };
        input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
        input.push('\n');
    }
    let many = run(&["analyze", "--jsonl", "--threads", "4"], input.as_bytes());
    let one = run(&["analyze", "--jsonl", "--threads", "1"], input.as_bytes());
    let auto = run(&["analyze", "--jsonl"], input.as_bytes());
    for o in [&many, &one, &auto] {
        assert!(o.status.success(), "{}", stderr(o));
    }
    let ids: Vec<u64> = lines(&many)
        .iter()
        .map(|d| d["id"].as_u64().unwrap())
        .collect();
    assert_eq!(ids, (0..700).collect::<Vec<_>>(), "ids in input order");
    assert_eq!(
        stdout(&many),
        stdout(&one),
        "threads change nothing in the output"
    );
    assert_eq!(stdout(&many), stdout(&auto));
}

#[test]
fn jsonl_output_equals_one_document_mode() {
    let text = "MOSCOW, March 13 (Reuters) - Kremlin spokesman Dmitry Peskov said on Thursday.\r\nUkraine 🇺🇦 agreed.";
    let single: Value = serde_json::from_str(&stdout(&run(
        &["analyze", "-r", "2025-03-13"],
        text.as_bytes(),
    )))
    .unwrap();
    let line =
        serde_json::json!({"id": "x", "text": text, "reference_date": "2025-03-13"}).to_string();
    let mut multi = lines(&run(&["analyze", "--jsonl"], line.as_bytes())).remove(0);
    assert_eq!(
        multi.as_object_mut().unwrap().remove("id"),
        Some(Value::from("x"))
    );
    assert_eq!(single, multi);
}
