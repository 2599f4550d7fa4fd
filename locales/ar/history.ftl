# /export and the /orders filters.
cmd-export = نزّل طلبات هذه المحادثة كملف CSV
history-export-caption = 📄 { $count } طلبًا (المعرّف، التاريخ، الحساب، الخدمة، الرابط، الكمية، الخصم، العملة، الحالة، العدد الابتدائي، المتبقي).
history-filter-all = الكل
history-filter-all-on = • الكل
history-filter-active = ⏳ النشطة
history-filter-active-on = • ⏳ النشطة
history-filter-finished = ✅ المنتهية
history-filter-finished-on = • ✅ المنتهية
history-filter-empty = لا توجد طلبات تطابق هذا المرشح.
