# Order cards: delivery progress.
order-card-delivered = Виконано { $delivered } з { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Повернено { $amount } за { $count } невиконаних
order-card-refund-estimate = ↩️ Повернено приблизно { $amount } за { $count } невиконаних (оцінка за ціною замовлення)
