# Order cards: delivery progress.
order-card-delivered = Выполнено { $delivered } из { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Возвращено { $amount } за { $count } невыполненных
order-card-refund-estimate = ↩️ Возвращено примерно { $amount } за { $count } невыполненных (оценка по цене заказа)
