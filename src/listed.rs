//! `listed!`: an enum and its `ALL` list from one declaration, so the list cannot miss a variant.

/// Declares a field-less enum and `ALL`, every variant in declaration order (so
/// `ALL[v as usize] == v`). Attributes and doc comments pass through.
#[macro_export]
macro_rules! listed {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$vmeta])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),+].len()] = [$($name::$variant),+];
        }
    };
}
