# Order cards: delivery progress.
order-card-delivered = { $quantity } में से { $delivered } पहुँचाए गए { $bar } { $percent } %
order-card-refunded = ↩️ न पहुँचाए गए { $count } के लिए { $amount } वापस किए गए
order-card-refund-estimate = ↩️ न पहुँचाए गए { $count } के लिए लगभग { $amount } वापस किए गए (ऑर्डर की कीमत से अनुमान)
