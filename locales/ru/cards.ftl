# Order cards: delivery progress.
order-card-delivered = Выполнено { $delivered } из { $quantity } { $bar } { $percent } %
