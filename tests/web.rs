//! The WASM API under Node (`wasm-pack test --node`); the cases are in tests/wasm_api/.
#![cfg(target_arch = "wasm32")]

mod common;
mod wasm_api;
