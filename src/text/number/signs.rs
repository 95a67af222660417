//! The signs numbers are written with, one character at a time: Chinese
//! digits, units and scales (common, formal and traditional) and
//! full-width digits. The readers of Chinese numerals, of digits and of
//! suffixes all read them; this module reads nothing of theirs.

/// The value of a Chinese digit: the common ones ("一", "两", "〇"), and
/// the formal ones of sums and cheques, simplified and traditional ("壹",
/// "贰"/"貳", "叁"/"參", "陆"/"陸").
pub(super) fn zh_digit(c: char) -> Option<u32> {
    Some(match c {
        '零' | '〇' => 0,
        '一' | '壹' => 1,
        '二' | '两' | '兩' | '俩' | '倆' | '贰' | '貳' => 2,
        '三' | '叁' | '參' | '叄' => 3,
        '四' | '肆' => 4,
        '五' | '伍' => 5,
        '六' | '陆' | '陸' => 6,
        '七' | '柒' => 7,
        '八' | '捌' => 8,
        '九' | '玖' => 9,
        _ => return None,
    })
}

/// The value of a Chinese unit, common or formal.
pub(super) fn zh_unit(c: char) -> Option<f64> {
    Some(match c {
        '十' | '拾' => 10.0,
        '百' | '佰' => 100.0,
        '千' | '仟' => 1000.0,
        '万' | '萬' => 1e4,
        '亿' | '億' => 1e8,
        _ => return None,
    })
}

/// The formal numerals that are everyday words on their own ("陆地",
/// "队伍", "放肆", "收拾"): one standing alone is not a number.
pub(super) fn is_formal(c: char) -> bool {
    matches!(
        c,
        '壹' | '贰'
            | '貳'
            | '叁'
            | '參'
            | '叄'
            | '肆'
            | '伍'
            | '陆'
            | '陸'
            | '柒'
            | '捌'
            | '玖'
            | '拾'
            | '佰'
            | '仟'
    )
}

/// The units a colloquial number may open with ("百二萬", "千三", "萬九").
pub(super) fn is_bare_unit(c: char) -> bool {
    matches!(c, '百' | '佰' | '千' | '仟' | '万' | '萬')
}

/// Characters a Chinese number can start with: a digit, "十", a unit of a
/// colloquial number ("千三"), the sign "负", the percentage frame
/// "百分之", and the vague orders "数十", "几百", "上千", "成千上万".
pub(super) fn is_zh_number_start(c: char) -> bool {
    zh_digit(c).is_some()
        || is_bare_unit(c)
        || matches!(c, '十' | '拾' | '负' | '負' | '数' | '几' | '上' | '成')
}

/// Where the run of numerals, figures and units from `i` ends: a number
/// that cannot be read whole is skipped whole.
pub(super) fn numeral_run_end(text: &str, i: usize, end: usize) -> usize {
    let run: usize = text[i..end]
        .chars()
        .take_while(|&c| {
            zh_digit(c).is_some() || zh_unit(c).is_some() || c == '兆' || c.is_ascii_digit()
        })
        .map(char::len_utf8)
        .sum();
    i + run
}

/// A Chinese scale written after digits at `j`: "万", "亿", "万亿", "千万",
/// "百万", "十万". Returns (end, multiplier), multiplier 1 when none.
pub(super) fn zh_scale(text: &str, j: usize, end: usize) -> (usize, f64) {
    const SCALES: &[(&str, f64)] = &[
        // Simplified.
        ("万亿", 1e12),
        ("千亿", 1e11),
        ("百亿", 1e10),
        ("十亿", 1e9),
        ("千万", 1e7),
        ("百万", 1e6),
        ("十万", 1e5),
        ("万万", 1e8),
        ("亿", 1e8),
        ("万", 1e4),
        // Traditional.
        ("萬億", 1e12),
        ("千億", 1e11),
        ("百億", 1e10),
        ("十億", 1e9),
        ("千萬", 1e7),
        ("百萬", 1e6),
        ("十萬", 1e5),
        ("萬萬", 1e8),
        ("億", 1e8),
        ("萬", 1e4),
    ];
    let rest = &text[j..end];
    SCALES
        .iter()
        .find(|(w, _)| rest.starts_with(w))
        .map_or((j, 1.0), |&(w, s)| (j + w.len(), s))
}

/// The digit value of an ASCII or full-width digit.
pub(super) fn fullwidth_digit(c: char) -> Option<u32> {
    ('０'..='９').contains(&c).then(|| c as u32 - '０' as u32)
}
