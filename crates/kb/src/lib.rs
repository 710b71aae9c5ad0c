//! marsad-kb (placeholder until its issue lands).
