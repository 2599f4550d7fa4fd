# Order cards: delivery progress.
order-card-delivered = Виконано { $delivered } з { $quantity } { $bar } { $percent } %
