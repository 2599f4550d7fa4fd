# Resilience: unreadable secrets, slow panels, unknown placements, catalogue sanity.
account-unreadable = 🔑 Your panel account needs reconnecting: I can no longer read its saved API key (the bot's encryption key was changed). Send /connect and add the key again.
account-unreadable-group = 🔑 This group's panel account needs reconnecting: I can no longer read its saved API key (the bot's encryption key was changed). A group admin can link it again with /connect.
conversation-state-lost = Your unfinished step was lost after a bot update, so I have closed it. Nothing was sent to the panel; please start again.
budget-still-waiting = ⏳ The panel is slow to answer — still waiting… (/cancel stops waiting)
budget-wait-cancelled = Stopped waiting for the panel. Nothing was changed.
services-card-unavailable = ⚠️ This service is unavailable: the panel lists it with impossible limits or price, so it cannot be ordered here.
placement-unknown-notice =
    ⚠️ <b>An order may have been placed</b>
    I was restarted while sending this order to { $panel }, so I don't know whether the panel took it. The panel's API cannot list orders: please look at the orders page on { $panel }'s website. If the order is there, tap “Track by ID” and send its ID; if not, tap “Dismiss”.
placement-details =
    ❓ <b>{ $service }</b> (#{ $id })
    Link: { $link }
    Quantity: { $quantity }
placement-unknown-title = ❓ <b>Outcome unknown</b> — these orders may have been placed (check the panel's website):
placement-button-track = 🔎 Track by ID
placement-button-dismiss = ✖️ Dismiss
placement-dismissed = Dismissed: it is no longer listed.
placement-track-ask = Reply to this message with the order's ID from the orders page on { $panel }'s website.
placement-track-bad-id = Please reply with one order ID (digits only).
placement-track-unknown-id = The panel does not know order { $id }. Check the ID on the panel's website and reply again.
placement-tracked = ✅ Order { $id } is now tracked ({ $status }): /orders lists it and I will tell you when its status changes.
