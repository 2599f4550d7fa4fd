# Skupine: predstavitev, pravila za skrbnike, povezava računa skupine, obvestila.
groups-intro =
    👋 Živjo, sem @{ $bot }! Tej skupini pomagam spremljati naročila na SMM-panelu.
    Skrbniki: račun na panelu povežete z ukazom /connect (API-ključ pošljete v zasebnem klepetu, nikoli tukaj), nato uporabljajte /order, /balance, /track, /refill, /cancel, /notifications on|off in /language.
    Vsi: /status ID, /orders, /refills ID in /help.
groups-admins-only = 🔒 Žal lahko ukaz { $command } tukaj uporabljajo samo skrbniki skupine.
groups-button-admins-only = 🔒 Ta gumb je namenjen skrbnikom skupine.
groups-button-not-yours = ✋ To naročilo je začel drug uporabnik. Če ga potrebujete, začnite svoje.
groups-connect-link = 🔐 Zaradi varnosti v skupinah nikoli ne sprašujem po API-ključih. Tapnite gumb in račun na panelu za to skupino povežite v najinem zasebnem klepetu. Povezava deluje samo za skrbnike skupine in poteče čez eno uro.
groups-connect-button = 🔐 Poveži v zasebnem klepetu
groups-link-invalid = Ta povezava ni veljavna. V skupini znova pošljite /connect in dobili boste novo.
groups-link-expired = Ta povezava je potekla. V skupini znova pošljite /connect in dobili boste novo.
groups-link-not-admin = Račun na panelu za to skupino lahko povežejo samo njeni skrbniki.
groups-link-no-access = Do te skupine ne morem več dostopati. Znova me dodajte vanjo in tam pošljite /connect.
groups-unnamed = vaša skupina
groups-linked-notice = 🔗 Skrbnik { $admin } je to skupino povezal z njenim računom na panelu { $panel }. API-ključ ostaja zaseben.
groups-linked-notice-anonymous = 🔗 Eden od skrbnikov je to skupino povezal z njenim računom na panelu { $panel }. API-ključ ostaja zaseben.
groups-notifications-on = 🔔 Obvestila o naročilih te skupine so vklopljena.
groups-notifications-off = 🔕 Obvestila o naročilih te skupine so izklopljena.
groups-notifications-usage =
    Obvestila o naročilih te skupine so { $state ->
        [on] vklopljena
       *[off] izklopljena
    }.
    Spremenite jih z /notifications { $on } ali /notifications { $off }.
# Words /notifications accepts, comma-separated; the first one is shown in /help and the usage.
groups-notifications-words-on = vklop, vklopi, da
groups-notifications-words-off = izklop, izklopi, ne
