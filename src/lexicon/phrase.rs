//! A phrase table: finds lexicon phrases in a sentence by one pass over its
//! word starts, with the candidates of each start looked up by first byte.
//!
//! Phrases are written in lower case. A trailing `*` makes a stem ("accus*"
//! matches "accused", "accusation"); otherwise an ASCII phrase must end at a
//! word boundary. A space in a phrase matches any run of whitespace (hard
//! wrapped lines), and `'` matches a straight or a curly apostrophe. Phrases
//! in Han script match at any character, since Chinese has no spaces.

use crate::Span;

/// One phrase of a table and the value it carries.
#[derive(Debug)]
struct Entry<T> {
    key: &'static [u8],
    stem: bool,
    /// The lexicon it comes from in a merged table (see
    /// [`PhraseTable::merged`]); 0 in a table of one lexicon.
    class: u8,
    value: T,
}

/// How many lexicons a merged table may hold.
pub(crate) const CLASSES: usize = 4;

/// A sorted table of phrases, indexed by first byte.
#[derive(Debug)]
pub(crate) struct PhraseTable<T: 'static> {
    entries: Vec<Entry<T>>,
    /// `first[b]..first[b + 1]` are the entries whose key starts with byte `b`.
    first: Vec<u32>,
    /// Bit `b1` of row `b0`: whether some key starts with bytes `b0 b1`, to
    /// pass over most word starts without a search.
    pairs: Vec<[u64; 4]>,
    /// The first words of the ASCII phrases, to pass over other words.
    heads: Heads,
}

/// A phrase found in a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Hit<T> {
    /// Where it stands in the input.
    pub(crate) span: Span,
    /// The value the lexicon gives it.
    pub(crate) value: T,
}

impl<T: Copy + 'static> PhraseTable<T> {
    /// A table from `(phrase, value)` pairs.
    pub(crate) fn new(pairs: &'static [(&'static str, T)]) -> PhraseTable<T> {
        PhraseTable::merged(pairs.iter().map(|&(k, value)| (k, value, 0)))
    }

    /// A table of several lexicons in one, from `(phrase, value, class)`
    /// triples, `class` (below [`CLASSES`]) telling the lexicon: each
    /// lexicon keeps its own longest matches, so the hits of one class are
    /// those of a table of that lexicon alone, in the same order.
    pub(crate) fn merged(triples: impl Iterator<Item = (&'static str, T, u8)>) -> PhraseTable<T> {
        let mut entries: Vec<Entry<T>> = triples
            // Phrases have at least two bytes (the index narrows by two).
            .filter(|(k, ..)| k.trim_end_matches('*').len() >= 2)
            .map(|(k, value, class)| {
                assert!(usize::from(class) < CLASSES, "too many lexicons");
                let stem = k.ends_with('*');
                let key = k.strip_suffix('*').unwrap_or(k).as_bytes();
                Entry {
                    key,
                    stem,
                    class,
                    value,
                }
            })
            .collect();
        // Longer keys first within equal prefixes does not matter: every
        // candidate is tried and the longest kept. (The sort is stable, so
        // one lexicon's entries keep the order they have alone.)
        entries.sort_by(|a, b| a.key.cmp(b.key));
        let mut first = vec![0u32; 257];
        for b in 0..256usize {
            first[b + 1] = first[b]
                + entries
                    .iter()
                    .filter(|e| usize::from(e.key[0]) == b)
                    .count() as u32;
        }
        let mut pairs = vec![[0u64; 4]; 256];
        for e in &entries {
            let (b0, b1) = (usize::from(e.key[0]), usize::from(e.key[1]));
            pairs[b0][b1 / 64] |= 1 << (b1 % 64);
        }
        let heads = Heads::new(entries.iter().map(|e| (e.key, e.stem)));
        PhraseTable {
            entries,
            first,
            pairs,
            heads,
        }
    }

    /// Every longest phrase match starting at a word start of `lower`, the
    /// ASCII-lowercased copy of `text[base..base + lower.len()]`, appended
    /// to `out` in order.
    ///
    /// An ASCII word's candidates are only tried when its first two bytes,
    /// last byte and length fit some head, and then only those listed under its head
    /// (see [`Heads`], which tells why no match is dropped).
    pub(crate) fn scan(&self, lower: &[u8], base: usize, out: &mut Vec<Hit<T>>) {
        walk(lower, |start, word_end| match word_end {
            Some(end) => self.at_word(lower, start, end, base, out),
            None => self.match_here(lower, start, base, out),
        });
    }

    /// The longest matches at the start of the ASCII word `lower[start..end]`
    /// when its first two bytes, last byte and length fit some head.
    fn at_word(&self, lower: &[u8], start: usize, end: usize, base: usize, out: &mut Vec<Hit<T>>) {
        let fit = self.heads.fit(&lower[start..end]);
        if fit.exact || fit.stem {
            self.match_word(lower, start, end, fit, base, out);
        }
    }

    /// The longest matches at the start `i` of the ASCII word ending at
    /// `end`, tried on the entries whose head the word is or starts with.
    fn match_word(
        &self,
        lower: &[u8],
        i: usize,
        end: usize,
        fit: Fit,
        base: usize,
        out: &mut Vec<Hit<T>>,
    ) {
        let mut lists: [&[u32]; 8] = [&[]; 8];
        let n = self.heads.candidates(&lower[i..end], fit, &mut lists);
        let Some(lists) = lists.get(..n) else {
            // More lists than room: every entry of the first byte is tried.
            self.match_here(lower, i, base, out);
            return;
        };
        // The entries that match, with their ends.
        let mut found = [(0u32, 0usize); 8];
        let mut count = 0;
        for &k in lists.iter().flat_map(|l| l.iter()) {
            let e = &self.entries[k as usize];
            if !next_word_fits(lower, end, e.key, end - i) {
                continue;
            }
            if let Some(end) = match_at(lower, i, e.key, e.stem) {
                let Some(slot) = found.get_mut(count) else {
                    self.match_here(lower, i, base, out);
                    return;
                };
                *slot = (k, end);
                count += 1;
            }
        }
        let found = &mut found[..count];
        // The longest match of each class wins; equal-length entries all
        // count, in table order (a list met twice, were two prefixes'
        // hashes equal, once).
        let mut best = [0; CLASSES];
        for &(k, end) in found.iter() {
            let b = &mut best[usize::from(self.entries[k as usize].class)];
            *b = (*b).max(end);
        }
        found.sort_unstable();
        let mut last = None;
        for &(k, end) in found.iter() {
            let e = &self.entries[k as usize];
            if end == best[usize::from(e.class)] && end > i && last != Some(k) {
                out.push(Hit {
                    span: Span::new(base + i, base + end),
                    value: e.value,
                });
                last = Some(k);
            }
        }
    }

    /// The longest matches of the entries starting at word start `i`.
    fn match_here(&self, lower: &[u8], i: usize, base: usize, out: &mut Vec<Hit<T>>) {
        let b = lower[i];
        let (lo, hi) = (self.first[usize::from(b)], self.first[usize::from(b) + 1]);
        if lo == hi {
            return;
        }
        let mut entries = &self.entries[lo as usize..hi as usize];
        // Narrow by the second byte too, unless it is a space or an
        // apostrophe (which match more than themselves).
        if let Some(&next) = lower.get(i + 1) {
            if !next.is_ascii_whitespace() && next != b'\'' && next != 0xE2 {
                let row = &self.pairs[usize::from(b)];
                let n = usize::from(next);
                if row[n / 64] & (1 << (n % 64)) == 0 {
                    return;
                }
                let from = entries.partition_point(|e| e.key.get(1).is_some_and(|&k| k < next));
                let to = entries.partition_point(|e| e.key.get(1).is_some_and(|&k| k <= next));
                entries = &entries[from..to.max(from)];
            }
        }
        // The longest match of each class wins; equal-length entries (one
        // phrase listed under two values) all count.
        let mut best = [0; CLASSES];
        for e in entries {
            if let Some(end) = match_at(lower, i, e.key, e.stem) {
                let b = &mut best[usize::from(e.class)];
                *b = (*b).max(end);
            }
        }
        if best.iter().any(|&b| b > i) {
            for e in entries {
                let best = best[usize::from(e.class)];
                if best > i && match_at(lower, i, e.key, e.stem) == Some(best) {
                    out.push(Hit {
                        span: Span::new(base + i, base + best),
                        value: e.value,
                    });
                }
            }
        }
    }

    /// [`PhraseTable::scan`] without the word filter: the oracle of the tests.
    #[cfg(test)]
    fn scan_unfiltered(&self, lower: &[u8], base: usize, out: &mut Vec<Hit<T>>) {
        let mut i = 0;
        while i < lower.len() {
            let b = lower[i];
            let starts_word = b >= 0x80 && b & 0xC0 != 0x80
                || b.is_ascii_alphanumeric() && (i == 0 || !is_word_byte(lower[i - 1]));
            if starts_word {
                self.match_here(lower, i, base, out);
            }
            i += 1;
            if b.is_ascii_alphanumeric() {
                while i < lower.len() && lower[i].is_ascii_alphanumeric() {
                    i += 1;
                }
            }
        }
    }
}

/// The entries of a table by the first word of their key, for ASCII words.
///
/// The head of a key is its leading run of ASCII letters and digits. At an
/// ASCII word start, an entry can only match when the word there (the run of
/// ASCII letters and digits) equals its head, or, for a stem that is all
/// head ("accus*"), starts with it: every key byte after the head is no
/// ASCII letter or digit and must meet a text byte that is none either
/// (a space meets whitespace, `'` meets `'` or the lead byte of `’`, any
/// other byte itself), and a key that is all head and no stem must end at a
/// byte that is no letter or digit. So the entries are listed by the hash
/// of their head, in `exact` (whole words) or `stems` (word prefixes of a
/// length in `stem_lens`), and the entries listed under the hashes of a word
/// and of its prefixes hold every entry that can match at its start.
/// Keys that start with a non-ASCII byte are tried at every character, as
/// before; keys that start with other bytes never match at a word start.
#[derive(Debug)]
struct Heads {
    exact: HeadMap,
    stems: HeadMap,
    /// Bit `n`: some stem head has `n` bytes (all heads are shorter than 64).
    stem_lens: u64,
    /// By the [`shape`] of a head's first two bytes: bit `n` of the low half
    /// when a whole-word head has `n` bytes, of the high half when a stem
    /// head has (lengths of 31 and more count as 31).
    shapes: Vec<u64>,
    /// By the low six bits of a whole-word head's last byte: bit `n` when
    /// such a head has `n` bytes (63 and more count as 63).
    tails: [u64; 64],
}

/// Which heads may fit a word: whole-word heads, stem heads.
#[derive(Clone, Copy, Debug)]
struct Fit {
    exact: bool,
    stem: bool,
}

/// Where the first two bytes of a word (its only byte and none) stand in
/// [`Heads::shapes`]: six low bits of each (letters and digits may share).
fn shape(word: &[u8]) -> usize {
    let second = word.get(1).map_or(0, |&b| b & 0x3F);
    usize::from(word[0] & 0x3F) << 6 | usize::from(second)
}

impl Heads {
    /// The heads of `keys`, the entries of a table in order.
    fn new(keys: impl Iterator<Item = (&'static [u8], bool)>) -> Heads {
        let mut exact: Vec<(u64, u32)> = Vec::new();
        let mut stems: Vec<(u64, u32)> = Vec::new();
        let mut stem_lens = 0;
        let mut shapes = vec![0u64; 1 << 12];
        let mut tails = [0u64; 64];
        for (index, (key, stem)) in keys.enumerate() {
            let len = key
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(key.len());
            if len == 0 {
                continue;
            }
            assert!(len < 64, "phrase head too long: {key:?}");
            let head = &key[..len];
            let hash = head.iter().fold(SEED, |h, &b| step(h, b));
            let index = u32::try_from(index).expect("table of fewer than 2^32 phrases");
            if stem && len == key.len() {
                stems.push((hash, index));
                stem_lens |= 1 << len;
                shapes[shape(head)] |= 1 << (32 + len.min(31));
            } else {
                exact.push((hash, index));
                shapes[shape(head)] |= 1 << len.min(31);
                tails[usize::from(head[len - 1] & 0x3F)] |= 1 << len;
            }
        }
        Heads {
            exact: HeadMap::new(exact),
            stems: HeadMap::new(stems),
            stem_lens,
            shapes,
            tails,
        }
    }

    /// Whether some whole-word head may be `word` (a run of ASCII letters
    /// and digits), by its first two bytes, last byte and length, and
    /// whether some stem head may start it, by its first two bytes and a
    /// length no longer than the word.
    fn fit(&self, word: &[u8]) -> Fit {
        let fit = self.shapes[shape(word)];
        let len = word.len().min(31);
        let last = usize::from(word[word.len() - 1] & 0x3F);
        Fit {
            exact: fit >> len & 1 != 0 && self.tails[last] >> word.len().min(63) & 1 != 0,
            stem: (fit >> 32) & ((2 << len) - 1) != 0,
        }
    }

    /// How many lists of entries (ascending indices) are listed under
    /// `word` and, for stems, its prefixes, put in `lists` (a count over
    /// its length when it overflows).
    fn candidates<'h>(&'h self, word: &[u8], fit: Fit, lists: &mut [&'h [u32]]) -> usize {
        let mut n = 0;
        let mut add = |list: &'h [u32]| {
            if !list.is_empty() {
                if let Some(slot) = lists.get_mut(n) {
                    *slot = list;
                }
                n += 1;
            }
        };
        let mut hash = SEED;
        for (j, &b) in word.iter().enumerate() {
            hash = step(hash, b);
            if fit.stem && self.stem_lens >> (j + 1).min(63) & 1 != 0 {
                add(self.stems.get(hash));
            }
        }
        if fit.exact {
            add(self.exact.get(hash));
        }
        n
    }
}

/// Lists of entries by the hash of their head: a Bloom filter to reject
/// most words with one bit, then an open-addressing table.
#[derive(Debug)]
struct HeadMap {
    bloom: Bloom,
    /// `(hash, from, to)`: the entries `lists[from..to]`; `to == 0` marks an
    /// empty slot.
    slots: Vec<(u64, u32, u32)>,
    lists: Vec<u32>,
}

impl HeadMap {
    /// The map of `(hash, entry)` pairs, entries ascending.
    fn new(pairs: Vec<(u64, u32)>) -> HeadMap {
        let mut map = HeadMap {
            bloom: Bloom::default(),
            slots: vec![(0, 0, 0); (pairs.len() * 2).next_power_of_two().max(2)],
            lists: Vec::new(),
        };
        let mut hashes: Vec<u64> = pairs.iter().map(|p| p.0).collect();
        hashes.sort_unstable();
        hashes.dedup();
        for hash in hashes {
            let from = map.lists.len() as u32;
            map.lists
                .extend(pairs.iter().filter(|p| p.0 == hash).map(|p| p.1));
            let to = map.lists.len() as u32;
            let mut s = map.slot(hash);
            while map.slots[s].2 != 0 {
                s = (s + 1) & (map.slots.len() - 1);
            }
            map.slots[s] = (hash, from, to);
            map.bloom.insert(hash);
        }
        map
    }

    fn slot(&self, hash: u64) -> usize {
        (hash >> 40) as usize & (self.slots.len() - 1)
    }

    /// The entries listed under `hash` (a collision of two heads merges
    /// their lists, which only adds candidates).
    fn get(&self, hash: u64) -> &[u32] {
        if !self.bloom.contains(hash) {
            return &[];
        }
        let mut s = self.slot(hash);
        loop {
            let (h, from, to) = self.slots[s];
            if to == 0 {
                return &[];
            }
            if h == hash {
                return &self.lists[from as usize..to as usize];
            }
            s = (s + 1) & (self.slots.len() - 1);
        }
    }
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte more of an FNV-1a hash.
fn step(hash: u64, b: u8) -> u64 {
    (hash ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
}

/// A one-hash Bloom filter of 8192 bits.
#[derive(Debug)]
struct Bloom([u64; 128]);

impl Default for Bloom {
    fn default() -> Self {
        Bloom([0; 128])
    }
}

impl Bloom {
    fn bit(hash: u64) -> usize {
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 51) as usize
    }

    fn insert(&mut self, hash: u64) {
        let bit = Bloom::bit(hash);
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    fn contains(&self, hash: u64) -> bool {
        let bit = Bloom::bit(hash);
        self.0[bit / 64] >> (bit % 64) & 1 != 0
    }
}

/// Whether `key` may go on matching after the word `lower[..end]` of
/// `len` bytes: false when the key has that word and a space, the text a
/// single space there, and the next word's first bytes differ. (Only a key
/// whose head is the word can match, and then its byte after the space
/// must meet the text's first byte after the whitespace; a quote or a space
/// in the key, which match more than themselves, is not judged.)
fn next_word_fits(lower: &[u8], end: usize, key: &[u8], len: usize) -> bool {
    let (Some(b' '), Some(&k)) = (key.get(len), key.get(len + 1)) else {
        return true;
    };
    match (lower.get(end), lower.get(end + 1)) {
        (Some(&w), Some(&t)) if w.is_ascii_whitespace() && !t.is_ascii_whitespace() => {
            t == k || k == b'\'' || k == b' '
        }
        _ => true,
    }
}

/// The word starts of `lower`: `visit(start, Some(end))` at each ASCII
/// word (a run of ASCII letters and digits after no letter, digit or
/// non-ASCII byte), `visit(i, None)` at each non-ASCII character. No phrase
/// starts inside an ASCII word.
fn walk(lower: &[u8], mut visit: impl FnMut(usize, Option<usize>)) {
    let mut i = 0;
    while i < lower.len() {
        let b = lower[i];
        if ALNUM[usize::from(b)] {
            let start = i;
            i += 1;
            while i < lower.len() && ALNUM[usize::from(lower[i])] {
                i += 1;
            }
            if start == 0 || !is_word_byte(lower[start - 1]) {
                visit(start, Some(i));
            }
        } else {
            if b >= 0x80 && b & 0xC0 != 0x80 {
                visit(i, None);
            }
            i += 1;
        }
    }
}

/// ASCII letters and digits, by byte.
const ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// Letters, digits and the inside of multi-byte characters.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// The end of `key` matched at `lower[i..]`, if it matches there.
fn match_at(lower: &[u8], mut i: usize, key: &[u8], stem: bool) -> Option<usize> {
    let mut k = 0;
    while k < key.len() {
        let c = key[k];
        match c {
            b' ' => {
                let start = i;
                while i < lower.len() && lower[i].is_ascii_whitespace() {
                    i += 1;
                }
                if i == start {
                    return None;
                }
            }
            b'\'' => {
                if lower.get(i) == Some(&b'\'') {
                    i += 1;
                } else if lower[i..].starts_with("’".as_bytes()) {
                    i += "’".len();
                } else {
                    return None;
                }
            }
            _ => {
                if lower.get(i) != Some(&c) {
                    return None;
                }
                i += 1;
            }
        }
        k += 1;
    }
    // An ASCII word ends where no ASCII letter or digit follows (a space,
    // punctuation, or a CJK character glued to it).
    let last = key[key.len() - 1];
    let bounded = stem
        || !last.is_ascii_alphanumeric()
        || lower.get(i).is_none_or(|n| !n.is_ascii_alphanumeric());
    if stem {
        // A stem covers the rest of its word ("accus*" gives "accused").
        while i < lower.len() && lower[i].is_ascii_alphanumeric() {
            i += 1;
        }
    }
    bounded.then_some(i)
}

/// The ASCII-lowercased bytes of `text[span]` into `buf` (same length, so
/// offsets carry over).
pub(crate) fn lower_into(text: &str, span: Span, buf: &mut Vec<u8>) {
    buf.clear();
    buf.extend(
        text.as_bytes()[span.start..span.end]
            .iter()
            .map(u8::to_ascii_lowercase),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    static PAIRS: &[(&str, u8)] = &[
        ("accus*", 1),
        ("claim", 2),
        ("claimed", 3),
        ("won't", 4),
        ("贼喊捉贼", 5),
        ("out of political purpose", 6),
    ];

    fn hits(text: &str) -> Vec<(String, u8)> {
        let table = PhraseTable::new(PAIRS);
        let mut buf = Vec::new();
        lower_into(text, Span::new(0, text.len()), &mut buf);
        let mut out = Vec::new();
        table.scan(&buf, 0, &mut out);
        out.iter()
            .map(|h| (text[h.span].to_string(), h.value))
            .collect()
    }

    #[test]
    fn stems_words_and_longest() {
        assert_eq!(hits("They Accused us"), vec![("Accused".into(), 1)]);
        assert_eq!(hits("he claimed it"), vec![("claimed".into(), 3)]);
        assert!(hits("claimant").is_empty());
        assert!(hits("reclaim").is_empty());
    }

    #[test]
    fn apostrophes_spaces_and_han() {
        assert_eq!(hits("It won’t"), vec![("won’t".into(), 4)]);
        assert_eq!(
            hits("out of\npolitical  purpose"),
            vec![("out of\npolitical  purpose".into(), 6)]
        );
        assert_eq!(hits("无法掩盖贼喊捉贼的本质"), vec![("贼喊捉贼".into(), 5)]);
    }

    /// Every line of the fixtures, and a few more.
    fn fixture_lines() -> Vec<String> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
        let mut lines: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .flat_map(|t| t.lines().map(str::to_owned).collect::<Vec<_>>())
            .collect();
        lines.push("It won\u{2019}t, \u{201c}accused\u{201d} 中国US so-called reclaim".into());
        lines.push(
            "The US accused China; the accusations are groundless. It took control of \
             hosts, which were attacked. 遭到攻击 and they claimed it"
                .into(),
        );
        lines
    }

    /// Every hit of `table` in every line of the fixtures, with and without
    /// the word filter.
    fn same_as_unfiltered<T: Copy + PartialEq + std::fmt::Debug>(table: &PhraseTable<T>) {
        let (mut buf, mut filtered, mut unfiltered) = (Vec::new(), Vec::new(), Vec::new());
        let mut found = 0;
        for line in &fixture_lines() {
            lower_into(line, Span::new(0, line.len()), &mut buf);
            filtered.clear();
            unfiltered.clear();
            table.scan(&buf, 7, &mut filtered);
            table.scan_unfiltered(&buf, 7, &mut unfiltered);
            assert_eq!(filtered, unfiltered, "{line}");
            found += filtered.len();
        }
        assert!(found > 0);
    }

    /// The hits of `table` with values mapped by `f`, those it gives none
    /// left out.
    fn scan_as<T: Copy, U>(
        table: &PhraseTable<T>,
        buf: &[u8],
        f: impl Fn(T) -> Option<U>,
    ) -> Vec<Hit<U>> {
        let mut out = Vec::new();
        table.scan(buf, 3, &mut out);
        out.into_iter()
            .filter_map(|h| {
                f(h.value).map(|value| Hit {
                    span: h.span,
                    value,
                })
            })
            .collect()
    }

    #[test]
    fn merged_table_gives_each_lexicons_hits() {
        use crate::lexicon::accusation::{Signal, signals, table};
        use crate::lexicon::rebuttal::{harms, table as cues};
        let mut buf = Vec::new();
        let mut found = [0; 3];
        for line in &fixture_lines() {
            lower_into(line, Span::new(0, line.len()), &mut buf);
            let terms = scan_as(table(), &buf, Some);
            let tactics = scan_as(cues(), &buf, Some);
            let harmed = scan_as(harms(), &buf, Some);
            let merged_terms = scan_as(signals(), &buf, |s| match s {
                Signal::Term(t) => Some(t),
                _ => None,
            });
            let merged_tactics = scan_as(signals(), &buf, |s| match s {
                Signal::Cue(t) => Some(t),
                _ => None,
            });
            let merged_harmed = scan_as(signals(), &buf, |s| match s {
                Signal::Harm(h) => Some(h),
                _ => None,
            });
            assert_eq!(terms, merged_terms, "{line}");
            assert_eq!(tactics, merged_tactics, "{line}");
            assert_eq!(harmed, merged_harmed, "{line}");
            found[0] += terms.len();
            found[1] += tactics.len();
            found[2] += harmed.len();
        }
        assert!(found.iter().all(|&n| n > 0), "{found:?}");
    }

    #[test]
    fn word_filter_drops_no_match() {
        same_as_unfiltered(crate::lexicon::accusation::table());
        same_as_unfiltered(crate::lexicon::accusation::signals());
        same_as_unfiltered(crate::lexicon::rebuttal::table());
        same_as_unfiltered(crate::lexicon::rebuttal::harms());
        same_as_unfiltered(&PhraseTable::new(PAIRS));
    }
}
