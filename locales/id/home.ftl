# The home screen, its buttons and the quick-buttons keyboard.
home-title =
    🏠 <b>Beranda</b> · { $panel }
    Apa yang ingin Anda lakukan?
home-title-new =
    🏠 <b>Beranda</b>
    Hubungkan akun panel Anda untuk mulai memesan.
home-button = 🏠 Beranda
home-button-connect = 🔌 Hubungkan panel
home-button-help = ❓ Bantuan
home-button-order = 🛒 Pesanan baru
home-button-orders = 📦 Pesanan saya
home-button-balance = 💰 Saldo
home-button-services = 📋 Layanan
home-button-account = 🔑 Akun
home-button-settings = ⚙️ Pengaturan
home-key-order = 🛒 Pesanan baru
home-key-orders = 📦 Pesanan saya
home-key-balance = 💰 Saldo
home-key-services = 📋 Layanan
home-account = 🔑 Akun Anda di <b>{ $panel }</b> terhubung. /connect mengganti kunci API; /disconnect menghapusnya.
home-settings-keyboard-on = ⌨️ Tombol cepat di bawah obrolan: aktif
home-settings-keyboard-off = ⌨️ Tombol cepat di bawah obrolan: nonaktif
home-keyboard-shown = ⌨️ Tombol cepat kembali di bawah obrolan.
home-keyboard-hidden = ⌨️ Tombol cepat disembunyikan. Aktifkan lagi di /settings.
