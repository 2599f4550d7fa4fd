## /connect → ➕ Druga plošča: katera koli plošča API v2, po njenem naslovu
button-other-panel = ➕ Druga plošča
connect-ask-address = 🌐 Pošljite naslov svoje plošče, na primer smmpanel.com ali https://smmpanel.com/api/v2. Njen API bom poiskal sam.
connect-panel-found = API plošče najden: { $url }
connect-address-refused-malformed = To ni spletni naslov. Pošljite ga v obliki smmpanel.com ali https://smmpanel.com/api/v2 ali pa /cancel.
connect-address-refused-scheme = Dovoljeni so le varni naslovi https. Pošljite naslov plošče s https ali pa /cancel.
connect-address-refused-credentials = Naslov ne sme vsebovati uporabniškega imena ali gesla. Pošljite ga brez njiju ali pa /cancel.
connect-address-refused-port = Ta vrata niso dovoljena: plošče so dosegljive na običajnih spletnih vratih. Pošljite naslov brez vrat ali pa /cancel.
connect-address-refused-denied = Upravljavec bota je to ploščo blokiral. Pošljite drug naslov ali pa /cancel.
connect-address-refused-not-allowed = Upravljavec bota dovoli le nekatere plošče in ta ni med njimi. Pošljite drug naslov ali pa /cancel.
connect-address-refused-disabled = Druge plošče so v tem botu izklopljene. Pošljite /connect in izberite eno od njegovih plošč.
connect-address-refused-private = Ta naslov vodi v zasebno ali notranje omrežje, ne do javne plošče. Pošljite javni naslov plošče ali pa /cancel.
connect-address-refused-unresolved = Ta naslov ne obstaja (domene ni mogoče najti). Preverite zapis in ga pošljite znova ali pa /cancel.
connect-no-api = { $host } sem dosegel, a tam nisem našel API-ja plošče. Pošljite celoten naslov API-ja s strani API na plošči (na primer https://smmpanel.com/api/v2) ali pa /cancel.
connect-unreachable = { $host } ni dosegljiv (ni odgovora ali pa me je ustavila njegova zaščita). Za nov poskus znova pošljite naslov ali pa /cancel.
