# Order cards: delivery progress.
order-card-delivered = { $delivered } از { $quantity } تحویل شد { $bar } { $percent } ٪
order-card-refunded = ↩️ { $amount } برای { $count } تحویل‌نشده بازگردانده شد
order-card-refund-estimate = ↩️ حدود { $amount } برای { $count } تحویل‌نشده بازگردانده شد (تخمین بر اساس قیمت سفارش)
