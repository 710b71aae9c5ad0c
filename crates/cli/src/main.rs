//! `marsad`: the command-line tool. Thin by design: it parses flags, calls the library crates
//! in data-flow order and prints what they return. All logic lives in the library crates.

mod args;
mod bench;
mod eval_cmd;
mod kb_cmd;
mod persist;
mod pipeline_run;

use anyhow::{Context, Result};
use args::{Cli, Command, EvalCommand, ExportCommand, KbCommand, TrainCommand};
use clap::Parser;
use std::process::ExitCode;

/// Exit codes, documented in `marsad --help`.
mod exit {
    /// Every input was read (duplicates are not failures).
    pub const OK: u8 = 0;
    /// A fatal error: the database could not be opened or written, an option was invalid.
    pub const FATAL: u8 = 1;
    /// The run finished, but some inputs were bad and skipped (each was reported).
    pub const SOME_FAILED: u8 = 3;
    /// `--strict` stopped the run at the first bad input.
    pub const STOPPED_STRICT: u8 = 4;
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // The server reports its address and index progress at info level.
    let quiet_level = match cli.command {
        Command::Serve(_) => "warn,marsad_server=info,marsad_search=info",
        _ => "warn",
    };
    init_logging(cli.verbose, quiet_level);
    match run(cli) {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!("marsad: error: {error:#}");
            ExitCode::from(exit::FATAL)
        }
    }
}

fn init_logging(verbose: u8, quiet_level: &str) {
    let default = match verbose {
        0 => quiet_level,
        1 => "info",
        _ => "debug",
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("MARSAD_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

fn run(cli: Cli) -> Result<u8> {
    match cli.command {
        Command::Ingest(args) => pipeline_run::ingest(&args),
        Command::Extract(args) => pipeline_run::extract(&args),
        Command::Analyze(args) => pipeline_run::analyze(&args),
        Command::Stats(args) => stats(&args),
        Command::Bench(args) => bench::run(&args),
        Command::Eval(EvalCommand::Ner(args)) => eval_cmd::ner(&args),
        Command::Eval(EvalCommand::Events(args)) => eval_cmd::events(&args),
        Command::Ner(args) => eval_cmd::tag(&args),
        Command::Train(TrainCommand::Ner(args)) => eval_cmd::train_ner(&args),
        Command::Serve(args) => serve(args),
        Command::Export(ExportCommand::Events(args)) => export_events(&args),
        Command::Kb(KbCommand::Check(args)) => kb_cmd::check(&args),
        Command::Kb(KbCommand::Suggest(args)) => kb_cmd::suggest(&args),
    }
}

fn stats(args: &args::StatsArgs) -> Result<u8> {
    if !args.db.exists() {
        anyhow::bail!(
            "{}: no such database (create one with `marsad analyze PATH`)",
            args.db.display()
        );
    }
    let store = marsad_store::Store::open(&args.db)?;
    let stats = store
        .stats()
        .with_context(|| format!("{}: reading statistics", args.db.display()))?;
    println!("database   {}", args.db.display());
    println!("articles   {}", stats.articles);
    println!("comments   {}", stats.comments);
    println!("text       {:.1} MB", stats.text_bytes as f64 / 1e6);
    if let (Some(first), Some(last)) = (&stats.first_published, &stats.last_published) {
        println!("published  {first} … {last}");
    }
    println!("outlets    {}", stats.outlets.len());
    for (outlet, count) in stats.outlets.iter().take(args.top) {
        println!("  {count:>8}  {}", outlet.as_deref().unwrap_or("(none)"));
    }
    println!("languages");
    for (language, count) in &stats.languages {
        println!(
            "  {count:>8}  {}",
            language.as_deref().unwrap_or("(unknown)")
        );
    }
    Ok(exit::OK)
}

fn serve(args: args::ServeArgs) -> Result<u8> {
    if !args.db.exists() {
        anyhow::bail!(
            "{}: no such database (create one with `marsad analyze PATH`)",
            args.db.display()
        );
    }
    let mut config = marsad_server::ServerConfig::local(args.db);
    config.addr = args.addr;
    config.allow_non_loopback = args.public;
    config.write_token = args.token;
    if let Some(dir) = args.index_dir {
        config.index_dir = dir;
    }
    if args.rebuild_index {
        config.index = marsad_server::IndexMode::Rebuild;
    }
    marsad_server::serve(config)?;
    Ok(exit::OK)
}

fn export_events(args: &args::ExportEventsArgs) -> Result<u8> {
    use marsad_server::EventFormat;
    use std::io::IsTerminal;
    if !args.db.exists() {
        anyhow::bail!("{}: no such database", args.db.display());
    }
    let format = match args.format {
        args::EventExportFormat::Jsonl => EventFormat::Jsonl,
        args::EventExportFormat::Csv => EventFormat::Csv,
        args::EventExportFormat::Gdelt => EventFormat::GdeltTsv,
        args::EventExportFormat::Parquet => EventFormat::Parquet,
        args::EventExportFormat::Plover => EventFormat::Plover,
    };
    if format == EventFormat::Parquet && args.out.is_none() && std::io::stdout().is_terminal() {
        anyhow::bail!(
            "--format parquet writes a binary file: name it with --out FILE or redirect \
             standard output"
        );
    }
    let store = marsad_store::Store::open_read_only(&args.db)?;
    let filter = marsad_store::EventFilter::default();
    // Unlocked stdout, since a lock is not `Send`; the buffer keeps writes coarse anyway.
    let mut out: Box<dyn std::io::Write + Send> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("{}: creating", path.display()))?,
        )),
        None => Box::new(std::io::BufWriter::new(std::io::stdout())),
    };
    marsad_server::write_events(&store, &filter, format, &mut out)
        .with_context(|| format!("{}: exporting events", args.db.display()))?;
    out.flush()?;
    Ok(exit::OK)
}
