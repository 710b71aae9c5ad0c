//! Events as Parquet: the CSV export's columns, typed (dates as `DATE`, absent values as nulls
//! rather than empty strings), snappy-compressed.
//!
//! Written with parquet's own column writers rather than through arrow, which would add a
//! dozen crates to the build for no gain on a flat table. Rows are buffered one row group at a
//! time, so an export of any size holds at most [`ROW_GROUP_ROWS`] rows in memory, and each
//! finished row group goes straight to the output (the HTTP download starts before the
//! export ends; the footer that makes the file readable comes last).

use super::ExportError;
use chrono::{Datelike, NaiveDate};
use marsad_store::{ActorRef, EventFilter, EventRow, Store};
use parquet::basic::Compression;
use parquet::data_type::{
    BoolType, ByteArray, ByteArrayType, DataType, DoubleType, Int32Type, Int64Type,
};
use parquet::errors::ParquetError;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::{
    SerializedColumnWriter, SerializedFileWriter, SerializedRowGroupWriter,
};
use parquet::schema::parser::parse_message_type;
use std::io::{self, Write};
use std::sync::Arc;

/// Rows per row group: large enough for good compression and fast scans, small enough that
/// the buffered columns stay in the tens of megabytes.
pub(super) const ROW_GROUP_ROWS: usize = 64 * 1024;

/// The CSV export's columns in its order (a test holds the two equal), so a table read from
/// either has the same shape.
pub(super) const SCHEMA: &str = "
message marsad_event {
    REQUIRED INT64 id;
    OPTIONAL INT32 date (DATE);
    OPTIONAL BYTE_ARRAY source_id (UTF8);
    OPTIONAL BYTE_ARRAY source_name (UTF8);
    OPTIONAL BYTE_ARRAY source_code (UTF8);
    OPTIONAL BYTE_ARRAY target_id (UTF8);
    OPTIONAL BYTE_ARRAY target_name (UTF8);
    OPTIONAL BYTE_ARRAY target_code (UTF8);
    REQUIRED BYTE_ARRAY cameo (UTF8);
    REQUIRED INT32 quad_class;
    REQUIRED DOUBLE goldstein;
    OPTIONAL BYTE_ARRAY plover_type (UTF8);
    OPTIONAL BYTE_ARRAY plover_mode (UTF8);
    REQUIRED BOOLEAN negated;
    REQUIRED BYTE_ARRAY modality (UTF8);
    OPTIONAL BYTE_ARRAY location (UTF8);
    REQUIRED INT64 reports;
}
";

/// `NaiveDate::num_days_from_ce` of 1970-01-01: Parquet's `DATE` counts days from there.
const UNIX_EPOCH_FROM_CE: i32 = 719_163;

/// An optional column: the present values, and one definition level per row (1 present,
/// 0 null), as Parquet stores them.
struct Nullable<T> {
    values: Vec<T>,
    levels: Vec<i16>,
}

impl<T> Default for Nullable<T> {
    fn default() -> Self {
        Nullable {
            values: Vec::new(),
            levels: Vec::new(),
        }
    }
}

impl<T> Nullable<T> {
    fn push(&mut self, value: Option<T>) {
        match value {
            Some(v) => {
                self.values.push(v);
                self.levels.push(1);
            }
            None => self.levels.push(0),
        }
    }
}

/// One row group's worth of rows, column by column.
#[derive(Default)]
struct Columns {
    id: Vec<i64>,
    date: Nullable<i32>,
    source_id: Nullable<ByteArray>,
    source_name: Nullable<ByteArray>,
    source_code: Nullable<ByteArray>,
    target_id: Nullable<ByteArray>,
    target_name: Nullable<ByteArray>,
    target_code: Nullable<ByteArray>,
    cameo: Vec<ByteArray>,
    quad_class: Vec<i32>,
    goldstein: Vec<f64>,
    plover_type: Nullable<ByteArray>,
    plover_mode: Nullable<ByteArray>,
    negated: Vec<bool>,
    modality: Vec<ByteArray>,
    location: Nullable<ByteArray>,
    reports: Vec<i64>,
}

fn utf8(s: String) -> ByteArray {
    ByteArray::from(s.into_bytes())
}

/// Days since 1970-01-01 of a `YYYY-MM-DD` date.
fn epoch_days(date: &str) -> Option<i32> {
    let date = NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()?;
    Some(date.num_days_from_ce() - UNIX_EPOCH_FROM_CE)
}

impl Columns {
    fn len(&self) -> usize {
        self.id.len()
    }

    fn push(&mut self, e: EventRow) -> Result<(), ExportError> {
        let date = match e.date.as_deref() {
            Some(d) => Some(epoch_days(d).ok_or_else(|| {
                // A stored date the other formats would pass through unchecked: failing beats
                // a silent null in a typed column.
                io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("event {}: date {d:?} is not YYYY-MM-DD", e.id),
                )
            })?),
            None => None,
        };
        let (source_id, source_name) = split_actor(e.source);
        let (target_id, target_name) = split_actor(e.target);
        self.id.push(e.id);
        self.date.push(date);
        self.source_id.push(source_id.map(utf8));
        self.source_name.push(source_name.map(utf8));
        self.source_code.push(e.source_code.map(utf8));
        self.target_id.push(target_id.map(utf8));
        self.target_name.push(target_name.map(utf8));
        self.target_code.push(e.target_code.map(utf8));
        self.cameo.push(utf8(e.cameo));
        self.quad_class.push(i32::from(e.quad_class));
        self.goldstein.push(e.goldstein);
        self.plover_type.push(e.plover_type.map(utf8));
        self.plover_mode.push(e.plover_mode.map(utf8));
        self.negated.push(e.negated);
        self.modality.push(utf8(e.modality));
        self.location.push(e.location.map(utf8));
        self.reports.push(e.reports);
        Ok(())
    }

    /// Writes the buffered rows as one row group, in [`SCHEMA`]'s column order, and empties
    /// the buffers.
    fn write_group<W: Write + Send>(
        &mut self,
        file: &mut SerializedFileWriter<W>,
    ) -> Result<(), ParquetError> {
        let c = std::mem::take(self);
        let mut group = file.next_row_group()?;
        required::<Int64Type, W>(&mut group, &c.id)?;
        optional::<Int32Type, W>(&mut group, &c.date)?;
        optional::<ByteArrayType, W>(&mut group, &c.source_id)?;
        optional::<ByteArrayType, W>(&mut group, &c.source_name)?;
        optional::<ByteArrayType, W>(&mut group, &c.source_code)?;
        optional::<ByteArrayType, W>(&mut group, &c.target_id)?;
        optional::<ByteArrayType, W>(&mut group, &c.target_name)?;
        optional::<ByteArrayType, W>(&mut group, &c.target_code)?;
        required::<ByteArrayType, W>(&mut group, &c.cameo)?;
        required::<Int32Type, W>(&mut group, &c.quad_class)?;
        required::<DoubleType, W>(&mut group, &c.goldstein)?;
        optional::<ByteArrayType, W>(&mut group, &c.plover_type)?;
        optional::<ByteArrayType, W>(&mut group, &c.plover_mode)?;
        required::<BoolType, W>(&mut group, &c.negated)?;
        required::<ByteArrayType, W>(&mut group, &c.modality)?;
        optional::<ByteArrayType, W>(&mut group, &c.location)?;
        required::<Int64Type, W>(&mut group, &c.reports)?;
        group.close()?;
        Ok(())
    }
}

fn split_actor(actor: Option<ActorRef>) -> (Option<String>, Option<String>) {
    match actor {
        Some(a) => (Some(a.id), Some(a.name)),
        None => (None, None),
    }
}

fn next_column<'a, W: Write + Send>(
    group: &'a mut SerializedRowGroupWriter<'_, W>,
) -> Result<SerializedColumnWriter<'a>, ParquetError> {
    group
        .next_column()?
        .ok_or_else(|| ParquetError::General("more columns written than the schema has".into()))
}

fn required<T: DataType, W: Write + Send>(
    group: &mut SerializedRowGroupWriter<'_, W>,
    values: &[T::T],
) -> Result<(), ParquetError> {
    let mut writer = next_column(group)?;
    writer.typed::<T>().write_batch(values, None, None)?;
    writer.close()
}

fn optional<T: DataType, W: Write + Send>(
    group: &mut SerializedRowGroupWriter<'_, W>,
    column_values: &Nullable<T::T>,
) -> Result<(), ParquetError> {
    let mut writer = next_column(group)?;
    writer
        .typed::<T>()
        .write_batch(&column_values.values, Some(&column_values.levels), None)?;
    writer.close()
}

/// Writes the events `filter` selects as one Parquet file, `rows_per_group` rows per row group.
pub(super) fn write_events(
    store: &Store,
    filter: &EventFilter,
    out: &mut (dyn Write + Send),
    rows_per_group: usize,
) -> Result<(), ExportError> {
    let schema = Arc::new(parse_message_type(SCHEMA)?);
    let properties = WriterProperties::builder()
        .set_compression(Compression::SNAPPY)
        .set_created_by(concat!("marsad ", env!("CARGO_PKG_VERSION")).to_string())
        .build();
    let mut file = SerializedFileWriter::new(out, schema, Arc::new(properties))?;
    let mut columns = Columns::default();
    store.for_each_event(filter, |event| -> Result<(), ExportError> {
        columns.push(event)?;
        if columns.len() >= rows_per_group {
            columns.write_group(&mut file)?;
        }
        Ok(())
    })?;
    if columns.len() > 0 {
        columns.write_group(&mut file)?;
    }
    file.close()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_columns_are_the_csv_columns() {
        let schema = parse_message_type(SCHEMA).expect("schema parses");
        let names: Vec<&str> = schema
            .get_fields()
            .iter()
            .map(|field| field.name())
            .collect();
        assert_eq!(names, super::super::CSV_HEADER);
    }

    /// A store holding events `1..=dates.len()` by Haftar, the even ones negated, with these
    /// dates.
    fn store_with_events(dir: &std::path::Path, dates: &[Option<&str>]) -> Store {
        let store = Store::open(&dir.join("m.db")).expect("open");
        let c = store.connection_for_tests();
        c.execute(
            "INSERT INTO actors VALUES ('haftar', 'خليفة حفتر', 'Khalifa Haftar', 'person',
                 'LBYMIL', 'LBY', 1)",
            [],
        )
        .expect("actor");
        for (i, date) in dates.iter().enumerate() {
            c.execute(
                "INSERT INTO events VALUES (?1, ?2, 'haftar', NULL, 'LBYMIL', NULL, '190', 4,
                     -10.0, 'ASSAULT', NULL, ?3, 'asserted', ?4, NULL)",
                rusqlite::params![i as i64 + 1, format!("k{i}"), (i + 1) % 2 == 0, date],
            )
            .expect("event");
        }
        store
    }

    fn export(store: &Store, rows_per_group: usize) -> Result<Vec<u8>, ExportError> {
        let mut out = Vec::new();
        write_events(store, &EventFilter::default(), &mut out, rows_per_group)?;
        Ok(out)
    }

    #[test]
    fn rows_go_out_in_row_groups_of_bounded_size() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        use parquet::record::{Field, RowAccessor};
        let dir = tempfile::tempdir().expect("tempdir");
        let dates = [
            Some("2020-01-13"),
            Some("2020-01-14"),
            Some("2020-01-15"),
            None,
            None,
        ];
        let store = store_with_events(dir.path(), &dates);
        let file = export(&store, 2).expect("export");
        let reader =
            SerializedFileReader::new(axum::body::Bytes::from(file)).expect("a Parquet file");
        let meta = reader.metadata();
        let sizes: Vec<i64> = meta.row_groups().iter().map(|g| g.num_rows()).collect();
        assert_eq!(sizes, [2, 2, 1]);
        assert_eq!(
            meta.row_group(0).column(0).compression(),
            Compression::SNAPPY
        );
        assert!(
            meta.file_metadata()
                .created_by()
                .is_some_and(|c| c.starts_with("marsad "))
        );
        let rows: Vec<_> = reader
            .get_row_iter(None)
            .expect("rows")
            .collect::<Result<_, _>>()
            .expect("rows decode");
        let ids: Vec<i64> = rows.iter().map(|r| r.get_long(0).expect("id")).collect();
        assert_eq!(ids, [1, 2, 3, 4, 5], "dated first, by date, then undated");
        let first = &rows[0];
        assert_eq!(first.get_string(3).expect("source_name"), "خليفة حفتر");
        assert_eq!(first.get_double(10).expect("goldstein"), -10.0);
        assert_eq!(first.get_int(9).expect("quad_class"), 4);
        assert!(!first.get_bool(13).expect("negated"));
        assert!(rows[1].get_bool(13).expect("negated"));
        let columns: Vec<(&String, &Field)> = first.get_column_iter().collect();
        assert_eq!(columns[1].1, &Field::Date(18_274));
        // Absent values are nulls, not the CSV's empty strings.
        assert_eq!(columns[5].1, &Field::Null, "target_id");
        assert_eq!(columns[15].1, &Field::Null, "location");
        assert!(rows[4].is_null(1).expect("date"));
    }

    #[test]
    fn an_empty_export_is_still_a_parquet_file() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let dir = tempfile::tempdir().expect("tempdir");
        let store = store_with_events(dir.path(), &[]);
        let file = export(&store, ROW_GROUP_ROWS).expect("export");
        let reader =
            SerializedFileReader::new(axum::body::Bytes::from(file)).expect("a Parquet file");
        assert_eq!(reader.metadata().file_metadata().num_rows(), 0);
        assert_eq!(
            reader
                .metadata()
                .file_metadata()
                .schema_descr()
                .num_columns(),
            17
        );
    }

    #[test]
    fn a_malformed_stored_date_fails_the_export() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = store_with_events(dir.path(), &[Some("13/01/2020")]);
        match export(&store, ROW_GROUP_ROWS) {
            Err(ExportError::Io(e)) => {
                assert_eq!(e.kind(), io::ErrorKind::InvalidData);
                assert!(e.to_string().contains("13/01/2020"), "{e}");
            }
            other => panic!("expected a data error, got {other:?}"),
        }
    }

    #[test]
    fn dates_count_days_from_1970() {
        assert_eq!(epoch_days("1970-01-01"), Some(0));
        assert_eq!(epoch_days("2020-01-13"), Some(18_274));
        assert_eq!(epoch_days("1969-12-31"), Some(-1));
        assert_eq!(epoch_days("2020-13-01"), None);
        assert_eq!(epoch_days("13/01/2020"), None);
    }
}
