//! `marsad bench`: corpus-level throughput of each stage, on one core, over real articles.
//!
//! Articles are read first (that time is reported separately), then every stage runs
//! single-threaded over the same texts so the figures are per core and comparable across
//! machines. Each stage's result is checked against the next so no stage is optimised away.

use crate::args::BenchArgs;
use crate::exit;
use anyhow::{Context, Result, bail};
use marsad_doc::Article;
use marsad_extract::Pipeline;
use marsad_ingest::IngestConfig;
use std::time::Instant;

pub fn run(args: &BenchArgs) -> Result<u8> {
    let started = Instant::now();
    let mut articles: Vec<Article> = Vec::new();
    let mut failed = 0_u64;
    let mut flow = |item: Result<Article, marsad_ingest::IngestError>| {
        match item {
            Ok(article) => articles.push(article),
            Err(_) => failed += 1,
        }
        if articles.len() >= args.limit {
            std::ops::ControlFlow::Break(())
        } else {
            std::ops::ControlFlow::Continue(())
        }
    };
    let _stopped =
        marsad_ingest::try_read_paths(&args.input.paths, &IngestConfig::default(), &mut flow);
    let read_seconds = started.elapsed().as_secs_f64();
    if articles.is_empty() {
        bail!("no article could be read from the inputs");
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    println!(
        "corpus      {} articles, {:.1} MB of text ({failed} inputs failed)",
        articles.len(),
        mb
    );
    println!(
        "read        {:.2} s ({:.1} MB/s, all cores)",
        read_seconds,
        mb / read_seconds
    );

    let pipeline = Pipeline::embedded().context("loading the analysis pipeline")?;
    let single = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .context("building a one-thread pool")?;
    single.install(|| {
        let started = Instant::now();
        let key_bytes: usize = articles
            .iter()
            .map(|a| marsad_text::search_key(&a.text).len())
            .sum();
        report("normalize", started, mb, None);

        let started = Instant::now();
        let mut tokens = Vec::new();
        let mut token_count = 0;
        for article in &articles {
            tokens.clear();
            marsad_text::tokenize_into(&article.text, &mut tokens);
            token_count += tokens.len();
        }
        report("tokenize", started, mb, None);

        let started = Instant::now();
        let mut sentences = 0;
        let mut mentions = 0;
        let mut events = 0;
        for article in &articles {
            let analysis = pipeline.analyze(article);
            sentences += analysis.sentences.len();
            mentions += analysis.mentions.len();
            events += analysis.events.len();
        }
        report("extract", started, mb, Some(sentences));
        println!(
            "found       {token_count} tokens, {sentences} sentences, {mentions} mentions, \
             {events} events ({key_bytes} key bytes)"
        );
    });
    Ok(exit::OK)
}

fn report(stage: &str, started: Instant, mb: f64, sentences: Option<usize>) {
    let seconds = started.elapsed().as_secs_f64().max(1e-9);
    match sentences {
        Some(n) => println!(
            "{stage:<11} {seconds:.2} s ({:.1} MB/s, {:.0} sentences/s, one core)",
            mb / seconds,
            n as f64 / seconds
        ),
        None => println!(
            "{stage:<11} {seconds:.2} s ({:.1} MB/s, one core)",
            mb / seconds
        ),
    }
}
