// SMP Aftercare's notification delegate on iOS: what happens when a reminder is shown while the
// app is in front, and when the client taps it or presses Done or "In an hour"; and what
// Notification Center holds pending and shows, read by request identifier.
//
// tauri-plugin-notification 2.8.0 is the delegate otherwise, and its handler force-unwraps a map
// of the notifications scheduled by the running process (NotificationHandler.swift,
// `toActiveNotification`): a reminder delivered after iOS ended the app crashes it when tapped
// (plugins-workspace#3533), and its event reaches no one if Rust is not listening yet. Here the
// reminder's id is its request's identifier, always there, and each press is queued in
// UserDefaults until Rust takes it (`takeActions`): a press that launched the app, in front or in
// the background, is kept until the app has stored it.

import Tauri
import UIKit
import UserNotifications
import WebKit

/// A button pressed, or a tap, on a reminder.
struct Pressed: Codable {
  let actionId: String
  let notificationId: Int
}

/// A reminder iOS holds pending, as the app fingerprints it.
struct PendingReminder: Encodable {
  let id: Int
  /// Seconds since the epoch, as the trigger says.
  let at: Int64?
  let title: String
  let body: String
}

struct WatchArgs: Decodable {
  let handler: Channel
}

struct Waiting: Encodable {
  let waiting = true
}

final class ReminderCenterDelegate: NSObject, UNUserNotificationCenterDelegate {
  weak var plugin: ReminderCenterPlugin?

  /// A reminder due while the app is in front is shown as it would be otherwise.
  func userNotificationCenter(
    _ center: UNUserNotificationCenter,
    willPresent notification: UNNotification,
    withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
  ) {
    if #available(iOS 14.0, *) {
      completionHandler([.banner, .list, .sound, .badge])
    } else {
      completionHandler([.alert, .sound, .badge])
    }
  }

  func userNotificationCenter(
    _ center: UNUserNotificationCenter,
    didReceive response: UNNotificationResponse,
    withCompletionHandler completionHandler: @escaping () -> Void
  ) {
    defer { completionHandler() }
    // Every reminder's request identifier is its id (the store's notification id).
    guard let id = Int(response.notification.request.identifier) else { return }
    let action: String
    switch response.actionIdentifier {
    case UNNotificationDefaultActionIdentifier: action = "tap"
    case UNNotificationDismissActionIdentifier: action = "dismiss"
    default: action = response.actionIdentifier
    }
    plugin?.enqueue(Pressed(actionId: action, notificationId: id))
  }
}

class ReminderCenterPlugin: Plugin {
  /// Held here: UNUserNotificationCenter keeps its delegate weakly.
  private let centerDelegate = ReminderCenterDelegate()
  private let lock = NSLock()
  private var watcher: Channel?
  private var backgroundTask = UIBackgroundTaskIdentifier.invalid
  private static let queueKey = "org.smpaftercare.app.reminder-center"

  override init() {
    super.init()
    centerDelegate.plugin = self
    // Plugins are made in the order the app adds them, this one after the notification plugin,
    // whose manager set itself as the delegate; and before launch ends, as iOS requires.
    UNUserNotificationCenter.current().delegate = centerDelegate
  }

  public override func load(webview: WKWebView) {
    UNUserNotificationCenter.current().delegate = centerDelegate
  }

  private func queued() -> [Pressed] {
    guard let data = UserDefaults.standard.data(forKey: Self.queueKey) else { return [] }
    return (try? JSONDecoder().decode([Pressed].self, from: data)) ?? []
  }

  private func keep(_ queue: [Pressed]) {
    UserDefaults.standard.set(try? JSONEncoder().encode(queue), forKey: Self.queueKey)
  }

  /// On the main thread, from the delegate. Done and "In an hour" are background actions: iOS
  /// may launch the app only to deliver them, so it is asked for time until Rust has taken them.
  func enqueue(_ pressed: Pressed) {
    if backgroundTask == .invalid {
      backgroundTask = UIApplication.shared.beginBackgroundTask { [weak self] in self?.endBackgroundTask() }
    }
    lock.lock()
    keep(queued() + [pressed])
    let watcher = self.watcher
    lock.unlock()
    try? watcher?.send(Waiting())
  }

  private func endBackgroundTask() {
    DispatchQueue.main.async {
      if self.backgroundTask != .invalid {
        UIApplication.shared.endBackgroundTask(self.backgroundTask)
        self.backgroundTask = .invalid
      }
    }
  }

  /// Every press not yet taken, oldest first; each is handed out once.
  @objc public func takeActions(_ invoke: Invoke) {
    lock.lock()
    let queue = queued()
    keep([])
    lock.unlock()
    invoke.resolve(queue)
    endBackgroundTask()
  }

  /// `handler` is told whenever a press is queued, and at once if some are waiting.
  @objc public func watch(_ invoke: Invoke) throws {
    let args = try invoke.parseArgs(WatchArgs.self)
    lock.lock()
    watcher = args.handler
    let waiting = !queued().isEmpty
    lock.unlock()
    invoke.resolve()
    if waiting { try? args.handler.send(Waiting()) }
  }

  /// What iOS holds pending. The notification plugin's `getPending` sends no schedule, which its
  /// Rust side requires, so the app could never read it back.
  @objc public func pending(_ invoke: Invoke) {
    UNUserNotificationCenter.current().getPendingNotificationRequests { requests in
      invoke.resolve(requests.compactMap { request -> PendingReminder? in
        guard let id = Int(request.identifier) else { return nil }
        let next: Date?
        switch request.trigger {
        case let interval as UNTimeIntervalNotificationTrigger: next = interval.nextTriggerDate()
        case let calendar as UNCalendarNotificationTrigger: next = calendar.nextTriggerDate()
        default: next = nil
        }
        return PendingReminder(
          id: id, at: next.map { Int64($0.timeIntervalSince1970.rounded()) },
          title: request.content.title, body: request.content.body)
      })
    }
  }

  /// The ids of the reminders Notification Center lists: what the notification plugin's
  /// `getActive` would say, were it not to crash on one from an earlier run of the app.
  @objc public func delivered(_ invoke: Invoke) {
    UNUserNotificationCenter.current().getDeliveredNotifications { delivered in
      invoke.resolve(delivered.compactMap { Int($0.request.identifier) })
    }
  }
}

@_cdecl("init_plugin_reminder_center")
public func initPlugin() -> Plugin {
  return ReminderCenterPlugin()
}
