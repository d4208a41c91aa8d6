//! The fingerprint of a keyed text table's keys, in file order. `build.rs` computes it for the
//! build's table and the app for a fetched one: a table whose keys differ is never used.

/// FNV-1a (32 bits) over each key and a newline.
#[derive(Clone, Copy)]
pub(crate) struct KeyHash(u32);

impl KeyHash {
    pub(crate) const fn new() -> KeyHash {
        KeyHash(0x811c_9dc5)
    }

    pub(crate) fn add(&mut self, key: &str) {
        for b in key.bytes().chain([b'\n']) {
            self.0 = (self.0 ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }

    pub(crate) fn finish(self) -> u32 {
        self.0
    }
}

/// The keys and texts of a table (`Kind.Variant = text` lines; `#` comments and blank lines
/// skipped), in file order; `None` at the first line that is neither.
pub(crate) fn entries(text: &str) -> Option<Vec<(&str, &str)>> {
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (key, text) = l.split_once('=')?;
            let (key, text) = (key.strip_suffix(' ')?, text.strip_prefix(' ')?);
            (!text.trim().is_empty()).then_some((key, text))
        })
        .collect()
}
