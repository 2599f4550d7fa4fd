# /export: the chat's orders as CSV.
cmd-export = نزّل طلبات هذه المحادثة كملف CSV
history-export-caption = 📄 { $count } طلبًا (المعرّف، التاريخ، الحساب، الخدمة، الرابط، الكمية، الخصم، العملة، الحالة، العدد الابتدائي، المتبقي).
