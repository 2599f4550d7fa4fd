# Order cards: delivery progress.
order-card-delivered = { $delivered } از { $quantity } تحویل شد { $bar } { $percent } ٪
