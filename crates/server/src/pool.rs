//! A small pool of read-only SQLite connections, used from blocking threads.
//!
//! rusqlite connections are `Send` but not `Sync`, and every query blocks; so each request
//! borrows one connection for the duration of one closure run on tokio's blocking pool. The
//! semaphore bounds how many requests touch the database at once (the rest wait without
//! occupying threads).

use crate::error::{ApiError, ApiResult};
use marsad_store::{Store, StoreError};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use tokio::sync::Semaphore;

pub struct StorePool {
    path: PathBuf,
    idle: Mutex<Vec<Store>>,
    permits: Arc<Semaphore>,
}

impl StorePool {
    /// Opens `size` (at least one) read-only connections to the database at `path`.
    pub fn open(path: &Path, size: usize) -> Result<StorePool, StoreError> {
        let size = size.max(1);
        let stores = (0..size)
            .map(|_| Store::open_read_only(path))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(StorePool {
            path: path.to_path_buf(),
            idle: Mutex::new(stores),
            permits: Arc::new(Semaphore::new(size)),
        })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` with a connection on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> ApiResult<T>
    where
        T: Send + 'static,
        F: FnOnce(&Store) -> ApiResult<T> + Send + 'static,
    {
        let permit = Arc::clone(&self.permits)
            .acquire_owned()
            .await
            .map_err(|e| ApiError::internal(&e))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let _permit = permit;
            let store = pool.take()?;
            // Returned to the pool on drop, even if `f` panics.
            let lease = Lease {
                pool: &pool,
                store: Some(store),
            };
            f(lease
                .store
                .as_ref()
                .ok_or_else(|| ApiError::internal(&"lost store"))?)
        })
        .await?
    }

    fn take(&self) -> ApiResult<Store> {
        let popped = self
            .idle
            .lock()
            .map_err(|_| ApiError::internal(&"store pool poisoned"))?
            .pop();
        match popped {
            Some(store) => Ok(store),
            // Only after a panic lost a connection: replace it.
            None => Store::open_read_only(&self.path).map_err(ApiError::from),
        }
    }
}

struct Lease<'a> {
    pool: &'a StorePool,
    store: Option<Store>,
}

impl Drop for Lease<'_> {
    fn drop(&mut self) {
        if let (Some(store), Ok(mut idle)) = (self.store.take(), self.pool.idle.lock()) {
            idle.push(store);
        }
    }
}
