//! The report a client may send their artist: one self-contained web page with the sessions,
//! the days followed, missed steps, the healing chart and the photos and notes the client
//! picked. No script, no address outside the file, and a CSP that forbids loading anything: it
//! opens the same anywhere, offline, and cannot call home.

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use chrono::NaiveDate;

use crate::journal::chart::{Chart, escape};
use crate::locale::{Locale, Value};
use crate::summary::Progress;

/// The chart's and the report's style: the one file the app links for the chart and the
/// report's preview, so the page the artist opens is the page the client saw.
const STYLE: &str = include_str!("../../../../ui/css/report.css");

/// Only data (`data:` images, the style inside); nothing to load, run, submit or frame.
pub const CSP: &str = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; \
                       base-uri 'none'; form-action 'none'";

/// A photo the client picked, with its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    pub date: NaiveDate,
    /// The day of its session it shows; `None` before the first session.
    pub day: Option<i64>,
    /// `image/jpeg` or `image/png`: the store keeps no other.
    pub mime: String,
    pub bytes: Vec<u8>,
}

/// Everything the report shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    pub progress: Progress,
    pub chart: Option<Chart>,
    pub pictures: Vec<Picture>,
}

impl Report {
    /// The whole page, in `locale`; every text from the protocol, the journal or the studio
    /// is escaped.
    pub fn to_html(&self, locale: Locale) -> String {
        let text = |id: &str, args: &[(&str, Value<'_>)]| {
            escape(&locale.text_with(id, args.iter().cloned()))
        };
        let progress = &self.progress;
        let size: usize = self.pictures.iter().map(|p| p.bytes.len() * 4 / 3).sum();
        let mut html = String::with_capacity(32 * 1024 + size);
        let title = text("report-title", &[]);
        let today = locale.long_day(progress.today);
        let _ = write!(
            html,
            r#"<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} · {day}</title>
<style>
{STYLE}</style>
</head>
<body>
<article class="report">
<header>
<h1>{title}</h1>
<p>{as_of}</p>
<p>{protocol}</p>
"#,
            lang = escape(&locale.tag()),
            day = escape(&today),
            as_of = text("summary-as-of", &[("date", today.as_str().into())]),
            protocol = text(
                "summary-protocol",
                &[("name", progress.protocol.as_str().into())]
            ),
        );
        if let Some(studio) = &progress.studio {
            let _ = writeln!(
                html,
                "<p>{}</p>",
                text("summary-from", &[("studio", studio.name.as_str().into())])
            );
            let reach = studio.reach();
            if !reach.is_empty() {
                let _ = writeln!(
                    html,
                    r#"<p class="hint">{}</p>"#,
                    escape(&reach.join(" · "))
                );
            }
        }
        html.push_str("</header>\n");
        self.sessions(&mut html, locale);
        if let Some(chart) = self.chart.as_ref().filter(|c| !c.points.is_empty()) {
            chart_section(&mut html, chart, locale);
        }
        self.photos(&mut html, locale);
        if !progress.notes.is_empty() {
            let _ = writeln!(
                html,
                "<section>\n<h2>{}</h2>\n<ul>",
                text("summary-notes", &[])
            );
            for (date, note) in &progress.notes {
                let _ = writeln!(
                    html,
                    "<li><strong>{}</strong> {}</li>",
                    escape(&locale.day_as_of(*date, progress.today)),
                    escape(note.trim())
                );
            }
            html.push_str("</ul>\n</section>\n");
        }
        let _ = write!(
            html,
            "<footer><p>{}</p></footer>\n</article>\n</body>\n</html>\n",
            text("report-made", &[("date", today.as_str().into())])
        );
        html
    }

    fn sessions(&self, html: &mut String, locale: Locale) {
        let text = |id: &str, args: &[(&str, Value<'_>)]| {
            escape(&locale.text_with(id, args.iter().cloned()))
        };
        let progress = &self.progress;
        let _ = writeln!(
            html,
            "<section>\n<h2>{}</h2>\n<ul>",
            text("summary-sessions", &[])
        );
        for (index, session) in progress.sessions.iter().enumerate() {
            let id = if session.date() > progress.today {
                "report-session-planned"
            } else {
                "report-session-done"
            };
            let _ = writeln!(
                html,
                "<li>{}</li>",
                text(
                    id,
                    &[
                        ("number", (index + 1).into()),
                        ("date", locale.long_day(session.date()).into()),
                        ("time", locale.time(session.start().time()).into()),
                    ],
                )
            );
        }
        html.push_str("</ul>\n");
        if progress.days > 0 {
            let _ = writeln!(
                html,
                "<p>{}</p>",
                text(
                    "summary-followed",
                    &[
                        ("followed", progress.days_followed.into()),
                        ("days", progress.days.into()),
                        ("done", progress.done.into()),
                    ],
                )
            );
        }
        if progress.missed.is_empty() {
            let _ = writeln!(html, "<p>{}</p>", text("summary-no-missed", &[]));
        } else {
            let _ = writeln!(
                html,
                "<h3>{}</h3>\n<ul>",
                text("report-missed", &[("count", progress.missed.len().into())])
            );
            for missed in &progress.missed {
                let _ = writeln!(
                    html,
                    "<li><strong>{}</strong> {}</li>",
                    escape(&locale.day_as_of(missed.date, progress.today)),
                    escape(&missed.title)
                );
            }
            html.push_str("</ul>\n");
        }
        html.push_str("</section>\n");
    }

    fn photos(&self, html: &mut String, locale: Locale) {
        if self.pictures.is_empty() {
            return;
        }
        let _ = writeln!(
            html,
            "<section>\n<h2>{}</h2>\n<div class=\"photos\">",
            escape(&locale.text("report-photos"))
        );
        let today = self.progress.today;
        for picture in &self.pictures {
            let date = locale.day_as_of(picture.date, today);
            let caption = match picture.day {
                Some(day) => locale.text_with(
                    "journal-photo-day",
                    [("day", day.into()), ("date", date.into())],
                ),
                None => date,
            };
            let alt = locale.text_with("journal-photo-alt", [("photo", caption.as_str().into())]);
            let _ = writeln!(
                html,
                r#"<figure><img src="data:{};base64,{}" alt="{}"><figcaption>{}</figcaption></figure>"#,
                escape(&picture.mime),
                BASE64.encode(&picture.bytes),
                escape(&alt),
                escape(&caption)
            );
        }
        html.push_str("</div>\n</section>\n");
    }
}

/// The chart, its numbered milestones and its answers as a table.
fn chart_section(html: &mut String, chart: &Chart, locale: Locale) {
    let text = |id: &str| escape(&locale.text(id));
    let _ = writeln!(
        html,
        "<section>\n<h2>{}</h2>\n{}",
        text("journal-chart"),
        chart.svg(locale, &chart.label(locale))
    );
    if !chart.milestones.is_empty() {
        html.push_str("<ol class=\"milestones\">\n");
        for milestone in &chart.milestones {
            let mut line = locale.text_with(
                "journal-milestone",
                [
                    (
                        "position",
                        locale.position(milestone.session, milestone.day).into(),
                    ),
                    ("date", locale.day_as_of(milestone.date, chart.today).into()),
                    ("title", milestone.title.as_str().into()),
                ],
            );
            if milestone.postponed > 0 {
                line.push(' ');
                line.push_str(&locale.text_with(
                    "journal-milestone-pushed",
                    [("days", milestone.postponed.into())],
                ));
            }
            let _ = writeln!(
                html,
                r#"<li value="{}">{}</li>"#,
                milestone.number,
                escape(&line)
            );
        }
        html.push_str("</ol>\n");
    }
    if !chart.points.is_empty() {
        // Each sign's own words, which agree with it ("rougeur légère", "gonflement léger").
        let redness = [
            "journal-redness-none",
            "journal-redness-mild",
            "journal-redness-moderate",
            "journal-redness-severe",
        ];
        let swelling = [
            "journal-swelling-none",
            "journal-swelling-mild",
            "journal-swelling-moderate",
            "journal-swelling-severe",
        ];
        let itching = [
            "journal-itching-none",
            "journal-itching-mild",
            "journal-itching-moderate",
            "journal-itching-severe",
        ];
        let skins = [
            "journal-surface-smooth",
            "journal-surface-flaking",
            "journal-surface-scabbing",
        ];
        let level = |words: &[&str; 4], value: u8| text(words[usize::from(value.min(3))]);
        let _ = writeln!(
            html,
            "<div class=\"table-frame\" tabindex=\"0\" role=\"region\" aria-labelledby=\"answers\">\n<table>\n<caption id=\"answers\">{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>",
            text("journal-table"),
            text("chart-day"),
            text("chart-redness"),
            text("chart-swelling"),
            text("chart-itching"),
            text("chart-skin"),
            text("chart-pain"),
        );
        for point in &chart.points {
            let _ = writeln!(
                html,
                "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                escape(&locale.text_with(
                    "journal-photo-day",
                    [
                        ("day", point.day.into()),
                        ("date", locale.day_as_of(point.date, chart.today).into()),
                    ],
                )),
                level(&redness, point.redness),
                level(&swelling, point.swelling),
                level(&itching, point.itching),
                text(skins[usize::from(point.flaking.min(2))]),
                point.pain
            );
        }
        html.push_str("</tbody>\n</table>\n</div>\n");
    }
    html.push_str("</section>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::treatment::Session;
    use crate::protocol::Studio;
    use crate::summary::Missed;

    const HOSTILE: &str = r#"<script>alert(1)</script><img src="http://example.com/x.png">"#;

    fn report(pictures: Vec<Picture>) -> Report {
        Report {
            progress: Progress {
                protocol: format!("Ink {HOSTILE}"),
                studio: Some(Studio {
                    name: format!("Studio {HOSTILE}"),
                    website: Some("https://ink.example/aftercare".into()),
                    ..Studio::default()
                }),
                sessions: vec![Session::parse("2026-03-05T10:00", "Europe/London").unwrap()],
                today: "2026-03-10".parse().unwrap(),
                days: 6,
                days_followed: 5,
                done: 3,
                missed: vec![Missed {
                    date: "2026-03-07".parse().unwrap(),
                    title: format!("Keep dry {HOSTILE}"),
                }],
                notes: vec![(
                    "2026-03-06".parse().unwrap(),
                    format!("{HOSTILE} {}", "a".repeat(500)),
                )],
            },
            chart: None,
            pictures,
        }
    }

    #[test]
    fn hostile_texts_stay_text_and_nothing_points_outside_the_file() {
        let picture = Picture {
            date: "2026-03-07".parse().unwrap(),
            day: Some(2),
            mime: "image/png".into(),
            bytes: vec![0x89, b'P', b'N', b'G'],
        };
        let html = report(vec![picture]).to_html(Locale::default());
        assert!(
            !html.contains("<script"),
            "a note cannot open a script:\n{html}"
        );
        assert_eq!(
            html.matches("&lt;script&gt;alert(1)&lt;/script&gt;")
                .count(),
            4,
            "the protocol, the studio, the missed step and the note all show it as text"
        );
        let sources: Vec<&str> = html.split(" src=\"").skip(1).collect();
        assert_eq!(sources.len(), 1, "one image: the photo, not the note's");
        assert!(
            sources[0].starts_with("data:image/png;base64,iVBORw"),
            "embedded: {}",
            &sources[0][..40]
        );
        assert!(
            !html.contains("href="),
            "no link, stylesheet or base to follow"
        );
        assert!(
            html.contains(&format!(
                r#"<meta http-equiv="Content-Security-Policy" content="{CSP}">"#
            )),
            "the page forbids itself to load anything"
        );
        assert!(
            html.contains(&"a".repeat(500)),
            "a very long word is kept whole; the style wraps it"
        );
        assert!(
            html.contains("https://ink.example/aftercare"),
            "the studio's website, as text"
        );
    }

    #[test]
    fn the_report_says_what_was_done_and_missed_in_the_clients_language() {
        let html = report(vec![]).to_html("es".parse().unwrap());
        assert!(
            html.starts_with("<!DOCTYPE html>\n<html lang=\"es\">"),
            "{}",
            &html[..60]
        );
        assert!(
            html.contains("Informe de cicatrización"),
            "the Spanish title:\n{html}"
        );
        assert!(!html.contains("<figure>"), "no photo picked, none shown");
    }
}
