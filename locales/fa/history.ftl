# /export: the chat's orders as CSV.
cmd-export = دریافت سفارش‌های این گفتگو به‌صورت فایل CSV
history-export-caption = 📄 { $count } سفارش (شناسه، تاریخ، حساب، سرویس، پیوند، تعداد، هزینه، ارز، وضعیت، شمار آغازین، باقی‌مانده).
