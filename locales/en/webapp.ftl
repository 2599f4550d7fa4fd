# The Mini App (issue 16): the bot's button and menu, and every text of the app itself.
app-button-open = 🛍 Catalogue
app-menu-button = Catalogue
app-open-text = Browse the catalogue, place orders and follow them in the app:
app-off = The app is not enabled on this bot.
app-private-only = The app opens in a private chat with me.

app-tab-catalogue = Catalogue
app-tab-orders = Orders
app-tab-account = Account
app-loading = Loading…
app-retry = Try again
app-back = Back
app-close = Close

app-search-placeholder = Search services…
app-results = { $count ->
    [one] { $count } service
   *[other] { $count } services
}
app-no-results = No service matches.
app-filters = Filters
app-filters-reset = Reset
app-filter-platform = Platform
app-filter-type = Type
app-filter-all = All
app-filter-refill = Refill
app-filter-dripfeed = Drip-feed
app-filter-price-min = Price from
app-filter-price-max = Price to
app-sort = Sort
app-sort-default = Panel order
app-sort-price-asc = Price: low to high
app-sort-price-desc = Price: high to low
app-platform-other = Other

app-rate-per-1000 = { $rate } per 1000
app-rate-package = { $rate } per package
app-rate-subscription = { $rate } per 1000 per post
app-limits = { $min }–{ $max }
app-flag-refill = ♻️ Refill
app-flag-cancel = ✖️ Cancel
app-flag-dripfeed = 💧 Drip-feed

app-service-id = Service { $id }
app-service-category = Category
app-service-type = Type
app-service-rate = Rate
app-service-limits = Min–max
app-service-time = Average time
app-service-time-unknown = not given by the panel
app-service-description = Description
app-service-order = Order this service

app-form-title = New order
app-form-lines-hint = One per line
app-form-choose = Choose…
app-form-optional = optional
app-form-dripfeed = Drip-feed (split into runs)
app-form-total = Total: { $total }
app-form-price = Price
app-form-price-max = Price (at most)
app-form-price-unknown = Fill in the fields to see the price
app-form-balance = Balance
app-form-balance-unknown = unknown
app-form-balance-low = Your balance is lower than the price.
app-form-confirm = Confirm order · { $price }
app-form-confirm-plain = Confirm order
app-form-fix = Please fix the fields marked in red.
app-form-sending = Placing the order…

app-error-required = This field is required.
app-error-link = This is not a valid link.
app-error-number = Enter a whole number.
app-error-range = Enter a number from { $min } to { $max }.
app-error-too-small = Enter at least { $min }.
app-error-lines-range = Enter { $min } to { $max } lines (now { $count }).
app-error-one-line = Enter a single line.
app-error-date = Enter a date that is not in the past (day/month/year).
app-error-choice = Choose one of the options.
app-error-max-below-min = The maximum cannot be below the minimum.
app-error-not-supported = This service does not offer it.
app-error-invalid = This value is not valid.

app-result-placed = ✅ Order { $id } placed
app-result-price = Price: { $price }
app-result-tracked = It is on your orders board, and the chat will tell you when it moves.
app-result-unknown = ⚠️ The panel did not answer in time, so the outcome is unknown. Check your orders before you try again.
app-result-failed = ❌ Not placed: { $reason }
app-result-view-orders = See my orders
app-result-new = Order another

app-panel-invalid-key = the panel rejected the API key (connect a valid one with /connect in the chat)
app-panel-funds = not enough funds on your panel balance
app-panel-invalid-input = the panel refused the order as invalid
app-panel-service = the panel does not offer this service any more
app-panel-link = the panel refused the link
app-panel-quantity = the panel refused the quantity
app-panel-active-order = there is already an active order for this link
app-panel-rate-limited = the panel is limiting requests; try again in a minute
app-panel-unavailable = the panel is not reachable right now
app-panel-no-account = no panel account is connected (send /connect in the chat)
app-panel-error = something went wrong; please try again

app-error-auth = Your session has expired. Close the app and open it again from the chat.
app-error-rate = Too many requests. Wait a moment and try again.
app-error-price-changed = The price changed to { $price }. Check it and confirm again.
app-error-network = The connection failed. Your order form is kept: try again.
app-error-no-account = You have not connected a panel account yet. Send /connect to the bot in the chat.
app-error-generic = Something went wrong. Please try again.

app-orders-empty = No orders yet. Orders you place here or in the chat appear on this board.
app-orders-refresh = Refresh
app-orders-filter-all = All
app-orders-filter-active = Active
app-orders-filter-done = Finished
app-orders-order = Order { $id }
app-orders-charge = Charge { $charge }
app-orders-remains = { $remains } remaining
app-orders-progress = { $done } of { $quantity }
app-orders-status-unknown = Not checked yet
app-orders-repeat = Repeat
app-orders-refill = Refill
app-orders-cancel = Cancel
app-orders-cancel-confirm = Cancel order { $id }?
app-orders-refill-done = Refill { $id } requested.
app-orders-cancel-done = Cancel requested for order { $id }.
app-orders-action-failed = Not done: { $reason }
app-orders-updated = Updated

app-account-title = Your panel account
app-account-panel = Panel
app-account-currency = Currency
app-account-balance = Balance
app-account-active = Active
app-account-none = No panel account is connected. Send /connect to the bot in the chat.
cmd-app = Open the catalogue app
