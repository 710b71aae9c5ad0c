//! Load generator: search and article requests from concurrent keep-alive clients against a
//! running marsad server on a loopback address, reporting latency percentiles.
//!
//! ```sh
//! cargo run --release -p marsad-server --example serve -- --db marsad.db --port 8080 &
//! cargo run --release -p marsad-server --example loadgen -- --url http://127.0.0.1:8080 \
//!     [--clients 32] [--requests 2000]
//! ```
//!
//! Bounded: each scenario sends exactly `--requests` requests (at most 100,000). Refuses any
//! host but a loopback address. Uses a minimal HTTP/1.1 client (Content-Length and chunked
//! bodies, no TLS) so the measurement has no client library in it.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

/// Queries a reader of Arabic news about Libya might type: names, places, phrases, filters.
const QUERIES: &[&str] = &[
    "حفتر",
    "بوتين",
    "أردوغان",
    "موسكو",
    "ليبيا",
    "\"وقف إطلاق النار\"",
    "طرابلس",
    "السيسي",
    "النفط",
    "تركيا روسيا",
    "الإمارات",
    "مصر",
    "\"خليفة حفتر\"",
    "الأسد",
    "سوريا",
    "برلين",
    "الغاز",
    "مؤتمر",
    "اتفاق",
    "حفتر -موسكو",
    "المرتزقة",
    "حكومة الوفاق",
    "البرلمان",
    "الجيش",
];

struct Client {
    addr: SocketAddr,
    stream: Option<BufReader<TcpStream>>,
}

impl Client {
    /// GETs `path`; returns the status, reconnecting once if the kept-alive socket was closed.
    async fn get(&mut self, path: &str) -> std::io::Result<(u16, Vec<u8>)> {
        for attempt in 0..2 {
            if self.stream.is_none() {
                let s = TcpStream::connect(self.addr).await?;
                s.set_nodelay(true)?;
                self.stream = Some(BufReader::new(s));
            }
            match self.exchange(path).await {
                Ok(r) => return Ok(r),
                Err(e) if attempt == 0 => {
                    self.stream = None;
                    let _ = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(std::io::Error::other("unreachable"))
    }

    async fn exchange(&mut self, path: &str) -> std::io::Result<(u16, Vec<u8>)> {
        let addr = self.addr;
        let Some(stream) = self.stream.as_mut() else {
            return Err(std::io::Error::other("not connected"));
        };
        let request =
            format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: application/json\r\n\r\n");
        stream.get_mut().write_all(request.as_bytes()).await?;
        let mut line = String::new();
        stream.read_line(&mut line).await?;
        let status: u16 = line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .ok_or_else(|| std::io::Error::other(format!("bad status line {line:?}")))?;
        let (mut length, mut chunked, mut close) = (None, false, false);
        loop {
            line.clear();
            stream.read_line(&mut line).await?;
            let header = line.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some((name, value)) = header.split_once(':') {
                let (name, value) = (name.trim().to_ascii_lowercase(), value.trim());
                match name.as_str() {
                    "content-length" => length = value.parse::<usize>().ok(),
                    "transfer-encoding" => chunked = value.eq_ignore_ascii_case("chunked"),
                    "connection" => close = value.eq_ignore_ascii_case("close"),
                    _ => {}
                }
            }
        }
        let mut body = Vec::new();
        if chunked {
            loop {
                line.clear();
                stream.read_line(&mut line).await?;
                let size = usize::from_str_radix(line.trim(), 16)
                    .map_err(|_| std::io::Error::other("bad chunk size"))?;
                let mut chunk = vec![0; size + 2];
                stream.read_exact(&mut chunk).await?;
                if size == 0 {
                    break;
                }
                body.extend_from_slice(&chunk[..size]);
            }
        } else if let Some(n) = length {
            body.resize(n, 0);
            stream.read_exact(&mut body).await?;
        }
        if close {
            self.stream = None;
        }
        Ok((status, body))
    }
}

fn enc(s: &str) -> String {
    s.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Runs `total` requests from `clients` concurrent connections; `path(i)` gives request i.
async fn scenario(
    name: &str,
    addr: SocketAddr,
    clients: usize,
    total: usize,
    path: Arc<dyn Fn(usize) -> String + Send + Sync>,
) {
    let next = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let (next, path) = (Arc::clone(&next), Arc::clone(&path));
        tasks.push(tokio::spawn(async move {
            let mut client = Client { addr, stream: None };
            let mut latencies = Vec::new();
            let mut errors = 0;
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                if i >= total {
                    break;
                }
                let t = Instant::now();
                match client.get(&path(i)).await {
                    Ok((200, _)) => latencies.push(t.elapsed()),
                    _ => errors += 1,
                }
            }
            (latencies, errors)
        }));
    }
    let mut latencies = Vec::with_capacity(total);
    let mut errors = 0;
    for task in tasks {
        if let Ok((l, e)) = task.await {
            latencies.extend(l);
            errors += e;
        }
    }
    let wall = started.elapsed();
    latencies.sort();
    println!(
        "{name:<8} {total} requests, {clients} clients: {:.0} req/s; p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms, max {:.1} ms; errors {errors}",
        latencies.len() as f64 / wall.as_secs_f64(),
        percentile(&latencies, 50.0).as_secs_f64() * 1e3,
        percentile(&latencies, 95.0).as_secs_f64() * 1e3,
        percentile(&latencies, 99.0).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );
}

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let mut url = "http://127.0.0.1:8080".to_string();
    let (mut clients, mut requests) = (32_usize, 2000_usize);
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        match (arg.as_str(), value) {
            ("--url", Some(v)) => url = v,
            ("--clients", Some(v)) => clients = v.parse().unwrap_or(clients),
            ("--requests", Some(v)) => requests = v.parse().unwrap_or(requests),
            _ => {
                eprintln!(
                    "usage: loadgen [--url http://127.0.0.1:PORT] [--clients N] [--requests N]"
                );
                return std::process::ExitCode::from(2);
            }
        }
    }
    let clients = clients.clamp(1, 1024);
    let requests = requests.clamp(1, 100_000);
    let host = url.trim_start_matches("http://").trim_end_matches('/');
    let addr: SocketAddr = match host.replace("localhost", "127.0.0.1").parse() {
        Ok(a) => a,
        Err(_) => {
            eprintln!("--url must be http://IP:PORT on a loopback address, got {url}");
            return std::process::ExitCode::from(2);
        }
    };
    if !addr.ip().is_loopback() {
        eprintln!("refusing {addr}: the load generator only targets loopback addresses");
        return std::process::ExitCode::from(2);
    }

    // Article ids to fetch, from the server itself.
    let mut client = Client { addr, stream: None };
    let ids: Vec<String> = match client.get("/api/v1/articles?limit=500").await {
        Ok((200, body)) => serde_json::from_slice::<serde_json::Value>(&body)
            .ok()
            .and_then(|v| {
                v["items"].as_array().map(|items| {
                    items
                        .iter()
                        .filter_map(|i| i["id"].as_str().map(str::to_owned))
                        .collect()
                })
            })
            .unwrap_or_default(),
        other => {
            eprintln!("cannot list articles at {addr}: {other:?}");
            return std::process::ExitCode::from(1);
        }
    };
    if ids.is_empty() {
        eprintln!("the server has no articles");
        return std::process::ExitCode::from(1);
    }
    let overview = client.get("/api/v1/overview").await.ok();
    if let Some((_, body)) = overview {
        let v: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        println!(
            "server {addr}: {} articles, {} events, search index {} documents",
            v["articles"], v["events"], v["search_index"]["documents"]
        );
    }

    let search: Arc<dyn Fn(usize) -> String + Send + Sync> = Arc::new(|i| {
        let q = QUERIES[i % QUERIES.len()];
        // Every fourth search also asks for page 2, a third of them sorted by date.
        let mut path = format!("/api/v1/search?q={}", enc(q));
        if i % 4 == 3 {
            path.push_str("&offset=20");
        }
        if i % 3 == 2 {
            path.push_str("&sort=newest");
        }
        path
    });
    let article: Arc<dyn Fn(usize) -> String + Send + Sync> = Arc::new(move |i| {
        let id = &ids[(i * 7919) % ids.len()];
        format!(
            "/api/v1/articles/{}",
            id.split('/').map(enc).collect::<Vec<_>>().join("/")
        )
    });
    // Warm-up: caches and mmaps, so the figures show steady state.
    scenario(
        "warm-up",
        addr,
        clients,
        requests.min(200),
        Arc::clone(&search),
    )
    .await;
    scenario("search", addr, clients, requests, search).await;
    scenario("article", addr, clients, requests, article).await;
    std::process::ExitCode::SUCCESS
}
