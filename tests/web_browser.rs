//! The WASM API in headless Chrome (`wasm-pack test --headless --chrome`, browser set in
//! webdriver.json); the same cases as tests/web.rs, in tests/wasm_api/.
#![cfg(target_arch = "wasm32")]

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;
mod wasm_api;
