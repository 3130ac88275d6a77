//! A notification server for tests: owns `org.freedesktop.Notifications` on a private session
//! bus, records what it is asked to show, and can press a notification's action.

#![allow(
    dead_code,
    unreachable_pub,
    reason = "shared by the tests and the benchmark"
)]

use std::collections::HashMap;
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use zbus::object_server::SignalEmitter;
use zbus::zvariant::Value as Variant;

/// One `Notify` call, as received.
#[derive(Debug, Clone)]
pub struct Received {
    pub id: u32,
    pub app_name: String,
    pub summary: String,
    pub body: String,
    pub actions: Vec<String>,
    pub at: Instant,
}

#[derive(Clone, Default)]
pub struct Server {
    pub received: Arc<Mutex<Vec<Received>>>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
#[allow(
    clippy::unused_self,
    clippy::too_many_arguments,
    clippy::needless_pass_by_value,
    reason = "the Notifications interface fixes the signatures"
)]
impl Server {
    fn notify(
        &self,
        app_name: &str,
        replaces_id: u32,
        app_icon: &str,
        summary: &str,
        body: &str,
        actions: Vec<String>,
        hints: HashMap<&str, Variant<'_>>,
        expire_timeout: i32,
    ) -> u32 {
        // Part of the interface, not of what the tests look at.
        let _ = (replaces_id, app_icon, hints, expire_timeout);
        let mut received = self.received.lock().unwrap();
        let id = received.len() as u32 + 1;
        received.push(Received {
            id,
            app_name: app_name.to_string(),
            summary: summary.to_string(),
            body: body.to_string(),
            actions,
            at: Instant::now(),
        });
        id
    }

    fn get_capabilities(&self) -> Vec<&str> {
        vec!["body", "actions"]
    }

    fn get_server_information(&self) -> (&str, &str, &str, &str) {
        ("aftercare-test", "smp-aftercare", "1", "1.2")
    }

    fn close_notification(&self, id: u32) {
        let _ = id;
    }

    #[zbus(signal)]
    pub async fn action_invoked(
        emitter: &SignalEmitter<'_>,
        id: u32,
        action_key: &str,
    ) -> zbus::Result<()>;
}

/// Serves on the session bus named by `DBUS_SESSION_BUS_ADDRESS` until dropped.
pub fn serve() -> (zbus::Connection, Server) {
    let server = Server::default();
    let connection = zbus::block_on(async {
        zbus::connection::Builder::session()?
            .name("org.freedesktop.Notifications")?
            .serve_at("/org/freedesktop/Notifications", server.clone())?
            .build()
            .await
    })
    .expect("the test server owns org.freedesktop.Notifications on the private bus");
    (connection, server)
}

/// Presses an action on a notification the server showed.
pub fn press(connection: &zbus::Connection, id: u32, action: &str) {
    zbus::block_on(async {
        let emitter = SignalEmitter::new(connection, "/org/freedesktop/Notifications").unwrap();
        Server::action_invoked(&emitter, id, action).await.unwrap();
    });
}

/// A private session bus, so that tests never touch the desktop's own.
pub struct Bus {
    daemon: Child,
    pub address: String,
}

impl Bus {
    pub fn start() -> Bus {
        let mut daemon = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address=1"])
            .stdout(Stdio::piped())
            .spawn()
            .expect("dbus-daemon runs (Debian package `dbus-daemon`; ./test installs it)");
        let mut address = String::new();
        BufReader::new(daemon.stdout.take().unwrap())
            .read_line(&mut address)
            .unwrap();
        Bus {
            daemon,
            address: address.trim().to_string(),
        }
    }

    /// Runs one ignored test of this binary as a child on the private bus.
    pub fn run_child(&self, test: &str) -> std::process::Output {
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--ignored",
                "--exact",
                test,
                "--nocapture",
                "--test-threads=1",
            ])
            .env("DBUS_SESSION_BUS_ADDRESS", &self.address)
            .env("AFTERCARE_DBUS_CHILD", "1")
            .output()
            .unwrap()
    }
}

impl Drop for Bus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// Whether this process is a child started by [`Bus::run_child`].
pub fn is_child() -> bool {
    std::env::var_os("AFTERCARE_DBUS_CHILD").is_some()
}
