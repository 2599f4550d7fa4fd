# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = Here is what I can do:
help-inline = Inline: type @{ $bot } 23501 in any chat to show an order's status.
help-group-intro = In this group:
help-group-everyone = Everyone:
help-group-admins = Group admins only:
