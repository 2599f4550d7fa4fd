start-welcome = 👋 Živjo, { $name }! Z mano upravljate svoj račun na SMM panelu kar iz Telegrama: stanje, storitve, naročila, ponovna polnjenja in preklice — in povem vam, ko se naročilo premakne.
start-next-connect = Najprej povežite API ključ panela z /connect (najdete ga na strani API panela). Nato poskusite /balance, /services ali /order. /help našteje vse.
start-connected = Vaš račun na { $panel } je povezan. Poskusite /balance, /services, /order ali /orders. /help našteje vse.
start-group = 👋 Živjo! Tej skupini pomagam spremljati naročila na SMM panelu. Skrbnik lahko poveže račun z /connect; /help našteje ukaze.
help =
    To znam:
    /connect — povežite API ključ panela (tudi /setkey)
    /disconnect — odstranite ga
    /balance — vaše stanje
    /services — brskanje po storitvah; /services BESEDILO išče
    /order — oddaja naročila korak za korakom
    /orders — vaša naročila z njihovim stanjem
    /status ID … — stanje enega ali več naročil
    /refill ID … — zahteva za ponovno polnjenje; /refills ID … — stanje polnjenj
    /cancel ID … — preklic naročil
    /track ID … in /untrack ID … — spremljanje naročil, oddanih na spletni strani panela
    /settings — obvestila
    /language — sprememba jezika
    Vrstični način: v katerem koli klepetu vpišite @{ $bot } 23501 za stanje naročila.
help-group =
    V tej skupini:
    Vsi: /status ID, /orders, /help
    Skrbniki: /connect, /disconnect, /balance, /order, /track, /untrack, /refill, /cancel, /notifications on|off, /language

connect-choose-panel = Na katerem panelu je vaš račun?
connect-panel-chosen = Panel: { $panel }
connect-ask-key = 🔑 Pošljite mi svoj API ključ za { $panel }. Najdete ga na strani API panela. Vaše sporočilo bom izbrisal takoj, ko ga preberem, ključ pa shranil šifriran.
connect-ask-key-group = 🔑 Pošljite mi API ključ za { $panel }, ki naj ga uporablja skupina »{ $group }«. Vaše sporočilo bom izbrisal takoj, ko ga preberem, ključ pa shranil šifriran. Člani skupine ga nikoli ne vidijo.
connect-key-malformed = To ni videti kot API ključ (ena beseda brez presledkov). Pošljite ključ znova ali /cancel.
connect-key-rejected = ❌ Panel tega ključa ni sprejel. Preverite ga na strani API panela in ga pošljite znova ali /cancel. Ni bil shranjen.
connect-try-again = Za ponoven poskus znova pošljite ključ ali /cancel. Ni bil shranjen.
connect-done = ✅ Povezano s { $panel }. Stanje: { $balance }.
connect-done-group = ✅ Skupina »{ $group }« je zdaj povezana s { $panel }. Stanje: { $balance }.
disconnect-done = Vaš API ključ je odstranjen. Kadar koli se znova povežete z /connect.
disconnect-done-group = API ključ skupine je odstranjen.
disconnect-none = Noben API ključ ni povezan.

balance = 💰 Stanje na { $panel }: { $balance }

language-choose = Izberite jezik:
language-set = ✅ Jezik je nastavljen na slovenščino.
