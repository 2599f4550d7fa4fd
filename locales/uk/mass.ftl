# /mass: many orders at once.
cmd-mass = Багато замовлень одразу (послуга | посилання | кількість у рядку)
mass-usage =
    📑 <b>Масове замовлення</b>: надішліть до { $max } рядків, по замовленню в рядку:
    <code>послуга | посилання | кількість</code>
    наприклад <code>1448 | https://instagram.com/p/abc | 1000</code>. Підійдуть і пробіли, коми чи крапки з комою. Я перевірю кожен рядок і покажу підсумок до оформлення.
mass-reason-format = потрібно: послуга | посилання | кількість
mass-reason-unknown-service = послуги { $id } немає на цій панелі
mass-reason-needs-fields = послузі типу { $type } потрібно більше даних: скористайтеся /order
mass-reason-bad-link = посилання виглядає неправильним
mass-reason-bad-quantity = кількість — не ціле число
mass-reason-quantity-range = кількість має бути { $min }–{ $max }
mass-reason-invalid = панель не прийме цей рядок
mass-preview-title = 📑 <b>Масове замовлення</b> · готово { $valid }, відхилено { $refused }
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Разом: <b>{ $price }</b>
mass-over = ⚠️ Ще { $count } рядків пропущено (не більше { $max }).
mass-none-valid = Жоден рядок не можна замовити. Виправте їх і надішліть /mass знову.
mass-button-confirm = ✅ Оформити замовлення ({ $count })
mass-progress = ⏳ Оформлюю замовлення: { $done } з { $count }…
mass-progress-resumed = ⏳ Продовжую: уже надіслані рядки не надсилаються повторно ({ $count } рядків)…
mass-progress-done = ✅ Готово: оформлено { $placed } з { $count } замовлень.
mass-result-title = 📑 <b>Підсумок масового замовлення</b> · оформлено { $placed } з { $count } рядків
mass-result-placed = { $n }. ✅ замовлення <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ не оформлено: { $reason }
mass-result-unknown = { $n }. ❓ панель не відповіла — перевірте /orders, перш ніж замовляти знову
mass-result-not-sent = { $n }. ⏸ не надіслано
mass-already-confirmed = Ці замовлення вже оформлюються.
mass-already-done = Уже оформлено, повторно нічого не надіслано. Ось підсумок.
mass-cancelled = Масове замовлення скасовано. Нічого не замовлено.
