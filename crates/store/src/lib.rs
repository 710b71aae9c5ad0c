//! marsad-store (placeholder until its issue lands).
