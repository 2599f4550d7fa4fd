# /help: generated from the command registry (each command's menu description, cmd-*), per chat kind.
help-intro = To znam:
help-inline = Vrstični način: v katerem koli klepetu vpišite @{ $bot } 23501 za stanje naročila.
help-group-intro = V tej skupini:
help-group-everyone = Vsi:
help-group-admins = Samo skrbniki skupine:
