//! Builds a demonstration database from the seed articles, with made-up outlets and dates and a
//! demo analysis written straight into the analysis tables (see `tests/common/fixture.rs`): for
//! the e2e browser tests, the load generator and trying the UI before the real pipeline runs.
//!
//! ```sh
//! cargo run -p marsad-server --example demo_db -- /tmp/demo.db [../shared/corpus/seeds]
//! ```

#[path = "../tests/common/fixture.rs"]
mod fixture;

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let Some(db) = args.next().map(PathBuf::from) else {
        eprintln!("usage: demo_db OUT.db [SEEDS_DIR]");
        return ExitCode::from(2);
    };
    let seeds = args.next().map_or_else(fixture::seeds_dir, PathBuf::from);
    if db.exists() {
        eprintln!("{}: already exists; remove it first", db.display());
        return ExitCode::from(1);
    }
    match fixture::demo_db(&db, &seeds) {
        Some(written) => {
            println!("{}: {written:?}", db.display());
            ExitCode::SUCCESS
        }
        None => {
            eprintln!("{}: no seed articles there", seeds.display());
            ExitCode::from(1)
        }
    }
}
