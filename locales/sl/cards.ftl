# Order cards: delivery progress.
order-card-delivered = Dostavljeno { $delivered } od { $quantity } { $bar } { $percent } %
order-card-refunded = ↩️ Vrnjeno { $amount } za { $count } nedostavljenih
order-card-refund-estimate = ↩️ Vrnjeno približno { $amount } za { $count } nedostavljenih (ocena po ceni naročila)
