# Order cards: delivery progress.
order-card-delivered = Delivered { $delivered } of { $quantity } { $bar } { $percent } %
