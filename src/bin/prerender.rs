//! Prints the app's first HTML: the default estimate for a start date, as the page shows it
//! before its wasm has loaded. `scripts/postbuild.mjs` puts it in the built `index.html`.
//!
//!     cargo run --features prerender --bin prerender -- 2026-11-24
//!
//! With `--attributes` it prints instead, as a JSON array, the settings the `<prolo-path>`
//! element takes as attributes: `embed.js` gets its list from here (`settings::SETTINGS`).

use std::process::ExitCode;

use prolopath::app::{App, AppProps};
use prolopath::model::Date;
use prolopath::settings::{Origin, SETTINGS};

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let arg = std::env::args().nth(1).unwrap_or_default();
    if arg == "--attributes" {
        let names: Vec<String> = SETTINGS
            .iter()
            .filter(|k| k.allowed(Origin::Attribute))
            .map(|k| format!("\"{}\"", k.name))
            .collect();
        print!("[{}]", names.join(","));
        return ExitCode::SUCCESS;
    }
    let Some(today) = Date::parse_iso(&arg) else {
        eprintln!("prerender: expected the first session's date as YYYY-MM-DD, got {arg:?}");
        return ExitCode::FAILURE;
    };
    print!("{}", render(today).await);
    ExitCode::SUCCESS
}

/// The page's first view. Storage is assumed to work (it does for nearly everyone); the live
/// app hides "remember" where it does not.
async fn render(today: Date) -> String {
    let mut props = AppProps::new(today);
    props.storage_available = true;
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}
