//! `marsad eval`, `marsad ner` and `marsad train`: measuring and training the models.

use crate::args::{EvalEventsArgs, EvalNerArgs, NerArgs, TrainNerArgs};
use crate::exit;
use anyhow::{Context, Result};
use marsad_events::Coder;
use marsad_events::eval::{
    SpanScores, Split, evaluate_detection, evaluate_spans, evaluate_spans_with, read_gsr_csv,
    read_spans_json,
};
use marsad_ner::{Model, Scorer, Sentence, Tag, UnknownTags, read_conll_file, write_conll};
use std::path::Path;
use std::time::Instant;

fn load_model(path: Option<&Path>) -> Result<Model> {
    match path {
        Some(path) => {
            Model::load(path).with_context(|| format!("{}: loading the model", path.display()))
        }
        None => marsad_extract::embedded_ner_model().context("loading the built-in NER model"),
    }
}

/// Tags one document (a CoNLL file) with the model's document stage when it has one.
fn tag_document(model: &Model, sentences: &[Sentence]) -> Vec<Vec<Tag>> {
    let tokens: Vec<Vec<&str>> = sentences
        .iter()
        .map(|s| s.tokens.iter().map(String::as_str).collect())
        .collect();
    model.tag_document(&tokens)
}

/// `marsad eval ner`: entity-level precision, recall and F1 (conlleval rules) per type and micro.
pub fn ner(args: &EvalNerArgs) -> Result<u8> {
    let model = load_model(args.model.as_deref())?;
    let mut scorer = Scorer::new();
    let (mut tokens, started) = (0, Instant::now());
    for gold in &args.gold {
        let corpus = read_conll_file(gold, UnknownTags::AsOutside)
            .with_context(|| format!("{}: reading CoNLL", gold.display()))?;
        if corpus.unknown_tags > 0 {
            eprintln!(
                "{}: {} unknown tags read as O",
                gold.display(),
                corpus.unknown_tags
            );
        }
        let predictions = if args.sentence_level {
            corpus
                .sentences
                .iter()
                .map(|s| model.tag(&s.tokens))
                .collect()
        } else {
            tag_document(&model, &corpus.sentences)
        };
        for (sentence, predicted) in corpus.sentences.iter().zip(predictions) {
            tokens += sentence.tokens.len();
            if let Some(tags) = &sentence.tags {
                scorer.add(tags, &predicted);
            }
        }
    }
    println!("{}", scorer.report());
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    let mode = if args.sentence_level {
        "sentence"
    } else {
        "document"
    };
    eprintln!(
        "{tokens} tokens in {seconds:.2} s ({:.0} tokens/s, {mode} mode)",
        tokens as f64 / seconds
    );
    Ok(exit::OK)
}

/// `marsad ner --conll FILE`: prints `token TAG` lines, blank lines between sentences.
pub fn tag(args: &NerArgs) -> Result<u8> {
    let model = load_model(args.model.as_deref())?;
    let corpus = read_conll_file(&args.conll, UnknownTags::AsOutside)
        .with_context(|| format!("{}: reading CoNLL", args.conll.display()))?;
    let tagged: Vec<Sentence> = corpus
        .sentences
        .iter()
        .zip(tag_document(&model, &corpus.sentences))
        .map(|(s, tags)| Sentence {
            tokens: s.tokens.clone(),
            tags: Some(tags),
        })
        .collect();
    write_conll(std::io::BufWriter::new(std::io::stdout().lock()), &tagged)?;
    Ok(exit::OK)
}

/// `marsad train ner`: trains a model reproducibly and saves it.
pub fn train_ner(args: &TrainNerArgs) -> Result<u8> {
    let config = marsad_ner::TrainConfig::standard(&args.resources);
    let started = Instant::now();
    let (model, report) = marsad_ner::train(&args.train, &config, &mut |line| eprintln!("{line}"))
        .with_context(|| format!("{}: training", args.train.display()))?;
    model
        .save(&args.out)
        .with_context(|| format!("{}: saving the model", args.out.display()))?;
    println!("{report:?}");
    println!(
        "trained in {:.1} s; saved {}",
        started.elapsed().as_secs_f64(),
        args.out.display()
    );
    Ok(exit::OK)
}

/// `marsad eval events`: sentence-level detection of PROTEST and ASSAULT on the Arabic event
/// gold, and source/target accuracy on its span records.
pub fn events(args: &EvalEventsArgs) -> Result<u8> {
    let coder = Coder::embedded().context("loading the event lexicon")?;
    let pipeline = marsad_extract::Pipeline::embedded().context("loading the pipeline")?;
    for (file, plover) in [("protest", "PROTEST"), ("assault", "ASSAULT")] {
        let csv = args.gsr.join(format!("{file}_gsr.csv"));
        let sentences =
            read_gsr_csv(&csv).with_context(|| format!("{}: reading", csv.display()))?;
        let d = evaluate_detection(&coder, &sentences, plover, Split::All);
        println!(
            "{plover:<8} P {:.3}  R {:.3}  F1 {:.3}  (tp {} fp {} fn {}; easy-no with an event {:.1}% of {}; difficult-no {} of {}; ambiguous left out {})",
            d.precision(),
            d.recall(),
            d.f1(),
            d.tp,
            d.fp,
            d.fn_,
            100.0 * d.easy_no_rate(),
            d.easy_no,
            d.difficult_no_hit,
            d.difficult_no,
            d.ambiguous_skipped,
        );
        let spans_path = args.gsr.join(format!("{file}_spans.json"));
        let records = read_spans_json(&spans_path)
            .with_context(|| format!("{}: reading", spans_path.display()))?;
        let coder_only = evaluate_spans(&coder, &records, plover, Split::All, false);
        print_spans("spans, coder alone", &coder_only);
        // The same records through everything `extract` runs: NER, the actor resolver, then
        // the coder, which then argues over resolved mentions rather than bare phrases.
        let whole = evaluate_spans_with(&records, plover, Split::All, |rec| {
            let article = marsad_doc::Article::from_paragraphs(rec.id.clone(), [&rec.text]);
            if article.text == rec.text {
                pipeline.analyze(&article).events
            } else {
                // Offsets would not line up with the record's text; counted as a miss.
                Vec::new()
            }
        });
        print_spans("spans, full pipeline", &whole);
    }
    Ok(exit::OK)
}

fn print_spans(label: &str, s: &SpanScores) {
    println!(
        "{:<8} {label}: {} records, detected {}, source accuracy {:.3} ({} of {}, words in gold {:.3}), target accuracy {:.3} ({} of {}, words in gold {:.3})",
        "",
        s.records,
        s.detected,
        s.source_accuracy(),
        s.source_hit,
        s.with_source,
        s.source_purity(),
        s.target_accuracy(),
        s.target_hit,
        s.with_target,
        s.target_purity(),
    );
}
