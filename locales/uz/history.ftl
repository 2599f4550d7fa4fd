# /export: the chat's orders as CSV.
cmd-export = Ushbu chat buyurtmalarini CSV fayl sifatida yuklab olish
history-export-caption = 📄 { $count } ta buyurtma (id, sana, hisob, xizmat, havola, miqdor, to'lov, valyuta, holat, boshlang'ich son, qolgan).
