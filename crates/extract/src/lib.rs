//! marsad-extract (placeholder until its issue lands).
