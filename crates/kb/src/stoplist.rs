//! Word lists that keep frequent Arabic words from being taken for actors.
//!
//! Four lists, each for one mechanism that would otherwise turn a common word into a mention:
//!
//! * [`NOT_FAMILY_NAMES`]: the last word of a multi-word person name becomes an implicit weak
//!   alias (a family name: «المشري» after «خالد المشري»). Ordinals («محمد السادس» →
//!   «السادس»), common adjectives («الصديق الكبير» → «الكبير», «نبيل العربي» → «العربي») and
//!   the second half of theophoric compounds («سيف الإسلام», «صلاح الدين») are no family names
//!   and would refer back on every use of the word. A last word right after «عبد», «بن», «أبو»…
//!   is the second half of a compound or a father's name and is skipped as well
//!   ([`COMPOUND_HEADS`]).
//! * [`FUNCTION_WORDS`]: typo-tolerant name matching never uses a high-frequency function word,
//!   neither as the exact token it starts from nor as the misspelt neighbour: «على العرض» is not
//!   «علي العريض», whatever the search key says (it folds ى into ي). Compared on *strict* keys, so
//!   «على» is listed without blocking the name «علي».
//! * [`COMMON_WORDS`]: search keys that are ordinary words and must never be a *strong* alias,
//!   demonym or unconditional metonym (they may be weak, or a metonym with a `when` actor):
//!   «كيف» ("how", also a spelling of Kyiv), «مالية» ("financial", the key of Malé «ماليه»),
//!   «العيون» ("the eyes", Laayoune). [`crate::Kb::check`] reports violations, so a curator who
//!   adds one hears about it. The function words are included.
//!
//! * [`CLASS_NOUNS`]: nouns of a kind of organisation («حزب», «منظمة», «نادي») name no actor
//!   on their own. The tagger often marks one alone before the name it introduces («منظمة
//!   "هيومن رايتس ووتش"», «حزب الدعوة»); the resolver then takes the name with it, or drops
//!   the noun.
//!
//! All entries are written in ordinary spelling and compared on the keys named above.

use std::collections::HashSet;
use std::sync::OnceLock;

/// Last words of person names that are never implicit family-name back-references.
pub(crate) const NOT_FAMILY_NAMES: &[&str] = &[
    // Ordinals (regnal numbers: «محمد السادس», «عبد الله الثاني», «تشارلز الثالث»).
    "الأول",
    "الثاني",
    "الثالث",
    "الرابع",
    "الخامس",
    "السادس",
    "السابع",
    "الثامن",
    "التاسع",
    "العاشر",
    "الأولى",
    "الثانية",
    "الثالثة",
    "الرابعة",
    "الخامسة",
    "السادسة",
    "عشر",
    // Common adjectives that end names («الصديق الكبير», «نبيل العربي»).
    "الكبير",
    "الصغير",
    "الأكبر",
    "الأصغر",
    "الأوسط",
    "العربي",
    "الجديد",
    "القديم",
    "الأخير",
    "الشريف",
    "الطيب",
    "الأمين",
    "الصالح",
    "الحكيم",
    "العظيم",
    "الوطني",
    "الأحمر",
    "الأبيض",
    "الأسود",
    "الأخضر",
    "الشيخ",
    "الابن",
    "الأب",
    // Second halves of theophoric and religious compounds («سيف الإسلام», «نور الدين»,
    // «عبد الرحمن» written apart).
    "الله",
    "الإله",
    "الإسلام",
    "الدين",
    "الرحمن",
    "الرحيم",
    "العزيز",
    "الكريم",
    "الملك",
    "الحق",
    "النبي",
    "الرسول",
    "الهدى",
    "الإيمان",
];

/// Words that make the next word the second half of a compound name or a father's name: the
/// word after them is no family name («سلمان بن عبد العزيز» → not «العزيز», «محمد بن سلمان» →
/// not «سلمان», «نوري أبو سهمين» → not «سهمين»).
pub(crate) const COMPOUND_HEADS: &[&str] = &["عبد", "بن", "ابن", "بنت", "أبو", "أم", "ذو"];

/// High-frequency function words, never part of a typo-tolerant name match (strict keys).
pub(crate) const FUNCTION_WORDS: &[&str] = &[
    "على",
    "إلى",
    "الى",
    "في",
    "من",
    "عن",
    "مع",
    "أن",
    "إن",
    "ان",
    "أنه",
    "إنه",
    "انه",
    "كان",
    "كانت",
    "يكون",
    "تكون",
    "قد",
    "لقد",
    "لا",
    "ما",
    "لم",
    "لن",
    "هل",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "التي",
    "الذي",
    "الذين",
    "هو",
    "هي",
    "هم",
    "نحن",
    "بين",
    "بعد",
    "قبل",
    "عند",
    "حتى",
    "ثم",
    "أو",
    "أي",
    "كل",
    "غير",
    "بل",
    "لكن",
    "إذا",
    "اذا",
    "إذ",
    "عليه",
    "عليها",
    "إليه",
    "اليه",
    "فيه",
    "فيها",
    "منه",
    "منها",
    "عنه",
    "منذ",
    "حول",
    "خلال",
    "ضد",
    "نحو",
    "لدى",
    "أمام",
    "عبر",
    "دون",
    "حيث",
    "كما",
    "كيف",
    "متى",
    "أين",
    "ليس",
    "أيضا",
    "وقد",
    "وقال",
    "قال",
    "قالت",
    "يلي",
    "لدي",
];

/// Ordinary words that may not be strong forms (search keys; see the module doc).
pub(crate) const COMMON_WORDS: &[&str] = &[
    // «كيف» "how": a spelling of Kyiv (كييف is the one listed).
    "كيف",
    // «مالية» "financial": the key of Malé «ماليه».
    "مالية",
    "المالية",
    // «العيون» "the eyes": Laayoune; also towns in Saudi Arabia and Oman.
    "العيون",
    "عيون",
    // «مجريات الأحداث» "the course of events": a plural of مجري (Hungarian).
    "مجريات",
    "المجريات",
    "مجرى",
    "المجرى",
    // «ديلي» "Daily" (ديلي ميل, ديلي تلغراف): Dili.
    "ديلي",
    // «سيول» "torrents, floods": Seoul.
    "سيول",
    "السيول",
    // «قمري» "lunar" (التقويم القمري): Comoran.
    "قمري",
    "القمري",
    "قمرية",
    "القمرية",
    // Common words kept weak in the actor files; listed so that no one makes them strong.
    "كامل",
    "صالح",
    "عون",
    "فتح",
    "الوفاق",
    "القاعدة",
    "النهضة",
];

/// Whether `key` (a search key) is the last word of a name that is no family name.
pub(crate) fn not_family_name(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| keys(NOT_FAMILY_NAMES, marsad_text::search_key))
        .contains(key)
}

/// Whether `key` (a search key) is a word that starts a compound name («عبد», «بن»).
pub(crate) fn compound_head(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| keys(COMPOUND_HEADS, marsad_text::search_key))
        .contains(key)
}

/// Nouns of a kind of organisation, compared on search keys.
pub(crate) const CLASS_NOUNS: &[&str] = &[
    "حزب",
    "منظمة",
    "حركة",
    "جماعة",
    "تنظيم",
    "نادي",
    "جامعة",
    "معهد",
    "مركز",
    "شركة",
    "صحيفة",
    "وكالة",
    "قناة",
    "مجلة",
    "جمعية",
    "مؤسسة",
    "هيئة",
    "جبهة",
    "ائتلاف",
    "تحالف",
    "اتحاد",
    "رابطة",
    "نقابة",
    "بنك",
    "مصرف",
    "ميليشيا",
    "ميليشيات",
    "مجموعة",
    "منتخب",
    "فريق",
    "مستشفى",
    "مجلس",
    "لجنة",
    "وزارة",
    "محكمة",
];

/// Whether `key` (a search key) is a [`CLASS_NOUNS`] entry.
pub(crate) fn class_noun(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| keys(CLASS_NOUNS, crate::matcher::key_of))
        .contains(key)
}

/// Whether `strict` (a strict key) is a function word.
pub(crate) fn function_word(strict: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| keys(FUNCTION_WORDS, marsad_text::strict_key))
        .contains(strict)
}

/// Whether `key` (a search key, words separated by one space) is an ordinary word that may
/// not be a strong form: a [`COMMON_WORDS`] entry or a function word.
pub(crate) fn common_word(key: &str) -> bool {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        let mut set = keys(COMMON_WORDS, crate::matcher::key_of);
        set.extend(keys(FUNCTION_WORDS, crate::matcher::key_of));
        set
    })
    .contains(key)
}

/// The keys of `words`, built once per list (the lists are read on every resolution).
fn keys(words: &[&str], key: fn(&str) -> String) -> HashSet<String> {
    words.iter().map(|w| key(w)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_compare_on_their_keys() {
        // Hamza seat and ة/ه do not matter for search keys.
        assert!(not_family_name(&marsad_text::search_key("الاسلام")));
        assert!(not_family_name(&marsad_text::search_key("السادس")));
        assert!(!not_family_name(&marsad_text::search_key("المشري")));
        assert!(compound_head(&marsad_text::search_key("أبو")));
        // The strict key keeps «على» (a preposition) apart from «علي» (a name).
        assert!(function_word(&marsad_text::strict_key("على")));
        assert!(!function_word(&marsad_text::strict_key("علي")));
        assert!(common_word(&marsad_text::search_key("كيف")));
        assert!(common_word(&marsad_text::search_key("مالية")));
        assert!(!common_word(&marsad_text::search_key("كييف")));
    }
}
