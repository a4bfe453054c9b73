//! The names a basemap labels countries and seas with, in every interface language: countries
//! from the npm package `i18n-iso-countries` (keyed by ISO 3166 alpha-2; Natural Earth's
//! countries carry the numeric code, which its `codes.json` maps), seas from the table below.

use crate::i18n::Lang;
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};

/// Names by language tag.
pub type Names = BTreeMap<String, String>;

/// Country names by ISO 3166 numeric code ("398" for Kazakhstan).
#[derive(Clone, Debug, Default)]
pub struct CountryNames(pub HashMap<String, Names>);

#[derive(Deserialize)]
struct LangFile {
    countries: HashMap<String, OneOrMore>,
}

/// A country's name, or its names from the most to the least formal.
#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMore {
    One(String),
    More(Vec<String>),
}

impl OneOrMore {
    /// The short name a map uses: of several, the shortest ("Russland", not "Russische
    /// Föderation").
    fn short(&self) -> Option<&str> {
        match self {
            OneOrMore::One(name) => Some(name),
            OneOrMore::More(names) => names.iter().min_by_key(|n| n.chars().count()).map(String::as_str),
        }
    }
}

/// Where the package's short name is not the one a newspaper map uses.
const CORRECTIONS: &[(&str, &str, &str)] = &[
    ("CN", "ru", "Китай"),
    ("KP", "ru", "КНДР"),
    ("KR", "ru", "Южная Корея"),
    ("LA", "en", "Laos"),
    ("MD", "en", "Moldova"),
    ("SY", "de", "Syrien"),
    ("SY", "en", "Syria"),
    ("TR", "en", "Türkiye"),
    ("US", "en", "USA"),
];

impl CountryNames {
    /// Reads the package's `codes.json` and one `langs/<tag>.json` per interface language.
    pub fn read(
        codes_json: &str,
        lang_file: impl Fn(&str) -> Result<String, String>,
    ) -> Result<Self, String> {
        let codes: Vec<Vec<String>> =
            serde_json::from_str(codes_json).map_err(|e| format!("codes.json: {e}"))?;
        let numeric: HashMap<&str, &str> =
            codes.iter().filter(|c| c.len() >= 3).map(|c| (c[0].as_str(), c[2].as_str())).collect();
        let mut names: HashMap<String, Names> = HashMap::new();
        for lang in Lang::ALL {
            let text = lang_file(lang.tag())?;
            let file: LangFile =
                serde_json::from_str(&text).map_err(|e| format!("{}.json: {e}", lang.tag()))?;
            for (alpha2, name) in &file.countries {
                let (Some(&id), Some(short)) = (numeric.get(alpha2.as_str()), name.short()) else { continue };
                let fixed = CORRECTIONS.iter().find(|(a, t, _)| a == alpha2 && *t == lang.tag()).map(|c| c.2);
                names
                    .entry(id.to_string())
                    .or_default()
                    .insert(lang.tag().into(), fixed.unwrap_or(short).into());
            }
        }
        Ok(CountryNames(names))
    }
}

/// A sea or ocean named on the map: position (read off a map, about 0.5°), rank, and names.
pub struct Sea {
    pub at: (f64, f64),
    pub rank: u8,
    pub names: [(&'static str, &'static str); 3],
}

/// Inland seas rank 1 (they are what a corridor crosses); the rest are named where there is room.
pub const SEAS: &[Sea] = &[
    sea(51.0, 38.4, 1, "Kaspisches Meer", "Caspian Sea", "Каспийское море"),
    sea(34.5, 43.3, 1, "Schwarzes Meer", "Black Sea", "Чёрное море"),
    sea(18.0, 34.5, 2, "Mittelmeer", "Mediterranean Sea", "Средиземное море"),
    sea(38.3, 20.5, 2, "Rotes Meer", "Red Sea", "Красное море"),
    sea(51.5, 27.0, 2, "Persischer Golf", "Persian Gulf", "Персидский залив"),
    sea(64.0, 16.0, 2, "Arabisches Meer", "Arabian Sea", "Аравийское море"),
    sea(88.0, 15.0, 2, "Golf von Bengalen", "Bay of Bengal", "Бенгальский залив"),
    sea(114.0, 14.0, 2, "Südchinesisches Meer", "South China Sea", "Южно-Китайское море"),
    sea(3.5, 56.0, 2, "Nordsee", "North Sea", "Северное море"),
    sea(19.5, 57.5, 2, "Ostsee", "Baltic Sea", "Балтийское море"),
    sea(75.0, -12.0, 1, "Indischer Ozean", "Indian Ocean", "Индийский океан"),
    sea(-35.0, 25.0, 1, "Atlantischer Ozean", "Atlantic Ocean", "Атлантический океан"),
    sea(-150.0, 10.0, 1, "Pazifischer Ozean", "Pacific Ocean", "Тихий океан"),
];

const fn sea(lon: f64, lat: f64, rank: u8, de: &'static str, en: &'static str, ru: &'static str) -> Sea {
    Sea { at: (lon, lat), rank, names: [("de", de), ("en", en), ("ru", ru)] }
}

impl Sea {
    pub fn names(&self) -> Names {
        self.names.iter().map(|(t, n)| (t.to_string(), n.to_string())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_names_and_corrections() {
        let codes = r#"[["RU","RUS","643"],["CN","CHN","156"],["KZ","KAZ","398"]]"#;
        let file = |tag: &str| {
            Ok(match tag {
                "ru" => r#"{"countries":{"RU":["Российская Федерация","Россия"],"CN":"КНР (Китайская Народная Республика)"}}"#,
                _ => r#"{"countries":{"RU":["Russian Federation","Russia"],"KZ":"Kazakhstan"}}"#,
            }
            .to_string())
        };
        let names = CountryNames::read(codes, file).unwrap(); // ok: test code, the input is well-formed
        assert_eq!(names.0["643"]["ru"], "Россия");
        assert_eq!(names.0["643"]["en"], "Russia");
        assert_eq!(names.0["156"]["ru"], "Китай");
        assert_eq!(names.0["398"]["de"], "Kazakhstan");
    }

    #[test]
    fn every_sea_is_named_in_every_language() {
        for sea in SEAS {
            for lang in Lang::ALL {
                assert!(sea.names.iter().any(|(t, n)| *t == lang.tag() && !n.is_empty()), "{:?}", sea.at);
            }
        }
    }
}
