# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Ini yang bisa saya lakukan:
help-inline = Mode inline: ketik @{ $bot } 23501 di chat mana pun untuk menampilkan status pesanan.
help-group-intro = Di grup ini:
help-group-everyone = Semua anggota:
help-group-admins = Hanya admin grup:
