## /connect → ➕ Başka panel: adresiyle, API v2 konuşan herhangi bir panel
button-other-panel = ➕ Başka panel
connect-ask-address = 🌐 Panelinizin adresini gönderin, örneğin smmpanel.com veya https://smmpanel.com/api/v2. API adresini ben bulurum.
connect-panel-found = Panel API'si bulundu: { $url }
connect-address-refused-malformed = Bu bir web adresi değil. smmpanel.com veya https://smmpanel.com/api/v2 biçiminde gönderin ya da /cancel.
connect-address-refused-scheme = Yalnızca güvenli https adreslerine izin verilir. Panelin https adresini gönderin ya da /cancel.
connect-address-refused-credentials = Adres kullanıcı adı veya parola içermemelidir. Onlar olmadan gönderin ya da /cancel.
connect-address-refused-port = Bu porta izin verilmiyor: panellere standart web portlarından ulaşılır. Adresi portsuz gönderin ya da /cancel.
connect-address-refused-denied = Botun işletmecisi bu paneli engelledi. Başka bir adres gönderin ya da /cancel.
connect-address-refused-not-allowed = Botun işletmecisi yalnızca belirli panellere izin veriyor ve bu onlardan biri değil. Başka bir adres gönderin ya da /cancel.
connect-address-refused-disabled = Bu botta başka paneller kapalı. Panellerinden birini seçmek için /connect gönderin.
connect-address-refused-private = Bu adres herkese açık bir panele değil, özel veya dahili bir ağa gidiyor. Panelin herkese açık adresini gönderin ya da /cancel.
connect-address-refused-unresolved = Böyle bir adres yok (alan adı bulunamadı). Yazımı kontrol edip tekrar gönderin ya da /cancel.
connect-no-api = { $host } adresine ulaştım ama orada panel API'si bulamadım. Panelin API sayfasındaki tam API adresini gönderin (örneğin https://smmpanel.com/api/v2) ya da /cancel.
connect-unreachable = { $host } adresine ulaşamadım (yanıt yok ya da koruması beni engelledi). Tekrar denemek için adresi yeniden gönderin ya da /cancel.
