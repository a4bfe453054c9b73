//! Figures (capacities, volumes, targets, transit times, money), the article's claims, and the
//! sources behind both.

use super::{Confidence, CorridorId, Text};

/// What a figure measures; decides the panel it appears in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Topic {
    /// Freight actually carried in a year.
    Volume,
    /// What the infrastructure can carry.
    Capacity,
    /// A volume somebody aims for by a year.
    Target,
    TransitTime,
    /// A transit time somebody aims for.
    TransitTimeTarget,
    Investment,
    Agreement,
    Distance,
}

impl Topic {
    pub const ALL: [Topic; 8] = [
        Self::Volume,
        Self::Capacity,
        Self::Target,
        Self::TransitTime,
        Self::TransitTimeTarget,
        Self::Investment,
        Self::Agreement,
        Self::Distance,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Volume => "volume",
            Self::Capacity => "capacity",
            Self::Target => "target",
            Self::TransitTime => "transit_time",
            Self::TransitTimeTarget => "transit_time_target",
            Self::Investment => "investment",
            Self::Agreement => "agreement",
            Self::Distance => "distance",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Unit {
    /// Million tonnes.
    Mt,
    /// Twenty-foot equivalent units.
    Teu,
    Trains,
    Days,
    Hours,
    Km,
    /// Billion euros.
    EurBn,
    /// Million euros.
    EurM,
    /// Billion US dollars.
    UsdBn,
    /// Million US dollars.
    UsdM,
    /// A plain count (airports, vessels).
    Count,
}

impl Unit {
    pub const ALL: [Unit; 11] = [
        Self::Mt,
        Self::Teu,
        Self::Trains,
        Self::Days,
        Self::Hours,
        Self::Km,
        Self::EurBn,
        Self::EurM,
        Self::UsdBn,
        Self::UsdM,
        Self::Count,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Self::Mt => "Mt",
            Self::Teu => "TEU",
            Self::Trains => "trains",
            Self::Days => "days",
            Self::Hours => "hours",
            Self::Km => "km",
            Self::EurBn => "EUR_bn",
            Self::EurM => "EUR_m",
            Self::UsdBn => "USD_bn",
            Self::UsdM => "USD_m",
            Self::Count => "count",
        }
    }
}

/// One value or an inclusive range (transit times are reported as ranges).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Amount {
    Single(f64),
    Range { min: f64, max: f64 },
}

/// A number (or range) with its unit.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Quantity {
    pub amount: Amount,
    pub unit: Unit,
}

/// How far an investment or agreement has got.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Signed or decided (a memorandum counts, with what it is).
    Agreed,
    /// Put forward by one side, not agreed by the other.
    Proposed,
    /// Only a meeting is reported.
    Talks,
}

impl Stage {
    pub const ALL: [Stage; 3] = [Self::Agreed, Self::Proposed, Self::Talks];

    pub fn code(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::Proposed => "proposed",
            Self::Talks => "talks",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    pub id: String,
    pub topic: Topic,
    pub corridor: Option<CorridorId>,
    pub label: Text,
    /// None only for an agreement without a number (talks about locomotives, say).
    pub quantity: Option<Quantity>,
    /// The year the figure is for (for a target, the year it is due). Required for volumes and
    /// targets; a port's capacity or a distance may have none.
    pub year: Option<u16>,
    /// Figures with the same series id are drawn as one line of a chart (volumes as points,
    /// targets as open markers, a capacity as a reference line). One series, one unit.
    pub series: Option<String>,
    /// For investments and agreements: how far they have got.
    pub stage: Option<Stage>,
    pub source: String,
    pub confidence: Confidence,
    pub note: Option<Text>,
}

impl Figure {
    pub fn unit(&self) -> Option<Unit> {
        self.quantity.map(|q| q.unit)
    }

    /// The figure's number, or the middle of its range (for scales and sorting).
    pub fn value(&self) -> Option<f64> {
        self.quantity.map(|q| match q.amount {
            Amount::Single(v) => v,
            Amount::Range { min, max } => (min + max) / 2.0,
        })
    }

    /// A target or transit-time target: drawn open, never joined to what was measured.
    pub fn is_target(&self) -> bool {
        matches!(self.topic, Topic::Target | Topic::TransitTimeTarget)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    Confirmed,
    /// The number exists but measures something else than the article says.
    DisputedAttribution,
    /// No source found.
    Unverified,
    /// Talked about, not decided.
    Proposed,
}

impl Verdict {
    pub const ALL: [Verdict; 4] =
        [Self::Confirmed, Self::DisputedAttribution, Self::Unverified, Self::Proposed];

    pub fn code(self) -> &'static str {
        match self {
            Self::Confirmed => "confirmed",
            Self::DisputedAttribution => "disputed_attribution",
            Self::Unverified => "unverified",
            Self::Proposed => "proposed",
        }
    }
}

/// A statement of the seed article beside what the sources say about it.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    pub id: String,
    pub said: Text,
    pub finding: Text,
    pub verdict: Verdict,
    pub sources: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub publisher: String,
    pub title: String,
    /// As precise as known: `2024`, `2024-12` or `2024-12-05`; none for a standing data set.
    pub date: Option<String>,
    pub url: Option<String>,
}
