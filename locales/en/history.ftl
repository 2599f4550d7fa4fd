# /export and the /orders filters.
cmd-export = Download this chat's orders as a CSV file
history-export-caption = 📄 { $count } orders (id, date, account, service, link, quantity, charge, currency, status, start count, remains).
history-filter-all = All
history-filter-all-on = • All
history-filter-active = ⏳ Active
history-filter-active-on = • ⏳ Active
history-filter-finished = ✅ Finished
history-filter-finished-on = • ✅ Finished
history-filter-empty = No orders match this filter.
