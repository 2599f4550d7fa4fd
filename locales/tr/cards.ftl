# Order cards: delivery progress.
order-card-delivered = { $quantity } içinden { $delivered } teslim edildi { $bar } %{ $percent }
