//! marsad-search (placeholder until its issue lands).
