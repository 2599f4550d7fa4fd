# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Veja o que eu posso fazer:
help-inline = Modo inline: digite @{ $bot } 23501 em qualquer conversa para mostrar o status de um pedido.
help-group-intro = Neste grupo:
help-group-everyone = Todos:
help-group-admins = Só administradores do grupo:
