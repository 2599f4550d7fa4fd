# /export and the /orders filters.
cmd-export = دریافت سفارش‌های این گفتگو به‌صورت فایل CSV
history-export-caption = 📄 { $count } سفارش (شناسه، تاریخ، حساب، سرویس، پیوند، تعداد، هزینه، ارز، وضعیت، شمار آغازین، باقی‌مانده).
history-filter-all = همه
history-filter-all-on = • همه
history-filter-active = ⏳ فعال
history-filter-active-on = • ⏳ فعال
history-filter-finished = ✅ تمام‌شده
history-filter-finished-on = • ✅ تمام‌شده
history-filter-empty = هیچ سفارشی با این فیلتر جور نیست.
