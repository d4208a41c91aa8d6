//! ProloPath: an illustrative, patient-facing guide to what to expect from prolotherapy.
//!
//! `model` is pure and native-tested, `text` holds every word a patient reads,
//! `app` renders an estimate with Yew, and `web` is the browser edge.

#[macro_use]
mod listed;
#[macro_use]
mod native;

pub mod app;
pub mod export;
pub mod model;
pub mod settings;
pub mod startup;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod web;

// The wasm's allocator (for the page's and the widget's alike): talc is smaller than the
// default and as quick.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
