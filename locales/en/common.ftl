# Shared words, buttons and errors.
button-cancel = ✖️ Cancel
button-back = ⬅️ Back
button-expired = This button has expired. Please start again.
conversation-cancelled = Cancelled. Nothing was changed.
conversation-send-text = Please send a text message, or /cancel.
unknown-command = I don't know that command. /help lists what I can do.
start-hint = Send /help to see what I can do.
error-generic = Something went wrong on my side. Please try again in a moment.

account-missing = You have not connected a panel account yet. Send /connect to add your API key.
account-missing-group = This group has no panel account yet. A group admin can link one with /connect.

panel-error-invalid-key = The panel rejected the API key. Connect a valid key with /connect.
panel-error-funds = Not enough funds on your panel balance.
panel-error-unknown-order = The panel does not know this order ID.
panel-error-unknown-refill = The panel does not know this refill ID.
panel-error-rate-limited = The panel is limiting requests right now. Please try again in a minute.
panel-error-unavailable = The panel is not reachable right now. Please try again later.
panel-error-unknown-outcome = The panel did not answer in time, so the outcome is unknown. Check with /orders or /status before you try again.
panel-error-invalid-input = The panel refused the request as invalid.
panel-error-invalid-input-detail = The panel refused the request: { $detail }

# Commands menu
cmd-start = Start and see an overview
cmd-help = See what this bot can do
cmd-connect = Connect your panel API key
cmd-disconnect = Remove the connected API key
cmd-balance = Show your panel balance
cmd-services = Browse or search services
cmd-order = Place a new order
cmd-orders = List your orders and their status
cmd-status = Check orders by ID
cmd-refill = Request a refill for orders
cmd-refills = Check refills by ID
cmd-cancel = Cancel orders
cmd-track = Track orders placed on the panel's site
cmd-untrack = Stop tracking orders
cmd-settings = Change notification settings
cmd-notifications = Turn group notifications on or off
cmd-language = Change the language
rate-limited = You are sending too fast. Please wait a moment before the next request.
fallback-key-deleted = That looked like an API key, so I deleted your message to keep it safe. To connect a key, send /connect first, then the key.
