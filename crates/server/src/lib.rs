//! marsad's HTTP server: the `/api/v1` JSON API, its OpenAPI document and the embedded Arabic
//! web UI, over one database and its search index.
//!
//! Owns routing, request limits, the JSON shapes ([`dto`], an **API boundary**: offsets in
//! characters) and the static UI. Holds no domain logic: queries live in `marsad_store`,
//! search in `marsad_search`.
//!
//! Defaults are conservative: it listens on `127.0.0.1:8080` only (a non-loopback address is
//! refused unless [`ServerConfig::allow_non_loopback`] is set), it is read-only unless a write
//! token is configured, request bodies are capped and every request has a timeout.
//!
//! ```no_run
//! let config = marsad_server::ServerConfig::local("marsad.db".into());
//! marsad_server::serve(config)?; // blocks until Ctrl-C
//! # Ok::<(), marsad_server::ServerError>(())
//! ```

#![recursion_limit = "512"]

mod api;
mod assets;
pub mod dto;
mod error;
mod export;
mod network;
mod openapi;
mod pool;

pub use error::{ApiError, ServerError};
pub use export::{EventFormat, ExportError, write_events};
pub use openapi::{ROUTES as API_ROUTES, document as openapi_document};

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::routing::{get, post};
use marsad_search::Index;
use marsad_store::Store;
use pool::StorePool;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

/// What to do with the search index at start-up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IndexMode {
    /// Open it and bring it up to date, or build it when missing or stale (the default);
    /// if that fails, serve without search (logged; `/api/v1/search` answers 503).
    OpenOrBuild,
    /// Rebuild it from scratch.
    Rebuild,
    /// Open it as it is; fail if missing or stale.
    Open,
    /// No search: `/api/v1/search` answers 503.
    Disabled,
}

/// Everything the server needs; build it with [`ServerConfig::local`] and adjust fields.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    /// The marsad database (must exist).
    pub db: PathBuf,
    pub addr: SocketAddr,
    /// Must be set to listen on anything but a loopback address.
    pub allow_non_loopback: bool,
    /// Search index directory; by default `<db>.index` beside the database.
    pub index_dir: PathBuf,
    pub index: IndexMode,
    /// Bearer token that enables the write endpoints; `None` makes the server read-only.
    pub write_token: Option<String>,
    /// Time limit for producing a response (streamed exports keep streaming after it).
    pub request_timeout: Duration,
    /// Largest request body accepted, in bytes.
    pub max_body_bytes: usize,
    /// Read-only database connections (requests beyond this wait their turn).
    pub read_connections: usize,
}

impl ServerConfig {
    /// Local, read-only serving of `db` on `127.0.0.1:8080`: index beside the database
    /// (opened or built), 30 s request timeout, 16 MiB bodies, one connection per CPU (≥ 4).
    pub fn local(db: PathBuf) -> ServerConfig {
        let cpus = std::thread::available_parallelism().map_or(4, |n| n.get());
        ServerConfig {
            index_dir: Index::default_dir(&db),
            db,
            addr: SocketAddr::from(([127, 0, 0, 1], 8080)),
            allow_non_loopback: false,
            index: IndexMode::OpenOrBuild,
            write_token: None,
            request_timeout: Duration::from_secs(30),
            max_body_bytes: 16 * 1024 * 1024,
            read_connections: cpus.max(4),
        }
    }
}

/// Shared state of the running server: connections, index, configuration.
#[derive(Clone)]
pub struct App {
    pool: Arc<StorePool>,
    index: Option<Arc<Index>>,
    write_token: Option<Arc<str>>,
    /// Serialises this server's own writes.
    writer: Arc<Mutex<()>>,
}

impl App {
    /// Opens the database (migrating its schema if needed) and the search index as `config`
    /// says. Building a missing index reads every article and can take minutes on a large
    /// corpus; progress goes to the log.
    pub fn open(config: &ServerConfig) -> Result<App, ServerError> {
        if !config.db.exists() {
            return Err(ServerError::MissingDb {
                path: config.db.clone(),
            });
        }
        // Opened once writable so an older schema is migrated; the pool is read-only.
        let store = Store::open(&config.db)?;
        let index = match config.index {
            IndexMode::Disabled => None,
            IndexMode::Open => Some(Index::open(&config.index_dir)?),
            IndexMode::Rebuild => Some(Index::build(&store, &config.index_dir)?.0),
            // The default mode degrades instead of failing: an unwritable directory beside
            // the database should cost search, not the whole server.
            IndexMode::OpenOrBuild => match Index::open_or_build(&store, &config.index_dir) {
                Ok((index, stats)) => {
                    tracing::info!(?stats, dir = %config.index_dir.display(), "search index ready");
                    Some(index)
                }
                Err(error) => {
                    tracing::error!(%error, "search index unavailable; serving without search");
                    None
                }
            },
        };
        drop(store);
        Ok(App {
            pool: Arc::new(StorePool::open(&config.db, config.read_connections)?),
            index: index.map(Arc::new),
            write_token: config.write_token.as_deref().map(Arc::from),
            writer: Arc::new(Mutex::new(())),
        })
    }

    /// The HTTP service: API, OpenAPI document and UI, with limits, timeouts, compression and
    /// security headers.
    pub fn router(&self, config: &ServerConfig) -> Router {
        let api = Router::new()
            .route("/v1/health", get(api::health))
            .route("/v1/overview", get(api::overview))
            .route(
                "/v1/articles",
                get(api::list_articles).post(api::add_articles),
            )
            // A catch-all, because article ids may contain `/`.
            .route("/v1/articles/{*id}", get(api::article))
            .route("/v1/search", get(api::search))
            .route("/v1/actors", get(api::list_actors))
            .route("/v1/actors/{id}", get(api::actor))
            .route("/v1/events", get(api::list_events))
            .route("/v1/evidence", get(api::evidence))
            .route("/v1/network", get(api::network))
            .route("/v1/timeline", get(api::timeline))
            .route("/v1/export/{file}", get(api::export))
            .route("/v1/admin/reindex", post(api::reindex))
            .route(
                "/openapi.json",
                get(|| async { axum::Json(openapi::document()) }),
            )
            .fallback(api::api_not_found)
            .with_state(self.clone());
        let csp = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; \
                   img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; \
                   object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";
        Router::new()
            .nest("/api", api)
            .fallback(assets::serve)
            .layer(CompressionLayer::new())
            .layer(SetResponseHeaderLayer::if_not_present(
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(csp),
            ))
            .layer(SetResponseHeaderLayer::overriding(
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ))
            .layer(SetResponseHeaderLayer::overriding(
                header::REFERRER_POLICY,
                HeaderValue::from_static("no-referrer"),
            ))
            .layer(SetResponseHeaderLayer::overriding(
                HeaderName::from_static("x-frame-options"),
                HeaderValue::from_static("DENY"),
            ))
            .layer(DefaultBodyLimit::max(config.max_body_bytes))
            .layer(RequestBodyLimitLayer::new(config.max_body_bytes))
            .layer(TimeoutLayer::with_status_code(
                StatusCode::SERVICE_UNAVAILABLE,
                config.request_timeout,
            ))
            .layer(CatchPanicLayer::new())
            .layer(TraceLayer::new_for_http())
    }
}

/// Serves `config` until Ctrl-C (or SIGTERM), on the current tokio runtime.
pub async fn serve_async(config: ServerConfig) -> Result<(), ServerError> {
    if !config.addr.ip().is_loopback() && !config.allow_non_loopback {
        return Err(ServerError::NotLoopback(config.addr));
    }
    let open_config = config.clone();
    let app = tokio::task::spawn_blocking(move || App::open(&open_config))
        .await
        .map_err(|e| ServerError::Io(std::io::Error::other(e)))??;
    let listener = tokio::net::TcpListener::bind(config.addr)
        .await
        .map_err(|source| ServerError::Bind {
            addr: config.addr,
            source,
        })?;
    let local = listener.local_addr()?;
    tracing::info!(
        url = %format!("http://{local}/"),
        writable = config.write_token.is_some(),
        "marsad is serving"
    );
    axum::serve(listener, app.router(&config))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

/// [`serve_async`] on a multi-threaded runtime of its own: the entry point for the (synchronous)
/// CLI. Call [`serve_async`] instead from code already inside a tokio runtime.
pub fn serve(config: ServerConfig) -> Result<(), ServerError> {
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(serve_async(config))
}

async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down");
}
