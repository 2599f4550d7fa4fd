# Order cards: delivery progress.
order-card-delivered = { $quantity } tadan { $delivered } yetkazildi { $bar } { $percent } %
