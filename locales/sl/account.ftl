start-welcome = 👋 Živjo, { $name }! Z mano upravljate svoj račun na SMM-panelu kar iz Telegrama: dobroimetje, storitve, naročila, dopolnitve in preklici — in sporočim vam, ko se stanje naročila spremeni.
start-next-connect = Najprej z ukazom /connect povežite API-ključ panela (najdete ga na strani API v panelu). Nato poskusite /balance, /services ali /order. /help našteje vse ukaze.
start-connected = Vaš račun na panelu { $panel } je povezan. Poskusite /balance, /services, /order ali /orders. /help našteje vse ukaze.
start-group = 👋 Živjo! Tej skupini pomagam spremljati naročila na SMM-panelu. Skrbnik lahko z ukazom /connect poveže račun na panelu; /help našteje ukaze.

connect-choose-panel = Na katerem panelu je vaš račun?
connect-panel-chosen = Panel: { $panel }
connect-ask-key = 🔑 Pošljite mi svoj API-ključ za panel { $panel }. Najdete ga na strani API v panelu. Vaše sporočilo bom izbrisal takoj, ko ga preberem, ključ pa shranil šifriran.
connect-ask-key-group = 🔑 Pošljite mi API-ključ za panel { $panel }, ki naj ga uporablja skupina »{ $group }«. Vaše sporočilo bom izbrisal takoj, ko ga preberem, ključ pa shranil šifriran. Člani skupine ga nikoli ne vidijo.
connect-key-malformed = To ni videti kot API-ključ (ena beseda brez presledkov). Pošljite ključ znova ali /cancel.
connect-key-rejected = ❌ Panel tega ključa ni sprejel. Preverite ga na strani API v panelu in ga pošljite znova ali /cancel. Ključ ni bil shranjen.
connect-try-again = Za ponoven poskus znova pošljite ključ ali /cancel. Ključ ni bil shranjen.
connect-done = ✅ Povezava s panelom { $panel } je vzpostavljena. Dobroimetje: { $balance }.
connect-done-group = ✅ Skupina »{ $group }« je zdaj povezana s panelom { $panel }. Dobroimetje: { $balance }.
disconnect-done = Vaš API-ključ je odstranjen. Znova se lahko kadar koli povežete z ukazom /connect.
disconnect-done-group = API-ključ skupine je odstranjen.
disconnect-none = Noben API-ključ ni povezan.

balance = 💰 Dobroimetje na panelu { $panel }: { $balance }

language-choose = Izberite jezik:
language-set = ✅ Jezik je nastavljen na slovenščino.
