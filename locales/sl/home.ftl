# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Domov</b> · { $panel }
    Kaj želite narediti?
home-title-new =
    🏠 <b>Domov</b>
    Povežite svoj račun na panelu, da začnete naročati.
home-button = 🏠 Domov
home-button-connect = 🔌 Poveži panel
home-button-help = ❓ Pomoč
home-button-order = 🛒 Novo naročilo
home-button-orders = 📦 Moja naročila
home-button-balance = 💰 Dobroimetje
home-button-services = 📋 Storitve
home-button-account = 🔑 Račun
home-button-settings = ⚙️ Nastavitve
home-key-order = 🛒 Novo naročilo
home-key-orders = 📦 Moja naročila
home-key-balance = 💰 Dobroimetje
home-key-services = 📋 Storitve
home-account = 🔑 Vaš račun na <b>{ $panel }</b> je povezan. /connect zamenja API ključ; /disconnect ga odstrani.
home-settings-keyboard-on = ⌨️ Hitri gumbi pod klepetom: vklopljeni
home-settings-keyboard-off = ⌨️ Hitri gumbi pod klepetom: izklopljeni
home-keyboard-shown = ⌨️ Hitri gumbi so spet pod klepetom.
home-keyboard-hidden = ⌨️ Hitri gumbi so skriti. Znova jih vklopite v /settings.
