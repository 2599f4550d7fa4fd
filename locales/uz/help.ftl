# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Men quyidagilarni bajara olaman:
help-inline = Inline rejim: istalgan chatda @{ $bot } 23501 deb yozing — buyurtma holati chiqadi.
help-group-intro = Bu guruhda:
help-group-everyone = Hamma:
help-group-admins = Faqat guruh adminlari:
