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
