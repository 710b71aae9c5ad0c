//! The web UI, embedded at build time from `web/dist/` (see `build.rs`).
//!
//! Only the exact paths in the generated table are served, looked up as strings: there is no
//! file system access at run time, so `..` or encoded separators cannot reach anything else.
//! File names under `assets/` carry a content hash (esbuild), so they are cached for a year;
//! `index.html` is revalidated on every load so a new binary's UI is picked up at once.

use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/assets.rs"));

fn find(path: &str) -> Option<(&'static str, &'static [u8])> {
    ASSETS
        .iter()
        .find(|(p, _, _)| *p == path)
        .map(|&(_, content_type, bytes)| (content_type, bytes))
}

/// Serves `/` and `/assets/...`; anything else is a 404.
pub async fn serve(uri: Uri) -> Response {
    let path = uri.path().trim_start_matches('/');
    let path = if path.is_empty() { "index.html" } else { path };
    match find(path) {
        Some((content_type, bytes)) => {
            let cache = if path.starts_with("assets/") {
                "public, max-age=31536000, immutable"
            } else {
                "no-cache"
            };
            let mut response = bytes.into_response();
            let headers = response.headers_mut();
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            response
        }
        None if path == "index.html" => (
            StatusCode::OK,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            "<!doctype html><meta charset=utf-8><title>marsad</title>\
             <p>The web UI was not built into this binary (web/dist is empty). \
             The API is at <a href=/api/openapi.json>/api/openapi.json</a>.",
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "not found").into_response(),
    }
}
