# /mass: many orders at once.
cmd-mass = Place many orders at once (service | link | quantity per line)
mass-usage =
    📑 <b>Mass order</b>: send up to { $max } lines, one order per line:
    <code>service | link | quantity</code>
    for example <code>1448 | https://instagram.com/p/abc | 1000</code>. Spaces, commas or semicolons work too. I check every line and show the total before anything is ordered.
mass-reason-format = expected: service | link | quantity
mass-reason-unknown-service = no service { $id } on this panel
mass-reason-needs-fields = a { $type } service needs more answers: use /order
mass-reason-bad-link = the link does not look right
mass-reason-bad-quantity = the quantity is not a whole number
mass-reason-quantity-range = quantity must be { $min }–{ $max }
mass-reason-invalid = the panel would not accept this line
mass-preview-title = 📑 <b>Mass order</b> · { $valid } ready, { $refused } refused
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Total: <b>{ $price }</b>
mass-over = ⚠️ { $count } more lines were ignored (at most { $max }).
mass-none-valid = No line can be ordered. Fix them and send /mass again.
mass-button-confirm = ✅ Place { $count } orders
mass-progress = ⏳ Placing orders: { $done } of { $count }…
mass-progress-resumed = ⏳ Resuming: lines already sent are not sent again ({ $count } lines)…
mass-progress-done = ✅ Done: { $placed } of { $count } orders placed.
mass-result-title = 📑 <b>Mass order result</b> · { $placed } placed of { $count } lines
mass-result-placed = { $n }. ✅ order <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ not placed: { $reason }
mass-result-unknown = { $n }. ❓ no answer from the panel — check /orders before ordering it again
mass-result-not-sent = { $n }. ⏸ not sent
mass-already-confirmed = These orders are already being placed.
mass-already-done = Already placed; nothing was sent again. Here is the result.
mass-cancelled = Mass order cancelled. Nothing was ordered.
