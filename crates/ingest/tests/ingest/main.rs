//! Integration tests of marsad-ingest, one test binary (so the crate links once).
//!
//! Real corpora are read from `../shared` (or `$MARSAD_SHARED`); a test whose input is
//! absent prints `skipped: <path> missing` and passes. Fixtures under `tests/fixtures/` are
//! our own text; every other input (encoded copies, archives, bad files) is made at test
//! time in a temporary directory.

mod bad_input;
mod common;
mod containers;
mod corpora;
mod encodings;
mod formats;
mod seeds;
