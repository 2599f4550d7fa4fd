# /export: the chat's orders as CSV.
cmd-export = Download this chat's orders as a CSV file
history-export-caption = 📄 { $count } orders (id, date, account, service, link, quantity, charge, currency, status, start count, remains).
