//! Power loss and I/O errors, on a simulated disk under SQLite.
//!
//! The disk (a VFS) keeps what was synced apart from what was only written. For every N in a
//! scenario of store writes, the power goes out at the Nth I/O call: what was not synced is lost,
//! or partly written and torn. After the "reboot" the database must open, pass `integrity_check`
//! and hold exactly the state before or after each transaction, with every acknowledged one kept.
//! The same scenario with `synchronous=OFF` must be caught losing commits: the check can fail.
//! Failing the Nth call once (an I/O error, a full disk) must give a clear error and change
//! nothing.

#![allow(
    clippy::unwrap_used,
    reason = "a test fails loudly on a broken fixture"
)]

use std::collections::HashMap;
use std::ffi::CString;
use std::path::Path;
use std::ptr::NonNull;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};

use aftercare_core::{Protocol, Session};
use aftercare_store::{Error, Snapshot, Store, Synchronous};
use chrono::{DateTime, NaiveTime, Utc};
use sqlite_plugin::flags::{AccessFlags, LockLevel, OpenOpts, ShmLockMode};
use sqlite_plugin::vars;
use sqlite_plugin::vfs::{RegisterOpts, Vfs, VfsHandle, VfsResult, register_static};

const SECTOR: usize = 512;
const DB: &str = "/faultfs/aftercare.db";

/// One write or truncation not yet synced.
#[derive(Clone)]
enum Unsynced {
    Write { offset: usize, data: Vec<u8> },
    Truncate(usize),
}

#[derive(Clone, Default)]
struct File {
    /// What reads see.
    data: Vec<u8>,
    /// What survives a power cut for sure: the contents at the last sync.
    durable: Vec<u8>,
    unsynced: Vec<Unsynced>,
}

/// What happens to unsynced writes when the power goes.
#[derive(Clone, Copy, Debug)]
enum Loss {
    /// All of them are lost.
    All,
    /// Each is kept or lost by a seeded coin, and a kept one may be torn at a sector boundary.
    Torn(u64),
}

#[derive(Default, Clone)]
struct Disk {
    files: HashMap<String, File>,
    /// wal-index memory: gone with the power.
    shm: HashMap<String, Vec<Box<[u8]>>>,
    calls: u64,
    /// The power goes out at this call; that call and every later one fail.
    power_cut_at: Option<u64>,
    /// This call fails, once.
    fail_at: Option<(u64, Fault)>,
    anonymous: u64,
}

#[derive(Clone, Copy, Debug)]
enum Fault {
    /// The call's own I/O error.
    Io,
    /// No space left: writes fail with `SQLITE_FULL`, other calls with their I/O error.
    Full,
}

impl Disk {
    /// Counts an I/O call and says whether it may proceed; `error` is the call's own I/O error.
    fn call(&mut self, error: i32) -> VfsResult<()> {
        self.calls += 1;
        if self.power_cut_at.is_some_and(|n| self.calls >= n) {
            return Err(error);
        }
        match self.fail_at {
            Some((n, Fault::Full)) if n == self.calls && error == vars::SQLITE_IOERR_WRITE => {
                Err(vars::SQLITE_FULL)
            }
            Some((n, _)) if n == self.calls => Err(error),
            _ => Ok(()),
        }
    }

    fn file(&mut self, path: &str) -> VfsResult<&mut File> {
        self.files.get_mut(path).ok_or(vars::SQLITE_IOERR)
    }

    /// The machine restarts: unsynced writes are lost or torn, memory is gone.
    fn reboot(&mut self, loss: Loss) {
        let mut seed = match loss {
            Loss::All => 0,
            Loss::Torn(seed) => seed,
        };
        let mut coin = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for file in self.files.values_mut() {
            let mut after = file.durable.clone();
            if let Loss::Torn(_) = loss {
                for change in &file.unsynced {
                    if coin() % 2 == 0 {
                        continue;
                    }
                    match change {
                        Unsynced::Truncate(size) => after.truncate(*size),
                        Unsynced::Write { offset, data } => {
                            let sectors = data.len().div_ceil(SECTOR);
                            let kept = if sectors > 1 {
                                (coin() as usize % sectors + 1) * SECTOR
                            } else {
                                data.len()
                            };
                            write_at(&mut after, *offset, &data[..kept.min(data.len())]);
                        }
                    }
                }
            }
            file.data = after.clone();
            file.durable = after;
            file.unsynced.clear();
        }
        self.shm.clear();
        self.power_cut_at = None;
        self.fail_at = None;
    }

    /// Everything written so far is synced: the machine has been idle.
    fn settle(&mut self) {
        for file in self.files.values_mut() {
            file.durable = file.data.clone();
            file.unsynced.clear();
        }
    }
}

fn write_at(buffer: &mut Vec<u8>, offset: usize, data: &[u8]) {
    if buffer.len() < offset + data.len() {
        buffer.resize(offset + data.len(), 0);
    }
    buffer[offset..offset + data.len()].copy_from_slice(data);
}

#[derive(Clone)]
struct FaultFs(Arc<Mutex<Disk>>);

impl FaultFs {
    fn disk(&self) -> MutexGuard<'_, Disk> {
        self.0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

struct Handle {
    path: String,
    delete_on_close: bool,
}

impl VfsHandle for Handle {
    fn readonly(&self) -> bool {
        false
    }

    fn in_memory(&self) -> bool {
        false
    }
}

impl Vfs for FaultFs {
    type Handle = Handle;

    fn open(&self, path: Option<&str>, opts: OpenOpts) -> VfsResult<Handle> {
        let mut disk = self.disk();
        let path = if let Some(path) = path {
            path.to_string()
        } else {
            disk.anonymous += 1;
            format!("/faultfs/temp-{}", disk.anonymous)
        };
        disk.files.entry(path.clone()).or_default();
        Ok(Handle {
            path,
            delete_on_close: opts.delete_on_close(),
        })
    }

    fn delete(&self, path: &str) -> VfsResult<()> {
        let mut disk = self.disk();
        disk.call(vars::SQLITE_IOERR_DELETE)?;
        disk.files.remove(path);
        Ok(())
    }

    fn access(&self, path: &str, _flags: AccessFlags) -> VfsResult<bool> {
        Ok(self.disk().files.contains_key(path))
    }

    fn file_size(&self, handle: &mut Handle) -> VfsResult<usize> {
        Ok(self.disk().file(&handle.path)?.data.len())
    }

    fn truncate(&self, handle: &mut Handle, size: usize) -> VfsResult<()> {
        let mut disk = self.disk();
        disk.call(vars::SQLITE_IOERR_TRUNCATE)?;
        let file = disk.file(&handle.path)?;
        file.data.truncate(size);
        file.unsynced.push(Unsynced::Truncate(size));
        Ok(())
    }

    fn write(&self, handle: &mut Handle, offset: usize, data: &[u8]) -> VfsResult<usize> {
        let mut disk = self.disk();
        disk.call(vars::SQLITE_IOERR_WRITE)?;
        let file = disk.file(&handle.path)?;
        write_at(&mut file.data, offset, data);
        file.unsynced.push(Unsynced::Write {
            offset,
            data: data.to_vec(),
        });
        Ok(data.len())
    }

    fn read(&self, handle: &mut Handle, offset: usize, buffer: &mut [u8]) -> VfsResult<usize> {
        let mut disk = self.disk();
        disk.call(vars::SQLITE_IOERR_READ)?;
        let data = &disk.file(&handle.path)?.data;
        let available = data.get(offset..).unwrap_or_default();
        let read = available.len().min(buffer.len());
        buffer[..read].copy_from_slice(&available[..read]);
        Ok(read)
    }

    fn sync(&self, handle: &mut Handle) -> VfsResult<()> {
        let mut disk = self.disk();
        disk.call(vars::SQLITE_IOERR_FSYNC)?;
        let file = disk.file(&handle.path)?;
        file.durable = file.data.clone();
        file.unsynced.clear();
        Ok(())
    }

    fn lock(&self, _handle: &mut Handle, _level: LockLevel) -> VfsResult<()> {
        Ok(())
    }

    fn unlock(&self, _handle: &mut Handle, _level: LockLevel) -> VfsResult<()> {
        Ok(())
    }

    fn check_reserved_lock(&self, _handle: &mut Handle) -> VfsResult<bool> {
        Ok(false)
    }

    fn close(&self, handle: Handle) -> VfsResult<()> {
        if handle.delete_on_close {
            self.disk().files.remove(&handle.path);
        }
        Ok(())
    }

    fn sector_size(&self, _handle: &mut Handle) -> VfsResult<i32> {
        Ok(SECTOR as i32)
    }

    /// Promise only what the simulated disk keeps: bytes next to a write are never damaged.
    fn device_characteristics(&self, _handle: &mut Handle) -> VfsResult<i32> {
        Ok(vars::SQLITE_IOCAP_POWERSAFE_OVERWRITE)
    }

    fn shm_map(
        &self,
        handle: &mut Handle,
        region: usize,
        size: usize,
        extend: bool,
    ) -> VfsResult<Option<NonNull<u8>>> {
        let mut disk = self.disk();
        let regions = disk.shm.entry(handle.path.clone()).or_default();
        while regions.len() <= region {
            if !extend {
                return Ok(None);
            }
            regions.push(vec![0; size].into_boxed_slice());
        }
        Ok(Some(NonNull::from(&mut regions[region][0])))
    }

    fn shm_lock(
        &self,
        _handle: &mut Handle,
        _offset: u32,
        _count: u32,
        _mode: ShmLockMode,
    ) -> VfsResult<()> {
        Ok(())
    }

    fn shm_unmap(&self, handle: &mut Handle, delete: bool) -> VfsResult<()> {
        if delete {
            self.disk().shm.remove(&handle.path);
        }
        Ok(())
    }
}

/// One simulated disk per test, each registered under its own name.
fn fault_fs(name: &str) -> FaultFs {
    static REGISTERED: OnceLock<Mutex<HashMap<String, FaultFs>>> = OnceLock::new();
    let mut registered = REGISTERED.get_or_init(Mutex::default).lock().unwrap();
    registered
        .entry(name.to_string())
        .or_insert_with(|| {
            let fs = FaultFs(Arc::default());
            register_static(
                CString::new(name).unwrap(),
                fs.clone(),
                RegisterOpts {
                    make_default: false,
                },
            )
            .unwrap();
            fs
        })
        .clone()
}

fn now() -> DateTime<Utc> {
    "2026-03-01T08:00:00Z".parse().unwrap()
}

fn session(start: &str) -> Session {
    Session::parse(start, "Europe/London").unwrap()
}

type Step = Box<dyn Fn(&mut Store) -> Result<(), Error>>;

/// The scenario: one transaction per step, each rewriting many rows or a few.
fn steps() -> Vec<Step> {
    vec![
        Box::new(|s| s.add_session(session("2026-03-05T10:00"), now()).map(drop)),
        Box::new(|s| s.add_session(session("2026-03-19T10:00"), now()).map(drop)),
        Box::new(|s| {
            let mut preferences = s.preferences()?;
            preferences.reminder_time = NaiveTime::from_hms_opt(7, 30, 0).unwrap();
            s.set_preferences(&preferences, now()).map(drop)
        }),
        Box::new(|s| {
            s.move_session(2, session("2026-03-21T10:00"), now())
                .map(drop)
        }),
        Box::new(|s| {
            let date = aftercare_core::parse::date("2026-03-06").unwrap();
            s.add_note(date, "tight, no pain", now()).map(drop)
        }),
        Box::new(|s| s.mark_done("2026-03-05/wash-ok/4", now()).map(drop)),
        Box::new(|s| {
            s.set_protocol(&Protocol::bundled("strict").unwrap(), "bundled", now())
                .map(drop)
        }),
    ]
}

/// The state before any step and after each one.
fn expected_states() -> Vec<Snapshot> {
    let mut store = Store::open_in_memory().unwrap();
    store
        .observe_device_zone(chrono_tz::Tz::Europe__London, now())
        .unwrap();
    let mut states = vec![store.export(now()).unwrap()];
    for step in steps() {
        step(&mut store).unwrap();
        states.push(store.export(now()).unwrap());
    }
    states
}

/// A simulated disk under its VFS name, and the durability the store is opened with.
struct Sim {
    name: &'static str,
    fs: FaultFs,
    synchronous: Synchronous,
    /// The disk with a new, settled database on it, as every run starts.
    start: Disk,
}

impl Sim {
    fn new(name: &'static str, synchronous: Synchronous) -> Sim {
        let fs = fault_fs(name);
        *fs.disk() = Disk::default();
        let mut sim = Sim {
            name,
            fs,
            synchronous,
            start: Disk::default(),
        };
        let mut store = sim.open().unwrap();
        store
            .observe_device_zone(chrono_tz::Tz::Europe__London, now())
            .unwrap();
        drop(store);
        let mut disk = sim.fs.disk();
        disk.settle();
        disk.calls = 0;
        sim.start = disk.clone();
        drop(disk);
        sim
    }

    fn open(&self) -> Result<Store, Error> {
        Store::open_with_vfs(Path::new(DB), self.name, self.synchronous)
    }

    /// Puts the starting disk back; I/O calls count from 0 again.
    fn fresh(&self) {
        *self.fs.disk() = self.start.clone();
    }

    /// Runs the scenario until it ends or a step fails; returns how many steps were
    /// acknowledged, and the first error.
    fn run(&self) -> (usize, Option<Error>) {
        let mut store = match self.open() {
            Ok(store) => store,
            Err(error) => return (0, Some(error)),
        };
        for (done, step) in steps().iter().enumerate() {
            if let Err(error) = step(&mut store) {
                return (done, Some(error));
            }
        }
        (steps().len(), None)
    }

    /// I/O calls the whole scenario makes, closing included.
    fn calls_in_scenario(&self) -> u64 {
        self.fresh();
        let (acknowledged, error) = self.run();
        assert_eq!(
            (acknowledged, error.map(|e| e.to_string())),
            (steps().len(), None),
            "no fault, no failure"
        );
        self.fs.disk().calls
    }

    /// The state on disk, as a new process would find it.
    fn state(&self) -> Result<Snapshot, String> {
        let store = Store::open_with_vfs(Path::new(DB), self.name, Synchronous::Full)
            .map_err(|e| e.to_string())?;
        let conn = rusqlite::Connection::open_with_flags_and_vfs(
            DB,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_WRITE,
            self.name,
        )
        .map_err(|e| e.to_string())?;
        let check: String = conn
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))
            .map_err(|e| e.to_string())?;
        if check != "ok" {
            return Err(format!("integrity_check: {check}"));
        }
        store.export(now()).map_err(|e| e.to_string())
    }

    /// Cuts the power at every I/O call of the scenario in turn; returns the calls and the
    /// violations found.
    fn power_cuts(&self, loss: fn(u64) -> Loss) -> (u64, Vec<String>) {
        let expected = expected_states();
        let total = self.calls_in_scenario();
        let mut violations = Vec::new();
        for n in 1..=total {
            self.fresh();
            self.fs.disk().power_cut_at = Some(n);
            let (acknowledged, _) = self.run();
            self.fs.disk().reboot(loss(n));
            match self.state() {
                Err(why) => violations.push(format!("cut at call {n}: {why}")),
                Ok(found) => match expected.iter().position(|state| *state == found) {
                    Some(k) if k == acknowledged || k == acknowledged + 1 => {}
                    Some(k) => violations.push(format!(
                        "cut at call {n}: {acknowledged} steps acknowledged, the disk holds the state after {k}"
                    )),
                    None => violations.push(format!("cut at call {n}: the disk holds a half-applied step")),
                },
            }
        }
        (total, violations)
    }
}

#[test]
fn a_power_cut_at_any_io_call_loses_nothing_acknowledged_and_tears_nothing() {
    let (calls, violations) =
        Sim::new("faultfs-lose-all", Synchronous::Full).power_cuts(|_| Loss::All);
    assert!(
        calls > 50,
        "the scenario makes many I/O calls to cut at, made {calls}"
    );
    println!("{calls} power cuts, each followed by a reboot and a full check");
    assert!(
        violations.is_empty(),
        "{} of {calls} cuts broke the store:\n{}",
        violations.len(),
        violations.join("\n")
    );
}

#[test]
fn torn_and_reordered_unsynced_writes_are_survived_too() {
    let (calls, violations) =
        Sim::new("faultfs-torn", Synchronous::Full).power_cuts(|n| Loss::Torn(n * 7919 + 1));
    assert!(
        violations.is_empty(),
        "{} of {calls} cuts broke the store:\n{}",
        violations.len(),
        violations.join("\n")
    );
}

#[test]
fn without_synchronous_full_the_same_test_catches_lost_commits() {
    let (calls, violations) =
        Sim::new("faultfs-no-sync", Synchronous::Off).power_cuts(|_| Loss::All);
    assert!(
        violations.iter().any(|v| v.contains("acknowledged")),
        "with synchronous=OFF, cutting the power must lose acknowledged steps and the test must say so; \
         {calls} cuts found: {violations:?}"
    );
}

#[test]
fn an_io_error_or_a_full_disk_at_any_call_gives_a_clear_error_and_changes_nothing() {
    let sim = Sim::new("faultfs-errors", Synchronous::Full);
    let expected = expected_states();
    let total = sim.calls_in_scenario();
    let mut failures = 0;
    for fault in [Fault::Full, Fault::Io] {
        for n in 1..=total {
            sim.fresh();
            sim.fs.disk().fail_at = Some((n, fault));
            let (acknowledged, error) = sim.run();
            let Some(error) = error else { continue };
            failures += 1;
            let message = error.to_string();
            assert!(
                message.ends_with("nothing was changed"),
                "{fault:?} at call {n}: the message says what happened and that nothing changed: {message}"
            );
            if matches!(fault, Fault::Full) && matches!(error, Error::DiskFull { .. }) {
                assert!(message.contains("is full"), "{message}");
            }
            let found = sim.state().unwrap();
            assert_eq!(
                found, expected[acknowledged],
                "{fault:?} at call {n}: the state before the failed step"
            );
        }
    }
    assert!(
        failures > 20,
        "many of the faults must make a step fail, {failures} did"
    );
}
