//! Mounts the app; nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    prolopath::web::start();
}
