//! The ingest → analyse → store/print loop behind `ingest`, `extract` and `analyze`, with its
//! progress bar and closing summary.
//!
//! Reading runs on its own thread and hands articles over a bounded channel, so parsing the
//! next file overlaps with analysing and storing the previous batch.

use crate::args::{ExtractArgs, IngestArgs, InputArgs};
use crate::{exit, persist};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use marsad_doc::Article;
use marsad_extract::Pipeline;
use marsad_extract::output::{ArticleRecord, RecordOptions};
use marsad_ingest::{IngestConfig, IngestError};
use marsad_store::{AddOutcome, Store};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::io::Write;
use std::ops::ControlFlow;
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Counts for the closing summary.
#[derive(Default)]
struct Tally {
    read: u64,
    stored: u64,
    duplicate_ids: u64,
    duplicate_contents: u64,
    failed: u64,
    text_bytes: u64,
    sentences: u64,
    mentions: u64,
    events: u64,
    per_format: BTreeMap<&'static str, u64>,
    non_arabic: u64,
}

impl Tally {
    fn count_read(&mut self, article: &Article) {
        self.read += 1;
        self.text_bytes += article.text.len() as u64;
        let format = article.origin.as_ref().map_or("?", |o| o.format.as_str());
        *self.per_format.entry(format).or_default() += 1;
        if article.language.as_deref().is_some_and(|l| l != "ar") {
            self.non_arabic += 1;
        }
    }

    fn count_outcomes(&mut self, outcomes: &[AddOutcome]) {
        for outcome in outcomes {
            match outcome {
                AddOutcome::Stored => self.stored += 1,
                AddOutcome::DuplicateId => self.duplicate_ids += 1,
                AddOutcome::DuplicateContent { .. } => self.duplicate_contents += 1,
            }
        }
    }

    fn print(&self, elapsed: Duration, out: &mut dyn Write, stored: bool) -> std::io::Result<()> {
        let seconds = elapsed.as_secs_f64().max(1e-9);
        writeln!(out, "read        {} articles", self.read)?;
        if stored {
            writeln!(out, "stored      {}", self.stored)?;
            writeln!(
                out,
                "duplicates  {} ({} same id, {} same text)",
                self.duplicate_ids + self.duplicate_contents,
                self.duplicate_ids,
                self.duplicate_contents
            )?;
        }
        writeln!(out, "failed      {}", self.failed)?;
        if self.non_arabic > 0 {
            writeln!(out, "non-Arabic  {} (kept, flagged)", self.non_arabic)?;
        }
        if self.sentences > 0 {
            writeln!(out, "sentences   {}", self.sentences)?;
            writeln!(out, "mentions    {}", self.mentions)?;
            writeln!(out, "events      {}", self.events)?;
        }
        let formats: Vec<String> = self
            .per_format
            .iter()
            .map(|(format, n)| format!("{format} {n}"))
            .collect();
        writeln!(out, "formats     {}", formats.join(", "))?;
        writeln!(
            out,
            "time        {:.2} s ({:.0} articles/s, {:.1} MB/s of text)",
            seconds,
            self.read as f64 / seconds,
            self.text_bytes as f64 / 1e6 / seconds
        )
    }
}

/// How a run ended.
enum Ending {
    Complete,
    StoppedStrict,
}

/// Reads every input, hands full batches to `on_batch`, reports bad inputs on stderr.
fn drive(
    input: &InputArgs,
    batch_size: usize,
    tally: &mut Tally,
    mut on_batch: impl FnMut(Vec<Article>, &mut Tally) -> Result<()>,
) -> Result<Ending> {
    let progress = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template(
            "{spinner} {elapsed_precise} {human_pos} articles ({per_sec}) {msg}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    progress.enable_steady_tick(Duration::from_millis(120));

    let (sender, receiver) = mpsc::sync_channel::<Result<Article, IngestError>>(4 * batch_size);
    let paths = input.paths.clone();
    let reader = std::thread::spawn(move || {
        let config = IngestConfig::default();
        // Break only means the consumer stopped early; there is nothing more to report.
        let _stopped =
            marsad_ingest::try_read_paths(&paths, &config, &mut |item| match sender.send(item) {
                Ok(()) => ControlFlow::Continue(()),
                // The consumer stopped (`--strict`): stop reading.
                Err(_) => ControlFlow::Break(()),
            });
    });

    let default_published = input
        .date
        .and_then(|d| d.and_hms_opt(0, 0, 0))
        .map(|t| t.and_utc());
    let mut batch = Vec::with_capacity(batch_size);
    let mut ending = Ending::Complete;
    for item in receiver.iter() {
        match item {
            Ok(mut article) => {
                if article.published.is_none() {
                    article.published = default_published;
                }
                tally.count_read(&article);
                progress.inc(1);
                batch.push(article);
                if batch.len() >= batch_size {
                    on_batch(std::mem::take(&mut batch), tally)?;
                }
            }
            Err(error) => {
                tally.failed += 1;
                progress.suspend(|| eprintln!("marsad: {error}"));
                if input.strict {
                    ending = Ending::StoppedStrict;
                    break;
                }
            }
        }
    }
    if !batch.is_empty() {
        on_batch(batch, tally)?;
    }
    progress.finish_and_clear();
    // Dropping the receiver makes the reader's next send fail, so it stops promptly.
    drop(receiver);
    if reader.join().is_err() {
        anyhow::bail!("the reader thread panicked");
    }
    Ok(ending)
}

fn exit_code(ending: Ending, tally: &Tally) -> u8 {
    match ending {
        Ending::StoppedStrict => exit::STOPPED_STRICT,
        Ending::Complete if tally.failed > 0 => exit::SOME_FAILED,
        Ending::Complete => exit::OK,
    }
}

fn open_store(args: &IngestArgs) -> Result<Store> {
    Store::open(&args.db).with_context(|| format!("opening database {}", args.db.display()))
}

/// `marsad ingest`: read and store.
pub fn ingest(args: &IngestArgs) -> Result<u8> {
    let mut store = open_store(args)?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let ending = drive(
        &args.input,
        args.batch as usize,
        &mut tally,
        |batch, tally| {
            let outcomes = store.add_articles(&batch)?;
            tally.count_outcomes(&outcomes);
            Ok(())
        },
    )?;
    tally.print(started.elapsed(), &mut std::io::stdout().lock(), true)?;
    Ok(exit_code(ending, &tally))
}

fn load_pipeline() -> Result<Pipeline> {
    Pipeline::embedded().context("loading the analysis pipeline")
}

/// `marsad analyze`: read, analyse and store.
pub fn analyze(args: &IngestArgs) -> Result<u8> {
    let pipeline = load_pipeline()?;
    let mut store = open_store(args)?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let ending = drive(
        &args.input,
        args.batch as usize,
        &mut tally,
        |batch, tally| {
            let outcomes = store.add_articles(&batch)?;
            tally.count_outcomes(&outcomes);
            // Analyse what was just stored, and articles stored earlier by `ingest` alone.
            let mut to_analyse = Vec::new();
            for (article, outcome) in batch.iter().zip(&outcomes) {
                let needed = match outcome {
                    AddOutcome::Stored => true,
                    AddOutcome::DuplicateId => !store.is_analysed(&article.id)?,
                    AddOutcome::DuplicateContent { .. } => false,
                };
                if needed {
                    to_analyse.push(article);
                }
            }
            let rows: Vec<_> = to_analyse
                .par_iter()
                .map(|article| persist::new_analysis(&article.id, &pipeline.analyze(article)))
                .collect();
            tally.sentences += rows.iter().map(|r| u64::from(r.sentences)).sum::<u64>();
            tally.mentions += rows.iter().map(|r| r.mentions.len() as u64).sum::<u64>();
            tally.events += rows.iter().map(|r| r.events.len() as u64).sum::<u64>();
            store.save_analyses(&rows)?;
            Ok(())
        },
    )?;
    let mut out = std::io::stdout().lock();
    tally.print(started.elapsed(), &mut out, true)?;
    writeln!(out, "database    {}", args.db.display())?;
    Ok(exit_code(ending, &tally))
}

/// `marsad extract`: read and analyse; print JSON, store nothing.
pub fn extract(args: &ExtractArgs) -> Result<u8> {
    let pipeline = load_pipeline()?;
    let started = Instant::now();
    let mut tally = Tally::default();
    let options = RecordOptions {
        tokens: args.tokens,
    };
    let stdout = std::io::stdout();
    let ending = drive(&args.input, 256, &mut tally, |batch, tally| {
        let rendered: Vec<(String, usize)> = batch
            .par_iter()
            .map(|article| {
                let analysis = pipeline.analyze(article);
                let record = ArticleRecord::new(article, &analysis, options);
                let json = if args.pretty {
                    serde_json::to_string_pretty(&record)
                } else {
                    serde_json::to_string(&record)
                };
                json.map(|line| (line, analysis.sentences.len()))
            })
            .collect::<Result<_, _>>()?;
        let mut out = stdout.lock();
        for (line, sentences) in rendered {
            tally.sentences += sentences as u64;
            writeln!(out, "{line}")?;
        }
        Ok(())
    })?;
    tally.print(started.elapsed(), &mut std::io::stderr().lock(), false)?;
    Ok(exit_code(ending, &tally))
}
