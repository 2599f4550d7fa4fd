# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Ось що я вмію:
help-inline = Інлайн-режим: наберіть @{ $bot } 23501 у будь-якому чаті, щоб показати статус замовлення.
help-group-intro = У цій групі:
help-group-everyone = Усі учасники:
help-group-admins = Лише адміністратори групи:
