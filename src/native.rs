//! `native!`: items only the native build has (the build tool and the tests): the sections built
//! into the page's HTML, their views and their texts, which the wasm never carries.

/// Puts each item inside `cfg(not(target_arch = "wasm32"))`, so a group of them is marked once.
macro_rules! native {
    ($($item:item)*) => {
        $( #[cfg(not(target_arch = "wasm32"))] $item )*
    };
}
