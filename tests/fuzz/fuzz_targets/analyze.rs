//! libFuzzer target: arbitrary bytes (lossy UTF-8) and an arbitrary reference date through
//! `analyze`; see `storyline_fuzz::check` for what must hold.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| storyline_fuzz::check(data));
