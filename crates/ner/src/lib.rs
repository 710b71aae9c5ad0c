//! marsad-ner (placeholder until its issue lands).
