//! marsad-ingest (placeholder until its issue lands).
