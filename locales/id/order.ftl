# /order: wizard pemesanan.
order-usage = Kirim /order untuk memilih layanan langkah demi langkah, atau /order ID untuk memesan layanan berdasarkan ID-nya.
order-choose-category = 🛒 <b>Pesanan baru</b> · pilih kategori ({ $count }), atau ketik kata untuk mencari layanan.
order-choose-service = Pilih layanan, atau ketik kata untuk mencari.
order-button-categories = ⬅️ Kategori
order-no-services = Panel sedang tidak menampilkan layanan apa pun, jadi belum ada yang bisa dipesan.
order-use-buttons = Silakan gunakan tombol di atas, atau /cancel.
order-search-none = Tidak ada yang cocok dengan “{ $query }”. Ketik kata lain, atau pilih kategori di atas.
order-old-step = Tombol itu milik langkah sebelumnya. Silakan jawab pertanyaan terakhir.
order-service-gone = Layanan ini sudah tidak tersedia di panel. Silakan pilih layanan lain.
order-service-chosen =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · jumlah { $min }–{ $max }
order-service-chosen-per-post =
    🛒 <b>{ $name }</b> (ID { $id })
    { $rate } · jumlah per postingan { $min }–{ $max }
order-service-refused = Panel sedang tidak menerima pesanan untuk layanan ini. Pilih layanan lain dengan /order.

# Pertanyaan
order-ask-link = 🔗 Kirim link-nya (misalnya { $example }).
order-ask-quantity = 🔢 Berapa jumlahnya? Kirim angka dari { $min } sampai { $max }.
order-ask-runs = 💧 Dikirim dalam berapa tahap? (bilangan bulat, mis. 5)
order-ask-interval = ⏱ Berapa menit jeda antartahap? (bilangan bulat, mis. 30)
order-ask-keywords = 🔑 Kirim kata kuncinya, satu per baris.
order-ask-comments = 💬 Kirim komentarnya, satu per baris.
order-ask-comments-count = 💬 Kirim komentarnya, satu per baris: antara { $min } dan { $max } baris. Jumlah pesanan sama dengan jumlah baris.
order-ask-usernames = 👤 Kirim username-nya, satu per baris.
order-ask-usernames-count = 👤 Kirim username-nya, satu per baris: antara { $min } dan { $max } baris. Jumlah pesanan sama dengan jumlah baris.
order-ask-hashtags = #️⃣ Kirim hashtag-nya, satu per baris.
order-ask-hashtag = #️⃣ Kirim hashtag-nya.
order-ask-username = 👤 Kirim username-nya.
order-ask-media = 🖼 Kirim link postingan yang akun penyukanya akan di-mention.
order-ask-answer-number = 🗳 Pilihan jawaban mana yang harus mendapat suara? Kirim nomornya (1 untuk jawaban pertama).
order-ask-groups = 👥 Kirim grup asal anggota yang akan diundang, satu per baris.
order-ask-min = ⬇️ Minimal per postingan? Kirim angka dari { $min } sampai { $max }.
order-ask-max = ⬆️ Maksimal per postingan? Kirim angka dari { $min } sampai { $max }, tidak kurang dari nilai minimal.
order-ask-posts = 📝 Untuk berapa postingan baru? Kirim angka, atau lewati jika tanpa batas.
order-ask-old-posts = 🗂 Berapa postingan lama yang juga ikut mendapatkannya? Kirim angka (0 jika tidak ada), atau lewati.
order-ask-delay = ⏳ Berapa lama jeda setelah postingan baru muncul?
order-ask-expiry = 📅 Sampai kapan? Kirim tanggal dengan format hari/bulan/tahun (mis. 31/12/2026), atau lewati.
order-ask-country = 🌍 Trafik harus berasal dari negara mana? (mis. United States atau US)
order-ask-device = 💻 Perangkat apa?
order-ask-traffic-type = 🚦 Jenis trafik apa?
order-ask-google-keyword = 🔎 Kata kunci Google apa yang dicari pengunjung?
order-ask-referring-url = 🔗 Kirim URL perujuk (halaman asal pengunjung).
order-ask-dripfeed = 💧 Kirim pesanan ini secara bertahap (drip-feed)?

# Nama kolom
order-field-link = Link target
order-field-quantity = Jumlah
order-field-runs = Jumlah tahap
order-field-interval = Jeda (menit)
order-field-keywords = Kata kunci
order-field-comments = Komentar
order-field-usernames = Daftar username
order-field-hashtags = Daftar hashtag
order-field-hashtag = Hashtag
order-field-username = Username
order-field-media = Link postingan
order-field-answer-number = Nomor jawaban
order-field-groups = Grup
order-field-min = Minimal per postingan
order-field-max = Maksimal per postingan
order-field-posts = Postingan baru
order-field-old-posts = Postingan lama
order-field-delay = Jeda
order-field-expiry = Berlaku sampai
order-field-country = Negara
order-field-device = Perangkat
order-field-traffic-type = Jenis trafik
order-field-google-keyword = Kata kunci Google
order-field-referring-url = URL perujuk
order-field-dripfeed = Drip-feed

# Pilihan
order-delay-none = Tanpa jeda
order-delay-minutes = { $n } mnt
order-device-desktop = 🖥 Desktop
order-device-android = 🤖 Android
order-device-ios = 🍏 iOS
order-device-mixed-mobile = 📱 Campuran ponsel
order-device-mixed = 🔀 Campuran
order-traffic-google = 🔎 Kata kunci Google
order-traffic-referrer = 🔗 Perujuk khusus
order-traffic-blank = ⬜ Tanpa perujuk
order-button-skip = ⏭ Lewati
order-button-drip-yes = 💧 Ya, drip-feed
order-button-drip-no = Sekaligus
order-skipped = { $field }: dilewati
order-chosen = { $field }: { $value }
order-dripfeed-yes = 💧 Drip-feed: ya
order-dripfeed-no = Drip-feed: tidak, sekaligus

# Masalah pada jawaban
order-send-again = Silakan kirim ulang, atau /cancel.
order-error-link = ❌ Itu bukan link yang valid. Kirim link lengkap seperti https://instagram.com/p/abc123.
order-error-number = ❌ Kirim bilangan bulat, hanya angka (misalnya 1000).
order-error-too-big = ❌ Angka itu terlalu besar.
order-error-quantity-range = ❌ Jumlah harus antara { $min } dan { $max }.
order-error-lines-range = ❌ Anda mengirim { $count } baris; layanan ini butuh antara { $min } dan { $max } (satu per baris).
order-error-lines-empty = ❌ Kirim setidaknya satu baris.
order-error-range = ❌ Angkanya harus antara { $min } dan { $max }.
order-error-max-below-min = ❌ Nilai maksimal tidak boleh di bawah nilai minimal ({ $min }).
order-error-too-small = ❌ Angkanya minimal { $min }.
order-error-one-line = ❌ Kirim satu baris saja.
order-error-date = ❌ Kirim tanggal yang belum lewat, dengan format hari/bulan/tahun (misalnya 31/12/2026).
order-error-choice = ❌ Silakan pilih salah satu tombol.
order-error-empty = ❌ Ini tidak boleh kosong.
order-error-invalid = ❌ “{ $field }” tidak valid.
order-recheck = Beberapa jawaban sudah tidak cocok satu sama lain, jadi saya akan bertanya lagi: { $fields }.

# Ringkasan
order-summary-title = 🧾 <b>Silakan periksa pesanan Anda</b>
order-summary-service = Layanan: <b>{ $name }</b> (ID { $id })
order-summary-field = { $label }: { $value }
order-summary-lines = { $count } baris
order-summary-more = … dan { $count } lainnya
order-number = { $n }
order-summary-drip = Drip-feed: { $runs } tahap, setiap { $interval } menit
order-summary-total = Jumlah total: { $total }
order-summary-price = 💵 Harga: <b>{ $price }</b>
order-summary-price-max = 💵 Harga: maksimal <b>{ $price }</b> (dihitung per postingan)
order-summary-price-per-post = 💵 Harga: maksimal <b>{ $price }</b> per postingan
order-summary-price-unknown = 💵 Harga: ditentukan oleh panel
order-summary-balance = 💰 Saldo: { $balance }
order-summary-balance-low = ⚠️ Saldo Anda lebih kecil dari harga. Isi saldo di panel dulu, atau panel akan menolak pesanan ini.
order-summary-balance-unknown = ⚠️ Saya tidak bisa mengecek saldo Anda: { $reason }
order-button-confirm = ✅ Konfirmasi
order-button-change = ✏️ Ubah
order-change-which = Detail mana yang ingin Anda ubah?
order-confirm-hint = Silakan tekan ✅ Konfirmasi, ✏️ Ubah, atau ✖️ Batal di bawah ringkasan.

# Hasil
order-placed = ✅ Pesanan { $id } dibuat · { $price }
order-placed-no-price = ✅ Pesanan { $id } dibuat.
order-placed-next = Saya akan mengabari Anda saat statusnya berubah. /orders menampilkan pesanan Anda, /status { $id } mengecek pesanan ini.
order-unknown-outcome = ⚠️ Panel tidak mengonfirmasi pesanan, jadi saya tidak tahu apakah pesanan sudah dibuat. Pesanan tidak akan saya kirim ulang. Tunggu sekitar satu menit, lalu cek /orders atau /status (atau situs panel) sebelum memesan lagi.
order-failed-fix = Tidak ada yang dipesan. Ubah salah satu detail lalu konfirmasi lagi, atau /cancel.
order-already-placed = Pesanan { $id } sudah dibuat. /orders menampilkan pesanan Anda.
order-already-unknown = Pesanan ini sudah dikirim, tetapi hasilnya tidak diketahui. Cek /orders atau /status sebelum memesan lagi.
order-already-failed = Ringkasan ini tidak jadi dipesan. Gunakan ringkasan terbaru, atau mulai lagi dengan /order.
order-wizard-expired = Formulir pesanan ini sudah tidak aktif. Mulai lagi dengan /order.
