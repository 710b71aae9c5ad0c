//! Command-line arguments.

use clap::{Args, Parser, Subcommand};
use std::path::PathBuf;

const AFTER_HELP: &str = "\
Examples:
  marsad analyze ../shared/corpus/seeds          ingest, analyse and store into ./marsad.db
  marsad ingest corpus.zip feeds/ --db news.db   store articles from an archive and a folder
  marsad extract article.html --tokens           print one JSON object per article, store nothing
  cat items.jsonl | marsad extract -             read JSONL from standard input
  marsad stats --db news.db                      what the database holds
  marsad serve --db news.db                      web UI and API on http://127.0.0.1:8080

Inputs: plain text (any encoding), HTML, TREC-style XML, JSON arrays, JSONL, RSS and Atom
feeds; directories (recursive), .zip, .tar, .tar.gz/.tgz, .gz; '-' for standard input.
Formats are recognised from content, not only from file extensions.

Exit codes:
  0  every input was read (duplicates are not failures)
  1  fatal error (database not usable, invalid option)
  2  usage error
  3  finished, but some inputs were bad: each was reported on stderr and skipped
  4  --strict stopped at the first bad input; batches stored before it are kept";

/// marsad (مرصد): who did what to whom in Arabic news.
#[derive(Debug, Parser)]
#[command(name = "marsad", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    /// More log output on stderr (-v info, -vv debug); MARSAD_LOG overrides.
    #[arg(short, long, action = clap::ArgAction::Count, global = true)]
    pub verbose: u8,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles and store them (no analysis).
    Ingest(IngestArgs),
    /// Read and analyse articles; print one JSON object per article on stdout; store nothing.
    Extract(ExtractArgs),
    /// The main job: ingest, analyse and store, then print a summary.
    Analyze(IngestArgs),
    /// Print what the database holds.
    Stats(StatsArgs),
    /// Export stored data for other tools.
    #[command(subcommand)]
    Export(ExportCommand),
    /// Serve the HTTP API and the web UI over a database (read-only unless --token is given).
    Serve(ServeArgs),
    /// Measure each stage's throughput on one core over real articles (nothing is stored).
    Bench(BenchArgs),
    /// Measure quality on evaluation sets (NER on CoNLL files, events on the Arabic event gold).
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Tag a CoNLL file (`token[ TAG]` lines) with the NER model; prints `token TAG` lines.
    Ner(NerArgs),
    /// Train a model.
    #[command(subcommand)]
    Train(TrainCommand),
    /// The actor knowledge base: validate it, or mine a corpus for names it lacks.
    #[command(subcommand)]
    Kb(KbCommand),
}

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Validate the knowledge base: duplicate or conflicting aliases, bad CAMEO codes,
    /// unknown ids, overlapping dated roles. Exit code 3 when problems are found.
    Check(KbCheckArgs),
    /// List frequent names in a corpus that the knowledge base does not resolve, and likely
    /// spelling variants of known actors, with counts and an example sentence.
    Suggest(KbSuggestArgs),
}

#[derive(Debug, Args)]
pub struct KbSuggestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Report names seen at least this often.
    #[arg(long, default_value_t = 3)]
    pub min_count: usize,
    /// At most this many suggestions.
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
    /// Only articles whose text contains this word (by search key), e.g. ليبيا.
    #[arg(long)]
    pub mentioning: Option<String>,
}

#[derive(Debug, Args)]
pub struct KbCheckArgs {
    /// Check the TSV files in this folder instead of the base built into the binary
    /// (e.g. `data/kb` while editing it).
    #[arg(long)]
    pub dir: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct InputArgs {
    /// Files, directories or archives to read; '-' reads standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Stop at the first bad input instead of reporting and skipping it.
    #[arg(long)]
    pub strict: bool,
    /// Publication date (YYYY-MM-DD) for articles whose source gives none, e.g. a folder of
    /// text files from one day. Titles and relative dates («أمس») are read at this date.
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<chrono::NaiveDate>,
}

#[derive(Debug, Args)]
pub struct IngestArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// The database file (created if missing).
    #[arg(long, default_value = "marsad.db", env = "MARSAD_DB")]
    pub db: PathBuf,
    /// Articles per transaction: a killed run loses at most the batch in flight.
    #[arg(long, default_value_t = 1000, value_parser = clap::value_parser!(u32).range(1..))]
    pub batch: u32,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Include tokens in the output.
    #[arg(long)]
    pub tokens: bool,
    /// Pretty-print each JSON object (no longer one per line).
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Debug, Args)]
pub struct StatsArgs {
    /// The database file.
    #[arg(long, default_value = "marsad.db", env = "MARSAD_DB")]
    pub db: PathBuf,
    /// How many outlets to list.
    #[arg(long, default_value_t = 20)]
    pub top: usize,
}

#[derive(Debug, Args)]
pub struct BenchArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Use at most this many articles.
    #[arg(long, default_value_t = 5000)]
    pub limit: usize,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The database file to serve.
    #[arg(long, default_value = "marsad.db", env = "MARSAD_DB")]
    pub db: PathBuf,
    /// Address to listen on; only loopback addresses unless --public.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub addr: std::net::SocketAddr,
    /// Allow listening on a non-loopback address.
    #[arg(long)]
    pub public: bool,
    /// Bearer token that enables the write endpoints (ingest over HTTP, reindex).
    #[arg(long, env = "MARSAD_TOKEN", hide_env_values = true)]
    pub token: Option<String>,
    /// Search index folder (default: `<db>.index` beside the database).
    #[arg(long)]
    pub index_dir: Option<PathBuf>,
    /// Rebuild the search index from scratch before serving.
    #[arg(long)]
    pub rebuild_index: bool,
}

#[derive(Debug, Subcommand)]
pub enum EvalCommand {
    /// Entity-level precision, recall and F1 per type and micro (conlleval rules).
    Ner(EvalNerArgs),
    /// PROTEST and ASSAULT detection P/R/F1 and source/target accuracy on the event gold.
    Events(EvalEventsArgs),
}

#[derive(Debug, Args)]
pub struct EvalNerArgs {
    /// Gold CoNLL file(s); each is tagged as one document.
    #[arg(long, required = true)]
    pub gold: Vec<PathBuf>,
    /// Tag each sentence alone (the model's first stage), without the document stage.
    #[arg(long)]
    pub sentence_level: bool,
    /// A model file instead of the one built into the binary.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct EvalEventsArgs {
    /// The folder holding protest_gsr.csv, assault_gsr.csv and their *_spans.json.
    #[arg(long, default_value = "../shared/eval/events/arabic_event_gsr")]
    pub gsr: PathBuf,
}

#[derive(Debug, Args)]
pub struct NerArgs {
    /// The CoNLL file to tag (tags, if present, are ignored).
    #[arg(long)]
    pub conll: PathBuf,
    /// A model file instead of the one built into the binary.
    #[arg(long)]
    pub model: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum TrainCommand {
    /// Train the NER model (fixed seed; the last 10% of the file is the development split).
    Ner(TrainNerArgs),
}

#[derive(Debug, Args)]
pub struct TrainNerArgs {
    /// Training data in CoNLL form.
    #[arg(long)]
    pub train: PathBuf,
    /// Where to write the model.
    #[arg(long, default_value = "models/ner/model.bin")]
    pub out: PathBuf,
    /// Folder with the clusters, gazetteer and auto lexicon the features use.
    #[arg(long, default_value = "models/ner")]
    pub resources: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Every stored event (one row per event, with its number of reports).
    Events(ExportEventsArgs),
}

#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum EventExportFormat {
    /// One JSON object per line.
    Jsonl,
    /// Comma-separated values with a header row.
    Csv,
    /// GDELT 2.0 event-table columns (a subset, in GDELT's order), tab-separated.
    Gdelt,
    /// The CSV columns, typed, as one Parquet file (binary: needs --out or a redirect).
    Parquet,
    /// PLOVER event records, one JSON object per line (events with a PLOVER type only).
    Plover,
}

#[derive(Debug, Args)]
pub struct ExportEventsArgs {
    /// The database file.
    #[arg(long, default_value = "marsad.db", env = "MARSAD_DB")]
    pub db: PathBuf,
    #[arg(long, value_enum, default_value = "jsonl")]
    pub format: EventExportFormat,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
}
