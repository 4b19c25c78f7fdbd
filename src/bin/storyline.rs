//! `storyline`: the command-line face of the core.
//!
//! ```text
//! storyline analyze [--reference-date YYYY-MM-DD] [--pretty] [FILE|-]
//! storyline analyze --jsonl [--threads N] [FILE|-]
//! ```
//! One document: prints one JSON document (SCHEMA.md). `--jsonl`: reads lines
//! `{"id", "text", "reference_date"}` and writes one document per line with `id` echoed, in input
//! order, analyzing on all cores. A bad line gives `{"id", "error"}` and the exit code 1 at the end.

use serde_json::Value;
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;
use storyline::json::Document;
use storyline::{analyze, Options};

const USAGE: &str = "usage:
  storyline analyze [--reference-date YYYY-MM-DD] [--pretty] [FILE|-]
  storyline analyze --jsonl [--threads N] [FILE|-]
  storyline --version";

struct Args {
    reference_date: Option<String>,
    jsonl: bool,
    pretty: bool,
    threads: usize,
    input: Option<String>,
}

fn parse_args(mut it: impl Iterator<Item = String>) -> Result<Args, String> {
    let mut a = Args {
        reference_date: None,
        jsonl: false,
        pretty: false,
        threads: 0,
        input: None,
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--reference-date" | "-r" => {
                a.reference_date = Some(
                    it.next()
                        .ok_or("--reference-date needs a value (YYYY-MM-DD)")?,
                )
            }
            s if s.starts_with("--reference-date=") => {
                a.reference_date = Some(s["--reference-date=".len()..].into())
            }
            "--jsonl" => a.jsonl = true,
            "--pretty" => a.pretty = true,
            "--threads" => {
                let v = it.next().ok_or("--threads needs a number")?;
                a.threads = v
                    .parse()
                    .map_err(|_| format!("--threads: not a number: {v:?}"))?;
            }
            "-h" | "--help" => return Err(String::new()),
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s:?}")),
            _ if a.input.is_some() => {
                return Err(format!("more than one input file given ({arg:?})"))
            }
            _ => a.input = Some(arg),
        }
    }
    Ok(a)
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("analyze") => {}
        Some("--version" | "-V") => {
            println!("storyline {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        other => {
            if let Some(o) = other {
                eprintln!("storyline: unknown command {o:?}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    }
    let args = match parse_args(args) {
        Ok(a) => a,
        Err(e) if e.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            eprintln!("storyline: {e}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = if args.jsonl {
        run_jsonl(&args)
    } else {
        run_one(&args)
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("storyline: {e}");
            ExitCode::from(1)
        }
    }
}

fn open_input(path: Option<&str>) -> Result<Box<dyn Read>, String> {
    match path {
        None | Some("-") => Ok(Box::new(io::stdin())),
        Some(p) => std::fs::File::open(p)
            .map(|f| Box::new(f) as Box<dyn Read>)
            .map_err(|e| format!("{p}: {e}")),
    }
}

fn run_one(args: &Args) -> Result<ExitCode, String> {
    let mut bytes = Vec::new();
    open_input(args.input.as_deref())?
        .read_to_end(&mut bytes)
        .map_err(|e| format!("reading input: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "input is not valid UTF-8 (first bad byte at offset {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let mut opts = Options::new();
    if let Some(d) = &args.reference_date {
        opts = opts.with_reference_date(d).map_err(|e| e.to_string())?;
    }
    let analysis = analyze(&text, &opts).map_err(|e| e.to_string())?;
    let doc: Document<'_, ()> = Document::new(analysis, &text, None);
    let out = if args.pretty {
        serde_json::to_string_pretty(&doc)
    } else {
        serde_json::to_string(&doc)
    }
    .map_err(|e| e.to_string())?;
    let stdout = io::stdout();
    let mut w = stdout.lock();
    writeln!(w, "{out}").map_err(|e| e.to_string())?;
    Ok(ExitCode::SUCCESS)
}

/// Analyzes one JSONL input line; returns the output line and whether it succeeded.
fn process_line(line: &str, lineno: usize, default_ref: Option<&str>) -> (String, bool) {
    let fail = |id: &Value, msg: String| {
        (
            serde_json::json!({"id": id, "error": msg}).to_string(),
            false,
        )
    };
    let v: Value = match serde_json::from_str(line) {
        Ok(v) => v,
        Err(e) => return fail(&Value::Null, format!("line {lineno}: bad JSON: {e}")),
    };
    let id = v.get("id").cloned().unwrap_or(Value::Null);
    let Some(text) = v.get("text").and_then(Value::as_str) else {
        return fail(&id, format!("line {lineno}: no string field \"text\""));
    };
    let reference = match v.get("reference_date") {
        None | Some(Value::Null) => default_ref.map(str::to_string),
        Some(Value::String(s)) => Some(s.clone()),
        Some(other) => {
            return fail(
                &id,
                format!("\"reference_date\" must be \"YYYY-MM-DD\" or null, got {other}"),
            )
        }
    };
    let opts = match reference {
        Some(d) => match Options::new().with_reference_date(&d) {
            Ok(o) => o,
            Err(e) => return fail(&id, e.to_string()),
        },
        None => Options::new(),
    };
    match analyze(text, &opts) {
        Ok(a) => {
            let doc = Document::new(a, text, Some(&id));
            match serde_json::to_string(&doc) {
                Ok(s) => (s, true),
                Err(e) => fail(&id, e.to_string()),
            }
        }
        Err(e) => fail(&id, e.to_string()),
    }
}

fn run_jsonl(args: &Args) -> Result<ExitCode, String> {
    if let Some(d) = &args.reference_date {
        Options::new()
            .with_reference_date(d)
            .map_err(|e| e.to_string())?;
    }
    let threads = if args.threads > 0 {
        args.threads
    } else {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
    };
    let mut reader = io::BufReader::new(open_input(args.input.as_deref())?);
    let stdout = io::stdout();
    let mut w = BufWriter::new(stdout.lock());
    let mut ok = true;
    // (line number, the line or why it cannot be read)
    let mut batch: Vec<(usize, Result<String, String>)> = Vec::new();
    let batch_size = 32 * threads;
    let mut lineno = 0usize;
    let mut buf = Vec::new();
    let default_ref = args.reference_date.as_deref();
    let mut eof = false;
    while !eof {
        batch.clear();
        while batch.len() < batch_size {
            buf.clear();
            if reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| format!("reading input: {e}"))?
                == 0
            {
                eof = true;
                break;
            }
            lineno += 1;
            // A byte-order mark (Windows tools write one) is not part of the first line's JSON.
            let bytes = match (lineno, buf.strip_prefix(b"\xEF\xBB\xBF")) {
                (1, Some(rest)) => rest,
                _ => &buf[..],
            };
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            // A line that is not UTF-8 is reported on its own output line; the others go on.
            let line = std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
                format!(
                    "line {lineno} is not valid UTF-8 (first bad byte at offset {})",
                    e.valid_up_to()
                )
            });
            batch.push((lineno, line));
        }
        if batch.is_empty() {
            break;
        }
        let process = |(n, line): &(usize, Result<String, String>)| match line {
            Ok(l) => process_line(l, *n, default_ref),
            Err(e) => (
                serde_json::json!({"id": Value::Null, "error": e}).to_string(),
                false,
            ),
        };
        let results: Vec<(String, bool)> = if threads <= 1 || batch.len() == 1 {
            batch.iter().map(process).collect()
        } else {
            // Each thread takes the next unclaimed line (long and short documents balance out);
            // results go back in input order.
            let next = std::sync::atomic::AtomicUsize::new(0);
            let mut slots: Vec<Option<(String, bool)>> = vec![None; batch.len()];
            std::thread::scope(|s| {
                let handles: Vec<_> = (0..threads.min(batch.len()))
                    .map(|_| {
                        let (batch, next, process) = (&batch, &next, &process);
                        s.spawn(move || {
                            let mut done = Vec::new();
                            loop {
                                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                                let Some(item) = batch.get(i) else { break };
                                done.push((i, process(item)));
                            }
                            done
                        })
                    })
                    .collect();
                for h in handles {
                    if let Ok(done) = h.join() {
                        for (i, r) in done {
                            slots[i] = Some(r);
                        }
                    }
                }
            });
            slots
                .into_iter()
                .map(|r| {
                    r.unwrap_or_else(|| {
                        ("{\"id\":null,\"error\":\"internal error\"}".into(), false)
                    })
                })
                .collect()
        };
        for (line, good) in results {
            ok &= good;
            writeln!(w, "{line}").map_err(|e| e.to_string())?;
        }
    }
    w.flush().map_err(|e| e.to_string())?;
    Ok(if ok {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
