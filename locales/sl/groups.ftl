# Skupine: predstavitev, pravila za skrbnike, povezava računa skupine, obvestila.
groups-intro =
    👋 Živjo, sem @{ $bot }! Tej skupini pomagam spremljati naročila na SMM panelu.
    Skrbniki: račun panela povežete z /connect (API ključ pošljete v zasebnem klepetu, nikoli tukaj), nato uporabljajte /order, /balance, /track, /refill, /cancel, /notifications on|off in /language.
    Vsi: /status ID, /orders, /refills ID in /help.
groups-admins-only = 🔒 Žal lahko { $command } tukaj uporabljajo samo skrbniki skupine.
groups-button-admins-only = 🔒 Ta gumb je namenjen skrbnikom skupine.
groups-button-not-yours = ✋ To ni vaš čarovnik. Če ga potrebujete, začnite svojega.
groups-connect-link = 🔐 Zaradi varnosti API ključev nikoli ne sprašujem v skupinah. Tapnite gumb in račun panela za to skupino povežite v zasebnem klepetu. Povezava deluje samo za skrbnike skupine in poteče čez eno uro.
groups-connect-button = 🔐 Poveži v zasebnem klepetu
groups-link-invalid = Ta povezava ni veljavna. V skupini znova pošljite /connect in dobili boste novo.
groups-link-expired = Ta povezava je potekla. V skupini znova pošljite /connect in dobili boste novo.
groups-link-not-admin = Račun panela za to skupino lahko povežejo samo njeni skrbniki.
groups-link-no-access = Do te skupine ne morem več dostopati. Znova me dodajte vanjo in tam pošljite /connect.
groups-unnamed = vaša skupina
groups-linked-notice = 🔗 Ta skupina je zdaj povezana s svojim računom na { $panel }. Povezal jo je skrbnik { $admin }. API ključ ostaja zaseben.
groups-linked-notice-anonymous = 🔗 Ta skupina je zdaj povezana s svojim računom na { $panel }. Povezal jo je eden od skrbnikov. API ključ ostaja zaseben.
groups-notifications-on = 🔔 Obvestila o naročilih te skupine so vklopljena.
groups-notifications-off = 🔕 Obvestila o naročilih te skupine so izklopljena.
groups-notifications-usage =
    Obvestila o naročilih te skupine so { $state ->
        [on] vklopljena
       *[off] izklopljena
    }.
    Spremenite jih z /notifications on ali /notifications off.
