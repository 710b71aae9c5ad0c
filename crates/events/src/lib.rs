//! marsad-events (placeholder until its issue lands).
