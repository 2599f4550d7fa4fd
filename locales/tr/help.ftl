# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Neler yapabileceğim:
help-inline = Satır içi mod: Bir siparişin durumunu göstermek için herhangi bir sohbette @{ $bot } 23501 yazın.
help-group-intro = Bu grupta:
help-group-everyone = Herkes:
help-group-admins = Yalnızca grup yöneticileri:
