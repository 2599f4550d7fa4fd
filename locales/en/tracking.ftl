# Order tracking: /track, /untrack, /settings and status-change notifications.

## Notifications (HTML)
tracking-notify-title = 🔔 <b>{ $count ->
        [one] { $count } order changed
       *[other] { $count } orders changed
    }</b>
tracking-notify-progress = 📈 Progress update
tracking-notify-part = message { $part } of { $parts }
tracking-notify-open-orders = Open /orders to see and manage them all.
tracking-refill-card = ♻️ <b>Refill { $id }</b> · order { $order }
tracking-button-refresh = 🔄 { $id }
tracking-button-refill = 🔁 Refill { $id }
tracking-button-cancel = ✖️ Cancel { $id }
tracking-button-refill-refresh = 🔄 Refill { $id }
tracking-reconnect-rejected = ⚠️ The panel { $panel } no longer accepts the connected API key (it was changed or revoked, or the account was suspended), so I paused tracking of the orders checked with it. Connect a valid key with /connect and tracking resumes.
tracking-reconnect-undecryptable = ⚠️ I can no longer read the API key stored for the panel { $panel } (the bot's encryption key was changed), so I paused tracking of the orders checked with it. Connect the key again with /connect and tracking resumes.

## /track and /untrack
tracking-track-usage =
    Send the IDs of orders you placed on the panel's site, and I will tell you when their status changes:
    <code>/track 23501</code>
    <code>/track 23501, 23502 23503</code>
    Up to { $max } IDs at a time. /untrack ID stops it.
tracking-untrack-usage =
    Send the IDs of orders to stop following, for example:
    <code>/untrack 23501 23502</code>
tracking-too-many = That is { $count } IDs. I take at most { $max } in one command: please send them in parts.
tracking-not-ids = ⚠️ Not an order ID (IDs are digits only): { $tokens }
tracking-track-title = <b>Tracking</b>
tracking-untrack-title = <b>Stop tracking</b>
tracking-item-tracked = ✅ <code>{ $id }</code> — { $status }: I will tell you when it changes.
tracking-item-tracked-final = ☑️ <code>{ $id }</code> — { $status }: already finished, added to /orders but not followed.
tracking-item-already = ℹ️ <code>{ $id }</code> is already tracked here.
tracking-item-unknown = ❓ <code>{ $id }</code> — not found on this account, not tracked.
tracking-item-unavailable = ⚠️ <code>{ $id }</code> — the panel did not answer, not tracked. Please try again later.
tracking-item-error = ⚠️ <code>{ $id }</code> — could not be checked ({ $reason }), not tracked.
tracking-item-untracked = ✅ <code>{ $id }</code> — no longer tracked.
tracking-item-not-tracked = ℹ️ <code>{ $id }</code> — was not tracked here.

## /settings
tracking-settings-title =
    ⚙️ <b>Settings</b>
    Notifications tell you when a tracked order changes its status. Progress updates also tell you when its start count or remaining amount changes.
tracking-settings-notifications-on = 🔔 Notifications: on
tracking-settings-notifications-off = 🔕 Notifications: off
tracking-settings-progress-on = 📈 Progress updates: on
tracking-settings-progress-off = 📉 Progress updates: off
tracking-settings-saved = Saved.
tracking-settings-private-only = In groups, admins use /notifications on or /notifications off. Open our private chat for your own /settings.
