## /connect → ➕ Panel lain: panel API v2 mana pun, lewat alamatnya
button-other-panel = ➕ Panel lain
connect-ask-address = 🌐 Kirim alamat panel Anda, misalnya smmpanel.com atau https://smmpanel.com/api/v2. Saya akan mencari API-nya.
connect-panel-found = API panel ditemukan: { $url }
connect-address-refused-malformed = Itu bukan alamat web. Kirim seperti smmpanel.com atau https://smmpanel.com/api/v2, atau /cancel.
connect-address-refused-scheme = Hanya alamat https yang aman yang diizinkan. Kirim alamat https panel, atau /cancel.
connect-address-refused-credentials = Alamat tidak boleh berisi nama pengguna atau kata sandi. Kirim tanpa keduanya, atau /cancel.
connect-address-refused-port = Port itu tidak diizinkan: panel diakses lewat port web standar. Kirim alamat tanpa port, atau /cancel.
connect-address-refused-denied = Operator bot telah memblokir panel ini. Kirim alamat lain, atau /cancel.
connect-address-refused-not-allowed = Operator bot hanya mengizinkan panel tertentu, dan panel ini tidak termasuk. Kirim alamat lain, atau /cancel.
connect-address-refused-disabled = Panel lain dinonaktifkan di bot ini. Kirim /connect untuk memilih salah satu panelnya.
connect-address-refused-private = Alamat ini mengarah ke jaringan pribadi atau internal, bukan ke panel publik. Kirim alamat publik panel, atau /cancel.
connect-address-refused-unresolved = Alamat ini tidak ada (domain tidak ditemukan). Periksa ejaannya lalu kirim lagi, atau /cancel.
connect-no-api = Saya berhasil menghubungi { $host }, tetapi tidak menemukan API panel di sana. Kirim alamat API lengkap dari halaman API panel (misalnya https://smmpanel.com/api/v2), atau /cancel.
connect-unreachable = Saya tidak bisa menghubungi { $host } (tidak ada jawaban, atau perlindungannya memblokir saya). Kirim alamatnya lagi untuk mencoba ulang, atau /cancel.
