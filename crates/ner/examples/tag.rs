//! Tags running Arabic text (a file, or standard input) and prints one entity a line:
//! `start<TAB>end<TAB>TYPE<TAB>text` with byte offsets into the input.
//!
//! `cargo run --release -p marsad-ner --example tag -- --model models/ner/model.bin ../shared/corpus/seeds/000_b6bb7387def07d5c.txt`

use marsad_ner::Model;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut model_path = PathBuf::from("models/ner/model.bin");
    let mut input: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--model" => model_path = args.next().map(PathBuf::from).unwrap_or(model_path),
            _ => input = Some(a.into()),
        }
    }
    let model = match Model::load(&model_path) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    let text = match &input {
        Some(p) => std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display())),
        None => {
            let mut s = String::new();
            std::io::stdin()
                .read_to_string(&mut s)
                .map(|_| s)
                .map_err(|e| format!("stdin: {e}"))
        }
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::FAILURE;
        }
    };
    for e in model.tag_text(&text) {
        println!("{}\t{}\t{}\t{}", e.start, e.end, e.ty, e.text);
    }
    ExitCode::SUCCESS
}
