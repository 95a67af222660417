//! A phrase table: finds lexicon phrases in a sentence by one pass over its
//! word starts, with the candidates of each start looked up by first byte.
//!
//! Phrases are written in lower case. A trailing `*` makes a stem ("accus*"
//! matches "accused", "accusation"); otherwise an ASCII phrase must end at a
//! word boundary. A space in a phrase matches any run of whitespace (hard
//! wrapped lines), and `'` matches a straight or a curly apostrophe. Phrases
//! in Han script match at any character, since Chinese has no spaces.

use crate::Span;
use crate::text::ascii::ALNUM;

/// One phrase of a table and the value it carries.
#[derive(Debug)]
struct Entry<T> {
    key: &'static [u8],
    stem: bool,
    /// The lexicon it comes from in a merged table (see
    /// [`PhraseTable::merged`]); 0 in a table of one lexicon.
    class: u8,
    /// The byte its next word starts with (see [`judged_next`]).
    next: Option<u8>,
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
                let head = key
                    .iter()
                    .position(|b| !b.is_ascii_alphanumeric())
                    .unwrap_or(key.len());
                Entry {
                    key,
                    stem,
                    class,
                    next: judged_next(key, head),
                    value,
                }
            })
            .collect();
        // Longer keys first within equal prefixes does not matter: every
        // candidate is tried and the longest kept. (The sort is stable, so
        // one lexicon's entries keep the order they have alone.)
        entries.sort_by(|a, b| a.key.cmp(b.key));
        // Entries are sorted, so those of each first byte are a run.
        let mut first = vec![0u32; 257];
        for e in &entries {
            first[usize::from(e.key[0]) + 1] += 1;
        }
        for b in 0..256 {
            first[b + 1] += first[b];
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
    /// An ASCII word's candidates are only tried when its hash may be that
    /// of a whole-word head whose entries may go on with the next word's
    /// first byte, or its first four bytes and length fit a stem head, and
    /// then only those listed under its head (see [`Heads`] and
    /// [`may_go_on`], which tell why no match is dropped).
    ///
    /// The word starts are those of each ASCII word (a run of ASCII letters
    /// and digits after no letter, digit or non-ASCII byte) and each
    /// non-ASCII character. No phrase starts inside an ASCII word.
    pub(crate) fn scan(&self, lower: &[u8], base: usize, out: &mut Vec<Hit<T>>) {
        let mut i = 0;
        while i < lower.len() {
            let b = lower[i];
            if ALNUM[usize::from(b)] {
                let start = i;
                // The word's end and its [`head_hash`], in the same pass.
                let mut hash = step(SEED, b);
                i += 1;
                while let Some(&c) = lower.get(i).filter(|&&c| ALNUM[usize::from(c)]) {
                    hash = step(hash, c);
                    i += 1;
                }
                if follows_no_word(lower, start) {
                    self.at_word(lower, start, i, hash, base, out);
                }
            } else {
                if b >= 0x80 && b & 0xC0 != 0x80 {
                    self.match_here(lower, i, base, out);
                }
                i += 1;
            }
        }
    }

    /// The longest matches at the start of the ASCII word `lower[start..end]`
    /// (whose head hash is `hash`) when it may be or start with a head: a
    /// few bit tests pass over most words.
    #[inline(always)]
    fn at_word(
        &self,
        lower: &[u8],
        start: usize,
        end: usize,
        hash: u64,
        base: usize,
        out: &mut Vec<Hit<T>>,
    ) {
        let stem = self.heads.may_start_stem(&lower[start..end]);
        let exact = self.heads.exact.find(hash);
        if !stem && exact.is_none() {
            return;
        }
        let next = next_word_start(lower, end);
        let exact = match exact {
            Some(slot) if slot.may_go_on(next) => self.heads.exact.list(slot),
            _ => &[],
        };
        if stem {
            self.match_stems(lower, start, end, exact, next, base, out);
        } else if !exact.is_empty() {
            self.match_list(lower, start, exact, next, base, out);
        }
    }

    /// The longest matches at the start `start` of the ASCII word ending
    /// at `end`, tried on the entries whose head the word starts with and
    /// those of `exact`, whose head it is; `next` is the
    /// [`next_word_start`] after the word.
    #[inline(never)]
    #[allow(clippy::too_many_arguments)]
    fn match_stems(
        &self,
        lower: &[u8],
        start: usize,
        end: usize,
        exact: &[u32],
        next: Option<u8>,
        base: usize,
        out: &mut Vec<Hit<T>>,
    ) {
        let mut lists: [&[u32]; 8] = [&[]; 8];
        let n = self.heads.candidates(&lower[start..end], exact, &mut lists);
        match lists.get(..n) {
            Some(lists) => self.match_lists(lower, start, lists, next, base, out),
            // More lists than room: every entry of the first byte is tried.
            None => self.match_here(lower, start, base, out),
        }
    }

    /// The longest matches at word start `i` among the entries of `list`
    /// (ascending), which holds every entry that may match there; `next`
    /// is the [`next_word_start`] after the word.
    #[inline(never)]
    fn match_list(
        &self,
        lower: &[u8],
        i: usize,
        list: &[u32],
        next: Option<u8>,
        base: usize,
        out: &mut Vec<Hit<T>>,
    ) {
        let end_of = |k: u32| {
            let e = &self.entries[k as usize];
            if may_go_on(e.next, next) {
                match_at(lower, i, e.key, e.stem).map(|end| (e, end))
            } else {
                None
            }
        };
        // The longest match of each class wins; equal-length entries all
        // count, in table order.
        let mut best = [0; CLASSES];
        let mut first = None;
        let mut count = 0;
        for (e, end) in list.iter().filter_map(|&k| end_of(k)) {
            let b = &mut best[usize::from(e.class)];
            *b = (*b).max(end);
            first = first.or(Some((e, end)));
            count += 1;
        }
        // A single match is its class's longest (the usual case).
        if count <= 1 {
            if let Some((e, end)) = first {
                out.push(Hit {
                    span: Span::new(base + i, base + end),
                    value: e.value,
                });
            }
            return;
        }
        for (e, end) in list.iter().filter_map(|&k| end_of(k)) {
            if end == best[usize::from(e.class)] {
                out.push(Hit {
                    span: Span::new(base + i, base + end),
                    value: e.value,
                });
            }
        }
    }

    /// [`PhraseTable::match_list`] over several `lists` (each ascending),
    /// which hold every entry that may match at `i`.
    fn match_lists(
        &self,
        lower: &[u8],
        i: usize,
        lists: &[&[u32]],
        next: Option<u8>,
        base: usize,
        out: &mut Vec<Hit<T>>,
    ) {
        // The entries that match, with their ends.
        let mut found = [(0u32, 0usize); 8];
        let mut count = 0;
        for &k in lists.iter().flat_map(|l| l.iter()) {
            let e = &self.entries[k as usize];
            if !may_go_on(e.next, next) {
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
    /// By the [`shape`] of a stem head's first two bytes: bit `n` when
    /// such a head has `n` bytes.
    stem_shapes: Vec<u64>,
    /// The same by the shape of its third and fourth bytes, for heads of
    /// four bytes or more.
    stem_shapes_on: Vec<u64>,
    /// Bit `n`: some stem head has `n` bytes, fewer than four.
    short_stems: u64,
}

/// Where the first two bytes of a word (its only byte and none) stand in
/// [`Heads::stem_shapes`]: six low bits of each (letters and digits may
/// share).
#[inline(always)]
fn shape(word: &[u8]) -> usize {
    let second = word.get(1).map_or(0, |&b| b & 0x3F);
    usize::from(word[0] & 0x3F) << 6 | usize::from(second)
}

impl Heads {
    /// The heads of `keys`, the entries of a table in order.
    fn new(keys: impl Iterator<Item = (&'static [u8], bool)>) -> Heads {
        let mut exact: Vec<(u64, u32, Option<u8>)> = Vec::new();
        let mut stems: Vec<(u64, u32, Option<u8>)> = Vec::new();
        let mut stem_lens = 0;
        let mut stem_shapes = vec![0u64; 1 << 12];
        let mut stem_shapes_on = vec![0u64; 1 << 12];
        let mut short_stems = 0;
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
            let hash = head_hash(head);
            let index = u32::try_from(index).expect("table of fewer than 2^32 phrases");
            if stem && len == key.len() {
                stems.push((hash, index, None));
                stem_lens |= 1 << len;
                stem_shapes[shape(head)] |= 1 << len;
                match head.get(2..) {
                    Some(rest) if len >= 4 => stem_shapes_on[shape(rest)] |= 1 << len,
                    _ => short_stems |= 1 << len,
                }
            } else {
                exact.push((hash, index, judged_next(key, len)));
            }
        }
        Heads {
            exact: HeadMap::new(exact),
            stems: HeadMap::new(stems),
            stem_lens,
            stem_shapes,
            stem_shapes_on,
            short_stems,
        }
    }

    /// Whether some stem head may start `word` (a run of ASCII letters and
    /// digits), by its first four bytes and a length no longer than the
    /// word. (A head of four bytes or more that starts the word has the
    /// word's bytes 2 and 3 as its own.)
    #[inline(always)]
    fn may_start_stem(&self, word: &[u8]) -> bool {
        // Bits 0 to the word's length (heads are shorter than 64 bytes).
        let fit = self.stem_shapes[shape(word)] & (u64::MAX >> (63 - word.len().min(63)));
        fit != 0
            && match word.get(2..) {
                Some(rest) if !rest.is_empty() => {
                    fit & (self.stem_shapes_on[shape(rest)] | self.short_stems) != 0
                }
                _ => fit & self.short_stems != 0,
            }
    }

    /// How many lists of entries (ascending indices) are listed under the
    /// prefixes of `word` that may be stem heads, and `exact`, put in
    /// `lists` (a count over its length when it overflows).
    fn candidates<'h>(&'h self, word: &[u8], exact: &'h [u32], lists: &mut [&'h [u32]]) -> usize {
        let mut n = 0;
        let mut add = |list: &'h [u32]| {
            if !list.is_empty() {
                if let Some(slot) = lists.get_mut(n) {
                    *slot = list;
                }
                n += 1;
            }
        };
        let mut prefix = SEED;
        for (j, &b) in word.iter().enumerate() {
            prefix = step(prefix, b);
            if self.stem_lens >> (j + 1).min(63) & 1 != 0 {
                add(self.stems.get(prefix));
            }
        }
        add(exact);
        n
    }
}

/// Lists of entries by the hash of their head: a Bloom filter to reject
/// most words with one bit, then an open-addressing table.
#[derive(Debug)]
struct HeadMap {
    bloom: Bloom,
    /// The lists by hash; a slot with `to == 0` is empty.
    slots: Vec<Slot>,
    lists: Vec<u32>,
}

/// The entries `lists[from..to]` listed under `hash`, and the first bytes
/// of a next word that some of them may go on with.
#[derive(Clone, Copy, Debug)]
struct Slot {
    hash: u64,
    from: u32,
    to: u32,
    next: ByteSet,
}

impl Slot {
    /// Whether some entry of the slot may go on (see [`may_go_on`]) when
    /// the text's next word starts with `next` (see [`next_word_start`]).
    fn may_go_on(&self, next: Option<u8>) -> bool {
        next.is_none_or(|b| self.next.contains(b))
    }
}

/// A set of bytes.
#[derive(Clone, Copy, Debug, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    const ALL: ByteSet = ByteSet([u64::MAX; 4]);

    fn insert(&mut self, b: u8) {
        self.0[usize::from(b / 64)] |= 1 << (b % 64);
    }

    fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b / 64)] >> (b % 64) & 1 != 0
    }

    fn union(self, other: ByteSet) -> ByteSet {
        ByteSet(std::array::from_fn(|i| self.0[i] | other.0[i]))
    }
}

impl HeadMap {
    /// The map of `(hash, entry, next)` triples, entries ascending; `next`
    /// is the [`judged_next`] byte of the entry's key.
    fn new(mut triples: Vec<(u64, u32, Option<u8>)>) -> HeadMap {
        let empty = Slot {
            hash: 0,
            from: 0,
            to: 0,
            next: ByteSet::default(),
        };
        let mut map = HeadMap {
            bloom: Bloom::default(),
            slots: vec![empty; (triples.len() * 2).next_power_of_two().max(2)],
            lists: Vec::new(),
        };
        // By hash, entries ascending within each.
        triples.sort_unstable();
        for group in triples.chunk_by(|a, b| a.0 == b.0) {
            let hash = group[0].0;
            let from = map.lists.len() as u32;
            let mut next = ByteSet::default();
            for &(_, entry, judged) in group {
                map.lists.push(entry);
                next = next.union(judged.map_or(ByteSet::ALL, |b| {
                    let mut set = ByteSet::default();
                    set.insert(b);
                    set
                }));
            }
            let to = map.lists.len() as u32;
            let mut s = map.slot(hash);
            while map.slots[s].to != 0 {
                s = (s + 1) & (map.slots.len() - 1);
            }
            map.slots[s] = Slot {
                hash,
                from,
                to,
                next,
            };
            map.bloom.insert(hash);
        }
        map
    }

    fn slot(&self, hash: u64) -> usize {
        (hash >> 40) as usize & (self.slots.len() - 1)
    }

    /// Whether some entries may be listed under `hash`.
    fn may_hold(&self, hash: u64) -> bool {
        self.bloom.contains(hash)
    }

    /// The slot of `hash`, if it has one.
    #[inline(always)]
    fn find(&self, hash: u64) -> Option<&Slot> {
        if !self.may_hold(hash) {
            return None;
        }
        let mut s = self.slot(hash);
        loop {
            let slot = &self.slots[s];
            if slot.to == 0 {
                return None;
            }
            if slot.hash == hash {
                return Some(slot);
            }
            s = (s + 1) & (self.slots.len() - 1);
        }
    }

    /// The entries of `slot` (a collision of two heads merges their
    /// lists, which only adds candidates).
    fn list(&self, slot: &Slot) -> &[u32] {
        &self.lists[slot.from as usize..slot.to as usize]
    }

    /// The entries listed under `hash`.
    fn get(&self, hash: u64) -> &[u32] {
        self.find(hash).map_or(&[], |s| self.list(s))
    }
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// The FNV-1a hash of a head.
fn head_hash(head: &[u8]) -> u64 {
    head.iter().fold(SEED, |h, &b| step(h, b))
}

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

/// Whether an entry whose next word starts with `judged` (see
/// [`judged_next`]) may match before a text whose next word starts with
/// `next` (see [`next_word_start`]). Only an entry whose head is the word
/// can match, and then its byte after the space must meet the text's first
/// byte after the single whitespace byte; a quote or a space in the key,
/// which match more than themselves, and other spacing in the text, are not
/// judged.
fn may_go_on(judged: Option<u8>, next: Option<u8>) -> bool {
    match (judged, next) {
        (Some(k), Some(t)) => k == t,
        _ => true,
    }
}

/// The first byte of the next word after the word ending at `end`, when
/// one whitespace byte stands between: the byte [`may_go_on`] judges.
fn next_word_start(lower: &[u8], end: usize) -> Option<u8> {
    match (lower.get(end), lower.get(end + 1)) {
        (Some(&w), Some(&t)) if w.is_ascii_whitespace() && !t.is_ascii_whitespace() => Some(t),
        _ => None,
    }
}

/// The byte that must start the text's next word for `key`, whose head has
/// `len` bytes, to match, when [`may_go_on`] judges it (`None`: any): the
/// byte after the head and a space.
fn judged_next(key: &[u8], len: usize) -> Option<u8> {
    match (key.get(len), key.get(len + 1)) {
        (Some(b' '), Some(&k)) if k != b'\'' && k != b' ' => Some(k),
        _ => None,
    }
}

/// Whether the ASCII word at `start` of `lower` follows no letter or digit,
/// so a phrase may start there. Marks written outside ASCII leave the word
/// free: curly quotes, dashes and guillemets are punctuation, so the word in
/// “smeared” is one; a letter glued before it ("é", "中") is not.
fn follows_no_word(lower: &[u8], start: usize) -> bool {
    let Some(&before) = start.checked_sub(1).and_then(|i| lower.get(i)) else {
        return true;
    };
    if before < 0x80 {
        return !before.is_ascii_alphanumeric();
    }
    // U+2000 to U+203F (E2 80 xx: quotes, dashes, spaces, the ellipsis)
    // are all punctuation or spaces: the common case, without decoding.
    if start >= 3 && lower[start - 3] == 0xE2 && lower[start - 2] == 0x80 {
        return true;
    }
    // The character ending at `start`: back over continuation bytes to its
    // lead byte (at most three of them in UTF-8).
    let lead = (start.saturating_sub(4)..start)
        .rev()
        .find(|&i| lower[i] & 0xC0 != 0x80)
        .unwrap_or(0);
    std::str::from_utf8(&lower[lead..start])
        .ok()
        .and_then(|s| s.chars().next())
        .is_none_or(|c| !c.is_alphanumeric())
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

/// Hits that lie inside a longer hit starting before them give way to it
/// (hits come sorted by start, the longest first at each start).
pub(crate) fn drop_contained<T>(hits: &mut Vec<Hit<T>>) {
    let mut reach = 0; // the furthest end of a hit starting before the current start
    let mut pending = 0; // the furthest end of hits at the current start
    let mut at = usize::MAX;
    hits.retain(|h| {
        if h.span.start != at {
            reach = reach.max(pending);
            at = h.span.start;
        }
        pending = pending.max(h.span.end);
        h.span.end > reach
    });
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
        table_hits(&PhraseTable::new(PAIRS), text)
    }

    #[test]
    fn stems_words_and_longest() {
        assert_eq!(hits("They Accused us"), vec![("Accused".into(), 1)]);
        assert_eq!(hits("he claimed it"), vec![("claimed".into(), 3)]);
        assert!(hits("claimant").is_empty());
        assert!(hits("reclaim").is_empty());
    }

    #[test]
    fn words_after_marks_outside_ascii_start_phrases() {
        for text in ["They “claimed” it", "They «claimed» it", "a—claimed—b"] {
            assert_eq!(hits(text), vec![("claimed".into(), 3)], "{text}");
        }
        // A letter outside ASCII glued before the word is part of it.
        assert!(hits("éclaimed it").is_empty());
        assert!(hits("说claimed it").is_empty());
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

    static SHAPES: &[(&str, u8)] = &[
        ("out of", 1),
        ("out of political purpose", 2),
        ("outright", 3),
        ("so-called", 4),
        ("so called", 4),
        ("u.s.", 5),
        ("“smear", 6),
        ("'fake", 7),
        ("x2", 8),
        ("claim", 9),
        ("claim", 10),
        ("don't know", 11),
        ("中方", 12),
    ];

    static STEMS: &[(&str, u8)] = &[
        ("ab*", 1),
        ("abc*", 2),
        ("abcd*", 3),
        ("abcde*", 4),
        ("abcdef*", 5),
        ("abcdefg*", 6),
        ("abcdefgh*", 7),
        ("abcdefghi*", 8),
        ("abcdefghij", 9),
        ("abx*", 10),
    ];

    /// The hits of `table` in `text`: what they cover and their values.
    fn table_hits(table: &PhraseTable<u8>, text: &str) -> Vec<(String, u8)> {
        let mut buf = Vec::new();
        lower_into(text, Span::new(0, text.len()), &mut buf);
        let mut out = Vec::new();
        table.scan(&buf, 0, &mut out);
        out.iter()
            .map(|h| (text[h.span].to_string(), h.value))
            .collect()
    }

    fn check(pairs: &'static [(&'static str, u8)], cases: &[(&str, &[(&str, u8)])]) {
        let table = PhraseTable::new(pairs);
        for &(text, want) in cases {
            let want: Vec<(String, u8)> = want.iter().map(|&(t, v)| (t.to_string(), v)).collect();
            assert_eq!(table_hits(&table, text), want, "{text}");
        }
    }

    /// The word filter passes over no word a phrase starts with: a phrase
    /// of several words whatever the spacing and case, a word that heads
    /// two phrases, marks inside and at the start of phrases.
    #[test]
    fn phrases_of_every_shape_are_found() {
        check(
            SHAPES,
            &[
                (
                    "out of\tpolitical purpose",
                    &[("out of\tpolitical purpose", 2)],
                ),
                (
                    "out  of political purpose",
                    &[("out  of political purpose", 2)],
                ),
                (
                    "Out Of Political Purpose!",
                    &[("Out Of Political Purpose", 2)],
                ),
                ("out of politics", &[("out of", 1)]),
                ("outright, out of", &[("outright", 3), ("out of", 1)]),
                ("outrightly out", &[]),
                (
                    "the so-called and so  called",
                    &[("so-called", 4), ("so  called", 4)],
                ),
                ("the U.S. and u.s.a", &[("U.S.", 5), ("u.s.", 5)]),
                ("I don’t know", &[("don’t know", 11)]),
                // A phrase that starts with a mark outside ASCII is tried at
                // every character; one that starts with an ASCII mark never
                // matches.
                ("a “smear” 'fake' fake", &[("“smear", 6)]),
                ("x2 x22 ax2 x2y", &[("x2", 8)]),
                // One phrase under two values gives both.
                ("claim claims", &[("claim", 9), ("claim", 10)]),
                ("说中方", &[("中方", 12)]),
                ("中方x2", &[("中方", 12)]),
            ],
        );
    }

    /// A word that starts more stems than the filter lists hold still
    /// gives every longest match.
    #[test]
    fn words_that_start_many_stems() {
        let all = |w: &'static str, n: u8| -> Vec<(&'static str, u8)> {
            (1..=n).map(|v| (w, v)).collect()
        };
        check(
            STEMS,
            &[
                ("abcdefghij", &all("abcdefghij", 9)),
                ("abcdefghijk", &all("abcdefghijk", 8)),
                ("ABCDE", &all("ABCDE", 4)),
                (
                    "abxy abcd ab a",
                    &[
                        ("abxy", 1),
                        ("abxy", 10),
                        ("abcd", 1),
                        ("abcd", 2),
                        ("abcd", 3),
                        ("ab", 1),
                    ],
                ),
            ],
        );
    }

    /// Every line of the fixtures, and a few more.
    fn fixture_lines() -> Vec<String> {
        let mut lines: Vec<String> = crate::testing::fixture_texts()
            .into_iter()
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
}
