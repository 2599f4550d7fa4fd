# /order: the ordering wizard.
order-usage = Send /order to choose a service step by step, or /order ID to order a service by its ID.
order-choose-category = 🛒 <b>New order</b> · choose a category ({ $count }), or type a word to search the services.
order-choose-service = Choose a service, or type a word to search.
order-button-categories = ⬅️ Categories
order-no-services = The panel lists no services right now, so there is nothing to order.
order-use-buttons = Please use the buttons above, or /cancel.
order-search-none = Nothing matches “{ $query }”. Type another word, or choose a category above.
order-old-step = That button belongs to an earlier step. Please answer the last question.
order-service-gone = This service is no longer offered by the panel. Please choose another one.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · quantity { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · quantity per post { $min }–{ $max }
order-service-refused = The panel does not accept orders for this service now. Choose another one with /order.

# Questions
order-ask-link = 🔗 Send the link (for example { $example }).
order-ask-quantity = 🔢 How many? Send a number from { $min } to { $max }.
order-ask-runs = 💧 In how many runs should it be delivered? (a whole number, e.g. 5)
order-ask-interval = ⏱ How many minutes between runs? (a whole number, e.g. 30)
order-ask-keywords = 🔑 Send the keywords, one per line.
order-ask-comments = 💬 Send the comments, one per line.
order-ask-comments-count = 💬 Send the comments, one per line: between { $min } and { $max } lines. The quantity is the number of lines.
order-ask-usernames = 👤 Send the usernames, one per line.
order-ask-usernames-count = 👤 Send the usernames, one per line: between { $min } and { $max } lines. The quantity is the number of lines.
order-ask-hashtags = #️⃣ Send the hashtags, one per line.
order-ask-hashtag = #️⃣ Send the hashtag.
order-ask-username = 👤 Send the username.
order-ask-media = 🖼 Send the link of the media whose likers should be mentioned.
order-ask-answer-number = 🗳 Which answer should get the votes? Send its number (1 for the first answer).
order-ask-groups = 👥 Send the groups to invite from, one per line.
order-ask-min = ⬇️ Minimum per post? Send a number from { $min } to { $max }.
order-ask-max = ⬆️ Maximum per post? Send a number from { $min } to { $max }, not below the minimum.
order-ask-posts = 📝 For how many new posts? Send a number, or skip for no limit.
order-ask-old-posts = 🗂 How many existing posts should also get it? Send a number (0 for none), or skip.
order-ask-delay = ⏳ Delay after a new post appears?
order-ask-expiry = 📅 Until when? Send a date as day/month/year (e.g. 31/12/2026), or skip.
order-ask-country = 🌍 Which country should the traffic come from? (e.g. United States or US)
order-ask-device = 💻 Which devices?
order-ask-traffic-type = 🚦 Which type of traffic?
order-ask-google-keyword = 🔎 Which Google keyword should visitors search for?
order-ask-referring-url = 🔗 Send the referring URL (the page visitors come from).
order-ask-dripfeed = 💧 Spread this order over time (drip-feed)?

# Field names
order-field-link = Link
order-field-quantity = Quantity
order-field-runs = Runs
order-field-interval = Interval (minutes)
order-field-keywords = Keywords
order-field-comments = Comments
order-field-usernames = Usernames
order-field-hashtags = Hashtags
order-field-hashtag = Hashtag
order-field-username = Username
order-field-media = Media link
order-field-answer-number = Answer number
order-field-groups = Groups
order-field-min = Minimum per post
order-field-max = Maximum per post
order-field-posts = New posts
order-field-old-posts = Old posts
order-field-delay = Delay
order-field-expiry = Expiry
order-field-country = Country
order-field-device = Device
order-field-traffic-type = Type of traffic
order-field-google-keyword = Google keyword
order-field-referring-url = Referring URL
order-field-dripfeed = Drip-feed

# Choices
order-delay-none = No delay
order-delay-minutes = { $n } min
order-device-desktop = 🖥 Desktop
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Mixed mobile
order-device-mixed = 🔀 Mixed
order-traffic-google = 🔎 Google keyword
order-traffic-referrer = 🔗 Custom referrer
order-traffic-blank = ⬜ Blank referrer
order-button-skip = ⏭ Skip
order-button-drip-yes = 💧 Yes, drip-feed
order-button-drip-no = All at once
order-skipped = { $field }: skipped
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Drip-feed: yes
order-dripfeed-no = Drip-feed: no, all at once

# Problems with an answer
order-send-again = Please send it again, or /cancel.
order-error-link = ❌ That is not a valid link. Send a full link such as https://instagram.com/p/abc123.
order-error-number = ❌ Please send a whole number, with digits only (for example 1000).
order-error-too-big = ❌ That number is far too large.
order-error-quantity-range = ❌ The quantity must be between { $min } and { $max }.
order-error-lines-range = ❌ You sent { $count } { $count ->
        [one] line
       *[other] lines
    }; this service needs between { $min } and { $max } (one per line).
order-error-lines-empty = ❌ Please send at least one line.
order-error-range = ❌ The number must be between { $min } and { $max }.
order-error-max-below-min = ❌ The maximum cannot be below the minimum ({ $min }).
order-error-too-small = ❌ The number must be at least { $min }.
order-error-one-line = ❌ Please send a single line.
order-error-date = ❌ Please send a date that is not in the past, as day/month/year (for example 31/12/2026).
order-error-choice = ❌ Please choose one of the buttons.
order-error-empty = ❌ This cannot be empty.
order-error-invalid = ❌ “{ $field }” is not valid.
order-recheck = Some answers no longer fit together, so I will ask again: { $fields }.

# Summary
order-summary-title = 🧾 <b>Please check your order</b>
order-summary-service = Service: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } { $count ->
        [one] line
       *[other] lines
    }
order-summary-more = … and { $count } more
order-number = { $n }
order-summary-drip = Drip-feed: { $runs } runs, every { $interval } min
order-summary-total = Total quantity: { $total }
order-summary-price = 💵 Price: <b>{ $price }</b>
order-summary-price-max = 💵 Price: up to <b>{ $price }</b> (charged per post)
order-summary-price-per-post = 💵 Price: up to <b>{ $price }</b> per post
order-summary-price-unknown = 💵 Price: set by the panel
order-summary-balance = 💰 Balance: { $balance }
order-summary-balance-low = ⚠️ Your balance is lower than the price. Top up on the panel first, or the panel will refuse the order.
order-summary-balance-unknown = ⚠️ I could not check your balance: { $reason }
order-button-confirm = ✅ Confirm
order-button-change = ✏️ Change
order-change-which = Which detail do you want to change?
order-confirm-hint = Please press ✅ Confirm, ✏️ Change or ✖️ Cancel under the summary.

# Result
order-placed = ✅ Order { $id } placed · { $price }
order-placed-no-price = ✅ Order { $id } placed.
order-placed-next = I will tell you when its status changes. /orders lists your orders, /status { $id } checks this one.
order-unknown-outcome = ⚠️ The panel did not confirm the order, so I don't know whether it was placed. I will not send it again. In a minute, check /orders or /status (or the panel's website) before you order again.
order-failed-fix = Nothing was ordered. Change a detail and confirm again, or /cancel.
order-already-placed = Order { $id } was already placed. /orders lists your orders.
order-already-unknown = This order was already sent, but its outcome is unknown. Check /orders or /status before ordering again.
order-already-failed = This summary was not ordered. Use the latest summary, or start again with /order.
order-wizard-expired = This order form is no longer active. Start again with /order.
