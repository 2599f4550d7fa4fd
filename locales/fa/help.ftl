# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = کارهایی که می‌توانم انجام دهم:
help-inline = حالت درون‌خطی: در هر گفتگویی @{ $bot } 23501 را بنویسید تا وضعیت سفارش نمایش داده شود.
help-group-intro = در این گروه:
help-group-everyone = همه:
help-group-admins = فقط مدیران گروه:
