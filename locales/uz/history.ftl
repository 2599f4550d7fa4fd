# /export and the /orders filters.
cmd-export = Ushbu chat buyurtmalarini CSV fayl sifatida yuklab olish
history-export-caption = 📄 { $count } ta buyurtma (id, sana, hisob, xizmat, havola, miqdor, to'lov, valyuta, holat, boshlang'ich son, qolgan).
history-filter-all = Hammasi
history-filter-all-on = • Hammasi
history-filter-active = ⏳ Faol
history-filter-active-on = • ⏳ Faol
history-filter-finished = ✅ Tugagan
history-filter-finished-on = • ✅ Tugagan
history-filter-empty = Bu filtrga mos buyurtma yo'q.
