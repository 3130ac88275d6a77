//! The UI as the app embeds it: `ui/` copied to `gen/ui/`, its scripts joined into one
//! `js/app.js`. The WebView fetched each module through the app's protocol only once the module
//! importing it had been read, a level at a time: joined, the page's part of the start fell from
//! 131 to 75 ms (median, release build, README's performance section). The source stays one
//! module a screen; only the app reads the join.
//!
//! The join understands the forms the UI's modules use, and stops the build on any other:
//! `import * as name from './m.js';`, `import { a, b as c } from './m.js';` and `import './m.js';`
//! at the start of a line, `import('./m.js')` in an expression, and `export` before `function`,
//! `async function`, `const` or `class` at the start of a line. Each module becomes a function
//! run the first time it is needed (a dynamic import's screen still runs only when first shown),
//! in the order ES modules run: a module's imports before its own code. A cycle of imports stops
//! the build.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Writes `embedded` (gen/ui) from `ui`, touching only files whose content changed, so that an
/// unchanged UI does not make Cargo rebuild the app.
pub(crate) fn write(ui: &Path, embedded: &Path) {
    println!("cargo:rerun-if-changed={}", ui.display());
    let mut files = BTreeMap::new();
    for file in walk(ui) {
        let name = file
            .strip_prefix(ui)
            .expect("walked under ui")
            .to_path_buf();
        // Scripts reach the page through the join alone; a vendored file's notes not at all.
        let kept = name.extension().is_none_or(|e| e != "js" && e != "md");
        if kept {
            files.insert(name, fs::read(&file).expect("a UI file reads"));
        }
    }
    files.insert(
        PathBuf::from("js/app.js"),
        join(ui, "js/app.js").into_bytes(),
    );
    for file in walk(embedded) {
        let name = file.strip_prefix(embedded).expect("walked under gen/ui");
        // Hidden files are not the UI's: the folder's .gitignore is in git, so that a clean
        // checkout has the folder `cargo tauri build` looks for before this runs, and another
        // build may be writing a file below.
        let hidden = file
            .file_name()
            .is_some_and(|f| f.to_string_lossy().starts_with('.'));
        if !files.contains_key(name) && !hidden {
            match fs::remove_file(&file) {
                Err(error) if error.kind() != ErrorKind::NotFound => {
                    panic!("a stale file in gen/ui is removed: {error}")
                }
                _ => {}
            }
        }
    }
    for (name, content) in files {
        let to = embedded.join(name);
        if fs::read(&to).ok().as_ref() != Some(&content) {
            fs::create_dir_all(to.parent().expect("a file has a folder")).expect("gen/ui is made");
            // Whole or not at all: a build beside this one (another target folder) may be
            // embedding the file.
            let partial = embedded.join(format!(".partial-{}", std::process::id()));
            fs::write(&partial, content).expect("gen/ui is written");
            fs::rename(&partial, &to).expect("gen/ui is written");
        }
    }
}

fn walk(folder: &Path) -> Vec<PathBuf> {
    let Ok(entries) = fs::read_dir(folder) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    for entry in entries {
        let path = entry.expect("a folder entry reads").path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// One module's code, as a function's body, and the modules it needs.
struct Module {
    body: String,
    needs: BTreeSet<String>,
}

/// Every module `entry` reaches (a path under `ui`), in one script that runs `entry`.
fn join(ui: &Path, entry: &str) -> String {
    let mut modules = BTreeMap::new();
    let mut todo = vec![entry.to_owned()];
    while let Some(name) = todo.pop() {
        if modules.contains_key(&name) {
            continue;
        }
        let source = fs::read_to_string(ui.join(&name))
            .unwrap_or_else(|error| panic!("ui/{name} is imported and reads: {error}"));
        let module = rewrite(&name, &source);
        todo.extend(module.needs.iter().cloned());
        modules.insert(name, module);
    }
    for name in modules.keys() {
        no_cycle(&modules, name, &mut Vec::new());
    }
    let mut out = String::from(
        "// Built by src-tauri/build/ui.rs from ui/, one module a function below; edit those.\n\
         const $made = new Map();\n\
         const $making = {\n",
    );
    for (name, module) in &modules {
        writeln!(out, "'{name}': () => {{\n{}}},", module.body).expect("a String takes any text");
    }
    out += "};\n\
            function $need(name) {\n\
            \x20 if (!$made.has(name)) $made.set(name, Object.freeze($making[name]()));\n\
            \x20 return $made.get(name);\n\
            }\n";
    // What `import()` of a module gave before the join, for the end-to-end run, which hands the
    // page a locale no build ships (tests/e2e/run.py, the pseudo-language).
    out += "globalThis.__aftercareModule = $need;\n";
    writeln!(out, "$need('{entry}');").expect("a String takes any text");
    out
}

/// `name`'s code with its imports turned into `$need` and its exports returned.
fn rewrite(name: &str, source: &str) -> Module {
    let mut body = String::new();
    let mut needs = BTreeSet::new();
    let mut exports = Vec::new();
    for (number, line) in source.lines().enumerate() {
        let at = || format!("ui/{name}:{}", number + 1);
        let trimmed = line.trim_start();
        let code =
            !(trimmed.starts_with("//") || trimmed.starts_with('*') || trimmed.starts_with("/*"));
        let mut line = line.to_owned();
        let import_or_export = trimmed.starts_with("import ") || trimmed.starts_with("export ");
        assert!(
            !(code && import_or_export && trimmed.len() != line.len()),
            "{}: an import or export inside a block; the join reads them at the start of a line",
            at()
        );
        if let Some(rest) = line.strip_prefix("import ") {
            // `import './m.js';` is `import '' from './m.js';`, binding nothing.
            let (what, from) = rest
                .strip_prefix('\'')
                .map(|from| ("", from))
                .or_else(|| rest.split_once(" from '"))
                .unwrap_or_else(|| panic!("{}: an import without ` from '…'`", at()));
            let from = from
                .strip_suffix("';")
                .unwrap_or_else(|| panic!("{}: an import not ending in `';`", at()));
            let target = resolve(name, from, &at);
            line = if what.is_empty() {
                format!("$need('{target}');")
            } else if let Some(alias) = what.strip_prefix("* as ") {
                format!("const {alias} = $need('{target}');")
            } else if let Some(names) = what.strip_prefix("{ ").and_then(|w| w.strip_suffix(" }")) {
                format!(
                    "const {{ {} }} = $need('{target}');",
                    names.replace(" as ", ": ")
                )
            } else {
                panic!("{}: an import the join does not read: {what}", at());
            };
            needs.insert(target);
        } else if let Some(rest) = line.strip_prefix("export ") {
            let declared = ["async function ", "function ", "const ", "class "]
                .iter()
                .find_map(|kind| rest.strip_prefix(kind))
                .unwrap_or_else(|| panic!("{}: an export the join does not read: {line}", at()));
            let end = declared
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$'))
                .unwrap_or(declared.len());
            exports.push(declared[..end].to_owned());
            line = rest.to_owned();
        }
        if code {
            while let Some(start) = line.find("import(") {
                let rest = line[start + "import(".len()..]
                    .strip_prefix('\'')
                    .unwrap_or_else(|| panic!("{}: a dynamic import of a name, not a path", at()));
                let end = rest
                    .find("')")
                    .unwrap_or_else(|| panic!("{}: a dynamic import of a name, not a path", at()));
                let target = resolve(name, &rest[..end], &at);
                let after = &rest[end + "')".len()..];
                line = format!(
                    "{}Promise.resolve().then(() => $need('{target}')){after}",
                    &line[..start]
                );
                needs.insert(target);
            }
        }
        body += &line;
        body.push('\n');
    }
    if exports.is_empty() {
        body += "return {};\n";
    } else {
        writeln!(body, "return {{ {} }};", exports.join(", ")).expect("a String takes any text");
    }
    Module { body, needs }
}

/// The module `from` names, relative to `importer`, as a path under ui.
fn resolve(importer: &str, from: &str, at: &dyn Fn() -> String) -> String {
    let mut parts: Vec<&str> = importer.split('/').collect();
    parts.pop();
    for part in from.split('/') {
        match part {
            "." => {}
            ".." => {
                parts
                    .pop()
                    .unwrap_or_else(|| panic!("{}: {from} is outside ui", at()));
            }
            part => parts.push(part),
        }
    }
    assert!(
        from.starts_with('.') && Path::new(from).extension().is_some_and(|e| e == "js"),
        "{}: the join reads relative paths to .js files, not {from}",
        at()
    );
    parts.join("/")
}

fn no_cycle(modules: &BTreeMap<String, Module>, name: &str, path: &mut Vec<String>) {
    if let Some(start) = path.iter().position(|seen| seen == name) {
        panic!(
            "ui imports in a cycle: {} -> {name}",
            path[start..].join(" -> ")
        );
    }
    path.push(name.to_owned());
    for need in &modules[name].needs {
        no_cycle(modules, need, path);
    }
    path.pop();
}
