# Order commands: /status, /orders, /refill, /refills, /cancel and the order buttons.

## Shared
orders-invalid-ids = ⚠️ Skipped, { $count ->
        [one] not an ID
       *[other] not IDs
    } (IDs are digits only): { $tokens }
orders-invalid-more = and { $count } more
orders-too-many = That is { $count } IDs. I take at most { $max } in one command: please send them in parts.
orders-refreshed = Updated.

## Short outcome of one ID
orders-item-unknown-order = ❓ not found on this account
orders-item-unknown-refill = ❓ refill not found on this account
orders-item-unavailable = ⚠️ the panel did not answer, try again later
orders-item-rate-limited = ⏳ the panel is limiting requests, try again in a minute
orders-item-unknown-outcome = ⚠️ no answer from the panel: it may have happened, check before you retry
orders-item-invalid-key = 🔑 the panel rejected the API key
orders-item-refill-disabled = ⛔ refill is disabled for this service
orders-item-refill-not-eligible = ⛔ not eligible for a refill (now)
orders-item-refill-unsupported = ⛔ this panel does not offer refills
orders-item-cancel-disabled = ⛔ cancelling is disabled for this service
orders-item-cancel-refused = ⛔ this order can no longer be cancelled
orders-item-cancel-unsupported = ⛔ this panel does not offer cancelling orders
orders-item-refused = ⛔ refused by the panel: { $detail }
orders-item-refused-plain = ⛔ refused by the panel
orders-item-error = ⚠️ something went wrong, please try again

## Order card buttons
orders-button-refresh = 🔄 Refresh
orders-button-refill = 🔁 Refill
orders-button-cancel = ✖️ Cancel order
orders-button-cancel-confirm = Yes, cancel order { $id }
orders-button-cancel-keep = No, keep it
orders-cancel-ask-one = Cancel order { $id }? Press “Yes” to confirm.

## /status
orders-status-usage =
    Send one or more order IDs after the command, for example:
    <code>/status 23501</code>
    <code>/status 23501, 23502 23503</code>
    Separate IDs with spaces, commas or new lines (up to { $max }).
orders-status-unknown = ❓ Order <code>{ $id }</code> was not found on this account.
orders-status-header = 📋 Status of { $count } orders:

## /orders
orders-list-empty =
    No orders are followed in this chat yet.
    Place one with /order, or follow orders placed on the panel's site with <code>/track ID</code>.
orders-list-title = 📋 <b>Orders</b> { $from }–{ $to } of { $total }
orders-list-not-checked = 🕓 not checked yet
orders-list-fresh = 🔄 Checked with the panel just now.
orders-list-refresh-failed = Could not check with the panel: { $reason }
orders-button-prev = ◀ Newer
orders-button-next = Older ▶
orders-button-refresh-page = 🔄 Refresh
orders-button-details = 📦 { $id }

## /refill and /refills
orders-refill-usage =
    Send the IDs of the orders to refill, for example:
    <code>/refill 23501</code> or <code>/refill 23501 23502</code>
    Check a refill later with <code>/refills REFILL_ID</code>.
orders-refill-created = 🔁 refill <code>{ $refill }</code> requested
orders-refill-done-one = 🔁 Refill { $refill } requested for order { $id }. Check it with /refills { $refill }.
orders-refill-failed-one = Order { $id }: { $reason }
orders-refill-header = 🔁 Refill requests for { $count } orders:
orders-refill-summary = { $created } of { $count } refills requested. Check them with /refills.
orders-refills-usage =
    Send refill IDs after the command, for example:
    <code>/refills 7</code> or <code>/refills 7 8 9</code>
orders-refills-one = 🔁 <b>Refill { $id }</b>
    { $status }
orders-refills-unknown = ❓ Refill <code>{ $id }</code> was not found on this account.
orders-refills-header = 🔁 Status of { $count } refills:

## /cancel
orders-cancel-usage =
    Send the IDs of the orders to cancel, for example:
    <code>/cancel 23501</code> or <code>/cancel 23501 23502</code>
    I ask you to confirm before anything is cancelled. (While a step-by-step dialogue is open, /cancel leaves it.)
orders-cancel-confirm =
    Cancel { $count ->
        [one] this order
       *[other] these { $count } orders
    }? { $ids }
    Not every service can be cancelled; the panel decides per order.
orders-cancel-yes = { $count ->
        [one] Yes, cancel 1 order
       *[other] Yes, cancel { $count } orders
    }
orders-cancel-no = No
orders-cancel-kept = Nothing was cancelled.
orders-cancel-ok = ✅ cancel requested
orders-cancel-done-one = ✅ Cancel requested for order { $id }.
orders-cancel-failed-one = Order { $id }: { $reason }
orders-cancel-header = ✖️ Cancel requests for { $count } orders:
orders-list-account-gone = (its account is no longer connected)
