//! The two languages of the app, and every fixed string of the interface in both.
//!
//! Keys are an enum and each key's translations sit side by side in one `match`, so a string
//! cannot exist in only one language: the compiler refuses a key without its pair, and
//! `tests::every_key_has_both_languages` refuses an empty one.

/// German first: the seed article is German, and it is the fallback language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    /// Reads a language tag such as `de`, `en-GB` or `DE-at`; anything else is `None`.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        match primary.as_str() {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    /// Quotes a name from the data the way the language does: „Aktau“ or "Aktau".
    pub fn quote(self, text: &str) -> String {
        self.pick(format!("„{text}“"), format!("\"{text}\""))
    }

    /// Picks one of two translations.
    pub fn pick<T>(self, de: T, en: T) -> T {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// Every fixed string the interface shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    AppTitle,
    AppSubtitle,
    Loading,
    Retry,
    LoadFailed,
    DataInvalid,
    NodesCaption,
    LegsCaption,
    ColName,
    ColKind,
    ColCountry,
    ColPosition,
    ColConfidence,
    ColLeg,
    ColCorridor,
    ColMode,
    ColStatus,
    ColYear,
    ColSources,
    Schematic,
    LanguageSwitch,
    LegendHint,
    KeyRail,
    KeyFerry,
    KeyPlanned,
    KeyDiscussed,
    MapLabel,
    MapDescription,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    MapKeys,
    Length,
    Attribution,
    TablesHeading,
    HintCtrlScroll,
    HintTwoFingers,
    FactCheckHeading,
    FactCheckIntro,
    ArticleSaid,
    SourcesSay,
    SourcesHeading,
    HowWeChecked,
    PanelsLabel,
    ShowTable,
    HideTable,
    VolumeIntro,
    AlsoReported,
    KeyMeasured,
    KeyTarget,
    KeyCapacity,
    TransitIntro,
    TransitDays,
    TransitHours,
    InvestmentIntro,
    YearLabel,
    YearHint,
    RouteFigures,
    NoRouteFigures,
    EarlierYears,
    ColFigure,
    ColValue,
    ColSource,
    ColStage,
    Unverified,
    SourceMarker,
    AddressIgnored,
    EmbedButton,
    EmbedTitle,
    EmbedHelp,
    EmbedCode,
    EmbedCopy,
    EmbedCopied,
    Close,
    OpenFullView,
    Downloads,
    DownloadSvg,
    DownloadPng,
    DownloadCsv,
    DownloadGeojson,
    MoreDetails,
}

impl Key {
    pub const ALL: [Key; 81] = [
        Key::AppTitle,
        Key::AppSubtitle,
        Key::Loading,
        Key::Retry,
        Key::LoadFailed,
        Key::DataInvalid,
        Key::NodesCaption,
        Key::LegsCaption,
        Key::ColName,
        Key::ColKind,
        Key::ColCountry,
        Key::ColPosition,
        Key::ColConfidence,
        Key::ColLeg,
        Key::ColCorridor,
        Key::ColMode,
        Key::ColStatus,
        Key::ColYear,
        Key::ColSources,
        Key::Schematic,
        Key::LanguageSwitch,
        Key::LegendHint,
        Key::KeyRail,
        Key::KeyFerry,
        Key::KeyPlanned,
        Key::KeyDiscussed,
        Key::MapLabel,
        Key::MapDescription,
        Key::ZoomIn,
        Key::ZoomOut,
        Key::ZoomReset,
        Key::MapKeys,
        Key::Length,
        Key::Attribution,
        Key::TablesHeading,
        Key::HintCtrlScroll,
        Key::HintTwoFingers,
        Key::FactCheckHeading,
        Key::FactCheckIntro,
        Key::ArticleSaid,
        Key::SourcesSay,
        Key::SourcesHeading,
        Key::HowWeChecked,
        Key::PanelsLabel,
        Key::ShowTable,
        Key::HideTable,
        Key::VolumeIntro,
        Key::AlsoReported,
        Key::KeyMeasured,
        Key::KeyTarget,
        Key::KeyCapacity,
        Key::TransitIntro,
        Key::TransitDays,
        Key::TransitHours,
        Key::InvestmentIntro,
        Key::YearLabel,
        Key::YearHint,
        Key::RouteFigures,
        Key::NoRouteFigures,
        Key::EarlierYears,
        Key::ColFigure,
        Key::ColValue,
        Key::ColSource,
        Key::ColStage,
        Key::Unverified,
        Key::SourceMarker,
        Key::AddressIgnored,
        Key::EmbedButton,
        Key::EmbedTitle,
        Key::EmbedHelp,
        Key::EmbedCode,
        Key::EmbedCopy,
        Key::EmbedCopied,
        Key::Close,
        Key::OpenFullView,
        Key::Downloads,
        Key::DownloadSvg,
        Key::DownloadPng,
        Key::DownloadCsv,
        Key::DownloadGeojson,
        Key::MoreDetails,
    ];

    /// (German, English).
    fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::AppTitle => {
                ("Güterkorridore zwischen China und Europa", "Freight corridors between China and Europe")
            }
            Key::AppSubtitle => (
                "Mittlerer Korridor, Nordroute über Russland und die Luftbrücke Schymkent–Frankfurt: was der Artikel sagt und was die Quellen sagen",
                "Middle Corridor, the northern route via Russia and the Shymkent–Frankfurt air link: what the article said and what the sources say",
            ),
            Key::Loading => ("Daten werden geladen …", "Loading data …"),
            Key::Retry => ("Erneut versuchen", "Try again"),
            Key::LoadFailed => ("Die Daten konnten nicht geladen werden", "The data could not be loaded"),
            Key::DataInvalid => ("Die Datei enthält Fehler", "The data file has errors"),
            Key::NodesCaption => ("Orte im Datensatz", "Places in the dataset"),
            Key::LegsCaption => ("Streckenabschnitte im Datensatz", "Route legs in the dataset"),
            Key::ColName => ("Name", "Name"),
            Key::ColKind => ("Art", "Kind"),
            Key::ColCountry => ("Land", "Country"),
            Key::ColPosition => ("Lage (Breite, Länge)", "Position (lat, lon)"),
            Key::ColConfidence => ("Sicherheit", "Confidence"),
            Key::ColLeg => ("Abschnitt", "Leg"),
            Key::ColCorridor => ("Route", "Route"),
            Key::ColMode => ("Verkehrsträger", "Mode"),
            Key::ColStatus => ("Stand", "Status"),
            Key::ColYear => ("Jahr", "Year"),
            Key::ColSources => ("Quellen", "Sources"),
            Key::Schematic => ("schematisch", "schematic"),
            Key::LanguageSwitch => ("English", "Deutsch"),
            Key::LegendHint => ("Routen ein- und ausblenden:", "Show or hide routes:"),
            Key::KeyRail => ("Bahn", "rail"),
            Key::KeyFerry => ("Fähre / Schiff", "ferry / ship"),
            Key::KeyPlanned => ("geplant", "planned"),
            Key::KeyDiscussed => ("im Gespräch", "discussed"),
            Key::MapLabel => (
                "Karte der Güterkorridore zwischen China und Europa",
                "Map of the freight corridors between China and Europe",
            ),
            Key::MapDescription => (
                "Die Karte zeigt den Mittleren Korridor über Kasachstan, das Kaspische Meer, Aserbaidschan und Georgien, die Nordroute über Russland und Belarus, die Flugverbindungen von Schymkent nach Frankfurt und München sowie zum Vergleich den Seeweg über Suez. Alle Abschnitte stehen auch in der Tabelle unter der Karte.",
                "The map shows the Middle Corridor via Kazakhstan, the Caspian Sea, Azerbaijan and Georgia, the northern route via Russia and Belarus, the flights from Shymkent to Frankfurt and Munich, and for comparison the sea route via Suez. Every leg is also listed in the table below the map.",
            ),
            Key::ZoomIn => ("Vergrößern", "Zoom in"),
            Key::ZoomOut => ("Verkleinern", "Zoom out"),
            Key::ZoomReset => ("Ansicht zurücksetzen", "Reset view"),
            Key::MapKeys => (
                "Pfeiltasten verschieben, + und − zoomen, 0 setzt zurück, Esc hebt die Auswahl auf.",
                "Arrow keys pan, + and − zoom, 0 resets, Esc clears the selection.",
            ),
            Key::Length => ("Länge", "Length"),
            Key::Attribution => (
                "Grundkarte: Natural Earth (gemeinfrei). Daten: siehe Quellen im Datensatz; Linien schematisch.",
                "Basemap: Natural Earth (public domain). Data: see the sources in the dataset; lines are schematic.",
            ),
            Key::TablesHeading => ("Die Karte als Tabelle", "The map as a table"),
            Key::HintCtrlScroll => {
                ("Zum Zoomen Strg + Mausrad benutzen", "Use Ctrl + scroll to zoom the map")
            }
            Key::HintTwoFingers => {
                ("Karte mit zwei Fingern verschieben und zoomen", "Use two fingers to move and zoom the map")
            }
            Key::FactCheckHeading => (
                "Was der Artikel sagt – und was die Quellen sagen",
                "What the article said – and what the sources say",
            ),
            Key::FactCheckIntro => (
                "Ein deutscher Regionalartikel (2025) über Gespräche zwischen Kasachstan und deutschen Unternehmen nennt Zahlen, die nicht alle stimmen oder belegt sind. Jede Aussage mit unserem Befund und den Quellen:",
                "A German regional article (2025) on talks between Kazakhstan and German companies gives figures that are not all right or sourced. Each claim with our finding and the sources:",
            ),
            Key::ArticleSaid => ("Der Artikel:", "The article:"),
            Key::SourcesSay => ("Die Quellen:", "The sources:"),
            Key::SourcesHeading => ("Quellen", "Sources"),
            Key::HowWeChecked => (
                "So haben wir geprüft: Jede Zahl stammt aus einer benannten Quelle und trägt deren Jahr und unsere Einschätzung der Sicherheit (A amtlich, B Agentur oder Fachpresse mit amtlicher Angabe, C ungefähr, ? unbelegt). Zahlen ohne Quelle zeigen wir nur als Aussage des Artikels.",
                "How we checked: every figure comes from a named source and carries its year and our confidence rating (A official, B news agency or trade press quoting an official, C approximate, ? unverified). Figures without a source appear only as the article's claims.",
            ),
            Key::PanelsLabel => ("Zahlen zu den Routen", "Figures for the routes"),
            Key::ShowTable => ("Als Tabelle zeigen", "Show as table"),
            Key::HideTable => ("Tabelle ausblenden", "Hide table"),
            Key::VolumeIntro => (
                "Was der Mittlere Korridor transportiert, was er transportieren soll und was er kann – mit der Nordroute zum Vergleich. Tonnen und Container haben je eine eigene Achse.",
                "What the Middle Corridor carries, what it is meant to carry and what it can carry – with the northern route for comparison. Tonnes and containers each have their own axis.",
            ),
            Key::AlsoReported => ("Außerdem berichtet", "Also reported"),
            Key::KeyMeasured => ("gemessen", "measured"),
            Key::KeyTarget => ("Ziel", "target"),
            Key::KeyCapacity => ("Kapazität", "capacity"),
            Key::TransitIntro => (
                "Fahrzeiten von China nach Europa in Tagen, als Spannen. Für den Mittleren Korridor: was zum Zeitpunkt des Berichts galt und was angestrebt wurde.",
                "Transit times from China to Europe in days, as ranges. For the Middle Corridor: what applied when it was reported, and what was aimed for.",
            ),
            Key::TransitDays => ("Fahrzeit in Tagen", "Transit time in days"),
            Key::TransitHours => ("Flugzeit in Stunden", "Flight time in hours"),
            Key::InvestmentIntro => (
                "Investitionen und Vereinbarungen, die der Artikel nennt, mit ihrem Stand.",
                "The investments and agreements the article names, and how far they have got.",
            ),
            Key::YearLabel => ("Jahr", "Year"),
            Key::YearHint => (
                "Die Karte zeigt die Strecken, die in diesem Jahr bestanden; die Diagramme markieren das Jahr.",
                "The map shows the legs that existed that year; the charts mark the year.",
            ),
            Key::RouteFigures => ("Zahlen zu dieser Route", "Figures for this route"),
            Key::EarlierYears => ("Frühere Jahre", "Earlier years"),
            Key::NoRouteFigures => (
                "Zu dieser Route gibt es im Datensatz keine Zahlen.",
                "The dataset has no figures for this route.",
            ),
            Key::ColFigure => ("Angabe", "Figure"),
            Key::ColValue => ("Wert", "Value"),
            Key::ColSource => ("Quelle", "Source"),
            Key::ColStage => ("Stand", "Stage"),
            Key::Unverified => ("unbelegt", "unverified"),
            Key::SourceMarker => ("Quelle", "Source"),
            Key::AddressIgnored => (
                "In der Adresse nicht verstanden und übergangen:",
                "Not understood in the address, and ignored:",
            ),
            Key::EmbedButton => ("Einbetten", "Embed"),
            Key::EmbedTitle => ("Diese Karte einbetten", "Embed this map"),
            Key::EmbedHelp => (
                "Den Code in den Artikel kopieren. Er zeigt die Karte so, wie sie jetzt eingestellt ist (Route, Jahr, Sprache, Ausschnitt, Reiter), und passt die Höhe des iframes selbst an.",
                "Copy the code into the article. It shows the map as it is set now (route, year, language, view, tab) and sizes the iframe itself.",
            ),
            Key::EmbedCode => ("Einbettungscode", "Embed code"),
            Key::EmbedCopy => ("Code kopieren", "Copy code"),
            Key::EmbedCopied => ("Kopiert.", "Copied."),
            Key::Close => ("Schließen", "Close"),
            Key::OpenFullView => ("Vollansicht öffnen ↗", "Open full view ↗"),
            Key::Downloads => ("Herunterladen", "Download"),
            Key::DownloadSvg => ("Karte als SVG", "Map as SVG"),
            Key::DownloadPng => ("Karte als PNG", "Map as PNG"),
            Key::DownloadCsv => ("Zahlen als CSV", "Figures as CSV"),
            Key::DownloadGeojson => ("Daten als GeoJSON", "Data as GeoJSON"),
            Key::MoreDetails => ("Daten als Tabelle und Quellen", "Data as tables, and sources"),
        }
    }
}

/// The interface string `key` in `lang`.
pub fn tr(lang: Lang, key: Key) -> &'static str {
    let (de, en) = key.pair();
    lang.pick(de, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for key in Key::ALL {
            for lang in Lang::ALL {
                assert!(!tr(lang, key).trim().is_empty(), "{key:?} is empty in {lang:?}");
            }
        }
    }

    #[test]
    fn language_tags_are_read_loosely() {
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("DE-at"), Some(Lang::De));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("fr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }
}
