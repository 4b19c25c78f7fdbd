//! Options for [`crate::analyze`], and their parsing from loosely typed callers (JS, JSONL).

use crate::date::Date;
use crate::error::Error;
use serde::Deserialize;

/// The largest input [`crate::analyze`] accepts: 16 MiB of UTF-8.
///
/// Cost is linear in the input, so this is a guard against accidents (a pasted binary, a whole
/// archive), not a performance limit; split larger corpora into documents.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// How to analyze a text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Options {
    /// The date the article was written ("the reference date"). Relative expressions ("on
    /// Thursday", "last month") resolve against it. When `None`, Storyline looks for a dateline in
    /// the text; failing that, relative expressions stay underspecified (`XXXX-WXX-4`).
    pub reference_date: Option<Date>,
}

impl Options {
    /// Options with no reference date.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the reference date from `YYYY-MM-DD`; the error names the field and the problem.
    pub fn with_reference_date(mut self, date: &str) -> Result<Self, Error> {
        self.reference_date = Some(
            Date::parse_iso(date.trim()).map_err(|e| Error::invalid_option("referenceDate", e))?,
        );
        Ok(self)
    }
}

/// Options as a JavaScript object or JSON gives them: `{ referenceDate?: "YYYY-MM-DD" | null }`
/// (`reference_date` is accepted too). Unknown keys are an error, so typos are not silently ignored;
/// every error names the field (`invalid option `referenceDate`: expected a string …`).
#[derive(Debug, Clone, Default)]
pub struct RawOptions {
    /// The reference date, `YYYY-MM-DD`.
    pub reference_date: Option<String>,
}

/// What options look like, for error messages.
const OPTIONS_SHAPE: &str = "options as an object like { referenceDate: \"YYYY-MM-DD\" }";

/// The option keys [`RawOptions`] knows, as callers spell them.
pub const OPTION_KEYS: &[&str] = &["referenceDate"];

impl<'de> Deserialize<'de> for RawOptions {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = RawOptions;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str(OPTIONS_SHAPE)
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<RawOptions, E> {
                Ok(RawOptions::default())
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<RawOptions, E> {
                Ok(RawOptions::default())
            }
            // Other types: say what was given without formatting the value (see `DateText`).
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<RawOptions, E> {
                Err(E::custom(format!(
                    "invalid type: a boolean, expected {OPTIONS_SHAPE}"
                )))
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<RawOptions, E> {
                Err(E::custom(format!(
                    "invalid type: a number, expected {OPTIONS_SHAPE}"
                )))
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<RawOptions, E> {
                Err(E::custom(format!(
                    "invalid type: a number, expected {OPTIONS_SHAPE}"
                )))
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<RawOptions, E> {
                Err(E::custom(format!(
                    "invalid type: a number, expected {OPTIONS_SHAPE}"
                )))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<RawOptions, A::Error> {
                use serde::de::Error as _;
                let mut raw = RawOptions::default();
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "referenceDate" | "reference_date" => {
                            raw.reference_date = map.next_value::<DateText>()?.0;
                        }
                        other => {
                            return Err(A::Error::custom(format!(
                                "unknown option {} (known options: {})",
                                crate::error::quoted(other),
                                OPTION_KEYS.join(", ")
                            )))
                        }
                    }
                }
                Ok(raw)
            }
        }
        d.deserialize_any(V)
    }
}

/// The value of `referenceDate`: a string, or null/undefined. Any other type is an error naming
/// the field and what was given ("got a number"); the visitor says it without formatting the
/// value, so no float formatter is linked into the .wasm for an error message.
struct DateText(Option<String>);

impl<'de> Deserialize<'de> for DateText {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl V {
            fn wrong<E: serde::de::Error>(got: &str) -> E {
                E::custom(format!(
                    "invalid option `referenceDate`: got {got}, expected a string \"YYYY-MM-DD\" or null"
                ))
            }
        }
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = DateText;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string \"YYYY-MM-DD\" or null")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<DateText, E> {
                Ok(DateText(Some(v.to_string())))
            }
            fn visit_unit<E: serde::de::Error>(self) -> Result<DateText, E> {
                Ok(DateText(None))
            }
            fn visit_none<E: serde::de::Error>(self) -> Result<DateText, E> {
                Ok(DateText(None))
            }
            fn visit_some<D2: serde::Deserializer<'de>>(
                self,
                d: D2,
            ) -> Result<DateText, D2::Error> {
                d.deserialize_any(V)
            }
            fn visit_bool<E: serde::de::Error>(self, _: bool) -> Result<DateText, E> {
                Err(V::wrong("a boolean"))
            }
            fn visit_i64<E: serde::de::Error>(self, _: i64) -> Result<DateText, E> {
                Err(V::wrong("a number"))
            }
            fn visit_u64<E: serde::de::Error>(self, _: u64) -> Result<DateText, E> {
                Err(V::wrong("a number"))
            }
            fn visit_f64<E: serde::de::Error>(self, _: f64) -> Result<DateText, E> {
                Err(V::wrong("a number"))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(self, _: A) -> Result<DateText, A::Error> {
                Err(V::wrong("an array"))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, _: A) -> Result<DateText, A::Error> {
                Err(V::wrong("an object"))
            }
        }
        d.deserialize_any(V)
    }
}

impl TryFrom<RawOptions> for Options {
    type Error = Error;
    fn try_from(raw: RawOptions) -> Result<Options, Error> {
        match raw.reference_date {
            Some(d) => Options::new().with_reference_date(&d),
            None => Ok(Options::new()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_reference_dates_name_the_field() {
        for bad in ["2025-02-30", "tomorrow", "", "10000-01-01"] {
            let e = Options::new().with_reference_date(bad).unwrap_err();
            assert_eq!(e.field(), Some("referenceDate"), "{bad}");
            assert!(e.to_string().contains("referenceDate"), "{e}");
        }
        assert!(Options::new().with_reference_date("2025-03-13").is_ok());
    }

    #[test]
    fn raw_options_errors_name_the_field() {
        let parse = |j: &str| serde_json::from_str::<RawOptions>(j).map_err(|e| e.to_string());
        // Name, JSON, and the reference date it gives or the error it names.
        type Row<'a> = (&'a str, &'a str, Result<Option<&'a str>, &'a str>);
        let table: &[Row] = &[
            ("empty object", "{}", Ok(None)),
            ("null", "null", Ok(None)),
            (
                "camel case",
                r#"{"referenceDate":"2025-03-13"}"#,
                Ok(Some("2025-03-13")),
            ),
            (
                "snake case",
                r#"{"reference_date":"2025-03-13"}"#,
                Ok(Some("2025-03-13")),
            ),
            ("null date", r#"{"referenceDate":null}"#, Ok(None)),
            (
                "number",
                r#"{"referenceDate":20250313}"#,
                Err("invalid option `referenceDate`: got a number"),
            ),
            ("bool", r#"{"referenceDate":true}"#, Err("referenceDate")),
            (
                "array",
                r#"{"referenceDate":["2025-03-13"]}"#,
                Err("referenceDate"),
            ),
            (
                "object",
                r#"{"referenceDate":{"y":2025}}"#,
                Err("referenceDate"),
            ),
            ("unknown key", r#"{"refDate":"2025-03-13"}"#, Err("refDate")),
            ("not an object", r#""2025-03-13""#, Err("referenceDate")),
            (
                "a number",
                "7",
                Err("invalid type: a number, expected options"),
            ),
        ];
        for (name, json, want) in table {
            match (parse(json), want) {
                (Ok(raw), Ok(d)) => assert_eq!(raw.reference_date.as_deref(), *d, "{name}"),
                (Err(e), Err(field)) => assert!(e.contains(field), "{name}: {e}"),
                (got, _) => panic!("{name}: got {got:?}, want {want:?}"),
            }
        }
    }
}
