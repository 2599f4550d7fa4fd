cmd-accounts = Vaši računi na panelih: preklop, preimenovanje, prekinitev povezave
accounts-title = 👤 <b>Vaši računi na panelih</b> ({ $count })
accounts-title-group = 👤 <b>Računi na panelih te skupine</b> ({ $count })
accounts-none = Niste še povezali nobenega računa na panelu. Dodajte ga z gumbom spodaj ali z ukazom /connect.
accounts-none-group = Ta skupina še nima povezanega računa na panelu. Skrbnik ga lahko doda z gumbom spodaj ali z ukazom /connect.
accounts-balance = 💰 { $balance }
accounts-balance-unavailable = 💰 dobroimetje ni na voljo: { $reason }
accounts-unreadable = ⚠️ treba ga je znova povezati: njegov ključ znova povežite z ukazom /connect
accounts-active-hint = ✅ označuje aktivni račun: uporabljajo ga /balance, /services, /order, /status, /track, /refill in /cancel. Naročilo ostane vezano na račun, s katerim je bilo oddano ali dodano v spremljanje.
accounts-button-use = ▫️ Uporabi { $name }
accounts-button-active = ✅ { $name }
accounts-button-rename = ✏️ Preimenuj
accounts-button-disconnect = ❌ Prekini povezavo
accounts-button-add = ➕ Dodaj račun
accounts-button-refresh = 🔄 Osveži
accounts-switched = Zdaj uporabljate { $name }.
accounts-rename-ask = ✏️ Pošljite novo ime za { $name } (največ { $max } znakov) ali „-“, da bo znova prikazano ime panela.
accounts-renamed = ✅ Novo ime: <b>{ $name }</b>. Glejte /accounts.
accounts-rename-cleared = ✅ Račun znova prikazuje ime svojega panela. Glejte /accounts.
accounts-rename-too-long = Pošljite ime, dolgo od 1 do { $max } znakov, ali „-“.
accounts-disconnect-confirm = Želite prekiniti povezavo z računom <b>{ $name }</b>? { $orders ->
    [0] Prek njega se ne spremlja nobeno naročilo.
    [one] { $orders } naročilo, ki ga spremljate prek njega, se ne bo več spremljalo.
    [two] { $orders } naročili, ki ju spremljate prek njega, se ne bosta več spremljali.
    [few] { $orders } naročila, ki jih spremljate prek njega, se ne bodo več spremljala.
   *[other] { $orders } naročil, ki jih spremljate prek njega, se ne bo več spremljalo.
}
accounts-disconnect-yes = ❌ Da, prekini povezavo
accounts-disconnect-no = Obdrži
accounts-disconnected = ✅ Povezava z računom <b>{ $name }</b> je prekinjena, njegov ključ pa izbrisan. { $orders ->
    [0] {""}
    [one] Spremljanje { $orders } naročila je ustavljeno.
    [two] Spremljanje { $orders } naročil je ustavljeno.
    [few] Spremljanje { $orders } naročil je ustavljeno.
   *[other] Spremljanje { $orders } naročil je ustavljeno.
}
accounts-too-many = Povezanih imate že največ računov ({ $max }): najprej v /accounts prekinite povezavo z enim od njih.
accounts-now-active = To je zdaj vaš aktivni račun (povezanih: { $count }): med njimi preklopite ali jih preimenujte v /accounts.
accounts-found-on = Najdeno z vašim računom { $name }.
accounts-order-account = 👤 { $name }
