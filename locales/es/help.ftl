# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Esto es lo que puedo hacer:
help-inline = Modo inline: escribe @{ $bot } 23501 en cualquier chat para mostrar el estado de un pedido.
help-group-intro = En este grupo:
help-group-everyone = Todos:
help-group-admins = Solo administradores del grupo:
