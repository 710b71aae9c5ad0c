//! marsad-server (placeholder until its issue lands).
