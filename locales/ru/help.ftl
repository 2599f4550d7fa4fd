# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Вот что я умею:
help-inline = Инлайн-режим: наберите @{ $bot } 23501 в любом чате, чтобы показать статус заказа.
help-group-intro = В этой группе:
help-group-everyone = Все участники:
help-group-admins = Только администраторы группы:
