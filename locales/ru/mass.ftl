# /mass: many orders at once.
cmd-mass = Много заказов сразу (услуга | ссылка | количество в строке)
mass-usage =
    📑 <b>Массовый заказ</b>: отправьте до { $max } строк, по заказу в строке:
    <code>услуга | ссылка | количество</code>
    например <code>1448 | https://instagram.com/p/abc | 1000</code>. Подойдут и пробелы, запятые или точки с запятой. Я проверю каждую строку и покажу итог до оформления.
mass-reason-format = нужно: услуга | ссылка | количество
mass-reason-unknown-service = услуги { $id } нет на этой панели
mass-reason-needs-fields = услуге типа { $type } нужно больше данных: используйте /order
mass-reason-bad-link = ссылка выглядит неверной
mass-reason-bad-quantity = количество — не целое число
mass-reason-quantity-range = количество должно быть { $min }–{ $max }
mass-reason-invalid = панель не примет эту строку
mass-preview-title = 📑 <b>Массовый заказ</b> · готово { $valid }, отклонено { $refused }
mass-line-ok = ✅ { $n }. <code>{ $id }</code> · { $quantity } · { $link } · { $price }
mass-line-refused = ❌ { $n }. { $text } — { $reason }
mass-preview-total = 💵 Итого: <b>{ $price }</b>
mass-over = ⚠️ Ещё { $count } строк пропущено (не больше { $max }).
mass-none-valid = Ни одну строку нельзя заказать. Исправьте их и отправьте /mass снова.
mass-button-confirm = ✅ Оформить заказы ({ $count })
mass-progress = ⏳ Оформляю заказы: { $done } из { $count }…
mass-progress-resumed = ⏳ Продолжаю: уже отправленные строки не отправляются повторно ({ $count } строк)…
mass-progress-done = ✅ Готово: оформлено { $placed } из { $count } заказов.
mass-result-title = 📑 <b>Итог массового заказа</b> · оформлено { $placed } из { $count } строк
mass-result-placed = { $n }. ✅ заказ <code>{ $id }</code>
mass-result-refused = { $n }. ❌ { $reason }
mass-result-failed = { $n }. ❌ не оформлен: { $reason }
mass-result-unknown = { $n }. ❓ панель не ответила — проверьте /orders, прежде чем заказывать снова
mass-result-not-sent = { $n }. ⏸ не отправлено
mass-already-confirmed = Эти заказы уже оформляются.
mass-already-done = Уже оформлено, повторно ничего не отправлено. Вот итог.
mass-cancelled = Массовый заказ отменён. Ничего не заказано.
