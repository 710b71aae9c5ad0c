//! Versioned schema migrations, recorded in SQLite's `user_version`.

use crate::{Result, StoreError};
use rusqlite::Connection;
use std::path::Path;

/// Migrations in order; migration `i` brings the schema to version `i + 1`. Never edit a
/// released migration: add a new one.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_articles.sql"),
    include_str!("migrations/0002_analysis.sql"),
];

pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn migrate(conn: &mut Connection, path: &Path) -> Result<()> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found,
            supported: SCHEMA_VERSION,
        });
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as u32 + 1)?;
        tx.commit()?;
        tracing::info!(version = index + 1, "applied schema migration");
    }
    Ok(())
}
