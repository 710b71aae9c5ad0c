//! Codes Arabic text from the command line or stdin and prints one line per event and quote:
//! `cargo run -p marsad-events --example code_text -- "رفض المشري والسراج لقاء حفتر"`.

use marsad_events::Coder;
use std::io::Read;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut text: String = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        std::io::stdin().read_to_string(&mut text)?;
    }
    let coder = Coder::embedded()?;
    let coded = coder.code_text(&text, &[], None);
    let slice = |s: (usize, usize)| text.get(s.0..s.1).unwrap_or("?").to_string();
    for e in &coded.events {
        let arg = |a: &Option<marsad_events::Arg>| {
            a.as_ref().map_or("-".to_string(), |a| {
                slice((a.span.start as usize, a.span.end as usize))
            })
        };
        println!(
            "{:<5} {:<9} {:<40} src=[{}] tgt=[{}] trig=[{}] neg={} {:?}{} conf={:.2}",
            e.cameo,
            e.plover.as_ref().map_or("-", |p| p.event_type.as_str()),
            e.cameo_name.chars().take(40).collect::<String>(),
            arg(&e.source),
            arg(&e.target),
            slice((e.trigger.span.start as usize, e.trigger.span.end as usize)),
            e.negated,
            e.modality,
            e.reported_by.as_ref().map_or(String::new(), |r| format!(
                " by=[{}]",
                slice((r.span.start as usize, r.span.end as usize))
            )),
            e.confidence,
        );
    }
    for q in &coded.quotes {
        println!(
            "QUOTE direct={} verb=[{}] speaker=[{}] text=[{}]",
            q.direct,
            q.verb.map_or("-".to_string(), |v| slice((
                v.start as usize,
                v.end as usize
            ))),
            q.speaker.as_ref().map_or("-".to_string(), |a| slice((
                a.span.start as usize,
                a.span.end as usize
            ))),
            slice((q.text.start as usize, q.text.end as usize))
                .chars()
                .take(80)
                .collect::<String>()
        );
    }
    Ok(())
}
