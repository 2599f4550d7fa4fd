# Money: funds shortfall and the low-balance alert.
money-shortfall = Kurang: <b>{ $shortfall }</b>. Isi saldo, atau pesan lebih sedikit.
money-button-change-quantity = ✏️ Pesan lebih sedikit
money-low-balance = 🪫 Saldo Anda ({ $balance }) di bawah batas peringatan { $threshold }.
money-settings-low-off = 🪫 Peringatan saldo rendah: nonaktif
money-settings-low-on = 🪫 Peringatan saldo rendah: di bawah { $amount }
