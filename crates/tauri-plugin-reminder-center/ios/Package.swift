// swift-tools-version:5.5
// The package name, product and target must be the crate's name: tauri-plugin's build step links
// lib<crate name>.a.

import PackageDescription

let package = Package(
  name: "tauri-plugin-reminder-center",
  platforms: [
    .macOS(.v10_13),
    .iOS(.v13),
  ],
  products: [
    .library(
      name: "tauri-plugin-reminder-center",
      type: .static,
      targets: ["tauri-plugin-reminder-center"])
  ],
  dependencies: [
    // Copied beside this folder by tauri-plugin's build step.
    .package(name: "Tauri", path: "../.tauri/tauri-api")
  ],
  targets: [
    .target(
      name: "tauri-plugin-reminder-center",
      dependencies: [
        .byName(name: "Tauri")
      ],
      path: "Sources")
  ]
)
