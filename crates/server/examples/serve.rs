//! Serves a database on a loopback port: the e2e tests' and load generator's server until the
//! CLI's `marsad serve` is wired to [`marsad_server::serve`].
//!
//! ```sh
//! cargo run -p marsad-server --example serve -- --db marsad.db [--port 8080] [--token T] [--rebuild-index]
//! ```

use marsad_server::{IndexMode, ServerConfig};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| "info,tower_http=warn".into()),
        )
        .with_writer(std::io::stderr)
        .init();
    let mut db = None;
    let mut port = 8080_u16;
    let mut token = None;
    let mut rebuild = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--db" => db = args.next().map(PathBuf::from),
            "--port" => match args.next().and_then(|p| p.parse().ok()) {
                Some(p) => port = p,
                None => return usage("--port needs a number"),
            },
            "--token" => token = args.next(),
            "--rebuild-index" => rebuild = true,
            other => return usage(&format!("unknown argument {other}")),
        }
    }
    let Some(db) = db else {
        return usage("--db is required");
    };
    let mut config = ServerConfig::local(db);
    // Loopback only: this example never offers a way to listen elsewhere.
    config.addr = SocketAddr::from(([127, 0, 0, 1], port));
    config.write_token = token;
    if rebuild {
        config.index = IndexMode::Rebuild;
    }
    match marsad_server::serve(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::from(1)
        }
    }
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("{problem}\nusage: serve --db PATH [--port N] [--token T] [--rebuild-index]");
    ExitCode::from(2)
}
