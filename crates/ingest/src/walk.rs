//! Turns paths into a stream of documents to parse: walks directories, opens zip, tar,
//! tar.gz and gz archives (also nested ones), reads stdin.
//!
//! Order is deterministic: directory entries sorted by name, archive members in archive
//! order. Hidden files, `__MACOSX`, media and asset files (images, audio, video, CSS, JS,
//! fonts) and corpus documentation (README, LICENSE, …) met while walking are skipped;
//! a path named explicitly is always read. Tar archives on disk are streamed member by
//! member, so only one member is in memory at a time; a zip on disk is read through its
//! central directory the same way. No document larger than `max_file_bytes` is read.

use crate::IngestConfig;
use crate::error::{ErrorKind, IngestError};
use crate::sniff::{self, Container};
use flate2::read::MultiGzDecoder;
use std::fs::{self, File};
use std::io::{self, BufReader, Cursor, Read, Seek};
use std::ops::ControlFlow;
use std::path::Path;

/// Archives inside archives deeper than this are refused (a zip bomb defence).
const MAX_DEPTH: usize = 4;

/// Name given to standard input in paths and errors.
pub(crate) const STDIN_NAME: &str = "<stdin>";

/// One unit of work for the parsers.
pub(crate) enum Work {
    /// A document's bytes and its path (with `!member` suffixes).
    Parse { path: String, bytes: Vec<u8> },
    /// An input that failed before parsing (unreadable, too large, corrupt archive).
    Fail(IngestError),
}

impl Work {
    pub(crate) fn len(&self) -> usize {
        match self {
            Work::Parse { bytes, .. } => bytes.len(),
            Work::Fail(_) => 0,
        }
    }
}

pub(crate) struct Walker<'a> {
    cfg: &'a IngestConfig,
    emit: &'a mut dyn FnMut(Work) -> ControlFlow<()>,
}

impl<'a> Walker<'a> {
    pub(crate) fn new(
        cfg: &'a IngestConfig,
        emit: &'a mut dyn FnMut(Work) -> ControlFlow<()>,
    ) -> Self {
        Walker { cfg, emit }
    }

    fn fail(&mut self, path: &str, kind: ErrorKind) -> ControlFlow<()> {
        (self.emit)(Work::Fail(IngestError::new(path, kind)))
    }

    /// Reads a path given by the caller: `-` (stdin), a directory or a file.
    pub(crate) fn path(&mut self, path: &Path) -> ControlFlow<()> {
        if path.as_os_str() == "-" {
            return self.stdin();
        }
        let name = path.display().to_string();
        match fs::metadata(path) {
            Ok(meta) if meta.is_dir() => self.dir(path, &name),
            Ok(meta) => self.file(path, name, meta.len()),
            Err(e) => self.fail(&name, ErrorKind::Io(e)),
        }
    }

    fn stdin(&mut self) -> ControlFlow<()> {
        let mut bytes = Vec::new();
        let limit = self.cfg.max_file_bytes;
        match io::stdin().lock().take(limit + 1).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() as u64 > limit => self.fail(
                STDIN_NAME,
                ErrorKind::TooLarge {
                    size: bytes.len() as u64,
                    limit,
                },
            ),
            Ok(_) => self.bytes(STDIN_NAME.to_owned(), bytes, 0),
            Err(e) => self.fail(STDIN_NAME, ErrorKind::Io(e)),
        }
    }

    fn dir(&mut self, path: &Path, name: &str) -> ControlFlow<()> {
        let entries = match fs::read_dir(path) {
            Ok(entries) => entries,
            Err(e) => return self.fail(name, ErrorKind::Io(e)),
        };
        let mut children = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => children.push(entry),
                Err(e) => self.fail(name, ErrorKind::Io(e))?,
            }
        }
        children.sort_by_key(|e| e.file_name());
        for entry in children {
            let child = entry.path();
            let child_name = child.display().to_string();
            let file_name = entry.file_name().to_string_lossy().into_owned();
            if is_skipped(&file_name) {
                continue;
            }
            // Symlinks to files are followed; symlinks to directories are not, so a link
            // cycle cannot make the walk endless.
            let file_type = match entry.file_type() {
                Ok(t) => t,
                Err(e) => {
                    self.fail(&child_name, ErrorKind::Io(e))?;
                    continue;
                }
            };
            if file_type.is_dir() {
                self.dir(&child, &child_name)?;
            } else {
                match fs::metadata(&child) {
                    Ok(meta) if meta.is_file() => self.file(&child, child_name, meta.len())?,
                    Ok(_) => {}
                    Err(e) => self.fail(&child_name, ErrorKind::Io(e))?,
                }
            }
        }
        ControlFlow::Continue(())
    }

    fn file(&mut self, path: &Path, name: String, size: u64) -> ControlFlow<()> {
        let mut head = [0u8; 512];
        let head_len = match File::open(path).and_then(|mut f| read_up_to(&mut f, &mut head)) {
            Ok(n) => n,
            Err(e) => return self.fail(&name, ErrorKind::Io(e)),
        };
        let head = &head[..head_len];
        match sniff::container(head) {
            Some(Container::Zip) => match File::open(path) {
                Ok(f) => self.zip(&name, BufReader::new(f), 0),
                Err(e) => self.fail(&name, ErrorKind::Io(e)),
            },
            Some(Container::Tar) => match File::open(path) {
                Ok(f) => self.tar(&name, BufReader::new(f), "tar", 0),
                Err(e) => self.fail(&name, ErrorKind::Io(e)),
            },
            Some(Container::Gzip) => self.gzip_file(path, name),
            None if size > self.cfg.max_file_bytes => self.fail(
                &name,
                ErrorKind::TooLarge {
                    size,
                    limit: self.cfg.max_file_bytes,
                },
            ),
            None => match fs::read(path) {
                Ok(bytes) => self.bytes(name, bytes, 0),
                Err(e) => self.fail(&name, ErrorKind::Io(e)),
            },
        }
    }

    /// A gzip file on disk: a tarball is streamed; anything else is decompressed whole.
    fn gzip_file(&mut self, path: &Path, name: String) -> ControlFlow<()> {
        let open = || File::open(path).map(|f| MultiGzDecoder::new(BufReader::new(f)));
        let mut head = [0u8; 512];
        let peeked = open().and_then(|mut gz| read_up_to(&mut gz, &mut head));
        match peeked {
            Ok(n) if sniff::is_tar(&head[..n]) => match open() {
                Ok(gz) => self.tar(&name, gz, "tar.gz", 0),
                Err(e) => self.fail(&name, ErrorKind::Io(e)),
            },
            Ok(_) => match open() {
                Ok(gz) => self.gunzipped(&name, gz, 0),
                Err(e) => self.fail(&name, ErrorKind::Io(e)),
            },
            Err(e) => self.fail(&name, archive_error("gzip", &e)),
        }
    }

    /// Documents in memory (stdin, archive members): containers are opened, anything else
    /// is handed to the parsers.
    pub(crate) fn bytes(&mut self, name: String, bytes: Vec<u8>, depth: usize) -> ControlFlow<()> {
        let container = sniff::container(&bytes);
        if container.is_some() && depth >= MAX_DEPTH {
            return self.fail(&name, ErrorKind::TooDeep(MAX_DEPTH));
        }
        match container {
            Some(Container::Zip) => self.zip(&name, Cursor::new(bytes), depth),
            Some(Container::Tar) => self.tar(&name, Cursor::new(bytes), "tar", depth),
            Some(Container::Gzip) => {
                let mut head = [0u8; 512];
                match read_up_to(&mut MultiGzDecoder::new(bytes.as_slice()), &mut head) {
                    Ok(n) if sniff::is_tar(&head[..n]) => self.tar(
                        &name,
                        MultiGzDecoder::new(Cursor::new(bytes)),
                        "tar.gz",
                        depth,
                    ),
                    Ok(_) => self.gunzipped(&name, MultiGzDecoder::new(bytes.as_slice()), depth),
                    Err(e) => self.fail(&name, archive_error("gzip", &e)),
                }
            }
            None => (self.emit)(Work::Parse { path: name, bytes }),
        }
    }

    /// A single gzip-compressed document, named `file.gz!file`.
    fn gunzipped(&mut self, name: &str, reader: impl Read, depth: usize) -> ControlFlow<()> {
        let inner = name.rsplit(['/', '\\', '!']).next().unwrap_or(name);
        let inner = inner
            .strip_suffix(".gz")
            .or_else(|| inner.strip_suffix(".GZ"))
            .unwrap_or(inner);
        let member = format!("{name}!{inner}");
        match read_limited(reader, self.cfg.max_file_bytes) {
            Ok(Ok(bytes)) => self.bytes(member, bytes, depth + 1),
            Ok(Err(too_large)) => self.fail(&member, too_large),
            Err(e) => self.fail(name, archive_error("gzip", &e)),
        }
    }

    fn zip(&mut self, name: &str, reader: impl Read + Seek, depth: usize) -> ControlFlow<()> {
        let mut archive = match zip::ZipArchive::new(reader) {
            Ok(a) => a,
            Err(e) => {
                return self.fail(
                    name,
                    ErrorKind::Archive {
                        format: "zip",
                        message: e.to_string(),
                    },
                );
            }
        };
        for index in 0..archive.len() {
            let mut file = match archive.by_index(index) {
                Ok(f) => f,
                Err(e) => {
                    let kind = ErrorKind::Archive {
                        format: "zip",
                        message: format!("member {index}: {e}"),
                    };
                    self.fail(name, kind)?;
                    continue;
                }
            };
            if file.is_dir() {
                continue;
            }
            // Names that are not valid UTF-8 (old CP437 archives) are shown lossily.
            let member_name = match file.name() {
                Ok(n) => n.into_owned(),
                Err(_) => String::from_utf8_lossy(file.name_raw()).into_owned(),
            };
            if member_name.split('/').any(is_skipped) {
                continue;
            }
            let member = format!("{name}!{member_name}");
            let limit = self.cfg.max_file_bytes;
            if file.size() > limit {
                let size = file.size();
                self.fail(&member, ErrorKind::TooLarge { size, limit })?;
                continue;
            }
            let result = read_limited(&mut file, limit);
            drop(file);
            match result {
                Ok(Ok(bytes)) => self.bytes(member, bytes, depth + 1)?,
                Ok(Err(too_large)) => self.fail(&member, too_large)?,
                Err(e) => self.fail(&member, archive_error("zip", &e))?,
            }
        }
        ControlFlow::Continue(())
    }

    fn tar(
        &mut self,
        name: &str,
        reader: impl Read,
        format: &'static str,
        depth: usize,
    ) -> ControlFlow<()> {
        let mut archive = tar::Archive::new(reader);
        let entries = match archive.entries() {
            Ok(e) => e,
            Err(e) => return self.fail(name, archive_error(format, &e)),
        };
        for entry in entries {
            let mut entry = match entry {
                Ok(e) => e,
                Err(e) => return self.fail(name, archive_error(format, &e)),
            };
            let entry_type = entry.header().entry_type();
            if !(entry_type.is_file() || entry_type == tar::EntryType::Continuous) {
                continue;
            }
            let member_name = String::from_utf8_lossy(&entry.path_bytes()).into_owned();
            let member_name = member_name
                .strip_prefix("./")
                .unwrap_or(&member_name)
                .to_owned();
            if member_name.split('/').any(is_skipped) {
                continue;
            }
            let member = format!("{name}!{member_name}");
            let size = entry.size();
            let limit = self.cfg.max_file_bytes;
            if size > limit {
                self.fail(&member, ErrorKind::TooLarge { size, limit })?;
                continue;
            }
            match read_limited(&mut entry, limit) {
                Ok(Ok(bytes)) if (bytes.len() as u64) < size => {
                    let message = format!(
                        "member {member_name} ends after {} of {size} bytes",
                        bytes.len()
                    );
                    return self.fail(name, ErrorKind::Archive { format, message });
                }
                Ok(Ok(bytes)) => self.bytes(member, bytes, depth + 1)?,
                Ok(Err(too_large)) => self.fail(&member, too_large)?,
                Err(e) => {
                    // The stream is broken: nothing after this member can be trusted.
                    let message = format!("in member {member_name}: {e}");
                    return self.fail(name, ErrorKind::Archive { format, message });
                }
            }
        }
        ControlFlow::Continue(())
    }
}

fn archive_error(format: &'static str, e: &io::Error) -> ErrorKind {
    ErrorKind::Archive {
        format,
        message: e.to_string(),
    }
}

/// Reads all of `reader`, or reports that it holds more than `limit` bytes.
fn read_limited(reader: impl Read, limit: u64) -> io::Result<Result<Vec<u8>, ErrorKind>> {
    let mut bytes = Vec::new();
    reader.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(Err(ErrorKind::TooLarge {
            size: bytes.len() as u64,
            limit,
        }));
    }
    Ok(Ok(bytes))
}

/// Fills `buf` as far as the reader allows.
fn read_up_to(reader: &mut impl Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match reader.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Extensions of files that are never articles: media, styles, scripts, fonts.
const SKIPPED_EXTENSIONS: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "svg", "ico", "bmp", "tif", "tiff", "avif", "mp3", "mp4",
    "m4a", "wav", "ogg", "webm", "avi", "mov", "css", "js", "map", "woff", "woff2", "ttf", "otf",
    "eot",
];

/// Names of corpus documentation shipped beside the articles.
const SKIPPED_STEMS: &[&str] = &[
    "readme",
    "license",
    "licence",
    "copying",
    "changelog",
    "notice",
    "authors",
    "contributing",
];

/// Whether a directory entry or archive path component is skipped during walks.
fn is_skipped(component: &str) -> bool {
    if component.starts_with('.') || component == "__MACOSX" {
        return true;
    }
    let lower = component.to_ascii_lowercase();
    let (stem, ext) = lower.rsplit_once('.').unwrap_or((&lower, ""));
    SKIPPED_EXTENSIONS.contains(&ext) || SKIPPED_STEMS.contains(&stem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skipped_names() {
        assert!(is_skipped(".DS_Store"));
        assert!(is_skipped("README.md"));
        assert!(is_skipped("photo.JPG"));
        assert!(!is_skipped("AL-culture-1.txt"));
        assert!(!is_skipped("2015-07-21.json"));
    }
}
