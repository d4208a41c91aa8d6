//! A set of ticked boxes (cautions, what matters to the patient), kept as bits.

use std::marker::PhantomData;

/// Something a patient can tick, with a stable code for links.
pub trait Tick: Copy + PartialEq + 'static {
    /// Every one, in display order.
    const EVERY: &'static [Self];
    /// A stable short code for links and form values.
    fn code(self) -> &'static str;
    /// Its position in `EVERY`.
    fn bit(self) -> u16;
}

/// The ticked ones of a kind.
pub struct Ticks<T> {
    bits: u16,
    kind: PhantomData<T>,
}

impl<T: Tick> Ticks<T> {
    pub fn contains(self, t: T) -> bool {
        self.bits & (1 << t.bit()) != 0
    }

    /// The set with `t` flipped.
    pub fn toggled(self, t: T) -> Ticks<T> {
        Ticks {
            bits: self.bits ^ (1 << t.bit()),
            kind: PhantomData,
        }
    }

    pub fn is_empty(self) -> bool {
        self.bits == 0
    }

    /// The ticked ones, in display order.
    pub fn iter(self) -> impl Iterator<Item = T> {
        T::EVERY.iter().copied().filter(move |t| self.contains(*t))
    }

    /// `a,b,c` codes; empty means none. An unknown code is left out and returned (the codes
    /// joined by commas, for the link's notice): the known ones are kept, so a link from another
    /// version, or with a typo, never drops a caution it does carry (it dropped them all).
    pub fn parse(value: &str) -> (Ticks<T>, String) {
        let mut unknown = String::new();
        let set = value
            .split(',')
            .filter(|c| !c.is_empty())
            .fold(Ticks::default(), |set, code| {
                match T::EVERY.iter().copied().find(|t| t.code() == code) {
                    Some(t) if !set.contains(t) => set.toggled(t),
                    Some(_) => set,
                    None => {
                        if !unknown.is_empty() {
                            unknown.push(',');
                        }
                        unknown.push_str(code);
                        set
                    }
                }
            });
        (set, unknown)
    }

    /// The codes of the ticked ones joined by commas, as `parse` reads them.
    pub fn codes(self) -> String {
        self.iter().map(T::code).collect::<Vec<_>>().join(",")
    }
}

// By hand: derived impls would ask the same of `T`, which a set of bits does not need.
impl<T> Clone for Ticks<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Ticks<T> {}
impl<T> Default for Ticks<T> {
    fn default() -> Self {
        Ticks {
            bits: 0,
            kind: PhantomData,
        }
    }
}
impl<T> PartialEq for Ticks<T> {
    fn eq(&self, other: &Self) -> bool {
        self.bits == other.bits
    }
}
impl<T> Eq for Ticks<T> {}
impl<T> std::hash::Hash for Ticks<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.bits.hash(state);
    }
}
impl<T> std::fmt::Debug for Ticks<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Ticks({:#b})", self.bits)
    }
}
