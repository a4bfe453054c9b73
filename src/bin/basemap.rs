//! `./run basemap` rebuilds a basemap from Natural Earth (npm package `world-atlas`) with country
//! names in every interface language (npm package `i18n-iso-countries`), both installed by
//! `scripts/setup.sh`. The output is deterministic: the same input gives the same bytes.
//!
//!   ./run basemap                                   data/basemap.json, the default story's (1:50m)
//!   ./run basemap --world                           data/world.json, for stories without one (1:110m)
//!   ./run basemap --frame W,S,E,N --out data/X.json a detailed one (1:50m) for a story's window

use corridor_explorer::basemap::build::{Options, build};
use corridor_explorer::basemap::clip::Window;
use corridor_explorer::basemap::names::CountryNames;
use std::process::ExitCode;

const ATLAS: &str = "node_modules/world-atlas";
const NAMES: &str = "node_modules/i18n-iso-countries";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(summary) => {
            println!("{summary}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("basemap: {e}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<String, String> {
    let (options, input, output) = parse(&args)?;
    let read = |path: &str| {
        std::fs::read_to_string(path)
            .map_err(|e| format!("{path}: {e} (run scripts/setup.sh, which installs it from npm)"))
    };
    let text = read(&input)?;
    let names = CountryNames::read(&read(&format!("{NAMES}/codes.json"))?, |tag| {
        read(&format!("{NAMES}/langs/{tag}.json"))
    })?;
    let land = read(&format!("{ATLAS}/land-110m.json"))?;
    let file = build(&text, &land, &names, &options).map_err(|e| format!("{input}: {e}"))?;
    let json = serde_json::to_string(&file).expect("plain data serialises"); // ok: string keys only
    std::fs::write(&output, format!("{json}\n")).map_err(|e| format!("{output}: {e}"))?;
    let points: usize = file.land.iter().chain(&file.borders).map(|l| l.len() / 2).sum();
    Ok(format!(
        "{output}: {} land rings, {} border lines, {} labels, {points} points, {} bytes",
        file.land.len(),
        file.borders.len(),
        file.labels.len(),
        json.len() + 1
    ))
}

/// The options, the Natural Earth file to read and the file to write.
fn parse(args: &[String]) -> Result<(Options, String, String), String> {
    let detailed = format!("{ATLAS}/countries-50m.json");
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        [] => Ok((Options::default(), detailed, "data/basemap.json".into())),
        ["--world"] => {
            Ok((Options::world(), format!("{ATLAS}/countries-110m.json"), "data/world.json".into()))
        }
        ["--frame", frame, "--out", out] | ["--out", out, "--frame", frame] => {
            Ok((Options::detailed(window(frame)?), detailed, out.into()))
        }
        _ => Err("usage: basemap [--world | --frame W,S,E,N --out data/NAME.json]".into()),
    }
}

fn window(text: &str) -> Result<Window, String> {
    let v: Vec<f64> = text
        .split(',')
        .map(|n| n.trim().parse::<f64>())
        .collect::<Result<_, _>>()
        .map_err(|e| format!("--frame {text}: {e}"))?;
    match v[..] {
        [west, south, east, north]
            if west < east
                && south < north
                && (-180.0..=180.0).contains(&west)
                && east <= 180.0
                && south >= -90.0
                && north <= 90.0 =>
        {
            Ok(Window { west, south, east, north })
        }
        _ => Err(format!(
            "--frame {text}: expected west,south,east,north in degrees, west < east, south < north"
        )),
    }
}
